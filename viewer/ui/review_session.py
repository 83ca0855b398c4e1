"""The review being worked on: its value, its file, whether it is saved, and its autosave."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from viewer.core.options import CompareOptions
from viewer.core.review import Review
from viewer.core.review_history import ReviewHistory
from viewer.core.reviewing import ReviewState, unsaved
from viewer.ui.recovery import Recovery

__all__ = ["AUTOSAVE_MS", "ReviewSession", "Stamp", "disk_stamp"]

AUTOSAVE_MS = 4000  # a recovery copy at most this long after a change
Stamp = tuple[int, int, int]  # a file's change time, size and inode: another write changes it


def disk_stamp(path: Path) -> Stamp | None:
    """What tells whether ``path`` was written since (None when it cannot be read)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_mtime_ns, info.st_size, info.st_ino


class ReviewSession(QObject):
    """Holds the Review value (every change replaces it) and the file it was saved to.

    ``state()`` (given by the window) is what Save would write; the session compares it
    with what was last saved or opened to say whether there are unsaved changes, and writes
    a recovery copy a few seconds after each change.
    """

    changed = Signal()  # the review, its file or its saved state changed

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.review = Review()
        self.history = ReviewHistory()  # undo and redo of the changes made here
        self.options = CompareOptions()
        self.path: Path | None = None
        self.stamp: Stamp | None = None  # the file as this window last read or wrote it
        self.state: Callable[[], ReviewState | None] = lambda: None
        self._saved: ReviewState | None = None
        self._saved_pending = False  # the saved state is taken when the comparison arrives
        self.recovery = Recovery(data_dir / "recovery")
        self.autosave_problem: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.autosave)

    def set_review(self, review: Review, what: object = None) -> None:
        """The user changed the review; ``what`` names a change that the next one may
        continue as the same undo step (a note being typed)."""
        if review != self.review:
            self.history = self.history.changed(self.review, what)
            self.review = review
            self.touch()

    def undo(self) -> bool:
        """Back to the review before the newest change; False when there is none."""
        self.history, review = self.history.undo(self.review)
        return self._went_to(review)

    def redo(self) -> bool:
        """Forward to the review last undone; False when there is none."""
        self.history, review = self.history.redo(self.review)
        return self._went_to(review)

    def forget_history(self) -> None:
        """Nothing before now can be undone (the base changed: corrections made against the
        old one would come back against the new)."""
        self.history = ReviewHistory()

    def _went_to(self, review: Review) -> bool:
        if review is self.review:
            return False
        self.review = review
        self.touch()
        return True

    def touch(self) -> None:
        """Something Save would write may have changed (review, versions, base)."""
        if self._saved_pending:
            return
        if self.is_unsaved():
            if not self._timer.isActive():  # not restarted: typing still autosaves
                self._timer.start()
        elif self.recovery.exists():
            self.recovery.discard()
        self.changed.emit()

    def is_unsaved(self) -> bool:
        return not self._saved_pending and unsaved(self.state(), self._saved)

    def opened(self, review: Review, options: CompareOptions, path: Path | None) -> None:
        """A review was opened (or recovered, then ``path`` is its file if it had one): what
        the comparison shows next is its saved state."""
        self.review, self.options, self.path = review, options, path
        self.stamp = None  # set by whoever read the file, as it was when read
        self.history = ReviewHistory()  # the changes before opening are not this review's
        self._saved = None
        self._saved_pending = True
        self.changed.emit()

    def comparison_arrived(self, recovered: bool = False) -> None:
        """The opened review's comparison is shown: that is the state saved on disk (for a
        recovered review, nothing is saved yet)."""
        if self._saved_pending:
            self._saved_pending = False
            self._saved = None if recovered else self.state()
        self.touch()

    def saved(self, path: Path) -> None:
        """Save wrote the state to ``path``."""
        self.path = path
        self.stamp = disk_stamp(path)
        self._now_saved()

    def drop_changes(self) -> None:
        """The user chose to drop the unsaved work: the state shown counts as saved."""
        self._saved_pending = False
        self._now_saved()

    def _now_saved(self) -> None:
        self._saved = self.state()
        self._timer.stop()
        self.recovery.discard()
        self.changed.emit()

    def autosave(self) -> None:
        """Write the recovery copy; a problem (full disk, read-only folder, a review too
        large to be read back) is kept in ``autosave_problem`` and told (``changed``), so the
        user never believes they are protected when they are not."""
        state = self.state()
        if state is None or not self.is_unsaved():
            return
        problem = self.recovery.write(state, str(self.path or ""))
        if problem != self.autosave_problem:
            self.autosave_problem = problem
            self.changed.emit()

    def close(self) -> None:
        """The window closes cleanly: the recovery copy goes."""
        self._timer.stop()
        self.recovery.discard()
