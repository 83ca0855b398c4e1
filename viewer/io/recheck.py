"""The text a version's file holds now, to tell whether it changed since a review was saved."""

from __future__ import annotations

import threading

from viewer.io.errors import LoadError
from viewer.io.load import load_document
from viewer.io.url import is_url

__all__ = ["text_now"]


def text_now(source: str, cancel: threading.Event | None = None) -> str | None:
    """The text of the local file ``source`` as Redline reads it now; None when it cannot
    be read (gone, unreadable). Web pages are not fetched again: their saved text is what
    the review is about, and a fetch could take seconds."""
    if is_url(source):
        return None
    try:
        return load_document(source, cancel=cancel).text
    except LoadError:
        return None
