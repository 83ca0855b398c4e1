"""Versions in different languages compared by meaning: the original against its translation."""

from __future__ import annotations

from functools import lru_cache

from viewer.core.crosslang.encoder import EncoderUnavailable, SentenceEncoder, load_encoder
from viewer.core.crosslang.options import CrossOptions
from viewer.core.crosslang.pair import compare_across
from viewer.core.language import UNDETERMINED, detect_language

__all__ = [
    "CrossOptions",
    "EncoderUnavailable",
    "SentenceEncoder",
    "compare_across",
    "in_different_languages",
    "language_of",
    "load_encoder",
]


@lru_cache(maxsize=64)
def language_of(text: str) -> str:
    """``detect_language``, remembered for the texts of this process's recent documents."""
    return detect_language(text)


def in_different_languages(base: str, other: str) -> bool:
    """Whether two texts are compared across languages: both languages known, and not one."""
    a, b = language_of(base), language_of(other)
    return a != b and UNDETERMINED not in (a, b)
