"""What one linked place of a version holds, for the flags: its words, figures, names,
attributions, stated times and clauses, each found on first use."""

from __future__ import annotations

from bisect import bisect_left
from functools import cached_property

import regex

from viewer.core.model import Span
from viewer.core.names import Name, Usage, find_names
from viewer.core.normalize import number_value, word_key
from viewer.core.speakers import Attribution, find_attributions
from viewer.core.times import TimeMention, find_times
from viewer.core.tokens import Token, iter_tokens

__all__ = ["Place"]

# What ends a clause, for negations: they are compared clause by clause.
_CLAUSE_END = regex.compile(r"[,;:()\u2013\u2014\"\u201c\u201d.!?\n]")


class Place:
    """What one linked place (a span of one side) holds."""

    def __init__(self, text: str, span: Span, usage: Usage) -> None:
        self.text, self.span, self._usage = text, span, usage

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        return tuple(iter_tokens(self.text, self.span.start, self.span.end))

    @cached_property
    def values(self) -> frozenset[str]:
        return frozenset(v for t in self.tokens if (v := number_value(t.text)) is not None)

    @cached_property
    def names(self) -> tuple[Name, ...]:
        return find_names(self.text, self.span.start, self.span.end, self._usage)

    @cached_property
    def capitals(self) -> tuple[str, ...]:
        """Keys of every capitalised word ("the Kremlin said" still names the Kremlin when
        the other side opens a sentence with it)."""
        return tuple(word_key(t.text) for t in self.tokens if t.text[:1].isupper())

    @cached_property
    def attributions(self) -> tuple[Attribution, ...]:
        return find_attributions(self.text, self.span.start, self.span.end)

    @cached_property
    def times(self) -> tuple[TimeMention, ...]:
        return find_times(self.text, self.span.start, self.span.end)

    @cached_property
    def clause_ends(self) -> list[int]:
        return [m.start() for m in _CLAUSE_END.finditer(self.text, self.span.start, self.span.end)]

    def clause(self, span: Span) -> tuple[Token, ...]:
        """The words of the clause (or clauses) ``span`` lies in, within this place."""
        ends = self.clause_ends
        before = bisect_left(ends, span.start)  # clause ends before the span's start
        after = bisect_left(ends, span.end)  # the first clause end at or after its end
        start = ends[before - 1] if before else self.span.start
        end = ends[after] if after < len(ends) else self.span.end
        return tuple(t for t in self.tokens if start <= t.start and t.end <= end)
