"""Command-line options apply to the output they are given with, or are refused in one line;
``export`` says where it wrote (issue 20: --flag and --hide-cosmetic were accepted with
--format json and silently did nothing; export printed nothing)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.conftest import DEMO
from viewer.cli.main import main, run

DEMO_FILES = [str(p) for p in sorted(DEMO.glob("*.txt"))]


def compare_json(*options: str) -> dict[str, object]:
    out = io.StringIO()
    assert run(["compare", *DEMO_FILES, "--format", "json", *options], out) == 0
    return json.loads(out.getvalue())  # type: ignore[no-any-return]


def test_flags_select_the_json_findings_and_say_so() -> None:
    whole, numbers = compare_json(), compare_json("--flag", "number,name", "--hide-cosmetic")
    assert "filters" not in whole
    assert numbers["filters"] == {
        "applies_to": "findings",
        "flags": ["name", "number"],
        "hide_cosmetic": True,
        "hide_boilerplate": False,
    }
    for every, chosen in zip(whole["comparisons"], numbers["comparisons"], strict=True):  # type: ignore[call-overload]
        kept = [f for f in every["findings"] if {"number", "name"} & set(f["flags"])]
        kept = [f for f in kept if f["kind"] != "cosmetic"]
        assert chosen["findings"] == kept and kept
        assert [f["index"] for f in every["findings"]] == list(range(len(every["findings"])))
        # every required field of version 1 stays whole: segments tile, counts count all
        for field in ("segments", "blocks", "counts", "flag_counts", "also", "links"):
            assert chosen[field] == every[field]
        # each finding still carries its paragraphs, base and other
        assert all(set(f["paragraph"]) == {"base", "other"} for f in chosen["findings"])


def test_hide_boilerplate_selects_json_findings() -> None:
    chosen = compare_json("--hide-boilerplate")
    assert chosen["filters"]["hide_boilerplate"] is True  # type: ignore[index]
    for pair in chosen["comparisons"]:  # type: ignore[attr-defined]
        assert not any("boilerplate" in f["flags"] for f in pair["findings"])


def test_an_option_that_does_not_apply_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["compare", *DEMO_FILES[:2], "--format", "json", "--full"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "redline: compare: --full applies to --format text only (JSON has whole spans)\n"
    )
    assert main(["export", *DEMO_FILES[:2], "-o", "x.html", "--flag", "quote"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_export_says_where_it_wrote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.html"
    assert main(["export", *DEMO_FILES, "-o", str(target)]) == 0
    out = capsys.readouterr().out
    size = target.stat().st_size
    versions, pairs = len(DEMO_FILES), len(DEMO_FILES) - 1
    assert out == (
        f"wrote {target.resolve()} ({versions} versions, {pairs} comparisons, "
        f"{round(size / 1024):,} KiB)\n"
    )
