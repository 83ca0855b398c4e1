"""Findings as the reader counts them: one per changed sentence group, passage or move."""

from __future__ import annotations

from tests.conftest import doc
from viewer.core import Kind, compare_documents
from viewer.core.findings import describe_finding
from viewer.core.locations import Locator
from viewer.core.model import PairComparison


def _pair(base: str, other: str) -> PairComparison:
    return compare_documents([doc(base), doc(other)]).pairs[0]


def test_a_sentence_with_several_changed_words_is_one_finding() -> None:
    """Issue 18: 001 §3 against its counterpart was seven findings."""
    base = "The mayor said on Monday that 160,000 people were still trapped in the city."
    other = "The mayor said on Tuesday that 100,000 people were trapped in the port."
    pair = _pair(base, other)
    assert [f.kind for f in pair.findings] == [Kind.DRIFT]
    text = describe_finding(pair.findings[0], base, other, Locator.of(pair, base))
    # "that" between two changes dissolves into them (the word diff's cleanup)
    assert text.before.plain() == (
        "The mayor said on [Monday that 160,000] people were [still] trapped in the [city]."
    )
    assert text.after.plain() == (
        "The mayor said on [Tuesday that 100,000] people were trapped in the [port]."
    )


def test_function_words_and_punctuation_alone_are_cosmetic() -> None:
    """Issue 18: "the", "in", "have" cut or swapped were reworded findings of their own."""
    base = "Ukraine and Russia were preparing for the talks in Istanbul."
    other = "Ukraine and Russia are preparing for talks at Istanbul"
    pair = _pair(base, other)
    assert [f.kind for f in pair.findings] == [Kind.COSMETIC]


def test_negations_modals_and_quantifiers_are_never_cosmetic() -> None:
    for base, other in (
        ("The army did withdraw from the city.", "The army did not withdraw from the city."),
        ("The army will withdraw from the city.", "The army may withdraw from the city."),
        ("All the troops left the city.", "Some of the troops left the city."),
    ):
        assert [f.kind for f in _pair(base, other).findings] == [Kind.DRIFT], (base, other)


def test_a_moved_paragraph_is_one_finding_whatever_changed_inside() -> None:
    first = "The council met on Monday. It approved the budget for the year."
    second = "Rain fell across the region overnight. Rivers rose by four feet."
    base = f"{first}\n\n{second}"
    other = f"{second.replace('four', 'five')}\n\n{first}"
    pair = _pair(base, other)
    kinds = [f.kind for f in pair.findings]
    assert kinds.count(Kind.MOVED) == 1, kinds


def test_an_omitted_passage_is_one_finding() -> None:
    base = "Alpha rose today. Beta fell sharply. Gamma closed lower. Delta held steady."
    other = "Alpha rose today. Delta held steady."
    pair = _pair(base, other)
    assert [f.kind for f in pair.findings] == [Kind.OMISSION]
    assert pair.findings[0].base.of(base).strip() == "Beta fell sharply. Gamma closed lower."
