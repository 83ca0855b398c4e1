"""Flags on differences, each with the words that raised it: quoted speech, numbers, proper
names, negations, and web boilerplate."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from viewer.core.analysis import DocumentAnalysis
from viewer.core.boilerplate import boilerplate_spans, is_boilerplate
from viewer.core.features import STOPWORDS
from viewer.core.model import Evidence, Flag, Kind, Span
from viewer.core.normalize import is_negation_key, is_number_key, word_key
from viewer.core.tokens import iter_tokens, words_in

__all__ = ["Flagger", "same_name"]

# Capitalised words that are titles, function words, days or months, not names.
_NOT_NAMES = frozenset(
    """president minister prime deputy foreign secretary mayor spokesman spokeswoman mr mrs ms
    dr state department ministry general interior defense affairs chief senior official
    officials governor senator the a an but and in on at of for read also said says
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)
# Spelled-out small numbers are words as often as figures ("the two sides", "one of"): they
# count only against another number in the same change ("two" became "three").
_WEAK_NUMBERS = frozenset("zero one two first second once twice".split())
# Endings that turn a place into its people or language: Ukraine/Ukrainian, Russia/Russians.
_DEMONYM_ENDINGS = frozenset({"", "n", "ns", "an", "ans", "ian", "ians", "ese", "ish", "i"})
# Longest change (in words, on either side) in which a negation is flagged.
_LOCAL_WORDS = 6
# What ends a clause, for negations: they are compared clause by clause.
_CLAUSE_END = regex.compile(r"[,;:()\u2013\u2014\"\u201c\u201d.!?\n]")


def same_name(a: str, b: str) -> bool:
    """Whether two name keys are one name: equal up to a possessive or a demonym ending.
    Transliterations are different names (Kyiv/Kiev, Donbas/Donbass, Peskov/Peshkov).

    >>> same_name("ukraine", "ukrainian's"), same_name("russia", "russians")
    (True, True)
    >>> same_name("kyiv", "kiev"), same_name("donbas", "donbass")
    (False, False)
    """
    return not name_forms(a).isdisjoint(name_forms(b))


@lru_cache(maxsize=100_000)
def name_forms(key: str) -> frozenset[str]:
    """The stems a name key may share with another form of the same name: the key, and
    the key without a final a or e or a demonym ending ("ukraine", "ukrainian" -> "ukrain").
    Two keys name one thing when their forms meet, which a set lookup answers."""
    bare = key.removesuffix("'s")
    forms = {bare}
    if len(bare) > 4 and bare[-1] in "ae":
        forms.add(bare[:-1])
    for ending in _DEMONYM_ENDINGS:
        if ending and bare.endswith(ending) and len(bare) - len(ending) >= 4:
            forms.add(bare[: -len(ending)])
    return frozenset(forms)


def _known(key: str, forms: frozenset[str]) -> bool:
    return not name_forms(key).isdisjoint(forms)


@dataclass(frozen=True, slots=True)
class _Clause:
    span: Span
    negations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    key: str
    name: bool  # a proper name
    number: bool  # a figure or a spelled-out number
    weak: bool  # a spelled-out small number, often not a figure at all


