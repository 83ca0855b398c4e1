"""Opening a review off the GUI thread: reading the file and checking each version's file on
disk (a slow PDF is read again to compare) while the window goes on; opening something else
or closing the window cancels it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from viewer.core.checks import Check
from viewer.export.atomic import remove_strays
from viewer.export.review_file import SUFFIX, OpenedReview, ReviewFileError, read_review
from viewer.io.errors import LoadCancelled
from viewer.io.recheck import text_now
from viewer.ui.jobs import Job, start_kept
from viewer.ui.review_files import may_discard, message, show_review
from viewer.ui.review_session import Stamp, disk_stamp

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

__all__ = ["ReviewOpenJob", "open_review", "open_review_dialog", "stop_opening"]


class ReviewOpenJob(Job):
    """Reads a review file and checks its versions' files; ``done`` carries the
    ``OpenedReview`` (or the ``ReviewFileError``) and the file's stamp as it was read."""

    done = Signal(object, object)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._stop = threading.Event()  # handed to the loads that check the versions

    def cancel(self) -> None:
        super().cancel()
        self._stop.set()

    def run(self) -> None:
        stamp = disk_stamp(self.path)  # before reading: a write meanwhile is seen at Save
        found = self._attempt(self._read)
        if found is not None:
            self.done.emit(found, stamp)

    def _read(self, check: Check) -> OpenedReview | ReviewFileError:
        def current(source: str) -> str | None:
            check()
            try:
                return text_now(source, self._stop)
            except LoadCancelled:
                check()
                return None

        try:
            return read_review(self.path, current)
        except ReviewFileError as error:
            return error


def open_review_dialog(window: MainWindow) -> None:
    """File › Open Review…"""
    chosen, _filter = QFileDialog.getOpenFileName(
        window, "Open review", "", f"Redline review (*{SUFFIX});;All files (*)"
    )
    if chosen:
        open_review(window, chosen)


def open_review(window: MainWindow, path: str) -> bool:
    """Open a review: its saved versions, base, options, corrections, verdicts and notes.
    The file is read and the versions' files checked in the background; a bad file gets one
    clear message and changes nothing; versions whose files changed since are named (the
    saved texts are used). False when the user chose to keep unsaved work instead."""
    if not may_discard(window, "opening another review"):
        return False
    controller = window.reviewing
    stop_opening(window)
    job = ReviewOpenJob(Path(path))
    controller.opening = job
    job.done.connect(lambda found, stamp: _arrived(window, job, found, stamp))
    job.failed.connect(lambda problem: _arrived(window, job, ReviewFileError(problem), None))
    window.progress.setRange(0, 0)  # busy: the checks take as long as the files take
    window.progress.show()
    window.statusBar().showMessage(f"Opening {Path(path).name}: checking the versions' files…")
    start_kept(job, controller.opening_jobs)
    return True


def stop_opening(window: MainWindow) -> None:
    """Cancel a review being opened (another is opened, or the window closes)."""
    controller = window.reviewing
    controller.opening = None
    for job in controller.opening_jobs:
        job.cancel()


def _arrived(window: MainWindow, job: ReviewOpenJob, found: object, stamp: Stamp | None) -> None:
    controller = window.reviewing
    if job is not controller.opening:
        return  # cancelled meanwhile
    controller.opening = None
    window.progress.setRange(0, 1)
    window.progress.hide()
    window.statusBar().clearMessage()
    if isinstance(found, ReviewFileError):
        message(window, QMessageBox.Icon.Warning, "Cannot open the review", str(found))
        return
    if not isinstance(found, OpenedReview):
        return
    # Work done while the file was read is not dropped without asking either.
    if not may_discard(window, "opening the review"):
        return
    window.memory.add_recent_review(str(job.path))
    remove_strays(job.path.parent)  # temporary files left by a save that was killed
    show_review(window, found, job.path)
    controller.session.stamp = stamp
    if found.warnings:
        message(
            window,
            QMessageBox.Icon.Information,
            "Versions changed since the review was saved",
            "The review shows the texts as they were saved:\n\n" + "\n".join(found.warnings),
        )
