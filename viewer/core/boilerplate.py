"""Web boilerplate: sign-up prompts, "Read more", "Also Read:", photo credits, share prompts.

Scraped articles carry page furniture that is not part of the story and differs from outlet to
outlet. It is cut out of the sentence it was glued to (so it never joins a real sentence), it
is never aligned with a real sentence, and its additions and omissions carry the
``boilerplate`` flag so that views can hide them like cosmetic changes.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from viewer.core.model import Span

__all__ = ["boilerplate_spans", "is_boilerplate"]

# A capitalised word of a person's name (not "Our" or "The" starting the next line).
_CAP = r"(?!(?:Our|The|A|An|In|On|At|For|And|But)\b)\p{Lu}[\p{L}.'\u2019-]*"
_NAME = rf"{_CAP}(?:[ \t]+{_CAP}){{0,3}}"
# Each alternative matches one piece of furniture, start to end, wherever it sits.
_FURNITURE = regex.compile(
    "|".join(
        [
            # "Sign up now for FREE unlimited access to Reuters.com Register"
            r"(?i:sign[ \t]up|register|subscribe)(?:[ \t]+now)?[ \t]+(?i:for|to)[ \t]+"
            r"[^.!?\n]{0,60}?(?i:newsletters?|access[ \t]+to[ \t]+[\w.-]+\.(?:com|org|net|co\.uk))"
            r"(?:[ \t]+(?:Register|Subscribe|Sign[ \t]up)\b)?",
            # "Also Read:" with the headline it links to, up to the end of the line
            r"(?i:also[ \t]+read|read[ \t]+more|related|see[ \t]+also|more[ \t]+on[ \t]+this)"
            r"[ \t]*:[^\n]{0,200}",
            # a bare "read more" link left inside the text
            r"(?i:\bread[ \t]+more\b)(?=\s*(?:$|[\"\u201c\u2018\p{Lu}\n]))",
            r"(?i:\b(?:story[ \t]+continues[ \t]+below[ \t]+)?advertisement\b)"
            r"(?=\s*(?:$|[\"\u201c\u2018\p{Lu}\n]))",
            # photo credits: "REUTERS/Marko Djurica", "… / Information via REUTERS",
            # "(Aris Messinis/AFP/Getty Images)"
            rf"\bREUTERS/{_NAME}(?:/(?:File[ \t]+)?(?i:photo))?",
            r"(?<=^|\n|[.!?\"\u201d][ \t]+)[^\n.!?]{0,80}?(?<=[ \t])via[ \t]+"
            r"(?:REUTERS|Reuters|AP|AFP)\b",
            r"\((?:[^()\n/]{2,40}/){1,3}(?:AFP|Getty[ \t]+Images|The[ \t]+Associated[ \t]+Press"
            r"|AP|Reuters|REUTERS|EPA|Bloomberg|[^()\n/]{2,30}[ \t]Images)\)",
            r"(?i:photograph|photo|image|picture)[ \t]*:[ \t]*[^\n]{0,80}?(?=$|\n)",
            # share and follow prompts
            r"(?i:share[ \t]+this[ \t]+(?:article|story)|click[ \t]+here[ \t]+to[^.!?\n]{0,60})",
            r"(?i:for[ \t]+(?:all[ \t]+)?the[ \t]+latest[^.!?\n]{0,80}?follow[ \t]+our)"
            r"[^.!?\n]{0,40}?(?i:blog|page|coverage|updates)(?:[ \t]+(?i:here))?\b",
            # credits and standards lines at the end of wire copy
            r"(?i:(?:additional[ \t]+)?reporting|editing|writing|compiled|written|edited)[ \t]+by"
            rf"[ \t]+{_NAME}(?:[ \t]*(?:[,;]|and)[ \t]*(?i:(?:editing|writing)[ \t]+by[ \t]+)?"
            rf"{_NAME})*",
            r"(?<=\S[ \t]*)[\u2013\u2014-][ \t]*(?:Reuters|REUTERS|AP|AFP|Bloomberg)[ \t]*$",
            r"(?i:our[ \t]+(?:standards|role[ \t]+models))[ \t]*:[ \t]*The[ \t]+Thomson[ \t]+"
            r"Reuters[ \t]+Trust[ \t]+Principles\.?",
        ]
    ),
    regex.MULTILINE,
)


# Every pattern above holds one of these (lower case). Text is searched for them first with
# str.find, which is fast, and the full pattern, which tries many alternatives at every
# position, runs only on the lines around what they find.
_TRIGGERS = (
    "sign up", "register", "subscribe", "also read", "read more", "read:", "related", "see also",
    "more on this", "advertisement", "reuters", "via ap", "via afp", "getty", "afp)", "press)",
    "epa)", "images)", "photo", "image:", "picture:", "share this", "click here", "follow our",
    "reporting by", "editing by", "writing by", "compiled by", "written by", "edited by",
    "trust principles", "- ap", "\u2013 ap", "\u2014 ap", "bloomberg",
)  # fmt: skip
_BEFORE, _AFTER = 120, 260  # how far a piece of furniture reaches around its trigger


def _windows(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Stretches of ``text[start:stop]`` that may hold furniture, each within one line."""
    lower = text[start:stop].lower()
    hits = sorted(
        start + at
        for trigger in _TRIGGERS
        for at in _find_all(lower, trigger)
    )  # fmt: skip
    windows: list[tuple[int, int]] = []
    for at in hits:
        line_start = text.rfind("\n", start, at) + 1 or start
        line_end = text.find("\n", at, stop)
        lo = max(at - _BEFORE, line_start, start)
        hi = min(at + _AFTER, stop if line_end < 0 else line_end)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def _find_all(text: str, needle: str) -> Iterator[int]:
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


def boilerplate_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Spans of page furniture in ``text[start:end]``, trailing spaces excluded.

    >>> text = "It stalled. Sign up now for FREE unlimited access to Reuters.com Register On it."
    >>> [text[s.start:s.end] for s in boilerplate_spans(text)]
    ['Sign up now for FREE unlimited access to Reuters.com Register']
    """
    stop = len(text) if end is None else end
    seen = start
    for lo, hi in _windows(text, start, stop):
        for match in _FURNITURE.finditer(text, max(lo, seen), hi):
            lo_m, hi_m = match.span()
            seen = hi_m
            while lo_m < hi_m and text[lo_m].isspace():
                lo_m += 1
            while hi_m > lo_m and text[hi_m - 1].isspace():
                hi_m -= 1
            if hi_m > lo_m:
                yield Span(lo_m, hi_m)


def is_boilerplate(text: str, start: int, end: int) -> bool:
    """Whether furniture makes up most of ``text[start:end]`` (letters and digits counted)."""
    pieces = list(boilerplate_spans(text, start, end))
    if not pieces:
        return False
    solid = sum(c.isalnum() for c in text[start:end])
    inside = sum(sum(c.isalnum() for c in text[s.start : s.end]) for s in pieces)
    return inside * 3 >= solid * 2
