"""The SHA-256 of a version's text, as reports and reviews print it."""

from __future__ import annotations

import hashlib

__all__ = ["text_sha256"]


def text_sha256(text: str) -> str:
    """Hex SHA-256 of ``text`` in UTF-8 (lone surrogates kept as they are)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
