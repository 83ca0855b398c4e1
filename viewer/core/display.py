"""How a pane's document holds a text: the same characters, cut into blocks Qt lays out fast.

Qt lays a document out block by block, keeps a few kilobytes for each laid-out block, and
lays out a whole block at once. A 50 MB text of 1.3 million short paragraphs then costs Qt
about 1.4 GB per pane, and a 1,000,000-character word in one block takes 26 s to wrap (Qt
looks for a word boundary from each line's start to the end of the word). So, for the
display only:

- in a long text, paragraph breaks inside a group of about ``BLOCK`` characters become line
  separators (U+2028): the same lines on screen, the same number of characters, one block
  per group (about 4 bytes a character laid out instead of 60);
- a line longer than ``LONGEST_LINE`` is cut into blocks: at a space, which becomes the break
  (no character added), or, in a run with no space (one long word), by a break inserted into
  the document; and inside such a line a word longer than ``LONG_WORD`` gets a zero-width
  space every ``SOFT_EVERY`` letters, where a line may wrap (Qt wraps other words as before).
  Then the pane's positions differ from the text's, and :class:`Shifts` maps them.

The text itself is never changed: spans keep pointing into it, and copying takes it from there.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

__all__ = [
    "BLOCK",
    "GROUP_FROM",
    "LINE_SEPARATOR",
    "LONGEST_LINE",
    "DisplayChunk",
    "Shifts",
    "display_chunks",
    "needs_spacing",
]

LINE_SEPARATOR = "\u2028"
GROUP_FROM = 300_000  # texts longer than this (about 50,000 words) have paragraphs grouped
BLOCK = 4_000  # characters per block when grouping
LONGEST_LINE = 10_000  # a longer line is cut into blocks (Qt lays a block out all at once)
LONG_WORD = 200  # in a long line, a longer word may wrap anywhere past SOFT_EVERY letters
SOFT_EVERY = 16
ZERO_WIDTH_SPACE = "\u200b"
_SAMPLE = 2_000_000  # characters looked at to tell how a text separates its paragraphs
_SPACED_GROUP_FROM = 50_000  # spaced paragraphs keep a block each (and their spacing) below this
# Letters of right-to-left scripts: a paragraph holding one keeps a block of its own, since
# Qt sets a block's direction from its first letter.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


@dataclass(frozen=True, slots=True)
class Shifts:
    """The breaks inserted into a pane's document, as text positions before which each one
    sits (sorted); without any, document and text positions are the same.

    >>> s = Shifts((5,))
    >>> s.to_document(4), s.to_document(5), s.to_text(5), s.to_text(6)
    (4, 6, 5, 5)
    """

    inserted: tuple[int, ...] = ()

    def to_document(self, position: int) -> int:
        if not self.inserted:
            return position
        return position + bisect_right(self.inserted, position)

    def to_text(self, position: int) -> int:
        if not self.inserted:
            return position
        # The k-th break sits at document position inserted[k] + k.
        low, high = 0, len(self.inserted)
        while low < high:  # bisect over inserted[k] + k, which is sorted too
            middle = (low + high) // 2
            if self.inserted[middle] + middle < position:
                low = middle + 1
            else:
                high = middle
        return position - low


@dataclass(frozen=True, slots=True)
class DisplayChunk:
    """The next piece of a pane's document, and the text positions where it inserted a break."""

    text: str
    inserted: tuple[int, ...]


def needs_spacing(text: str) -> bool:
    """Whether paragraphs follow each other without blank lines between them (the pane then
    adds space below each).

    >>> needs_spacing("One.\\nTwo.\\nThree."), needs_spacing("One.\\n\\nTwo.")
    (True, False)
    """
    sample = text[:_SAMPLE]  # a long text is judged by its start: counting pairs is slow
    lines = sample.count("\n")
    return bool(lines) and sample.count("\n\n") < lines / 4


