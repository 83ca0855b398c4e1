"""The claims panel wired into the window: a dock under the panes whose table is built off
the GUI thread for the comparison shown, and whose cells lead to the wording they name."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget

from viewer.core.model import Comparison, Span
from viewer.ui.claims_panel import ClaimsJob, ClaimsPanel
from viewer.ui.jobs import start_kept, stop_jobs

if TYPE_CHECKING:
    from viewer.core.claims import Claim
    from viewer.ui.main_window import MainWindow

__all__ = ["ClaimsController"]


class ClaimsController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.jobs: set[ClaimsJob] = set()  # tables being built, the stale ones cancelled
        self._made_for: Comparison | None = None
        self.panel = ClaimsPanel()
        self.panel.claim_chosen.connect(self.show_claim)
        self.dock: QDockWidget = window.panels.add(
            "Claims: quotations and figures across versions",
            "Claims",
            self.panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.dock.hide()
        # The findings keep the right side to the bottom; the claims table sits under the panes.
        window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.visibilityChanged.connect(lambda _shown: self.refresh())
        self._sized = False

    def refresh(self) -> None:
        """The comparison shown or the dock's visibility changed: build the table if the
        dock shows it, and drop the tables of comparisons no longer shown."""
        comparison = self.window.comparison
        for stale in self.jobs:
            if stale.comparison is not comparison:
                stale.cancel()
        if not self.dock.isVisible():
            return
        if not self._sized:  # first shown: room for a few rows, the panes keep the most
            self._sized = True
            rows = self.panel.table.verticalHeader().defaultSectionSize() * 5 + 60
            height = min(rows, self.window.height() * 2 // 5)
            self.window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)
        if comparison is self._made_for:
            return
        self._made_for = comparison
        if comparison is None:
            self.panel.show_claims(None, ())
            return
        self.panel.show_busy()
        job = ClaimsJob(comparison)
        job.done.connect(self._done)
        job.failed.connect(lambda problem, c=comparison: self._failed(c, problem))
        start_kept(job, self.jobs)

    def _done(self, comparison: Comparison, claims: tuple[Claim, ...]) -> None:
        if comparison is self.window.comparison:
            self.panel.show_claims(comparison, claims)

    def _failed(self, comparison: Comparison, problem: str) -> None:
        if comparison is self.window.comparison:
            self._made_for = None  # asked again the next time the panel is shown
            self.panel.show_failed(problem)

    def claims_of(self, comparison: Comparison) -> tuple[Claim, ...] | None:
        """The claims table of ``comparison`` if the panel has it already (None: not yet)."""
        panel = self.panel
        return panel.claims if panel.comparison is comparison else None

    def show_claim(self, claim: Claim, document: int) -> None:
        """A click in the claims table: that version beside the base, and the claim selected
        and brought level in both panes (or in every column); a pane whose version does not
        state it keeps no selection of another claim."""
        from viewer.ui.main_window import ViewMode

        window, comparison = self.window, self.window.comparison
        if comparison is None or not claim.in_document(document):
            return
        if window.mode is ViewMode.INLINE:
            window.set_view(ViewMode.PAIR)
        if window.mode is ViewMode.ALL:
            window.all_view.show_spans(_spans(claim, range(len(comparison.documents))), document)
            return
        if document != comparison.base:
            window.select_version(document)
        if window.current is None:
            return
        spans = _spans(claim, (comparison.base, window.current))
        window.pair_view.show_spans(
            spans.get(comparison.base), spans.get(window.current), document == comparison.base
        )

    def close(self) -> None:
        stop_jobs(self.jobs)


def _spans(claim: Claim, documents: Iterable[int]) -> dict[int, Span]:
    """Where each of ``documents`` states the claim first (those that state it)."""
    return {k: found[0].span for k in documents if (found := claim.in_document(k))}
