"""What the views need to review a comparison: decisions per finding, progress, the next
unreviewed finding, verdict filters and the alignment corrections a selection makes.

The review itself (verdicts keyed by text, manual links) is ``core.review``; this module
answers the questions the findings list, the status bar, F7 and the link actions ask.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from viewer.core.model import BlockKind, Comparison, Document, Finding, PairComparison, Span
from viewer.core.navigation import Side, next_finding, previous_finding
from viewer.core.options import CompareOptions
from viewer.core.provenance import shortened
from viewer.core.review import Decision, LinkAction, ManualLink, Review, Verdict, decisions_for
from viewer.core.visibility import Visibility

_TITLE_CHARS = 80  # a name in the window title longer than this is cut in the middle

__all__ = [
    "NO_DECISION",
    "ReviewProgress",
    "ReviewState",
    "correct_alignment",
    "decisions_by_finding",
    "filter_by_verdict",
    "link_problem",
    "review_progress",
    "selection_span",
    "shown_findings",
    "step_unreviewed",
    "unsaved",
    "verdict_of",
    "window_title",
    "without_links",
]

NO_DECISION = Decision()


def decisions_by_finding(
    comparison: Comparison, pair: PairComparison, review: Review
) -> dict[Finding, Decision]:
    """The decisions of ``review`` on the findings of ``pair``, by finding (the findings of
    one pair never repeat: their segments tile both texts)."""
    return {pair.findings[i]: d for i, d in decisions_for(comparison, pair, review).items()}


def verdict_of(decisions: Mapping[Finding, Decision], segment: Finding) -> Verdict:
    return decisions.get(segment, NO_DECISION).verdict


def filter_by_verdict(
    findings: Sequence[Finding],
    decisions: Mapping[Finding, Decision],
    verdicts: Collection[Verdict] | None,
) -> tuple[Finding, ...]:
    """The findings whose verdict is one of ``verdicts`` (None: all), in their order.

    >>> from viewer.core.model import Kind
    >>> a = Finding(Kind.DRIFT, Span(0, 1), Span(0, 1), (0,))
    >>> b = Finding(Kind.DRIFT, Span(1, 2), Span(1, 2), (1,))
    >>> filter_by_verdict([a, b], {b: Decision(Verdict.FOLLOW_UP)}, {Verdict.UNREVIEWED}) == (a,)
    True
    """
    if verdicts is None:
        return tuple(findings)
    wanted = set(verdicts)
    return tuple(s for s in findings if verdict_of(decisions, s) in wanted)


@dataclass(frozen=True, slots=True)
class ReviewProgress:
    """How far the review of a pair's findings has got."""

    total: int
    counts: tuple[tuple[Verdict, int], ...]  # every verdict, unreviewed first

    @property
    def reviewed(self) -> int:
        return self.total - dict(self.counts)[Verdict.UNREVIEWED]

    def line(self) -> str:
        """``"12 of 40 reviewed"``."""
        return f"{self.reviewed} of {self.total} reviewed"

    def breakdown(self) -> str:
        """``"3 confirmed change · 1 follow up · 36 unreviewed"`` (verdicts given only)."""
        parts = [f"{n} {v.label}" for v, n in self.counts if n and v is not Verdict.UNREVIEWED]
        unreviewed = dict(self.counts)[Verdict.UNREVIEWED]
        if unreviewed or not parts:
            parts.append(f"{unreviewed} unreviewed")
        return " · ".join(parts)


def review_progress(
    pair: PairComparison,
    decisions: Mapping[Finding, Decision],
    visibility: Visibility | None = None,
    total: int | None = None,
) -> ReviewProgress:
    """Verdicts over the findings of ``pair`` that ``visibility`` shows (hidden cosmetic
    changes and boilerplate are neither listed nor counted as left to review). ``total``:
    how many findings it shows, when known (counting them walks every segment; the rest
    walks the decisions only, so a keystroke in a note costs nothing on long texts).

    >>> from viewer.core.model import Kind, Segment
    >>> segments = (Segment(Kind.DRIFT, Span(0, 1), Span(0, 1)),
    ...             Segment(Kind.OMISSION, Span(1, 2), Span(1, 1)))
    >>> s = Finding(Kind.DRIFT, Span(0, 1), Span(0, 1), (0,))
    >>> o = Finding(Kind.OMISSION, Span(1, 2), Span(1, 1), (1,))
    >>> p = PairComparison(0, 1, 0.5, (), segments, findings=(s, o))
    >>> review_progress(p, {s: Decision(Verdict.CONFIRMED)}).line()
    '1 of 2 reviewed'
    """
    visibility = visibility or Visibility()
    if total is None:
        total = shown_findings(pair, visibility)
    counts = dict.fromkeys(Verdict, 0)
    for segment, decision in decisions.items():
        if decision.verdict is not Verdict.UNREVIEWED and not visibility.hides(segment):
            counts[decision.verdict] += 1
    counts[Verdict.UNREVIEWED] = max(0, total - sum(counts.values()))
    return ReviewProgress(total, tuple(counts.items()))


def shown_findings(pair: PairComparison, visibility: Visibility) -> int:
    """How many findings of ``pair`` ``visibility`` shows."""
    return sum(1 for f in pair.findings if not visibility.hides(f))


