"""Split a text into paragraphs and sentences whose spans tile the text exactly."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import regex

from viewer.core.boilerplate import boilerplate_spans
from viewer.core.model import Span

__all__ = [
    "Sentence",
    "absorb_blank",
    "paragraph_starts",
    "split_paragraph",
    "split_sentences",
]

# Titles: a full stop after them never ends a sentence (Mr. Smith, St. Louis).
_TITLES = frozenset(
    """mr mrs ms dr prof sr jr st gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt
    insp det mt ft""".split()
)
# Other abbreviations: a full stop after them ends a sentence only before a word that starts
# sentences ("… Pitt, Briggs & Co. It closed"; "… Jane and co. They should know").
_ABBREVIATIONS = frozenset("vs etc inc ltd co corp bros dept approx al ed eds cf".split())
# Abbreviations that are also words ("said no."): abbreviations only before a number.
_NUMBERED = frozenset(
    """no nos n p pp fig figs vol vols art sec ch para op jan feb mar apr jun jul aug sep sept
    oct nov dec mon tue tues wed thu thur thurs fri sat sun""".split()
)
# Words that open sentences and are not names: after an abbreviation, they say a new
# sentence has begun ("I live in the U.S. How about you?").
_STARTERS = frozenset(
    """a an the this that these those there here he she it they we i you his her its their our
    my your how what when where why who which while if but and or so yet then however still
    also after before as at in on for from by with to of did do does is are was were has have
    had will would can could should may might must no not never some many most all each every
    both one""".split()
)
_CLOSERS = "\"'\u201d\u2019\u00bb)\\]"
# A terminator (a spaced ellipsis ". . ." taken whole), closing quotes or brackets, then space.
_END = regex.compile(
    rf"(?P<spaced>\.(?:[ ]\.){{2,}})[{_CLOSERS}]*(?=\s|$)"
    rf"|(?:[.!?\u2026]+|[\u3002\uff01\uff1f])[{_CLOSERS}]*(?=\s|$)"
    r"|[\u3002\uff01\uff1f]+"
)
# After a terminator, a lowercase word or a comma continues the sentence ("… a school!" said).
_NEXT_CONTINUES = regex.compile(r"\s*[\p{Ll},;:]")
_WORD_AFTER = regex.compile(r"\s*[\"'\u201c\u2018(\[]*([\p{L}\p{N}]+)")
# A list item's marker: "1.", "2.)", "b)", "• 9.", "⁃10." before the item's text.
_MARKER = re.compile(
    r"(?:^|(?<=\s))[\u2022\u2043\u25aa\u2023\u25e6*-]?[ \t]?"
    r"(?P<value>\d{1,3}|[a-zA-Z])(?:\.\)|\.|\))(?=[ \t]+\S)",
    re.MULTILINE,
)
_ONLY_MARKER = regex.compile(
    r"\s*[\u2022\u2043\u25aa\u2023\u25e6*-]?[ \t]?(?:\d{1,3}|[a-zA-Z])(?:\.\)|\.|\))?"
)
# Scraped pages lose the line breaks around headings and metadata, gluing them to the first
# sentence after them: "date 2022-03-28 Ukraine and …", "MEASURED RESPONSE TO THE CALL The …".
_GLUED_META = regex.compile(
    r"(?i:date|dateline|published|updated|posted)[ \t]*:?[ \t]*\d{4}-\d\d-\d\d"
    r"(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?[ \t]+(?=[\p{Lu}\"\u201c\u2018])"
)
# ... or at least three capitalised words (ten letters or more), then an ordinary word.
_GLUED_HEAD = regex.compile(
    rf"(?P<meta>{_GLUED_META.pattern})"
    r"|(?P<caps>\p{Lu}[\p{Lu}\p{N}'\u2019&-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{N}'\u2019&-]*){2,}"
    r"[ \t]+(?=\p{Lu}\p{Ll}))"
)
_BLANK_LINE = regex.compile(r"\n[^\S\n]*\n\s*")
_LINE_BREAK = regex.compile(r"\n\s*")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``span`` includes trailing whitespace, ``content`` does not."""

    span: Span
    content: Span
    paragraph: int


def _paragraph_breaks(text: str) -> list[int]:
    """Offsets where a paragraph starts (after its separating whitespace)."""
    lines = [line.strip() for line in text.split("\n")]
    long_lines = [line for line in lines if len(line) > 40]
    # Hard-wrapped text (most long lines stop mid-sentence) keeps single newlines inside
    # paragraphs; otherwise every line is a paragraph, as in most saved articles.
    wrapped = bool(long_lines) and sum(
        not line.endswith((".", "!", "?", '"', "\u201d", ":")) for line in long_lines
    ) > 0.6 * len(long_lines)
    pattern = _BLANK_LINE if wrapped else _LINE_BREAK
    return [m.end() for m in pattern.finditer(text) if m.end() < len(text)]


