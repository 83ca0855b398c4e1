"""The findings of the current pair in reading order, filtered by kind and flag."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.core.model import Flag, Kind, PairComparison, Segment
from viewer.core.navigation import excerpt, select_findings
from viewer.ui.styles import STYLES

__all__ = ["FindingsPanel"]


class FindingsPanel(QWidget):
    """Kind, flags and a before/after excerpt per finding; choosing one emits it."""

    chosen = Signal(object)  # Segment

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
            self.flag_filter.addItem(f"{flag.value.capitalize()} changed", flag)
        self.kind_filter.currentIndexChanged.connect(self._refill)
        self.flag_filter.currentIndexChanged.connect(self._refill)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Kind", "Flags", "Base", "This version"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.flag_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        layout.addWidget(self.tree)
        self._pair: PairComparison | None = None
        self._texts = ("", "")
        self._hide_cosmetic = False
        self.findings: tuple[Segment, ...] = ()

    def show_pair(
        self, pair: PairComparison | None, base_text: str, other_text: str, hide_cosmetic: bool
    ) -> None:
        self._pair, self._texts, self._hide_cosmetic = pair, (base_text, other_text), hide_cosmetic
        self._refill()

    def _refill(self) -> None:
        self.tree.clear()
        if self._pair is None:
            self.findings = ()
            return
        kind = self.kind_filter.currentData()
        flag = self.flag_filter.currentData()
        # Combo data are never None: PySide6 mishandles None's reference count in QVariants.
        flags: set[Flag] | None = None if not flag else (set() if flag == "any" else {Flag(flag)})
        self.findings = select_findings(
            self._pair, {Kind(kind)} if kind else None, flags, self._hide_cosmetic
        )
        base_text, other_text = self._texts
        items = []
        for number, segment in enumerate(self.findings):
            before = excerpt(base_text, segment.base, 50) or "—"
            after = excerpt(other_text, segment.other, 50) or "—"
            item = QTreeWidgetItem(
                [STYLES[segment.kind].label, ", ".join(segment.flags), before, after]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, number)
            item.setToolTip(2, before)
            item.setToolTip(3, after)
            items.append(item)
        self.tree.addTopLevelItems(items)
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        self.tree.setColumnWidth(2, 180)

    def current(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    def choose(self, number: int) -> None:
        """Make finding ``number`` current and emit it, as a click does."""
        item = self.tree.topLevelItem(number)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)
            self.chosen.emit(self.findings[number])

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.chosen.emit(self.findings[int(item.data(0, Qt.ItemDataRole.UserRole))])
