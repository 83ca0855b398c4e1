"""Claims traced n:m: a sentence said elsewhere is part of its claim's finding, never an
omission; clicking a sentence finds every place it went to."""

from __future__ import annotations

from tests.core.test_compare_small import STATED_TWICE
from viewer.core import Document, Kind, compare_documents
from viewer.core.navigation import Side, finding_places, places_of

RESTATED_ONCE = (
    "The council met on Tuesday to discuss the budget. "
    "The bridge over the Kessel river closes for repairs in May, officials said. "
    "Traffic will move to the old ferry road near the harbour."
)


def _pair():  # type: ignore[no-untyped-def]
    documents = [Document("a", "a", STATED_TWICE), Document("b", "b", RESTATED_ONCE)]
    return compare_documents(documents).pairs[0]


def test_a_claim_said_in_two_places_is_one_finding_not_an_omission() -> None:
    """Issue 18: a claim that went to two places was shown as lost."""
    pair = _pair()
    assert Kind.OMISSION not in {f.kind for f in pair.findings}
    body = STATED_TWICE.index("The bridge over")
    (finding,) = [f for f in pair.findings if any(b.start == body for b, _ in f.stretches)]
    assert finding.kind is Kind.DRIFT
    # the lead, aligned with the other version's sentence, and the body, said there too
    assert {b.start for b, _ in finding.stretches} == {0, body}
    assert finding.links  # the link beyond the rows that joined the two
    (said_again,) = [
        pair.segments[i] for i in finding.segments if pair.segments[i].base.start == body
    ]
    assert said_again.kind is Kind.DRIFT and said_again.other.is_empty


def test_every_link_is_listed_rows_first_and_beyond() -> None:
    pair = _pair()
    bridge = RESTATED_ONCE.index("The bridge")
    to_bridge = [x for x in pair.links if x.other.start == bridge]
    assert sorted((x.base.start, x.row) for x in to_bridge) == [
        (0, True),
        (STATED_TWICE.index("The bridge over"), False),
    ]
    assert [x for x in pair.links if not x.row] == list(pair.also)


def test_a_sentence_finds_every_place_it_went_to() -> None:
    pair = _pair()
    bridge = RESTATED_ONCE.index("The bridge") + 5
    places = places_of(pair, Side.OTHER, bridge)
    assert [p.start for p in places] == [0, STATED_TWICE.index("The bridge over")]
    finding = next(f for f in pair.findings if f.links)
    base, other = finding_places(pair, finding)
    assert [p.start for p in base] == [0, STATED_TWICE.index("The bridge over")]
    assert [p.start for p in other] == [RESTATED_ONCE.index("The bridge")]
