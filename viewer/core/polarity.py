"""Whether a clause affirms or denies: negations counted with the words that deny by
themselves ("unable", "refused") and the negative forms of a word the other side uses
("dislike" against "like")."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from viewer.core.normalize import is_negation_key

__all__ = ["denies", "negating_words"]

# Words that deny without a "not": "unable to" is "could not", "refused to" is "would not".
_DENYING = frozenset(
    """unable fail fails failed failing refuse refuses refused refusing deny denies denied
    denying lack lacks lacked lacking""".split()
)
# Prefixes that negate the word they open ("dislike", "unhappy", "nonviolent"); "in-" and
# "im-" open too many other words ("inside", "import") to be read so.
_PREFIXES = ("dis", "un", "non")
_STEM = 4  # letters a prefixed word's rest must share with a word of the other side


def _stems(keys: Iterable[str]) -> frozenset[str]:
    return frozenset(k[:_STEM] for k in keys if len(k) >= _STEM)


def negating_words(keys: Iterable[str], facing: Collection[str]) -> tuple[str, ...]:
    """The keys among ``keys`` that deny: negations, denying words, and words whose negative
    prefix opens a word of ``facing`` (the other side's clause).

    >>> negating_words(["i", "dislike", "it"], ["i", "donot", "like", "it"])
    ('dislike',)
    >>> negating_words(["she", "was", "unable", "to", "discuss", "it"], ["she", "couldnot"])
    ('unable',)
    """
    stems = _stems(facing)
    found = []
    for key in keys:
        if is_negation_key(key) or key in _DENYING:
            found.append(key)
            continue
        for prefix in _PREFIXES:
            rest = key[len(prefix) :]
            if key.startswith(prefix) and len(rest) >= _STEM and rest[:_STEM] in stems:
                found.append(key)
                break
    return tuple(found)


def denies(keys: Iterable[str], facing: Collection[str]) -> bool:
    """Whether a clause denies: an odd number of denying words ("did not fail" affirms).

    >>> denies(["i", "dislike", "it"], ["i", "donot", "like", "it"])
    True
    >>> denies(["they", "didnot", "deny", "it"], ["they", "denied", "it"])
    False
    """
    return len(negating_words(keys, facing)) % 2 == 1
