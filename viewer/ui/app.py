"""Starts the desktop app: ``redline FILE …`` or, with no files, the bundled demo articles."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from viewer.ui.main_window import MainWindow

__all__ = ["display_problem", "open_window", "run_app"]

_HINT = 'see "Set up on a fresh machine" in the README for the system libraries Qt needs'


def display_problem(
    environ: Mapping[str, str] = os.environ, platform: str = sys.platform
) -> str | None:
    """Why Qt could not open a window here, in one line, or None. Qt itself aborts the
    process (exit 134) with a message that can name the wrong library."""
    if not platform.startswith("linux"):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen and not chosen.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs...: the user chose what they need
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return (
            "cannot start the desktop app: no display (DISPLAY and WAYLAND_DISPLAY are not "
            "set); `redline compare` and `redline export` work without one"
        )
    if environ.get("WAYLAND_DISPLAY") and not chosen.startswith("xcb"):
        return None
    missing = _xcb_plugin_problem()
    if missing:
        return f"cannot start the desktop app: Qt's X11 plugin cannot load: {missing} ({_HINT})"
    return None


def _xcb_plugin_problem() -> str | None:
    """The loader's own message (naming the missing library) if Qt's xcb plugin will not load."""
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    plugin = folder / "libqxcb.so"
    if not plugin.is_file():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        return str(error).replace(f"{plugin}: ", "")
    return None


def open_window(args: list[str], settings: QSettings | None = None) -> MainWindow:
    """Show a window opening ``args`` as versions (or a review), or the demo articles when
    there are none; a review recovered after a crash is offered first."""
    from viewer.cli.main import demo_paths
    from viewer.ui.main_window import MainWindow
    from viewer.ui.review_files import offer_recovery

    window = MainWindow(settings)
    window.show()
    if not offer_recovery(window):  # a review left unsaved by a crash comes first
        window.open_paths(args or [str(p) for p in demo_paths()])
    return window


def run_app(args: list[str]) -> int:
    """Run the app until its window closes; returns the exit code."""
    problem = display_problem()
    if problem:
        print(f"redline: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from viewer.ui.icon import APP_ID, app_icon

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Redline")
    app.setOrganizationName("Redline")
    QApplication.setDesktopFileName(APP_ID)  # the taskbar finds the icon of the desktop entry
    QApplication.setWindowIcon(app_icon())
    window = open_window(args)
    code = QApplication.exec()
    from viewer.ui.jobs import running_jobs

    if running_jobs():
        # A job did not stop when the window closed: destroying its running thread would
        # abort ("QThread: Destroyed while thread is still running"); end the process instead.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(int(code))
    del window
    return int(code)
