"""Diff two sequences of word keys with diff-match-patch, with bounded work on long inputs.

Wraps the library's pitfalls: no wall-clock timeout (results would depend on machine speed),
no surrogate code points in the encoding, and no in-place editing of our values. Its Myers
diff costs (N + M) x D steps in Python, so long inputs are first cut at anchors, keys (or,
where words repeat, runs of keys) found exactly once on each side, in the same order, as
patience diff does; the pieces between anchors are small and diffed in full.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from enum import IntEnum

from diff_match_patch import diff_match_patch

__all__ = ["Op", "diff_keys", "encode"]

_FIRST = 0x100  # above ASCII and Latin-1, whose characters cleanupSemantic treats specially
_SURROGATES = range(0xD800, 0xE000)
_LAST = 0x10FFFF
# Items (both sides together) diffed by diff-match-patch directly: at most ~(N + M)^2 / 4
# steps, about 0.1 s in Python.
_DIRECT = 600
# Longest run of keys tried as an anchor where single keys repeat (unspaced scripts, numbers).
_LONGEST_RUN = 8


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


def diff_keys(base: Sequence[str], other: Sequence[str]) -> tuple[tuple[Op, int], ...]:
    """Diff two key sequences; returns (operation, number of items) runs in order.

    >>> diff_keys(["a", "b", "c"], ["a", "x", "c"])
    ((<Op.EQUAL: 0>, 1), (<Op.DELETE: -1>, 1), (<Op.INSERT: 1>, 1), (<Op.EQUAL: 0>, 1))
    """
    runs: list[list[int]] = []  # [op, count]
    _diff(base, other, 1, runs)
    return tuple((Op(op), count) for op, count in runs)


def _emit(runs: list[list[int]], op: Op, count: int) -> None:
    if not count:
        return
    if runs and runs[-1][0] == op:
        runs[-1][1] += count
    elif op is Op.DELETE and runs and runs[-1][0] == Op.INSERT:
        runs.insert(len(runs) - 1, [op, count])  # deletions first, as diff-match-patch does
        if len(runs) > 2 and runs[-3][0] == Op.DELETE:
            runs[-3][1] += runs.pop(-2)[1]
    else:
        runs.append([op, count])


def _diff(a: Sequence[str], b: Sequence[str], run: int, runs: list[list[int]]) -> None:
    prefix = 0
    while prefix < len(a) and prefix < len(b) and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < len(a) - prefix and suffix < len(b) - prefix and a[-1 - suffix] == b[-1 - suffix]
    ):
        suffix += 1
    _emit(runs, Op.EQUAL, prefix)
    a_mid, b_mid = a[prefix : len(a) - suffix], b[prefix : len(b) - suffix]
    if not a_mid or not b_mid or len(a_mid) + len(b_mid) <= _DIRECT:
        _direct(a_mid, b_mid, runs)
    else:
        _anchored(a_mid, b_mid, run, runs)
    _emit(runs, Op.EQUAL, suffix)


def _direct(a: Sequence[str], b: Sequence[str], runs: list[list[int]]) -> None:
    if not a or not b:
        _emit(runs, Op.DELETE, len(a))
        _emit(runs, Op.INSERT, len(b))
        return
    text1, text2 = encode(a, b)
    engine = diff_match_patch()
    engine.Diff_Timeout = 0  # never stop early: the same input gives the same diff everywhere
    for op, chunk in engine.diff_main(text1, text2, checklines=False):
        _emit(runs, Op(op), len(chunk))


def _anchored(a: Sequence[str], b: Sequence[str], run: int, runs: list[list[int]]) -> None:
    """Cut at runs of ``run`` keys found once on each side; longer runs where none are."""
    anchors = _anchors(a, b, run)
    if not anchors:
        if run < _LONGEST_RUN:
            _anchored(a, b, run * 2, runs)
        else:  # nothing to hold on to: report the stretch as replaced, in bounded time
            _emit(runs, Op.DELETE, len(a))
            _emit(runs, Op.INSERT, len(b))
        return
    i = j = 0
    for x, y in anchors:
        if x < i or y < j:
            continue  # overlaps the previous anchor's run
        _diff(a[i:x], b[j:y], 1, runs)
        _emit(runs, Op.EQUAL, run)
        i, j = x + run, y + run
    _diff(a[i:], b[j:], 1, runs)


def _anchors(a: Sequence[str], b: Sequence[str], run: int) -> list[tuple[int, int]]:
    """Positions (in a, in b) of runs of keys that occur once on each side, the longest
    chain of them in the same order on both (patience sorting)."""

    def grams(seq: Sequence[str]) -> list[tuple[str, ...]]:
        return [tuple(seq[k : k + run]) for k in range(len(seq) - run + 1)]

    grams_a, grams_b = grams(a), grams(b)
    count_a, count_b = Counter(grams_a), Counter(grams_b)
    where_b = {g: k for k, g in enumerate(grams_b) if count_b[g] == 1}
    pairs = [(x, where_b[g]) for x, g in enumerate(grams_a) if count_a[g] == 1 and g in where_b]
    # Longest increasing subsequence of b positions, in order of a.
    tails: list[int] = []
    tail_at: list[int] = []
    back: list[int] = []
    for k, (_, y) in enumerate(pairs):
        slot = bisect_left(tails, y)
        if slot == len(tails):
            tails.append(y)
            tail_at.append(k)
        else:
            tails[slot], tail_at[slot] = y, k
        back.append(tail_at[slot - 1] if slot else -1)
    chain: list[tuple[int, int]] = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(pairs[k])
        k = back[k]
    return chain[::-1]
