"""Who a claim is attributed to: "Biden said", "said Mayor Tomas Berg", "according to the
electoral commission", and whether two attributions name the same source."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

import regex

from viewer.core.features import STOPWORDS
from viewer.core.model import Span
from viewer.core.names import NOT_NAMES, is_name_word, same_name
from viewer.core.normalize import word_key
from viewer.core.times import find_times
from viewer.core.tokens import Token, iter_tokens

__all__ = ["Attribution", "find_attributions", "same_source"]

_VERBS = """said says say told tells added adds stated states announced announces claimed
    claims insisted insists warned warns argued argues noted notes explained explains wrote
    writes tweeted estimated estimates reported reports clarified clarify clarifies signalled
    signaled signals acknowledged admitted confirmed denied""".split()
_VERB = regex.compile(rf"\b(?:{'|'.join(_VERBS)})\b|\baccording\s+to\b", regex.IGNORECASE)
# What ends the phrase naming a source, looking away from its verb.
_STOP = regex.compile(r"[,;:()\[\]\"\u201c\u201d\u2013\u2014.!?\n]")
_STOP_WORDS = frozenset("that who which whom whose while as because if when where".split())
_OPENERS = frozenset("but and or so yet then also".split())  # not part of a source's name
_ADVERBS = frozenset("later earlier first also again then now previously still too".split())
_PREPOSITIONS = frozenset(
    "for in on at by with from after before during as like among despite under over".split()
)
_CLOSING_QUOTES = ('"', "\u201d", "'", "\u2019")
_PRONOUNS = frozenset("i we you he she it they this these those one".split())
_LONGEST = 8  # words: a longer stretch before a verb is a clause, not a name
# One name in two spellings is one source: Peskov/Peshkov (0.92), Hrytsenko/Gritsenko (0.78),
# Denysenko/Denishenko (0.84); short names are too alike by chance (Ross/Rose) to be read so.
_SIMILAR = 0.75
_SIMILAR_FROM = 6  # letters


@dataclass(frozen=True, slots=True)
class Attribution:
    """A source and its verb: ``span`` covers both, ``text`` is the source as written."""

    span: Span
    text: str
    names: frozenset[str]  # keys of its capitalised words ("jonas", "petrak")
    words: frozenset[str]  # stems of its content words, names included


def find_attributions(text: str, start: int, end: int) -> tuple[Attribution, ...]:
    """The attributions in ``text[start:end]``: the source before a verb of saying ("the
    agency said"), after it when the verb follows a quotation or a comma ('…," said Marta
    Lind'), or after "according to". A pronoun is no source that can be compared ("he
    told reporters").

    >>> text = 'Petrak said on Sunday. "No," said Mayor Ann Berg, who runs it, according to '
    >>> text += 'the city council.'
    >>> [a.text for a in find_attributions(text, 0, len(text))]
    ['Petrak', 'Mayor Ann Berg', 'the city council']
    """
    found = []
    for verb in _VERB.finditer(text, start, end):
        phrase = _source(text, start, end, verb)
        made = _attribution(text, phrase, verb) if phrase is not None else None
        if made is not None:
            found.append(made)
    return tuple(found)


def _source(text: str, start: int, end: int, verb: regex.Match[str]) -> Span | None:
    """Where the source of ``verb`` is named: after "according to", or after a verb that
    follows a quotation ('…," said X'); after a verb that follows a comma when a name or
    a determiner comes next (", said the official"); else before the verb."""
    if verb.group().casefold().startswith("according"):
        return _phrase_after(text, verb.end(), end)
    before = text[max(start, verb.start() - 3) : verb.start()].rstrip()
    if before.endswith(_CLOSING_QUOTES):
        return _phrase_after(text, verb.end(), end)
    if before.endswith(","):
        after = _phrase_after(text, verb.end(), end)
        if after is not None and _opens_name(text, after):
            return after
    return _phrase_before(text, start, verb.start())


def _opens_name(text: str, phrase: Span) -> bool:
    first = next(iter_tokens(text, phrase.start, phrase.end), None)
    return first is not None and (
        is_name_word(first.text) or first.text.casefold() in ("the", "a", "an")
    )


def _stretches(text: str, tokens: list[Token]) -> list[tuple[list[Token], str]]:
    """``tokens`` cut at clause marks and clause words: each stretch with the text that
    ends it (before the next stretch)."""
    found: list[tuple[list[Token], str]] = []
    current: list[Token] = []
    for k, token in enumerate(tokens):
        if token.text.casefold() in _STOP_WORDS:
            found.append((current, token.text))
            current = []
            continue
        current.append(token)
        gap = text[token.end : tokens[k + 1].start] if k + 1 < len(tokens) else ""
        if _STOP.search(gap):
            found.append((current, gap))
            current = []
    found.append((current, ""))
    return found


def _phrase_before(text: str, start: int, at: int) -> Span | None:
    """The stretch that ends at ``at``; past a comma right before the verb, or an aside
    that opens with a preposition, the stretch before it: an appositive ("The city's
    mayor, Vadim Boichenko, said") or the subject ("The Kremlin, for its part, said")."""
    tokens = list(iter_tokens(text, start, at))
    if tokens and _STOP.search(text, tokens[-1].end, at):
        if text[tokens[-1].end : at].strip() != ",":
            return None
        tokens.append(Token(at, at, ""))  # an empty stretch nearest the verb
    stretches = _stretches(text, tokens)
    for k in range(len(stretches) - 1, max(len(stretches) - 4, -1), -1):
        kept = [t for t in stretches[k][0] if t.text]
        while kept and kept[0].text.casefold() in _OPENERS:
            kept = kept[1:]
        while kept and kept[-1].text.casefold() in _ADVERBS:
            kept = kept[:-1]
        kept = _after_time(text, kept)  # "On Sunday Biden said"
        aside = not kept or kept[0].text.casefold() in _PREPOSITIONS
        if not aside:
            if len(kept) > _LONGEST:
                return None
            if k == len(stretches) - 2 and not stretches[-1][0][0].text:
                kept = _with_role(stretches, k) + kept  # "The city's mayor, Vadim Boichenko"
            return Span(kept[0].start, kept[-1].end)
        if k == 0 or stretches[k - 1][1].strip() != ",":
            return None
    return None


def _with_role(stretches: list[tuple[list[Token], str]], k: int) -> list[Token]:
    """The stretch before an appositive, when it names a role: "The city's mayor" of "The
    city's mayor, Vadim Boichenko, said"."""
    if k == 0 or stretches[k - 1][1].strip() != ",":
        return []
    role = stretches[k - 1][0]
    if not role or len(role) > _LONGEST or role[0].text.casefold() in _PREPOSITIONS:
        return []
    return role


def _after_time(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` without a time that opens them ("On Sunday", "Last week")."""
    if not tokens:
        return tokens
    times = find_times(text, tokens[0].start, tokens[-1].end)
    opening = times[0].span if times else None
    if opening is None:
        return tokens
    first = 1 if tokens[0].text.casefold() in _PREPOSITIONS else 0
    if tokens[first].start != opening.start:
        return tokens
    return [t for t in tokens if t.start >= opening.end]


def _phrase_after(text: str, position: int, end: int) -> Span | None:
    tokens = list(iter_tokens(text, position, end))
    kept = _stretches(text, tokens)[0][0] if tokens else []
    if len(kept) > _LONGEST:
        return None
    while kept and kept[-1].text.casefold() in _ADVERBS:
        kept.pop()
    return Span(kept[0].start, kept[-1].end) if kept else None


def _attribution(text: str, phrase: Span, verb: regex.Match[str]) -> Attribution | None:
    times = [t.span for t in find_times(text, phrase.start, phrase.end)]
    tokens = [
        t
        for t in iter_tokens(text, phrase.start, phrase.end)
        if not any(s.start <= t.start < s.end for s in times)
    ]
    keys = [word_key(t.text).removesuffix("'s") for t in tokens]
    content = [k for k in keys if k not in STOPWORDS and k not in _PRONOUNS and not k[:1].isdigit()]
    if not content:
        return None  # "he", "they", or a time alone
    names = frozenset(
        k for t, k in zip(tokens, keys, strict=True) if is_name_word(t.text) and k not in NOT_NAMES
    )
    span = Span(min(phrase.start, verb.start()), max(phrase.end, verb.end()))
    return Attribution(span, phrase.of(text), names, frozenset(k[:5] for k in content))


def same_source(a: Attribution, b: Attribution) -> bool:
    """Whether two attributions may name one source: by their names when both name someone
    (one name in two spellings is one source), by their words otherwise.

    >>> def made(names, words):
    ...     return Attribution(Span(0, 1), "", frozenset(names), frozenset(words))
    >>> same_source(made({"biden"}, {"biden"}), made({"us"}, {"senio", "us", "offic"}))
    False
    >>> same_source(made({"peskov"}, {"pesko"}), made({"dmitry", "peshkov"}, {"dmitr", "peshk"}))
    True
    >>> same_source(made((), {"harbo", "autho"}), made((), {"harbo", "autho"}))
    True
    """
    if a.names and b.names:
        return any(_similar(x, y) for x in a.names for y in b.names)
    return not a.words.isdisjoint(b.words)


def _similar(a: str, b: str) -> bool:
    if same_name(a, b):
        return True
    long_enough = min(len(a), len(b)) >= _SIMILAR_FROM
    return long_enough and SequenceMatcher(None, a, b).ratio() >= _SIMILAR
