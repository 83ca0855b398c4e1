"""Which word keys carry meaning: content words, and among the function words those that
change what a sentence reports (negations, modals, quantifiers, pronouns, prepositions of
time, place and opposition). A change of the others alone is cosmetic."""

from __future__ import annotations

from functools import lru_cache

from viewer.core.features import STOPWORDS
from viewer.core.normalize import MODALS, QUANTIFIERS, is_negation_key

__all__ = ["is_meaning_word"]

# Words whose presence, absence or exchange for one another does not change what a sentence
# claims: articles, auxiliaries and copulas, common prepositions and relatives, verbs of
# saying ("the" cut, "in" for "at", "were" for "are", "told" for "said"). Not here, so
# carrying meaning: negations, modals, quantifiers, pronouns ("he" for "she"), prepositions
# of direction, time or opposition ("before", "after", "against", "without").
_FILLERS = frozenset(
    """a an the of in on at to into onto from by for with as than that which who whom whose
    this these those there then also just very so and is are was were be been being am have
    has had having do does did doing it its 's it's that's there's said says say told""".split()
)
_CONTRACTED_TAILS = ("are", "have", "will", "am", "is", "had", "would")


@lru_cache(maxsize=100_000)
def is_meaning_word(key: str) -> bool:
    """Whether a change of this word key can change a claim.

    >>> from viewer.core.normalize import word_key
    >>> words = ["the", "in", "have", "not", "didn't", "may", "we'll", "all", "he", "before"]
    >>> [w for w in words if is_meaning_word(word_key(w))]
    ['not', "didn't", 'may', "we'll", 'all', 'he', 'before']
    """
    if is_negation_key(key) or key in MODALS or key in QUANTIFIERS:
        return True
    if key in _FILLERS:
        return False
    for tail in _CONTRACTED_TAILS:  # "they're" has the key "theyare", "we'll" "wewill"
        if key.endswith(tail) and key[: -len(tail)] in STOPWORDS:
            return tail in MODALS  # "we'll" keeps its modal
    return True
