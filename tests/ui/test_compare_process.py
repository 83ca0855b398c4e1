"""The app's large-comparison process: it may use workers for many versions, and none of its
processes outlives it (issue 23: "daemonic processes are not allowed to have children" for
3+ versions over 2,000,000 characters; a process killed from outside left its workers)."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from tests.core.test_parallel import _children_of_forkserver, edited_versions, process_children
from viewer.core import compare_documents
from viewer.ui.compare_process import compare_elsewhere


def test_the_large_comparison_process_can_use_workers() -> None:
    """Regression: the process was a daemon, and the engine's workers could not start in it."""
    documents = edited_versions(4, 400)
    found = compare_elsewhere(documents, 1, None, (), lambda d, t: None, lambda: None, workers=2)
    assert found == compare_documents(documents, 1, workers=1)


def _descendants(pid: int) -> set[int]:
    children = process_children()
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_workers_end_with_a_comparison_process_killed_from_outside() -> None:
    documents = edited_versions(4, 150_000)
    failures: list[str] = []

    def run() -> None:
        try:
            compare_elsewhere(documents, 0, None, (), lambda d, t: None, lambda: None, workers=2)
        except RuntimeError as error:
            failures.append(str(error))

    thread = threading.Thread(target=run)
    thread.start()
    process = None
    deadline = time.perf_counter() + 30
    while process is None and time.perf_counter() < deadline:
        # The comparison process: the forkserver's child that has started workers.
        for pid in _children_of_forkserver():
            if len(_descendants(pid)) >= 2:  # its own forkserver and a worker at least
                process = pid
        time.sleep(0.05)
    assert process is not None
    workers = _descendants(process)
    os.kill(process, signal.SIGKILL)
    thread.join(30)
    assert failures == ["the comparison process ended unexpectedly"]
    deadline = time.perf_counter() + 5  # a pair of 150,000 words takes longer
    while any(_alive(pid) for pid in workers) and time.perf_counter() < deadline:
        time.sleep(0.05)
    assert {pid for pid in workers if _alive(pid)} == set()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
