"""Text from data (file names, labels, sources, notes, titles) put into Qt: always as plain
text, and never wider than the room it is given.

Qt renders a label, a tooltip or a message as rich text when it merely looks like markup: a
file named ``<img src=x width=60000 height=60000>.txt`` froze the window and took gigabytes
on every hover. Labels widen the window to fit their text: a 10,000-character label made it
32,767 pixels wide. Every such text goes through this module.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QWidget

from viewer.core.provenance import shortened

__all__ = ["TIP_CHARS", "ElidedLabel", "fill_recent", "menu_text", "plain_tip"]

TIP_CHARS = 4000  # a tooltip longer than this is cut (it would not fit on any screen)
_MENU_CHARS = 90  # a menu entry longer than this keeps its start and end


def plain_tip(text: str) -> str:
    """``text`` as a tooltip that shows every character literally (at most ``TIP_CHARS``).
    Qt renders a tooltip as rich text when it looks like markup; escaped and wrapped in a
    paragraph it never is."""
    shown = text if len(text) <= TIP_CHARS else text[:TIP_CHARS] + " …"
    return f"<p style='white-space:pre-wrap'>{escape(shown, quote=False)}</p>"


def menu_text(text: str) -> str:
    """``text`` as a menu entry: "&" shown as itself (not a shortcut mark), and a long path
    kept to its start and end.

    >>> menu_text("/news/R&D.redline")
    '/news/R&&D.redline'
    """
    return shortened(text, _MENU_CHARS).replace("&", "&&")


def fill_recent(menu: QMenu, paths: Sequence[str], chosen: Callable[[str], object]) -> None:
    """A Recent menu: one entry a path (shown as ``menu_text``), ``chosen(path)`` on a click."""
    menu.clear()
    if not paths:
        menu.addAction("(none)").setEnabled(False)
    for path in paths:
        action = menu.addAction(menu_text(path))
        action.setToolTip(plain_tip(path))
        action.triggered.connect(lambda _checked=False, p=path: chosen(p))


class ElidedLabel(QLabel):
    """A one-line plain-text label that takes the width it is given and shows as much of its
    text as fits, with "…" in the middle; the whole text is its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._full = ""

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(plain_tip(text) if text else "")
        self._elide()

    def text(self) -> str:
        """The whole text (what is shown may be shortened)."""
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(min(400, super().sizeHint().width()), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(0, self.contentsRect().width() - 2)
        # Elided from a bounded copy: measuring a million characters costs seconds.
        text = shortened(self._full.replace("\n", " "), 2000)
        shown = self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, room)
        super().setText(shown)