def _skip_space(text: str, start: int, limit: int) -> int:
    while start < limit and text[start].isspace():
        start += 1
    return start


def _boundary(text: str, match: regex.Match[str], limit: int, start: int) -> int | None:
    """Where the sentence ends if this terminator ends it, else None. ``start`` is where the
    current sentence began."""
    end: int = match.end()
    if text[end - 1] in "\u3002\uff01\uff1f":
        return end
    nxt = _skip_space(text, end, limit)
    if _NEXT_CONTINUES.match(text, end, limit) and not _GLUED_META.match(text, nxt, limit):
        return None  # "… a school!" said Oleksandr — the sentence goes on
    if match.group("spaced"):
        # ". . . ." ends a sentence; ". . ." inside one does not. "word. . . . Next": the
        # word's own full stop ends it and the ellipsis opens the next sentence.
        if match.group("spaced").count(".") < 4 or not text[end:limit].strip():
            return None
        first: int = match.start()
        return first + 1 if first > 0 and not text[first - 1].isspace() else end
    if match.start() > 0 and text[match.start() - 1] in "[(":
        return None  # "[...]" marks a cut inside a quotation
    marks = match.group().rstrip(_CLOSERS)
    if marks != ".":
        return end  # "!", "?", "...."
    if _ONLY_MARKER.fullmatch(text, start, match.start() + 1):
        return None  # "1. The first item": the number is the item's, not a sentence
    word_start = match.start()
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    token = text[word_start : match.start()].lstrip("\"'\u201c\u2018([")
    core = token.replace(".", "").rstrip("\u00b0\u00ba").casefold()
    if not core.isalpha():
        return end  # "… 1026.253.553. That is where"
    if core in _TITLES and "." not in token:
        return None  # Mr. Smith, St. Louis
    after = _WORD_AFTER.match(text, end, limit)
    if (
        after is not None
        and after.group(1)[0].isdigit()
        and (core in _NUMBERED or core in _ABBREVIATIONS or len(core) == 1)
    ):
        return None  # p. 55, No. 5, Jan. 1
    if after is None or not ("." in token or len(core) == 1 or core in _ABBREVIATIONS):
        return end
    return end if after.group(1).casefold() in _STARTERS else None  # U.S. How / U.S. Navy


def _list_items(markers: list[re.Match[str]], text: str, start: int) -> list[int]:
    """Starts of the items of numbered or lettered lists written on one line: a run of
    ``markers`` (those of one paragraph) counting up (1, 2, 3 or a, b, c) from the
    paragraph's ``start`` or a colon."""
    items: list[int] = []
    run: list[tuple[int, int]] = []  # (start, value)
    for marker in markers:
        raw = marker.group("value")
        value = int(raw) if raw.isdigit() else ord(raw.casefold()) + 1000
        before = text[start : marker.start()].rstrip()
        follows = bool(run) and value == run[-1][1] + 1 and len(
            text[run[-1][0] : marker.start()].split()) >= 3  # fmt: skip
        if follows:
            run.append((marker.start(), value))
            continue
        if len(run) > 1:
            items.extend(s for s, _ in run)
        run = [(marker.start(), value)] if not before or before.endswith(":") else []
    if len(run) > 1:
        items.extend(s for s, _ in run)
    return items


def _forced_cuts(text: str, starts: list[int], first: int, last: int) -> list[list[int]]:
    """For paragraphs ``first`` to ``last`` (excluded), the sentence starts that list items
    and page furniture force; both are searched in one pass over those paragraphs."""
    lo, hi = starts[first], _end(text, starts, last - 1)
    forced: list[set[int]] = [set() for _ in range(first, last)]
    for piece in boilerplate_spans(text, lo, hi):
        k = bisect_right(starts, piece.start) - 1
        forced[k - first].update((piece.start, _skip_space(text, piece.end, _end(text, starts, k))))
    by_paragraph: dict[int, list[re.Match[str]]] = {}
    for marker in _MARKER.finditer(text, lo, hi):
        by_paragraph.setdefault(bisect_right(starts, marker.start()) - 1, []).append(marker)
    for k, markers in by_paragraph.items():
        if len(markers) > 1:
            forced[k - first].update(_list_items(markers, text, starts[k]))
    return [
        sorted(c for c in cuts if starts[k] < c < _end(text, starts, k))
        for k, cuts in enumerate(forced, start=first)
    ]


