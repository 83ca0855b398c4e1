"""The choices of File › Export HTML…: which versions, which layout, what to hide, and what
of the review to include."""

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

from viewer.core.review import Review
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
        review: Review | None = None,
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
        self._review = review
        self.include_review = QCheckBox("Include the review: verdicts and a summary of them")
        self.only_confirmed = QCheckBox("Only confirmed changes (the others are not highlighted)")
        self.include_notes = QCheckBox("Include notes")
        self.include_claims = QCheckBox("Include the claims table (quotations and figures)")
        for check in (self.include_review, self.include_notes, self.include_claims):
            check.setChecked(True)
        reviewed = review is not None and bool(review.decisions)
        self.include_review.setChecked(reviewed)
        self.include_review.setEnabled(reviewed)
        self.include_review.toggled.connect(self._review_choices)
        self._review_choices(reviewed)
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
        reviewing = QGroupBox("Review")
        rows = QVBoxLayout(reviewing)
        for check in (self.include_review, self.only_confirmed, self.include_notes):
            rows.addWidget(check)
        layout.addWidget(reviewing)
        for check in (self.include_claims, self.hide_cosmetic, self.hide_boilerplate):
            layout.addWidget(check)
        layout.addWidget(buttons)

    def _review_choices(self, on: bool) -> None:
        self.only_confirmed.setEnabled(on)
        self.include_notes.setEnabled(on)

    def options(self) -> ReportOptions:
        pairs = (self._current,) if self.current_pair.isChecked() and self._current else None
        review = self._review if self.include_review.isChecked() else None
        return ReportOptions(
            hide_cosmetic=self.hide_cosmetic.isChecked(),
            hide_boilerplate=self.hide_boilerplate.isChecked(),
            pairs=pairs,
            layout=Layout.INLINE if self.inline.isChecked() else Layout.SIDE_BY_SIDE,
            review=review,
            only_confirmed=review is not None and self.only_confirmed.isChecked(),
            include_notes=self.include_notes.isChecked(),
            include_claims=self.include_claims.isChecked(),
        )
