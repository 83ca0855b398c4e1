"""Hostile article text and file names are shown literally and run nothing."""

from __future__ import annotations

import html5lib
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core import Document, compare_documents
from viewer.export.html_report import NAV_SCRIPT, ReportOptions, render_report

HOSTILE = (
    "<script>alert(1)</script>",
    "</table>",
    "<img src=x onerror=alert(1)>",
    '" onmouseover="alert(2)',
    "' onfocus='alert(3)",
    "</td></tr><tr><td>",
    "<!-- comment -->",
    "]]> &amp; &lt;b&gt;",
)
BASE_TEXT = "Peskov said the talks were useful. The minister spoke on Monday.\n\n" + "\n\n".join(
    f"Paragraph {n} is plain." for n in range(3)
)
OTHER_TEXT = (
    'Peshkov said the "talks" were <script>alert(1)</script> useless. '
    "The minister spoke on Monday.\n\n"
    "Paragraph 0 is plain. </table><img src=x onerror=alert(1)> was added.\n\n"
    "Paragraph 1 is \" onmouseover=\"alert(2) and ' onfocus='alert(3).\n\n"
    "Paragraph 2 is plain."
)


def _hostile_comparison() -> tuple[str, list[Document]]:
    documents = [
        Document("<x>.txt", "<x>.txt", BASE_TEXT, {"title": "<b>Title</b>"}),
        Document(
            "/tmp/\"quoted\" 'name' <img src=x onerror=alert(1)>.txt",
            "<script>alert(1)</script>.txt",
            OTHER_TEXT,
            {"url": 'javascript:alert(1)"><script>x</script>', "fetched": "<i>now</i>"},
        ),
        Document("third.txt", "' onload='alert(4)", "</table>" + BASE_TEXT),
    ]
    comparison = compare_documents(documents, 0)
    return render_report(comparison, ReportOptions(title=None)), documents


def _assert_inert(report: str) -> None:
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(report)
    scripts = [e.text for e in tree.iter("script")]
    assert scripts == [NAV_SCRIPT]
    for element in tree.iter():
        assert not any(name.lower().startswith("on") for name in element.attrib), element.attrib
        assert element.tag not in ("img", "iframe", "object", "embed", "base", "form")
        for name in ("href", "src", "action"):
            assert not (element.get(name) or "").lower().startswith("javascript:")
    # The page has exactly one table per block layout, versions, matrix and claims: none were
    # closed or opened by text.
    assert len(tree.findall(".//table")) == 2 + 2 + 1


def test_hostile_text_and_names_are_escaped_and_inert() -> None:
    report, _ = _hostile_comparison()
    _assert_inert(report)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report
    assert "&lt;/table&gt;" in report
    assert "&lt;img src=x onerror=alert(1)&gt;" in report
    assert "&lt;x&gt;.txt" in report
    assert "&lt;b&gt;Title&lt;/b&gt;" in report
    assert "&lt;i&gt;now&lt;/i&gt;" in report
    assert "<x>" not in report
    assert "<img" not in report
    assert "<b>Title" not in report


def test_quotes_in_attributes_are_escaped() -> None:
    """The drift tooltip quotes text of both versions inside a title attribute."""
    base = Document("a.txt", "a", 'The spokesman Peskov said the "talks" were useful on Monday.')
    other = Document("b.txt", "b", "The spokesman Peshkov said the 'talks' were useful on Monday.")
    report = render_report(compare_documents([base, other], 0), ReportOptions())
    _assert_inert_small(report)
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(report)
    titles = [e.get("title") for e in tree.iter("span") if e.get("title")]
    heads = [t.split("\n")[0] for t in titles]
    assert "reworded: base 'Peskov' — this version 'Peshkov'" in heads
    # only the quotation marks differ: each is its own cosmetic change
    assert "cosmetic: base '\"' — this version '''" in heads
    assert 'title="cosmetic: base &#39;&#34;&#39; — this version &#39;&#39;&#39;"' in report


def _assert_inert_small(report: str) -> None:
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(report)
    assert [e.text for e in tree.iter("script")] == [NAV_SCRIPT]


def test_hostile_text_survives_literally() -> None:
    report, _ = _hostile_comparison()
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(report)
    text = "".join(tree.find(".//main").itertext())
    for needle in ("<script>alert(1)</script>", "</table>", "<img src=x onerror=alert(1)>"):
        assert needle in text


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(HOSTILE), st.text(min_size=1, max_size=12)),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(HOSTILE),
)
def test_any_text_renders_inert(words: list[str], name: str) -> None:
    base = Document(name, name, "Plain words here. " + " ".join(words))
    other = Document(name + "2", name + "2", " ".join(reversed(words)) + " Plain words there.")
    report = render_report(compare_documents([base, other], 0), ReportOptions())
    tree = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(report)
    assert [e.text for e in tree.iter("script")] == [NAV_SCRIPT]
    for element in tree.iter():
        assert not any(n.lower().startswith("on") for n in element.attrib)
