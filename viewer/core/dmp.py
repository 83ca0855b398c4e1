"""diff-match-patch over sequences of word keys: one character per distinct key.

Wraps the library's pitfalls: no wall-clock timeout (results would depend on machine speed),
no surrogate code points in the encoding, and no in-place editing of our values.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from diff_match_patch import diff_match_patch

__all__ = ["Op", "diff_keys", "encode"]

_FIRST = 0x100  # above ASCII and Latin-1, whose characters cleanupSemantic treats specially
_SURROGATES = range(0xD800, 0xE000)
_LAST = 0x10FFFF


class Op(IntEnum):
    DELETE = -1
    EQUAL = 0
    INSERT = 1


def _code_point(index: int) -> str:
    point = _FIRST + index
    if point >= _SURROGATES.start:
        point += len(_SURROGATES)
    if point > _LAST:
        raise ValueError("too many distinct words to encode for diff-match-patch")
    return chr(point)


def encode(*sequences: Sequence[str]) -> tuple[str, ...]:
    """Each sequence as a string with one character per item, equal items equal characters.

    >>> a, b = encode(["the", "cat"], ["the", "dog"])
    >>> a[0] == b[0], a[1] == b[1], len(a)
    (True, False, 2)
    """
    codes: dict[str, str] = {}
    out = []
    for sequence in sequences:
        chars = []
        for item in sequence:
            char = codes.get(item)
            if char is None:
                char = codes[item] = _code_point(len(codes))
            chars.append(char)
        out.append("".join(chars))
    return tuple(out)


def diff_keys(
    base: Sequence[str], other: Sequence[str], *, cleanup: bool = True
) -> tuple[tuple[Op, int], ...]:
    """Diff two key sequences; returns (operation, number of items) runs in order.

    >>> diff_keys(["a", "b", "c"], ["a", "x", "c"], cleanup=False)
    ((<Op.EQUAL: 0>, 1), (<Op.DELETE: -1>, 1), (<Op.INSERT: 1>, 1), (<Op.EQUAL: 0>, 1))
    """
    text1, text2 = encode(base, other)
    engine = diff_match_patch()
    engine.Diff_Timeout = 0  # never stop early: the same input gives the same diff everywhere
    diffs = engine.diff_main(text1, text2, checklines=False)
    if cleanup:
        diffs = [list(d) for d in diffs]  # the library edits its argument in place
        engine.diff_cleanupSemantic(diffs)
    return tuple((Op(op), len(chunk)) for op, chunk in diffs if chunk)
