"""A read-only pane showing one version as plain text, with the engine's findings marked."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from viewer.core.findings import describe_finding
from viewer.core.gap_tags import Gap
from viewer.core.locations import Locator
from viewer.core.marks import Mark, MarkIndex, Role
from viewer.core.model import Kind, PairComparison, Span
from viewer.core.navigation import Side
from viewer.core.spans import SpanIndex
from viewer.core.visibility import SHOW_ALL, Visibility
from viewer.ui import prepared
from viewer.ui.gap_gutter import GapGutter, gap_colour
from viewer.ui.outline import draw_boxes, draw_places
from viewer.ui.plain_pane import PlainPane
from viewer.ui.styles import char_format, ground, pane_selection
from viewer.ui.tooltips import finding_lines, plain_tip

__all__ = ["Gap", "TextPane"]


class TextPane(PlainPane):
    """Article text marked with the engine's findings: highlights near the screen, boxes
    round the words that raised a flag, gap tags beside it, tooltips."""

    gap_clicked = Signal(object)  # a Gap whose tag the user clicked
    marks_changed = Signal()  # new marks (the change map redraws)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pair: PairComparison | None = None
        self._side = Side.BASE
        self._other_text = ""
        self._locator: Locator | None = None
        self._describe: Callable[[int], str] | None = None  # tooltips of a made-up text
        self._gaps: tuple[Gap, ...] = ()
        self._gap_starts: list[int] = []
        self._marks = MarkIndex(())
        self._near: tuple[Mark, ...] = ()
        self._boxes = SpanIndex(())
        self._near_boxes: tuple[Span, ...] = ()
        self._places: tuple[Span, ...] = ()
        self._shown_range = (-1, -1)
        self.decorate: Callable[[TextPane], None] | None = None  # drawn over (manual links)
        self._gutter = GapGutter(self)
        self._gutter.hide()
        self._gutter.clicked.connect(self.gap_clicked)
        self.verticalScrollBar().valueChanged.connect(self._refresh_marks)
        self.verticalScrollBar().valueChanged.connect(self._gutter.update)
        self._page = ground(self.palette())
        self._adapting = False
        self._adapt_to_palette()

    def _adapt_to_palette(self) -> None:
        """Marks, boxes and the selection in the colours that read on this palette's page
        (a dark desktop palette, or the light one): the selection is the highlight mixed
        into the page, under the page's own text."""
        if self._adapting:
            return
        self._adapting = True
        try:
            palette = self.palette()
            self._page = ground(palette)
            background, text = pane_selection(palette)
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, QPalette.ColorRole.Highlight, background)
                palette.setColor(group, QPalette.ColorRole.HighlightedText, text)
            self.setPalette(palette)
            self._shown_range = (-1, -1)
            self._refresh_marks()
        finally:
            self._adapting = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._adapt_to_palette()

    # -- content -----------------------------------------------------------------------------
    def _forget_marks(self) -> None:
        # Highlights hold cursors into the document being replaced: drop them first (Qt
        # would paint them from a deleted document).
        self.setExtraSelections([])
        self._marks, self._boxes, self._near, self._near_boxes = (
            MarkIndex(()),
            SpanIndex(()),
            (),
            (),
        )
        self._gaps, self._gap_starts, self._shown_range = (), [], (-1, -1)
        self._places = ()

    def _text_shown(self) -> None:
        self._shown_range = (-1, -1)
        self._refresh_marks()

    def show_pair(
        self,
        pair: PairComparison | None,
        side: Side,
        other_text: str,
        visibility: Visibility = SHOW_ALL,
        locator: Locator | None = None,
    ) -> None:
        """Mark the findings of ``pair`` on this pane's ``side`` (``other_text`` is the
        opposite side's text; ``locator`` names places, built here when not given)."""
        self._pair, self._side, self._other_text = pair, side, other_text
        if pair is None:
            self._locator = None
            self._set_marks(MarkIndex(()), SpanIndex(()), ())
            return
        base_text = self._text if side is Side.BASE else other_text
        self._locator = locator or prepared.locator(pair, base_text)
        self._set_marks(
            prepared.marks(pair, side, self._text, visibility),
            prepared.boxes(pair, side, self._text, visibility),
            prepared.gaps(pair, side, other_text, visibility),
        )

    def show_marks(
        self,
        marks: MarkIndex,
        boxes: SpanIndex,
        describe: Callable[[int], str] | None = None,
    ) -> None:
        """Mark spans of a text Redline made (the inline view): no pair, no gaps;
        ``describe`` gives the tooltip of a mark's segment."""
        self._pair = None
        self._locator = None
        self._describe = describe
        self._set_marks(marks, boxes, ())

    def show_places(self, places: tuple[Span, ...]) -> None:
        """Tint every place of this pane that the sentence or finding chosen says what it
        says (its row's counterpart and each place a claim link takes it to); () clears."""
        self._places = places
        self.viewport().update()

    def places(self) -> tuple[Span, ...]:
        return self._places

    def _set_marks(self, marks: MarkIndex, boxes: SpanIndex, gaps: tuple[Gap, ...]) -> None:
        self._marks = marks
        self._boxes = boxes
        self._gaps = gaps
        self._gap_starts = [g.position for g in gaps]
        self._shown_range = (-1, -1)
        self._refresh_marks()
        width = self._gutter.preferred_width() if gaps else 0
        self.setViewportMargins(0, 0, width, 0)
        self._gutter.setVisible(bool(gaps))
        self._place_gutter()
        self.viewport().update()
        self._gutter.update()
        self.marks_changed.emit()

    def marks(self) -> tuple[Mark, ...]:
        """Every mark of this pane (on screen or not), in text order."""
        return self._marks.marks

    def _place_gutter(self) -> None:
        viewport = self.viewport().geometry()
        self._gutter.setGeometry(
            viewport.right() + 1, viewport.top(), self._gutter.preferred_width(), viewport.height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_gutter()
        self._refresh_marks()

    def gutter(self) -> GapGutter:
        return self._gutter

    def gaps(self) -> tuple[Gap, ...]:
        return self._gaps

    def visible_range(self) -> tuple[int, int]:
        """Text positions from the top to the bottom of the viewport, and a little beyond (a
        gap tag half on screen). Only these are marked: Qt paints by walking every selection,
        and a scroll step sets them anew anyway."""
        return self.on_screen(3 * self.fontMetrics().height())

    def document_span(self, start: int, end: int) -> tuple[int, int]:
        """Text positions ``[start, end)`` as positions of the pane's document (which adds
        breaks inside very long words): what Qt's layout is asked with."""
        length = len(self._text)
        to_document = self._shifts.to_document
        return to_document(max(0, min(start, length))), to_document(max(0, min(end, length)))

    def _refresh_marks(self) -> None:
        """Hand Qt only the highlights near the screen. Placing a cursor anywhere makes
        QTextEdit lay the document out up to there, and it paints by walking every
        selection: with all of a long document's findings set at once, opening a
        1M-word pair froze the window for seconds and every scroll step paid for them."""
        if not self.is_ready():
            return
        low, high = self.visible_range() if self._marks.marks else (0, 0)
        if (low, high) == self._shown_range:
            return
        self._shown_range = (low, high)
        self._near = self._marks.touching(low, high) if self._marks.marks else ()
        boxes = self._boxes.spans
        self._near_boxes = tuple(boxes[i] for i in self._boxes.touching(low, high))
        selections = []
        length = len(self._text)
        to_document = self._shifts.to_document
        for mark in self._near:
            # Cut to the stretch around the screen: a cursor placed makes Qt lay the document
            # out up to there, and a mark may run on for a megabyte (a long word changed).
            selection = QTextEdit.ExtraSelection()
            cursor = self._cursor(max(mark.start, low))
            end = to_document(min(mark.end, high + 1, length))
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = _format(mark.kind, mark.role, self._page)
            selections.append(selection)
        self.setExtraSelections(selections)

    def visible_gaps(self, before: int = 0) -> list[Gap]:
        """The gaps near the screen (found by binary search, never by measuring them all),
        and up to ``before`` gaps above it."""
        if not self._gaps:
            return []
        low, high = self.visible_range()
        first = bisect_left(self._gap_starts, low)
        last = bisect_right(self._gap_starts, high)
        return list(self._gaps[max(0, first - before) : last])

    def highlighted_spans(self) -> list[tuple[int, int]]:
        """Every span this pane marks (on screen or not), for tests and the benchmark."""
        return [(m.start, m.end) for m in self._marks.marks]

    def shown_selections(self) -> list[tuple[int, int]]:
        """The selections Qt holds right now: the marks near the screen."""
        to_text = self._shifts.to_text
        return [
            (to_text(s.cursor.selectionStart()), to_text(s.cursor.selectionEnd()))
            for s in self.extraSelections()
        ]

    def _box_kind(self, box: Span) -> Kind:
        """The kind of the mark around a box (its outline takes the kind's colour)."""
        around = self._marks.touching(box.start, box.start)
        return around[0].kind if around else Kind.DRIFT

    def boxes(self) -> tuple[Span, ...]:
        """Every box this pane draws around the words that raised a flag."""
        return self._boxes.spans

    def near_boxes(self) -> tuple[Span, ...]:
        """The boxes near the screen, which paintEvent outlines."""
        return self._near_boxes

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(self._position(self.cursorForPosition(event.pos())))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, position: int) -> str:
        """What the other version has where ``position`` is, with the evidence of its flags
        and any restatement elsewhere (plain text; empty on unmarked text)."""
        here = [m for m in self._marks.touching(position, position) if m.start <= position < m.end]
        if self._pair is None or self._locator is None:
            describe = self._describe
            return plain_tip(describe(here[0].segment)) if here and describe else ""
        if not here:  # unmarked text may still be said again elsewhere
            also = self._locator.also_labels(self._side, Span(position, position))
            return plain_tip("\n".join(also)) if also else ""
        owner = prepared.owners(self._pair).get(here[0].segment)
        if owner is None:
            return ""
        finding = self._pair.findings[owner]
        texts = (self._text, self._other_text)
        base_text, other_text = texts if self._side is Side.BASE else texts[::-1]
        described = describe_finding(finding, base_text, other_text, self._locator, 6, 30, 10)
        return plain_tip("\n".join(finding_lines(described)))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the boxes of flagged findings, and mark each gap in the text itself: a
        dashed rule where the gap starts a line (between paragraphs), or a thin caret at the
        exact place inside a line; the gutter beside the pane tags it with its words."""
        super().paintEvent(event)
        if self.decorate is not None:
            self.decorate(self)
        if self._near_boxes:
            low, high = self._shown_range  # a long box is cut to the stretch around the screen
            to_document = self._shifts.to_document
            kinds = {
                Span(to_document(max(b.start, low)), to_document(min(b.end, high + 1))): b
                for b in self._near_boxes
            }
            draw_boxes(self, kinds, lambda box: self._box_kind(kinds[box]), self._page)
        if self._places:
            low, high = self.visible_range()
            near = [p for p in self._places if p.end >= low and p.start <= high]
            draw_places(self, [Span(*self.document_span(p.start, p.end)) for p in near])
        if not self._gaps:
            return
        painter = QPainter(self.viewport())
        margin = int(self.document().documentMargin())
        for gap in self.visible_gaps():
            painter.setPen(QPen(gap_colour(gap), 2, Qt.PenStyle.DashLine))
            rect = self.cursorRect(self._cursor(gap.position))
            if rect.left() <= margin + 2:
                painter.drawLine(0, rect.top(), self.viewport().width(), rect.top())
            else:
                painter.drawLine(rect.left(), rect.top(), rect.left(), rect.bottom())
        painter.end()


@lru_cache(maxsize=64)
def _format(kind: Kind, role: Role | None, page: str) -> QTextCharFormat:
    """The format of a mark on ``page``, made once (dozens are set on every scroll step)."""
    return char_format(kind, role, page)
