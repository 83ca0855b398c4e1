"""The claims table: every quotation and every figure in any version, one row across all.

The question fact-checkers ask first is "who changed the quote, who changed the figure?". A
row gathers one figure by what it counts ("160,000 people trapped in Mariupol": the figure
in the sentence linked to the base's first, else the same value of the same thing in a
sentence saying the same) or one quotation with its reworded forms ("cannot remain in power"
/ "can not stay in power"), and says for each version whether it has it, in what wording and
where. "4 children" and "four weeks" are two rows; "third storey" and "third-storey" one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from enum import StrEnum

from viewer.core.boilerplate import boilerplate_spans
from viewer.core.checks import Check, go_on
from viewer.core.crosslang import language_of
from viewer.core.figure_amounts import Amounts, same_amount
from viewer.core.figures import Figure, Sentences, clause, content_stems, figures_of
from viewer.core.locations import Paragraphs
from viewer.core.model import AlignedBy, Comparison, PairComparison, Span
from viewer.core.normalize import word_key
from viewer.core.quotes import find_quotes
from viewer.core.tokens import iter_tokens

__all__ = ["Claim", "ClaimKind", "Occurrence", "claims_table"]

# Quotations this alike (content words shared, over the shorter's) are one claim reworded.
_SAME_QUOTE = 0.6
# Figures of one value about one thing, in sentences not linked, are one claim when their
# sentences share this much (content words shared over the smaller sentence's).
_SAME_SENTENCE = 0.5
_NEARLY_SAME = 0.2  # ... or this much, with words shared close to the figure
_CLOSE = 2  # words beside two figures shared ("rubble", "sweeping"): "past" alone is not
_MAX_POSTING = 50  # quotations sharing a word beyond which it is not used to join them
# Work between two calls of a table's ``check`` (tokens, quotations): a few milliseconds.
_CHECK_EVERY = 2048
# How sure a pairing of a figure with a row is: in linked sentences with its value, in
# linked sentences counting the same thing with another value (a changed figure), or the
# same value of the same thing in a sentence saying the same.
_LINKED_SAME, _LINKED_CHANGED, _ALIKE = 3, 2, 1


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
    value: str = ""  # the figure's value ("160000"), a quotation's word keys joined
    sentence: str = ""  # the whole sentence (sentences) it sits in, spacing folded


@dataclass(frozen=True, slots=True)
class Claim:
    kind: ClaimKind
    label: str  # the figure and what it counts, or the first wording found
    occurrences: tuple[Occurrence, ...]  # in document order (the base first), then reading

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
    rows: list[tuple[Occurrence, Claim]] = []
    for found in _FigureRows(comparison, check).rows(order):
        claim = Claim(ClaimKind.NUMBER, found[0][0].label, tuple(o for _, o in found))
        rows.append((claim.occurrences[0], claim))
    quotes: list[tuple[Occurrence, frozenset[str]]] = []
    for k in order:
        text = comparison.documents[k].text
        starts, sentences = Paragraphs.of(text), Sentences(text)
        for n, quote in enumerate(find_quotes(text)):
            if n % _CHECK_EVERY == 0:
                check()
            stems = _stems(text, quote)
            if stems:
                quotes.append((_quotation(text, k, quote, starts, sentences), stems))
    for group in _clusters(quotes, check):
        rows.append((group[0], Claim(ClaimKind.QUOTE, group[0].wording, tuple(group))))
    rank = {k: n for n, k in enumerate(order)}
    rows.sort(key=lambda row: (rank[row[0].document], row[0].span.start, row[1].kind))
    return tuple(claim for _, claim in rows)


_Row = list[tuple[Figure, Occurrence]]


class _FigureRows:
    """Figures of every version put in rows: the base's first, each one starting a row; then
    each version's, joined to the row of the base figure in a linked sentence, else to a row
    with a figure of the same value counting the same thing in a sentence saying the same,
    else starting a row of its own."""

    def __init__(self, comparison: Comparison, check: Check) -> None:
        self.comparison, self.check = comparison, check
        self.amounts: dict[int, Amounts] = {}  # numbers read in the version's language
        self.found: list[_Row] = []
        self.by_value: dict[str, list[tuple[int, Figure]]] = {}  # value -> (row, figure)
        self.base_rows: list[tuple[int, int]] = []  # (start, row) of the base's figures
        self.base_starts: list[int] = []  # their starts, in reading order

    def rows(self, order: list[int]) -> list[_Row]:
        for k in order:
            self._place(k)
        return [row for row in self.found if row]

    def _place(self, document: int) -> None:
        comparison = self.comparison
        text = comparison.documents[document].text
        figures = _claimed(text, figures_of(text, self.check))
        linked = across = None
        if document != comparison.base:
            pair = comparison.pair_for(document)
            linked = _Links(pair)
            if pair.aligned_by is AlignedBy.MEANING:  # a translation: numbers as it writes them
                across = self._amounts(document)
        elif any(p.aligned_by is AlignedBy.MEANING for p in comparison.pairs):
            across = self._amounts(document)
        if across is not None:  # "160 000" is one figure, not "160" and "000"
            figures = [f for f in figures if not across.inside(f.span)]
        candidates: list[tuple[int, float, int, int]] = []  # (score, alike, figure, row)
        for i, figure in enumerate(figures):
            if linked is not None and across is not None:
                candidates += self._translated(i, figure, linked, across, figures)
            elif linked is not None:
                candidates += self._linked(i, figure, linked)
            for at, other in self.by_value.get(figure.value, ()):
                if _restated(figure, other):
                    candidates.append((_ALIKE, _alike(figure, other), i, at))
        paragraphs, sentences = Paragraphs.of(text), Sentences(text)
        occurrences = [_occurrence(text, document, f, paragraphs, sentences) for f in figures]
        placed: dict[int, int] = {}  # figure -> row
        taken: dict[int, str] = {}  # row -> the value this version states there
        for *_, i, at in sorted(candidates, key=lambda c: (-c[0], -c[1], c[2])):
            if i in placed or taken.get(at, figures[i].value) != figures[i].value:
                continue
            placed[i], taken[at] = at, figures[i].value
        for i, figure in enumerate(figures):
            row: int | None = placed.get(i)
            if row is None:  # a figure said twice in this version joins its first place
                rows = self.by_value.get(figure.value, ())
                row = next((r for r, o in rows if r in taken and _restated(figure, o)), None)
            if row is None:
                row = len(self.found)
                self.found.append([])
            taken.setdefault(row, figure.value)
            self.found[row].append((figure, occurrences[i]))
            self.by_value.setdefault(figure.value, []).append((row, figure))
            if document == comparison.base:
                self.base_rows.append((figure.span.start, row))
                self.base_starts.append(figure.span.start)

    def _amounts(self, document: int) -> Amounts:
        found = self.amounts.get(document)
        if found is None:
            text = self.comparison.documents[document].text
            found = self.amounts[document] = Amounts.of(text, language_of(text))
        return found

    def _translated(
        self, i: int, figure: Figure, links: _Links, mine: Amounts, figures: list[Figure]
    ) -> list[tuple[int, float, int, int]]:
        """Rows of the base's figures in the sentences linked to ``figure``'s, in a version
        in another language: the same amount read in each language (its figure then takes
        the row's value), else another amount (a changed figure). What a figure counts is
        in another language: only the amount and the link tell."""
        amount = mine.at(figure.span)
        if amount is None:
            return self._linked(i, figure, links)
        base = self._amounts(self.comparison.base)
        found = []
        starts = self.base_starts
        for sentence in links.base_of(figure.span.start):
            lo, hi = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
            for _, row in self.base_rows[lo:hi]:
                other = self.found[row][0][0]
                theirs = base.at(other.span)
                if theirs is None:
                    continue
                if same_amount(amount, theirs):
                    figures[i] = replace(figure, value=other.value)
                    found.append((_LINKED_SAME, 1.0, i, row))
                else:
                    found.append((_LINKED_CHANGED, 0.0, i, row))
        return found

    def _linked(self, i: int, figure: Figure, links: _Links) -> list[tuple[int, float, int, int]]:
        """Rows of the base's figures in the sentences linked to ``figure``'s."""
        found = []
        starts = self.base_starts
        for base in links.base_of(figure.span.start):
            lo, hi = bisect_left(starts, base.start), bisect_left(starts, base.end)
            for _, row in self.base_rows[lo:hi]:
                other = self.found[row][0][0]
                alike = _alike(figure, other)
                if other.value == figure.value and _compatible(figure.counts, other.counts):
                    found.append((_LINKED_SAME, alike, i, row))
                elif figure.counts & other.counts:
                    found.append((_LINKED_CHANGED, alike, i, row))
        return found


class _Links:
    """The base sentences linked to each place of the other version (rows and beyond)."""

    def __init__(self, pair: PairComparison) -> None:
        spans = [(link.other, link.base) for link in pair.links]
        if not spans:  # a comparison made before links were traced: its rows
            spans = [(b.other, b.base) for b in pair.blocks if b.base and b.other]
        spans.sort(key=lambda s: s[0].start)
        self.spans = spans
        self.starts = [other.start for other, _ in spans]
        self.longest = max((len(other) for other, _ in spans), default=0)

    def base_of(self, position: int) -> list[Span]:
        found = []
        k = bisect_right(self.starts, position) - 1
        while k >= 0 and self.starts[k] >= position - self.longest:
            other, base = self.spans[k]
            if other.start <= position < other.end:
                found.append(base)
            k -= 1
        return found


def _claimed(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures outside page furniture (the "2:30" of a video is no claim)."""
    furniture = list(boilerplate_spans(text))
    ends = [f.end for f in furniture]
    kept = []
    for figure in figures:
        nearest = bisect_right(ends, figure.span.start)
        if nearest < len(furniture) and furniture[nearest].overlaps(figure.span):
            continue
        kept.append(figure)
    return kept


def _compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two figures may count the same thing: the same word, or one names none."""
    return not a or not b or bool(a & b)


def _restated(a: Figure, b: Figure) -> bool:
    """Whether two figures of one value, in sentences not linked, state one claim: they count
    the same thing in sentences saying much the same, or a little the same with words
    beside the figure shared ("sweeping rubble out of a classroom on the third storey",
    "sweeping rubble out of a third-storey classroom"); a figure as distinctive as "160,000"
    needs only one such word."""
    alike = _alike(a, b)
    close = len((a.near & b.near) - (a.counts & b.counts))
    if _distinctive(a.value) and close:
        return True
    return _compatible(a.counts, b.counts) and (
        alike >= _SAME_SENTENCE or (close >= _CLOSE and alike >= _NEARLY_SAME)
    )


def _distinctive(value: str) -> bool:
    """A figure unlikely to recur by chance: a thousand or more (not a year), or three digits
    that are not round.

    >>> [_distinctive(v) for v in ["160000", "1119", "139", "2014", "41", "100", "10 million"]]
    [True, True, True, False, False, False, False]
    """
    if not value.isdigit():
        return False
    year = len(value) == 4 and value[:2] in {"19", "20"}
    return (len(value) >= 4 and not year) or (len(value) == 3 and not value.endswith("0"))


def _alike(a: Figure, b: Figure) -> float:
    """Content words two figures' sentences share, over the smaller sentence's."""
    smaller = min(len(a.context), len(b.context))
    return len(a.context & b.context) / smaller if smaller else 0.0


def _occurrence(
    text: str, document: int, figure: Figure, paragraphs: Paragraphs, sentences: Sentences
) -> Occurrence:
    wording, at = clause(text, figure.span, figure.sentence)
    return Occurrence(
        document,
        figure.span,
        wording,
        paragraphs.number(figure.span.start),
        at,
        figure.value,
        " ".join(figure.sentence.of(text).split()),
    )


def _quotation(
    text: str, document: int, span: Span, paragraphs: Paragraphs, sentences: Sentences
) -> Occurrence:
    # Keys joined without spaces: "don't" and "do not" read alike ("donot").
    keys = "".join(word_key(t.text) for t in iter_tokens(text, span.start, span.end))
    first, last = sentences.around(span.start), sentences.around(max(span.end - 1, span.start))
    sentence = " ".join(text[first.start : max(last.end, span.end)].split())
    return Occurrence(
        document, span, span.of(text), paragraphs.number(span.start), 0, keys, sentence
    )


def _stems(text: str, span: Span) -> frozenset[str]:
    return content_stems(t.text for t in iter_tokens(text, span.start, span.end))


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
