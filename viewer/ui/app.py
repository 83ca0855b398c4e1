"""Starts the desktop app: ``redline FILE …`` or, with no files, the bundled demo articles."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from viewer.ui.jobs import running_jobs

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

__all__ = ["open_window", "run_app"]


def open_window(args: list[str], settings: QSettings | None = None) -> MainWindow:
    """Show a window opening ``args`` as versions, or the demo articles when there are none."""
    from viewer.cli.main import demo_paths
    from viewer.ui.main_window import MainWindow

    window = MainWindow(settings)
    window.show()
    window.open_paths(args or [str(p) for p in demo_paths()])
    return window


def run_app(args: list[str]) -> int:
    """Run the app until its window closes; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Redline")
    app.setOrganizationName("Redline")
    window = open_window(args)
    code = QApplication.exec()
    if running_jobs():
        # A job did not stop when the window closed: destroying its running thread would
        # abort ("QThread: Destroyed while thread is still running"); end the process instead.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(int(code))
    del window
    return int(code)
