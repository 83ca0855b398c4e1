"""A large comparison run in a process of its own, its result sent back in pieces.

The app compares in a thread beside its window, and both need Python's lock: the engine's
long calls (counting 7 million words, sorting, a cycle collection), or the comparison thread
merely paused by the system while it holds the lock, left the window frozen for up to seconds
at 50 MB. In a process of its own the comparison takes nothing from the window; its result
comes back a few thousand segments at a time (each piece is read in a few milliseconds, and
the window runs between pieces), and the engine's peak memory is the worker's, not the app's.
"""

from __future__ import annotations

import multiprocessing
import resource
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any

from viewer.core import CompareOptions, Comparison, Document, compare_documents
from viewer.core.checks import Check
from viewer.core.model import AlignedBy, Block, BlockKind, PairComparison, Span
from viewer.core.review import ManualLink

__all__ = ["LARGE", "compare_elsewhere", "last_worker_peak_mib"]

LARGE = 2_000_000  # characters in all: larger comparisons run in a process of their own
_PIECE = 5_000  # segments or blocks a message
last_worker_peak_mib = 0.0  # the last comparison process's peak memory (for the benchmark)


def compare_elsewhere(
    documents: Sequence[Document],
    base: int,
    options: CompareOptions | None,
    links: Sequence[ManualLink],
    progress: Callable[[int, int], None],
    check: Check,
) -> Comparison:
    """``compare_documents`` in a worker process (the same result). ``check`` raises when
    the comparison is no longer wanted (and ``progress`` may), and the worker is then killed."""
    global last_worker_peak_mib
    # forkserver: safe to start from a program that runs threads (the desktop app does).
    context = multiprocessing.get_context("forkserver")
    receive, send = context.Pipe(duplex=False)
    worker = context.Process(
        target=_run, args=(send, tuple(documents), base, options, tuple(links)), daemon=True
    )
    worker.start()
    send.close()
    matrix: Any = None
    pairs: list[PairComparison] = []
    header: tuple[Any, ...] = ()
    languages: tuple[str, ...] = ()
    blocks: list[Any] = []
    segments: list[Any] = []
    traced: list[Any] = []
    findings: list[Any] = []
    try:
        while True:
            if not receive.poll(0.05):
                check()
                if not worker.is_alive() and not receive.poll(0):
                    raise RuntimeError("the comparison process ended unexpectedly")
                continue
            message = receive.recv()
            kind = message[0]
            if kind == "progress":
                progress(message[1], message[2])
            elif kind == "pair":
                header, blocks, segments, traced, findings = message[1:], [], [], [], []
            elif kind == "blocks":
                blocks.extend(_block(*fields) for fields in message[1])
            elif kind == "segments":
                segments.extend(message[1])
            elif kind == "links":
                traced.extend(message[1])
            elif kind == "findings":
                findings.extend(message[1])
            elif kind == "end":
                base_id, other, similarity, coverage, also, words, aligned_by, model = header
                pairs.append(
                    PairComparison(
                        base_id, other, similarity, tuple(blocks), tuple(segments),
                        coverage, also, words, tuple(traced), tuple(findings),
                        AlignedBy(aligned_by), model,
                    )
                )  # fmt: skip
            elif kind == "done":
                matrix, last_worker_peak_mib, languages = message[1], message[2], message[3]
                break
            else:
                raise RuntimeError(message[1])
    finally:
        if worker.is_alive():
            worker.kill()
        worker.join(2)
        receive.close()
    return Comparison(tuple(documents), base, matrix, tuple(pairs), languages)


def _fields(block: Block) -> tuple[str, int, int, int, int, float, bool]:
    """A block as plain values: pickling 600,000 slotted dataclasses took seconds."""
    base, other = block.base, block.other
    return block.kind.value, base.start, base.end, other.start, other.end, block.score, block.manual


def _block(
    kind: str, base0: int, base1: int, other0: int, other1: int, score: float, manual: bool
) -> Block:
    return Block(BlockKind(kind), Span(base0, base1), Span(other0, other1), score, manual)


def _run(
    send: Connection,
    documents: tuple[Document, ...],
    base: int,
    options: CompareOptions | None,
    links: tuple[ManualLink, ...],
) -> None:
    try:
        comparison = compare_documents(
            documents,
            base,
            options,
            progress=lambda done, total: send.send(("progress", done, total)),
            links=links,
        )
        for pair in comparison.pairs:
            send.send(("pair", pair.base, pair.other, pair.similarity, pair.coverage,
                       pair.also, pair.words, pair.aligned_by.value, pair.model))  # fmt: skip
            for start in range(0, len(pair.blocks), _PIECE):
                piece = pair.blocks[start : start + _PIECE]
                send.send(("blocks", [_fields(block) for block in piece]))
            for start in range(0, len(pair.segments), _PIECE):
                send.send(("segments", pair.segments[start : start + _PIECE]))
            for start in range(0, len(pair.links), _PIECE):
                send.send(("links", pair.links[start : start + _PIECE]))
            for start in range(0, len(pair.findings), _PIECE):
                send.send(("findings", pair.findings[start : start + _PIECE]))
            send.send(("end",))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        send.send(("done", comparison.similarity, peak, comparison.languages))
    except Exception as error:  # reported to the app as the comparison's failure
        send.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        send.close()
