"""The window's cases of ``bench_review_limits`` (issue 23): widths, a huge label, a note of
one huge word, opening a review of slow PDFs, exporting HTML, a tooltip of markup."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

__all__ = [
    "case_export",
    "case_huge_label",
    "case_note_word",
    "case_open_slow",
    "case_tooltip_image",
    "case_wide",
    "new_window",
    "start_app",
]

_SMALL = os.environ.get("BENCH_SMALL") == "1"


def start_app() -> object:
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer(box: QMessageBox) -> int:  # a dialog would wait for a click for ever
        print(f"  (message: {box.text()[:150]!r})")
        return int(QMessageBox.StandardButton.Discard)

    QMessageBox.exec = answer  # type: ignore[method-assign]
    return QApplication.instance() or QApplication([])


def new_window(folder: str) -> object:
    from PySide6.QtCore import QSettings

    from viewer.ui.main_window import MainWindow

    settings = QSettings(str(Path(folder, "s.ini")), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(1600, 1000)
    window.show()
    return window


def _pump(app: object, seconds: float) -> float:
    """Run the event loop ``seconds``; the longest stretch it did not answer."""
    end = time.perf_counter() + seconds
    last = time.perf_counter()
    stall = 0.0
    while time.perf_counter() < end:
        app.processEvents()  # type: ignore[attr-defined]
        now = time.perf_counter()
        stall, last = max(stall, now - last), now
        time.sleep(0.002)
    return stall


def _until(app: object, done: Callable[[], bool], limit: float = 600) -> tuple[float, float]:
    start = last = time.perf_counter()
    stall = 0.0
    while not done() and time.perf_counter() - start < limit:
        app.processEvents()  # type: ignore[attr-defined]
        now = time.perf_counter()
        stall, last = max(stall, now - last), now
        time.sleep(0.002)
    return time.perf_counter() - start, stall


def _blocked_then(
    app: object, call: Callable[[], object], done: Callable[[], bool]
) -> tuple[float, float, float]:
    """How long ``call`` held the GUI thread, how long after it ``done`` took, and the
    longest stall of the event loop meanwhile."""
    start = time.perf_counter()
    call()
    blocked = time.perf_counter() - start
    seconds, stall = _until(app, done)
    return blocked, seconds, stall


def _rss() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def case_tooltip_image() -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLabel, QToolTip

    from viewer.core import Document
    from viewer.ui.versions_panel import VersionsPanel

    app = start_app()
    panel = VersionsPanel()
    panel.show()
    name = "<img src=x width=60000 height=60000>.txt"
    docs = (Document(name, name, "one two three"), Document("b.txt", "b.txt", "one two"))
    panel.show_documents(docs, None, None)
    tip = panel.tree.topLevelItem(0).toolTip(0)
    before = _rss()
    start = time.perf_counter()
    QToolTip.showText(QPoint(100, 100), tip, panel)
    _pump(app, 0.3)
    print(
        f"  showing the tooltip: {time.perf_counter() - start:.1f} s, "
        f"memory {before:.0f} -> {_rss():.0f} MiB"
    )
    # What a tooltip is: a label laid out and painted (the offscreen platform may show none).
    label = QLabel(tip)
    start = time.perf_counter()
    label.adjustSize()
    label.grab()
    print(
        f"  laying out and painting it as a label: {time.perf_counter() - start:.1f} s, "
        f"{label.width()} x {label.height()} px, memory {before:.0f} -> {_rss():.0f} MiB"
    )


def _demo_window(folder: str) -> tuple[object, object]:
    from viewer.cli.main import demo_paths

    app = start_app()
    window = new_window(folder)
    window.open_paths([str(p) for p in demo_paths()])  # type: ignore[attr-defined]
    _until(app, lambda: window.comparison is not None)  # type: ignore[attr-defined]
    return app, window


def _labelled(window: object, labels: list[str]) -> None:
    from viewer.core import Document, compare_documents

    texts = ["The mayor said buses would run.", "The mayor said trains would run."]
    docs = [
        Document(f"/tmp/{k}.txt", label, t)
        for k, (label, t) in enumerate(zip(labels, texts, strict=True))
    ]
    window.show_comparison(compare_documents(docs))  # type: ignore[attr-defined]


def case_wide() -> None:
    with tempfile.TemporaryDirectory() as folder:
        app, window = _demo_window(folder)
        for length in (245, 10_000):
            _labelled(window, ["n" * (length - 4) + ".txt", "b.txt"])
            _pump(app, 0.5)
            base = window.pair_view.base_pane.width()  # type: ignore[attr-defined]
            width = window.width()  # type: ignore[attr-defined]
            print(f"  a {length:,}-character label: window {width} px, base pane {base} px")


def case_huge_label() -> None:
    with tempfile.TemporaryDirectory() as folder:
        app, window = _demo_window(folder)
        _labelled(window, ["n" * 1_000_000, "b.txt"])
        stall = _pump(app, 1.0)
        print(f"  shown; window {window.width()} px, longest stall {stall:.1f} s")  # type: ignore[attr-defined]


def case_note_word() -> None:
    with tempfile.TemporaryDirectory() as folder:
        app, window = _demo_window(folder)
        findings = window.findings  # type: ignore[attr-defined]
        findings.choose(1)
        _pump(app, 0.2)
        note = findings.editor.note
        start = time.perf_counter()
        note.insertPlainText("w" * 200_000)
        app.processEvents()  # type: ignore[attr-defined]
        inserted = time.perf_counter() - start
        stall = _pump(app, 1.0)
        print(
            f"  pasting a 200,000-character word: {inserted:.2f} s on the GUI thread, "
            f"then stalls up to {stall:.2f} s"
        )
        window.reviewing.session.drop_changes()  # type: ignore[attr-defined]


def case_open_slow() -> None:
    from benchmarks.hostile import pdf_fragments
    from viewer.core.review import Review
    from viewer.export.review_file import write_review
    from viewer.io import load_document
    from viewer.ui import review_files

    count = 2 if _SMALL else 6
    with tempfile.TemporaryDirectory() as folder:
        docs = []
        for k in range(count):
            path = Path(folder, f"slow{k}.pdf")
            path.write_bytes(pdf_fragments(30_000 + k))
            start = time.perf_counter()
            docs.append(load_document(str(path)))
        print(f"  one PDF reads in {time.perf_counter() - start:.1f} s")
        review = Path(folder, "slow.redline")
        write_review(review, docs, 0, Review())
        app = start_app()
        window = new_window(folder)
        shown: list[int] = []
        window.comparison_shown.connect(lambda: shown.append(1))  # type: ignore[attr-defined]
        try:  # the review read off the GUI thread (issue 23), or on it (before)
            from viewer.ui.review_opening import open_review
        except ImportError:
            open_review = review_files.open_review  # type: ignore[attr-defined]
        call = lambda: open_review(window, str(review))  # type: ignore[arg-type]  # noqa: E731
        blocked, seconds, stall = _blocked_then(app, call, lambda: bool(shown))
        print(
            f"  open the review: the call held the GUI thread {blocked:.1f} s; shown after "
            f"{blocked + seconds:.1f} s (longest stall after the call {stall:.2f} s)"
        )
        window.reviewing.session.drop_changes()  # type: ignore[attr-defined]


def case_export() -> None:
    from unittest import mock

    from benchmarks.corpus import edited_pair
    from viewer.ui import file_actions
    from viewer.ui.export_dialog import ExportDialog

    words = 40_000 if _SMALL else 400_000
    with tempfile.TemporaryDirectory() as folder:
        paths = [str(Path(folder, n)) for n in ("a.txt", "b.txt")]
        for path, text in zip(paths, edited_pair(words), strict=True):
            Path(path).write_text(text, encoding="utf-8")
        app = start_app()
        window = new_window(folder)
        window.open_paths(paths)  # type: ignore[attr-defined]
        _until(app, lambda: window.comparison is not None)  # type: ignore[attr-defined]
        _pump(app, 0.5)
        out = Path(folder, "report.html")
        with (
            mock.patch.object(ExportDialog, "exec", return_value=ExportDialog.DialogCode.Accepted),
            mock.patch.object(
                file_actions.QFileDialog, "getSaveFileName", return_value=(str(out), "")
            ),
        ):
            call = lambda: file_actions.export_html(window)  # type: ignore[arg-type]  # noqa: E731
            blocked, seconds, stall = _blocked_then(app, call, out.exists)
        print(
            f"  {words:,}-word pair: the call held the GUI thread {blocked:.1f} s; written "
            f"after {blocked + seconds:.1f} s (longest stall after the call {stall:.2f} s), "
            f"{out.stat().st_size / 2**20:.0f} MiB"
        )
