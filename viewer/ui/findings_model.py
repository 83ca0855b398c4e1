"""The findings of a pair as a list model: one described finding per row."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from viewer.core.findings import FindingText
from viewer.ui.tooltips import finding_lines, plain_tip

__all__ = ["FINDING_ROLE", "FindingsModel", "summary"]

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's FindingText

_Index = QModelIndex | QPersistentModelIndex


def summary(text: FindingText) -> str:
    """The row on one line (what the list's accessibility and tests read)."""
    parts = [text.kind, text.location]
    parts.extend(text.evidence or ())
    parts.extend(text.also)
    line = "  ".join(parts)
    return f"{line} — {text.before.plain()} → {text.after.plain()}"


class FindingsModel(QAbstractListModel):
    """Rows are computed once per pair and filter; the delegate only paints them."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: tuple[FindingText, ...] = ()

    def set_rows(self, rows: tuple[FindingText, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> tuple[FindingText, ...]:
        return self._rows

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        text = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary(text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip("\n".join(finding_lines(text)))
        if role == FINDING_ROLE:
            return text
        return None
