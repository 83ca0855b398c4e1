"""A pair of versions in different languages compared: sentences aligned by meaning, each
aligned pair checked for numbers, dates, names and quotations, the rest omitted or added."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from viewer.core.align import Constraints, SentenceGroup
from viewer.core.analysis import DocumentAnalysis
from viewer.core.crosslang.align import align_by_meaning
from viewer.core.crosslang.checks import Side, check_pair, check_unpaired
from viewer.core.crosslang.encoder import (
    EncoderUnavailable,
    SentenceEncoder,
    embed,
    load_encoder,
)
from viewer.core.crosslang.names import words_keys
from viewer.core.crosslang.numbers import find_quantities
from viewer.core.crosslang.options import CrossOptions
from viewer.core.grouping import group_findings
from viewer.core.language import detect_language, language_name
from viewer.core.model import (
    AlignedBy,
    Block,
    BlockKind,
    Kind,
    PairComparison,
    Segment,
)
from viewer.core.tracing import row_links
from viewer.core.units import Units, pair_units

__all__ = ["compare_across"]


def compare_across(
    base: DocumentAnalysis,
    other: DocumentAnalysis,
    base_id: int = 0,
    other_id: int = 1,
    options: CrossOptions | None = None,
    encoder: SentenceEncoder | None = None,
    progress: Callable[[int, int], None] | None = None,
    constraints: Constraints | None = None,
) -> PairComparison:
    """``base`` and ``other`` compared by meaning (its similarity and coverage are left at 0
    for ``compare_pair`` to count, as for every pair). ``encoder``: the sentence model (None:
    the process's multilingual-e5-small, loaded on first use; ``EncoderUnavailable`` when it
    cannot be). ``progress(done, total)`` follows the sentences encoded and may raise."""
    options = options or CrossOptions()
    try:
        encoder = encoder or load_encoder()
    except EncoderUnavailable as error:
        names = " and ".join(language_name(detect_language(a.text)) for a in (base, other))
        raise EncoderUnavailable(
            f"{base.document.label} and {other.document.label} are in different languages "
            f"({names}), and cross-language comparison is not available: {error}"
        ) from None
    units_b, units_o = pair_units(base, other)
    raws_b, raws_o = units_b.raws, units_o.raws
    total = len(raws_b) + len(raws_o)

    def step(offset: int) -> Callable[[int, int], None] | None:
        if progress is None:
            return None
        return lambda done, _: progress(offset + done, total)

    import numpy as np

    vectors_b = embed(encoder, raws_b, step(0))
    vectors_o = embed(encoder, raws_o, step(len(raws_b)))
    weights_b = np.array([max(len(r), 1) for r in raws_b], np.float32)
    weights_o = np.array([max(len(r), 1) for r in raws_o], np.float32)
    groups = align_by_meaning(vectors_b, vectors_o, weights_b, weights_o, options, constraints)
    lang_b, lang_o = detect_language(base.text), detect_language(other.text)
    side_b = _side(base.text, lang_b)
    side_o = _side(other.text, lang_o)
    blocks, segments = _rows(groups, units_b, units_o, side_b, side_o, constraints)
    links = row_links(groups, units_b, units_o)
    return PairComparison(
        base_id,
        other_id,
        0.0,  # similarity and coverage: counted by compare_pair, as for every pair
        tuple(blocks),
        tuple(segments),
        words=(base.words, other.words),
        links=tuple(links),
        findings=group_findings(segments, blocks, links, (base.text, other.text)),
        aligned_by=AlignedBy.MEANING,
        model=encoder.name,
    )


def _side(text: str, language: str) -> Side:
    values = frozenset(q.value for q in find_quantities(text, language))
    return Side(text, language, frozenset(words_keys(text)), tuple(sorted(values)))


def _rows(
    groups: Sequence[SentenceGroup],
    units_b: Units,
    units_o: Units,
    side_b: Side,
    side_o: Side,
    constraints: Constraints | None,
) -> tuple[list[Block], list[Segment]]:
    """One block and one segment per group; the segments' spans tile both texts."""
    blocks: list[Block] = []
    segments: list[Segment] = []
    cursor_b = cursor_o = 0
    for number, group in enumerate(groups):
        span_b = units_b.span(group.base_lo, group.base_hi, cursor_b)
        span_o = units_o.span(group.other_lo, group.other_hi, cursor_o)
        manual = group.manual or bool(constraints and constraints.keeps_apart(group))
        blocks.append(Block(group.kind, span_b, span_o, round(group.score, 4), manual))
        text_b, text_o = span_b.of(side_b.text), span_o.of(side_o.text)
        if group.kind is BlockKind.OMITTED:
            kind, evidence = Kind.OMISSION, check_unpaired(text_b, side_b, side_o, True)
        elif group.kind is BlockKind.ADDED:
            kind, evidence = Kind.ADDITION, check_unpaired(text_o, side_o, side_b, False)
        else:
            kind = Kind.MOVED if group.kind is BlockKind.MOVED else Kind.DRIFT
            evidence = check_pair(
                replace(side_b, text=text_b, document_values=()),
                replace(side_o, text=text_o, document_values=()),
            )
        flags = tuple(e.flag for e in evidence)
        segments.append(Segment(kind, span_b, span_o, flags, number, evidence))
        if group.kind is not BlockKind.ADDED:
            cursor_b = span_b.end
        if group.kind in (BlockKind.ALIGNED, BlockKind.ADDED):
            cursor_o = span_o.end
    return blocks, segments
