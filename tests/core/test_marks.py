"""Marks of one side of a pair: sorted, complete, and found near any stretch of text."""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given
from hypothesis import strategies as st

import viewer.core.marks as marks_module
import viewer.core.spans as spans_module
from tests.conftest import seed
from viewer.core import Document, Flag, Kind, PairComparison, Segment, Span, compare_documents
from viewer.core.grouping import with_findings
from viewer.core.marks import MarkIndex, evidence_spans, pane_boxes, pane_marks
from viewer.core.navigation import Side, span_on
from viewer.core.spans import SpanIndex
from viewer.core.visibility import Visibility, is_flagged


def test_doctests() -> None:
    assert doctest.testmod(marks_module).failed == 0
    assert doctest.testmod(spans_module).failed == 0


def _moved_first() -> tuple[PairComparison, str, str]:
    """The other side's positions out of order: moved text placed before an addition."""
    base = "Alpha one. Beta two. Gamma three."
    other = "Gamma three. Alpha one. New text here. Beta two."
    segments = (
        Segment(Kind.MOVED, Span(21, 33), Span(0, 13), (), 2),
        Segment(Kind.EQUAL, Span(0, 11), Span(13, 24), (), 0),
        Segment(Kind.ADDITION, Span(11, 11), Span(24, 39), (Flag.NUMBER,), 1),
        Segment(Kind.EQUAL, Span(11, 21), Span(39, 48), (), 1),
    )
    return with_findings(PairComparison(0, 1, 0.5, (), segments)), base, other


def test_marks_are_sorted_even_when_segments_are_not() -> None:
    """Regression: the near-screen refresh assumed marks sorted by position; in seed 004
    moved text (3290-3502) came before an addition at 611 and the addition went unmarked."""
    pair, _base, other = _moved_first()
    marks = pane_marks(pair, Side.OTHER, other)
    assert [(m.start, m.kind) for m in marks] == [(0, Kind.MOVED), (24, Kind.ADDITION)]
    assert marks[1].flagged
    assert [m.kind for m in MarkIndex(marks).touching(20, 30)] == [Kind.ADDITION]


def test_hidden_kinds_are_not_marked() -> None:
    segments = (
        Segment(Kind.COSMETIC, Span(0, 3), Span(0, 3)),
        Segment(Kind.ADDITION, Span(3, 3), Span(3, 9), (Flag.BOILERPLATE,)),
        Segment(Kind.DRIFT, Span(3, 6), Span(9, 12), (Flag.QUOTE,)),
    )
    pair = with_findings(PairComparison(0, 1, 0.5, (), segments))
    text = "abcdefghijkl"
    kinds = [m.kind for m in pane_marks(pair, Side.OTHER, text)]
    assert kinds == [Kind.COSMETIC, Kind.ADDITION, Kind.DRIFT]
    hide = Visibility(hide_cosmetic=True, hide_boilerplate=True)
    assert [m.kind for m in pane_marks(pair, Side.OTHER, text, hide)] == [Kind.DRIFT]
    assert not is_flagged(segments[1]) and is_flagged(segments[2])


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40)), max_size=40),
       st.integers(0, 260), st.integers(0, 60))  # fmt: skip
def test_span_index_finds_exactly_the_touching_spans(
    raw: list[tuple[int, int]], low: int, width: int
) -> None:
    spans = [Span(start, start + length) for start, length in raw]
    high = low + width
    expected = {i for i, s in enumerate(spans) if max(s.end, s.start + 1) > low and s.start <= high}
    assert set(SpanIndex.of(spans).touching(low, high)) == expected


@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_every_finding_of_the_seeds_is_marked_on_both_sides(prefix: str) -> None:
    base, other = seed("001"), seed(prefix)
    pair = compare_documents([base, other]).pairs[0]
    for side, text in ((Side.BASE, base.text), (Side.OTHER, other.text)):
        marks = pane_marks(pair, side, text)
        assert [m.start for m in marks] == sorted(m.start for m in marks)
        marked = {m.segment for m in marks}
        for index, segment in enumerate(pair.segments):
            if segment.kind is not Kind.EQUAL and span_on(segment, side).of(text).strip():
                assert index in marked, (side, segment)
        index = MarkIndex(marks)
        for low in range(0, len(text), 400):
            high = low + 1200
            expected = [m for m in marks if m.end > low and m.start <= high]
            assert list(index.touching(low, high)) == expected


def test_a_quote_is_boxed_whole_once() -> None:
    """A quote whose words changed in three places was boxed in three pieces."""
    base = (
        'The minister said: "We will keep the border crossings open for trucks carrying grain, '
        'medicine and fuel until the end of the month, whatever happens at the talks." He left.'
    )
    other = base.replace("keep", "hold").replace("medicine", "drugs").replace("month", "week")
    pair = compare_documents([Document("a", "a", base), Document("b", "b", other)]).pairs[0]
    quoted = [s for s in pair.changes if Flag.QUOTE in s.flags]
    assert len(quoted) == 3
    for side, text in ((Side.BASE, base), (Side.OTHER, other)):
        start = text.index('"')
        whole = Span(start, text.index('"', start + 1) + 1)
        assert pane_boxes(pair, side, text) == (whole,)
        assert all(evidence_spans(s, side, text) == (whole,) for s in quoted)
