"""The Review menu, its shortcuts, and the context menus of the findings list and the panes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from viewer.core.model import Finding
from viewer.core.navigation import Side
from viewer.core.review import LinkAction, Verdict
from viewer.core.reviewing import NO_DECISION
from viewer.ui.note_editor import VERDICT_KEYS

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

__all__ = ["ReviewActions", "build_review_menu"]

_ORDER = (Verdict.CONFIRMED, Verdict.NOT_SIGNIFICANT, Verdict.FOLLOW_UP, Verdict.UNREVIEWED)
KEYS = {
    "note": "F2",
    "citation": "Ctrl+Shift+C",
    "link": "Ctrl+L",
    "unlink": "Ctrl+Shift+L",
    "unreviewed": "Ctrl+Shift+U",
    "claims": "Ctrl+Shift+T",
    "undo": "Ctrl+Z",
    "redo": "Ctrl+Shift+Z",
}


@dataclass(frozen=True, slots=True)
class ReviewActions:
    """The review's actions, for tests and the toolbar."""

    verdicts: dict[Verdict, QAction]
    note: QAction
    citation: QAction
    link: QAction
    unlink: QAction
    remove_links: QAction
    unreviewed_only: QAction
    claims: QAction
    undo: QAction
    redo: QAction


def _action(window: MainWindow, text: str, key: str, slot: Callable[[], object]) -> QAction:
    action = QAction(text, window)
    if key:
        action.setShortcut(QKeySequence(key))
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work whichever widget has the focus
    return action


def _verdict_text(verdict: Verdict) -> str:
    return "Mark &unreviewed" if verdict is Verdict.UNREVIEWED else f"Mark: {verdict.label}"


def build_review_menu(window: MainWindow, bar: QMenuBar) -> ReviewActions:
    controller = window.reviewing
    menu = bar.addMenu("&Review")
    verdicts = {}
    for verdict in _ORDER:
        action = _action(
            window,
            _verdict_text(verdict),
            VERDICT_KEYS[verdict],
            partial(controller.set_verdict, verdict),
        )
        menu.addAction(action)
        verdicts[verdict] = action
    note = _action(window, "Edit &note…", KEYS["note"], controller.edit_note)
    cite = _action(window, "Copy as &citation", KEYS["citation"], controller.copy_citation)
    for action in (note, cite):
        menu.addAction(action)
    menu.addSeparator()
    link = _action(
        window, "&Link these sentences", KEYS["link"], lambda: controller.correct(LinkAction.LINK)
    )
    link.setToolTip("The sentences selected in the base pane and the other pane say the same")
    unlink = _action(
        window, "Un&link these sentences", KEYS["unlink"],
        lambda: controller.correct(LinkAction.UNLINK),
    )  # fmt: skip
    unlink.setToolTip("The sentences selected in the two panes do not say the same")
    remove = _action(window, "&Remove corrections here", "", controller.remove_corrections)
    remove.setToolTip("Forget the links and unlinks made by hand at the selection")
    for action in (link, unlink, remove):
        menu.addAction(action)
    menu.addSeparator()
    undo = _action(window, "&Undo review change", KEYS["undo"], controller.undo)
    undo.setToolTip("Undo the newest verdict, note or correction of the alignment")
    redo = _action(
        window, "Re&do review change", KEYS["redo"], lambda: controller.undo(forward=True)
    )
    for action in (undo, redo):
        menu.addAction(action)
    menu.addSeparator()
    only = _action(window, "Next finding: &unreviewed only", KEYS["unreviewed"], lambda: None)
    only.setCheckable(True)
    only.toggled.connect(lambda on: setattr(controller, "unreviewed_only", on))
    only.setToolTip("F7 and Shift+F7 skip the findings that have a verdict")
    menu.addAction(only)
    claims = controller.claims_dock.toggleViewAction()
    claims.setText("&Claims table")
    claims.setShortcut(QKeySequence(KEYS["claims"]))
    claims.setToolTip("Every quotation and figure, one row across all versions")
    window.addAction(claims)
    window.findings.menu_requested.connect(lambda s, p: finding_menu(window, s, p))
    for side, pane in controller.pair_panes().items():
        pane.customContextMenuRequested.connect(lambda point, s=side: pane_menu(window, s, point))
    return ReviewActions(verdicts, note, cite, link, unlink, remove, only, claims, undo, redo)


def _segment_actions(window: MainWindow, menu: QMenu, segment: Finding) -> None:
    """Verdicts, note and citation of one finding (the window's keys shown beside them)."""
    controller = window.reviewing
    current = window.findings.decisions().get(segment, NO_DECISION).verdict
    for verdict in _ORDER:
        action = menu.addAction(f"{_verdict_text(verdict)}\t{VERDICT_KEYS[verdict]}")
        action.setCheckable(True)
        action.setChecked(verdict is current)
        action.triggered.connect(lambda _c=False, v=verdict: controller.set_verdict(v, segment))
    note = menu.addAction(f"Edit note…\t{KEYS['note']}")
    note.triggered.connect(lambda: controller.edit_note(segment))
    cite = menu.addAction(f"Copy as citation\t{KEYS['citation']}")
    cite.triggered.connect(lambda: controller.copy_citation(segment))


def segment_menu(window: MainWindow, segment: Finding) -> QMenu:
    """The findings list's menu for ``segment``."""
    menu = QMenu(window)
    _segment_actions(window, menu, segment)
    return menu


def finding_menu(window: MainWindow, segment: Finding, at: QPoint) -> None:
    menu = segment_menu(window, segment)
    menu.exec(at)
    menu.deleteLater()


def build_pane_menu(window: MainWindow, side: Side, point: QPoint) -> QMenu:
    """A pane's own menu (Copy, Select All), then the finding under ``point``, then the
    corrections of the alignment."""
    controller = window.reviewing
    pane = controller.pair_panes()[side]
    menu = pane.createStandardContextMenu(point)
    segment = controller.segment_at(side, point)
    if segment is not None:
        menu.addSeparator()
        _segment_actions(window, menu, segment)
    menu.addSeparator()
    actions = window.actions_.review
    for action in (actions.link, actions.unlink, actions.remove_links):
        menu.addAction(action)
    return menu


def pane_menu(window: MainWindow, side: Side, point: QPoint) -> None:
    menu = build_pane_menu(window, side, point)
    menu.exec(window.reviewing.pair_panes()[side].viewport().mapToGlobal(point))
    menu.deleteLater()
