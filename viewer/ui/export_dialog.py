"""The choices of File › Export HTML…: which versions, which layout, what to hide."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.visibility import Visibility
from viewer.export.html_report import Layout, ReportOptions

__all__ = ["ExportDialog"]


class ExportDialog(QDialog):
    """Asks for the report's scope; ``options()`` turns the answer into ReportOptions."""

    def __init__(
        self,
        parent: QWidget | None,
        current: int | None,
        current_label: str,
        visibility: Visibility,
        inline: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export HTML report")
        self._current = current
        self.current_pair = QRadioButton(f"Current pair only (base and {current_label})")
        self.all_versions = QRadioButton("All versions against the base")
        self.current_pair.setEnabled(current is not None)
        (self.current_pair if current is not None else self.all_versions).setChecked(True)
        self.side_by_side = QRadioButton("Side by side (base and version in two columns)")
        self.inline = QRadioButton("Inline (the base with the changes in place)")
        (self.inline if inline else self.side_by_side).setChecked(True)
        self.hide_cosmetic = QCheckBox("Hide cosmetic differences")
        self.hide_cosmetic.setChecked(visibility.hide_cosmetic)
        self.hide_boilerplate = QCheckBox("Hide boilerplate (sign-up prompts, “Read more”…)")
        self.hide_boilerplate.setChecked(visibility.hide_boilerplate)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for title, choices in (
            ("Versions", (self.current_pair, self.all_versions)),
            ("Layout", (self.side_by_side, self.inline)),
        ):
            box = QGroupBox(title)
            group = QButtonGroup(box)
            inner = QVBoxLayout(box)
            for choice in choices:
                group.addButton(choice)
                inner.addWidget(choice)
            layout.addWidget(box)
        for widget in (self.hide_cosmetic, self.hide_boilerplate, buttons):
            layout.addWidget(widget)

    def options(self) -> ReportOptions:
        pairs = (self._current,) if self.current_pair.isChecked() and self._current else None
        return ReportOptions(
            hide_cosmetic=self.hide_cosmetic.isChecked(),
            hide_boilerplate=self.hide_boilerplate.isChecked(),
            pairs=pairs,
            layout=Layout.INLINE if self.inline.isChecked() else Layout.SIDE_BY_SIDE,
        )
