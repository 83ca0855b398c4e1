"""Proper names in running text, whole ("United Nations", "Vitali Klitschko"), and whether
another passage names the same thing."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from viewer.core.features import STOPWORDS
from viewer.core.model import Span
from viewer.core.normalize import number_value, word_key
from viewer.core.rarity import zipf
from viewer.core.tokens import Token, iter_tokens

__all__ = ["Name", "NameSet", "Usage", "find_names", "is_name_word", "name_forms", "same_name"]

# Capitalised words that are titles, function words, days or months, not names. "God" is
# in idioms ("for God's sake", "thank God") far more often than in a claim about someone.
NOT_NAMES = frozenset(
    """president minister prime deputy foreign secretary mayor spokesman spokeswoman mr mrs ms
    dr state department ministry general interior defense affairs chief senior official
    officials governor senator the a an but and in on at of for read also said says god
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)
# Initialisms of common nouns: "state TV" names no one.
_COMMON_ACRONYMS = frozenset(
    """tv ceo cfo coo cto gdp gnp pc id ids dna rna ai atm suv dj mp mps vip cctv am pm ok
    faq iq ufo gps sms usb led lcd hr pr""".split()
)
# Lower-case words that may join two capitalised words into one name ("Bank of England").
_CONNECTORS = frozenset("of de van von der al bin la le du da del di".split())
# A contraction is no name: "I'm", "I'd", "I've", "I'll", "We'll", "Don't".
_CONTRACTION = regex.compile(r"['\u2019](?:m|d|ve|ll|re|t|s)$|n['\u2019]t$", regex.IGNORECASE)
_POSSESSIVE = regex.compile(r"['\u2019]s$", regex.IGNORECASE)
# Endings of English common nouns, adverbs and participles ("Forecasters", "Separately"):
# a word so made that opens a sentence is no name unless the texts capitalise it elsewhere.
_COMMON_ENDINGS = ("ers", "ors", "ists", "ly", "ing", "ed", "tion", "tions", "ness", "ment")
# A part of a name this common in English (Zipf >= 4.5: "united", "street", "house", "joe")
# does not identify the name alone; a rarer part does ("Klitschko", "Putin", "Biden").
_DISTINCTIVE_BELOW = 4.5
# Endings that turn a place into its people or language: Ukraine/Ukrainian, Russia/Russians.
_DEMONYM_ENDINGS = frozenset({"n", "ns", "an", "ans", "ian", "ians", "ese", "ish", "i"})


@dataclass(frozen=True, slots=True)
class Name:
    """One name as written: its span, its text and the keys of its words."""

    span: Span
    text: str
    keys: tuple[str, ...]  # possessive dropped: "Kyiv's" -> "kyiv"


def same_name(a: str, b: str) -> bool:
    """Whether two name keys are one name: equal up to a possessive or a demonym ending.
    Transliterations are different names (Kyiv/Kiev, Donbas/Donbass, Peskov/Peshkov).

    >>> same_name("ukraine", "ukrainian's"), same_name("russia", "russians")
    (True, True)
    >>> same_name("kyiv", "kiev"), same_name("donbas", "donbass")
    (False, False)
    """
    return not name_forms(a).isdisjoint(name_forms(b))


@lru_cache(maxsize=100_000)
def name_forms(key: str) -> frozenset[str]:
    """The stems a name key may share with another form of the same name: the key, and
    the key without a final a or e or a demonym ending ("ukraine", "ukrainian" -> "ukrain")."""
    bare = key.removesuffix("'s")
    forms = {bare}
    if len(bare) > 4 and bare[-1] in "ae":
        forms.add(bare[:-1])
    for ending in _DEMONYM_ENDINGS:
        if bare.endswith(ending) and len(bare) - len(ending) >= 4:
            forms.add(bare[: -len(ending)])
    return frozenset(forms)


def is_name_word(text: str) -> bool:
    """Whether a capitalised token can be (part of) a name: not a title, function word, day,
    month, contraction, figure or initialism of a common noun.

    >>> [is_name_word(w) for w in ["Klitschko", "I'm", "We'll", "TV", "The", "Russia's", "26"]]
    [True, False, False, False, False, True, False]
    """
    if not text[:1].isupper() or number_value(text) is not None:
        return False
    bare = _POSSESSIVE.sub("", text)
    if _CONTRACTION.search(text) and (bare == text or word_key(bare) in STOPWORDS):
        return False  # "I'm", "It's"; "Russia's" is a name
    key = word_key(bare)
    if key in NOT_NAMES or key in STOPWORDS or key == "i":
        return False
    return not (bare.isupper() and key in _COMMON_ACRONYMS)


def _is_common(word: str, alone: bool) -> bool:
    """Whether a word opening a sentence is an ordinary English word, not a name. Alone, when
    English uses it about once in a million words or more (Zipf 3: "earlier", "officials";
    most surnames are rarer) or it has an ending of common words ("forecasters",
    "separately"). Before another name word, only when it is as common as the words that
    never identify a name (Zipf 4.5: "However Biden", but "Alexander Gritsenko")."""
    if word.endswith(_COMMON_ENDINGS):
        return True
    return zipf(word) >= (3.0 if alone else _DISTINCTIVE_BELOW)


@dataclass(frozen=True, slots=True)
class Usage:
    """What the texts at hand say about a word's case: ``lower(word)``, whether they write
    the (lower-case) word in lower case somewhere; ``known(key)``, whether they capitalise it
    in mid-sentence, as a name is."""

    lower: Callable[[str], bool]
    known: Callable[[str], bool]
    opens: Callable[[int], bool]  # whether a word at this position opens a sentence or quote


