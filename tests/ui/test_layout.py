"""Layout: room for the text, panels that step aside with one key, paragraphs apart, a
versions list that shows everything without a sideways scroll."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import demo_files, seed_files, side_docks
from viewer.ui.main_window import MainWindow
from viewer.ui.text_pane import TextPane
from viewer.ui.versions_panel import HEADERS

Maker = Callable[..., MainWindow]


def _characters_per_line(pane: TextPane) -> float:
    """The mean length of full lines (not a paragraph's last) in the pane's longest paragraphs."""
    lengths = []
    block = pane.document().firstBlock()
    while block.isValid():
        layout = block.layout()
        lengths += [layout.lineAt(i).textLength() for i in range(layout.lineCount() - 1)]
        block = block.next()
    assert lengths, "no paragraph wraps"
    return sum(lengths) / len(lengths)


def test_each_pane_shows_sixty_characters_a_line_with_the_panels_open(
    make_window: Maker, qtbot: QtBot
) -> None:
    """Regression: each pane was about 35 characters wide; the side panels took ~45 %."""
    window = make_window(seed_files())
    window.resize(1600, 1000)
    qtbot.wait(50)
    assert all(d.isVisible() for d in side_docks(window))
    window.select_version(4)
    for pane in (window.pair_view.base_pane, window.pair_view.other_pane):
        assert _characters_per_line(pane) >= 60, pane.objectName()


def test_f9_collapses_the_side_panels_and_brings_them_back(
    make_window: Maker, qtbot: QtBot
) -> None:
    window = make_window(demo_files())
    docks = side_docks(window)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert all(d.isHidden() for d in docks)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert all(d.isVisible() for d in docks)


def test_one_line_paragraphs_are_spaced_apart(make_window: Maker, tmp_path: object) -> None:
    """Regression: one-line paragraphs ran together."""
    window = make_window(demo_files()[:2])
    pane = window.pair_view.base_pane
    pane.set_text("First paragraph.\nSecond paragraph.\nThird.")
    block = pane.document().firstBlock()
    assert block.blockFormat().bottomMargin() > 0
    pane.set_text("First paragraph.\n\nSecond paragraph.\n\nThird.")  # blank lines: enough
    assert pane.document().firstBlock().blockFormat().bottomMargin() == 0


def test_versions_list_shows_all_columns_and_explains_them(make_window: Maker) -> None:
    """Regression: counts and Source sat behind a sideways scroll, symbols unexplained."""
    window = make_window(seed_files())
    window.resize(1600, 1000)
    tree = window.versions.tree
    assert tree.horizontalScrollBarPolicy() is Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert sum(tree.columnWidth(c) for c in range(tree.columnCount())) <= tree.viewport().width()
    headers = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    assert headers[:5] == ["#", "Version", "Words", "Similar", "Coverage"]
    assert all(tree.headerItem().toolTip(c) for c in range(tree.columnCount()))
    assert len(HEADERS) == tree.columnCount()
    row = tree.topLevelItem(1)
    assert row.text(3).endswith("%") and row.text(4).endswith("%")
