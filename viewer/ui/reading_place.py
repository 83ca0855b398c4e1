"""Keeps the reader's place when side panels come and go (F9, a dock closed or opened).

A panel shown or hidden changes the panes' width, the text wraps anew and Qt's scroll value
no longer points at the same words: F9 twice took both panes back to the top. The place is
taken when the first panel changes and given back once the layout has settled.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDockWidget

from viewer.ui.text_pane import TextPane

__all__ = ["PlaceKeeper"]


class PlaceKeeper(QObject):
    """``chosen`` brings the chosen finding back (False: none is chosen); otherwise the
    words at the reading line of ``pane()`` are brought back there."""

    def __init__(
        self, parent: QObject, pane: Callable[[], TextPane], chosen: Callable[[], bool]
    ) -> None:
        super().__init__(parent)
        self._pane, self._chosen = pane, chosen
        self._place: tuple[int, int] | None = None  # (text position, viewport height)
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._give_back)

    def watch(self, docks: Iterable[QDockWidget]) -> None:
        for dock in docks:
            dock.visibilityChanged.connect(lambda _shown: self.take())

    def take(self) -> None:
        """Remember the place before the layout changes (once per round of changes)."""
        if self._pending:
            return
        self._pending = True
        pane = self._pane()
        line = int(pane.viewport().height() * 0.3)
        scrolled = pane.verticalScrollBar().value() > 0
        self._place = (pane.position_at(line), line) if scrolled else None
        self._timer.start()

    def _give_back(self) -> None:
        self._pending = False
        if self._chosen():
            return
        if self._place is not None:
            position, line = self._place
            self._pane().scroll_to(position, line)
