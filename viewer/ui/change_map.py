"""A change map beside a pane's scroll bar: every finding of the whole text, in its colour.

Like Meld's and VS Code's overview ruler. The findings are folded into one row per pixel once
(when the marks or the height change); a paint then draws those rows and the visible window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from viewer.core.maps import Tick, change_map, position_at_row
from viewer.ui.styles import STYLES, box_colour

if TYPE_CHECKING:
    from viewer.ui.text_pane import TextPane

__all__ = ["ChangeMap"]

_WIDTH = 14
_MARGIN = 2  # rows kept free at the top and bottom


class ChangeMap(QWidget):
    """The findings of ``pane`` at the share of its text where they sit; a click or a drag
    scrolls the pane there."""

    def __init__(self, pane: TextPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pane = pane
        self._ticks: tuple[Tick, ...] = ()
        self._picture = QPixmap()  # the ticks drawn once; a scroll step only shades the window
        self.setFixedWidth(_WIDTH)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paints all of itself
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Change map: every finding of this text. Click to go there.")
        # Redrawn at the next idle moment: folding 50,000 marks into rows took 20 ms, on top
        # of everything else a new comparison sets up at once.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._rebuild)
        pane.marks_changed.connect(self._later.start)
        pane.verticalScrollBar().valueChanged.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(_WIDTH, 100)

    def rows(self) -> int:
        return max(1, self.height() - 2 * _MARGIN)

    def ticks(self) -> tuple[Tick, ...]:
        self._settle()
        return self._ticks

    def _settle(self) -> None:
        """Fold the marks now if they changed since (asked for before the idle moment)."""
        if self._later.isActive():
            self._later.stop()
            self._rebuild()

    def _rebuild(self) -> None:
        self._ticks = change_map(self._pane.marks(), len(self._pane.text()), self.rows())
        self._picture = self._draw_ticks()
        self.update()

    def _draw_ticks(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        picture = QPixmap(int(self.width() * ratio), int(self.height() * ratio))
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        for tick in self._ticks:
            colour = QColor(STYLES[tick.kind].colour)
            height = max(2, tick.bottom - tick.top + 1)
            rect = QRectF(2, _MARGIN + tick.top, self.width() - 4, height)
            painter.fillRect(rect, colour)
            if tick.flagged:
                painter.setPen(
                    QPen(box_colour(tick.kind, self.palette().base().color().name()), 1.5)
                )
                painter.drawRect(rect.adjusted(-1, -1, 1, 1))
        painter.end()
        return picture

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rebuild()

    def window_rows(self) -> tuple[int, int]:
        """The rows of the text that the pane shows now."""
        length = max(1, len(self._pane.text()))
        top, bottom = self._pane.on_screen()
        rows = self.rows()
        return top * rows // length, max(top * rows // length, bottom * rows // length)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._settle()
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        top, bottom = self.window_rows()
        shade = QColor(self.palette().text().color())
        shade.setAlpha(40)
        painter.fillRect(QRectF(0, _MARGIN + top, self.width(), bottom - top + 1), shade)
        painter.drawPixmap(0, 0, self._picture)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._jump(int(event.position().y()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._jump(int(event.position().y()))

    def _jump(self, y: int) -> None:
        position = position_at_row(y - _MARGIN, self.rows(), len(self._pane.text()))
        self.jump_to(position)

    def jump_to(self, position: int) -> None:
        """Scroll the pane so that ``position`` sits in its middle."""
        self._pane.scroll_to(position, self._pane.viewport().height() // 2)
