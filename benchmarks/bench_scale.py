"""Performance at scale, one command: ``python -m benchmarks.bench_scale``.

Generates its inputs (pairs of 10k, 100k and 1M words with ~5% of paragraphs edited and a few
moved; 20 versions of a 5,000-word story; and pairs of every shape in ``corpus.SHAPES`` at 10k
and 100k words, 1M for the spread vocabulary), then measures on the same inputs, each run in
its own process: Redline's engine, a plain diff-match-patch word diff, difflib at word level
and ``git diff --no-index --word-diff=porcelain`` (native code; skipped without git). Prints a
table of times (wall clock and CPU), peak memory and ratios, the growth of Redline's CPU time
per 10x the words for every shape, and writes benchmarks/results/scale.json.
"""

from __future__ import annotations

import argparse
import itertools
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import SHAPES, edited_pair, versions

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = Path(__file__).resolve().parents[1]
# Peers skipped above these sizes (words): they take minutes there.
LIMITS = {"dmp": 200_000, "difflib": 200_000}
TIMEOUT = 300  # seconds for one measurement


def measure(tool: str, paths: list[Path]) -> dict[str, float] | None:
    """One run of ``tool`` in a fresh process; None when it did not finish in time."""
    command = [sys.executable, "-m", "benchmarks.measure", tool, *map(str, paths)]
    try:
        done = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT, check=True
        )
    except subprocess.TimeoutExpired:
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


# Sizes of each shape (the natural pair has its own, with every peer).
SHAPE_SIZES = {name: (10_000, 100_000) for name in SHAPES if name != "natural text"}
SHAPE_SIZES["spread vocabulary"] = (10_000, 100_000, 1_000_000)


def _write(folder: str, name: str, texts: tuple[str, ...]) -> list[Path]:
    paths = [Path(folder, f"{name}-{k}.txt") for k in range(len(texts))]
    for path, text in zip(paths, texts, strict=True):
        path.write_text(text, encoding="utf-8")
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--no-shapes", action="store_true", help="only the natural pairs")
    args = parser.parse_args(argv)
    git = ["git"] if shutil.which("git") else []
    tools = ["redline", "dmp", "difflib", *git]
    rows = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        cases: list[tuple[str, int, list[Path], list[str]]] = []
        for size in args.sizes:
            paths = _write(folder, f"natural-{size}", edited_pair(size))
            cases.append((f"pair {size:,} words", size, paths, tools))
        for shape, sizes in {} if args.no_shapes else SHAPE_SIZES.items():
            for size in sizes:
                paths = _write(folder, f"{shape}-{size}".replace(" ", "-"), SHAPES[shape](size))
                cases.append((f"{shape} {size:,}", size, paths, ["redline", *git]))
        story = versions(5_000, 20)
        story_paths = [Path(folder, f"v{k:02}.txt") for k in range(20)]
        for path, text in zip(story_paths, story, strict=True):
            path.write_text(text, encoding="utf-8")
        cases.append(
            ("20 versions x 5,000 words", 5_000, story_paths, ["redline", "redline-serial"])
        )

        header = (
            f"{'input':<30}{'tool':<16}{'seconds':>9}{'CPU s':>8}{'peak MiB':>10}{'Redline is':>14}"
        )
        print(header)
        for label, size, paths, case_tools in cases:
            found: dict[str, dict[str, float] | None] = {}
            for tool in case_tools:
                if size > LIMITS.get(tool, size):
                    continue
                found[tool] = measure(tool, paths)
            ours = found["redline"]
            for tool, result in found.items():
                if result is None:
                    print(f"{label:<30}{tool:<16}{'> ' + str(TIMEOUT):>9}")
                    rows.append({"input": label, "tool": tool, "seconds": None})
                    continue
                ratio = ""
                if ours and tool != "redline":
                    factor = result["seconds"] / ours["seconds"]
                    ratio = f"{factor:.1f}x faster" if factor >= 1 else f"{1 / factor:.1f}x slower"
                print(f"{label:<30}{tool:<16}{result['seconds']:>9.3f}{result['cpu']:>8.2f}"
                      f"{result['peak_mib']:>10.1f}{ratio:>14}")  # fmt: skip
                rows.append({"input": label, "tool": tool, **result})
    _growth(rows, args.sizes, "pair {size:,} words")
    for shape, sizes in {} if args.no_shapes else SHAPE_SIZES.items():
        _growth(rows, list(sizes), f"{shape} {{size:,}}")
    print(f"suite ran in {time.perf_counter() - started:.0f} s")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "scale.json").write_text(json.dumps(rows, indent=2))
    return 0


def _growth(rows: list[dict[str, object]], sizes: list[int], label: str) -> None:
    """Redline's CPU time for 10x the words (CPU: steadier than the wall clock)."""
    ours = {r["input"]: r.get("cpu") for r in rows if r["tool"] == "redline"}
    for small, large in itertools.pairwise(sizes):
        a, b = ours.get(label.format(size=small)), ours.get(label.format(size=large))
        if isinstance(a, float) and isinstance(b, float) and a > 0:
            print(f"growth {label.format(size=small)} -> {large:,}: {b / a:.1f}x the CPU time "
                  f"for {large / small:.0f}x the words")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
