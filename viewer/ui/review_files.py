"""File menu actions for reviews: save, save as, open, recent reviews, the question before
unsaved work is dropped, and recovery after a crash."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from viewer.export.atomic import ExportError
from viewer.export.review_file import SUFFIX, OpenedReview, ReviewFileError, read_review
from viewer.export.review_file import write_review as _write
from viewer.io.recheck import text_now
from viewer.ui.recovery import Orphan, orphans

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

__all__ = [
    "may_discard",
    "offer_recovery",
    "open_review",
    "open_review_dialog",
    "save",
    "save_as",
]

_FILTER = f"Redline review (*{SUFFIX})"


def save(window: MainWindow) -> bool:
    """File › Save Review (Ctrl+S): to the review's file, or ask for one."""
    path = window.reviewing.session.path
    return _save_to(window, path) if path is not None else save_as(window)


def save_as(window: MainWindow) -> bool:
    """File › Save Review As…: the dialog asks before replacing a file."""
    if window.reviewing.state() is None:
        QMessageBox.information(window, "Save review", "Open at least two versions first.")
        return False
    current = window.reviewing.session.path
    suggested = str(current) if current else f"review{SUFFIX}"
    chosen, _filter = QFileDialog.getSaveFileName(window, "Save review", suggested, _FILTER)
    if not chosen:
        return False
    path = Path(chosen)
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    return _save_to(window, path)


def _save_to(window: MainWindow, path: Path) -> bool:
    state = window.reviewing.state()
    if state is None:
        return False
    try:
        _write(path, state.documents, state.base, state.review, state.options, overwrite=True)
    except ExportError as error:
        QMessageBox.warning(window, "Review not saved", str(error))
        return False
    window.reviewing.session.saved(path)
    window.memory.add_recent_review(str(path))
    window.statusBar().showMessage(f"Review saved to {path}", 5000)
    return True


def may_discard(window: MainWindow, doing: str = "closing") -> bool:
    """Before unsaved review work would be dropped: save it, drop it, or stay."""
    session = window.reviewing.session
    if not session.is_unsaved():
        return True
    review = session.review
    notes = sum(1 for d in review.decisions.values() if d.note)
    what = (
        f"{len(review.decisions)} decision{'s' * (len(review.decisions) != 1)} "
        f"({notes} with a note), {len(review.links)} correction"
        f"{'s' * (len(review.links) != 1)} of the alignment"
    )
    name = session.path.name if session.path else "This review"
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Unsaved review",
        f"{name} has changes that are not saved: {what}. Save them before {doing}?",
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        window,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names are never markup
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return save(window)
    if answer == QMessageBox.StandardButton.Discard:
        session.drop_changes()
        return True
    return False


def open_review_dialog(window: MainWindow) -> None:
    """File › Open Review…"""
    chosen, _filter = QFileDialog.getOpenFileName(
        window, "Open review", "", f"{_FILTER};;All files (*)"
    )
    if chosen:
        open_review(window, chosen)


def open_review(window: MainWindow, path: str) -> bool:
    """Open a review: its saved versions, base, options, corrections, verdicts and notes.
    A bad file gets one clear message and changes nothing; versions whose files changed
    since are named (the saved texts are used)."""
    if not may_discard(window, "opening another review"):
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        opened = read_review(Path(path), text_now)
    except ReviewFileError as error:
        QGuiApplication.restoreOverrideCursor()
        _message(window, QMessageBox.Icon.Warning, "Cannot open the review", str(error))
        return False
    QGuiApplication.restoreOverrideCursor()
    window.memory.add_recent_review(path)
    show_review(window, opened, Path(path))
    if opened.warnings:
        _message(
            window,
            QMessageBox.Icon.Information,
            "Versions changed since the review was saved",
            "The review shows the texts as they were saved:\n\n" + "\n".join(opened.warnings),
        )
    return True


def show_review(
    window: MainWindow, opened: OpenedReview, path: Path | None, recovered: bool = False
) -> None:
    controller = window.reviewing
    controller.session.opened(opened.review, opened.options, path)
    controller.recovered = recovered
    window.compare_again(opened.documents, opened.base)


def _message(window: MainWindow, icon: QMessageBox.Icon, title: str, text: str) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, window)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and texts are never markup
    box.exec()


def _set_aside(window: MainWindow, orphan: Orphan, problem: str) -> None:
    """A recovery copy that cannot be read is kept aside and the user told where."""
    try:
        where = f"It was kept as {orphan.set_aside()}"
    except OSError as error:
        where = f"It could not be moved aside ({error.strerror or error}) and stays where it is"
    _message(
        window,
        QMessageBox.Icon.Warning,
        "Recovery copy unreadable",
        f"Redline kept a recovery copy of a review that it cannot read: {problem}\n\n"
        f"{where}; it is not offered again.",
    )


def offer_recovery(window: MainWindow) -> bool:
    """At start: a review left unsaved by a window that did not close cleanly is offered
    back (newest first); True when one was opened."""
    for orphan in orphans(window.reviewing.session.recovery.folder):
        try:
            opened = read_review(orphan.file)
        except ReviewFileError as error:
            _set_aside(window, orphan, str(error))
            continue
        labels = ", ".join(d.label for d in opened.documents)
        of = f" of {orphan.origin}" if orphan.origin else ""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Recover review",
            f"Redline did not close normally. A review{of} with unsaved changes was kept "
            f"({orphan.when:%Y-%m-%d %H:%M}; versions {labels}; "
            f"{len(opened.review.decisions)} decisions, {len(opened.review.links)} "
            "corrections). Recover it? (Cancel keeps it for the next start.)",
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Cancel:
            continue
        orphan.discard()
        if answer == QMessageBox.StandardButton.Yes:
            origin = Path(orphan.origin) if orphan.origin else None
            show_review(window, opened, origin, recovered=True)
            return True
    return False
