"""Sentences left over between two in-order matches, paired by meaning when the words alone
cannot tell (a news story translated twice, a fable retold): each must be the other's best
counterpart in the gap, clearly above how alike each is to its nearest sentences anywhere.

Lexical evidence stays the backbone: this only decides between leftovers in one gap, where
order already vouches for a pairing, so it adds links without moving any made by the words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from viewer.core.matching import Match
from viewer.core.similarity import Scorer, Side

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["pair_by_meaning"]

_NEAREST = 4  # sentences of the other version a sentence's own level is measured on


def pair_by_meaning(
    in_order: Sequence[Match],
    base: Side,
    other: Side,
    scorer: Scorer,
    vectors: tuple[NDArray[np.float32], NDArray[np.float32]],
    margin: float,
) -> list[Match]:
    """In each gap between consecutive in-order matches, pairs of free sentences that are
    each other's best by margin (cosine over the mean cosine of each side's ``_NEAREST``
    best sentences anywhere) with a margin of at least ``margin``; kept in order."""
    import numpy as np

    vectors_b, vectors_o = vectors
    if not len(vectors_b) or not len(vectors_o):
        return []
    cosine = vectors_b @ vectors_o.T
    k_b, k_o = min(_NEAREST, cosine.shape[1]), min(_NEAREST, cosine.shape[0])
    level_b = -np.sort(-cosine, axis=1)[:, :k_b].mean(axis=1)
    level_o = -np.sort(-cosine, axis=0)[:k_o, :].mean(axis=0)
    ratio = cosine / np.maximum((level_b[:, None] + level_o[None, :]) / 2, 1e-6)
    edges = [(-1, -1), *((m.base_hi - 1, m.other_hi - 1) for m in in_order)]
    starts = [*((m.base_lo, m.other_lo) for m in in_order), (len(base), len(other))]
    found: list[Match] = []
    for (b0, o0), (b1, o1) in zip(edges, starts, strict=True):
        rows = [i for i in range(b0 + 1, b1) if not base.used[i]]
        cols = [j for j in range(o0 + 1, o1) if not other.used[j]]
        last = -1
        for i in rows:
            allowed = [j for j in cols if j > last and scorer.allowed(i, j)]
            if not allowed:
                continue
            j = max(allowed, key=lambda c: (ratio[i, c], -c))
            if ratio[i, j] < margin:
                continue
            if max(rows, key=lambda r: (ratio[r, j], -r)) != i:
                continue  # not the other's best in the gap
            base.used[i] = other.used[j] = True
            found.append(Match(i, i + 1, j, j + 1, scorer.pair(i, j)))
            last = j
    return found
