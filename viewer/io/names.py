"""How the names of inputs are shown: safe on a terminal line, readable in a list."""

from __future__ import annotations

__all__ = ["escaped", "readable"]

_SURROGATES = range(0xD800, 0xE000)
_ESCAPED_BYTES = range(0xDC80, 0xDD00)  # how Python spells an undecodable byte of a file name


def escaped(text: str) -> str:
    r"""``text`` with every character a terminal would act on or hide spelled out.

    A file name may hold escape sequences (which can clear a terminal), line breaks (which
    make one error line look like two), bidirectional overrides, or bytes that are not UTF-8.

    >>> escaped("a\x1b[2Jb\n.txt"), escaped("caf\udce9.txt"), escaped("été.txt")
    ('a\\x1b[2Jb\\n.txt', 'caf\\xe9.txt', 'été.txt')
    """
    if text.isprintable():
        return text
    return "".join(char if char == " " or char.isprintable() else _escape(char) for char in text)


def readable(name: str) -> str:
    """``name`` with bytes that are not UTF-8 (and other lone surrogates) shown as "�".

    >>> readable("caf\\udce9.txt")
    'caf�.txt'
    """
    if not any(ord(char) in _SURROGATES for char in name):
        return name
    return "".join("\ufffd" if ord(char) in _SURROGATES else char for char in name)


def _escape(char: str) -> str:
    code = ord(char)
    if code in _ESCAPED_BYTES:
        return f"\\x{code - 0xDC00:02x}"
    if char == "\n":
        return "\\n"
    if char == "\r":
        return "\\r"
    if char == "\t":
        return "\\t"
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"
