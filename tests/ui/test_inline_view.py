"""View › Inline (Ctrl+Shift+I): the base read with the changes in place."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import demo_files
from viewer.core.inline import inline_text
from viewer.core.marks import Role
from viewer.core.model import Kind
from viewer.ui import inline_view
from viewer.ui.main_window import MainWindow, ViewMode

Maker = Callable[..., MainWindow]


def test_ctrl_shift_i_reads_the_changes_in_place(make_window: Maker, qtbot: QtBot) -> None:
    window = make_window(demo_files())
    window.select_version(2)
    window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.mode is ViewMode.INLINE and window.stack.currentWidget() is window.inline_view
    pane = window.inline_view.pane
    text = pane.text()
    assert "about 1,200 → approximately 1,500" in text  # reworded: old → new
    marks = pane.marks()
    old = [m for m in marks if m.kind is Kind.DRIFT and m.role is Role.OLD]
    assert old and all(text[m.start : m.end] in window.comparison.documents[0].text for m in old)  # type: ignore[union-attr]
    assert any(text[b.start : b.end] == "1,200" for b in pane.boxes())  # flag evidence boxed
    tip = pane.tooltip_at(text.index("about 1,200"))
    assert "reworded" in tip and "number: 1,200 → 1,500" in tip
    window.actions_.inline.trigger()
    assert window.mode is ViewMode.PAIR


def test_inline_view_follows_the_version_and_the_findings(make_window: Maker) -> None:
    window = make_window(demo_files())
    window.actions_.inline.trigger()
    window.select_version(1)  # the republished copy: a paragraph cut, one added
    pane = window.inline_view.pane
    kinds = {m.kind for m in pane.marks()}
    assert {Kind.OMISSION, Kind.ADDITION} <= kinds
    number = next(i for i, f in enumerate(window.findings.findings) if f.kind is Kind.ADDITION)
    window.findings.choose(number)
    segment = window.findings.findings[number]
    selected = pane.textCursor().selectedText()
    assert selected == segment.other.of(window.comparison.documents[1].text).strip()  # type: ignore[union-attr]
    assert 0 <= pane.top_of(pane.textCursor().selectionStart()) < pane.viewport().height()


def test_hostile_text_stays_literal_inline(make_window: Maker, tmp_path: Path) -> None:
    base, other = tmp_path / "a.txt", tmp_path / "b.txt"
    base.write_text("The mayor said <b>nothing</b> today.\n", "utf-8")
    other.write_text("The mayor said <img src=x onerror=alert(1)> today.\n", "utf-8")
    window = make_window([str(base), str(other)])
    window.actions_.inline.trigger()
    text = window.inline_view.pane.toPlainText()
    assert text.startswith("The mayor said <") and "b>nothing</b" in text
    assert "img src=x onerror=alert(1)>" in text and "→" in text


def test_a_long_pair_is_built_in_the_background(
    make_window: Maker, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 7 million words the column took 1.3 s on the GUI thread; a long pair's column is
    built by a job (here every pair counts as long). The window says so meanwhile, a finding
    chosen meanwhile is shown once it is built, and a column no longer wanted is dropped."""
    monkeypatch.setattr(inline_view, "_IN_THE_BACKGROUND", 0)
    window = make_window(demo_files())
    view = window.inline_view
    window.select_version(1)
    window.actions_.inline.trigger()
    assert view.inline is None and view.title.text().startswith("Building the inline reading")
    window.select_version(2)  # asked for before the first is built: the first is dropped
    number = next(i for i, f in enumerate(window.findings.findings) if f.kind is Kind.DRIFT)
    window.findings.choose(number)
    qtbot.waitUntil(lambda: view.inline is not None, timeout=20000)
    pair = window.comparison.pair_for(2)  # type: ignore[union-attr]
    documents = window.comparison.documents  # type: ignore[union-attr]
    assert view.inline == inline_text(pair, documents[0].text, documents[2].text, window.visibility)
    assert "about 1,200 → approximately 1,500" in view.pane.text()
    assert not view.title.text().startswith("Building")
    segment = window.findings.findings[number]
    place = view.inline.place(next(i for i in segment.segments if i in view.inline.places))
    cursor = view.pane.textCursor()
    assert place is not None and (cursor.selectionStart(), cursor.selectionEnd()) == place
    qtbot.waitUntil(lambda: not view._jobs, timeout=20000)  # every job ended and retired


def held_columns(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Every inline column built in the background (as for a long pair), each held back
    until the returned event is set, checking for cancellation meanwhile as a long one
    does between pieces of work."""
    held = threading.Event()
    real = inline_view._column

    def slow(*args: Any, check: Callable[[], None] = lambda: None) -> Any:
        while not held.wait(0.01):
            check()
        return real(*args, check=check)

    monkeypatch.setattr(inline_view, "_IN_THE_BACKGROUND", 0)
    monkeypatch.setattr(inline_view, "_column", slow)
    return held


def test_a_column_no_longer_wanted_is_cancelled(
    make_window: Maker, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review: another version chosen while a column is built (in Inline, or after going
    back to the pair view) cancels the job; its column is never shown."""
    held = held_columns(monkeypatch)
    window = make_window(demo_files())
    view = window.inline_view
    window.select_version(1)
    window.actions_.inline.trigger()
    (first,) = view._jobs
    arrived: list[object] = []
    first.done.connect(arrived.append)
    with qtbot.waitSignal(first.finished, timeout=20000):
        window.select_version(2)  # in Inline
    assert arrived == []
    (second,) = view._jobs
    second.done.connect(arrived.append)
    with qtbot.waitSignal(second.finished, timeout=20000):
        window.actions_.inline.trigger()  # back to the pair view
        window.select_version(3)  # the inline view is not shown: its job is dropped
    assert arrived == [] and view.inline is None
    held.set()
    window.actions_.inline.trigger()
    qtbot.waitUntil(lambda: view.inline is not None, timeout=20000)
    assert view.title.text().endswith("with the changes of " + window.comparison.documents[3].label)  # type: ignore[union-attr]


def test_a_column_that_cannot_be_built_says_so(
    make_window: Maker, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review: a failure in the job (a defect, no memory left) left "Building…" for ever."""

    def fails(*_args: Any, check: Callable[[], None] = lambda: None) -> Any:
        raise MemoryError("no room for the column")

    monkeypatch.setattr(inline_view, "_IN_THE_BACKGROUND", 0)
    monkeypatch.setattr(inline_view, "_column", fails)
    window = make_window(demo_files())
    view = window.inline_view
    window.select_version(1)
    window.actions_.inline.trigger()
    qtbot.waitUntil(lambda: "could not be built" in view.title.text(), timeout=20000)
    assert "MemoryError: no room for the column" in view.title.text()
    window.findings.choose(0)  # nothing to wait for, nothing raised
    assert view._pending is None
