"""Which word keys carry meaning (issue 18: negations, modals and quantifiers are never
function words)."""

from __future__ import annotations

import pytest

from viewer.core.meaning import is_meaning_word
from viewer.core.normalize import MODALS, NEGATIONS, QUANTIFIERS, word_key


@pytest.mark.parametrize(
    "word",
    ["not", "didn't", "never", "cannot", "won't", "may", "might", "could", "must", "should",
     "will", "would", "we'll", "all", "some", "none", "no", "every", "few", "many", "most",
     "Kyiv", "160,000", "confirmed"],
)  # fmt: skip
def test_words_that_carry_meaning(word: str) -> None:
    assert is_meaning_word(word_key(word))


@pytest.mark.parametrize("word", ["the", "in", "have", "a", "of", "they're", "it's", "was"])
def test_function_words_carry_none(word: str) -> None:
    assert not is_meaning_word(word_key(word))


def test_every_negation_modal_and_quantifier_carries_meaning() -> None:
    assert all(is_meaning_word(k) for k in NEGATIONS | MODALS | QUANTIFIERS)
