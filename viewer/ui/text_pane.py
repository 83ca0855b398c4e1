"""A read-only pane showing one version as plain text, with the engine's findings marked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPen, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from viewer.core.model import BlockKind, Kind, PairComparison, Segment, Span
from viewer.core.navigation import Side, excerpt, segment_at, span_on
from viewer.ui.gap_gutter import GapGutter, gap_colour
from viewer.ui.styles import STYLES, char_format

__all__ = ["Gap", "TextPane"]


@dataclass(frozen=True, slots=True)
class Gap:
    """A place in this pane's text where the other version has text this one lacks."""

    position: int
    words: int
    kind: BlockKind  # OMITTED: the base has it; ADDED: the other version has it


class TextPane(QTextEdit):
    """Article text, never interpreted as markup: set with setPlainText, marked with selections."""

    clicked = Signal(int)  # a text position the user clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setAcceptDrops(False)  # files dropped here go to the window
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(10)
        self._text = ""
        self._pair: PairComparison | None = None
        self._side = Side.BASE
        self._other_text = ""
        self._other_label = ""
        self._gaps: tuple[Gap, ...] = ()
        self._gutter = GapGutter(self)
        self._gutter.hide()
        self.verticalScrollBar().valueChanged.connect(self._gutter.update)

    # -- content -----------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Show ``text`` literally; a pane already showing it keeps its layout and scroll."""
        if text != self._text or self.toPlainText() != text:
            self._text = text
            self.setPlainText(text)

    def text(self) -> str:
        return self._text

    def show_pair(
        self,
        pair: PairComparison | None,
        side: Side,
        other_text: str,
        other_label: str,
        hide_cosmetic: bool,
    ) -> None:
        """Mark the findings of ``pair`` on this pane's ``side``."""
        self._pair, self._side = pair, side
        self._other_text, self._other_label = other_text, other_label
        marks = [] if pair is None else self._selections(pair.segments, hide_cosmetic)
        self._gaps = () if pair is None else _gaps(pair, side, other_text)
        self.setExtraSelections(marks)
        width = self._gutter.preferred_width() if self._gaps else 0
        self.setViewportMargins(0, 0, width, 0)
        self._gutter.setVisible(bool(self._gaps))
        self._place_gutter()
        self.viewport().update()
        self._gutter.update()

    def _place_gutter(self) -> None:
        viewport = self.viewport().geometry()
        self._gutter.setGeometry(
            viewport.right() + 1, viewport.top(), self._gutter.preferred_width(), viewport.height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_gutter()

    def gutter(self) -> GapGutter:
        return self._gutter

    def gaps(self) -> tuple[Gap, ...]:
        return self._gaps

    def _selections(
        self, segments: Sequence[Segment], hide_cosmetic: bool
    ) -> list[QTextEdit.ExtraSelection]:
        marks = []
        for segment in segments:
            if segment.kind is Kind.EQUAL or (hide_cosmetic and segment.kind is Kind.COSMETIC):
                continue
            span = span_on(segment, self._side)
            # The paragraph break a segment owns is not highlighted: a box on an empty line
            # would read as a finding of its own.
            end = span.start + len(span.of(self._text).rstrip())
            if end <= span.start:
                continue
            span = Span(span.start, end)
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(span.start)
            cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = char_format(segment.kind, bool(segment.flags))
            marks.append(selection)
        return marks

    def highlighted_spans(self) -> list[tuple[int, int]]:
        """The spans currently marked (for tests and the benchmark)."""
        return [
            (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self.extraSelections()
        ]

    # -- positions and scrolling -------------------------------------------------------------
    def mark(self, span: Span) -> None:
        """Select ``span`` (the current finding) and bring it into view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(span.start, len(self._text)))
        cursor.setPosition(min(span.end, len(self._text)), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def position_at(self, y: int) -> int:
        """The text position at height ``y`` of the viewport."""
        return self.cursorForPosition(QPoint(12, y)).position()

    def top_of(self, position: int) -> int:
        """The viewport height of the top of the line holding ``position``."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(position, len(self._text))))
        return self.cursorRect(cursor).top()

    def document_y(self, position: int) -> int:
        """The height of the top of the line holding ``position``, from the document's top."""
        return self.top_of(position) + self.verticalScrollBar().value()

    def scroll_by(self, dy: int) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + dy)

    # -- events --------------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: object) -> None:
        super().mouseReleaseEvent(event)  # type: ignore[arg-type]
        if not self.textCursor().hasSelection():
            self.clicked.emit(self.textCursor().position())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(self.cursorForPosition(event.pos()).position())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, position: int) -> str:
        """What the other version has where ``position`` is (plain text; empty on equal text)."""
        if self._pair is None:
            return ""
        segment = segment_at(self._pair, self._side, position)
        if segment is None or segment.kind is Kind.EQUAL:
            return ""
        mine = excerpt(self._text, span_on(segment, self._side), 200)
        theirs = excerpt(self._other_text, span_on(segment, self._side.opposite), 200)
        base, other = (mine, theirs) if self._side is Side.BASE else (theirs, mine)
        flags = f" [{', '.join(segment.flags)}]" if segment.flags else ""
        label = STYLES[segment.kind].label
        # A plain-text tooltip: Qt would render a string that looks like markup as rich text.
        return _plain_tip(f"{label}{flags} — base: ‘{base}’ — this version: ‘{other}’")

    def paintEvent(self, event: QPaintEvent) -> None:
        """Mark each gap in the text itself: a dashed rule where the gap starts a line (between
        paragraphs), or a thin caret at the exact place inside a line; the gutter beside the
        pane tags it with the number of words."""
        super().paintEvent(event)
        if not self._gaps:
            return
        painter = QPainter(self.viewport())
        margin = int(self.document().documentMargin())
        for gap in self._gaps:
            painter.setPen(QPen(gap_colour(gap), 2, Qt.PenStyle.DashLine))
            cursor = QTextCursor(self.document())
            cursor.setPosition(max(0, min(gap.position, len(self._text))))
            rect = self.cursorRect(cursor)
            if rect.left() <= margin + 2:
                painter.drawLine(0, rect.top(), self.viewport().width(), rect.top())
            else:
                painter.drawLine(rect.left(), rect.top(), rect.left(), rect.bottom())
        painter.end()


def _plain_tip(text: str) -> str:
    # Qt treats a tooltip as rich text when Qt::mightBeRichText says so; escaping and wrapping
    # in a <p> keeps every character literal.
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def _gaps(pair: PairComparison, side: Side, other_text: str) -> tuple[Gap, ...]:
    """Where this side lacks a block the other side has."""
    missing = BlockKind.ADDED if side is Side.BASE else BlockKind.OMITTED
    gaps = []
    for block in pair.blocks:
        if block.kind is missing:
            theirs = span_on(block, side.opposite)
            words = len(theirs.of(other_text).split())
            gaps.append(Gap(span_on(block, side).start, words, block.kind))
    return tuple(gaps)
