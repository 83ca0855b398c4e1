"""Score labelled segments against character-level truth."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from benchmarks.quality.synthetic import Case

__all__ = ["Labelled", "Score", "labels_of", "score_case"]

# (kind, base span, other span, flags) — engine segments and baseline output alike.
Labelled = tuple[str, tuple[int, int], tuple[int, int], tuple[str, ...]]
KINDS = ("omission", "addition", "drift", "moved")


@dataclass
class Score:
    """Counts summed over cases; ratios computed at the end."""

    hit: Counter[str]
    truth: Counter[str]
    predicted: Counter[str]
    flags_hit: Counter[str]
    flags_truth: Counter[str]
    cosmetic_edits: int = 0
    cosmetic_substantive: int = 0

    def add(self, other: Score) -> None:
        for mine, theirs in (
            (self.hit, other.hit), (self.truth, other.truth), (self.predicted, other.predicted),
            (self.flags_hit, other.flags_hit), (self.flags_truth, other.flags_truth),
        ):  # fmt: skip
            mine.update(theirs)
        self.cosmetic_edits += other.cosmetic_edits
        self.cosmetic_substantive += other.cosmetic_substantive

    def table(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for kind in KINDS:
            out[f"{kind}_recall"] = self.hit[kind] / self.truth[kind] if self.truth[kind] else 1.0
            out[f"{kind}_precision"] = (
                self.hit[kind] / self.predicted[kind] if self.predicted[kind] else 0.0
            )
        for flag in ("number", "quote", "negation"):
            total = self.flags_truth[flag]
            out[f"{flag}_flag_recall"] = self.flags_hit[flag] / total if total else 1.0
        out["cosmetic_as_substantive"] = (
            self.cosmetic_substantive / self.cosmetic_edits if self.cosmetic_edits else 0.0
        )
        return {k: round(v, 4) for k, v in out.items()}


def labels_of(length: int, segments: list[Labelled], side: int) -> list[str]:
    labels = ["equal"] * length
    for kind, *spans, _ in segments:
        start, end = spans[side]
        labels[start:end] = [kind] * (end - start)
    return labels


def score_case(case: Case, segments: list[Labelled]) -> Score:
    score = Score(Counter(), Counter(), Counter(), Counter(), Counter())
    for side, truth in ((0, case.base_truth), (1, case.other_truth)):
        predicted = labels_of(len(truth), segments, side)
        for want, got in zip(truth, predicted, strict=True):
            if want == "space":
                continue
            # A moved paragraph's text counts on both sides; the other kinds live on one.
            if want in KINDS:
                score.truth[want] += 1
                score.hit[want] += want == got
            if got in KINDS:
                score.predicted[got] += 1
    for base_span, other_span, flags in case.flagged:
        found: set[str] = set()
        for _kind, b, o, seg_flags in segments:
            if _overlaps(b, base_span) or _overlaps(o, other_span):
                found.update(seg_flags)
        for flag in flags:
            score.flags_truth[flag] += 1
            score.flags_hit[flag] += flag in found
    for base_span, other_span in case.cosmetic:
        score.cosmetic_edits += 1
        score.cosmetic_substantive += any(
            kind in ("drift", "addition", "omission")
            and (_overlaps(b, base_span) or _overlaps(o, other_span))
            for kind, b, o, _ in segments
        )
    return score


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    if b[0] == b[1]:
        return a[0] <= b[0] <= a[1] and a[0] < a[1]
    return a[0] < b[1] and b[0] < a[1]
