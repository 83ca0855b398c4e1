"""The claims panel: every quotation and figure across the versions; a click on a cell shows
that version's wording where it is (issue 14)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import seed_files
from viewer.core.claims import Claim
from viewer.core.model import Comparison
from viewer.ui import claims_panel
from viewer.ui.main_window import MainWindow, ViewMode

Maker = Callable[..., MainWindow]


def open_claims(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.reviewing.claims
    with qtbot.waitSignal(panel.model.modelReset, timeout=20000):
        window.actions_.review.claims.trigger()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=20000)


def row_of(window: MainWindow, text: str) -> int:
    model = window.reviewing.claims.model
    return next(
        r
        for r in range(model.rowCount())
        if any(text in o.wording for o in model.claims[r].occurrences)
    )


def test_claims_of_the_seeds_and_a_click_shows_the_wording(
    make_window: Maker, qtbot: QtBot
) -> None:
    window = make_window(seed_files())  # 001 (base), 000, 002, 003, 004
    assert not window.reviewing.claims_dock.isVisible()  # opened on demand
    open_claims(window, qtbot)
    model = window.reviewing.claims.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Claim" and headers[1].startswith("(base)") and len(headers) == 6
    deaths = row_of(window, "1,119")
    cells = [model.index(deaths, c).data() for c in range(1, 6)]
    assert [c == "—" for c in cells] == [True, True, True, False, True]
    assert "1,119" in cells[3] and cells[3].startswith("¶")
    # A click on 003's cell: 003 beside the base, its wording selected.
    window.reviewing.claims.table.clicked.emit(model.index(deaths, 4))
    assert window.current == 3
    pane = window.pair_view.other_pane
    selected = pane.textCursor().selectedText()
    assert selected == "1,119"
    # The base column selects in the base pane.
    trapped = row_of(window, "160,000")
    window.reviewing.claims.table.clicked.emit(model.index(trapped, 1))
    assert window.pair_view.base_pane.textCursor().selectedText() == "160,000"


def test_a_click_brings_both_panes_to_the_claim(make_window: Maker, qtbot: QtBot) -> None:
    """Issue 20: clicking 003's 160,000 cell moved the 003 pane but left the base pane on
    another paragraph (and its old selection). Both panes now select the claim, level."""
    window = make_window(seed_files())
    open_claims(window, qtbot)
    model, table = window.reviewing.claims.model, window.reviewing.claims.table
    base, other = window.pair_view.base_pane, window.pair_view.other_pane
    base.select(0, 10)  # a selection from before: it must not stay
    trapped = next(r for r in range(model.rowCount()) if model.claims[r].label == "160,000 people")
    table.clicked.emit(model.index(trapped, 4))  # 003's cell
    assert window.current == 3
    assert base.textCursor().selectedText() == other.textCursor().selectedText() == "160,000"
    base_start, other_start = base.selected_range()[0], other.selected_range()[0]
    line = base.fontMetrics().height()
    assert 0 <= base.top_of(base_start) < base.viewport().height()
    assert abs(base.top_of(base_start) - other.top_of(other_start)) <= line
    # A claim 003 does not state, clicked in the base column: 003 keeps no old selection.
    deaths = next(r for r in range(model.rowCount()) if model.claims[r].label == "4 children")
    table.clicked.emit(model.index(deaths, 1))
    assert window.current == 3 and base.textCursor().selectedText() == "4"
    assert other.textCursor().selectedText() == ""


def test_cells_wrap_and_tell_the_whole_sentence(make_window: Maker, qtbot: QtBot) -> None:
    """Issue 20: cells were cut at about 25 characters; the base column's header read
    "1_2b050d7ae6bdd473.txt (bas"."""
    window = make_window(seed_files())
    open_claims(window, qtbot)
    panel = window.reviewing.claims
    model, table = panel.model, panel.table
    assert table.wordWrap()
    assert table.verticalHeader().defaultSectionSize() >= 3 * table.fontMetrics().height()
    trapped = next(r for r in range(model.rowCount()) if model.claims[r].label == "160,000 people")
    assert "160,000 people were still trapped" in model.index(trapped, 1).data()
    tip = model.index(trapped, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "On the ground, there was no sign of respite" in tip  # the whole sentence
    header = model.headerData(1, Qt.Orientation.Horizontal)
    assert header.startswith("(base) 001_")
    assert table.horizontalHeader().textElideMode() is Qt.TextElideMode.ElideMiddle
    label = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "001_2b050d7ae6bdd473.txt" in label


def test_filters_and_the_inline_view(make_window: Maker, qtbot: QtBot) -> None:
    window = make_window(seed_files())
    open_claims(window, qtbot)
    panel = window.reviewing.claims
    every = panel.model.rowCount()
    panel.differing.setChecked(True)
    differing = panel.model.rowCount()
    assert 0 < differing < every // 4  # issue 20: the filter removed 3 rows of 51
    panel.kind.setCurrentIndex(panel.kind.findData("quote"))
    assert all(c.kind.value == "quote" for c in panel.model.claims)
    assert "shown" in panel.status.text() and "disagree" in panel.status.text()
    window.set_view(ViewMode.INLINE)
    quote = panel.model.claims[0]
    column = 1 + next(iter(sorted(quote.documents())))
    panel.table.clicked.emit(panel.model.index(0, column))
    assert window.mode is ViewMode.PAIR  # a place in one version: side by side


def test_new_versions_refresh_an_open_panel(make_window: Maker, qtbot: QtBot) -> None:
    files = seed_files()
    window = make_window(files[:2])
    open_claims(window, qtbot)
    model = window.reviewing.claims.model
    assert model.columnCount() == 3
    window.open_paths(files[2:3])
    qtbot.waitUntil(lambda: model.columnCount() == 4, timeout=20000)


def test_hostile_quotations_are_plain_text(
    make_window: Maker, qtbot: QtBot, tmp_path: Path
) -> None:
    paths = []
    for name, text in (
        ("a.txt", 'He said "<b>41</b> <img src=x onerror=alert(1)> died" on Monday.'),
        ("b.txt", 'He said "<b>44</b> <img src=x onerror=alert(1)> died" on Monday.'),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    window = make_window(paths)
    open_claims(window, qtbot)
    model = window.reviewing.claims.model
    quote = next(r for r in range(model.rowCount()) if model.claims[r].kind.value == "quote")
    assert "<b>41</b> <img" in model.index(quote, 1).data()  # shown as typed, not rendered
    tip = model.index(quote, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img src=x" in tip and "<img" not in tip


def held_tables(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Tables of two versions held back until the returned event is set, checking for
    cancellation meanwhile as a long table does between pieces of work."""
    held = threading.Event()
    real = claims_panel.claims_table

    def slow(comparison: Comparison, check: Callable[[], None]) -> tuple[Claim, ...]:
        if len(comparison.documents) == 2:
            while not held.wait(0.01):
                check()
        return real(comparison, check)

    monkeypatch.setattr(claims_panel, "claims_table", slow)
    return held


