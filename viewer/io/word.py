"""Word .docx files: the body's paragraphs and tables as the reader sees them."""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

import docx
from docx.oxml.ns import qn

from viewer.io.errors import InputProblem
from viewer.io.extracted import Extracted
from viewer.io.formats import CORRUPT_WORD
from viewer.io.options import LoadOptions

__all__ = ["read_docx"]

NO_TEXT = "Word document has no text"

_P, _TBL, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_T, _TAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_NO_BREAK_HYPHEN = qn("w:noBreakHyphen")
# Tracked deletions are not part of the text the document now says.
_DELETED = frozenset({qn("w:del"), qn("w:moveFrom")})
# Word stores text boxes twice, as drawing and as fallback picture: read only the first.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED = _DELETED | {_FALLBACK}


def read_docx(data: bytes, options: LoadOptions | None = None) -> Extracted:
    """The text of a .docx, one paragraph per Word paragraph, separated by a blank line.

    Tracked insertions count as text and tracked deletions do not (the "final" view); page
    headers, footers and comments are left out, like boilerplate on a web page.
    """
    try:
        document: Any = docx.Document(io.BytesIO(data))
        body = document.element.body
        paragraphs = [text for text in _blocks(body) if text.strip()]
        metadata = _metadata(document.core_properties)
    except Exception as error:  # zipfile, lxml and python-docx all raise their own kinds
        raise InputProblem(CORRUPT_WORD) from error
    if not paragraphs:
        raise InputProblem(NO_TEXT)
    return Extracted("\n\n".join(paragraphs), metadata)


def _blocks(container: Any) -> Iterator[str]:
    for child in container.iterchildren():
        if child.tag == _P:
            yield "".join(_runs(child)).strip()
        elif child.tag == _TBL:
            for row in child.iterchildren(_TR):
                cells = ("\n".join(_blocks(cell)).strip() for cell in row.iterchildren(_TC))
                yield "\t".join(cells)
        elif child.tag not in _SKIPPED:
            # Content controls, tracked insertions of whole paragraphs and the like.
            yield from _blocks(child)


def _runs(element: Any) -> Iterator[str]:
    """The characters of a paragraph, through hyperlinks, fields and tracked insertions."""
    for child in element.iterchildren():
        tag = child.tag
        if tag in _SKIPPED:
            continue
        if tag == _T:
            yield child.text or ""
        elif tag == _TAB:
            yield "\t"
        elif tag in (_BR, _CR):
            yield "\n"
        elif tag == _NO_BREAK_HYPHEN:
            yield "-"  # as python-docx and every web version spell it
        elif isinstance(tag, str):
            yield from _runs(child)


def _metadata(properties: Any) -> Mapping[str, str]:
    found = {"title": properties.title, "byline": properties.author}
    return MappingProxyType({key: value.strip() for key, value in found.items() if value.strip()})
