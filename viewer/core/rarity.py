"""How informative a word is in general English: rare words shared by two sentences say more
about their being counterparts than common ones, even where a short text's own word counts
cannot tell them apart (a fable of ten sentences)."""

from __future__ import annotations

from functools import cache

__all__ = ["word_rarity"]

# Zipf frequency (log10 of occurrences per billion words) given to words not in the list:
# the small list holds the ~29,000 words above about 3.
_UNLISTED = 2.0


@cache
def _zipf() -> dict[str, float]:
    import math

    from wordfreq import get_frequency_dict

    return {w: math.log10(f * 1e9) for w, f in get_frequency_dict("en", wordlist="small").items()}


def word_rarity(key: str) -> float:
    """A weight from 0.25 ("the", "said") through 1 ("frog") to 1.5 (names, rare words).

    >>> word_rarity("went") < word_rarity("frog") < word_rarity("boichenko")
    True
    """
    zipf = _zipf().get(key, _UNLISTED)
    return max(1.0, 8.0 - zipf) / 4.0
