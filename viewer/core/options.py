"""Tunables of the comparison engine, in one place."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

__all__ = ["CompareOptions"]

_MAX_FACTOR = 10.0  # bars and similarities lie in [0, 1]; factors a little beyond
_MAX_COUNT = 10_000_000  # counts and sizes (gap cells, candidates, sentences)


@dataclass(frozen=True, slots=True)
class CompareOptions:
    # Lowest sentence similarity (weighted Dice of content stems) at which two sentences are
    # matched anywhere in the documents, including out of order (then reported as moved).
    match_threshold: float = 0.45
    # Sentences that sit between two matched neighbours in both versions (or beside a moved
    # match) are matched with a lower bar, because their position vouches for them. The bar
    # is gap_factor times the pair's register (the median similarity of its in-order
    # matches: 1 for a lightly edited copy, about 0.3 for a translation), kept within
    # [gap_floor, gap_threshold]: where nearly everything matches exactly, a sentence that
    # only shares the story's vocabulary is a replacement, not a paraphrase.
    gap_threshold: float = 0.3
    gap_factor: float = 0.3
    gap_floor: float = 0.08
    # In a gap, a pair far from the diagonal (one near the gap's start, the other near its
    # end) must clear the bar by this much more, in proportion to its distance from it.
    diagonal_penalty: float = 0.2
    # A pair in a gap scoring under weak_factor times the bar stands only beside another
    # pair of the gap (or the gap's edge) on the diagonal: true counterparts come in runs.
    weak_factor: float = 2.0
    # Restatements of a claim copied word for word elsewhere are looked for in versions of
    # at most this many characters together, about 50,000 words (any news article or long
    # read; a book would take too long: at 100,000 words each it cost half the comparison).
    restatement_reach: int = 300_000
    # A loose sentence also restates a matched sentence of the other version that says two
    # things when it repeats the part that sentence's own match leaves out: at least
    # rest_share of what the two share lies in that part, and the loose sentence matches the
    # part with at least rest_similarity (a quote dropped from a sentence and given later).
    rest_share: float = 0.7
    rest_similarity: float = 0.35
    # At most this many sentences beside a moved match are aligned with it.
    max_context: int = 8
    # Reworded sentences out of order need moved_factor times the register, within
    # [moved_floor, match_threshold], and each must be the other's best candidate with the
    # runner-up at least moved_margin (a share of the score) behind.
    moved_factor: float = 0.5
    moved_floor: float = 0.25
    moved_margin: float = 0.1
    # A neighbouring unmatched sentence joins a match (1:n or n:1) when at least this share
    # of its content is found in the other side of the match ...
    merge_containment: float = 0.35
    # ... and the similarity of the merged group improves by at least this much.
    merge_gain: float = 0.02
    # Inside a gap, a 1:2 or 2:1 row must beat the bar by this much more than a 1:1 row.
    split_gain: float = 0.06
    # Stems that occur in more sentences than this are not used to find candidates (they
    # still count in the score): keeps candidate search near-linear on long documents.
    max_posting: int = 200
    # Candidates per sentence scored in full, chosen by the weight of rare stems they share.
    max_candidates: int = 12
    # Largest gap (sentences on one side times the other) aligned by dynamic programming.
    max_gap_cells: int = 40_000
    # Pair sentences left over in a gap by what they mean (a multilingual sentence model run
    # on this machine), where the words alone cannot tell: slower (the model reads every
    # sentence), so off unless asked for.
    by_meaning: bool = False
    # ... each must be the other's best in the gap, and its cosine at least meaning_margin
    # times the mean of the two sentences' cosines with their four nearest sentences anywhere.
    meaning_margin: float = 1.05
    # Word diffs are cleaned up so a reworded clause reads as one change, not a shower of
    # matches on "the" and "of"; shared content words, names and numbers stay equal.
    cleanup_semantic: bool = True

    def __post_init__(self) -> None:
        """Refuse values no comparison can use (a review file may hold anything)."""
        for field in fields(self):
            value = getattr(self, field.name)
            if isinstance(value, bool):
                continue
            if isinstance(value, float) and not (
                math.isfinite(value) and 0.0 <= value <= _MAX_FACTOR
            ):
                raise ValueError(f"option {field.name} must be a number from 0 to {_MAX_FACTOR}")
            if isinstance(value, int) and not 0 <= value <= _MAX_COUNT:
                raise ValueError(
                    f"option {field.name} must be a whole number from 0 to {_MAX_COUNT}"
                )
