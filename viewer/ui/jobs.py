"""Loading and comparing off the GUI thread, with progress and cancellation.

A job can be stopped at any time: loads check a cancel flag every few hundredths of a
second (a fetch is cut, a worker process reading a page or PDF is killed), and so does the
comparison through its progress callback. ``stop_jobs`` is what the window calls on closing.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QDeadlineTimer, QThread, Signal
from shiboken6 import isValid

from viewer.core import CompareOptions, Comparison, Document, compare_documents
from viewer.core.checks import Check
from viewer.core.review import ManualLink
from viewer.core.visibility import SHOW_ALL, Visibility
from viewer.io import LoadError, load_document
from viewer.io.errors import LoadCancelled
from viewer.ui.compare_process import LARGE, compare_elsewhere
from viewer.ui.prepared import prepare, words

__all__ = ["CompareJob", "Job", "JobResult", "running_jobs", "start_kept", "stop_jobs"]

# Jobs that did not stop in time when asked: kept referenced here so that Qt never destroys
# a running thread (which aborts the program); the app then exits without destroying them.
_STRAYS: set[Job] = set()
_T = TypeVar("_T")


class _Cancelled(Exception):
    """Raised by a job's checks (its progress callback, ``_stop_if_cancelled``) once it was
    cancelled."""


@dataclass(frozen=True, slots=True)
class JobResult:
    """What a job produced: the documents, their comparison, the files it could not read."""

    documents: tuple[Document, ...]
    comparison: Comparison | None  # None with fewer than two documents
    errors: tuple[str, ...]  # one "path: problem" line per unreadable file


class Job(QThread):
    """Work off the GUI thread that can be asked to stop (its result is then dropped)."""

    failed = Signal(str)  # "what went wrong" when the work raised

    def __init__(self) -> None:
        super().__init__()
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def _stop_if_cancelled(self) -> None:
        """A check for work that polls: raises ``_Cancelled`` once the job was cancelled."""
        if self._cancelled:
            raise _Cancelled

    def _attempt(self, work: Callable[[Check], _T]) -> _T | None:
        """What ``work`` (given the job's check) returns; None when the job was cancelled,
        or when the work raised (``failed`` then says what went wrong, and the view that
        waits says so instead of waiting for ever)."""
        try:
            with _collector_paused():  # see _collector_paused
                found = work(self._stop_if_cancelled)
        except _Cancelled:
            return None
        except Exception as error:  # a defect or no memory left: told, not swallowed
            self.failed.emit(f"{type(error).__name__}: {error}")
            return None
        return None if self._cancelled else found


class CompareJob(Job):
    """Loads ``paths`` (keeping ``documents`` already loaded) and compares them with ``base``,
    with the user's corrections of the alignment (``links``) and ``options``."""

    progressed = Signal(int, int)
    done = Signal(object)  # JobResult

    def __init__(
        self,
        documents: Sequence[Document],
        paths: Sequence[str],
        base: int,
        links: Sequence[ManualLink] = (),
        options: CompareOptions | None = None,
        visibility: Visibility = SHOW_ALL,
    ) -> None:
        super().__init__()
        self._visibility = visibility
        self._documents = tuple(documents)
        self._paths = tuple(paths)
        self._base = base
        self._links = tuple(links)
        self._options = options
        self._cancel = threading.Event()  # handed to load_document

    def cancel(self) -> None:
        super().cancel()
        self._cancel.set()

    def _check(self, done: int, total: int) -> None:
        if self._cancelled:
            raise _Cancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work()
        except (_Cancelled, LoadCancelled):
            return
        except Exception as error:
            self.failed.emit(f"{type(error).__name__}: {error}")
            return
        if not self._cancelled:
            self.done.emit(result)

    def _work(self) -> JobResult:
        documents = list(self._documents)
        errors = []
        known = {d.path for d in documents}
        total = len(self._paths) + 1
        for step, path in enumerate(self._paths):
            self._check(step, total * 10)
            if path in known:
                continue
            try:
                documents.append(load_document(path, cancel=self._cancel))
            except LoadError as error:
                errors.append(str(error))
                continue
            except LoadCancelled:
                raise
            except Exception as error:  # a reader's bug must not lose the other files
                errors.append(f"{path}: cannot read it ({type(error).__name__})")
                continue
            known.add(path)
        documents = _unique_labels(documents)
        if len(documents) < 2:
            for document in documents:
                words(document)  # counted here: a lone 50 MB file froze the window for seconds
            return JobResult(tuple(documents), None, tuple(errors))
        base = min(self._base, len(documents) - 1)
        loaded = len(self._paths) * 10

        def progress(done: int, steps: int) -> None:
            self._check(loaded + done * 10 // max(steps, 1), total * 10)

        with _collector_paused():
            if sum(len(d.text) for d in documents) > LARGE:
                comparison = compare_elsewhere(
                    documents, base, self._options, self._links, progress, self._stop_if_cancelled
                )
            else:
                comparison = compare_documents(
                    documents, base, self._options, progress=progress, links=self._links
                )
            # What the views look up in, made here: at 7 million words it froze the window
            # for seconds when the comparison arrived.
            prepare(comparison, self._visibility, lambda: self._cancelled)
        return JobResult(tuple(documents), comparison, tuple(errors))


_paused = 0  # jobs comparing now, with the cycle collector paused
_paused_lock = threading.Lock()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while comparing, and what the comparison made set
    aside from it afterwards (gc.freeze). A full collection walks every object: with the
    millions a 7-million-word comparison makes, it held Python's lock for 0.1-0.3 s at a time,
    and the window, which needs that lock to run, froze. The engine's values hold no cycles;
    they are freed by reference counting when dropped."""
    global _paused
    with _paused_lock:
        _paused += 1
        if _paused == 1:
            gc.disable()
    try:
        yield
    finally:
        with _paused_lock:
            _paused -= 1
            if _paused == 0:
                gc.freeze()
                gc.enable()


_J = TypeVar("_J", bound=Job)


def start_kept(job: _J, jobs: set[_J]) -> None:
    """Start ``job``, kept in ``jobs`` while it runs; once finished, Qt deletes it on its own
    thread's terms (not the garbage collector)."""

    def retire() -> None:
        jobs.discard(job)
        job.deleteLater()

    jobs.add(job)
    job.finished.connect(retire)
    job.start()


def stop_jobs(jobs: Iterable[Job], seconds: float = 1.5) -> bool:
    """Cancel ``jobs`` and wait for them, ``seconds`` in all; True when every one has stopped.

    A job still running then (work that checks no cancel flag for that long) is kept alive
    in ``_STRAYS`` rather than destroyed while it runs.
    """
    jobs = list(jobs)
    for job in jobs:
        job.cancel()
    deadline = QDeadlineTimer(int(seconds * 1000))
    for job in jobs:
        if _running(job) and not job.wait(deadline):
            _STRAYS.add(job)
    _STRAYS.difference_update([job for job in _STRAYS if not _running(job)])
    return not any(job in _STRAYS for job in jobs)


def running_jobs() -> int:
    """How many jobs asked to stop are still running (the app must not destroy them)."""
    return sum(1 for job in _STRAYS if _running(job))


def _running(job: Job) -> bool:
    """Whether ``job`` still runs; a job whose Qt object was deleted (it finished, and its
    owner let it go) does not, and asking Qt about it would raise."""
    return isValid(job) and not job.isFinished()


def _unique_labels(documents: Sequence[Document]) -> list[Document]:
    """Versions with the same label get a number, so the list can tell them apart."""
    seen: dict[str, int] = {}
    unique = []
    for document in documents:
        count = seen.get(document.label, 0) + 1
        seen[document.label] = count
        if count > 1:
            label = f"{document.label} ({count})"
            document = Document(document.path, label, document.text, document.metadata)
        unique.append(document)
    return unique
