"""Paints one finding per row: kind and flags as chips, then before and after in context.

Nothing is cut off silently: a line too long for the panel ends in "…" and the row's tooltip
holds the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from viewer.core.excerpts import Excerpt
from viewer.core.findings import FindingText
from viewer.core.model import Kind
from viewer.core.review import Decision, Verdict
from viewer.ui.findings_model import DECISION_ROLE, FINDING_ROLE
from viewer.ui.styles import (
    MANUAL_COLOUR,
    STYLES,
    VERDICT_COLOURS,
    box_colour,
    ground,
    list_selection,
    muted_ink,
    tint,
)

__all__ = ["FindingDelegate"]

_PAD = 6
_Index = QModelIndex | QPersistentModelIndex
_KINDS = {style.label: kind for kind, style in STYLES.items()}


class FindingDelegate(QStyledItemDelegate):
    """Three lines per finding; flagged findings carry a bar in their kind's box colour."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(200, 3 * height + 2 * _PAD + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        text = index.data(FINDING_ROLE)
        if not isinstance(text, FindingText):
            return
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = ground(palette)
        ink, muted = palette.text().color(), QColor(muted_ink(palette.text().color().name(), page))
        if selected:  # the highlight mixed into the page, framed: its words stay readable
            background, ink, muted = list_selection(palette)
            painter.fillRect(rect, background)
            painter.setPen(QPen(palette.highlight().color(), 2))
            painter.drawRect(QRectF(rect).adjusted(1, 1, -1, -1))
            page = background.name()
        kind = _KINDS.get(text.kind, Kind.DRIFT)
        if text.flagged:
            painter.fillRect(
                QRect(rect.left(), rect.top() + 2, 4, rect.height() - 4), box_colour(kind, page)
            )
        painter.setPen(QPen(palette.mid().color()))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        x0, right = rect.left() + _PAD + 4, rect.right() - _PAD
        y = rect.top() + _PAD
        x = _chip(
            painter, font, x0, y, right, text.kind, tint(STYLES[kind].colour, 0.45), None, ink
        )
        painter.setPen(ink)
        painter.setFont(font)
        painter.drawText(
            QRect(x, y, metrics.horizontalAdvance(text.location) + 2, line), 0, text.location
        )
        x += metrics.horizontalAdvance(text.location) + 8
        decision = index.data(DECISION_ROLE)
        if isinstance(decision, Decision):
            right = _verdict_chip(painter, font, y, right, decision, selected, ink)
        if text.manual:
            manual = QColor(MANUAL_COLOUR)
            x = _chip(painter, font, x, y, right, text.manual, None, manual, ink)
        for label in (*text.evidence, *text.also):
            if x >= right - 20:
                break
            boxed = text.flagged and not label.startswith(("also at", "boilerplate"))
            border = box_colour(kind, page) if boxed else None
            x = _chip(painter, font, x, y, right, label, None, border, ink)
        y += line + 2
        _excerpt(painter, font, x0, y, right, "base", text.before, ink, muted, STYLES[kind].colour)
        y += line + 1
        _excerpt(painter, font, x0, y, right, "this", text.after, ink, muted, STYLES[kind].colour)
        painter.restore()


def _chip(
    painter: QPainter,
    font: QFont,
    x: int,
    y: int,
    right: int,
    label: str,
    fill: str | None,
    border: QColor | None,
    ink: QColor,
) -> int:
    """A rounded chip holding ``label`` (elided to the room left); returns the next x."""
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.9)
    metrics = QFontMetrics(small)
    shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(20, right - x - 10))
    width = metrics.horizontalAdvance(shown) + 10
    box = QRectF(x, y, width, QFontMetrics(font).height())
    if fill:
        painter.setBrush(QColor(fill))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor("#111111"))
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(border or ink, 2 if border else 0.8))
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.setPen(ink)
    painter.setFont(small)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, shown)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    return int(box.right()) + 5


def _verdict_chip(
    painter: QPainter,
    font: QFont,
    y: int,
    right: int,
    decision: Decision,
    selected: bool,
    ink: QColor,
) -> int:
    """The verdict (and a pen when there is a note) at the right end of the first line,
    filled in its colour; returns the room left for the other chips."""
    if decision.verdict is Verdict.UNREVIEWED and not decision.note:
        return right
    label = "" if decision.verdict is Verdict.UNREVIEWED else decision.verdict.label
    label = f"{label} ✎".strip() if decision.note else label
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.9)
    small.setBold(True)
    width = QFontMetrics(small).horizontalAdvance(label) + 12
    box = QRectF(right - width, y, width, QFontMetrics(font).height())
    colour = QColor(VERDICT_COLOURS[decision.verdict])
    if decision.verdict is Verdict.UNREVIEWED:  # a note alone: an outline
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(ink, 1))
    else:
        painter.setBrush(colour)
        painter.setPen(QPen(QColor("#ffffff") if selected else colour.darker(130), 1))
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
    painter.setPen(ink if decision.verdict is Verdict.UNREVIEWED else QColor("#ffffff"))
    painter.setFont(small)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setFont(font)
    return int(box.left()) - 6


def _excerpt(
    painter: QPainter,
    font: QFont,
    x: int,
    y: int,
    right: int,
    side: str,
    excerpt: Excerpt,
    ink: QColor,
    muted: QColor,
    colour: str,
) -> None:
    """One side of the finding: context muted, the changed words on a tint, "…" when full."""
    metrics = QFontMetrics(font)
    line = metrics.height()
    painter.setFont(font)
    painter.setPen(muted)
    tag = "−" if side == "base" else "+"
    painter.drawText(QRect(x, y, 14, line), Qt.AlignmentFlag.AlignCenter, tag)
    x += 16
    pieces = (
        [("(nothing)", muted, False)]
        if excerpt.is_empty
        else [
            (excerpt.before, muted, False),
            (excerpt.core, ink, True),
            (excerpt.after, muted, False),
        ]
    )
    for text, pen, core in pieces:
        if not text or x >= right:
            continue
        room = right - x
        # Only a line's worth can show: eliding a 1 MB word whole took 0.1 s a paint.
        shown = metrics.elidedText(text[:2000], Qt.TextElideMode.ElideRight, room)
        width = metrics.horizontalAdvance(shown)
        if core:
            fill = QColor(colour)
            fill.setAlpha(70)
            painter.fillRect(QRect(x, y, width, line), fill)
        painter.setPen(pen)
        painter.drawText(QRect(x, y, width + 1, line), 0, shown)
        x += width
        if shown != text:
            break
