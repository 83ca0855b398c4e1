"""The change map and the link strip's block lookup."""

from __future__ import annotations

import doctest

import viewer.core.maps as maps
from viewer.core.maps import LinkMap, change_map, position_at_row
from viewer.core.marks import Mark
from viewer.core.model import Block, BlockKind, Kind, Span


def test_doctests() -> None:
    assert doctest.testmod(maps).failed == 0


def test_every_finding_shows_and_flagged_ones_win_a_shared_row() -> None:
    marks = [Mark(k * 10, k * 10 + 5, Kind.DRIFT, False, k) for k in range(100)]
    marks.append(Mark(500, 505, Kind.COSMETIC, True, 100))
    ticks = change_map(marks, 1000, 20)
    rows = {row for t in ticks for row in range(t.top, t.bottom + 1)}
    assert rows == set(range(20))  # a finding every 10 characters: every row shows one
    at_ten = next(t for t in ticks if t.top <= 10 <= t.bottom)
    assert at_ten.flagged and at_ten.kind is Kind.COSMETIC
    assert position_at_row(10, 20, 1000) == 500


def test_link_map_finds_blocks_near_either_pane() -> None:
    blocks = (
        Block(BlockKind.ALIGNED, Span(0, 100), Span(0, 90), 1.0),
        Block(BlockKind.MOVED, Span(100, 200), Span(900, 1000), 1.0),
        Block(BlockKind.OMITTED, Span(200, 300), Span(90, 90), 0.0),
        Block(BlockKind.ALIGNED, Span(300, 400), Span(90, 200), 1.0),
    )
    links = LinkMap(blocks)
    assert links.near((0, 50), (0, 50)) == (0,)
    assert links.near((0, 50), (950, 960)) == (0, 1)  # a moved block seen from the far side
    assert links.near((250, 260), (2000, 2000)) == (2,)
    assert 2 in links.near((1000, 1000), (90, 95))  # the omission's place in the other text
