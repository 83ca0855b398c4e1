"""Tunables of the comparison engine, in one place."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CompareOptions"]


@dataclass(frozen=True, slots=True)
class CompareOptions:
    # Lowest sentence similarity (weighted Dice of content stems) at which two sentences are
    # matched anywhere in the documents, including out of order (then reported as moved).
    match_threshold: float = 0.45
    # Lowest similarity for sentences that sit between two matched neighbours in both
    # versions: their position vouches for them, so weaker wording overlap is enough.
    gap_threshold: float = 0.2
    # A neighbouring unmatched sentence joins a match (1:n or n:1) when at least this share
    # of its content is found in the other side of the match ...
    merge_containment: float = 0.35
    # ... and the similarity of the merged group improves by at least this much.
    merge_gain: float = 0.02
    # Stems that occur in more sentences than this are not used to find candidates (they
    # still count in the score): keeps candidate search near-linear on long documents.
    max_posting: int = 200
    # Candidates per sentence scored in full, chosen by the weight of rare stems they share.
    max_candidates: int = 12
    # Largest gap (sentences on one side times the other) aligned by dynamic programming.
    max_gap_cells: int = 40_000
    # Word diffs are cleaned up semantically (diff-match-patch's diff_cleanupSemantic) so a
    # reworded clause reads as one change, not a shower of matches on "the" and "of".
    cleanup_semantic: bool = True
