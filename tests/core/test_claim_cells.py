"""The claims table as the panel and the report show it (issue 14)."""

from tests.conftest import doc
from viewer.core import compare_documents
from viewer.core.claim_cells import claim_cell, claim_differs, claim_missing, select_claims
from viewer.core.claims import ClaimKind, claims_table


def test_cells_say_where_and_how_each_version_words_it() -> None:
    a = doc('The mayor said 160,000 people were trapped. "We will not leave," he said.', "a")
    b = doc('The mayor said 100,000 people were trapped. "We shall not leave," he said.', "b")
    c = doc("The mayor said 160,000 people were trapped in the city.", "c")
    comparison = compare_documents([a, b, c])
    claims = claims_table(comparison)
    trapped = next(c for c in claims if c.label == "160,000 people")
    assert claim_cell(trapped, 0).text(around=True).startswith("¶1 The mayor said 160,000 people")
    years = doc("In the years since 2010 the town has counted 10 deaths.", "y")
    rows = claims_table(compare_documents([years, doc("x", "z")]))
    ten = next(c for c in rows if c.label == "10 deaths")
    # the figure is found as a word, not inside "2010"
    assert claim_cell(ten, 0).text(around=True) == "¶1 …town has counted 10 deaths."
    assert claim_cell(trapped, 1).text() == "¶1 The mayor said 100,000 people were trapped."
    assert claim_cell(ten, 1).text() == "—" and not claim_cell(ten, 1).present
    assert claim_cell(ten, 1).details() == "not in this version"
    assert claim_differs(trapped, [0, 1, 2])  # 100,000 where the others say 160,000
    assert not claim_differs(ten, [0, 1])  # only one version states it: no disagreement
    assert claim_missing(ten, [0, 1]) and not claim_missing(trapped, [0, 1, 2])
    quote = next(c for c in claims if c.kind is ClaimKind.QUOTE)
    assert claim_differs(quote, [0, 1])  # worded differently, though both have it
    assert select_claims(claims, [0, 1, 2], ClaimKind.QUOTE) == (quote,)
    assert trapped in select_claims(claims, [0, 1, 2], differing=True)
    same = doc("The mayor said 160,000 people were trapped.", "d")
    agreed = claims_table(compare_documents([a, same]))
    assert select_claims(agreed, [0, 1], ClaimKind.NUMBER, differing=True) == ()
