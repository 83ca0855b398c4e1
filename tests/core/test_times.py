"""Stated times and their keys (issue 18: "last week" -> "on Friday" was never shown)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.core.times import find_times, same_time


def keys(text: str) -> list[str]:
    return [t.key for t in find_times(text)]


@pytest.mark.parametrize(
    ("a", "b"),
    [("on Friday", "Friday's"), ("over the weekend", "at the weekend"),
     ("through the night", "overnight"), ("March 28", "28 March"), ("Mar. 28", "March 28"),
     ("earlier this week", "this week"), ("two days ago", "2 days earlier"),
     ("5 p.m.", "5pm")],
)  # fmt: skip
def test_one_time_in_two_wordings_has_one_key(a: str, b: str) -> None:
    assert keys(a) == keys(b) != []


@pytest.mark.parametrize(
    ("a", "b"),
    [("last week", "on Friday"), ("on Tuesday", "on Monday"), ("yesterday", "on Wednesday"),
     ("March 28", "March 29"), ("last month", "this month")],
)  # fmt: skip
def test_different_times_have_different_keys(a: str, b: str) -> None:
    (x,), (y,) = keys(a), keys(b)
    assert not same_time(x, y)


def test_may_is_a_month_only_as_a_date() -> None:
    assert keys("Talks may resume in May, or on May 5.") == ["may", "may 5"]


def test_a_weekend_holds_its_days() -> None:
    assert same_time("weekend", "sunday") and same_time("saturday", "weekend")
    assert not same_time("weekend", "monday")


TIME = st.sampled_from(["on Monday", "last week", "yesterday", "March 3", "at noon", "the"])


@given(st.lists(TIME, max_size=6))
def test_times_are_found_in_order_as_written(parts: list[str]) -> None:
    text = " and ".join(parts)
    found = find_times(text)
    assert [t.text for t in found] == [t.span.of(text) for t in found]
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(found))
    assert len(found) == sum(p != "the" for p in parts)
