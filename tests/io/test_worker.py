"""The worker process that reads pages, Word and PDF files: its deadline and memory limit."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from benchmarks.hostile import article_html, pdf_fragments, sentence
from viewer.io import LoadError, LoadOptions, load_document
from viewer.io.errors import InputProblem, LoadCancelled
from viewer.io.url import _reason
from viewer.io.worker import run_in_worker


@pytest.fixture(scope="module")
def dense_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A PDF whose one page takes pypdf several seconds."""
    path = tmp_path_factory.mktemp("worker") / "dense.pdf"
    path.write_bytes(pdf_fragments(95_000, compress=False))
    return path


def test_a_reader_past_its_deadline_is_stopped(dense_pdf: Path) -> None:
    """Issue 12: any input is loaded within load_timeout; the reader is killed at the deadline."""
    with pytest.raises(LoadError) as caught:
        load_document(dense_pdf, options=LoadOptions(load_timeout=0.5))
    assert caught.value.problem == "took too long to read (stopped after 0.5 s)"


def test_a_reader_over_its_memory_limit_is_stopped(tmp_path: Path) -> None:
    """Issue 12: any input is loaded within max_memory (address space of the worker)."""
    path = tmp_path / "page.html"
    path.write_bytes(article_html("".join(f"<p>{sentence(i)}</p>" for i in range(20_000))))
    with pytest.raises(LoadError) as caught:
        load_document(path, options=LoadOptions(max_memory=96 << 20))
    assert caught.value.problem == "too large to read (needs more than 96 MB of memory)"


def test_cancel_kills_the_reader(dense_pdf: Path) -> None:
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    with pytest.raises(LoadCancelled):
        load_document(dense_pdf, cancel=cancel)


def _fail() -> None:
    raise InputProblem("said in a line")


def _crash() -> None:
    raise KeyError("a reader's own bug")


def test_problems_and_crashes_come_back_as_one_line() -> None:
    deadline = time.monotonic() + 60
    with pytest.raises(InputProblem, match=r"^said in a line$"):
        run_in_worker(_fail, deadline=deadline, memory=1 << 30)
    with pytest.raises(InputProblem, match=r"^cannot read it \(KeyError\)$"):
        run_in_worker(_crash, deadline=deadline, memory=1 << 30)


def test_eof_from_a_server_is_explained() -> None:
    """Regression (issue 12): "could not fetch: EOFError" explained nothing."""
    assert _reason(EOFError(), LoadOptions()) == "the server closed the connection"
