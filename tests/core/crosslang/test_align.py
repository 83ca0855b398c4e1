"""The order-aware alignment by meaning, on vectors made by hand: what each row shape,
omission, addition and move comes out as."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.align import Constraints, SentenceGroup
from viewer.core.crosslang.align import align_by_meaning
from viewer.core.crosslang.options import CrossOptions
from viewer.core.model import BlockKind
from viewer.core.similarity import Apart

DIM = 24


def topics(*names: int) -> np.ndarray:
    """One unit vector per sentence; sentences of one topic number point the same way, and
    a topic ``a * 100 + b`` is the mean of topics a and b (a sentence that says both)."""
    rng = np.random.default_rng(7)
    basis = rng.normal(size=(DIM, DIM)).astype(np.float32)
    rows = []
    for name in names:
        parts = [name // 100, name % 100] if name >= 100 else [name]
        v = sum(basis[p] for p in parts)
        rows.append(v / np.linalg.norm(v))
    return np.asarray(rows, np.float32)


def shapes(groups: tuple[SentenceGroup, ...]) -> list[tuple[str, int, int, int, int]]:
    return [(g.kind.value, g.base_lo, g.base_hi, g.other_lo, g.other_hi) for g in groups]


def align(base: list[int], other: list[int], constraints: Constraints | None = None):  # type: ignore[no-untyped-def]
    b, o = topics(*base), topics(*other)
    return align_by_meaning(
        b, o, np.ones(len(b), np.float32), np.ones(len(o), np.float32), CrossOptions(), constraints
    )


def test_in_order_one_to_one() -> None:
    assert shapes(align([1, 2, 3, 4], [1, 2, 3, 4])) == [
        ("aligned", k, k + 1, k, k + 1) for k in range(4)
    ]


def test_omission_and_addition() -> None:
    assert shapes(align([1, 2, 3, 4, 5], [1, 2, 4, 5, 9])) == [
        ("aligned", 0, 1, 0, 1),
        ("aligned", 1, 2, 1, 2),
        ("omitted", 2, 3, 2, 2),
        ("aligned", 3, 4, 2, 3),
        ("aligned", 4, 5, 3, 4),
        ("added", 5, 5, 4, 5),
    ]


def test_a_sentence_split_in_two_is_one_row() -> None:
    """The other version says topics 2 and 3 in one sentence: a 2:1 row."""
    assert shapes(align([1, 2, 3, 4], [1, 203, 4])) == [
        ("aligned", 0, 1, 0, 1),
        ("aligned", 1, 3, 1, 2),
        ("aligned", 3, 4, 2, 3),
    ]
    assert shapes(align([1, 203, 4], [1, 2, 3, 4]))[1] == ("aligned", 1, 2, 1, 3)


def test_a_sentence_out_of_order_is_moved() -> None:
    groups = align([1, 2, 3, 4, 5, 6], [1, 3, 4, 5, 2, 6])
    assert ("moved", 1, 2, 4, 5) in shapes(groups)
    assert all(g.kind is not BlockKind.OMITTED and g.kind is not BlockKind.ADDED for g in groups)


def test_the_users_links_and_unlinks_are_kept() -> None:
    linked = Constraints(links=((0, 1, 1, 2),))
    assert ("aligned", 0, 1, 1, 2) in shapes(align([1, 2], [1, 2], linked))
    kept = next(g for g in align([1, 2], [1, 2], linked) if g.kind is BlockKind.ALIGNED)
    assert (kept.base_lo, kept.other_lo, kept.manual) == (0, 1, True)
    wide = Constraints(links=((0, 1, 0, 4),))  # a shape the programme has no row for
    assert shapes(align([1, 2, 3], [1, 2, 3, 4], wide))[0] == ("aligned", 0, 1, 0, 4)
    apart = Constraints(apart=Apart(((1, 2, 1, 2),)))
    assert ("aligned", 1, 2, 1, 2) not in shapes(align([1, 2, 3], [1, 2, 3], apart))


def test_an_empty_side() -> None:
    assert shapes(align([1, 2], [])) == [("omitted", 0, 2, 0, 0)]
    assert shapes(align([], [1])) == [("added", 0, 0, 0, 1)]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(1, 12), max_size=12),
    st.lists(st.integers(1, 12), max_size=12),
)
def test_every_sentence_is_in_exactly_one_row(base: list[int], other: list[int]) -> None:
    groups = align(base, other)
    seen_b = [
        k for g in groups for k in range(g.base_lo, g.base_hi) if g.kind is not BlockKind.ADDED
    ]
    seen_o = [
        k for g in groups for k in range(g.other_lo, g.other_hi) if g.kind is not BlockKind.OMITTED
    ]
    assert sorted(seen_b) == list(range(len(base)))
    assert sorted(seen_o) == list(range(len(other)))
    in_order = [g for g in groups if g.kind is BlockKind.ALIGNED]
    assert all(a.base_hi <= b.base_lo and a.other_hi <= b.other_lo for a, b in pairwise(in_order))
