"""The findings of the current pair, to review from: filtered, sorted, counted, in context."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from viewer.core.findings import FindingText, count_findings
from viewer.core.locations import Locator
from viewer.core.model import Flag, Kind, PairComparison, Segment
from viewer.core.navigation import select_findings
from viewer.core.visibility import SHOW_ALL, Visibility
from viewer.core.vocabulary import FLAG_WORDS
from viewer.ui import prepared
from viewer.ui.finding_delegate import FindingDelegate
from viewer.ui.findings_model import FindingsModel
from viewer.ui.styles import STYLES

__all__ = ["FindingsPanel"]

_READING, _FLAGGED_FIRST = "reading", "flagged"


class FindingsPanel(QWidget):
    """Kind, location, flags with their evidence and before → after in context per finding;
    choosing one emits it."""

    chosen = Signal(object)  # Segment
    current_changed = Signal()  # the current finding or the list changed

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
        self.order.setToolTip("Flagged first: quote, number, name or negation changes first")
        for combo in (self.kind_filter, self.flag_filter, self.order):
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
        self.view.clicked.connect(self._activated)
        self.view.activated.connect(self._activated)
        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter, 1)
        filters.addWidget(self.flag_filter, 1)
        filters.addWidget(self.order, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.counts)
        layout.addWidget(self.view)
        self._pair: PairComparison | None = None
        self._texts = ("", "")
        self._visibility = SHOW_ALL
        self._locator: Locator | None = None
        self.findings: tuple[Segment, ...] = ()

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
        self._refill()

    def rows(self) -> tuple[FindingText, ...]:
        return self.model.rows()

    def _refill(self) -> None:
        pair, locator = self._pair, self._locator
        if pair is None or locator is None:
            self.findings = ()
            self.model.set_rows(())
            self.counts.setText("")
            self.current_changed.emit()
            return
        kind = self.kind_filter.currentData()
        flag = self.flag_filter.currentData()
        # Combo data are never None: PySide6 mishandles None's reference count in QVariants.
        flags: set[Flag] | None = None if not flag else (set() if flag == "any" else {Flag(flag)})
        self.findings = select_findings(
            pair,
            {Kind(kind)} if kind else None,
            flags,
            visibility=self._visibility,
            flagged_first=self.order.currentData() == _FLAGGED_FIRST,
        )
        base_text, other_text = self._texts
        self.model.set_rows(
            prepared.finding_rows(pair, self.findings, base_text, other_text, locator)
        )
        counts = count_findings(pair)
        shown = len(self.findings)
        self.counts.setText(
            f"{counts.line(self._visibility)}\n{shown} listed · {counts.flagged} flagged"
        )
        self.current_changed.emit()

    def current(self) -> int | None:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else None

    def choose(self, number: int) -> None:
        """Make finding ``number`` current and emit it, as a click does."""
        index = self.model.index(number, 0)
        if not index.isValid():
            return
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)
        self.current_changed.emit()
        self.chosen.emit(self.findings[number])

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.current_changed.emit()
            self.chosen.emit(self.findings[index.row()])
