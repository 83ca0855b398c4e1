"""``redline compare`` in-process: the public JSON contract and error handling."""

from __future__ import annotations

import io
import itertools
import json
from pathlib import Path

import pytest

from tests.conftest import seed_path
from viewer.cli.main import demo_paths, main, run

FLAGS = {"quote", "number", "name", "negation", "speaker", "time", "boilerplate"}


def compare_json(*args: str) -> dict:
    out = io.StringIO()
    assert run(["compare", *args, "--format", "json"], out) == 0
    return json.loads(out.getvalue())


def test_json_contract_on_the_demo() -> None:
    paths = [str(p) for p in demo_paths()]
    assert len(paths) == 4
    data = compare_json(*paths)
    assert data["format"] == "redline-comparison"
    assert data["version"] == 1
    assert [d["id"] for d in data["documents"]] == [0, 1, 2, 3]
    assert [d["path"] for d in data["documents"]] == paths
    for document in data["documents"]:
        assert document["text"] == Path(document["path"]).read_text(encoding="utf-8")
        assert document["words"] > 400
        assert document["label"] == Path(document["path"]).name
    assert len(data["similarity"]) == 4 and all(len(row) == 4 for row in data["similarity"])
    assert [(c["base"], c["other"]) for c in data["comparisons"]] == [(0, 1), (0, 2), (0, 3)]
    for comparison in data["comparisons"]:
        assert set(comparison["counts"]) == {"addition", "omission", "drift", "moved", "cosmetic"}
        assert comparison["similarity"] == data["similarity"][0][comparison["other"]]
        base = data["documents"][0]["text"]
        other = data["documents"][comparison["other"]]["text"]
        for side, text in (("base", base), ("other", other)):
            spans = sorted(s[side] for s in comparison["segments"] if s[side][0] < s[side][1])
            assert spans[0][0] == 0 and spans[-1][1] == len(text)
            assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
        assert 0 <= comparison["similarity"] <= comparison["coverage"] <= 1
        # speaker and time were added to version 1 (fields are only ever added)
        assert set(comparison["flag_counts"]) == FLAGS
        for link in comparison["also"]:
            assert set(link) == {"base", "other", "score"}
        for segment in comparison["segments"]:
            assert set(segment) >= {"kind", "base", "other", "flags", "evidence"}
            assert set(segment["flags"]) <= FLAGS
            # one evidence entry per flag, naming what raised it
            assert list(segment["evidence"]) == segment["flags"]
            for found in segment["evidence"].values():
                assert set(found) == {"base", "other"} and (found["base"] or found["other"])


def test_evidence_names_the_changed_figure() -> None:
    """Issue 11: a flagged segment says which number, name or quote raised each flag."""
    paths = [str(p) for p in demo_paths()]
    data = compare_json(paths[0], paths[2])
    numbers = [
        s["evidence"]["number"]
        for s in data["comparisons"][0]["segments"]
        if "number" in s["evidence"]
    ]
    assert {"base": ["1,200"], "other": ["1,500"]} in numbers


def test_demo_edits_are_found() -> None:
    data = compare_json(*[str(p) for p in demo_paths()])
    republished, translated, update = data["comparisons"]
    assert republished["counts"]["omission"] == 1 and republished["counts"]["addition"] == 1
    assert republished["counts"]["drift"] == 0
    flags = {f for s in translated["segments"] for f in s["flags"] if s["kind"] == "drift"}
    assert flags == {"quote", "number", "name", "negation"}
    assert update["counts"]["moved"] >= 1


def test_base_by_index_and_by_path() -> None:
    paths = [str(p) for p in demo_paths()[:3]]
    by_index = compare_json(*paths, "--base", "2")
    by_path = compare_json(*paths, "--base", paths[2])
    assert by_index == by_path
    assert [(c["base"], c["other"]) for c in by_index["comparisons"]] == [(2, 0), (2, 1)]


def test_text_summary(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(p) for p in demo_paths()[:2]]
    assert main(["compare", *paths]) == 0
    out = capsys.readouterr().out
    assert out.startswith("base #0 1-original.txt")
    assert "omitted" in out and "added" in out  # the words people read; JSON keeps its values


def test_seeds_from_the_command_line() -> None:
    paths = [str(seed_path(p)) for p in ("001", "000", "003", "004")]
    data = compare_json(*paths)
    assert len(data["comparisons"]) == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["compare", "missing.txt", "{demo}"], "redline: missing.txt: file not found"),
        (["compare", "{demo}"], "redline: give at least two versions to compare"),
        (["compare", "{demo}", "{demo}", "--base", "7"], "redline: --base 7: there are only 2"),
    ],
)
def test_errors_are_one_line_and_non_zero(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = str(demo_paths()[0])
    code = main([a.replace("{demo}", demo) for a in args])
    err = capsys.readouterr().err
    assert code != 0
    assert err.startswith(message)
    assert err.count("\n") == 1 and "Traceback" not in err


def test_same_file_twice_is_identical() -> None:
    demo = str(demo_paths()[0])
    data = compare_json(demo, demo)
    assert data["comparisons"][0]["similarity"] == 1.0
    assert [s["kind"] for s in data["comparisons"][0]["segments"]] == ["equal"]


def test_results_do_not_depend_on_the_process() -> None:
    """Issue 11: results deterministic. Sets of words iterate in an order that changes with
    each process's string hashing; no sum or ranking may depend on it."""
    import os
    import subprocess
    import sys

    paths = [str(p) for p in demo_paths()]
    outputs = set()
    for seed in ("1", "2", "3"):
        done = subprocess.run(
            [sys.executable, "-m", "viewer", "compare", *paths, "--format", "json"],
            capture_output=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
