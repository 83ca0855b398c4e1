"""Compare many pairs of documents in worker processes, when the work pays for their start-up.

Whether to use workers is decided from the estimated work, not from the number of pairs:
300 versions of a few words make 44,850 pairs that take seconds in one process, and sent
to workers one pair at a time they took minutes. Pairs go to the workers in batches of
about equal work; a worker dies with the process that asked for it, and the workers are
killed when the comparison is cancelled, so none outlives what it was working for.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import replace

from viewer.core.analysis import DocumentAnalysis
from viewer.core.model import Document, PairComparison
from viewer.core.options import CompareOptions
from viewer.core.review import ManualLink

__all__ = ["compare_in_processes", "die_with_parent", "estimated_seconds", "worth_parallel"]

# The engine's cost, measured on the 2-core development machine (benchmarks.bench_scale and
# bench_review_limits): about 1.2 µs a word of a pair, and 1 ms for any pair however small.
_SECONDS_PER_WORD = 1.2e-6
_SECONDS_PER_PAIR = 1.0e-3
# Below this much estimated work, starting processes (about 0.5 s, then each analyses every
# document) and sending results back costs more than it saves.
_MIN_SECONDS = 3.0
# Pairs this small are mostly the interpreter's fixed cost per pair: measured, 300 versions
# of 30 words took as long or longer in two workers (batched) as in one process.
_MIN_PAIR_SECONDS = 0.01
_BATCHES_PER_WORKER = 4  # batches of about equal work: the last one finishes soon after the rest
_POLL = 0.1  # seconds between checks that the comparison is still wanted
_state: dict[str, object] = {}
Batch = tuple[tuple[int, int], ...]


def estimated_seconds(words: Sequence[int], pairs: Sequence[tuple[int, int]]) -> float:
    """What comparing ``pairs`` of documents of ``words`` words costs in one process.

    >>> round(estimated_seconds([1000, 1000, 1000], [(0, 1), (0, 2), (1, 2)]), 4)
    0.0102
    """
    return sum(_pair_seconds(words, pair) for pair in pairs)


def _pair_seconds(words: Sequence[int], pair: tuple[int, int]) -> float:
    return _SECONDS_PER_PAIR + _SECONDS_PER_WORD * (words[pair[0]] + words[pair[1]])


def _words(documents: Sequence[Document]) -> list[int]:
    return [len(d.text) // 6 for d in documents]  # about six characters a word


def worth_parallel(documents: Sequence[Document], pairs: Sequence[tuple[int, int]]) -> int:
    """How many worker processes to use (1 = stay in this process)."""
    cores = os.cpu_count() or 1
    if cores < 2 or len(pairs) < 2:
        return 1
    work = estimated_seconds(_words(documents), pairs)
    if work < _MIN_SECONDS or work / len(pairs) < _MIN_PAIR_SECONDS:
        return 1
    return min(cores, len(pairs))


def batches(
    documents: Sequence[Document], pairs: Sequence[tuple[int, int]], workers: int
) -> list[Batch]:
    """``pairs`` in order, cut into about ``workers`` x 4 batches of about equal work."""
    words = _words(documents)
    share = estimated_seconds(words, pairs) / max(1, workers * _BATCHES_PER_WORKER)
    found: list[Batch] = []
    batch: list[tuple[int, int]] = []
    work = 0.0
    for pair in pairs:
        batch.append(pair)
        work += _pair_seconds(words, pair)
        if work >= share:
            found.append(tuple(batch))
            batch, work = [], 0.0
    if batch:
        found.append(tuple(batch))
    return found


def die_with_parent() -> None:
    """Make this (worker) process end when the process that asked for it ends, however that
    ends (``kill -9`` included). A process started through a fork server is the server's
    child, and the server lives as long as any of its children (each holds its "alive"
    pipe), so the parent's death is watched on the pipe multiprocessing keeps to it; on
    Linux the kernel also sends SIGKILL when the direct parent dies."""
    parent = multiprocessing.parent_process()
    sentinel = getattr(parent, "sentinel", None)
    if sentinel is not None:
        watcher = threading.Thread(target=_end_with, args=(sentinel,), daemon=True)
        watcher.start()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent ended before the line above: end now
            os._exit(1)


def _end_with(sentinel: int) -> None:
    """Wait until the parent's end of the pipe closes (the parent ended), then end."""
    multiprocessing.connection.wait([sentinel])
    os._exit(1)


def _start(documents: tuple[Document, ...], options: CompareOptions) -> None:
    die_with_parent()
    _state["analyses"] = [DocumentAnalysis(d) for d in documents]
    _state["options"] = options


def _compare(
    batch: Batch,
    links: dict[tuple[int, int], tuple[ManualLink, ...]],
    whole: frozenset[tuple[int, int]],
) -> dict[tuple[int, int], PairComparison]:
    from viewer.core.compare import compare_pair

    analyses: list[DocumentAnalysis] = _state["analyses"]  # type: ignore[assignment]
    options: CompareOptions = _state["options"]  # type: ignore[assignment]
    found = {}
    for i, j in batch:
        pair = compare_pair(analyses[i], analyses[j], i, j, options, links.get((i, j), ()))
        if (i, j) not in whole:  # only its similarity is used: nothing else sent back
            pair = replace(pair, blocks=(), segments=(), also=())
        found[(i, j)] = pair
    return found


def compare_in_processes(
    documents: Sequence[Document],
    pairs: Sequence[tuple[int, int]],
    options: CompareOptions,
    workers: int,
    progress: Callable[[int, int], None] | None,
    links: dict[tuple[int, int], tuple[ManualLink, ...]],
    whole: Collection[tuple[int, int]] | None = None,
) -> dict[tuple[int, int], PairComparison]:
    """Every pair compared in ``workers`` processes; ``progress`` may raise to cancel (it is
    called at least every 0.1 s), and the workers are then killed. ``whole``: the pairs
    whose blocks and segments are wanted (default all; the others keep their similarity)."""
    # forkserver: safe to start from a program that runs threads (the desktop app does).
    context = multiprocessing.get_context("forkserver")
    wanted = frozenset(pairs if whole is None else whole)
    results: dict[tuple[int, int], PairComparison] = {}
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start, initargs=(tuple(documents), options)
    ) as pool:
        futures: list[Future[dict[tuple[int, int], PairComparison]]] = []
        for batch in batches(documents, pairs, workers):
            batch_links = {pair: links[pair] for pair in batch if pair in links}
            futures.append(pool.submit(_compare, batch, batch_links, wanted & frozenset(batch)))
        pending = set(futures)
        try:
            while pending:
                done, pending = wait(pending, timeout=_POLL, return_when=FIRST_COMPLETED)
                for future in done:
                    results.update(future.result())
                if progress:
                    progress(len(results), len(pairs))
        except BaseException:
            _kill(pool)
            raise
    return results


def _kill(pool: ProcessPoolExecutor) -> None:
    """Stop the workers now: a cancelled comparison must not keep the cores (or the app's
    exit) waiting for the pairs they were comparing."""
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.kill()
    pool.shutdown(wait=False, cancel_futures=True)
