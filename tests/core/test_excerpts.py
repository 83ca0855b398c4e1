"""Excerpts of findings: whole words, a little context, long passages shortened honestly."""

from __future__ import annotations

import doctest

import viewer.core.excerpts as excerpts
from viewer.core.excerpts import NOTHING, excerpt_in_context, has_words, shorten
from viewer.core.model import Span

TEXT = (
    "The barrier was completed in 2014 after a flood.\n"
    "On the river, there was no sign of relief for residents in flooded streets.\n"
)


def test_doctests() -> None:
    assert doctest.testmod(excerpts).failed == 0


def _span(word: str) -> Span:
    start = TEXT.index(word)
    return Span(start, start + len(word))


def test_context_stays_in_the_paragraph() -> None:
    """Regression: rows of the findings list read "the", "to", "have" with no context."""
    found = excerpt_in_context(TEXT, _span("On the"))
    assert found.before == ""  # the paragraph starts there: no context from the line above
    assert found.after.startswith(" river, there was no")
    end = excerpt_in_context(TEXT, _span("flooded"))
    assert end.before == "…relief for residents in " and end.after == " streets."


def test_empty_side_reads_nothing_not_a_dash() -> None:
    """Regression: "—" meant both "nothing" and an em dash."""
    assert excerpt_in_context(TEXT, Span(5, 5)).plain() == NOTHING == "(nothing)"


def test_long_passages_keep_whole_words_at_both_ends() -> None:
    """Regression: the CLI cut excerpts in the middle of words ("…no sign o…o loophole…")."""
    passage = " ".join(f"word{k}" for k in range(40))
    text, skipped = shorten(passage)
    assert skipped == 22
    assert text.startswith("word0 word1") and text.endswith("word38 word39")
    assert "… [22 words] …" in text
    assert all(piece.startswith(("word", "…", "[")) or piece == "words]" for piece in text.split())
    assert shorten(passage, head=None) == (passage, 0)


def test_punctuation_only() -> None:
    assert not has_words(" . ") and not has_words("“”") and has_words("a.")
