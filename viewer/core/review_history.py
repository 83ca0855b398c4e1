"""Undo and redo of a review: the earlier and the undone states of the Review value.

A review is a value that every change replaces, so undoing is going back to the value before.
Typing a note is one step, not one per key: a change that continues the newest one (the same
note typed on) replaces nothing in the history.
"""

from __future__ import annotations

from dataclasses import dataclass

from viewer.core.review import Review

__all__ = ["ReviewHistory"]

_DEPTH = 200  # steps kept; the oldest go first


@dataclass(frozen=True, slots=True)
class ReviewHistory:
    """``past``: the states before each change, oldest first; ``future``: the states undone,
    the next to redo last; ``last``: what the newest change was (None: a change no other
    continues), so that typing on in one note stays one step.

    >>> one, two = Review().with_links(()), Review()
    >>> history = ReviewHistory().changed(one, ("note", 1)).changed(two, ("note", 1))
    >>> len(history.past)  # the same note typed on: one step
    1
    >>> history, back = history.undo(Review())
    >>> back is one, len(history.future)
    (True, 1)
    """

    past: tuple[Review, ...] = ()
    future: tuple[Review, ...] = ()
    last: object = None

    def changed(self, before: Review, what: object = None) -> ReviewHistory:
        """The review changed from ``before``; ``what`` names a change that may continue
        (a note being typed); redoing is no longer possible."""
        if what is not None and what == self.last and self.past:
            return ReviewHistory(self.past, (), what)
        return ReviewHistory((*self.past, before)[-_DEPTH:], (), what)

    def undo(self, now: Review) -> tuple[ReviewHistory, Review]:
        """The history after undoing, and the review to go back to (``now`` when there is
        nothing to undo)."""
        if not self.past:
            return self, now
        return ReviewHistory(self.past[:-1], (*self.future, now)), self.past[-1]

    def redo(self, now: Review) -> tuple[ReviewHistory, Review]:
        """The history after redoing, and the review to go forward to (``now`` when there
        is nothing to redo)."""
        if not self.future:
            return self, now
        return ReviewHistory((*self.past, now), self.future[:-1]), self.future[-1]
