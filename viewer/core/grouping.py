"""Findings as a reader counts them: a pair's word-level segments grouped by the rows and the
claim links they belong to.

A reworded sentence is one finding however many words changed in it; a sentence split in
two, or said again in another paragraph, is one finding with the places it went to; an
omitted or added passage is one finding, and so is a moved one (the words inside it are not
findings of their own).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace

from viewer.core.model import (
    Block,
    BlockKind,
    Evidence,
    Finding,
    Flag,
    Kind,
    Link,
    PairComparison,
    Segment,
    Span,
)
from viewer.core.tokens import iter_tokens

__all__ = ["group_findings", "merge_evidence", "segment_owners", "with_findings"]


def group_findings(
    segments: Sequence[Segment],
    blocks: Sequence[Block],
    links: Sequence[Link] = (),
    texts: tuple[str, str] | None = None,
) -> tuple[Finding, ...]:
    """The findings of a pair, in reading order of the base.

    Rows (blocks) joined by a link that is not a row link form one group, and so do moved
    rows that follow each other on both sides. ``texts`` (base, other): when given, moved
    text with no word in it (a lone "." that moved) counts as cosmetic.

    >>> S = Span
    >>> segs = (Segment(Kind.EQUAL, S(0, 4), S(0, 4)), Segment(Kind.DRIFT, S(4, 7), S(4, 6)),
    ...         Segment(Kind.EQUAL, S(7, 9), S(6, 8)), Segment(Kind.DRIFT, S(9, 10), S(8, 10)))
    >>> row = (Block(BlockKind.ALIGNED, S(0, 10), S(0, 10), 0.8),)
    >>> [(f.kind.value, f.base, f.segments) for f in group_findings(segs, row)]
    [('drift', Span(start=4, end=10), (1, 2, 3))]
    """
    if not blocks:  # segments made by hand, with no rows: each change is a finding
        single = (_finding(segments, [i], (), texts) for i in range(len(segments)))
        return tuple(f for f in single if f is not None)
    parent = list(range(len(blocks)))

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for k in range(1, len(blocks)):
        before, block = blocks[k - 1], blocks[k]
        if (
            before.kind is BlockKind.MOVED is block.kind
            and before.base.end == block.base.start
            and before.other.end == block.other.start
        ):
            union(k - 1, k)
    joined: dict[int, list[int]] = {}
    locate = _BlockLocator(blocks)
    for number, link in enumerate(links):
        if link.row:
            continue
        a, b = locate.base(link.base), locate.other(link.other)
        if a is not None and b is not None and a != b:
            union(a, b)
            joined.setdefault(find(a), []).append(number)
    by_group: dict[int, list[int]] = {}
    for index, segment in enumerate(segments):
        number = min(max(segment.block, 0), len(blocks) - 1)
        by_group.setdefault(find(number), []).append(index)
    found = []
    for root, members in by_group.items():
        finding = _finding(segments, members, blocks, texts)
        if finding is not None:
            numbers = tuple(sorted(n for r, ns in joined.items() if find(r) == root for n in ns))
            if numbers:
                finding = _with_links(finding, numbers)
            found.append(finding)
    found.sort(key=lambda f: f.segments[0])
    return tuple(found)


def with_findings(pair: PairComparison, texts: tuple[str, str] | None = None) -> PairComparison:
    """``pair`` with its findings grouped from its segments, blocks and links (for pairs
    made by hand, in tests and examples; the engine groups them as it compares)."""
    return replace(pair, findings=group_findings(pair.segments, pair.blocks, pair.links, texts))


def segment_owners(pair: PairComparison) -> dict[int, int]:
    """For each segment inside a finding, the index of that finding."""
    return {i: k for k, finding in enumerate(pair.findings) for i in finding.segments}


def _with_links(finding: Finding, numbers: tuple[int, ...]) -> Finding:
    return Finding(
        finding.kind,
        finding.base,
        finding.other,
        finding.segments,
        finding.flags,
        finding.evidence,
        finding.block,
        finding.places,
        numbers,
    )


class _BlockLocator:
    """Which block holds a sentence, on either side (binary search over block starts)."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self._sides = []
        for side, lacking in ((0, BlockKind.ADDED), (1, BlockKind.OMITTED)):
            spans = sorted(
                ((b.base if side == 0 else b.other), k)
                for k, b in enumerate(blocks)
                if b.kind is not lacking
            )
            self._sides.append(([s.start for s, _ in spans], spans))

    def _at(self, side: int, span: Span) -> int | None:
        starts, spans = self._sides[side]
        k = bisect_right(starts, span.start) - 1
        while k >= 0:
            found, block = spans[k]
            if found.contains(span.start) or (found.start == span.start and found.is_empty):
                return block
            if found.end <= span.start:
                break
            k -= 1
        return None

    def base(self, span: Span) -> int | None:
        return self._at(0, span)

    def other(self, span: Span) -> int | None:
        return self._at(1, span)


