"""Flagged changes stand out: a box drawn around the words that raised the flag."""

from __future__ import annotations

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from viewer.core.findings import describe_finding
from viewer.core.grouping import with_findings
from viewer.core.locations import Locator
from viewer.core.model import Block, BlockKind, Evidence, Flag, Kind, PairComparison, Segment, Span
from viewer.core.navigation import Side
from viewer.ui.finding_delegate import FindingDelegate
from viewer.ui.findings_model import FindingsModel
from viewer.ui.text_pane import TextPane

BASE = "The mayor said 160,000 people were still trapped in the city.\n"
OTHER = "The mayor said 100,000 people were still trapped in the city.\n"


def _pair(flagged: bool) -> PairComparison:
    flags = (Flag.NUMBER,) if flagged else ()
    evidence = (Evidence(Flag.NUMBER, ("160,000",), ("100,000",)),) if flagged else ()
    segments = (
        Segment(Kind.EQUAL, Span(0, 15), Span(0, 15)),
        Segment(Kind.DRIFT, Span(15, 22), Span(15, 22), flags, 0, evidence),
        Segment(Kind.EQUAL, Span(22, 62), Span(22, 62)),
    )
    blocks = (Block(BlockKind.ALIGNED, Span(0, 62), Span(0, 62), 0.9),)
    return with_findings(PairComparison(0, 1, 0.9, blocks, segments, 1.0))


def _render(qtbot: QtBot, flagged: bool) -> tuple[TextPane, QImage]:
    pane = TextPane()
    qtbot.addWidget(pane)
    pane.resize(500, 120)
    pane.show()
    qtbot.waitExposed(pane)
    pane.set_text(OTHER)
    pane.show_pair(_pair(flagged), Side.OTHER, BASE)
    return pane, pane.viewport().grab().toImage()


def test_flagged_and_unflagged_marks_render_differently(qtbot: QtBot) -> None:
    """Regression: "bold" for flagged changes was never drawn (extra selections ignore font
    weight), so a changed number looked pixel for pixel like any other rewording."""
    flagged, with_flag = _render(qtbot, True)
    plain, without = _render(qtbot, False)
    assert flagged.boxes() == (Span(15, 22),) and plain.boxes() == ()
    assert flagged.shown_selections() == plain.shown_selections()  # the same tint and cue
    assert with_flag != without  # and yet they look different: the box


def test_flagged_rows_of_the_findings_list_stand_out(qtbot: QtBot) -> None:
    images = []
    for flagged in (True, False):
        pair = _pair(flagged)
        text = describe_finding(pair.findings[0], BASE, OTHER, Locator.of(pair, BASE))
        model = FindingsModel()
        model.set_rows((text,))
        assert text.flagged is flagged
        delegate = FindingDelegate()
        from PySide6.QtGui import QPainter
        from PySide6.QtWidgets import QStyleOptionViewItem

        option = QStyleOptionViewItem()
        image = QImage(420, 70, QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        option.rect = image.rect()  # type: ignore[attr-defined]
        painter = QPainter(image)
        delegate.paint(painter, option, model.index(0, 0))
        painter.end()
        images.append(image)
        summary = model.index(0, 0).data()
        assert ("number: 160,000 → 100,000" in summary) is flagged
    assert images[0] != images[1]
