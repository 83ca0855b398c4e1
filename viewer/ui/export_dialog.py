"""The choices of File › Export HTML…: which versions, and whether to show cosmetic changes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from viewer.export.html_report import ReportOptions

__all__ = ["ExportDialog"]


class ExportDialog(QDialog):
    """Asks for the report's scope; ``options()`` turns the answer into ReportOptions."""

    def __init__(
        self, parent: QWidget | None, current: int | None, current_label: str, hide_cosmetic: bool
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export HTML report")
        self._current = current
        self.current_pair = QRadioButton(f"Current pair only (base and {current_label})")
        self.all_versions = QRadioButton("All versions against the base")
        self.current_pair.setEnabled(current is not None)
        (self.current_pair if current is not None else self.all_versions).setChecked(True)
        self.hide_cosmetic = QCheckBox("Hide cosmetic differences")
        self.hide_cosmetic.setChecked(hide_cosmetic)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.current_pair, self.all_versions, self.hide_cosmetic, buttons):
            layout.addWidget(widget)

    def options(self) -> ReportOptions:
        pairs = (self._current,) if self.current_pair.isChecked() and self._current else None
        return ReportOptions(hide_cosmetic=self.hide_cosmetic.isChecked(), pairs=pairs)
