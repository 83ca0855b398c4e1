"""The legend and the overview fit at 1600×1000 in the light and the dark theme, and one
numbering of versions runs through the window (issue 20)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import seed_files
from viewer.core.vocabulary import version_number
from viewer.ui.main_window import MainWindow
from viewer.ui.styles import STYLES, cue_colour, ground

Maker = Callable[..., MainWindow]


@pytest.fixture(params=[False, True], ids=["light", "dark"])
def themed(request: pytest.FixtureRequest, make_window: Maker) -> Iterator[MainWindow]:
    desktop = QApplication.palette()
    window = make_window(seed_files())  # 001 (base), 000, 002, 003, 004
    window.resize(1600, 1000)
    if request.param:
        window.set_dark(True)
    QApplication.processEvents()
    yield window
    QApplication.setPalette(desktop)


def test_the_legend_is_one_line(themed: MainWindow) -> None:
    """Regression: in dark mode the legend wrapped onto two lines at 1600×1000."""
    legend = themed.legend
    assert legend.height() < 2 * legend.fontMetrics().height()
    assert "struck through" in legend.text() and "speaker, time" in legend.text()


def test_the_overview_shows_every_version_whole(themed: MainWindow) -> None:
    """Regression: at 1600×1000 the overview's row 5 was cut off and its labels truncated
    ("1 001_2b050d7…"); versions were 1–5 there, [0]–[4] in the CLI, #0–#4 in the report."""
    overview = themed.overview
    last = overview.rowCount() - 1
    bottom = overview.rowViewportPosition(last) + overview.rowHeight(last)
    assert bottom <= overview.viewport().height()
    right = overview.columnViewportPosition(last) + overview.columnWidth(last)
    assert right <= overview.viewport().width()
    numbers = [overview.verticalHeaderItem(r).text() for r in range(overview.rowCount())]
    assert numbers == [version_number(k) for k in range(5)] == ["#0", "#1", "#2", "#3", "#4"]
    tree = themed.versions.tree
    listed = [tree.topLevelItem(r).text(0) for r in range(tree.topLevelItemCount())]
    assert listed == numbers
    tip = overview.verticalHeaderItem(0).toolTip()
    assert tip.startswith("#0 001_") and tip.endswith("(base)")
    assert "38%" in overview.item(0, 1).text() and "\n" not in overview.item(0, 1).text()


def test_the_dark_theme_is_applied_and_remembered(make_window: Maker) -> None:
    desktop = QApplication.palette()
    try:
        window = make_window(seed_files())
        pane = window.pair_view.base_pane
        light_page = ground(pane.palette())
        dark = next(a for a in window.menuBar().actions()[1].menu().actions() if "Dark" in a.text())
        dark.trigger()
        QApplication.processEvents()
        assert window.memory.flag("dark", False)
        assert ground(pane.palette()) == "#1e1e1e" != light_page
        cues = {cue_colour(kind, "#1e1e1e").name() for kind in STYLES}
        selections = pane.extraSelections()
        drawn = {selection.format.underlineColor().name() for selection in selections}
        assert drawn and drawn <= cues  # the marks took the dark page's cue colours
        dark.trigger()
        QApplication.processEvents()
        assert ground(pane.palette()) == light_page
    finally:
        QApplication.setPalette(desktop)


def test_selected_text_in_a_pane_reads(make_window: Maker) -> None:
    window = make_window(seed_files())
    pane = window.pair_view.base_pane
    palette = pane.palette()
    assert palette.highlightedText().color() == palette.text().color()
    assert palette.highlight().color() != QApplication.palette().highlight().color()
