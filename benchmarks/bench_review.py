"""The review workflow at scale: verdict keys, note keystrokes, F7 through unreviewed findings,
a link by hand (recomputed off the GUI thread), saving, autosaving and opening a review, and
the claims table, on a long pair (1M words by default) and on the seeds.

Run: ``QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_review [--words N]``.
Targets: a verdict, a keystroke or an F7 step under 16 ms; the window answers within
200 ms while a link is recomputed or the claims table is built.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from benchmarks.corpus import edited_pair
from viewer.core.review import LinkAction, Verdict
from viewer.ui import review_files
from viewer.ui.jobs import running_jobs
from viewer.ui.main_window import MainWindow


def _window(folder: str) -> MainWindow:
    """A window with settings of its own (the claims panel closed, as at first start)."""
    settings = QSettings(tempfile.mktemp(suffix=".ini", dir=folder), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(1600, 1000)
    window.show()
    return window


def _until(app: QApplication, done: Callable[[], bool]) -> tuple[float, float]:
    """Seconds until ``done``, and the longest stretch the GUI thread did not answer."""
    start = last = time.perf_counter()
    stall = 0.0
    while not done():
        app.processEvents()
        now = time.perf_counter()
        stall, last = max(stall, now - last), now
        time.sleep(0.002)
    return time.perf_counter() - start, stall


def _steps(app: QApplication, action: Callable[[int], object], count: int) -> str:
    times = []
    for k in range(count):
        start = time.perf_counter()
        action(k)
        app.processEvents()
        times.append(time.perf_counter() - start)
    return f"median {statistics.median(times) * 1000:.2f} ms, worst {max(times) * 1000:.2f} ms"


def _shown(app: QApplication, window: MainWindow, start: Callable[[], object]) -> str:
    arrived: list[int] = []
    window.comparison_shown.connect(lambda: arrived.append(1))
    start()
    seconds, stall = _until(app, lambda: bool(arrived))
    window.comparison_shown.disconnect()
    return f"{seconds:.2f} s, longest GUI stall {stall * 1000:.0f} ms"


def bench(app: QApplication, paths: list[str], folder: str, title: str) -> None:
    window = _window(folder)
    print(f"{title}: opened in {_shown(app, window, lambda: window.open_paths(paths))}")
    findings = window.findings
    count = min(100, len(findings.findings))
    print(f"  {len(findings.findings):,} findings listed")
    verdicts = (Verdict.CONFIRMED, Verdict.NOT_SIGNIFICANT, Verdict.FOLLOW_UP)

    def verdict(k: int) -> None:
        window.reviewing.set_verdict(verdicts[k % 3], findings.findings[k * 2 % count])

    print(f"  set a verdict (Ctrl+1, 2, 3): {_steps(app, verdict, count)}")
    findings.choose(1)
    note = findings.editor.note
    print(f"  note keystroke: {_steps(app, lambda k: note.insertPlainText('x'), 100)}")
    window.reviewing.unreviewed_only = True
    step = _steps(app, lambda k: window.step_finding(True), count)
    print(f"  F7, unreviewed only: {step}")
    review_path = Path(folder) / "bench.redline"
    start = time.perf_counter()
    assert review_files._save_to(window, review_path)
    size = review_path.stat().st_size / 1e6
    print(f"  save review: {(time.perf_counter() - start) * 1000:.0f} ms ({size:.1f} MB)")
    note.insertPlainText("y")
    start = time.perf_counter()
    window.reviewing.session.autosave()
    print(f"  autosave (recovery copy): {(time.perf_counter() - start) * 1000:.0f} ms")
    pair = window.comparison.pair_for(1)  # type: ignore[union-attr]
    omitted = next(b for b in pair.blocks if b.kind.value == "omitted")
    added = next(b for b in pair.blocks if b.kind.value == "added")
    window.pair_view.base_pane.select(omitted.base.start, omitted.base.end)
    window.pair_view.other_pane.select(added.other.start, added.other.end)
    link = _shown(app, window, lambda: window.reviewing.correct(LinkAction.LINK))
    print(f"  link by hand, recomputed and shown: {link}")
    claims = window.reviewing.claims
    print(
        "  claims table: "
        + _steps_until(app, window.reviewing.claims_dock.show, lambda: bool(claims.claims))
        + f" ({len(claims.claims):,} claims)"
    )
    window.reviewing.session.drop_changes()
    window.close()
    while running_jobs():  # the claims table is not interrupted: let it end
        app.processEvents()
    other = _window(folder)
    opened = _shown(app, other, lambda: review_files.open_review(other, str(review_path)))
    print(f"  open the review (read, check the files, compare): {opened}")
    other.reviewing.session.drop_changes()
    other.close()


def _steps_until(app: QApplication, start: Callable[[], object], done: Callable[[], bool]) -> str:
    start()
    seconds, stall = _until(app, done)
    return f"{seconds:.2f} s, longest GUI stall {stall * 1000:.0f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    seeds = sorted((Path(__file__).resolve().parents[2] / "shared" / "seeds").glob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        if len(seeds) == 5:
            order = [seeds[1], seeds[0], seeds[2], seeds[3], seeds[4]]
            bench(app, [str(p) for p in order], folder, "five seeds")
        base, other = edited_pair(args.words)
        paths = [str(Path(folder, n)) for n in ("base.txt", "other.txt")]
        for path, text in zip(paths, (base, other), strict=True):
            Path(path).write_text(text, encoding="utf-8")
        bench(app, paths, folder, f"{args.words:,}-word pair")
    return 0


if __name__ == "__main__":
    sys.exit(main())
