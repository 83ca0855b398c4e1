"""Word-level diff of two aligned stretches of text, as equal, cosmetic and changed pieces."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from viewer.core.dmp import Op, diff_keys
from viewer.core.features import STOPWORDS
from viewer.core.meaning import is_meaning_word
from viewer.core.model import Kind, Span
from viewer.core.normalize import is_number_key, word_key
from viewer.core.tokens import token_matches as _token_matches
from viewer.core.wordcleanup import (
    FUNCTION,
    GAP,
    NAME_OR_NUMBER,
    WORD,
    merge_trivial_equalities,
)

__all__ = ["Piece", "diff_words", "same_up_to_spacing"]

_INVISIBLE = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
_PUNCTUATION = str.maketrans(
    {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2018": "'",
     "\u2019": "'", "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-", "\u2026": "..."}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of the aligned texts: EQUAL, COSMETIC or DRIFT (wording differs)."""

    kind: Kind
    base: Span
    other: Span


def same_up_to_spacing(a: str, b: str) -> bool:
    """True when two strings differ at most in whitespace, zero-width or soft-hyphen characters,
    or in Unicode normalisation (precomposed "é" and "e" + combining accent are the same)."""
    if a == b:
        return True
    a, b = _INVISIBLE.sub("", a), _INVISIBLE.sub("", b)
    return a == b or unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)


class _Units:
    """Words and the gaps between them (spacing, punctuation), tiling a span, as parallel
    arrays: ``bounds[k]`` to ``bounds[k + 1]`` is unit k; ``keys[k]`` its comparison key (a
    word's key, or a gap's punctuation with typography folded, marked by a leading NUL)."""

    __slots__ = ("bounds", "keys", "weights", "words")

    def __init__(self, text: str, span: Span) -> None:
        bounds: list[int] = [span.start]
        keys: list[str] = []
        words: list[bool] = []
        weights: list[int] = []
        cursor = span.start
        for match in _token_matches(text, span.start, span.end):
            start, end = match.span()
            if start > cursor:
                keys.append(_gap_key(text[cursor:start]))
                words.append(False)
                weights.append(GAP)
                bounds.append(start)
            key = word_key(match.group())
            keys.append(key)
            words.append(True)
            weights.append(_weight(match.group(), key))
            bounds.append(end)
            cursor = end
        if cursor < span.end:
            keys.append(_gap_key(text[cursor : span.end]))
            words.append(False)
            weights.append(GAP)
            bounds.append(span.end)
        self.bounds, self.keys, self.words, self.weights = bounds, keys, words, weights

    def word_keys(self, lo: int, hi: int) -> str:
        return "".join(k for k, w in zip(self.keys[lo:hi], self.words[lo:hi], strict=True) if w)

    def only_fillers(self, lo: int, hi: int) -> bool:
        """Whether units ``[lo, hi)`` hold no word that carries meaning ("the", "in", "have")."""
        return not any(
            is_meaning_word(k)
            for k, w in zip(self.keys[lo:hi], self.words[lo:hi], strict=True)
            if w
        )


def _weight(word: str, key: str) -> int:
    if is_number_key(key) or (word[:1].isupper() and key not in STOPWORDS):
        return NAME_OR_NUMBER
    return FUNCTION if key in STOPWORDS else WORD


def _gap_key(gap: str) -> str:
    return "\x00" + _INVISIBLE.sub("", gap).translate(_PUNCTUATION)


def diff_words(
    base_text: str, base_span: Span, other_text: str, other_span: Span, *, cleanup: bool = True
) -> tuple[Piece, ...]:
    """Pieces that tile ``base_span`` and ``other_span`` in order.

    >>> a, b = "Peskov said no.", "Peshkov said No."
    >>> pieces = diff_words(a, Span(0, 15), b, Span(0, 16))
    >>> [(p.kind.value, p.base.of(a), p.other.of(b)) for p in pieces]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('drift', 'Peskov', 'Peshkov'), ('equal', ' said ', ' said '),
     ('cosmetic', 'no', 'No'), ('equal', '.', '.')]
    """
    a, b = _Units(base_text, base_span), _Units(other_text, other_span)
    out: list[list[object]] = []  # [kind, base start, base end, other start, other end]
    i = j = 0
    ops = diff_keys(a.keys, b.keys)
    if cleanup:
        ops = merge_trivial_equalities(ops, a.weights, b.weights)
    k = 0
    while k < len(ops):
        op, count = ops[k]
        if op is Op.EQUAL:
            for step in range(count):
                b0, b1 = a.bounds[i + step], a.bounds[i + step + 1]
                o0, o1 = b.bounds[j + step], b.bounds[j + step + 1]
                same = same_up_to_spacing(base_text[b0:b1], other_text[o0:o1])
                _append(out, Kind.EQUAL if same else Kind.COSMETIC, b0, b1, o0, o1)
            i, j, k = i + count, j + count, k + 1
            continue
        dels = ins = 0
        while k < len(ops) and ops[k][0] is not Op.EQUAL:
            dels += ops[k][1] if ops[k][0] is Op.DELETE else 0
            ins += ops[k][1] if ops[k][0] is Op.INSERT else 0
            k += 1
        # A replacement whose words read the same once typography is folded is cosmetic, and
        # so is one that changes only punctuation and fillers ("the" cut, "were" for "are").
        cosmetic = a.word_keys(i, i + dels) == b.word_keys(j, j + ins) or (
            a.only_fillers(i, i + dels) and b.only_fillers(j, j + ins)
        )
        kind = Kind.COSMETIC if cosmetic else Kind.DRIFT
        _append(out, kind, a.bounds[i], a.bounds[i + dels], b.bounds[j], b.bounds[j + ins])
        i, j = i + dels, j + ins
    return tuple(Piece(kind, Span(b0, b1), Span(o0, o1)) for kind, b0, b1, o0, o1 in out)  # type: ignore[arg-type]


def _append(out: list[list[object]], kind: Kind, b0: int, b1: int, o0: int, o1: int) -> None:
    """Add a piece, extending the previous one when both are equal or both cosmetic."""
    if out and out[-1][0] is kind and kind is not Kind.DRIFT:
        out[-1][2] = b1
        out[-1][4] = o1
    else:
        out.append([kind, b0, b1, o0, o1])
