"""Boxes and marks never cover a character (issue 20: the box round "Kremlin" hid the comma
after it, "The Kremlin for its part")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF

from tests.ui.conftest import seed_files
from viewer.ui.main_window import MainWindow
from viewer.ui.outline import BOX_PEN, box_outline, span_rects

Maker = Callable[..., MainWindow]


def test_a_box_stays_inside_its_words(make_window: Maker) -> None:
    """Regression: boxes reached 3 pixels past the words' ends, over the comma after them."""
    window = make_window(seed_files())  # 001 (base), 000, 002, 003, 004
    window.resize(1600, 1000)
    window.select_version(4)
    pane = window.pair_view.base_pane
    text = pane.text()
    kremlin = text.index("The Kremlin, for its part") + len("The ")
    box = next(b for b in pane.boxes() if b.start <= kremlin < b.end)
    assert text[box.end] == ","  # the comma right after the box
    pane.scroll_to(box.start, 100)
    (words,) = span_rects(pane, *pane.document_span(box.start, box.end))
    (comma,) = span_rects(pane, *pane.document_span(box.end, box.end + 1))
    (space,) = span_rects(pane, *pane.document_span(box.start - 1, box.start))
    drawn = box_outline(words)
    half = BOX_PEN / 2
    ink = QRectF(drawn).adjusted(-half, -half, half, half)  # the line's full width
    assert ink.right() <= comma.left() and ink.left() >= space.right()
    assert ink.top() >= words.top() and ink.bottom() <= words.bottom()  # no line above
    assert comma.width() > 0 and ink.width() > 0
