"""Hostile and huge saved pages (issue 12): every one loads its article, or says why in a line."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.hostile import article_html, sentence
from viewer.io import LoadError, load_document
from viewer.io.html_page import decode_html, extract_article

STORY = [sentence(i) for i in range(12)]
BODY = "".join(f"<p>{text}</p>" for text in STORY)


def article(page: bytes) -> str:
    return extract_article(decode_html(page).text).text


def test_one_paragraph_with_100000_attributes() -> None:
    """Regression (issue 12): a 0.9 MB page whose <p> has 100,000 attributes took over 90 s
    (trafilatura's and htmldate's work grows with the square of an element's attributes)."""
    attributes = " ".join(f'a{i}="x"' for i in range(100_000))
    text = article(article_html(f"<p {attributes}>Bridge reopens to traffic.</p>{BODY}"))
    assert text.split("\n\n") == ["Bridge reopens to traffic.", *STORY]


def test_an_attribute_over_10_mb_next_to_the_article() -> None:
    """Regression (issue 12): an inline image over libxml2's 10 MB limit lost the article
    ("no article text found")."""
    image = '<img src="data:image/png;base64,' + "A" * (11 << 20) + '">'
    assert article(article_html(image + BODY)).split("\n\n") == STORY


def test_a_paragraph_over_10_mb() -> None:
    """Regression (issue 12): one text node over 10 MB lost the whole article."""
    long = " ".join(sentence(i) for i in range(140_000))
    assert len(long.encode()) > 10 << 20
    text = article(article_html(f"<p>{long}</p>{BODY}"))
    assert text.split("\n\n") == [long, *STORY]


@pytest.mark.parametrize("depth", [255, 300, 1500, 3000])
def test_deeply_nested_divs(depth: int) -> None:
    """Regression (issue 12): 255+ nested divs hit libxml2's depth limit: no article found."""
    page = article_html("<div>" * depth + BODY + "</div>" * depth)
    assert article(page).split("\n\n") == STORY


def test_a_paragraph_repeated_in_a_row_loads_repeated() -> None:
    """Regression (issue 12): a short paragraph repeated in a row loaded once, so the repetition
    was never reported."""
    page = b"<html><body>" + b"<p>Alpha.</p>" + b"<p>Breaking.</p>" * 3 + b"<p>Omega.</p>"
    page += "".join(f"<p>{text}</p>" for text in STORY).encode() + b"</body></html>"
    paragraphs = article(page).split("\n\n")
    assert paragraphs.count("Breaking.") == 3
    first = paragraphs.index("Breaking.")
    assert paragraphs[first : first + 3] == ["Breaking."] * 3


def test_a_repeated_paragraph_found_elsewhere_too_is_left_alone() -> None:
    """A text the page also has elsewhere is not multiplied: which copy was cut is unknown."""
    page = article_html("<p>Same.</p><p>Same.</p>" + BODY + "<p>Same.</p>")
    assert article(page).split("\n\n") == ["Same.", "Same.", *STORY, "Same."]


@pytest.mark.parametrize(
    "hidden",
    [
        '<p style="display:none">HIDDEN TEXT</p>',
        '<p style="color: red; display : none;">HIDDEN TEXT</p>',
        '<div style="visibility:hidden"><p>HIDDEN TEXT</p></div>',
        "<p hidden>HIDDEN TEXT</p>",
        '<section hidden="hidden"><p>HIDDEN TEXT, a long paragraph of it.</p></section>',
        "<template><p>HIDDEN TEXT</p></template>",
    ],
)
def test_text_hidden_with_css_is_not_article_text(hidden: str) -> None:
    """Regression (issue 12): text hidden with the hidden attribute was compared as article
    text; a reader of the page never sees it."""
    text = article(article_html(f"<p>Bridge reopens.</p>{hidden}{BODY}"))
    assert "HIDDEN" not in text
    assert STORY[-1] in text


def test_a_page_of_200000_paragraphs(tmp_path: Path) -> None:
    """Regression (issue 12): an 8 MB page of 200,000 paragraphs took over 90 s: trafilatura's
    cost grows with the square of the page. Pages over 30,000 elements are read as every
    paragraph of their main part instead."""
    paragraphs = [sentence(i, 5) for i in range(200_000)]
    page = article_html("".join(f"<p>{text}</p>" for text in paragraphs))
    page = page.replace(b"<body>", b"<body><nav><p>Home</p><p>Sport</p></nav>")
    path = tmp_path / "huge.html"
    path.write_bytes(page)
    document = load_document(path)
    assert document.text.split("\n\n") == paragraphs
    assert document.metadata["title"] == "Bridge"


@pytest.mark.parametrize(
    "charset",
    ["rot13", "base64", "zlib", "hex", "uu", "bz2", "quopri", "undefined", "punycode", "utf-7"],
)
def test_a_charset_that_is_no_text_encoding_is_ignored(charset: str, tmp_path: Path) -> None:
    """Regression (issue 12): <meta charset=rot13> (and other codecs that are not text
    encodings) raised LookupError; the page is read as if it declared nothing."""
    page = article_html("<p>Caf\u00e9 reopens.</p>" + BODY).replace(
        b"charset='utf-8'", f"charset='{charset}'".encode()
    )
    path = tmp_path / "page.html"
    path.write_bytes(page)
    document = load_document(path)
    assert document.text.split("\n\n") == ["Caf\u00e9 reopens.", *STORY]
    assert document.metadata["encoding"] == "utf-8"


def test_nesting_past_any_parser_is_said_in_a_line(tmp_path: Path) -> None:
    """5,000 nested <b> are past even libxml2's lifted limit (2,048), and are not containers
    that can be dropped without changing the text."""
    path = tmp_path / "deep.html"
    path.write_bytes(article_html("<b>" * 5000 + BODY + "</b>" * 5000))
    with pytest.raises(LoadError) as caught:
        load_document(path)
    assert caught.value.problem == "too deeply nested to read"


def test_an_attribute_that_matters_survives_the_trimming() -> None:
    """Tags of absurd length keep their first 64 attributes and those extraction reads."""
    attributes = " ".join(f'a{i}="x"' for i in range(100_000))
    text = article(article_html(f"<p {attributes} hidden>SECRET</p>{BODY}"))
    assert "SECRET" not in text
    assert text.split("\n\n") == STORY


@pytest.mark.parametrize("charset", ["rot13", "base64", "undefined", "punycode"])
def test_an_http_charset_that_is_no_text_encoding_is_ignored(charset: str) -> None:
    """Regression (issue 12): the same LookupError came from an HTTP Content-Type charset."""
    decoded = decode_html(article_html("<p>Caf\u00e9.</p>"), declared=charset)
    assert (decoded.encoding, "Caf\u00e9." in decoded.text) == ("utf-8", True)
