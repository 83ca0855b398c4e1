"""The claims table: every figure and quotation, one row across all versions (issue 14)."""

import pytest

from tests.conftest import doc, seed
from viewer.core import compare_documents
from viewer.core.claim_cells import claim_differs
from viewer.core.claims import Claim, ClaimKind, claims_table


def test_figures_and_reworded_quotes_on_small_versions() -> None:
    """A changed figure stays in its row: the row counts trapped people, whatever the value."""
    a = doc('The mayor said 160,000 people were trapped. "We will not leave," he said.', "a")
    b = doc('The mayor said 100,000 people were trapped. "We shall not leave," he said.', "b")
    c = doc("The mayor said 160,000 people were trapped in the city.", "c")
    rows = claims_table(compare_documents([a, b, c]))
    by_label = {(r.kind, r.label): r for r in rows}
    trapped = by_label[(ClaimKind.NUMBER, "160,000 people")]
    assert [(o.document, o.value) for o in trapped.occurrences] == [
        (0, "160000"),
        (1, "100000"),
        (2, "160000"),
    ]
    assert claim_differs(trapped)
    quote = by_label[(ClaimKind.QUOTE, '"We will not leave,"')]
    assert [o.wording for o in quote.occurrences] == [
        '"We will not leave,"',
        '"We shall not leave,"',
    ]
    assert quote.documents() == {0, 1}


def row_with(rows: tuple[Claim, ...], kind: ClaimKind, text: str) -> Claim:
    return next(r for r in rows if r.kind is kind and any(text in o.wording for o in r.occurrences))


SEEDS = ["001", "000", "002", "003", "004"]  # base 001, as the issue tried them


@pytest.fixture(scope="module")
def seed_rows() -> tuple[Claim, ...]:
    return claims_table(compare_documents([seed(k) for k in SEEDS], base=0))


def test_the_seeds(seed_rows: tuple[Claim, ...]) -> None:
    """160,000 trapped everywhere, the Biden quotation in its reworded forms, and the
    1,119 civilian deaths only in 003."""
    name = dict(enumerate(SEEDS))
    trapped = row_with(seed_rows, ClaimKind.NUMBER, "160,000")
    assert {name[d] for d in trapped.documents()} == set(SEEDS)
    assert any("160,000 civilians" in o.wording for o in trapped.in_document(3))

    biden = row_with(seed_rows, ClaimKind.QUOTE, "cannot remain in power")
    wordings = {name[o.document]: o.wording for o in biden.occurrences}
    assert {"000", "001", "003"} <= set(wordings)
    assert "can not stay in power" in wordings["000"]
    assert "004" not in wordings  # 004 reports it without quoting it

    deaths = row_with(seed_rows, ClaimKind.NUMBER, "1,119 civilian deaths")
    assert {name[d] for d in deaths.documents()} == {"003"}
    assert deaths.occurrences[0].paragraph >= 1


def test_figures_are_paired_by_what_they_count(seed_rows: tuple[Claim, ...]) -> None:
    """Issue 20: the `4` row paired 001's "including 4 children" with 003's "four weeks of
    conflict", the `24` row merged two different sentences of 004, and the `third` row read
    "—" for 004's "third-storey classroom"."""
    children = next(r for r in seed_rows if r.label == "4 children")
    assert children.documents() == {0, 2, 4}  # "4 children", "four children"
    assert not any("weeks" in o.wording for o in children.occurrences)
    weeks = row_with(seed_rows, ClaimKind.NUMBER, "four weeks of conflict")
    assert weeks.documents() == {3} and weeks is not children

    storey = row_with(seed_rows, ClaimKind.NUMBER, "third storey")
    assert "third-storey classroom" in storey.in_document(4)[0].wording
    assert storey.documents() == {0, 2, 4}

    sites = row_with(seed_rows, ClaimKind.NUMBER, "41 Ukrainian military sites")
    hours = [r for r in seed_rows if r.label == "24 hours"]
    assert len(hours) == 2  # "past 24 hours" of the strikes, and of the front line
    strikes = next(r for r in hours if any("41" in o.sentence for o in r.occurrences))
    assert strikes.documents() == {4} and sites.documents() == {4}
    front = next(r for r in hours if r is not strikes)
    assert {1, 2, 4} <= front.documents()


def test_only_real_disagreements_are_marked(seed_rows: tuple[Claim, ...]) -> None:
    """Issue 20: 48 of 51 rows were marked as disagreeing, so the filter removed 3. A version
    that does not state a claim disagrees with none; the figures the seeds state agree."""
    differing = [r for r in seed_rows if claim_differs(r)]
    assert all(r.kind is ClaimKind.QUOTE for r in differing)
    assert 0 < len(differing) < len(seed_rows) // 4
    contraction = row_with(seed_rows, ClaimKind.QUOTE, "any breakthrough")
    said = {o.value for o in contraction.occurrences if "breakthrough on the main" in o.wording}
    assert len(said) == 1  # "don't", "don’t": one wording


def test_cells_carry_the_whole_sentence(seed_rows: tuple[Claim, ...]) -> None:
    trapped = row_with(seed_rows, ClaimKind.NUMBER, "160,000")
    (base,) = trapped.in_document(0)
    assert base.sentence.startswith("On the ground, there was no sign of respite")
    assert base.sentence.endswith("attempts to evacuate them.")


def test_dates_and_scaled_figures_are_claims_of_their_own() -> None:
    """ "10" in "March 10" and in "10 million people" are different figures; a date changed
    in the linked sentence stays in its row."""
    a = doc("The ministers met in Istanbul on March 10 for talks. Some 10 million people fled.")
    b = doc("The ministers met in Istanbul on March 11 for talks. Some 10 million people fled.")
    rows = {r.label: r for r in claims_table(compare_documents([a, b]))}
    assert [o.value for o in rows["March 10"].occurrences] == ["march 10", "march 11"]
    assert rows["10 million people"].documents() == {0, 1}
    assert not claim_differs(rows["10 million people"]) and claim_differs(rows["March 10"])


def test_a_figure_reads_in_its_whole_clause() -> None:
    a = doc("Water rose. The mayor said 160,000 people were trapped. Help came.", "a")
    (row,) = [
        r
        for r in claims_table(compare_documents([a, doc("x", "b")]))
        if r.label == "160,000 people"
    ]
    assert row.occurrences[0].wording == "The mayor said 160,000 people were trapped."
    b = doc("The U.S. Army said 10 soldiers died.", "b")
    (ten,) = [
        r for r in claims_table(compare_documents([b, doc("x", "c")])) if r.label == "10 soldiers"
    ]
    assert ten.occurrences[0].wording == "The U.S. Army said 10 soldiers died."  # "U." ends nothing


def test_one_value_about_different_things_is_two_claims() -> None:
    """The same value counting another thing, in a sentence not linked, is another claim;
    the same value and thing in a sentence saying the same is one."""
    a = doc("Four children were hurt in the shelling of the school.\n\nThe siege began.", "a")
    b = doc("The siege lasted four weeks.\n\n4 children were hurt when the school was shelled.")
    rows = {r.label: r.documents() for r in claims_table(compare_documents([a, b]))}
    assert rows == {"Four children": {0, 1}, "four weeks": {1}}


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
