"""Flags and their evidence on tiny inputs (issue 11: flags that cried wolf)."""

from tests.conftest import doc
from viewer.core import Flag, Kind, compare_documents
from viewer.core.model import Evidence, Segment


def findings(base: str, other: str) -> list[Segment]:
    return list(compare_documents([doc(base, "a"), doc(other, "b")]).pairs[0].findings)


def only(base: str, other: str) -> Segment:
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
