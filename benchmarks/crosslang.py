"""Cross-language comparison against the Russian-English gold: ``python -m benchmarks.crosslang``.

Reads ``../shared/crosslang/ruen.dev.json`` (or ``--data FILE``, e.g. the held-out split) and
prints, as the issue sets them: sentence-link precision, recall and F1 (a Russian and an
English unit are linked when one aligned or moved block covers at least half of each); the
share of ``drop`` stories whose dropped sentence is shown omitted and the share of the other
sentences shown omitted; the share of ``number`` stories whose changed number is flagged on
its aligned pair; the flags on ``plain`` stories (each listed, to be read). With
``--folds K`` it first chooses the bar and the merge penalty by K-fold cross-validation over
the stories and prints each fold. Then the speed of a 40- and a 1,000-sentence pair beside a
same-language comparison of the same texts (``--no-speed`` skips it).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.quality.extalign import _units_in
from viewer.core import BlockKind, Document, Flag, Kind, compare_documents
from viewer.core.analysis import DocumentAnalysis
from viewer.core.crosslang import CrossOptions, compare_across, load_encoder
from viewer.core.crosslang.encoder import forget_vectors
from viewer.core.model import PairComparison

DATA = Path(__file__).resolve().parents[2] / "shared" / "crosslang" / "ruen.dev.json"
GRID = {"link_bar": (0.0, 0.02, 0.04, 0.06, 0.08, 0.1), "merge_penalty": (0.0, 0.02, 0.05)}
Pair = dict[str, Any]


def _compare(pair: Pair, options: CrossOptions) -> PairComparison:
    a = DocumentAnalysis(Document("a", "a", pair["a"]))
    b = DocumentAnalysis(Document("b", "b", pair["b"]))
    return compare_across(a, b, options=options)


def _links(pair: Pair, found: PairComparison) -> set[tuple[int, int]]:
    links: set[tuple[int, int]] = set()
    for block in found.blocks:
        if block.kind in (BlockKind.ALIGNED, BlockKind.MOVED):
            left = _units_in(pair["a"], pair["a_units"], block.base.start, block.base.end)
            right = _units_in(pair["b"], pair["b_units"], block.other.start, block.other.end)
            links.update((i, j) for i in left for j in right)
    return links


def score(pairs: Sequence[Pair], options: CrossOptions) -> dict[str, Any]:
    """Every figure of the issue's targets over ``pairs``."""
    hit = predicted = truth = 0
    dropped = dropped_shown = others = others_omitted = 0
    numbers = numbers_flagged = 0
    plain_flags: list[str] = []
    for pair in pairs:
        found = _compare(pair, options)
        gold = {(i, j) for i, j, _ in pair["links"]}
        links = _links(pair, found)
        hit, predicted, truth = hit + len(links & gold), predicted + len(links), truth + len(gold)
        linked = {i for i, _ in links}
        if pair["variant"] == "drop":
            dropped += 1
            dropped_shown += pair["dropped"] not in linked
            rest = [i for i in range(len(pair["a_units"])) if i != pair["dropped"]]
            others += len(rest)
            others_omitted += sum(i not in linked for i in rest)
        if pair["variant"] == "number":
            numbers += 1
            start, end = pair["changed"]
            numbers_flagged += any(
                s.kind is Kind.DRIFT and Flag.NUMBER in s.flags
                and s.other.start < end and start < s.other.end
                for s in found.segments
            )  # fmt: skip
        if pair["variant"] == "plain":
            for s in found.segments:
                for e in s.evidence:
                    plain_flags.append(
                        f"{pair['id']}: {s.kind.value} {e.flag.value}: "
                        f"{', '.join(e.base) or '(nothing)'} -> {', '.join(e.other) or '(nothing)'}"
                    )
    p = hit / predicted if predicted else 0.0
    r = hit / truth if truth else 1.0
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "dropped_omitted": dropped_shown / dropped if dropped else 0.0,
        "others_omitted": others_omitted / others if others else 0.0,
        "number_flagged": numbers_flagged / numbers if numbers else 0.0,
        "plain_flags": plain_flags,
        "plain_pairs": sum(p["variant"] == "plain" for p in pairs),
    }


def _grid() -> list[CrossOptions]:
    keys = list(GRID)
    return [
        replace(CrossOptions(), **dict(zip(keys, values, strict=True)))
        for values in itertools.product(*(GRID[k] for k in keys))
    ]


