"""What a fact-checker checks between a sentence and its translation, with evidence: numbers
(digits and spelled), months (the ``time`` flag), proper names (across scripts) and
quotations on one side only.

Word-level diff means nothing across languages; these checks compare what survives
translation unchanged: values, names and whether something is quoted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from viewer.core.crosslang.names import (
    NameWord,
    find_names,
    names_alike,
    names_known,
    names_match,
    words_keys,
)
from viewer.core.crosslang.numbers import Quantity, find_months, find_quantities
from viewer.core.model import Evidence, Flag
from viewer.core.quotes import find_quotes

__all__ = ["Side", "check_pair", "check_unpaired"]

_SPEECH_WORDS = 5  # a quotation of fewer words is a title, a slogan or a term
# Direct speech set off by dashes, as Russian and Ukrainian write it: "— Мы готовы, — сказал".
_DASHED = regex.compile(r"(?:^|[,.!?…]\s*)[—–-]\s")
_OPENING = "\"'“„«‘"
_CLOSING = "\"'”»’“"
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a pair: its text, its language and, for the whole version, the skeletons
    of every word (a name the version gives elsewhere is not a new name) and the values of
    its numbers (a figure it gives elsewhere is not a new figure)."""

    text: str
    language: str
    document_keys: frozenset[str] = frozenset()
    document_values: tuple[float, ...] = ()


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def _unmatched(
    mine: Sequence[Quantity], theirs: Sequence[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """Quantities of each side with no equal value on the other (each value used once)."""
    left = list(theirs)
    alone: list[Quantity] = []
    for q in mine:
        twin = next((k for k, t in enumerate(left) if _same(t.value, q.value)), None)
        if twin is None:
            alone.append(q)
        else:
            left.pop(twin)
    return alone, left


def _numbers(a: Side, b: Side) -> Evidence | None:
    alone_a, alone_b = _unmatched(
        find_quantities(a.text, a.language), find_quantities(b.text, b.language)
    )
    # A small number spelled out ("one of", "два года") counts only against another number.
    strong_a = [q for q in alone_a if not q.weak or alone_b]
    strong_b = [q for q in alone_b if not q.weak or alone_a]
    if not strong_a and not strong_b:
        return None
    return Evidence(Flag.NUMBER, tuple(q.text for q in strong_a), tuple(q.text for q in strong_b))


def _months(a: Side, b: Side) -> Evidence | None:
    """A month on one side that the other side's sentence does not name ("9 мая" / "June
    9"): the ``time`` flag. The day, a number, is checked by ``_numbers``."""
    months_a, months_b = find_months(a.text), find_months(b.text)
    only_a = tuple(w for w, n in months_a if n not in {k for _, k in months_b})
    only_b = tuple(w for w, n in months_b if n not in {k for _, k in months_a})
    if not only_a and not only_b:
        return None
    return Evidence(Flag.TIME, only_a, only_b)


def _lone_names(mine: Sequence[NameWord], their_text: str) -> list[NameWord]:
    keys = words_keys(their_text)
    return [n for n in mine if not any(names_match(n.key, k) for k in keys)]


def _names(a: Side, b: Side) -> Evidence | None:
    """A name changed (a name on each side that matches nothing on the other, nor looks like
    the other's), or dropped (a name the other version gives elsewhere, but not here).
    A name on one side alone is otherwise a translator's choice: "Минобороны" is "the
    Defense Ministry", "Святая София" is "Hagia Sophia"."""
    lone_a = _lone_names(find_names(a.text, a.language), b.text)
    lone_b = _lone_names(find_names(b.text, b.language), a.text)
    changed_a = [x for x in lone_a if not any(names_alike(x.key, y.key) for y in lone_b)]
    changed_b = [y for y in lone_b if not any(names_alike(x.key, y.key) for x in lone_a)]
    if not (changed_a and changed_b):
        changed_a = [x for x in changed_a if _known(x, b)]
        changed_b = [y for y in changed_b if _known(y, a)]
    if not changed_a and not changed_b:
        return None
    return Evidence(Flag.NAME, _texts(changed_a), _texts(changed_b))


def _known(name: NameWord, side: Side) -> bool:
    return any(names_known(name.key, k) for k in side.document_keys)


def _texts(names: Sequence[NameWord]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n.text for n in names))


def _speech(text: str) -> tuple[str, ...]:
    """Quotations closed inside the sentence, of several words, that are not a name in
    quotation marks ("Адмирал Флота Советского Союза Горшков" is a ship). A quotation left
    open runs on over sentences that a translation may cut elsewhere."""
    found = []
    for span in find_quotes(text):
        quote = span.of(text).strip()
        if len(quote) < 2 or quote[0] not in _OPENING or quote[-1] not in _CLOSING:
            continue
        words = _WORD.findall(quote)
        capitals = sum(w[0].isupper() for w in words)
        if len(words) >= _SPEECH_WORDS and capitals * 2 < len(words):
            found.append(quote)
    return tuple(found)


def _quoting(text: str) -> bool:
    """Whether a sentence quotes in any way: quotation marks, or speech set off by dashes."""
    return bool(find_quotes(text)) or _DASHED.search(text.strip()) is not None


def _quotes(a: Side, b: Side) -> Evidence | None:
    speech_a, speech_b = _speech(a.text), _speech(b.text)
    if speech_a and not _quoting(b.text):
        return Evidence(Flag.QUOTE, speech_a, ())
    if speech_b and not _quoting(a.text):
        return Evidence(Flag.QUOTE, (), speech_b)
    return None


def check_pair(a: Side, b: Side) -> tuple[Evidence, ...]:
    """Flags of an aligned pair, each with the words that raised it, in ``Flag`` order."""
    found = (_quotes(a, b), _numbers(a, b), _names(a, b), _months(a, b))
    return tuple(e for e in found if e is not None)


def check_unpaired(text: str, side: Side, other: Side, is_base: bool) -> tuple[Evidence, ...]:
    """Flags of a sentence with no counterpart: quoted speech, figures found nowhere in the
    other version, and names the other version never gives."""
    speech = _speech(text)
    values = [q for q in find_quantities(text, side.language) if not q.weak]
    figures = tuple(
        q.text for q in values if not any(_same(q.value, v) for v in other.document_values)
    )
    names = _texts([n for n in find_names(text, side.language) if not _known(n, other)])
    found = []
    for flag, words in ((Flag.QUOTE, speech), (Flag.NUMBER, figures), (Flag.NAME, names)):
        if words:
            found.append(Evidence(flag, words, ()) if is_base else Evidence(flag, (), words))
    return tuple(found)
