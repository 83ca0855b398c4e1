"""Undo and redo of a review (issue 14): the earlier states of the Review value."""

from __future__ import annotations

import doctest

from hypothesis import given
from hypothesis import strategies as st

import viewer.core.review_history as history_module
from viewer.core.model import Kind
from viewer.core.review import Decision, FindingKey, Review, Verdict
from viewer.core.review_history import ReviewHistory


def test_doctests() -> None:
    assert doctest.testmod(history_module).failed == 0


def _review(n: int) -> Review:
    key = FindingKey(1, Kind.DRIFT, str(n), "", "", "")
    return Review().decide(key, Decision(Verdict.CONFIRMED, f"note {n}"))


@given(st.integers(1, 30), st.integers(0, 30))
def test_undoing_every_change_goes_back_to_the_start_and_redoing_returns(
    changes: int, undos: int
) -> None:
    states = [_review(n) for n in range(changes + 1)]
    history = ReviewHistory()
    for before in states[:-1]:
        history = history.changed(before)
    now = states[-1]
    for _ in range(undos):
        history, now = history.undo(now)
    assert now == states[max(0, changes - undos)]
    for _ in range(undos):
        history, now = history.redo(now)
    assert now == states[-1]
    history, again = history.redo(now)  # nothing left to redo
    assert again is now


def test_typing_a_note_is_one_step_and_a_new_change_ends_redo() -> None:
    first, typed, other = _review(1), _review(2), _review(3)
    history = ReviewHistory().changed(Review(), ("note", 1))
    history = history.changed(first, ("note", 1)).changed(typed, ("note", 1))
    assert history.past == (Review(),)
    history, back = history.undo(other)
    assert back == Review() and history.future == (other,)
    history = history.changed(back)  # a new verdict: what was undone cannot come back
    assert history.future == ()
    history = history.changed(first, ("note", 2))  # another note: a step of its own
    assert len(history.past) == 2
