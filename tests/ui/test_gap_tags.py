"""Gap tags say how many words are missing, and a click shows them in the other pane."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import demo_files
from viewer.core.model import BlockKind
from viewer.core.navigation import Side
from viewer.ui.gap_gutter import tag_lines
from viewer.ui.main_window import MainWindow

Maker = Callable[..., MainWindow]


def test_tags_read_words_omitted_and_added(make_window: Maker) -> None:
    """Regression: tags read "▸ 385" where the README promised words omitted."""
    window = make_window(demo_files())
    window.select_version(1)
    omitted = next(g for g in window.pair_view.other_pane.gaps() if g.kind is BlockKind.OMITTED)
    added = next(g for g in window.pair_view.base_pane.gaps() if g.kind is BlockKind.ADDED)
    assert tag_lines(omitted) == (f"{omitted.words} words", "omitted")
    assert tag_lines(added) == (f"{added.words} words", "added")


def test_clicking_a_tag_selects_that_text_in_the_other_pane(
    make_window: Maker, qtbot: QtBot
) -> None:
    window = make_window(demo_files())
    window.resize(1600, 1000)
    window.select_version(1)
    view = window.pair_view
    for pane, other, side in (
        (view.other_pane, view.base_pane, Side.OTHER),
        (view.base_pane, view.other_pane, Side.BASE),
    ):
        gap = pane.gaps()[0]
        pane.scroll_to(gap.position, pane.viewport().height() // 2)
        gutter = pane.gutter()
        y = pane.top_of(gap.position)
        assert gutter.tag_at(QPoint(gutter.width() // 2, y)) == gap
        qtbot.mouseClick(gutter, Qt.MouseButton.LeftButton, pos=QPoint(gutter.width() // 2, y))
        cursor = other.textCursor()
        assert (cursor.selectionStart(), cursor.selectionEnd()) == (
            gap.there.start,
            gap.there.end,
        ), side
        assert 0 <= other.top_of(gap.there.start) < other.viewport().height()
