"""Fetches from a misbehaving local server (issue 12): every one ends in time, in one line."""

from __future__ import annotations

import threading

import pytest

from viewer.io import LoadError, LoadOptions, load_document
from viewer.io.errors import LoadCancelled

QUICK = LoadOptions(fetch_timeout=1.0)
HANG_GUARD = 60.0  # seconds: far past any deadline here; reached only if the fetch hangs


pytestmark = pytest.mark.usefixtures("no_proxy")


def outcome(
    source: str, options: LoadOptions = QUICK, cancel: threading.Event | None = None
) -> object:
    """The load's exception (or document), from a thread that must end well before the guard."""
    result: list[object] = []

    def load() -> None:
        try:
            result.append(load_document(source, options=options, cancel=cancel))
        except (LoadError, LoadCancelled) as error:
            result.append(error)

    thread = threading.Thread(target=load, daemon=True)
    thread.start()
    thread.join(HANG_GUARD)
    assert not thread.is_alive(), "the fetch is still running: no deadline on the transfer"
    return result[0]


@pytest.mark.parametrize("path", ["/drip-body", "/drip-chunked", "/drip-headers"])
def test_a_dripping_server_cannot_outlast_the_timeout(hostile: str, path: str) -> None:
    """Regression (issue 12): the 15 s limit was per read, so a server sending the body, a
    chunked body or the headers one byte every 0.5 s kept `compare URL` running until killed."""
    error = outcome(hostile + path)
    assert isinstance(error, LoadError)
    assert error.problem == "could not fetch: timed out after 1 s"


def test_a_redirect_to_ftp_is_refused(hostile: str) -> None:
    """Regression (issue 12): an http page redirecting to ftp:// was followed (anonymous FTP
    login); only http(s) may be fetched."""
    error = outcome(hostile + "/to-ftp")
    assert isinstance(error, LoadError)
    assert error.problem == (
        "could not fetch: redirected to a non-web address (ftp); only http and https are fetched"
    )


def test_a_server_that_hangs_up_is_said_plainly(hostile: str) -> None:
    """Regression (issue 12): "could not fetch: EOFError" explained nothing."""
    error = outcome(hostile + "/hang-up")
    assert isinstance(error, LoadError)
    assert error.problem == "could not fetch: the server closed the connection"


def test_cancel_ends_a_fetch_at_once(hostile: str) -> None:
    cancel = threading.Event()
    cancel.set()
    error = outcome(hostile + "/drip-body", LoadOptions(fetch_timeout=600), cancel)
    assert isinstance(error, LoadCancelled)


@pytest.mark.parametrize(
    "url", ["http://[::1", "http://exa mple.invalid:x/", "https://example.invalid:x/"]
)
def test_a_malformed_address_is_said_in_a_line(url: str) -> None:
    """Regression (issue 12): 'http://[::1' raised ValueError from urlsplit, a traceback."""
    error = outcome(url)
    assert isinstance(error, LoadError)
    assert error.source == url
    assert error.problem == "could not fetch: not a valid web address"
