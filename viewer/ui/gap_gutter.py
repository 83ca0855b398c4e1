"""A narrow strip beside a text pane that tags where the other version has text this one lacks.

The tags live outside the text (the viewport margin, as in Qt's line-number-area pattern), so
a gap in the middle of a paragraph never covers the words around it. A tag reads "385 words
omitted" on two short lines; clicking it shows that text in the other pane.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from viewer.core.gap_tags import Gap, gap_label, stacked
from viewer.core.model import BlockKind, Kind
from viewer.ui.styles import STYLES

if TYPE_CHECKING:
    from viewer.ui.text_pane import TextPane

__all__ = ["GapGutter", "gap_colour", "tag_lines"]


def gap_colour(gap: Gap) -> QColor:
    return QColor(STYLES[Kind.OMISSION if gap.kind is BlockKind.OMITTED else Kind.ADDITION].colour)


def tag_lines(gap: Gap) -> tuple[str, str]:
    """The two lines of a tag: ``("385 words", "omitted")``."""
    words, _space, what = gap_label(gap).rpartition(" ")
    return words, what


_STACKED_ABOVE = 16  # gaps above the screen whose tags are stacked with those on it


class GapGutter(QWidget):
    """Paints one tag per gap of its pane, level with the line where the gap is."""

    clicked = Signal(object)  # the Gap whose tag was clicked

    def __init__(self, pane: TextPane) -> None:
        super().__init__(pane)
        self._pane = pane
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paints all it is asked to

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        return font

    def preferred_width(self) -> int:
        return QFontMetrics(self._font()).horizontalAdvance("9,999 words") + 10

    def _tags(self) -> list[tuple[QRect, Gap]]:
        height = 2 * QFontMetrics(self._font()).height() + 4
        # Tags above the screen push those below them down, too: counting them keeps a
        # run of close gaps' tags still while it scrolls in.
        gaps = self._pane.visible_gaps(before=_STACKED_ABOVE)
        wanted = [self._pane.top_of(gap.position) - height // 2 for gap in gaps]
        return [
            (QRect(2, top, self.width() - 4, height), gap)
            for top, gap in zip(stacked(wanted, height), gaps, strict=True)
            if -height <= top <= self.height()
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        painter.setFont(self._font())
        for box, gap in self._tags():
            colour = gap_colour(gap)
            fill = QColor(colour)
            fill.setAlpha(40)
            painter.fillRect(box, fill)
            painter.setPen(colour)
            painter.drawRect(box.adjusted(0, 0, -1, -1))
            painter.setPen(self.palette().windowText().color())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "\n".join(tag_lines(gap)))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            gap = self.tag_at(event.pos())
            if gap is not None:
                QToolTip.showText(
                    event.globalPos(), f"{gap_label(gap)} here: click to see it", self
                )
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        gap = self.tag_at(event.position().toPoint())
        if gap is not None and event.button() is Qt.MouseButton.LeftButton:
            self.clicked.emit(gap)

    def tag_at(self, point: QPoint) -> Gap | None:
        """The gap whose tag is at ``point``."""
        return next((gap for box, gap in self._tags() if box.contains(point)), None)
