"""Flags and their evidence on tiny inputs (issue 11: flags that cried wolf)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import doc
from viewer.core import Flag, Kind, compare_documents
from viewer.core.analysis import DocumentAnalysis
from viewer.core.flags import Flagger
from viewer.core.model import Evidence, Finding, Span


def findings(base: str, other: str) -> list[Finding]:
    return list(compare_documents([doc(base, "a"), doc(other, "b")]).pairs[0].findings)


def only(base: str, other: str) -> Finding:
    found = [s for s in findings(base, other) if s.kind is not Kind.COSMETIC]
    assert len(found) == 1, found
    return found[0]


def test_a_changed_figure_names_both_values() -> None:
    segment = only(
        "The mayor said 160,000 people were trapped in the city on Friday.",
        "The mayor said 100,000 people were trapped in the city on Friday.",
    )
    assert segment.flags == (Flag.NUMBER,)
    assert segment.evidence == (Evidence(Flag.NUMBER, ("160,000",), ("100,000",)),)


def test_a_weekday_is_not_a_name() -> None:
    """7 of 49 name flags on the seeds were Monday/Tuesday."""
    segment = only(
        "Delegations arrive in Istanbul on Monday for the talks.",
        "Delegations arrive in Istanbul on Tuesday for the talks.",
    )
    assert segment.kind is Kind.DRIFT
    assert Flag.NAME not in segment.flags


def test_a_spelled_small_number_that_is_no_figure() -> None:
    """ "two" was flagged as a number in "the two sides"."""
    segment = only(
        "When the sides last met, the minister walked out of the room.",
        "When the two sides last met, the minister walked out of the room.",
    )
    assert Flag.NUMBER not in segment.flags
    segment = only(
        "The two sides met in the capital for a long round of talks.",
        "The three sides met in the capital for a long round of talks.",
    )
    assert segment.evidence == (Evidence(Flag.NUMBER, ("two",), ("three",)),)


def test_transliterations_are_name_changes_demonyms_are_not() -> None:
    segment = only(
        "Moscow wants the region known as the Donbas for its separatists.",
        "Moscow wants the region known as the Donbass for its separatists.",
    )
    assert segment.evidence == (Evidence(Flag.NAME, ("Donbas",), ("Donbass",)),)
    segment = only(
        "The delegation from Ukraine met the mediators in the city on time.",
        "The Ukrainian delegation met the mediators in the city on time.",
    )
    assert Flag.NAME not in segment.flags


def test_contractions_are_cosmetic() -> None:
    """ "don't" -> "do not" inside a quote was flagged as a quote change."""
    assert all(
        s.kind is Kind.COSMETIC
        for s in findings('"I don\'t think so," he said.', '"I do not think so," he said.')
    )


def test_negation_needs_a_reversal_in_the_clause() -> None:
    segment = only(
        "Officials did not confirm whether the convoy had left the port.",
        "Officials confirmed that the convoy had left the port.",
    )
    assert Flag.NEGATION in segment.flags
    assert segment.evidence_for(Flag.NEGATION) == Evidence(Flag.NEGATION, ("not",), ())
    # both clauses deny: a rewording, not a reversal
    segment = only(
        "But neither side has budged over the border, the envoy said.",
        "But the two camps do not seem close to agreeing on the border, the envoy said.",
    )
    assert Flag.NEGATION not in segment.flags


def test_boilerplate_carries_only_its_flag() -> None:
    """ "Sign up now for FREE unlimited access to Reuters.com Register" was drift [name]."""
    base = "The talks began in Istanbul. Officials were cautious."
    other = (
        "The talks began in Istanbul. Sign up now for FREE unlimited access to Reuters.com "
        "Register Officials were cautious."
    )
    (segment,) = findings(base, other)
    assert segment.kind is Kind.ADDITION
    assert segment.flags == (Flag.BOILERPLATE,)
    assert segment.evidence[0].other == (
        "Sign up now for FREE unlimited access to Reuters.com Register",
    )


def test_added_text_names_its_new_names_and_figures() -> None:
    base = "The talks began in Istanbul."
    other = "The talks began in Istanbul. Dmytro Kuleba said 41 sites were hit."
    (segment,) = findings(base, other)
    assert segment.kind is Kind.ADDITION
    assert segment.evidence_for(Flag.NUMBER) == Evidence(Flag.NUMBER, (), ("41",))
    assert segment.evidence_for(Flag.NAME) == Evidence(Flag.NAME, (), ("Dmytro Kuleba",))


def flags_of(base: str, other: str) -> set[Flag]:
    return {f for s in findings(base, other) for f in s.flags}


@pytest.mark.parametrize(
    ("base", "other"),
    [("Rescuers reached a third-storey classroom of the school.",
      "Rescuers reached a third storey classroom of the school."),
     ("The river will crest six kilometres downstream, the agency said.",
      "The river will crest 6km downstream, the agency said."),
     ("Firefighters were called to the site thrice in the past year.",
      "Firefighters were called to the site three times in the past year."),
     ("The blaze started near an 8-foot drying machine in the hall.",
      "The blaze started near a drying machine 8 feet high in the hall."),
     ("Officials said four ships had left the port of Odrin.",
      "Officials said 4 vessels had left the port of Odrin.")],
)  # fmt: skip
def test_a_number_in_another_spelling_is_no_number_change(base: str, other: str) -> None:
    """ "number: third -> (nothing)" although the other side said "third-storey"; "six
    kilometers" / "6km", "thrice" / "three times", "8-foot" / "8 feet" raised `number`."""
    assert Flag.NUMBER not in flags_of(base, other)


