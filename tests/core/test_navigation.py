"""Navigation helpers for the views: positions, findings order, scroll counterparts."""

from __future__ import annotations

import doctest
import itertools

import viewer.core.navigation as navigation
from tests.conftest import demo, doc
from viewer.core import (
    Block,
    BlockKind,
    Flag,
    Kind,
    PairComparison,
    Segment,
    Span,
    compare_documents,
)
from viewer.core.grouping import with_findings
from viewer.core.navigation import (
    ScrollMap,
    Side,
    block_at,
    excerpt,
    next_finding,
    previous_finding,
    scroll_map,
    segment_at,
    select_findings,
)
from viewer.core.visibility import Visibility


def _pair() -> PairComparison:
    segments = (
        Segment(Kind.EQUAL, Span(0, 4), Span(0, 4), (), 0),
        Segment(Kind.DRIFT, Span(4, 8), Span(4, 6), (Flag.NUMBER,), 0),
        Segment(Kind.OMISSION, Span(8, 20), Span(6, 6), (), 1),
        Segment(Kind.COSMETIC, Span(20, 21), Span(6, 7), (), 2),
        Segment(Kind.ADDITION, Span(21, 21), Span(7, 15), (Flag.QUOTE,), 3),
    )
    blocks = (
        Block(BlockKind.ALIGNED, Span(0, 8), Span(0, 6), 0.5),
        Block(BlockKind.OMITTED, Span(8, 20), Span(6, 6), 0.0),
        Block(BlockKind.ALIGNED, Span(20, 21), Span(6, 7), 1.0),
        Block(BlockKind.ADDED, Span(21, 21), Span(7, 15), 0.0),
    )
    return with_findings(PairComparison(0, 1, 0.5, blocks, segments))


def test_doctests() -> None:
    assert doctest.testmod(navigation).failed == 0


def test_segment_and_block_at_positions() -> None:
    pair = _pair()
    assert segment_at(pair, Side.BASE, 5).kind is Kind.DRIFT
    assert segment_at(pair, Side.OTHER, 6).kind is Kind.COSMETIC
    assert segment_at(pair, Side.OTHER, 10).kind is Kind.ADDITION
    assert segment_at(pair, Side.BASE, 99) is None
    assert block_at(pair, Side.BASE, 9).kind is BlockKind.OMITTED
    assert block_at(pair, Side.OTHER, 14).kind is BlockKind.ADDED


def test_select_findings_by_kind_flag_and_cosmetic() -> None:
    pair = _pair()
    assert [s.kind for s in select_findings(pair)] == [
        Kind.DRIFT,
        Kind.OMISSION,
        Kind.COSMETIC,
        Kind.ADDITION,
    ]
    assert Kind.COSMETIC not in [
        s.kind for s in select_findings(pair, visibility=Visibility(hide_cosmetic=True))
    ]
    assert [s.kind for s in select_findings(pair, kinds={Kind.OMISSION})] == [Kind.OMISSION]
    assert [s.kind for s in select_findings(pair, flags={Flag.QUOTE})] == [Kind.ADDITION]
    assert len(select_findings(pair, flags=set())) == 2  # any flag


def test_next_and_previous_finding_wrap_and_follow_position() -> None:
    findings = select_findings(_pair())
    assert next_finding(findings, None, position=5) == 1
    assert next_finding(findings, 1) == 2
    assert next_finding(findings, 3) == 0
    assert next_finding(findings, 3, wrap=False) is None
    assert previous_finding(findings, 0) == 3
    assert previous_finding(findings, None, position=20) == 1
    assert next_finding((), None) is None


def test_scroll_map_faces_gap_and_interpolates() -> None:
    m = scroll_map(_pair())
    assert m.counterpart(Side.BASE, 2) == 2
    assert m.counterpart(Side.BASE, 14) == 6  # inside the omitted text: the gap
    assert m.counterpart(Side.OTHER, 6) == 20  # the sentence after the gap stays level
    assert m.counterpart(Side.OTHER, 11) == 21  # inside the addition: where it was inserted
    assert m.counterpart(Side.OTHER, 7) == 21
    assert m.counterpart(Side.BASE, 500) == 15
    assert ScrollMap(()).counterpart(Side.BASE, 3) == 0


def test_scroll_map_points_are_monotone_on_the_demo() -> None:
    docs = [demo("1-"), demo("4-")]
    pair = compare_documents(docs, 0).pairs[0]
    points = scroll_map(pair).points
    assert all(a[0] <= b[0] and a[1] <= b[1] for a, b in itertools.pairwise(points))
    for block in pair.blocks:
        if block.kind is BlockKind.ALIGNED:
            assert scroll_map(pair).counterpart(Side.BASE, block.base.start) == block.other.start


def test_excerpt_is_one_line_and_short() -> None:
    text = "a\nb " + "x" * 100
    assert "\n" not in excerpt(text, Span(0, len(text)))
    assert len(excerpt(text, Span(0, len(text)), 21)) == 21
    assert excerpt(doc("hello").text, Span(0, 5)) == "hello"
