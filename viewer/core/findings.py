"""A finding as a reviewer reads it: kind, where, before → after in context, flags with evidence.

The findings panel, the CLI text and the report all say the same thing about a finding;
they take it from here.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from viewer.core.excerpts import Excerpt, excerpt_of_changes, shorten
from viewer.core.locations import Locator
from viewer.core.model import Evidence, Finding, Flag, Kind, PairComparison, Segment, Span
from viewer.core.navigation import Side
from viewer.core.visibility import SHOW_ALL, Visibility, is_boilerplate, is_flagged
from viewer.core.vocabulary import FLAG_WORDS, KIND_WORDS, count_phrase, manual_word

__all__ = [
    "FindingCounts",
    "FindingText",
    "count_findings",
    "describe_finding",
    "evidence_text",
]

_COUNTED = (Kind.ADDITION, Kind.OMISSION, Kind.DRIFT, Kind.MOVED, Kind.COSMETIC)


@dataclass(frozen=True, slots=True)
class FindingText:
    """What every view says about one finding."""

    finding: Finding
    kind: str  # "reworded"
    location: str  # "§4": the base paragraph
    destination: str  # moved text: the base paragraph it now faces ("§9"); otherwise ""
    before: Excerpt  # the base's side, in context (each change bracketed)
    after: Excerpt  # the other version's side, in context
    flags: tuple[str, ...]  # "number", ...
    evidence: tuple[str, ...]  # one line per flag: "number: 160,000 → 100,000"
    also: tuple[str, ...]  # "also at §7": further places the claim went to
    flagged: bool  # a quote, number, name, negation, speaker or time changed
    boilerplate: bool
    manual: str = ""  # "linked by hand" / "unlinked by hand": the user aligned its block


def describe_finding(
    finding: Finding,
    base_text: str,
    other_text: str,
    locator: Locator,
    context: int = 4,
    head: int | None = 12,
    tail: int = 6,
) -> FindingText:
    """Describe ``finding`` of ``locator.pair``; ``head=None`` keeps whole passages."""
    changes = _changes(locator.pair, finding)
    return FindingText(
        finding,
        KIND_WORDS.get(finding.kind, finding.kind.value),
        locator.label(finding),
        locator.destination(finding) if finding.kind is Kind.MOVED else "",
        excerpt_of_changes(base_text, [s.base for s in changes], context, head, tail),
        excerpt_of_changes(other_text, [s.other for s in changes], context, head, tail),
        tuple(FLAG_WORDS[flag] for flag in finding.flags),
        tuple(evidence_text(finding, flag, whole=head is None) for flag in finding.flags),
        _also(locator, finding),
        is_flagged(finding),
        is_boilerplate(finding),
        _manual(locator.pair, finding),
    )


def _changes(pair: PairComparison, finding: Finding) -> list[Segment]:
    """The changed segments of the finding's first stretch, in order (a moved passage: the
    whole of it)."""
    base, other = finding.base, finding.other
    inside = [pair.segments[i] for i in finding.segments if 0 <= i < len(pair.segments)]
    first = [s for s in inside if _within(s.base, base) and _within(s.other, other)] or inside
    if finding.kind is Kind.MOVED:
        return [Segment(Kind.MOVED, base, other)]
    return [s for s in first if s.kind is not Kind.EQUAL] or first


def _within(span: Span, stretch: Span) -> bool:
    return stretch.start <= span.start and span.end <= stretch.end


def _also(locator: Locator, finding: Finding) -> tuple[str, ...]:
    """ "also at §n" for every further place of the finding and every restatement touching it."""
    labels = list(locator.also_labels(Side.BASE, finding.base))
    if finding.base.is_empty:
        labels += [x for x in locator.also_labels(Side.OTHER, finding.other) if x not in labels]
    for base, other in finding.places:
        side, span = (Side.OTHER, other) if base.is_empty else (Side.BASE, base)
        label = f"also at §{locator.paragraph(side, span.start)}"
        if label not in labels:
            labels.append(label)
    return tuple(labels)


def _manual(pair: PairComparison, finding: Finding) -> str:
    blocks = pair.blocks
    return manual_word(blocks[finding.block]) if 0 <= finding.block < len(blocks) else ""


def evidence_text(segment: Segment | Finding, flag: Flag, whole: bool = False) -> str:
    """What triggered ``flag`` on ``segment``, on one line (long quotes shortened unless
    ``whole``).

    >>> from viewer.core.model import Span
    >>> s = Segment(Kind.DRIFT, Span(0, 7), Span(0, 7), (Flag.NUMBER,),
    ...     evidence=(Evidence(Flag.NUMBER, ("160,000",), ("100,000",)),))
    >>> evidence_text(s, Flag.NUMBER)
    'number: 160,000 → 100,000'
    """
    word = FLAG_WORDS[flag]
    found: Evidence | None = segment.evidence_for(flag)
    if found is None or not (found.base or found.other):
        return word
    base, other = _words(found.base, whole), _words(found.other, whole)
    if segment.kind in (Kind.ADDITION, Kind.OMISSION):
        return f"{word}: {base or other}"
    return f"{word}: {base or '(nothing)'} → {other or '(nothing)'}"


def _words(items: tuple[str, ...], whole: bool) -> str:
    # Quote evidence holds whole quotations: a few words of each say which one.
    return ", ".join(shorten(item, head=None if whole else 6, tail=3)[0] for item in items)


@dataclass(frozen=True, slots=True)
class FindingCounts:
    """Findings of a pair by kind, boilerplate counted apart from the kinds."""

    kinds: tuple[tuple[Kind, int], ...]  # every kind, boilerplate left out
    boilerplate: int
    flagged: int  # findings with a flag of attention (not boilerplate)

    def line(self, visibility: Visibility = SHOW_ALL) -> str:
        """``"3 added · 1 omitted · 40 reworded · 2 moved · 9 cosmetic (hidden)"``."""
        parts = []
        for kind, count in self.kinds:
            hidden = kind is Kind.COSMETIC and visibility.hide_cosmetic and count
            parts.append(count_phrase(kind, count) + (" (hidden)" if hidden else ""))
        if self.boilerplate:
            hidden = visibility.hide_boilerplate
            parts.append(f"{self.boilerplate} boilerplate" + (" (hidden)" if hidden else ""))
        return " · ".join(parts)


def count_findings(pair: PairComparison) -> FindingCounts:
    """Counts by kind (boilerplate apart) and of flagged findings."""
    kinds: Counter[Kind] = Counter()
    boilerplate = flagged = 0
    for segment in pair.findings:
        if is_boilerplate(segment):
            boilerplate += 1
        else:
            kinds[segment.kind] += 1
        flagged += is_flagged(segment)
    return FindingCounts(tuple((k, kinds[k]) for k in _COUNTED), boilerplate, flagged)
