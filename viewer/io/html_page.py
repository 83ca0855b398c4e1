"""Web pages: decode the HTML, extract the article body and its metadata with trafilatura."""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

import trafilatura

from viewer.io.decode import Decoded, decode_text, encoding_label
from viewer.io.errors import NO_ARTICLE, InputProblem
from viewer.io.extracted import Extracted
from viewer.io.html_plain import every_block, repeated_runs, restore_runs
from viewer.io.html_tree import leaf_blocks, parse_page
from viewer.io.newlines import normalise_newlines

__all__ = ["NO_ARTICLE", "decode_html", "extract_article"]

# trafilatura's cost grows with the square of the number of elements: a page larger than
# this (no real article page is) is read as every paragraph, without boilerplate removal.
_MAX_ELEMENTS = 30_000

# As for pypdf: keep the extractor's chatter off stderr unless the application logs.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_NOT_PAGE_ENCODINGS = frozenset(
    {"undefined", "punycode", "idna", "utf-7", "unicode-escape", "raw-unicode-escape",
     "unicode-internal", "mbcs", "oem", "palmos"}
)  # fmt: skip
# Elements of trafilatura's output that hold paragraphs rather than text.
_CONTAINERS = frozenset({"body", "doc", "main", "list", "table", "div", "section"})
_SKIPPED = frozenset({"graphic", "comments"})
# trafilatura metadata field -> our metadata key.
_METADATA = (("title", "title"), ("author", "byline"), ("date", "date"), ("url", "url"),
             ("sitename", "site"))  # fmt: skip


def decode_html(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a page: byte-order mark, HTTP charset, ``<meta charset>``, then as any text."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data)
    found = _META_CHARSET.search(data[:4096])
    for name in (declared, found.group(1).decode("ascii") if found else None):
        codec = _known_codec(name)
        if codec is not None:
            try:
                return Decoded(data.decode(codec), encoding_label(codec))
            except UnicodeError:
                continue  # the declaration lies, as declarations often do
    return decode_text(data)


def extract_article(html: str, url: str | None = None) -> Extracted:
    """The article body of ``html``: no menus, ads, sign-up boxes, comments or hidden text."""
    tree = parse_page(html)
    if sum(1 for _ in tree.iter()) > _MAX_ELEMENTS:
        return every_block(tree)
    runs = repeated_runs(leaf_blocks(tree))  # before trafilatura rearranges the tree
    try:
        found: Any = trafilatura.bare_extraction(
            tree,
            url=url,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=True,
            deduplicate=False,
        )
    except (MemoryError, RecursionError):
        raise  # the worker reports these as what they are
    except Exception as error:  # trafilatura and lxml raise many kinds on hostile markup
        raise InputProblem("cannot read the web page (broken HTML)") from error
    if found is None or found.body is None:
        raise InputProblem(NO_ARTICLE)
    text = "\n\n".join(restore_runs(list(_paragraphs(found.body)), runs))
    if not text.strip():
        raise InputProblem(NO_ARTICLE)
    metadata = {
        key: str(value).strip()
        for attribute, key in _METADATA
        if (value := getattr(found, attribute, None)) and str(value).strip()
    }
    return Extracted(normalise_newlines(text), MappingProxyType(metadata))


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    codec = info.name
    # "rot13", "base64", "zlib", "hex", "uu", "bz2" and "quopri" are codecs but not text
    # encodings; "undefined" and "punycode" are text codecs no page is written in.
    if not getattr(info, "_is_text_encoding", True) or codec in _NOT_PAGE_ENCODINGS:
        return None
    # As in browsers: "iso-8859-1" and "ascii" pages are really windows-1252, and a
    # <meta> claiming UTF-16 on a page that decoded as ASCII enough to be read is wrong.
    if codec in {"latin-1", "iso8859-1", "ascii"}:
        return "cp1252"
    if codec.startswith("utf-16") or codec.startswith("utf-32"):
        return "utf-8"
    return codec


def _paragraphs(element: Any) -> Iterator[str]:
    """Each block of trafilatura's XML tree as one paragraph, in reading order."""
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _SKIPPED:
            continue
        if tag == "row":
            cells = ("".join(_inline(cell)).strip() for cell in child if cell.tag == "cell")
            row = "\t".join(cells)
            if row.strip():
                yield row
        elif tag in _CONTAINERS or (tag == "quote" and _has_blocks(child)):
            yield from _paragraphs(child)
        else:
            text = "".join(_inline(child)).strip()
            if text:
                yield text


def _has_blocks(element: Any) -> bool:
    return any(child.tag in {"p", "list", "head", "quote", "table"} for child in element)


def _inline(element: Any) -> Iterator[str]:
    """The text of a paragraph, with line breaks (``<lb/>``) as newlines."""
    if element.text:
        yield element.text
    for child in element:
        if child.tag == "lb":
            yield "\n"
        elif isinstance(child.tag, str):
            yield from _inline(child)
        if child.tail:
            yield child.tail
