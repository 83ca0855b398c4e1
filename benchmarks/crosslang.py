"""Cross-language comparison against the Russian-English gold: ``python -m benchmarks.crosslang``.

Reads ``../shared/crosslang/ruen.dev.json`` (or ``--data FILE``, e.g. the held-out split) and
prints, as the issue sets them: sentence-link precision, recall and F1 (a Russian and an
English unit are linked when one aligned or moved block covers at least half of each); the
share of ``drop`` stories whose dropped sentence is shown omitted and the share of the other
sentences shown omitted; the share of ``number`` stories whose changed number is flagged on
its aligned pair; the flags on ``plain`` stories (each listed, to be read). A fourth
variant is made here from each plain story: its middle English sentence replaced by the
middle sentence of the next story (``foreign``): the Russian sentence must be omitted and the
foreign one added, never linked (a false link would hide an omission). With
``--folds K`` it first chooses the bar and the merge penalty by K-fold cross-validation over
the stories and prints each fold. Then the speed of a 40- and a 1,000-sentence pair beside a
same-language comparison of the same texts (``--no-speed`` skips it).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
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
GRID = {"link_bar": (0.01, 0.02, 0.03, 0.04, 0.05), "merge_penalty": (0.02, 0.05, 0.08)}
Pair = dict[str, Any]


def with_foreign(pairs: Sequence[Pair]) -> list[Pair]:
    """The pairs and, for each plain story, a copy whose middle English unit is replaced by
    the middle English unit of the next plain story."""
    plain = [p for p in pairs if p["variant"] == "plain" and len(p["b_units"]) >= 3]
    made: list[Pair] = []
    for pair, donor in zip(plain, plain[1:] + plain[:1], strict=True):
        k = len(pair["b_units"]) // 2
        d0, d1 = donor["b_units"][len(donor["b_units"]) // 2]
        start, end = pair["b_units"][k]
        insert = donor["b"][d0:d1]
        shift = len(insert) - (end - start)
        units = [
            u if u[1] <= start else ([start, start + len(insert)] if u[0] == start else
                                     [u[0] + shift, u[1] + shift])
            for u in pair["b_units"]
        ]  # fmt: skip
        links = [link for link in pair["links"] if link[1] != k]
        ru = [link[0] for link in pair["links"] if link[1] == k]
        made.append({**pair, "variant": "foreign", "b": pair["b"][:start] + insert +
                     pair["b"][end:], "b_units": units, "links": links, "foreign": k,
                     "dropped": ru[0] if ru else -1})  # fmt: skip
    return [*pairs, *made]


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


def _pair_figures(pair: Pair, options: CrossOptions) -> dict[str, Any]:
    """The counts one pair adds to the figures."""
    found = _compare(pair, options)
    gold = {(i, j) for i, j, _ in pair["links"]}
    links = _links(pair, found)
    linked = {i for i, _ in links}
    got: dict[str, Any] = {"hit": len(links & gold), "predicted": len(links), "truth": len(gold)}
    if pair["variant"] == "drop":
        rest = [i for i in range(len(pair["a_units"])) if i != pair["dropped"]]
        got["dropped"], got["dropped_shown"] = 1, int(pair["dropped"] not in linked)
        got["others"], got["others_omitted"] = len(rest), sum(i not in linked for i in rest)
    if pair["variant"] == "foreign":
        wrong = pair["foreign"] in {j for _, j in links} or pair["dropped"] in linked
        got["foreign"], got["foreign_linked"] = 1, int(wrong)
    if pair["variant"] == "number":
        start, end = pair["changed"]
        got["numbers"] = 1
        got["numbers_flagged"] = int(
            any(
                s.kind is Kind.DRIFT
                and Flag.NUMBER in s.flags
                and s.other.start < end
                and start < s.other.end
                for s in found.segments
            )
        )
    if pair["variant"] == "plain":
        got["plain"] = 1
        got["plain_flags"] = [
            f"{pair['id']}: {s.kind.value} {e.flag.value}: "
            f"{', '.join(e.base) or '(nothing)'} -> {', '.join(e.other) or '(nothing)'}"
            for s in found.segments
            for e in s.evidence
        ]
    return got


def _ratio(a: float, b: float, empty: float = 0.0) -> float:
    return a / b if b else empty


def total(figures: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Every figure of the issue's targets over the pairs' counts."""

    def add(key: str) -> int:
        return sum(f.get(key, 0) for f in figures)

    p = _ratio(add("hit"), add("predicted"))
    r = _ratio(add("hit"), add("truth"), 1.0)
    return {
        "precision": p,
        "recall": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "dropped_omitted": _ratio(add("dropped_shown"), add("dropped")),
        "others_omitted": _ratio(add("others_omitted"), add("others")),
        "number_flagged": _ratio(add("numbers_flagged"), add("numbers")),
        "foreign_linked": _ratio(add("foreign_linked"), add("foreign")),
        "plain_flags": [line for f in figures for line in f.get("plain_flags", [])],
        "plain_pairs": add("plain"),
    }


