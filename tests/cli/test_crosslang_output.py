"""The CLI's text and JSON for versions in different languages (a story and its translation
written for these tests): documents say their language, comparisons how they were aligned."""

from __future__ import annotations

import io
import json
from pathlib import Path

from viewer.cli.main import demo_paths, run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "crosslang"
RU, EN = str(FIXTURES / "flood.ru.txt"), str(FIXTURES / "flood.en.txt")


def output(*args: str) -> str:
    out = io.StringIO()
    assert run(["compare", *args], out) == 0
    return out.getvalue()


def test_json_says_languages_and_alignment() -> None:
    data = json.loads(output(RU, EN, "--format", "json"))
    assert data["version"] == 1
    assert [d["language"] for d in data["documents"]] == ["ru", "en"]
    pair = data["comparisons"][0]
    assert (pair["aligned_by"], pair["model"]) == ("meaning", "multilingual-e5-small")
    assert pair["counts"] == {"addition": 0, "omission": 1, "drift": 7, "moved": 0, "cosmetic": 0}
    number = next(s for s in pair["segments"] if "number" in s["flags"])
    assert number["evidence"]["number"] == {"base": ["3,5", "одну"], "other": ["5.5"]}


def test_same_language_json_only_gains_fields() -> None:
    paths = [str(p) for p in demo_paths()][:2]
    data = json.loads(output(*paths, "--format", "json"))
    assert [d["language"] for d in data["documents"]] == ["en", "en"]
    assert data["comparisons"][0]["aligned_by"] == "wording"
    assert "model" not in data["comparisons"][0]


def test_text_lists_flagged_pairs_and_omissions_only() -> None:
    text = output(RU, EN)
    lines = text.splitlines()
    assert lines[0] == "base #0 flood.ru.txt: 78 words, Russian"
    assert lines[2].startswith("#1 flood.en.txt: 79 words, English, similarity 0.00, coverage 0.")
    assert lines[3].startswith("    aligned by meaning across languages (multilingual-e5-small)")
    kinds = [line.split()[1] for line in lines if line.startswith("  §")]
    assert kinds == ["reworded", "reworded", "reworded", "omitted"]
    assert "  §5    reworded  [number: 3,5, одну → 5.5]" in lines
