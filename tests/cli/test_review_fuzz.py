"""Damaged review files through the CLI: whatever the damage, one line naming the file and
exit 1, or the review opens (issue 23: nesting, huge numbers and overflows gave 25-line
tracebacks)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.cli.main import main
from viewer.core import Document
from viewer.core.model import Kind
from viewer.core.review import Decision, FindingKey, Review, Verdict
from viewer.export.review_file import review_bytes

HOSTILE_VALUES = st.sampled_from(
    [
        None, True, -1, 0, 2**63, 1.5, "", "x" * 1000, [], {}, [[[[]]]],
        "[" * 50, "\ud800", "\x00", "<b>x</b>", 10**30,
    ]
)  # fmt: skip


def valid_review() -> bytes:
    documents = [
        Document("a.txt", "a.txt", "The mayor said 40 buses would run on Monday.", {"f": "t"}),
        Document("b.txt", "b.txt", "The mayor said 14 buses would run on Tuesday.", {"f": "t"}),
    ]
    key = FindingKey(1, Kind.DRIFT, "40", "14", "The mayor said", "buses would")
    review = Review({key: Decision(Verdict.CONFIRMED, "cut by a third")})
    return review_bytes(Path("r.redline"), documents, 0, review)


VALID = valid_review()


def _paths(value: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """A review file damaged in one of the ways files get damaged, or made hostile."""
    way = draw(st.sampled_from(["cut", "byte", "insert", "value", "nest", "bom", "number"]))
    data = bytearray(VALID)
    if way == "cut":
        return bytes(data[: draw(st.integers(0, len(data)))])
    if way == "byte":
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        return bytes(data)
    if way == "insert":
        at = draw(st.integers(0, len(data)))
        return bytes(data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:])
    if way == "bom":
        return b"\xef\xbb\xbf" + bytes(data)
    parsed = json.loads(VALID)
    target = draw(st.sampled_from(_paths(parsed)[1:]))
    holder = parsed
    for step in target[:-1]:
        holder = holder[step]  # type: ignore[index]
    if way == "value":
        holder[target[-1]] = draw(HOSTILE_VALUES)  # type: ignore[index]
        return json.dumps(parsed).encode()
    text = json.dumps(parsed)
    marker = json.dumps(holder[target[-1]])  # type: ignore[index]
    if way == "nest":
        depth = draw(st.sampled_from([40, 1000, 100_000]))
        hostile = "[" * depth + "]" * depth
    else:
        hostile = draw(st.sampled_from(["9" * 5000, "1" + "0" * 400, "1e400", "-1e999", "NaN"]))
    return text.replace(marker, hostile, 1).encode()


def one_line_or_opened(code: int, err: str, path: Path) -> None:
    assert code in (0, 1), err
    if code == 1:
        lines = err.splitlines()
        assert len(lines) == 1, err
        assert lines[0].startswith(f"redline: {path}: "), err


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(content=damaged())
def test_damaged_reviews_through_the_cli_are_one_line_naming_the_file(
    content: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "damaged.redline"
    path.write_bytes(content)
    capsys.readouterr()
    code = main(["compare", "--review", str(path), "--format", "json"])
    one_line_or_opened(code, capsys.readouterr().err, path)
