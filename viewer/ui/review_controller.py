"""The review wired into the window: verdicts and notes on findings, the progress in the
status bar, corrections of the alignment, manual blocks in the panes; the claims panel is
``ClaimsController``.

The window shows comparisons; this object turns the user's review actions into new Review
values (``core.review``) and asks the window to compare again when the alignment changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox

from viewer.core.citation import citation
from viewer.core.model import Comparison, Finding, PairComparison, Span
from viewer.core.navigation import Side, finding_at
from viewer.core.review import (
    Decision,
    FindingKey,
    LinkAction,
    ManualLink,
    Review,
    Verdict,
    finding_key,
)
from viewer.core.reviewing import (
    NO_DECISION,
    ReviewState,
    correct_alignment,
    decisions_by_finding,
    link_problem,
    review_progress,
    selection_span,
    shown_findings,
    step_unreviewed,
    window_title,
    without_links,
)
from viewer.core.visibility import Visibility
from viewer.ui.claims_controller import ClaimsController
from viewer.ui.jobs import Job, stop_jobs
from viewer.ui.manual_marks import ManualMarks
from viewer.ui.plain_text import ElidedLabel
from viewer.ui.review_session import ReviewSession
from viewer.ui.text_pane import TextPane

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

__all__ = ["ReviewController"]


class ReviewController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = ReviewSession(window.memory.data_dir(), self)
        self.session.state = self.state
        self.session.changed.connect(self.update_title)
        self.unreviewed_only = False  # F7 steps through findings without a verdict only
        self.recovered = False  # the review shown was recovered after a crash
        self.opening: Job | None = None  # a review file being read (review_opening)
        self.opening_jobs: set[Job] = set()
        self.export_jobs: set[Job] = set()  # HTML reports being written (file_actions)
        self._shown: tuple[Comparison, PairComparison] | None = None  # whose findings are listed
        self._restore: FindingKey | None = None  # the finding to choose again after recomputing
        self._focus: tuple[Span, Span] | None = None  # the corrected place, shown after it
        self._total: tuple[PairComparison | None, Visibility | None, int] = (None, None, 0)
        self.progress = QLabel()
        self.progress.setTextFormat(Qt.TextFormat.PlainText)
        self.progress.setObjectName("reviewProgress")
        self.autosave_state = ElidedLabel()  # shown while the recovery copy cannot be written
        self.autosave_state.setObjectName("autosaveProblem")
        self.autosave_state.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.autosave_state.hide()
        window.statusBar().addPermanentWidget(self.autosave_state, 1)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        window.statusBar().addPermanentWidget(separator)
        window.statusBar().addPermanentWidget(self.progress)
        findings = window.findings
        findings.decide = self._decisions_for
        findings.pair_shown.connect(self._pair_shown)
        findings.decision_edited.connect(self.decide)
        window.comparison_shown.connect(self._comparison_shown)
        self.marks = {Side.BASE: ManualMarks(Side.BASE), Side.OTHER: ManualMarks(Side.OTHER)}
        for side, pane in self.pair_panes().items():
            pane.decorate = self.marks[side].paint
            pane.clicked.connect(lambda position, s=side: self._pane_clicked(s, position))
            pane.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.claims_view = ClaimsController(window)
        self.claims, self.claims_dock = self.claims_view.panel, self.claims_view.dock

    def pair_panes(self) -> dict[Side, TextPane]:
        view = self.window.pair_view
        return {Side.BASE: view.base_pane, Side.OTHER: view.other_pane}

    # -- the review's state ------------------------------------------------------------------
    def state(self) -> ReviewState | None:
        """What Save writes: the versions, the base, the options and the review."""
        comparison = self.window.comparison
        if comparison is None:
            return None
        return ReviewState(
            self.window.documents, comparison.base, self.session.options, self.session.review
        )

    def update_title(self) -> None:
        window, comparison = self.window, self.window.comparison
        base = other = None
        if comparison is not None and window.current is not None:
            base = comparison.documents[comparison.base].label
            other = comparison.documents[window.current].label
        path, problem = self.session.path, self.session.autosave_problem
        unsaved = self.session.is_unsaved()
        unprotected = problem is not None and unsaved
        name = path.name if path else None
        window.setWindowTitle(window_title(base, other, name, unprotected))
        window.setWindowModified(unsaved)
        self.autosave_state.setVisible(unprotected)
        if unprotected:
            self.autosave_state.setText(
                f"Not autosaved: {problem}. Save the review to keep your work."
            )

    def _comparison_shown(self) -> None:
        self.session.comparison_arrived(self.recovered)
        self.recovered = False
        self.claims_view.refresh()
        self.update_title()

    # -- verdicts and notes ------------------------------------------------------------------
    def _decisions_for(self, pair: PairComparison) -> dict[Finding, Decision]:
        comparison = self.window.comparison
        if comparison is None or not self.session.review.decisions:
            return {}
        return decisions_by_finding(comparison, pair, self.session.review)

    def decide(self, segment: Finding, decision: Decision) -> None:
        """Record ``decision`` on ``segment`` of the pair listed."""
        if self._shown is None:
            return
        comparison, pair = self._shown
        key = finding_key(comparison, pair, segment)
        before = self.window.findings.decisions().get(segment, NO_DECISION)
        typing = before.verdict is decision.verdict and before.note != decision.note
        self.session.set_review(
            self.session.review.decide(key, decision), ("note", key) if typing else None
        )
        self.window.findings.set_decision(segment, decision)
        self._show_progress()

    def undo(self, forward: bool = False) -> None:
        """Ctrl+Z (and Ctrl+Shift+Z, ``forward``): the newest change of the review undone
        (redone): a verdict, a note as typed, a correction of the alignment."""
        session, window = self.session, self.window
        if window.is_busy():
            return
        before = session.review
        if not (session.redo() if forward else session.undo()):
            window.statusBar().showMessage(f"Nothing to {'redo' if forward else 'undo'}", 4000)
            return
        after = session.review
        word = "Redone" if forward else "Undone"
        if after.links != before.links:  # the alignment changes: compared again
            changed = set(after.links) ^ set(before.links)
            link = next(iter(changed))
            current = window.findings.current_segment()
            if current is not None and self._shown is not None:
                self._restore = finding_key(*self._shown, current)
            self._focus = (link.base, link.other_span)
            window.compare_again()
            window.statusBar().showMessage(f"{word}: a correction of the alignment", 6000)
            return
        window.findings.reload_decisions()
        self._show_progress()
        window.statusBar().showMessage(f"{word}: a verdict or note", 4000)

    def set_verdict(self, verdict: Verdict, segment: Finding | None = None) -> None:
        """Ctrl+1, 2, 3, 0: the verdict of ``segment`` (default: the finding chosen)."""
        findings = self.window.findings
        segment = segment or findings.current_segment()
        if segment is None:
            self.window.statusBar().showMessage("Choose a finding first", 4000)
            return
        note = findings.decisions().get(segment, NO_DECISION).note
        self.decide(segment, Decision(verdict, note))

    def edit_note(self, segment: Finding | None = None) -> None:
        """F2: to the note of ``segment`` (default: the finding chosen)."""
        findings = self.window.findings
        if segment is not None:
            findings.select_segment(segment)
        findings.edit_note()

    def _show_progress(self) -> None:
        findings, visibility = self.window.findings, self.window.visibility
        pair = findings.pair()
        if pair is None:
            self.progress.setText("")
            return
        if self._total[0] is not pair or self._total[1] != visibility:  # once per pair shown
            self._total = (pair, visibility, shown_findings(pair, visibility))
        progress = review_progress(pair, findings.decisions(), visibility, self._total[2])
        self.progress.setText(progress.line())
        self.progress.setToolTip(progress.breakdown())

    def step(
        self, findings: tuple[Finding, ...], current: int | None, forward: bool, top: int
    ) -> int | None:
        """F7 with "unreviewed only": the next finding of the list without a verdict."""
        decisions = self.window.findings.decisions()
        found = step_unreviewed(findings, decisions, current, forward, top)
        if found is None and findings:
            self.window.statusBar().showMessage("Every finding listed has a verdict", 5000)
        return found

    def copy_citation(self, segment: Finding | None = None) -> None:
        """Ctrl+Shift+C: the finding as plain text to paste into a write-up."""
        findings = self.window.findings
        segment = segment or findings.current_segment()
        if segment is None or self._shown is None:
            self.window.statusBar().showMessage("Choose a finding first", 4000)
            return
        comparison, pair = self._shown
        decision = findings.decisions().get(segment, NO_DECISION)
        text = citation(comparison, pair, segment, decision)
        QGuiApplication.clipboard().setText(text)
        self.window.statusBar().showMessage(f"Copied: {text.splitlines()[0]}", 5000)

    # -- the pair shown ----------------------------------------------------------------------
    def _pair_shown(self) -> None:
        window = self.window
        pair = window.findings.pair()
        comparison = window.comparison
        self._shown = (comparison, pair) if comparison is not None and pair is not None else None
        for side, marks in self.marks.items():
            marks.set_blocks(pair.blocks if pair is not None else ())
            self.pair_panes()[side].viewport().update()
        if self._shown is not None and self._restore is not None:
            self._choose_again(*self._shown, self._restore)
        self._restore = None
        if self._focus is not None and pair is not None:
            self._show_correction(pair, *self._focus)
        self._focus = None
        self._show_progress()
        self.update_title()

    def _choose_again(self, comparison: Comparison, pair: PairComparison, key: FindingKey) -> None:
        findings = self.window.findings
        for segment in findings.findings:
            if finding_key(comparison, pair, segment) == key:
                findings.select_segment(segment)
                return

    def _pane_clicked(self, side: Side, position: int) -> None:
        """A click on a finding in a pane makes it the one the keys act on."""
        pair = self.window.findings.pair()
        if pair is None:
            return
        finding = finding_at(pair, side, position)
        if finding is not None:
            self.window.findings.select_segment(finding)

    def segment_at(self, side: Side, point: QPoint) -> Finding | None:
        """The finding under ``point`` of the pane of ``side`` (None on unchanged text)."""
        pair = self.window.findings.pair()
        if pair is None:
            return None
        pane = self.pair_panes()[side]
        return finding_at(pair, side, pane.text_position_at(point))

    # -- corrections of the alignment --------------------------------------------------------
    def _selections(self) -> tuple[Span | None, Span | None]:
        found = []
        for pane in self.pair_panes().values():
            found.append(selection_span(pane.text(), *pane.selected_range()))
        return found[0], found[1]

    def correct(self, action: LinkAction) -> None:
        """Link (or unlink) the sentences selected in the base pane and the other pane."""
        window = self.window
        pair = window.findings.pair()
        title = "Link these" if action is LinkAction.LINK else "Unlink"
        if pair is None or window.is_busy():
            return
        if window.stack.currentWidget() is not window.pair_view:
            QMessageBox.information(window, title, "Linking works in the side-by-side view.")
            return
        base, other = self._selections()
        problem = link_problem(pair, action, base, other)
        if problem is not None or base is None or other is None:
            QMessageBox.information(window, title, problem or "")
            return
        link = ManualLink(pair.other, action, base, other)
        self._recompute(correct_alignment(self.session.review, link), (base, other))

    def remove_corrections(self) -> None:
        """Forget the corrections touching the selection (or the cursor) in either pane."""
        window, pair = self.window, self.window.findings.pair()
        if pair is None or window.is_busy():
            return
        spans = []
        for pane in self.pair_panes().values():
            spans.append(Span(*pane.selected_range()))
        review = without_links(self.session.review, pair.other, spans[0], spans[1])
        if review == self.session.review:
            QMessageBox.information(
                window, "Remove corrections", "No correction of the alignment here."
            )
            return
        self._recompute(review, (spans[0], spans[1]))

    def _recompute(self, review: Review, focus: tuple[Span, Span]) -> None:
        current = self.window.findings.current_segment()
        if current is not None and self._shown is not None:
            self._restore = finding_key(*self._shown, current)
        self._focus = focus
        self.session.set_review(review)
        self.window.compare_again()
        self.window.statusBar().showMessage("Aligning again with your correction…")

    def _show_correction(self, pair: PairComparison, base: Span, other: Span) -> None:
        """Bring the corrected place into view in both panes."""
        for index, block in enumerate(pair.blocks):
            if block.manual and (block.base.overlaps(base) or block.other.overlaps(other)):
                self.window.pair_view.show_block(index)
                break
        manual = sum(1 for b in pair.blocks if b.manual)
        self.window.statusBar().showMessage(
            f"Aligned again: {manual} row{'s' * (manual != 1)} aligned by hand in this pair", 6000
        )

    def may_change_base(self) -> bool:
        """Corrections are made against the base: a new base drops them, if the user agrees
        (and what could be undone, which may hold some)."""
        links = self.session.review.links
        if not links:
            self.session.forget_history()
            return True
        answer = QMessageBox.question(
            self.window,
            "Change the base",
            f"Your {len(links)} correction{'s' * (len(links) > 1)} of the alignment were made "
            "against the current base and will be dropped (verdicts and notes are kept). "
            "Change the base?",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.session.set_review(self.session.review.with_links(()))
        self.session.forget_history()
        return True

    def close(self) -> None:
        self.opening = None
        stop_jobs(self.opening_jobs | self.export_jobs)
        self.claims_view.close()
        self.session.close()
