"""What the views ask about a review: progress, filters, the next unreviewed finding, the
corrections a selection makes, unsaved work and the title (issue 14)."""

from __future__ import annotations

from tests.conftest import doc
from viewer.core import Kind, compare_documents
from viewer.core.model import PairComparison, Segment, Span
from viewer.core.navigation import Side
from viewer.core.options import CompareOptions
from viewer.core.review import Decision, LinkAction, ManualLink, Review, Verdict, finding_key
from viewer.core.reviewing import (
    ReviewState,
    correct_alignment,
    decisions_by_finding,
    filter_by_verdict,
    link_problem,
    review_progress,
    selection_span,
    step_unreviewed,
    unsaved,
    window_title,
    without_links,
)
from viewer.core.visibility import Visibility

BASE = (
    "The council approved the budget on Monday. "
    "Residents had asked for more buses on the night routes. "
    "The mayor called the vote a victory, and said 40 buses would be added."
)
OTHER = (
    "The council approved the budget on Tuesday. "
    "Commuters wanted extra late-night transport. "
    "The mayor called the vote a victory, and said 14 buses would be added."
)


def span_of(text: str, sentence: str) -> Span:
    start = text.index(sentence)
    return Span(start, start + len(sentence))


def reviewed() -> tuple[PairComparison, dict[Segment, Decision], tuple[Segment, ...]]:
    comparison = compare_documents([doc(BASE), doc(OTHER)])
    pair = comparison.pairs[0]
    findings = pair.findings
    review = Review().decide(
        finding_key(comparison, pair, findings[0]), Decision(Verdict.CONFIRMED, "day changed")
    )
    review = review.decide(finding_key(comparison, pair, findings[-1]), Decision(note="check"))
    return pair, decisions_by_finding(comparison, pair, review), findings


def test_progress_counts_verdicts_not_notes() -> None:
    pair, decisions, findings = reviewed()
    progress = review_progress(pair, decisions)
    assert progress.total == len(findings) >= 3
    assert progress.line() == f"1 of {len(findings)} reviewed"
    assert progress.breakdown() == f"1 confirmed change · {len(findings) - 1} unreviewed"


def test_progress_leaves_out_what_is_hidden() -> None:
    comparison = compare_documents([doc("He said “yes”."), doc('He said "yes".')])
    pair = comparison.pairs[0]
    assert {s.kind for s in pair.findings} == {Kind.COSMETIC}
    assert review_progress(pair, {}, Visibility(hide_cosmetic=True)).line() == "0 of 0 reviewed"
    assert review_progress(pair, {}).total == len(pair.findings)


def test_filter_and_step_through_unreviewed_findings() -> None:
    _pair, decisions, findings = reviewed()
    assert filter_by_verdict(findings, decisions, {Verdict.CONFIRMED}) == findings[:1]
    assert filter_by_verdict(findings, decisions, None) == findings
    unreviewed = filter_by_verdict(findings, decisions, {Verdict.UNREVIEWED})
    assert findings[0] not in unreviewed and findings[-1] in unreviewed  # a note is no verdict
    assert step_unreviewed(findings, decisions, None) == 1
    assert step_unreviewed(findings, decisions, None, forward=False, position=len(BASE)) == (
        len(findings) - 1
    )
    every = dict.fromkeys(findings, Decision(Verdict.NOT_SIGNIFICANT))
    assert step_unreviewed(findings, every, 0) is None


def test_step_unreviewed_from_a_position_on_the_other_side() -> None:
    findings = [Segment(Kind.ADDITION, Span(0, 0), Span(k * 10, k * 10 + 5)) for k in range(3)]
    assert step_unreviewed(findings, {}, None, True, 11, Side.OTHER) == 2


def test_a_new_link_replaces_the_corrections_it_contradicts() -> None:
    a, b, c = Span(0, 10), Span(20, 30), Span(40, 50)
    first = ManualLink(1, LinkAction.LINK, a, b)
    elsewhere = ManualLink(2, LinkAction.LINK, a, b)  # another version: untouched
    review = Review().with_links([first, elsewhere])
    relinked = correct_alignment(review, ManualLink(1, LinkAction.LINK, a, c))
    assert relinked.links == (elsewhere, ManualLink(1, LinkAction.LINK, a, c))
    unlinked = correct_alignment(review, ManualLink(1, LinkAction.UNLINK, a, b))
    assert unlinked.links == (elsewhere, ManualLink(1, LinkAction.UNLINK, a, b))
    relinked = correct_alignment(unlinked, ManualLink(1, LinkAction.LINK, a, b))
    assert relinked.links == (elsewhere, ManualLink(1, LinkAction.LINK, a, b))
    kept_apart = correct_alignment(unlinked, ManualLink(1, LinkAction.LINK, c, Span(60, 70)))
    assert len(kept_apart.links) == 3  # an unlink elsewhere stays


def test_removing_corrections_at_a_selection_or_cursor() -> None:
    link = ManualLink(1, LinkAction.LINK, Span(0, 10), Span(20, 30))
    review = Review().with_links([link])
    assert without_links(review, 1, Span(5, 5), None).links == ()
    assert without_links(review, 1, None, Span(25, 40)).links == ()
    assert without_links(review, 2, Span(0, 10), None).links == (link,)
    assert without_links(review, 1, Span(11, 12), Span(31, 31)).links == (link,)


def test_what_cannot_be_linked_or_unlinked_is_said() -> None:
    comparison = compare_documents([doc(BASE), doc(OTHER)])
    pair = comparison.pairs[0]
    residents = span_of(BASE, "Residents had asked")
    commuters = span_of(OTHER, "Commuters wanted")
    monday = span_of(BASE, "on Monday")
    tuesday = span_of(OTHER, "on Tuesday")
    assert link_problem(pair, LinkAction.LINK, None, commuters) is not None
    assert link_problem(pair, LinkAction.LINK, residents, commuters) is None
    unlink = link_problem(pair, LinkAction.UNLINK, residents, commuters)
    assert "nothing to unlink" in (unlink or "")
    assert "already aligned" in (link_problem(pair, LinkAction.LINK, monday, tuesday) or "")
    assert link_problem(pair, LinkAction.UNLINK, monday, tuesday) is None


def test_selection_without_surrounding_space() -> None:
    assert selection_span("  One. ", 0, 7) == Span(2, 6)
    assert selection_span("  ", 0, 2) is None
    assert selection_span("abc", 3, 1) == Span(1, 3)


def test_unsaved_work() -> None:
    documents = (doc(BASE), doc(OTHER))
    empty = ReviewState(documents, 0, CompareOptions(), Review())
    assert not unsaved(empty, None)  # nothing decided: nothing to save
    link = ManualLink(1, LinkAction.LINK, Span(0, 1), Span(0, 1))
    decided = ReviewState(documents, 0, CompareOptions(), Review().with_links([link]))
    assert unsaved(decided, None)
    assert not unsaved(decided, decided)
    assert unsaved(ReviewState(documents, 1, CompareOptions(), decided.review), decided)
    assert not unsaved(None, decided)


def test_window_title_names_the_review_and_marks_unsaved_changes() -> None:
    assert window_title("001", "004", None) == "Redline[*] — 001 ↔ 004"
    assert window_title("001", "004", "a.redline") == "a.redline[*] — Redline — 001 ↔ 004"
