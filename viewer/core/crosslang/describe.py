"""How a pair compared across languages is described to a reader, the same in every view."""

from __future__ import annotations

from viewer.core.model import AlignedBy, Finding, Kind, PairComparison, Segment

__all__ = ["across_languages_line", "quiet_translation"]


def across_languages_line(pair: PairComparison) -> str:
    """One line saying how the pair was aligned and what is (not) compared."""
    return (
        f"aligned by meaning across languages ({pair.model or 'sentence model'}): each "
        "translated sentence pair counts as reworded, word changes are not compared; "
        "numbers, dates, names and quotations are checked"
    )


def quiet_translation(pair: PairComparison, segment: Segment | Finding) -> bool:
    """Whether a finding is a sentence and its translation with nothing flagged: a list of
    findings leaves it out (it is still counted and shown in the panes).

    >>> from viewer.core.model import Span
    >>> pair = PairComparison(0, 1, 0.0, (), (), aligned_by=AlignedBy.MEANING)
    >>> quiet_translation(pair, Segment(Kind.DRIFT, Span(0, 5), Span(0, 6)))
    True
    """
    return pair.aligned_by is AlignedBy.MEANING and segment.kind is Kind.DRIFT and not segment.flags
