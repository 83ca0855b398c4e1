"""What the aligner knows about each sentence: exact forms for fast matching, stems for fuzzy."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from viewer.core.boilerplate import is_boilerplate
from viewer.core.normalize import is_negation_key, word_key
from viewer.core.rarity import word_rarity
from viewer.core.segment import Sentence
from viewer.core.tokens import words_in

__all__ = [
    "STOPWORDS",
    "SentenceFeatures",
    "Sentences",
    "folded",
    "is_function_key",
    "sentence_features",
    "sentence_key",
    "stem",
]

# Words too common to say whether two sentences report the same thing.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours out over own same she should so some such than that the their theirs them
    then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your yours said says say told according
    would could may might must shall has had been being 's it's that's there's what's he's
    she's let's here's who's""".split()
)


@lru_cache(maxsize=100_000)
def is_function_key(key: str) -> bool:
    """Whether a word key says nothing about what a sentence reports: a stopword, a negation,
    or a contraction of them ("they're" has the key "theyare", "didn't" "didnot")."""
    if key in STOPWORDS or is_negation_key(key):
        return True
    return any(key.endswith(t) and key[: -len(t)] in STOPWORDS for t in _CONTRACTED_TAILS)


_CONTRACTED_TAILS = ("are", "have", "will", "am")


def stem(key: str) -> str:
    """A crude, language-blind stem: a word's first five letters ("signalled" ~ "signaled");
    numbers stay whole ("160,000" is not "16,000")."""
    if key.endswith("'s"):
        key = key[:-2]
    return key if key[:1].isdigit() else key[:5]


@dataclass(frozen=True, slots=True)
class SentenceFeatures:
    """``raw``: spacing folded; ``key``: word keys joined; ``stems``: content-word stems;
    ``rarity``: how rare in general English each stem's word is (see ``word_rarity``)."""

    raw: str
    key: str
    stems: frozenset[str]
    words: int
    rarity: Mapping[str, float]
    furniture: bool  # web boilerplate: a sign-up prompt, "Read more", a photo credit


def folded(text: str, sentence: Sentence) -> str:
    """The sentence with every run of spacing folded to one space: cheap exact matching."""
    return " ".join(sentence.content.of(text).split())


def sentence_key(text: str, sentence: Sentence) -> str:
    """The sentence's word keys joined: equal keys, sentences equal up to typography."""
    content = sentence.content
    return " ".join(word_key(t) for t in words_in(text, content.start, content.end))


def sentence_features(text: str, sentence: Sentence) -> SentenceFeatures:
    content = sentence.content
    keys = [word_key(t) for t in words_in(text, content.start, content.end)]
    rarity: dict[str, float] = {}
    # Page furniture has no content stems: it matches its exact twin or nothing.
    furniture = is_boilerplate(text, content.start, content.end)
    for k in keys:
        if not furniture and not is_function_key(k):
            s, r = stem(k), word_rarity(k.removesuffix("'s"))
            rarity[s] = min(r, rarity.get(s, r))
    return SentenceFeatures(
        folded(text, sentence), " ".join(keys), frozenset(rarity), len(keys), rarity, furniture
    )


class Sentences(Protocol):
    """One side of an alignment: cheap folded forms for all, full features on demand."""

    @property
    def raws(self) -> Sequence[str]: ...

    def key(self, index: int) -> str:
        """Word keys joined (cheaper than the features, which hold it too)."""
        ...

    def feature(self, index: int) -> SentenceFeatures: ...
