"""GUI timings: launch to first highlighted comparison of the seeds, version switch, scroll step.

Run: QT_QPA_PLATFORM=offscreen /work/venv/bin/python benchmarks/bench_gui.py
Targets on this machine: 1.5 s, 100 ms and 5 ms.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from viewer.ui.main_window import MainWindow  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"


def _paths() -> list[str]:
    found = sorted(SEEDS.glob("*.txt"))
    if len(found) < 2:
        found = sorted((ROOT / "resources" / "demo").glob("*.txt"))
    return [str(p) for p in found]


def _launch(app: QApplication, paths: list[str]) -> tuple[float, MainWindow]:
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "b.ini"), QSettings.Format.IniFormat)
    start = time.perf_counter()
    window = MainWindow(settings)
    window.resize(1600, 1000)
    window.show()
    done: list[float] = []
    window.comparison_shown.connect(lambda: done.append(time.perf_counter()))
    window.open_paths(paths)
    while not done:
        app.processEvents()
        time.sleep(0.001)
    assert window.pair_view.other_pane.highlighted_spans()
    return done[0] - start, window


def main() -> None:
    app = QApplication.instance() or QApplication([])
    paths = _paths()
    launches = []
    window = None
    for run in range(5):
        seconds, window = _launch(app, paths)
        launches.append(seconds)
        if run < 4:
            window.close()
    assert window is not None
    switches = []
    others = [p.other for p in window.comparison.pairs]  # type: ignore[union-attr]
    for step in range(20):
        start = time.perf_counter()
        window.select_version(others[step % len(others)])
        app.processEvents()
        switches.append(time.perf_counter() - start)
    scrolls = []
    bar = window.pair_view.base_pane.verticalScrollBar()
    for value in range(0, bar.maximum(), max(1, bar.maximum() // 200)):
        start = time.perf_counter()
        bar.setValue(value)  # the other pane follows synchronously
        scrolls.append(time.perf_counter() - start)
    window.actions_.all_versions.trigger()
    app.processEvents()
    all_scrolls = []
    bar = window.all_view.panes[0].verticalScrollBar()
    for value in range(0, bar.maximum(), max(1, bar.maximum() // 200)):
        start = time.perf_counter()
        bar.setValue(value)
        all_scrolls.append(time.perf_counter() - start)
    print(f"versions: {len(paths)}")
    launch = statistics.median(launches)
    print(f"launch to first highlighted comparison: {launch:.3f} s (target 1.5 s)")
    print(f"switch version: {statistics.median(switches) * 1000:.1f} ms (target 100 ms)")
    print(f"sync scroll step, pair: {statistics.median(scrolls) * 1000:.2f} ms (target 5 ms)")
    print(
        f"sync scroll step, all versions: {statistics.median(all_scrolls) * 1000:.2f} ms"
        " (target 5 ms)"
    )


if __name__ == "__main__":
    main()
