"""The claims panel: every quotation and figure, one row across all versions; click a cell
to see it in its version. The table is computed off the GUI thread (seconds on long texts)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.core.claim_cells import claim_cell, claim_differs, claim_title, select_claims
from viewer.core.claims import Claim, ClaimKind, claims_table
from viewer.core.model import Comparison
from viewer.ui.jobs import Job
from viewer.ui.styles import ground, muted_ink
from viewer.ui.tooltips import plain_tip

__all__ = ["ClaimsJob", "ClaimsModel", "ClaimsPanel"]

_Index = QModelIndex | QPersistentModelIndex


class ClaimsJob(Job):
    """Builds the claims table of ``comparison``; ``done`` carries (comparison, claims)."""

    done = Signal(object, object)

    def __init__(self, comparison: Comparison) -> None:
        super().__init__()
        self.comparison = comparison

    def run(self) -> None:
        claims = self._attempt(lambda check: claims_table(self.comparison, check))
        if claims is not None:
            self.done.emit(self.comparison, claims)


class ClaimsModel(QAbstractTableModel):
    """Column 0 names the claim; then one column per version, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.claims: tuple[Claim, ...] = ()
        self._labels: tuple[str, ...] = ()
        self._base = 0

    def set_claims(self, claims: tuple[Claim, ...], labels: tuple[str, ...], base: int) -> None:
        self.beginResetModel()
        self.claims, self._labels, self._base = claims, labels, base
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.claims)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return "Claim" if role == Qt.ItemDataRole.DisplayRole else None
        label = self._labels[section - 1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(label)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        # "(base)" first: a narrow column cuts the end of a long file name, never the word.
        return f"(base) {label}" if section - 1 == self._base else label

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.claims):
            return None
        claim = self.claims[index.row()]
        if index.column() == 0:
            differs = claim_differs(claim)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{'≠ ' if differs else ''}{claim.kind.value}: {claim_title(claim)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                why = (
                    "the versions stating it state it differently"
                    if differs
                    else "the versions stating it agree"
                )
                return plain_tip(f"{claim.label}\n({claim.kind.value}; {why})")
            return None
        cell = claim_cell(claim, index.column() - 1)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text(around=claim.kind is ClaimKind.NUMBER)
        if role == Qt.ItemDataRole.ToolTipRole:
            label = self._labels[index.column() - 1]
            where = "click to see it there, beside the base" if cell.present else ""
            return plain_tip(f"{label}\n{cell.details()}\n{where}".strip())
        if role == Qt.ItemDataRole.TextAlignmentRole and not cell.present:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not cell.present:
            palette = QPalette()  # "—" muted, yet readable on the page
            return QColor(muted_ink(palette.text().color().name(), ground(palette)))
        return None


class ClaimsPanel(QWidget):
    """Filters above the table; ``claim_chosen`` says which claim and version to show."""

    claim_chosen = Signal(object, int)  # the Claim, the document whose cell was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.addItem("Quotations and figures", "")
        self.kind.addItem("Quotations", ClaimKind.QUOTE.value)
        self.kind.addItem("Figures", ClaimKind.NUMBER.value)
        self.differing = QCheckBox("Only where the versions disagree")
        self.differing.setToolTip(
            "The versions that state the claim give another figure for the same thing, or "
            "word the quotation differently; a version that does not state it disagrees with "
            "none (its cell reads —)"
        )
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.model = ClaimsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        # Cells wrap over three lines: the figure with the words that say what it counts.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 3 + 8)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        for combo in (self.kind,):
            combo.currentIndexChanged.connect(self._refill)
        self.differing.toggled.connect(self._refill)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.differing)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(row)
        layout.addWidget(self.table)
        self.comparison: Comparison | None = None
        self.claims: tuple[Claim, ...] = ()

    def show_busy(self) -> None:
        self.status.setText("Finding every quotation and figure…")

    def show_failed(self, problem: str) -> None:
        """The table could not be made (a defect, or no memory left): say so, not "Finding…"."""
        self.comparison, self.claims = None, ()
        self.model.set_claims((), (), 0)
        self.status.setText(f"The claims table could not be made: {problem}")

    def show_claims(self, comparison: Comparison | None, claims: tuple[Claim, ...]) -> None:
        self.comparison, self.claims = comparison, claims
        self._refill()

    def _refill(self) -> None:
        comparison = self.comparison
        if comparison is None:
            self.model.set_claims((), (), 0)
            self.status.setText("")
            return
        documents = range(len(comparison.documents))
        kind = self.kind.currentData()
        shown = select_claims(
            self.claims, documents, ClaimKind(kind) if kind else None, self.differing.isChecked()
        )
        labels = tuple(d.label for d in comparison.documents)
        self.model.set_claims(shown, labels, comparison.base)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, max(160, self.width() // (len(labels) + 3)))
        disagree = sum(claim_differs(c) for c in self.claims)
        self.status.setText(
            f"{len(shown)} shown · {len(self.claims)} claims, {disagree} on which the "
            "versions stating them disagree · ¶N: that version's paragraph"
        )

    def _clicked(self, index: QModelIndex) -> None:
        if not index.isValid() or index.column() == 0:
            return
        claim = self.model.claims[index.row()]
        if claim.in_document(index.column() - 1):
            self.claim_chosen.emit(claim, index.column() - 1)
