"""Align the sentences of two versions: 1:1, merges and splits, reordered text.

Sentences are aligned before words are diffed, so that a reordered or paraphrased paragraph
is matched with its counterpart instead of being reported as deleted and re-inserted.
"""

from __future__ import annotations

import math
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.core.features import SentenceFeatures
from viewer.core.model import BlockKind
from viewer.core.options import CompareOptions

__all__ = ["SentenceGroup", "align_sentences"]


@dataclass(frozen=True, slots=True)
class SentenceGroup:
    """Sentences ``[base_lo, base_hi)`` of the base aligned with ``[other_lo, other_hi)``."""

    kind: BlockKind
    base_lo: int
    base_hi: int
    other_lo: int
    other_hi: int
    score: float


@dataclass(slots=True)
class _Match:
    base_lo: int
    base_hi: int
    other_lo: int
    other_hi: int
    score: float
    moved: bool = False


class _Scorer:
    """Weighted Dice similarity of content stems, weights by inverse sentence frequency."""

    def __init__(self, base: Sequence[SentenceFeatures], other: Sequence[SentenceFeatures]):
        counts: dict[str, int] = defaultdict(int)
        for features in (*base, *other):
            for s in features.stems:
                counts[s] += 1
        total = len(base) + len(other) + 1
        self.weight = {s: math.log(total / n) + 0.1 for s, n in counts.items()}
        self.counts = counts

    def mass(self, stems: frozenset[str]) -> float:
        weight = self.weight
        return sum(weight[s] for s in stems)

    def dice(self, a: frozenset[str], b: frozenset[str]) -> float:
        total = self.mass(a) + self.mass(b)
        return 2 * self.mass(a & b) / total if total else 0.0

    def containment(self, part: frozenset[str], whole: frozenset[str]) -> float:
        mass = self.mass(part)
        return self.mass(part & whole) / mass if mass else 0.0


def align_sentences(
    base: Sequence[SentenceFeatures],
    other: Sequence[SentenceFeatures],
    options: CompareOptions,
) -> tuple[SentenceGroup, ...]:
    """Groups covering every sentence of both sides once, in reading order of the base.

    Added groups are placed after the aligned group that precedes them in the other version;
    moved groups sit at their base position.
    """
    scorer = _Scorer(base, other)
    base_used = [False] * len(base)
    other_used = [False] * len(other)
    matches = _exact_matches(base, other, base_used, other_used)
    matches += _fuzzy_matches(base, other, base_used, other_used, scorer, options)
    backbone = _backbone(matches, base, other)
    for m in matches:
        m.moved = id(m) not in backbone
    matches = [m for m in matches if not m.moved or m.score >= options.match_threshold]
    base_used[:] = [False] * len(base)
    other_used[:] = [False] * len(other)
    for m in matches:
        base_used[m.base_lo] = other_used[m.other_lo] = True
    in_order = sorted((m for m in matches if not m.moved), key=lambda m: m.base_lo)
    matches += _fill_gaps(in_order, base, other, base_used, other_used, scorer, options)
    _merge_neighbours(matches, base, other, base_used, other_used, scorer, options)
    return _reading_order(_join_moves(matches), base_used, other_used, len(base), len(other))


def _join_moves(matches: list[_Match]) -> list[_Match]:
    """Moved matches that follow each other on both sides become one moved block."""
    out: list[_Match] = []
    for m in sorted(matches, key=lambda m: m.base_lo):
        last = out[-1] if out else None
        if (
            last is not None
            and last.moved
            and m.moved
            and last.base_hi == m.base_lo
            and last.other_hi == m.other_lo
        ):
            total = (last.base_hi - last.base_lo) + (m.base_hi - m.base_lo)
            last.score = (
                last.score * (last.base_hi - last.base_lo) + m.score * (m.base_hi - m.base_lo)
            ) / total
            last.base_hi, last.other_hi = m.base_hi, m.other_hi
        else:
            out.append(m)
    return out


def _exact_matches(
    base: Sequence[SentenceFeatures],
    other: Sequence[SentenceFeatures],
    base_used: list[bool],
    other_used: list[bool],
) -> list[_Match]:
    """Pair sentences identical up to spacing, then up to typography, k-th with k-th."""
    matches: list[_Match] = []
    for field in ("raw", "key"):
        waiting: dict[str, deque[int]] = defaultdict(deque)
        for j, features in enumerate(other):
            if not other_used[j] and getattr(features, field):
                waiting[getattr(features, field)].append(j)
        for i, features in enumerate(base):
            if base_used[i] or not getattr(features, field):
                continue
            queue = waiting.get(getattr(features, field))
            if queue:
                j = queue.popleft()
                base_used[i] = other_used[j] = True
                matches.append(_Match(i, i + 1, j, j + 1, 1.0))
    return matches


