"""Sentences between and beside matches: aligned in order where position vouches for them,
and merged into a neighbour's match where one version split or joined sentences."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from viewer.core.matching import Bars, Match
from viewer.core.options import CompareOptions
from viewer.core.similarity import Scorer, Side

__all__ = [
    "Step",
    "fill_around",
    "fill_gaps",
    "merge_neighbours",
    "monotone_steps",
]


def fill_gaps(
    in_order: list[Match],
    base: Side,
    other: Side,
    scorer: Scorer,
    bar: float,
    options: CompareOptions,
) -> list[Match]:
    """Between consecutive in-order matches, align leftover sentences monotonically."""
    found: list[Match] = []
    edges = [(-1, -1), *((m.base_hi - 1, m.other_hi - 1) for m in in_order)]
    edges.append((len(base), len(other)))
    starts = [(-1, -1), *((m.base_lo, m.other_lo) for m in in_order), (len(base), len(other))]
    for (b0, o0), (b1, o1) in zip(edges[:-1], starts[1:], strict=True):
        rows = [i for i in range(b0 + 1, b1) if not base.used[i]]
        cols = [j for j in range(o0 + 1, o1) if not other.used[j]]
        found += _take(rows, cols, base, other, scorer, bar, options, moved=False)
    return found


def fill_around(
    m: Match, base: Side, other: Side, scorer: Scorer, bar: float, options: CompareOptions
) -> list[Match]:
    """The free sentences that follow (and precede) a moved match on both sides travelled
    with it: align them in order, as in a gap."""
    found: list[Match] = []
    for step in (1, -1):
        start_b = m.base_hi if step == 1 else m.base_lo - 1
        start_o = m.other_hi if step == 1 else m.other_lo - 1
        rows = list(
            itertools.takewhile(lambda i: not base.used[i], _walk(start_b, step, len(base)))
        )
        cols = list(
            itertools.takewhile(lambda j: not other.used[j], _walk(start_o, step, len(other)))
        )
        rows, cols = rows[: options.max_context], cols[: options.max_context]
        found += _take(sorted(rows), sorted(cols), base, other, scorer, bar, options, moved=True)
    return found


def _walk(start: int, step: int, size: int) -> range:
    return range(start, size) if step == 1 else range(start, -1, -1)


def _take(
    rows: list[int],
    cols: list[int],
    base: Side,
    other: Side,
    scorer: Scorer,
    bar: float,
    options: CompareOptions,
    *,
    moved: bool,
) -> list[Match]:
    if not rows or not cols or len(rows) * len(cols) > options.max_gap_cells:
        return []
    cells = _Cells(rows, cols, base, other, scorer)
    steps = monotone_steps(cells, len(rows), len(cols), bar, options)
    # A weak step stands only with support: a chosen neighbour on the diagonal, or the gap's
    # edge (the match that bounds the gap) right beside it.
    starts = {(s.a, s.b) for s in steps} | {(len(rows), len(cols))}
    ends = {(s.a + s.da, s.b + s.db) for s in steps} | {(0, 0)}
    found = []
    for s in steps:
        weak = s.score < bar * options.weak_factor
        if weak and (s.a, s.b) not in ends and (s.a + s.da, s.b + s.db) not in starts:
            continue
        lo_b, hi_b = rows[s.a], rows[s.a + s.da - 1] + 1
        lo_o, hi_o = cols[s.b], cols[s.b + s.db - 1] + 1
        for i in range(lo_b, hi_b):
            base.used[i] = True
        for j in range(lo_o, hi_o):
            other.used[j] = True
        found.append(Match(lo_b, hi_b, lo_o, hi_o, s.score, moved=moved))
    return found


class _Cells:
    """Similarities of a gap's sentences, one to one or two to one, computed on demand."""

    def __init__(
        self, rows: list[int], cols: list[int], base: Side, other: Side, scorer: Scorer
    ) -> None:
        self.rows, self.cols, self.base, self.other, self.scorer = rows, cols, base, other, scorer
        self.cache: dict[tuple[int, int, int, int], float] = {}

    def __call__(self, a: int, b: int, da: int, db: int) -> float:
        key = (a, b, da, db)
        found = self.cache.get(key)
        if found is None:
            rows, cols = self.rows[a : a + da], self.cols[b : b + db]
            if da == db == 1:
                found = self.scorer.pair(rows[0], cols[0])
            elif rows[-1] - rows[0] >= da or cols[-1] - cols[0] >= db:
                found = 0.0  # only sentences next to each other in the text merge
            else:
                found = self.scorer.dice(
                    self.base.stems(rows[0], rows[-1] + 1), self.other.stems(cols[0], cols[-1] + 1)
                )
            self.cache[key] = found
        return found


