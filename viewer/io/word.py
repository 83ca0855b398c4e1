"""Word .docx files: the body's paragraphs and tables as the reader sees them.

Only the two parts that hold text and its title are unpacked, after their unpacked size is
checked: a .docx is a ZIP archive, and an image in it may inflate to gigabytes.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

from lxml import etree

from viewer.io.errors import InputProblem
from viewer.io.extracted import Extracted
from viewer.io.formats import CORRUPT_WORD
from viewer.io.options import LoadOptions
from viewer.io.sizes import format_size

__all__ = ["read_docx"]

NO_TEXT = "Word document has no text"

_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_MAIN = "/officeDocument"  # how the type of the relationship to the main part ends
_CORE = "/core-properties"
_DC = "{http://purl.org/dc/elements/1.1/}"
# No DTDs, no entities, no network; huge_tree lifts libxml2's 10 MB text-node limit (the
# unpacked size is checked first, and the worker process has a memory limit).
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, remove_pis=True
)


def qn(name: str) -> str:
    """``w:p`` -> ``{http://...wordprocessingml/2006/main}p``."""
    local = name.partition(":")[2]
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + local


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
    limit = (options or LoadOptions()).max_unpacked_bytes
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            main, core = _part_names(archive)
            parts = [archive.getinfo(main)]
            if core in archive.NameToInfo:
                parts.append(archive.getinfo(core))
            unpacked = sum(part.file_size for part in parts)
            if unpacked > limit:
                raise InputProblem(
                    f"Word document too large once unpacked ({format_size(unpacked)} of text; "
                    f"the limit is {format_size(limit)})"
                )
            # zipfile stops at the size the archive declares, so checking it is enough.
            document = etree.fromstring(archive.read(main), _PARSER)
            metadata = _metadata(archive.read(core)) if len(parts) > 1 else MappingProxyType({})
        body = document.find(qn("w:body"))
        if body is None:
            raise InputProblem(CORRUPT_WORD)
        paragraphs = [text for text in _blocks(body) if text.strip()]
    except InputProblem:
        raise
    except (MemoryError, RecursionError):
        raise
    except Exception as error:  # zipfile, zlib and lxml all raise their own kinds
        raise InputProblem(CORRUPT_WORD) from error
    if not paragraphs:
        raise InputProblem(NO_TEXT)
    return Extracted("\n\n".join(paragraphs), metadata)


def _part_names(archive: zipfile.ZipFile) -> tuple[str, str]:
    """The names of the main document part and of the core properties (title, author)."""
    main, core = "word/document.xml", "docProps/core.xml"
    if "_rels/.rels" in archive.NameToInfo and archive.getinfo("_rels/.rels").file_size < 1 << 20:
        for relationship in etree.fromstring(archive.read("_rels/.rels"), _PARSER).iter(
            _RELATIONSHIPS
        ):
            kind, target = relationship.get("Type", ""), relationship.get("Target", "")
            name = posixpath.normpath(target.lstrip("/"))
            if kind.endswith(_MAIN) and name in archive.NameToInfo:
                main = name
            elif kind.endswith(_CORE) and name in archive.NameToInfo:
                core = name
    return main, core


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


def _metadata(xml: bytes) -> Mapping[str, str]:
    try:
        properties = etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError:
        return MappingProxyType({})  # a damaged title is no reason to refuse the text
    found = {
        "title": properties.findtext(f"{_DC}title") or "",
        "byline": properties.findtext(f"{_DC}creator") or "",
    }
    return MappingProxyType({key: value.strip() for key, value in found.items() if value.strip()})
