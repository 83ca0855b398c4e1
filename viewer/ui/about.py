"""Help › About Redline: what it is, with its icon and version."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.ui.icon import app_icon

__all__ = ["about_text", "show_about"]


def about_text() -> str:
    try:
        number = version("redline")
    except PackageNotFoundError:
        number = "(not installed)"
    return (
        f"Redline {number}\n\n"
        "Shows fact-checkers what changed between versions of one news story: "
        "what was added, omitted, moved and reworded, with changed quotes, numbers, "
        "names and negations boxed."
    )


def show_about(parent: QWidget | None) -> QMessageBox:
    """Open the About box (not modal, so tests and users can carry on)."""
    box = QMessageBox(parent)
    box.setWindowTitle("About Redline")
    box.setIconPixmap(app_icon().pixmap(96, 96))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(about_text())
    box.setWindowIcon(app_icon())
    box.open()
    return box
