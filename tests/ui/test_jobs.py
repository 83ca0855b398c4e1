"""Closing the window during a long load (issue 12): the job stops, the app exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.hostile import pdf_fragments
from benchmarks.hostile_server import serving_hostile
from tests.ui.conftest import demo_files
from viewer.ui.jobs import running_jobs
from viewer.ui.main_window import MainWindow

Maker = Callable[..., MainWindow]
ROOT = Path(__file__).resolve().parents[2]
_DRIVER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from viewer.ui.app import run_app
app = QApplication(sys.argv[:1])
QTimer.singleShot(1500, lambda: [w.close() for w in app.topLevelWidgets() if w.isWindow()])
sys.exit(run_app(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def hostile() -> Iterator[str]:
    with serving_hostile() as url:
        yield url


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


def close_while_loading(qtbot: QtBot, window: MainWindow, paths: list[str]) -> None:
    window.open_paths(paths)
    job = window._job
    assert job is not None
    qtbot.waitUntil(job.isRunning)
    qtbot.wait(700)  # well into the load: the fetch or the worker process is under way
    assert job.isRunning()
    window.close()
    # close() waits for the job a bounded time; a job that ignored cancel would be a stray.
    assert running_jobs() == 0
    assert job.isFinished()


def test_closing_during_a_dripping_fetch(make_window: Maker, qtbot: QtBot, hostile: str) -> None:
    """Regression (issue 12): quitting during a load longer than 5 s (here a server dripping
    its page for minutes) ended in "QThread: Destroyed while thread is still running"."""
    close_while_loading(qtbot, make_window(), [demo_files()[0], hostile + "/drip-body"])


def test_closing_while_a_worker_reads_a_large_pdf(
    make_window: Maker, qtbot: QtBot, tmp_path: Path
) -> None:
    """The worker process reading the PDF (several seconds of pypdf) is killed on closing."""
    path = tmp_path / "dense.pdf"
    path.write_bytes(pdf_fragments(95_000, compress=False))
    close_while_loading(qtbot, make_window(), [demo_files()[0], str(path)])


def test_the_app_exits_cleanly_when_closed_during_a_load(hostile: str, tmp_path: Path) -> None:
    """End to end: the real app, closed 1.5 s into a load that would last minutes, exits with
    code 0 and no Qt abort."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),  # never the user's settings
        "HOME": str(tmp_path),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER, demo_files()[0], hostile + "/drip-chunked"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,  # a hang guard only: the app should be gone about 2 s after it started
        check=False,
    )
    assert "QThread" not in done.stderr
    assert done.returncode == 0, done.stderr
