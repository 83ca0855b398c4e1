"""Saved web pages: the article body without boilerplate, with the page's metadata."""

from __future__ import annotations

import pytest

from viewer.io.decode import Decoded
from viewer.io.errors import InputProblem
from viewer.io.html_page import NO_ARTICLE, decode_html, extract_article

from .fixtures import fixture_bytes

ARTICLE = (
    "Harbour bridge reopens after repairs",
    "The Millbrook harbour bridge reopened to traffic on Tuesday morning after eleven weeks of "
    "repairs to its corroded steel supports, the town council said.",
    "Engineers replaced 48 of the bridge's 212 support cables and resurfaced the northern "
    "approach road, at a cost the council put at 3.2 million pounds.",
    '"We are confident the crossing is safe for the next thirty years," said council engineer '
    "Tomasz Wrenfield, who led the inspection team.",
    "Local traders, who said the closure had cut their takings by almost a third, welcomed the "
    "reopening but asked the council to explain why the work overran by four weeks.",
)
BOILERPLATE = ("Home", "Sport", "Advertisement", "Zephyr", "Sign up", "newsletter", "Subscribe",
               "Comments", "Bridgewatcher99", "taxpayers", "All rights reserved")  # fmt: skip


def test_article_paragraphs_separated_by_blank_lines() -> None:
    page = decode_html(fixture_bytes("article.html"))
    assert extract_article(page.text).text == "\n\n".join(ARTICLE)


@pytest.mark.parametrize("boilerplate", BOILERPLATE)
def test_boilerplate_is_left_out(boilerplate: str) -> None:
    text = extract_article(decode_html(fixture_bytes("article.html")).text).text
    assert boilerplate not in text


def test_metadata_title_byline_date() -> None:
    metadata = extract_article(decode_html(fixture_bytes("article.html")).text).metadata
    assert dict(metadata) == {
        "title": "Harbour bridge reopens after repairs",
        "byline": "Ada Quillfeather",
        "date": "2023-04-12",
        "url": "https://courier.example/news/harbour-bridge-reopens",
        "site": "courier.example",
    }


def test_meta_charset_iso_8859_1_read_as_cp1252() -> None:
    """Browsers read pages labelled iso-8859-1 as windows-1252 (curly quotes in 0x93/0x94)."""
    page = decode_html(fixture_bytes("cafe-cp1252.html"))
    assert page.encoding == "cp1252"
    assert extract_article(page.text).text == (
        "Café de la Gare closes\n\nThe Café de la Gare in Saltmere served its last crêpe on "
        "Saturday after twenty-three years, its owner said.\n\n\u201cWe will miss the "
        "regulars,\u201d she said, adding that the building will become a bakery."
    )


def test_http_charset_beats_meta_and_a_lying_declaration_is_ignored() -> None:
    html = '<meta charset="utf-8"><p>Мост через реку снова открыт для машин.</p>'
    data = html.encode("cp1251")
    assert decode_html(data, "windows-1251") == Decoded(html, "cp1251")
    assert decode_html(data) == Decoded(html, "cp1251")


def test_lists_quotes_tables_and_line_breaks() -> None:
    html = (
        "<html><body><article><h1>Budget vote</h1>"
        "<p>The council voted on three items on Thursday evening in the town hall.<br>"
        "Two passed.</p><ul><li>Parking fees</li><li>Library hours</li></ul>"
        "<blockquote><p>We listened to residents, said the deputy mayor.</p></blockquote>"
        "<table><tr><td>Item</td><td>Votes</td></tr><tr><td>Parking</td><td>7-2</td></tr></table>"
        "</article></body></html>"
    )
    assert extract_article(html).text == (
        "Budget vote\n\nThe council voted on three items on Thursday evening in the town hall.\n"
        "Two passed.\n\nParking fees\n\nLibrary hours\n\n"
        "We listened to residents, said the deputy mayor.\n\nItem\tVotes\n\nParking\t7-2"
    )


@pytest.mark.parametrize("html", ["<html><body></body></html>", "<html><body><nav>Home</nav>"])
def test_page_without_article(html: str) -> None:
    with pytest.raises(InputProblem) as caught:
        extract_article(html)
    assert caught.value.problem == NO_ARTICLE == "no article text found in the web page"
