"""Navigation keeps the reader's place: no stale selection after a version switch, Find in
both panes saying which, F9 and panels keeping the chosen finding in view (issue 20)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import seed_files
from viewer.ui.main_window import MainWindow
from viewer.ui.text_pane import TextPane

Maker = Callable[..., MainWindow]


def selected(pane: TextPane) -> str:
    return pane.textCursor().selectedText()


def in_view(pane: TextPane, position: int) -> bool:
    return 0 <= pane.top_of(position) < pane.viewport().height()


def test_no_stale_selection_after_a_version_switch(make_window: Maker, qtbot: QtBot) -> None:
    """Regression: after Ctrl+PgDown from 000 to 003 the base pane kept the blue selection
    of 000's finding."""
    window = make_window(seed_files())  # 001 (base), 000, 002, 003, 004
    window.select_version(1)
    window.findings.choose(5)
    base = window.pair_view.base_pane
    assert selected(base)
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current == 3
    chosen = window.findings.current_segment()
    if chosen is None:
        assert selected(base) == "" and selected(window.pair_view.other_pane) == ""
    else:  # the same finding chosen again in 003: its own words, nothing else
        assert base.selected_range() in {(chosen.base.start, chosen.base.end)}


def test_find_searches_both_panes_and_says_which(make_window: Maker, qtbot: QtBot) -> None:
    """Regression: Ctrl+F searched only the focused pane: "Boichenko", on screen in 003, was
    "not found" from the base."""
    window = make_window(seed_files())
    window.select_version(3)
    base, other = window.pair_view.base_pane, window.pair_view.other_pane
    assert "Boichenko" not in base.text() and "Boichenko" in other.text()
    base.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible()
    bar.field.setText("Boichenko")
    assert bar.find_text()
    assert selected(other) == "Boichenko" and selected(base) == ""
    label = window.comparison.documents[3].label  # type: ignore[union-attr]
    assert bar.status.text().startswith(f"in {label}")
    assert "0 in the base" in bar.status.text()
    # Found in both: the next match after the base's last is in the version.
    bar.field.setText("Mariupol")
    base_hits = base.text().count("Mariupol")
    panes = set()
    for _ in range(base_hits + 1):
        assert bar.find_text()
        panes.add("base" if selected(base) else "other")
    assert panes == {"base", "other"}
    bar.field.setText("no such words anywhere")
    assert not bar.find_text()
    assert bar.status.text().startswith("not found in the base")


def test_f9_twice_keeps_the_chosen_finding_in_view(make_window: Maker, qtbot: QtBot) -> None:
    """Regression: F9 twice took both panes back to the top; the finding scrolled away."""
    window = make_window(seed_files())
    window.resize(1600, 1000)
    window.select_version(4)
    number = len(window.findings.findings) * 2 // 3
    window.findings.choose(number)
    finding = window.findings.findings[number]
    base, other = window.pair_view.base_pane, window.pair_view.other_pane
    assert base.verticalScrollBar().value() > 0
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: not window.place._pending, timeout=5000)
        qtbot.wait(50)
        pane, at = (other, finding.other) if finding.base.is_empty else (base, finding.base)
        assert in_view(pane, at.start)
    assert window.findings.current() == number


def test_a_panel_opened_keeps_the_place_read(make_window: Maker, qtbot: QtBot) -> None:
    """With nothing chosen, the words at the reading line stay there when a panel opens."""
    window = make_window(seed_files())
    window.resize(1600, 1000)
    base = window.pair_view.base_pane
    base.scroll_by(base.verticalScrollBar().maximum() // 2)
    line = int(base.viewport().height() * 0.3)
    before = base.position_at(line)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: not window.place._pending, timeout=5000)
    qtbot.wait(50)
    assert in_view(base, before)
    assert abs(base.top_of(before) - line) <= 2 * base.fontMetrics().height()
