"""The viewer at scale: a 1M-word pair and 20 versions of a 5,000-word story.

Run: ``QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_gui_scale [--words N]``.
Targets on this machine: first highlighted screen of the 1M-word pair under 15 s with the
progress bar shown the whole time; scrolling and jumping between findings under 16 ms a step;
switching version among 20 under 100 ms once computed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from benchmarks.corpus import edited_pair, versions
from viewer.ui.main_window import MainWindow


def _window() -> MainWindow:
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "b.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(1600, 1000)
    window.show()
    return window


def _open(app: QApplication, window: MainWindow, paths: list[str]) -> dict[str, float]:
    """Open and wait; measures the time to the first highlighted screen, the longest stretch
    the GUI thread did not answer, and whether the progress bar showed all along."""
    done: list[float] = []
    window.comparison_shown.connect(lambda: done.append(time.perf_counter()))
    start = last = time.perf_counter()
    stall = 0.0
    hidden_while_busy = 0
    window.open_paths(paths)
    while not done:
        app.processEvents()
        now = time.perf_counter()
        stall = max(stall, now - last)
        last = now
        bar = window.progress
        if not done and not bar.isVisible():
            hidden_while_busy += 1
        time.sleep(0.002)
    assert window.pair_view.other_pane.highlighted_spans()
    return {"first_screen_s": done[0] - start, "longest_stall_s": stall,
            "progress_hidden_polls": hidden_while_busy}  # fmt: skip


def _steps(action, count: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for k in range(count):
        start = time.perf_counter()
        action(k)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, max(times) * 1000  # type: ignore[return-value]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        base, other = edited_pair(args.words)
        pair_paths = [str(Path(folder, n)) for n in ("base.txt", "other.txt")]
        for path, text in zip(pair_paths, (base, other), strict=True):
            Path(path).write_text(text, encoding="utf-8")
        window = _window()
        opened = _open(app, window, pair_paths)
        first, stall = opened["first_screen_s"], opened["longest_stall_s"] * 1000
        print(f"{args.words:,}-word pair: first highlighted screen {first:.1f} s (target 15 s);"
              f" longest GUI stall {stall:.0f} ms; progress bar hidden while busy:"
              f" {opened['progress_hidden_polls']:.0f} polls")  # fmt: skip
        panes = (window.pair_view.base_pane, window.pair_view.other_pane)
        layout_started = time.perf_counter()
        longest = 0.0
        while not all(p.is_laid_out() for p in panes):
            before = time.perf_counter()
            app.processEvents()
            longest = max(longest, time.perf_counter() - before)
        print(f"  background layout of both panes: {time.perf_counter() - layout_started:.1f} s,"
              f" longest slice {longest * 1000:.0f} ms")  # fmt: skip
        bar = window.pair_view.base_pane.verticalScrollBar()
        stride = max(1, bar.maximum() // 300)
        median, worst = _steps(lambda k: (bar.setValue(k * stride), app.processEvents()), 300)
        print(f"  synchronised scroll step: median {median:.2f} ms, worst {worst:.2f} ms"
              " (target 16 ms)")  # fmt: skip
        median, worst = _steps(lambda k: (window.step_finding(True), app.processEvents()), 100)
        print(f"  next finding (F7): median {median:.2f} ms, worst {worst:.2f} ms (target 16 ms)")
        window.close()

        story = versions(5_000, 20)
        story_paths = [str(Path(folder, f"v{k:02}.txt")) for k in range(20)]
        for path, text in zip(story_paths, story, strict=True):
            Path(path).write_text(text, encoding="utf-8")
        window = _window()
        opened = _open(app, window, story_paths)
        print(f"20 versions x 5,000 words: first screen {opened['first_screen_s']:.1f} s")
        others = [p.other for p in window.comparison.pairs]  # type: ignore[union-attr]
        median, worst = _steps(
            lambda k: (window.select_version(others[k % len(others)]), app.processEvents()), 40
        )
        print(f"  switch version: median {median:.1f} ms, worst {worst:.1f} ms (target 100 ms)")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
