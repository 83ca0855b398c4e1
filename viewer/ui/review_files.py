"""File menu actions for reviews: save, save as, open, recent reviews, the question before
unsaved work is dropped, and recovery after a crash."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from viewer.export.atomic import ExportError, remove_strays
from viewer.export.review_file import SUFFIX, OpenedReview, ReviewFileError, read_review
from viewer.export.review_file import write_review as _write
from viewer.ui.recovery import Orphan, orphans
from viewer.ui.review_session import disk_stamp

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

__all__ = [
    "may_discard",
    "message",
    "offer_recovery",
    "save",
    "save_as",
    "show_review",
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
    if path == window.reviewing.session.path and not _may_replace(window, path):
        return False
    try:
        _write(path, state.documents, state.base, state.review, state.options, overwrite=True)
    except ExportError as error:
        QMessageBox.warning(window, "Review not saved", str(error))
        return False
    window.reviewing.session.saved(path)
    remove_strays(path.parent)  # temporary files left by a save that was killed
    window.memory.add_recent_review(str(path))
    window.statusBar().showMessage(f"Review saved to {path}", 5000)
    return True


def _may_replace(window: MainWindow, path: Path) -> bool:
    """Before Save writes over the review's file: if another window or program wrote it
    since this window read or wrote it, the user chooses to reload it, save under another
    name or overwrite it (the last one to save no longer wins without a word)."""
    stamp = window.reviewing.session.stamp
    if stamp is None or disk_stamp(path) in (stamp, None):
        return True
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Review changed on disk",
        f"{path} was changed on disk since this window opened or saved it (by another "
        "window or program). Reload it (the changes made here are dropped), save this "
        "review under another name, or overwrite the file?",
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    reload = box.addButton("Reload", QMessageBox.ButtonRole.DestructiveRole)
    save_elsewhere = box.addButton("Save As…", QMessageBox.ButtonRole.AcceptRole)
    overwrite = box.addButton("Overwrite", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_elsewhere)
    box.exec()
    clicked = box.clickedButton()
    if clicked is reload:
        window.reviewing.session.drop_changes()
        window.open_paths([str(path)])
    elif clicked is save_elsewhere:
        save_as(window)
    return clicked is overwrite


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


def show_review(
    window: MainWindow, opened: OpenedReview, path: Path | None, recovered: bool = False
) -> None:
    controller = window.reviewing
    controller.session.opened(opened.review, opened.options, path)
    controller.recovered = recovered
    window.compare_again(opened.documents, opened.base)


def message(window: MainWindow, icon: QMessageBox.Icon, title: str, text: str) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, window)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and texts are never markup
    box.exec()


def _set_aside(window: MainWindow, orphan: Orphan, problem: str) -> None:
    """A recovery copy that cannot be read is kept aside and the user told where."""
    try:
        where = f"It was kept as {orphan.set_aside()}"
    except OSError as error:
        where = f"It could not be moved aside ({error.strerror or error}) and stays where it is"
    message(
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
