"""The HTML report: structure, hashes, counts, options, and that it parses as valid HTML."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime

import html5lib
import pytest

from tests.conftest import DEMO, demo, doc, seed
from viewer.core import Comparison, Kind, PairComparison, compare_documents
from viewer.core.vocabulary import KIND_WORDS
from viewer.export.html_report import NAV_SCRIPT, ReportOptions, render_report

NOON = datetime(2024, 5, 6, 12, 0, tzinfo=UTC)


def _options(**kwargs: object) -> ReportOptions:
    return ReportOptions(now=lambda: NOON, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def demo_comparison() -> Comparison:
    names = sorted(p.name.split("-")[0] for p in DEMO.glob("*.txt"))
    return compare_documents([demo(n) for n in names], 0)


@pytest.fixture(scope="module")
def seed_comparison() -> Comparison:
    return compare_documents([seed(f"00{k}") for k in range(5)], 1)


def _parse(report: str) -> object:
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(report)


def test_report_is_valid_html(demo_comparison: Comparison) -> None:
    _parse(render_report(demo_comparison, _options()))


def test_every_version_is_listed_with_its_hash_and_word_count(
    demo_comparison: Comparison,
) -> None:
    tree = _parse(render_report(demo_comparison, _options()))
    rows = tree.findall(".//table[@class='versions']/tbody/tr")  # type: ignore[attr-defined]
    assert len(rows) == len(demo_comparison.documents)
    for row, document in zip(rows, demo_comparison.documents, strict=True):
        text = "".join(row.itertext())
        assert document.label in text
        assert hashlib.sha256(document.text.encode("utf-8")).hexdigest() in text


def test_one_anchor_per_finding_and_every_index_link_resolves(
    seed_comparison: Comparison,
) -> None:
    report = render_report(seed_comparison, _options())
    tree = _parse(report)
    ids = [e.get("id") for e in tree.iter() if e.get("id")]  # type: ignore[attr-defined]
    assert len(ids) == len(set(ids)), "ids are unique"
    for pair in seed_comparison.pairs:
        anchors = [i for i in ids if re.fullmatch(rf"v{pair.other}-f\d+", i)]
        assert len(anchors) == len(pair.findings)
        marked = tree.findall(".//*[@data-finding]")  # type: ignore[attr-defined]
        assert sum(1 for e in marked if e.get("id").startswith(f"v{pair.other}-")) == len(
            pair.findings
        )
    links = {
        e.get("href")[1:]
        for e in tree.iter("a")  # type: ignore[attr-defined]
        if (e.get("href") or "").startswith("#")
    }
    assert links <= set(ids)


def test_summary_counts_match_the_comparison(demo_comparison: Comparison) -> None:
    tree = _parse(render_report(demo_comparison, _options()))
    sections = tree.findall(".//section[@class='pair']")  # type: ignore[attr-defined]
    assert len(sections) == len(demo_comparison.pairs)
    for section, pair in zip(sections, demo_comparison.pairs, strict=True):
        summary = section.find(".//ul[@class='summary']")
        items = [" ".join("".join(li.itertext()).split()) for li in summary.findall("li")]
        for kind, count in pair.counts.items():
            # One vocabulary everywhere: "added", "omitted", "reworded" (the JSON says drift).
            assert f"{KIND_WORDS[kind]} {count}" in items


def test_one_row_per_block(demo_comparison: Comparison) -> None:
    tree = _parse(render_report(demo_comparison, _options()))
    for pair in demo_comparison.pairs:
        rows = [
            e
            for e in tree.iter("tr")  # type: ignore[attr-defined]
            if re.fullmatch(rf"v{pair.other}-r\d+", e.get("id") or "")
        ]
        assert len(rows) == len(pair.blocks)


def test_cells_reproduce_the_block_text(demo_comparison: Comparison) -> None:
    tree = _parse(render_report(demo_comparison, _options()))
    for pair in demo_comparison.pairs:
        _check_cells(tree, demo_comparison, pair)


def _check_cells(tree: object, comparison: Comparison, pair: PairComparison) -> None:
    base = comparison.documents[pair.base].text
    other = comparison.documents[pair.other].text
    for number, block in enumerate(pair.blocks, start=1):
        row = next(e for e in tree.iter("tr") if e.get("id") == f"v{pair.other}-r{number}")  # type: ignore[attr-defined]
        cells = row.findall("td")
        flags = {e.text for e in row.iter("span") if e.get("class") == "flag"}
        texts = []
        for cell in cells:
            texts.append("".join(t for e in [cell] for t in _text_without_flags(e)))
        if not block.base.is_empty:
            assert texts[0] == block.base.of(base).rstrip()
        if not block.other.is_empty:
            assert texts[1] == block.other.of(other).rstrip()
        assert flags <= {"quote", "number", "name", "negation", "speaker", "time", "boilerplate"}


def _text_without_flags(element: object) -> list[str]:
    out: list[str] = []
    el = element
    if el.text:  # type: ignore[attr-defined]
        out.append(el.text)  # type: ignore[attr-defined]
    for child in el:  # type: ignore[attr-defined]
        if child.get("class") not in ("flag", "note"):
            out.extend(_text_without_flags(child))
        if child.tail:
            out.append(child.tail)
    return out


def test_hide_cosmetic_removes_cosmetic_highlighting(demo_comparison: Comparison) -> None:
    assert any(p.counts[Kind.COSMETIC] for p in demo_comparison.pairs)
    shown = render_report(demo_comparison, _options())
    hidden = render_report(demo_comparison, _options(hide_cosmetic=True))
    assert 'class="cosm"' in shown
    assert 'class="cosm"' not in hidden
    tree = _parse(hidden)
    for pair in demo_comparison.pairs:
        visible = [s for s in pair.findings if s.kind is not Kind.COSMETIC]
        marked = [
            e
            for e in tree.findall(".//*[@data-finding]")  # type: ignore[attr-defined]
            if e.get("id").startswith(f"v{pair.other}-")
        ]
        assert len(marked) == len(visible)


def test_pairs_option_limits_the_report_to_the_current_pair(
    demo_comparison: Comparison,
) -> None:
    report = render_report(demo_comparison, _options(pairs=(2,)))
    tree = _parse(report)
    sections = tree.findall(".//section[@class='pair']")  # type: ignore[attr-defined]
    assert [s.get("id") for s in sections] == ["v2"]
    with pytest.raises(ValueError, match="version"):
        render_report(demo_comparison, _options(pairs=(0,)))


def test_title_date_and_matrix(demo_comparison: Comparison) -> None:
    report = render_report(demo_comparison, _options(title="Flood story"))
    assert "<title>Flood story</title>" in report
    assert "2024-05-06" in report
    assert 'class="matrix"' in report
    two = compare_documents([doc("One two three."), doc("One two four.")], 0)
    assert 'class="matrix"' not in render_report(two, _options())


def test_provenance_from_metadata_is_shown() -> None:
    from viewer.core import Document

    fetched = Document(
        "page.html",
        "page",
        "Alpha beta gamma.",
        {"url": "https://example.org/a?b=1&c=2", "fetched": "2024-05-06T10:00:00Z"},
    )
    comparison = compare_documents([doc("Alpha beta delta."), fetched], 0)
    report = render_report(comparison, _options())
    assert "https://example.org/a?b=1&amp;c=2" in report
    assert "2024-05-06T10:00:00Z" in report


def test_only_script_is_the_navigation_script(demo_comparison: Comparison) -> None:
    tree = _parse(render_report(demo_comparison, _options()))
    scripts = list(tree.iter("script"))  # type: ignore[attr-defined]
    assert [s.text for s in scripts] == [NAV_SCRIPT]


def test_identical_versions_report_no_differences() -> None:
    comparison = compare_documents([doc("Same text."), doc("Same text.")], 0)
    report = render_report(comparison, _options())
    _parse(report)
    assert "No differences" in report


def test_a_finding_with_several_changes_marks_each_in_the_index() -> None:
    """Issue 18: one finding per reworded sentence; the index marks each change inside it,
    not the whole stretch between the first and the last."""
    from viewer.core import Document

    base = "The mayor said on Monday that 160,000 people were still trapped in the city."
    other = "The mayor said on Tuesday that 100,000 people were trapped in the port."
    comparison = compare_documents([Document("a", "a", base), Document("b", "b", other)])
    report = render_report(comparison, ReportOptions())
    assert '<span class="chg">city</span>' in report
    assert '<span class="ctx"> people were </span><span class="chg">still</span>' in report
