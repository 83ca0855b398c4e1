"""The findings of the current pair, to review from: filtered, sorted, counted, in context,
each with its verdict and note (edited under the list)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from viewer.core.findings import FindingText
from viewer.core.locations import Locator
from viewer.core.model import Finding, Flag, Kind, PairComparison
from viewer.core.navigation import select_findings
from viewer.core.review import Decision, Verdict
from viewer.core.reviewing import NO_DECISION, filter_by_verdict
from viewer.core.visibility import SHOW_ALL, Visibility
from viewer.core.vocabulary import FLAG_WORDS
from viewer.ui import prepared
from viewer.ui.finding_delegate import FindingDelegate
from viewer.ui.findings_model import FindingsModel
from viewer.ui.note_editor import NoteEditor
from viewer.ui.styles import STYLES

__all__ = ["FindingsPanel"]

_READING, _FLAGGED_FIRST = "reading", "flagged"
_REVIEWED = "reviewed"  # any verdict given

Decisions = Mapping[Finding, Decision]


class FindingsPanel(QWidget):
    """Kind, location, flags with their evidence, before → after in context and the
    verdict per finding; choosing one emits it."""

    chosen = Signal(object)  # Finding
    current_changed = Signal()  # the current finding or the list changed
    pair_shown = Signal()  # a pair (or none) was shown: its decisions are in place
    decision_edited = Signal(object, object)  # Finding, Decision: typed or clicked under the list
    menu_requested = Signal(object, QPoint)  # Finding, global position: a right click on a row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem("All kinds", "")
        for kind, style in STYLES.items():
            self.kind_filter.addItem(style.label.capitalize(), kind)
        self.flag_filter = QComboBox()
        self.flag_filter.addItem("Any or no flag", "")
        self.flag_filter.addItem("Any flag", "any")
        for flag in Flag:
            self.flag_filter.addItem(f"{FLAG_WORDS[flag].capitalize()}", flag)
        self.order = QComboBox()
        self.order.addItem("Reading order", _READING)
        self.order.addItem("Flagged first", _FLAGGED_FIRST)
        self.order.setToolTip(
            "Flagged first: quote, number, name, negation, speaker or time changes first"
        )
        self.verdict_filter = QComboBox()
        self.verdict_filter.addItem("Any verdict", "")
        self.verdict_filter.addItem("Unreviewed", Verdict.UNREVIEWED.value)
        self.verdict_filter.addItem("Reviewed (any verdict)", _REVIEWED)
        for verdict in (Verdict.CONFIRMED, Verdict.NOT_SIGNIFICANT, Verdict.FOLLOW_UP):
            self.verdict_filter.addItem(verdict.label.capitalize(), verdict.value)
        self.verdict_filter.setToolTip(
            "Show findings by verdict (a verdict given keeps its row until the filter changes)"
        )
        for combo in (self.kind_filter, self.flag_filter, self.order, self.verdict_filter):
            combo.currentIndexChanged.connect(self._refill)
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.setWordWrap(True)
        self.model = FindingsModel()
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(FindingDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._bind_editor())
        self.editor = NoteEditor()
        self.editor.edited.connect(self._edited)
        self.editor.done.connect(self.view.setFocus)
        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.flag_filter, 1)
        filters.addWidget(self.order, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.verdict_filter)
        layout.addWidget(self.counts)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.editor)
        self._pair: PairComparison | None = None
        self._texts = ("", "")
        self._visibility = SHOW_ALL
        self._locator: Locator | None = None
        self._decisions: dict[Finding, Decision] = {}
        self._editing: Finding | None = None
        # Gives the decisions on a pair's findings (the window's review); none without it.
        self.decide: Callable[[PairComparison], Decisions] | None = None
        self.findings: tuple[Finding, ...] = ()
        self._row_of: dict[Finding, int] = {}

    def show_pair(
        self,
        pair: PairComparison | None,
        base_text: str,
        other_text: str,
        visibility: Visibility = SHOW_ALL,
        locator: Locator | None = None,
    ) -> None:
        self._pair, self._texts, self._visibility = pair, (base_text, other_text), visibility
        self._locator = None if pair is None else (locator or Locator.of(pair, base_text))
        self._decisions = dict(self.decide(pair)) if pair is not None and self.decide else {}
        self._refill()
        self.pair_shown.emit()

    def rows(self) -> tuple[FindingText, ...]:
        return self.model.rows()

    def pair(self) -> PairComparison | None:
        return self._pair

    def decisions(self) -> Decisions:
        """The decisions on the findings of the pair shown, by segment."""
        return self._decisions

    def _refill(self) -> None:
        pair, locator = self._pair, self._locator
        keep = self._editing
        if pair is None or locator is None:
            self.findings, self._row_of = (), {}
            self.model.set_rows(())
            self.counts.setText("")
            self._bind_editor()
            self.current_changed.emit()
            return
        kind = self.kind_filter.currentData()
        flag = self.flag_filter.currentData()
        # Combo data are never None: PySide6 mishandles None's reference count in QVariants.
        flags: set[Flag] | None = None if not flag else (set() if flag == "any" else {Flag(flag)})
        self.findings = filter_by_verdict(
            select_findings(
                pair,
                {Kind(kind)} if kind else None,
                flags,
                visibility=self._visibility,
                flagged_first=self.order.currentData() == _FLAGGED_FIRST,
            ),
            self._decisions,
            self._verdicts(),
        )
        self._row_of = {s: n for n, s in enumerate(self.findings)}
        base_text, other_text = self._texts
        self.model.set_rows(
            prepared.finding_rows(pair, self.findings, base_text, other_text, locator),
            tuple(self._decisions.get(s, NO_DECISION) for s in self.findings),
        )
        counts = prepared.counts(pair)
        shown = len(self.findings)
        self.counts.setText(
            f"{counts.line(self._visibility)}\n{shown} listed · {counts.flagged} flagged"
        )
        if keep is not None and keep in self._row_of:  # the finding under review stays chosen
            self.select_segment(keep)
        self._bind_editor()
        self.current_changed.emit()

    def _verdicts(self) -> set[Verdict] | None:
        chosen = self.verdict_filter.currentData()
        if not chosen:
            return None
        if chosen == _REVIEWED:
            return set(Verdict) - {Verdict.UNREVIEWED}
        return {Verdict(chosen)}

    def current(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def current_segment(self) -> Finding | None:
        number = self.current()
        return self.findings[number] if number is not None else None

    def choose(self, number: int) -> None:
        """Make finding ``number`` current and emit it, as a click does."""
        if self.select_row(number):
            self.current_changed.emit()
            self.chosen.emit(self.findings[number])

    def select_row(self, number: int) -> bool:
        """Make finding ``number`` current without bringing it into the panes."""
        index = self.model.index(number, 0)
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)
        return True

    def select_segment(self, segment: Finding) -> bool:
        """Make ``segment`` current (a click on it in a pane) if the list shows it."""
        if segment not in self._row_of:
            return False
        found = self.select_row(self._row_of[segment])
        self.current_changed.emit()
        return found

    def reload_decisions(self) -> None:
        """The review changed as a whole (undo, redo): every row and the editor follow."""
        pair = self._pair
        self._decisions = dict(self.decide(pair)) if pair is not None and self.decide else {}
        self._refill()

    def set_decision(self, segment: Finding, decision: Decision) -> None:
        """The review changed on ``segment``: its row and, if chosen, the editor follow."""
        if decision.is_empty:
            self._decisions.pop(segment, None)
        else:
            self._decisions[segment] = decision
        if segment in self._row_of:
            self.model.set_decision(self._row_of[segment], decision)
        if segment == self._editing:
            self.editor.show_decision(decision, self._heading(segment))

    def _bind_editor(self) -> None:
        segment = self.current_segment()
        self._editing = segment
        if segment is None:
            self.editor.show_decision(None)
        else:
            self.editor.show_decision(
                self._decisions.get(segment, NO_DECISION), self._heading(segment)
            )

    def _heading(self, segment: Finding) -> str:
        number = self._row_of[segment] + 1 if segment in self._row_of else 0
        text = self.model.rows()[number - 1] if number else None
        what = f"{text.kind} {text.location}" if text else "this finding"
        return f"Review of finding {number}: {what}" if number else f"Review of {what}"

    def _edited(self, decision: Decision) -> None:
        if self._editing is not None:
            self.decision_edited.emit(self._editing, decision)

    def edit_note(self) -> None:
        """F2: the keyboard goes to the note of the chosen finding."""
        if self._editing is not None:
            self.editor.note.setFocus()

    def _menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        self.select_row(index.row())
        self.current_changed.emit()
        self.menu_requested.emit(
            self.findings[index.row()], self.view.viewport().mapToGlobal(point)
        )

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.current_changed.emit()
            self.chosen.emit(self.findings[index.row()])
