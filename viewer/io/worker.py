"""Running a reader in a worker process that is killed when it overruns its time or memory.

lxml, pypdf and trafilatura cannot be interrupted from Python: a hostile page or PDF can keep
them busy for minutes, or inflate to gigabytes. In a process of its own a reader gets an
address-space limit (a MemoryError instead of swapping the machine), and the caller can kill
it at the deadline, or at once when the user cancels.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from viewer.io.errors import TOO_DEEP, InputProblem, LoadCancelled
from viewer.io.sizes import format_size

__all__ = ["run_in_worker", "too_big", "too_slow"]

T = TypeVar("T")

_POLL = 0.05  # seconds between two looks at the cancel flag while the worker runs
# Readers the worker server imports once, so that each worker starts in milliseconds.
_PRELOAD = ["viewer.io.html_page", "viewer.io.pdf", "viewer.io.word"]


def too_slow(seconds: float) -> str:
    return f"took too long to read (stopped after {seconds:g} s)"


def too_big(memory: int) -> str:
    return f"too large to read (needs more than {format_size(memory)} of memory)"


def run_in_worker(
    function: Callable[..., T],
    *args: Any,
    deadline: float,
    memory: int,
    cancel: threading.Event | None = None,
) -> T:
    """``function(*args)`` in a worker process limited to ``memory`` bytes, killed at
    ``deadline`` (a ``time.monotonic()`` value). InputProblem raised by the function is
    raised here; running out of time or memory becomes an InputProblem too; ``cancel``
    being set raises LoadCancelled, and the deadline passing TimeoutError. ``function`` must
    be importable by its module name."""
    context = _context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_work, args=(sender, memory, function, args), daemon=True, name="redline-reader"
    )
    process.start()
    sender.close()
    try:
        outcome = _wait(receiver, process, deadline, cancel)
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiver.close()
    if outcome is None:
        raise TimeoutError
    kind, value = outcome
    if kind == "ok":
        return value  # type: ignore[no-any-return]
    raise InputProblem(value)


def _context() -> Any:  # a ForkServerContext or SpawnContext: both have Process and Pipe
    if "forkserver" in multiprocessing.get_all_start_methods():
        # forkserver: safe from a program that runs threads (the desktop app does), and each
        # worker is forked from a server that has the readers imported already.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _wait(
    receiver: Connection,
    process: multiprocessing.process.BaseProcess,
    deadline: float,
    cancel: threading.Event | None,
) -> tuple[str, Any] | None:
    """The worker's ("ok", value) or ("problem", message); None when the deadline passed."""
    while True:
        if cancel is not None and cancel.is_set():
            raise LoadCancelled
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        try:
            if receiver.poll(min(remaining, _POLL)):
                outcome: tuple[str, Any] = receiver.recv()
                return outcome
        except (EOFError, OSError):
            pass  # the worker died before answering: see below
        if not process.is_alive() and not _ready(receiver):
            # Killed from outside: on Linux, by the out-of-memory killer.
            return ("problem", f"the reader stopped unexpectedly (exit {process.exitcode})")


def _ready(receiver: Connection) -> bool:
    try:
        return receiver.poll(0)
    except (EOFError, OSError):
        return False


def _work(sender: Connection, memory: int, function: Callable[..., Any], args: Any) -> None:
    """In the worker: limit memory, run, send back the outcome."""
    _limit_memory(memory)
    outcome: tuple[str, Any]
    try:
        outcome = ("ok", function(*args))
    except InputProblem as problem:
        outcome = ("problem", problem.problem)
    except MemoryError:
        outcome = ("problem", too_big(memory))
    except RecursionError:
        outcome = ("problem", TOO_DEEP)
    except BaseException as error:  # never a traceback: the reader's own bug, said in a line
        outcome = ("problem", f"cannot read it ({type(error).__name__})")
    try:
        sender.send(outcome)
    except MemoryError:
        sender.send(("problem", too_big(memory)))
    sender.close()


def _limit_memory(memory: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no address-space limit; the deadline still holds
        return
    # ValueError: a hard limit already lower than ours, which stays in force.
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
