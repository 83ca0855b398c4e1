"""The report carries the review: verdicts and notes on findings, a summary at the top, the
rows aligned by hand, only confirmed changes on request, and the claims table (issue 14)."""

from __future__ import annotations

from datetime import UTC, datetime

import html5lib
import pytest

from tests.conftest import doc, seed
from viewer.core import Comparison, Kind, compare_documents
from viewer.core.model import Span
from viewer.core.review import (
    Decision,
    LinkAction,
    ManualLink,
    Review,
    Verdict,
    finding_key,
)
from viewer.export.html_report import NAV_SCRIPT, Layout, ReportOptions, render_report

NOON = datetime(2024, 5, 6, 12, 0, tzinfo=UTC)
BASE = (
    "The council approved the budget on Monday.\n\n"
    "Residents had asked for more buses on the night routes.\n\n"
    "The mayor said 40 buses would be added."
)
OTHER = (
    "The council approved the budget on Tuesday.\n\n"
    "Commuters wanted extra late-night transport.\n\n"
    "The mayor said 14 buses would be added."
)
HOSTILE_NOTE = '<script>alert(1)</script></td></tr> <img src=x onerror=alert(2)> "quoted"'


def span_of(text: str, sentence: str) -> Span:
    start = text.index(sentence)
    return Span(start, start + len(sentence))


def reviewed() -> tuple[Comparison, Review]:
    link = ManualLink(
        1,
        LinkAction.LINK,
        span_of(BASE, "Residents had asked"),
        span_of(OTHER, "Commuters wanted"),
    )
    documents = [doc(BASE, "wire"), doc(OTHER, "outlet")]
    comparison = compare_documents(documents, links=[link])
    pair = comparison.pairs[0]
    number = next(s for s in pair.findings if "40" in s.base.of(BASE))
    day = next(s for s in pair.findings if "Monday" in s.base.of(BASE))
    review = Review(links=(link,))
    review = review.decide(
        finding_key(comparison, pair, number), Decision(Verdict.CONFIRMED, HOSTILE_NOTE)
    )
    review = review.decide(finding_key(comparison, pair, day), Decision(Verdict.NOT_SIGNIFICANT))
    return comparison, review


def options(**kwargs: object) -> ReportOptions:
    return ReportOptions(now=lambda: NOON, **kwargs)  # type: ignore[arg-type]


def parse(report: str) -> object:
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(report)


def text_of(element: object) -> str:
    return " ".join("".join(element.itertext()).split())  # type: ignore[attr-defined]


def test_verdicts_and_notes_in_the_index_the_rows_and_the_summary() -> None:
    comparison, review = reviewed()
    report = render_report(comparison, options(review=review, review_name="desk.redline"))
    tree = parse(report)
    summary = tree.find(".//section[@id='review']")  # type: ignore[attr-defined]
    assert summary is not None
    line = text_of(summary)
    assert "desk.redline" in line
    assert "wire → outlet2 of 3" in line  # two of the three findings have a verdict
    index = [text_of(li) for li in tree.findall(".//ol[@class='findings']/li")]  # type: ignore[attr-defined]
    confirmed = [t for t in index if "confirmed change" in t]
    assert len(confirmed) == 1 and f"Note: {' '.join(HOSTILE_NOTE.split())}" in confirmed[0]
    assert sum("not significant" in t for t in index) == 1
    rows = tree.findall(".//table[@class='rows']//tr")  # type: ignore[attr-defined]
    cells = " ".join(text_of(r) for r in rows)
    assert "confirmed change" in cells and "Note: <script>" in cells
    assert "linked by hand" in cells
    assert [r.get("class") for r in rows if "r-manual" in (r.get("class") or "")] == [
        "r-aligned r-manual"
    ]


def test_hostile_notes_are_shown_literally_and_run_nothing() -> None:
    comparison, review = reviewed()
    for layout in Layout:
        report = render_report(comparison, options(review=review, layout=layout))
        tree = parse(report)
        assert [e.text for e in tree.iter("script")] == [NAV_SCRIPT]  # type: ignore[attr-defined]
        assert not list(tree.iter("img"))  # type: ignore[attr-defined]
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report


def test_only_confirmed_changes_and_no_notes() -> None:
    comparison, review = reviewed()
    report = render_report(comparison, options(review=review, only_confirmed=True))
    tree = parse(report)
    index = tree.findall(".//ol[@class='findings']/li")  # type: ignore[attr-defined]
    assert len(index) == 1 and "confirmed change" in text_of(index[0])
    anchors = [e for e in tree.iter() if e.get("data-finding") is not None]  # type: ignore[attr-defined]
    assert len(anchors) == 1
    assert "only the changes confirmed by the reviewer" in report
    quiet = render_report(comparison, options(review=review, include_notes=False))
    assert "alert(1)" not in quiet and "confirmed change" in quiet


def test_a_report_without_review_has_no_review_section() -> None:
    comparison, _review = reviewed()
    report = render_report(comparison, options())
    assert 'id="review"' not in report and "verdict v-" not in report
    # The rows aligned by hand are still said (the comparison was made with them).
    assert "linked by hand" in report


def test_claims_section_on_the_seeds() -> None:
    labels = ["001", "000", "002", "003", "004"]
    comparison = compare_documents([seed(k) for k in labels], base=0)
    tree = parse(render_report(comparison, options()))
    table = tree.find(".//section[@id='claims']//table")  # type: ignore[attr-defined]
    assert table is not None
    header = [text_of(th) for th in table.findall("./thead/tr/th")]
    assert header == ["Claim", "001 (base)", "000", "002", "003", "004"]
    rows = {text_of(tr.find("th")): tr for tr in table.findall("./tbody/tr")}
    trapped = rows["number 160,000 people"]
    assert all(td.get("class") != "absent" for td in trapped.findall("td"))
    deaths = rows["number 1,119 civilian deaths"]  # one version states it: none disagrees
    present = [td.get("class") != "absent" for td in deaths.findall("td")]
    assert present == [False, False, False, True, False]
    biden = next(tr for name, tr in rows.items() if "cannot remain in power" in name)
    cells = [text_of(td) for td in biden.findall("td")]
    assert "can not stay in power" in cells[1] and cells[4] == "—"


@pytest.mark.parametrize("include", [True, False])
def test_claims_section_can_be_left_out(include: bool) -> None:
    comparison = compare_documents([doc("He said 41 died."), doc("He said 44 died.")])
    report = render_report(comparison, options(include_claims=include))
    assert ('id="claims"' in report) is include


def test_reworded_kind_names_stay_the_reports_own() -> None:
    """The JSON keeps 'drift'; the report's summary and badges say 'reworded'."""
    comparison, review = reviewed()
    assert any(s.kind is Kind.DRIFT for s in comparison.pairs[0].findings)
    report = render_report(comparison, options(review=review))
    assert ">reworded<" in report
