"""Scrolls panes together by aligned text: the base pane and any number of versions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from viewer.core.navigation import ScrollMap, Side
from viewer.ui.text_pane import TextPane

__all__ = ["ScrollSync"]

# The reading line, as a share of the pane's height, at which aligned sentences are kept level
# (until a jump to a finding sets it where that finding was put).
READING_LINE = 0.3


class ScrollSync(QObject):
    """Keeps ``panes[0]`` (the base) and ``panes[i]`` (compared through ``maps[i - 1]``) level.

    The engine's map pairs text positions at block boundaries; here each pair becomes the
    heights of those lines in the two panes, so scrolling interpolates smoothly in pixels and
    the first lines of aligned blocks meet exactly.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panes: list[TextPane] = []
        self._maps: list[ScrollMap] = []
        self._busy = False
        self.enabled = True
        self.reading_line = READING_LINE

    def attach(self, panes: Sequence[TextPane]) -> None:
        for pane in panes:
            if pane not in self._panes:
                pane.verticalScrollBar().valueChanged.connect(lambda _value, p=pane: self.follow(p))
        self._panes = list(panes)

    def set_maps(self, maps: Sequence[ScrollMap]) -> None:
        self._maps = list(maps)

    def _facing(self, index: int, from_base: bool, y: int) -> int:
        """The document height in the base (or pane ``index``) facing height ``y`` of pane
        ``index`` (or the base): the matching points just around ``y`` are located in both
        panes and the height is interpolated between them, so the first lines of aligned
        blocks meet exactly. Only those few points are measured, never the whole map: a
        scroll step costs the same on a 1,000-word and a 1,000,000-word document."""
        base, pane = self._panes[0], self._panes[index]
        source, target = (base, pane) if from_base else (pane, base)
        here = 0 if from_base else 1
        side = Side.BASE if from_base else Side.OTHER
        low, high = self._maps[index - 1].bracket(side, source.line_end_at_document_y(y))
        y0, y1 = source.document_y(low[here]), source.document_y(high[here])
        t0, t1 = target.document_y(low[1 - here]), target.document_y(high[1 - here])
        if y1 <= y0:
            return t0 if y < y1 else t1
        share = min(max((y - y0) / (y1 - y0), 0.0), 1.0)
        return round(t0 + share * (t1 - t0))

    def follow(self, driver: TextPane) -> None:
        """Bring every other pane level with ``driver`` at the reading line."""
        if self._busy or not self.enabled or driver not in self._panes:
            return
        if len(self._maps) < len(self._panes) - 1:
            return
        self._busy = True
        try:
            index = self._panes.index(driver)
            line = int(driver.viewport().height() * self.reading_line)
            y = driver.verticalScrollBar().value() + line
            base_y = y if index == 0 else self._facing(index, False, y)
            for other, pane in enumerate(self._panes):
                if pane is driver:
                    continue
                target = base_y
                if other:
                    target = self._facing(other, True, base_y)
                pane.verticalScrollBar().setValue(target - line)
        finally:
            self._busy = False
