"""Flags on differences: quoted speech, numbers, proper names and negations."""

from __future__ import annotations

from collections.abc import Callable

from viewer.core.analysis import DocumentAnalysis
from viewer.core.features import STOPWORDS
from viewer.core.model import Flag, Kind, Span
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
    ) -> tuple[Flag, ...]:
        """Flags of one drift, addition or omission segment.

        Drift is flagged for a number or a name on one side that the other side's aligned
        block lacks (a word moved within the sentence is no change of fact), and for a
        negation whose count changes in the segment and in the block. An addition or
        omission is flagged for numbers and names found nowhere in the version that lacks
        the text.
        """
        base, other = self.base, self.other
        flags: list[Flag] = []
        if base.quotes.touches(span_b) or other.quotes.touches(span_o):
            flags.append(Flag.QUOTE)
        keys_b, keys_o = self._keys(True, span_b), self._keys(False, span_o)
        if kind is Kind.DRIFT:
            around_b, around_o = self._keys(True, block_b), self._keys(False, block_o)
            if _missing(keys_b, around_o, _number) or _missing(keys_o, around_b, _number):
                flags.append(Flag.NUMBER)
            if _missing(keys_b, around_o, _name) or _missing(keys_o, around_b, _name):
                flags.append(Flag.NAME)
            if _negations(keys_b) != _negations(keys_o) and (
                _negations(around_b) != _negations(around_o)
            ):
                flags.append(Flag.NEGATION)
            return tuple(flags)
        present, absent = (keys_o, base) if kind is Kind.ADDITION else (keys_b, other)
        if any(is_number_key(k) and k not in absent.number_keys for k, _ in present):
            flags.append(Flag.NUMBER)
        if any(name and k not in absent.name_keys for k, name in present):
            flags.append(Flag.NAME)
        return tuple(flags)


def _number(key: str, name: bool) -> str | None:
    return key if is_number_key(key) else None


def _name(key: str, name: bool) -> str | None:
    return _name_stem(key) if name else None


def _missing(
    keys: list[tuple[str, bool]],
    elsewhere: list[tuple[str, bool]],
    pick: Callable[[str, bool], str | None],
) -> bool:
    """Whether ``keys`` hold a number (or name) that ``elsewhere`` lacks."""
    found = {pick(k, n) for k, n in keys} - {None}
    return bool(found - {pick(k, n) for k, n in elsewhere})
