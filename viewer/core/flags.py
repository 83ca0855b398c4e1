"""Flags on differences, each with the words that raised it: quoted speech, numbers, proper
names, negations, speakers, stated times, and web boilerplate.

A reworded claim is judged against every place the other version says it (its linked
places): a name or a figure is lost only when no linked place has it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

import regex

from viewer.core.analysis import DocumentAnalysis
from viewer.core.boilerplate import boilerplate_spans, is_boilerplate
from viewer.core.model import Evidence, Flag, Kind, Span
from viewer.core.names import Name, NameSet, Usage, name_forms
from viewer.core.normalize import is_negation_key, number_value, word_key
from viewer.core.places import Place
from viewer.core.polarity import negating_words
from viewer.core.speakers import same_source
from viewer.core.times import TimeMention, same_time
from viewer.core.tokens import Token, iter_tokens

__all__ = ["Flagger"]

# Spelled-out small numbers are words as often as figures ("the two sides", "one of"): they
# count only against another number in the same change ("two" became "three").
_WEAK_NUMBERS = frozenset("zero one two first second once twice".split())
# Longest change (in words, on either side) in which a negation is flagged.
_LOCAL_WORDS = 6
# Words that stand for a name the version gives elsewhere ("Hale's lawyer" -> "His lawyer",
# "Vasquez, who took office" -> "The mayor, who took office").
_REFERRING = frozenset(
    """he him his she her hers they them their it its president minister mayor governor
    spokesman spokeswoman official chief senator leader""".split()
)
# Marks after which a capitalised word opens a quotation or a list, like a sentence.
_OPENING_MARKS = frozenset(':"\u201c\u2018(\u2014\u2013')


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    key: str
    value: str | None  # the figure it states ("third-storey": "3")
    weak: bool  # a spelled-out small number, often not a figure at all


class Flagger:
    """Flags the findings of one pair of documents; caches what places hold."""

    def __init__(self, base: DocumentAnalysis, other: DocumentAnalysis) -> None:
        self.base = base
        self.other = other
        self._places: dict[tuple[bool, Span], Place] = {}
        self._words: dict[tuple[bool, Span], list[_Word]] = {}
        self._doc_forms: dict[bool, frozenset[str]] = {}
        self._doc_values: dict[bool, frozenset[str]] = {}
        self._lower: dict[str, bool] = {}
        known = base.name_keys | other.name_keys
        self._usage = {
            side: Usage(self._in_lower_case, known.__contains__, _Opens(analysis))
            for side, analysis in ((True, base), (False, other))
        }

    def flags(
        self,
        kind: Kind,
        span_b: Span,
        span_o: Span,
        places_b: Sequence[Span],
        places_o: Sequence[Span],
    ) -> tuple[Evidence, ...]:
        """Flags of one drift, addition or omission segment, each with what raised it.

        ``places_b`` and ``places_o``: for drift, every span of each side that the claim
        is linked to (the segment's spans lie in them). Drift is flagged for a figure or a
        name on one side that no linked place of the other side has (a word that only moved
        within the claim is no change of fact); for a negation that reverses the polarity
        of its clause; for a speaker or a stated time that differs where both sides state
        one. An addition or omission is flagged for numbers and names found nowhere in the
        version that lacks the text, or as boilerplate (and nothing else) when it is page
        furniture.
        """
        if kind is not Kind.DRIFT:
            return self._unmatched(kind, span_b, span_o)
        found = self._quote(span_b, span_o)
        sides_b = [self._place(True, p) for p in places_b]
        sides_o = [self._place(False, p) for p in places_o]
        words_b, words_o = self._words_in(True, span_b), self._words_in(False, span_o)
        numbers = (
            _lost_numbers(words_b, words_o, sides_o),
            _lost_numbers(words_o, words_b, sides_b),
        )
        if numbers[0] or numbers[1]:
            found.append(Evidence(Flag.NUMBER, *numbers))
        names = (
            self._lost_names(span_b, sides_b, sides_o, words_o, False),
            self._lost_names(span_o, sides_o, sides_b, words_b, True),
        )
        if names[0] or names[1]:
            found.append(Evidence(Flag.NAME, *names))
        negation = self._reversal(words_b, words_o, span_b, span_o, sides_b, sides_o)
        if negation is not None:
            found.append(negation)
        speaker = _changed(
            (span_b, span_o),
            (
                [a for p in sides_b for a in p.attributions],
                [a for p in sides_o for a in p.attributions],
            ),
            same_source,
        )
        if speaker is not None:
            found.append(Evidence(Flag.SPEAKER, *speaker))
        time = _changed(
            (span_b, span_o),
            ([t for p in sides_b for t in p.times], [t for p in sides_o for t in p.times]),
            _same_time,
        )
        if time is not None:
            found.append(Evidence(Flag.TIME, *time))
        return tuple(found)

    def _place(self, in_base: bool, span: Span) -> Place:
        place = self._places.get((in_base, span))
        if place is None:
            analysis = self.base if in_base else self.other
            place = self._places[(in_base, span)] = Place(analysis.text, span, self._usage[in_base])
        return place

    def _lost_names(
        self,
        span: Span,
        mine: list[Place],
        facing: list[Place],
        facing_words: list[_Word],
        facing_base: bool,
    ) -> tuple[str, ...]:
        """Whole names touching ``span`` that no facing place names. A name the other side
        turned into a pronoun or a title ("he", "the mayor"), and names elsewhere in its
        text, is not lost."""
        there = NameSet(
            (k for p in facing for k in p.capitals), (n for p in facing for n in p.names)
        )
        referring = any(w.key in _REFERRING for w in facing_words)
        lost = []
        for place in mine:
            for name in place.names:
                if not name.span.overlaps(span) or there.has(name):
                    continue
                if referring and self._in_document(name, facing_base):
                    continue
                lost.append(name.text)
        return _unique(lost)

    def _reversal(
        self,
        words_b: list[_Word],
        words_o: list[_Word],
        span_b: Span,
        span_o: Span,
        sides_b: list[Place],
        sides_o: list[Place],
    ) -> Evidence | None:
        """A negation appears or goes in a local change ("did not confirm" -> "confirmed")
        and the polarity of the clause around it changes: "don't like" for "dislike",
        "could not" for "unable", "not ever" for "never" keep it. A whole clause rewritten
        is drift to read, not a reversal to flag."""
        if len(words_b) > _LOCAL_WORDS or len(words_o) > _LOCAL_WORDS:
            return None
        if not any(is_negation_key(w.key) for w in (*words_b, *words_o)):
            return None
        clause_b = _clause(sides_b, span_b)
        clause_o = _clause(sides_o, span_o)
        keys_b = [word_key(t.text) for t in clause_b]
        keys_o = [word_key(t.text) for t in clause_o]
        denying_b = negating_words(keys_b, keys_o)
        denying_o = negating_words(keys_o, keys_b)
        if len(denying_b) % 2 == len(denying_o) % 2:
            return None
        return Evidence(Flag.NEGATION, _texts(clause_b, denying_b), _texts(clause_o, denying_o))

    def _unmatched(self, kind: Kind, span_b: Span, span_o: Span) -> tuple[Evidence, ...]:
        in_base = kind is Kind.OMISSION
        analysis, span = (self.base, span_b) if in_base else (self.other, span_o)
        if is_boilerplate(analysis.text, span.start, span.end):
            furniture = tuple(s.of(analysis.text) for s in boilerplate_spans(
                analysis.text, span.start, span.end))  # fmt: skip
            return (_evidence(Flag.BOILERPLATE, furniture, in_base),)
        found = self._quote(span_b, span_o)
        words = self._words_in(in_base, span)
        values = self._values_of(not in_base)
        numbers = _unique(w.text for w in words if w.value and not w.weak and w.value not in values)
        if numbers:
            found.append(_evidence(Flag.NUMBER, numbers, in_base))
        place = Place(analysis.text, span, self._usage[in_base])
        names = _unique(n.text for n in place.names if not self._in_document(n, not in_base))
        if names:
            found.append(_evidence(Flag.NAME, names, in_base))
        return tuple(found)

    def _in_document(self, name: Name, in_base: bool) -> bool:
        """Whether a version names ``name`` anywhere: whole, or by a word of it that the
        version capitalises in mid-sentence."""
        analysis = self.base if in_base else self.other
        if len(name.keys) > 1 and name.text in analysis.text:
            return True
        forms = self._forms_of(in_base)
        return any(not name_forms(k).isdisjoint(forms) for k in name.keys)

    def _quote(self, span_b: Span, span_o: Span) -> list[Evidence]:
        quoted_b = self.base.quotes.touching(span_b)
        quoted_o = self.other.quotes.touching(span_o)
        if not quoted_b and not quoted_o:
            return []
        return [
            Evidence(
                Flag.QUOTE,
                tuple(q.of(self.base.text) for q in quoted_b),
                tuple(q.of(self.other.text) for q in quoted_o),
            )
        ]

    def _words_in(self, in_base: bool, span: Span) -> list[_Word]:
        found = self._words.get((in_base, span))
        if found is None:
            analysis = self.base if in_base else self.other
            found = self._words[(in_base, span)] = [
                _word(t.text) for t in iter_tokens(analysis.text, span.start, span.end)
            ]
        return found

    def _forms_of(self, in_base: bool) -> frozenset[str]:
        """The name forms of every name of a document (see ``name_forms``)."""
        found = self._doc_forms.get(in_base)
        if found is None:
            analysis = self.base if in_base else self.other
            found = self._doc_forms[in_base] = frozenset(
                f for key in analysis.name_keys for f in name_forms(key)
            )
        return found

    def _values_of(self, in_base: bool) -> frozenset[str]:
        """Every figure a document states, in digits (spelled ones too: "six" is "6")."""
        found = self._doc_values.get(in_base)
        if found is None:
            analysis = self.base if in_base else self.other
            found = self._doc_values[in_base] = analysis.number_values
        return found

    def _in_lower_case(self, word: str) -> bool:
        found = self._lower.get(word)
        if found is None:
            found = self._lower[word] = self.base.in_lower_case(word) or self.other.in_lower_case(
                word
            )
        return found


class _Opens:
    """Whether a word at a position opens a sentence, or a quotation or list inside one."""

    __slots__ = ("_analysis",)

    def __init__(self, analysis: DocumentAnalysis) -> None:
        self._analysis = analysis

    def __call__(self, position: int) -> bool:
        text = self._analysis.text
        before = text[max(0, position - 3) : position].rstrip()
        return (bool(before) and before[-1] in _OPENING_MARKS) or (
            self._analysis.is_sentence_start(position)
        )


def _word(text: str) -> _Word:
    value = number_value(text)
    if value is None:
        return _Word(text, word_key(text), None, False)
    head = regex.split(r"[-\u2010\u2011]", text.casefold())[0]  # "second" of "second-biggest"
    return _Word(text, word_key(text), value, head in _WEAK_NUMBERS)


def _lost_numbers(words: list[_Word], facing: list[_Word], places: list[Place]) -> tuple[str, ...]:
    """Figures among ``words`` whose value no facing place states. A weak number counts
    only when the facing change holds a number too ("two" -> "three", not "the two")."""
    there = frozenset(v for p in places for v in p.values)
    rival = any(w.value for w in facing)
    return _unique(
        w.text for w in words if w.value and (rival or not w.weak) and w.value not in there
    )


def _clause(places: list[Place], span: Span) -> tuple[Token, ...]:
    """The clause around ``span`` in the place that holds it (or touches it)."""
    for place in places:
        if place.span.start <= span.start and span.end <= place.span.end:
            return place.clause(span)
    for place in places:
        if place.span.start <= span.end and span.start <= place.span.end:
            return place.clause(Span(max(span.start, place.span.start),
                                     min(span.end, place.span.end)))  # fmt: skip
    return ()


class _Mention(Protocol):
    @property
    def span(self) -> Span: ...

    @property
    def text(self) -> str: ...


_M = TypeVar("_M", bound=_Mention)


def _changed(
    spans: tuple[Span, Span], found: tuple[list[_M], list[_M]], same: Callable[[_M, _M], bool]
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Who said it, or when, changed: each side states one that the other side's places
    lack, and the segment touches one of them. None when a side states none (a dropped time
    is no change of time), else what each side states that the other lacks, as written."""
    found_b, found_o = found
    lost_b = [m for m in found_b if not any(same(m, n) for n in found_o)]
    lost_o = [m for m in found_o if not any(same(n, m) for n in found_b)]
    if not lost_b or not lost_o:
        return None
    touched = any(_touches(m.span, spans[0]) for m in lost_b) or any(
        _touches(m.span, spans[1]) for m in lost_o
    )
    if not touched:
        return None
    return _unique(m.text for m in lost_b), _unique(m.text for m in lost_o)


def _same_time(a: TimeMention, b: TimeMention) -> bool:
    return same_time(a.key, b.key)


def _touches(mention: Span, span: Span) -> bool:
    if span.is_empty:
        return mention.start < span.start < mention.end
    return mention.overlaps(span)


def _texts(tokens: tuple[Token, ...], keys: tuple[str, ...]) -> tuple[str, ...]:
    wanted = set(keys)
    return tuple(t.text for t in tokens if word_key(t.text) in wanted)


def _evidence(flag: Flag, found: tuple[str, ...], in_base: bool) -> Evidence:
    return Evidence(flag, found, ()) if in_base else Evidence(flag, (), found)


def _unique(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(words))
