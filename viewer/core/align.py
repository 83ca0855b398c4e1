"""Align the sentences of two versions: 1:1, merges and splits, reordered text, restatements.

Sentences are aligned before words are diffed, so that a reordered or paraphrased paragraph
is matched with its counterpart instead of being reported as deleted and re-inserted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from viewer.core.features import Sentences
from viewer.core.gaps import fill_around, fill_gaps, merge_neighbours
from viewer.core.matching import (
    Bars,
    Match,
    Restatement,
    backbone,
    best_first,
    exact_matches,
    mutual_moves,
    restatements,
)
from viewer.core.meaning_gaps import pair_by_meaning
from viewer.core.model import BlockKind
from viewer.core.options import CompareOptions
from viewer.core.similarity import NOTHING_APART, Apart, Scorer, Side

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["Alignment", "Constraints", "Restatement", "SentenceGroup", "align_sentences"]


@dataclass(frozen=True, slots=True)
class SentenceGroup:
    """Sentences ``[base_lo, base_hi)`` of the base aligned with ``[other_lo, other_hi)``."""

    kind: BlockKind
    base_lo: int
    base_hi: int
    other_lo: int
    other_hi: int
    score: float
    manual: bool = False  # linked by the user


@dataclass(frozen=True, slots=True)
class Constraints:
    """Corrections of the alignment by hand."""

    # (base_lo, base_hi, other_lo, other_hi): sentences the user linked
    links: tuple[tuple[int, int, int, int], ...] = ()
    # sentences the user unlinked: never aligned together
    apart: Apart = NOTHING_APART

    def keeps_apart(self, group: SentenceGroup) -> bool:
        """Whether the user unlinked a sentence of ``group`` from another."""
        return self.apart.touches(group.base_lo, group.base_hi, group.other_lo, group.other_hi)


@dataclass(frozen=True, slots=True)
class Alignment:
    """Groups covering every sentence of both sides once, and the restatements beyond them."""

    groups: tuple[SentenceGroup, ...]
    restatements: tuple[Restatement, ...]


def _bars(in_order: list[Match], options: CompareOptions) -> Bars:
    """Bars scaled by the pair's register: the median similarity of its in-order matches.

    Where most sentences match exactly (a lightly edited copy), a true counterpart would
    match well, so a rewritten sentence that only shares the story's vocabulary is more
    likely a replacement than a paraphrase. Where little matches exactly (a translation, a
    retelling), true counterparts share few words and a lower bar finds them.
    """
    scores = sorted(m.score for m in in_order)
    register = scores[len(scores) // 2] if scores else 0.0
    gap = min(max(options.gap_factor * register, options.gap_floor), options.gap_threshold)
    moved = min(max(options.moved_factor * register, options.moved_floor), options.match_threshold)
    return Bars(gap, moved)


def align_sentences(
    base_sentences: Sentences,
    other_sentences: Sentences,
    options: CompareOptions,
    constraints: Constraints = Constraints(),
    meaning: tuple[NDArray[np.float32], NDArray[np.float32]] | None = None,
) -> Alignment:
    """Align two versions' sentences, honouring the user's ``constraints`` first.
    ``meaning``: a sentence vector per sentence of each side (a sentence model's), to pair
    sentences left over in a gap that the words alone cannot tell apart.

    Groups are in reading order of the base: added groups follow the aligned group that
    precedes them in the other version; moved groups sit at their base position.
    """
    base, other = Side(base_sentences), Side(other_sentences)
    matches = _manual(constraints, base, other)
    matches += exact_matches(base, other, constraints.apart)
    scorer = Scorer(base, other, options.max_posting, options.max_candidates, constraints.apart)
    matches += best_first(scorer.candidates(), base, other, options.match_threshold)
    chain = backbone(matches, base, other)
    bars = _bars([m for m in matches if id(m) in chain], options)
    kept = []
    for m in matches:
        m.moved = id(m) not in chain
        if m.moved and m.score < bars.moved and not m.manual:
            base.used[m.base_lo] = other.used[m.other_lo] = False
        else:
            kept.append(m)
    matches = kept
    for m in matches:
        if m.manual:  # weighed in full for the backbone; its own similarity for the reader
            m.score = scorer.similarity(
                base.stems(m.base_lo, m.base_hi), other.stems(m.other_lo, m.other_hi)
            )
    in_order = sorted((m for m in matches if not m.moved), key=lambda m: m.base_lo)
    matches += fill_gaps(in_order, base, other, scorer, bars.gap, options)
    if meaning is not None:
        in_order = sorted((m for m in matches if not m.moved), key=lambda m: m.base_lo)
        matches += pair_by_meaning(in_order, base, other, scorer, meaning, options.meaning_margin)
    pending = [m for m in matches if m.moved]
    while True:
        for m in pending:
            matches += fill_around(m, base, other, scorer, bars.gap, options)
        pending = mutual_moves(scorer, base, other, bars.moved, options.moved_margin)
        if not pending:
            break
        matches += pending
    merge_neighbours(matches, base, other, scorer, bars, options)
    beside_twins = sum(map(len, base.raws)) + sum(map(len, other.raws)) <= (
        options.restatement_reach
    )
    restated = restatements(
        scorer,
        base,
        other,
        matches,
        bars.moved,
        beside_twins,
        (options.rest_share, options.rest_similarity),
    )
    return Alignment(_reading_order(matches, base, other), restated)


def _manual(constraints: Constraints, base: Side, other: Side) -> list[Match]:
    """The links the user made, as matches (a later link wins a sentence linked twice)."""
    matches: list[Match] = []
    for lo_b, hi_b, lo_o, hi_o in reversed(constraints.links):
        if any(base.used[lo_b:hi_b]) or any(other.used[lo_o:hi_o]):
            continue
        base.used[lo_b:hi_b] = [True] * (hi_b - lo_b)
        other.used[lo_o:hi_o] = [True] * (hi_o - lo_o)
        matches.append(Match(lo_b, hi_b, lo_o, hi_o, 1.0, manual=True))
    return matches


def _reading_order(matches: list[Match], base: Side, other: Side) -> tuple[SentenceGroup, ...]:
    """Walk the in-order matches; between two of them emit omitted and moved base sentences
    (in base order), then added sentences of the other version."""
    anchors = sorted((m for m in matches if not m.moved), key=lambda m: m.base_lo)
    moved_at = {m.base_lo: m for m in matches if m.moved}
    groups: list[SentenceGroup] = []
    b = o = 0
    for anchor in [*anchors, None]:
        b_stop = anchor.base_lo if anchor else len(base)
        o_stop = anchor.other_lo if anchor else len(other)
        run: list[int] = []
        while b < b_stop:
            if b in moved_at:
                groups.extend(_runs(run, BlockKind.OMITTED, base))
                run = []
                m = moved_at[b]
                groups.append(_group(BlockKind.MOVED, m))
                b = m.base_hi
                continue
            if not base.used[b]:
                run.append(b)
            b += 1
        groups.extend(_runs(run, BlockKind.OMITTED, base))
        added = [j for j in range(o, o_stop) if not other.used[j]]
        groups.extend(_runs(added, BlockKind.ADDED, other))
        o = max(o, o_stop)
        if anchor:
            groups.append(_group(BlockKind.ALIGNED, anchor))
            b, o = anchor.base_hi, anchor.other_hi
    return tuple(groups)


def _group(kind: BlockKind, m: Match) -> SentenceGroup:
    return SentenceGroup(kind, m.base_lo, m.base_hi, m.other_lo, m.other_hi, m.score, m.manual)


def _runs(indices: list[int], kind: BlockKind, side: Side) -> list[SentenceGroup]:
    """Consecutive unmatched sentences as one group with an empty other side; page furniture
    and article text never share a group, so that furniture can be hidden apart."""
    spans: list[list[int]] = []
    furniture = [side.sentences.feature(k).furniture for k in indices]
    for n, k in enumerate(indices):
        if spans and spans[-1][1] == k and furniture[n] == furniture[n - 1]:
            spans[-1][1] = k + 1
        else:
            spans.append([k, k + 1])
    if kind is BlockKind.OMITTED:
        return [SentenceGroup(kind, lo, hi, 0, 0, 0.0) for lo, hi in spans]
    return [SentenceGroup(kind, 0, 0, lo, hi, 0.0) for lo, hi in spans]
