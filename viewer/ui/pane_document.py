"""A pane's document, built from a text in idle slices, and laid out ahead in idle slices.

Setting a 50 MB text at once costs Qt 0.8 s (1.3 million blocks) and laying it out several
seconds: the window would freeze. Here the document is filled a piece at a time (about
500,000 characters, 10-30 ms each) while the window stays responsive, then handed to the pane,
which lays it out ahead of the reader the same way. The pieces come from
:func:`viewer.core.display.display_chunks`: paragraphs grouped into blocks, long lines cut.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor, QTextDocument

from viewer.core.display import DisplayChunk, Shifts, display_chunks, needs_spacing

__all__ = ["DocumentBuilder", "LayoutAhead"]

MARGIN = 10  # the document's margin, in pixels


class DocumentBuilder(QObject):
    """Builds the document of ``text``; ``finished`` says it is complete (``document``,
    ``shifts``). Small texts are built at once by :meth:`build_now`."""

    finished = Signal()

    def __init__(self, text: str, font: QFont, spacing: float, parent: QObject) -> None:
        super().__init__(parent)
        self.document = QTextDocument(parent)
        self.document.setUndoRedoEnabled(False)
        self.document.setDocumentMargin(MARGIN)
        self.document.setDefaultFont(font)
        self.shifts = Shifts()
        self.spaced = needs_spacing(text)
        self._inserted: list[int] = []
        self._chunks: Iterator[DisplayChunk] = display_chunks(text)
        self._cursor = QTextCursor(self.document)
        if self.spaced:
            # Blocks inherit the format of the block they are split from: set it once.
            spaced = QTextBlockFormat()
            spaced.setBottomMargin(spacing)
            self._cursor.setBlockFormat(spaced)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    def build_now(self) -> None:
        while self._next():
            pass
        self._done()

    def start(self) -> None:
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self.document.deleteLater()

    def _next(self) -> bool:
        chunk = next(self._chunks, None)
        if chunk is None:
            return False
        if chunk.text:
            self._cursor.insertText(chunk.text)
        self._inserted.extend(chunk.inserted)
        return True

    def _step(self) -> None:
        if not self._next():
            self._timer.stop()
            self._done()

    def _done(self) -> None:
        self.shifts = Shifts(tuple(self._inserted))
        self.finished.emit()


class LayoutAhead(QObject):
    """Lays a pane's document out to the end in idle slices. Qt lays a QTextEdit out on
    demand, all at once up to the place asked for; laid out ahead, long jumps stay cheap."""

    def __init__(self, document_of: object, parent: QObject) -> None:
        super().__init__(parent)
        self._edit = document_of
        self._done = 0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    def restart(self) -> None:
        self._done = 0
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_done(self) -> bool:
        return not self._timer.isActive()

    def reached(self) -> int:
        """The document position laid out so far (at least)."""
        return self._done

    def _slice(self) -> None:
        edit = self._edit
        document = edit.document()  # type: ignore[attr-defined]
        length = document.characterCount() - 1
        self._done = min(self._done + _SLICE, length)
        cursor = QTextCursor(document)
        cursor.setPosition(self._done)
        edit.cursorRect(cursor)  # type: ignore[attr-defined]
        if self._done >= length:
            self._timer.stop()


_SLICE = 40_000  # characters laid out per idle slice (~10 ms on the development machine)
