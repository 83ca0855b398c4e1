"""The claims table as cells: what the app's panel and the report show for each claim and
version ("160,000 trapped civilians ¶10", or absent), and which claims differ."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from viewer.core.claims import Claim, ClaimKind, Occurrence
from viewer.core.excerpts import shorten

__all__ = [
    "ABSENT",
    "ClaimCell",
    "claim_cell",
    "claim_differs",
    "claim_missing",
    "claim_title",
    "select_claims",
]

ABSENT = "—"  # a version that does not state the claim


@dataclass(frozen=True, slots=True)
class ClaimCell:
    """One version's side of a claim: how it words it and where, or absent."""

    document: int
    occurrences: tuple[Occurrence, ...]

    @property
    def present(self) -> bool:
        return bool(self.occurrences)

    @property
    def places(self) -> str:
        """``"¶4, ¶11"``: the version's own paragraphs holding the claim."""
        return ", ".join(f"¶{p}" for p in dict.fromkeys(o.paragraph for o in self.occurrences))

    def text(self, around: bool = False) -> str:
        """The places, then the first wording (from a few words before the figure when
        ``around``, so that a narrow cell still shows it); further wordings counted.

        >>> from viewer.core.model import Span
        >>> ClaimCell(2, (Occurrence(2, Span(0, 7), "160,000 trapped civilians", 10),)).text()
        '¶10 160,000 trapped civilians'
        >>> long = "the port of Mariupol, whose mayor said 160,000 people were still trapped inside"
        >>> ClaimCell(0, (Occurrence(0, Span(0, 7), long, 4, 39),)).text(around=True)
        '¶4 …whose mayor said 160,000 people were still trapped inside'
        >>> ClaimCell(3, ()).text()
        '—'
        """
        if not self.occurrences:
            return ABSENT
        first = self.occurrences[0]
        wordings = list(dict.fromkeys(o.wording for o in self.occurrences))
        more = f" (+{len(wordings) - 1} more)" if len(wordings) > 1 else ""
        shown = _around(first.wording, first.at) if around else first.wording
        return f"{self.places} {shown}{more}"

    def details(self) -> str:
        """Every place with its whole sentence, one per line (a tooltip, a report cell's
        title); the wording alone where the sentence is not known."""
        if not self.occurrences:
            return "not in this version"
        return "\n".join(f"¶{o.paragraph}: {o.sentence or o.wording}" for o in self.occurrences)


def claim_title(claim: Claim) -> str:
    """The row's name: the figure, or the quotation's first and last words.

    >>> from viewer.core.model import Span
    >>> words = '"one two three four five six seven eight nine ten eleven twelve thirteen"'
    >>> claim_title(Claim(ClaimKind.QUOTE, words, (Occurrence(0, Span(0, 1), words, 1),)))
    '"one two three four five six seven … [3 words] … eleven twelve thirteen"'
    """
    if claim.kind is ClaimKind.NUMBER:
        return claim.label
    return shorten(claim.label, head=7, tail=3)[0]


def _around(wording: str, at: int, before: int = 3) -> str:
    """``wording`` from a few words before position ``at`` (all of it when that is near)."""
    words = wording[:at].split()
    if len(words) <= before:
        return wording
    return "…" + " ".join(words[-before:]) + " " + wording[at:]


def claim_cell(claim: Claim, document: int) -> ClaimCell:
    return ClaimCell(document, claim.in_document(document))


def claim_differs(claim: Claim, documents: Sequence[int] = ()) -> bool:
    """Whether the versions that state the claim disagree on it: no figure (or wording of a
    quotation, typography aside) is stated by every one of them. A version that does not
    state it disagrees with none (its cell reads "—"; see ``claim_missing``).

    >>> from viewer.core.model import Span
    >>> def say(document, value):
    ...     return Occurrence(document, Span(0, 2), f"{value} dead", 1, 0, value)
    >>> claim_differs(Claim(ClaimKind.NUMBER, "41", (say(0, "41"), say(1, "41"))))
    False
    >>> claim_differs(Claim(ClaimKind.NUMBER, "41", (say(0, "41"), say(2, "14"))))
    True
    """
    said: dict[int, set[str]] = {}
    for o in claim.occurrences:
        said.setdefault(o.document, set()).add(o.value or " ".join(o.wording.split()).casefold())
    return not set.intersection(*said.values()) if said else False


def claim_missing(claim: Claim, documents: Sequence[int]) -> bool:
    """Whether one of ``documents`` does not state the claim."""
    return bool(set(documents) - claim.documents())


def select_claims(
    claims: Sequence[Claim],
    documents: Sequence[int],
    kind: ClaimKind | None = None,
    differing: bool = False,
) -> tuple[Claim, ...]:
    """The claims of ``kind`` (None: both), only those the versions disagree on when asked."""
    return tuple(
        c
        for c in claims
        if (kind is None or c.kind is kind) and (not differing or claim_differs(c, documents))
    )
