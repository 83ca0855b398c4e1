"""Split text into word tokens with spans; scripts written without spaces go character by character."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

__all__ = ["Token", "count_words", "iter_tokens", "tokenize"]

# Scripts written without spaces between words: one token per character keeps a changed word
# from turning a whole paragraph into one "word" (Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan).
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}"
_LETTER = rf"[\p{{L}}\p{{M}}\p{{N}}\p{{Pc}}--[{_UNSPACED}]]"
_TOKEN = regex.compile(
    rf"""
    (?:\p{{L}}\.){{2,}}                         # dotted abbreviation: U.S., e.g., a.m.
    | \p{{N}}+(?:[.,:]\p{{N}}+)*{_LETTER}*(?:[-\u2010\u2011]{_LETTER}+)*  # 1,200  3.5  10th  32-year-old
    | {_LETTER}+(?:(?:[-\u2010\u2011'\u2019]|\.(?=\p{{Ll}})){_LETTER}+)*  # word: it's, 32-year-old, reuters.com
    | \p{{M}}*[{_UNSPACED}]\p{{M}}*            # one character of an unspaced script
    | \p{{So}}\p{{M}}*                           # a symbol or emoji counts as a word
    """,
    regex.VERBOSE | regex.VERSION1,
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word-like token: ``text`` is ``source[start:end]``."""

    start: int
    end: int
    text: str


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """Yield the word tokens of ``text[start:end]`` with absolute positions.

    >>> [t.text for t in iter_tokens("The U.S. envoy's 1,200-word note.")]
    ['The', 'U.S.', "envoy's", '1,200-word', 'note']
    """
    stop = len(text) if end is None else end
    for match in _TOKEN.finditer(text, start, stop):
        yield Token(match.start(), match.end(), match.group())


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    return tuple(iter_tokens(text, start, end))


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Number of word tokens in ``text[start:end]``."""
    stop = len(text) if end is None else end
    return sum(1 for _ in _TOKEN.finditer(text, start, stop))
