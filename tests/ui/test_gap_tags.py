"""Gap tags say how many words are missing, and a click shows them in the other pane."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import demo_files
from viewer.core.model import BlockKind
from viewer.core.navigation import Side
from viewer.ui.gap_gutter import tag_lines
from viewer.ui.main_window import MainWindow

Maker = Callable[..., MainWindow]
WORDS = ("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta")


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


def every_other_cut(make_window: Maker, tmp_path: Path, words: Sequence[str]) -> MainWindow:
    """A window on a version that cut every other paragraph of the base: a run of gaps, one
    a line apart from the next."""
    base = "\n".join(f"{w} sentence number {n}." for n, w in enumerate(words))
    other = "\n".join(f"{w} sentence number {n}." for n, w in enumerate(words) if n % 2 == 0)
    paths = []
    for name, text in (("base.txt", base), ("other.txt", other)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    window = make_window(paths)
    window.resize(1600, 1000)
    window.select_version(1)
    return window


def test_tags_of_gaps_a_line_apart_do_not_cover_each_other(
    make_window: Maker, tmp_path: Path
) -> None:
    """Seen on 001 vs 003: "2 words omitted" and "32 words omitted" a line apart were drawn
    over each other; now the second stands under the first, and each answers its click."""
    window = every_other_cut(make_window, tmp_path, WORDS)
    gutter = window.pair_view.other_pane.gutter()
    tags = gutter._tags()
    assert len(tags) == len(WORDS) // 2
    boxes = [box for box, _gap in tags]
    assert all(not a.intersects(b) for a, b in itertools.pairwise(boxes))
    for box, gap in tags:
        assert gutter.tag_at(box.center()) == gap


def test_a_run_of_tags_stays_still_while_it_scrolls(
    make_window: Maker, qtbot: QtBot, tmp_path: Path
) -> None:
    """Review: the tags were stacked from the first gap near the screen, so when one left
    the top every tag under it jumped up a tag's height in one scroll step. Tags above the
    screen are stacked too (up to 16): each tag keeps its place beside the text."""
    words = [f"Word{n}" for n in range(120)]
    window = every_other_cut(make_window, tmp_path, words)
    pane = window.pair_view.other_pane
    gutter = pane.gutter()
    bar = pane.verticalScrollBar()
    line = pane.fontMetrics().lineSpacing()
    qtbot.waitUntil(lambda: bar.maximum() > 10 * line, timeout=10000)

    def offsets() -> dict[int, int]:
        return {gap.position: box.top() - pane.top_of(gap.position) for box, gap in gutter._tags()}

    bar.setValue(4 * line)  # a few of the run's tags above the screen
    before = offsets()
    bar.setValue(10 * line)  # and a few more
    after = offsets()
    shared = before.keys() & after.keys()
    assert len(shared) >= 5 and len(after.keys() - before.keys()) >= 1
    assert any(before[at] > 0 for at in shared)  # the run's tags are pushed down
    assert {at: before[at] for at in shared} == {at: after[at] for at in shared}
