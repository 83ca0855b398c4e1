"""Comparison keys for words: what is left of a word once typography and spelling are set aside.

Two words with the same key differ only cosmetically: case, curly vs straight apostrophes,
dots in abbreviations ("U.S." / "US"), thousands separators, number spelling ("4" / "four"),
ordinal suffixes ("10th" / "10") or British vs American spelling ("neighbour" / "neighbor").
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

__all__ = [
    "MODALS",
    "NEGATIONS",
    "QUANTIFIERS",
    "is_negation_key",
    "is_number_key",
    "number_value",
    "word_key",
]

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
_NUMBER_WORDS.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
_NUMBER_WORDS.update({"hundred": 100, "dozen": 12})
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip

# Whole-word British spellings whose American form is not given by the suffix rules below.
_SPELLING = {
    "storey": "story", "storeys": "stories", "grey": "gray", "tyre": "tire", "tyres": "tires",
    "programme": "program", "programmes": "programs", "aluminium": "aluminum",
    "defence": "defense", "offence": "offense", "licence": "license", "pretence": "pretense",
    "catalogue": "catalog", "dialogue": "dialog", "analogue": "analog", "cheque": "check",
    "jewellery": "jewelry", "manoeuvre": "maneuver", "manoeuvres": "maneuvers",
    "sceptical": "skeptical", "mould": "mold", "plough": "plow", "whilst": "while",
    "amongst": "among", "towards": "toward", "afterwards": "afterward", "kerb": "curb",
    "enrolment": "enrollment", "fulfil": "fulfill",
}  # fmt: skip
# British doubled "l" before a suffix (signalled / signaled), as an explicit list: a general
# rule would merge real pairs such as "filled" / "filed".
_DOUBLE_L = {
    stem + suffix: stem[:-1] + suffix
    for stem in (
        "signall", "travell", "cancell", "labell", "modell", "levell", "fuell", "totall",
        "channell", "counsell", "marshall", "tunnell", "equall", "quarrell", "dialled",
        "shovell", "rivall", "revell", "grovell", "marvell", "jewell", "pencill", "initiall",
    )
    for suffix in ("ed", "ing", "er", "ers")
}  # fmt: skip
_SUFFIXES = (
    ("isation", "ization"), ("isations", "izations"), ("ise", "ize"), ("ised", "ized"),
    ("ises", "izes"), ("ising", "izing"), ("yse", "yze"), ("ysed", "yzed"), ("ysing", "yzing"),
    ("our", "or"), ("ours", "ors"), ("oured", "ored"), ("ouring", "oring"), ("ourite", "orite"),
    ("ourable", "orable"), ("tre", "ter"), ("tres", "ters"), ("ogue", "og"),
)  # fmt: skip
_APOSTROPHES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"}
    | dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff")  # invisible inside words
)
_HYPHENS = regex.compile(r"[-\u2010\u2011]")
_NUMERIC = regex.compile(r"\d+(?:[.,:]\d+)*")
_ORDINAL = regex.compile(r"(\d+)(?:st|nd|rd|th)")

# Words that reverse a claim ("without" and "nor" only qualify one; "neither" carries it).
NEGATIONS = frozenset("not no never none nobody nothing neither nowhere cannot".split())
# Words that say how sure or how binding a claim is, and how much of something it is about:
# "may" -> "will", "some" -> "all" change what a sentence reports as much as a negation does.
MODALS = frozenset("can could may might must shall should will would ought".split())
QUANTIFIERS = frozenset(
    "all any both each every few many more most much none no several some".split()
)
# Contractions spelled out, so that "don't" and "do not" have one key ("donot"): the joined
# keys of a replacement then read the same and it is cosmetic.
_NOT_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall", "ai": "am"}
_CONTRACTED = {"'re": "are", "'ve": "have", "'ll": "will", "'m": "am"}


def _number_key(word: str) -> str | None:
    """Digits for a spelled or written number ("twenty-six" -> "26"), else None."""
    if _NUMERIC.fullmatch(word):
        integer, _, fraction = word.replace(",", "").partition(".")
        if ":" in integer:
            return integer
        whole = integer.lstrip("0") or "0"  # no int(): a 5,000-digit number stays a string
        return whole if not fraction else f"{whole}.{fraction}"
    if ordinal := _ORDINAL.fullmatch(word):
        return str(ordinal.group(1))
    if word in _ORDINAL_WORDS:
        return str(_ORDINAL_WORDS[word])
    parts = _HYPHENS.split(word)
    if all(p in _NUMBER_WORDS for p in parts) and len(parts) <= 2:
        return str(sum(_NUMBER_WORDS[p] for p in parts))
    return None


# Multiplicative adverbs: "thrice" is "three times".
_TIMES = {"once": "1", "twice": "2", "thrice": "3"}
# A figure glued to a unit, a suffix or a compound: "6km", "1990s", "5pm", "32-year-old".
_FIGURE_HEAD = regex.compile(r"(\d+(?:[.,:]\d+)*)(?:st|nd|rd|th)?(?:[-\u2010\u2011]?\p{L}.*)?")


@lru_cache(maxsize=200_000)
def number_value(token: str) -> str | None:
    """The value a token states as a figure, in digits, also inside a compound: "Twenty-six",
    "26", "third-storey", "6km", "8-foot", "thrice" and "32-year-old" state 26, 26, 3, 6, 8,
    3 and 32. None for a word that states no number.

    >>> [number_value(w) for w in ["Twenty-six", "third-storey", "6km", "8-foot", "thrice"]]
    ['26', '3', '6', '8', '3']
    >>> number_value("mid-2014"), number_value("storey"), number_value("one-sided")
    ('2014', None, '1')
    """
    word = unicodedata.normalize("NFKC", token).casefold().translate(_APOSTROPHES)
    if figure := _FIGURE_HEAD.fullmatch(word):
        return word_key(figure.group(1))
    if word in _TIMES:
        return _TIMES[word]
    key = word_key(token)
    if is_number_key(key):
        return key
    parts = [p for p in _HYPHENS.split(word) if p]
    for size in (2, 1):  # the longest spelled number that opens the compound
        if len(parts) > size and is_number_key(number := word_key("-".join(parts[:size]))):
            return number
    return next((word_key(p) for p in parts if _NUMERIC.fullmatch(p)), None)


def _american(word: str) -> str:
    if word in _SPELLING:
        return _SPELLING[word]
    if word in _DOUBLE_L:
        return _DOUBLE_L[word]
    if len(word) > 5:
        for british, american in _SUFFIXES:
            if word.endswith(british):
                return word[: -len(british)] + american
    return word


@lru_cache(maxsize=200_000)
def word_key(token: str) -> str:
    """The comparison key of one token.

    >>> [word_key(w) for w in ["U.S.", "US", "Russia’s", "four", "4", "1,119", "10th", "Neighbour"]]
    ['us', 'us', "russia's", '4', '4', '1119', '10', 'neighbor']
    >>> word_key("multi-storey") == word_key("multistorey")
    True
    >>> word_key("don't"), word_key("won't"), word_key("they're")
    ('donot', 'willnot', 'theyare')
    """
    word = unicodedata.normalize("NFKC", token).casefold().translate(_APOSTROPHES)
    word = word.replace(".", "") if not _NUMERIC.fullmatch(word) else word
    number = _number_key(word)
    if number is not None:
        return number
    word = str(_HYPHENS.sub("", word))
    if word.endswith("n't") and len(word) > 3:
        head = word[:-3]
        return _NOT_CONTRACTED.get(head, head) + "not"
    for short, long in _CONTRACTED.items():
        if word.endswith(short) and len(word) > len(short):
            return word[: -len(short)] + long
    return _american(word)


def is_number_key(key: str) -> bool:
    return key[:1].isdigit()


def is_negation_key(key: str) -> bool:
    """Whether a word key reverses a claim: "not", "never", "don't" (key "donot")...

    >>> [is_negation_key(word_key(w)) for w in ["not", "didn't", "can't", "knot", "without"]]
    [True, True, True, False, False]
    """
    return key in NEGATIONS or (key.endswith("not") and key[:-3] in _AUXILIARIES)


_AUXILIARIES = frozenset(
    """do does did is are was were have has had would should could must need might can will
    shall am dare ought""".split()
)
