"""Loading and comparing off the GUI thread, with progress and cancellation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QThread, Signal

from viewer.core import Comparison, Document, compare_documents
from viewer.io import LoadError, load_document

__all__ = ["CompareJob", "JobResult"]


class _Cancelled(Exception):
    """Raised from the progress callback when the job was cancelled."""


@dataclass(frozen=True, slots=True)
class JobResult:
    """What a job produced: the documents, their comparison, the files it could not read."""

    documents: tuple[Document, ...]
    comparison: Comparison | None  # None with fewer than two documents
    errors: tuple[str, ...]  # one "path: problem" line per unreadable file


class CompareJob(QThread):
    """Loads ``paths`` (keeping ``documents`` already loaded) and compares them with ``base``."""

    progressed = Signal(int, int)
    done = Signal(object)  # JobResult
    failed = Signal(str)

    def __init__(self, documents: Sequence[Document], paths: Sequence[str], base: int) -> None:
        super().__init__()
        self._documents = tuple(documents)
        self._paths = tuple(paths)
        self._base = base
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def _check(self, done: int, total: int) -> None:
        if self._cancelled:
            raise _Cancelled
        self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            result = self._work()
        except _Cancelled:
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
                documents.append(load_document(path))
            except LoadError as error:
                errors.append(str(error))
                continue
            except OSError as error:
                errors.append(f"{path}: {error.strerror or error}")
                continue
            known.add(path)
        documents = _unique_labels(documents)
        if len(documents) < 2:
            return JobResult(tuple(documents), None, tuple(errors))
        base = min(self._base, len(documents) - 1)
        loaded = len(self._paths) * 10

        def progress(done: int, steps: int) -> None:
            self._check(loaded + done * 10 // max(steps, 1), total * 10)

        comparison = compare_documents(documents, base, progress=progress)
        return JobResult(tuple(documents), comparison, tuple(errors))


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
