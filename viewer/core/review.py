"""A fact-checker's review of a comparison: a verdict and a note on findings, and the
alignment corrected by hand.

Findings are keyed by what they say, not by their place in a list: the changed text on each
side and a few words around it. A verdict therefore stays with its finding when the engine
changes (a segment boundary moves, findings are added or removed elsewhere) or when the user
relinks another part of the texts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType

from viewer.core.model import Comparison, Finding, Kind, PairComparison, Segment, Span

__all__ = [
    "CONTEXT",
    "Decision",
    "FindingKey",
    "LinkAction",
    "ManualLink",
    "Review",
    "Verdict",
    "decisions_for",
    "finding_key",
]

CONTEXT = 40  # characters of text kept on each side of a finding in its key


class Verdict(StrEnum):
    """What the fact-checker decided about a finding."""

    UNREVIEWED = "unreviewed"
    CONFIRMED = "confirmed"  # a confirmed change of fact
    NOT_SIGNIFICANT = "not-significant"
    FOLLOW_UP = "follow-up"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Verdict.UNREVIEWED: "unreviewed",
    Verdict.CONFIRMED: "confirmed change",
    Verdict.NOT_SIGNIFICANT: "not significant",
    Verdict.FOLLOW_UP: "follow up",
}


@dataclass(frozen=True, slots=True)
class FindingKey:
    """A finding of the comparison of the base with version ``other``, by its text: the
    changed text on each side, and up to ``CONTEXT`` characters before and after it (on the
    base side, or on the other side for an addition); spacing folded throughout."""

    other: int
    kind: Kind
    base_text: str
    other_text: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class Decision:
    verdict: Verdict = Verdict.UNREVIEWED
    note: str = ""

    @property
    def is_empty(self) -> bool:
        return self.verdict is Verdict.UNREVIEWED and not self.note


class LinkAction(StrEnum):
    LINK = "link"  # these say the same: align them
    UNLINK = "unlink"  # these do not: never align them with each other


@dataclass(frozen=True, slots=True)
class ManualLink:
    """A correction of the alignment of the base with version ``other``: the sentences
    covering ``base`` and those covering ``other_span`` are linked, or kept apart."""

    other: int
    action: LinkAction
    base: Span
    other_span: Span


@dataclass(frozen=True, slots=True)
class Review:
    """Decisions on findings and corrections of the alignment; a value: changes return a new
    review."""

    decisions: Mapping[FindingKey, Decision] = field(default_factory=lambda: MappingProxyType({}))
    links: tuple[ManualLink, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.decisions, MappingProxyType):
            object.__setattr__(self, "decisions", MappingProxyType(dict(self.decisions)))

    def decision(self, key: FindingKey) -> Decision:
        return self.decisions.get(key, Decision())

    def decide(self, key: FindingKey, decision: Decision) -> Review:
        """The review with ``decision`` on the finding ``key`` (an empty one removes it)."""
        found = dict(self.decisions)
        if decision.is_empty:
            found.pop(key, None)
        else:
            found[key] = decision
        return replace(self, decisions=found)

    def with_links(self, links: Iterable[ManualLink]) -> Review:
        return replace(self, links=tuple(links))

    def links_for(self, other: int) -> tuple[ManualLink, ...]:
        return tuple(link for link in self.links if link.other == other)


def finding_key(
    comparison: Comparison, pair: PairComparison, finding: Finding | Segment
) -> FindingKey:
    """The key of one finding of ``pair`` (or of one segment: how reviews made before
    findings were grouped keyed them)."""
    base = comparison.documents[pair.base].text
    other = comparison.documents[pair.other].text
    stretches = (
        finding.stretches if isinstance(finding, Finding) else ((finding.base, finding.other),)
    )
    first_b, first_o = stretches[0]
    text, span = (other, first_o) if first_b.is_empty else (base, first_b)
    return FindingKey(
        pair.other,
        finding.kind,
        " … ".join(_squeeze(b.of(base)) for b, _ in stretches if not b.is_empty),
        " … ".join(_squeeze(o.of(other)) for _, o in stretches if not o.is_empty),
        _squeeze(text[max(0, span.start - CONTEXT) : span.start]),
        _squeeze(text[span.end : span.end + CONTEXT]),
    )


def decisions_for(
    comparison: Comparison, pair: PairComparison, review: Review
) -> dict[int, Decision]:
    """Decisions of ``review`` on the findings of ``pair``, by finding index.

    A key found as it was saved takes its decision. A saved key whose context no longer
    matches (the text around it is aligned differently now) still finds its finding when
    exactly one finding of the pair has the same kind and changed text. A key saved for one
    segment of a finding (reviews made before findings were grouped, or before a sentence
    was traced elsewhere) finds the finding that holds that segment.
    """
    wanted = {k: d for k, d in review.decisions.items() if k.other == pair.other}
    if not wanted:
        return {}
    keys = {index: finding_key(comparison, pair, f) for index, f in enumerate(pair.findings)}
    found: dict[int, Decision] = {}
    for index, key in keys.items():
        if key in wanted:
            found[index] = wanted.pop(key)
    by_text: dict[tuple[Kind, str, str], list[int]] = {}
    for index, key in keys.items():
        if index not in found:
            by_text.setdefault((key.kind, key.base_text, key.other_text), []).append(index)
    for key, decision in list(wanted.items()):
        candidates = by_text.get((key.kind, key.base_text, key.other_text), [])
        if len(candidates) == 1:
            found[candidates.pop()] = decision
            del wanted[key]
    if wanted:
        _by_segment(comparison, pair, wanted, found)
    return found


def _by_segment(
    comparison: Comparison,
    pair: PairComparison,
    wanted: dict[FindingKey, Decision],
    found: dict[int, Decision],
) -> None:
    """Decisions saved on single segments, given to the findings that hold them: the
    segment's key as saved, or its kind and changed text when exactly one segment has them
    (the first such decision of a finding wins)."""
    keys = [
        (index, finding_key(comparison, pair, pair.segments[number]))
        for index, finding in enumerate(pair.findings)
        for number in finding.segments
        if pair.segments[number].kind is not Kind.EQUAL
    ]
    by_text: dict[tuple[Kind, str, str], list[int]] = {}
    for index, key in keys:
        by_text.setdefault((key.kind, key.base_text, key.other_text), []).append(index)
    for index, key in keys:
        decision = wanted.get(key)
        if decision is None:
            text = (key.kind, key.base_text, key.other_text)
            if len(by_text[text]) == 1:
                decision = next(
                    (d for k, d in wanted.items() if (k.kind, k.base_text, k.other_text) == text),
                    None,
                )
        if decision is not None and index not in found:
            found[index] = decision


def _squeeze(text: str) -> str:
    """Text with its spacing folded, so that re-wrapped text keeps its keys."""
    return " ".join(text.split())
