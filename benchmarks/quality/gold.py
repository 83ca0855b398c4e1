"""Redline's sentence alignment of the seeds against the hand-made gold alignment."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from viewer.core import Document, Kind, compare_documents
from viewer.core.tokens import count_words

__all__ = ["GOLD", "gold_scores", "units_in"]

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "fixtures" / "gold" / "seed_alignment.json"
SEEDS = ROOT.parent / "shared" / "seeds"


def _seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def _covered(unit: list[int], span_start: int, span_end: int) -> bool:
    """A gold sentence belongs to a block when most of it lies inside the block."""
    start, end = unit[0], unit[1]
    inside = max(0, min(end, span_end) - max(start, span_start))
    return inside * 2 > end - start


def units_in(units: list[list[int]], start: int, end: int) -> list[int]:
    """Indices of the gold sentences that lie mostly inside ``[start, end)``."""
    return [k for k, unit in enumerate(units) if _covered(unit, start, end)]


def _precision_recall(
    predicted: set[tuple[int, int]], truth: set[tuple[int, int]]
) -> dict[str, float]:
    hit = len(predicted & truth)
    return {
        "precision": round(hit / len(predicted), 4) if predicted else 0.0,
        "recall": round(hit / len(truth), 4) if truth else 1.0,
    }


def gold_scores() -> dict[str, dict[str, float]]:
    """Precision and recall of sentence links, for each other seed; {} without seeds/gold."""
    if not GOLD.is_file() or not SEEDS.is_dir():
        return {}
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    base_text = _seed(gold["base"]["file"])
    if hashlib.sha256(base_text.encode()).hexdigest() != gold["base"]["sha256"]:
        raise ValueError("the base seed changed since the gold was made")
    base_units = gold["base"]["sentences"]
    out = {}
    for label, entry in gold["others"].items():
        other_text = _seed(label)
        pair = compare_documents(
            [Document("base", "base", base_text), Document(label, label, other_text)]
        ).pairs[0]
        predicted = set()
        for base_span, other_span in ((link.base, link.other) for link in pair.links):
            bs = units_in(base_units, base_span.start, base_span.end)
            os_ = units_in(entry["sentences"], other_span.start, other_span.end)
            predicted.update((i, j) for i in bs for j in os_)
        truth = {tuple(link) for link in entry["links"]}
        linked = {i for i, _ in truth}
        # The longest omission shown although the gold finds its content in the other version.
        hiding = [
            count_words(base_text, s.base.start, s.base.end)
            for s in pair.segments
            if s.kind is Kind.OMISSION
            and linked & set(units_in(base_units, s.base.start, s.base.end))
        ]
        doubtful = {tuple(link) for link in entry.get("borderline", [])}
        # Strict: without the links the gold's author marked doubtful; they count neither as
        # found nor as missed, and predicting one is not an error either.
        strict = _precision_recall(predicted - doubtful, truth - doubtful)
        out[label] = {
            **_precision_recall(predicted, truth),
            "links": len(truth),
            "strict_precision": strict["precision"],
            "strict_recall": strict["recall"],
            "strict_links": len(truth - doubtful),
            "longest_hiding_omission": max(hiding, default=0),
        }
    return out
