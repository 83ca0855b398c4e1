"""The link strip between the panes and the change map beside each scroll bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import demo_files, seed_files
from viewer.core.model import BlockKind
from viewer.core.navigation import Side
from viewer.ui.main_window import MainWindow

Maker = Callable[..., MainWindow]


def test_bands_join_each_block_to_its_counterpart(make_window: Maker) -> None:
    window = make_window(seed_files())
    window.resize(1600, 1000)
    window.select_version(4)  # 004 reorders, cuts and extends 001
    strip = window.pair_view.strip
    seen: set[BlockKind] = set()
    bar = window.pair_view.base_pane.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 6)):
        bar.setValue(value)
        for band in strip.bands():
            seen.add(band.kind)
            (l0, l1), (r0, r1) = band.left, band.right
            if band.kind is BlockKind.OMITTED:
                assert r0 == r1 and l1 > l0  # a wedge to the point where the text is missing
            elif band.kind is BlockKind.ADDED:
                assert l0 == l1 and r1 > r0
            else:
                assert l1 > l0 and r1 > r0
    assert {BlockKind.ALIGNED, BlockKind.MOVED, BlockKind.ADDED} <= seen


def test_moved_bands_cross_the_others(make_window: Maker) -> None:
    window = make_window(seed_files())
    window.resize(1600, 1000)
    window.select_version(4)
    pair = window.comparison.pair_for(4)  # type: ignore[union-attr]
    moved = next(i for i, b in enumerate(pair.blocks) if b.kind is BlockKind.MOVED)
    window.pair_view.show_block(moved)
    bands = {b.block: b for b in window.pair_view.strip.bands()}
    aligned = [b for b in bands.values() if b.kind is BlockKind.ALIGNED]
    band = bands[moved]
    # Some aligned band lies above it on one side and below it on the other.
    assert any((a.left[0] < band.left[0]) != (a.right[0] < band.right[0]) for a in aligned)


def test_clicking_a_band_brings_both_sides_of_the_block(make_window: Maker, qtbot: QtBot) -> None:
    window = make_window(demo_files())
    window.resize(1600, 1000)
    view = window.pair_view
    pair = window.comparison.pair_for(window.current)  # type: ignore[union-attr,arg-type]
    index = len(pair.blocks) - 2
    view.base_pane.verticalScrollBar().setValue(view.base_pane.verticalScrollBar().maximum())
    band = next(b for b in view.strip.bands() if b.block == index)
    middle = QPoint(view.strip.width() // 2, (band.left[0] + band.right[1]) // 2)
    assert view.strip.band_at(middle) is not None
    view.base_pane.verticalScrollBar().setValue(0)
    view.show_block(index)  # what the click does
    block = pair.blocks[index]
    for pane, start in ((view.base_pane, block.base.start), (view.other_pane, block.other.start)):
        assert 0 <= pane.top_of(start) < pane.viewport().height()
    assert (
        abs(view.base_pane.top_of(block.base.start) - view.other_pane.top_of(block.other.start))
        <= 20
    )
    with qtbot.waitSignal(view.strip.block_clicked, timeout=2000) as clicked:
        found = next(b for b in view.strip.bands() if b.block == index)
        point = QPoint(view.strip.width() // 2, (found.left[0] + found.left[1]) // 2)
        qtbot.mouseClick(view.strip, Qt.MouseButton.LeftButton, pos=point)
    assert clicked.args == [index]


def test_change_map_shows_every_finding_and_jumps_there(make_window: Maker, qtbot: QtBot) -> None:
    window = make_window(seed_files())
    window.resize(1600, 1000)
    window.select_version(3)
    pane, change_map = window.pair_view.other_pane, window.pair_view.other_map
    rows, length = change_map.rows(), len(pane.text())
    covered = {row for t in change_map.ticks() for row in range(t.top, t.bottom + 1)}
    for mark in pane.marks():
        assert min(rows - 1, mark.start * rows // length) in covered
    last = max(pane.marks(), key=lambda m: m.start)
    row = last.start * rows // length
    qtbot.mouseClick(change_map, Qt.MouseButton.LeftButton, pos=QPoint(5, row + 2))
    top, bottom = pane.position_at(0), pane.position_at(pane.viewport().height())
    assert (
        top <= last.start <= bottom
        or pane.verticalScrollBar().value() == pane.verticalScrollBar().maximum()
    )
    assert pane.verticalScrollBar().value() > 0
    window_top, window_bottom = change_map.window_rows()
    assert window_top <= row + 2 and window_bottom >= window_top


def _restated(tmp_path: Path) -> list[str]:
    from tests.core.test_compare_small import STATED_TWICE
    from tests.core.test_tracing import RESTATED_ONCE

    base, other = tmp_path / "twice.txt", tmp_path / "once.txt"
    base.write_text(STATED_TWICE, "utf-8")
    other.write_text(RESTATED_ONCE, "utf-8")
    return [str(base), str(other)]


def test_a_claim_said_in_two_places_is_drawn_and_shown_in_both(
    make_window: Maker, tmp_path: Path
) -> None:
    """Issue 18: the link strip draws every link, and a click on a sentence shows all the
    places it went to (the lead and the body of the base say what the version says once)."""
    window = make_window(_restated(tmp_path))
    view = window.pair_view
    ends = view.strip.link_ends()
    assert len(ends) == 1  # the link beyond the rows, drawn as a curve
    other_text = view.other_pane.text()
    bridge = other_text.index("The bridge")
    view._link(Side.OTHER, bridge + 4)  # what a click on the sentence does
    base_text = view.base_pane.text()
    assert [p.start for p in view.base_pane.places()] == [0, base_text.index("The bridge over")]
    finding = next(f for f in window.findings.findings if f.links)
    window.findings.select_segment(finding)
    window.findings.choose(window.findings.findings.index(finding))
    assert len(view.base_pane.places()) == 2 and view.other_pane.places() == ()
