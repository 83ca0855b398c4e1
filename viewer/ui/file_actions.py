"""File menu actions of the window: open files or a URL, export the HTML report (written
off the GUI thread, with progress and Cancel)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog

from viewer.core.checks import Check
from viewer.core.claims import Claim
from viewer.core.model import Comparison
from viewer.export.atomic import ExportError
from viewer.ui.jobs import Job, start_kept
from viewer.ui.review_files import message

if TYPE_CHECKING:
    from viewer.export.html_report import ReportOptions
    from viewer.ui.main_window import MainWindow

__all__ = ["ExportJob", "choose_files", "choose_url", "export_html"]

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
    options = dialog.options()
    if options.review is not None and session.path is not None:
        options = replace(options, review_name=session.path.name)
    claims = window.reviewing.claims_view.claims_of(comparison)
    job = ExportJob(comparison, Path(path), options, claims)
    _export_in_background(window, job)


class ExportJob(Job):
    """Renders and writes the report off the GUI thread (a 400k-word pair takes seconds);
    ``written`` when done, ``failed`` with the one-line reason. A cancelled export writes
    nothing."""

    written = Signal()

    def __init__(
        self,
        comparison: Comparison,
        path: Path,
        options: ReportOptions,
        claims: tuple[Claim, ...] | None,
    ) -> None:
        super().__init__()
        self.path = path
        self._work = (comparison, options, claims)

    def run(self) -> None:
        from viewer.export.html_report import write_report  # Jinja2: loaded when first used

        comparison, options, claims = self._work

        def write(check: Check) -> bool:
            try:
                write_report(comparison, self.path, options, overwrite=True, claims=claims,
                             check=check)  # fmt: skip
            except ExportError as error:
                self.failed.emit(str(error))
                return False
            return True

        if self._attempt(write):
            self.written.emit()


def _export_in_background(window: MainWindow, job: ExportJob) -> None:
    """The job runs while a progress dialog offers Cancel; the window keeps answering."""
    progress = QProgressDialog(f"Writing the report {job.path.name}…", "Cancel", 0, 0, window)
    progress.setWindowTitle("Export HTML report")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.canceled.connect(job.cancel)

    def finished() -> None:
        progress.reset()
        progress.deleteLater()

    def written() -> None:
        window.statusBar().showMessage(f"Report written to {job.path}", 5000)

    def failed(problem: str) -> None:
        message(window, QMessageBox.Icon.Warning, "Export failed", problem)

    job.finished.connect(finished)
    job.written.connect(written)
    job.failed.connect(failed)
    window.statusBar().showMessage(f"Writing the report {job.path}…")
    start_kept(job, window.reviewing.export_jobs)  # stopped when the window closes
