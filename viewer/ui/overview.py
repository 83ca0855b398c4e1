"""The similarity of every pair of versions as a heat map; a click shows that pair."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from viewer.core.model import Comparison
from viewer.core.vocabulary import version_number
from viewer.ui.plain_text import plain_tip

__all__ = ["Overview", "cell_text"]


def cell_text(similarity: float, coverage: float | None) -> str:
    """``"38% (71%)"``: similarity, and coverage where the pair includes the base (one line:
    five versions fit the panel at 1600×1000)."""
    if coverage is None:
        return f"{similarity:.0%}"
    return f"{similarity:.0%} ({coverage:.0%})"


class Overview(QTableWidget):
    """Cells coloured from red (unlike) to green (alike) by similarity, with the percentage
    written in; pairs with the base also show their coverage."""

    pair_chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.cellClicked.connect(self._clicked)
        self.setToolTip(
            "Similarity of every pair of versions (share of words matched word for word); "
            "with the base also coverage (share of words whose content is aligned, reworded "
            "included). Click a cell to compare that pair."
        )

    def show_comparison(self, comparison: Comparison | None) -> None:
        self.clear()
        if comparison is None:
            self.setRowCount(0)
            self.setColumnCount(0)
            return
        count = len(comparison.documents)
        coverage = {p.other: p.coverage for p in comparison.pairs}
        self.setRowCount(count)
        self.setColumnCount(count)
        # Versions by their number in the versions list (and the CLI and the report): the
        # name is in each header's tooltip and in the list beside.
        numbers = [version_number(i) for i in range(count)]
        self.setHorizontalHeaderLabels(numbers)
        self.setVerticalHeaderLabels(numbers)
        for i, document in enumerate(comparison.documents):
            base = " (base)" if i == comparison.base else ""
            for header in (self.horizontalHeaderItem(i), self.verticalHeaderItem(i)):
                if header is not None:
                    header.setToolTip(f"{numbers[i]} {document.label}{base}")
        for row in range(count):
            for column in range(count):
                value = comparison.similarity[row][column]
                with_base = comparison.base in (row, column) and row != column
                cover = coverage[column if row == comparison.base else row] if with_base else None
                item = QTableWidgetItem(cell_text(value, cover))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QBrush(_heat(value)))
                item.setForeground(QBrush(QColor("#000000")))
                labels = comparison.documents[row].label, comparison.documents[column].label
                tip = (
                    f"{version_number(row)} {labels[0]} ↔ {version_number(column)} "
                    f"{labels[1]}: similarity {value:.0%}"
                )
                if cover is not None:
                    tip += f", coverage {cover:.0%}"
                item.setToolTip(plain_tip(tip))
                self.setItem(row, column, item)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _clicked(self, row: int, column: int) -> None:
        if row != column:
            self.pair_chosen.emit(row, column)


def _heat(value: float) -> QColor:
    """Red at 50 % similarity or below, through yellow, to green at 100 %."""
    share = max(0.0, min(1.0, (value - 0.5) / 0.5))
    return QColor.fromHsvF(share / 3, 0.45, 1.0)
