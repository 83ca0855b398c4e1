"""The strip between two panes that joins each aligned block to its counterpart (Meld's link map).

Aligned blocks are bands between their two places, moved blocks bands that cross the others,
omissions and additions wedges that narrow to the point where the other text lacks them, and
every claim link beyond the rows (a sentence said again, or split into places apart) a
dashed curve from its sentence to each place. Only what is near the screen is looked up
(binary search) and drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from viewer.core.maps import LinkMap
from viewer.core.model import Block, BlockKind, Kind, Link
from viewer.ui.styles import MANUAL_COLOUR, STYLES
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
        # Block edges in document coordinates: they do not move when the panes scroll, so a
        # scroll step measures only blocks it has not seen (cleared when the layout changes).
        self._edges: dict[int, tuple[tuple[int, int], tuple[int, int]]] = {}
        self._layout_key: tuple[int, ...] = ()
        self.setFixedWidth(40)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paints all of itself
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setToolTip("How the texts line up: click a band to bring both sides to it")
        for pane in (base, other):
            pane.verticalScrollBar().valueChanged.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(40, 100)

    def set_blocks(self, blocks: tuple[Block, ...], links: tuple[Link, ...] = ()) -> None:
        self.set_map(LinkMap(blocks, links))

    def set_map(self, links: LinkMap) -> None:
        """The blocks to draw, indexed (made off the GUI thread for a long pair)."""
        self._map = links
        self._edges = {}
        self.update()

    def _block_edges(self, index: int) -> tuple[tuple[int, int], tuple[int, int]]:
        key = tuple(
            v
            for p in (self._base, self._other)
            for v in (p.viewport().width(), id(p.document()), p.font().pointSize())
        )
        if key != self._layout_key:
            self._edges, self._layout_key = {}, key
        found = self._edges.get(index)
        if found is None:
            block = self._map.blocks[index]
            base, other = block.base, block.other
            found = (
                _edges(self._base, base.start, base.end, _scroll(self._base)),
                _edges(self._other, other.start, other.end, _scroll(self._other)),
            )
            if base.end <= self._base.laid_out_to() and other.end <= self._other.laid_out_to():
                self._edges[index] = found  # an estimate is not kept: it will be measured
        return found

    def _offset(self, pane: TextPane) -> int:
        return self.mapFromGlobal(pane.viewport().mapToGlobal(QPoint(0, 0))).y()

    def bands(self) -> list[Band]:
        """The bands near the screen, in block order."""
        if not self._map.blocks:
            return []
        base_dy = self._offset(self._base) - _scroll(self._base)
        other_dy = self._offset(self._other) - _scroll(self._other)
        found = []
        height = self.height()
        for index in self._map.near(_on_screen(self._base), _on_screen(self._other)):
            (l0, l1), (r0, r1) = self._block_edges(index)
            left, right = (l0 + base_dy, l1 + base_dy), (r0 + other_dy, r1 + other_dy)
            if max(left[1], right[1]) < 0 or min(left[0], right[0]) > height:
                continue  # both ends off the strip
            found.append(Band(index, self._map.blocks[index].kind, left, right))
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
            if block.manual:  # linked or unlinked by hand
                painter.setPen(QPen(QColor(MANUAL_COLOUR), 2, Qt.PenStyle.DashLine))
            painter.drawPath(path)
        self._paint_links(painter, width)
        painter.end()

    def link_ends(self) -> list[tuple[int, float, float]]:
        """(link, y on the base side, y on the other side) of the claim links beyond the rows
        near the screen: the middle of each end's sentence, in the strip's coordinates."""
        links = self._map.links
        if not links:
            return []
        base_dy = self._offset(self._base) - _scroll(self._base)
        other_dy = self._offset(self._other) - _scroll(self._other)
        found = []
        for index in self._map.near_links(_on_screen(self._base), _on_screen(self._other)):
            link = links[index]
            b = _edges(self._base, link.base.start, link.base.end, _scroll(self._base))
            o = _edges(self._other, link.other.start, link.other.end, _scroll(self._other))
            found.append((index, (b[0] + b[1]) / 2 + base_dy, (o[0] + o[1]) / 2 + other_dy))
        return found

    def _paint_links(self, painter: QPainter, width: int) -> None:
        """A claim that went to another place too (said again, or split into places apart):
        a dashed curve from its sentence to each place, over the bands."""
        colour = QColor(_REWORDED).darker(160)
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        middle = width / 2
        for _index, left, right in self.link_ends():
            path = QPainterPath(QPointF(0, left))
            path.cubicTo(QPointF(middle, left), QPointF(middle, right), QPointF(width, right))
            painter.drawPath(path)

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


def _scroll(pane: TextPane) -> int:
    return pane.verticalScrollBar().value()


def _on_screen(pane: TextPane) -> tuple[int, int]:
    """The text positions at the top and the bottom of ``pane``."""
    return pane.on_screen()


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
    if last > pane.laid_out_to():  # a block running on past the layout so far: estimated
        return top, max(top + 2, pane.document_y(last) + pane.fontMetrics().height())
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
