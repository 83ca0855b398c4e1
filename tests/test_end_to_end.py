"""Random Unicode through every path: load -> compare -> JSON -> HTML export."""

from __future__ import annotations

import json
from pathlib import Path

import html5lib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.core import Document, compare_documents
from viewer.export.html_report import ReportOptions, render_report
from viewer.export.json_report import comparison_to_json
from viewer.io import LoadError, load_document

# Text that stresses every layer: non-BMP characters (emoji, CJK extension B), characters
# next to the surrogate range, combining marks, right-to-left scripts, quotes, spacing.
_PIECES = st.sampled_from(
    ["🎉", "𠀋", "\ud7ff", "\ue000", "\ufffd", "e\u0301", "שלום", "مرحبا", "東京", "ภาษา",
     "“", "”", "’", "U.S.", "4", "four", " ", "\n", "\n\n", ". ", "\u00a0", "\u200b", "<b>", "&"]
)  # fmt: skip
unicode_text = st.lists(
    st.one_of(_PIECES, st.text(st.characters(blacklist_categories=("Cs",)), max_size=6)),
    min_size=1,
    max_size=40,
).map("".join)


def _tags_of_a_plain_report() -> frozenset[object]:
    plain = [
        Document("a", "a", "One “quoted” 4 U.S. line.\n\nTwo."),
        Document("b", "b", "One 'quoted' four US line.\n\nThree."),
    ]
    tree = html5lib.parse(
        render_report(compare_documents(plain), ReportOptions()), namespaceHTMLElements=False
    )
    return frozenset(e.tag for e in tree.iter())


TEMPLATE_TAGS = _tags_of_a_plain_report() | {"mark", "a", "span", "b", "bdi", "code"}


def _tiles(segments: list[dict], side: str, text: str) -> None:
    spans = sorted(s[side] for s in segments if s[side][0] < s[side][1])
    cursor = 0
    for start, end in spans:
        assert start == cursor
        cursor = end
    assert cursor == len(text)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(unicode_text, unicode_text)
def test_random_unicode_survives_every_path(tmp_path: Path, a: str, b: str) -> None:
    paths = []
    for name, text in (("a.txt", a), ("b.txt", b)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    try:
        documents = [load_document(p) for p in paths]
    except LoadError as error:  # blank or binary-looking input is refused, by design
        assert str(error).startswith(str(tmp_path))
        return
    for document, path in zip(documents, paths, strict=True):
        raw = path.read_text(encoding="utf-8")
        assert document.text == raw.replace("\r\n", "\n").replace("\r", "\n")
    comparison = compare_documents(documents)
    data = json.loads(json.dumps(comparison_to_json(comparison), ensure_ascii=False))
    texts = [d["text"] for d in data["documents"]]
    assert texts == [d.text for d in documents]
    pair = data["comparisons"][0]
    _tiles(pair["segments"], "base", texts[0])
    _tiles(pair["segments"], "other", texts[1])
    report = render_report(comparison, ReportOptions())
    html5lib.HTMLParser(strict=True).parse(report)
    tree = html5lib.parse(report, namespaceHTMLElements=False)
    for element in tree.iter():
        # The template's own markup only: article text never becomes an element or attribute.
        assert element.tag in TEMPLATE_TAGS
        assert all(not name.startswith("on") for name in element.attrib)
    if "<" in a + b:
        assert "&lt;" in report
