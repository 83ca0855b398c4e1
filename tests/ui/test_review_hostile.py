"""Reviews in the app under hostile and heavy use (issue 23): a damaged recovery copy, an
autosave that fails, two windows saving one file, a slow check of the versions' files,
a damaged review given at start."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import bus_files
from tests.ui.test_review_files import reviewed_window, save_as
from viewer.core.review import Verdict
from viewer.ui import review_opening
from viewer.ui.main_window import MainWindow
from viewer.ui.recovery import orphans

Maker = Callable[..., MainWindow]
DEEP = "[" * 100_000 + "]" * 100_000


def test_an_unreadable_recovery_copy_is_kept_aside_and_reported(
    make_window: Maker, qtbot: QtBot, no_modal_dialogs: list[str], settings: object
) -> None:
    """Regression: such a file in the recovery folder made the app crash at every start
    (RecursionError), and a copy that could not be read was deleted without a word."""
    from viewer.ui.app import open_window

    probe = make_window()
    folder = probe.reviewing.session.recovery.folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "0123abcd.redline").write_text(DEEP, encoding="utf-8")
    (folder / "0123abcd.origin").write_text("/news/flood.redline", encoding="utf-8")
    started = open_window([], settings)  # type: ignore[arg-type]
    qtbot.addWidget(started, before_close_func=lambda w: w.reviewing.session.drop_changes())
    qtbot.waitUntil(lambda: started.comparison is not None, timeout=20000)  # the demo opened
    kept = folder / "unreadable" / "0123abcd.redline"
    assert kept.read_text(encoding="utf-8") == DEEP  # nothing deleted
    assert (folder / "unreadable" / "0123abcd.origin").exists()
    assert orphans(folder) == []  # not offered again
    assert len(no_modal_dialogs) == 1
    assert "damaged review (nested too deeply" in no_modal_dialogs[0]
    assert f"It was kept as {kept}" in no_modal_dialogs[0]


def test_a_failing_autosave_is_shown_in_the_status_bar_and_the_title(
    make_window: Maker, qtbot: QtBot, tmp_path: Path
) -> None:
    """Regression: autosave failures (full disk, read-only folder) were recorded and never
    shown: the user believed they were protected."""
    window = reviewed_window(make_window, qtbot, tmp_path)
    session = window.reviewing.session
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the recovery folder should be", encoding="utf-8")
    session.recovery.folder = blocked / "recovery"
    session.autosave()
    assert session.autosave_problem is not None
    assert "(not autosaved)" in window.windowTitle()
    state = window.reviewing.autosave_state
    assert not state.isHidden() and state.text().startswith("Not autosaved: ")
    session.recovery.folder = tmp_path / "recovery"  # room again: the next copy is written
    session.autosave()
    assert session.autosave_problem is None and state.isHidden()
    assert "(not autosaved)" not in window.windowTitle()


@pytest.mark.parametrize("choice", ["Overwrite", "Cancel"])
def test_saving_over_a_file_another_window_wrote_asks_first(
    make_window: Maker,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
) -> None:
    """Regression: two windows (or another program) saving the same review: the last one
    silently won."""
    first = reviewed_window(make_window, qtbot, tmp_path)
    path = tmp_path / "shared.redline"
    save_as(first, path, monkeypatch)
    second = make_window()
    with qtbot.waitSignal(second.comparison_shown, timeout=20000):
        review_opening.open_review(second, str(path))
    second.findings.choose(1)
    second.reviewing.set_verdict(Verdict.NOT_SIGNIFICANT)
    second.actions_.save_review.trigger()  # the second window saves first
    saved_by_second = path.read_bytes()
    first.findings.choose(1)
    first.reviewing.set_verdict(Verdict.FOLLOW_UP)
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        for button in box.buttons():
            if button.text() == choice or (choice == "Cancel" and "Cancel" in button.text()):
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    first.actions_.save_review.trigger()
    assert (
        len(asked) == 1 and "was changed on disk since this window opened or saved it" in asked[0]
    )
    if choice == "Overwrite":
        assert path.read_bytes() != saved_by_second and not first.isWindowModified()
    else:
        assert path.read_bytes() == saved_by_second and first.isWindowModified()


def test_the_versions_files_are_checked_off_the_gui_thread(
    make_window: Maker, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: opening a review re-read every source on the GUI thread (32.7 s for six
    slow PDFs); now the window answers while they are read, and closing it cancels them."""
    window = reviewed_window(make_window, qtbot, tmp_path)
    path = tmp_path / "slow.redline"
    save_as(window, path, monkeypatch)
    release = threading.Event()
    reading: list[str] = []

    def slow(source: str, cancel: threading.Event | None = None) -> str | None:
        reading.append(source)
        while not release.is_set() and not (cancel and cancel.is_set()):
            release.wait(0.01)
        return Path(source).read_text(encoding="utf-8")

    monkeypatch.setattr(review_opening, "text_now", slow)
    other = make_window(
        bus_files(tmp_path / "other") if (tmp_path / "other").mkdir() is None else []
    )
    assert review_opening.open_review(other, str(path))  # returns at once
    qtbot.waitUntil(lambda: bool(reading), timeout=5000)
    assert other.reviewing.opening is not None and other.progress.isVisible()
    before = other.comparison
    qtbot.wait(50)  # the window goes on answering
    assert other.comparison is before
    with qtbot.waitSignal(other.comparison_shown, timeout=20000):
        release.set()
    assert other.reviewing.session.path == path
    assert other.reviewing.session.review == window.reviewing.session.review


def test_a_damaged_review_given_at_start_is_one_message(
    qtbot: QtBot, tmp_path: Path, no_modal_dialogs: list[str], settings: object
) -> None:
    """Regression: ``redline bad.redline`` printed a traceback at start."""
    from viewer.ui.app import open_window

    path = tmp_path / "bad.redline"
    path.write_text('{"format": "redline-review", "version": 1, "base": ' + "9" * 5000 + "}")
    window = open_window([str(path)], settings)  # type: ignore[arg-type]
    qtbot.addWidget(window, before_close_func=lambda w: w.reviewing.session.drop_changes())
    qtbot.waitUntil(lambda: window.reviewing.opening is None, timeout=20000)
    assert no_modal_dialogs == [f"{path}: damaged review (a number of 5,000 digits)"]
