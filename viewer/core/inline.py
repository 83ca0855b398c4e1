"""One column reading the base with the changes in place, as track changes shows them.

Omitted text stays, struck through; added text is inserted where the other version has it;
reworded text reads "old → new"; moved text says where it went. The column is a new text
built here with the place of every piece, so a view only marks spans of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from viewer.core.locations import Locator
from viewer.core.model import Kind, PairComparison, Segment
from viewer.core.visibility import SHOW_ALL, Visibility, is_flagged

__all__ = ["InlinePiece", "InlineText", "Role", "inline_text"]

ARROW = " → "


class Role(StrEnum):
    """What a marked piece of the inline column is."""

    OLD = "old"  # the base's text of a finding (omitted, moved, cosmetic, or reworded before)
    NEW = "new"  # the other version's text (added, or reworded after)
    NOTE = "note"  # words Redline adds: the arrow of a rewording, where moved text went


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

    def place(self, segment: int) -> tuple[int, int] | None:
        return self.places.get(segment)


def inline_text(
    pair: PairComparison,
    base_text: str,
    other_text: str,
    visibility: Visibility = SHOW_ALL,
    locator: Locator | None = None,
) -> InlineText:
    """The base read with the changes of ``pair`` in place.

    >>> from viewer.core.model import Span
    >>> pair = PairComparison(0, 1, 0.5, (), (
    ...     Segment(Kind.EQUAL, Span(0, 5), Span(0, 5)),
    ...     Segment(Kind.DRIFT, Span(5, 8), Span(5, 8)),
    ...     Segment(Kind.EQUAL, Span(8, 15), Span(8, 15))))
    >>> inline_text(pair, "Said 160 people", "Said 100 people").text
    'Said 160 → 100 people'
    """
    locator = locator or Locator.of(pair, base_text)
    parts: list[str] = []
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
        if segment is not None:
            pieces.append(
                InlinePiece(
                    length, length + len(text), segment.kind, role, is_flagged(segment), index
                )
            )
        length += len(text)

    for index, segment in enumerate(pair.segments):
        old, new = segment.base.of(base_text), segment.other.of(other_text)
        hidden = visibility.hides(segment)
        if segment.kind is Kind.EQUAL or (hidden and segment.kind is not Kind.ADDITION):
            put(old)
            continue
        if hidden:  # a hidden addition is left out: unmarked, it would read as the base's
            continue
        start = length
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
            put(space if old.strip() else old)
        elif segment.kind is Kind.MOVED:
            core, space = _split_space(old)
            put(core, segment, index, Role.OLD)
            put(f" [moved to {locator.destination(segment)}]", segment, index, Role.NOTE)
            put(space)
        else:  # omitted or cosmetic: the base's text, marked
            core, space = _split_space(old)
            put(core, segment, index, Role.OLD)
            put(space)
        if length > start:
            places[index] = (start, length)
    return InlineText("".join(parts), tuple(pieces), places)


def _split_space(text: str) -> tuple[str, str]:
    """``text`` without its trailing whitespace, and that whitespace (kept unmarked)."""
    core = text.rstrip()
    return core, text[len(core) :]
