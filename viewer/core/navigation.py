"""What a view needs to find its way in a comparison: what lies where, what comes next."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from viewer.core.model import (
    Block,
    BlockKind,
    Finding,
    Flag,
    Kind,
    Link,
    PairComparison,
    Segment,
    Span,
)
from viewer.core.visibility import Visibility, is_flagged

__all__ = [
    "ScrollMap",
    "Side",
    "block_at",
    "excerpt",
    "finding_at",
    "finding_places",
    "finding_status",
    "next_finding",
    "places_of",
    "previous_finding",
    "scroll_map",
    "segment_at",
    "select_findings",
    "span_on",
]


class Side(StrEnum):
    """Which text of a pair a position points into."""

    BASE = "base"
    OTHER = "other"

    @property
    def opposite(self) -> Side:
        return Side.OTHER if self is Side.BASE else Side.BASE


def span_on(item: Segment | Finding | Block | Link, side: Side) -> Span:
    """The span of a segment, finding (its first stretch), block or link in the text of
    ``side``."""
    return item.base if side is Side.BASE else item.other


def segment_at(pair: PairComparison, side: Side, position: int) -> Segment | None:
    """The segment whose text on ``side`` contains ``position`` (None past the end).

    >>> from viewer.core.model import Span as S
    >>> p = PairComparison(0, 1, 1.0, (), (Segment(Kind.EQUAL, S(0, 3), S(0, 3)),
    ...     Segment(Kind.DRIFT, S(3, 5), S(3, 4))))
    >>> segment_at(p, Side.OTHER, 3).kind
    <Kind.DRIFT: 'drift'>
    """
    for segment in pair.segments:
        if span_on(segment, side).contains(position):
            return segment
    return None


def finding_at(pair: PairComparison, side: Side, position: int) -> Finding | None:
    """The finding with a stretch on ``side`` that contains ``position`` (None on text no
    finding holds)."""
    for finding in pair.findings:
        for base, other in finding.stretches:
            if (base if side is Side.BASE else other).contains(position):
                return finding
    return None


def places_of(pair: PairComparison, side: Side, position: int) -> tuple[Span, ...]:
    """Every place of the opposite text that says what the sentence at ``position`` of
    ``side`` says: its row's counterpart and every claim link from it, in text order."""
    found = {
        span_on(link, side.opposite)
        for link in pair.links
        if span_on(link, side).contains(position)
    }
    return tuple(sorted(found))


def finding_places(pair: PairComparison, finding: Finding) -> tuple[tuple[Span, ...], ...]:
    """The places of a finding on each side (base, other), as whole sentences: every
    sentence of its stretches and every place a claim link takes them to (a stretch no link
    covers, such as an added passage, counts as it is)."""
    base: set[Span] = set()
    other: set[Span] = set()
    for link in pair.links:
        if any(link.base.overlaps(b) for b, _ in finding.stretches) or any(
            link.other.overlaps(o) for _, o in finding.stretches
        ):
            base.add(link.base)
            other.add(link.other)
    for b, o in finding.stretches:
        if not b.is_empty and not any(x.start <= b.start and b.end <= x.end for x in base):
            base.add(b)
        if not o.is_empty and not any(x.start <= o.start and o.end <= x.end for x in other):
            other.add(o)
    return tuple(sorted(base)), tuple(sorted(other))


def block_at(pair: PairComparison, side: Side, position: int) -> Block | None:
    """The aligned block whose text on ``side`` contains ``position``."""
    for block in pair.blocks:
        if span_on(block, side).contains(position):
            return block
    return None


def select_findings(
    pair: PairComparison,
    kinds: Collection[Kind] | None = None,
    flags: Collection[Flag] | None = None,
    *,
    visibility: Visibility | None = None,
    flagged_first: bool = False,
) -> tuple[Finding, ...]:
    """The pair's findings in reading order, keeping only ``kinds`` and those carrying a ``flag``.

    ``None`` means no filter; an empty ``flags`` collection keeps only flagged findings.
    Findings ``visibility`` hides (cosmetic, boilerplate) are left out, so stepping through
    the list never stops on them. ``flagged_first`` puts findings whose quote, number, name
    or negation changed first, each group in reading order.
    """
    visibility = visibility or Visibility()
    chosen = []
    for segment in pair.findings:
        if visibility.hides(segment):
            continue
        if kinds is not None and segment.kind not in kinds:
            continue
        if flags is not None and not (set(segment.flags) & set(flags) if flags else segment.flags):
            continue
        chosen.append(segment)
    if flagged_first:
        chosen.sort(key=lambda segment: not is_flagged(segment))  # stable: reading order kept
    return tuple(chosen)


