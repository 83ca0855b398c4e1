"""The claims table: every quotation and every figure in any version, one row across all.

The question fact-checkers ask first is "who changed the quote, who changed the figure?". A
row gathers one figure (by value: "160,000", "1,119") or one quotation with its reworded
forms ("cannot remain in power" / "can not stay in power"), and says for each version whether
it has it, in what wording and where.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import regex

from viewer.core.boilerplate import boilerplate_spans
from viewer.core.features import is_function_key, stem
from viewer.core.locations import Paragraphs
from viewer.core.model import Comparison, Span
from viewer.core.normalize import is_number_key, word_key
from viewer.core.quotes import find_quotes
from viewer.core.tokens import iter_tokens

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
_CLAUSE_END = regex.compile(r"[.!?;\n\u201c\u201d\"](?=\s|$)|[\n\u201c\u201d\"]")
_WORD = regex.compile(r"\S+")


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


@dataclass(frozen=True, slots=True)
class Claim:
    kind: ClaimKind
    label: str  # the figure, or the first wording found
    occurrences: tuple[Occurrence, ...]  # in document order, then reading order

    def in_document(self, document: int) -> tuple[Occurrence, ...]:
        return tuple(o for o in self.occurrences if o.document == document)

    def documents(self) -> frozenset[int]:
        return frozenset(o.document for o in self.occurrences)


def claims_table(comparison: Comparison) -> tuple[Claim, ...]:
    """Rows for every figure and quotation of every version, in the base's reading order
    (claims the base lacks follow, in the order of the version that has them first)."""
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
        for occurrence, key, label in _figures(text, k, starts):
            if not any(f.overlaps(occurrence.span) for f in furniture):
                numbers.setdefault(key, []).append(occurrence)
                labels.setdefault(key, label)
        for quote in find_quotes(text):
            stems = _stems(text, quote)
            if stems:
                quotes.append((_occurrence(text, k, quote, quote.of(text), starts), stems))
    rows = [
        (found[0], Claim(ClaimKind.NUMBER, labels[key], tuple(found)))
        for key, found in numbers.items()
    ]
    for group in _clusters(quotes):
        rows.append((group[0], Claim(ClaimKind.QUOTE, group[0].wording, tuple(group))))
    rank = {k: n for n, k in enumerate(order)}
    rows.sort(key=lambda row: (rank[row[0].document], row[0].span.start, row[1].kind))
    return tuple(claim for _, claim in rows)


def _figures(text: str, document: int, starts: Paragraphs) -> list[tuple[Occurrence, str, str]]:
    """Each figure with the key that groups it: its value, with the month of a date ("march
    10") or the scale that follows it ("10 million"), so that "March 10" and "10 million
    people" are different claims."""
    tokens = list(iter_tokens(text))
    found = []
    for k, token in enumerate(tokens):
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
        occurrence = _occurrence(text, document, span, _clause(text, span), starts)
        found.append((occurrence, key, label))
    return found


def _clause(text: str, span: Span) -> str:
    """Up to ``_WORDING`` words either side of a figure, within its clause.

    >>> _clause("Water rose. The mayor said 160,000 people were trapped. Help came.", Span(27, 34))
    'The mayor said 160,000 people were trapped'
    >>> _clause("It cost 41, officials said.", Span(8, 10))
    'It cost 41, officials said'
    """
    ends = [m.end() for m in _CLAUSE_END.finditer(text, max(0, span.start - 400), span.start)]
    start = ends[-1] if ends else max(0, span.start - 400)
    after = _CLAUSE_END.search(text, span.end, span.end + 400)
    end = after.start() if after else min(len(text), span.end + 400)
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, start, end)]
    at = next((k for k, (pos, w) in enumerate(words) if pos + len(w) > span.start), 0)
    kept = words[max(0, at - _WORDING) : at + _WORDING + 1]
    return " ".join(w for _, w in kept).strip(",;:\u2014 ")


def _occurrence(
    text: str, document: int, span: Span, wording: str, paragraphs: Paragraphs
) -> Occurrence:
    return Occurrence(document, span, wording, paragraphs.number(span.start))


def _stems(text: str, span: Span) -> frozenset[str]:
    keys = (word_key(t.text) for t in iter_tokens(text, span.start, span.end))
    return frozenset(stem(k) for k in keys if not is_function_key(k) and not is_number_key(k))


def _clusters(quotes: list[tuple[Occurrence, frozenset[str]]]) -> list[list[Occurrence]]:
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
        shared: dict[int, int] = {}
        for s in stems:
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