def _finding(
    segments: Sequence[Segment],
    members: list[int],
    blocks: Sequence[Block],
    texts: tuple[str, str] | None,
) -> Finding | None:
    changed = [i for i in members if segments[i].kind is not Kind.EQUAL]
    if texts is not None:  # spacing alone is no change
        changed = [i for i in changed if not _blank(segments[i], texts)]
    if not changed:
        return None
    kinds = {segments[i].kind for i in changed}
    if kinds <= {Kind.OMISSION} or kinds <= {Kind.ADDITION}:
        kind = kinds.pop()
        if texts is not None and not any(_has_words(segments[i], texts) for i in changed):
            kind = Kind.COSMETIC  # a lone "." added or cut tells a reader nothing
    elif Kind.MOVED in kinds:
        moved = [segments[i] for i in changed if segments[i].kind is Kind.MOVED]
        kind = Kind.MOVED if texts is None or any(_has_words(s, texts) for s in moved) else (
            Kind.DRIFT if Kind.DRIFT in kinds else Kind.COSMETIC)  # fmt: skip
    elif Kind.DRIFT in kinds or Kind.OMISSION in kinds or Kind.ADDITION in kinds:
        kind = Kind.DRIFT
    else:
        kind = Kind.COSMETIC
    ranges = _ranges(segments, members, changed)
    stretches = tuple(_stretch(segments, lo, hi) for lo, hi in ranges)
    indices = tuple(i for lo, hi in ranges for i in range(lo, hi + 1))
    evidence = merge_evidence(e for i in changed for e in segments[i].evidence)
    flags = tuple(dict.fromkeys(f for i in changed for f in segments[i].flags))
    evidence = tuple(sorted(evidence, key=lambda e: flags.index(e.flag)))
    first = stretches[0]
    return Finding(
        kind,
        first[0],
        first[1],
        indices,
        flags,
        evidence,
        segments[changed[0]].block,
        stretches[1:],
    )


def _ranges(
    segments: Sequence[Segment], members: list[int], changed: list[int]
) -> list[tuple[int, int]]:
    """Per block, its segments from the first change to the last; ranges that follow each
    other in the list and in both texts (a moved paragraph's rows) are one."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for i in changed:
        block = segments[i].block
        first.setdefault(block, i)
        last[block] = i
    ranges = sorted((first[b], last[b]) for b in first)
    merged: list[tuple[int, int]] = []
    for lo, hi in ranges:
        if merged and lo == merged[-1][1] + 1 and _touch(segments[lo - 1], segments[lo]):
            merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


def _touch(before: Segment, after: Segment) -> bool:
    return before.base.end == after.base.start and before.other.end == after.other.start


def _stretch(segments: Sequence[Segment], lo: int, hi: int) -> tuple[Span, Span]:
    run = segments[lo : hi + 1]
    return _cover([s.base for s in run]), _cover([s.other for s in run])


def _cover(spans: list[Span]) -> Span:
    solid = [s for s in spans if not s.is_empty]
    if not solid:
        return spans[0]
    return Span(min(s.start for s in solid), max(s.end for s in solid))


def _blank(segment: Segment, texts: tuple[str, str]) -> bool:
    base, other = texts
    return not (segment.base.of(base).strip() or segment.other.of(other).strip())


def _has_words(segment: Segment, texts: tuple[str, str]) -> bool:
    base, other = texts
    return any(True for _ in iter_tokens(base, segment.base.start, segment.base.end)) or any(
        True for _ in iter_tokens(other, segment.other.start, segment.other.end)
    )


def merge_evidence(items: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Evidence of several segments as one per flag, words in order of first appearance."""
    base: dict[Flag, dict[str, None]] = {}
    other: dict[Flag, dict[str, None]] = {}
    for e in items:
        base.setdefault(e.flag, {}).update(dict.fromkeys(e.base))
        other.setdefault(e.flag, {}).update(dict.fromkeys(e.other))
    return tuple(Evidence(flag, tuple(base[flag]), tuple(other[flag])) for flag in base)
