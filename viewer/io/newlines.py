"""Line-ending normalisation, the only change made to the text of a text file."""

from __future__ import annotations

__all__ = ["normalise_newlines"]


def normalise_newlines(text: str) -> str:
    r"""Turn CRLF and lone CR into LF; nothing else is touched.

    >>> normalise_newlines("one\r\ntwo\rthree\n")
    'one\ntwo\nthree\n'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")
