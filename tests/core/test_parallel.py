"""Worker processes for many pairs: chosen by the work, sent in batches, never outliving the
comparison (issue 23: 300 tiny versions took 165 s with workers and 11.5 s without; a
cancelled comparison left its workers running)."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest

from viewer.core import Document, compare_documents
from viewer.core.options import CompareOptions
from viewer.core.parallel import batches, compare_in_processes, estimated_seconds, worth_parallel


def _documents(count: int, words: int) -> list[Document]:
    text = " ".join(f"w{k % 97}" for k in range(words)) + "."
    return [Document(f"v{k}", f"v{k}", f"{text} Version {k}.") for k in range(count)]


def _all_pairs(count: int) -> list[tuple[int, int]]:
    return [(i, j) for i in range(count) for j in range(i + 1, count)]


def test_many_tiny_versions_stay_in_one_process() -> None:
    """Regression: worth_parallel counted pairs, not work: 300 versions of a few words
    (44,850 pairs) went to workers one pair at a time and took minutes."""
    documents = _documents(300, 30)
    assert worth_parallel(documents, _all_pairs(300)) == 1


def test_a_large_comparison_uses_workers_on_two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    documents = _documents(30, 20_000)
    assert estimated_seconds([20_000] * 30, _all_pairs(30)) > 10
    assert worth_parallel(documents, _all_pairs(30)) == 2
    assert worth_parallel(documents[:2], [(0, 1)]) == 1  # one pair: nothing to share


def test_batches_keep_every_pair_once_in_order() -> None:
    documents = _documents(40, 50)
    pairs = _all_pairs(40)
    found = batches(documents, pairs, 2)
    assert [pair for batch in found for pair in batch] == pairs
    assert 6 <= len(found) <= 9  # about four a worker


def process_children() -> dict[int, list[int]]:
    """Live processes (zombies left out) by the process that is their parent."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":
                children.setdefault(int(fields[1]), []).append(int(entry.name))
    return children


def _children_of_forkserver() -> set[int]:
    from multiprocessing import forkserver

    server = getattr(forkserver._forkserver, "_forkserver_pid", None)
    return set(process_children().get(server or -1, []))


def edited_versions(count: int, words: int, seed: int = 5) -> list[Document]:
    """``count`` versions of one random text of ``words`` words, 5 % of the words changed in
    each (slow enough to compare for the tests that stop a comparison under way)."""
    rng = random.Random(seed)
    vocabulary = [f"w{k}" for k in range(5000)]
    base = [rng.choice(vocabulary) for _ in range(words)]
    texts = []
    for _version in range(count):
        edited = [w if rng.random() > 0.05 else rng.choice(vocabulary) for w in base]
        texts.append(". ".join(" ".join(edited[k : k + 20]) for k in range(0, words, 20)))
    return [Document(f"v{k}", f"v{k}", t) for k, t in enumerate(texts)]


class _Stop(Exception):
    pass


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_a_cancelled_comparison_kills_its_workers_at_once() -> None:
    """Regression: a comparison could be cancelled only once a pair was done, and then waited
    for the pairs under way (the app's close took 6.3 s, workers ran on after it exited)."""
    documents = edited_versions(3, 150_000)
    asked: list[int] = []

    def progress(done: int, _total: int) -> None:
        asked.append(done)
        raise _Stop

    with pytest.raises(_Stop):
        compare_in_processes(documents, _all_pairs(3), CompareOptions(), 2, progress, {})
    assert asked == [0]  # asked while the first pairs were still being compared
    deadline = time.perf_counter() + 2  # far less than a pair of 150,000 words takes
    while _children_of_forkserver() and time.perf_counter() < deadline:
        time.sleep(0.05)
    assert _children_of_forkserver() == set()


def test_workers_give_the_same_comparison_as_one_process() -> None:
    documents = _documents(4, 300)
    assert compare_documents(documents, 1, workers=2) == compare_documents(documents, 1, workers=1)


_ABRUPT = """
import multiprocessing, os, sys, time
from viewer.core.parallel import die_with_parent


def worker() -> None:
    die_with_parent()
    time.sleep(600)  # a pair that takes ten minutes


if __name__ == "__main__":
    context = multiprocessing.get_context("forkserver")
    process = context.Process(target=worker)
    process.start()
    print(process.pid, flush=True)
    time.sleep(1)
    os._exit(0)  # the app ends abruptly (a crash, kill -9): no clean-up runs
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_no_worker_outlives_the_process_that_started_it(tmp_path: Path) -> None:
    """Regression: closing the app during a multi-version comparison left four worker
    processes (173 MB) running for over 10 minutes: a fork server lives as long as any of
    its children, so a worker never saw the app go."""
    import subprocess
    import sys

    script = tmp_path / "abrupt.py"
    script.write_text(_ABRUPT, encoding="utf-8")
    tag = f"abrupt-{os.getpid()}"
    env = dict(os.environ, REDLINE_TEST_TAG=tag)
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, check=False)
    worker = int(done.stdout.split()[0])
    deadline = time.perf_counter() + 10
    while _tagged(f"REDLINE_TEST_TAG={tag}") and time.perf_counter() < deadline:
        time.sleep(0.1)
    assert _tagged(f"REDLINE_TEST_TAG={tag}") == []  # the worker, its server, the tracker
    assert not Path(f"/proc/{worker}/environ").exists() or worker not in _tagged(tag)


def _tagged(tag: str) -> list[int]:
    """Live processes whose environment holds ``tag``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                environment = (entry / "environ").read_bytes().split(b"\0")
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if tag.encode() in environment and state != "Z":
                found.append(int(entry.name))
    return found
