"""Undo and redo of the review (Ctrl+Z, Ctrl+Shift+Z): verdicts, notes as typed, and
corrections of the alignment, which are compared again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import BUS_BASE, BUS_OTHER, bus_files, select_in
from viewer.core.review import Verdict
from viewer.ui.main_window import MainWindow

Maker = Callable[..., MainWindow]
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def press(window: MainWindow, qtbot: QtBot, redo: bool = False) -> None:
    window.findings.view.setFocus()  # not the note: there Ctrl+Z undoes typing in the note
    qtbot.keyClick(window.findings.view, Qt.Key.Key_Z, CTRL | SHIFT if redo else CTRL)


def verdict_of_first(window: MainWindow) -> Verdict:
    findings = window.findings
    decision = findings.decisions().get(findings.findings[0])
    return decision.verdict if decision else Verdict.UNREVIEWED


def test_a_verdict_and_a_typed_note_are_undone_and_redone(
    make_window: Maker, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(bus_files(tmp_path))
    findings, editor = window.findings, window.findings.editor
    findings.choose(0)
    window.reviewing.set_verdict(Verdict.CONFIRMED)
    qtbot.keyClicks(editor.note, "Ask the wire")  # twelve keys: one step
    press(window, qtbot)
    assert editor.note.toPlainText() == "" and verdict_of_first(window) is Verdict.CONFIRMED
    press(window, qtbot)
    assert verdict_of_first(window) is Verdict.UNREVIEWED
    assert editor.buttons[Verdict.UNREVIEWED].isChecked()
    assert "0 of" in window.reviewing.progress.text()
    press(window, qtbot)
    assert window.statusBar().currentMessage() == "Nothing to undo"
    press(window, qtbot, redo=True)
    press(window, qtbot, redo=True)
    assert verdict_of_first(window) is Verdict.CONFIRMED
    assert editor.note.toPlainText() == "Ask the wire"
    window.reviewing.set_verdict(Verdict.FOLLOW_UP)  # a new change: nothing left to redo
    press(window, qtbot, redo=True)
    assert window.statusBar().currentMessage() == "Nothing to redo"


def test_a_correction_of_the_alignment_is_undone_by_comparing_again(
    make_window: Maker, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(bus_files(tmp_path))
    residents = "Residents had asked for more buses on the night routes."
    select_in(window.pair_view.base_pane, BUS_BASE, residents)
    select_in(
        window.pair_view.other_pane, BUS_OTHER, "Commuters wanted extra late-night transport."
    )
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.actions_.review.link.trigger()

    def manual() -> list[str]:
        pair = window.comparison.pair_for(1)  # type: ignore[union-attr]
        return [b.base.of(BUS_BASE).strip() for b in pair.blocks if b.manual]

    assert manual() == [residents]
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        press(window, qtbot)
    assert manual() == [] and not window.reviewing.session.review.links
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        press(window, qtbot, redo=True)
    assert manual() == [residents]
