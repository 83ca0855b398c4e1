"""Align the sentences of two versions: 1:1, merges and splits, reordered text.

Sentences are aligned before words are diffed, so that a reordered or paraphrased paragraph
is matched with its counterpart instead of being reported as deleted and re-inserted.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass

from viewer.core.features import Sentences
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


class _Side:
    """One version's sentences and which of them are matched so far."""

    def __init__(self, sentences: Sentences) -> None:
        self.sentences = sentences
        self.raws = sentences.raws
        self.used = [False] * len(self.raws)

    def __len__(self) -> int:
        return len(self.raws)

    def stems(self, lo: int, hi: int) -> frozenset[str]:
        return frozenset().union(*(self.sentences.feature(k).stems for k in range(lo, hi)))

    def free(self) -> list[int]:
        return [k for k, used in enumerate(self.used) if not used]


class _Scorer:
    """Weighted Dice similarity of content stems, weighted by inverse sentence frequency
    among the sentences still to be matched (the ones the weights must tell apart)."""

    def __init__(self, base: _Side, other: _Side) -> None:
        counts: dict[str, int] = defaultdict(int)
        for side in (base, other):
            for k in side.free():
                for s in side.sentences.feature(k).stems:
                    counts[s] += 1
        self.total = sum(not u for u in (*base.used, *other.used)) + 1
        self.weight = {s: math.log(self.total / n) + 0.1 for s, n in counts.items()}
        self.unseen = math.log(self.total) + 0.1
        self._masses: dict[frozenset[str], float] = {}

    def mass(self, stems: frozenset[str]) -> float:
        found = self._masses.get(stems)
        if found is None:
            weight, unseen = self.weight, self.unseen
            found = self._masses[stems] = sum(weight.get(s, unseen) for s in stems)
        return found

    def dice(self, a: frozenset[str], b: frozenset[str]) -> float:
        total = self.mass(a) + self.mass(b)
        return 2 * self.mass(a & b) / total if total else 0.0

    def containment(self, part: frozenset[str], whole: frozenset[str]) -> float:
        mass = self.mass(part)
        return self.mass(part & whole) / mass if mass else 0.0


def align_sentences(
    base_sentences: Sentences, other_sentences: Sentences, options: CompareOptions
) -> tuple[SentenceGroup, ...]:
    """Groups covering every sentence of both sides once, in reading order of the base.

    Added groups are placed after the aligned group that precedes them in the other version;
    moved groups sit at their base position.
    """
    base, other = _Side(base_sentences), _Side(other_sentences)
    matches = _exact_matches(base, other)
    scorer = _Scorer(base, other)
    matches += _fuzzy_matches(base, other, scorer, options)
    backbone = _backbone(matches, base, other)
    for m in matches:
        m.moved = id(m) not in backbone
    matches = [m for m in matches if not m.moved or m.score >= options.match_threshold]
    base.used = [False] * len(base)
    other.used = [False] * len(other)
    for m in matches:
        base.used[m.base_lo] = other.used[m.other_lo] = True
    in_order = sorted((m for m in matches if not m.moved), key=lambda m: m.base_lo)
    matches += _fill_gaps(in_order, base, other, scorer, options)
    _merge_neighbours(matches, base, other, scorer, options)
    return _reading_order(matches, base, other)


def _exact_matches(base: _Side, other: _Side) -> list[_Match]:
    """Pair sentences identical up to spacing, then up to typography, k-th with k-th."""
    matches: list[_Match] = []
    forms: tuple[Callable[[_Side, int], str], ...] = (
        lambda side, k: side.raws[k],
        lambda side, k: side.sentences.feature(k).key,
    )
    for form in forms:
        waiting: dict[str, deque[int]] = defaultdict(deque)
        for j in other.free():
            if value := form(other, j):
                waiting[value].append(j)
        for i in base.free():
            queue = waiting.get(form(base, i)) if base.raws[i] else None
            if queue:
                j = queue.popleft()
                base.used[i] = other.used[j] = True
                matches.append(_Match(i, i + 1, j, j + 1, 1.0))
    return matches


def _fuzzy_matches(
    base: _Side, other: _Side, scorer: _Scorer, options: CompareOptions
) -> list[_Match]:
    """Best-first 1:1 pairing of the remaining sentences whose wording overlaps enough."""
    postings: dict[str, list[int]] = defaultdict(list)
    for j in other.free():
        for s in other.sentences.feature(j).stems:
            postings[s].append(j)
    candidates: list[tuple[float, float, int, int]] = []
    scale_b, scale_o = 1 / max(len(base), 1), 1 / max(len(other), 1)
    weight, unseen = scorer.weight, scorer.unseen
    for i in base.free():
        stems = base.sentences.feature(i).stems
        shared: dict[int, float] = defaultdict(float)
        for s in stems:
            posting = postings.get(s, ())
            if len(posting) <= options.max_posting:
                w = weight.get(s, unseen)
                for j in posting:
                    shared[j] += w
        # Only the sentences sharing the most rare content are scored in full.
        best = sorted(shared, key=shared.__getitem__, reverse=True)[: options.max_candidates]
        for j in best:
            score = scorer.dice(stems, other.sentences.feature(j).stems)
            if score >= options.gap_threshold:
                candidates.append((-score, abs(i * scale_b - j * scale_o), i, j))
    candidates.sort()
    matches = []
    for negative, _, i, j in candidates:
        if not base.used[i] and not other.used[j]:
            base.used[i] = other.used[j] = True
            matches.append(_Match(i, i + 1, j, j + 1, -negative))
    return matches


