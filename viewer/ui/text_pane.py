"""A read-only pane showing one version as plain text, with the engine's findings marked."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPen, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from viewer.core.model import BlockKind, Kind, PairComparison, Segment, Span
from viewer.core.navigation import Side, excerpt, segment_at, span_on
from viewer.ui.gap_gutter import GapGutter, gap_colour
from viewer.ui.styles import STYLES, char_format

__all__ = ["Gap", "TextPane"]


_LAYOUT_SLICE = 40_000  # characters laid out per idle slice (~15 ms on the development machine)


@dataclass(frozen=True, slots=True)
class _Mark:
    """One highlight: where, what kind, and whether it carries a flag (drawn bold)."""

    start: int
    end: int
    kind: Kind
    flagged: bool


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
        self._gap_starts: list[int] = []
        self._marks: list[_Mark] = []
        self._mark_starts: list[int] = []
        self._shown_range = (-1, -1)
        # Qt lays a QTextEdit out on demand, all at once up to the place asked for; laying it
        # out ahead in slices while the window is idle keeps long jumps cheap later.
        self._layout_timer = QTimer(self)
        self._layout_timer.setInterval(0)
        self._layout_timer.timeout.connect(self._layout_slice)
        self._laid_out = 0
        self._gutter = GapGutter(self)
        self._gutter.hide()
        self.verticalScrollBar().valueChanged.connect(self._refresh_marks)
        self.verticalScrollBar().valueChanged.connect(self._gutter.update)

    # -- content -----------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Show ``text`` literally; a pane already showing it keeps its layout and scroll."""
        if text != self._text or self.toPlainText() != text:
            self._text = text
            self.setPlainText(text)
            self._laid_out = 0
            self._layout_timer.start()

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
        self._marks = [] if pair is None else self._mark_list(pair.segments, hide_cosmetic)
        self._mark_starts = [m.start for m in self._marks]
        self._gaps = () if pair is None else _gaps(pair, side, other_text)
        self._gap_starts = [g.position for g in self._gaps]
        self._shown_range = (-1, -1)
        self._refresh_marks()
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
        self._refresh_marks()

    def gutter(self) -> GapGutter:
        return self._gutter

    def gaps(self) -> tuple[Gap, ...]:
        return self._gaps

    def _mark_list(self, segments: Sequence[Segment], hide_cosmetic: bool) -> list[_Mark]:
        """The highlights of this side as plain values, in text order (segments tile it)."""
        marks = []
        for segment in segments:
            if segment.kind is Kind.EQUAL or (hide_cosmetic and segment.kind is Kind.COSMETIC):
                continue
            span = span_on(segment, self._side)
            # The paragraph break a segment owns is not highlighted: a box on an empty line
            # would read as a finding of its own.
            end = span.start + len(span.of(self._text).rstrip())
            if end > span.start:
                marks.append(_Mark(span.start, end, segment.kind, bool(segment.flags)))
        return marks

    def _layout_slice(self) -> None:
        """Lay out the next slice of the document (about 15 ms of work)."""
        self._laid_out = min(self._laid_out + _LAYOUT_SLICE, len(self._text))
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._laid_out)
        self.cursorRect(cursor)
        if self._laid_out >= len(self._text):
            self._layout_timer.stop()

    def is_laid_out(self) -> bool:
        return not self._layout_timer.isActive()

    def visible_range(self) -> tuple[int, int]:
        """Text positions from the top to the bottom of the viewport, one screen either side."""
        height = self.viewport().height()
        return self.position_at(-height), self.position_at(2 * height)

    def _refresh_marks(self) -> None:
        """Hand Qt only the highlights near the screen. Placing a cursor anywhere makes
        QTextEdit lay the document out up to there, and it paints by walking every
        selection: with all of a long document's findings set at once, opening a
        1M-word pair froze the window for seconds and every scroll step paid for them."""
        low, high = self.visible_range() if self._marks else (0, 0)
        if (low, high) == self._shown_range:
            return
        self._shown_range = (low, high)
        first = max(bisect_right(self._mark_starts, low) - 1, 0)
        selections = []
        for mark in self._marks[first:]:
            if mark.start > high:
                break
            if mark.end < low:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(mark.start)
            cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = char_format(mark.kind, mark.flagged)
            selections.append(selection)
        self.setExtraSelections(selections)

    def visible_gaps(self) -> list[Gap]:
        """The gaps near the screen (found by binary search, never by measuring them all)."""
        if not self._gaps:
            return []
        low, high = self.visible_range()
        first = bisect_left(self._gap_starts, low)
        last = bisect_right(self._gap_starts, high)
        return list(self._gaps[first:last])

    def highlighted_spans(self) -> list[tuple[int, int]]:
        """Every span this pane marks (on screen or not), for tests and the benchmark."""
        return [(m.start, m.end) for m in self._marks]

    def shown_selections(self) -> list[tuple[int, int]]:
        """The selections Qt holds right now: the marks near the screen."""
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

    def position_at_document_y(self, y: int) -> int:
        """The text position at height ``y`` from the document's top (visible or not)."""
        return self.position_at(y - self.verticalScrollBar().value())

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
        for gap in self.visible_gaps():
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
