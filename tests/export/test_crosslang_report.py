"""The HTML report of a story and its translation: each version's language, how the pair
was aligned, and only the flagged translated pairs in the findings index."""

from __future__ import annotations

from pathlib import Path

from viewer.core import Document, compare_documents
from viewer.export.html_report import ReportOptions, render_report

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "crosslang"


def test_languages_alignment_and_findings() -> None:
    documents = [
        Document(p.name, p.name, p.read_text(encoding="utf-8"))
        for p in (FIXTURES / "flood.ru.txt", FIXTURES / "flood.en.txt")
    ]
    report = render_report(compare_documents(documents), ReportOptions(include_claims=False))
    assert '<th scope="col">Language</th>' in report
    assert "<td>Russian</td>" in report and "<td>English</td>" in report
    assert (
        "Russian → English: aligned by meaning across languages (multilingual-e5-small)" in report
    )
    # 7 translated pairs and 1 omission; the index lists the 3 flagged pairs and the omission.
    assert "· 4 findings</p>" in report