def find_names(text: str, start: int, end: int, usage: Usage) -> tuple[Name, ...]:
    """The names in ``text[start:end]``: runs of capitalised name words (joined by a space or
    a connector such as "of"; a possessive ends a name).

    A lone word is a name unless the texts write it in lower case too. A word opening a
    sentence is a name when the texts capitalise it in mid-sentence, or when it is no
    common English word; it opens a longer name unless it is a common word ("Dmytro Kuleba
    said", but "Earlier Biden said").
    """
    names: list[Name] = []
    run: list[Token] = []
    tokens = list(iter_tokens(text, start, end))
    for k, token in enumerate(tokens):
        if is_name_word(token.text) and not _in_heading(tokens, k):
            if run and not _joins(text, run[-1], token):
                names.extend(_close(text, run, usage))
                run = []
            run.append(token)
            continue
        follows = tokens[k + 1] if k + 1 < len(tokens) else None
        bridge = (
            run
            and token.text in _CONNECTORS
            and follows is not None
            and is_name_word(follows.text)
            and _joins(text, run[-1], token)
            and _joins(text, token, follows)
        )
        if bridge:
            run.append(token)
            continue
        names.extend(_close(text, run, usage))
        run = []
    names.extend(_close(text, run, usage))
    return tuple(names)


def _in_heading(tokens: list[Token], k: int) -> bool:
    """A common word in a run of capitals ("MEASURED RESPONSE TO THE"): a heading's case."""
    word = tokens[k].text
    if not (len(word) > 1 and word.isupper() and zipf(word.casefold()) >= 3.0):
        return False
    return any(
        0 <= j < len(tokens) and len(tokens[j].text) > 1 and tokens[j].text.isupper()
        for j in (k - 1, k + 1)
    )


def _joins(text: str, a: Token, b: Token) -> bool:
    """Two tokens one name can span: a single space between, and no possessive ending the first."""
    return text[a.end : b.start] == " " and not _POSSESSIVE.search(a.text)


def _close(text: str, run: list[Token], usage: Usage) -> list[Name]:
    if not run:
        return []
    first = run[0]
    word = _POSSESSIVE.sub("", first.text).casefold()
    if usage.opens(first.start) and not usage.known(word_key(word)):
        if usage.lower(word) or _is_common(word, alone=len(run) == 1):
            run = run[1:]  # "Earlier", "Rescue", "However Biden"
            while run and run[0].text in _CONNECTORS:
                run = run[1:]
            if not run:
                return []
    elif len(run) == 1 and usage.lower(word):
        return []  # "the Kremlin" is a name; "a Source" written "source" elsewhere is not
    span = Span(run[0].start, run[-1].end)
    keys = tuple(word_key(_POSSESSIVE.sub("", t.text)) for t in run if t.text not in _CONNECTORS)
    return [Name(span, span.of(text), keys)]


class NameSet:
    """What a passage names, for asking whether it names a given name.

    ``capitals``: keys of every capitalised word of the passage (a name the passage opens a
    sentence with still counts); ``names``: the whole names found there.
    """

    __slots__ = ("_forms", "_initials", "_longer", "_singles", "_wholes")

    def __init__(self, capitals: Iterable[str], names: Iterable[Name]) -> None:
        listed = tuple(names)
        self._forms = frozenset(f for key in capitals for f in name_forms(key))
        self._wholes = tuple(f" {' '.join(n.keys)} " for n in listed if len(n.keys) > 1)
        self._longer = tuple(n.keys for n in listed if len(n.keys) > 1)
        self._singles = frozenset(
            f for n in listed if len(n.keys) == 1 for f in name_forms(n.keys[0])
        )
        self._initials = frozenset(
            "".join(k[0] for k in n.keys if k not in _CONNECTORS) for n in listed if len(n.keys) > 1
        )

    def has(self, name: Name) -> bool:
        """Whether the passage names ``name``: a one-word name in any of its forms (or as the
        initials of a longer name: "UN", "United Nations"); a longer name whole, by a part
        rare in English ("Klitschko" for "Vitali Klitschko"), by its last word standing alone
        as a name ("Trump"), or by its initials ("UN").

        >>> other = NameSet(["klitschko", "un"], [Name(Span(0, 9), "Klitschko", ("klitschko",)),
        ...     Name(Span(10, 12), "UN", ("un",))])
        >>> other.has(Name(Span(0, 16), "Vitali Klitschko", ("vitali", "klitschko")))
        True
        >>> other.has(Name(Span(0, 14), "United Nations", ("united", "nations")))
        True
        >>> other.has(Name(Span(0, 13), "United States", ("united", "states")))
        False
        """
        keys = name.keys
        if len(keys) == 1:
            return not name_forms(keys[0]).isdisjoint(self._forms) or keys[0] in self._initials
        if any(f" {' '.join(keys)} " in whole for whole in self._wholes):
            return True
        initials = "".join(k[0] for k in keys if k not in _CONNECTORS)
        if initials in self._forms and initials in self._singles:
            return True
        sharing = [other for other in self._longer if _meet(keys, other)]
        if sharing:  # "Volodymyr Zelenskiy" / "Volodymyr Zelensky": two spellings
            return any(_holds(keys, other) or _holds(other, keys) for other in sharing)
        if not name_forms(keys[-1]).isdisjoint(self._singles):
            return True
        return any(
            zipf(k) < _DISTINCTIVE_BELOW and not name_forms(k).isdisjoint(self._forms)
            for k in keys
            if k not in _CONNECTORS
        )


def _meet(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return any(not name_forms(x).isdisjoint(name_forms(y)) for x in a for y in b)


def _holds(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Whether every word of ``shorter`` is a word of ``longer`` (in some form)."""
    return all(any(same_name(s, k) for k in longer) for s in shorter)
