"""The public JSON format of a comparison (format "redline-comparison", version 1)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from viewer.core.language import document_languages
from viewer.core.locations import Locator, Paragraphs
from viewer.core.model import AlignedBy, Comparison, Kind, Link, PairComparison, Segment, Span
from viewer.core.navigation import Side
from viewer.core.review import Decision, Review, decisions_for
from viewer.core.tokens import count_words
from viewer.core.visibility import FindingFilter

__all__ = ["FORMAT", "VERSION", "comparison_to_json"]

FORMAT = "redline-comparison"
VERSION = 1


def comparison_to_json(
    comparison: Comparison, review: Review | None = None, listed: FindingFilter | None = None
) -> dict[str, Any]:
    """A JSON-ready dict. Version 1 fields never change meaning; new fields may be added.

    With a ``review`` every finding, and every non-equal segment (the finding's that holds
    it), also gets its ``verdict`` and ``note`` ("unreviewed" and "" when the reviewer
    decided nothing on it). With an active ``listed`` filter each comparison's ``findings``
    holds only the findings it keeps, and the top-level ``filters`` names it; segments,
    blocks, links and counts stay whole (the segments still tile both texts).
    """
    listed = listed or FindingFilter()
    filters = {"filters": _filters(listed)} if listed.active else {}
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
        **filters,
        "comparisons": [
            _pair(
                pair,
                None if review is None else decisions_for(comparison, pair, review),
                comparison.documents[pair.base].text,
                comparison.documents[pair.other].text,
                listed,
            )
            for pair in comparison.pairs
        ],
    }


def _filters(listed: FindingFilter) -> dict[str, Any]:
    """What selected the findings: ``--flag``, ``--hide-cosmetic``, ``--hide-boilerplate``."""
    return {
        "applies_to": "findings",
        "flags": None if listed.flags is None else sorted(f.value for f in listed.flags),
        "hide_cosmetic": listed.hide_cosmetic,
        "hide_boilerplate": listed.hide_boilerplate,
    }


def _pair(
    pair: PairComparison,
    decisions: Mapping[int, Decision] | None,
    base: str,
    other: str,
    listed: FindingFilter,
) -> dict[str, Any]:
    by_segment: dict[int, Decision] = {}
    if decisions is not None:
        for index, finding in enumerate(pair.findings):
            for number in finding.segments:
                by_segment[number] = decisions.get(index, Decision())
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
            _segment(s, None if decisions is None else by_segment.get(i, Decision()))
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
        "links": [_link(link) for link in pair.links],
        "findings": _findings(pair, decisions, base, other, listed),
    }


def _span(span: Span) -> list[int]:
    return [span.start, span.end]


def _link(link: Link) -> dict[str, Any]:
    base_part, other_part = link.parts
    return {
        "base": _span(link.base),
        "other": _span(link.other),
        "score": link.score,
        "parts": {"base": _span(base_part), "other": _span(other_part)},
        "row": link.row,
    }


def _findings(
    pair: PairComparison,
    decisions: Mapping[int, Decision] | None,
    base: str,
    other: str,
    listed: FindingFilter,
) -> list[dict[str, Any]]:
    locator = Locator.of(pair, base)
    own = Paragraphs.of(other)
    found = []
    for index, finding in enumerate(pair.findings):
        if not listed.keeps(finding):
            continue
        entry: dict[str, Any] = {
            "index": index,  # its place among all the pair's findings (kept when filtered)
            "kind": finding.kind.value,
            "base": _span(finding.base),
            "other": _span(finding.other),
            "places": [{"base": _span(b), "other": _span(o)} for b, o in finding.stretches],
            "paragraph": {
                "base": locator.paragraph(Side.BASE, finding.base.start),
                "other": own.number(finding.other.start),
            },
            "flags": [flag.value for flag in finding.flags],
            "evidence": {
                e.flag.value: {"base": list(e.base), "other": list(e.other)}
                for e in finding.evidence
            },
            "segments": list(finding.segments),
            "links": list(finding.links),
            "block": finding.block,
        }
        if decisions is not None:
            decision = decisions.get(index, Decision())
            entry["verdict"] = decision.verdict.value
            entry["note"] = decision.note
        found.append(entry)
    return found


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
