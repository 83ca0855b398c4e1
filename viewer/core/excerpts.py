"""Short readings of a finding: the changed words, whole, with a few words of context.

Rows that read "the", "to", "have" tell a reviewer nothing; "…rose [four] feet in less…"
does. A long passage keeps its first and last words and says how many it skips;
words are never cut in the middle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from viewer.core.model import Span

__all__ = [
    "NOTHING",
    "Excerpt",
    "excerpt_in_context",
    "excerpt_of_changes",
    "has_words",
    "shorten",
]

NOTHING = "(nothing)"  # what an empty side of a finding reads as (never "—": that is a dash)
_REACH = 240  # characters looked at on each side for context (enough for a few words)


@dataclass(frozen=True, slots=True)
class Excerpt:
    """One side of a finding: context before, the changed text, context after."""

    before: str  # a few words before, on one line; starts with "…" when the paragraph goes on
    core: str  # the changed text on one line; long passages shortened (see ``skipped``)
    after: str  # a few words after; ends with "…" when the paragraph goes on
    skipped: int = 0  # words of the passage left out of ``core``
    # When the core holds several changes: its pieces in order, each (text, changed); the
    # unchanged text between two changes is shortened to a few words either side.
    pieces: tuple[tuple[str, bool], ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.core

    def plain(self, opening: str = "[", closing: str = "]") -> str:
        """On one line, the changed text between ``opening`` and ``closing``.

        >>> Excerpt("…streets rose ", "four", " feet in…").plain()
        '…streets rose [four] feet in…'
        >>> Excerpt("", "", "").plain()
        '(nothing)'
        """
        if self.is_empty:
            return NOTHING
        if self.pieces:
            core = "".join(
                f"{opening}{text}{closing}" if changed else text for text, changed in self.pieces
            )
            return f"{self.before}{core}{self.after}"
        return f"{self.before}{opening}{self.core}{closing}{self.after}"


def shorten(passage: str, head: int | None = 12, tail: int = 6) -> tuple[str, int]:
    """``passage`` on one line; beyond ``head + tail`` words (and a few to spare) only the
    first ``head`` and last ``tail`` are kept around "… [N words] …". ``head=None`` keeps all.

    >>> shorten("a b c d e f g h i j", head=2, tail=2)
    ('a b … [6 words] … i j', 6)
    >>> shorten("a b c d e", head=2, tail=2)
    ('a b c d e', 0)
    """
    words = passage.split()
    if head is None or len(words) <= head + tail + 2:
        return " ".join(words), 0
    skipped = len(words) - head - tail
    kept = " ".join(words[:head]), " ".join(words[len(words) - tail :])
    return f"{kept[0]} … [{skipped} words] … {kept[1]}", skipped


def excerpt_in_context(
    text: str, span: Span, context: int = 4, head: int | None = 12, tail: int = 6
) -> Excerpt:
    """The text of ``span`` with up to ``context`` words either side from the same paragraph.

    >>> text = "Water in some streets rose four feet in less than six hours."
    >>> start = text.index("four")
    >>> excerpt_in_context(text, Span(start, start + 4)).plain()
    '…in some streets rose [four] feet in less than…'
    """
    core, skipped = shorten(span.of(text), head, tail)
    if not core:
        return Excerpt("", "", "")
    start = span.start + (len(span.of(text)) - len(span.of(text).lstrip()))
    end = span.start + len(span.of(text).rstrip())
    return Excerpt(_before(text, start, context), core, _after(text, end, context), skipped)


def excerpt_of_changes(
    text: str, changes: Sequence[Span], context: int = 4, head: int | None = 12, tail: int = 6
) -> Excerpt:
    """Several changes of one finding on one side, each bracketed, with the text between
    them (shortened to ``context`` words either side of a long stretch) and context around.

    >>> text = "Ukraine and Russia were preparing on Monday for the first talks."
    >>> a, b = text.index("were"), text.index("on Monday")
    >>> excerpt_of_changes(text, [Span(a, a + 4), Span(b, b + 9)], 2).plain()
    '…and Russia [were] preparing [on Monday] for the…'
    """
    solid = [s for s in changes if s.of(text).strip()]
    if len(solid) <= 1:
        return excerpt_in_context(text, solid[0] if solid else Span(0, 0), context, head, tail)
    pieces: list[tuple[str, bool]] = []
    skipped = 0
    for k, span in enumerate(solid):
        raw = span.of(text)
        if k:
            between = text[solid[k - 1].end : span.start]
            if solid[k - 1].of(text)[-1:].isspace() or raw[:1].isspace():
                between = f" {between} "  # spacing kept outside the brackets
            pieces.append((_between(between, context), False))
        core, cut = shorten(raw, head, tail)
        pieces.append((core, True))
        skipped += cut
    first, last = solid[0], solid[-1]
    start = first.start + (len(first.of(text)) - len(first.of(text).lstrip()))
    end = last.start + len(last.of(text).rstrip())
    return Excerpt(
        _before(text, start, context),
        "".join(piece for piece, _ in pieces),
        _after(text, end, context),
        skipped,
        tuple(pieces),
    )


def _between(stretch: str, context: int) -> str:
    """Unchanged text between two changes, on one line: whole when short, else its first
    and last ``context`` words around an ellipsis."""
    words = stretch.split()
    lead = " " if stretch[:1].isspace() else ""
    trail = " " if stretch[-1:].isspace() else ""
    if not words:
        return " " if lead or trail else ""
    if len(words) <= 2 * context + 1:
        return f"{lead}{' '.join(words)}{trail}"
    return f"{lead}{' '.join(words[:context])} … {' '.join(words[-context:])}{trail}"


def _before(text: str, start: int, count: int) -> str:
    if count <= 0:
        return ""
    low = max(0, start - _REACH)
    line_start = text.rfind("\n", low, start) + 1 or low
    window = text[max(line_start, low) : start]
    words = window.split()
    joined = " ".join(words[-count:])
    if not joined:
        return ""
    cut = len(words) > count or (line_start <= low < start and low > 0)
    space = " " if window[-1:].isspace() else ""
    return f"{'…' if cut else ''}{joined}{space}"


def _after(text: str, end: int, count: int) -> str:
    if count <= 0:
        return ""
    high = min(len(text), end + _REACH)
    line_end = text.find("\n", end, high)
    window = text[end : high if line_end < 0 else line_end]
    words = window.split()
    joined = " ".join(words[:count])
    if not joined:
        return ""
    cut = len(words) > count or (line_end < 0 and high < len(text))
    space = " " if window[:1].isspace() else ""
    return f"{space}{joined}{'…' if cut else ''}"


def has_words(text: str) -> bool:
    """Whether ``text`` holds a letter or a digit (not only punctuation and spacing).

    >>> has_words(" . "), has_words("2")
    (False, True)
    """
    return any(character.isalnum() for character in text)
