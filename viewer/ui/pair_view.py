"""The base and one other version side by side, marked, linked and scrolling together."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from viewer.core.crosslang.describe import across_languages_line
from viewer.core.gap_tags import Gap
from viewer.core.language import document_languages, language_name
from viewer.core.locations import Locator
from viewer.core.model import AlignedBy, BlockKind, Comparison, Finding, Kind, PairComparison, Span
from viewer.core.navigation import Side, finding_places, places_of, segment_at, span_on
from viewer.core.visibility import SHOW_ALL, Visibility
from viewer.ui import prepared
from viewer.ui.change_map import ChangeMap
from viewer.ui.link_strip import LinkStrip
from viewer.ui.plain_text import ElidedLabel
from viewer.ui.sync import ScrollSync
from viewer.ui.text_pane import TextPane
from viewer.ui.tooltips import plain_tip

__all__ = ["PairView", "level_panes", "titled"]


def titled(title: ElidedLabel, pane: TextPane, change_map: ChangeMap, map_first: bool) -> QWidget:
    """A column: the title above the pane, the change map on the pane's outer side."""
    title.setStyleSheet("font-weight: bold; padding: 2px 6px;")
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(1)
    for widget in (change_map, pane) if map_first else (pane, change_map):
        row.addWidget(widget)
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(title)
    layout.addLayout(row)
    return column


def level_panes(
    sync: ScrollSync, driver: TextPane, span: Span, follower: TextPane, there: Span | None
) -> None:
    """Bring ``span`` of ``driver`` to the reading place (a long one from its start) and
    ``there`` in ``follower`` level with it (None: where the alignment puts it). The reading
    line moves there too, so the panes stay in step when the reader scrolls on: nothing
    jumps at the next turn of the wheel."""
    line = driver.centre_line(span.start, span.end)
    sync.reading_line = line / max(1, driver.viewport().height())
    sync.enabled = False
    try:
        driver.scroll_to(span.start, line)
    finally:
        sync.enabled = True
    sync.follow(driver)
    if there is None:
        return
    if abs(follower.top_of(there.start) - line) > follower.fontMetrics().height():
        sync.enabled = False  # interpolation inside a block missed it: set it level exactly
        try:
            follower.scroll_to(there.start, line)
        finally:
            sync.enabled = True


