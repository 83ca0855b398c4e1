"""What a file is, judged from its first bytes rather than from its name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

__all__ = ["Content", "Sniffed", "sniff"]


class Content(StrEnum):
    """The kinds of content the loader tells apart."""

    TEXT = "text"  # anything that may be text in some encoding
    HTML = "html"
    PDF = "pdf"
    DOCX = "docx"
    ZIP = "zip"  # a ZIP archive that is not a Word document (or is truncated)
    LEGACY_OFFICE = "legacy-office"  # .doc, .xls, .ppt (OLE2 compound file)
    BINARY = "binary"


@dataclass(frozen=True, slots=True)
class Sniffed:
    """The verdict on some bytes."""

    content: Content
    description: str = ""  # for binary content, what it looks like, e.g. "PNG image"


# (offset, magic bytes, description), checked in order.
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\xff\xd8\xff", "JPEG image"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (8, b"WEBP", "WebP image"),
    (0, b"II*\x00", "TIFF image"),
    (0, b"MM\x00*", "TIFF image"),
    (0, b"\x7fELF", "executable program"),
    (0, b"\xcf\xfa\xed\xfe", "executable program"),
    (0, b"\xca\xfe\xba\xbe", "executable program"),
    (0, b"\x1f\x8b", "gzip archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (0, b"Rar!\x1a\x07", "RAR archive"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (0, b"ID3", "MP3 audio"),
    (4, b"ftyp", "MP4 video or audio"),
    (0, b"OggS", "Ogg audio or video"),
)
# Bytes no text file holds (controls other than tab, line breaks, form feed and escape).
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_PDF_START = re.compile(rb"%PDF-\d")
_PDF_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_UNICODE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
# A saved page may open with a BOM, an XML declaration and comments before its doctype.
_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
    re.IGNORECASE | re.DOTALL,
)


_WORDLIKE = frozenset(
    magic for _, magic, _ in _MAGIC if magic.isascii() and magic.decode().isprintable()
)


def _is_pdf(data: bytes, binary: bool) -> bool:
    """A PDF header within the first KB, and something else only a PDF has: binary bytes,
    numbered objects or the end-of-file mark (an article may quote "%PDF-1.7"). A file that
    starts with the header is a PDF, if perhaps a damaged one."""
    return (
        _PDF_START.match(data) is not None
        or binary
        or b"%%EOF" in data[-2048:]
        or _PDF_OBJECT.search(data[:4096]) is not None
    )


def sniff(data: bytes) -> Sniffed:
    """Classify ``data`` by its signature.

    >>> sniff(b"%PDF-1.7 ...").content, sniff(b"\\x89PNG\\r\\n\\x1a\\n...").description
    (<Content.PDF: 'pdf'>, 'PNG image')
    """
    head = data[:1024]
    binary = _CONTROL.search(head) is not None
    if b"%PDF-" in head and _is_pdf(data, binary):
        return Sniffed(Content.PDF)
    if data.startswith(_ZIP):
        # Entry names are stored in clear in a ZIP; the Word part's name is early in a .docx.
        return Sniffed(Content.DOCX if b"word/" in data[:65536] else Content.ZIP)
    if data.startswith(_OLE2):
        return Sniffed(Content.LEGACY_OFFICE)
    for offset, magic, description in _MAGIC:
        # "GIF89a" or "ID3" may also begin a sentence: a signature made of letters counts
        # only with binary bytes near it.
        if data[offset : offset + len(magic)] == magic and (binary or magic not in _WORDLIKE):
            return Sniffed(Content.BINARY, description)
    if data.startswith(_UNICODE_BOMS):  # UTF-16 and UTF-32 text is full of NUL bytes
        return Sniffed(Content.TEXT)
    if data.startswith(b"MZ") and b"\x00" in data[:64]:
        return Sniffed(Content.BINARY, "Windows program")
    if b"\x00" in data:  # no text encoding we read uses NUL outside UTF-16/32
        return Sniffed(Content.BINARY)
    if _HTML_START.match(data[:4096]):
        return Sniffed(Content.HTML)
    return Sniffed(Content.TEXT)
