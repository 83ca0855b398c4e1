"""Find (Ctrl+F) in the pane that has the focus, wrapping round at the end."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTextEdit, QWidget

__all__ = ["FindBar"]


class FindBar(QWidget):
    """A line to type in; Enter finds the next match, Shift+Enter the previous, Esc closes."""

    def __init__(self, target: Callable[[], QTextEdit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target = target
        self._pane: QTextEdit | None = None
        self.field = QLineEdit()
        self.field.setPlaceholderText("Find in the text")
        self.field.returnPressed.connect(lambda: self.find_text(forward=True))
        self.status = QLabel()
        close = QPushButton("Close")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("Find:"))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        QShortcut(QKeySequence("Shift+Return"), self.field, lambda: self.find_text(forward=False))
        QShortcut(QKeySequence("Escape"), self, self.hide)
        self.hide()

    def open(self) -> None:
        self._pane = self._target()
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def find_text(self, forward: bool = True) -> bool:
        """Select the next match in the pane; returns whether there was one."""
        pane = self._pane or self._target()
        text = self.field.text()
        if not text:
            return False
        flags = QTextDocument.FindFlag(0) if forward else QTextDocument.FindFlag.FindBackward
        found = pane.find(text, flags)
        if not found:  # wrap round
            cursor = pane.textCursor()
            cursor.movePosition(
                QTextCursor.MoveOperation.Start if forward else QTextCursor.MoveOperation.End
            )
            pane.setTextCursor(cursor)
            found = pane.find(text, flags)
        self.status.setText("" if found else "not found")
        return bool(found)
