"""Split text into word tokens with spans; unspaced scripts go character by character."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

__all__ = ["Token", "count_words", "iter_tokens", "tokenize", "words_in"]

# Scripts written without spaces between words: one token per character keeps a changed word
# from turning a whole paragraph into one "word" (Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan).
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}"
_HAS_UNSPACED = regex.compile(f"[{_UNSPACED}]")


def _pattern(letter: str) -> regex.Pattern[str]:
    return regex.compile(
        rf"""
        (?:\p{{L}}\.){{2,}}                         # dotted abbreviation: U.S., e.g., a.m.
        | \p{{N}}+(?:[.,:]\p{{N}}+)*{letter}*(?:[-\u2010\u2011]{letter}+)*  # 1,200 10th 32-year
        | {letter}+(?:(?:[-\u2010\u2011'\u2019]|\.(?=\p{{Ll}})){letter}+)*  # it's, reuters.com
        | \p{{M}}*[{_UNSPACED}]\p{{M}}*            # one character of an unspaced script
        | \p{{So}}\p{{M}}*                           # a symbol or emoji counts as a word
        """,
        regex.VERBOSE | regex.VERSION1,
    )


# Two forms of one pattern: the first keeps unspaced scripts out of words and is slower, so
# the second serves the (usual) text that has no such characters at all.
_TOKEN_MIXED = _pattern(rf"[\p{{L}}\p{{M}}\p{{N}}\p{{Pc}}--[{_UNSPACED}]]")
_TOKEN_SPACED = _pattern(r"[\p{L}\p{M}\p{N}\p{Pc}]")


def _token_pattern(text: str, start: int, end: int) -> regex.Pattern[str]:
    return _TOKEN_MIXED if _HAS_UNSPACED.search(text, start, end) else _TOKEN_SPACED


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
    for match in _token_pattern(text, start, stop).finditer(text, start, stop):
        yield Token(match.start(), match.end(), match.group())


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    return tuple(iter_tokens(text, start, end))


def words_in(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The word tokens of ``text[start:end]`` as strings (faster than ``tokenize``)."""
    stop = len(text) if end is None else end
    return _token_pattern(text, start, stop).findall(text, start, stop)  # type: ignore[no-any-return]


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Number of word tokens in ``text[start:end]``."""
    return len(words_in(text, start, end))
