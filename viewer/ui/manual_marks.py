"""Blocks the user aligned by hand, marked beside the text of a pane: a teal bar in the
pane's margin along the block (dashed where the user unlinked sentences)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from viewer.core.model import Block, BlockKind, Span
from viewer.core.navigation import Side, span_on
from viewer.ui.outline import span_rects
from viewer.ui.styles import MANUAL_COLOUR
from viewer.ui.text_pane import TextPane

__all__ = ["ManualMarks"]


class ManualMarks:
    """The manual blocks of one side of a pair (or their places in a text built from it);
    ``paint`` is the pane's hook."""

    def __init__(self, side: Side) -> None:
        self.side = side
        self.spans: tuple[tuple[Span, bool], ...] = ()  # (span, linked) per manual block

    def set_blocks(self, blocks: Sequence[Block]) -> None:
        self.spans = tuple(
            (span_on(b, self.side), b.kind in (BlockKind.ALIGNED, BlockKind.MOVED))
            for b in blocks
            if b.manual and not span_on(b, self.side).is_empty
        )

    def set_spans(self, spans: tuple[tuple[Span, bool], ...]) -> None:
        """Bars along ``spans`` of the pane's text (span, whether it links)."""
        self.spans = spans

    def paint(self, pane: TextPane) -> None:
        if not self.spans:
            return
        top, bottom = pane.visible_range()
        near = [(s, linked) for s, linked in self.spans if s.start <= bottom and s.end >= top]
        if not near:
            return
        painter = QPainter(pane.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for span, linked in near:
            rects = span_rects(pane, *pane.document_span(span.start, span.end))
            if not rects:
                continue
            style = Qt.PenStyle.SolidLine if linked else Qt.PenStyle.DashLine
            painter.setPen(QPen(QColor(MANUAL_COLOUR), 4, style, Qt.PenCapStyle.FlatCap))
            x = 3.0
            painter.drawLine(QPointF(x, rects[0].top() + 1), QPointF(x, rects[-1].bottom() - 1))
        painter.end()
