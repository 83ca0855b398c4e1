"""The viewer at the limits: huge pairs, a 200,000-paragraph .docx, a 1 MB word, 20 versions.

Run: ``QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_gui_scale [CASE ...]
[--inputs DIR] [--rounds N]``; ``--list`` names the cases (see benchmarks/bench_gui_inputs.py).

Each case runs in a process of its own, so that its peak memory is its own: the window opens
the case's files at 1600x1000 and the GUI thread is polled every 2 ms from the moment the
files are asked for until both panes are laid out to the end. Reported per case:

- first screen: time until the panes show the comparison with its highlights;
- longest stall: the longest time the GUI thread did not answer, over the whole open, the
  background layout included (target 100 ms);
- peak memory: the largest resident size of the app's process (target 2 GiB), and of its
  worker processes (loading; comparing over 2 million characters, which runs in a process);
- on the pairs of 100k and 1M words (and the 50 MB pair): a synchronised scroll step and
  "next finding" (F7), each with the repaint of the window, median and worst (target 16 ms);
- on 20 versions: switching version, median and worst (target 100 ms).

``--profile`` prints where the GUI thread spent its longest stall (cProfile of that one poll),
and where other threads held Python's lock for over 50 ms (the GUI thread cannot run then):
a watcher thread wakes every 2 ms and, when it was kept waiting, notes the line each other
thread stands at.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from benchmarks.bench_gui_inputs import CASES, make_inputs
from viewer.ui import compare_process
from viewer.ui.main_window import MainWindow
from viewer.ui.text_pane import TextPane

_STALL_TARGET_MS = 100
_STEP_TARGET_MS = 16
_MEMORY_TARGET_MIB = 2048
_POLL = 0.002  # seconds between polls of the GUI thread


def _window() -> MainWindow:
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "b.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(1600, 1000)
    window.show()
    return window


def _ready(pane: TextPane) -> bool:
    return bool(getattr(pane, "is_ready", lambda: True)())


class _Poller:
    """Runs the event loop in 2 ms polls, keeping the longest time one poll took."""

    def __init__(self, app: QApplication, profile: bool) -> None:
        self.app, self.profile = app, profile
        self.longest = 0.0
        self.last = time.perf_counter()
        self.where = ""

    def poll(self) -> None:
        profiler = cProfile.Profile() if self.profile else None
        if profiler:
            profiler.enable()
        self.app.processEvents()
        if profiler:
            profiler.disable()
        # From the end of the last poll: the thread may also have waited for Python's lock
        # (held by the comparison thread) before it could start this one.
        took = time.perf_counter() - self.last - _POLL
        self.last = time.perf_counter()
        if took > self.longest:
            self.longest = took
            if profiler:
                out = io.StringIO()
                pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
                self.where = out.getvalue()
        time.sleep(_POLL)

    def until(self, done: Callable[[], bool], limit: float = 600.0) -> float:
        start = self.last = time.perf_counter()
        while not done():
            self.poll()
            if time.perf_counter() - start > limit:
                raise TimeoutError("the case did not settle")
        return time.perf_counter() - start


class _LockWatch(threading.Thread):
    """Notes each time Python's lock was held over 50 ms, and where the other threads were."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.holds: list[tuple[float, str]] = []
        self.running = True

    def run(self) -> None:
        me = threading.get_ident()
        while self.running:
            start = time.perf_counter()
            time.sleep(0.002)
            late = time.perf_counter() - start - 0.002
            if late > 0.05:
                where = []
                for ident, frame in sys._current_frames().items():
                    if ident != me:
                        name = Path(frame.f_code.co_filename).name
                        where.append(f"{name}:{frame.f_lineno} {frame.f_code.co_name}")
                self.holds.append((late, "; ".join(where)))


