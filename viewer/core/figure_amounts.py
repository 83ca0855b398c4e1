"""How much a figure states, read as its version's language writes numbers ("1,5 млн" is
1,500,000; "160 000" one figure), so that the claims table can pair a figure with its
translation: "4 тыс." and "4 thousand" are one value, "4 тыс." and "11 thousand" two."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from viewer.core.crosslang.numbers import find_quantities
from viewer.core.model import Span

__all__ = ["Amounts", "same_amount"]


@dataclass(frozen=True, slots=True)
class Amounts:
    """The numbers of one text with their values, by where they start."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    values: tuple[float, ...]

    @classmethod
    def of(cls, text: str, language: str) -> Amounts:
        found = [q for q in find_quantities(text, language) if q.start >= 0]
        return cls(
            tuple(q.start for q in found),
            tuple(q.start + len(q.text) for q in found),
            tuple(q.value for q in found),
        )

    def at(self, span: Span) -> float | None:
        """The value of the number that starts where ``span`` starts (None: no number)."""
        k = bisect_right(self.starts, span.start) - 1
        return self.values[k] if k >= 0 and self.starts[k] == span.start else None

    def inside(self, span: Span) -> bool:
        """Whether ``span`` starts inside a number that starts before it (the "000" of
        "160 000", which an English reading takes for a figure of its own)."""
        k = bisect_right(self.starts, span.start) - 1
        return k >= 0 and self.starts[k] < span.start < self.ends[k]


def same_amount(a: float, b: float) -> bool:
    """Whether two values are one (up to the rounding of a float)."""
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)