class PairView(QWidget):
    """Two panes: the base on the left, the selected version on the right, the link strip
    between them and a change map on each outer side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base_pane = TextPane()
        self.other_pane = TextPane()
        self.base_pane.setObjectName("basePane")
        self.other_pane.setObjectName("otherPane")
        self.base_title = ElidedLabel()
        self.other_title = ElidedLabel()
        self.base_map = ChangeMap(self.base_pane)
        self.other_map = ChangeMap(self.other_pane)
        self.strip = LinkStrip(self.base_pane, self.other_pane)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(titled(self.base_title, self.base_pane, self.base_map, True))
        splitter.addWidget(self.strip)
        splitter.addWidget(titled(self.other_title, self.other_pane, self.other_map, False))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(2, 1)
        splitter.setHandleWidth(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.sync = ScrollSync(self)
        self.sync.attach([self.base_pane, self.other_pane])
        self._pair: PairComparison | None = None
        self._waiting: Finding | None = None  # a finding asked for while a text was built
        for pane in (self.base_pane, self.other_pane):
            pane.ready.connect(self._pane_ready)
        self.base_pane.clicked.connect(lambda pos: self._link(Side.BASE, pos))
        self.other_pane.clicked.connect(lambda pos: self._link(Side.OTHER, pos))
        self.base_pane.gap_clicked.connect(lambda gap: self.show_gap(Side.BASE, gap))
        self.other_pane.gap_clicked.connect(lambda gap: self.show_gap(Side.OTHER, gap))
        self.strip.block_clicked.connect(self.show_block)

    def show_pair(
        self,
        comparison: Comparison,
        other: int | None,
        visibility: Visibility = SHOW_ALL,
        locator: Locator | None = None,
    ) -> None:
        """Show the base and version ``other`` (None: the base alone)."""
        self.sync.enabled = False  # texts and maps change together; follow once at the end
        try:
            self._show_pair(comparison, other, visibility, locator)
        finally:
            self.sync.enabled = True
        self.sync.follow(self.base_pane)

    def _show_pair(
        self,
        comparison: Comparison,
        other: int | None,
        visibility: Visibility,
        locator: Locator | None,
    ) -> None:
        self._waiting = None
        base_doc = comparison.documents[comparison.base]
        self.base_title.setText(f"Base: {base_doc.label}")
        self.base_pane.set_text(base_doc.text)
        for pane in (self.base_pane, self.other_pane):
            # The base keeps its text and scroll, not the selection of another version's
            # finding: a pair shown anew shows no stale selection (issue 20).
            pane.clear_selection()
            pane.show_places(())
        if other is None:
            self._pair = None
            self.other_title.setText("")
            self.other_pane.set_text("")
            self.base_pane.show_pair(None, Side.BASE, "")
            self.other_pane.show_pair(None, Side.OTHER, "")
            self.strip.set_blocks(())
            self.sync.set_maps([])
            return
        pair = comparison.pair_for(other)
        other_doc = comparison.documents[other]
        self._pair = pair
        if pair.aligned_by is AlignedBy.MEANING:
            languages = document_languages(comparison)
            self.other_title.setText(
                f"{other_doc.label}  ({language_name(languages[other])}, aligned by meaning "
                f"with the {language_name(languages[comparison.base])}; coverage "
                f"{pair.coverage:.0%})"
            )
            self.other_title.setToolTip(plain_tip(across_languages_line(pair)))
        else:
            self.other_title.setText(
                f"{other_doc.label}  (similarity {pair.similarity:.0%}, "
                f"coverage {pair.coverage:.0%})"
            )
            self.other_title.setToolTip("")
        self.other_pane.set_text(other_doc.text)
        if locator is None or locator.pair is not pair:
            locator = prepared.locator(pair, base_doc.text)
        self.base_pane.show_pair(pair, Side.BASE, other_doc.text, visibility, locator)
        self.other_pane.show_pair(pair, Side.OTHER, base_doc.text, visibility, locator)
        self.strip.set_map(prepared.link_map(pair, visibility))
        self.sync.set_maps([locator.scroll_map])

    def _pane_ready(self) -> None:
        """A long text's document is there: level the panes, and show a finding asked for
        meanwhile."""
        if not (self.base_pane.is_ready() and self.other_pane.is_ready()):
            return
        self.strip.update()
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self.show_finding(waiting)
        else:
            self.sync.follow(self.base_pane)

    def show_finding(self, segment: Finding) -> None:
        """Select ``segment`` in both panes and bring it to the reading place, level in both
        (moved text sits in two places: each pane shows its own)."""
        if not (self.base_pane.is_ready() and self.other_pane.is_ready()):
            self._waiting = segment
            return
        self.base_pane.select(segment.base.start, segment.base.end)
        self.other_pane.select(segment.other.start, segment.other.end)
        if self._pair is not None:
            base, other = finding_places(self._pair, segment)
            self.base_pane.show_places(base if len(base) > 1 else ())
            self.other_pane.show_places(other if len(other) > 1 else ())
        self._bring(segment.base, segment.other, _is_moved(self._pair, segment))

    def show_spans(self, base: Span | None, other: Span | None, from_base: bool) -> None:
        """Select ``base`` and ``other`` (a claim each version states) and bring them level,
        the clicked side (``from_base``) at the reading place; a side that lacks it (None)
        follows the alignment with its selection cleared."""
        for pane, span in ((self.base_pane, base), (self.other_pane, other)):
            if span is None:
                pane.clear_selection()
            else:
                pane.select(span.start, span.end)
            pane.show_places(())
        if base is not None and (from_base or other is None):
            level_panes(self.sync, self.base_pane, base, self.other_pane, other)
        elif other is not None:
            level_panes(self.sync, self.other_pane, other, self.base_pane, base)

    def show_block(self, index: int) -> None:
        """A click on a band of the link strip: both sides of that block, level."""
        if self._pair is None:
            return
        block = self._pair.blocks[index]
        self._bring(block.base, block.other, block.kind is BlockKind.MOVED)

    def show_gap(self, side: Side, gap: Gap) -> None:
        """A click on a gap tag of ``side``: the missing text, selected in the other pane."""
        pane = self.other_pane if side is Side.BASE else self.base_pane
        pane.select(gap.there.start, gap.there.end)
        here = Span(gap.position, gap.position)
        if side is Side.BASE:
            self._bring(here, gap.there, False)
        else:
            self._bring(gap.there, here, False)

    def _bring(self, base: Span, other: Span, moved: bool) -> None:
        if moved:
            self.sync.enabled = False
            try:
                self.base_pane.scroll_to(
                    base.start, self.base_pane.centre_line(base.start, base.end)
                )
                self.other_pane.scroll_to(
                    other.start, self.other_pane.centre_line(other.start, other.end)
                )
            finally:
                self.sync.enabled = True
            return
        if base.is_empty and not other.is_empty:
            level_panes(self.sync, self.other_pane, other, self.base_pane, base)
        else:
            level_panes(self.sync, self.base_pane, base, self.other_pane, other)

    def _link(self, side: Side, position: int) -> None:
        """A click on a sentence shows every place of the other pane that says what it says
        (its row's counterpart and each claim link from it), and selects the first."""
        if self._pair is None:
            return
        places = places_of(self._pair, side, position)
        pane = self.other_pane if side is Side.BASE else self.base_pane
        mine = self.base_pane if side is Side.BASE else self.other_pane
        mine.show_places(())
        pane.show_places(places if len(places) > 1 else ())
        segment = segment_at(self._pair, side, position)
        if segment is not None and segment.kind is not Kind.EQUAL:
            there = span_on(segment, side.opposite)
        elif places:
            there = places[0]
        else:
            return
        if not there.end:
            return
        pane.select(there.start, there.end)
        if not (
            pane.top_of(there.start) >= 0 and pane.top_of(there.start) < pane.viewport().height()
        ):
            self.sync.enabled = False
            try:
                pane.scroll_to(there.start, pane.centre_line(there.start, there.end))
            finally:
                self.sync.enabled = True


def _is_moved(pair: PairComparison | None, segment: Finding) -> bool:
    """Moved text, or a rewording inside moved text: it sits in two places."""
    if segment.kind is Kind.MOVED:
        return True
    blocks = pair.blocks if pair is not None else ()
    return 0 <= segment.block < len(blocks) and blocks[segment.block].kind is BlockKind.MOVED
