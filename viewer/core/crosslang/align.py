"""Sentences aligned by meaning along the story: dynamic programming over sentence vectors,
as the bitext aligners Vecalign and Bertalign do, then moved sentences.

Translations keep the story's order, so the strongest evidence for a pair is its place: the
programme finds the in-order chain of 1:1, 1:2, 2:1, 1:3 and 3:1 rows whose similarity above
the bar adds up highest; what it leaves out is omitted or added, unless a left-over sentence
and a left-over counterpart elsewhere are each other's best match (moved).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from viewer.core.align import Constraints, SentenceGroup
from viewer.core.crosslang.options import CrossOptions
from viewer.core.model import BlockKind

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["align_by_meaning"]

# Row shapes (base sentences, other sentences) the programme may take, 1:1 first.
_SHAPES = ((1, 1), (2, 1), (1, 2), (3, 1), (1, 3))
_NONE = float("-inf")
_FORCED = 1e6  # the gain of a row the user linked: the programme takes it whatever it costs


def _merged(
    vectors: NDArray[np.float32], weights: NDArray[np.float32], size: int
) -> NDArray[np.float32]:
    """Row k: the vector of sentences k..k+size-1 together (their length-weighted mean)."""
    import numpy as np

    count = len(vectors) - size + 1
    if count <= 0:
        return np.zeros((0, vectors.shape[1]), np.float32)
    total = vectors[:count] * weights[:count, None]
    for s in range(1, size):
        total = total + vectors[s : s + count] * weights[s : s + count, None]
    norms = np.linalg.norm(total, axis=1, keepdims=True)
    merged: NDArray[np.float32] = (total / np.maximum(norms, 1e-9)).astype(np.float32)
    return merged


class _Scores:
    """Similarity above the bar of every row shape at every place."""

    def __init__(
        self,
        base: NDArray[np.float32],
        other: NDArray[np.float32],
        base_weights: NDArray[np.float32],
        other_weights: NDArray[np.float32],
        options: CrossOptions,
    ) -> None:
        import numpy as np

        plain = base @ other.T
        # How alike each sentence is to the other text as a whole: subtracted, so that a
        # generic sentence ("He said so.") does not pair with anything at all.
        prior = options.prior_similarity * options.prior_weight
        self.row_bias = (plain.sum(axis=1) + prior) / (len(other) + options.prior_weight)
        self.col_bias = (plain.sum(axis=0) + prior) / (len(base) + options.prior_weight)
        self.plain = plain
        self.tables: dict[tuple[int, int], list[list[float]]] = {}
        for nb, no in _SHAPES:
            left = _merged(base, base_weights, nb)
            right = _merged(other, other_weights, no)
            cos = left @ right.T
            rb = np.array([self.row_bias[k : k + nb].mean() for k in range(len(left))])
            cb = np.array([self.col_bias[k : k + no].mean() for k in range(len(right))])
            penalty = 0.0 if (nb, no) == (1, 1) else options.merge_penalty
            gain = cos - 0.5 * (rb[:, None] + cb[None, :]) - options.link_bar - penalty
            self.tables[(nb, no)] = gain.tolist()

    def normalised(self, i: int, j: int) -> float:
        return float(self.plain[i, j] - 0.5 * (self.row_bias[i] + self.col_bias[j]))


def align_by_meaning(
    base: NDArray[np.float32],
    other: NDArray[np.float32],
    base_weights: NDArray[np.float32],
    other_weights: NDArray[np.float32],
    options: CrossOptions,
    constraints: Constraints | None = None,
) -> tuple[SentenceGroup, ...]:
    """Groups in reading order of the base (additions where the other version has them,
    moved sentences at their place in the base), covering every sentence of both sides.
    ``constraints``: the user's links (rows of up to 3:1 or 1:3 sentences, taken as they
    are) and unlinks (never in one row)."""
    n, m = len(base), len(other)
    if not n or not m:
        return _leftovers(0, n, 0, m)
    scores = _Scores(base, other, base_weights, other_weights, options)
    forced = _constrain(scores, constraints) if constraints else {}
    path = _programme(scores, n, m, options, forced)
    return _groups(path, scores, options, forced)


def _constrain(scores: _Scores, constraints: Constraints) -> dict[tuple[int, int], tuple[int, int]]:
    """Rows joining sentences the user unlinked get no gain. Returns the rows the user
    linked, of any shape, as {(base end, other end): (base start, other start)}: the
    programme takes each with an overwhelming gain."""
    tables = scores.tables
    for lo_b, hi_b, lo_o, hi_o in constraints.apart.ranges:
        for (nb, no), table in tables.items():
            for i in range(max(lo_b - nb + 1, 0), min(hi_b, len(table))):
                row = table[i]
                for j in range(max(lo_o - no + 1, 0), min(hi_o, len(row))):
                    row[j] = _NONE
    return {(hi_b, hi_o): (lo_b, lo_o) for lo_b, hi_b, lo_o, hi_o in constraints.links}


def _band(n: int, m: int, options: CrossOptions) -> list[tuple[int, int]]:
    """For each i in 0..n, the range of j the programme looks at."""
    if n * m <= options.max_cells:
        return [(0, m)] * (n + 1)
    width = max(options.max_cells // (2 * n), abs(n - m) + 20)
    return [(max(0, i * m // n - width), min(m, i * m // n + width) + 1)[:2] for i in range(n + 1)]


def _programme(
    scores: _Scores,
    n: int,
    m: int,
    options: CrossOptions,
    forced: dict[tuple[int, int], tuple[int, int]],
) -> list[tuple[int, int, int, int]]:
    """The best in-order path as steps (i, j, base sentences, other sentences); a step with
    0 on a side leaves a sentence unaligned."""
    band = _band(n, m, options)
    best: list[dict[int, float]] = [{} for _ in range(n + 1)]
    step: list[dict[int, tuple[int, int]]] = [{} for _ in range(n + 1)]
    tables = scores.tables
    for i in range(n + 1):
        lo, hi = band[i]
        row, moves = best[i], step[i]
        for j in range(lo, min(hi, m) + 1):
            if i == 0 and j == 0:
                row[0], moves[0] = 0.0, (0, 0)
                continue
            value, move = _NONE, (0, 0)
            if i and j in best[i - 1] and best[i - 1][j] > value:
                value, move = best[i - 1][j], (1, 0)
            if j and j - 1 in row and row[j - 1] > value:
                value, move = row[j - 1], (0, 1)
            for nb, no in _SHAPES:
                if i >= nb and j >= no and j - no in best[i - nb]:
                    gain = tables[(nb, no)][i - nb][j - no]
                    if gain > 0 and best[i - nb][j - no] + gain > value:
                        value, move = best[i - nb][j - no] + gain, (nb, no)
            start = forced.get((i, j))
            if start is not None and start[1] in best[start[0]]:
                value = best[start[0]][start[1]] + _FORCED
                move = (i - start[0], j - start[1])
            if value > _NONE:
                row[j], moves[j] = value, move
    path: list[tuple[int, int, int, int]] = []
    i, j = n, m
    while i or j:
        nb, no = step[i][j]
        i, j = i - nb, j - no
        path.append((i, j, nb, no))
    path.reverse()
    return path


def _groups(
    path: list[tuple[int, int, int, int]],
    scores: _Scores,
    options: CrossOptions,
    forced: dict[tuple[int, int], tuple[int, int]],
) -> tuple[SentenceGroup, ...]:
    left_b = [i for i, _, nb, no in path if nb and not no]
    left_o = [j for _, j, nb, no in path if no and not nb]
    moved = _moves(left_b, left_o, scores, options)
    moved_other = set(moved.values())
    groups: list[SentenceGroup] = []
    for i, j, nb, no in path:
        if nb and no:
            manual = forced.get((i + nb, j + no)) == (i, j)
            score = 1.0 if manual else scores.tables[(nb, no)][i][j] + options.link_bar
            groups.append(SentenceGroup(BlockKind.ALIGNED, i, i + nb, j, j + no, score, manual))
        elif nb and i in moved:
            k = moved[i]
            score = scores.normalised(i, k)
            groups.append(SentenceGroup(BlockKind.MOVED, i, i + 1, k, k + 1, score))
        elif nb:
            _extend(groups, SentenceGroup(BlockKind.OMITTED, i, i + 1, j, j, 0.0))
        elif j not in moved_other:
            _extend(groups, SentenceGroup(BlockKind.ADDED, i, i, j, j + 1, 0.0))
    return tuple(groups)


def _moves(
    left_b: list[int], left_o: list[int], scores: _Scores, options: CrossOptions
) -> dict[int, int]:
    """Left-over base sentence -> left-over other sentence, where each is the other's best."""
    if not left_b or not left_o:
        return {}
    bar = options.link_bar + options.move_extra
    allowed = scores.tables[(1, 1)]
    left_o = [j for j in left_o if any(allowed[i][j] > _NONE for i in left_b)]
    if not left_o:
        return {}
    best_o = {i: max(left_o, key=lambda j: scores.normalised(i, j)) for i in left_b}
    best_b = {j: max(left_b, key=lambda i: scores.normalised(i, j)) for j in left_o}
    return {
        i: j
        for i, j in best_o.items()
        if best_b[j] == i and allowed[i][j] > _NONE and scores.normalised(i, j) > bar
    }


def _leftovers(lo_b: int, hi_b: int, lo_o: int, hi_o: int) -> tuple[SentenceGroup, ...]:
    groups = []
    if hi_b > lo_b:
        groups.append(SentenceGroup(BlockKind.OMITTED, lo_b, hi_b, lo_o, lo_o, 0.0))
    if hi_o > lo_o:
        groups.append(SentenceGroup(BlockKind.ADDED, hi_b, hi_b, lo_o, hi_o, 0.0))
    return tuple(groups)


def _extend(groups: list[SentenceGroup], group: SentenceGroup) -> None:
    """Append, joining a run of omitted (or added) sentences into one group."""
    if groups and groups[-1].kind is group.kind:
        last = groups[-1]
        if last.base_hi == group.base_lo and last.other_hi == group.other_lo:
            groups[-1] = SentenceGroup(
                group.kind, last.base_lo, group.base_hi, last.other_lo, group.other_hi, 0.0
            )
            return
    groups.append(group)
