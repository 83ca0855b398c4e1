"""The window under hostile and heavy use (issue 23): markup in names and labels is text,
long names keep the window's width, the race between "Set as base" and a view change, a
failure after close, the Recent menu's "&", a note of one huge word."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument, QTextOption
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import demo_files
from viewer.core import Document, compare_documents
from viewer.ui.main_window import MainWindow, ViewMode
from viewer.ui.plain_text import fill_recent

Maker = Callable[..., MainWindow]
HOSTILE = "<font size=7 color=red>VERIFIED<img src=x width=60000 height=60000></font>.txt"


def shown_as(tip: str) -> str:
    """The text a person reads in a tooltip: Qt renders it as rich text when it looks so."""
    if not QtGui.Qt.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def labelled(labels: list[str]) -> object:
    texts = ["The mayor said buses would run.", "The mayor said trains would run.", "Buses ran."]
    documents = [Document(f"/n/{k}/{label}", label, texts[k]) for k, label in enumerate(labels)]
    return compare_documents(documents)


def test_names_and_labels_in_tooltips_are_text_not_markup(make_window: Maker) -> None:
    """Regression: the versions row tooltip and the overview cell tooltip were rendered as
    HTML (an image of 60,000 pixels took the app to 4.2 GB on every hover)."""
    window = make_window()
    window.show_comparison(labelled([HOSTILE, "b.txt", "c.txt"]))  # type: ignore[arg-type]
    tree = window.versions.tree
    row_tip = tree.topLevelItem(0).toolTip(0)
    cell_tip = window.overview.item(0, 1).toolTip()
    for tip in (row_tip, cell_tip):
        assert HOSTILE in shown_as(tip)
    assert f"{HOSTILE} ↔ " in shown_as(cell_tip) and " b.txt: similarity" in shown_as(cell_tip)


def test_every_label_and_tooltip_of_the_window_shows_the_name_literally(
    make_window: Maker,
) -> None:
    """The one place: every QLabel showing data is plain text, every tooltip escaped."""
    window = make_window()
    window.show_comparison(labelled([HOSTILE, "b.txt", "c.txt"]))  # type: ignore[arg-type]
    for mode in (ViewMode.ALL, ViewMode.INLINE, ViewMode.PAIR):
        window.set_view(mode)
    for widget in window.findChildren(QWidget):
        tip = widget.toolTip()
        if "VERIFIED" in tip:
            assert HOSTILE in shown_as(tip), type(widget).__name__
        text = getattr(widget, "text", None)
        if callable(text) and "VERIFIED" in str(text()):
            assert widget.textFormat() == Qt.TextFormat.PlainText, type(widget).__name__  # type: ignore[attr-defined]


def test_long_names_do_not_widen_the_window(make_window: Maker, qtbot: QtBot) -> None:
    """Regression: a 245-character file name widened the window to 2,511 px (the base pane
    squeezed to 100 px); a 10,000-character label made it 32,767 px wide."""
    window = make_window()
    for length in (245, 10_000):
        window.show_comparison(labelled(["n" * length, "b" * length]))  # type: ignore[arg-type]
        for mode in (ViewMode.ALL, ViewMode.INLINE, ViewMode.PAIR):
            window.set_view(mode)
        qtbot.wait(10)
        assert window.minimumSizeHint().width() < 1400
        assert window.pair_view.base_title.text() == f"Base: {'n' * length}"  # all of it kept


def test_a_million_character_label_is_shown_without_a_crash(make_window: Maker) -> None:
    """Regression: a 1,000,000-character label crashed the app (SIGSEGV in paintEvent)."""
    window = make_window()
    window.show_comparison(labelled(["n" * 1_000_000, "b.txt"]))  # type: ignore[arg-type]
    window.grab()  # painted
    assert len(window.windowTitle()) < 300


def test_set_as_base_then_a_view_change_before_the_comparison_arrives(
    make_window: Maker, qtbot: QtBot
) -> None:
    """Regression: "Set as base" then Ctrl+Shift+H or View › Inline before the new
    comparison arrived raised KeyError: 'no comparison of document 0 with the base'."""
    window = make_window(demo_files())
    assert window.comparison is not None and window.comparison.base == 0
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.set_base(2)
        window.actions_.hide_cosmetic.trigger()  # Ctrl+Shift+H
        window.set_view(ViewMode.INLINE)
        window.actions_.hide_cosmetic.trigger()
        window.set_view(ViewMode.ALL)
        window.set_view(ViewMode.PAIR)
    assert window.comparison.base == 2 and window.current == 0


def test_a_comparison_failing_after_the_window_closed_says_nothing(
    make_window: Maker, no_modal_dialogs: list[str]
) -> None:
    """Regression: closed during a comparison that then failed, the window's error box
    appeared after it and kept the app from exiting."""
    window = make_window(demo_files())
    window.set_base(1)
    job = window._job
    assert job is not None
    window.close()
    job.failed.emit("RuntimeError: the comparison process ended unexpectedly")
    assert no_modal_dialogs == []


def test_recent_entries_show_an_ampersand(tmp_path: Path) -> None:
    """Regression: a review path holding "&" lost it in the Recent menu (Qt took it for a
    shortcut mark), and a long one widened the menu without limit."""
    menu = QMenu()
    chosen: list[str] = []
    paths = ["/news/R&D budget.redline", "/n/" + "x" * 500 + ".redline"]
    fill_recent(menu, paths, chosen.append)
    actions = menu.actions()
    assert actions[0].text() == "/news/R&&D budget.redline"  # shown as "R&D"
    assert len(actions[1].text()) <= 90 and actions[1].text().endswith("x.redline")
    actions[0].trigger()
    assert chosen == ["/news/R&D budget.redline"]


def test_a_note_of_one_huge_word_wraps_anywhere(make_window: Maker) -> None:
    """Regression: a note of one 200,000-character word blocked the window 6 s (Qt breaks
    a word at word boundaries in quadratic time); such a note wraps anywhere."""
    window = make_window(demo_files())
    window.findings.choose(0)
    note = window.findings.editor.note
    note.setPlainText("a normal note about buses")
    assert note.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    note.insertPlainText(" " + "w" * 200_000)
    assert note.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    assert window.reviewing.session.review.decisions  # kept, all of it
    note.setPlainText("short again")
    assert note.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
