"""How informative a word is in general English: rare words shared by two sentences say more
about their being counterparts than common ones, even where a short text's own word counts
cannot tell them apart (a fable of ten sentences).

The word list is package data of a declared dependency (wordfreq), read once like a
compiled table, not a user's file: the engine stays free of the file system it is given.
A missing or changed list is an install problem and fails loudly: silently weighing every
word alike would change every alignment."""

from __future__ import annotations

from functools import cache

__all__ = ["word_rarity", "zipf"]

# Zipf frequency (log10 of occurrences per billion words) given to words not in the list:
# the small list holds the ~29,000 words above about 3.
_UNLISTED = 2.0


@cache
def _zipf() -> dict[str, float]:
    """wordfreq's small English list, read from its data file. Importing the package pulls in
    its language tools (0.2 s); the list alone loads in about 10 ms. The file holds buckets
    of words by frequency in centibels: bucket k occurs 10^(-k/100) of the time, a Zipf
    frequency (log10 per billion words) of 9 - k/100."""
    import gzip
    import importlib.util
    from pathlib import Path

    import msgpack

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the wordfreq package is missing: reinstall Redline")
    path = Path(next(iter(spec.submodule_search_locations)), "data", "small_en.msgpack.gz")
    with gzip.open(path, "rb") as stream:
        header, *buckets = msgpack.load(stream, raw=False)
    if header != {"format": "cB", "version": 1}:
        raise RuntimeError(f"wordfreq's list has an unknown format ({header!r})")
    return {word: 9 - k / 100 for k, bucket in enumerate(buckets) for word in bucket}


def word_rarity(key: str) -> float:
    """A weight from 0.25 ("the", "said") through 1 ("frog") to 1.5 (names, rare words).

    >>> word_rarity("went") < word_rarity("frog") < word_rarity("boichenko")
    True
    """
    zipf = _zipf().get(key, _UNLISTED)
    return max(1.0, 8.0 - zipf) / 4.0


def zipf(word: str) -> float:
    """How common ``word`` (lower case) is in English: log10 of its uses per billion words
    (7.7 for "the", 5.3 for "street", 2 for a word the small list lacks).

    >>> zipf("street") > 5 > 2 == zipf("klitschko")
    True
    """
    return _zipf().get(word, _UNLISTED)
