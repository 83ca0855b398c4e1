"""How a version was read, in words: for the versions list and its tooltip."""

from __future__ import annotations

from viewer.core.model import Document

__all__ = ["describe_source", "shortened", "source_details"]

_FORMATS = {
    "text": "text",
    "markdown": "Markdown",
    "html": "saved web page",
    "docx": "Word",
    "pdf": "PDF",
    "url-html": "web page",
}


def describe_source(document: Document) -> str:
    """A short phrase: "text, utf-8", "Word", "web page, fetched 2026-11-21 13:00 UTC".

    >>> describe_source(Document("a.txt", "a", "x", {"format": "text", "encoding": "cp1252"}))
    'text, cp1252'
    >>> describe_source(Document("http://x/", "x", "x",
    ...     {"format": "url-html", "fetched": "2026-11-21T13:00:05Z", "encoding": "utf-8"}))
    'web page, fetched 2026-11-21 13:00 UTC'
    """
    meta = document.metadata
    kind = _FORMATS.get(meta.get("format", ""), meta.get("format", ""))
    if "fetched" in meta:
        when = meta["fetched"].replace("T", " ")[:16]
        return f"{kind}, fetched {when} UTC"
    if "encoding" in meta:
        return f"{kind}, {meta['encoding']}"
    return kind


def source_details(document: Document) -> str:
    """Every known detail, one per line: where it came from and how it was read."""
    meta = document.metadata
    lines = [meta.get("url", document.path)]
    if meta.get("final_url") and meta["final_url"] != lines[0]:
        lines.append(f"redirected to {meta['final_url']}")
    names = {"title": "title", "byline": "by", "date": "dated", "fetched": "fetched",
             "format": "format", "encoding": "encoding"}  # fmt: skip
    for key, name in names.items():
        if meta.get(key):
            lines.append(f"{name}: {meta[key]}")
    return "\n".join(lines)


def shortened(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, its middle replaced by "…".

    >>> shortened("abcdefghij", 5)
    'ab…ij'
    """
    if len(text) <= limit:
        return text
    head = (limit - 1) // 2
    return f"{text[:head]}…{text[len(text) - (limit - 1 - head) :]}"
