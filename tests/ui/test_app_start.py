"""Start-up: one line and a non-zero exit without a display or a library Qt needs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from viewer.ui import app


def test_no_display_prints_one_line_and_exits_non_zero() -> None:
    """Regression: with no display the app aborted (exit 134) with Qt's own message."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "viewer"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("redline: cannot start the desktop app: no display")
    assert "redline compare" in done.stderr


def test_a_missing_library_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: Qt claimed libxcb-cursor0 was missing when libxcb-icccm4 was."""

    def missing(path: str) -> None:
        raise OSError(f"{path}: libxcb-icccm.so.4: cannot open shared object file: No such file")

    monkeypatch.setattr(app.ctypes, "CDLL", missing)
    problem = app.display_problem({"DISPLAY": ":0"}, "linux")
    assert problem is not None and "libxcb-icccm.so.4: cannot open shared object file" in problem
    assert "README" in problem and "libqxcb.so:" not in problem


def test_other_platforms_and_chosen_backends_are_left_to_qt() -> None:
    assert app.display_problem({}, "darwin") is None
    assert app.display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert app.display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
