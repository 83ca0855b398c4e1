"""The claims table: every quotation and every figure in any version, one row across all.

The question fact-checkers ask first is "who changed the quote, who changed the figure?". A
row gathers one figure (by value: "160,000", "1,119") or one quotation with its reworded
forms ("cannot remain in power" / "can not stay in power"), and says for each version whether
it has it, in what wording and where.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from enum import StrEnum

import regex

from viewer.core.boilerplate import boilerplate_spans
from viewer.core.checks import Check, go_on
from viewer.core.features import is_function_key, stem
from viewer.core.locations import Paragraphs
from viewer.core.model import Comparison, Span
from viewer.core.normalize import is_number_key, word_key
from viewer.core.quotes import find_quotes
from viewer.core.segment import paragraph_starts, split_paragraph
from viewer.core.tokens import Token, iter_tokens

__all__ = ["Claim", "ClaimKind", "Occurrence", "claims_table"]

# Spelled small numbers are words as often as figures ("one of", "the two sides").
_WEAK = frozenset("zero one two first second once twice".split())
_MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
_SCALES = frozenset("hundred thousand million billion trillion percent per cent %".split())
# Quotations this alike (content words shared, over the shorter's) are one claim reworded.
_SAME_QUOTE = 0.6
_WORDING = 8  # words kept on each side of a figure to show its wording
_MAX_POSTING = 50  # quotations sharing a word beyond which it is not used to join them
_CLAUSE_END = regex.compile(r"[;\n\u201c\u201d\"]")
_WORD = regex.compile(r"\S+")
# Work between two calls of a table's ``check`` (tokens, quotations): a few milliseconds.
_CHECK_EVERY = 2048


class ClaimKind(StrEnum):
    QUOTE = "quote"
    NUMBER = "number"


@dataclass(frozen=True, slots=True)
class Occurrence:
    """Where one version states the claim, and how it words it."""

    document: int
    span: Span  # the quotation, or the figure
    wording: str  # the quotation, or the clause around the figure
    paragraph: int  # 1-based, of that version's own paragraphs (¶N)
    at: int = 0  # where the figure starts in ``wording`` (a quotation: 0)


@dataclass(frozen=True, slots=True)
class Claim:
    kind: ClaimKind
    label: str  # the figure, or the first wording found
    occurrences: tuple[Occurrence, ...]  # in document order, then reading order

    def in_document(self, document: int) -> tuple[Occurrence, ...]:
        return tuple(o for o in self.occurrences if o.document == document)

    def documents(self) -> frozenset[int]:
        return frozenset(o.document for o in self.occurrences)


def claims_table(comparison: Comparison, check: Check = go_on) -> tuple[Claim, ...]:
    """Rows for every figure and quotation of every version, in the base's reading order
    (claims the base lacks follow, in the order of the version that has them first).
    ``check`` is called every few milliseconds of work and may raise to stop it (a table of
    two million-word versions takes seconds)."""
    order = [comparison.base] + [
        k for k in range(len(comparison.documents)) if k != comparison.base
    ]
    numbers: dict[str, list[Occurrence]] = {}
    labels: dict[str, str] = {}
    quotes: list[tuple[Occurrence, frozenset[str]]] = []
    for k in order:
        text = comparison.documents[k].text
        starts = Paragraphs.of(text)
        furniture = list(boilerplate_spans(text))
        furniture_ends = [f.end for f in furniture]
        for occurrence, key, label in _figures(text, k, starts, check):
            nearest = bisect_right(furniture_ends, occurrence.span.start)
            if nearest < len(furniture) and furniture[nearest].overlaps(occurrence.span):
                continue  # a figure in page furniture ("2:30" of a video) is no claim
            numbers.setdefault(key, []).append(occurrence)
            labels.setdefault(key, label)
        for n, quote in enumerate(find_quotes(text)):
            if n % _CHECK_EVERY == 0:
                check()
            stems = _stems(text, quote)
            if stems:
                quotes.append((_occurrence(text, k, quote, quote.of(text), starts), stems))
    rows = [
        (found[0], Claim(ClaimKind.NUMBER, labels[key], tuple(found)))
        for key, found in numbers.items()
    ]
    for group in _clusters(quotes, check):
        rows.append((group[0], Claim(ClaimKind.QUOTE, group[0].wording, tuple(group))))
    rank = {k: n for n, k in enumerate(order)}
    rows.sort(key=lambda row: (rank[row[0].document], row[0].span.start, row[1].kind))
    return tuple(claim for _, claim in rows)


def _figures(
    text: str, document: int, starts: Paragraphs, check: Check
) -> list[tuple[Occurrence, str, str]]:
    """Each figure with the key that groups it: its value, with the month of a date ("march
    10") or the scale that follows it ("10 million"), so that "March 10" and "10 million
    people" are different claims."""
    tokens: list[Token] = []
    for token in iter_tokens(text):
        if len(tokens) % _CHECK_EVERY == 0:
            check()
        tokens.append(token)
    sentences = _Sentences(text)
    found = []
    for k, token in enumerate(tokens):
        if k % _CHECK_EVERY == 0:
            check()
        key = word_key(token.text)
        if not is_number_key(key) or token.text.casefold() in _WEAK:
            continue
        before = word_key(tokens[k - 1].text) if k else ""
        after = word_key(tokens[k + 1].text) if k + 1 < len(tokens) else ""
        label = token.text
        if before in _MONTHS:
            key, label = f"{before} {key}", f"{tokens[k - 1].text} {token.text}"
        elif after in _MONTHS:
            key, label = f"{after} {key}", f"{token.text} {tokens[k + 1].text}"
        elif after in _SCALES:
            key, label = f"{key} {after}", f"{token.text} {tokens[k + 1].text}"
        span = Span(token.start, token.end)
        wording, at = _clause(text, span, sentences.around(span.start))
        found.append(
            (Occurrence(document, span, wording, starts.number(span.start), at), key, label)
        )
    return found


class _Sentences:
    """Sentence bounds of a text, found paragraph by paragraph as figures need them (the
    splitter knows "U.S." and "Mr." do not end a sentence)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = paragraph_starts(text)
        self.found: dict[int, list[Span]] = {}

    def around(self, position: int) -> Span:
        k = max(bisect_right(self.starts, position) - 1, 0)
        if k not in self.found:
            self.found[k] = [s.content for s in split_paragraph(self.text, self.starts, k)]
        contents = self.found[k]
        at = max(bisect_right([c.start for c in contents], position) - 1, 0)
        return contents[at] if contents else Span(0, len(self.text))


def _clause(text: str, span: Span, sentence: Span) -> tuple[str, int]:
    """Up to ``_WORDING`` words either side of a figure, within its sentence and clause (a
    semicolon or a quotation mark ends a clause); and where the figure starts in them.

    >>> text = "Water rose. The U.S. Army said 160,000 people were trapped. Help came."
    >>> _clause(text, Span(31, 38), Span(12, 59))
    ('The U.S. Army said 160,000 people were trapped.', 19)
    >>> _clause("It cost 41, officials said.", Span(8, 10), Span(0, 27))
    ('It cost 41, officials said.', 8)
    """
    cuts = [m.end() for m in _CLAUSE_END.finditer(text, sentence.start, span.start)]
    start = cuts[-1] if cuts else sentence.start
    after = _CLAUSE_END.search(text, span.end, sentence.end)
    end = after.start() if after else sentence.end
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, start, end)]
    here = next((k for k, (pos, w) in enumerate(words) if pos + len(w) > span.start), 0)
    kept = words[max(0, here - _WORDING) : here + _WORDING + 1]
    wording = " ".join(w for _, w in kept)
    lead = " ".join(w for _, w in kept[: here - max(0, here - _WORDING)])
    at = len(lead) + 1 if lead else 0
    at += span.start - words[here][0] if words else 0
    return wording, at


def _occurrence(
    text: str, document: int, span: Span, wording: str, paragraphs: Paragraphs
) -> Occurrence:
    return Occurrence(document, span, wording, paragraphs.number(span.start))


def _stems(text: str, span: Span) -> frozenset[str]:
    keys = (word_key(t.text) for t in iter_tokens(text, span.start, span.end))
    return frozenset(stem(k) for k in keys if not is_function_key(k) and not is_number_key(k))


def _clusters(
    quotes: list[tuple[Occurrence, frozenset[str]]], check: Check
) -> list[list[Occurrence]]:
    """Quotations of different versions that say the same, joined (union-find): most of
    the shorter one's content words shared, and at least two unless it has only one."""
    parent = list(range(len(quotes)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    by_stem: dict[str, list[int]] = {}
    for k, (_, stems) in enumerate(quotes):
        for s in stems:
            by_stem.setdefault(s, []).append(k)
    for k, (occurrence, stems) in enumerate(quotes):
        if k % _CHECK_EVERY == 0:
            check()
        shared: dict[int, int] = {}
        for s in stems:
            if len(by_stem[s]) > _MAX_POSTING:
                continue  # a word in every other quotation tells none of them apart
            for j in by_stem[s]:
                if j > k and quotes[j][0].document != occurrence.document:
                    shared[j] = shared.get(j, 0) + 1
        for j, count in shared.items():
            smaller = min(len(stems), len(quotes[j][1]))
            if count >= min(2, smaller) and count >= _SAME_QUOTE * smaller:
                parent[root(j)] = root(k)
    groups: dict[int, list[Occurrence]] = {}
    for k, (occurrence, _) in enumerate(quotes):
        groups.setdefault(root(k), []).append(occurrence)
    return list(groups.values())
