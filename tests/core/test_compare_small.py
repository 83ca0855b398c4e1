"""Exact segments on tiny inputs."""

from tests.conftest import doc
from viewer.core import CompareOptions, Document, Flag, Kind, compare_documents
from viewer.core.model import PairComparison


def pair(base: str, other: str) -> PairComparison:
    return compare_documents([doc(base, "a"), doc(other, "b")]).pairs[0]


def described(base: str, other: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [
        (s.kind.value, s.base.of(base), s.other.of(other), tuple(f.value for f in s.flags))
        for s in pair(base, other).segments
    ]


def test_identical_texts_are_one_equal_segment() -> None:
    text = "One sentence here. Another one there.\n\nA second paragraph."
    result = pair(text, text)
    assert [(s.kind, s.base.start, s.base.end) for s in result.segments] == [
        (Kind.EQUAL, 0, len(text))
    ]
    assert result.similarity == 1.0


def test_changed_name_is_drift_with_name_flag() -> None:
    base = "Kremlin spokesman Dmitry Peskov said it was alarming. Talks begin Tuesday."
    other = "Kremlin spokesman Dmitry Peshkov said it was alarming. Talks begin Tuesday."
    assert described(base, other) == [
        ("equal", "Kremlin spokesman Dmitry ", "Kremlin spokesman Dmitry ", ()),
        ("drift", "Peskov", "Peshkov", ("name",)),
        ("equal", base[31:], other[32:], ()),
    ]


def test_changed_number_inside_quote() -> None:
    base = 'The mayor said: "We have 160,000 people trapped."'
    other = 'The mayor said: "We have 150,000 people trapped."'
    assert described(base, other)[1] == ("drift", "160,000", "150,000", ("quote", "number"))


def test_lost_negation() -> None:
    base = "The official did not confirm the repairs."
    other = "The official confirmed the repairs."
    assert described(base, other) == [
        ("equal", "The official ", "The official ", ()),
        ("drift", "did not confirm", "confirmed", ("negation",)),
        ("equal", " the repairs.", " the repairs.", ()),
    ]


def test_typography_is_cosmetic() -> None:
    base = "A senior U.S. official said “four” buses left."
    other = 'A senior US official said "4" buses left.'
    kinds = {s.kind for s in pair(base, other).segments}
    assert kinds == {Kind.EQUAL, Kind.COSMETIC}
    assert pair(base, other).similarity == 1.0


def test_omitted_and_added_paragraphs() -> None:
    base = "Intro line stays.\n\nThis paragraph was cut entirely.\n\nClosing line stays."
    other = "Intro line stays.\n\nClosing line stays.\n\nA brand new paragraph appears."
    assert described(base, other) == [
        ("equal", "Intro line stays.\n\n", "Intro line stays.\n\n", ()),
        ("omission", "This paragraph was cut entirely.\n\n", "", ()),
        ("equal", "Closing line stays.", "Closing line stays.\n\n", ()),
        ("addition", "", "A brand new paragraph appears.", ()),
    ]
    segments = pair(base, other).segments
    assert segments[1].other.start == len("Intro line stays.\n\n")  # where the gap is


def test_moved_paragraph() -> None:
    base = "Alpha reports rain today.\n\nBeta warns of floods.\n\nGamma counts the damage."
    other = "Gamma counts the damage.\n\nAlpha reports rain today.\n\nBeta warns of floods."
    result = pair(base, other)
    moved = [s for s in result.segments if s.kind is Kind.MOVED]
    assert [(s.base.of(base), s.other.of(other)) for s in moved] == [
        ("Gamma counts the damage.", "Gamma counts the damage.\n\n")
    ]
    assert not [s for s in result.segments if s.kind in (Kind.OMISSION, Kind.ADDITION)]


def test_split_sentence_aligns_one_to_two() -> None:
    base = "The council approved the flood budget and the mayor promised new pumps by May."
    other = "The council approved the flood budget. The mayor promised new pumps by May."
    result = pair(base, other)
    assert [b.kind.value for b in result.blocks] == ["aligned"]
    assert {s.kind for s in result.segments} <= {Kind.EQUAL, Kind.DRIFT, Kind.COSMETIC}


def test_emoji_and_non_bmp_text_survive() -> None:
    base = "Fans cheered 🎉 at the stadium. 𝒜 rare glyph."
    other = "Fans cheered 🎊 at the stadium. 𝒜 rare glyph."
    result = described(base, other)
    assert ("drift", "🎉", "🎊", ()) in result


def test_flags_exist_only_on_findings() -> None:
    result = pair('He said "yes" to 4 plans.', 'He said "no" to 5 plans.')
    for segment in result.segments:
        if segment.kind in (Kind.EQUAL, Kind.COSMETIC, Kind.MOVED):
            assert segment.flags == ()
    assert any(Flag.QUOTE in s.flags for s in result.segments)


def test_long_rewording_keeps_shared_words_equal() -> None:
    """Issue 11: a 47-word rewording was one replacement although phrases and a year were on
    both sides; diff-match-patch's semantic cleanup folded them into the change."""
    a = "The council rejected the plan over its road budget, including bridges, which the mayor"
    a += " proposed in 2019, and the park."
    b = "Residents say progress is slow on proposals for the town, but the council has not agreed"
    b += " on its road budget, including bridges, approved by the board in 2019, and the park."
    pair = compare_documents([Document("a", "a", a), Document("b", "b", b)]).pairs[0]
    equal = [s.base.of(a) for s in pair.segments if s.kind is Kind.EQUAL]
    assert " its road budget, including bridges, " in equal
    assert " in 2019, and the park." in equal
    # a lone function word between two rewordings is not kept as a match
    assert all(text.strip() not in ("the", "on") for text in equal)


# A claim stated twice in the base: reworded in the lead, and again in the body.
STATED_TWICE = (
    "Officials said the bridge over the Kessel river will close for repairs in May. "
    "The council met on Tuesday to discuss the budget. "
    "Traffic will move to the old ferry road near the harbour. "
    "The bridge over the Kessel river will close in May for repairs, officials said."
)

# The same story with the body's sentence copied word for word and the lead's dropped.
BODY_COPIED = (
    "The council met on Tuesday to discuss the budget. "
    "The bridge over the Kessel river will close in May for repairs, officials said. "
    "Traffic will move to the old ferry road near the harbour."
)


def test_a_claim_restated_links_to_both_places() -> None:
    """Issue 11: a base sentence whose claim the other version states twice (or the other way
    round) may link to both; the second place is a restatement (``also``), not an omission
    hiding its counterpart."""
    a = STATED_TWICE
    b = (
        "The council met on Tuesday to discuss the budget. "
        "The bridge over the Kessel river closes for repairs in May, officials said. "
        "Traffic will move to the old ferry road near the harbour."
    )
    result = compare_documents([Document("a", "a", a), Document("b", "b", b)]).pairs[0]
    bridge = b.index("The bridge")
    (link,) = result.also
    assert link.other.start == bridge
    assert a[link.base.start :].startswith("The bridge over the Kessel river will close in May")
    assert result.coverage == 1.0  # every sentence's content is in the other version
    assert result.similarity < 1.0


# One base sentence holding two claims; the other version keeps the first in place and gives
# the quote later, in other words.
TWO_CLAIMS = (
    "The council met on Tuesday to discuss the budget. "
    "Mayor Lina Ortiz said the harbour bridge would reopen in June, and warned: "
    '"We will not let the ferry company double its fares." '
    "Traffic will move to the old ferry road near the harbour."
)
CLAIMS_SPLIT = (
    "The council met on Tuesday to discuss the budget. "
    "Mayor Lina Ortiz said on Tuesday the harbour bridge would reopen in June. "
    "Traffic will move to the old ferry road near the harbour. "
    '"The ferry company will not be allowed to double its fares," Ortiz told reporters.'
)


def test_a_sentence_saying_what_its_match_left_out_is_a_restatement() -> None:
    """Issue 11 (seeds 000 and 003: Biden's quote dropped from the Kremlin sentence and given
    later): the later sentence says the part of the base sentence that its own match leaves
    out, so it links there too instead of reading as an unrelated addition."""
    a, b = TWO_CLAIMS, CLAIMS_SPLIT
    documents = [Document("a", "a", a), Document("b", "b", b)]
    result = compare_documents(documents).pairs[0]
    (link,) = result.also
    assert link.base.of(a).startswith("Mayor Lina Ortiz said the harbour bridge")
    assert link.other.of(b).startswith('"The ferry company will not')
    kinds = [(block.kind.value, block.other.of(b)[:12]) for block in result.blocks]
    assert kinds[-1] == ("added", '"The ferry c')  # still added where it stands
    strict = CompareOptions(rest_share=1.0, rest_similarity=1.0)
    assert compare_documents(documents, options=strict).pairs[0].also == ()


def test_a_sentence_repeating_what_the_match_already_says_is_not_linked_by_its_rest() -> None:
    """The shared words must lie in the part the match leaves out: a later sentence that
    only repeats the reopening (said by the match already, and more clearly) is no link."""
    a = TWO_CLAIMS
    b = CLAIMS_SPLIT.replace(
        '"The ferry company will not be allowed to double its fares," Ortiz told reporters.',
        "Mayor Ortiz said the harbour bridge will reopen in June after repairs.",
    )
    documents = [Document("a", "a", a), Document("b", "b", b)]
    assert compare_documents(documents).pairs[0].also == ()
    anywhere = CompareOptions(rest_share=0.0, rest_similarity=0.0)
    assert len(compare_documents(documents, options=anywhere).pairs[0].also) == 1


def test_coverage_counts_reworded_text_similarity_does_not() -> None:
    a = "The mayor praised the volunteers who cleared the flooded streets overnight."
    b = "Volunteers who cleaned the waterlogged roads during the night won the mayor's praise."
    result = compare_documents([Document("a", "a", a), Document("b", "b", b)]).pairs[0]
    assert result.coverage == 1.0
    assert result.similarity < 0.5


def test_a_claim_copied_word_for_word_elsewhere_is_a_restatement_too() -> None:
    """Review: the usual news case (the lead reworded, the body copied verbatim) found no
    restatement, because the counterpart was matched word for word before the similarity
    scorer existed; the reworded lead was shown as an omission."""
    a = STATED_TWICE
    b = BODY_COPIED
    result = compare_documents([Document("a", "a", a), Document("b", "b", b)]).pairs[0]
    (link,) = result.also
    assert link.base.of(a).startswith("Officials said the bridge")
    assert link.other.of(b).startswith("The bridge over")
    assert result.coverage == 1.0


def test_restatements_beside_twins_are_looked_for_within_the_reach_only() -> None:
    """Beyond ``restatement_reach`` characters (a book, not an article) the search for
    restatements among sentences copied word for word is skipped: at 100,000 words it cost
    half the comparison."""
    a, b = STATED_TWICE, BODY_COPIED
    documents = [Document("a", "a", a), Document("b", "b", b)]
    within = CompareOptions(restatement_reach=len(a) + len(b))
    beyond = CompareOptions(restatement_reach=len(a))
    assert len(compare_documents(documents, options=within).pairs[0].also) == 1
    assert compare_documents(documents, options=beyond).pairs[0].also == ()
