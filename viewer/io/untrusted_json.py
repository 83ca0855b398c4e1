"""Reading JSON that anyone may have written (review files): limits on size, depth and numbers.

Python's own reader raises ``RecursionError`` on deep nesting, ``ValueError`` on an integer
of over 4,300 digits, and reads ``1e400`` as infinity; every one of those is turned into an
``InputProblem`` with a short sentence here, so a caller has one exception to report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from viewer.io.errors import InputProblem

__all__ = ["JsonLimits", "parse_json"]


@dataclass(frozen=True, slots=True)
class JsonLimits:
    """How much a JSON document may hold before it is refused."""

    max_depth: int = 32  # arrays and objects inside each other (a review needs 4)
    max_digits: int = 30  # characters of one number (a review's largest is a text length)
    max_chars: int = 600 * 2**20  # characters of the whole document


class _Refused(ValueError):
    """A number outside the limits, raised from inside the parser."""


def parse_json(text: str, limits: JsonLimits | None = None) -> object:
    """``text`` parsed, or ``InputProblem`` saying what is wrong with it in a few words.

    >>> parse_json('{"a": [1, 2.5, "x"]}')
    {'a': [1, 2.5, 'x']}
    >>> parse_json("[" * 50 + "]" * 50)
    Traceback (most recent call last):
    ...
    viewer.io.errors.InputProblem: nested too deeply (over 32 levels)
    >>> parse_json("1e400")
    Traceback (most recent call last):
    ...
    viewer.io.errors.InputProblem: a number out of range (1e400)
    """
    limits = limits or JsonLimits()
    if len(text) > limits.max_chars:
        raise InputProblem(f"too large ({len(text):,} characters)")

    def number(literal: str, convert: type[int] | type[float]) -> int | float:
        if len(literal) > limits.max_digits:
            raise _Refused(f"a number of {len(literal):,} digits")
        value = convert(literal)
        if value in (float("inf"), float("-inf")):
            raise _Refused(f"a number out of range ({literal})")
        return value

    def constant(literal: str) -> float:
        raise _Refused(f"{literal} is not a number JSON allows")

    try:
        data = json.loads(
            text,
            parse_int=lambda s: number(s, int),
            parse_float=lambda s: number(s, float),
            parse_constant=constant,
        )
    except _Refused as refused:
        raise InputProblem(str(refused)) from None
    except RecursionError:
        raise InputProblem(f"nested too deeply (over {limits.max_depth} levels)") from None
    except json.JSONDecodeError as error:
        raise InputProblem(f"not JSON ({error.msg} at line {error.lineno})") from None
    if _depth(data, limits.max_depth) > limits.max_depth:
        raise InputProblem(f"nested too deeply (over {limits.max_depth} levels)")
    return data


def _depth(data: object, limit: int) -> int:
    """How deep arrays and objects nest in ``data`` (walked without recursion; stops past
    ``limit``)."""
    deepest = 0
    stack: list[tuple[object, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            depth += 1
            deepest = max(deepest, depth)
            if deepest > limit:
                return deepest
            items = value.values() if isinstance(value, dict) else value
            stack.extend((item, depth) for item in items if isinstance(item, dict | list))
    return deepest
