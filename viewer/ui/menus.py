"""The window's menus, toolbar and shortcuts, each wired to one MainWindow method."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

__all__ = ["WindowActions", "build_menus"]


@dataclass(frozen=True, slots=True)
class WindowActions:
    """The actions tests and other widgets need to reach."""

    open: QAction
    hide_cosmetic: QAction
    all_versions: QAction
    next_finding: QAction
    previous_finding: QAction
    recent: QMenu
    export: QAction


_Keys = list[QKeySequence | QKeySequence.StandardKey | str]


def _action(window: MainWindow, text: str, keys: _Keys, slot: Callable[[], object]) -> QAction:
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work whichever widget has the focus
    return action


def build_menus(window: MainWindow) -> WindowActions:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    open_action = _action(window, "&Open…", [QKeySequence.StandardKey.Open], window.choose_files)
    file_menu.addAction(open_action)
    file_menu.addAction(_action(window, "Open &URL…", ["Ctrl+Shift+O"], window.choose_url))
    recent = file_menu.addMenu("Open &Recent")
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    export = _action(window, "&Export HTML…", ["Ctrl+E"], window.export_html)
    file_menu.addAction(export)
    file_menu.addSeparator()
    file_menu.addAction(_action(window, "&Quit", [QKeySequence.StandardKey.Quit], window.close))

    view = bar.addMenu("&View")
    hide = _action(window, "Hide &cosmetic differences", ["Ctrl+Shift+H"], lambda: None)
    hide.setCheckable(True)
    hide.toggled.connect(window.set_hide_cosmetic)
    every = _action(window, "&All versions", ["Ctrl+Shift+A"], lambda: None)
    every.setCheckable(True)
    every.toggled.connect(window.set_all_versions)
    view.addAction(hide)
    view.addAction(every)
    view.addSeparator()
    view.addAction(_action(window, "Zoom &in", ["Ctrl+=", "Ctrl++"], lambda: window.zoom(1)))
    view.addAction(_action(window, "Zoom &out", ["Ctrl+-"], lambda: window.zoom(-1)))
    view.addAction(_action(window, "&Find…", [QKeySequence.StandardKey.Find], window.find_bar.open))

    go = bar.addMenu("&Go")
    nxt = _action(window, "&Next finding", ["F7", "Alt+Down"], lambda: window.step_finding(True))
    prev = _action(
        window, "&Previous finding", ["Shift+F7", "Alt+Up"], lambda: window.step_finding(False)
    )
    go.addAction(nxt)
    go.addAction(prev)
    go.addSeparator()
    go.addAction(_action(window, "Next &version", ["Ctrl+PgDown"], lambda: window.step_version(1)))
    go.addAction(
        _action(window, "Previous v&ersion", ["Ctrl+PgUp"], lambda: window.step_version(-1))
    )

    tools = window.addToolBar("Main")
    tools.setObjectName("MainToolbar")
    for action in (open_action, hide, every, prev, nxt):
        tools.addAction(action)
    return WindowActions(open_action, hide, every, nxt, prev, recent, export)


def _fill_recent(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    recent = window.memory.recent()
    if not recent:
        menu.addAction("(none)").setEnabled(False)
    for path in recent:
        action = menu.addAction(path)
        action.triggered.connect(lambda _checked=False, p=path: window.open_paths([p]))
