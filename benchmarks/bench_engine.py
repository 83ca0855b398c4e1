"""Engine speed against plain word diffs, on the seeds and on generated long pairs.

Run: ``python -m benchmarks.bench_engine [--sizes 10000 100000] [--skip-difflib-above N]``.
Every figure is measured in this run on this machine; ratios compare tools on the same input.
"""

from __future__ import annotations

import argparse
import difflib
import itertools
import json
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from diff_match_patch import diff_match_patch

from benchmarks.corpus import edited_pair
from viewer.core import Document, compare_documents
from viewer.core.dmp import encode
from viewer.core.tokens import words_in

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
RESULTS = Path(__file__).resolve().parent / "results"


def redline(a: str, b: str) -> object:
    return compare_documents([Document("a", "a", a), Document("b", "b", b)])


def plain_dmp(a: str, b: str) -> object:
    """What a plain diff-match-patch word diff does: tokens to characters, diff, clean up."""
    engine = diff_match_patch()
    engine.Diff_Timeout = 0
    text1, text2 = encode(words_in(a), words_in(b))
    diffs = engine.diff_main(text1, text2, checklines=False)
    engine.diff_cleanupSemantic(diffs)
    return diffs


def plain_difflib(a: str, b: str) -> object:
    return difflib.SequenceMatcher(None, words_in(a), words_in(b), autojunk=False).get_opcodes()


def timed(function: Callable[[str, str], object], a: str, b: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function(a, b)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_mib(function: Callable[[str, str], object], a: str, b: str) -> float:
    tracemalloc.start()
    function(a, b)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def inputs(sizes: list[int]) -> list[tuple[str, str, str]]:
    cases = []
    if SEEDS.is_dir():
        seeds = sorted(SEEDS.glob("*.txt"))
        base = next(p for p in seeds if p.name.startswith("001"))
        for other in seeds:
            if other != base:
                label = f"seed 001 vs {other.name[:3]}"
                cases.append((label, base.read_text("utf-8"), other.read_text("utf-8")))
    for size in sizes:
        a, b = edited_pair(size)
        cases.append((f"generated {size:,} words", a, b))
    return cases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    parser.add_argument("--skip-difflib-above", type=int, default=200_000)
    parser.add_argument("--skip-dmp-above", type=int, default=200_000)
    args = parser.parse_args(argv)
    rows = []
    print(f"{'input':<28}{'redline s':>10}{'MiB':>8}{'dmp s':>9}{'difflib s':>10}"
          f"{'dmp/redline':>12}{'difflib/redline':>16}")  # fmt: skip
    for label, a, b in inputs(args.sizes):
        words = len(words_in(a))
        repeat = 5 if words < 20_000 else 1
        ours = timed(redline, a, b, repeat)
        memory = peak_mib(redline, a, b) if words <= 200_000 else float("nan")
        dmp = timed(plain_dmp, a, b, repeat) if words <= args.skip_dmp_above else None
        dl = timed(plain_difflib, a, b, repeat) if words <= args.skip_difflib_above else None
        row = {"input": label, "words": words, "redline_s": ours, "redline_peak_mib": memory,
               "dmp_s": dmp, "difflib_s": dl}  # fmt: skip
        rows.append(row)

        def ratio(peer: float | None, ours: float = ours) -> str:
            return f"{peer / ours:.1f}x" if peer else "-"

        print(f"{label:<28}{ours:>10.3f}{memory:>8.1f}{dmp or float('nan'):>9.3f}"
              f"{dl or float('nan'):>10.3f}{ratio(dmp):>12}{ratio(dl):>16}")  # fmt: skip
    generated = [r for r in rows if r["input"].startswith("generated")]
    for small, large in itertools.pairwise(generated):
        growth = large["redline_s"] / small["redline_s"]
        print(f"growth {small['words']:,} -> {large['words']:,} words: {growth:.1f}x time "
              f"for {large['words'] / small['words']:.1f}x words")  # fmt: skip
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "engine.json").write_text(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
