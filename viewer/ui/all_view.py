"""Every version at once: the base and each other version as columns, scrolling together."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from viewer.core.model import Comparison, Finding, Span
from viewer.core.navigation import Side
from viewer.core.visibility import SHOW_ALL, Visibility
from viewer.ui import prepared
from viewer.ui.change_map import ChangeMap
from viewer.ui.manual_marks import ManualMarks
from viewer.ui.pair_view import level_panes, titled
from viewer.ui.plain_text import ElidedLabel
from viewer.ui.sync import ScrollSync
from viewer.ui.text_pane import TextPane

__all__ = ["AllVersionsView"]


class AllVersionsView(QWidget):
    """One column per version, each other version marked against the base."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.setChildrenCollapsible(False)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(self._splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)
        self.sync = ScrollSync(self)
        self.panes: list[TextPane] = []
        self._titles: list[ElidedLabel] = []
        self.marks: list[ManualMarks] = []  # blocks aligned by hand, per column
        self._order: list[int] = []  # document index of each column

    def _ensure_columns(self, count: int) -> None:
        while len(self.panes) < count:
            title = ElidedLabel()
            pane = TextPane()
            pane.ready.connect(lambda: self.sync.follow(self.panes[0]))
            marks = ManualMarks(Side.OTHER if self.panes else Side.BASE)
            pane.decorate = marks.paint
            self.marks.append(marks)
            column = titled(title, pane, ChangeMap(pane), False)
            column.setMinimumWidth(220)
            self._splitter.addWidget(column)
            self.panes.append(pane)
            self._titles.append(title)
        for index in range(self._splitter.count()):
            widget = self._splitter.widget(index)
            if widget is not None:
                widget.setVisible(index < count)

    def show_comparison(self, comparison: Comparison, visibility: Visibility = SHOW_ALL) -> None:
        order = [comparison.base] + [p.other for p in comparison.pairs]
        self._order = order
        self._ensure_columns(len(order))
        base_doc = comparison.documents[comparison.base]
        maps = []
        self.sync.enabled = False  # texts and maps change together; follow once at the end
        for column, index in enumerate(order):
            document = comparison.documents[index]
            pane, title = self.panes[column], self._titles[column]
            pane.set_text(document.text)
            if column == 0:
                title.setText(f"Base: {document.label}")
                pane.show_pair(None, Side.BASE, "")
                # the base's sentences linked or unlinked by hand against any version
                self.marks[0].set_blocks([b for p in comparison.pairs for b in p.blocks])
                continue
            pair = comparison.pair_for(index)
            self.marks[column].set_blocks(pair.blocks)
            title.setText(f"{document.label}  ({pair.similarity:.0%} · {pair.coverage:.0%})")
            locator = prepared.locator(pair, base_doc.text)
            pane.show_pair(pair, Side.OTHER, base_doc.text, visibility, locator)
            maps.append(locator.scroll_map)
        self.sync.attach(self.panes[: len(order)])
        self.sync.set_maps(maps)
        self.sync.enabled = True
        self.sync.follow(self.panes[0])

    def pane_of(self, document: int) -> TextPane | None:
        """The column showing ``document``."""
        if document in self._order:
            return self.panes[self._order.index(document)]
        return None

    def show_finding(self, segment: Finding, document: int) -> None:
        """Select ``segment`` in the base column and in the column of ``document``, bring
        it to the reading place, every column following."""
        base, other = self.panes[0], self.pane_of(document)
        if other is None:
            return
        base.select(segment.base.start, segment.base.end)
        other.select(segment.other.start, segment.other.end)
        if segment.base.is_empty:
            level_panes(self.sync, other, segment.other, base, segment.base)
        else:
            level_panes(self.sync, base, segment.base, other, segment.other)

    def show_spans(self, spans: Mapping[int, Span], document: int) -> None:
        """Select in each column the span of ``spans`` (a claim each version states; a
        column without one keeps no selection) and bring ``document``'s to the reading place,
        every column following."""
        for k in self._order:
            pane = self.pane_of(k)
            span = spans.get(k)
            if pane is not None:
                if span is None:
                    pane.clear_selection()
                else:
                    pane.select(span.start, span.end)
        driver, span = self.pane_of(document), spans.get(document)
        if driver is not None and span is not None:
            base = self.panes[0]
            there = spans.get(self._order[0]) if driver is not base else None
            level_panes(self.sync, driver, span, base, there)

    def visible_panes(self) -> list[TextPane]:
        return [p for p in self.panes if (c := p.parentWidget()) is not None and c.isVisible()]
