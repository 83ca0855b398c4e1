"""The inline reading: the base with the changes in place."""

from __future__ import annotations

import doctest
from dataclasses import replace

import pytest

import viewer.core.inline as inline_module
from tests.conftest import demo, seed
from viewer.core import Flag, Kind, PairComparison, Segment, Span, compare_documents
from viewer.core.grouping import with_findings
from viewer.core.inline import Role, inline_text, manual_places
from viewer.core.model import Block, BlockKind
from viewer.core.visibility import Visibility

BASE = "Alpha said 160 people left. Beta stayed. Gamma rose."
OTHER = "Gamma rose. Alpha said 100 people left. Delta came."


def _pair() -> PairComparison:
    segments = (
        Segment(Kind.EQUAL, Span(0, 11), Span(12, 23), (), 0),
        Segment(Kind.DRIFT, Span(11, 14), Span(23, 26), (Flag.NUMBER,), 0),
        Segment(Kind.EQUAL, Span(14, 28), Span(26, 40), (), 0),
        Segment(Kind.OMISSION, Span(28, 41), Span(40, 40), (), 1),
        Segment(Kind.ADDITION, Span(41, 41), Span(40, 51), (), 2),
        Segment(Kind.MOVED, Span(41, 52), Span(0, 12), (), 3),
    )
    blocks = (
        Block(BlockKind.ALIGNED, Span(0, 28), Span(12, 40), 0.8),
        Block(BlockKind.OMITTED, Span(28, 41), Span(40, 40), 0.0),
        Block(BlockKind.ADDED, Span(41, 41), Span(40, 51), 0.0),
        Block(BlockKind.MOVED, Span(41, 52), Span(0, 12), 1.0),
    )
    return with_findings(PairComparison(0, 1, 0.5, blocks, segments))


def test_doctests() -> None:
    assert doctest.testmod(inline_module).failed == 0


def test_changes_read_in_place() -> None:
    result = inline_text(_pair(), BASE, OTHER)
    assert result.text == (
        "Alpha said 160 → 100 people left. Beta stayed. Delta came.Gamma rose. [moved to §1]"
    )
    roles = [(result.text[p.start : p.end], p.kind, p.role) for p in result.pieces]
    assert roles == [
        ("160", Kind.DRIFT, Role.OLD),
        (" → ", Kind.DRIFT, Role.NOTE),
        ("100", Kind.DRIFT, Role.NEW),
        ("Beta stayed.", Kind.OMISSION, Role.OLD),
        ("Delta came.", Kind.ADDITION, Role.NEW),
        ("Gamma rose.", Kind.MOVED, Role.OLD),
        (" [moved to §1]", Kind.MOVED, Role.NOTE),
    ]
    assert result.pieces[0].flagged and not result.pieces[3].flagged
    start, end = result.places[1]
    assert result.text[start:end] == "160 → 100"


def test_hidden_additions_are_left_out_and_hidden_omissions_read_plain() -> None:
    pair = _pair()
    segments = list(pair.segments)
    segments[3] = Segment(Kind.OMISSION, Span(28, 41), Span(40, 40), (Flag.BOILERPLATE,), 1)
    segments[4] = Segment(Kind.ADDITION, Span(41, 41), Span(40, 51), (Flag.BOILERPLATE,), 2)
    hidden = with_findings(PairComparison(0, 1, 0.5, pair.blocks, tuple(segments)))
    result = inline_text(hidden, BASE, OTHER, Visibility(hide_boilerplate=True))
    assert "Delta" not in result.text and "Beta stayed." in result.text
    assert all(p.segment not in (3, 4) for p in result.pieces)


@pytest.mark.parametrize(
    "load", [lambda: (demo("1-"), demo("4-")), lambda: (seed("001"), seed("004"))]
)
def test_every_base_character_is_read_once(load: object) -> None:
    base, other = load()  # type: ignore[operator]
    pair = compare_documents([base, other]).pairs[0]
    result = inline_text(pair, base.text, other.text)
    old = "".join(result.text[p.start : p.end] for p in result.pieces if p.role is Role.OLD)
    assert len(result.text) >= len(base.text)
    assert set(result.places) == {
        i
        for i, s in enumerate(pair.segments)
        if s.kind is not Kind.EQUAL and (s.base.of(base.text) + s.other.of(other.text)).strip()
    }
    assert len(old) <= len(base.text)


def test_blocks_aligned_by_hand_are_placed_from_their_first_change_to_their_last() -> None:
    """Issue 14: the inline column marks what the user linked (a solid bar) or kept apart
    (dashed) like the panes do; here the drift block 0 and the omission 1 are manual."""
    pair = _pair()
    manual = tuple(
        replace(block, manual=True) if index in (0, 1) else block
        for index, block in enumerate(pair.blocks)
    )
    pair = replace(pair, blocks=manual)
    inline = inline_text(pair, BASE, OTHER)
    places = manual_places(inline, pair)
    assert [((span.start, span.end), linked) for span, linked in places] == [
        (inline.place(1), True),
        (inline.place(3), False),
    ]
    assert "160" in places[0][0].of(inline.text)
    assert "Beta stayed." in places[1][0].of(inline.text)
    assert manual_places(inline_text(_pair(), BASE, OTHER), _pair()) == ()
    only_omission = Visibility(only=frozenset({pair.findings[1]}))
    shown = manual_places(inline_text(pair, BASE, OTHER, only_omission), pair)
    assert [linked for _span, linked in shown] == [False]  # the drift is hidden: no place
