"""The main window: versions, panes, findings and overview wired to the engine's results."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from viewer.core.locations import Locator
from viewer.core.model import Comparison, Document, Finding
from viewer.core.navigation import Side, finding_status, next_finding, previous_finding
from viewer.core.visibility import Visibility
from viewer.export.review_file import SUFFIX
from viewer.ui import prepared, review_files, review_opening
from viewer.ui.all_view import AllVersionsView
from viewer.ui.find_bar import FindBar, panes_shown
from viewer.ui.findings_panel import FindingsPanel
from viewer.ui.icon import app_icon
from viewer.ui.inline_view import InlineView
from viewer.ui.jobs import CompareJob, JobResult, start_kept, stop_jobs
from viewer.ui.legend import Legend
from viewer.ui.menus import build_menus
from viewer.ui.overview import Overview
from viewer.ui.pair_view import PairView
from viewer.ui.panels import Panels
from viewer.ui.reading_place import PlaceKeeper
from viewer.ui.review_controller import ReviewController
from viewer.ui.settings import Memory
from viewer.ui.text_pane import TextPane
from viewer.ui.theme import apply_theme
from viewer.ui.versions_panel import VersionsPanel

__all__ = ["MainWindow", "ViewMode"]

_KEEP = object()  # the version shown stays when the comparison under way arrives
_STATE_VERSION = 2  # docks moved (versions and overview on top): older saved layouts are ignored


class ViewMode(StrEnum):
    PAIR = "pair"  # the base and one version side by side
    ALL = "all"  # every version as a column
    INLINE = "inline"  # the base with one version's changes in place


class MainWindow(QMainWindow):
    """Renders the current Comparison; every change of input goes through a CompareJob."""

    comparison_shown = Signal()  # the panes show a new comparison (or the documents alone)

    def __init__(self, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Redline")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.memory = Memory(settings)
        self.documents: tuple[Document, ...] = ()
        self.comparison: Comparison | None = None
        self.current: int | None = None  # the version shown beside the base
        self.visibility = Visibility(
            hide_cosmetic=self.memory.flag("hide_cosmetic", True),
            hide_boilerplate=self.memory.flag("hide_boilerplate", True),
        )
        self.mode = ViewMode.PAIR
        self._job: CompareJob | None = None
        self._show_next: int | object | None = _KEEP  # the version to show when the job ends
        self._old_jobs: set[CompareJob] = set()
        self._stale: set[ViewMode] = set()  # views laid out only when shown
        self._locator: Locator | None = None  # places of the pair shown, shared by the views

        self.pair_view = PairView()
        self.all_view = AllVersionsView()
        self.inline_view = InlineView()
        self.stack = QStackedWidget()
        for view in (self.pair_view, self.all_view, self.inline_view):
            self.stack.addWidget(view)
        self.legend = Legend()
        self.find_bar = FindBar(lambda: panes_shown(self), self._focused_pane)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addWidget(self.legend)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)

        self.versions = VersionsPanel()
        self.findings = FindingsPanel()
        self.overview = Overview()
        self.panels = Panels(self)
        top, right = Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        versions_dock = self.panels.add("Versions", "Versions", self.versions, top)
        overview_dock = self.panels.add(
            "Overview: similarity (coverage)", "Overview", self.overview, top
        )
        self.splitDockWidget(versions_dock, overview_dock, Qt.Orientation.Horizontal)
        findings_dock = self.panels.add("Findings", "Findings", self.findings, right)
        if self.memory.settings.value("state") is None:
            docks = (versions_dock, overview_dock, findings_dock)
            QTimer.singleShot(0, lambda: self.panels.size(*docks))
        self.versions.selected.connect(self.select_version)
        self.versions.base_requested.connect(self.set_base)
        self.findings.chosen.connect(self._show_finding)
        self.findings.current_changed.connect(self._update_status)
        self.overview.pair_chosen.connect(self._show_cell)

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.finding_label = QLabel()
        self.statusBar().addPermanentWidget(self.finding_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.reviewing = ReviewController(self)  # verdicts, notes, corrections, claims
        self.place = PlaceKeeper(self, self._base_pane, self._show_chosen_again)
        self.place.watch(self.panels.docks())  # F9 and every panel keep the reader's place
        self.actions_ = build_menus(self)
        if self.memory.flag("dark", False):
            apply_theme(True)
        self._apply_zoom()
        geometry = self.memory.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1600, 1000)
        state = self.memory.settings.value("state")
        if isinstance(state, QByteArray):
            self.restoreState(state, _STATE_VERSION)

    # -- opening and comparing ---------------------------------------------------------------
    def open_paths(self, paths: Sequence[str]) -> None:
        """Add ``paths`` to the versions already open (loaded and compared off the GUI thread)."""
        paths = [str(p) for p in paths]
        reviews = [p for p in paths if p.endswith(SUFFIX)]  # a review opens as a whole
        if reviews:
            review_opening.open_review(self, reviews[0])
            return
        if paths:
            self.memory.add_recent(paths)
        self.compare_again(paths=paths)

    def compare_again(
        self,
        documents: Sequence[Document] | None = None,
        base: int | None = None,
        paths: Sequence[str] = (),
    ) -> None:
        """Compare ``documents`` (default: those open, and ``paths`` loaded) with ``base``,
        with the review's corrections and options: after a correction, or an opened review."""
        if documents is not None:
            self._show_next = None  # the first version, once the comparison arrives
        if base is None:
            base = self.comparison.base if self.comparison else 0
        session = self.reviewing.session
        documents = self.documents if documents is None else tuple(documents)
        links, options = session.review.links, session.options
        self._start(CompareJob(documents, paths, base, links, options, self.visibility))

    def set_base(self, index: int, show: int | None = None) -> None:
        """Compare every version with ``index``; then show ``show`` (default: the old base)."""
        if self.comparison is None or index == self.comparison.base:
            return
        if not self.reviewing.may_change_base():  # corrections are made against the base
            return
        # Shown once the new comparison arrives: until then the views, the findings and
        # the menus keep working on the comparison they show (whose base is the old one).
        self._show_next = self.comparison.base if show is None else show
        self.compare_again(base=index)

    def is_busy(self) -> bool:
        return self._job is not None

    def _start(self, job: CompareJob) -> None:
        if self._job is not None:  # opening something else cancels the comparison under way
            self._job.cancel()
        self._job = job
        job.progressed.connect(self._progressed)
        job.done.connect(lambda result, j=job: self._finished(j, result))
        job.failed.connect(lambda message, j=job: self._failed(j, message))
        self.progress.setValue(0)
        self.progress.show()
        self.statusBar().showMessage("Comparing…")
        start_kept(job, self._old_jobs)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _failed(self, job: CompareJob, message: str) -> None:
        if job is not self._job:
            return  # cancelled, or the window closed: nobody is waiting for it
        self._job = None
        self._show_next = _KEEP
        self.progress.hide()
        QMessageBox.critical(self, "Redline", f"The comparison failed:\n{message}")

    def _finished(self, job: CompareJob, result: JobResult) -> None:
        if job is not self._job:
            return  # a cancelled job that finished anyway
        self._job = None
        self.progress.hide()
        self.documents, self.comparison = result.documents, result.comparison
        wanted, self._show_next = self._show_next, _KEEP
        if wanted is not _KEEP:
            self.current = wanted if isinstance(wanted, int) else None
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
    def show_comparison(self, comparison: Comparison) -> None:
        """Show a comparison made elsewhere (the review workflow, tests), not recomputed."""
        self.documents, self.comparison = comparison.documents, comparison
        if self.current not in {p.other for p in comparison.pairs}:
            self.current = next((p.other for p in comparison.pairs), None)
        self._render()

    def _render(self) -> None:
        self.versions.show_documents(self.documents, self.comparison, self.current)
        self.overview.show_comparison(self.comparison)
        self._render_pair()
        self.comparison_shown.emit()

    def _render_pair(self) -> None:
        """The findings and the view shown now; the other views wait until they are shown
        (laying out every version of a long document costs seconds)."""
        self._stale = {ViewMode.ALL, ViewMode.INLINE, ViewMode.PAIR} - {self.mode}
        comparison = self.comparison
        if ViewMode.INLINE in self._stale:
            self.inline_view.set_aside(comparison)
        self._locator = None
        if comparison is not None and self.current is not None:
            base_text = comparison.documents[comparison.base].text
            self._locator = prepared.locator(comparison.pair_for(self.current), base_text)
        self._render_view(self.mode)
        if comparison is None or self.current is None or self._locator is None:
            self.findings.show_pair(None, "", "", self.visibility)
            self._update_status()
            return
        base_text = comparison.documents[comparison.base].text
        other_text = comparison.documents[self.current].text
        pair = self._locator.pair
        self.findings.show_pair(pair, base_text, other_text, self.visibility, self._locator)

    def _render_view(self, mode: ViewMode) -> None:
        comparison = self.comparison
        self._stale.discard(mode)
        if comparison is None:
            if mode is ViewMode.PAIR:
                only = self.documents[0] if self.documents else None
                self.pair_view.base_pane.set_text(only.text if only else "")
                self.pair_view.other_pane.set_text("")
            return
        if mode is ViewMode.PAIR:
            self.pair_view.show_pair(comparison, self.current, self.visibility, self._locator)
        elif mode is ViewMode.ALL:
            self.all_view.show_comparison(comparison, self.visibility)
        else:
            self.inline_view.show_pair(comparison, self.current, self.visibility, self._locator)

    def select_version(self, index: int) -> None:
        """Show version ``index`` beside the base (choosing the base itself changes nothing)."""
        if self.comparison is None or index == self.comparison.base or index == self.current:
            return
        self.current = index
        self.versions.set_current(index)
        self._render_pair()

    def step_version(self, step: int) -> None:
        """Ctrl+PgDown / Ctrl+PgUp: the next or previous version, skipping the base."""
        if self.comparison is None or self.current is None:
            return
        others = [p.other for p in self.comparison.pairs]
        position = others.index(self.current)
        self.select_version(others[(position + step) % len(others)])

    def set_hide_cosmetic(self, hide: bool) -> None:
        self.memory.set_flag("hide_cosmetic", hide)
        self.visibility = Visibility(hide, self.visibility.hide_boilerplate)
        self._render_pair()

    def set_hide_boilerplate(self, hide: bool) -> None:
        self.memory.set_flag("hide_boilerplate", hide)
        self.visibility = Visibility(self.visibility.hide_cosmetic, hide)
        self._render_pair()

    def set_dark(self, dark: bool) -> None:
        """View › Dark theme (remembered): every mark and cue takes the colours that read
        on the new page."""
        self.memory.set_flag("dark", dark)
        apply_theme(dark)

    def set_view(self, mode: ViewMode) -> None:
        """Pair, all versions or inline; in all-versions mode the side panels step aside so
        that five or more columns fit."""
        if mode is self.mode:
            return
        if mode is ViewMode.ALL:
            self.panels.step_aside()
        elif self.mode is ViewMode.ALL:
            self.panels.come_back()
        self.mode = mode
        self.stack.setCurrentWidget(
            {ViewMode.PAIR: self.pair_view, ViewMode.ALL: self.all_view}.get(mode, self.inline_view)
        )
        for action, on in (
            (self.actions_.all_versions, ViewMode.ALL),
            (self.actions_.inline, ViewMode.INLINE),
        ):
            action.blockSignals(True)
            action.setChecked(mode is on)
            action.blockSignals(False)
        if mode in self._stale:
            self._render_view(mode)
        number = self.findings.current()
        if number is not None:
            self._show_finding(self.findings.findings[number])

    def is_inline(self) -> bool:
        return self.mode is ViewMode.INLINE

    def toggle_side_panels(self) -> None:
        """F9: hide every side panel, or bring back the ones hidden."""
        self.panels.toggle()

    def _show_cell(self, row: int, column: int) -> None:
        if self.comparison is None:
            return
        if row == self.comparison.base or column == self.comparison.base:
            self.select_version(column if row == self.comparison.base else row)
        else:
            self.set_base(row, show=column)

    # -- findings ----------------------------------------------------------------------------
    def _show_finding(self, segment: Finding) -> None:
        """Bring a finding to the reading place in whichever view is shown."""
        if self.mode is ViewMode.ALL and self.current is not None:
            self.all_view.show_finding(segment, self.current)
        elif self.mode is ViewMode.INLINE:
            self.inline_view.show_finding(segment)
        else:
            self.pair_view.show_finding(segment)
        self._update_status()

    def _show_chosen_again(self) -> bool:
        """Bring the chosen finding back into view (after the panes were resized)."""
        number = self.findings.current()
        if number is None or number >= len(self.findings.findings):
            return False
        self._show_finding(self.findings.findings[number])
        return True

    def _update_status(self) -> None:
        self.finding_label.setText(
            finding_status(self.findings.current(), len(self.findings.findings))
        )

    def step_finding(self, forward: bool) -> None:
        """F7 / Shift+F7: the next or previous finding in the list's order (hidden kinds are
        not in it); with none chosen yet, the first from the top of the base shown."""
        findings = self.findings.findings
        if not findings:
            return
        base = self._base_pane() if self.mode is not ViewMode.INLINE else None
        # At the very top the answer is 0 (a pane not laid out yet answers with its end).
        scrolled = base is not None and base.verticalScrollBar().value() > 0
        top = base.position_at(0) if base is not None and scrolled else 0
        step = next_finding if forward else previous_finding
        if self.reviewing.unreviewed_only:
            number = self.reviewing.step(findings, self.findings.current(), forward, top)
        else:
            number = step(findings, self.findings.current(), top, Side.BASE)
        if number is not None:
            self.findings.choose(number)

    # -- find, zoom, files ---------------------------------------------------------------------
    def panes(self) -> list[TextPane]:
        return [
            self.pair_view.base_pane,
            self.pair_view.other_pane,
            self.inline_view.pane,
            *self.all_view.panes,
        ]

    def _focused_pane(self) -> TextPane | None:
        return next((pane for pane in self.panes() if pane.hasFocus()), None)

    def _base_pane(self) -> TextPane:
        """The pane showing the base in the view shown (the inline column in inline mode)."""
        if self.mode is ViewMode.INLINE:
            return self.inline_view.pane
        if self.mode is ViewMode.ALL and self.all_view.panes:  # none before a comparison
            return self.all_view.panes[0]
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

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not review_files.may_discard(self):  # unsaved verdicts, notes or corrections
            event.ignore()
            return
        self.reviewing.close()
        self.memory.settings.setValue("geometry", self.saveGeometry())
        self.memory.settings.setValue("state", self.saveState(_STATE_VERSION))
        self.memory.settings.sync()  # written now: a stray job makes the app skip destructors
        self._job = None  # what it ends with (a failure, a result) is no longer shown
        stop_jobs(self._old_jobs)  # loads and comparisons stop within a fraction of a second
        self.inline_view.close_jobs()
        super().closeEvent(event)
