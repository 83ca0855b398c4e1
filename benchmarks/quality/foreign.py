"""The negative test: sentences from another part of the story must never be linked.

Three consecutive sentences of the base seed (001) are replaced with three sentences that
another seed has and 001 lacks (the gold's ``unmatched`` units: same story, same names, same
topic, no counterpart). Comparing 001 with the edited copy must leave the three removed
sentences omitted and the three inserted ones added. A link to either is a false link that
would hide an omission. The single test replaces one sentence at every position of 001 with
one such sentence: the hardest case for an aligner that fills gaps between matches, since
the sentence sits exactly where its neighbours vouch for a counterpart.
"""

from __future__ import annotations

import json

from benchmarks.quality.gold import GOLD, SEEDS, _seed
from viewer.core import CompareOptions, Document, compare_documents
from viewer.core.boilerplate import is_boilerplate

__all__ = ["foreign_links"]

STEP = 4  # a case every STEP base sentences


def _linked_spans(
    base: str, other: str, options: CompareOptions | None
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    documents = [Document("a", "a", base), Document("b", "b", other)]
    pair = compare_documents(documents, options=options, workers=1).pairs[0]
    return [((x.base.start, x.base.end), (x.other.start, x.other.end)) for x in pair.links]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def foreign_links(options: CompareOptions | None = None) -> dict[str, int]:
    """Cases run, and links to inserted or removed sentences; {} without seeds or gold."""
    if not GOLD.is_file() or not SEEDS.is_dir():
        return {}
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    base = _seed(gold["base"]["file"])
    units = gold["base"]["sentences"]
    cases = inserted_linked = removed_linked = single_cases = single_linked = 0
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
            for b, o in _linked_spans(base, other, options):
                inserted_linked += _overlap(o, new)
                removed_linked += _overlap(b, (start, end))
            cases += 1
        for p in range(1, len(units)):
            chosen = pool[(p * 7 + len(label)) % len(pool)]
            start, end = units[p][0], units[p][1]
            other = base[:start] + chosen + base[end:]
            new = (start, start + len(chosen))
            links = _linked_spans(base, other, options)
            single_linked += any(_overlap(o, new) or _overlap(b, (start, end)) for b, o in links)
            single_cases += 1
    return {
        "cases": cases,
        "inserted_linked": inserted_linked,
        "removed_linked": removed_linked,
        "single_cases": single_cases,
        "single_linked": single_linked,
    }


if __name__ == "__main__":
    print(foreign_links())
