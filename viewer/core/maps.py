"""The two maps beside the text: the link strip between the panes and the change map.

Both are drawn on every scroll step, so here they are plain lookups: the blocks near the
screen (binary search), and every finding folded once into one row per pixel.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from viewer.core.marks import Mark
from viewer.core.model import Block, Kind, Link
from viewer.core.spans import SpanIndex

__all__ = ["LinkMap", "Tick", "change_map", "position_at_row"]

# Which finding a row of the change map shows when several share it: flagged ones first,
# then what a reader most needs to see.
_PRIORITY = {Kind.OMISSION: 1, Kind.ADDITION: 2, Kind.DRIFT: 3, Kind.MOVED: 4, Kind.COSMETIC: 5}


@dataclass(frozen=True, slots=True)
class Tick:
    """Rows ``top`` to ``bottom`` (inclusive) of a change map, showing one kind."""

    top: int
    bottom: int
    kind: Kind
    flagged: bool


def change_map(marks: Sequence[Mark], length: int, rows: int) -> tuple[Tick, ...]:
    """Every mark of a text of ``length`` characters on a map of ``rows`` rows, at the
    share of the text where it sits; each row shows its most important finding.

    >>> change_map([Mark(0, 10, Kind.DRIFT, False, 0), Mark(50, 60, Kind.ADDITION, True, 1)],
    ...     100, 10)
    (Tick(top=0, bottom=0, kind=<Kind.DRIFT: 'drift'>, flagged=False), \
Tick(top=5, bottom=5, kind=<Kind.ADDITION: 'addition'>, flagged=True))
    """
    if rows <= 0 or length <= 0:
        return ()
    best: list[tuple[int, Kind, bool] | None] = [None] * rows
    for mark in marks:
        top = min(rows - 1, mark.start * rows // length)
        bottom = min(rows - 1, max(top, (mark.end - 1) * rows // length))
        rank = _PRIORITY.get(mark.kind, 9) - (10 if mark.flagged else 0)
        for row in range(top, bottom + 1):
            held = best[row]
            if held is None or rank < held[0]:
                best[row] = (rank, mark.kind, mark.flagged)
    ticks: list[Tick] = []
    for row, held in enumerate(best):
        if held is None:
            continue
        last = ticks[-1] if ticks else None
        if last and last.bottom == row - 1 and (last.kind, last.flagged) == held[1:]:
            ticks[-1] = Tick(last.top, row, last.kind, last.flagged)
        else:
            ticks.append(Tick(row, row, held[1], held[2]))
    return tuple(ticks)


def position_at_row(row: int, rows: int, length: int) -> int:
    """The text position a click on ``row`` of a change map stands for.

    >>> position_at_row(5, 10, 100)
    50
    """
    if rows <= 0:
        return 0
    return max(0, min(length, row * length // rows))


@dataclass(frozen=True, slots=True)
class LinkMap:
    """The blocks of a pair, and its claim links beyond the rows (a sentence said again, or
    split into places apart), found by either side's position."""

    blocks: tuple[Block, ...]
    links: tuple[Link, ...] = ()
    # Blocks not drawn (hidden boilerplate, see ``visibility.hidden_blocks``): neither their
    # bands nor the links that reach into them.
    hidden: frozenset[int] = frozenset()
    _base: SpanIndex = field(init=False, repr=False, compare=False)
    _other: SpanIndex = field(init=False, repr=False, compare=False)
    _links: tuple[SpanIndex, SpanIndex] = field(init=False, repr=False, compare=False)
    _hidden_links: frozenset[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_base", SpanIndex.of([b.base for b in self.blocks]))
        object.__setattr__(self, "_other", SpanIndex.of([b.other for b in self.blocks]))
        ends = (
            SpanIndex.of([x.base for x in self.links]),
            SpanIndex.of([x.other for x in self.links]),
        )
        object.__setattr__(self, "_links", ends)
        object.__setattr__(self, "_hidden_links", self._reaching_hidden())

    def _reaching_hidden(self) -> frozenset[int]:
        """The links with an end inside a hidden block."""
        found: set[int] = set()
        for k in self.hidden:
            block = self.blocks[k]
            for side, span in ((0, block.base), (1, block.other)):
                if span:
                    found.update(self._links[side].touching(span.start, span.end - 1))
        return frozenset(found)

    def near_links(self, base: tuple[int, int], other: tuple[int, int]) -> tuple[int, ...]:
        """Indices of the links with an end in the base range ``base`` or in the other range
        ``other`` (inclusive), in order."""
        found = set(self._links[0].touching(*base)) | set(self._links[1].touching(*other))
        return tuple(sorted(found - self._hidden_links))

    def near(self, base: tuple[int, int], other: tuple[int, int]) -> tuple[int, ...]:
        """Indices of the blocks with text in the base range ``base`` or in the other
        range ``other`` (inclusive), in block order."""
        found = set(self._base.touching(*base)) | set(self._other.touching(*other))
        return tuple(sorted(found - self.hidden))
