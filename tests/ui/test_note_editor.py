"""The note under the findings list never loses typed text (issue 14)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import BUS_BASE, BUS_OTHER, bus_files, select_in
from viewer.core.review import Decision, Verdict
from viewer.ui.main_window import MainWindow

Maker = Callable[..., MainWindow]
HOSTILE = "<b>bold?</b> <img src=x onerror=alert(1)> & “quotes”"


def notes(window: MainWindow) -> list[str]:
    return sorted(d.note for d in window.reviewing.session.review.decisions.values() if d.note)


def test_typed_text_is_kept_at_once_and_follows_its_finding(
    make_window: Maker, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(bus_files(tmp_path))
    findings, editor = window.findings, window.findings.editor
    assert not editor.note.isEnabled()  # nothing chosen: nothing to type into
    findings.choose(0)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert editor.note.hasFocus()
    qtbot.keyClicks(editor.note, "Ask the wire")
    assert notes(window) == ["Ask the wire"]  # no pause, no Enter: already in the review
    assert window.isWindowModified()
    findings.choose(1)
    assert editor.note.toPlainText() == ""
    qtbot.keyClicks(editor.note, "second")
    findings.choose(0)
    assert editor.note.toPlainText() == "Ask the wire"
    # A verdict keeps the note; the note keeps the verdict.
    window.reviewing.set_verdict(Verdict.FOLLOW_UP)
    qtbot.keyClicks(editor.note, "!")
    assert findings.decisions()[findings.findings[0]] == Decision(
        Verdict.FOLLOW_UP, "Ask the wire!"
    )
    assert editor.buttons[Verdict.FOLLOW_UP].isChecked()
    qtbot.keyClick(editor.note, Qt.Key.Key_Escape)
    assert findings.view.hasFocus()


def test_a_filter_change_while_typing_keeps_the_finding_and_the_text(
    make_window: Maker, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(bus_files(tmp_path))
    findings, editor = window.findings, window.findings.editor
    findings.choose(1)
    chosen = findings.current_segment()
    qtbot.keyClicks(editor.note, "half a thou")
    findings.order.setCurrentIndex(1)  # flagged first: the list is rebuilt
    assert findings.current_segment() == chosen
    assert editor.note.toPlainText() == "half a thou"
    qtbot.keyClicks(editor.note, "ght")
    assert notes(window) == ["half a thought"]


def test_the_buttons_set_the_verdict(make_window: Maker, tmp_path: Path) -> None:
    window = make_window(bus_files(tmp_path))
    findings, editor = window.findings, window.findings.editor
    findings.choose(0)
    editor.buttons[Verdict.NOT_SIGNIFICANT].click()
    assert findings.decisions()[findings.findings[0]].verdict is Verdict.NOT_SIGNIFICANT
    assert window.reviewing.progress.text().startswith("1 of ")
    editor.buttons[Verdict.UNREVIEWED].click()
    assert not window.reviewing.session.review.decisions  # an empty decision is no entry


def test_hostile_notes_are_plain_text(make_window: Maker, qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(bus_files(tmp_path))
    findings = window.findings
    findings.choose(0)
    findings.editor.note.setPlainText(HOSTILE)
    assert findings.editor.note.toPlainText() == HOSTILE
    tip = findings.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;bold?&lt;/b&gt; &lt;img" in tip and "<img" not in tip
    assert findings.model.index(0, 0).data().endswith(f"note: {HOSTILE}")


def test_a_note_survives_a_relink_and_its_finding_is_chosen_again(
    make_window: Maker, qtbot: QtBot, tmp_path: Path
) -> None:
    """A note typed on the changed figure stays with it when another place is relinked."""
    window = make_window(bus_files(tmp_path))
    findings = window.findings
    number = next(i for i, r in enumerate(findings.rows()) if "40" in r.before.core)
    findings.choose(number)
    qtbot.keyClicks(findings.editor.note, "figure cut by a third")
    pair_view = window.pair_view
    select_in(pair_view.base_pane, BUS_BASE, "Residents had asked for more buses")
    select_in(pair_view.other_pane, BUS_OTHER, "Commuters wanted extra")
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.actions_.review.link.trigger()
    current = findings.current_segment()
    assert current is not None and "40" in current.base.of(BUS_BASE)
    assert findings.editor.note.toPlainText() == "figure cut by a third"
    qtbot.keyClicks(findings.editor.note, ".")
    assert notes(window) == ["figure cut by a third."]
