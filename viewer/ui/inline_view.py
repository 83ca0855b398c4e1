"""The inline view: one column reading the base with the changes of one version in place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QVBoxLayout, QWidget

from viewer.core.checks import Check, go_on
from viewer.core.findings import describe_finding
from viewer.core.inline import InlineText, inline_text, manual_places
from viewer.core.locations import Locator
from viewer.core.marks import MarkIndex
from viewer.core.model import Comparison, Finding, PairComparison, Span
from viewer.core.navigation import Side
from viewer.core.spans import SpanIndex
from viewer.core.visibility import SHOW_ALL, Visibility
from viewer.ui import prepared
from viewer.ui.change_map import ChangeMap
from viewer.ui.jobs import Job, start_kept, stop_jobs
from viewer.ui.manual_marks import ManualMarks
from viewer.ui.pair_view import titled
from viewer.ui.plain_text import ElidedLabel
from viewer.ui.text_pane import TextPane
from viewer.ui.tooltips import finding_lines

__all__ = ["InlineJob", "InlineView"]

# Versions longer than this together (about 300,000 words) get their column built off the
# GUI thread: at 7 million words building it takes a second.
_IN_THE_BACKGROUND = 2_000_000


@dataclass(frozen=True, slots=True)
class _Column:
    """An inline column ready to show: the text, its marks indexed for the pane, where each
    segment and each row aligned by hand reads."""

    pair: PairComparison
    visibility: Visibility
    inline: InlineText
    marks: MarkIndex
    boxes: SpanIndex
    segments: dict[Finding, int]
    manual: tuple[tuple[Span, bool], ...]


def _column(
    pair: PairComparison,
    texts: tuple[str, str],
    visibility: Visibility,
    locator: Locator,
    check: Check = go_on,
) -> _Column:
    inline = inline_text(pair, *texts, visibility, locator, check)
    return _Column(
        pair,
        visibility,
        inline,
        MarkIndex(inline.marks()),
        SpanIndex(inline.boxes),
        _first_places(pair, inline),
        manual_places(inline, pair),
    )


def _first_places(pair: PairComparison, inline: InlineText) -> dict[Finding, int]:
    """Each finding's first segment that has a place in the column."""
    found = {}
    for finding in pair.findings:
        first = next((i for i in finding.segments if i in inline.places), None)
        if first is not None:
            found[finding] = first
    return found


class InlineJob(Job):
    """Builds the inline column of a long pair; ``done`` carries it."""

    done = Signal(object)

    def __init__(self, make: Callable[[Check], _Column]) -> None:
        super().__init__()
        self._make = make

    def run(self) -> None:
        column = self._attempt(self._make)
        if column is not None:
            self.done.emit(column)


class InlineView(QWidget):
    """Omitted text struck through, added text underlined, reworded text "old → new", moved
    text with where it went: a text Redline builds, marked like the panes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = TextPane()
        self.pane.setObjectName("inlinePane")
        # One column across a wide window would be too long a line to read: 100 characters.
        self.pane.setLineWrapMode(TextPane.LineWrapMode.FixedColumnWidth)
        self.pane.setLineWrapColumnOrWidth(100)
        self.pane.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word
        self.title = ElidedLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(titled(self.title, self.pane, ChangeMap(self.pane), False))
        self.inline: InlineText | None = None
        self._segments: dict[Finding, int] = {}
        self.marks = ManualMarks(Side.BASE)  # what the user aligned by hand
        self.pane.decorate = self.marks.paint
        self._shown: _Column | None = None
        self._job: InlineJob | None = None  # building the column asked for last
        self._jobs: set[InlineJob] = set()  # every job still running, cancelled or not
        self._pending: Finding | None = None  # a finding asked for while the column is built
        self._describe: Callable[[int], str] | None = None
        self._title = ""

    def show_pair(
        self,
        comparison: Comparison,
        other: int | None,
        visibility: Visibility = SHOW_ALL,
        locator: Locator | None = None,
    ) -> None:
        self.stop()
        if other is None:
            self._shown = self.inline = None
            self._segments = {}
            self.title.setText("")
            self.marks.set_spans(())
            self.pane.set_text(comparison.documents[comparison.base].text)
            self.pane.show_marks(MarkIndex(()), SpanIndex(()))
            return
        pair = comparison.pair_for(other)
        base, version = comparison.documents[comparison.base], comparison.documents[other]
        if locator is None or locator.pair is not pair:
            locator = prepared.locator(pair, base.text)
        texts = (base.text, version.text)
        where = locator

        def describe(index: int) -> str:
            owner = prepared.owners(pair).get(index)
            if owner is None:
                return ""
            found = describe_finding(pair.findings[owner], *texts, where, 6, 30, 10)
            return "\n".join(finding_lines(found))

        self._describe = describe
        self._title = f"{base.label} with the changes of {version.label}"
        shown = self._shown
        if shown is not None and shown.pair is pair and shown.visibility == visibility:
            self.title.setText(self._title)
            return  # already the column asked for
        if len(base.text) + len(version.text) < _IN_THE_BACKGROUND:
            self._show(_column(pair, texts, visibility, locator))
            return
        self._shown = self.inline = None
        self._segments = {}
        self.title.setText(f"Building the inline reading of {version.label}…")
        self.marks.set_spans(())
        self.pane.set_text("")
        self.pane.show_marks(MarkIndex(()), SpanIndex(()))
        job = self._job = InlineJob(
            lambda check: _column(pair, texts, visibility, where, check=check)
        )
        job.done.connect(lambda column, j=job: self._arrived(j, column))
        job.failed.connect(lambda problem, j=job: self._failed(j, problem))
        start_kept(job, self._jobs)

    def _arrived(self, job: InlineJob, column: _Column) -> None:
        if job is self._job:  # else a column no longer asked for
            self._job = None
            self._show(column)

    def _failed(self, job: InlineJob, problem: str) -> None:
        if job is self._job:
            self._job = self._pending = None
            self.title.setText(f"The inline reading could not be built: {problem}")

    def _show(self, column: _Column) -> None:
        self._shown, self.inline, self._segments = column, column.inline, column.segments
        self.title.setText(self._title)
        self.marks.set_spans(column.manual)
        self.pane.set_text(column.inline.text)
        self.pane.show_marks(column.marks, column.boxes, self._describe)
        pending, self._pending = self._pending, None
        if pending is not None:
            self.show_finding(pending)

    def stop(self) -> None:
        """Drop the column being built: another is asked for."""
        for job in self._jobs:
            job.cancel()
        self._job = self._pending = None

    def set_aside(self, comparison: Comparison | None) -> None:
        """The view is not shown while the window shows something new: stop building, and
        forget a column of versions no longer compared (it would keep them in memory)."""
        self.stop()
        shown = self._shown
        if shown is not None and (
            comparison is None or not any(pair is shown.pair for pair in comparison.pairs)
        ):
            self._shown = None

    def close_jobs(self) -> None:
        """The window closes: stop the jobs and wait for them (a fraction of a second)."""
        self.stop()
        stop_jobs(self._jobs)

    def show_finding(self, segment: Finding) -> None:
        """Select the finding's place in the column and bring it to the reading place (once
        the column is built, when it is being built)."""
        if self.inline is None:
            if self._job is not None:
                self._pending = segment
            return
        place = self.inline.place(self._segments.get(segment, -1))
        if place is not None:
            self.pane.mark(*place)
