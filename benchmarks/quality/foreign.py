"""The negative test: sentences from another part of the story must never be linked.

Three consecutive sentences of the base seed (001) are replaced with three sentences that
another seed has and 001 lacks (the gold's ``unmatched`` units: same story, same names, same
topic, no counterpart). Comparing 001 with the edited copy must leave the three removed
sentences omitted and the three inserted ones added. A link to either is a false link that
would hide an omission.
"""

from __future__ import annotations

import json

from benchmarks.quality.gold import GOLD, SEEDS, _seed
from viewer.core import BlockKind, Document, compare_documents
from viewer.core.boilerplate import is_boilerplate

__all__ = ["foreign_links"]

STEP = 4  # a case every STEP base sentences


def _linked_spans(base: str, other: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    pair = compare_documents([Document("a", "a", base), Document("b", "b", other)], workers=1)
    links = [
        ((b.base.start, b.base.end), (b.other.start, b.other.end))
        for b in pair.pairs[0].blocks
        if b.kind in (BlockKind.ALIGNED, BlockKind.MOVED)
    ]
    links += [
        ((a.base.start, a.base.end), (a.other.start, a.other.end)) for a in pair.pairs[0].also
    ]
    return links


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def foreign_links() -> dict[str, int]:
    """Cases run, and links to inserted or removed sentences; {} without seeds or gold."""
    if not GOLD.is_file() or not SEEDS.is_dir():
        return {}
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    base = _seed(gold["base"]["file"])
    units = gold["base"]["sentences"]
    cases = inserted_linked = removed_linked = 0
    for label, entry in gold["others"].items():
        text = _seed(label)
        pool = [
            text[u[0] : u[1]]
            for k in entry["unmatched"]
            for u in [entry["sentences"][k]]
            if len(text[u[0] : u[1]].split()) >= 6 and not is_boilerplate(text, u[0], u[1])
        ]
        for case, p in enumerate(range(1, len(units) - 3, STEP)):
            chosen = [pool[(case * 3 + k) % len(pool)] for k in range(3)]
            start, end = units[p][0], units[p + 2][1]
            other = base[:start] + " ".join(chosen) + base[end:]
            new = (start, start + len(" ".join(chosen)))
            for b, o in _linked_spans(base, other):
                inserted_linked += _overlap(o, new)
                removed_linked += _overlap(b, (start, end))
            cases += 1
    return {"cases": cases, "inserted_linked": inserted_linked, "removed_linked": removed_linked}


if __name__ == "__main__":
    print(foreign_links())
