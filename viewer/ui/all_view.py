"""Every version at once: the base and each other version as columns, scrolling together."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from viewer.core.model import Comparison
from viewer.core.navigation import Side, scroll_map
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
        self._titles: list[QLabel] = []

    def _ensure_columns(self, count: int) -> None:
        while len(self.panes) < count:
            column = QWidget()
            column.setMinimumWidth(220)
            layout = QVBoxLayout(column)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(2)
            title = QLabel()
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setStyleSheet("font-weight: bold; padding: 2px 6px;")
            pane = TextPane()
            layout.addWidget(title)
            layout.addWidget(pane)
            self._splitter.addWidget(column)
            self.panes.append(pane)
            self._titles.append(title)
        for index in range(self._splitter.count()):
            widget = self._splitter.widget(index)
            if widget is not None:
                widget.setVisible(index < count)

    def show_comparison(self, comparison: Comparison, hide_cosmetic: bool) -> None:
        order = [comparison.base] + [p.other for p in comparison.pairs]
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
                pane.show_pair(None, Side.BASE, "", "", hide_cosmetic)
                continue
            pair = comparison.pair_for(index)
            title.setText(f"{document.label}  ({pair.similarity:.0%})")
            pane.show_pair(pair, Side.OTHER, base_doc.text, base_doc.label, hide_cosmetic)
            maps.append(scroll_map(pair))
        self.sync.attach(self.panes[: len(order)])
        self.sync.set_maps(maps)
        self.sync.enabled = True
        self.sync.follow(self.panes[0])

    def visible_panes(self) -> list[TextPane]:
        return [p for p in self.panes if (c := p.parentWidget()) is not None and c.isVisible()]
