"""Refresh the quality figures that tests/quality pins: ``python -m benchmarks.quality.record``."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.quality.baselines import redline_segments
from benchmarks.quality.extalign import extalign_scores, redline_links
from benchmarks.quality.foreign import foreign_links
from benchmarks.quality.gold import gold_scores
from benchmarks.quality.golden import golden_failures
from benchmarks.quality.run import synthetic_scores

CASES = 5  # edited copies per source text in the pinned run (kept small for the test suite)


def main() -> None:
    synthetic = synthetic_scores(CASES, {"redline": redline_segments})["redline"]
    total, failed = golden_failures()
    record = {
        "cases": CASES,
        "synthetic": synthetic,
        "gold": gold_scores(),
        "extalign": {
            name: table["redline"]
            for name, table in extalign_scores({"redline": redline_links}).items()
        },
        "foreign": foreign_links(),
        "golden_rules": {"cases": total, "passed": total - len(failed)},
    }
    path = Path(__file__).with_name("recorded.json")
    path.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(record, indent=2))


if __name__ == "__main__":
    main()
