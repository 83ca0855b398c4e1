"""The base and one other version side by side, marked and scrolling together."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from viewer.core.model import Comparison, PairComparison, Segment
from viewer.core.navigation import Side, scroll_map, segment_at, span_on
from viewer.ui.sync import ScrollSync
from viewer.ui.text_pane import TextPane

__all__ = ["PairView"]


class PairView(QWidget):
    """Two panes: the base on the left, the selected version on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base_pane = TextPane()
        self.other_pane = TextPane()
        self.base_pane.setObjectName("basePane")
        self.other_pane.setObjectName("otherPane")
        self.base_title = QLabel()
        self.other_title = QLabel()
        for title in (self.base_title, self.other_title):
            title.setTextFormat(Qt.TextFormat.PlainText)  # labels are file names: never markup
            title.setStyleSheet("font-weight: bold; padding: 2px 6px;")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for title, pane in ((self.base_title, self.base_pane), (self.other_title, self.other_pane)):
            column = QWidget()
            layout = QVBoxLayout(column)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(2)
            layout.addWidget(title)
            layout.addWidget(pane)
            splitter.addWidget(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.sync = ScrollSync(self)
        self.sync.attach([self.base_pane, self.other_pane])
        self._pair: PairComparison | None = None
        self.base_pane.clicked.connect(lambda pos: self._link(Side.BASE, pos))
        self.other_pane.clicked.connect(lambda pos: self._link(Side.OTHER, pos))

    def show_pair(self, comparison: Comparison, other: int | None, hide_cosmetic: bool) -> None:
        """Show the base and version ``other`` (None: the base alone)."""
        self.sync.enabled = False  # texts and maps change together; follow once at the end
        try:
            self._show_pair(comparison, other, hide_cosmetic)
        finally:
            self.sync.enabled = True
        self.sync.follow(self.base_pane)

    def _show_pair(self, comparison: Comparison, other: int | None, hide_cosmetic: bool) -> None:
        base_doc = comparison.documents[comparison.base]
        self.base_title.setText(f"Base: {base_doc.label}")
        self.base_pane.set_text(base_doc.text)
        if other is None:
            self._pair = None
            self.other_title.setText("")
            self.other_pane.set_text("")
            self.base_pane.show_pair(None, Side.BASE, "", "", hide_cosmetic)
            self.other_pane.show_pair(None, Side.OTHER, "", "", hide_cosmetic)
            self.sync.set_maps([])
            return
        pair = comparison.pair_for(other)
        other_doc = comparison.documents[other]
        self._pair = pair
        self.other_title.setText(f"{other_doc.label}  (similarity {pair.similarity:.0%})")
        self.other_pane.set_text(other_doc.text)
        self.base_pane.show_pair(pair, Side.BASE, other_doc.text, other_doc.label, hide_cosmetic)
        self.other_pane.show_pair(pair, Side.OTHER, base_doc.text, base_doc.label, hide_cosmetic)
        self.sync.set_maps([scroll_map(pair)])

    def mark(self, segment: Segment) -> None:
        """Select ``segment`` in both panes and bring it into view in each."""
        self.sync.enabled = False  # each pane shows its own side of the finding
        try:
            self.base_pane.mark(segment.base)
            self.other_pane.mark(segment.other)
        finally:
            self.sync.enabled = True

    def _link(self, side: Side, position: int) -> None:
        """A click on a finding (moved text especially) marks where it sits in the other pane."""
        if self._pair is None:
            return
        segment = segment_at(self._pair, side, position)
        if segment is None or not span_on(segment, side.opposite).end:
            return
        pane = self.other_pane if side is Side.BASE else self.base_pane
        self.sync.enabled = False
        try:
            pane.mark(span_on(segment, side.opposite))
        finally:
            self.sync.enabled = True
