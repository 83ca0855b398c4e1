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
    """Answers "does this span touch quoted speech?" in logarithmic time."""

    __slots__ = ("_ends", "_spans", "_starts")

    def __init__(self, spans: tuple[Span, ...]) -> None:
        self._spans = spans
        self._starts = [s.start for s in spans]
        self._ends = [s.end for s in spans]

    def touching(self, span: Span) -> tuple[Span, ...]:
        """The quotes that ``span`` touches (quotes never overlap each other)."""
        i = bisect_right(self._starts, max(span.start, span.end - 1)) - 1
        found = []
        while i >= 0 and self._ends[i] > span.start:
            quote = self._spans[i]
            if span.is_empty and not quote.start < span.start < quote.end:
                break
            found.append(quote)
            i -= 1
        return tuple(reversed(found))

    def touches(self, span: Span) -> bool:
        i = bisect_right(self._starts, max(span.start, span.end - 1)) - 1
        if i < 0:
            return False
        if span.is_empty:
            return self._starts[i] < span.start < self._ends[i]
        return self._ends[i] > span.start
