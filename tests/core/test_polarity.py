"""A clause's polarity (issue 18: "negation" was raised on "dislike" / "don't like")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.core.normalize import word_key
from viewer.core.polarity import denies, negating_words


def keys(text: str) -> list[str]:
    return [word_key(w) for w in text.split()]


@pytest.mark.parametrize(
    ("a", "b"),
    [("farmers dislike the rules", "farmers don't like the rules"),
     ("she was unable to accept it", "she could not accept it"),
     ("he never said it", "he did not ever say it"),
     ("it was not aware of any complaint", "it had received no complaint"),
     ("they refused to sign", "they would not sign")],
)  # fmt: skip
def test_the_same_polarity_in_other_words(a: str, b: str) -> None:
    assert denies(keys(a), keys(b)) == denies(keys(b), keys(a)) is True


@pytest.mark.parametrize(
    ("a", "b"),
    [("officials did not confirm it", "officials confirmed it"),
     ("they did not deny it", "they denied it"),
     ("inflation had not yet peaked", "inflation had already peaked")],
)  # fmt: skip
def test_a_reversed_clause(a: str, b: str) -> None:
    assert denies(keys(a), keys(b)) != denies(keys(b), keys(a))


def test_a_prefixed_word_denies_only_against_its_stem() -> None:
    assert negating_words(keys("an unhappy town"), keys("a happy town")) == ("unhappy",)
    assert negating_words(keys("an unhappy town"), keys("a sad town")) == ()
    assert negating_words(keys("inside the city"), keys("the side of the city")) == ()


@given(st.lists(st.sampled_from(["not", "never", "said", "unable", "it", "no", "a"]), max_size=8))
def test_two_more_negations_keep_the_polarity(words: list[str]) -> None:
    facing: list[str] = []
    assert denies(words, facing) == denies([*words, "not", "never"], facing)
    assert denies(words, facing) != denies([*words, "not"], facing)
