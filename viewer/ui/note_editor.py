"""The verdict and note of the chosen finding, under the findings list.

Every keystroke is handed on at once (the review keeps it, the autosave copies it), so no
typed text waits in the editor to be lost: not when another finding is chosen, the list is
filtered, the alignment is recomputed or the window closes.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.review import Decision, Verdict

__all__ = ["VERDICT_KEYS", "NoteEditor"]

# The keys that set a verdict (window shortcuts; shown in the menu and on the buttons).
VERDICT_KEYS = {
    Verdict.CONFIRMED: "Ctrl+1",
    Verdict.NOT_SIGNIFICANT: "Ctrl+2",
    Verdict.FOLLOW_UP: "Ctrl+3",
    Verdict.UNREVIEWED: "Ctrl+0",
}


_LONG_WORD = re.compile(r"\S{200}")
_WORDS = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
_SHORT = {Verdict.CONFIRMED: "Confirmed"}  # the panel stays narrow; the tooltip says it all
_LOOK = """
QToolButton { padding: 1px 4px; border: 1px solid palette(mid); border-radius: 3px;
              background: palette(button); color: palette(button-text); }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      border-color: palette(highlight); }
QToolButton:disabled { color: palette(mid); }
"""


class _Note(QPlainTextEdit):
    """Plain text only; Esc hands the keyboard back to the list.

    Qt lays out a word it must break at word boundaries in time that grows with the square
    of its length (a pasted 200,000-character word held the window 6 s); a note holding a
    word of over 200 characters wraps anywhere, which takes linear time."""

    escaped = Signal()

    def __init__(self) -> None:
        super().__init__()
        # Before the new text is laid out: the layout follows the change.
        self.document().contentsChange.connect(self._fit_wrapping)

    def _fit_wrapping(self, *_change: int) -> None:
        anywhere = _LONG_WORD.search(self.toPlainText()) is not None
        mode = QTextOption.WrapMode.WrapAnywhere if anywhere else _WORDS
        if self.wordWrapMode() != mode:
            self.setWordWrapMode(mode)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class NoteEditor(QWidget):
    """Four verdict buttons and a note; ``edited`` carries the decision after each change."""

    edited = Signal(object)  # Decision
    done = Signal()  # Esc in the note: back to the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons: dict[Verdict, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(2)
        for verdict in (
            Verdict.CONFIRMED,
            Verdict.NOT_SIGNIFICANT,
            Verdict.FOLLOW_UP,
            Verdict.UNREVIEWED,
        ):
            button = QToolButton()
            button.setText(_SHORT.get(verdict, verdict.label.capitalize()))
            button.setCheckable(True)
            button.setToolTip(f"Mark the chosen finding: {verdict.label} ({VERDICT_KEYS[verdict]})")
            button.setObjectName(f"verdict-{verdict.value}")
            self._group.addButton(button)
            button.clicked.connect(lambda _on=False, v=verdict: self._choose(v))
            row.addWidget(button)
            self.buttons[verdict] = button
        row.addStretch(1)
        # The chosen verdict reads as chosen in any palette (a plain checked tool button is
        # hard to tell apart in some dark themes): filled in the highlight colour.
        self.setStyleSheet(_LOOK)
        self.note = _Note()
        self.note.setObjectName("noteEditor")
        self.note.setPlaceholderText("Note on this finding (kept as you type; F2 to come here)")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.note.textChanged.connect(self._typed)
        self.note.escaped.connect(self.done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self._verdict = Verdict.UNREVIEWED
        self._quiet = False
        self.show_decision(None)

    def show_decision(self, decision: Decision | None, heading: str = "") -> None:
        """Show the decision of the chosen finding (None: no finding chosen)."""
        self._quiet = True
        try:
            enabled = decision is not None
            decision = decision or Decision()
            self._verdict = decision.verdict
            self.buttons[decision.verdict].setChecked(True)
            if self.note.toPlainText() != decision.note:  # never reset what is being typed
                self.note.setPlainText(decision.note)
                self.note.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on from there
            for widget in (*self.buttons.values(), self.note):
                widget.setEnabled(enabled)
            self.heading.setText(heading if enabled else "Choose a finding to review it")
        finally:
            self._quiet = False

    def decision(self) -> Decision:
        return Decision(self._verdict, self.note.toPlainText())

    def _choose(self, verdict: Verdict) -> None:
        self._verdict = verdict
        if not self._quiet:
            self.edited.emit(self.decision())

    def _typed(self) -> None:
        if not self._quiet:
            self.edited.emit(self.decision())
