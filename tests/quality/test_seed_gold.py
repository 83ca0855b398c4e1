"""The hand-made seed gold alignment is consistent with itself and with the seed files.

Checks the file only (no aligner runs): every unit and every partial link's part still points
at the text it was made from, so a changed seed or a hand edit that shifts an offset is caught.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from benchmarks.quality.gold import GOLD, SEEDS

KINDS = {"full", "partial"}


def _gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def _seed(label: str) -> str:
    return next(SEEDS.glob(f"{label}_*.txt")).read_text(encoding="utf-8")


def test_links_kinds_parts_agree() -> None:
    gold = _gold()
    n_base = len(gold["base"]["sentences"])
    for label, entry in gold["others"].items():
        n_other = len(entry["sentences"])
        links = [tuple(link) for link in entry["links"]]
        assert links == sorted(set(links)), label  # sorted, no duplicates
        assert all(0 <= i < n_base and 0 <= j < n_other for i, j in links), label
        assert len(entry["kinds"]) == len(links), label
        assert set(entry["kinds"]) <= KINDS, label
        partial = {
            f"{i},{j}"
            for (i, j), kind in zip(links, entry["kinds"], strict=True)
            if kind == "partial"
        }
        assert set(entry["parts"]) == partial, label  # a part for each partial link, no other
        assert {tuple(link) for link in entry["borderline"]} <= set(links), label
        linked = {j for _, j in links}
        assert entry["unmatched"] == [j for j in range(n_other) if j not in linked], label


def _check_units(text: str, units: list[list], label: str) -> None:
    previous_end = 0
    for k, (start, end, sha8) in enumerate(units):
        piece = text[start:end]
        assert piece and piece == piece.strip(), (label, k)
        assert hashlib.sha256(piece.encode()).hexdigest()[:8] == sha8, (label, k)
        assert start >= previous_end, (label, k)
        previous_end = end


def test_units_and_parts_match_the_seeds() -> None:
    if not SEEDS.is_dir():
        pytest.skip("seeds absent")
    gold = _gold()
    base_text = _seed(gold["base"]["file"])
    assert hashlib.sha256(base_text.encode()).hexdigest() == gold["base"]["sha256"]
    base_units = gold["base"]["sentences"]
    _check_units(base_text, base_units, gold["base"]["file"])
    for label, entry in gold["others"].items():
        text = _seed(label)
        assert hashlib.sha256(text.encode()).hexdigest() == entry["sha256"], label
        _check_units(text, entry["sentences"], label)
        for key, part in entry["parts"].items():
            i, j = (int(x) for x in key.split(","))
            for side, unit, source in (
                ("base", base_units[i], base_text),
                ("other", entry["sentences"][j], text),
            ):
                start, end = part[side]
                # The shared clause lies inside its unit and is a proper span of text.
                assert unit[0] <= start < end <= unit[1], (label, key, side)
                assert source[start:end] == source[start:end].strip(), (label, key, side)
