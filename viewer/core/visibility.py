"""What the reader chose to hide, and which findings call for attention."""

from __future__ import annotations

from dataclasses import dataclass

from viewer.core.model import BlockKind, Finding, Flag, Kind, PairComparison, Segment
from viewer.core.vocabulary import ATTENTION_FLAGS

__all__ = [
    "SHOW_ALL",
    "FindingFilter",
    "Visibility",
    "hidden_blocks",
    "is_boilerplate",
    "is_flagged",
    "visible_segments",
]


@dataclass(frozen=True, slots=True)
class Visibility:
    """Hidden findings are neither marked, listed nor stepped to; their counts still show."""

    hide_cosmetic: bool = False
    hide_boilerplate: bool = False
    # Only these findings are shown, when given (a report of the confirmed changes alone).
    only: frozenset[Finding] | None = None

    def hides(self, segment: Segment | Finding) -> bool:
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
        if self.only is not None and isinstance(segment, Finding) and segment not in self.only:
            return True
        return self.hide_boilerplate and is_boilerplate(segment)


SHOW_ALL = Visibility()  # nothing hidden


@dataclass(frozen=True, slots=True)
class FindingFilter:
    """Which findings the command line lists (text) or selects (JSON ``findings``): those
    not hidden, and only those carrying one of ``flags`` when given."""

    flags: frozenset[Flag] | None = None
    hide_cosmetic: bool = False
    hide_boilerplate: bool = False

    @property
    def active(self) -> bool:
        return self.flags is not None or self.hide_cosmetic or self.hide_boilerplate

    def keeps(self, finding: Finding) -> bool:
        """>>> from viewer.core.model import Span
        >>> quote = Finding(Kind.DRIFT, Span(0, 1), Span(0, 1), (0,), (Flag.QUOTE,))
        >>> FindingFilter(frozenset({Flag.NUMBER})).keeps(quote), FindingFilter().keeps(quote)
        (False, True)
        """
        if Visibility(self.hide_cosmetic, self.hide_boilerplate).hides(finding):
            return False
        return self.flags is None or bool(set(finding.flags) & self.flags)


def is_flagged(segment: Segment | Finding) -> bool:
    """Whether a quote, number, name, negation, speaker or time changed (boilerplate is not
    a reason)."""
    return any(flag in ATTENTION_FLAGS for flag in segment.flags)


def is_boilerplate(segment: Segment | Finding) -> bool:
    """Web furniture (sign-up prompts, "Read more", photo credits), as the engine found it."""
    return Flag.BOILERPLATE in segment.flags


def visible_segments(pair: PairComparison, visibility: Visibility) -> frozenset[int]:
    """Indices of the segments a view marks: the changes inside the findings ``visibility``
    shows, less the cosmetic ones when cosmetic changes are hidden. Every view (panes,
    inline column, report) asks here, so the hide choices apply the same way everywhere."""
    shown: set[int] = set()
    segments = pair.segments
    for finding in pair.findings:
        if visibility.hides(finding):
            continue
        for index in finding.segments:
            kind = segments[index].kind
            if kind is Kind.EQUAL or (visibility.hide_cosmetic and kind is Kind.COSMETIC):
                continue
            shown.add(index)
    return frozenset(shown)


def hidden_blocks(pair: PairComparison, visibility: Visibility) -> frozenset[int]:
    """Indices of the blocks one side lacks (omitted or added sentences) none of whose
    changes ``visibility`` shows: hidden boilerplate. Their gap tags, the dashed lines in the
    text and their wedges in the link strip go with them, so that hidden means hidden in
    every view."""
    shown = {pair.segments[i].block for i in visible_segments(pair, visibility)}
    lacking = (BlockKind.ADDED, BlockKind.OMITTED)
    return frozenset(
        k for k, block in enumerate(pair.blocks) if block.kind in lacking and k not in shown
    )
