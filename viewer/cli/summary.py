"""The human-readable summary printed by ``redline compare --format text``."""

from __future__ import annotations

from viewer.core.model import Comparison, Kind, Segment
from viewer.core.navigation import excerpt
from viewer.core.tokens import count_words

__all__ = ["format_summary"]

_SHOWN = (Kind.OMISSION, Kind.ADDITION, Kind.DRIFT, Kind.MOVED)


def _finding(segment: Segment, base: str, other: str) -> str:
    flags = f" [{', '.join(segment.flags)}]" if segment.flags else ""
    head = f"  {segment.kind.value:<8}{flags}"
    if segment.kind is Kind.OMISSION:
        return f"{head}\n      - {excerpt(base, segment.base, 70)}"
    if segment.kind is Kind.ADDITION:
        return f"{head}\n      + {excerpt(other, segment.other, 70)}"
    before, after = excerpt(base, segment.base, 70), excerpt(other, segment.other, 70)
    return f"{head}\n      - {before}\n      + {after}"


def format_summary(comparison: Comparison) -> str:
    docs = comparison.documents
    base = docs[comparison.base]
    lines = [f"base [{comparison.base}] {base.label}: {count_words(base.text)} words"]
    for pair in comparison.pairs:
        other = docs[pair.other]
        counts = ", ".join(f"{n} {k.value}" for k, n in pair.counts.items())
        lines.append("")
        lines.append(
            f"[{pair.other}] {other.label}: {count_words(other.text)} words, "
            f"similarity {pair.similarity:.2f}; {counts}"
        )
        lines.extend(_finding(s, base.text, other.text) for s in pair.segments if s.kind in _SHOWN)
    return "\n".join(lines) + "\n"