def finding_status(current: int | None, total: int) -> str:
    """What the status bar says about the findings list.

    >>> finding_status(11, 40), finding_status(None, 40), finding_status(None, 0)
    ('Finding 12 of 40', '40 findings', 'No findings')
    """
    if total == 0:
        return "No findings"
    if current is None:
        return f"{total} finding{'' if total == 1 else 's'}"
    return f"Finding {current + 1} of {total}"


def next_finding(
    findings: Sequence[Segment | Finding],
    current: int | None,
    position: int = 0,
    side: Side = Side.BASE,
    wrap: bool = True,
) -> int | None:
    """Index of the finding after ``current``, or, with no current one, the first at or after
    ``position`` on ``side``; wraps round to the first when asked."""
    if not findings:
        return None
    if current is not None:
        if current + 1 < len(findings):
            return current + 1
        return 0 if wrap else None
    for index, finding in enumerate(findings):
        if span_on(finding, side).start >= position:
            return index
    return 0 if wrap else None


def previous_finding(
    findings: Sequence[Segment | Finding],
    current: int | None,
    position: int = 0,
    side: Side = Side.BASE,
    wrap: bool = True,
) -> int | None:
    """Index of the finding before ``current`` (or before ``position``); the mirror of
    :func:`next_finding`."""
    if not findings:
        return None
    if current is not None:
        if current > 0:
            return current - 1
        return len(findings) - 1 if wrap else None
    for index in range(len(findings) - 1, -1, -1):
        if span_on(findings[index], side).end <= position:
            return index
    return len(findings) - 1 if wrap else None


def excerpt(text: str, span: Span, limit: int = 60) -> str:
    """The text of ``span`` on one line, shortened in the middle beyond ``limit`` characters."""
    piece = " ".join(span.of(text).split())
    if len(piece) <= limit:
        return piece
    half = (limit - 1) // 2
    return f"{piece[:half]}…{piece[-half:]}"


@dataclass(frozen=True, slots=True)
class ScrollMap:
    """Matching points of the two texts, for scrolling them together by aligned text.

    ``points`` are (base position, other position) pairs, non-decreasing on both sides: the
    starts and ends of the blocks in reading order. Moved blocks are left out (they have no
    place in the other text's order), so they scroll like the text around them; an omitted
    block maps its whole base text to one point of the other text, where the gap is.
    """

    points: tuple[tuple[int, int], ...]
    # Each side's positions, for binary search: built once, so a scroll step costs
    # O(log n) however long the documents are.
    _keys: tuple[tuple[int, ...], tuple[int, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        keys = (tuple(p[0] for p in self.points), tuple(p[1] for p in self.points))
        object.__setattr__(self, "_keys", keys)

    def bracket(self, side: Side, position: int) -> tuple[tuple[int, int], tuple[int, int]]:
        """The two matching points around ``position`` of ``side`` (the same point twice at
        either end); when several points share ``position``, the last one is the low one.

        >>> ScrollMap(((0, 0), (10, 0), (10, 0), (20, 30))).bracket(Side.BASE, 12)
        ((10, 0), (20, 30))
        """
        keys = self._keys[0 if side is Side.BASE else 1]
        if not keys:
            return (0, 0), (0, 0)
        index = bisect_right(keys, position)
        low = self.points[max(index - 1, 0)]
        high = self.points[min(index, len(keys) - 1)]
        return low, high

    def counterpart(self, side: Side, position: int) -> int:
        """The position in the opposite text facing ``position`` in the text of ``side``,
        interpolated linearly inside a block.

        >>> m = ScrollMap(((0, 0), (10, 0), (10, 0), (20, 30)))
        >>> m.counterpart(Side.BASE, 5), m.counterpart(Side.BASE, 15), m.counterpart(Side.OTHER, 0)
        (0, 15, 10)
        >>> m.counterpart(Side.OTHER, 15)
        15
        """
        here = 0 if side is Side.BASE else 1
        there = 1 - here
        if not self.points:
            return 0
        keys = self._keys[here]
        # At a point shared by a gap the last match wins, so the sentence after the gap in
        # one text is level with the sentence it was aligned with in the other.
        index = bisect_right(keys, position)
        if index and keys[index - 1] == position:
            return self.points[index - 1][there]
        if index == 0:
            return self.points[0][there]
        if index >= len(keys):
            return self.points[-1][there]
        low, high = self.points[index - 1], self.points[index]
        share = (position - low[here]) / (high[here] - low[here])
        return round(low[there] + share * (high[there] - low[there]))


def scroll_map(pair: PairComparison) -> ScrollMap:
    """The :class:`ScrollMap` of a pair, built from its blocks."""
    points: list[tuple[int, int]] = [(0, 0)]
    for block in pair.blocks:
        if block.kind is BlockKind.MOVED:
            continue
        for point in ((block.base.start, block.other.start), (block.base.end, block.other.end)):
            last = points[-1]
            if point[0] >= last[0] and point[1] >= last[1]:
                points.append(point)
    return ScrollMap(tuple(points))
