"""Thresholds chosen by cross-validation over the development split of ``../shared/extalign``.

The held-out split is scored elsewhere, so a threshold that only fits the development pairs
would fail there (rules tuned on the development fables once scored 0.595 there and 0.477
held out). Here each set's pairs are dealt into folds; for each fold the options that do best
on the other folds (summed F1 of news and fables, with no more than ``FALSE_LINKS`` of the
fables' unlinked sentences given a link, and no foreign sentence linked in the negative
tests) are chosen and scored on the fold left out. A rule
holds when the folds agree with each other and with the whole split.
``python -m benchmarks.quality.crossval``.
"""

from __future__ import annotations

import itertools
import sys
from collections import Counter
from dataclasses import dataclass, replace

from benchmarks.quality.extalign import (
    EXTALIGN,
    SETS,
    pair_counts,
    pairs_of,
    redline_links,
    summarise,
)
from benchmarks.quality.foreign import foreign_links
from viewer.core import CompareOptions

__all__ = ["FOLDS", "GRID", "MEANING_GRID", "Fold", "cross_validate", "report_lines"]

FOLDS = 5
FALSE_LINKS = 0.10  # the issue's ceiling on the fables' false-link share
# The tunables that set how much evidence a reworded sentence needs (see CompareOptions):
# each at its default and one step either side.
# With sentences left over paired by meaning (--meaning): the margin they need.
MEANING_GRID: dict[str, tuple[float, ...]] = {"meaning_margin": (1.03, 1.05, 1.08)}
GRID: dict[str, tuple[float, ...]] = {
    "gap_factor": (0.2, 0.3, 0.4),
    "moved_factor": (0.4, 0.5, 0.6),
    "weak_factor": (1.5, 2.0, 2.5),
}


@dataclass(frozen=True, slots=True)
class Fold:
    """One fold left out: the options chosen on the others, and its scores under them."""

    number: int
    chosen: dict[str, float]
    scores: dict[str, dict[str, float]]  # set -> precision, recall, f1, shares


def _settings(grid: dict[str, tuple[float, ...]]) -> list[dict[str, float]]:
    names = sorted(grid)
    return [
        dict(zip(names, values, strict=True))
        for values in itertools.product(*(grid[n] for n in names))
    ]


def _foreign(grid: dict[str, tuple[float, ...]], start: CompareOptions) -> list[int]:
    """Per setting, the links to foreign sentences in the negative tests (0 without seeds)."""
    found = []
    for setting in _settings(grid):
        counts = foreign_links(replace(start, **setting))  # type: ignore[arg-type]
        found.append(sum(v for k, v in counts.items() if k.endswith("linked")))
    return found


def _table(
    grid: dict[str, tuple[float, ...]], start: CompareOptions
) -> dict[str, list[list[Counter[str]]]]:
    """Per set, per setting, per pair: the pair's counts (each comparison run once)."""
    table: dict[str, list[list[Counter[str]]]] = {}
    for name in SETS:
        if not (EXTALIGN / SETS[name]).is_file():
            continue
        pairs = pairs_of(name)
        table[name] = [
            [
                pair_counts(p, redline_links(p["a"], p["b"], p["a_units"], p["b_units"], options))
                for p in pairs
            ]
            for options in (replace(start, **s) for s in _settings(grid))  # type: ignore[arg-type]
        ]
    return table


def _sum(rows: list[Counter[str]], keep: set[int]) -> Counter[str]:
    total: Counter[str] = Counter()
    for k, counts in enumerate(rows):
        if k in keep:
            total += counts
    return total


def cross_validate(
    grid: dict[str, tuple[float, ...]] | None = None,
    folds: int = FOLDS,
    start: CompareOptions | None = None,
) -> tuple[list[Fold], dict[str, dict[str, float]], dict[str, float]]:
    """The folds, the whole split's scores under the defaults, and the defaults' values.
    ``start``: the options the grid varies (its values are the defaults)."""
    grid = grid or GRID
    start = start or CompareOptions()
    settings = _settings(grid)
    table = _table(grid, start)
    if not table:
        return [], {}, {}
    foreign = _foreign(grid, start)
    defaults = {name: getattr(start, name) for name in grid}
    default_index = settings.index(defaults)
    results = []
    for fold in range(folds):

        def score(setting: int, train: bool, fold: int = fold) -> dict[str, dict[str, float]]:
            found = {}
            for name, rows in table.items():
                keep = {k for k in range(len(rows[setting])) if (k % folds == fold) != train}
                found[name] = summarise(_sum(rows[setting], keep))
            return found

        def merit(setting: int) -> float:
            if foreign[setting]:
                return -1.0  # a foreign sentence linked: never a choice
            scores = score(setting, True)
            fables = scores.get("fables", {})
            if fables and fables["false_link_share"] > FALSE_LINKS:
                return -1.0
            return sum(s["f1"] for s in scores.values())

        best = max(range(len(settings)), key=lambda k: (merit(k), k == default_index))
        results.append(Fold(fold, settings[best], score(best, False)))
    whole = {
        name: summarise(_sum(rows[default_index], set(range(len(rows[default_index])))))
        for name, rows in table.items()
    }
    return results, whole, defaults


def report_lines(
    folds: list[Fold], whole: dict[str, dict[str, float]], defaults: dict[str, float]
) -> list[str]:
    """The folds' figures beside the whole split's, as the benchmarks print them."""
    lines = [f"cross-validated, {len(folds)} folds (options chosen on the other folds):"]
    for f in folds:
        chosen = ", ".join(f"{k} {v}" for k, v in f.chosen.items())
        cells = "  ".join(
            f"{name} F1 {s['f1']:.3f} false {s['false_link_share']:.3f}"
            for name, s in f.scores.items()
        )
        lines.append(f"  fold {f.number}: {cells}  [{chosen}]")
    for name in whole:
        f1s = [f.scores[name]["f1"] for f in folds]
        lines.append(
            f"  {name}: folds mean F1 {sum(f1s) / len(f1s):.3f} (min {min(f1s):.3f}, max "
            f"{max(f1s):.3f}); whole split, defaults {whole[name]['f1']:.3f}"
        )
    lines.append("  defaults: " + ", ".join(f"{k} {v}" for k, v in defaults.items()))
    return lines


def main() -> int:
    folds, whole, defaults = cross_validate()
    print("\n".join(report_lines(folds, whole, defaults)) if folds else "no ../shared/extalign")
    if folds:
        meaning = cross_validate(MEANING_GRID, start=CompareOptions(by_meaning=True))
        print("with --meaning: " + "\n".join(report_lines(*meaning)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