def _fuzzy_matches(
    base: Sequence[SentenceFeatures],
    other: Sequence[SentenceFeatures],
    base_used: list[bool],
    other_used: list[bool],
    scorer: _Scorer,
    options: CompareOptions,
) -> list[_Match]:
    """Best-first 1:1 pairing of the remaining sentences whose wording overlaps enough."""
    taken_base = {i for i, used in enumerate(base_used) if used}
    taken_other = {j for j, used in enumerate(other_used) if used}
    postings: dict[str, list[int]] = defaultdict(list)
    for j, features in enumerate(other):
        if j not in taken_other:
            for s in features.stems:
                postings[s].append(j)
    candidates: list[tuple[float, float, int, int]] = []
    scale_b, scale_o = 1 / max(len(base), 1), 1 / max(len(other), 1)
    for i, features in enumerate(base):
        if i in taken_base:
            continue
        seen: set[int] = set()
        for s in features.stems:
            posting = postings.get(s, ())
            if len(posting) <= options.max_posting:
                seen.update(posting)
        for j in seen:
            score = scorer.dice(features.stems, other[j].stems)
            if score >= options.candidate_threshold:
                distance = abs(i * scale_b - j * scale_o)
                candidates.append((-score, distance, i, j))
    candidates.sort()
    matches = []
    for negative, _, i, j in candidates:
        if -negative < options.gap_threshold:
            break
        if i not in taken_base and j not in taken_other:
            taken_base.add(i)
            taken_other.add(j)
            matches.append(_Match(i, i + 1, j, j + 1, -negative))
    return matches


def _backbone(
    matches: list[_Match], base: Sequence[SentenceFeatures], other: Sequence[SentenceFeatures]
) -> set[int]:
    """Ids of the heaviest chain of matches in the same order on both sides (weighted LIS)."""
    ordered = sorted(matches, key=lambda m: (m.base_lo, m.other_lo))
    size = len(other) + 1
    tree_weight = [0.0] * (size + 1)
    tree_index = [-1] * (size + 1)
    best_weight: list[float] = []
    previous: list[int] = []
    for k, m in enumerate(ordered):
        # Fenwick tree query: heaviest chain ending at an other index below m.other_lo.
        weight, index, pos = 0.0, -1, m.other_lo
        while pos > 0:
            if tree_weight[pos] > weight:
                weight, index = tree_weight[pos], tree_index[pos]
            pos -= pos & -pos
        total = weight + m.score * (base[m.base_lo].words + other[m.other_lo].words + 1)
        best_weight.append(total)
        previous.append(index)
        pos = m.other_lo + 1
        while pos <= size:
            if total > tree_weight[pos]:
                tree_weight[pos], tree_index[pos] = total, k
            pos += pos & -pos
    if not ordered:
        return set()
    k = max(range(len(ordered)), key=best_weight.__getitem__)
    chain: set[int] = set()
    while k >= 0:
        chain.add(id(ordered[k]))
        k = previous[k]
    return chain


def _fill_gaps(
    in_order: list[_Match],
    base: Sequence[SentenceFeatures],
    other: Sequence[SentenceFeatures],
    base_used: list[bool],
    other_used: list[bool],
    scorer: _Scorer,
    options: CompareOptions,
) -> list[_Match]:
    """Between consecutive in-order matches, align leftover sentences monotonically (DP)."""
    found: list[_Match] = []
    edges = [(-1, -1), *((m.base_lo, m.other_lo) for m in in_order), (len(base), len(other))]
    for (b0, o0), (b1, o1) in zip(edges, edges[1:], strict=False):
        rows = [i for i in range(b0 + 1, b1) if not base_used[i]]
        cols = [j for j in range(o0 + 1, o1) if not other_used[j]]
        if not rows or not cols or len(rows) * len(cols) > options.max_gap_cells:
            continue
        for i, j, score in _monotone_pairs(rows, cols, base, other, scorer, options):
            base_used[i] = other_used[j] = True
            found.append(_Match(i, i + 1, j, j + 1, score))
    return found


def _monotone_pairs(
    rows: list[int],
    cols: list[int],
    base: Sequence[SentenceFeatures],
    other: Sequence[SentenceFeatures],
    scorer: _Scorer,
    options: CompareOptions,
) -> list[tuple[int, int, float]]:
    """Order-preserving 1:1 pairs maximising the summed similarity above the gap threshold."""
    n, m = len(rows), len(cols)
    score = [[scorer.dice(base[i].stems, other[j].stems) for j in cols] for i in rows]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for a in range(n - 1, -1, -1):
        for b in range(m - 1, -1, -1):
            gain = score[a][b] - options.gap_threshold
            take = best[a + 1][b + 1] + gain if gain >= 0 else -1.0
            best[a][b] = max(take, best[a + 1][b], best[a][b + 1])
    pairs = []
    a = b = 0
    while a < n and b < m:
        gain = score[a][b] - options.gap_threshold
        if gain >= 0 and best[a][b] == best[a + 1][b + 1] + gain:
            pairs.append((rows[a], cols[b], score[a][b]))
            a, b = a + 1, b + 1
        elif best[a][b] == best[a + 1][b]:
            a += 1
        else:
            b += 1
    return pairs


