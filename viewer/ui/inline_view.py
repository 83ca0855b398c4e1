"""The inline view: one column reading the base with the changes of one version in place."""

from __future__ import annotations

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from viewer.core.findings import describe_finding
from viewer.core.inline import InlineText, inline_text, manual_places
from viewer.core.locations import Locator
from viewer.core.model import Comparison, Segment
from viewer.core.navigation import Side
from viewer.core.visibility import SHOW_ALL, Visibility
from viewer.ui import prepared
from viewer.ui.change_map import ChangeMap
from viewer.ui.manual_marks import ManualMarks
from viewer.ui.pair_view import titled
from viewer.ui.text_pane import TextPane
from viewer.ui.tooltips import finding_lines

__all__ = ["InlineView"]


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
        self.title = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(titled(self.title, self.pane, ChangeMap(self.pane), False))
        self.inline: InlineText | None = None
        self._segments: dict[Segment, int] = {}
        self.marks = ManualMarks(Side.BASE)  # what the user aligned by hand
        self.pane.decorate = self.marks.paint

    def show_pair(
        self,
        comparison: Comparison,
        other: int | None,
        visibility: Visibility = SHOW_ALL,
        locator: Locator | None = None,
    ) -> None:
        if other is None:
            self.inline = None
            self._segments = {}
            self.title.setText("")
            self.marks.set_spans(())
            self.pane.set_text(comparison.documents[comparison.base].text)
            self.pane.show_marks(())
            return
        pair = comparison.pair_for(other)
        base, version = comparison.documents[comparison.base], comparison.documents[other]
        if locator is None or locator.pair is not pair:
            locator = prepared.locator(pair, base.text)
        self.inline = inline_text(pair, base.text, version.text, visibility, locator)
        self._segments = {segment: index for index, segment in enumerate(pair.segments)}
        self.title.setText(f"{base.label} with the changes of {version.label}")
        self.marks.set_spans(manual_places(self.inline, pair))
        self.pane.set_text(self.inline.text)
        texts = (base.text, version.text)

        def describe(index: int) -> str:
            found = describe_finding(pair.segments[index], *texts, locator, 6, 30, 10)
            return "\n".join(finding_lines(found))

        self.pane.show_marks(self.inline.marks(), self.inline.boxes, describe)

    def show_finding(self, segment: Segment) -> None:
        """Select the finding's place in the column and bring it to the reading place."""
        if self.inline is None:
            return
        place = self.inline.place(self._segments.get(segment, -1))
        if place is not None:
            self.pane.mark(*place)
