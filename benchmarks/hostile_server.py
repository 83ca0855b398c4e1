"""A local HTTP server (127.0.0.1 only) that misbehaves the ways issue 12 lists.

Every dripping reply stops by itself after ``DRIP_LIMIT`` seconds or when the client leaves,
so a test or benchmark that fails never leaves traffic running.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["DRIP_LIMIT", "serving_hostile", "serving_with"]

DRIP_LIMIT = 120.0  # seconds a dripping reply lasts at most
_STEP = 0.5  # seconds between two dripped bytes
_PAGE = b"<html><body><article><p>" + b"Slow news. " * 40 + b"</p></article></body></html>"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        # The client gave up (as it should) and cut the connection.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._route()

    def _route(self) -> None:
        path = self.path.split("?")[0]
        if path == "/drip-body":  # headers at once, then the body one byte at a time
            self._headers({"Content-Length": str(len(_PAGE))})
            self._drip(_PAGE)
        elif path == "/drip-chunked":  # a chunked body, one byte per chunk
            self._headers({"Transfer-Encoding": "chunked"})
            self._drip(_PAGE, chunked=True)
        elif path == "/drip-headers":  # the status line and headers one byte at a time
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"x" * 400
            self._drip(head)
        elif path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1:9/pub/article.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/hang-up":  # closes the connection without a word
            self.close_connection = True
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

    def _headers(self, extra: dict[str, str]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        for name, value in extra.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.flush()

    def _drip(self, data: bytes, chunked: bool = False) -> None:
        end = time.monotonic() + DRIP_LIMIT
        for byte in data:
            if time.monotonic() > end:
                break
            piece = bytes([byte])
            self.wfile.write(b"1\r\n" + piece + b"\r\n" if chunked else piece)
            self.wfile.flush()
            time.sleep(_STEP)
        self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        pass


def serving_hostile() -> contextlib.AbstractContextManager[str]:
    """The base URL of the misbehaving server; it stops when the block ends."""
    return serving_with(_Handler)


@contextmanager
def serving_with(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Yield the base URL of a server on 127.0.0.1 answering with ``handler``; it stops
    when the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
