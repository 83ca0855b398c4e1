"""Figures of one version as claims: each with its value, the thing it counts and its sentence.

"4 children" and "four weeks" state the same value about different things; "third storey"
and "third-storey classroom" the same value about the same thing. The claims table pairs
figures by what they count and by the sentences they sit in, never by value alone.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from viewer.core.checks import Check
from viewer.core.features import is_function_key, stem
from viewer.core.model import Span
from viewer.core.normalize import is_number_key, number_value, word_key
from viewer.core.segment import paragraph_starts, split_paragraph
from viewer.core.tokens import Token, iter_tokens

__all__ = ["Figure", "Sentences", "clause", "content_stems", "figures_of"]

# Spelled small numbers are words as often as figures ("one of", "the two sides").
_WEAK = frozenset("zero one two first second once twice".split())
_MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
_SCALES = frozenset("hundred thousand million billion trillion percent per cent %".split())
_COUNTED = 3  # content words after a figure that name what it counts ("41 military sites")
_NEAR = 3  # content words either side of a figure that say what it is about
_WORDING = 8  # words kept on each side of a figure to show its wording
_CLAUSE_END = regex.compile(r"[;\n\u201c\u201d\"]")
_WORD = regex.compile(r"\S+")
_HYPHEN = regex.compile(r"[-\u2010\u2011]")
_CHECK_EVERY = 2048  # tokens between two calls of ``check``


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure of a version, with what the claims table matches it by."""

    span: Span  # the figure's token(s) in the text
    value: str  # "4", "160000", "march 10", "10 million": one value in every spelling
    label: str  # the figure and what it counts, as written ("4 children", "third storey")
    counts: frozenset[str]  # stems of the words naming what it counts ({"child"})
    sentence: Span  # the sentence it sits in
    context: frozenset[str]  # content stems of that sentence, the figure's own words aside
    near: frozenset[str]  # stems of the content words beside it, what it counts included


def figures_of(text: str, check: Check) -> list[Figure]:
    """Every figure of ``text`` in reading order (spelled "one", "two", "first" are words).

    >>> text = "Four weeks on, 4 children and 41 military sites; the third-storey room."
    >>> for f in figures_of(text, lambda: None):
    ...     print(f.value, f.label, sorted(f.counts))
    4 Four weeks ['week']
    4 4 children ['child']
    41 41 military sites ['milit', 'site']
    3 third storey room ['room', 'story']
    """
    tokens: list[Token] = []
    for token in iter_tokens(text):
        if len(tokens) % _CHECK_EVERY == 0:
            check()
        tokens.append(token)
    starts = [t.start for t in tokens]
    sentences = Sentences(text)
    found = []
    stems: dict[tuple[int, int], frozenset[str]] = {}
    for k, token in enumerate(tokens):
        if k % _CHECK_EVERY == 0:
            check()
        value, rest = _value(token.text)
        if value is None:
            continue
        before = word_key(tokens[k - 1].text) if k else ""
        after = word_key(tokens[k + 1].text) if k + 1 < len(tokens) else ""
        end, nxt = token.end, k + 1
        counts: list[Token] = [Token(0, 0, rest)] if rest else []
        if before in _MONTHS and _joined(text, tokens[k - 1], token):
            value, span = f"{before} {value}", Span(tokens[k - 1].start, token.end)
            counts = [Token(0, 0, before)]
        elif after in _MONTHS and _joined(text, token, tokens[k + 1]):
            value, span = f"{after} {value}", Span(token.start, tokens[k + 1].end)
            counts, nxt = [Token(0, 0, after)], k + 2
        else:
            if after in _SCALES and _joined(text, token, tokens[k + 1]):
                value, end, nxt = f"{value} {after}", tokens[k + 1].end, k + 2
            span = Span(token.start, end)
            counts += _counted(text, tokens, nxt, end)
        sentence = sentences.around(span.start)
        lo, hi = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        own = {_singular(t.text) for t in counts}
        if (lo, hi) not in stems:  # figures of one sentence share its words
            stems = {(lo, hi): content_stems(t.text for t in tokens[lo:hi])}
        context = stems[lo, hi] - own
        context -= {stem(word_key(t.text)) for t in counts}
        after_counts = nxt + len([t for t in counts if t.end])
        near = _beside(tokens, range(k - 1, lo - 1, -1)) | own
        near |= _beside(tokens, range(after_counts, hi))
        written = text[span.start : span.end]
        written = _HYPHEN.sub(" ", written) if rest else written
        label = " ".join([written, *(t.text for t in counts if t.end)])
        found.append(Figure(span, value, label, frozenset(own), sentence, context, near))
    return found