@pytest.mark.parametrize(
    ("base", "other"),
    [("He said I'd rather wait for the talks to end.",
      "He said I would rather wait for the talks to end."),
     ("Earlier, the minister spoke to reporters in the capital.",
      "Before that, the minister spoke to reporters in the capital."),
     ("Exports remain low, the trade minister told state TV.",
      "Exports remain low, the trade minister told state television.")],
)  # fmt: skip
def test_contractions_openers_and_common_acronyms_raise_no_name(base: str, other: str) -> None:
    """ "I'm", "I'd", "Earlier" and "TV" were flagged as names."""
    assert Flag.NAME not in flags_of(base, other)


def test_a_name_is_named_whole_in_evidence() -> None:
    """ "United" and "Nations" were named one by one."""
    segment = only(
        "Food reached the town on Friday, the United Nations said.",
        "Food reached the town on Friday, the Red Cross said.",
    )
    assert segment.evidence_for(Flag.NAME) == Evidence(
        Flag.NAME, ("United Nations",), ("Red Cross",)
    )
    assert segment.evidence_for(Flag.SPEAKER) == Evidence(
        Flag.SPEAKER, ("the United Nations",), ("the Red Cross",)
    )


@pytest.mark.parametrize(
    ("base", "other"),
    [("Many farmers in the region dislike the new export rules.",
      "Many farmers in the region don't like the new export rules."),
     ("She said she was unable to accept the result of the vote.",
      "She said she could not accept the result of the vote."),
     ("The bank would never hesitate to raise rates again.",
      "The bank would not ever hesitate to raise rates again.")],
)  # fmt: skip
def test_the_same_polarity_in_other_words_is_no_negation(base: str, other: str) -> None:
    """ "dislike" / "don't like" raised `negation`."""
    assert Flag.NEGATION not in flags_of(base, other)


def test_a_changed_speaker_names_both_sources() -> None:
    segment = only(
        "Russia and Ukraine said the delegations would arrive in Istanbul on Monday.",
        "A senior Turkish official said the delegations would arrive in Istanbul on Monday.",
    )
    assert segment.evidence_for(Flag.SPEAKER) == Evidence(
        Flag.SPEAKER, ("Russia and Ukraine",), ("A senior Turkish official",)
    )


def test_a_changed_time_names_both_times() -> None:
    segment = only(
        "The military signalled last week it would focus on the east of the country.",
        "The military signalled on Friday it would focus on the east of the country.",
    )
    assert segment.flags == (Flag.TIME,)
    assert segment.evidence == (Evidence(Flag.TIME, ("last week",), ("Friday",)),)


@pytest.mark.parametrize(
    ("base", "other"),
    [("The army withdrew from the town last week, officials said.",
      "The army withdrew from the town, officials said."),
     ("Officials said the army withdrew from the town last week.",
      "The army withdrew from the town last week.")],
)  # fmt: skip
def test_a_dropped_time_or_speaker_is_no_change_of_it(base: str, other: str) -> None:
    assert not flags_of(base, other) & {Flag.TIME, Flag.SPEAKER}


BASE = (
    "In Kharkiv a missile hit a school, and crews swept a third-storey room, Vitali Klitschko said."
)
OTHER = "Klitschko said a missile hit a school in Kharkiv. Crews swept a room on the third floor."


def _flagger() -> tuple[Flagger, Span, tuple[Span, Span]]:
    base, other = DocumentAnalysis(doc(BASE)), DocumentAnalysis(doc(OTHER))
    cut = OTHER.index("Crews")
    return Flagger(base, other), Span(0, len(BASE)), (Span(0, cut), Span(cut, len(OTHER)))


def test_a_figure_or_name_is_lost_only_when_no_linked_place_has_it() -> None:
    """ "number: third -> (nothing)" and "name: Vitali, Klitschko -> (nothing)" although the
    other version said them in the next sentence."""
    flagger, whole, (first, second) = _flagger()
    storey = BASE.index("third-storey")
    span_b = Span(storey, storey + len("third-storey room"))
    span_o = Span(first.end - 1, first.end - 1)
    one = flagger.flags(Kind.DRIFT, span_b, span_o, (whole,), (first,))
    assert Evidence(Flag.NUMBER, ("third-storey",), ()) in one
    assert flagger.flags(Kind.DRIFT, span_b, span_o, (whole,), (first, second)) == ()
    name = BASE.index("Vitali")
    span_b = Span(name, name + len("Vitali "))
    assert flagger.flags(Kind.DRIFT, span_b, span_o, (whole,), (first,)) == ()


@given(st.integers(0, len(BASE) - 1), st.integers(0, 30), st.booleans(), st.booleans())
def test_more_linked_places_never_lose_more(start: int, width: int, one: bool, two: bool) -> None:
    flagger, whole, (first, second) = _flagger()
    span_b = Span(start, min(len(BASE), start + width))
    span_o = Span(first.end, first.end)
    few = tuple(p for p, keep in ((first, one), (second, two)) if keep)

    def lost(places: tuple[Span, ...]) -> set[tuple[Flag, str]]:
        found = flagger.flags(Kind.DRIFT, span_b, span_o, (whole,), places)
        return {(e.flag, w) for e in found if e.flag in (Flag.NUMBER, Flag.NAME) for w in e.base}

    assert lost((first, second)) <= lost(few)
