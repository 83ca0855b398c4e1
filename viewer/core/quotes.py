"""Find quoted speech in a text: the spans between matching quotation marks."""

from __future__ import annotations

from bisect import bisect_right

import regex

from viewer.core.model import Span

__all__ = ["QuoteIndex", "find_quotes"]

_OPENERS = {"\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb", "\u2018": "\u2019"}
_CLOSERS = {"\u201d", "\u00bb", "\u2019"}
_MARKS = regex.compile("[\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]")
_WORD = regex.compile(r"[\p{L}\p{N}]")


def _is_word(char: str) -> bool:
    return bool(char) and _WORD.match(char) is not None


def find_quotes(text: str) -> tuple[Span, ...]:
    """Spans of quoted passages, marks included, each within one paragraph.

    An apostrophe inside a word (Russia's, don't) never opens or closes a quote; a quote left
    open at the end of a paragraph runs to its end, as in news copy that quotes several
    paragraphs in a row.

    >>> text = 'He said "no." Then ‘it’s fine’, she said.'
    >>> [text[s.start:s.end] for s in find_quotes(text)]
    ['"no."', '‘it’s fine’']
    """
    spans: list[Span] = []
    for paragraph in regex.finditer(r"[^\n]+", text):
        spans.extend(_quotes_in(text, paragraph.start(), paragraph.end()))
    return tuple(spans)


def _quotes_in(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    open_at: int | None = None
    closer = ""
    for mark in _MARKS.finditer(text, start, end):
        i = mark.start()
        char = mark.group()
        before = text[i - 1] if i > start else ""
        after = text[i + 1] if i + 1 < end else ""
        if char in "'\u2019" and _is_word(before) and _is_word(after):
            continue  # an apostrophe inside a word
        if open_at is None:
            if char in _OPENERS or (char in "\"'" and not _is_word(before)):
                if char == "'" and not _is_word(after):
                    continue
                open_at = i
                closer = _OPENERS.get(char, char)
            continue
        single_open = text[open_at] in "'\u2018"
        if single_open != (char in "'\u2018\u2019"):
            continue  # a double mark inside single quotes, or the other way round
        closes = char == closer or char in _CLOSERS or (char == '"' and closer in "\u201d\u201c")
        if closes and not (char in "'\u2019" and _is_word(after)):
            spans.append(Span(open_at, i + 1))
            open_at = None
    if open_at is not None:
        spans.append(Span(open_at, end))
    return spans


class QuoteIndex:
    """Answers "which quotes does this span touch?", finding the quotes of a line only when a
    span first reaches it (a long document is mostly never asked about)."""

    __slots__ = ("_breaks", "_lines", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._breaks: list[int] | None = None  # offsets of the line breaks
        self._lines: dict[int, tuple[list[int], tuple[Span, ...]]] = {}

    def touching(self, span: Span) -> tuple[Span, ...]:
        """The quotes that ``span`` overlaps (an empty span: that strictly contain it)."""
        breaks = self._line_breaks()
        stop = max(span.end, span.start + 1)
        found: list[Span] = []
        k = bisect_right(breaks, span.start - 1)  # the line holding span.start
        while k <= len(breaks):
            line = breaks[k - 1] + 1 if k else 0
            if line >= stop:
                break
            end = breaks[k] if k < len(breaks) else len(self._text)
            starts, quotes = self._quotes_of(line, end)
            # quotes start in order and never overlap: only those starting before ``stop``
            # and the one before them can reach the span
            for quote in quotes[max(bisect_right(starts, span.start) - 1, 0) :]:
                if quote.start >= stop:
                    break
                inside = (
                    quote.start < span.start < quote.end
                    if span.is_empty
                    else quote.start < span.end and span.start < quote.end
                )
                if inside:
                    found.append(quote)
            k += 1
        return tuple(found)

    def _line_breaks(self) -> list[int]:
        if self._breaks is None:
            text, found, at = self._text, [], self._text.find("\n")
            while at >= 0:
                found.append(at)
                at = text.find("\n", at + 1)
            self._breaks = found
        return self._breaks

    def _quotes_of(self, line: int, end: int) -> tuple[list[int], tuple[Span, ...]]:
        found = self._lines.get(line)
        if found is None:
            quotes = tuple(_quotes_in(self._text, line, end))
            found = self._lines[line] = ([q.start for q in quotes], quotes)
        return found
