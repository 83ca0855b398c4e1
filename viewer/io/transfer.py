"""A deadline on a whole HTTP transfer, and an opener that fetches http(s) and nothing else.

urllib's ``timeout`` bounds each blocking read, not the transfer: a server sending its headers
or body one byte every half second never trips it. Here the transfer runs in a daemon thread;
at the deadline (or when the caller cancels) every socket it opened is shut down, which ends
any read under way, and the caller returns at once whatever the thread is doing (even a host
name lookup, which no socket timeout covers).
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import time
import urllib.request
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

from viewer.io.errors import InputProblem, LoadCancelled

__all__ = ["Transfer"]

T = TypeVar("T")

_POLL = 0.05  # seconds between two looks at the cancel flag


class Transfer:
    """One fetch's deadline and the sockets it opened."""

    def __init__(self, seconds: float, cancel: threading.Event | None = None) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds
        self._cancel = cancel
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._over = False

    def remaining(self) -> float:
        return max(self._end - time.monotonic(), 0.01)

    def opener(self) -> urllib.request.OpenerDirector:
        """An opener for http and https only (no ftp:, file: or data:), whose connections
        this transfer can cut, and whose redirects must stay on http(s)."""
        opener = urllib.request.OpenerDirector()
        for handler in (
            urllib.request.ProxyHandler(),
            urllib.request.UnknownHandler(),
            _HttpHandler(self),
            _HttpsHandler(self),
            urllib.request.HTTPDefaultErrorHandler(),
            _Redirects(),
            urllib.request.HTTPErrorProcessor(),
        ):
            opener.add_handler(handler)
        return opener

    def run(self, work: Callable[[], T]) -> T:
        """``work()`` in a daemon thread; TimeoutError at the deadline, LoadCancelled on cancel."""
        outcome: dict[str, Any] = {}
        finished = threading.Event()

        def target() -> None:
            try:
                outcome["value"] = work()
            except BaseException as error:  # handed to the caller's thread
                outcome["error"] = error
            finally:
                finished.set()

        threading.Thread(target=target, name="redline-fetch", daemon=True).start()
        while not finished.wait(min(self.remaining(), _POLL)):
            if self._cancel is not None and self._cancel.is_set():
                self._cut()
                raise LoadCancelled
            if time.monotonic() >= self._end:
                self._cut()
                raise TimeoutError
        if "error" in outcome:
            raise outcome["error"]
        return outcome["value"]  # type: ignore[no-any-return]

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            over = self._over
        if over:  # opened just as the deadline passed
            _shut(sock)

    def _cut(self) -> None:
        with self._lock:
            self._over = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    # OSError: already closed, or detached when it was wrapped for TLS.
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _connection_class(base: type[http.client.HTTPConnection], transfer: Transfer) -> Any:
    class Connection(base):  # type: ignore[valid-type,misc]
        def connect(self) -> None:
            self.timeout = transfer.remaining()
            self._create_connection = self._watched
            super().connect()
            transfer.watch(self.sock)  # for https, the TLS socket

        def _watched(self, *args: Any, **kwargs: Any) -> socket.socket:
            sock = socket.create_connection(*args, **kwargs)
            transfer.watch(sock)  # cut even during the TLS handshake
            return sock

    return Connection


class _HttpHandler(urllib.request.HTTPHandler):
    def __init__(self, transfer: Transfer) -> None:
        super().__init__()
        self._connection = _connection_class(http.client.HTTPConnection, transfer)

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self._connection, req)


class _HttpsHandler(urllib.request.HTTPSHandler):
    def __init__(self, transfer: Transfer) -> None:
        super().__init__()
        self._connection = _connection_class(http.client.HTTPSConnection, transfer)

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(self._connection, req, context=self._context)  # type: ignore[attr-defined]


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) addresses only: urllib would also follow one to ftp://."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        try:
            scheme = urlsplit(newurl).scheme.lower()
        except ValueError:
            scheme = ""
        if scheme not in {"http", "https"}:
            fp.close()
            shown = f" ({scheme})" if scheme.isascii() and scheme.isalnum() else ""
            raise InputProblem(
                f"could not fetch: redirected to a non-web address{shown}; "
                "only http and https are fetched"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)
