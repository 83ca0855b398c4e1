"""The lines of a PDF page as pypdf reads them, each with its height on the page and font size."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

__all__ = ["Line", "page_lines"]

_Matrix = tuple[float, float, float, float, float, float]

# Typographic ligatures PDF fonts map to single characters; spelled out so that "ﬁnal"
# in a PDF matches "final" in the Word or web version of the same article.
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st",
                            "ﬆ": "st"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text on a page."""

    text: str  # without leading or trailing spaces
    y: float  # baseline height above the bottom of the page, in points
    size: float  # font size as printed, in points


def page_lines(page: Any) -> tuple[Line, ...]:
    """The non-blank lines of a pypdf page, in content order.

    pypdf decides where lines break and where spaces go (it is good at that); its visitor
    tells where each piece of text sits, which the paragraph heuristics need.
    """
    lines: list[Line] = []
    parts: list[str] = []
    where: list[tuple[float, float]] = []  # position of the line being built, once known

    def close_line() -> None:
        text = "".join(parts).strip().translate(_LIGATURES)
        if text and where:
            lines.append(Line(text, *where[0]))
        parts.clear()
        where.clear()

    def visit(text: str, cm: Any, tm: Any, _font: Any, font_size: float) -> None:
        pieces = text.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                close_line()
            if piece.strip() and not where:
                matrix = _multiply(_matrix(tm), _matrix(cm))
                where.append((matrix[5], abs(font_size) * math.hypot(matrix[2], matrix[3])))
            parts.append(piece)

    page.extract_text(visitor_text=visit)
    close_line()
    return tuple(lines)


def _matrix(values: Any) -> _Matrix:
    a, b, c, d, e, f = (float(value) for value in values)
    return (a, b, c, d, e, f)


def _multiply(m: _Matrix, n: _Matrix) -> _Matrix:
    """The PDF matrix product ``m @ n`` (apply m, then n)."""
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    )
