"""Verdicts keyed by text, and the alignment corrected by hand (issue 14)."""

from tests.conftest import doc
from viewer.core import BlockKind, Kind, compare_documents
from viewer.core.model import Span
from viewer.core.review import (
    Decision,
    FindingKey,
    LinkAction,
    ManualLink,
    Review,
    Verdict,
    decisions_for,
    finding_key,
)

BASE = (
    "The council approved the budget on Monday. "
    "Residents had asked for more buses on the night routes. "
    "The mayor called the vote a victory for the river district."
)
OTHER = (
    "The council approved the budget on Monday. "
    "Commuters wanted extra late-night transport. "
    "The mayor called the vote a victory for the river district."
)


def span_of(text: str, sentence: str) -> Span:
    start = text.index(sentence)
    return Span(start, start + len(sentence))


def test_linking_two_sentences_by_hand_aligns_them_as_the_engine_would() -> None:
    before = compare_documents([doc(BASE), doc(OTHER)]).pairs[0]
    assert {s.kind for s in before.findings} == {Kind.OMISSION, Kind.ADDITION}
    link = ManualLink(
        1,
        LinkAction.LINK,
        span_of(BASE, "Residents had asked for more buses on the night routes."),
        span_of(OTHER, "Commuters wanted extra late-night transport."),
    )
    after = compare_documents([doc(BASE), doc(OTHER)], links=[link]).pairs[0]
    manual = [b for b in after.blocks if b.manual]
    assert [b.kind for b in manual] == [BlockKind.ALIGNED]
    assert manual[0].base.of(BASE).strip() == link.base.of(BASE)
    assert {s.kind for s in after.findings} == {Kind.DRIFT}
    assert all(s.kind is not Kind.DRIFT or after.blocks[s.block].manual for s in after.findings)


def test_unlinking_a_pair_keeps_them_apart() -> None:
    base = "Officials said the bridge will close in May for repairs to its deck."
    other = "Officials said the tunnel will close in May for repairs to its roof."
    before = compare_documents([doc(base), doc(other)]).pairs[0]
    assert [b.kind for b in before.blocks] == [BlockKind.ALIGNED]
    unlink = ManualLink(1, LinkAction.UNLINK, Span(0, len(base)), Span(0, len(other)))
    after = compare_documents([doc(base), doc(other)], links=[unlink]).pairs[0]
    assert sorted(b.kind for b in after.blocks) == [BlockKind.ADDED, BlockKind.OMITTED]
    assert all(b.manual for b in after.blocks)
    assert {s.kind for s in after.findings} == {Kind.OMISSION, Kind.ADDITION}


def test_verdicts_stay_with_their_findings_when_the_alignment_changes() -> None:
    comparison = compare_documents([doc(BASE), doc(OTHER)])
    pair = comparison.pairs[0]
    omission = next(s for s in pair.findings if s.kind is Kind.OMISSION)
    review = Review().decide(
        finding_key(comparison, pair, omission), Decision(Verdict.FOLLOW_UP, "ask the desk")
    )
    found = decisions_for(comparison, pair, review)
    assert [pair.findings[i] for i in found] == [omission]
    # an unrelated relink elsewhere, and the decision is still found by its text
    link = ManualLink(
        1,
        LinkAction.LINK,
        span_of(BASE, "The council approved the budget on Monday."),
        span_of(OTHER, "The council approved the budget on Monday."),
    )
    again = compare_documents([doc(BASE), doc(OTHER)], links=[link])
    found = decisions_for(again, again.pairs[0], review)
    assert [again.pairs[0].findings[i].kind for i in found] == [Kind.OMISSION]
    assert list(found.values()) == [Decision(Verdict.FOLLOW_UP, "ask the desk")]


def test_an_empty_decision_removes_the_entry() -> None:
    comparison = compare_documents([doc(BASE), doc(OTHER)])
    pair = comparison.pairs[0]
    key = finding_key(comparison, pair, pair.findings[0])
    review = Review().decide(key, Decision(Verdict.CONFIRMED))
    assert review.decision(key).verdict is Verdict.CONFIRMED
    assert not review.decide(key, Decision()).decisions


def test_a_citation_names_both_versions_the_place_and_the_decision() -> None:
    from viewer.core.citation import citation
    from viewer.core.sha import text_sha256

    comparison = compare_documents([doc(BASE, "wire"), doc(OTHER, "outlet")])
    pair = comparison.pairs[0]
    omission = next(s for s in pair.findings if s.kind is Kind.OMISSION)
    text = citation(comparison, pair, omission, Decision(Verdict.CONFIRMED, "cut  by\nthe desk"))
    assert text.splitlines()[0] == "Omitted, §1"
    assert f"Base: wire (wire; SHA-256 {text_sha256(BASE)[:12]})" in text
    assert "[Residents had asked for more buses on the night routes.] The mayor" in text
    assert "After: (nothing)" in text
    assert text.endswith("Verdict: confirmed change\nNote: cut by the desk")


def test_a_verdict_follows_its_finding_when_the_text_around_it_changes() -> None:
    """Review: the fallback by text alone (the context moved) had no test. An edit right
    beside the finding changes its saved context; the verdict still finds it by its text."""
    comparison = compare_documents([doc(BASE), doc(OTHER)])
    pair = comparison.pairs[0]
    omission = next(s for s in pair.findings if s.kind is Kind.OMISSION)
    key = finding_key(comparison, pair, omission)
    review = Review().decide(key, Decision(Verdict.CONFIRMED))
    edited = BASE.replace("on Monday.", "on Monday night.")
    again = compare_documents([doc(edited), doc(OTHER)])
    moved_on = again.pairs[0]
    found = decisions_for(again, moved_on, review)
    (index,) = found
    assert moved_on.findings[index].kind is Kind.OMISSION
    assert finding_key(again, moved_on, moved_on.findings[index]).before != key.before


def test_a_verdict_is_not_guessed_between_two_findings_of_the_same_text() -> None:
    base = "The vote passed. Residents cheered loudly. The mayor spoke. Residents cheered loudly."
    other = "The vote passed. The mayor spoke."
    comparison = compare_documents([doc(base), doc(other)])
    pair = comparison.pairs[0]
    first = next(s for s in pair.findings if s.kind is Kind.OMISSION)
    key = finding_key(comparison, pair, first)
    stale = FindingKey(key.other, key.kind, key.base_text, key.other_text, "gone", "gone")
    review = Review().decide(stale, Decision(Verdict.FOLLOW_UP))
    assert decisions_for(comparison, pair, review) == {}
