"""GUI tests run offscreen, with settings in a temporary INI file (never the user's)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget, QMessageBox
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


def demo_files() -> list[str]:
    return [str(p) for p in sorted(DEMO.glob("*.txt"))]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "redline.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot: QtBot, settings: QSettings) -> Iterator[Callable[..., MainWindow]]:
    """A shown window, optionally opened on ``paths`` and waited for."""
    windows: list[MainWindow] = []

    def make(paths: list[str] | None = None) -> MainWindow:
        window = MainWindow(settings)
        # Review work left unsaved by a test is dropped, as "Discard" does, without asking.
        qtbot.addWidget(window, before_close_func=lambda w: w.reviewing.session.drop_changes())
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        if paths:
            open_and_wait(qtbot, window, paths)
        return window

    yield make
    for window in windows:
        window.reviewing.session.drop_changes()
        window.close()


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box that a test did not expect would wait for a click for ever: it is
    answered "Discard" (or its default) and its text kept here instead."""
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Discard)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


def open_and_wait(qtbot: QtBot, window: MainWindow, paths: list[str]) -> None:
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.open_paths(paths)


def rebase_and_wait(qtbot: QtBot, window: MainWindow, index: int) -> None:
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.set_base(index)


def seed_files() -> list[str]:
    """The five seeds, base 001 first (skips the test when they are absent)."""
    from tests.conftest import seed_path

    return [str(seed_path(p)) for p in ("001", "000", "002", "003", "004")]


def side_docks(window: MainWindow) -> list[QDockWidget]:
    """The side panels shown from the start (the claims table is opened on demand)."""
    return [d for d in window.findChildren(QDockWidget) if d is not window.reviewing.claims_dock]


def show_everything(window: MainWindow) -> None:
    """Cosmetic differences and boilerplate shown (both are hidden by default)."""
    if window.visibility.hide_cosmetic:
        window.actions_.hide_cosmetic.trigger()
    if window.visibility.hide_boilerplate:
        window.actions_.hide_boilerplate.trigger()


# Two short versions for review tests: a changed day, a sentence the engine cannot link
# (reworded beyond recognition), a changed figure.
BUS_BASE = (
    "The council approved the budget on Monday.\n\n"
    "Residents had asked for more buses on the night routes.\n\n"
    "The mayor said 40 buses would be added by June."
)
BUS_OTHER = (
    "The council approved the budget on Tuesday.\n\n"
    "Commuters wanted extra late-night transport.\n\n"
    "The mayor said 14 buses would be added by June."
)


def bus_files(tmp_path: Path) -> list[str]:
    """The two bus versions written to files (base first)."""
    paths = []
    for name, text in (("wire.txt", BUS_BASE), ("outlet.txt", BUS_OTHER)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def select_in(pane: object, text: str, sentence: str) -> None:
    """Select ``sentence`` in a pane, as a drag with the mouse does."""
    start = text.index(sentence)
    pane.select(start, start + len(sentence))  # type: ignore[attr-defined]
