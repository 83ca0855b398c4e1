"""PDF lines to paragraphs: drop page furniture, join lines, undo end-of-line hyphenation."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from viewer.io.pdf_lines import Line

__all__ = ["paragraphs", "remove_furniture"]

# "7", "- 7 -", "(7)", "Page 7", "7 of 12", "7/12"; dashes may be en or em dashes.
_PAGE_NUMBER = re.compile(
    r"(?i)^(?:page\s+)?[-\u2013\u2014(\[]?\s*\d{1,4}\s*[-\u2013\u2014)\]]?"
    r"(?:\s*(?:of|/)\s*\d{1,4})?$"
)
_EDGE = 2  # lines at the top and at the bottom of a page that may be headers or footers
_HYPHENATED = re.compile(r"[^\W\d_]-$")
# Sentence end, possibly inside closing quotes (straight or curly) or brackets.
_ENDS_SENTENCE = re.compile(r"""[.!?:;"'\u201d\u2019)\]]$""")
_SAME_SIZE = 0.5  # points of font-size difference still taken as the same style
_PARAGRAPH_GAP = 1.3  # a gap this many times the usual line spacing starts a paragraph
_MAX_LINE_GAP = 1.9  # ... and so does any gap this many times the font size


def remove_furniture(pages: Sequence[Sequence[Line]]) -> tuple[tuple[Line, ...], ...]:
    """Drop page numbers and the headers and footers repeated at the edge of pages.

    A running head such as "Ministry of Harbours - Press release - Page 2 of 3" must not
    turn up as an addition in the middle of the text of the other version.
    """
    # A page's only line is its text, not a frame around it: "Section 1" alone on each of
    # three pages is the document, however alike those lines are.
    edges = [_edge_lines(page) if len(page) > 1 else frozenset() for page in pages]
    seen = Counter(key for edge in edges for key in {_key(line) for line in edge})
    repeated = {key for key, count in seen.items() if count >= 2 and 2 * count >= len(pages)}
    return tuple(
        tuple(
            line
            for line in page
            if not (line in edge and (_key(line) in repeated or _PAGE_NUMBER.match(line.text)))
        )
        for page, edge in zip(pages, edges, strict=True)
    )


def paragraphs(pages: Sequence[Sequence[Line]]) -> tuple[str, ...]:
    """Join lines into paragraphs, using vertical gaps and font sizes to see where they end."""
    leading = _usual_leading(pages)
    found: list[str] = []
    previous: Line | None = None
    for page in pages:
        for index, line in enumerate(page):
            if previous is None:
                found.append(line.text)
            elif index == 0 or previous.y <= line.y:
                # A new page or column: the paragraph goes on only if the sentence visibly does.
                if _continues(found[-1], line.text):
                    found[-1] = _join(found[-1], line.text)
                else:
                    found.append(line.text)
            elif _starts_paragraph(previous, line, leading):
                found.append(line.text)
            else:
                found[-1] = _join(found[-1], line.text)
            previous = line
    return tuple(found)


def _edge_lines(page: Sequence[Line]) -> frozenset[Line]:
    by_height = sorted(page, key=lambda line: line.y)
    return frozenset(by_height[:_EDGE] + by_height[-_EDGE:])


def _key(line: Line) -> tuple[str, int]:
    # Page numbers change from page to page; the rest of a running head and its place do not.
    return re.sub(r"\d+", "#", " ".join(line.text.split())).casefold(), round(line.y)


def _usual_leading(pages: Sequence[Sequence[Line]]) -> float | None:
    """The common distance between consecutive lines of one paragraph, if any is seen."""
    gaps = sorted(
        above.y - below.y
        for page in pages
        for above, below in itertools.pairwise(page)
        if abs(above.size - below.size) <= _SAME_SIZE and above.y - below.y >= 0.8 * below.size
    )
    # The lower quartile: paragraph gaps are the larger ones, and some lines are squeezed.
    return gaps[len(gaps) // 4] if gaps else None


def _starts_paragraph(previous: Line, line: Line, leading: float | None) -> bool:
    if abs(previous.size - line.size) > _SAME_SIZE:
        return True  # a heading, a caption or a byline in another size
    gap = previous.y - line.y
    if gap > _MAX_LINE_GAP * line.size:
        return True
    return leading is not None and gap > _PARAGRAPH_GAP * leading


def _continues(text: str, next_line: str) -> bool:
    return not _ENDS_SENTENCE.search(text) and next_line[:1].islower()


def _join(text: str, next_line: str) -> str:
    """Join two lines of a paragraph, undoing hyphenation: "experi-" + "ment" = "experiment".

    A compound split at its own hyphen ("well-" + "known") is joined too; there is no telling
    the two apart without a dictionary, and a missing hyphen is a cosmetic difference.
    """
    if _HYPHENATED.search(text) and next_line[:1].islower():
        return text[:-1] + next_line
    if text.endswith("\u00ad"):  # soft hyphen
        return text[:-1] + next_line
    return f"{text} {next_line}"
