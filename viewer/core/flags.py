"""Flags on differences: quoted speech, numbers, proper names and negations."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from viewer.core.analysis import DocumentAnalysis
from viewer.core.features import STOPWORDS
from viewer.core.model import Evidence, Flag, Kind, Span
from viewer.core.normalize import NEGATIONS, is_number_key, word_key
from viewer.core.tokens import iter_tokens

__all__ = ["Flagger"]

# Capitalised words that are titles or function words rather than names of people or places.
_NOT_NAMES = frozenset(
    """president minister prime deputy foreign secretary mayor spokesman spokeswoman mr mrs ms
    dr state department ministry general interior defense affairs chief senior official
    officials governor senator the a an but and in on at of for""".split()
)


def _name_stem(key: str) -> str:
    return key.removesuffix("'s")[:6]


def _negations(keys: list[tuple[str, bool]]) -> int:
    return sum(1 for k, _ in keys if k in NEGATIONS or k.endswith("n't"))


class Flagger:
    """Flags the findings of one pair of documents; caches what blocks have in common."""

    def __init__(self, base: DocumentAnalysis, other: DocumentAnalysis) -> None:
        self.base = base
        self.other = other
        self.lowercase = base.lowercase_words | other.lowercase_words
        self._cache: dict[tuple[bool, Span], list[tuple[str, bool]]] = {}

    def _keys(self, in_base: bool, span: Span) -> list[tuple[str, bool]]:
        """(key, looks like a proper name) for each word of ``span``."""
        found = self._cache.get((in_base, span))
        if found is not None:
            return found
        analysis = self.base if in_base else self.other
        found = []
        for token in iter_tokens(analysis.text, span.start, span.end):
            key = word_key(token.text)
            name = (
                token.text[:1].isupper()
                and key not in _NOT_NAMES
                and key not in STOPWORDS
                and not is_number_key(key)
                and (token.start not in analysis.sentence_starts or key in analysis.name_keys)
                and token.text.casefold() not in self.lowercase
            )
            found.append((key, name))
        self._cache[(in_base, span)] = found
        return found

    def flags(
        self, kind: Kind, span_b: Span, span_o: Span, block_b: Span, block_o: Span
    ) -> tuple[Evidence, ...]:
        """Flags of one drift, addition or omission segment, each with what triggered it.

        Drift is flagged for a number or a name on one side that the other side's aligned
        block lacks (a word moved within the sentence is no change of fact), and for a
        negation whose count changes in the segment and in the block. An addition or
        omission is flagged for numbers and names found nowhere in the version that lacks
        the text.
        """
        base, other = self.base, self.other
        found: list[Evidence] = []
        if base.quotes.touches(span_b) or other.quotes.touches(span_o):
            found.append(Evidence(Flag.QUOTE, _quoted(base, span_b), _quoted(other, span_o)))
        keys_b, keys_o = self._keys(True, span_b), self._keys(False, span_o)
        words_b, words_o = self._words(True, span_b), self._words(False, span_o)
        if kind is Kind.DRIFT:
            around_b, around_o = self._keys(True, block_b), self._keys(False, block_o)
            for flag, pick in ((Flag.NUMBER, _number), (Flag.NAME, _name)):
                lost = _missing(keys_b, words_b, around_o, pick)
                new = _missing(keys_o, words_o, around_b, pick)
                if lost or new:
                    found.append(Evidence(flag, lost, new))
            if _negations(keys_b) != _negations(keys_o) and (
                _negations(around_b) != _negations(around_o)
            ):
                found.append(
                    Evidence(Flag.NEGATION, _negation_words(keys_b, words_b),
                             _negation_words(keys_o, words_o))
                )  # fmt: skip
            return tuple(found)
        in_base = kind is Kind.OMISSION
        present, words, absent = (keys_b, words_b, other) if in_base else (keys_o, words_o, base)
        numbers = _unique(
            w for (k, _), w in zip(present, words, strict=True)
            if is_number_key(k) and k not in absent.number_keys
        )  # fmt: skip
        names = _unique(
            w for (k, name), w in zip(present, words, strict=True)
            if name and k not in absent.name_keys
        )  # fmt: skip
        for flag, hits in ((Flag.NUMBER, numbers), (Flag.NAME, names)):
            if hits:
                found.append(Evidence(flag, hits, ()) if in_base else Evidence(flag, (), hits))
        return tuple(found)

    def _words(self, in_base: bool, span: Span) -> list[str]:
        analysis = self.base if in_base else self.other
        return [t.text for t in iter_tokens(analysis.text, span.start, span.end)]


def _unique(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(words))


def _quoted(analysis: DocumentAnalysis, span: Span) -> tuple[str, ...]:
    return tuple(q.of(analysis.text) for q in analysis.quotes.touching(span))


def _negation_words(keys: list[tuple[str, bool]], words: list[str]) -> tuple[str, ...]:
    return _unique(
        w for (k, _), w in zip(keys, words, strict=True) if k in NEGATIONS or k.endswith("n't")
    )


def _number(key: str, name: bool) -> str | None:
    return key if is_number_key(key) else None


def _name(key: str, name: bool) -> str | None:
    return _name_stem(key) if name else None


def _missing(
    keys: list[tuple[str, bool]],
    words: list[str],
    elsewhere: list[tuple[str, bool]],
    pick: Callable[[str, bool], str | None],
) -> tuple[str, ...]:
    """The words of ``keys`` that are a number (or name) ``elsewhere`` lacks."""
    there = {pick(k, n) for k, n in elsewhere}
    return _unique(
        w for (k, n), w in zip(keys, words, strict=True) if (p := pick(k, n)) and p not in there
    )
