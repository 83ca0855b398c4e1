"""Damaged review files through File › Open Review: one message naming the file every time,
the window unchanged and never left waiting (issue 23: no message and a wait cursor for
good)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from tests.cli.test_review_fuzz import damaged
from tests.ui.conftest import bus_files
from viewer.ui import review_opening
from viewer.ui.main_window import MainWindow

Maker = Callable[..., MainWindow]


@settings(max_examples=1, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_damaged_reviews_in_the_app_are_one_message_naming_the_file(
    data: st.DataObject,
    make_window: Maker,
    qtbot: QtBot,
    tmp_path: Path,
    no_modal_dialogs: list[str],
) -> None:
    window = make_window(bus_files(tmp_path))
    path = tmp_path / "damaged.redline"
    for _ in range(40):  # one window, forty damaged files
        path.write_bytes(data.draw(damaged()))
        no_modal_dialogs.clear()
        before = window.comparison
        assert review_opening.open_review(window, str(path))
        qtbot.waitUntil(lambda: window.reviewing.opening is None, timeout=20000)
        qtbot.waitUntil(lambda: not window.is_busy(), timeout=20000)
        if window.comparison is before:  # refused: one message, one line, naming the file
            assert len(no_modal_dialogs) == 1, no_modal_dialogs
            assert no_modal_dialogs[0].startswith(f"{path}: ")
            assert "\n" not in no_modal_dialogs[0]
        assert not window.progress.isVisible()
        window.reviewing.session.drop_changes()
