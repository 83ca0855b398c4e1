"""Proper names compared across scripts: Хабаровск and Khabarovsk, Дегтярев and Degtyarev,
Киев and Kyiv are one name; Дегтярев and Degtyuk are two.

A name is reduced to its consonant skeleton after transliteration (Cyrillic and Greek to
Latin), with the spellings that transliteration schemes disagree on made one ("kh"/"h",
"z"/"c", "w"/"v"; vowels, "h", "kh" and "y" dropped, as Russian renders English "h"
with "х") and a Russian case ending removed ("Хабаровского" is "Хабаровск", and the
adjective "Финском" is "Фин-"). Two names match when one skeleton begins the other, or when
they differ by little (Петербург and Petersburg).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache

import regex

__all__ = [
    "NameWord",
    "find_names",
    "name_key",
    "names_alike",
    "names_known",
    "names_match",
    "words_keys",
]

_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґўђћјљњџ",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya i yi ye g "
        "u dj c j lj nj dz".split(),
        strict=True,
    )
)
_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώς",
        "a v g d e z i th i k l m n x o p r s t y f kh ps o a e i i o y o s".split(),
        strict=True,
    )
)
_FOLD = (
    ("dzh", "j"), ("shch", "s"), ("sch", "s"), ("tch", "q"), ("ch", "q"), ("cz", "q"), ("sh", "s"),
    ("zh", "j"), ("kh", "h"), ("tz", "ts"), ("ck", "k"), ("ph", "f"),
    ("th", "t"), ("gh", "g"), ("x", "ks"), ("c", "k"), ("w", "v"), ("z", "s"), ("q", "c"),
)  # fmt: skip
_DROPPED = frozenset("aeiouyh_'")
# Russian and Ukrainian case endings, longest first ("ского" -> "ск").
_ENDINGS = tuple(
    sorted(
        "ого его ому ему ой ей ом ем ым им ах ях ами ями ов ев ам ям а я у ю е ы и ую юю ая яя "
        "ий ый".split(),
        key=len,
        reverse=True,
    )
)
_OPENS = regex.compile(r"(?:^|[.!?:…]|[.!?…]?[\"'”»“«]|\s[—–-])\W*$")
_CAPITALISED = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]*")
_ANY_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")
# Languages whose every noun is capitalised: a capital there says nothing about names.
_NOUN_CAPITALS = frozenset({"de", "lb"})
_CLOSE = 0.8  # share of letters two skeletons of one name have in common at least
_ALIKE = 0.6
_KNOWN = 4
# A capitalised word at least this frequent in its language (Zipf: log10 per billion words)
# is as often translated as transliterated ("Defense", "Минобороны", "Moscow"): not
# checked as a name.
_COMMON = 4.0
_LISTS = {"no": "nb", "hr": "sh", "sr": "sh"}  # wordfreq's names for some languages


@dataclass(frozen=True, slots=True)
class NameWord:
    """A capitalised word that is a proper name, and its skeleton."""

    text: str
    key: str
    start: int  # offset in the sentence


def name_key(word: str) -> str:
    """The consonant skeleton of a name in any alphabetic script.

    >>> name_key("Хабаровского"), name_key("Khabarovsk")
    ('brv', 'brvsk')
    >>> name_key("Дегтярев"), name_key("Degtyarev")
    ('dgtr', 'dgtrv')
    >>> name_key("Джонса"), name_key("Johns")
    ('jns', 'jns')
    """
    lowered = word.lower()
    if regex.search(r"\p{Script=Cyrillic}", lowered):
        for ending in _ENDINGS:
            if lowered.endswith(ending) and len(lowered) - len(ending) >= 3:
                lowered = lowered[: -len(ending)]
                break
        if lowered.endswith("ск") and len(lowered) >= 5:
            lowered = lowered[:-2]  # an adjective of a name: Бурятск(ий), Финск(ом)
    latin = "".join(_CYRILLIC.get(c, _GREEK.get(c, c)) for c in lowered)
    latin = "".join(c for c in unicodedata.normalize("NFKD", latin) if not unicodedata.combining(c))
    for spelled, folded in _FOLD:
        latin = latin.replace(spelled, folded)
    letters = [c for c in latin if c.isalpha() and c not in _DROPPED]
    return "".join(c for k, c in enumerate(letters) if not k or letters[k - 1] != c)


def names_match(a: str, b: str) -> bool:
    """Whether two skeletons are one name: one begins the other (over 2 consonants at
    least, or the whole of a skeleton that short: "Kyiv", "Киев"), or they have at least
    80 % of their letters in common ("ptrbrg", "ptrsbrg"; "srkn", "tsrkn").

    >>> names_match("dgtr", "dgtrv"), names_match("dgtr", "dgtk")
    (True, False)
    """
    short, long = sorted((a, b), key=len)
    if not short:
        return False
    if long.startswith(short) and (len(short) >= 2 or len(long) <= 2):
        return True
    return len(short) >= 3 and SequenceMatcher(None, a, b).ratio() >= _CLOSE


def names_alike(a: str, b: str) -> bool:
    """A looser test, for two names that each lack a counterpart in one aligned pair: the
    same first consonant and 60 % of letters in common, beyond what the skeletons share at
    their start (Хашкаджи and Khashoggi: "skj", "sg"), so that a name changed into one with
    the same first letters (Дегтярев, Degtyuk) is still told apart."""
    if not a or not b or a[0] != b[0] or len(a) < 2 or len(b) < 2:
        return False
    common = next(
        (k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    if common >= 3:
        return False  # names_match would have matched them if they were one
    return SequenceMatcher(None, a, b).ratio() >= _ALIKE


def names_known(a: str, b: str) -> bool:
    """A strict test, for a name looked for anywhere in the other version: the same
    skeleton of three consonants or more, or one beginning the other over four at least."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and (short == long or (len(short) >= _KNOWN and long.startswith(short)))


