"""A read-only pane showing one version as plain text, with the engine's findings marked."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from viewer.core.findings import describe_finding
from viewer.core.gap_tags import Gap, find_gaps
from viewer.core.locations import Locator
from viewer.core.marks import Mark, MarkIndex, pane_boxes, pane_marks
from viewer.core.model import Kind, PairComparison, Span
from viewer.core.navigation import Side
from viewer.core.spans import SpanIndex
from viewer.core.visibility import SHOW_ALL, Visibility
from viewer.ui.gap_gutter import GapGutter, gap_colour
from viewer.ui.outline import draw_boxes
from viewer.ui.styles import char_format
from viewer.ui.tooltips import finding_lines, plain_tip

__all__ = ["Gap", "TextPane"]


_LAYOUT_SLICE = 40_000  # characters laid out per idle slice (~15 ms on the development machine)
_CENTRE = 0.4  # a finding jumped to starts this far down the pane (a little above the middle)


class TextPane(QTextEdit):
    """Article text, never interpreted as markup: set as plain text, marked with selections."""

    clicked = Signal(int)  # a text position the user clicked
    gap_clicked = Signal(object)  # a Gap whose tag the user clicked
    marks_changed = Signal()  # new marks (the change map redraws)

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
        self._spaced = False  # the document has space added below its paragraphs
        self._pair: PairComparison | None = None
        self._side = Side.BASE
        self._other_text = ""
        self._locator: Locator | None = None
        self._describe: Callable[[int], str] | None = None  # tooltips of a made-up text
        self._gaps: tuple[Gap, ...] = ()
        self._gap_starts: list[int] = []
        self._marks = MarkIndex(())
        self._near: tuple[Mark, ...] = ()
        self._boxes = SpanIndex(())
        self._near_boxes: tuple[Span, ...] = ()
        self._shown_range = (-1, -1)
        # Qt lays a QTextEdit out on demand, all at once up to the place asked for; laying it
        # out ahead in slices while the window is idle keeps long jumps cheap later.
        self._layout_timer = QTimer(self)
        self._layout_timer.setInterval(0)
        self._layout_timer.timeout.connect(self._layout_slice)
        self._laid_out = 0
        self.decorate: Callable[[QTextEdit], None] | None = None  # drawn over (manual links)
        self._gutter = GapGutter(self)
        self._gutter.hide()
        self._gutter.clicked.connect(self.gap_clicked)
        self.verticalScrollBar().valueChanged.connect(self._refresh_marks)
        self.verticalScrollBar().valueChanged.connect(self._gutter.update)

    # -- content -----------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Show ``text`` literally; a pane already showing it keeps its layout and scroll."""
        if text == self._text and self.toPlainText() == text:
            return
        self._text = text
        # Highlights hold cursors into the document being replaced: drop them first (Qt
        # would paint them from a deleted document).
        self.setExtraSelections([])
        self._marks, self._boxes, self._near, self._near_boxes = (
            MarkIndex(()),
            SpanIndex(()),
            (),
            (),
        )
        self._gaps, self._gap_starts, self._shown_range = (), [], (-1, -1)
        spaced = _needs_spacing(text)
        if spaced or self._spaced:
            self.setDocument(_plain_document(text, self))
        else:  # the cheaper path when the text separates its paragraphs itself
            self.setPlainText(text)
        self._spaced = spaced
        self._laid_out = 0
        self._layout_timer.start()

    def setDocument(self, document: QTextDocument) -> None:
        # A document whose parent is this pane is deleted by Qt when the next one replaces it.
        document.setDefaultFont(self.font())
        super().setDocument(document)

    def setFont(self, font: object) -> None:
        super().setFont(font)  # type: ignore[arg-type]
        self.document().setDefaultFont(self.font())

    def text(self) -> str:
        return self._text

    def show_pair(
        self,
        pair: PairComparison | None,
        side: Side,
        other_text: str,
        visibility: Visibility = SHOW_ALL,
        locator: Locator | None = None,
    ) -> None:
        """Mark the findings of ``pair`` on this pane's ``side`` (``other_text`` is the
        opposite side's text; ``locator`` names places, built here when not given)."""
        self._pair, self._side, self._other_text = pair, side, other_text
        if pair is None:
            self._locator = None
            self._set_marks((), (), ())
            return
        base_text = self._text if side is Side.BASE else other_text
        self._locator = locator or Locator.of(pair, base_text)
        self._set_marks(
            pane_marks(pair, side, self._text, visibility),
            pane_boxes(pair, side, self._text, visibility),
            find_gaps(pair, side, other_text),
        )

    def show_marks(
        self,
        marks: tuple[Mark, ...],
        boxes: tuple[Span, ...] = (),
        describe: Callable[[int], str] | None = None,
    ) -> None:
        """Mark spans of a text Redline made (the inline view): no pair, no gaps;
        ``describe`` gives the tooltip of a mark's segment."""
        self._pair = None
        self._locator = None
        self._describe = describe
        self._set_marks(marks, boxes, ())

    def _set_marks(
        self, marks: tuple[Mark, ...], boxes: tuple[Span, ...], gaps: tuple[Gap, ...]
    ) -> None:
        self._marks = MarkIndex(marks)
        self._boxes = SpanIndex(boxes)
        self._gaps = gaps
        self._gap_starts = [g.position for g in gaps]
        self._shown_range = (-1, -1)
        self._refresh_marks()
        width = self._gutter.preferred_width() if gaps else 0
        self.setViewportMargins(0, 0, width, 0)
        self._gutter.setVisible(bool(gaps))
        self._place_gutter()
        self.viewport().update()
        self._gutter.update()
        self.marks_changed.emit()

    def marks(self) -> tuple[Mark, ...]:
        """Every mark of this pane (on screen or not), in text order."""
        return self._marks.marks

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
        low, high = self.visible_range() if self._marks.marks else (0, 0)
        if (low, high) == self._shown_range:
            return
        self._shown_range = (low, high)
        self._near = self._marks.touching(low, high) if self._marks.marks else ()
        boxes = self._boxes.spans
        self._near_boxes = tuple(boxes[i] for i in self._boxes.touching(low, high))
        selections = []
        length = len(self._text)
        for mark in self._near:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(mark.start, length))
            cursor.setPosition(min(mark.end, length), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = char_format(mark.kind, mark.role)
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
        return [(m.start, m.end) for m in self._marks.marks]

    def shown_selections(self) -> list[tuple[int, int]]:
        """The selections Qt holds right now: the marks near the screen."""
        return [
            (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self.extraSelections()
        ]

    def _box_kind(self, box: Span) -> Kind:
        """The kind of the mark around a box (its outline takes the kind's colour)."""
        around = self._marks.touching(box.start, box.start)
        return around[0].kind if around else Kind.DRIFT

    def boxes(self) -> tuple[Span, ...]:
        """Every box this pane draws around the words that raised a flag."""
        return self._boxes.spans

    def near_boxes(self) -> tuple[Span, ...]:
        """The boxes near the screen, which paintEvent outlines."""
        return self._near_boxes

    # -- positions and scrolling -------------------------------------------------------------
    def select(self, start: int, end: int) -> None:
        """Select ``[start, end)`` without scrolling."""
        length = len(self._text)
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(start, length)))
        cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
        bar = self.verticalScrollBar()
        value = bar.value()
        self.setTextCursor(cursor)
        bar.setValue(value)

    def centre_line(self, start: int, end: int) -> int:
        """The viewport height at which ``[start, end)`` should start to be read: a little
        above the middle, or near the top when it is taller than that allows."""
        height = self.viewport().height()
        span = self.top_of(end) - self.top_of(start) + self.fontMetrics().height()
        if span > height * (1 - _CENTRE) - self.fontMetrics().height():
            return min(int(height * 0.1), 3 * self.fontMetrics().height())
        return int(height * _CENTRE)

    def scroll_to(self, position: int, line: int) -> None:
        """Scroll so that the line holding ``position`` starts at height ``line``."""
        self.scroll_by(self.top_of(position) - line)

    def mark(self, start: int, end: int) -> None:
        """Select ``[start, end)`` and scroll it to the reading place, from its start."""
        self.select(start, end)
        self.scroll_to(start, self.centre_line(start, end))

    def position_at(self, y: int) -> int:
        """The text position at height ``y`` of the viewport."""
        return self.cursorForPosition(QPoint(12, y)).position()

    def top_of(self, position: int) -> int:
        """The viewport height of the top of the line holding ``position``."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(position, len(self._text))))
        return self.cursorRect(cursor).top()

    def bottom_of(self, position: int) -> int:
        """The viewport height of the bottom of the line holding ``position``."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(max(0, min(position, len(self._text))))
        return self.cursorRect(cursor).bottom()

    def line_end_at_document_y(self, y: int) -> int:
        """The last text position of the line at height ``y`` from the document's top
        (visible or not). Scroll sync looks up the matching points up to there, so when a
        line holds the end of one block and the start of the next (or a gap), the later
        match wins, as :meth:`ScrollMap.counterpart` does at a shared point."""
        cursor = self.cursorForPosition(QPoint(12, y - self.verticalScrollBar().value() + 1))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfLine)
        return cursor.position()

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
        """What the other version has where ``position`` is, with the evidence of its flags
        and any restatement elsewhere (plain text; empty on unmarked text)."""
        here = [m for m in self._marks.touching(position, position) if m.start <= position < m.end]
        if self._pair is None or self._locator is None:
            describe = self._describe
            return plain_tip(describe(here[0].segment)) if here and describe else ""
        if not here:  # unmarked text may still be said again elsewhere
            also = self._locator.also_labels(self._side, Span(position, position))
            return plain_tip("\n".join(also)) if also else ""
        segment = self._pair.segments[here[0].segment]
        texts = (self._text, self._other_text)
        base_text, other_text = texts if self._side is Side.BASE else texts[::-1]
        described = describe_finding(segment, base_text, other_text, self._locator, 6, 30, 10)
        return plain_tip("\n".join(finding_lines(described)))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the boxes of flagged findings, and mark each gap in the text itself: a
        dashed rule where the gap starts a line (between paragraphs), or a thin caret at the
        exact place inside a line; the gutter beside the pane tags it with its words."""
        super().paintEvent(event)
        if self.decorate is not None:
            self.decorate(self)
        if self._near_boxes:
            draw_boxes(self, self._near_boxes, self._box_kind)
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


def _plain_document(text: str, parent: QWidget) -> QTextDocument:
    """A document of ``text`` as plain text. Paragraphs that follow each other without a blank
    line get space below them, or one-line paragraphs run together. The format is set before
    a view lays the document out: on a shown pane it costs seconds at 1M words, here
    milliseconds."""
    document = QTextDocument(parent)
    document.setUndoRedoEnabled(False)
    document.setDocumentMargin(10)
    document.setPlainText(text)
    if _needs_spacing(text):
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        spaced = QTextBlockFormat()
        spaced.setBottomMargin(parent.fontMetrics().height() * 0.6)
        cursor.mergeBlockFormat(spaced)
    return document


def _needs_spacing(text: str) -> bool:
    """Whether paragraphs follow each other without blank lines between them."""
    lines = text.count("\n")
    return bool(lines) and text.count("\n\n") < lines / 4
