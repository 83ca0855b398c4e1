"""Texts at the limits: built in idle slices, long words wrapped, positions kept (issue 12)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import demo_files, open_and_wait
from viewer.core import compare_documents
from viewer.core.display import LINE_SEPARATOR
from viewer.core.model import Comparison, Document, PairComparison
from viewer.ui import jobs, prepared
from viewer.ui.main_window import MainWindow
from viewer.ui.text_pane import TextPane
from viewer.ui.versions_panel import VersionsPanel

Maker = Callable[..., MainWindow]

LONG = "\n\n".join(f"Paragraph {i} of a long article, with a few words." for i in range(12_000))
WORD = "Before the word.\n\n" + "abcdefghij" * 30_000 + "\n\nAfter the word, ordinary text."


def _pane(qtbot: QtBot) -> TextPane:
    pane = TextPane()
    qtbot.addWidget(pane)
    pane.resize(600, 500)
    pane.show()
    return pane


def test_a_long_text_is_built_in_slices_then_shown_whole(qtbot: QtBot) -> None:
    pane = _pane(qtbot)
    with qtbot.waitSignal(pane.ready, timeout=20_000):
        pane.set_text(LONG)
        assert not pane.is_ready()  # the window goes on while the document is filled
    assert pane.is_ready()
    assert pane.toPlainText() == LONG  # line separators read as the line breaks they stand for
    assert LINE_SEPARATOR in pane.document().firstBlock().text()  # paragraphs grouped
    qtbot.waitUntil(pane.is_laid_out, timeout=20_000)


def test_a_selection_asked_for_while_building_is_made_when_the_text_is_there(
    qtbot: QtBot,
) -> None:
    pane = _pane(qtbot)
    start = LONG.index("Paragraph 9000 ")
    with qtbot.waitSignal(pane.ready, timeout=20_000):
        pane.set_text(LONG)
        pane.mark(start, start + 14)
    assert pane.textCursor().selectedText() == "Paragraph 9000"
    assert 0 <= pane.top_of(start) < pane.viewport().height()


def test_a_megabyte_word_lays_out_and_positions_map_to_the_text(qtbot: QtBot) -> None:
    """Regression: a file of one 300 KB word froze the window for 22 s (1 MB: minutes)."""
    pane = _pane(qtbot)
    pane.set_text(WORD)
    qtbot.waitUntil(pane.is_laid_out, timeout=20_000)
    start = WORD.index("abc") + 150_000
    pane.mark(start, start + 20)
    assert pane.position_at(pane.top_of(start) + 2) <= start
    mime = pane.createMimeDataFromSelection()
    assert mime.text() == WORD[start : start + 20]  # copied from the text, nothing added
    # The word wraps inside the pane's width: many lines, none wider than the pane.
    block = pane.document().findBlock(pane.textCursor().position())
    assert block.layout().lineCount() > 10
    assert pane.horizontalScrollBar().maximum() == 0


def test_selections_and_clicks_after_a_long_word_are_text_positions(qtbot: QtBot) -> None:
    """Linking by hand, unlinking and clicking a finding read the selection: after a word the
    document breaks every 16 letters, raw document positions were thousands too far."""
    pane = _pane(qtbot)
    pane.set_text(WORD)
    qtbot.waitUntil(pane.is_laid_out, timeout=20_000)
    start = WORD.index("After")
    pane.mark(start, start + len("After the word"))
    assert pane.textCursor().selectionStart() > start  # the document has breaks before it
    assert pane.selected_range() == (start, start + len("After the word"))
    assert pane.document_span(start, start + 5)[0] == pane.textCursor().selectionStart()
    rect = pane.cursorRect(pane.textCursor())
    assert abs(pane.text_position_at(rect.center()) - (start + 14)) <= 1


def test_normal_words_still_wrap_between_words(qtbot: QtBot) -> None:
    pane = _pane(qtbot)
    text = "A sentence of ordinary words that is long enough to wrap onto a few lines. " * 6
    pane.set_text(text)
    layout = pane.document().firstBlock().layout()
    assert layout.lineCount() > 1
    for number in range(layout.lineCount() - 1):
        line = layout.lineAt(number)
        assert text[line.textStart() + line.textLength() - 1] == " "  # ends after a word


def test_copying_takes_the_text_itself(qtbot: QtBot) -> None:
    pane = _pane(qtbot)
    with qtbot.waitSignal(pane.ready, timeout=20_000):
        pane.set_text(LONG)
    cursor = QTextCursor(pane.document())
    cursor.setPosition(0)
    cursor.setPosition(200, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    assert pane.createMimeDataFromSelection().text() == LONG[:200]  # "\n", not U+2028


def test_the_versions_list_takes_word_counts_from_the_engine(qtbot: QtBot) -> None:
    """Regression: counting 1M words on the GUI thread froze the window 0.8 s."""
    documents = (Document("a", "a", "one two"), Document("b", "b", "three"))
    pair = PairComparison(0, 1, 0.0, (), (), words=(123_456, 7))
    panel = VersionsPanel()
    qtbot.addWidget(panel)
    panel.show_documents(documents, Comparison(documents, 0, ((1, 0), (0, 1)), (pair,)), 1)
    counts = [panel.tree.topLevelItem(i).text(2) for i in range(2)]  # type: ignore[union-attr]
    assert counts == ["123,456", "7"]


def test_a_lone_file_is_counted_by_the_job_not_the_window(
    make_window: Maker, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: a lone 50 MB file was counted on the GUI thread, freezing it ~4 s."""
    counted_in: list[threading.Thread] = []
    count = prepared.count_words

    def counting(text: str) -> int:
        counted_in.append(threading.current_thread())
        return count(text)

    monkeypatch.setattr(prepared, "count_words", counting)
    lone = tmp_path / "lone.txt"
    lone.write_text("One version alone, of nine words in all here.\n", "utf-8")
    window = make_window()
    open_and_wait(qtbot, window, [str(lone)])
    assert window.comparison is None
    assert window.versions.tree.topLevelItem(0).text(2) == "9"  # type: ignore[union-attr]
    assert counted_in and threading.main_thread() not in counted_in