def step_unreviewed(
    findings: Sequence[Finding],
    decisions: Mapping[Finding, Decision],
    current: int | None,
    forward: bool = True,
    position: int = 0,
    side: Side = Side.BASE,
) -> int | None:
    """F7 with "unreviewed only": the index of the next (or previous) finding of the list
    with no verdict, wrapping round; None when every one has a verdict.

    >>> from viewer.core.model import Kind
    >>> f = [Finding(Kind.DRIFT, Span(i, i + 1), Span(i, i + 1), (i,)) for i in range(4)]
    >>> done = {f[1]: Decision(Verdict.CONFIRMED), f[2]: Decision(Verdict.FOLLOW_UP)}
    >>> step_unreviewed(f, done, 0), step_unreviewed(f, done, 3), step_unreviewed(f, done, 0, False)
    (3, 0, 3)
    """
    open_ = [i for i, s in enumerate(findings) if verdict_of(decisions, s) is Verdict.UNREVIEWED]
    if not open_:
        return None
    if current is None:
        step = next_finding if forward else previous_finding
        found = step([findings[i] for i in open_], None, position, side)
        return None if found is None else open_[found]
    if forward:
        return next((i for i in open_ if i > current), open_[0])
    return next((i for i in reversed(open_) if i < current), open_[-1])


def selection_span(text: str, start: int, end: int) -> Span | None:
    """A selection of ``text`` without the spaces around it (None when nothing is left).

    >>> selection_span("  One. Two.", 0, 7)
    Span(start=2, end=6)
    """
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def _aligned_together(pair: PairComparison, base: Span, other: Span) -> bool:
    return any(
        b.kind in (BlockKind.ALIGNED, BlockKind.MOVED)
        and b.base.overlaps(base)
        and b.other.overlaps(other)
        for b in pair.blocks
    )


def link_problem(
    pair: PairComparison, action: LinkAction, base: Span | None, other: Span | None
) -> str | None:
    """Why linking (or unlinking) these selections would change nothing, in one sentence;
    None when it can be done."""
    if base is None or other is None:
        return "Select a sentence in the base pane and one in the other pane first."
    together = _aligned_together(pair, base, other)
    if action is LinkAction.UNLINK and not together:
        return "These sentences are not aligned with each other: there is nothing to unlink."
    if action is LinkAction.LINK and together and all(
        b.base.start <= base.start and base.end <= b.base.end
        and b.other.start <= other.start and other.end <= b.other.end
        for b in pair.blocks
        if b.base.overlaps(base) and b.other.overlaps(other)
    ):  # fmt: skip
        return "These sentences are already aligned with each other."
    return None


def correct_alignment(review: Review, link: ManualLink) -> Review:
    """The review with ``link`` added; earlier corrections of the same sentences give way.

    A new link replaces the links that held either side (a sentence sits in one row only)
    and an unlink of that very pair; an unlink replaces the links of that pair.
    """
    kept = []
    for old in review.links:
        if old.other != link.other:
            kept.append(old)
            continue
        on_base, on_other = old.base.overlaps(link.base), old.other_span.overlaps(link.other_span)
        if link.action is LinkAction.LINK:
            gone = (on_base or on_other) if old.action is LinkAction.LINK else on_base and on_other
        else:
            gone = on_base and on_other
        if not gone:
            kept.append(old)
    return review.with_links([*kept, link])


def without_links(review: Review, other: int, base: Span | None, other_span: Span | None) -> Review:
    """The review without the corrections of version ``other`` that touch the selection in
    either pane (the engine's own alignment comes back there)."""

    def touched(link: ManualLink) -> bool:
        return link.other == other and (
            (base is not None and _touches(link.base, base))
            or (other_span is not None and _touches(link.other_span, other_span))
        )

    return review.with_links([link for link in review.links if not touched(link)])


def _touches(a: Span, b: Span) -> bool:
    return a.overlaps(b) or (b.is_empty and a.start <= b.start <= a.end)


@dataclass(frozen=True, slots=True)
class ReviewState:
    """Everything a review file holds: what Save writes and Open restores."""

    documents: tuple[Document, ...]
    base: int
    options: CompareOptions
    review: Review


def unsaved(state: ReviewState | None, saved: ReviewState | None) -> bool:
    """Whether there is review work that Save would write: a change since the review was
    saved or opened, or, never saved, any verdict, note or correction."""
    if state is None:
        return False
    if saved is None:
        return bool(state.review.decisions or state.review.links)
    return state != saved


def window_title(
    base: str | None, other: str | None, review_name: str | None, unprotected: bool = False
) -> str:
    """The window title; ``[*]`` is where Qt puts its mark for unsaved changes, and
    ``unprotected`` says that the recovery copy could not be written. Long names are cut.

    >>> window_title("001", "004", "flood.redline")
    'flood.redline[*] — Redline — 001 ↔ 004'
    >>> window_title(None, None, None)
    'Redline[*]'
    >>> window_title("001", "004", "flood.redline", unprotected=True)
    'flood.redline[*] (not autosaved) — Redline — 001 ↔ 004'
    """
    title = "Redline"
    if base is not None and other is not None:
        title += f" — {shortened(base, _TITLE_CHARS)} ↔ {shortened(other, _TITLE_CHARS)}"
    mark = "[*] (not autosaved)" if unprotected else "[*]"
    if review_name:
        return f"{shortened(review_name, _TITLE_CHARS)}{mark} — {title}"
    return title.replace("Redline", f"Redline{mark}", 1)
