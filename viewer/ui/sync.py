"""Scrolls panes together by aligned text: the base pane and any number of versions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from viewer.core.navigation import ScrollMap, Side
from viewer.ui.text_pane import TextPane

__all__ = ["ScrollSync"]

# The reading line, as a share of the pane's height, at which aligned sentences are kept level.
_READING_LINE = 0.3


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
        self._pixels: dict[int, tuple[tuple[object, ...], ScrollMap]] = {}
        self._busy = False
        self.enabled = True

    def attach(self, panes: Sequence[TextPane]) -> None:
        for pane in panes:
            if pane not in self._panes:
                pane.verticalScrollBar().valueChanged.connect(lambda _value, p=pane: self.follow(p))
        self._panes = list(panes)

    def set_maps(self, maps: Sequence[ScrollMap]) -> None:
        self._maps = list(maps)
        self._pixels.clear()

    def _pixel_map(self, index: int) -> ScrollMap:
        """Heights (in document pixels) of the matching points of base and pane ``index``."""
        base, pane = self._panes[0], self._panes[index]
        key = tuple(
            (p.viewport().width(), p.font().pointSizeF(), p.document().revision(), len(p.text()))
            for p in (base, pane)
        )
        cached = self._pixels.get(index)
        if cached is not None and cached[0] == key:
            return cached[1]
        points = tuple(
            (base.document_y(b), pane.document_y(o)) for b, o in self._maps[index - 1].points
        )
        monotone: list[tuple[int, int]] = []
        for point in points:
            if not monotone or (point[0] >= monotone[-1][0] and point[1] >= monotone[-1][1]):
                monotone.append(point)
        pixel_map = ScrollMap(tuple(monotone))
        self._pixels[index] = (key, pixel_map)
        return pixel_map

    def follow(self, driver: TextPane) -> None:
        """Bring every other pane level with ``driver`` at the reading line."""
        if self._busy or not self.enabled or driver not in self._panes:
            return
        if len(self._maps) < len(self._panes) - 1:
            return
        self._busy = True
        try:
            index = self._panes.index(driver)
            line = int(driver.viewport().height() * _READING_LINE)
            y = driver.verticalScrollBar().value() + line
            base_y = y if index == 0 else self._pixel_map(index).counterpart(Side.OTHER, y)
            for other, pane in enumerate(self._panes):
                if pane is driver:
                    continue
                target = base_y
                if other:
                    target = self._pixel_map(other).counterpart(Side.BASE, base_y)
                pane.verticalScrollBar().setValue(target - line)
        finally:
            self._busy = False
