"""Tunables of the cross-language comparison, in one place (chosen by cross-validation over
the development split: ``python -m benchmarks.crosslang``)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CrossOptions"]


@dataclass(frozen=True, slots=True)
class CrossOptions:
    # A pair of sentences is aligned when its similarity beats the bar: the cosine of the
    # two sentence vectors less how alike each sentence is to the whole other text (its
    # mean cosine with the other side's sentences: some sentences resemble everything).
    link_bar: float = 0.03
    # That mean counts prior_weight sentences more, of cosine prior_similarity (about what
    # multilingual-e5-small gives sentences of one news story): in a text of two or three
    # sentences the true counterpart would otherwise weigh half of the mean.
    prior_similarity: float = 0.8
    prior_weight: int = 8
    # A 1:2, 2:1 (or 1:3, 3:1) row must beat the bar by this much more than a 1:1 row, so
    # that a sentence is merged into its neighbour's row only when that says more.
    merge_penalty: float = 0.05
    # Sentences out of order are matched (moved) when each is the other's best counterpart
    # and their similarity beats the bar by this much more.
    move_extra: float = 0.04
    # Largest number of cells (base sentences times other sentences) aligned by one full
    # dynamic programme; beyond it, a band around the diagonal.
    max_cells: int = 2_500_000
