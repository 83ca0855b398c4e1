"""The text panes: literal text, tooltips, synchronised scrolling, gap markers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.ui.conftest import demo_files
from viewer.core.model import BlockKind, Kind
from viewer.ui.main_window import MainWindow
from viewer.ui.text_pane import TextPane

Maker = Callable[..., MainWindow]

HOSTILE_BASE = (
    "The mayor said <b>nothing</b> about it.\n\n"
    "Officials posted <img src=x onerror=alert(1)> on the site.\n\n"
    'See <a href="http://evil.example">the statement</a> &amp; more.\n'
)
HOSTILE_OTHER = (
    "The mayor said <b>very little</b> about it.\n\n"
    "Officials posted <img src=x onerror=alert(2)> on the site.\n\n"
    'See <a href="http://evil.example">the statement</a> &amp; more.\n'
    "<script>alert('x')</script> was appended.\n"
)


def test_hostile_text_is_shown_literally(make_window: Maker, tmp_path: Path) -> None:
    """Regression guard: article text must never be interpreted as HTML."""
    base, other = tmp_path / "a.txt", tmp_path / "b.txt"
    base.write_text(HOSTILE_BASE, "utf-8")
    other.write_text(HOSTILE_OTHER, "utf-8")
    window = make_window([str(base), str(other)])
    assert window.pair_view.base_pane.toPlainText() == HOSTILE_BASE
    assert window.pair_view.other_pane.toPlainText() == HOSTILE_OTHER
    pane = window.pair_view.other_pane
    position = HOSTILE_OTHER.index("very")
    tip = pane.tooltip_at(position)
    assert "&lt;" in tip or "<b>" not in tip
    assert "very little" in tip and "nothing" in tip
    window.actions_.all_versions.trigger()
    assert window.all_view.panes[1].toPlainText() == HOSTILE_OTHER


def test_tooltip_names_both_versions_text(make_window: Maker) -> None:
    window = make_window(demo_files())
    window.select_version(2)
    pair = window.comparison.pair_for(2)  # type: ignore[union-attr]
    drift = next(s for s in pair.segments if s.kind is Kind.DRIFT and len(s.other) > 2)
    tip = window.pair_view.other_pane.tooltip_at(drift.other.start)
    assert "base:" in tip and "this version:" in tip
    assert (
        window.pair_view.other_pane.tooltip_at(
            next(s for s in pair.segments if s.kind is Kind.EQUAL).other.start
        )
        == ""
    )


def _level(window: MainWindow, base_position: int) -> tuple[int, int]:
    pair = window.comparison.pair_for(window.current)  # type: ignore[union-attr,arg-type]
    block = next(
        b for b in pair.blocks if b.kind is BlockKind.ALIGNED and b.base.start >= base_position
    )
    view = window.pair_view
    return view.base_pane.top_of(block.base.start), view.other_pane.top_of(block.other.start)


def test_sync_scroll_keeps_aligned_sentences_level(make_window: Maker, qtbot: QtBot) -> None:
    seeds = [str(p) for p in sorted((Path(__file__).parents[3] / "shared" / "seeds").glob("*"))]
    window = make_window(seeds if len(seeds) >= 2 else demo_files())
    window.resize(900, 500)
    base, other = window.pair_view.base_pane, window.pair_view.other_pane
    pair = window.comparison.pair_for(window.current)  # type: ignore[union-attr,arg-type]
    aligned = [b for b in pair.blocks if b.kind is BlockKind.ALIGNED]
    checked = 0
    for block in aligned[1::2]:
        # Scroll the base so this sentence sits on the reading line; the other follows.
        bar = base.verticalScrollBar()
        line = int(base.viewport().height() * 0.3)
        bar.setValue(bar.value() + base.top_of(block.base.start) - line)
        if bar.value() in (0, bar.maximum()):
            continue
        if other.verticalScrollBar().value() in (0, other.verticalScrollBar().maximum()):
            continue
        top_base = base.top_of(block.base.start)
        top_other = other.top_of(block.other.start)
        assert abs(top_base - top_other) <= base.fontMetrics().height() * 1.5, block
        checked += 1
    assert checked >= 2


def test_sync_scroll_follows_the_other_pane_too(make_window: Maker) -> None:
    window = make_window(demo_files())
    window.resize(900, 500)
    base, other = window.pair_view.base_pane, window.pair_view.other_pane
    pair = window.comparison.pair_for(window.current)  # type: ignore[union-attr,arg-type]
    middle = [b for b in pair.blocks if b.kind is BlockKind.ALIGNED][len(pair.blocks) // 2]
    bar = other.verticalScrollBar()
    bar.setValue(bar.value() + other.top_of(middle.other.start) - int(other.height() * 0.3))
    assert base.verticalScrollBar().value() > 0
    level = abs(base.top_of(middle.base.start) - other.top_of(middle.other.start))
    assert level <= base.fontMetrics().height()


def test_gap_markers_for_omitted_and_added_paragraphs(make_window: Maker) -> None:
    window = make_window(demo_files())
    window.select_version(1)  # the republished copy cut one paragraph and added one
    other_gaps = window.pair_view.other_pane.gaps()
    base_gaps = window.pair_view.base_pane.gaps()
    assert any(g.kind is BlockKind.OMITTED and g.words > 10 for g in other_gaps)
    assert any(g.kind is BlockKind.ADDED and g.words > 10 for g in base_gaps)


def test_gap_tags_sit_in_the_gutter_not_on_the_text(qtbot: QtBot) -> None:
    """Regression: "N words omitted here" labels were painted over the words of a paragraph."""
    base = "Alpha reports rain today. Beta warns of floods near the river. Gamma counts it."
    other = "Alpha reports rain today. Gamma counts it."
    pane = _pane_showing(qtbot, base, other, 300)
    [gap] = pane.gaps()
    assert gap.position == other.index("Gamma") and gap.words == 7
    gutter = pane.gutter()
    assert gutter.isVisible() and gutter.width() > 0
    assert gutter.geometry().left() > pane.viewport().geometry().right()  # beside the text
    y = pane.top_of(gap.position)
    assert gutter.tag_at(gutter.rect().center().__class__(gutter.width() // 2, y)) == gap


def test_right_to_left_paragraphs_display_right_to_left(qtbot: QtBot) -> None:
    """Arabic and Hebrew paragraphs lay out right to left; Latin ones stay left to right."""
    from PySide6.QtCore import Qt as QtNamespace

    from viewer.ui.text_pane import TextPane

    pane = TextPane()
    qtbot.addWidget(pane)
    text = "השר אמר כי הישיבה תתקיים.\nقال الوزير إن الاجتماع سيعقد.\nThe minister said so."
    pane.set_text(text)
    block = pane.document().firstBlock()
    directions = []
    while block.isValid():
        directions.append(block.textDirection())
        block = block.next()
    assert directions == [
        QtNamespace.LayoutDirection.RightToLeft,
        QtNamespace.LayoutDirection.RightToLeft,
        QtNamespace.LayoutDirection.LeftToRight,
    ]
    assert pane.toPlainText() == text


def test_long_documents_hand_qt_only_the_highlights_near_the_screen(qtbot: QtBot) -> None:
    """Regression: a 1M-word pair froze the window for seconds while every highlight of the
    document was placed at once; Qt now holds only those near the screen, kept up on scroll."""
    lines = [f"Report {k} says the river rose {k % 7} feet." for k in range(2000)]
    other = [line.replace("river", "lake") if k % 50 == 0 else line for k, line in enumerate(lines)]
    pane = _pane_showing(qtbot, "\n".join(lines), "\n".join(other), 400)
    every = pane.highlighted_spans()
    assert len(every) == 40
    shown = pane.shown_selections()
    assert shown and set(shown) < set(every)
    assert all(start < pane.visible_range()[1] for start, _ in shown)
    bar = pane.verticalScrollBar()
    bar.setValue(bar.maximum())
    low, high = pane.visible_range()
    assert set(pane.shown_selections()) == {(s, e) for s, e in every if e >= low and s <= high}


def _pane_showing(qtbot: QtBot, base: str, other: str, height: int) -> TextPane:
    """A shown pane with ``other`` marked against ``base``."""
    from viewer.core import Document, compare_documents
    from viewer.core.navigation import Side
    from viewer.ui.text_pane import TextPane

    pair = compare_documents([Document("a", "a", base), Document("b", "b", other)]).pairs[0]
    pane = TextPane()
    qtbot.addWidget(pane)
    pane.resize(500, height)
    pane.show()
    pane.set_text(other)
    pane.show_pair(pair, Side.OTHER, base)
    return pane
