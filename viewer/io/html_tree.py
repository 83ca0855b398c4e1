"""Parsing a web page into an lxml tree fit for extraction: no size limits, nothing hidden.

trafilatura parses with libxml2's default limits, which drop the whole article next to one
attribute over 10 MB (an inline image), in one paragraph over 10 MB, or under 256 nested
elements; and its extraction slows down with the square of an element's attribute count.
Here the page is parsed without those limits, then made safe to extract: absurd attributes
trimmed, text the page hides with CSS or the ``hidden`` attribute removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import lxml.html
from lxml import etree

from viewer.io.errors import TOO_DEEP, InputProblem

__all__ = ["leaf_blocks", "parse_page"]

_MAX_ATTRIBUTES = 64  # real elements have a handful; more only slows extraction down
_LONG_TAG_SIZE = 16 * 1024  # characters of a start tag past which its attributes are counted
_LONG_TAG = re.compile(rf"<([A-Za-z][\w:-]*)[^<>]{{{_LONG_TAG_SIZE},}}>")
_ATTRIBUTE = re.compile(r"""\s+[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?""")
_MAX_ATTRIBUTE = 64 * 1024  # longer values (inline images) carry no article text
_KEPT = ("id", "class", "style", "hidden", "role", "itemprop", "property", "name", "content")
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)
_NEVER_SHOWN = frozenset({"template", "script", "style", "noscript"})
# Container tags that hold no text of their own: dropped when nesting exceeds what libxml2
# can parse at all (2048 levels even without limits).
_CONTAINERS = re.compile(rb"</?(?:div|span|section|font|center|article|main)\b[^>]*>", re.I)
_BLOCKS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li blockquote pre td th dd dt figcaption div section article".split()
)


def parse_page(html: str) -> lxml.html.HtmlElement:
    """The page's tree, without libxml2's size and depth limits and without hidden text."""
    data = _trim_long_tags(html).encode("utf-8", "surrogatepass")
    tree, too_deep = _parse(data)
    if too_deep:
        tree, too_deep = _parse(_CONTAINERS.sub(b" ", data))
        if too_deep:
            raise InputProblem(TOO_DEEP)
    _clean(tree)
    return tree


def leaf_blocks(tree: lxml.html.HtmlElement) -> Iterator[str]:
    """The text of each block with no block inside it, spaces collapsed, in reading order."""
    for element in tree.iter(*_BLOCKS):
        if not any(True for _ in element.iterdescendants(*_BLOCKS)):
            text = " ".join(element.text_content().split())
            if text:
                yield text


def _trim_long_tags(html: str) -> str:
    """Start tags of absurd length keep only their first attributes.

    libxml2 checks each attribute of a tag against all the earlier ones: 100,000 attributes
    take 16 s to parse. Only tags longer than any real one are looked at.
    """
    if len(html) < _LONG_TAG_SIZE:
        return html
    return _LONG_TAG.sub(_trim_tag, html)


def _trim_tag(match: re.Match[str]) -> str:
    tag = match.group()
    attributes = _ATTRIBUTE.findall(tag, match.end(1) - match.start())
    if len(attributes) <= _MAX_ATTRIBUTES:
        return tag
    kept = (
        attribute
        for index, attribute in enumerate(attributes)
        if index < _MAX_ATTRIBUTES or _name(attribute) in _KEPT
    )
    return f"<{match.group(1)}{''.join(kept)}>"


def _name(attribute: str) -> str:
    return attribute.split("=", 1)[0].strip().lower()


def _parse(data: bytes) -> tuple[lxml.html.HtmlElement, bool]:
    # One parser per page: its error log says whether the depth limit cut the page short.
    parser = lxml.html.HTMLParser(
        encoding="utf-8",
        huge_tree=True,  # lifts the 10 MB limit on text nodes and attribute values
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        default_doctype=False,
        no_network=True,
    )
    try:
        tree = lxml.html.document_fromstring(data, parser=parser)
    except etree.ParserError as error:  # "Document is empty"
        raise InputProblem("no article text found in the web page") from error
    too_deep = any(
        entry.type_name == "ERR_RESOURCE_LIMIT" and "depth" in entry.message
        for entry in parser.error_log
    )
    return tree, too_deep


def _clean(tree: lxml.html.HtmlElement) -> None:
    """Trim absurd attributes and drop what a reader of the page never sees."""
    hidden = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        attributes = element.attrib
        if len(attributes) > _MAX_ATTRIBUTES:
            kept = {name: attributes[name] for name in _KEPT if name in attributes}
            attributes.clear()
            attributes.update(kept)
        for name, value in attributes.items():
            if len(value) > _MAX_ATTRIBUTE:
                attributes[name] = ""
        if (
            element.tag in _NEVER_SHOWN
            or "hidden" in attributes
            or _HIDDEN_STYLE.search(attributes.get("style", ""))
        ):
            hidden.append(element)
    for element in hidden:
        if element.getparent() is not None:
            element.drop_tree()  # its tail (the text after it) stays
