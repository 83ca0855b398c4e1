"""The comparison pipeline: segment, align sentences, diff words, classify."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from viewer.core.align import Constraints, SentenceGroup, align_sentences
from viewer.core.analysis import DocumentAnalysis
from viewer.core.crosslang import compare_across, in_different_languages, language_of
from viewer.core.flags import Flagger
from viewer.core.grouping import group_findings
from viewer.core.model import (
    Block,
    BlockKind,
    Comparison,
    Document,
    Evidence,
    Flag,
    Kind,
    Link,
    PairComparison,
    Segment,
    Span,
)
from viewer.core.options import CompareOptions
from viewer.core.parallel import compare_in_processes, worth_parallel
from viewer.core.review import LinkAction, ManualLink
from viewer.core.similarity import Apart
from viewer.core.tokens import count_words
from viewer.core.tracing import loose_ends, row_links, split_traced, traced_links
from viewer.core.units import Units, pair_units
from viewer.core.worddiff import Piece, diff_words

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["Progress", "compare_documents", "compare_pair"]

# Called with (steps done, steps in all); it may raise to cancel the comparison.
Progress = Callable[[int, int], None]


def compare_documents(
    documents: Sequence[Document],
    base: int = 0,
    options: CompareOptions | None = None,
    progress: Progress | None = None,
    workers: int | None = None,
    links: Sequence[ManualLink] = (),
) -> Comparison:
    """Compare every document with ``documents[base]``, and every pair for the similarity matrix.

    ``workers``: processes to use; None chooses (several only for large work), 1 stays in
    this process. The result is the same whatever the number. ``links``: the user's
    corrections of the alignment with the base (each names its other document).
    """
    if len(documents) < 2:
        raise ValueError("a comparison needs at least two documents")
    if not 0 <= base < len(documents):
        raise ValueError(f"base {base} is not one of the {len(documents)} documents")
    options = options or CompareOptions()
    n = len(documents)
    order = [(base, k) for k in range(n) if k != base]
    order += [(i, j) for i in range(n) for j in range(i + 1, n) if base not in (i, j)]
    workers = worth_parallel(documents, order) if workers is None else workers
    by_pair = {(base, k): tuple(x for x in links if x.other == k) for k in range(n) if k != base}
    if workers > 1:
        found = compare_in_processes(
            documents, order, options, workers, progress, by_pair, whole=by_pair.keys()
        )
    else:
        found = _compare_here(documents, order, options, progress, by_pair)
    matrix = [[1.0] * n for _ in range(n)]
    for (i, j), pair in found.items():
        matrix[i][j] = matrix[j][i] = pair.similarity
    pairs = tuple(found[(base, k)] for k in range(n) if k != base)
    languages = tuple(language_of(d.text) for d in documents)
    return Comparison(tuple(documents), base, tuple(tuple(row) for row in matrix), pairs, languages)


def _compare_here(
    documents: Sequence[Document],
    order: list[tuple[int, int]],
    options: CompareOptions,
    progress: Progress | None,
    links: dict[tuple[int, int], tuple[ManualLink, ...]],
) -> dict[tuple[int, int], PairComparison]:
    analyses = [DocumentAnalysis(d) for d in documents]
    found: dict[tuple[int, int], PairComparison] = {}
    # A pair across languages reports its sentences encoded: 100 steps a pair then.
    across = any(in_different_languages(documents[i].text, documents[j].text) for i, j in order)
    scale = 100 if across else 1
    for step, (i, j) in enumerate(order):
        within = None
        if progress:
            progress(step * scale, len(order) * scale)
            if across:
                within = _within(progress, step, len(order))
        found[(i, j)] = compare_pair(
            analyses[i], analyses[j], i, j, options, links.get((i, j), ()), within
        )
    if progress:
        progress(len(order) * scale, len(order) * scale)
    return found


def _within(progress: Progress, step: int, steps: int) -> Progress:
    """Progress inside pair ``step`` of ``steps``, on a scale of 100 steps a pair."""
    return lambda done, total: progress(step * 100 + done * 100 // max(total, 1), steps * 100)


def compare_pair(
    base: DocumentAnalysis,
    other: DocumentAnalysis,
    base_id: int = 0,
    other_id: int = 1,
    options: CompareOptions | None = None,
    links: Sequence[ManualLink] = (),
    progress: Progress | None = None,
) -> PairComparison:
    """``progress``: followed inside a pair compared across languages (the sentences
    encoded); it may raise to cancel."""
    options = options or CompareOptions()
    if in_different_languages(base.text, other.text):
        constraints = _constraints(links, *pair_units(base, other))
        found = compare_across(base, other, base_id, other_id, None, None, progress, constraints)
        similarity, rows = _similarity(base, other, list(found.segments)), list(found.blocks)
        return replace(found, similarity=similarity, coverage=_coverage(base, other, rows, ()))
    if base.text == other.text and not links:  # the same file twice, or unchanged
        whole_b, whole_o = Span(0, len(base.text)), Span(0, len(other.text))
        return PairComparison(
            base_id,
            other_id,
            1.0,
            (Block(BlockKind.ALIGNED, whole_b, whole_o, 1.0),),
            (Segment(Kind.EQUAL, whole_b, whole_o),),
            coverage=1.0,
            words=(base.words, base.words),
        )
    touched = (tuple(x.base for x in links), tuple(x.other_span for x in links))
    units_b, units_o = pair_units(base, other, touched)
    constraints = _constraints(links, units_b, units_o)
    meaning = _meaning(units_b, units_o, progress) if options.by_meaning else None
    alignment = align_sentences(units_b, units_o, options, constraints, meaning)
    loose_b, loose_o = loose_ends(alignment.groups, alignment.restatements)
    groups = split_traced(alignment.groups, loose_b, loose_o)
    also = traced_links(alignment.restatements, units_b, units_o)
    places = _places(also)
    blocks: list[Block] = []
    segments: list[Segment] = []
    flagger = Flagger(base, other)
    cursor_b = cursor_o = 0
    for number, group in enumerate(groups):
        span_b = units_b.span(group.base_lo, group.base_hi, cursor_b)
        span_o = units_o.span(group.other_lo, group.other_hi, cursor_o)
        manual = group.manual or constraints.keeps_apart(group)
        blocks.append(Block(group.kind, span_b, span_o, round(group.score, 4), manual))
        traced = (group.kind is BlockKind.OMITTED and group.base_lo in loose_b) or (
            group.kind is BlockKind.ADDED and group.other_lo in loose_o
        )
        if traced:
            _add(segments, _traced(group.kind, span_b, span_o, number, flagger, places))
        else:
            # Every place the row's sentences went to: a name or number is lost only when
            # none of them has it.
            reach_b = (span_b, *_linked(places, False, units_o, group.other_lo, group.other_hi))
            reach_o = (span_o, *_linked(places, True, units_b, group.base_lo, group.base_hi))
            for piece in _pieces(units_b, units_o, group, span_b, span_o, options):
                _add(segments, _segment(piece, group.kind, number, flagger, reach_b, reach_o))
        if group.kind is not BlockKind.ADDED:
            cursor_b = span_b.end
        if group.kind in (BlockKind.ALIGNED, BlockKind.ADDED):
            cursor_o = span_o.end
    claims = sorted([*row_links(groups, units_b, units_o), *also], key=lambda x: (x.base, x.other))
    return PairComparison(
        base_id,
        other_id,
        _similarity(base, other, segments),
        tuple(blocks),
        tuple(segments),
        coverage=_coverage(base, other, blocks, also),
        also=tuple(also),
        words=(base.words, other.words),
        links=tuple(claims),
        findings=group_findings(segments, blocks, claims, (base.text, other.text)),
    )


def _meaning(
    base: Units, other: Units, progress: Progress | None
) -> tuple[NDArray[np.float32], NDArray[np.float32]] | None:
    """Every sentence's vector from the process's sentence model, or None when the model
    cannot be loaded (the words alone then decide, as without ``by_meaning``)."""
    from viewer.core.crosslang.encoder import EncoderUnavailable, embed, load_encoder

    try:
        encoder = load_encoder()
    except EncoderUnavailable:
        return None
    total = len(base) + len(other)
    step = None if progress is None else (lambda done, _: progress(done, total))
    vectors_b = embed(encoder, base.raws, step)
    later = None if progress is None else (lambda done, _: progress(len(base) + done, total))
    return vectors_b, embed(encoder, other.raws, later)


def _places(also: Sequence[Link]) -> dict[tuple[bool, Span], list[Span]]:
    """For each sentence a restatement starts from, the sentences of the other side it is
    traced to."""
    found: dict[tuple[bool, Span], list[Span]] = {}
    for link in also:
        found.setdefault((True, link.base), []).append(link.other)
        found.setdefault((False, link.other), []).append(link.base)
    return found


def _linked(
    places: dict[tuple[bool, Span], list[Span]], in_base: bool, units: Units, lo: int, hi: int
) -> list[Span]:
    """The places of the other side that claim links take units ``[lo, hi)`` to."""
    return [x for k in range(lo, hi) for x in places.get((in_base, units.items[k].span), ())]


def _traced(
    block_kind: BlockKind,
    span_b: Span,
    span_o: Span,
    number: int,
    flagger: Flagger,
    places: dict[tuple[bool, Span], list[Span]],
) -> Segment:
    """A sentence in no row whose claim the other version states elsewhere: reworded (not
    omitted or added), flagged against the places it is traced to."""
    in_base = block_kind is BlockKind.OMITTED
    there = places[(in_base, span_b if in_base else span_o)]
    facing = Span(min(s.start for s in there), max(s.end for s in there))
    if in_base:
        evidence = flagger.flags(
            Kind.DRIFT, span_b, Span(facing.start, facing.start), (span_b,), tuple(there)
        )
    else:
        evidence = flagger.flags(
            Kind.DRIFT, Span(facing.start, facing.start), span_o, tuple(there), (span_o,)
        )
    evidence = tuple(e for e in evidence if e.flag is not Flag.QUOTE)
    return Segment(Kind.DRIFT, span_b, span_o, tuple(e.flag for e in evidence), number, evidence)


def _constraints(links: Sequence[ManualLink], base: Units, other: Units) -> Constraints:
    """The user's links and unlinks as sentence ranges of this pair's units."""
    linked: list[tuple[int, int, int, int]] = []
    apart: list[tuple[int, int, int, int]] = []
    for link in links:
        lo_b, hi_b = base.covering(link.base)
        lo_o, hi_o = other.covering(link.other_span)
        if lo_b == hi_b or lo_o == hi_o:
            continue  # no sentence on one side (an empty text)
        if link.action is LinkAction.LINK:
            linked.append((lo_b, hi_b, lo_o, hi_o))
        else:
            apart.append((lo_b, hi_b, lo_o, hi_o))
    return Constraints(tuple(linked), Apart(tuple(apart)))


def _pieces(
    base: Units,
    other: Units,
    group: SentenceGroup,
    span_b: Span,
    span_o: Span,
    options: CompareOptions,
) -> tuple[Piece, ...]:
    if group.kind is BlockKind.OMITTED:
        return (Piece(Kind.OMISSION, span_b, span_o),)
    if group.kind is BlockKind.ADDED:
        return (Piece(Kind.ADDITION, span_b, span_o),)
    identical = group.base_hi - group.base_lo == 1 == group.other_hi - group.other_lo and (
        base.raws[group.base_lo] == other.raws[group.other_lo]
    )
    if identical:
        return (Piece(Kind.EQUAL, span_b, span_o),)
    return diff_words(
        base.analysis.text, span_b, other.analysis.text, span_o, cleanup=options.cleanup_semantic
    )


def _segment(
    piece: Piece,
    block_kind: BlockKind,
    number: int,
    flagger: Flagger,
    places_b: tuple[Span, ...],
    places_o: tuple[Span, ...],
) -> Segment:
    kind = piece.kind
    if block_kind is BlockKind.MOVED and kind in (Kind.EQUAL, Kind.COSMETIC):
        kind = Kind.MOVED
    evidence: tuple[Evidence, ...] = ()
    if kind in (Kind.DRIFT, Kind.ADDITION, Kind.OMISSION):
        evidence = flagger.flags(kind, piece.base, piece.other, places_b, places_o)
    flags = tuple(e.flag for e in evidence)
    return Segment(kind, piece.base, piece.other, flags, number, evidence)


def _add(segments: list[Segment], segment: Segment) -> None:
    """Append, joining runs of equal text (moved rows keep a segment each: the findings join
    a moved paragraph into one)."""
    if segments:
        last = segments[-1]
        joinable = last.kind is segment.kind is Kind.EQUAL
        if (
            joinable
            and last.base.end == segment.base.start
            and last.other.end == segment.other.start
        ):
            segments[-1] = Segment(
                last.kind,
                Span(last.base.start, segment.base.end),
                Span(last.other.start, segment.other.end),
                (),
                last.block,
            )
            return
    segments.append(segment)


def _similarity(base: DocumentAnalysis, other: DocumentAnalysis, segments: list[Segment]) -> float:
    """Share of words in both versions that are matched (equal, cosmetic or moved)."""
    total = base.words + other.words
    if not total:
        return 1.0
    unmatched = 0
    for s in segments:
        if s.kind in (Kind.DRIFT, Kind.ADDITION, Kind.OMISSION):
            unmatched += count_words(base.text, s.base.start, s.base.end)
            unmatched += count_words(other.text, s.other.start, s.other.end)
    return round(1 - unmatched / total, 4)


def _coverage(
    base: DocumentAnalysis, other: DocumentAnalysis, blocks: list[Block], also: Sequence[Link]
) -> float:
    """Share of words in both versions whose content the other version has: aligned or
    moved blocks (reworded text included) and restated sentences. Counted from what is
    not covered (added and omitted text), which is little on long, lightly edited texts."""
    total = base.words + other.words
    if not total:
        return 1.0
    uncovered = 0
    for block in blocks:
        if block.kind is BlockKind.OMITTED:
            analysis, span, restated = base, block.base, [link.base for link in also]
        elif block.kind is BlockKind.ADDED:
            analysis, span, restated = other, block.other, [link.other for link in also]
        else:
            continue
        uncovered += count_words(analysis.text, span.start, span.end)
        for link in restated:
            lo, hi = max(link.start, span.start), min(link.end, span.end)
            if lo < hi:
                uncovered -= count_words(analysis.text, lo, hi)
    return round(1 - uncovered / total, 4)
