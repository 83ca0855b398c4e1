"""Stated times in running text ("last week", "on Friday", "March 28", "yesterday"), each
with a key under which two ways of saying one time meet."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from viewer.core.model import Span
from viewer.core.normalize import number_value

__all__ = ["TimeMention", "find_times", "same_time"]

_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTHS = (
    "January|February|March|April|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_DAY_NUMBER = r"\d{1,2}(?:st|nd|rd|th)?"
# Written as news copy writes times; weekdays and months capitalised (a lower-case "may" is
# a modal, and "May" is a month only beside a day or after "in", "since", "by"...).
_TIME = regex.compile(
    rf"""
    (?P<day>\b(?:{_DAYS})(?:['\u2019]s)?\b)
    | (?P<date>\b(?:{_DAY_NUMBER}\s+)?(?:{_MONTHS}|May(?=\s+\d))\.?(?:\s+{_DAY_NUMBER}\b)?
        (?:,?\s+\d{{4}})?\b)
    | (?P<month>(?<=\b(?i:in|since|by|until|of|early|late|mid|last|next|this)[\s-])May\b)
    | (?P<relative>\b(?i:yesterday|today|tomorrow|tonight|overnight|last\s+night)\b)
    | (?P<night>\b(?i:through|during|in)\s+the\s+night\b)
    | (?P<period>\b(?i:(?:earlier|later)\s+this|this|last|next|past|previous|coming)\s+
        (?i:week|month|year|weekend|spring|summer|autumn|fall|winter)\b)
    | (?P<weekend>\b(?i:the)\s+weekend\b)
    | (?P<hour>\b(?i:dawn|dusk|noon|midday|midnight)\b)
    | (?P<clock>\b\d{{1,2}}(?:[:.]\d{{2}})?\s*(?i:a\.m\.|p\.m\.|am\b|pm\b))
    | (?P<ago>\b(?:\d+|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several))
        \s+(?i:day|week|month|year)s?\s+(?i:ago|earlier|before)\b)
    """,
    regex.VERBOSE,
)
_MONTH_KEYS = {m[:3].casefold(): m.casefold() for m in _MONTHS.split("|") if len(m) > 3}
_MONTH_KEYS["may"] = "may"
_SAME = {"midday": "noon", "previous": "last", "past": "last", "coming": "next", "fall": "autumn"}
# Times that hold another: a weekend holds its Saturday and Sunday.
_HOLDS = {"weekend": frozenset({"saturday", "sunday"})}


@dataclass(frozen=True, slots=True)
class TimeMention:
    """One stated time: where, as written, and its key ("last week", "friday", "march 28")."""

    span: Span
    text: str
    key: str


def find_times(text: str, start: int = 0, end: int | None = None) -> tuple[TimeMention, ...]:
    """The stated times in ``text[start:end]``, in order.

    >>> [t.key for t in find_times("On Friday, not last week; since March 28, 2022, at 5 p.m.")]
    ['friday', 'last week', 'march 28 2022', '5pm']
    >>> [t.key for t in find_times("He may go yesterday, over the weekend, through the night.")]
    ['yesterday', 'weekend', 'overnight']
    """
    stop = len(text) if end is None else end
    found = []
    for match in _TIME.finditer(text, start, stop):
        key = _key(match.lastgroup or "", match.group())
        found.append(TimeMention(Span(match.start(), match.end()), match.group(), key))
    return tuple(found)


def _key(kind: str, written: str) -> str:
    words: list[str] = regex.findall(
        r"[\w.]+", written.casefold().replace("\u2019s", "").replace("'s", "")
    )
    if kind == "day":
        return words[0]
    if kind in ("date", "month"):
        parts: list[str] = []
        for word in words:
            bare = word.rstrip(".")
            if bare[:3] in _MONTH_KEYS and not bare[:1].isdigit():
                parts.insert(0, _MONTH_KEYS[bare[:3]])
            else:
                parts.append(number_value(bare) or bare)
        return " ".join(parts)
    if kind == "night" or written.casefold() == "overnight":
        return "overnight"
    if kind == "period" and words[-1] == "weekend":
        return "weekend"
    if kind == "period":
        period = " ".join(_SAME.get(w, w) for w in words[-2:])
        return period.replace("earlier ", "").replace("later ", "")
    if kind == "weekend":
        return "weekend"
    if kind == "clock":
        return "".join(w for w in regex.findall(r"\d+|[ap]", written.casefold())) + "m"
    if kind == "ago":
        amount = number_value(words[0]) or {"a": "1", "an": "1"}.get(words[0], words[0])
        return f"{amount} {words[1].removesuffix('s')} ago"
    return " ".join(_SAME.get(w, w) for w in words)


def same_time(a: str, b: str) -> bool:
    """Whether two time keys may name one time: equal, or one holds the other.

    >>> same_time("weekend", "sunday"), same_time("last week", "friday")
    (True, False)
    """
    return a == b or b in _HOLDS.get(a, ()) or a in _HOLDS.get(b, ())
