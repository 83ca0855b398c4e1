"""Saved reviews in the app: save → open restores the same state, the title's mark, the
question before unsaved work is dropped, bad files, changed versions, recent reviews and
recovery after a crash (issue 14)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import BUS_BASE, BUS_OTHER, bus_files, select_in
from viewer.core.review import Verdict
from viewer.export.review_file import write_review
from viewer.ui import review_files, review_opening
from viewer.ui.main_window import MainWindow
from viewer.ui.recovery import orphans

Maker = Callable[..., MainWindow]
Button = QMessageBox.StandardButton


def reviewed_window(make_window: Maker, qtbot: QtBot, tmp_path: Path) -> MainWindow:
    """The bus versions with a link by hand, a verdict with a note and a verdict alone."""
    window = make_window(bus_files(tmp_path))
    select_in(window.pair_view.base_pane, BUS_BASE, "Residents had asked")
    select_in(window.pair_view.other_pane, BUS_OTHER, "Commuters wanted")
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.actions_.review.link.trigger()
    findings = window.findings
    findings.choose(0)
    window.reviewing.set_verdict(Verdict.CONFIRMED)
    findings.editor.note.setPlainText("day moved: <i>check</i>")
    findings.choose(len(findings.findings) - 1)
    window.reviewing.set_verdict(Verdict.FOLLOW_UP)
    return window


def save_as(window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    window.actions_.save_review_as.trigger()


def snapshot(window: MainWindow) -> tuple[object, ...]:
    """Everything a review restores, as the window shows it."""
    comparison = window.comparison
    assert comparison is not None
    decisions = window.findings.decisions()
    return (
        comparison.documents,
        comparison.base,
        comparison.pairs,
        window.reviewing.session.review,
        window.reviewing.session.options,
        [(s, decisions.get(s)) for s in window.findings.findings],
        [window.findings.model.index(n, 0).data() for n in range(len(window.findings.findings))],
        window.reviewing.progress.text(),
    )


def test_save_then_open_restores_the_same_state(
    make_window: Maker, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = reviewed_window(make_window, qtbot, tmp_path)
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    path = tmp_path / "bus"  # the suffix is added
    save_as(window, path, monkeypatch)
    saved = tmp_path / "bus.redline"
    assert json.loads(saved.read_text(encoding="utf-8"))["format"] == "redline-review"
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("bus.redline[*] — Redline — wire.txt ↔ outlet.txt")
    assert window.memory.recent_reviews() == [str(saved)]
    before = snapshot(window)

    other = make_window()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(saved), ""))
    )
    with qtbot.waitSignal(other.comparison_shown, timeout=20000):
        other.actions_.open_review.trigger()
    assert snapshot(other) == before
    assert not other.isWindowModified()
    assert other.reviewing.session.path == saved
    # Saving again without a change writes the same review to the same file.
    text = saved.read_text(encoding="utf-8")
    other.actions_.save_review.trigger()
    assert (
        json.loads(saved.read_text(encoding="utf-8"))["decisions"] == json.loads(text)["decisions"]
    )


def test_a_review_file_given_as_a_version_opens_as_a_review(
    make_window: Maker, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = reviewed_window(make_window, qtbot, tmp_path)
    save_as(window, tmp_path / "bus.redline", monkeypatch)
    other = make_window()
    with qtbot.waitSignal(other.comparison_shown, timeout=20000):
        other.open_paths([str(tmp_path / "bus.redline")])  # the command line, a drop
    assert other.reviewing.session.review == window.reviewing.session.review


@pytest.mark.parametrize(
    ("answer", "closes", "saves"),
    [(Button.Cancel, False, False), (Button.Discard, True, False), (Button.Save, True, True)],
)
def test_closing_with_unsaved_work_asks_first(
    make_window: Maker,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: Button,
    closes: bool,
    saves: bool,
) -> None:
    window = reviewed_window(make_window, qtbot, tmp_path)
    asked: list[str] = []

    def reply(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(answer)

    monkeypatch.setattr(QMessageBox, "exec", reply)
    target = tmp_path / "closing.redline"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert window.close() is closes
    assert len(asked) == 1
    assert asked[0].startswith("This review has changes that are not saved: 2 decisions")
    assert "1 correction of the alignment" in asked[0]
    assert target.exists() is saves
    assert window.isVisible() is not closes


def test_nothing_decided_closes_without_asking(
    make_window: Maker, tmp_path: Path, no_modal_dialogs: list[str]
) -> None:
    window = make_window(bus_files(tmp_path))
    assert not window.isWindowModified()
    assert window.close()
    assert no_modal_dialogs == []


BAD = {
    "damaged": (b'{"format": "redline-review", "version": 1, "documents": "x"}', "damaged review"),
    "foreign": (b'{"format": "something-else"}', "not a Redline review (its format is"),
    "newer": (b'{"format": "redline-review", "version": 2}', "made by a newer Redline"),
    "junk": (b"\x00\x01 not json", "not a Redline review (damaged, or not JSON)"),
}


@pytest.mark.parametrize("name", [*BAD, "missing"])
def test_a_bad_review_file_gets_one_clear_message_and_changes_nothing(
    make_window: Maker, qtbot: QtBot, tmp_path: Path, no_modal_dialogs: list[str], name: str
) -> None:
    window = make_window(bus_files(tmp_path))
    comparison = window.comparison
    path = tmp_path / f"{name}.redline"
    if name != "missing":
        path.write_bytes(BAD[name][0])
    problem = BAD[name][1] if name != "missing" else "file not found"
    assert review_opening.open_review(window, str(path))  # read in the background
    qtbot.waitUntil(lambda: window.reviewing.opening is None, timeout=20000)
    assert len(no_modal_dialogs) == 1
    assert no_modal_dialogs[0].startswith(f"{path}: ") and problem in no_modal_dialogs[0]
    assert "\n" not in no_modal_dialogs[0]
    assert window.comparison is comparison and not window.is_busy()


def test_versions_changed_on_disk_are_named(
    make_window: Maker, qtbot: QtBot, tmp_path: Path, no_modal_dialogs: list[str]
) -> None:
    window = make_window()
    files = bus_files(tmp_path)
    opened = make_window(files)
    path = tmp_path / "bus.redline"
    write_review(path, opened.documents, 0, opened.reviewing.session.review)
    Path(files[1]).write_text("A different story.", encoding="utf-8")
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        assert review_opening.open_review(window, str(path))
    assert no_modal_dialogs == [
        "The review shows the texts as they were saved:\n\n"
        f"{files[1]}: changed since the review was saved; the saved text is used"
    ]
    assert window.documents[1].text == BUS_OTHER


def test_autosave_and_recovery_after_a_crash(
    make_window: Maker, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = reviewed_window(make_window, qtbot, tmp_path)
    session = window.reviewing.session
    folder = session.recovery.folder
    assert session._timer.isActive()  # a copy is due a few seconds after the change
    session.autosave()
    assert session.recovery.exists()
    assert orphans(folder) == []  # the window is alive: not an orphan
    review = session.review
    # The process dies: its lock goes with it, the copy stays.
    assert session.recovery._lock is not None
    session.recovery._lock.unlock()
    session.recovery._lock = None
    found = orphans(folder)
    assert [o.file for o in found] == [session.recovery.file]

    asked: list[str] = []

    def recover(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(Button.Yes)

    monkeypatch.setattr(QMessageBox, "exec", recover)
    restarted = make_window()
    with qtbot.waitSignal(restarted.comparison_shown, timeout=20000):
        assert review_files.offer_recovery(restarted)
    assert asked[0].startswith("Redline did not close normally. A review with unsaved changes")
    assert "versions wire.txt, outlet.txt; 2 decisions, 1 corrections" in asked[0]
    assert restarted.reviewing.session.review == review
    assert restarted.isWindowModified()  # recovered work is not saved yet
    assert orphans(folder) == []  # offered once
    save_as(restarted, tmp_path / "recovered.redline", monkeypatch)
    assert not restarted.reviewing.session.recovery.exists()
    assert not list(folder.glob("*.redline"))


def test_a_clean_close_leaves_no_recovery_file(
    make_window: Maker, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = reviewed_window(make_window, qtbot, tmp_path)
    session = window.reviewing.session
    session.autosave()
    assert session.recovery.exists()
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: int(Button.Discard))
    assert window.close()
    assert not session.recovery.exists()
    assert orphans(session.recovery.folder) == []


def test_the_app_offers_a_recovered_review_before_opening_anything(
    make_window: Maker,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    settings: object,
) -> None:
    """At start, a review left by a crash comes first (the demo is not opened over it)."""
    from viewer.ui.app import open_window

    window = reviewed_window(make_window, qtbot, tmp_path)
    session = window.reviewing.session
    session.autosave()
    assert session.recovery._lock is not None
    session.recovery._lock.unlock()  # the process "dies"
    session.recovery._lock = None
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: int(Button.Yes))
    started = open_window([], settings)  # type: ignore[arg-type]
    qtbot.addWidget(started, before_close_func=lambda w: w.reviewing.session.drop_changes())
    qtbot.waitUntil(lambda: started.comparison is not None, timeout=20000)
    assert [d.text for d in started.documents] == [BUS_BASE, BUS_OTHER]
    assert started.reviewing.session.review == session.review
