"""Places where one side of a pair lacks text the other side has, and how their tags read."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from viewer.core.model import BlockKind, PairComparison, Span
from viewer.core.navigation import Side, span_on
from viewer.core.tokens import count_words

__all__ = ["Gap", "find_gaps", "gap_label", "stacked"]


@dataclass(frozen=True, slots=True)
class Gap:
    """A place in one side's text where the other side has text this one lacks."""

    position: int  # where the missing text would be, in this side's text
    words: int  # how many words the other side has there
    kind: BlockKind  # OMITTED: the base has it; ADDED: the other version has it
    there: Span  # the text in the other side's text


def find_gaps(
    pair: PairComparison, side: Side, other_text: str, hidden: frozenset[int] = frozenset()
) -> tuple[Gap, ...]:
    """The gaps of ``side``, in the order of its text (``other_text`` is the opposite
    side's text, for counting the missing words), but for the blocks in ``hidden`` (see
    ``visibility.hidden_blocks``): hidden boilerplate leaves no tag, nor does the
    punctuation around it."""
    missing = BlockKind.ADDED if side is Side.BASE else BlockKind.OMITTED
    gaps: list[Gap] = []
    for index, block in enumerate(pair.blocks):
        if block.kind is missing and index not in hidden:
            theirs = span_on(block, side.opposite)
            words = count_words(other_text, theirs.start, theirs.end)
            here = span_on(block, side).start
            last = gaps[-1] if gaps else None
            if last is not None and last.position == here and last.there.end <= theirs.start:
                # Runs of sentences missing at one place are one gap: one tag, one count.
                gaps[-1] = Gap(
                    here, last.words + words, block.kind, Span(last.there.start, theirs.end)
                )
            else:
                gaps.append(Gap(here, words, block.kind, theirs))
    gaps.sort(key=lambda g: g.position)
    # Punctuation alone (the full stop after hidden furniture) is no gap a reader looks for.
    return tuple(g for g in gaps if g.words)


def gap_label(gap: Gap) -> str:
    """What the tag of a gap says.

    >>> gap_label(Gap(0, 385, BlockKind.OMITTED, Span(0, 9)))
    '385 words omitted'
    >>> gap_label(Gap(0, 1, BlockKind.ADDED, Span(0, 9)))
    '1 word added'
    """
    words = f"{gap.words:,} word{'' if gap.words == 1 else 's'}"
    return f"{words} {'omitted' if gap.kind is BlockKind.OMITTED else 'added'}"


def stacked(tops: Iterable[int], height: int, spacing: int = 1) -> list[int]:
    """Tops of tags ``height`` high wanted at ``tops`` (in order down the page), each moved
    down just enough not to cover the one before: gaps a line apart keep readable tags.

    >>> stacked([0, 10, 100], 30)
    [0, 31, 100]
    """
    placed: list[int] = []
    for top in tops:
        placed.append(top if not placed else max(top, placed[-1] + height + spacing))
    return placed
