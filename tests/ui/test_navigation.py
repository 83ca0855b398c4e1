"""F7, Shift+F7 and a click bring a finding to the middle of both panes, level, like Meld."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import demo_files, seed_files, show_everything
from viewer.core.grouping import with_findings
from viewer.core.model import (
    Block,
    BlockKind,
    Comparison,
    Document,
    Flag,
    Kind,
    PairComparison,
    Segment,
    Span,
)
from viewer.ui.main_window import MainWindow, ViewMode
from viewer.ui.text_pane import TextPane

Maker = Callable[..., MainWindow]


def _scrollable(pane: TextPane) -> bool:
    bar = pane.verticalScrollBar()
    return 0 < bar.value() < bar.maximum()


def test_f7_centres_each_finding_level_in_both_panes(make_window: Maker, qtbot: QtBot) -> None:
    """Regression: F7 put the finding on the last visible line and left the panes out of
    step until the wheel was turned."""
    window = make_window(seed_files())
    window.resize(1600, 1000)
    window.select_version(4)
    base, other = window.pair_view.base_pane, window.pair_view.other_pane
    line = base.fontMetrics().height()
    checked = 0
    for number, segment in enumerate(window.findings.findings):
        qtbot.keyClick(window, Qt.Key.Key_F7)
        assert window.findings.current() == number
        assert (
            window.finding_label.text()
            == f"Finding {number + 1} of {len(window.findings.findings)}"
        )
        pair = window.comparison.pair_for(4)  # type: ignore[union-attr]
        moved = pair.blocks[segment.block].kind is BlockKind.MOVED or segment.kind is Kind.MOVED
        if moved or not (_scrollable(base) and _scrollable(other)):
            continue  # moved text sits in two places: each pane shows its own
        height = base.viewport().height()
        top_base, top_other = base.top_of(segment.base.start), other.top_of(segment.other.start)
        assert 0.05 * height <= top_base <= 0.6 * height, number
        assert abs(top_base - top_other) <= line, number  # level with each other
        # In step: turning the wheel now moves the other pane by a line at most. Over the
        # pane that has the text, that is: where one side lacks it (a gap) there is nothing
        # to scroll through on that side, so scrolling it passes the gap (as in Meld).
        drivers = [(base, other), (other, base)]
        if segment.kind is Kind.ADDITION:
            drivers = drivers[1:]
        elif segment.kind is Kind.OMISSION:
            drivers = drivers[:1]
        for driver, follower in drivers:
            value = follower.verticalScrollBar().value()
            window.pair_view.sync.follow(driver)
            assert abs(follower.verticalScrollBar().value() - value) <= 1.5 * line, number
        checked += 1
    assert checked >= 5


def test_a_long_finding_is_shown_from_its_start(make_window: Maker, tmp_path: Path) -> None:
    """Regression: a long omission was shown by its end."""
    story = [f"Paragraph {k} reports that the river rose again near bridge {k}." for k in range(40)]
    cut = " ".join(f"Witness {k} described water entering homes on street {k}." for k in range(60))
    base, other = tmp_path / "base.txt", tmp_path / "cut.txt"
    base.write_text("\n\n".join([*story[:20], cut, *story[20:]]), "utf-8")
    other.write_text("\n\n".join(story), "utf-8")
    window = make_window([str(base), str(other)])
    window.resize(1600, 1000)
    findings = window.findings.findings
    number = next(i for i, s in enumerate(findings) if s.kind is Kind.OMISSION)
    segment = findings[number]
    window.findings.choose(number)
    pane = window.pair_view.base_pane
    height = pane.viewport().height()
    assert pane.top_of(segment.base.end) - pane.top_of(segment.base.start) > height
    assert 0 <= pane.top_of(segment.base.start) <= height * 0.15
    other_pane = window.pair_view.other_pane  # the gap where it would be, level with it
    assert abs(other_pane.top_of(segment.other.start) - pane.top_of(segment.base.start)) <= 20


def test_f7_stays_in_all_versions_and_inline_mode(make_window: Maker, qtbot: QtBot) -> None:
    """Regression: F7 left All versions mode."""
    window = make_window(demo_files())
    window.select_version(2)
    window.actions_.all_versions.trigger()
    qtbot.keyClick(window, Qt.Key.Key_F7)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.mode is ViewMode.ALL and window.stack.currentWidget() is window.all_view
    segment = window.findings.findings[1]
    column = window.all_view.pane_of(2)
    assert column is not None and column.textCursor().selectionStart() == segment.other.start
    assert window.all_view.panes[0].textCursor().selectionStart() == segment.base.start
    window.actions_.inline.trigger()
    assert window.mode is ViewMode.INLINE and not window.actions_.all_versions.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.mode is ViewMode.INLINE
    assert window.finding_label.text().startswith("Finding 3 of ")


def _with_boilerplate() -> Comparison:
    base = "Water rose four feet.\nThe mayor spoke.\n"
    other = "Water rose 4 feet.\nSign up now for free access.\nThe mayor spoke.\n"
    segments = (
        Segment(Kind.EQUAL, Span(0, 11), Span(0, 11), (), 0),
        Segment(Kind.COSMETIC, Span(11, 15), Span(11, 12), (), 0),
        Segment(Kind.EQUAL, Span(15, 22), Span(12, 19), (), 0),
        Segment(Kind.ADDITION, Span(22, 22), Span(19, 48), (Flag.BOILERPLATE,), 1),
        Segment(Kind.EQUAL, Span(22, 39), Span(48, 65), (), 2),
    )
    blocks = (
        Block(BlockKind.ALIGNED, Span(0, 22), Span(0, 19), 0.9),
        Block(BlockKind.ADDED, Span(22, 22), Span(19, 48), 0.0),
        Block(BlockKind.ALIGNED, Span(22, 39), Span(48, 65), 1.0),
    )
    pair = with_findings(PairComparison(0, 1, 0.8, blocks, segments, 0.8))
    docs = (Document("a.txt", "a.txt", base), Document("b.txt", "b.txt", other))
    return Comparison(docs, 0, ((1.0, 0.8), (0.8, 1.0)), (pair,))


def test_hidden_kinds_are_skipped_and_shown_ones_are_not(make_window: Maker) -> None:
    """Regression: F7 stopped on cosmetic changes by default."""
    window = make_window()
    window.show_comparison(_with_boilerplate())
    assert window.findings.findings == ()  # cosmetic and boilerplate hidden by default
    assert window.finding_label.text() == "No findings"
    assert window.pair_view.other_pane.highlighted_spans() == []
    show_everything(window)
    kinds = []
    for _ in range(2):
        window.actions_.next_finding.trigger()  # F7
        current = window.findings.current()
        assert current is not None
        kinds.append(window.findings.findings[current].kind)
    assert kinds == [Kind.COSMETIC, Kind.ADDITION]
    window.actions_.hide_boilerplate.trigger()
    assert [f.kind for f in window.findings.findings] == [Kind.COSMETIC]
    assert "1 boilerplate (hidden)" in window.findings.counts.text()