@cache
def _frequencies(language: str) -> dict[str, float]:
    """wordfreq's small list of ``language`` as {word: Zipf frequency}; {} when it has
    none. Package data of a declared dependency, read once like a compiled table (see
    ``viewer.core.rarity``)."""
    import gzip
    import importlib.util
    from pathlib import Path

    import msgpack

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the wordfreq package is missing: reinstall Redline")
    code = _LISTS.get(language, language)
    path = Path(next(iter(spec.submodule_search_locations)), "data", f"small_{code}.msgpack.gz")
    if not code.isalpha() or not path.is_file():
        return {}
    with gzip.open(path, "rb") as stream:
        header, *buckets = msgpack.load(stream, raw=False)
    if header != {"format": "cB", "version": 1}:
        raise RuntimeError(f"wordfreq's {code} list has an unknown format ({header!r})")
    return {word: 9 - k / 100 for k, bucket in enumerate(buckets) for word in bucket}


def find_names(sentence: str, language: str) -> tuple[NameWord, ...]:
    """Proper names in a sentence: capitalised words not opening a sentence, not acronyms
    of four capitals or fewer (РФ, США, МИД are translated, not transliterated), and not
    common words of the language (Khabarovsk, Degtyarev, Дегтярев; not Defense or
    Ministry, Минобороны or Национальный, which are translated)."""
    if language in _NOUN_CAPITALS:
        return ()
    found: list[NameWord] = []
    for match in _CAPITALISED.finditer(sentence):
        word = match.group().strip("'’-")
        if _OPENS.search(sentence[: match.start()]):
            continue  # the first word of a sentence (a row may hold two)
        if "-" in word:  # Санкт-Петербург: its last part is the name a translation keeps
            word = word.rsplit("-", 1)[1]
            if not word[:1].isupper():
                continue
        if (word.isupper() and len(word) <= 4) or len(word) < 2:
            continue
        bare = regex.sub(r"['’]s$", "", word)
        if _frequencies(language).get(bare.lower(), 0.0) >= _COMMON:
            continue
        key = name_key(word)
        if key:
            found.append(NameWord(word, key, match.start()))
    return tuple(found)


def words_keys(text: str) -> tuple[str, ...]:
    """The skeleton of every word of ``text`` and of each part of a hyphenated one
    (capitalised or not: a translator may write a name in lower case, or an adjective)."""
    words = _ANY_WORD.findall(text)
    parts = [p for w in words if "-" in w for p in w.split("-")]
    return tuple(k for k in (name_key(w) for w in (*words, *parts)) if k)
