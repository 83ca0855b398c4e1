"""Which word keys carry meaning: content words, and among the function words those that
change what a sentence reports (negations, modals, quantifiers)."""

from __future__ import annotations

from viewer.core.features import is_function_key
from viewer.core.normalize import MODALS, QUANTIFIERS, is_negation_key

__all__ = ["is_meaning_word"]


def is_meaning_word(key: str) -> bool:
    """Whether a change of this word key can change a claim: a content word, a negation
    ("not", "didn't", "never"), a modal ("may", "would", "we'll") or a quantifier ("all",
    "some", "none", "few"). The other function words ("the", "in", "have") change only how
    it is said: a change of those alone is cosmetic.

    >>> from viewer.core.normalize import word_key
    >>> words = ["the", "in", "have", "not", "didn't", "may", "we'll", "all", "few", "Kyiv"]
    >>> [w for w in words if is_meaning_word(word_key(w))]
    ['not', "didn't", 'may', "we'll", 'all', 'few', 'Kyiv']
    """
    if is_negation_key(key) or key in MODALS or key in QUANTIFIERS:
        return True
    if key.endswith("will") and is_function_key(key):  # "we'll" has the key "wewill"
        return True
    return not is_function_key(key)
