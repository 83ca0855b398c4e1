"""Everything the engine derives from one document, computed once and shared by all its pairs.

Paragraphs are found at once (cheap); their sentences only when a comparison needs them: a
paragraph that another version holds unchanged is never split (see ``units``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import cached_property

import regex

from viewer.core.model import Document, Span
from viewer.core.normalize import is_number_key, number_value, word_key
from viewer.core.quotes import QuoteIndex
from viewer.core.segment import (
    Sentence,
    absorb_blank,
    paragraph_starts,
    split_paragraph,
    split_sentences,
)
from viewer.core.tokens import count_words, pieces, words_in

__all__ = ["DocumentAnalysis"]

# A capitalised word (or dotted initials: "U.S.") that follows a word or a comma: not at a
# sentence start, so a name.
_MID_CAPITAL = regex.compile(r"(?<=[\p{L}\p{N},;] )\p{Lu}(?:[\p{L}\p{M}'\u2019-]|\.(?=\p{Lu}))*\.?")
_FIRST_WORD = regex.compile(r"[\p{L}\p{N}]")
_NUMBER = re.compile(r"(?<!\w)\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?")
# Punctuation that clings to a word in running text: "word," "(word" "word's"...
_CLINGING = tuple(
    (before, after)
    for before in ("", '"', "(", "\u201c", "\u2018", "'")
    for after in ("", ",", ".", ";", ":", "!", "?", ")", '"', "\u201d", "\u2019", "'s", "\u2019s")
)


class DocumentAnalysis:
    """Paragraphs, sentences, quoted speech and vocabularies of one document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.text = document.text
        self._split: dict[int, tuple[Sentence, ...]] = {}
        self._starts: dict[int, frozenset[int]] = {}

    @cached_property
    def paragraph_starts(self) -> list[int]:
        return paragraph_starts(self.text)

    @cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        """Each paragraph's span, separating whitespace included; they tile the text."""
        starts = self.paragraph_starts
        ends = [*starts[1:], len(self.text)] if starts else []
        return tuple(Span(a, b) for a, b in zip(starts, ends, strict=True))

    @cached_property
    def paragraph_keys(self) -> tuple[str, ...]:
        """Each paragraph's text without surrounding whitespace: equal keys, equal paragraphs."""
        return tuple(self.text[p.start : p.end].strip() for p in self.paragraphs)

    def paragraph_sentences(self, k: int) -> tuple[Sentence, ...]:
        """Sentences of paragraph ``k``, split on first use."""
        found = self._split.get(k)
        if found is None:
            found = self._split[k] = tuple(split_paragraph(self.text, self.paragraph_starts, k))
        return found

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """All sentences; their spans tile the text."""
        if len(self._split) == len(self.paragraphs):
            return absorb_blank([s for k in range(len(self.paragraphs)) for s in self._split[k]])
        return split_sentences(self.text)

    def is_sentence_start(self, position: int) -> bool:
        """Whether a word at ``position`` is the first of its sentence (after any opening
        quotation mark)."""
        k = bisect_right(self.paragraph_starts, position) - 1
        firsts = self._starts.get(k)
        if firsts is None:
            found = set()
            for s in self.paragraph_sentences(k):
                first = _FIRST_WORD.search(self.text, s.content.start, s.content.end)
                if first is not None:
                    found.add(first.start())
            firsts = self._starts[k] = frozenset(found)
        return position in firsts

    @cached_property
    def quotes(self) -> QuoteIndex:
        return QuoteIndex(self.text)

    @cached_property
    def _chunks(self) -> Counter[str]:
        """The text's whitespace-separated chunks and how often each occurs: far fewer
        distinct chunks than words, and no word crosses whitespace. Counted a piece of the
        text at a time, cut at whitespace (the same counts): one call over 50 MB held
        Python's lock for a second, and the app's window, which compares in a thread, froze."""
        counts: Counter[str] = Counter()
        for start, end in pieces(self.text):
            counts.update(self.text[start:end].split())
        return counts

    @cached_property
    def words(self) -> int:
        """Word tokens in the text: each distinct chunk tokenised once, chunks that occur
        equally often tokenised together."""
        by_count: dict[int, list[str]] = {}
        for chunk, n in self._chunks.items():
            by_count.setdefault(n, []).append(chunk)
        return sum(count_words(" ".join(chunks)) * n for n, chunks in by_count.items())

    def in_lower_case(self, word: str) -> bool:
        """Whether ``word`` (lower case) is written in lower case somewhere: "The" at a
        sentence start is no name. Looked up among the whitespace-separated tokens, bare or
        with the punctuation that commonly clings to a word."""
        tokens = self._chunks
        return word in tokens or any(
            f"{before}{word}{after}" in tokens for before, after in _CLINGING
        )

    @cached_property
    def name_keys(self) -> frozenset[str]:
        """Keys of words capitalised mid-sentence and never in lower case: proper names."""
        capitals = set(_MID_CAPITAL.findall(self.text))
        return frozenset(word_key(w) for w in capitals if not self.in_lower_case(w.casefold()))

    @cached_property
    def number_keys(self) -> frozenset[str]:
        """Keys of every number in the text (searched in its distinct tokens)."""
        found = {word_key(n) for n in set(_NUMBER.findall(" ".join(self._chunks)))}
        return frozenset(k for k in found if is_number_key(k))

    @cached_property
    def number_values(self) -> frozenset[str]:
        """The value of every figure the text states, spelled ones and compounds included
        ("six", "6km", "third-storey"), in digits; found in its distinct chunks."""
        words = set(words_in(" ".join(self._chunks)))
        return frozenset(v for w in words if (v := number_value(w)) is not None)
