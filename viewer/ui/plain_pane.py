"""A read-only pane of one plain text, addressed by text positions, however long the text.

A long text's document is built and laid out in idle slices (see ``pane_document``), so the
window never freezes; where the document differs from the text (a break inserted in a very
long word) positions are mapped, so callers only ever see text positions.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QSizeF, Qt, Signal
from PySide6.QtGui import QResizeEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit, QWidget

from viewer.core.display import Shifts
from viewer.ui.pane_document import MARGIN, DocumentBuilder, LayoutAhead

__all__ = ["PlainPane"]

_BUILD_AT_ONCE = 400_000  # longer texts are set in idle slices (about 20 ms per 400,000)
_SCREEN = 30_000  # characters a screen can hold, at most (about 10 times what one does)
_CENTRE = 0.4  # a finding jumped to starts this far down the pane (a little above the middle)


class PlainPane(QTextEdit):
    """Text never interpreted as markup, selectable, never editable."""

    clicked = Signal(int)  # a text position the user clicked
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
        self.document().setDocumentMargin(MARGIN)
        self._text = ""
        self._shifts = Shifts()  # breaks the document adds inside very long words
        self._builder: DocumentBuilder | None = None  # a long text's document being built
        self._own: QTextDocument | None = None  # the document shown, made here
        self._pending: tuple[int, int, bool] | None = None  # a selection asked for while building
        self._hits: dict[int, int] = {}  # position_at, for one scroll value and layout
        self._hits_key: tuple[int, int, int] = (-1, -1, -1)
        self._ahead = LayoutAhead(self, self)

    def _forget_marks(self) -> None:
        """A new text is coming: drop what was drawn over the old one."""

    def _text_shown(self) -> None:
        """The document holds the whole text now."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._ahead.restart()  # Qt lays the document out anew at another width

    def set_text(self, text: str) -> None:
        """Show ``text`` literally; a pane already showing it keeps its layout and scroll. A
        long text's document is built in idle slices: :meth:`is_ready` says when it is
        there, and ``ready`` is emitted then (marks and selections wait for it)."""
        if text is self._text or (text == self._text and self._own is self.document()):
            return
        self._text = text
        self._forget_marks()
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
        document.setDocumentMargin(MARGIN)
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
        self._text_shown()
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

    def is_laid_out(self) -> bool:
        return self.is_ready() and self._ahead.is_done()

    def _cursor(self, position: int) -> QTextCursor:
        """A cursor at text ``position`` (clamped to the text)."""
        document = self.document()
        cursor = QTextCursor(document)
        place = self._shifts.to_document(max(0, min(position, len(self._text))))
        cursor.setPosition(min(place, document.characterCount() - 1))  # the page while building
        return cursor

    def _position(self, cursor: QTextCursor) -> int:
        return self._shifts.to_text(cursor.position())

    def select(self, start: int, end: int) -> None:
        """Select ``[start, end)`` without scrolling (once the document is there)."""
        self._select(start, end, False)

    def clear_selection(self) -> None:
        """Select nothing; the cursor stays where the selection began (nothing scrolls)."""
        if not self.is_ready():
            self._pending = None
            return
        start = self.selected_range()[0]
        self._select(start, start, False)

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
        """The text position at height ``y`` of the viewport. Remembered, once the pane is
        laid out, until it scrolls or its layout changes: a scroll step asks the same few
        heights dozens of times (highlights, gap tags, change map, link strip, scroll sync)."""
        scroll = self.verticalScrollBar().value()
        if y + scroll <= MARGIN:
            # Above the first line, Qt answered with wherever its layout had got to.
            return 0
        if not self._ahead.is_done():
            return self._position(self.cursorForPosition(QPoint(12, y)))
        key = (scroll, self.viewport().width(), id(self.document()))
        if key != self._hits_key:
            self._hits_key, self._hits = key, {}
        found = self._hits.get(y)
        if found is None:
            found = self._hits[y] = self._position(self.cursorForPosition(QPoint(12, y)))
        return found

    def on_screen(self, margin: int = 0) -> tuple[int, int]:
        """Text positions from ``margin`` pixels above the viewport's top to as far below its
        bottom. Qt lays a document out in at most 2**23 pixels (about 500,000 lines): in a
        text longer than that everything past it piles up at the end, and a hit there answers
        with the text's end; a screen never holds more than ``_SCREEN`` characters."""
        top = self.position_at(-margin)
        bottom = self.position_at(self.viewport().height() + margin)
        return top, min(bottom, top + _SCREEN)

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

    def selected_range(self) -> tuple[int, int]:
        """The selection (or the cursor, when nothing is selected) as text positions."""
        cursor = self.textCursor()
        start, end = self._position(cursor), self._shifts.to_text(cursor.anchor())
        return min(start, end), max(start, end)

    def text_position_at(self, point: QPoint) -> int:
        """The text position under ``point`` of the viewport."""
        return self._position(self.cursorForPosition(point))

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy the text itself: the document may show a line separator, or a break inside
        a very long word, where the text has a line break or nothing."""
        start, end = self.selected_range()
        data = QMimeData()
        data.setText(self._text[start:end])
        return data

    def mouseReleaseEvent(self, event: object) -> None:
        super().mouseReleaseEvent(event)  # type: ignore[arg-type]
        if not self.textCursor().hasSelection():
            self.clicked.emit(self._position(self.textCursor()))
