"""Recovery copies of the review: written every few seconds of change, offered back after a
crash, removed after a clean save or close.

Each window writes ``<id>.redline`` (the review file format) into the recovery folder, with
``<id>.origin`` naming the review file it is a copy of, and holds ``<id>.lock`` while it
runs. A copy whose lock is free (its process ended without removing it) is an orphan. A copy
that cannot be read is moved into ``unreadable/`` and reported, never deleted; temporary files
left by a write that was killed are removed at start.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile

from viewer.core.reviewing import ReviewState
from viewer.export.atomic import ExportError, remove_strays, write_atomic
from viewer.export.review_file import write_review

__all__ = ["Orphan", "Recovery", "orphans"]


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale only when its process is gone, however old
    return lock


class Recovery:
    """The recovery copy of one window's review."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.name = uuid.uuid4().hex
        self._lock: QLockFile | None = None

    @property
    def file(self) -> Path:
        return self.folder / f"{self.name}.redline"

    def write(self, state: ReviewState, origin: str) -> str | None:
        """Write the copy atomically; returns the problem in one line, or None."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if self._lock is None:
                lock = _lock(self.folder / f"{self.name}.lock")
                if not lock.tryLock(0):
                    return f"{self.folder}: cannot lock the recovery file"
                self._lock = lock
            write_atomic(self.folder / f"{self.name}.origin", origin, overwrite=True)
            write_review(self.file, state.documents, state.base, state.review, state.options)
        except (ExportError, OSError) as error:
            return str(error)
        return None

    def discard(self) -> None:
        """Remove the copy (after a clean save or close)."""
        for suffix in (".redline", ".origin"):
            with contextlib.suppress(OSError):
                (self.folder / f"{self.name}{suffix}").unlink()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def exists(self) -> bool:
        return self.file.is_file()


@dataclass(frozen=True, slots=True)
class Orphan:
    """A recovery copy left by a window that did not close cleanly."""

    file: Path
    origin: str  # the review file it copies ("" for a review never saved)
    when: datetime  # when it was last written (local time)

    def discard(self) -> None:
        for path in (self.file, self.file.with_suffix(".origin"), self.file.with_suffix(".lock")):
            with contextlib.suppress(OSError):
                path.unlink()

    def set_aside(self) -> Path:
        """Move a copy that cannot be read into ``unreadable/`` beside it (never deleted: it
        may be someone's only copy of their work, for a later Redline or a person to read);
        returns where it is now. It is no longer offered at start."""
        aside = self.file.parent / "unreadable"
        aside.mkdir(exist_ok=True)
        target = aside / self.file.name
        os.replace(self.file, target)
        with contextlib.suppress(OSError):
            os.replace(self.file.with_suffix(".origin"), target.with_suffix(".origin"))
        with contextlib.suppress(OSError):
            self.file.with_suffix(".lock").unlink()
        return target


def orphans(folder: Path) -> list[Orphan]:
    """Recovery copies whose window is gone, newest first (temporary files left by a copy
    being written when its process was killed are removed first)."""
    remove_strays(folder)
    found = []
    for file in folder.glob("*.redline") if folder.is_dir() else ():
        lock = _lock(file.with_suffix(".lock"))
        if not lock.tryLock(0):
            continue  # its window is still open (in this process or another)
        lock.unlock()
        try:
            origin = file.with_suffix(".origin").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            origin = ""
        with contextlib.suppress(OSError):
            found.append(Orphan(file, origin, datetime.fromtimestamp(file.stat().st_mtime)))
    return sorted(found, key=lambda o: o.when, reverse=True)
