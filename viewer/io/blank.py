"""Whether a loaded text has anything to compare."""

from __future__ import annotations

__all__ = ["is_blank"]

# Invisible characters that str.isspace() does not count but that carry no text either:
# zero-width space, non-joiner, joiner, word joiner and a stray byte-order mark.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def is_blank(text: str) -> bool:
    """True when ``text`` holds only whitespace or invisible characters.

    >>> is_blank(" \\n\\t\\u00a0\\u200b"), is_blank(" a ")
    (True, False)
    """
    # Stops at the first visible character, so a real text costs next to nothing.
    return all(char.isspace() or char in _INVISIBLE for char in text)
