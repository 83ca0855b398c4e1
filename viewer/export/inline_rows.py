"""The inline layout of the report: one column reading the base with the changes in place."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping

from viewer.core.findings import FindingText
from viewer.core.inline import inline_text
from viewer.core.locations import Locator
from viewer.core.marks import Role
from viewer.core.model import Kind, PairComparison
from viewer.core.visibility import Visibility
from viewer.export.pieces import CLASSES, Piece, split_boxes

__all__ = ["inline_pieces"]


def _css(kind: Kind, role: Role | None) -> str:
    if role is Role.NOTE:
        return "inote"
    if kind is Kind.DRIFT and role is Role.OLD:
        return "drift old"  # the words a rewording replaced: struck through
    return CLASSES[kind]


def inline_pieces(
    pair: PairComparison,
    base_text: str,
    other_text: str,
    visibility: Visibility,
    locator: Locator,
    anchors: Mapping[int, str],
    texts: Mapping[int, FindingText],
) -> tuple[Piece, ...]:
    """The inline column as pieces; each shown finding's anchor sits on its first piece
    (or on an empty run where it has no visible text), so the findings index links in."""
    inline = inline_text(pair, base_text, other_text, visibility, locator)
    text = inline.text
    starts: dict[int, int] = {}
    for index, (start, _end) in inline.places.items():
        starts.setdefault(start, index)
    pieces: list[Piece] = []
    position = 0
    anchored: set[int] = set()
    ordered = sorted(starts)  # finding starts, walked once from left to right
    next_start = 0

    def plain(upto: int) -> None:
        nonlocal position, next_start
        while position < upto:
            # A finding with no marked text of its own (spacing) still gets its anchor.
            while next_start < len(ordered) and (
                ordered[next_start] < position or starts[ordered[next_start]] in anchored
            ):
                next_start += 1
            at = ordered[next_start] if next_start < len(ordered) else upto
            if at >= upto:
                pieces.append(Piece(text[position:upto]))
                position = upto
                return
            if at > position:
                pieces.append(Piece(text[position:at]))
            index = starts[at]
            anchored.add(index)
            pieces.append(Piece("", "ws", "", anchors.get(index, "")))
            position = at

    box_starts = [b.start for b in inline.boxes]
    for piece in inline.pieces:
        plain(piece.start)
        near = inline.boxes[
            bisect_left(box_starts, piece.start) : bisect_left(box_starts, piece.end)
        ]
        index = piece.segment
        first = index not in anchored
        anchored.add(index)
        found = texts.get(index)
        title = "\n".join((found.kind, *found.evidence, *found.also)) if found else ""
        whole = Piece(
            text[piece.start : piece.end],
            _css(piece.kind, piece.role),
            title,
            anchors.get(index, "") if first else "",
            found.flags if first and found else (),
        )
        pieces.extend(split_boxes(whole, piece.start, near))
        position = piece.end
    plain(len(text))
    return tuple(p for p in pieces if p.text or p.anchor)
