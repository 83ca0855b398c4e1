"""Word-level diff of two aligned stretches of text, as equal, cosmetic and changed pieces."""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.dmp import Op, diff_keys
from viewer.core.model import Kind, Span
from viewer.core.normalize import word_key
from viewer.core.tokens import iter_tokens

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
    """True when two strings differ at most in whitespace, zero-width or soft-hyphen characters."""
    return a == b or _INVISIBLE.sub("", a) == _INVISIBLE.sub("", b)


@dataclass(frozen=True, slots=True)
class _Unit:
    span: Span
    key: str  # a word's key, or a gap's punctuation with typography folded
    word: bool


def _units(text: str, span: Span) -> list[_Unit]:
    """Words and the gaps between them (spacing, punctuation), tiling ``span``."""
    units: list[_Unit] = []
    cursor = span.start
    for token in iter_tokens(text, span.start, span.end):
        if token.start > cursor:
            units.append(_gap(text, cursor, token.start))
        units.append(_Unit(Span(token.start, token.end), word_key(token.text), True))
        cursor = token.end
    if cursor < span.end:
        units.append(_gap(text, cursor, span.end))
    return units


def _gap(text: str, start: int, end: int) -> _Unit:
    key = _INVISIBLE.sub("", text[start:end]).translate(_PUNCTUATION)
    return _Unit(Span(start, end), "\x00" + key, False)


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
    a, b = _units(base_text, base_span), _units(other_text, other_span)
    out: list[Piece] = []
    i = j = 0
    ops = diff_keys([u.key for u in a], [u.key for u in b], cleanup=cleanup)
    k = 0
    while k < len(ops):
        op, count = ops[k]
        if op is Op.EQUAL:
            for ua, ub in zip(a[i : i + count], b[j : j + count], strict=True):
                same = same_up_to_spacing(ua.span.of(base_text), ub.span.of(other_text))
                _append(out, Piece(Kind.EQUAL if same else Kind.COSMETIC, ua.span, ub.span))
            i, j, k = i + count, j + count, k + 1
            continue
        dels = ins = 0
        while k < len(ops) and ops[k][0] is not Op.EQUAL:
            dels += ops[k][1] if ops[k][0] is Op.DELETE else 0
            ins += ops[k][1] if ops[k][0] is Op.INSERT else 0
            k += 1
        _append(out, _hunk(a[i : i + dels], b[j : j + ins], a, i, b, j, base_span, other_span))
        i, j = i + dels, j + ins
    return tuple(out)


def _hunk(
    removed: list[_Unit],
    added: list[_Unit],
    a: list[_Unit],
    i: int,
    b: list[_Unit],
    j: int,
    base_span: Span,
    other_span: Span,
) -> Piece:
    """One replacement: cosmetic when the words read the same once typography is folded."""
    words_removed = "".join(u.key for u in removed if u.word)
    words_added = "".join(u.key for u in added if u.word)
    kind = Kind.COSMETIC if words_removed == words_added else Kind.DRIFT
    return Piece(kind, _cover(removed, a, i, base_span), _cover(added, b, j, other_span))


def _cover(units: list[_Unit], side: list[_Unit], index: int, whole: Span) -> Span:
    if units:
        return Span(units[0].span.start, units[-1].span.end)
    here = side[index].span.start if index < len(side) else whole.end
    return Span(here, here)


def _append(out: list[Piece], piece: Piece) -> None:
    """Add a piece, joining it to the previous one when both are equal or both cosmetic."""
    if out and out[-1].kind is piece.kind and piece.kind is not Kind.DRIFT:
        last = out.pop()
        piece = Piece(
            piece.kind,
            Span(last.base.start, piece.base.end),
            Span(last.other.start, piece.other.end),
        )
    out.append(piece)