class Flagger:
    """Flags the findings of one pair of documents; caches what blocks hold."""

    def __init__(self, base: DocumentAnalysis, other: DocumentAnalysis) -> None:
        self.base = base
        self.other = other
        self._words: dict[tuple[bool, Span], list[_Word]] = {}
        self._names: dict[tuple[bool, Span], frozenset[str]] = {}
        self._numbers: dict[tuple[bool, Span], frozenset[str]] = {}
        self._doc_forms: dict[int, frozenset[str]] = {}
        # per block: where clauses end, and (start, text) of each negation
        self._marks: dict[tuple[bool, Span], tuple[list[int], list[tuple[int, str]]]] = {}

    def flags(
        self, kind: Kind, span_b: Span, span_o: Span, block_b: Span, block_o: Span
    ) -> tuple[Evidence, ...]:
        """Flags of one drift, addition or omission segment, each with what raised it.

        Drift is flagged for a number or a name on one side that the other side's aligned
        block lacks (a word that only moved within the sentence is no change of fact), and
        for a negation that the aligned clause on the other side does not have. An addition
        or omission is flagged for numbers and names found nowhere in the version that lacks
        the text, or as boilerplate (and nothing else) when it is page furniture.
        """
        if kind is not Kind.DRIFT:
            return self._unmatched(kind, span_b, span_o)
        found = self._quote(span_b, span_o)
        words_b, words_o = self._words_in(True, span_b), self._words_in(False, span_o)
        numbers = (
            self._lost_numbers(words_b, words_o, False, block_o),
            self._lost_numbers(words_o, words_b, True, block_b),
        )
        if numbers[0] or numbers[1]:
            found.append(Evidence(Flag.NUMBER, *numbers))
        names = (
            self._lost_names(words_b, False, block_o),
            self._lost_names(words_o, True, block_b),
        )
        if names[0] or names[1]:
            found.append(Evidence(Flag.NAME, *names))
        if self._reverses(words_b, words_o, span_b, span_o, (block_b, block_o)):
            found.append(
                Evidence(
                    Flag.NEGATION,
                    self._clause(True, span_b, block_b).negations,
                    self._clause(False, span_o, block_o).negations,
                )
            )
        return tuple(found)

    def _reverses(
        self,
        words_b: list[_Word],
        words_o: list[_Word],
        span_b: Span,
        span_o: Span,
        blocks: tuple[Span, Span],
    ) -> bool:
        """A negation appears or goes in a local change ("did not confirm" -> "confirmed"),
        and the clause around it on the other side has no negation to match it. A whole
        clause rewritten is drift to read, not a reversal to flag."""
        if len(words_b) > _LOCAL_WORDS or len(words_o) > _LOCAL_WORDS:
            return False
        if not any(is_negation_key(w.key) for w in (*words_b, *words_o)):
            return False
        clause_b = self._clause(True, span_b, blocks[0])
        clause_o = self._clause(False, span_o, blocks[1])
        return len(clause_b.negations) != len(clause_o.negations)

    def _clause(self, in_base: bool, span: Span, block: Span) -> _Clause:
        """The clause (or clauses) ``span`` lies in, within its block, and its negations."""
        marks = self._marks.get((in_base, block))
        if marks is None:
            analysis = self.base if in_base else self.other
            ends = [m.start() for m in _CLAUSE_END.finditer(analysis.text, block.start, block.end)]
            negations = [
                (t.start, t.text)
                for t in iter_tokens(analysis.text, block.start, block.end)
                if is_negation_key(word_key(t.text))
            ]
            marks = self._marks[(in_base, block)] = (ends, negations)
        ends, negations = marks
        before = bisect_left(ends, span.start)  # clause ends before the span's start
        after = bisect_left(ends, span.end)  # the first clause end at or after its end
        start = ends[before - 1] if before else block.start
        end = ends[after] if after < len(ends) else block.end
        lo = bisect_left(negations, (start, ""))
        hi = bisect_left(negations, (end, ""))
        return _Clause(Span(start, end), tuple(text for _, text in negations[lo:hi]))

    def _unmatched(self, kind: Kind, span_b: Span, span_o: Span) -> tuple[Evidence, ...]:
        in_base = kind is Kind.OMISSION
        analysis, span = (self.base, span_b) if in_base else (self.other, span_o)
        if is_boilerplate(analysis.text, span.start, span.end):
            furniture = tuple(s.of(analysis.text) for s in boilerplate_spans(
                analysis.text, span.start, span.end))  # fmt: skip
            return (_evidence(Flag.BOILERPLATE, furniture, in_base),)
        found = self._quote(span_b, span_o)
        absent = self.other if in_base else self.base
        words = self._words_in(in_base, span)
        numbers = _unique(
            w.text for w in words if w.number and not w.weak and w.key not in absent.number_keys
        )
        if numbers:
            found.append(_evidence(Flag.NUMBER, numbers, in_base))
        everywhere = self._forms_of(absent)
        names = _unique(w.text for w in words if w.name and not _known(w.key, everywhere))
        if names:
            found.append(_evidence(Flag.NAME, names, in_base))
        return tuple(found)

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

    def _lost_numbers(
        self, words: list[_Word], facing: list[_Word], facing_base: bool, block: Span
    ) -> tuple[str, ...]:
        """Figures among ``words`` whose value the facing block lacks. A weak number counts
        only when the facing change holds a number too ("two" -> "three", not "the two")."""
        there = self._numbers_in(facing_base, block)
        rival = any(w.number for w in facing)
        return _unique(
            w.text for w in words if w.number and (rival or not w.weak) and w.key not in there
        )

    def _lost_names(self, words: list[_Word], facing_base: bool, block: Span) -> tuple[str, ...]:
        there = self._names_in(facing_base, block)
        return _unique(w.text for w in words if w.name and not _known(w.key, there))

    def _words_in(self, in_base: bool, span: Span) -> list[_Word]:
        found = self._words.get((in_base, span))
        if found is None:
            analysis = self.base if in_base else self.other
            tokens = list(iter_tokens(analysis.text, span.start, span.end))
            found = []
            for k, token in enumerate(tokens):
                # A capitalised word opening a sentence is a name when the name goes on
                # ("Dmytro Kuleba said"), or when it is capitalised elsewhere too.
                after = tokens[k + 1] if k + 1 < len(tokens) else None
                goes_on = after is not None and _capitalised(after.text) and (
                    analysis.text[token.end : after.start].isspace())  # fmt: skip
                found.append(self._word(analysis, token.text, token.start, goes_on))
            self._words[(in_base, span)] = found
        return found

    def _word(self, analysis: DocumentAnalysis, text: str, start: int, goes_on: bool) -> _Word:
        key = word_key(text)
        number = is_number_key(key)
        name = (
            _capitalised(text)
            and not number
            and (not analysis.is_sentence_start(start) or goes_on or key in analysis.name_keys)
            and not self._in_lower_case(text.casefold())
        )
        return _Word(text, key, name, number, number and text.casefold() in _WEAK_NUMBERS)

    def _forms_of(self, analysis: DocumentAnalysis) -> frozenset[str]:
        """The name forms of every name of a document (see ``name_forms``)."""
        found = self._doc_forms.get(id(analysis))
        if found is None:
            found = self._doc_forms[id(analysis)] = frozenset(
                f for key in analysis.name_keys for f in name_forms(key)
            )
        return found

    def _in_lower_case(self, word: str) -> bool:
        return self.base.in_lower_case(word) or self.other.in_lower_case(word)

    def _names_in(self, in_base: bool, span: Span) -> frozenset[str]:
        """Keys of the block's words that could be a name (any word written with a capital:
        "the Kremlin said" still names the Kremlin when the other side says it first)."""
        found = self._names.get((in_base, span))
        if found is None:
            found = self._names[(in_base, span)] = frozenset(
                form
                for w in self._tokens(in_base, span)
                if w[:1].isupper()
                for form in name_forms(word_key(w))
            )
        return found

    def _numbers_in(self, in_base: bool, span: Span) -> frozenset[str]:
        found = self._numbers.get((in_base, span))
        if found is None:
            keys = (word_key(w) for w in self._tokens(in_base, span))
            found = self._numbers[(in_base, span)] = frozenset(k for k in keys if is_number_key(k))
        return found

    def _tokens(self, in_base: bool, span: Span) -> list[str]:
        analysis = self.base if in_base else self.other
        return words_in(analysis.text, span.start, span.end)


def _capitalised(text: str) -> bool:
    """A capitalised word that is not a title, function word, day or month."""
    bare = word_key(text).removesuffix("'s")
    return text[:1].isupper() and bare not in _NOT_NAMES and bare not in STOPWORDS


def _evidence(flag: Flag, found: tuple[str, ...], in_base: bool) -> Evidence:
    return Evidence(flag, found, ()) if in_base else Evidence(flag, (), found)


def _unique(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(words))
