"""The formats Redline reads, and which one a file is in, from its content and its name."""

from __future__ import annotations

from enum import StrEnum

from viewer.io.errors import InputProblem
from viewer.io.sniff import Content, Sniffed

__all__ = ["SUPPORTED_SUFFIXES", "Format", "choose_format"]


class Format(StrEnum):
    """Value of the "format" metadata of a Document."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    DOCX = "docx"
    PDF = "pdf"
    URL_HTML = "url-html"  # a web page fetched from an http(s) address


_BY_SUFFIX = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".docx": Format.DOCX,
    ".pdf": Format.PDF,
}

# File-name endings the open dialog offers; files with other names are still read as text.
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_BY_SUFFIX)

CORRUPT_WORD = "corrupt Word document"
CORRUPT_PDF = "corrupt PDF"


def choose_format(suffix: str, sniffed: Sniffed) -> Format:
    """Pick the format: a recognised signature wins over the name, the name decides for text.

    >>> choose_format(".txt", Sniffed(Content.PDF))
    <Format.PDF: 'pdf'>
    """
    claimed = _BY_SUFFIX.get(suffix.lower())
    match sniffed.content:
        case Content.PDF:
            return Format.PDF
        case Content.DOCX:
            return Format.DOCX
        case Content.ZIP if claimed is Format.DOCX:
            return Format.DOCX  # a damaged .docx; reading it will say so
        case Content.ZIP:
            raise InputProblem("looks like a binary file (ZIP archive), not text")
        case Content.LEGACY_OFFICE:
            raise InputProblem("old Word .doc or Office file, not supported (save it as .docx)")
        case Content.BINARY if sniffed.description:
            raise InputProblem(f"looks like a binary file ({sniffed.description}), not text")
        case Content.BINARY:
            raise InputProblem("looks like a binary file, not text")
        case Content.HTML:
            return Format.HTML
    # Plain bytes in a file named as a binary format: its signature is missing or damaged.
    if claimed is Format.DOCX:
        raise InputProblem(CORRUPT_WORD)
    if claimed is Format.PDF:
        raise InputProblem(CORRUPT_PDF)
    return claimed or Format.TEXT
