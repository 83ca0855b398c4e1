"""The report's claims section: every quotation and figure, one row across all versions."""

from __future__ import annotations

from dataclasses import dataclass

from viewer.core.claim_cells import claim_cell, claim_differs, claim_title
from viewer.core.claims import Claim
from viewer.core.model import Comparison

__all__ = ["ClaimRow", "Place", "claim_rows"]


@dataclass(frozen=True, slots=True)
class Place:
    """One occurrence in a cell: the version's paragraph and its wording."""

    paragraph: int
    wording: str


@dataclass(frozen=True, slots=True)
class ClaimRow:
    kind: str  # "quote" or "number"
    title: str  # the figure, or the quotation's first words
    cells: tuple[tuple[Place, ...], ...]  # per version, in document order; empty: absent
    differs: bool  # the versions stating it give other figures or wordings


def claim_rows(comparison: Comparison, claims: tuple[Claim, ...]) -> list[ClaimRow]:
    documents = range(len(comparison.documents))
    return [
        ClaimRow(
            claim.kind.value,
            claim_title(claim),
            tuple(
                tuple(Place(o.paragraph, o.wording) for o in claim_cell(claim, k).occurrences)
                for k in documents
            ),
            claim_differs(claim, documents),
        )
        for claim in claims
    ]
