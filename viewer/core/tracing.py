"""Claims traced between two versions: the links of every row, the links beyond the rows, and
which unmatched sentences are said elsewhere (so they are not shown as omitted or added)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from viewer.core.align import SentenceGroup
from viewer.core.matching import Restatement
from viewer.core.model import BlockKind, Link
from viewer.core.units import Units

__all__ = ["loose_ends", "row_links", "split_traced", "traced_links"]

_LINKING = (BlockKind.ALIGNED, BlockKind.MOVED)


def loose_ends(
    groups: Sequence[SentenceGroup], restated: Iterable[Restatement]
) -> tuple[frozenset[int], frozenset[int]]:
    """Base and other sentences in no row whose claim a link traces elsewhere."""
    in_row_b = {i for g in groups if g.kind in _LINKING for i in range(g.base_lo, g.base_hi)}
    in_row_o = {j for g in groups if g.kind in _LINKING for j in range(g.other_lo, g.other_hi)}
    restated = tuple(restated)
    return (
        frozenset(r.base for r in restated if r.base not in in_row_b),
        frozenset(r.other for r in restated if r.other not in in_row_o),
    )


def split_traced(
    groups: Sequence[SentenceGroup], traced_b: frozenset[int], traced_o: frozenset[int]
) -> tuple[SentenceGroup, ...]:
    """The groups with every unmatched run cut so that each traced sentence stands alone."""
    out: list[SentenceGroup] = []
    for group in groups:
        if group.kind is BlockKind.OMITTED:
            lo, hi, traced = group.base_lo, group.base_hi, traced_b
        elif group.kind is BlockKind.ADDED:
            lo, hi, traced = group.other_lo, group.other_hi, traced_o
        else:
            out.append(group)
            continue
        if not traced.intersection(range(lo, hi)):
            out.append(group)
            continue
        start = lo
        for k in range(lo, hi + 1):
            if k == hi or k in traced:
                if start < k:
                    out.append(_part(group, start, k))
                if k < hi:
                    out.append(_part(group, k, k + 1))
                start = k + 1
    return tuple(out)


def _part(group: SentenceGroup, lo: int, hi: int) -> SentenceGroup:
    if group.kind is BlockKind.OMITTED:
        return replace(group, base_lo=lo, base_hi=hi)
    return replace(group, other_lo=lo, other_hi=hi)


def row_links(groups: Sequence[SentenceGroup], base: Units, other: Units) -> list[Link]:
    """A link for every pair of sentences that share an aligned or moved row."""
    found = []
    for g in groups:
        if g.kind not in _LINKING:
            continue
        for i in range(g.base_lo, g.base_hi):
            for j in range(g.other_lo, g.other_hi):
                found.append(
                    Link(base.items[i].span, other.items[j].span, round(g.score, 4), row=True)
                )
    return found


def traced_links(restated: Iterable[Restatement], base: Units, other: Units) -> list[Link]:
    """A link for every restatement: sentences that say the same beyond the rows."""
    return [
        Link(base.items[r.base].span, other.items[r.other].span, round(r.score, 4))
        for r in restated
    ]
