"""Finding quality in one command: ``python -m benchmarks.quality.run``.

Synthetic truth (known edits on the seeds and the demo articles) scored for Redline and for
two plain word diffs, and Redline's sentence alignment against the hand-made gold alignment of
the seeds. Prints a table and writes benchmarks/results/quality.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from benchmarks.quality.baselines import difflib_segments, dmp_segments, redline_segments
from benchmarks.quality.crossval import MEANING_GRID, cross_validate, report_lines
from benchmarks.quality.extalign import extalign_scores
from benchmarks.quality.findings_quality import findings_quality
from benchmarks.quality.flag_precision import flag_precision
from benchmarks.quality.flag_precision import report_lines as flag_lines
from benchmarks.quality.foreign import foreign_links
from benchmarks.quality.gold import gold_scores
from benchmarks.quality.golden import golden_failures
from benchmarks.quality.metrics import Labelled, Score, score_case
from benchmarks.quality.synthetic import make_case
from viewer.core import CompareOptions

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
RESULTS = ROOT / "benchmarks" / "results"
SYSTEMS: dict[str, Callable[[str, str], list[Labelled]]] = {
    "redline": redline_segments,
    "plain dmp": dmp_segments,
    "difflib": difflib_segments,
}


def sources() -> list[tuple[str, str]]:
    texts = [
        (p.name, p.read_text("utf-8"))
        for p in sorted((ROOT / "resources" / "demo").glob("*.txt"))[:1]
    ]
    if SEEDS.is_dir():
        texts += [(p.name[:3], p.read_text("utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    return texts


def synthetic_scores(
    cases_per_text: int, systems: dict[str, Callable[[str, str], list[Labelled]]]
) -> dict[str, dict[str, float]]:
    totals = {
        name: Score(Counter(), Counter(), Counter(), Counter(), Counter()) for name in systems
    }
    for _, text in sources():
        for seed in range(cases_per_text):
            case = make_case(text, seed)
            for name, system in systems.items():
                totals[name].add(score_case(case, system(case.base, case.other)))
    return {name: total.table() for name, total in totals.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=int, default=20, help="edited copies per source text")
    parser.add_argument(
        "--no-folds", action="store_true", help="skip the cross-validation (about 30 s)"
    )
    args = parser.parse_args(argv)
    start = time.perf_counter()
    synthetic = synthetic_scores(args.cases, SYSTEMS)
    gold = gold_scores()
    metrics = list(next(iter(synthetic.values())))
    print(f"synthetic truth: {args.cases} edited copies of each of {len(sources())} texts")
    print(f"{'metric':<28}" + "".join(f"{name:>12}" for name in synthetic))
    for metric in metrics:
        print(f"{metric:<28}" + "".join(f"{synthetic[n][metric]:>12.3f}" for n in synthetic))
    if gold:
        print("\nseed sentence alignment against the gold (base 001):")
        print(f"  {'':<5}{'all links':>26}{'without borderline':>28}")
        for label, v in gold.items():
            print(f"  {label}:  P {v['precision']:.3f}  R {v['recall']:.3f}  ({v['links']:>2})"
                  f"      P {v['strict_precision']:.3f}  R {v['strict_recall']:.3f}"
                  f"  ({v['strict_links']:>2})   longest omission hiding a link: "
                  f"{v['longest_hiding_omission']} words")  # fmt: skip
    reader = findings_quality()
    if reader:
        print(
            f"\nfindings on the four seed pairs (base 001): {reader['findings']} in "
            f"{reader['groups']} changed sentence groups, {reader['per_group']:.2f} a group; "
            f"punctuation-only {reader['punctuation_only']}, filler-only "
            f"{reader['filler_only']}; evidence naming as lost what a linked place has: "
            f"{reader['false_evidence']}"
        )
    external = extalign_scores()
    if external:
        print("\nexternal gold, development split (../shared/extalign):")
        for name, table in external.items():
            for label, v in table.items():
                print(f"  {name:<7}{label:<10}P {v['precision']:.3f}  R {v['recall']:.3f}  "
                      f"F1 {v['f1']:.3f}  omitted {v['omitted_share']:.3f}  "
                      f"false links {v['false_link_share']:.3f}")  # fmt: skip
    folds, whole, defaults = ([], {}, {}) if args.no_folds else cross_validate()
    if folds:
        print("\n" + "\n".join(report_lines(folds, whole, defaults)))
        by_meaning = cross_validate(MEANING_GRID, start=CompareOptions(by_meaning=True))
        print("with --meaning, " + "\n".join(report_lines(*by_meaning)))
    foreign = foreign_links()
    if foreign:
        print(f"\nforeign sentences linked: {foreign['inserted_linked']} inserted, "
              f"{foreign['removed_linked']} removed, in {foreign['cases']} cases; one sentence "
              f"replaced: {foreign['single_linked']} linked in {foreign['single_cases']} "
              "cases")  # fmt: skip
    flags = flag_precision([text for _, text in sources()], args.cases)
    print("\n" + "\n".join(flag_lines(flags)))
    total, failed = golden_failures()
    if total:
        print(f"\nGolden Rules of sentence splitting: {total - len(failed)} of {total}")
    print(f"\n{time.perf_counter() - start:.1f} s")
    RESULTS.mkdir(exist_ok=True)
    report = {
        "synthetic": synthetic,
        "gold": gold,
        "extalign": external,
        "foreign": foreign,
        "findings": reader,
        "folds": [{"chosen": f.chosen, "scores": f.scores} for f in folds],
        "flags": {k: v for k, v in flags.items() if k != "per_pair"},
        "golden_rules": {"cases": total, "passed": total - len(failed)},
    }
    (RESULTS / "quality.json").write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