def _merge_neighbours(
    matches: list[_Match],
    base: Sequence[SentenceFeatures],
    other: Sequence[SentenceFeatures],
    base_used: list[bool],
    other_used: list[bool],
    scorer: _Scorer,
    options: CompareOptions,
) -> None:
    """Grow matches over adjacent unmatched sentences that one side split or merged."""

    def stems(side: Sequence[SentenceFeatures], lo: int, hi: int) -> frozenset[str]:
        return frozenset().union(*(side[k].stems for k in range(lo, hi)))

    for m in matches:
        grown = True
        while grown:
            grown = False
            b_stems, o_stems = stems(base, m.base_lo, m.base_hi), stems(other, m.other_lo, m.other_hi)
            current = scorer.dice(b_stems, o_stems)
            options_here = (
                ("base", m.base_lo - 1), ("base", m.base_hi), ("other", m.other_lo - 1), ("other", m.other_hi)
            )  # fmt: skip
            best: tuple[float, str, int] | None = None
            for side, k in options_here:
                features, used = (base, base_used) if side == "base" else (other, other_used)
                if not 0 <= k < len(features) or used[k]:
                    continue
                part = features[k].stems
                whole = o_stems if side == "base" else b_stems
                if scorer.containment(part, whole) < options.merge_containment:
                    continue
                merged = (
                    scorer.dice(b_stems | part, o_stems)
                    if side == "base"
                    else scorer.dice(b_stems, o_stems | part)
                )
                if merged >= current + options.merge_gain and (best is None or merged > best[0]):
                    best = (merged, side, k)
            if best is not None:
                merged, side, k = best
                if side == "base":
                    base_used[k] = True
                    m.base_lo, m.base_hi = min(m.base_lo, k), max(m.base_hi, k + 1)
                else:
                    other_used[k] = True
                    m.other_lo, m.other_hi = min(m.other_lo, k), max(m.other_hi, k + 1)
                m.score = merged
                grown = True


def _reading_order(
    matches: list[_Match],
    base_used: list[bool],
    other_used: list[bool],
    n_base: int,
    n_other: int,
) -> tuple[SentenceGroup, ...]:
    anchors = sorted((m for m in matches if not m.moved), key=lambda m: m.base_lo)
    moved_at = {m.base_lo: m for m in matches if m.moved}
    groups: list[SentenceGroup] = []
    b = o = 0
    for anchor in [*anchors, None]:
        b_stop = anchor.base_lo if anchor else n_base
        o_stop = anchor.other_lo if anchor else n_other
        run: list[int] = []
        while b < b_stop:
            if b in moved_at:
                groups.extend(_runs(run, BlockKind.OMITTED))
                run = []
                m = moved_at[b]
                groups.append(SentenceGroup(BlockKind.MOVED, m.base_lo, m.base_hi, m.other_lo, m.other_hi, m.score))
                b = m.base_hi
                continue
            if not base_used[b]:
                run.append(b)
            b += 1
        groups.extend(_runs(run, BlockKind.OMITTED))
        run = [j for j in range(o, o_stop) if not other_used[j]]
        groups.extend(_runs(run, BlockKind.ADDED))
        o = max(o, o_stop)
        if anchor:
            groups.append(
                SentenceGroup(BlockKind.ALIGNED, anchor.base_lo, anchor.base_hi, anchor.other_lo, anchor.other_hi, anchor.score)
            )
            b, o = anchor.base_hi, anchor.other_hi
    return tuple(groups)


def _runs(indices: list[int], kind: BlockKind) -> list[SentenceGroup]:
    """Consecutive sentence indices as groups with one empty side (filled in by the caller)."""
    groups: list[SentenceGroup] = []
    for k in indices:
        if groups and groups[-1].base_hi == k and kind is BlockKind.OMITTED:
            last = groups[-1]
            groups[-1] = SentenceGroup(kind, last.base_lo, k + 1, 0, 0, 0.0)
        elif groups and groups[-1].other_hi == k and kind is BlockKind.ADDED:
            last = groups[-1]
            groups[-1] = SentenceGroup(kind, 0, 0, last.other_lo, k + 1, 0.0)
        elif kind is BlockKind.OMITTED:
            groups.append(SentenceGroup(kind, k, k + 1, 0, 0, 0.0))
        else:
            groups.append(SentenceGroup(kind, 0, 0, k, k + 1, 0.0))
    return groups
