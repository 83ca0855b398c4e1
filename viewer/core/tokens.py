"""Split text into word tokens with spans; unspaced scripts go character by character."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex

__all__ = [
    "Token",
    "count_words",
    "iter_tokens",
    "pieces",
    "token_matches",
    "tokenize",
    "words_in",
]

# Scripts written without spaces between words: one token per character keeps a changed word
# from turning a whole paragraph into one "word" (Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan).
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}"
# Characters outside Latin, Latin-1 symbols and general punctuation: when a text has none
# (most English, French, German... news), the standard library's faster engine tokenises it
# exactly as the Unicode-property pattern would.
_BEYOND_LATIN = re.compile(r"[^\x00-\u02af\u2000-\u206f\u20a0-\u20cf]")
# Invisible characters that may sit inside a word (soft hyphen, zero-width space and joiners,
# word joiner, BOM): they keep the word whole, and word keys drop them.
_JOINERS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_HAS_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u2e80-\u2fdf\u3040-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
)


def _pattern(letter: str) -> regex.Pattern[str]:
    return regex.compile(
        rf"""
        (?:\p{{L}}\.){{2,}}                         # dotted abbreviation: U.S., e.g., a.m.
        | \p{{N}}+(?:[.,:]\p{{N}}+)*{letter}*(?:[-\u2010\u2011]{letter}+)*  # 1,200 10th 32-year
        | {letter}+(?:(?:[-\u2010\u2011'\u2019{_JOINERS}]|\.(?=\p{{Ll}})){letter}+)*  # it's, x.com
        | \p{{M}}*[{_UNSPACED}]\p{{M}}*            # one character of an unspaced script
        | \p{{So}}\p{{M}}*                           # a symbol or emoji counts as a word
        """,
        regex.VERBOSE | regex.VERSION1,
    )


# Two forms of one pattern: the first keeps unspaced scripts out of words and is slower, so
# the second serves the (usual) text that has no such characters at all.
_TOKEN_MIXED = _pattern(rf"[\p{{L}}\p{{M}}\p{{N}}\p{{Pc}}--[{_UNSPACED}]]")
_TOKEN_SPACED = _pattern(r"[\p{L}\p{M}\p{N}\p{Pc}]")


def _latin_class(prefix: str) -> str:
    """A character class of the Latin-range characters whose Unicode category starts so."""
    chars = (chr(c) for c in range(0x2B0))
    return (
        "["
        + re.escape("".join(c for c in chars if unicodedata.category(c).startswith(prefix)))
        + "]"
    )


_LATIN_LETTER = r"\w"  # for these characters, \w is exactly letters, numbers and "_"
_LATIN_ALPHA = _latin_class("L")
_LATIN_NUMBER = _latin_class("N")
_LATIN_LOWER = _latin_class("Ll")
_TOKEN_LATIN = re.compile(
    rf"""
    (?:{_LATIN_ALPHA}\.){{2,}}
    | {_LATIN_NUMBER}+(?:[.,:]{_LATIN_NUMBER}+)*{_LATIN_LETTER}*(?:[-\u2010\u2011]{_LATIN_LETTER}+)*
    | {_LATIN_LETTER}+(?:(?:[-\u2010\u2011'\u2019{_JOINERS}]|\.(?={_LATIN_LOWER})){_LATIN_LETTER}+)*
    | [\u00a6\u00a9\u00ae\u00b0]
    """,
    re.VERBOSE,
)


def _token_pattern(text: str, start: int, end: int) -> re.Pattern[str] | regex.Pattern[str]:
    if not _BEYOND_LATIN.search(text, start, end):
        return _TOKEN_LATIN
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


def token_matches(text: str, start: int = 0, end: int | None = None) -> Iterator[Any]:
    """Regular-expression matches of the word tokens of ``text[start:end]`` (the fastest form)."""
    stop = len(text) if end is None else end
    return _token_pattern(text, start, stop).finditer(text, start, stop)


def words_in(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The word tokens of ``text[start:end]`` as strings (faster than ``tokenize``)."""
    stop = len(text) if end is None else end
    return _token_pattern(text, start, stop).findall(text, start, stop)


_PIECE = 500_000  # characters taken at a time by whole-text passes (about 20 ms)
_SPACE = re.compile(r"\s")


def pieces(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` as consecutive ranges of about 500,000 characters, each cut at
    whitespace, which no word crosses. A pass over a long text goes a piece at a time: one
    regular-expression call over 50 MB holds Python's lock for seconds, and the app's window,
    which waits for that lock, freezes.

    >>> list(pieces("one two", 0, None))
    [(0, 7)]
    """
    stop = len(text) if end is None else end
    while start < stop:
        cut = _SPACE.search(text, min(start + _PIECE, stop), stop)
        until = cut.start() if cut else stop
        yield start, until
        start = until


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Number of word tokens in ``text[start:end]`` (counted a piece at a time)."""
    return sum(len(words_in(text, a, b)) for a, b in pieces(text, start, end))
