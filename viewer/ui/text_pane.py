"""A read-only pane showing one version as plain text, with the engine's findings marked."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QEvent, QMimeData, QPoint, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from viewer.core.display import Shifts
from viewer.core.findings import describe_finding
from viewer.core.gap_tags import Gap
from viewer.core.locations import Locator
from viewer.core.marks import Mark, MarkIndex, Role
from viewer.core.model import Kind, PairComparison, Span
from viewer.core.navigation import Side
from viewer.core.spans import SpanIndex
from viewer.core.visibility import SHOW_ALL, Visibility
from viewer.ui import prepared
from viewer.ui.gap_gutter import GapGutter, gap_colour
from viewer.ui.outline import draw_boxes
from viewer.ui.pane_document import DocumentBuilder, LayoutAhead
from viewer.ui.styles import char_format
from viewer.ui.tooltips import finding_lines, plain_tip

__all__ = ["Gap", "TextPane"]


_BUILD_AT_ONCE = 400_000  # longer texts are set in idle slices (about 20 ms per 400,000)
_CENTRE = 0.4  # a finding jumped to starts this far down the pane (a little above the middle)


class TextPane(QTextEdit):
    """Article text, never interpreted as markup: set as plain text, marked with selections."""

    clicked = Signal(int)  # a text position the user clicked
    gap_clicked = Signal(object)  # a Gap whose tag the user clicked
    marks_changed = Signal()  # new marks (the change map redraws)
    ready = Signal()  # the document of a long text is complete (set in idle slices)

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
        self._shifts = Shifts()  # breaks the document adds inside very long words
        self._builder: DocumentBuilder | None = None  # a long text's document being built
        self._own: QTextDocument | None = None  # the document shown, made here
        self._pending: tuple[int, int, bool] | None = None  # a selection asked for while building
        self._hits: dict[int, int] = {}  # position_at, for one scroll value and layout
        self._hits_key: tuple[int, int, int] = (-1, -1, -1)
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
        self._ahead = LayoutAhead(self, self)
        self._gutter = GapGutter(self)
        self._gutter.hide()
        self._gutter.clicked.connect(self.gap_clicked)
        self.verticalScrollBar().valueChanged.connect(self._refresh_marks)
        self.verticalScrollBar().valueChanged.connect(self._gutter.update)

    # -- content -----------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Show ``text`` literally; a pane already showing it keeps its layout and scroll. A
        long text's document is built in idle slices: :meth:`is_ready` says when it is
        there, and ``ready`` is emitted then (marks and selections wait for it)."""
        if text is self._text or (text == self._text and self._own is self.document()):
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
        if self._builder is not None:
            self._builder.cancel()
        spacing = self.fontMetrics().height() * 0.6
        builder = DocumentBuilder(text, self.font(), spacing, self)
        if len(text) <= _BUILD_AT_ONCE:
            self._builder = None
            builder.build_now()
            self._install(builder)
            return
        self._builder = builder
        self._ahead.stop()
        self._install_empty()
        builder.finished.connect(lambda: self._install(builder))
        builder.start()

    def _install_empty(self) -> None:
        """An empty page while a long text's document is built."""
        document = QTextDocument(self)
        document.setDocumentMargin(10)
        self._swap(document)
        self._shifts = Shifts()

    def _install(self, builder: DocumentBuilder) -> None:
        if builder is not self._builder and self._builder is not None:
            return  # a text replaced since
        self._builder = None
        self._swap(builder.document)
        self._shifts = builder.shifts
        builder.deleteLater()
        self._ahead.restart()
        self._shown_range = (-1, -1)
        self._refresh_marks()
        pending, self._pending = self._pending, None
        if pending is not None:
            self._select(*pending)
        self.ready.emit()

    def _swap(self, document: QTextDocument) -> None:
        """Show ``document``, deleting the one made here before (Qt keeps a document that is
        not its own control's)."""
        old = self._own
        self.setDocument(document)
        self._own = document
        if old is not None and old is not document:
            old.deleteLater()

    def is_ready(self) -> bool:
        """Whether the document holds the whole text (a long one is built in idle slices)."""
        return self._builder is None

    def setDocument(self, document: QTextDocument) -> None:
        document.setDefaultFont(self.font())
        if self.lineWrapMode() is QTextEdit.LineWrapMode.WidgetWidth:
            # At the width it will have: a document laid out first without one (as Qt does
            # on attaching it) is laid out unwrapped, whole (0.13 s for a 1 MB word).
            document.setPageSize(QSizeF(self.viewport().width(), -1))
        super().setDocument(document)

    def setFont(self, font: object) -> None:
        self._hits_key = (-1, -1, -1)
        super().setFont(font)  # type: ignore[arg-type]
        self.document().setDefaultFont(self.font())
        if self.is_ready():
            self._ahead.restart()  # Qt lays the document out anew in the new size

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
            self._set_marks(MarkIndex(()), SpanIndex(()), ())
            return
        base_text = self._text if side is Side.BASE else other_text
        self._locator = locator or prepared.locator(pair, base_text)
        self._set_marks(
            prepared.marks(pair, side, self._text, visibility),
            prepared.boxes(pair, side, self._text, visibility),
            prepared.gaps(pair, side, other_text),
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
        self._set_marks(MarkIndex(marks), SpanIndex(boxes), ())

    def _set_marks(self, marks: MarkIndex, boxes: SpanIndex, gaps: tuple[Gap, ...]) -> None:
        self._marks = marks
        self._boxes = boxes
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
        if event.size().width() != event.oldSize().width():
            self._ahead.restart()  # Qt lays the document out anew at another width
        self._place_gutter()
        self._refresh_marks()

    def gutter(self) -> GapGutter:
        return self._gutter

    def gaps(self) -> tuple[Gap, ...]:
        return self._gaps

    def is_laid_out(self) -> bool:
        return self.is_ready() and self._ahead.is_done()

    # -- text positions and the document's (the same but past a break inserted in a long word)
    def _cursor(self, position: int) -> QTextCursor:
        """A cursor at text ``position`` (clamped to the text)."""
        document = self.document()
        cursor = QTextCursor(document)
        place = self._shifts.to_document(max(0, min(position, len(self._text))))
        cursor.setPosition(min(place, document.characterCount() - 1))  # the page while building
        return cursor

    def _position(self, cursor: QTextCursor) -> int:
        return self._shifts.to_text(cursor.position())

    def visible_range(self) -> tuple[int, int]:
        """Text positions from the top to the bottom of the viewport, one screen either side."""
        height = self.viewport().height()
        return self.position_at(-height), self.position_at(2 * height)

    def _refresh_marks(self) -> None:
        """Hand Qt only the highlights near the screen. Placing a cursor anywhere makes
        QTextEdit lay the document out up to there, and it paints by walking every
        selection: with all of a long document's findings set at once, opening a
        1M-word pair froze the window for seconds and every scroll step paid for them."""
        if not self.is_ready():
            return
        low, high = self.visible_range() if self._marks.marks else (0, 0)
        if (low, high) == self._shown_range:
            return
        self._shown_range = (low, high)
        self._near = self._marks.touching(low, high) if self._marks.marks else ()
        boxes = self._boxes.spans
        self._near_boxes = tuple(boxes[i] for i in self._boxes.touching(low, high))
        selections = []
        length = len(self._text)
        to_document = self._shifts.to_document
        for mark in self._near:
            # Cut to the stretch around the screen: a cursor placed makes Qt lay the document
            # out up to there, and a mark may run on for a megabyte (a long word changed).
            selection = QTextEdit.ExtraSelection()
            cursor = self._cursor(max(mark.start, low))
            end = to_document(min(mark.end, high + 1, length))
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = _format(mark.kind, mark.role)
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
        to_text = self._shifts.to_text
        return [
            (to_text(s.cursor.selectionStart()), to_text(s.cursor.selectionEnd()))
            for s in self.extraSelections()
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
        """Select ``[start, end)`` without scrolling (once the document is there)."""
        self._select(start, end, False)

    def _select(self, start: int, end: int, scroll: bool) -> None:
        if not self.is_ready():
            self._pending = (start, end, scroll)
            return
        cursor = self._cursor(start)
        last = self._shifts.to_document(max(0, min(end, len(self._text))))
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        # Qt scrolls to a cursor set; the bar is put back with its signals held, so that the
        # marks, maps and the other pane do not follow a scroll that never shows.
        bar = self.verticalScrollBar()
        value = bar.value()
        bar.blockSignals(True)
        try:
            self.setTextCursor(cursor)
            bar.setValue(value)
        finally:
            bar.blockSignals(False)
        if scroll:
            self.scroll_to(start, self.centre_line(start, end))

    def centre_line(self, start: int, end: int) -> int:
        """The viewport height at which ``[start, end)`` should start to be read: a little
        above the middle, or near the top when it is taller than that allows."""
        height = self.viewport().height()
        span = self.document_y(end) - self.document_y(start) + self.fontMetrics().height()
        if span > height * (1 - _CENTRE) - self.fontMetrics().height():
            return min(int(height * 0.1), 3 * self.fontMetrics().height())
        return int(height * _CENTRE)

    def scroll_to(self, position: int, line: int) -> None:
        """Scroll so that the line holding ``position`` starts at height ``line``."""
        self.scroll_by(self.top_of(position) - line)

    def mark(self, start: int, end: int) -> None:
        """Select ``[start, end)`` and scroll it to the reading place, from its start (once
        the document is there)."""
        self._select(start, end, True)

    def position_at(self, y: int) -> int:
        """The text position at height ``y`` of the viewport. Remembered until the pane
        scrolls or its layout changes: a scroll step asks the same few heights dozens of times
        (highlights, gap tags, change map, link strip, scroll sync)."""
        key = (self.verticalScrollBar().value(), self.viewport().width(), id(self.document()))
        if key != self._hits_key:
            self._hits_key, self._hits = key, {}
        found = self._hits.get(y)
        if found is None:
            found = self._hits[y] = self._position(self.cursorForPosition(QPoint(12, y)))
        return found

    def top_of(self, position: int) -> int:
        """The viewport height of the top of the line holding ``position``."""
        return self.cursorRect(self._cursor(position)).top()

    def bottom_of(self, position: int) -> int:
        """The viewport height of the bottom of the line holding ``position``."""
        return self.cursorRect(self._cursor(position)).bottom()

    def line_end_at_document_y(self, y: int) -> int:
        """The last text position of the line at height ``y`` from the document's top
        (visible or not). Scroll sync looks up the matching points up to there, so when a
        line holds the end of one block and the start of the next (or a gap), the later
        match wins, as :meth:`ScrollMap.counterpart` does at a shared point."""
        cursor = self.cursorForPosition(QPoint(12, y - self.verticalScrollBar().value() + 1))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfLine)
        return self._position(cursor)

    def laid_out_to(self) -> int:
        """The text position up to which the document is laid out for sure (to the end of
        the screen, and as far as the layout ahead has gone)."""
        if len(self._text) <= _BUILD_AT_ONCE or self._ahead.is_done():
            return len(self._text)  # laid out on demand in a few milliseconds, or all done
        ahead = self._shifts.to_text(self._ahead.reached())
        return max(ahead, self.position_at(self.viewport().height()))

    def document_y(self, position: int) -> int:
        """The height of the top of the line holding ``position``, from the document's top.
        Past what is laid out yet it is estimated from the height per character so far:
        laying a 50 MB text out up to there would freeze the window for seconds."""
        scroll = self.verticalScrollBar().value()
        frontier = self.laid_out_to()
        if position <= frontier:
            return self.top_of(position) + scroll
        known = self.top_of(frontier) + scroll
        return known + round((position - frontier) * known / max(frontier, 1))

    def scroll_by(self, dy: int) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + dy)

    # -- events --------------------------------------------------------------------------------
    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy the text itself: the document may show a line separator, or a break inside
        a very long word, where the text has a line break or nothing."""
        cursor = self.textCursor()
        start, end = self._position(cursor), self._shifts.to_text(cursor.anchor())
        data = QMimeData()
        data.setText(self._text[min(start, end) : max(start, end)])
        return data

    def mouseReleaseEvent(self, event: object) -> None:
        super().mouseReleaseEvent(event)  # type: ignore[arg-type]
        if not self.textCursor().hasSelection():
            self.clicked.emit(self._position(self.textCursor()))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(self._position(self.cursorForPosition(event.pos())))
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
        if self._near_boxes:
            low, high = self._shown_range  # a long box is cut to the stretch around the screen
            to_document = self._shifts.to_document
            kinds = {
                Span(to_document(max(b.start, low)), to_document(min(b.end, high + 1))): b
                for b in self._near_boxes
            }
            draw_boxes(self, kinds, lambda box: self._box_kind(kinds[box]))
        if not self._gaps:
            return
        painter = QPainter(self.viewport())
        margin = int(self.document().documentMargin())
        for gap in self.visible_gaps():
            painter.setPen(QPen(gap_colour(gap), 2, Qt.PenStyle.DashLine))
            rect = self.cursorRect(self._cursor(gap.position))
            if rect.left() <= margin + 2:
                painter.drawLine(0, rect.top(), self.viewport().width(), rect.top())
            else:
                painter.drawLine(rect.left(), rect.top(), rect.left(), rect.bottom())
        painter.end()


@lru_cache(maxsize=32)
def _format(kind: Kind, role: Role | None) -> QTextCharFormat:
    """The format of a mark, made once (dozens are set on every scroll step)."""
    return char_format(kind, role)
