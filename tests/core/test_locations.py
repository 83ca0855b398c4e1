"""Locations: paragraphs of the base, for either side, and restatements."""

from __future__ import annotations

import doctest

import viewer.core.locations as locations
from viewer.core.locations import Locator, Paragraphs, paragraph_starts
from viewer.core.model import Block, BlockKind, Kind, Link, PairComparison, Segment, Span
from viewer.core.navigation import Side


def test_doctests() -> None:
    assert doctest.testmod(locations).failed == 0


def test_every_line_is_a_paragraph_unless_hard_wrapped() -> None:
    text = "Title\nFirst paragraph.\n\nSecond paragraph.\n"
    assert paragraph_starts(text) == (0, 6, 24)
    wrapped = (
        "This paragraph was wrapped by a mail program at a fixed\n"
        "width so that its lines stop in the middle of sentences\n"
        "like this one.\n\nAnd a second paragraph that was also wrapped at\n"
        "the same width by the same program before it was sent\n"
    )
    starts = paragraph_starts(wrapped)
    assert len(starts) == 2 and wrapped[starts[1] :].startswith("And a second")
    assert Paragraphs.of(wrapped).number(len(wrapped) - 1) == 2


def _pair() -> tuple[PairComparison, str]:
    base = "One.\nTwo.\nThree.\n"
    # The other version: "Three." first, then "One.", "Two. Two again."
    blocks = (
        Block(BlockKind.ALIGNED, Span(0, 5), Span(7, 12), 1.0),
        Block(BlockKind.ALIGNED, Span(5, 10), Span(12, 17), 1.0),
        Block(BlockKind.MOVED, Span(10, 17), Span(0, 7), 1.0),
    )
    segments = (
        Segment(Kind.EQUAL, Span(0, 10), Span(7, 17), (), 0),
        Segment(Kind.MOVED, Span(10, 17), Span(0, 7), (), 2),
    )
    also = (Link(Span(5, 10), Span(0, 3), 0.7),)
    return PairComparison(0, 1, 0.9, blocks, segments, 0.9, also), base


def test_labels_count_the_base_paragraphs() -> None:
    pair, base = _pair()
    locator = Locator.of(pair, base)
    assert locator.label(pair.segments[1]) == "§3"
    assert locator.destination(pair.segments[1]) == "§1"  # it now opens the other version
    assert locator.paragraph(Side.OTHER, 13) == 2


def test_restatements_are_named_on_both_sides() -> None:
    pair, base = _pair()
    locator = Locator.of(pair, base)
    assert locator.also_labels(Side.BASE, Span(6, 8)) == ("also at §1",)
    assert locator.also_labels(Side.OTHER, Span(1, 2)) == ("also at §2",)
    assert locator.also_labels(Side.BASE, Span(0, 4)) == ()
