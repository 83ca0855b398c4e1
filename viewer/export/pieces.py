"""Runs of text in a report cell, and how the boxes of flag evidence split them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from viewer.core.model import Kind, Span

__all__ = ["CLASSES", "Piece", "split_boxes"]

# CSS class of each kind of highlighted text; equal text is not wrapped at all.
CLASSES = {
    Kind.ADDITION: "add",
    Kind.OMISSION: "omit",
    Kind.DRIFT: "drift",
    Kind.MOVED: "moved",
    Kind.COSMETIC: "cosm",
}


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text inside one cell; ``css`` is empty for text drawn without highlighting."""

    text: str
    css: str = ""
    title: str = ""
    anchor: str = ""  # id of the finding that starts here (only on one side of a finding)
    flags: tuple[str, ...] = ()  # badges shown before the finding
    boxed: bool = False  # the words that raised a flag of attention
    verdict: str = ""  # the reviewer's verdict on the finding that starts here (its value)
    note: str = ""  # the reviewer's note on that finding


def split_boxes(piece: Piece, at: int, boxes: Sequence[Span]) -> list[Piece]:
    """``piece`` (whose text starts at ``at`` of its document) cut where ``boxes`` start
    and end; the runs inside a box are ``boxed``. The anchor and badges stay on the first run.

    >>> [(p.text, p.boxed) for p in split_boxes(Piece("said 160,000 people", "drift"), 10,
    ...     [Span(15, 22)])]
    [('said ', False), ('160,000', True), (' people', False)]
    """
    end = at + len(piece.text)
    cuts = sorted({at, end} | {p for b in boxes for p in (b.start, b.end) if at < p < end})
    inside = [b for b in boxes if b.start < end and at < b.end]
    runs: list[Piece] = []
    for lo, hi in pairwise(cuts):
        boxed = any(b.start <= lo and hi <= b.end for b in inside)
        first = not runs
        runs.append(
            Piece(
                piece.text[lo - at : hi - at],
                piece.css,
                piece.title,
                piece.anchor if first else "",
                piece.flags if first else (),
                boxed,
                piece.verdict if first else "",
                piece.note if first else "",
            )
        )
    return runs or [piece]
