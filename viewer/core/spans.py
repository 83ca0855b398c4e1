"""Finding which of many spans touch a stretch of text, whatever their order or overlaps."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from viewer.core.model import Span

__all__ = ["SpanIndex"]


@dataclass(frozen=True, slots=True)
class SpanIndex:
    """Spans sorted by start, with the running maximum of their ends: the spans touching any
    stretch are found in O(log n + k). A view asks it on every scroll step, so the cost must
    not grow with the document."""

    spans: tuple[Span, ...]
    _order: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _reach: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        order = sorted(
            range(len(self.spans)), key=lambda i: (self.spans[i].start, self.spans[i].end)
        )
        object.__setattr__(self, "_order", tuple(order))
        object.__setattr__(self, "_starts", tuple(self.spans[i].start for i in order))
        ends = (max(self.spans[i].end, self.spans[i].start + 1) for i in order)
        object.__setattr__(self, "_reach", tuple(accumulate(ends, max)))

    @classmethod
    def of(cls, spans: Sequence[Span]) -> SpanIndex:
        return cls(tuple(spans))

    def touching(self, low: int, high: int) -> tuple[int, ...]:
        """Indices (into ``spans``, in the order of their starts) of the spans with a
        character in ``[low, high]``; an empty span counts as the character at its start.

        >>> index = SpanIndex((Span(50, 60), Span(5, 9), Span(20, 30), Span(25, 25)))
        >>> index.touching(8, 25)
        (1, 2, 3)
        """
        first = bisect_right(self._reach, low)  # every span before it ends at or before low
        last = bisect_left(self._starts, high + 1)
        found = []
        for i in self._order[first:last]:
            span = self.spans[i]
            if max(span.end, span.start + 1) > low:
                found.append(i)
        return tuple(found)