def cross_validate(pairs: Sequence[Pair], folds: int) -> None:
    """K folds over the stories: the grid point with the best F1 on the other folds is scored
    on the fold left out."""
    stories = sorted({p["id"] for p in pairs})
    grid = _grid()
    print(f"cross-validation: {folds} folds over {len(stories)} stories, {len(grid)} settings")
    for fold in range(folds):
        held = set(stories[fold::folds])
        train = [p for p in pairs if p["id"] not in held]
        test = [p for p in pairs if p["id"] in held]
        best = max(grid, key=lambda o: score(train, o)["f1"])
        got = score(test, best)
        print(
            f"  fold {fold + 1}: bar {best.link_bar:.2f} merge {best.merge_penalty:.2f}  "
            f"test F1 {got['f1']:.3f}  dropped omitted {got['dropped_omitted']:.2f}  "
            f"others omitted {got['others_omitted']:.3f}  number flagged "
            f"{got['number_flagged']:.2f}"
        )
    counts: dict[tuple[float, float], float] = {}
    for o in grid:
        counts[(o.link_bar, o.merge_penalty)] = score(pairs, o)["f1"]
    print("  F1 of each setting on all stories:")
    for (bar, merge), f1 in sorted(counts.items()):
        print(f"    bar {bar:.2f} merge {merge:.2f}: {f1:.3f}")


def _report(pairs: Sequence[Pair], options: CrossOptions) -> None:
    got = score(pairs, options)
    print(f"\nwith bar {options.link_bar} and merge penalty {options.merge_penalty}:")
    rows = [
        ("sentence-link F1", f"{got['f1']:.3f}  (P {got['precision']:.3f}, "
         f"R {got['recall']:.3f})", ">= 0.97", got["f1"] >= 0.97),
        ("dropped sentence shown omitted", f"{got['dropped_omitted']:.3f}", ">= 0.95",
         got["dropped_omitted"] >= 0.95),
        ("other sentences shown omitted", f"{got['others_omitted']:.3f}", "<= 0.02",
         got["others_omitted"] <= 0.02),
        ("changed number flagged", f"{got['number_flagged']:.3f}", ">= 0.95",
         got["number_flagged"] >= 0.95),
        ("flags on unchanged stories", f"{len(got['plain_flags'])} in "
         f"{got['plain_pairs']} stories", "0 where numbers and names agree", None),
    ]  # fmt: skip
    for name, value, target, met in rows:
        verdict = "" if met is None else ("met" if met else "NOT MET")
        print(f"  {name:<32}{value:<32}target {target:<34}{verdict}")
    for line in got["plain_flags"]:
        print(f"    {line}")


def _texts(pairs: Sequence[Pair], sentences: int) -> tuple[str, str]:
    """Russian and English texts of about ``sentences`` units, stories joined (repeated
    when the set is smaller)."""
    plain = [p for p in pairs if p["variant"] == "plain"]
    a: list[str] = []
    b: list[str] = []
    for pair in itertools.cycle(plain):
        for (i, j), (k, m) in zip(pair["a_units"], pair["b_units"], strict=False):
            a.append(pair["a"][i:j])
            b.append(pair["b"][k:m])
            if len(a) >= sentences:
                return "\n\n".join(a), "\n\n".join(b)
    raise AssertionError("unreachable")


def speed(pairs: Sequence[Pair]) -> None:
    print("\nspeed (median of 3; the model loaded once before):")
    load_encoder()
    for sentences, target in ((40, 2.0), (1000, 60.0)):
        ru, en = _texts(pairs, sentences)
        en_cut = "\n\n".join(en.split("\n\n")[::10] + en.split("\n\n")[1::10])
        across, within = [], []
        for _ in range(3 if sentences < 1000 else 1):
            forget_vectors()
            start = time.perf_counter()
            compare_documents([Document("ru", "ru", ru), Document("en", "en", en)], workers=1)
            across.append(time.perf_counter() - start)
            start = time.perf_counter()
            compare_documents([Document("a", "a", en), Document("b", "b", en_cut)], workers=1)
            within.append(time.perf_counter() - start)
        a, w = sorted(across)[len(across) // 2], sorted(within)[len(within) // 2]
        print(
            f"  {sentences:>5} sentences: across languages {a:6.2f} s (target <= {target:.0f} s: "
            f"{'met' if a <= target else 'NOT MET'}), same language {w:6.3f} s, "
            f"ratio {a / max(w, 1e-9):.0f}x"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.crosslang")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--folds", type=int, default=0, help="cross-validate first (e.g. 5)")
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"{args.data}: not found; nothing to measure", file=sys.stderr)
        return 0
    pairs = json.loads(args.data.read_text(encoding="utf-8"))["pairs"]
    print(f"{args.data.name}: {len(pairs)} pairs, {len({p['id'] for p in pairs})} stories")
    if args.folds:
        cross_validate(pairs, args.folds)
    _report(pairs, CrossOptions())
    if not args.no_speed:
        speed(pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
