"""Closing the window during a long load (issue 12): the job stops, the app exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from benchmarks.hostile import article_html, pdf_fragments, sentence
from tests.ui.conftest import demo_files, open_and_wait
from viewer.ui import jobs
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


pytestmark = pytest.mark.usefixtures("no_proxy")


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


def test_a_page_with_a_bogus_charset_opens_with_the_others(
    make_window: Maker, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression (issue 12): <meta charset=rot13> made the whole open request fail in the app,
    good files included."""
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    page = tmp_path / "page.html"
    page.write_bytes(
        article_html("".join(f"<p>{sentence(i)}</p>" for i in range(8))).replace(
            b"charset='utf-8'", b"charset='rot13'"
        )
    )
    window = make_window()
    open_and_wait(qtbot, window, [demo_files()[0], str(page)])
    assert warnings == []
    assert [d.path for d in window.documents] == [demo_files()[0], str(page)]


def test_a_reader_bug_loses_only_its_own_file(
    make_window: Maker, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    files = demo_files()
    real = jobs.load_document

    def load(path: str, **kwargs: object) -> object:
        if path == files[1]:
            raise RuntimeError("a bug")
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(jobs, "load_document", load)
    window = make_window()
    open_and_wait(qtbot, window, files[:3])
    assert [d.path for d in window.documents] == [files[0], files[2]]
    assert warnings and f"{files[1]}: cannot read it (RuntimeError)" in warnings[0]


def test_a_stray_deleted_by_qt_counts_as_stopped(qtbot: QtBot) -> None:
    """A job kept as a stray that then finished and was deleted by its owner (deleteLater)
    must not make the app's exit check raise "Internal C++ object already deleted"."""
    released = threading.Event()

    class Slow(jobs.Job):
        def run(self) -> None:
            released.wait(10)

    job = Slow()
    job.start()
    assert not jobs.stop_jobs([job], 0.05)  # still running: kept as a stray
    assert running_jobs() == 1
    with qtbot.waitSignal(job.finished, timeout=10000):
        released.set()
    shiboken6.delete(job)  # what deleteLater does once the owner let it go
    assert running_jobs() == 0
    assert jobs.stop_jobs([]) and not jobs._STRAYS
