"""The reader for JSON anyone may have written: limits on depth, digits and size, each refusal
one short sentence (issue 23: a review nested 100,000 deep raised RecursionError, a 5,000-digit
number ValueError, an option of 10^400 OverflowError)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.io.errors import InputProblem
from viewer.io.untrusted_json import JsonLimits, parse_json


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply (over 32 levels)"),
        ("[" * 33 + "]" * 33, "nested too deeply (over 32 levels)"),
        ('{"x": ' + "9" * 5000 + "}", "a number of 5,000 digits"),
        ('{"x": 1' + "0" * 400 + "}", "a number of 401 digits"),
        ('{"x": 1e400}', "a number out of range (1e400)"),
        ('{"x": -1e400}', "a number out of range (-1e400)"),
        ('{"x": NaN}', "NaN is not a number JSON allows"),
        ('{"x": Infinity}', "Infinity is not a number JSON allows"),
        ('{"x": [1, 2', "not JSON (Expecting ',' delimiter at line 1)"),
    ],
)
def test_hostile_json_is_refused_in_one_sentence(text: str, problem: str) -> None:
    with pytest.raises(InputProblem) as raised:
        parse_json(text)
    assert str(raised.value) == problem


def test_the_size_limit_is_checked_before_parsing() -> None:
    with pytest.raises(InputProblem, match="too large"):
        parse_json("[" + "1," * 100 + "1]", JsonLimits(max_chars=50))


def test_nesting_up_to_the_limit_is_read() -> None:
    assert parse_json("[" * 32 + "]" * 32) is not None


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**15), 10**15) | st.text(max_size=20)
    | st.floats(allow_nan=False, allow_infinity=False, width=32),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=30,
)  # fmt: skip


@given(JSON)
def test_json_within_the_limits_reads_as_json_does(value: object) -> None:
    text = json.dumps(value)
    assert parse_json(text) == json.loads(text)
