"""The window's menus, toolbar and shortcuts, each wired to one MainWindow method."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from viewer.ui import file_actions, review_files, review_opening
from viewer.ui.about import show_about
from viewer.ui.plain_text import fill_recent
from viewer.ui.review_menu import ReviewActions, build_review_menu

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

__all__ = ["WindowActions", "build_menus"]


@dataclass(frozen=True, slots=True)
class WindowActions:
    """The actions tests and other widgets need to reach."""

    open: QAction
    hide_cosmetic: QAction
    hide_boilerplate: QAction
    all_versions: QAction
    inline: QAction
    side_panels: QAction
    next_finding: QAction
    previous_finding: QAction
    recent: QMenu
    export: QAction
    about: QAction
    save_review: QAction
    save_review_as: QAction
    open_review: QAction
    recent_reviews: QMenu
    review: ReviewActions


_Keys = list[QKeySequence | QKeySequence.StandardKey | str]


def _action(window: MainWindow, text: str, keys: _Keys, slot: Callable[[], object]) -> QAction:
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(slot)
    window.addAction(action)  # shortcuts work whichever widget has the focus
    return action


def _toggle(
    window: MainWindow, text: str, key: str | None, slot: Callable[[bool], object]
) -> QAction:
    action = _action(window, text, [key] if key else [], lambda: None)
    action.setCheckable(True)
    action.toggled.connect(slot)
    return action


def _by_meaning(window: MainWindow, on: bool) -> None:
    """Compare again with sentences left over paired by meaning, or not (the choice is part
    of the review's options, saved with it)."""
    session = window.reviewing.session
    session.options = replace(session.options, by_meaning=on)
    if window.documents:
        window.compare_again()


def _show_checked(action: QAction, window: MainWindow) -> None:
    """The toggle shows the options of the review open now (one opened may differ)."""
    action.blockSignals(True)
    action.setChecked(window.reviewing.session.options.by_meaning)
    action.blockSignals(False)


def build_menus(window: MainWindow) -> WindowActions:
    from viewer.ui.main_window import ViewMode

    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    open_action = _action(
        window, "&Open…", [QKeySequence.StandardKey.Open], lambda: file_actions.choose_files(window)
    )
    file_menu.addAction(open_action)
    file_menu.addAction(
        _action(window, "Open &URL…", ["Ctrl+Shift+O"], lambda: file_actions.choose_url(window))
    )
    recent = file_menu.addMenu("Open &Recent")
    recent.aboutToShow.connect(
        lambda: fill_recent(recent, window.memory.recent(), lambda p: window.open_paths([p]))
    )
    file_menu.addSeparator()
    open_review = _action(
        window, "Open Re&view…", ["Ctrl+Shift+R"], lambda: review_opening.open_review_dialog(window)
    )
    file_menu.addAction(open_review)
    recent_reviews = file_menu.addMenu("Recent Rev&iews")
    recent_reviews.aboutToShow.connect(
        lambda: fill_recent(
            recent_reviews,
            window.memory.recent_reviews(),
            lambda p: review_opening.open_review(window, p),
        )
    )
    save = _action(
        window, "&Save Review", [QKeySequence.StandardKey.Save], lambda: review_files.save(window)
    )
    save_as = _action(
        window, "Save Review &As…", ["Ctrl+Shift+S"], lambda: review_files.save_as(window)
    )
    file_menu.addAction(save)
    file_menu.addAction(save_as)
    file_menu.addSeparator()
    export = _action(window, "&Export HTML…", ["Ctrl+E"], lambda: file_actions.export_html(window))
    file_menu.addAction(export)
    file_menu.addSeparator()
    file_menu.addAction(_action(window, "&Quit", [QKeySequence.StandardKey.Quit], window.close))

    view = bar.addMenu("&View")
    hide = _toggle(window, "Hide &cosmetic differences", "Ctrl+Shift+H", window.set_hide_cosmetic)
    hide.setChecked(window.visibility.hide_cosmetic)
    boiler = _toggle(window, "Hide &boilerplate", "Ctrl+Shift+B", window.set_hide_boilerplate)
    boiler.setChecked(window.visibility.hide_boilerplate)
    boiler.setToolTip("Hide web furniture: sign-up prompts, “Read more”, photo credits")
    every = _toggle(
        window,
        "&All versions",
        "Ctrl+Shift+A",
        lambda on: window.set_view(ViewMode.ALL if on else ViewMode.PAIR),
    )
    inline = _toggle(
        window,
        "&Inline",
        "Ctrl+Shift+I",
        lambda on: window.set_view(ViewMode.INLINE if on else ViewMode.PAIR),
    )
    panels = _action(window, "Side &panels", ["F9"], window.toggle_side_panels)
    meaning = _toggle(
        window, "Pair leftovers by &meaning", None, lambda on: _by_meaning(window, on)
    )
    meaning.setChecked(window.reviewing.session.options.by_meaning)
    meaning.setToolTip(
        "Sentences left over between two matches are also paired by what they mean, with a "
        "sentence model run on this machine: finds reworded counterparts the words miss "
        "(slower: every sentence is read by the model)"
    )
    view.aboutToShow.connect(lambda: _show_checked(meaning, window))
    dark = _toggle(window, "&Dark theme", None, window.set_dark)
    dark.setChecked(window.memory.flag("dark", False))
    for action in (hide, boiler, meaning, dark):
        view.addAction(action)
    view.addSeparator()
    for action in (every, inline, panels):
        view.addAction(action)
    view.addSeparator()
    view.addAction(_action(window, "Zoom &in", ["Ctrl+=", "Ctrl++"], lambda: window.zoom(1)))
    view.addAction(_action(window, "Zoom &out", ["Ctrl+-"], lambda: window.zoom(-1)))
    view.addAction(_action(window, "&Find…", [QKeySequence.StandardKey.Find], window.find_bar.open))
    review = build_review_menu(window, bar)
    view.addSeparator()
    view.addAction(review.claims)

    go = bar.addMenu("&Go")
    nxt = _action(window, "&Next finding", ["F7", "Alt+Down"], lambda: window.step_finding(True))
    prev = _action(
        window, "&Previous finding", ["Shift+F7", "Alt+Up"], lambda: window.step_finding(False)
    )
    go.addAction(nxt)
    go.addAction(prev)
    go.addSeparator()
    go.addAction(_action(window, "Next &version", ["Ctrl+PgDown"], lambda: window.step_version(1)))
    go.addAction(
        _action(window, "Previous v&ersion", ["Ctrl+PgUp"], lambda: window.step_version(-1))
    )

    help_menu = bar.addMenu("&Help")
    about = _action(window, "&About Redline", [], lambda: show_about(window))
    help_menu.addAction(about)

    tools = window.addToolBar("Main")
    tools.setObjectName("MainToolbar")
    for action in (open_action, save, hide, boiler, every, inline, prev, nxt, review.claims):
        tools.addAction(action)
    return WindowActions(
        open_action, hide, boiler, every, inline, panels, nxt, prev, recent, export, about,
        save, save_as, open_review, recent_reviews, review,
    )  # fmt: skip