@lru_cache(maxsize=100_000)
def _value(word: str) -> tuple[str | None, str]:
    """The value a token states and the word glued to it ("third-storey": 3, "storey");
    None for a word that is no figure here ("one", "Covid-19")."""
    key = word_key(word)
    if is_number_key(key):
        return (None, "") if word.casefold() in _WEAK else (key, "")
    if not _HYPHEN.search(word):  # most words: no compound to look into
        return None, ""
    parts = [p for p in _HYPHEN.split(word) if p]
    value = number_value(word)
    if value is None or len(parts) < 2:
        return None, ""
    head = word_key(parts[0])
    if is_number_key(head) and parts[0].casefold() not in _WEAK:
        rest = parts[-1] if not is_number_key(word_key(parts[-1])) else ""
        return value, rest
    if head == "mid" and is_number_key(word_key(parts[1])):  # "mid-2014"
        return value, ""
    return None, ""


def _beside(tokens: list[Token], indices: range) -> frozenset[str]:
    """The stems of the first ``_NEAR`` content words at ``indices`` (one side of a figure)."""
    found: list[str] = []
    for k in indices:
        key = word_key(tokens[k].text)
        if not is_function_key(key) and not is_number_key(key):
            found.append(stem(key))
            if len(found) == _NEAR:
                break
    return frozenset(found)


def _singular(word: str) -> str:
    """A counted word's stem, plural or not ("weeks" and "week", "hours" and "hour")."""
    key = word_key(word)
    if key.endswith("s") and len(key) > 3 and not key.endswith("ss"):
        key = key[:-1]
    return stem(key)


def _joined(text: str, left: Token, right: Token) -> bool:
    """Whether only spaces lie between two tokens (no comma, no full stop)."""
    return not text[left.end : right.start].strip()


def _counted(text: str, tokens: list[Token], k: int, end: int) -> list[Token]:
    """The words after a figure naming what it counts: up to three content words, up to the
    first plural, punctuation or function word after one ("4 children, and" → children)."""
    kept: list[Token] = []
    while k < len(tokens) and len(kept) < _COUNTED:
        token = tokens[k]
        if text[end : token.start].strip():
            break  # punctuation: the figure's phrase ended
        key = word_key(token.text)
        if is_number_key(key):
            break
        if is_function_key(key):
            if kept:
                break
        else:
            kept.append(token)
            if _plural(key):
                break  # the thing counted: "41 military sites", not "10 soldiers died"
        end, k = token.end, k + 1
    return kept


# Plurals not ending in "s"; a counted noun ends the figure's phrase.
_PLURALS = frozenset("children people men women police staff personnel feet teeth".split())


def _plural(key: str) -> bool:
    return key in _PLURALS or (key.endswith("s") and not key.endswith("ss") and len(key) > 3)


def content_stems(words: Iterable[str]) -> frozenset[str]:
    """The stems of the content words among ``words`` (numbers aside)."""
    return frozenset(filter(None, map(_content_stem, words)))


@lru_cache(maxsize=200_000)
def _content_stem(word: str) -> str:
    """The stem of a content word; "" for a function word or a number."""
    key = word_key(word)
    return "" if is_function_key(key) or is_number_key(key) else stem(key)


class Sentences:
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


def clause(text: str, span: Span, sentence: Span) -> tuple[str, int]:
    """Up to ``_WORDING`` words either side of a figure, within its sentence and clause (a
    semicolon or a quotation mark ends a clause); and where the figure starts in them.

    >>> text = "Water rose. The U.S. Army said 160,000 people were trapped. Help came."
    >>> clause(text, Span(31, 38), Span(12, 59))
    ('The U.S. Army said 160,000 people were trapped.', 19)
    >>> clause("It cost 41, officials said.", Span(8, 10), Span(0, 27))
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
