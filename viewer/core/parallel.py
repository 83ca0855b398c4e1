"""Compare many pairs of documents in worker processes, when that pays for their start-up."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from viewer.core.analysis import DocumentAnalysis
from viewer.core.model import Document, PairComparison
from viewer.core.options import CompareOptions
from viewer.core.review import ManualLink

__all__ = ["compare_in_processes", "worth_parallel"]

# Below this many words to compare in all, starting processes costs more than it saves.
_MIN_WORDS = 300_000
_state: dict[str, object] = {}


def worth_parallel(documents: Sequence[Document], pairs: Sequence[tuple[int, int]]) -> int:
    """How many worker processes to use (1 = stay in this process)."""
    cores = os.cpu_count() or 1
    if cores < 2 or len(pairs) < 2:
        return 1
    sizes = [len(d.text) // 6 for d in documents]  # about six characters a word
    work = sum(sizes[i] + sizes[j] for i, j in pairs)
    return min(cores, len(pairs)) if work >= _MIN_WORDS else 1


def _start(documents: tuple[Document, ...], options: CompareOptions) -> None:
    _state["analyses"] = [DocumentAnalysis(d) for d in documents]
    _state["options"] = options


def _compare(i: int, j: int, links: tuple[ManualLink, ...]) -> PairComparison:
    from viewer.core.compare import compare_pair

    analyses: list[DocumentAnalysis] = _state["analyses"]  # type: ignore[assignment]
    options: CompareOptions = _state["options"]  # type: ignore[assignment]
    return compare_pair(analyses[i], analyses[j], i, j, options, links)


def compare_in_processes(
    documents: Sequence[Document],
    pairs: Sequence[tuple[int, int]],
    options: CompareOptions,
    workers: int,
    progress: Callable[[int, int], None] | None,
    links: dict[tuple[int, int], tuple[ManualLink, ...]],
) -> dict[tuple[int, int], PairComparison]:
    """Every pair compared in ``workers`` processes; ``progress`` may raise to cancel."""
    # forkserver: safe to start from a program that runs threads (the desktop app does).
    context = multiprocessing.get_context("forkserver")
    results: dict[tuple[int, int], PairComparison] = {}
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start, initargs=(tuple(documents), options)
    ) as pool:
        futures: dict[Future[PairComparison], tuple[int, int]] = {
            pool.submit(_compare, i, j, links.get((i, j), ())): (i, j) for i, j in pairs
        }
        pending = set(futures)
        try:
            while pending:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    results[futures[future]] = future.result()
                if progress:
                    progress(len(results), len(pairs))
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
    return results
