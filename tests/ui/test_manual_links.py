"""Correcting the alignment by hand: link, unlink, remove; recomputed off the GUI thread,
marked in the panes, the link strip and the findings; verdicts elsewhere stay (issue 14)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.conftest import BUS_BASE, BUS_OTHER, bus_files, select_in
from viewer.core.model import BlockKind, Kind
from viewer.core.navigation import Side
from viewer.core.review import LinkAction, Verdict
from viewer.ui.main_window import MainWindow, ViewMode

Maker = Callable[..., MainWindow]
RESIDENTS = "Residents had asked for more buses on the night routes."
COMMUTERS = "Commuters wanted extra late-night transport."


def select_pair(window: MainWindow, base: str, other: str) -> None:
    select_in(window.pair_view.base_pane, BUS_BASE, base)
    select_in(window.pair_view.other_pane, BUS_OTHER, other)


def link(window: MainWindow, qtbot: QtBot, keys: bool = True, unlink: bool = False) -> None:
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        if keys:
            modifiers = Qt.KeyboardModifier.ControlModifier
            if unlink:
                modifiers |= Qt.KeyboardModifier.ShiftModifier
            window.activateWindow()
            qtbot.keyClick(window, Qt.Key.Key_L, modifiers)
        else:
            action = window.actions_.review
            (action.unlink if unlink else action.link).trigger()


def test_link_two_sentences_by_hand(make_window: Maker, qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(bus_files(tmp_path))
    pair = window.comparison.pair_for(1)  # type: ignore[union-attr]
    assert {Kind.OMISSION, Kind.ADDITION} <= {s.kind for s in pair.findings}
    select_pair(window, RESIDENTS, COMMUTERS)
    link(window, qtbot)
    pair = window.comparison.pair_for(1)  # type: ignore[union-attr]
    manual = [b for b in pair.blocks if b.manual]
    assert [b.kind for b in manual] == [BlockKind.ALIGNED]
    assert manual[0].base.of(BUS_BASE).strip() == RESIDENTS
    assert {s.kind for s in pair.findings} == {Kind.DRIFT}  # recomputed: reworded, not cut
    rows = [r for r in window.findings.rows() if r.manual]
    assert rows and all(r.manual == "linked by hand" for r in rows)
    assert (
        "linked by hand"
        in window.findings.model.index(window.findings.rows().index(rows[0]), 0).data()
    )
    # Marked beside the text of both panes and in the link strip.
    marks = window.reviewing.marks
    assert [s.of(BUS_BASE).strip() for s, _linked in marks[Side.BASE].spans] == [RESIDENTS]
    assert [s.of(BUS_OTHER).strip() for s, _linked in marks[Side.OTHER].spans] == [COMMUTERS]
    assert any(pair.blocks[band.block].manual for band in window.pair_view.strip.bands())
    assert window.reviewing.session.review.links[0].action is LinkAction.LINK
    assert window.isWindowModified()


def test_hand_links_are_marked_in_every_view(
    make_window: Maker, qtbot: QtBot, tmp_path: Path
) -> None:
    """The bar beside what the user linked shows in All versions (base and version columns)
    and in the inline column too, not only in the pair's panes."""
    window = make_window(bus_files(tmp_path))
    select_pair(window, RESIDENTS, COMMUTERS)
    link(window, qtbot)
    window.set_view(ViewMode.ALL)
    base_marks, other_marks = window.all_view.marks[:2]
    assert [s.of(BUS_BASE).strip() for s, _linked in base_marks.spans] == [RESIDENTS]
    assert [s.of(BUS_OTHER).strip() for s, _linked in other_marks.spans] == [COMMUTERS]
    window.set_view(ViewMode.INLINE)
    inline = window.inline_view
    assert inline.inline is not None
    ((span, linked),) = inline.marks.spans
    assert linked and "Residents" in span.of(inline.inline.text)
    assert "Commuters" in span.of(inline.inline.text)


def test_verdicts_elsewhere_stay_attached(make_window: Maker, qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(bus_files(tmp_path))
    findings = window.findings
    day = next(i for i, r in enumerate(findings.rows()) if "Monday" in r.before.core)
    findings.choose(day)
    window.reviewing.set_verdict(Verdict.CONFIRMED)
    select_pair(window, RESIDENTS, COMMUTERS)
    link(window, qtbot, keys=False)
    decided = {s.base.of(BUS_BASE): d.verdict for s, d in findings.decisions().items()}
    assert decided == {"Monday": Verdict.CONFIRMED}


def test_unlink_then_remove_the_correction(
    make_window: Maker, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(bus_files(tmp_path))
    figure = "The mayor said 40 buses would be added by June."
    select_pair(window, figure, "The mayor said 14 buses would be added by June.")
    link(window, qtbot, unlink=True)
    pair = window.comparison.pair_for(1)  # type: ignore[union-attr]
    apart = [b for b in pair.blocks if b.manual]
    assert sorted(b.kind for b in apart) == [BlockKind.ADDED, BlockKind.OMITTED]
    assert any(r.manual == "unlinked by hand" for r in window.findings.rows())
    linked = {linked for m in window.reviewing.marks.values() for _s, linked in m.spans}
    assert linked == {False}  # drawn dashed
    # The cursor in the unlinked sentence: Remove corrections here.
    window.pair_view.base_pane.select(BUS_BASE.index("40"), BUS_BASE.index("40"))
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.actions_.review.remove_links.trigger()
    pair = window.comparison.pair_for(1)  # type: ignore[union-attr]
    assert not any(b.manual for b in pair.blocks)
    assert not window.reviewing.session.review.links
    assert window.statusBar().currentMessage().startswith("Aligned again")


@pytest.mark.parametrize(
    ("base", "other", "unlink", "message"),
    [
        ("", COMMUTERS, False, "Select a sentence in the base pane and one in the other"),
        (RESIDENTS, COMMUTERS, True, "not aligned with each other"),
        ("Monday", "Tuesday", False, "already aligned"),
    ],
)
def test_what_cannot_be_done_is_said_and_nothing_is_recomputed(
    make_window: Maker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    base: str,
    other: str,
    unlink: bool,
    message: str,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text, *a: told.append(text))
    window = make_window(bus_files(tmp_path))
    window.pair_view.base_pane.select(0, 0)
    if base:
        select_pair(window, base, other)
    else:
        select_in(window.pair_view.other_pane, BUS_OTHER, other)
    comparison = window.comparison
    action = window.actions_.review
    (action.unlink if unlink else action.link).trigger()
    assert len(told) == 1 and message in told[0]
    assert not window.is_busy() and window.comparison is comparison


def test_a_new_base_drops_the_corrections_if_the_user_agrees(
    make_window: Maker, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(bus_files(tmp_path))
    select_pair(window, RESIDENTS, COMMUTERS)
    link(window, qtbot)
    answers = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answers.pop())
    window.set_base(1)
    assert not window.is_busy() and window.comparison.base == 0  # type: ignore[union-attr]
    answers.append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.comparison_shown, timeout=20000):
        window.set_base(1)
    assert window.comparison.base == 1  # type: ignore[union-attr]
    assert not window.reviewing.session.review.links
    assert not any(b.manual for p in window.comparison.pairs for b in p.blocks)  # type: ignore[union-attr]
    # Undo cannot bring back a correction made against the old base.
    window.reviewing.undo()
    assert window.statusBar().currentMessage() == "Nothing to undo"
    assert not window.reviewing.session.review.links
