"""Find (Ctrl+F) in every pane shown, from the one with the focus on, and say which pane."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from viewer.ui.plain_pane import PlainPane

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

__all__ = ["FindBar", "Searched", "panes_shown"]

Searched = Sequence[tuple[str, PlainPane]]  # each pane shown, named, in reading order


class FindBar(QWidget):
    """A line to type in; Enter finds the next match, Shift+Enter the previous, Esc closes.
    A search runs on through the other panes shown ("Boichenko" is found in the version's
    pane when the base lacks it) and the status says in which pane the match is."""

    def __init__(
        self,
        targets: Callable[[], Searched],
        focused: Callable[[], PlainPane | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._targets, self._focused = targets, focused
        self._pane: PlainPane | None = None  # where the last match is (or the search began)
        self.field = QLineEdit()
        self.field.setPlaceholderText("Find in the texts shown")
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
        self._pane = self._focused()
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def find_text(self, forward: bool = True) -> bool:
        """Select the next match, in this pane or the next ones shown, wrapping round;
        returns whether there was one."""
        text = self.field.text()
        targets = list(self._targets())
        if not text or not targets:
            return False
        panes = [pane for _name, pane in targets]
        start = panes.index(self._pane) if self._pane in panes else 0
        order = [(start + step * (1 if forward else -1)) % len(panes) for step in range(len(panes))]
        flags = QTextDocument.FindFlag(0) if forward else QTextDocument.FindFlag.FindBackward
        for turn, k in enumerate([*order, start]):
            pane = panes[k]
            if turn:  # another pane, or this one again from its other end
                cursor = pane.textCursor()
                cursor.movePosition(
                    QTextCursor.MoveOperation.Start if forward else QTextCursor.MoveOperation.End
                )
                pane.setTextCursor(cursor)
            if pane.find(text, flags):
                for other in panes:  # the match is in one pane: no stale one elsewhere
                    if other is not pane:
                        other.clear_selection()
                self._pane = pane
                self.status.setText(self._where(text, targets, pane))
                return True
        self.status.setText(f"not found in {_names(targets)}")
        return False

    @staticmethod
    def _where(text: str, targets: Searched, found: PlainPane) -> str:
        """ "in 003.txt · 2 in 003.txt, 0 in the base": the pane of the match, and how many
        matches each pane shown holds."""
        needle = text.casefold()
        counts = [f"{pane.text().casefold().count(needle)} in {name}" for name, pane in targets]
        name = next(name for name, pane in targets if pane is found)
        return f"in {name} · {', '.join(counts)}"


def _names(targets: Searched) -> str:
    return " or ".join(name for name, _pane in targets)


def panes_shown(window: MainWindow) -> list[tuple[str, PlainPane]]:
    """The panes Find searches, named, in reading order: those of the view shown."""
    from viewer.ui.main_window import ViewMode

    comparison = window.comparison
    if comparison is None:
        return [("the text", window.pair_view.base_pane)]
    if window.mode is ViewMode.INLINE:
        return [("the inline view", window.inline_view.pane)]
    if window.mode is ViewMode.ALL:
        shown = window.all_view.visible_panes()
        order = [comparison.base] + [p.other for p in comparison.pairs]
        panes = [(k, window.all_view.pane_of(k)) for k in order]
        return [(comparison.documents[k].label, p) for k, p in panes if p in shown and p]
    base = comparison.documents[comparison.base].label
    found: list[tuple[str, PlainPane]] = [(f"the base ({base})", window.pair_view.base_pane)]
    if window.current is not None:
        label = comparison.documents[window.current].label
        found.append((label, window.pair_view.other_pane))
    return found
