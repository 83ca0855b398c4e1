"""Gap tags: where they stand when gaps are close together."""

from __future__ import annotations

import doctest
import itertools

from hypothesis import given
from hypothesis import strategies as st

import viewer.core.gap_tags as gap_tags
from viewer.core.gap_tags import stacked


def test_doctests() -> None:
    assert doctest.testmod(gap_tags).failed == 0


@given(st.lists(st.integers(-500, 5000)).map(sorted), st.integers(1, 60))
def test_stacked_tags_never_cover_each_other_and_never_rise(tops: list[int], height: int) -> None:
    placed = stacked(tops, height)
    assert len(placed) == len(tops)
    assert all(p >= t for p, t in zip(placed, tops, strict=True))  # only moved down
    assert all(b - a > height for a, b in itertools.pairwise(placed))
    # a tag is moved only when the one before would cover it
    assert all(
        p == t or p == q + height + 1
        for q, p, t in zip([None, *placed], placed, tops, strict=False)
        if q is not None
    )