def _steps(app: QApplication, action: Callable[[int], None], count: int) -> list[float]:
    times = []
    for k in range(count):
        start = time.perf_counter()
        action(k)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _peaks() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def run_case(name: str, paths: list[str], rounds: int, profile: bool) -> dict[str, object]:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    window = _window()
    poller = _Poller(app, profile)
    watch = _LockWatch()
    if profile:
        watch.start()
    shown: list[float] = []
    window.comparison_shown.connect(lambda: shown.append(time.perf_counter()))
    panes = (window.pair_view.base_pane, window.pair_view.other_pane)
    start = time.perf_counter()
    window.open_paths(paths)
    poller.until(lambda: bool(shown) and all(_ready(p) for p in panes))
    first = time.perf_counter() - start
    assert len(paths) < 2 or window.pair_view.other_pane.highlighted_spans()
    poller.until(lambda: all(p.is_laid_out() for p in panes))
    result: dict[str, object] = {
        "case": name,
        "first_screen_s": round(first, 2),
        "settled_s": round(time.perf_counter() - start, 2),
        "longest_stall_ms": round(poller.longest * 1000, 1),
    }
    if CASES[name][2] and rounds > 0:
        bar = window.pair_view.base_pane.verticalScrollBar()
        stride = max(1, bar.maximum() // 300)
        scroll, jump = [], []
        for _ in range(rounds):
            scroll += _steps(app, lambda k: bar.setValue(k * stride), 300)
            jump += _steps(app, lambda _k: window.step_finding(True), 100)
        for key, times in (("scroll", scroll), ("f7", jump)):
            result[f"{key}_median_ms"] = round(statistics.median(times), 2)
            result[f"{key}_worst_ms"] = round(max(times), 2)
            result[f"{key}_over_16ms"] = sum(t > _STEP_TARGET_MS for t in times)
            result[f"{key}_steps"] = len(times)
    if name == "20x5k" and window.comparison is not None:
        others = [p.other for p in window.comparison.pairs]
        switches = _steps(app, lambda k: window.select_version(others[k % len(others)]), 40)
        result["switch_median_ms"] = round(statistics.median(switches), 1)
        result["switch_worst_ms"] = round(max(switches), 1)
    own, children = _peaks()
    worker = compare_process.last_worker_peak_mib  # a forkserver's child is not ours
    result["peak_mib"], result["workers_peak_mib"] = round(own), round(max(children, worker))
    if profile:
        watch.running = False
        print(poller.where, file=sys.stderr)
        for late, where in sorted(watch.holds, reverse=True)[:15]:
            print(f"lock held {late * 1000:.0f} ms: {where}", file=sys.stderr)
    window.close()
    return result


def _report(found: dict[str, object]) -> None:
    name = str(found["case"])
    stall = float(found["longest_stall_ms"])  # type: ignore[arg-type]
    peak = float(found["peak_mib"])  # type: ignore[arg-type]
    print(f"{name}: {CASES[name][0]}")
    print(f"  first screen {found['first_screen_s']} s, settled (laid out) {found['settled_s']} s")
    print(f"  longest stall {stall:.0f} ms ({stall / _STALL_TARGET_MS:.2f}x the 100 ms target)")
    print(f"  peak memory {peak:.0f} MiB (app), {found['workers_peak_mib']} MiB (largest worker);"
          f" {peak / _MEMORY_TARGET_MIB:.2f}x the 2 GiB target")  # fmt: skip
    for key, what in (("scroll", "synchronised scroll step"), ("f7", "next finding (F7)")):
        if f"{key}_median_ms" in found:
            worst = float(found[f"{key}_worst_ms"])  # type: ignore[arg-type]
            over, steps = found[f"{key}_over_16ms"], found[f"{key}_steps"]
            ratio = worst / _STEP_TARGET_MS
            print(f"  {what}: median {found[f'{key}_median_ms']} ms, worst {worst} ms"
                  f" ({ratio:.2f}x the 16 ms target; {over} of {steps} over)")  # fmt: skip
    if "switch_median_ms" in found:
        print(f"  switch version: median {found['switch_median_ms']} ms,"
              f" worst {found['switch_worst_ms']} ms (target 100 ms)")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("cases", nargs="*", help="cases to run (default: all)")
    parser.add_argument("--inputs", help="folder for the generated inputs (kept; reused)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of scroll and F7 steps")
    parser.add_argument("--profile", action="store_true", help="profile the longest stall")
    parser.add_argument("--list", action="store_true", help="name the cases")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # run one case here (internal)
    args = parser.parse_args(argv)
    if args.list:
        for name, (what, _make, _steps_too) in CASES.items():
            print(f"{name}: {what}")
        return 0
    folder = Path(args.inputs or tempfile.mkdtemp(prefix="redline-gui-"))
    if args.one:
        paths = make_inputs(folder, [args.one])[args.one]
        print(json.dumps(run_case(args.one, paths, args.rounds, args.profile)))
        return 0
    names = args.cases or list(CASES)
    results = []
    for name in names:
        make_inputs(folder, [name])
        command = [sys.executable, "-m", "benchmarks.bench_gui_scale", "--one", name,
                   "--inputs", str(folder), "--rounds", str(args.rounds)]  # fmt: skip
        if args.profile:
            command.append("--profile")
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode or not lines:
            print(f"{name}: failed\n{done.stderr[-2000:]}")
            continue
        found = json.loads(lines[-1])
        results.append(found)
        _report(found)
        if args.profile:
            print(done.stderr[-6000:])
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
