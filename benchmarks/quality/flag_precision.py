"""Flag precision: how many flagged findings are real changes, on pairs whose changes are known.

Run: ``python -m benchmarks.quality.flag_precision``. Two sources of truth. Hand-written
wire/republished pairs (``flag_pairs/``, news-like prose written for this benchmark): each
pair lists its true changes, every one anchored by a passage found once in each text, and the
flags it should raise; pairs with an empty list differ only in wording, typography, number
spelling, contractions or sentence structure. And the synthetic edits of ``synthetic.py``,
whose every character has a true kind.

Scored at the level of the reader's findings (``PairComparison.findings``, every stretch):
- *flagged findings real*: a finding with a flag of attention that overlaps a true change;
- *flags right*: each flag of a flagged finding, right when an overlapping change lists it;
- *recall*: each (change, flag) raised by some finding overlapping the change;
- *flags on wording-only pairs*: findings flagged on the pairs with no true change (target 0).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from benchmarks.quality.synthetic import make_case
from viewer.core import Document, compare_documents
from viewer.core.model import PairComparison

__all__ = ["FlagPair", "flag_pairs", "flag_precision", "main"]

PAIRS = Path(__file__).with_name("flag_pairs")
_NOT_ATTENTION = frozenset({"boilerplate"})
_CHANGED = frozenset({"omission", "addition", "drift"})


@dataclass(frozen=True, slots=True)
class Change:
    """One true change: its flags and where it lies on each side (empty when absent)."""

    flags: tuple[str, ...]
    base: tuple[int, int]
    other: tuple[int, int]


@dataclass(frozen=True, slots=True)
class FlagPair:
    name: str
    base: str
    other: str
    changes: tuple[Change, ...]


# (stretches (base span, other span), flags) of one finding
_Span = tuple[int, int]
_Finding = tuple[tuple[tuple[_Span, _Span], ...], tuple[str, ...]]


def _anchor(text: str, passage: str, where: str) -> tuple[int, int]:
    if not passage:
        return (0, 0)
    at = text.find(passage)
    if at < 0 or text.find(passage, at + 1) >= 0:
        raise ValueError(f"{where}: {passage!r} must occur exactly once")
    return (at, at + len(passage))


def flag_pairs(folder: Path = PAIRS) -> list[FlagPair]:
    """The hand-written pairs, their changes anchored in both texts."""
    pairs = []
    for path in sorted(p for p in folder.iterdir() if p.is_dir()):
        base = (path / "base.txt").read_text("utf-8")
        other = (path / "other.txt").read_text("utf-8")
        changes = tuple(
            Change(
                tuple(c["flags"]),
                _anchor(base, c["base"], f"{path.name}/base.txt"),
                _anchor(other, c["other"], f"{path.name}/other.txt"),
            )
            for c in json.loads((path / "changes.json").read_text("utf-8"))
        )
        pairs.append(FlagPair(path.name, base, other, changes))
    return pairs


def _compare(base: str, other: str) -> PairComparison:
    documents = [Document("a", "a", base), Document("b", "b", other)]
    return compare_documents(documents, workers=1).pairs[0]


def findings_of(pair: PairComparison) -> list[_Finding]:
    """The reader's findings (one per linked group that differs, omitted, added or moved
    passage), each with every stretch it covers and its flags."""
    return [
        (
            tuple(((b.start, b.end), (o.start, o.end)) for b, o in f.stretches),
            tuple(flag.value for flag in f.flags),
        )
        for f in pair.findings
    ]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _touches(finding: _Finding, change: Change) -> bool:
    return any(_overlaps(b, change.base) or _overlaps(o, change.other) for b, o in finding[0])


def _attention(flags: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f for f in flags if f not in _NOT_ATTENTION)


def score_pair(pair: FlagPair) -> Counter[str]:
    """Counts for one hand-written pair (see the module docstring)."""
    counts: Counter[str] = Counter()
    found = findings_of(_compare(pair.base, pair.other))
    for finding in found:
        flags = _attention(finding[1])
        if not flags:
            continue
        counts["flagged"] += 1
        touched = [c for c in pair.changes if _touches(finding, c)]
        counts["real"] += bool(touched)
        for flag in flags:
            counts["flags"] += 1
            counts[f"flags:{flag}"] += 1
            right = any(flag in c.flags for c in touched)
            counts["flags_right"] += right
            counts[f"flags_right:{flag}"] += right
        if not pair.changes:
            counts["wording_flagged"] += 1
    for change in pair.changes:
        for flag in change.flags:
            counts["truth"] += 1
            counts[f"truth:{flag}"] += 1
            hit = any(flag in f[1] for f in found if _touches(f, change))
            counts["truth_found"] += hit
            counts[f"truth_found:{flag}"] += hit
    return counts


def score_synthetic(texts: list[str], cases_per_text: int) -> Counter[str]:
    """Flagged findings of the synthetic edits that lie on a true addition, omission or
    rewording (a flag on a cosmetic edit, or on text that did not change, is false)."""
    counts: Counter[str] = Counter()
    for text in texts:
        for seed in range(cases_per_text):
            case = make_case(text, seed)
            for stretches, flags in findings_of(_compare(case.base, case.other)):
                if not _attention(flags):
                    continue
                counts["flagged"] += 1
                labels = {
                    label
                    for (b0, b1), (o0, o1) in stretches
                    for label in (*case.base_truth[b0:b1], *case.other_truth[o0:o1])
                }
                counts["real"] += not labels.isdisjoint(_CHANGED)
    return counts


def _ratio(hit: int, total: int) -> float:
    return round(hit / total, 4) if total else 1.0


def flag_precision(texts: list[str], cases_per_text: int) -> dict[str, object]:
    """Every figure of this benchmark, as a JSON-ready mapping."""
    pairs = flag_pairs()
    counts: Counter[str] = Counter()
    per_pair = {}
    for pair in pairs:
        mine = score_pair(pair)
        counts.update(mine)
        per_pair[pair.name] = dict(mine)
    flags = sorted({k.split(":", 1)[1] for k in counts if k.startswith(("flags:", "truth:"))})
    synthetic = score_synthetic(texts, cases_per_text)
    return {
        "pairs": len(pairs),
        "changes": sum(len(p.changes) for p in pairs),
        "flagged_findings": counts["flagged"],
        "flagged_real": _ratio(counts["real"], counts["flagged"]),
        "flags_right": _ratio(counts["flags_right"], counts["flags"]),
        "recall": _ratio(counts["truth_found"], counts["truth"]),
        "wording_only_flagged": counts["wording_flagged"],
        "by_flag": {
            flag: {
                "raised": counts[f"flags:{flag}"],
                "right": _ratio(counts[f"flags_right:{flag}"], counts[f"flags:{flag}"]),
                "recall": _ratio(counts[f"truth_found:{flag}"], counts[f"truth:{flag}"]),
            }
            for flag in flags
        },
        "synthetic_flagged": synthetic["flagged"],
        "synthetic_flagged_real": _ratio(synthetic["real"], synthetic["flagged"]),
        "per_pair": per_pair,
    }


def report_lines(figures: dict[str, object]) -> list[str]:
    """The figures as the quality run prints them."""
    by_flag = figures["by_flag"]
    assert isinstance(by_flag, dict)
    lines = [
        f"flag precision: {figures['pairs']} hand-written pairs, {figures['changes']} true "
        "changes (benchmarks/quality/flag_pairs)",
        f"  flagged findings real {figures['flagged_real']:.3f} ({figures['flagged_findings']})"
        f"   flags right {figures['flags_right']:.3f}   recall {figures['recall']:.3f}"
        f"   flagged on wording-only pairs {figures['wording_only_flagged']}",
        "  " + "   ".join(
            f"{flag} {v['right']:.2f}/{v['recall']:.2f} ({v['raised']})"
            for flag, v in by_flag.items()
        ) + "   (right/recall (raised))",
        f"  synthetic edits: flagged findings real {figures['synthetic_flagged_real']:.3f}"
        f" ({figures['synthetic_flagged']})",
    ]  # fmt: skip
    return lines


def main() -> int:
    from benchmarks.quality.run import sources

    figures = flag_precision([text for _, text in sources()], 20)
    print("\n".join(report_lines(figures)))
    for name, counts in figures["per_pair"].items():  # type: ignore[attr-defined]
        print(f"  {name}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
