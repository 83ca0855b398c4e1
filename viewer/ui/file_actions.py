"""File menu actions of the window: open files or a URL, export the HTML report."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

__all__ = ["choose_files", "choose_url", "export_html"]

_PATTERNS = "*.txt *.md *.html *.htm *.docx *.pdf"


def choose_url(window: MainWindow) -> None:
    """File › Open URL…: fetch a web page (with a time and size limit) as another version."""
    url, accepted = QInputDialog.getText(
        window, "Open URL", "Address of the article (http or https):"
    )
    url = url.strip()
    if not accepted or not url:
        return
    if not url.startswith(("http://", "https://")):
        QMessageBox.warning(window, "Open URL", f"{url}: not an http or https address")
        return
    window.open_paths([url])


def choose_files(window: MainWindow) -> None:
    paths, _filter = QFileDialog.getOpenFileNames(
        window, "Open versions", "", f"Articles ({_PATTERNS});;All files (*)"
    )
    if paths:
        window.open_paths(paths)


def export_html(window: MainWindow) -> None:
    """File › Export HTML…: choose the scope and layout, then the file (the save dialog asks
    before replacing one), then write it atomically."""
    comparison = window.comparison
    if comparison is None:
        return
    from viewer.export.atomic import ExportError
    from viewer.export.html_report import write_report
    from viewer.ui.export_dialog import ExportDialog

    label = "" if window.current is None else comparison.documents[window.current].label
    session = window.reviewing.session
    dialog = ExportDialog(
        window, window.current, label, window.visibility, window.is_inline(), session.review
    )
    if dialog.exec() != ExportDialog.DialogCode.Accepted:
        return
    path, _filter = QFileDialog.getSaveFileName(
        window, "Export HTML report", "redline-report.html", "HTML (*.html)"
    )
    if not path:
        return
    try:
        options = dialog.options()
        if options.review is not None and session.path is not None:
            options = replace(options, review_name=session.path.name)
        claims = window.reviewing.claims_view.claims_of(comparison)
        write_report(comparison, Path(path), options, overwrite=True, claims=claims)
    except ExportError as error:
        QMessageBox.warning(window, "Export failed", str(error))
        return
    window.statusBar().showMessage(f"Report written to {path}", 5000)