@pytest.mark.parametrize("panel_open", [True, False])
def test_a_table_being_built_is_dropped_for_new_versions(
    make_window: Maker, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, panel_open: bool
) -> None:
    """The table of versions no longer shown is cancelled, not finished in the background
    (at a million words it takes seconds), with the panel open or closed (review: closed,
    the old table went on). Here the first table is held back until the new versions are
    shown, as a large one would be."""
    held = held_tables(monkeypatch)
    files = seed_files()
    window = make_window(files[:2])
    reviewing = window.reviewing
    window.actions_.review.claims.trigger()
    (stale,) = reviewing.claims_view.jobs
    finished: list[object] = []
    stale.done.connect(lambda comparison, _claims: finished.append(comparison))
    if not panel_open:
        reviewing.claims_dock.hide()
    with qtbot.waitSignal(stale.finished, timeout=20000):
        window.open_paths(files[2:3])
    assert finished == []  # stopped by its check, never done
    if panel_open:
        model = reviewing.claims.model
        qtbot.waitUntil(lambda: model.columnCount() == 4, timeout=20000)
        assert reviewing.claims.comparison is window.comparison
    held.set()


def test_a_table_that_cannot_be_made_says_so(
    make_window: Maker, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure while building the table is told in the panel, not "Finding…" for ever."""

    def fails(comparison: Comparison, check: Callable[[], None]) -> tuple[Claim, ...]:
        raise MemoryError("no room for the table")

    monkeypatch.setattr(claims_panel, "claims_table", fails)
    window = make_window(seed_files()[:2])
    window.actions_.review.claims.trigger()
    panel = window.reviewing.claims
    qtbot.waitUntil(lambda: "could not be made" in panel.status.text(), timeout=20000)
    assert "MemoryError: no room for the table" in panel.status.text()
    assert panel.model.rowCount() == 0


def test_a_click_in_all_versions_selects_the_claim_in_every_column(
    make_window: Maker, qtbot: QtBot
) -> None:
    window = make_window(seed_files())
    open_claims(window, qtbot)
    window.set_view(ViewMode.ALL)
    model, table = window.reviewing.claims.model, window.reviewing.claims.table
    row = next(r for r in range(model.rowCount()) if model.claims[r].label == "4 children")
    table.clicked.emit(model.index(row, 3))  # 002's cell
    shown = {k: window.all_view.pane_of(k) for k in range(5)}
    words = {k: p.textCursor().selectedText() for k, p in shown.items() if p is not None}
    assert words == {0: "4", 1: "", 2: "four", 3: "", 4: "four"}
