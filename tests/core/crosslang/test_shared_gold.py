"""Five stories of the Russian-English development gold (read from ../shared/crosslang,
skipped when absent): every gold link found, the dropped sentence omitted, the changed
number flagged. The whole split is scored by ``python -m benchmarks.crosslang``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.crosslang import score
from viewer.core.crosslang import CrossOptions

GOLD = Path(__file__).resolve().parents[4] / "shared" / "crosslang" / "ruen.dev.json"


def test_five_stories() -> None:
    if not GOLD.is_file():
        pytest.skip("the cross-language gold (../shared/crosslang) is not present")
    pairs = json.loads(GOLD.read_text(encoding="utf-8"))["pairs"]
    stories = sorted({p["id"] for p in pairs})[:5]
    got = score([p for p in pairs if p["id"] in stories], CrossOptions())
    assert got["f1"] >= 0.97
    assert got["dropped_omitted"] == 1.0
    assert got["number_flagged"] >= 0.75