def _end(text: str, starts: list[int], k: int) -> int:
    return starts[k + 1] if k + 1 < len(starts) else len(text)


def _cuts(text: str, p_start: int, p_end: int, forced: list[int]) -> list[int]:
    """Offsets in a paragraph where a sentence starts, the paragraph's start excluded."""
    cuts: list[int] = []
    next_forced = 0
    start = p_start
    # Where the paragraph's text ends: a terminator there (or after) ends no sentence.
    last = p_end
    while last > p_start and text[last - 1].isspace():
        last -= 1
    for match in _END.finditer(text, p_start, p_end):
        while next_forced < len(forced) and forced[next_forced] <= match.start():
            start = forced[next_forced]
            cuts.append(start)
            next_forced += 1
        end = _boundary(text, match, p_end, start)
        if end is None or end >= last:
            continue
        start = _skip_space(text, end, p_end)
        cuts.append(start)
    cuts.extend(forced[next_forced:])
    return sorted(set(cuts))


def paragraph_starts(text: str) -> list[int]:
    """Offsets where each paragraph starts; the first is 0 (empty text: none)."""
    return [0, *_paragraph_breaks(text)] if text else []


def split_paragraph(text: str, starts: list[int], k: int) -> list[Sentence]:
    """Sentences of paragraph ``k`` (``starts`` from ``paragraph_starts``), before
    whitespace-only pieces are absorbed (``absorb_blank``)."""
    return _split(text, starts, k, _forced_cuts(text, starts, k, k + 1)[0])


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text``; their spans tile it (leading whitespace joins the first).

    Sentence ends inside quoted speech end sentences too: a quote of several sentences is
    several units, which keeps aligned rows no coarser than the content.

    >>> text = 'Mr. Smith met U.S. envoys. "Stop. Now!" he said.\\n\\nDone.'
    >>> [text[s.content.start:s.content.end] for s in split_sentences(text)]
    ['Mr. Smith met U.S. envoys.', '"Stop.', 'Now!" he said.', 'Done.']
    """
    starts = paragraph_starts(text)
    if not starts:
        return ()
    forced = _forced_cuts(text, starts, 0, len(starts))
    return absorb_blank(
        [piece for k in range(len(starts)) for piece in _split(text, starts, k, forced[k])]
    )


def _split(text: str, starts: list[int], k: int, forced: list[int]) -> list[Sentence]:
    p_start, p_end = starts[k], _end(text, starts, k)
    sentences: list[Sentence] = []
    cut = p_start
    for nxt in _cuts(text, p_start, p_end, forced):
        if text[cut:nxt].strip():
            sentences.append(_sentence(text, cut, nxt, k))
            cut = nxt
    sentences.append(_sentence(text, cut, p_end, k))
    return [piece for s in sentences for piece in _split_glued_head(text, s)]


def _split_glued_head(text: str, sentence: Sentence) -> list[Sentence]:
    """A heading or metadata line glued to the start of a sentence becomes its own."""
    start = sentence.content.start
    head = _GLUED_HEAD.match(text, start, sentence.content.end)  # one call: a hot path
    if head is None:
        return [sentence]
    cut = head.end()
    if head.group("caps") and sum(c.isalpha() for c in text[start:cut]) < 10:
        return [sentence]
    return [
        _sentence(text, sentence.span.start, cut, sentence.paragraph),
        _sentence(text, cut, sentence.span.end, sentence.paragraph),
    ]


def absorb_blank(sentences: list[Sentence]) -> tuple[Sentence, ...]:
    """Whitespace-only pieces join the next sentence (the last one joins the previous)."""
    if all(not s.content.is_empty for s in sentences):
        return tuple(sentences)
    out: list[Sentence] = []
    pending: int | None = None
    for s in sentences:
        if s.content.is_empty and s.span.end > s.span.start:
            pending = s.span.start if pending is None else pending
            continue
        start = s.span.start if pending is None else pending
        out.append(Sentence(Span(start, s.span.end), s.content, s.paragraph))
        pending = None
    if pending is not None:
        if out:
            last = out.pop()
            out.append(
                Sentence(
                    Span(last.span.start, sentences[-1].span.end), last.content, last.paragraph
                )
            )
        else:
            out.append(
                sentences[-1]
                if len(sentences) == 1
                else Sentence(Span(pending, sentences[-1].span.end), Span(pending, pending), 0)
            )
    return tuple(out)


def _sentence(text: str, start: int, end: int, paragraph: int) -> Sentence:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    body = chunk.strip()
    content = Span(start + lead, start + lead + len(body)) if body else Span(start, start)
    return Sentence(Span(start, end), content, paragraph)
