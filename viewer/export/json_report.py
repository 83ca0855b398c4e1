"""The public JSON format of a comparison (format "redline-comparison", version 1)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from viewer.core.language import document_languages
from viewer.core.model import AlignedBy, Comparison, Kind, PairComparison, Segment
from viewer.core.review import Decision, Review, decisions_for
from viewer.core.tokens import count_words

__all__ = ["FORMAT", "VERSION", "comparison_to_json"]

FORMAT = "redline-comparison"
VERSION = 1


def comparison_to_json(comparison: Comparison, review: Review | None = None) -> dict[str, Any]:
    """A JSON-ready dict. Version 1 fields never change meaning; new fields may be added.

    With a ``review`` every finding (non-equal segment) also gets its ``verdict`` and
    ``note`` ("unreviewed" and "" when the reviewer decided nothing on it).
    """
    languages = document_languages(comparison)
    return {
        "format": FORMAT,
        "version": VERSION,
        "base": comparison.base,
        "documents": [
            {
                "id": index,
                "path": document.path,
                "label": document.label,
                "text": document.text,
                "words": count_words(document.text),
                "metadata": dict(document.metadata),
                "language": languages[index],
            }
            for index, document in enumerate(comparison.documents)
        ],
        "similarity": [list(row) for row in comparison.similarity],
        "comparisons": [
            _pair(pair, None if review is None else decisions_for(comparison, pair, review))
            for pair in comparison.pairs
        ],
    }


def _pair(pair: PairComparison, decisions: Mapping[int, Decision] | None) -> dict[str, Any]:
    return {
        "base": pair.base,
        "other": pair.other,
        "similarity": pair.similarity,
        "coverage": pair.coverage,
        "aligned_by": pair.aligned_by.value,
        **({"model": pair.model} if pair.aligned_by is AlignedBy.MEANING else {}),
        "counts": {kind.value: count for kind, count in pair.counts.items()},
        "flag_counts": {flag.value: count for flag, count in pair.flag_counts.items()},
        "segments": [
            _segment(s, None if decisions is None else decisions.get(i, Decision()))
            for i, s in enumerate(pair.segments)
        ],
        "blocks": [
            {
                "kind": b.kind.value,
                "base": [b.base.start, b.base.end],
                "other": [b.other.start, b.other.end],
                "score": b.score,
                **({"manual": True} if b.manual else {}),
            }
            for b in pair.blocks
        ],
        "also": [
            {
                "base": [a.base.start, a.base.end],
                "other": [a.other.start, a.other.end],
                "score": a.score,
            }
            for a in pair.also
        ],
    }


def _segment(segment: Segment, decision: Decision | None) -> dict[str, Any]:
    found: dict[str, Any] = {
        "kind": segment.kind.value,
        "base": [segment.base.start, segment.base.end],
        "other": [segment.other.start, segment.other.end],
        "flags": [flag.value for flag in segment.flags],
        "block": segment.block,
        "evidence": {
            e.flag.value: {"base": list(e.base), "other": list(e.other)} for e in segment.evidence
        },
    }
    if decision is not None and segment.kind is not Kind.EQUAL:
        found["verdict"] = decision.verdict.value
        found["note"] = decision.note
    return found
