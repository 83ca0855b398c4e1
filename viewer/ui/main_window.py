"""The main window: versions, panes, findings and overview wired to the engine's results."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from viewer.core.model import Comparison, Document, Segment
from viewer.core.navigation import Side, next_finding, previous_finding
from viewer.ui.all_view import AllVersionsView
from viewer.ui.find_bar import FindBar
from viewer.ui.findings_panel import FindingsPanel
from viewer.ui.jobs import CompareJob, JobResult, stop_jobs
from viewer.ui.menus import build_menus
from viewer.ui.overview import Overview
from viewer.ui.pair_view import PairView
from viewer.ui.settings import Memory
from viewer.ui.styles import legend_html
from viewer.ui.text_pane import TextPane
from viewer.ui.versions_panel import VersionsPanel

__all__ = ["MainWindow"]

_PATTERNS = "*.txt *.md *.html *.htm *.docx *.pdf"


class MainWindow(QMainWindow):
    """Renders the current Comparison; every change of input goes through a CompareJob."""

    comparison_shown = Signal()  # the panes show a new comparison (or the documents alone)

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Redline")
        self.setAcceptDrops(True)
        self.memory = Memory(settings)
        self.documents: tuple[Document, ...] = ()
        self.comparison: Comparison | None = None
        self.current: int | None = None  # the version shown beside the base
        self.hide_cosmetic = False
        self._job: CompareJob | None = None
        self._old_jobs: set[CompareJob] = set()

        self.pair_view = PairView()
        self.all_view = AllVersionsView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.pair_view)
        self.stack.addWidget(self.all_view)
        self.legend = QLabel(legend_html())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.find_bar = FindBar(self._find_target)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.legend)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)

        self.versions = VersionsPanel()
        self.findings = FindingsPanel()
        self.overview = Overview()
        self._dock("Versions", self.versions, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock("Overview", self.overview, Qt.DockWidgetArea.LeftDockWidgetArea)
        self._dock("Findings", self.findings, Qt.DockWidgetArea.RightDockWidgetArea)
        docks = self.findChildren(QDockWidget)
        self._docks_before: list[QDockWidget] = docks  # shown again when all-versions mode ends
        self._all_view_stale = True  # the all-versions view waits until it is shown
        QTimer.singleShot(
            0, lambda: self.resizeDocks(docks, [380, 380, 440], Qt.Orientation.Horizontal)
        )
        self.versions.selected.connect(self.select_version)
        self.versions.base_requested.connect(self.set_base)
        self.findings.chosen.connect(self._show_finding)
        self.overview.pair_chosen.connect(self._show_cell)

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.actions_ = build_menus(self)
        self._apply_zoom()
        geometry = self.memory.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1500, 900)
        state = self.memory.settings.value("state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{title}Dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)

    # -- opening and comparing ---------------------------------------------------------------
    def open_paths(self, paths: Sequence[str]) -> None:
        """Add ``paths`` to the versions already open (loaded and compared off the GUI thread)."""
        paths = [str(p) for p in paths]
        if paths:
            self.memory.add_recent(paths)
        base = self.comparison.base if self.comparison else 0
        self._start(CompareJob(self.documents, paths, base))

    def set_base(self, index: int, show: int | None = None) -> None:
        """Compare every version with ``index``; then show ``show`` (default: the old base)."""
        if self.comparison is None or index == self.comparison.base:
            return
        self.current = self.comparison.base if show is None else show
        self._start(CompareJob(self.documents, [], index))

    def is_busy(self) -> bool:
        return self._job is not None

    def _start(self, job: CompareJob) -> None:
        if self._job is not None:  # opening something else cancels the comparison under way
            self._job.cancel()
        self._job = job
        self._old_jobs.add(job)
        job.finished.connect(lambda j=job: self._retire(j))
        job.progressed.connect(self._progressed)
        job.done.connect(lambda result, j=job: self._finished(j, result))
        job.failed.connect(lambda message, j=job: self._failed(j, message))
        self.progress.setValue(0)
        self.progress.show()
        self.statusBar().showMessage("Comparing…")
        job.start()

    def _retire(self, job: CompareJob) -> None:
        """A finished thread is deleted by Qt on its own thread's terms, not by the GC."""
        self._old_jobs.discard(job)
        job.deleteLater()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _failed(self, job: CompareJob, message: str) -> None:
        if job is not self._job:
            return
        self._job = None
        self.progress.hide()
        QMessageBox.critical(self, "Redline", f"The comparison failed:\n{message}")

    def _finished(self, job: CompareJob, result: JobResult) -> None:
        if job is not self._job:
            return  # a cancelled job that finished anyway
        self._job = None
        self.progress.hide()
        self.documents, self.comparison = result.documents, result.comparison
        if result.errors:
            QMessageBox.warning(
                self,
                "Could not open",
                "These files could not be opened; the other versions stay open:\n\n"
                + "\n".join(result.errors),
            )
        base = self.comparison.base if self.comparison else None
        if self.current is None or self.current == base or self.current >= len(self.documents):
            self.current = next((i for i in range(len(self.documents)) if i != base), None)
        self.statusBar().showMessage(f"{len(self.documents)} versions", 5000)
        self._render()

    # -- showing -----------------------------------------------------------------------------
    def _render(self) -> None:
        self.versions.show_documents(self.documents, self.comparison, self.current)
        self.overview.show_comparison(self.comparison)
        self._render_pair()
        self._render_all_view()
        self.comparison_shown.emit()

    def _render_all_view(self) -> None:
        """All versions are laid out only while that view shows: laying out every version of
        a long document costs seconds the pair view should not wait for."""
        if self.comparison is not None and self.stack.currentWidget() is self.all_view:
            self.all_view.show_comparison(self.comparison, self.hide_cosmetic)
            self._all_view_stale = False
        else:
            self._all_view_stale = True

    def _render_pair(self) -> None:
        comparison = self.comparison
        if comparison is None:
            only = self.documents[0] if self.documents else None
            self.pair_view.base_pane.set_text(only.text if only else "")
            self.pair_view.other_pane.set_text("")
            self.findings.show_pair(None, "", "", self.hide_cosmetic)
            return
        self.pair_view.show_pair(comparison, self.current, self.hide_cosmetic)
        if self.current is None:
            self.findings.show_pair(None, "", "", self.hide_cosmetic)
            return
        base_text = comparison.documents[comparison.base].text
        other_text = comparison.documents[self.current].text
        pair = comparison.pair_for(self.current)
        self.findings.show_pair(pair, base_text, other_text, self.hide_cosmetic)
        label = comparison.documents[self.current].label
        self.setWindowTitle(f"Redline — {comparison.documents[comparison.base].label} ↔ {label}")

    def select_version(self, index: int) -> None:
        """Show version ``index`` beside the base (choosing the base itself changes nothing)."""
        if self.comparison is None or index == self.comparison.base or index == self.current:
            return
        self.current = index
        self.versions.show_documents(self.documents, self.comparison, self.current)
        self._render_pair()

    def step_version(self, step: int) -> None:
        """Ctrl+PgDown / Ctrl+PgUp: the next or previous version, skipping the base."""
        if self.comparison is None or self.current is None:
            return
        others = [p.other for p in self.comparison.pairs]
        position = others.index(self.current)
        self.select_version(others[(position + step) % len(others)])

    def set_hide_cosmetic(self, hide: bool) -> None:
        self.hide_cosmetic = hide
        self._render_pair()
        self._render_all_view()

    def set_all_versions(self, on: bool) -> None:
        """All versions as columns; the side panels step aside so that five or more fit."""
        if on == (self.stack.currentWidget() is self.all_view):
            return
        docks = self.findChildren(QDockWidget)
        if on:
            self._docks_before = [d for d in docks if d.isVisible()]
            for dock in self._docks_before:
                dock.hide()
        else:
            for dock in self._docks_before:
                dock.show()
        self.stack.setCurrentWidget(self.all_view if on else self.pair_view)
        if on and self._all_view_stale:
            self._render_all_view()

    def _show_cell(self, row: int, column: int) -> None:
        if self.comparison is None:
            return
        if row == self.comparison.base or column == self.comparison.base:
            self.select_version(column if row == self.comparison.base else row)
        else:
            self.set_base(row, show=column)

    # -- findings ----------------------------------------------------------------------------
    def _show_finding(self, segment: Segment) -> None:
        self.set_all_versions(False)
        self.actions_.all_versions.setChecked(False)
        self.pair_view.mark(segment)

    def step_finding(self, forward: bool) -> None:
        """F7 / Shift+F7: the next or previous finding that passes the filters."""
        findings = self.findings.findings
        position = self.pair_view.base_pane.textCursor().selectionEnd()
        if forward:
            number = next_finding(findings, self.findings.current(), position, Side.BASE)
        else:
            start = self.pair_view.base_pane.textCursor().selectionStart()
            number = previous_finding(findings, self.findings.current(), start, Side.BASE)
        if number is not None:
            self.findings.choose(number)

    # -- find, zoom, files ---------------------------------------------------------------------
    def panes(self) -> list[TextPane]:
        return [self.pair_view.base_pane, self.pair_view.other_pane, *self.all_view.panes]

    def _find_target(self) -> TextPane:
        for pane in self.panes():
            if pane.hasFocus():
                return pane
        return self.pair_view.base_pane

    def zoom(self, steps: int) -> None:
        self.memory.set_zoom(max(-6, min(20, self.memory.zoom() + steps)))
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        size = max(6, self.font().pointSize() + 1 + self.memory.zoom())
        for pane in self.panes():
            font = pane.font()
            font.setPointSize(size)
            pane.setFont(font)

    def choose_url(self) -> None:
        """File › Open URL…: fetch a web page (with a time and size limit) as another version."""
        url, accepted = QInputDialog.getText(
            self, "Open URL", "Address of the article (http or https):"
        )
        url = url.strip()
        if not accepted or not url:
            return
        if not url.startswith(("http://", "https://")):
            QMessageBox.warning(self, "Open URL", f"{url}: not an http or https address")
            return
        self.open_paths([url])

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, "Open versions", "", f"Articles ({_PATTERNS});;All files (*)"
        )
        if paths:
            self.open_paths(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    def export_html(self) -> None:
        """File › Export HTML…: choose the scope, then the file (the save dialog asks before
        replacing one), then write it atomically."""
        if self.comparison is None:
            return
        from viewer.export.atomic import ExportError
        from viewer.export.html_report import write_report
        from viewer.ui.export_dialog import ExportDialog

        label = "" if self.current is None else self.comparison.documents[self.current].label
        dialog = ExportDialog(self, self.current, label, self.hide_cosmetic)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, "Export HTML report", "redline-report.html", "HTML (*.html)"
        )
        if not path:
            return
        try:
            write_report(self.comparison, Path(path), dialog.options(), overwrite=True)
        except ExportError as error:
            QMessageBox.warning(self, "Export failed", str(error))
            return
        self.statusBar().showMessage(f"Report written to {path}", 5000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.memory.settings.setValue("geometry", self.saveGeometry())
        self.memory.settings.setValue("state", self.saveState())
        self.memory.settings.sync()  # written now: a stray job makes the app skip destructors
        stop_jobs(self._old_jobs)  # loads and comparisons stop within a fraction of a second
        super().closeEvent(event)
