"""GUI tests run offscreen, with settings in a temporary INI file (never the user's)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget
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
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        if paths:
            open_and_wait(qtbot, window, paths)
        return window

    yield make
    for window in windows:
        window.close()


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
