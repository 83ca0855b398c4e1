"""The English Golden Rules of sentence splitting (``../shared/segmentation``), as a score."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from viewer.core.segment import split_sentences

__all__ = ["GOLDEN", "golden_failures", "split_as_text"]

GOLDEN = Path(__file__).resolve().parents[3] / "shared" / "segmentation" / "golden_rules_en.json"


def split_as_text(text: str) -> list[str]:
    return [text[s.content.start : s.content.end] for s in split_sentences(text)]


def golden_failures(
    split: Callable[[str], list[str]] = split_as_text,
) -> tuple[int, list[tuple[str, list[str], list[str]]]]:
    """(number of cases, the failing ones as (text, expected, got)); (0, []) when absent."""
    if not GOLDEN.is_file():
        return 0, []
    cases = json.loads(GOLDEN.read_text(encoding="utf-8"))["cases"]
    failures = []
    for case in cases:
        got = split(case["text"])
        expected = [s.strip() for s in case["sentences"]]
        if got != expected:
            failures.append((case["text"], expected, got))
    return len(cases), failures


if __name__ == "__main__":
    total, failed = golden_failures()
    for text, expected, got in failed:
        print(f"FAIL {text!r}\n  expected {expected}\n  got      {got}")
    print(f"{total - len(failed)} of {total} pass")
