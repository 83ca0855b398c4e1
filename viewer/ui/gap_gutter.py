"""A narrow strip beside a text pane that tags where the other version has text this one lacks.

The tags live outside the text (the viewport margin, as in Qt's line-number-area pattern), so
a gap in the middle of a paragraph never covers the words around it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from viewer.core.model import BlockKind, Kind
from viewer.ui.styles import STYLES

if TYPE_CHECKING:
    from viewer.ui.text_pane import Gap, TextPane

__all__ = ["GapGutter", "gap_note"]


def gap_note(gap: Gap) -> str:
    words = f"{gap.words} word{'' if gap.words == 1 else 's'}"
    return f"{words} {'omitted' if gap.kind is BlockKind.OMITTED else 'added'} here"


def gap_colour(gap: Gap) -> QColor:
    return QColor(STYLES[Kind.OMISSION if gap.kind is BlockKind.OMITTED else Kind.ADDITION].colour)


class GapGutter(QWidget):
    """Paints one tag per gap of its pane, level with the line where the gap is."""

    def __init__(self, pane: TextPane) -> None:
        super().__init__(pane)
        self._pane = pane

    def preferred_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("▸ 9999") + 8

    def _tags(self) -> list[tuple[QRect, Gap]]:
        height = self.fontMetrics().height() + 2
        tags = []
        for gap in self._pane.visible_gaps():
            y = self._pane.top_of(gap.position)
            if -height <= y <= self.height():
                tags.append((QRect(2, y - height // 2, self.width() - 4, height), gap))
        return tags

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        for box, gap in self._tags():
            colour = gap_colour(gap)
            painter.setPen(colour)
            painter.drawRect(box.adjusted(0, 0, -1, -1))
            words = str(gap.words) if gap.words < 10_000 else "many"
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"▸ {words}")
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = [gap for box, gap in self._tags() if box.contains(event.pos())]
            if found:
                QToolTip.showText(event.globalPos(), gap_note(found[0]), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tag_at(self, point: QPoint) -> Gap | None:
        """The gap whose tag is at ``point`` (for tests)."""
        return next((gap for box, gap in self._tags() if box.contains(point)), None)
