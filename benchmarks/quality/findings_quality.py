"""What a reader counts on the seed pairs (base 001): findings per changed sentence group,
findings that change only punctuation or only filler words, and evidence that names as lost
a name or number that a linked place of the other version has.

A changed sentence group is a row (aligned, moved, omitted or added sentences) holding a
change the reader is shown (not cosmetic, not page furniture); a finding is what the
findings list shows. The linked places of a finding are its own stretches and every place a
claim link takes its base sentences to.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from viewer.core import Document, Flag, Kind, compare_documents
from viewer.core.flags import name_forms
from viewer.core.meaning import is_meaning_word
from viewer.core.model import Finding, PairComparison, Span
from viewer.core.normalize import word_key
from viewer.core.tokens import words_in
from viewer.core.visibility import Visibility

__all__ = ["findings_quality"]

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
_SHOWN = Visibility(hide_cosmetic=True, hide_boilerplate=True)


def _keys(text: str, spans: list[Span]) -> set[str]:
    found: set[str] = set()
    for span in spans:
        for word in words_in(text, span.start, span.end):
            key = word_key(word)
            found.add(key)
            found |= name_forms(key)
    return found


def _places(pair: PairComparison, finding: Finding) -> tuple[list[Span], list[Span]]:
    """Every place of each side the finding's claims are linked to, its own included."""
    base = [b for b, _ in finding.stretches if not b.is_empty]
    other = [o for _, o in finding.stretches if not o.is_empty]
    for link in pair.links:
        if any(link.base.overlaps(b) for b in base) or any(link.other.overlaps(o) for o in other):
            base.append(link.base)
            other.append(link.other)
    return base, other


def _false_evidence(pair: PairComparison, finding: Finding, texts: tuple[str, str]) -> int:
    """Names or numbers the evidence says are lost although a linked place has them."""
    if finding.kind not in (Kind.DRIFT, Kind.MOVED):
        return 0
    places_b, places_o = _places(pair, finding)
    there_b, there_o = _keys(texts[0], places_b), _keys(texts[1], places_o)
    wrong = 0
    for evidence in finding.evidence:
        if evidence.flag not in (Flag.NAME, Flag.NUMBER):
            continue
        wrong += sum(1 for w in evidence.base if not name_forms(word_key(w)).isdisjoint(there_o))
        wrong += sum(1 for w in evidence.other if not name_forms(word_key(w)).isdisjoint(there_b))
    return wrong


def findings_quality() -> dict[str, float]:
    """The figures over the four seed pairs of 001; {} without the seeds."""
    if not SEEDS.is_dir():
        return {}
    paths = sorted(SEEDS.glob("*.txt"))
    documents = [Document(p.name, p.name, p.read_text(encoding="utf-8")) for p in paths]
    base = next(k for k, p in enumerate(paths) if p.name.startswith("001"))
    comparison = compare_documents(documents, base)
    total: Counter[str] = Counter()
    for pair in comparison.pairs:
        texts = (documents[pair.base].text, documents[pair.other].text)
        shown = [f for f in pair.findings if not _SHOWN.hides(f)]
        owners = {i: f for f in shown for i in f.segments}
        groups = {
            pair.segments[i].block
            for i in owners
            if pair.segments[i].kind not in (Kind.EQUAL, Kind.COSMETIC)
        }
        total["findings"] += len(shown)
        total["groups"] += len(groups)
        for finding in shown:
            keys = [
                word_key(w)
                for b, o in finding.stretches
                for w in (*words_in(texts[0], b.start, b.end), *words_in(texts[1], o.start, o.end))
            ]
            total["punctuation_only"] += not keys
            total["filler_only"] += bool(keys) and not any(is_meaning_word(k) for k in keys)
            total["false_evidence"] += _false_evidence(pair, finding, texts)
    return {
        "findings": total["findings"],
        "groups": total["groups"],
        "per_group": round(total["findings"] / total["groups"], 3) if total["groups"] else 0.0,
        "punctuation_only": total["punctuation_only"],
        "filler_only": total["filler_only"],
        "false_evidence": total["false_evidence"],
    }


if __name__ == "__main__":
    print(findings_quality())
