"""One column reading the base with the changes in place, as track changes shows them.

Omitted text stays, struck through; added text is inserted where the other version has it;
reworded text reads "old → new"; moved text says where it went. The column is a new text
built here with the place of every piece, so a view only marks spans of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from viewer.core.checks import Check, go_on
from viewer.core.locations import Locator
from viewer.core.marks import Mark, Role, evidence_spans
from viewer.core.model import BlockKind, Kind, PairComparison, Segment, Span
from viewer.core.navigation import Side, span_on
from viewer.core.visibility import SHOW_ALL, Visibility, is_flagged, visible_segments

__all__ = ["InlinePiece", "InlineText", "Role", "inline_text", "manual_places"]

ARROW = " → "
_RUN = 4096  # parts joined at a time, and segments between two checks


@dataclass(frozen=True, slots=True)
class InlinePiece:
    """A marked stretch ``[start, end)`` of the inline text."""

    start: int
    end: int
    kind: Kind
    role: Role
    flagged: bool
    segment: int  # index into the pair's segments


@dataclass(frozen=True, slots=True)
class InlineText:
    """The inline column: its text, its marked pieces in order, each finding's place."""

    text: str
    pieces: tuple[InlinePiece, ...]
    places: dict[int, tuple[int, int]]  # segment index → [start, end) in ``text``
    boxes: tuple[Span, ...] = ()  # the words that raised flags, in ``text``

    def place(self, segment: int) -> tuple[int, int] | None:
        return self.places.get(segment)

    def marks(self) -> tuple[Mark, ...]:
        """The pieces as marks, for a pane to draw."""
        return tuple(
            Mark(p.start, p.end, p.kind, p.flagged, p.segment, p.role) for p in self.pieces
        )


def inline_text(
    pair: PairComparison,
    base_text: str,
    other_text: str,
    visibility: Visibility = SHOW_ALL,
    locator: Locator | None = None,
    check: Check = go_on,
) -> InlineText:
    """The base read with the changes of ``pair`` in place. ``check`` is called every few
    thousand segments and may raise to stop the work (seconds at millions of words).

    >>> from viewer.core.grouping import with_findings
    >>> from viewer.core.model import Span
    >>> pair = with_findings(PairComparison(0, 1, 0.5, (), (
    ...     Segment(Kind.EQUAL, Span(0, 5), Span(0, 5)),
    ...     Segment(Kind.DRIFT, Span(5, 8), Span(5, 8)),
    ...     Segment(Kind.EQUAL, Span(8, 15), Span(8, 15)))))
    >>> inline_text(pair, "Said 160 people", "Said 100 people").text
    'Said 160 → 100 people'
    """
    locator = locator or Locator.of(pair, base_text)
    # The text is joined a few thousand parts at a time, then the joined runs: one join of
    # millions of parts would hold Python's lock for a third of a second (a thread's work
    # must leave the window its turns).
    runs: list[str] = []
    parts: list[str] = []
    boxes: list[Span] = []
    pieces: list[InlinePiece] = []
    places: dict[int, tuple[int, int]] = {}
    length = 0

    def put(
        text: str, segment: Segment | None = None, index: int = -1, role: Role = Role.OLD
    ) -> None:
        nonlocal length
        if not text:
            return
        parts.append(text)
        if len(parts) == _RUN:
            runs.append("".join(parts))
            parts.clear()
        if segment is not None:
            pieces.append(
                InlinePiece(
                    length, length + len(text), segment.kind, role, is_flagged(segment), index
                )
            )
            if role is not Role.NOTE:
                boxes.extend(_boxes(segment, role, text, length, base_text, other_text))
        length += len(text)

    shown = visible_segments(pair, visibility)
    for index, segment in enumerate(pair.segments):
        if index % _RUN == 0:
            check()
        old, new = segment.base.of(base_text), segment.other.of(other_text)
        hidden = index not in shown
        if segment.kind is Kind.EQUAL or (hidden and segment.kind is not Kind.ADDITION):
            put(old)
            continue
        if hidden:  # a hidden addition is left out: unmarked, it would read as the base's
            continue
        start, first = length, len(pieces)
        if segment.kind is Kind.ADDITION:
            core, space = _split_space(new)
            put(core, segment, index, Role.NEW)
            put(space)
        elif segment.kind is Kind.DRIFT:
            # Words only inserted or only cut read as such; replaced words read "old → new".
            core, space = _split_space(old if old.strip() else new)
            if old.strip():
                put(core, segment, index, Role.OLD)
                if new.strip():
                    put(ARROW, segment, index, Role.NOTE)
                    put(new.strip(), segment, index, Role.NEW)
            else:
                put(core, segment, index, Role.NEW)
            # Spacing that only the inserted words bring keeps them apart from the next word.
            put(space if old.strip() or not old else old)
        elif segment.kind is Kind.MOVED:
            core, space = _split_space(old)
            put(core, segment, index, Role.OLD)
            put(f" [moved to {locator.destination(segment)}]", segment, index, Role.NOTE)
            put(space)
        else:  # omitted or cosmetic: the base's text, marked
            core, space = _split_space(old)
            put(core, segment, index, Role.OLD)
            put(space)
        if len(pieces) > first:
            places[index] = (start, pieces[-1].end)  # the marked text, not the spacing after it
        elif length > start:
            places[index] = (start, length)
    runs.append("".join(parts))
    return InlineText("".join(runs), tuple(pieces), places, tuple(boxes))


def _boxes(
    segment: Segment, role: Role, piece: str, at: int, base_text: str, other_text: str
) -> list[Span]:
    """The flag boxes of ``segment`` within ``piece``, placed at ``at`` of the column (a box
    reaching past the piece, a whole quotation, is cut to it: the column shows the piece)."""
    side, text = (Side.BASE, base_text) if role is Role.OLD else (Side.OTHER, other_text)
    span = span_on(segment, side)
    start = span.start + span.of(text).find(piece)  # the piece is the span's text, trimmed
    end = start + len(piece)
    return [
        Span(at + max(box.start, start) - start, at + min(box.end, end) - start)
        for box in evidence_spans(segment, side, text)
        if box.start < end and start < box.end
    ]


def _split_space(text: str) -> tuple[str, str]:
    """``text`` without its trailing whitespace, and that whitespace (kept unmarked)."""
    core = text.rstrip()
    return core, text[len(core) :]


def manual_places(inline: InlineText, pair: PairComparison) -> tuple[tuple[Span, bool], ...]:
    """Where each block the user aligned by hand reads in the inline column, from its first
    shown change to its last, and whether it links sentences (else it keeps them apart).
    A block with no change shown (only cosmetic ones, hidden) has no place."""
    reach: dict[int, tuple[int, int]] = {}
    for index, segment in enumerate(pair.segments):
        place = inline.place(index)
        if place is None or not pair.blocks[segment.block].manual:
            continue
        start, end = reach.get(segment.block, place)
        reach[segment.block] = (min(start, place[0]), max(end, place[1]))
    linked = (BlockKind.ALIGNED, BlockKind.MOVED)
    return tuple(
        (Span(start, end), pair.blocks[block].kind in linked)
        for block, (start, end) in sorted(reach.items(), key=lambda item: item[1])
    )
