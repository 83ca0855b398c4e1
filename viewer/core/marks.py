"""What a view marks on one side of a pair, and which marks lie in a stretch of text.

A pane hands Qt only the marks near the screen. The segments of a pair are in the base's
reading order, so on the other side (moved text, additions placed by the base) their
positions are not sorted: marks are sorted here, once, and looked up by binary search.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from viewer.core.model import Kind, PairComparison, Segment, Span
from viewer.core.navigation import Side, span_on
from viewer.core.spans import SpanIndex
from viewer.core.visibility import SHOW_ALL, Visibility, is_flagged, visible_segments
from viewer.core.vocabulary import ATTENTION_FLAGS

__all__ = ["Mark", "MarkIndex", "Role", "evidence_spans", "pane_boxes", "pane_marks"]


class Role(StrEnum):
    """What a marked piece of a made-up text (the inline view) is."""

    OLD = "old"  # the base's text of a finding (omitted, moved, cosmetic, or reworded before)
    NEW = "new"  # the other version's text (added, or reworded after)
    NOTE = "note"  # words Redline adds: the arrow of a rewording, where moved text went


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlight on one side: ``[start, end)`` of that side's text."""

    start: int
    end: int
    kind: Kind
    flagged: bool
    segment: int  # index into the pair's segments
    role: Role | None = None  # in the inline view: which side of the finding this is


def pane_marks(
    pair: PairComparison, side: Side, text: str, visibility: Visibility = SHOW_ALL
) -> tuple[Mark, ...]:
    """Every visible finding on ``side`` as a mark, sorted by position.

    The paragraph break a segment owns is not marked: a box on an empty line would read as
    a finding of its own.
    """
    marks = []
    shown = visible_segments(pair, visibility)
    for index, segment in enumerate(pair.segments):
        if index not in shown:
            continue
        span = span_on(segment, side)
        end = span.start + len(span.of(text).rstrip())
        if end > span.start:
            marks.append(Mark(span.start, end, segment.kind, is_flagged(segment), index))
    marks.sort(key=lambda m: (m.start, m.end))
    return tuple(marks)


@dataclass(frozen=True, slots=True)
class MarkIndex:
    """The marks of one side, for finding those near the screen whatever their order."""

    marks: tuple[Mark, ...]
    _index: SpanIndex = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        spans = SpanIndex.of([Span(m.start, m.end) for m in self.marks])
        object.__setattr__(self, "_index", spans)

    def touching(self, low: int, high: int) -> tuple[Mark, ...]:
        """The marks with any character in ``[low, high]``, in text order.

        >>> index = MarkIndex((Mark(50, 60, Kind.MOVED, False, 3), Mark(5, 9, Kind.DRIFT, True, 0),
        ...     Mark(20, 30, Kind.ADDITION, False, 1)))
        >>> [m.start for m in index.touching(8, 25)]
        [5, 20]
        """
        return tuple(self.marks[i] for i in self._index.touching(low, high))


def evidence_spans(segment: Segment, side: Side, text: str) -> tuple[Span, ...]:
    """Where, on ``side``, the words that raised the segment's flags of attention are: those
    are boxed, not a whole 200-word addition. Each box covers the whole quotation or the
    whole name the evidence gives, where it touches the segment (one box for a quote whose
    words changed in three places, not three). A flagged segment with no such word on this
    side (the replaced words of a rewording) is boxed whole."""
    if not is_flagged(segment):
        return ()
    span = span_on(segment, side)
    found: set[Span] = set()
    for evidence in segment.evidence:
        if evidence.flag in ATTENTION_FLAGS:
            for word in evidence.base if side is Side.BASE else evidence.other:
                found.update(_occurrences(text, word, span))
    piece = span.of(text)
    if not found and piece.strip():
        lead = len(piece) - len(piece.lstrip())
        found.add(Span(span.start + lead, span.start + len(piece.rstrip())))
    return tuple(sorted(found))


def _occurrences(text: str, word: str, span: Span) -> list[Span]:
    """Whole-word occurrences of ``word`` in ``text`` that overlap ``span`` (or, for an
    empty span, hold its position). The number "2" is not the "2" of "2022"."""
    if not word:
        return []
    found = []
    stop = span.end + len(word)
    start = text.find(word, max(0, span.start - len(word)), stop)
    while start >= 0:
        end = start + len(word)
        touches = (
            start < span.start < end if span.is_empty else start < span.end and span.start < end
        )
        whole = not (text[start - 1 : start].isalnum() or text[end : end + 1].isalnum())
        if touches and whole:
            found.append(Span(start, end))
        start = text.find(word, start + 1, stop)
    return found


def pane_boxes(
    pair: PairComparison, side: Side, text: str, visibility: Visibility = SHOW_ALL
) -> tuple[Span, ...]:
    """Every box of ``side`` (see :func:`evidence_spans`), once, sorted by position."""
    shown = visible_segments(pair, visibility)
    boxes = [
        box
        for index, segment in enumerate(pair.segments)
        if is_flagged(segment) and index in shown
        for box in evidence_spans(segment, side, text)
    ]
    return tuple(sorted(set(boxes)))  # one box for a quote that several findings touch
