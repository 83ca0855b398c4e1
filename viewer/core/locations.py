"""Where a finding is, in words a reader can find again: "§4" is the base's fourth paragraph.

Every location counts the paragraphs of the base version, in the app, the CLI and the report;
a place in the other version is named by the base paragraph it faces.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from viewer.core.model import Finding, Link, PairComparison, Segment, Span
from viewer.core.navigation import ScrollMap, Side, scroll_map, span_on
from viewer.core.segment import paragraph_starts as engine_paragraph_starts
from viewer.core.spans import SpanIndex

__all__ = ["Locator", "Paragraphs", "paragraph_starts"]


def paragraph_starts(text: str) -> tuple[int, ...]:
    """Offsets where paragraphs start, as a reader sees them: the engine's paragraphs
    (``segment.paragraph_starts``: each non-blank line, or blocks between blank lines in
    hard-wrapped text), each from its first visible character.

    >>> paragraph_starts("One.\\nTwo.\\n\\n  Three.")
    (0, 5, 13)
    """
    starts = engine_paragraph_starts(text)
    first = len(text) - len(text.lstrip())
    if first == len(text):
        return ()
    return (first, *(s for s in starts[1:] if s > first))


@dataclass(frozen=True, slots=True)
class Paragraphs:
    """The paragraph starts of one text, for numbering positions by binary search."""

    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Paragraphs:
        return cls(paragraph_starts(text))

    def number(self, position: int) -> int:
        """1-based number of the paragraph holding ``position`` (text before the first
        paragraph counts as the first)."""
        return max(bisect_right(self.starts, position), 1)

    def __len__(self) -> int:
        return len(self.starts)


@dataclass(frozen=True, slots=True)
class Locator:
    """Names places of one pair: ``§N`` of the base, for either side."""

    pair: PairComparison
    paragraphs: Paragraphs
    _map: ScrollMap = field(init=False, repr=False, compare=False)
    # the restatement links' spans on each side, for lookups in logarithmic time
    _also: dict[Side, SpanIndex] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_map", scroll_map(self.pair))
        object.__setattr__(
            self,
            "_also",
            {side: SpanIndex.of([span_on(x, side) for x in self.pair.also]) for side in Side},
        )

    @classmethod
    def of(cls, pair: PairComparison, base_text: str) -> Locator:
        return cls(pair, Paragraphs.of(base_text))

    @property
    def scroll_map(self) -> ScrollMap:
        """The pair's scroll map (built once here, shared with the views)."""
        return self._map

    def paragraph(self, side: Side, position: int) -> int:
        """The base paragraph at (or facing) ``position`` of ``side``."""
        if side is Side.OTHER:
            position = self._map.counterpart(Side.OTHER, position)
        return self.paragraphs.number(position)

    def label(self, segment: Segment | Finding) -> str:
        """``"§4"``: where the finding sits in the base (an addition: where it would be)."""
        return f"§{self.paragraph(Side.BASE, segment.base.start)}"

    def destination(self, segment: Segment | Finding) -> str:
        """For moved text, where it sits in the other version: ``"§9"``."""
        return f"§{self.paragraph(Side.OTHER, segment.other.start)}"

    def also(self, side: Side, span: Span) -> tuple[Link, ...]:
        """Restatements touching ``span`` of ``side``: further places the other version (or
        the base) says what this text says."""
        found = []
        for k in self._also[side].touching(span.start, max(span.end - 1, span.start)):
            link = self.pair.also[k]
            mine = span_on(link, side)
            if mine.overlaps(span) or (span.is_empty and mine.contains(span.start)):
                found.append(link)
        return tuple(sorted(found, key=self.pair.also.index))

    def also_labels(self, side: Side, span: Span) -> tuple[str, ...]:
        """``("also at §7",)``: where each restatement touching ``span`` sits on the other
        side, named by base paragraph."""
        labels = []
        for link in self.also(side, span):
            there = side.opposite
            label = f"also at §{self.paragraph(there, span_on(link, there).start)}"
            if label not in labels:
                labels.append(label)
        return tuple(labels)
