"""Every finding on screen is marked, in every view, whatever the order of segments."""

from __future__ import annotations

from collections.abc import Callable

from tests.ui.conftest import seed_files, show_everything
from viewer.core.model import Kind, PairComparison
from viewer.core.navigation import Side, span_on
from viewer.ui.main_window import MainWindow
from viewer.ui.text_pane import TextPane

Maker = Callable[..., MainWindow]


def _unmarked_on_screen(pane: TextPane, pair: PairComparison, side: Side) -> list[tuple[int, int]]:
    """Non-equal spans with text in the viewport that Qt holds no selection for."""
    text = pane.text()
    top, bottom = pane.position_at(0), pane.position_at(pane.viewport().height())
    shown = pane.shown_selections()
    missing = []
    for segment in pair.segments:
        span = span_on(segment, side)
        if segment.kind is Kind.EQUAL or not span.of(text).strip():
            continue
        if span.end <= top or span.start > bottom:
            continue
        if not any(
            start <= span.start < end or span.start <= start < span.end for start, end in shown
        ):
            missing.append((span.start, span.end))
    return missing


def _scroll_through(pane: TextPane, check: Callable[[], list[tuple[int, int]]]) -> int:
    """Scroll ``pane`` top to bottom half a screen at a time; returns the screens checked."""
    bar = pane.verticalScrollBar()
    bar.setValue(0)
    screens = 0
    while True:
        assert check() == [], (bar.value(), pane.objectName())
        screens += 1
        if bar.value() >= bar.maximum():
            return screens
        bar.setValue(bar.value() + max(1, pane.viewport().height() // 2))


def test_every_pane_of_the_seeds_marks_every_finding_on_screen(make_window: Maker) -> None:
    """Regression: in 001 vs 004 a 1,515-character addition looked like unchanged text:
    the near-screen refresh assumed marks sorted by position, but moved text (3290-3502)
    came before the addition at 611, so the refresh stopped early."""
    window = make_window(seed_files())
    window.resize(1600, 1000)
    show_everything(window)
    assert window.comparison is not None
    for pair in window.comparison.pairs:
        window.select_version(pair.other)
        for pane, side in (
            (window.pair_view.base_pane, Side.BASE),
            (window.pair_view.other_pane, Side.OTHER),
        ):
            check = lambda p=pane, s=side, q=pair: _unmarked_on_screen(p, q, s)  # noqa: E731
            assert _scroll_through(pane, check) > 1


def test_all_versions_columns_mark_every_finding_on_screen(make_window: Maker) -> None:
    window = make_window(seed_files())
    window.resize(1600, 1000)
    show_everything(window)
    window.actions_.all_versions.trigger()
    assert window.comparison is not None
    for pair in window.comparison.pairs:
        pane = window.all_view.pane_of(pair.other)
        assert pane is not None
        assert (
            _scroll_through(pane, lambda p=pane, q=pair: _unmarked_on_screen(p, q, Side.OTHER)) > 1
        )
