"""Web pages fetched over HTTP from a local server: article, provenance and every failure."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from viewer.io import LoadError, LoadOptions, load_document
from viewer.io.url import is_url, url_label

from .server import serving
from .test_html_page import ARTICLE


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with serving() as url:
        yield url


pytestmark = pytest.mark.usefixtures("no_proxy")


DEFAULT = LoadOptions()


def problem(source: str, options: LoadOptions = DEFAULT) -> str:
    with pytest.raises(LoadError) as caught:
        load_document(source, options=options)
    assert caught.value.source == source
    return caught.value.problem


def test_article_page(base: str) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    document = load_document(f"{base}/news/bridge")
    after = datetime.now(UTC)
    assert document.text == "\n\n".join(ARTICLE)
    assert document.path == f"{base}/news/bridge"
    assert document.label == f"{base.removeprefix('http://')}/news/bridge"
    fetched = document.metadata["fetched"]
    assert fetched.endswith("Z")
    assert before <= datetime.fromisoformat(fetched) <= after
    assert {key: value for key, value in document.metadata.items() if key != "fetched"} == {
        "format": "url-html",
        "encoding": "utf-8",
        "url": f"{base}/news/bridge",
        "title": "Harbour bridge reopens after repairs",
        "byline": "Ada Quillfeather",
        "date": "2023-04-12",
        "site": "courier.example",
    }


def test_http_charset_header(base: str) -> None:
    document = load_document(f"{base}/cafe", label="Café, first version")
    assert document.label == "Café, first version"
    assert document.metadata["encoding"] == "cp1252"
    assert document.text.startswith("Café de la Gare closes\n\nThe Café de la Gare")


def test_redirect_is_followed_and_recorded(base: str) -> None:
    document = load_document(f"{base}/old-link")
    assert document.metadata["url"] == f"{base}/old-link"
    assert document.metadata["final_url"] == f"{base}/news/bridge"
    assert document.text == "\n\n".join(ARTICLE)


def test_missing_content_type_is_sniffed(base: str) -> None:
    assert load_document(f"{base}/no-type").text == "\n\n".join(ARTICLE)
    assert problem(f"{base}/no-type-png") == "not a web page"


def test_non_html_content_type(base: str) -> None:
    assert problem(f"{base}/photo.png") == "not a web page (the server sent image/png)"


def test_not_found(base: str) -> None:
    assert problem(f"{base}/gone") == "could not fetch: HTTP 404 Not Found"


def test_empty_page(base: str) -> None:
    assert problem(f"{base}/empty") == "no article text found in the web page"


@pytest.mark.parametrize("path", ["/big", "/big-streamed"])
def test_oversized_page(base: str, path: str) -> None:
    options = LoadOptions(max_fetch_bytes=32 * 1024)
    assert problem(base + path, options) == (
        "could not fetch: the page is larger than the limit of 32 KB"
    )


def test_timeout(base: str) -> None:
    options = LoadOptions(fetch_timeout=0.3)
    assert problem(f"{base}/slow", options) == "could not fetch: timed out after 0.3 s"


def test_connection_refused() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago is closed now
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert problem(f"http://127.0.0.1:{port}/") == "could not fetch: connection refused"


def test_unknown_host() -> None:
    """'.invalid' never resolves (RFC 2606), so this needs no network."""
    assert problem("http://no-such-host.invalid/") in {
        "could not fetch: unknown host",
        "could not fetch: timed out after 15 s",
    }


@pytest.mark.parametrize(
    ("source", "expected"),
    [("https://news.example/a", True), ("HTTP://x.example", True), ("ftp://x.example/a", False),
     ("notes/https.txt", False), ("C:\\news\\a.txt", False)],
)  # fmt: skip
def test_is_url(source: str, expected: bool) -> None:
    assert is_url(source) is expected


def test_url_label() -> None:
    assert url_label("https://news.example/") == "news.example"
    assert url_label("https://news.example/2024/05/story.html?utm=x") == (
        "news.example/2024/05/story.html"
    )
