"""The strip between two panes that joins each aligned block to its counterpart (Meld's link map).

Aligned blocks are bands between their two places, moved blocks bands that cross the others,
omissions and additions wedges that narrow to the point where the other text lacks them.
Only the blocks near the screen are looked up (binary search) and drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from viewer.core.maps import LinkMap
from viewer.core.model import Block, BlockKind, Kind
from viewer.ui.styles import STYLES
from viewer.ui.text_pane import TextPane

__all__ = ["Band", "LinkStrip"]

_COLOUR = {
    BlockKind.MOVED: STYLES[Kind.MOVED].colour,
    BlockKind.OMITTED: STYLES[Kind.OMISSION].colour,
    BlockKind.ADDED: STYLES[Kind.ADDITION].colour,
}
_REWORDED = STYLES[Kind.DRIFT].colour


@dataclass(frozen=True, slots=True)
class Band:
    """One drawn band: the block and its edges in the strip's coordinates."""

    block: int
    kind: BlockKind
    left: tuple[int, int]  # top and bottom on the base pane's side
    right: tuple[int, int]  # on the other pane's side


class LinkStrip(QWidget):
    """Between ``base`` (left) and ``other`` (right); a click on a band emits its block."""

    block_clicked = Signal(int)

    def __init__(self, base: TextPane, other: TextPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._base, self._other = base, other
        self._map = LinkMap(())
        self.setFixedWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setToolTip("How the texts line up: click a band to bring both sides to it")
        for pane in (base, other):
            pane.verticalScrollBar().valueChanged.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(40, 100)

    def set_blocks(self, blocks: tuple[Block, ...]) -> None:
        self._map = LinkMap(blocks)
        self.update()

    def _offset(self, pane: TextPane) -> int:
        return self.mapFromGlobal(pane.viewport().mapToGlobal(QPoint(0, 0))).y()

    def bands(self) -> list[Band]:
        """The bands near the screen, in block order."""
        if not self._map.blocks:
            return []
        base_dy, other_dy = self._offset(self._base), self._offset(self._other)
        found = []
        for index in self._map.near(self._base.visible_range(), self._other.visible_range()):
            block = self._map.blocks[index]
            left = _edges(self._base, block.base.start, block.base.end, base_dy)
            right = _edges(self._other, block.other.start, block.other.end, other_dy)
            found.append(Band(index, block.kind, left, right))
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        width = self.width()
        bands = self.bands()
        # Moved blocks last, so they cross over the bands of the text around them.
        for band in sorted(bands, key=lambda b: b.kind is BlockKind.MOVED):
            block = self._map.blocks[band.block]
            if band.kind is BlockKind.ALIGNED:
                colour = QColor(_REWORDED if block.score < 1.0 else self.palette().mid().color())
                colour.setAlpha(60 if block.score < 1.0 else 45)
            else:
                colour = QColor(_COLOUR[band.kind])
                colour.setAlpha(110)
            path = _band_path(band, width)
            painter.fillPath(path, colour)
            outline = QColor(colour)
            outline.setAlpha(200)
            painter.setPen(QPen(outline, 1))
            painter.drawPath(path)
        painter.end()

    def band_at(self, point: QPoint) -> Band | None:
        """The band drawn at ``point`` (moved ones first: they are drawn on top)."""
        bands = sorted(self.bands(), key=lambda b: b.kind is not BlockKind.MOVED)
        for band in bands:
            if _band_path(band, self.width()).contains(QPointF(point)):
                return band
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        band = self.band_at(event.position().toPoint())
        if band is not None and event.button() is Qt.MouseButton.LeftButton:
            self.block_clicked.emit(band.block)


def _edges(pane: TextPane, start: int, end: int, dy: int) -> tuple[int, int]:
    """The top of the line where ``[start, end)`` starts and the bottom of the line of its
    last visible character (a sentence ending mid-line shares that line with the next)."""
    top = pane.top_of(start) + dy
    if end <= start:
        return top, top
    text = pane.text()
    last = min(end, len(text)) - 1
    while last > start and text[last].isspace():
        last -= 1
    return top, max(top + 2, pane.bottom_of(last) + dy)


def _band_path(band: Band, width: int) -> QPainterPath:
    """A band with curved sides, as Meld draws them: a wedge when one side is a point."""
    (l0, l1), (r0, r1) = band.left, band.right
    middle = width / 2
    path = QPainterPath(QPointF(0, l0))
    path.cubicTo(QPointF(middle, l0), QPointF(middle, r0), QPointF(width, r0))
    path.lineTo(QPointF(width, r1))
    path.cubicTo(QPointF(middle, r1), QPointF(middle, l1), QPointF(0, l1))
    path.closeSubpath()
    return path
