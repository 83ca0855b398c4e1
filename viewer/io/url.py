"""Fetching a web page over http(s), with a deadline, a size limit and readable failures."""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from urllib.parse import urlsplit

from viewer.io.errors import InputProblem, LoadCancelled
from viewer.io.options import LoadOptions
from viewer.io.sizes import format_size
from viewer.io.transfer import Transfer

__all__ = ["HTML_TYPES", "Fetched", "fetch", "is_url", "url_label"]

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_USER_AGENT = "Redline/0.1 (article version comparison for fact-checking)"
_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded page, and where and when it came from."""

    body: bytes
    content_type: str | None  # media type without parameters, None if the server sent none
    charset: str | None  # charset parameter of the Content-Type header
    final_url: str  # after redirects
    fetched: str  # ISO-8601 UTC time the download finished, e.g. "2024-05-01T09:30:00Z"


def is_url(source: str) -> bool:
    """True for the addresses fetched from the network (http and https only)."""
    # Not urlsplit: it raises on a malformed address ("http://[::1"), which is still an address
    # the user meant to fetch, to be refused as "not a valid web address".
    scheme, colon, _rest = source.strip().partition(":")
    return bool(colon) and scheme.lower() in {"http", "https"}


def url_label(url: str) -> str:
    """Host and path: the short name of a fetched page in lists and reports.

    >>> url_label("https://user@news.example:8080/a/story/?id=3#top")
    'news.example:8080/a/story'
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url
    host = parts.netloc.rpartition("@")[2]
    return (host + parts.path).rstrip("/") or url


def fetch(url: str, options: LoadOptions, cancel: threading.Event | None = None) -> Fetched:
    """Download ``url``; raise InputProblem("could not fetch: ...") or for non-HTML content.

    The whole transfer (name lookup, connection, headers, body, redirects) ends within
    ``options.fetch_timeout``, whatever the server does; ``cancel`` ends it at once.
    """
    transfer = Transfer(options.fetch_timeout, cancel)
    try:
        request = urllib.request.Request(
            url.strip(),
            headers={"User-Agent": _USER_AGENT, "Accept": "text/html,application/xhtml+xml"},
        )
        return transfer.run(lambda: _download(transfer, request, options))
    except (InputProblem, LoadCancelled):
        raise
    except Exception as error:  # urllib, http.client, socket and ssl each raise their own
        if isinstance(error, urllib.error.HTTPError):
            error.close()  # it holds the open connection of the error page
        raise InputProblem(f"could not fetch: {_reason(error, options)}") from None


def _download(transfer: Transfer, request: urllib.request.Request, options: LoadOptions) -> Fetched:
    with transfer.opener().open(request, timeout=transfer.remaining()) as response:
        header = response.headers.get("Content-Type")
        content_type = response.headers.get_content_type() if header else None
        if content_type is not None and content_type not in HTML_TYPES:
            raise InputProblem(f"not a web page (the server sent {content_type})")
        body = _read_limited(response, options)
        return Fetched(
            body=body,
            content_type=content_type,
            charset=response.headers.get_content_charset() if header else None,
            final_url=response.geturl(),
            fetched=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        )


def _read_limited(response: http.client.HTTPResponse, options: LoadOptions) -> bytes:
    limit = options.max_fetch_bytes
    too_large = f"could not fetch: the page is larger than the limit of {format_size(limit)}"
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > limit:
        raise InputProblem(too_large)
    chunks: list[bytes] = []
    received = 0
    while chunk := response.read(_CHUNK):
        received += len(chunk)
        if received > limit:
            raise InputProblem(too_large)
        chunks.append(chunk)
    return b"".join(chunks)


def _reason(error: BaseException, options: LoadOptions) -> str:
    """A few words on why a fetch failed, for "could not fetch: <reason>"."""
    if isinstance(error, urllib.error.HTTPError):
        try:
            phrase = HTTPStatus(error.code).phrase
        except ValueError:
            phrase = str(error.reason)
        return f"HTTP {error.code} {phrase}"
    if isinstance(error, urllib.error.URLError) and isinstance(error.reason, BaseException):
        return _reason(error.reason, options)
    if isinstance(error, TimeoutError | socket.timeout):
        return f"timed out after {options.fetch_timeout:g} s"
    if isinstance(error, ConnectionRefusedError):
        return "connection refused"
    if isinstance(error, ConnectionResetError | http.client.RemoteDisconnected | EOFError):
        return "the server closed the connection"
    if isinstance(error, socket.gaierror):
        return "unknown host"
    if isinstance(error, ssl.SSLCertVerificationError):
        return "the site's security certificate is not valid"
    if isinstance(error, ssl.SSLError):
        return "secure connection failed"
    if isinstance(error, http.client.InvalidURL | ValueError):
        return "not a valid web address"
    if isinstance(error, http.client.HTTPException):
        return "bad response from the server"
    if isinstance(error, urllib.error.URLError):
        return str(error.reason)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error) or type(error).__name__
