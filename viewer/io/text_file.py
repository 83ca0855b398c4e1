"""Plain text and Markdown: decoded, line endings normalised, nothing else touched."""

from __future__ import annotations

from viewer.io.decode import Decoded, decode_text
from viewer.io.newlines import normalise_newlines

__all__ = ["read_text"]


def read_text(data: bytes) -> Decoded:
    r"""The text of a text file exactly as written, with LF line endings.

    Markdown is kept as written: its markup is part of what a version says.

    >>> read_text(b"caf\xe9\r\n")
    Decoded(text='café\n', encoding='cp1252')
    """
    decoded = decode_text(data)
    return Decoded(normalise_newlines(decoded.text), decoded.encoding)
