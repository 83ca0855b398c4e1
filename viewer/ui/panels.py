"""The side panels (docks) of the window: set out, stepped aside, hidden and brought back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

__all__ = ["Panels"]


class Panels:
    """Versions and the heat map along the top, findings on the right: the two panes keep
    most of the width (at 1600 px, over 60 characters a line each)."""

    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self._aside: list[QDockWidget] = []  # stepped aside for the all-versions view
        self._hidden: list[QDockWidget] = []  # hidden with F9

    def add(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self._window)
        dock.setObjectName(f"{name}Dock")
        dock.setWidget(widget)
        self._window.addDockWidget(area, dock)
        return dock

    def docks(self) -> list[QDockWidget]:
        return self._window.findChildren(QDockWidget)

    def size(self, versions: QDockWidget, overview: QDockWidget, findings: QDockWidget) -> None:
        """The first layout; a remembered one replaces it."""
        window = self._window
        window.resizeDocks(
            [versions, overview], [window.width() - 740, 320], Qt.Orientation.Horizontal
        )
        window.resizeDocks([versions], [170], Qt.Orientation.Vertical)
        window.resizeDocks([findings], [410], Qt.Orientation.Horizontal)

    def step_aside(self) -> None:
        """All versions as columns: the panels make room so that five or more fit."""
        self._aside = [d for d in self.docks() if d.isVisible()]
        for dock in self._aside:
            dock.hide()

    def come_back(self) -> None:
        for dock in self._aside:
            dock.show()
        self._aside = []

    def toggle(self) -> None:
        """F9: hide every panel shown, or bring back the ones hidden."""
        shown = [d for d in self.docks() if d.isVisible()]
        if shown:
            self._hidden = shown
            for dock in shown:
                dock.hide()
        else:
            for dock in self._hidden or self.docks():
                dock.show()