def _backbone(matches: list[_Match], base: _Side, other: _Side) -> set[int]:
    """Ids of the heaviest chain of matches in the same order on both sides (weighted LIS,
    weights by length), found with a Fenwick tree of best chain weights by other index."""
    ordered = sorted(matches, key=lambda m: (m.base_lo, m.other_lo))
    size = len(other) + 1
    tree_weight = [0.0] * (size + 1)
    tree_index = [-1] * (size + 1)
    best_weight: list[float] = []
    previous: list[int] = []
    for k, m in enumerate(ordered):
        weight, index, pos = 0.0, -1, m.other_lo
        while pos > 0:
            if tree_weight[pos] > weight:
                weight, index = tree_weight[pos], tree_index[pos]
            pos -= pos & -pos
        length = len(base.raws[m.base_lo]) + len(other.raws[m.other_lo]) + 1
        total = weight + m.score * length
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
    in_order: list[_Match], base: _Side, other: _Side, scorer: _Scorer, options: CompareOptions
) -> list[_Match]:
    """Between consecutive in-order matches, align leftover sentences monotonically (DP)."""
    found: list[_Match] = []
    edges = [(-1, -1), *((m.base_lo, m.other_lo) for m in in_order), (len(base), len(other))]
    for (b0, o0), (b1, o1) in itertools.pairwise(edges):
        rows = [i for i in range(b0 + 1, b1) if not base.used[i]]
        cols = [j for j in range(o0 + 1, o1) if not other.used[j]]
        if not rows or not cols or len(rows) * len(cols) > options.max_gap_cells:
            continue
        for i, j, score in _monotone_pairs(rows, cols, base, other, scorer, options):
            base.used[i] = other.used[j] = True
            found.append(_Match(i, i + 1, j, j + 1, score))
    return found


def _monotone_pairs(
    rows: list[int],
    cols: list[int],
    base: _Side,
    other: _Side,
    scorer: _Scorer,
    options: CompareOptions,
) -> list[tuple[int, int, float]]:
    """Order-preserving 1:1 pairs maximising the summed similarity above the gap threshold."""
    n, m = len(rows), len(cols)
    stems_o = [other.sentences.feature(j).stems for j in cols]
    score = [[scorer.dice(base.sentences.feature(i).stems, s) for s in stems_o] for i in rows]
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
    matches: list[_Match], base: _Side, other: _Side, scorer: _Scorer, options: CompareOptions
) -> None:
    """Grow matches over adjacent unmatched sentences that one side split or merged."""
    for m in matches:
        while _grow(m, base, other, scorer, options):
            pass


def _grow(m: _Match, base: _Side, other: _Side, scorer: _Scorer, options: CompareOptions) -> bool:
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
    best: tuple[float, _Side, int] | None = None
    for side, k in neighbours:
        if not 0 <= k < len(side) or side.used[k]:
            continue
        part = side.sentences.feature(k).stems
        if (
            scorer.containment(part, o_stems if side is base else b_stems)
            < options.merge_containment
        ):
            continue
        if side is base:
            merged = scorer.dice(b_stems | part, o_stems)
        else:
            merged = scorer.dice(b_stems, o_stems | part)
        if merged >= current + options.merge_gain and (best is None or merged > best[0]):
            best = (merged, side, k)
    if best is None:
        return False
    m.score, side, k = best
    side.used[k] = True
    if side is base:
        m.base_lo, m.base_hi = min(m.base_lo, k), max(m.base_hi, k + 1)
    else:
        m.other_lo, m.other_hi = min(m.other_lo, k), max(m.other_hi, k + 1)
    return True


def _reading_order(matches: list[_Match], base: _Side, other: _Side) -> tuple[SentenceGroup, ...]:
    """Walk the in-order matches; between two of them emit omitted and moved base sentences
    (in base order), then added sentences of the other version."""
    anchors = sorted((m for m in matches if not m.moved), key=lambda m: m.base_lo)
    moved_at = {m.base_lo: m for m in matches if m.moved}
    groups: list[SentenceGroup] = []
    b = o = 0
    for anchor in [*anchors, None]:
        b_stop = anchor.base_lo if anchor else len(base)
        o_stop = anchor.other_lo if anchor else len(other)
        run: list[int] = []
        while b < b_stop:
            if b in moved_at:
                groups.extend(_runs(run, BlockKind.OMITTED))
                run = []
                m = moved_at[b]
                groups.append(_group(BlockKind.MOVED, m))
                b = m.base_hi
                continue
            if not base.used[b]:
                run.append(b)
            b += 1
        groups.extend(_runs(run, BlockKind.OMITTED))
        groups.extend(_runs([j for j in range(o, o_stop) if not other.used[j]], BlockKind.ADDED))
        o = max(o, o_stop)
        if anchor:
            groups.append(_group(BlockKind.ALIGNED, anchor))
            b, o = anchor.base_hi, anchor.other_hi
    return tuple(groups)


def _group(kind: BlockKind, m: _Match) -> SentenceGroup:
    return SentenceGroup(kind, m.base_lo, m.base_hi, m.other_lo, m.other_hi, m.score)


def _runs(indices: list[int], kind: BlockKind) -> list[SentenceGroup]:
    """Consecutive unmatched sentences as one group with an empty other side."""
    spans: list[list[int]] = []
    for k in indices:
        if spans and spans[-1][1] == k:
            spans[-1][1] = k + 1
        else:
            spans.append([k, k + 1])
    if kind is BlockKind.OMITTED:
        return [SentenceGroup(kind, lo, hi, 0, 0, 0.0) for lo, hi in spans]
    return [SentenceGroup(kind, 0, 0, lo, hi, 0.0) for lo, hi in spans]
