"""What the reader chose to hide, and which findings call for attention."""

from __future__ import annotations

from dataclasses import dataclass

from viewer.core.model import Flag, Kind, Segment
from viewer.core.vocabulary import ATTENTION_FLAGS

__all__ = ["SHOW_ALL", "Visibility", "is_boilerplate", "is_flagged"]


@dataclass(frozen=True, slots=True)
class Visibility:
    """Hidden findings are neither marked, listed nor stepped to; their counts still show."""

    hide_cosmetic: bool = False
    hide_boilerplate: bool = False
    # Only these findings are shown, when given (a report of the confirmed changes alone).
    only: frozenset[Segment] | None = None

    def hides(self, segment: Segment) -> bool:
        """Whether ``segment`` is left unmarked (equal text always is).

        >>> from viewer.core.model import Span
        >>> Visibility(hide_boilerplate=True).hides(
        ...     Segment(Kind.ADDITION, Span(0, 0), Span(0, 9), (Flag.BOILERPLATE,)))
        True
        """
        if segment.kind is Kind.EQUAL:
            return True
        if self.hide_cosmetic and segment.kind is Kind.COSMETIC:
            return True
        if self.only is not None and segment not in self.only:
            return True
        return self.hide_boilerplate and is_boilerplate(segment)


SHOW_ALL = Visibility()  # nothing hidden


def is_flagged(segment: Segment) -> bool:
    """Whether a quote, number, name, negation, speaker or time changed (boilerplate is not
    a reason)."""
    return any(flag in ATTENTION_FLAGS for flag in segment.flags)


def is_boilerplate(segment: Segment) -> bool:
    """Web furniture (sign-up prompts, "Read more", photo credits), as the engine found it."""
    return Flag.BOILERPLATE in segment.flags
