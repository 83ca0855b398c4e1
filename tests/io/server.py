"""A local HTTP server for the URL tests: never the internet."""

from __future__ import annotations

import contextlib
import time
from http.server import BaseHTTPRequestHandler

from benchmarks.hostile_server import serving_with

from .fixtures import fixture_bytes

BIG = 64 * 1024  # bytes of the oversized pages


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        routes = {
            "/news/bridge": (200, "text/html; charset=utf-8", fixture_bytes("article.html")),
            "/cafe": (200, "text/html; charset=iso-8859-1", fixture_bytes("cafe-cp1252.html")),
            "/no-type": (200, None, fixture_bytes("article.html")),
            "/no-type-png": (200, None, fixture_bytes("image.png")),
            "/photo.png": (200, "image/png", fixture_bytes("image.png")),
            "/big": (200, "text/html", b"<html><p>" + b"x" * BIG),
            "/empty": (200, "text/html", b""),
        }
        if self.path == "/old-link":
            self._send(301, None, b"", location="/news/bridge")
        elif self.path == "/big-streamed":  # no Content-Length: the limit must hold while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><p>" + b"y" * BIG)
            self.close_connection = True
        elif self.path == "/slow":
            time.sleep(2)
            with contextlib.suppress(OSError):  # the client has given up and cut the connection
                self._send(200, "text/html", b"<p>late</p>")
        elif self.path in routes:
            self._send(*routes[self.path])
        else:
            self._send(404, "text/html", b"<h1>Not here</h1>")

    def _send(self, status: int, content_type: str | None, body: bytes, location: str = "") -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean


def serving() -> contextlib.AbstractContextManager[str]:
    """The base URL of a server on 127.0.0.1 that runs until the block ends."""
    return serving_with(_Handler)
