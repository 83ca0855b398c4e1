"""The findings of a pair as a list model: one described finding per row, with its verdict."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from viewer.core.findings import FindingText
from viewer.core.review import Decision, Verdict
from viewer.ui.tooltips import finding_lines, plain_tip

__all__ = ["DECISION_ROLE", "FINDING_ROLE", "FindingsModel", "summary"]

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's FindingText
DECISION_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's Decision (verdict and note)

_Index = QModelIndex | QPersistentModelIndex


def summary(text: FindingText, decision: Decision | None = None) -> str:
    """The row on one line (what the list's accessibility and tests read)."""
    parts = [text.kind, text.location]
    parts.extend(text.evidence or ())
    parts.extend(text.also)
    if text.manual:
        parts.append(text.manual)
    if decision is not None and decision.verdict is not Verdict.UNREVIEWED:
        parts.append(f"[{decision.verdict.label}]")
    line = "  ".join(parts)
    line = f"{line} — {text.before.plain()} → {text.after.plain()}"
    if decision is not None and decision.note:
        line += f" — note: {' '.join(decision.note.split())}"
    return line


def review_lines(decision: Decision) -> list[str]:
    """What a finding's tooltip adds about the review."""
    lines = []
    if decision.verdict is not Verdict.UNREVIEWED:
        lines.append(f"verdict: {decision.verdict.label}")
    if decision.note:
        lines.append(f"note: {decision.note}")
    return lines


class FindingsModel(QAbstractListModel):
    """Rows are computed once per pair and filter; the delegate only paints them."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: tuple[FindingText, ...] = ()
        self._decisions: list[Decision] = []

    def set_rows(
        self, rows: tuple[FindingText, ...], decisions: tuple[Decision, ...] | None = None
    ) -> None:
        self.beginResetModel()
        self._rows = rows
        self._decisions = list(decisions or (Decision(),) * len(rows))
        self.endResetModel()

    def set_decision(self, row: int, decision: Decision) -> None:
        """A verdict or note changed: that row alone is redrawn (the list keeps its place)."""
        if 0 <= row < len(self._rows) and self._decisions[row] != decision:
            self._decisions[row] = decision
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def rows(self) -> tuple[FindingText, ...]:
        return self._rows

    def decision(self, row: int) -> Decision:
        return self._decisions[row] if 0 <= row < len(self._decisions) else Decision()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        text = self._rows[index.row()]
        decision = self._decisions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary(text, decision)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip("\n".join([*finding_lines(text), *review_lines(decision)]))
        if role == FINDING_ROLE:
            return text
        if role == DECISION_ROLE:
            return decision
        return None
