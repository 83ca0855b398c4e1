"""Sentence links against public gold (``../shared/extalign``), scored as its README says.

Redline compares text ``a`` (base) with ``b`` (other) and links gold unit i of A to gold unit j
of B when one of its claim links (the links of every aligned or moved row, and those beyond
the rows) covers both: at least half of the unit's non-space characters lie in the link's
span, or half of the link's when the link is the smaller. Beside it, in the same run, the
README's TF-IDF best-match baseline, which is given the gold sentences.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from viewer.core import CompareOptions, Document, compare_documents
from viewer.core.features import STOPWORDS
from viewer.core.normalize import word_key
from viewer.core.tokens import words_in

__all__ = [
    "EXTALIGN",
    "SETS",
    "extalign_scores",
    "meaning_links",
    "pair_counts",
    "pairs_of",
    "redline_links",
    "summarise",
    "tfidf_links",
]

EXTALIGN = Path(__file__).resolve().parents[3] / "shared" / "extalign"
SETS = {"news": "wmt21ruen.dev.json", "fables": "aesop.dev.json"}
Links = set[tuple[int, int]]
Units = list[list[int]]


def _solid(text: str, start: int, end: int) -> int:
    return sum(not c.isspace() for c in text[start:end])


def _covered(text: str, unit: list[int], start: int, end: int) -> bool:
    inside = _solid(text, max(unit[0], start), min(unit[1], end))
    if not inside:
        return False
    return 2 * inside >= min(_solid(text, unit[0], unit[1]), _solid(text, start, end))


def _units_in(text: str, units: Units, start: int, end: int) -> list[int]:
    return [k for k, u in enumerate(units) if u[0] < end and start < u[1] and
            _covered(text, u, start, end)]  # fmt: skip


def redline_links(
    a: str, b: str, a_units: Units, b_units: Units, options: CompareOptions | None = None
) -> Links:
    """Gold-unit links that Redline's alignment of ``a`` with ``b`` expresses: its claim
    links (every row's, and those beyond the rows), as the JSON's ``links`` give them."""
    documents = [Document("a", "a", a), Document("b", "b", b)]
    pair = compare_documents(documents, options=options, workers=1).pairs[0]
    spans = [(link.base, link.other) for link in pair.links]
    found: Links = set()
    for base, other in spans:
        left = _units_in(a, a_units, base.start, base.end)
        right = _units_in(b, b_units, other.start, other.end)
        found.update((i, j) for i in left for j in right)
    return found


def meaning_links(a: str, b: str, a_units: Units, b_units: Units) -> Links:
    """``redline_links`` with sentences left over paired by meaning (``--meaning``)."""
    return redline_links(a, b, a_units, b_units, CompareOptions(by_meaning=True))


def _bag(text: str, unit: list[int]) -> Counter[str]:
    keys = (word_key(w) for w in words_in(text, unit[0], unit[1]))
    return Counter(k for k in keys if k not in STOPWORDS)


def tfidf_links(a: str, b: str, a_units: Units, b_units: Units, floor: float = 0.1) -> Links:
    """Each gold unit of A linked to its most similar unit of B (TF-IDF cosine > ``floor``)."""
    bags_a = [_bag(a, u) for u in a_units]
    bags_b = [_bag(b, u) for u in b_units]
    df = Counter(k for bag in (*bags_a, *bags_b) for k in bag)
    n = len(bags_a) + len(bags_b)

    def vector(bag: Counter[str]) -> dict[str, float]:
        v = {k: c * math.log(1 + n / df[k]) for k, c in bag.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {k: x / norm for k, x in v.items()}

    va, vb = [vector(x) for x in bags_a], [vector(x) for x in bags_b]
    found: Links = set()
    for i, u in enumerate(va):
        scores = [sum(w * v.get(k, 0.0) for k, w in u.items()) for v in vb]
        if scores and max(scores) > floor:
            found.add((i, scores.index(max(scores))))
    return found


def pairs_of(name: str) -> list[dict]:  # type: ignore[type-arg]
    """The gold pairs of one set, in file order."""
    path = EXTALIGN / SETS[name]
    return list(json.loads(path.read_text(encoding="utf-8"))["pairs"])


def pair_counts(pair: dict, found: Links) -> Counter[str]:  # type: ignore[type-arg]
    """What one pair adds to the scores: links hit, predicted and in the gold, and the A
    units with gold links left with none, or with none given one."""
    gold = {(i, j) for i, j, _ in pair["links"]}
    counts: Counter[str] = Counter(hit=len(found & gold), predicted=len(found), truth=len(gold))
    has_gold = {i for i, _ in gold}
    has_link = {i for i, _ in found}
    for i in range(len(pair["a_units"])):
        if i in has_gold:
            counts["linked"] += 1
            counts["linked_missed"] += i not in has_link
        else:
            counts["unlinked"] += 1
            counts["unlinked_hit"] += i in has_link
    return counts


def summarise(counts: Counter[str]) -> dict[str, float]:
    """Precision, recall, F1, the omitted share and the false-link share of summed counts."""
    p = counts["hit"] / counts["predicted"] if counts["predicted"] else 0.0
    r = counts["hit"] / counts["truth"] if counts["truth"] else 1.0
    linked, unlinked = counts["linked"], counts["unlinked"]
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "omitted_share": round(counts["linked_missed"] / linked, 4) if linked else 0.0,
        "false_link_share": round(counts["unlinked_hit"] / unlinked, 4) if unlinked else 0.0,
    }


def _score(system: Callable[[str, str, Units, Units], Links], name: str) -> dict[str, float]:
    total: Counter[str] = Counter()
    for pair in pairs_of(name):
        found = system(pair["a"], pair["b"], pair["a_units"], pair["b_units"])
        total += pair_counts(pair, found)
    return summarise(total)


def extalign_scores(
    systems: dict[str, Callable[[str, str, Units, Units], Links]] | None = None,
) -> dict[str, dict[str, dict[str, float]]]:
    """{set: {system: scores}} for every set present; {} when the folder is absent."""
    systems = systems or {
        "redline": redline_links,
        "--meaning": meaning_links,
        "tf-idf": tfidf_links,
    }
    return {
        name: {label: _score(system, name) for label, system in systems.items()}
        for name, file in SETS.items()
        if (EXTALIGN / file).is_file()
    }


if __name__ == "__main__":
    for name, table in extalign_scores().items():
        for label, v in table.items():
            print(f"{name:<7}{label:<9}" + "  ".join(f"{k} {x:.3f}" for k, x in v.items()))
