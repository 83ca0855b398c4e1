"""Verdicts on findings: keys in the list and the panes, the menu, the list's verdict chips
and filter, "n of N reviewed", F7 through unreviewed findings, copy as citation (issue 14)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import BUS_BASE, bus_files, demo_files
from viewer.core.navigation import Side
from viewer.core.review import Decision, Verdict
from viewer.ui.main_window import MainWindow
from viewer.ui.review_menu import build_pane_menu, segment_menu

Maker = Callable[..., MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier


def translated() -> list[str]:
    """The demo original and its back-translation: dozens of findings."""
    files = demo_files()
    return [files[0], files[2]]


def verdicts(window: MainWindow) -> list[Verdict]:
    """The verdict of each finding listed, in list order."""
    decisions = window.findings.decisions()
    return [decisions.get(s, Decision()).verdict for s in window.findings.findings]


def test_verdict_keys_in_the_list_and_the_panes(make_window: Maker, qtbot: QtBot) -> None:
    window = make_window(translated())
    window.activateWindow()
    findings = window.findings
    findings.choose(0)
    findings.view.setFocus()
    qtbot.keyClick(findings.view, Qt.Key.Key_1, CTRL)
    assert verdicts(window)[0] is Verdict.CONFIRMED
    assert "[confirmed change]" in findings.model.index(0, 0).data()
    total = len(findings.findings)
    assert window.reviewing.progress.text() == f"1 of {total} reviewed"
    # A click on a finding in a pane makes it the one the keys act on.
    second = findings.findings[1]
    on_other = not second.other.is_empty
    pane = window.pair_view.other_pane if on_other else window.pair_view.base_pane
    pane.clicked.emit((second.other if on_other else second.base).start)
    assert findings.current() == 1
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_3, CTRL)
    assert verdicts(window)[:2] == [Verdict.CONFIRMED, Verdict.FOLLOW_UP]
    qtbot.keyClick(pane, Qt.Key.Key_2, CTRL)
    assert verdicts(window)[1] is Verdict.NOT_SIGNIFICANT
    qtbot.keyClick(pane, Qt.Key.Key_0, CTRL)
    assert verdicts(window)[1] is Verdict.UNREVIEWED
    assert window.reviewing.progress.text() == f"1 of {total} reviewed"
    assert window.reviewing.progress.toolTip().startswith("1 confirmed change · ")


def test_keys_are_shown_in_the_menu_and_claim_nothing_else(make_window: Maker) -> None:
    window = make_window()
    review = window.actions_.review
    assert {v: a.shortcut().toString() for v, a in review.verdicts.items()} == {
        Verdict.CONFIRMED: "Ctrl+1",
        Verdict.NOT_SIGNIFICANT: "Ctrl+2",
        Verdict.FOLLOW_UP: "Ctrl+3",
        Verdict.UNREVIEWED: "Ctrl+0",
    }
    assert review.citation.shortcut().toString() == "Ctrl+Shift+C"
    keys = [k.toString() for a in window.actions() for k in a.shortcuts()]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    menus = {a.text().replace("&", ""): a for a in window.menuBar().actions()}
    assert "Review" in menus


def test_verdict_without_a_chosen_finding_says_so(make_window: Maker) -> None:
    window = make_window(demo_files()[:2])
    window.reviewing.set_verdict(Verdict.CONFIRMED)
    assert window.statusBar().currentMessage() == "Choose a finding first"
    assert not window.reviewing.session.review.decisions


def test_the_list_filters_by_verdict(make_window: Maker) -> None:
    window = make_window(translated())
    findings = window.findings
    total = len(findings.findings)
    for number, verdict in ((0, Verdict.CONFIRMED), (2, Verdict.FOLLOW_UP)):
        findings.choose(number)
        window.reviewing.set_verdict(verdict)
    chosen = findings.findings[0], findings.findings[2]
    combo = findings.verdict_filter
    combo.setCurrentIndex(combo.findData(Verdict.UNREVIEWED.value))
    assert len(findings.findings) == total - 2 and not set(chosen) & set(findings.findings)
    combo.setCurrentIndex(combo.findData("reviewed"))
    assert findings.findings == chosen
    combo.setCurrentIndex(combo.findData(Verdict.FOLLOW_UP.value))
    assert findings.findings == chosen[1:]
    # A verdict given under a filter keeps its row until the filter changes.
    findings.choose(0)
    window.reviewing.set_verdict(Verdict.NOT_SIGNIFICANT)
    assert findings.findings == chosen[1:]
    assert "[not significant]" in findings.model.index(0, 0).data()
    combo.setCurrentIndex(combo.findData(Verdict.NOT_SIGNIFICANT.value))
    assert findings.findings == chosen[1:]
    combo.setCurrentIndex(combo.findData(Verdict.FOLLOW_UP.value))
    assert findings.findings == ()


def test_f7_can_step_through_unreviewed_findings_only(make_window: Maker, qtbot: QtBot) -> None:
    window = make_window(translated())
    findings = window.findings
    assert len(findings.findings) >= 4
    for number in (1, 2):
        findings.choose(number)
        window.reviewing.set_verdict(Verdict.NOT_SIGNIFICANT)
    findings.choose(0)
    window.activateWindow()
    window.actions_.review.unreviewed_only.trigger()
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert findings.current() == 3
    qtbot.keyClick(window, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert findings.current() == 0
    window.actions_.review.unreviewed_only.trigger()  # off again: every finding
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert findings.current() == 1


def test_f7_says_when_every_finding_has_a_verdict(make_window: Maker, tmp_path: Path) -> None:
    window = make_window(bus_files(tmp_path))
    for number in range(len(window.findings.findings)):
        window.findings.choose(number)
        window.reviewing.set_verdict(Verdict.CONFIRMED)
    window.actions_.review.unreviewed_only.setChecked(True)
    window.step_finding(True)
    assert window.statusBar().currentMessage() == "Every finding listed has a verdict"


def test_context_menu_of_a_finding(make_window: Maker) -> None:
    window = make_window(demo_files()[:2])
    segment = window.findings.findings[0]
    menu = segment_menu(window, segment)
    texts = [a.text() for a in menu.actions()]
    assert texts[:4] == [
        "Mark: confirmed change\tCtrl+1",
        "Mark: not significant\tCtrl+2",
        "Mark: follow up\tCtrl+3",
        "Mark &unreviewed\tCtrl+0",
    ]
    assert "Copy as citation\tCtrl+Shift+C" in texts
    menu.actions()[2].trigger()
    assert verdicts(window)[0] is Verdict.FOLLOW_UP
    assert segment_menu(window, segment).actions()[2].isChecked()
    menu.deleteLater()


def test_copy_as_citation(make_window: Maker, qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(bus_files(tmp_path))
    findings = window.findings
    number = next(i for i, r in enumerate(findings.rows()) if "40" in r.before.core)
    findings.choose(number)
    window.reviewing.set_verdict(Verdict.CONFIRMED)
    findings.editor.note.setPlainText("Desk says <b>14</b>.")
    window.activateWindow()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
    text = QApplication.clipboard().text()
    lines = text.splitlines()
    assert lines[0].startswith("Reworded, §3")
    assert lines[1].startswith("Base: wire.txt (") and "SHA-256 " in lines[1]
    assert lines[-2:] == ["Verdict: confirmed change", "Note: Desk says <b>14</b>."]
    assert window.statusBar().currentMessage() == f"Copied: {lines[0]}"


def test_context_menu_of_a_pane(make_window: Maker, tmp_path: Path) -> None:
    window = make_window(bus_files(tmp_path))
    pane = window.pair_view.base_pane
    pane.verticalScrollBar().setValue(0)
    at = pane.cursorRect(pane.textCursor()).center()
    plain = [a.text() for a in build_pane_menu(window, Side.BASE, at).actions()]
    assert not any(t.startswith("Mark:") for t in plain)  # "The council…": unchanged text
    assert plain[-3:] == [
        "&Link these sentences", "Un&link these sentences", "&Remove corrections here"
    ]  # fmt: skip
    figure = BUS_BASE.index("40")
    cursor = pane.textCursor()
    cursor.setPosition(figure)
    at = pane.cursorRect(cursor).center()
    menu = build_pane_menu(window, Side.BASE, at)
    marks = [a for a in menu.actions() if a.text().startswith("Mark: follow up")]
    marks[0].trigger()
    decided = {s.base.of(BUS_BASE): d.verdict for s, d in window.findings.decisions().items()}
    assert decided == {"40": Verdict.FOLLOW_UP}
