"""The similarity of every pair of versions as a heat map; a click shows that pair."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from viewer.core.model import Comparison

__all__ = ["Overview"]


class Overview(QTableWidget):
    """Cells coloured from red (unlike) to green (alike), with the percentage written in."""

    pair_chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.cellClicked.connect(self._clicked)

    def show_comparison(self, comparison: Comparison | None) -> None:
        self.clear()
        if comparison is None:
            self.setRowCount(0)
            self.setColumnCount(0)
            return
        count = len(comparison.documents)
        self.setRowCount(count)
        self.setColumnCount(count)
        headers = [f"{i + 1}" for i in range(count)]
        self.setHorizontalHeaderLabels(headers)
        self.setVerticalHeaderLabels(
            [f"{i + 1} {d.label[:18]}" for i, d in enumerate(comparison.documents)]
        )
        for row in range(count):
            for column in range(count):
                value = comparison.similarity[row][column]
                item = QTableWidgetItem(f"{value:.0%}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QBrush(_heat(value)))
                item.setForeground(QBrush(QColor("#000000")))
                item.setToolTip(
                    f"{comparison.documents[row].label} ↔ {comparison.documents[column].label}"
                )
                self.setItem(row, column, item)
        self.resizeColumnsToContents()

    def _clicked(self, row: int, column: int) -> None:
        if row != column:
            self.pair_chosen.emit(row, column)


def _heat(value: float) -> QColor:
    """Red at 50 % similarity or below, through yellow, to green at 100 %."""
    share = max(0.0, min(1.0, (value - 0.5) / 0.5))
    return QColor.fromHsvF(share / 3, 0.45, 1.0)
