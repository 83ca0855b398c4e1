"""The list of loaded versions: label, words, similarity to the base, counts of findings."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.core.model import Comparison, Document, Kind
from viewer.core.provenance import describe_source, source_details
from viewer.core.tokens import count_words

__all__ = ["VersionsPanel"]


@lru_cache(maxsize=512)
def _words(text: str) -> int:
    """Word count, remembered: the list is rebuilt on every version switch, and a string's
    hash is cached, so the look-up costs nothing after the first count."""
    return count_words(text)


_COUNTED = (Kind.ADDITION, Kind.OMISSION, Kind.DRIFT, Kind.MOVED, Kind.COSMETIC)
_HEADERS = ["Version", "Words", "Similar", "+", "−", "~", "⇅", "·", "Source"]
_SOURCE = len(_HEADERS) - 1


class VersionsPanel(QWidget):
    """Click a version to compare it with the base; "Set as base" recomputes against it."""

    selected = Signal(int)  # document index
    base_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(_HEADERS)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.headerItem().setToolTip(3, "additions")
        self.tree.headerItem().setToolTip(4, "omissions")
        self.tree.headerItem().setToolTip(5, "reworded (drift)")
        self.tree.headerItem().setToolTip(6, "moved")
        self.tree.headerItem().setToolTip(7, "cosmetic")
        self.tree.currentItemChanged.connect(self._changed)
        self.base_button = QPushButton("Set as base")
        self.base_button.clicked.connect(self._set_base)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.base_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self._filling = False

    def show_documents(
        self, documents: tuple[Document, ...], comparison: Comparison | None, current: int | None
    ) -> None:
        self._filling = True
        try:
            self.tree.clear()
            for index, document in enumerate(documents):
                row = [document.label, str(_words(document.text)), *[""] * 6]
                row.append(describe_source(document))
                if comparison is not None and index == comparison.base:
                    row[0] = f"{document.label}  (base)"
                elif comparison is not None:
                    pair = comparison.pair_for(index)
                    row[2] = f"{comparison.similarity[comparison.base][index]:.0%}"
                    row[3:_SOURCE] = [str(pair.counts[kind]) for kind in _COUNTED]
                item = QTreeWidgetItem(row)
                item.setData(0, Qt.ItemDataRole.UserRole, index)
                details = source_details(document)
                for column in range(len(_HEADERS)):
                    item.setToolTip(column, details)
                for column in range(1, _SOURCE):
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
                if comparison is not None and index == comparison.base:
                    font = item.font(0)
                    font.setBold(True)
                    item.setFont(0, font)
                self.tree.addTopLevelItem(item)
                if index == current:
                    self.tree.setCurrentItem(item)
            for column in range(len(_HEADERS)):
                self.tree.resizeColumnToContents(column)
        finally:
            self._filling = False

    def current_index(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    def _changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is not None and not self._filling:
            self.selected.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def _set_base(self) -> None:
        index = self.current_index()
        if index is not None:
            self.base_requested.emit(index)
