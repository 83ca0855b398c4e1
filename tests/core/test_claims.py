"""The claims table: every figure and quotation, one row across all versions (issue 14)."""

import pytest

from tests.conftest import doc, seed
from viewer.core import compare_documents
from viewer.core.claims import Claim, ClaimKind, claims_table


def test_figures_and_reworded_quotes_on_small_versions() -> None:
    a = doc('The mayor said 160,000 people were trapped. "We will not leave," he said.', "a")
    b = doc('The mayor said 100,000 people were trapped. "We shall not leave," he said.', "b")
    c = doc("The mayor said 160,000 people were trapped in the city.", "c")
    rows = claims_table(compare_documents([a, b, c]))
    by_label = {(r.kind, r.label): r for r in rows}
    assert by_label[(ClaimKind.NUMBER, "160,000")].documents() == {0, 2}
    assert by_label[(ClaimKind.NUMBER, "100,000")].documents() == {1}
    quote = by_label[(ClaimKind.QUOTE, '"We will not leave,"')]
    assert [o.wording for o in quote.occurrences] == [
        '"We will not leave,"',
        '"We shall not leave,"',
    ]
    assert quote.documents() == {0, 1}


def row_with(rows: tuple[Claim, ...], kind: ClaimKind, text: str) -> Claim:
    return next(r for r in rows if r.kind is kind and any(text in o.wording for o in r.occurrences))


def test_the_seeds() -> None:
    """160,000 trapped everywhere, the Biden quotation in its reworded forms, and the
    1,119 civilian deaths only in 003."""
    labels = ["000", "001", "002", "003", "004"]
    comparison = compare_documents([seed(k) for k in labels], base=1)
    rows = claims_table(comparison)
    name = dict(enumerate(labels))

    trapped = row_with(rows, ClaimKind.NUMBER, "160,000")
    assert {name[d] for d in trapped.documents()} == set(labels)
    assert any("160,000 trapped civilians" in o.wording for o in trapped.in_document(4))

    biden = row_with(rows, ClaimKind.QUOTE, "cannot remain in power")
    wordings = {name[o.document]: o.wording for o in biden.occurrences}
    assert {"000", "001", "003"} <= set(wordings)
    assert "can not stay in power" in wordings["000"]
    assert "004" not in wordings  # 004 reports it without quoting it

    deaths = row_with(rows, ClaimKind.NUMBER, "1,119 civilian deaths")
    assert {name[d] for d in deaths.documents()} == {"003"}
    assert deaths.occurrences[0].paragraph >= 1


def test_dates_and_scaled_figures_are_claims_of_their_own() -> None:
    """ "10" in "March 10" and in "10 million people" are different figures."""
    a = doc("They met on March 10. Some 10 million people fled.", "a")
    b = doc("They met on March 11. Some 10 million people fled.", "b")
    rows = {r.label: r.documents() for r in claims_table(compare_documents([a, b]))}
    assert rows["March 10"] == {0}
    assert rows["March 11"] == {1}
    assert rows["10 million"] == {0, 1}


def test_a_figure_reads_in_its_whole_clause() -> None:
    a = doc("Water rose. The mayor said 160,000 people were trapped. Help came.", "a")
    (row,) = [
        r for r in claims_table(compare_documents([a, doc("x", "b")])) if r.label == "160,000"
    ]
    assert row.occurrences[0].wording == "The mayor said 160,000 people were trapped."
    b = doc("The U.S. Army said 10 soldiers died.", "b")
    (ten,) = [r for r in claims_table(compare_documents([b, doc("x", "c")])) if r.label == "10"]
    assert ten.occurrences[0].wording == "The U.S. Army said 10 soldiers died."  # "U." ends nothing


def test_a_long_table_checks_often_and_stops_when_told() -> None:
    """Issue 14: a table of two million-word versions takes seconds; the app's job must be
    able to drop it when another comparison is shown (the check raises)."""
    paragraph = 'The mayor said 40 buses ran on 3 routes. "We need more," she said. '
    text = paragraph * 2_000  # 28,000 words
    comparison = compare_documents([doc(text), doc(text.replace("40", "14"))])
    calls: list[int] = []

    def count() -> None:
        calls.append(1)

    whole = claims_table(comparison, count)
    assert len(calls) >= 2 * 28_000 // 2048  # every 2,048 tokens of each version at least
    assert whole == claims_table(comparison)  # checking changes nothing

    class Stop(Exception):
        pass

    def stop_at_the_third() -> None:
        calls.append(1)
        if len(calls) > 2:
            raise Stop

    calls.clear()
    with pytest.raises(Stop):
        claims_table(comparison, stop_at_the_third)
    assert len(calls) == 3