def display_chunks(text: str, size: int = 500_000) -> Iterator[DisplayChunk]:
    """The pane's document for ``text``, in pieces of about ``size`` characters, so that
    building it can be spread over idle moments.

    >>> [c.text for c in display_chunks("a\\n\\nb") if c.text]
    ['a\\n\\nb']
    >>> chunk = [c for c in display_chunks("x" * 25_000) if c.text][0]
    >>> [at for at in chunk.inserted if at % 10_000 == 0], chunk.text.count("\\n")
    ([10000, 20000], 2)
    >>> chunk.text.count(ZERO_WIDTH_SPACE)  # where the word may wrap: every 16 letters
    1560
    """
    # Each look over the whole text is a step of its own (tens of milliseconds at 50 MB).
    group = len(text) > GROUP_FROM and (
        not needs_spacing(text) or text.count("\n") > _SPACED_GROUP_FROM
    )
    yield DisplayChunk("", ())
    rtl = False
    if not text.isascii():  # looked for a piece at a time: 0.17 s over 50 MB of wide text
        for at in range(0, len(text), size):
            if _RTL.search(text, at, at + size):
                rtl = True
                break
            yield DisplayChunk("", ())
    yield DisplayChunk("", ())
    out: list[str] = []
    inserted: list[int] = []
    run = built = 0
    for start, end, after, long in _pieces(text):
        if long:
            _soften(text, start, end, out, inserted)
        else:
            out.append(text[start:end])
        run += end - start + 1
        built += end - start + 1
        if after is _Break.LINE:
            own = rtl and bool(_RTL.search(text, start, end) or _RTL.search(text, end, end + 400))
            if group and run < BLOCK and not own:
                out.append(LINE_SEPARATOR)
                continue
        elif after is _Break.INSERTED:
            inserted.append(end)
        if after is not _Break.END:
            out.append("\n")
            run = 0
        if built >= size or after is _Break.END:
            yield DisplayChunk("".join(out), tuple(inserted))
            out, inserted, built = [], [], 0


class _Break(Enum):
    """What ends a piece of the document."""

    LINE = 1  # a line break of the text
    SPACE = 2  # a space of a long line, shown as a break
    INSERTED = 3  # a break the document adds inside a long word
    END = 4  # the end of the text


def _pieces(text: str) -> Iterator[tuple[int, int, _Break, bool]]:
    """The stretches of ``text`` between the document's breaks: its lines, and the pieces of
    a line longer than ``LONGEST_LINE`` cut at the last space of each stretch (or, with none in
    its second half, cut by an inserted break); the last item says the line was that long."""
    position = 0
    length = len(text)
    while True:
        end = text.find("\n", position)
        stop = length if end < 0 else end
        long = stop - position > LONGEST_LINE
        while stop - position > LONGEST_LINE:
            limit = position + LONGEST_LINE
            space = text.rfind(" ", position + LONGEST_LINE // 2, limit)
            if space > 0:
                yield position, space, _Break.SPACE, True
                position = space + 1
            else:
                yield position, limit, _Break.INSERTED, True
                position = limit
        if end < 0:
            yield position, length, _Break.END, long
            return
        yield position, end, _Break.LINE, long
        position = end + 1


_LONG_WORD = re.compile(rf"\S{{{LONG_WORD},}}")


def _soften(text: str, start: int, end: int, out: list[str], inserted: list[int]) -> None:
    """``text[start:end]`` into ``out``, with a zero-width space every ``SOFT_EVERY`` letters
    of each word longer than ``LONG_WORD``: Qt looks for a word boundary from each line's start
    to the end of the word, so wrapping a 1 MB word took it minutes."""
    position = start
    for word in _LONG_WORD.finditer(text, start, end):
        first, last = word.span()
        out.append(text[position:first])
        for at in range(first, last, SOFT_EVERY):
            if at > first:
                out.append(ZERO_WIDTH_SPACE)
                inserted.append(at)
            out.append(text[at : min(at + SOFT_EVERY, last)])
        position = last
    out.append(text[position:end])
