"""Boxes around flagged findings: extra selections cannot draw them, so panes paint them."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QTextEdit

from viewer.core.model import Kind, Span
from viewer.ui.styles import box_colour

__all__ = ["BOX_PEN", "box_outline", "draw_boxes", "draw_places", "span_rects"]

BOX_PEN = 1.5  # width of a box's line


def _x(line: object, position: int) -> float:
    found = line.cursorToX(position)  # type: ignore[attr-defined]
    return float(found[0] if isinstance(found, tuple) else found)


def span_rects(edit: QTextEdit, start: int, end: int) -> list[QRectF]:
    """One rectangle per laid-out line of ``[start, end)``, in viewport coordinates. Only the
    lines of the span are visited (a one-paragraph article has hundreds in one block)."""
    document = edit.document()
    dx = -edit.horizontalScrollBar().value()
    dy = -edit.verticalScrollBar().value()
    rects = []
    block = document.findBlock(start)
    while block.isValid() and block.position() < end:
        layout = block.layout()
        origin = layout.position()
        offset = block.position()
        first = layout.lineForTextPosition(max(0, start - offset))
        number = first.lineNumber() if first.isValid() else 0
        while number < layout.lineCount():
            line = layout.lineAt(number)
            number += 1
            if line.textStart() + offset >= end:
                break
            a = max(start - offset, line.textStart())
            b = min(end - offset, line.textStart() + line.textLength())
            if b <= a:
                continue
            x1, x2 = sorted((_x(line, a), _x(line, b)))
            top = origin.y() + line.y() + dy
            rects.append(QRectF(origin.x() + x1 + dx, top, x2 - x1, line.height()))
        block = block.next()
    return rects


def box_outline(rect: QRectF) -> QRectF:
    """The path of the box around the words of ``rect`` (one line of a flagged span): its
    line, ``BOX_PEN`` wide, stays inside the words' own room, so the comma after "Mariupol"
    and the space before it are never covered (the box once reached 3 pixels past both)."""
    half = BOX_PEN / 2
    return rect.adjusted(half, half, -half, -half)


def draw_boxes(
    edit: QTextEdit,
    boxes: Iterable[Span],
    kind_of: Callable[[Span], Kind],
    page: str = "#ffffff",
) -> int:
    """Outline every box of ``boxes`` (those near the screen) in the colour of its kind, as
    it reads on ``page``; returns how many rectangles were drawn."""
    painter = QPainter(edit.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    drawn = 0
    height = edit.viewport().height()
    top, bottom = _visible(edit)
    for box in boxes:
        if box.end < top or box.start > bottom:
            continue
        painter.setPen(QPen(box_colour(kind_of(box), page), BOX_PEN))
        for rect in span_rects(edit, box.start, box.end):
            if rect.bottom() < 0 or rect.top() > height:
                continue
            painter.drawRoundedRect(box_outline(rect), 2, 2)
            drawn += 1
    painter.end()
    return drawn


def draw_places(edit: QTextEdit, places: Iterable[Span]) -> int:
    """Tint each place (a sentence a claim link joins to the one chosen) and mark its lines
    with a bar at the left edge; returns how many rectangles were drawn."""
    painter = QPainter(edit.viewport())
    colour = edit.palette().highlight().color()
    tint = QColor(colour)
    tint.setAlpha(45)
    height = edit.viewport().height()
    drawn = 0
    for place in places:
        for rect in span_rects(edit, place.start, place.end):
            if rect.bottom() < 0 or rect.top() > height:
                continue
            painter.fillRect(rect, tint)
            painter.fillRect(QRectF(0, rect.top(), 3, rect.height()), colour)
            drawn += 1
    painter.end()
    return drawn


def _visible(edit: QTextEdit) -> tuple[int, int]:
    """The text positions at the top and bottom of the viewport."""
    top = edit.cursorForPosition(QPoint(0, 0)).position()
    bottom = edit.cursorForPosition(QPoint(edit.viewport().width(), edit.viewport().height()))
    return top, bottom.position()