def test_the_job_prepares_what_the_views_look_up(make_window: Maker, tmp_path: Path) -> None:
    base, other = tmp_path / "a.txt", tmp_path / "b.txt"
    base.write_text("The bridge opened.\n\nIt cost four million.\n", "utf-8")
    other.write_text("The bridge opened.\n\nIt cost five million.\n", "utf-8")
    window = make_window([str(base), str(other)])
    comparison = window.comparison
    assert comparison is not None and comparison.pairs[0].words == (7, 7)
    pair = comparison.pairs[0]
    assert prepared.locator(pair, base.read_text("utf-8")) is window._locator
    assert gc.isenabled()  # the collector paused while comparing runs again


def test_a_long_pair_opens_and_shows_its_findings(
    make_window: Maker, qtbot: QtBot, tmp_path: Path
) -> None:
    base, other = tmp_path / "a.txt", tmp_path / "b.txt"
    base.write_text(LONG, "utf-8")
    other.write_text(LONG.replace("Paragraph 6000 of", "Paragraph 6000, revised, of"), "utf-8")
    window = make_window()
    open_and_wait(qtbot, window, [str(base), str(other)])
    panes = (window.pair_view.base_pane, window.pair_view.other_pane)
    qtbot.waitUntil(lambda: all(p.is_ready() for p in panes), timeout=20_000)
    window.step_finding(True)
    QApplication.processEvents()
    start = window.pair_view.other_pane.textCursor().selectionStart()
    assert window.pair_view.other_pane.text()[start:].startswith(", revised,")


def test_a_large_comparison_runs_in_a_process_with_the_same_result(
    make_window: Maker, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: comparing 50 MB in a thread beside the window froze it for seconds (the
    window and the comparison share Python's lock)."""
    monkeypatch.setattr(jobs, "LARGE", 0)  # every comparison counts as large here
    files = demo_files()[:3]
    window = make_window()
    open_and_wait(qtbot, window, files)
    comparison = window.comparison
    assert comparison is not None
    here = compare_documents(comparison.documents, comparison.base)
    assert comparison.similarity == here.similarity
    assert comparison.pairs == here.pairs


def test_a_text_set_while_another_is_built_replaces_it(qtbot: QtBot) -> None:
    pane = _pane(qtbot)
    pane.set_text(LONG)
    other = LONG.replace("Paragraph", "Section")
    with qtbot.waitSignal(pane.ready, timeout=20_000):
        pane.set_text(other)
    qtbot.wait(50)  # the first text's slices, had they gone on, would have landed by now
    assert pane.is_ready() and pane.toPlainText() == other


def test_the_top_of_the_page_is_the_start_of_the_text(qtbot: QtBot) -> None:
    """Regression: above the first line Qt answered with wherever its layout had got to, and
    the link strip took half of a 50 MB text for the screen (F7 took seconds)."""
    pane = _pane(qtbot)
    with qtbot.waitSignal(pane.ready, timeout=20_000):
        pane.set_text(LONG)
    assert pane.position_at(0) == 0
    top, bottom = pane.on_screen()
    assert top == 0 and 0 < bottom < 30_000