@dataclass(frozen=True, slots=True)
class Step:
    """Rows ``[a, a + da)`` of a gap aligned with its columns ``[b, b + db)``."""

    a: int
    b: int
    da: int
    db: int
    score: float


_SHAPES = ((1, 1), (1, 2), (2, 1))


def monotone_steps(
    cells: Callable[[int, int, int, int], float],
    n: int,
    m: int,
    bar: float,
    options: CompareOptions,
) -> list[Step]:
    """Order-preserving steps maximising the summed similarity above ``bar``: 1:1, or 1:2
    and 2:1 where one version split a sentence (the pair must beat the bar by
    ``split_gain`` more). A step far from the gap's diagonal must clear the bar by
    ``diagonal_penalty`` times its distance from it (both sides measured from 0 to 1).

    >>> table = [[0.9, 0.1], [0.1, 0.8]]
    >>> [(s.a, s.b) for s in monotone_steps(
    ...     lambda a, b, da, db: table[a][b] if da == db == 1 else 0, 2, 2, 0.3, CompareOptions())]
    [(0, 0), (1, 1)]
    """

    def gain(a: int, b: int, da: int, db: int) -> float:
        off = abs(a / (n - 1) - b / (m - 1)) if n > 1 and m > 1 else 0.0
        extra = options.split_gain if da + db > 2 else 0.0
        return cells(a, b, da, db) - bar - extra - options.diagonal_penalty * off

    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    choice = [[(1, 0)] * (m + 1) for _ in range(n + 1)]
    for a in range(n - 1, -1, -1):
        for b in range(m - 1, -1, -1):
            value, shape = max((best[a + 1][b], (1, 0)), (best[a][b + 1], (0, 1)))
            for da, db in _SHAPES:
                if a + da <= n and b + db <= m:
                    g = gain(a, b, da, db)
                    if g >= 0 and best[a + da][b + db] + g > value:
                        value, shape = best[a + da][b + db] + g, (da, db)
            best[a][b], choice[a][b] = value, shape
    steps = []
    a = b = 0
    while a < n and b < m:
        da, db = choice[a][b]
        if da and db:
            steps.append(Step(a, b, da, db, cells(a, b, da, db)))
        a, b = a + da, b + db
    return steps


def merge_neighbours(
    matches: list[Match],
    base: Side,
    other: Side,
    scorer: Scorer,
    bars: Bars,
    options: CompareOptions,
) -> None:
    """Grow matches over adjacent unmatched sentences that one side split or merged: a
    sentence joins a match when much of its content is there and the match reads better
    with it. It never joins when it has a free candidate of its own at the moved bar, so a
    row does not swallow a sentence that says something else."""
    for m in matches:
        while not m.exact and _grow(m, base, other, scorer, bars, options):
            pass


def _grow(
    m: Match, base: Side, other: Side, scorer: Scorer, bars: Bars, options: CompareOptions
) -> bool:
    neighbours = [
        (base, m.base_lo - 1),
        (base, m.base_hi),
        (other, m.other_lo - 1),
        (other, m.other_hi),
    ]
    if all(not 0 <= k < len(side) or side.used[k] for side, k in neighbours):
        return False
    b_stems, o_stems = base.stems(m.base_lo, m.base_hi), other.stems(m.other_lo, m.other_hi)
    current = scorer.dice(b_stems, o_stems)
    best: tuple[float, Side, int] | None = None
    for side, k in neighbours:
        if not 0 <= k < len(side) or side.used[k]:
            continue
        part = side.sentences.feature(k).stems
        whole = o_stems if side is base else b_stems
        if scorer.best_free(side is base, k) >= bars.moved:
            continue
        merged = scorer.dice(b_stems | part, o_stems) if side is base else scorer.dice(
            b_stems, o_stems | part)  # fmt: skip
        if scorer.containment(part, whole) < options.merge_containment:
            continue
        if merged < current + options.merge_gain:
            continue
        if best is None or merged > best[0]:
            best = (merged, side, k)
    if best is None:
        return False
    _, side, k = best
    side.used[k] = True
    if side is base:
        m.base_lo, m.base_hi = min(m.base_lo, k), max(m.base_hi, k + 1)
    else:
        m.other_lo, m.other_hi = min(m.other_lo, k), max(m.other_hi, k + 1)
    m.score = scorer.similarity(
        base.stems(m.base_lo, m.base_hi), other.stems(m.other_lo, m.other_hi)
    )
    return True
