"""Split a text into paragraphs and sentences whose spans tile the text exactly."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from viewer.core.model import Span
from viewer.core.quotes import find_quotes

__all__ = ["Sentence", "split_sentences"]

# Titles and abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt
    insp det mt ft no nos vs etc inc ltd co corp bros dept est approx fig vol ed eds al
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun""".split()
)
# A terminator, then closing quotes or brackets, then the space that may end a sentence.
_END = regex.compile(
    r"(?:[.!?\u2026]+|[\u3002\uff01\uff1f])[\"'\u201d\u2019\u00bb)\]]*(?=\s|$)|[\u3002\uff01\uff1f]+"
)
# After a terminator, a lowercase word or a comma continues the sentence ("… a school!" said).
_NEXT_CONTINUES = regex.compile(r"\s*[\p{Ll},;:]")
# Scraped pages lose the line breaks around headings and metadata, gluing them to the first
# sentence after them: "date 2022-03-28 Ukraine and …", "MEASURED RESPONSE TO THE CALL The …".
_GLUED_META = regex.compile(
    r"(?i:date|dateline|published|updated|posted)[ \t]*:?[ \t]*\d{4}-\d\d-\d\d"
    r"(?:[T ]\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?[ \t]+(?=\p{Lu})"
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


def _ends_sentence(text: str, end: int, limit: int, quotes: list[Span]) -> bool:
    mark = text[end - 1]
    if mark in "\u3002\uff01\uff1f":
        return True
    if _NEXT_CONTINUES.match(text, end, limit) and not _GLUED_META.match(
        text, _skip_space(text, end, limit), limit
    ):
        return False  # "… a school!" said Oleksandr — the sentence goes on
    if any(q.start < end - 1 and end < q.end for q in quotes):
        return False  # inside quoted speech, which may hold several sentences
    stripped = text[max(0, end - 40) : end].rstrip("\"'\u201d\u2019\u00bb)]")
    if stripped.endswith("."):
        words = stripped[:-1].rsplit(None, 1)
        token = words[-1].lstrip("\"'(\u201c\u2018[") if words else ""
        if token.replace(".", "").isalpha() and (
            "." in token or len(token) == 1 or token.casefold() in _ABBREVIATIONS
        ):
            return False  # U.S., J. K. Rowling, Mr., Jan.
        if stripped.endswith((". .", "...")) and not stripped.endswith(". . . ."):
            return not stripped.endswith(". .")
    return True


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text``; their spans tile it (leading whitespace joins the first).

    >>> text = 'Mr. Smith met U.S. envoys. "Stop. Now!" he said.\\n\\nDone.'
    >>> [text[s.content.start:s.content.end] for s in split_sentences(text)]
    ['Mr. Smith met U.S. envoys.', '"Stop. Now!" he said.', 'Done.']
    """
    if not text:
        return ()
    quotes = list(find_quotes(text))
    starts = [0, *_paragraph_breaks(text)]
    sentences: list[Sentence] = []
    for paragraph, p_start in enumerate(starts):
        p_end = starts[paragraph + 1] if paragraph + 1 < len(starts) else len(text)
        p_quotes = [q for q in quotes if q.start < p_end and q.end > p_start]
        cut = p_start
        for match in _END.finditer(text, p_start, p_end):
            end = match.end()
            if end >= p_end or not text[end:p_end].strip():
                break
            if _ends_sentence(text, end, p_end, p_quotes):
                nxt = _skip_space(text, end, p_end)
                sentences.append(_sentence(text, cut, nxt, paragraph))
                cut = nxt
        sentences.append(_sentence(text, cut, p_end, paragraph))
    return _absorb_blank([piece for s in sentences for piece in _split_glued_head(text, s)])


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


def _absorb_blank(sentences: list[Sentence]) -> tuple[Sentence, ...]:
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
