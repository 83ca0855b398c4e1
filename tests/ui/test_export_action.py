"""File › Export HTML… (Ctrl+E) in the window: scope, cosmetic option, file choice, errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.ui.conftest import demo_files
from viewer.core.visibility import Visibility
from viewer.export.html_report import Layout
from viewer.ui.export_dialog import ExportDialog
from viewer.ui.main_window import MainWindow

Maker = Callable[..., MainWindow]


def answer(monkeypatch: pytest.MonkeyPatch, path: Path, scope: str, hide: bool) -> None:
    """Stand in for the user: pick the scope and cosmetic option, then the file name."""

    def exec_(dialog: ExportDialog) -> int:
        (dialog.all_versions if scope == "all" else dialog.current_pair).setChecked(True)
        dialog.hide_cosmetic.setChecked(hide)
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "HTML"))


def written(qtbot: QtBot, window: MainWindow) -> None:
    """The report is written off the GUI thread: wait for it."""
    qtbot.waitUntil(lambda: not window.reviewing.export_jobs, timeout=20000)


def test_export_runs_off_the_gui_thread_and_a_cancelled_one_writes_nothing(
    make_window: Maker, qtbot: QtBot, tmp_path: Path
) -> None:
    """Regression (issue 23): File › Export HTML of a 400k-word pair froze the window 5.3 s
    with no progress and no cancel."""
    from viewer.export.html_report import ReportOptions
    from viewer.ui.file_actions import ExportJob

    window = make_window(demo_files())
    assert window.comparison is not None
    target = tmp_path / "cancelled.html"
    job = ExportJob(window.comparison, target, ReportOptions(), None)
    done: list[str] = []
    job.written.connect(lambda: done.append("written"))
    job.cancel()  # Cancel in the progress dialog
    with qtbot.waitSignal(job.finished, timeout=20000):
        job.start()
    assert done == [] and not target.exists()
    job = ExportJob(window.comparison, target, ReportOptions(), None)
    job.written.connect(lambda: done.append("written"))
    with qtbot.waitSignal(job.written, timeout=20000):
        job.start()
    job.wait()
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_ctrl_e_exports_the_current_pair(
    make_window: Maker, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_files())
    window.select_version(2)
    target = tmp_path / "pair.html"
    answer(monkeypatch, target, "current", hide=False)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    written(qtbot, window)
    report = target.read_text(encoding="utf-8")
    assert "3-back-translated.txt" in report
    assert 'id="v2-r1"' in report and 'id="v1-r1"' not in report and 'id="v3-r1"' not in report


def test_export_all_versions_hiding_cosmetic(
    make_window: Maker, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(demo_files())
    target = tmp_path / "all.html"
    answer(monkeypatch, target, "all", hide=True)
    window.actions_.export.trigger()
    written(qtbot, window)
    report = target.read_text(encoding="utf-8")
    assert all(f'id="v{k}-r1"' in report for k in (1, 2, 3))
    assert 'class="cosm"' not in report  # no cosmetic highlight in any row


def test_export_failure_is_reported_and_nothing_is_lost(
    make_window: Maker,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_modal_dialogs: list[str],
) -> None:
    window = make_window(demo_files()[:2])
    answer(monkeypatch, tmp_path / "missing-folder" / "r.html", "all", hide=False)
    window.actions_.export.trigger()
    written(qtbot, window)
    warnings = no_modal_dialogs
    assert warnings and "missing-folder" in warnings[0] and "does not exist" in warnings[0]
    assert window.comparison is not None and len(window.comparison.documents) == 2


def test_dialog_defaults_follow_the_view(qtbot: QtBot) -> None:
    dialog = ExportDialog(None, 3, "update.txt", Visibility(hide_cosmetic=True), inline=True)
    qtbot.addWidget(dialog)
    assert dialog.current_pair.isChecked() and dialog.hide_cosmetic.isChecked()
    assert not dialog.hide_boilerplate.isChecked()
    options = dialog.options()
    assert options.pairs == (3,) and options.hide_cosmetic and not options.hide_boilerplate
    assert options.layout is Layout.INLINE
    dialog.all_versions.setChecked(True)
    dialog.side_by_side.setChecked(True)
    dialog.hide_boilerplate.setChecked(True)
    options = dialog.options()
    assert options.pairs is None and options.layout is Layout.SIDE_BY_SIDE
    assert options.hide_boilerplate


def test_export_carries_the_review_chosen(
    make_window: Maker, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14: the dialog's review choices reach the report (verdicts, only confirmed,
    notes, the claims table)."""
    from viewer.core.review import Verdict

    window = make_window(demo_files()[:3])
    window.findings.choose(0)
    window.reviewing.set_verdict(Verdict.CONFIRMED)
    window.findings.editor.note.setPlainText("kept <b>as typed</b>")
    target = tmp_path / "reviewed.html"

    def exec_(dialog: ExportDialog) -> int:
        assert dialog.include_review.isEnabled() and dialog.include_review.isChecked()
        dialog.only_confirmed.setChecked(True)
        dialog.include_claims.setChecked(False)
        return ExportDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "HTML"))
    window.actions_.export.trigger()
    written(qtbot, window)
    report = target.read_text(encoding="utf-8")
    assert 'id="review"' in report and "kept &lt;b&gt;as typed&lt;/b&gt;" in report
    assert report.count("data-finding tabindex") == 1
    assert 'id="claims"' not in report


def test_export_dialog_without_a_review_offers_no_review(qtbot: QtBot) -> None:
    dialog = ExportDialog(None, 1, "b", Visibility())
    qtbot.addWidget(dialog)
    assert not dialog.include_review.isEnabled() and not dialog.only_confirmed.isEnabled()
    assert dialog.options().review is None and dialog.options().include_claims