def score(pairs: Sequence[Pair], options: CrossOptions) -> dict[str, Any]:
    return total([_pair_figures(p, options) for p in pairs])


def _grid() -> list[CrossOptions]:
    keys = list(GRID)
    return [
        replace(CrossOptions(), **dict(zip(keys, values, strict=True)))
        for values in itertools.product(*(GRID[k] for k in keys))
    ]


def objective(got: dict[str, Any]) -> float:
    """What the folds choose by: link F1, the share of dropped sentences shown omitted and
    the share of foreign sentences left unlinked, alike (a false link hides an omission)."""
    return float(got["f1"] + got["dropped_omitted"] + 1 - got["foreign_linked"]) / 3


def cross_validate(pairs: Sequence[Pair], folds: int) -> None:
    """K folds over the stories: the grid point with the best objective on the other folds
    is scored on the fold left out (each pair is compared once per grid point)."""
    stories = sorted({p["id"] for p in pairs})
    grid = _grid()
    print(f"cross-validation: {folds} folds over {len(stories)} stories, {len(grid)} settings")
    figures = {o: [_pair_figures(p, o) for p in pairs] for o in grid}
    for fold in range(folds):
        held = set(stories[fold::folds])
        train = [k for k, p in enumerate(pairs) if p["id"] not in held]
        test = [k for k, p in enumerate(pairs) if p["id"] in held]
        best = max(grid, key=lambda o: objective(total([figures[o][k] for k in train])))
        got = total([figures[best][k] for k in test])
        print(
            f"  fold {fold + 1}: bar {best.link_bar:+.2f} merge {best.merge_penalty:.2f}  "
            f"test F1 {got['f1']:.3f}  dropped omitted {got['dropped_omitted']:.2f}  "
            f"others omitted {got['others_omitted']:.3f}  number flagged "
            f"{got['number_flagged']:.2f}  foreign linked {got['foreign_linked']:.2f}"
        )
    print("  every setting on all stories:")
    for o in grid:
        got = total(figures[o])
        print(
            f"    bar {o.link_bar:+.2f} merge {o.merge_penalty:.2f}: objective "
            f"{objective(got):.3f}  F1 {got['f1']:.3f}  "
            f"foreign linked {got['foreign_linked']:.2f}  others omitted "
            f"{got['others_omitted']:.3f}"
        )


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
        ("foreign sentence linked", f"{got['foreign_linked']:.3f}", "0 (not a target)",
         None),
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
    """Wall time, and the CPU time the process used (the engine runs two threads): on a
    machine shared with other work the wall time grows with its load, printed beside."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\nspeed (median of 3; the model loaded once before; load average {load:.1f}):")
    load_encoder()
    for sentences, target in ((40, 2.0), (1000, 60.0)):
        ru, en = _texts(pairs, sentences)
        en_cut = "\n\n".join(en.split("\n\n")[::10] + en.split("\n\n")[1::10])
        across, within, cpu = [], [], []
        for _ in range(3 if sentences < 1000 else 1):
            forget_vectors()
            start, used = time.perf_counter(), time.process_time()
            compare_documents([Document("ru", "ru", ru), Document("en", "en", en)], workers=1)
            across.append(time.perf_counter() - start)
            cpu.append(time.process_time() - used)
            start = time.perf_counter()
            compare_documents([Document("a", "a", en), Document("b", "b", en_cut)], workers=1)
            within.append(time.perf_counter() - start)
        a, w = sorted(across)[len(across) // 2], sorted(within)[len(within) // 2]
        c = sorted(cpu)[len(cpu) // 2]
        print(
            f"  {sentences:>5} sentences: across languages {a:6.2f} s (target <= {target:.0f} s: "
            f"{'met' if a <= target else 'NOT MET'}; CPU {c:.2f} s), same language {w:6.3f} s, "
            f"ratio {a / max(w, 1e-9):.0f}x"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.crosslang")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--folds", type=int, default=0, help="cross-validate first (e.g. 5)")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--speed-only", action="store_true")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"{args.data}: not found; nothing to measure", file=sys.stderr)
        return 0
    pairs = with_foreign(json.loads(args.data.read_text(encoding="utf-8"))["pairs"])
    print(f"{args.data.name}: {len(pairs)} pairs, {len({p['id'] for p in pairs})} stories")
    if args.speed_only:
        speed(pairs)
        return 0
    if args.folds:
        cross_validate(pairs, args.folds)
    _report(pairs, CrossOptions())
    if not args.no_speed:
        speed(pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
