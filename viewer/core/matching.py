"""Pairing sentences of two versions: exact twins, strong matches, the in-order backbone,
reworded sentences that moved, and restatements."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass

import regex

from viewer.core.features import STOPWORDS
from viewer.core.similarity import NOTHING_APART, Apart, Scorer, Side

__all__ = [
    "Bars",
    "Match",
    "Restatement",
    "backbone",
    "best_first",
    "exact_matches",
    "mutual_moves",
    "restatements",
]


@dataclass(slots=True)
class Match:
    """Sentences ``[base_lo, base_hi)`` matched with ``[other_lo, other_hi)``."""

    base_lo: int
    base_hi: int
    other_lo: int
    other_hi: int
    score: float
    moved: bool = False
    exact: bool = False  # the same text up to typography: nothing of a neighbour is in it
    manual: bool = False  # linked by the user


@dataclass(frozen=True, slots=True)
class Bars:
    """Similarity a fuzzy match needs in this pair of documents, by the evidence around it."""

    gap: float  # between two in-order matches, or beside a moved one
    moved: float  # out of order: also each other's best candidate, clearly


@dataclass(frozen=True, slots=True)
class Restatement:
    """Base sentence ``base`` says what other sentence ``other`` says, although each is
    aligned elsewhere or one side states the claim twice (a lead and the body)."""

    base: int
    other: int
    score: float


def exact_matches(base: Side, other: Side, apart: Apart = NOTHING_APART) -> list[Match]:
    """Pair sentences identical up to spacing, then up to typography, k-th with k-th (but
    never a pair the user unlinked)."""
    matches: list[Match] = []
    forms: tuple[Callable[[Side, int], str], ...] = (
        lambda side, k: side.raws[k],
        lambda side, k: side.sentences.key(k),
    )
    for form in forms:
        waiting: dict[str, deque[int]] = defaultdict(deque)
        for j in other.free():
            if value := form(other, j):
                waiting[value].append(j)
        for i in base.free():
            queue = waiting.get(form(base, i)) if base.raws[i] else None
            if not queue:
                continue
            twin = next((j for j in queue if apart.allows(i, j)), None)
            if twin is None:
                continue
            queue.remove(twin)
            base.used[i] = other.used[twin] = True
            matches.append(Match(i, i + 1, twin, twin + 1, 1.0, exact=True))
    return matches


def best_first(
    candidates: list[tuple[float, int, int]], base: Side, other: Side, bar: float
) -> list[Match]:
    """Best-first 1:1 pairing of free sentences whose wording overlaps at least ``bar``."""
    matches = []
    for score, i, j in candidates:
        if score < bar:
            break
        if not base.used[i] and not other.used[j]:
            base.used[i] = other.used[j] = True
            matches.append(Match(i, i + 1, j, j + 1, score))
    return matches


def backbone(matches: list[Match], base: Side, other: Side) -> set[int]:
    """Ids of the heaviest chain of matches in the same order on both sides (weighted LIS,
    weights by length), found with a Fenwick tree of best chain weights by other index."""
    ordered = sorted(matches, key=lambda m: (m.base_lo, m.other_lo))
    size = len(other) + 1
    tree_weight = [0.0] * (size + 1)
    tree_index = [-1] * (size + 1)
    best_weight: list[float] = []
    previous: list[int] = []
    for k, m in enumerate(ordered):
        weight, index, pos = 0.0, -1, m.other_lo
        while pos > 0:
            if tree_weight[pos] > weight:
                weight, index = tree_weight[pos], tree_index[pos]
            pos -= pos & -pos
        length = len(base.raws[m.base_lo]) + len(other.raws[m.other_lo]) + 1
        total = weight + m.score * length
        best_weight.append(total)
        previous.append(index)
        pos = m.other_lo + 1
        while pos <= size:
            if total > tree_weight[pos]:
                tree_weight[pos], tree_index[pos] = total, k
            pos += pos & -pos
    if not ordered:
        return set()
    k = max(range(len(ordered)), key=best_weight.__getitem__)
    chain: set[int] = set()
    while k >= 0:
        chain.add(id(ordered[k]))
        k = previous[k]
    return chain


def _best_free(
    candidates: list[tuple[float, int, int]], base: Side, other: Side
) -> tuple[dict[int, list[tuple[float, int]]], dict[int, list[tuple[float, int]]]]:
    """For each free sentence, its two best free candidates (score, index), best first."""
    of_base: dict[int, list[tuple[float, int]]] = defaultdict(list)
    of_other: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for score, i, j in candidates:  # best first already
        if base.used[i] or other.used[j]:
            continue
        if len(of_base[i]) < 2:
            of_base[i].append((score, j))
        if len(of_other[j]) < 2:
            of_other[j].append((score, i))
    return of_base, of_other


def mutual_moves(scorer: Scorer, base: Side, other: Side, bar: float, margin: float) -> list[Match]:
    """Reworded sentences matched wherever they sit: each must be the other's best candidate,
    clearly ahead of its runner-up on both sides, and at least ``bar`` alike. Out of order,
    position vouches for nothing, so the evidence must come from the words alone."""
    candidates = scorer.candidates()
    of_base, of_other = _best_free(candidates, base, other)
    found = []
    for score, i, j in candidates:
        if score < bar:
            break
        if base.used[i] or other.used[j]:
            continue
        mine, theirs = of_base[i], of_other[j]
        if mine[0][1] != j or theirs[0][1] != i:
            continue
        runner_up = max(
            mine[1][0] if len(mine) > 1 else 0.0, theirs[1][0] if len(theirs) > 1 else 0.0
        )
        if runner_up > score * (1 - margin):
            continue
        base.used[i] = other.used[j] = True
        found.append(Match(i, i + 1, j, j + 1, score, moved=True))
    return found


def restatements(
    scorer: Scorer,
    base: Side,
    other: Side,
    matches: list[Match],
    bar: float,
    twins: bool,
    rest: tuple[float, float],
) -> tuple[Restatement, ...]:
    """Links from a sentence left unmatched to a matched sentence of the other version that
    says the same at least as clearly as that sentence's own match does, or that says the
    part of it its own match leaves out (``rest``: see ``_restates_the_rest``). With
    ``twins``, sentences matched word for word are candidates too (a claim reworded in the
    lead and copied verbatim in the body); without, only those matched by their wording,
    which keeps long documents fast."""
    own: dict[tuple[bool, int], Match] = {}
    for m in matches:
        for i in range(m.base_lo, m.base_hi):
            own[(True, i)] = m
        for j in range(m.other_lo, m.other_hi):
            own[(False, j)] = m
    pairs = list(scorer.candidates())
    if twins:
        pairs += _beside_twins(scorer, base, other, [m for m in matches if m.exact], bar)
        pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    found: list[Restatement] = []
    linked: set[tuple[bool, int]] = set()
    for score, i, j in pairs:
        if score < bar:
            break
        free_b, free_o = not base.used[i], not other.used[j]
        if free_b == free_o:
            continue  # both free: not a restatement; both used: aligned elsewhere
        loose = (True, i) if free_b else (False, j)
        if loose in linked:
            continue
        partner = own[(False, j)] if free_b else own[(True, i)]
        if score >= partner.score or _restates_the_rest(
            scorer, base, other, partner, i, j, free_b, rest
        ):
            linked.add(loose)
            found.append(Restatement(i, j, score))
    return tuple(sorted(found, key=lambda r: (r.base, r.other)))


def _restates_the_rest(
    scorer: Scorer,
    base: Side,
    other: Side,
    partner: Match,
    i: int,
    j: int,
    base_is_loose: bool,
    rest: tuple[float, float],
) -> bool:
    """Whether the loose one of base sentence ``i`` and other sentence ``j`` says what the
    matched one says beyond its own match ``partner``: a sentence holding two claims whose
    version split them, keeping one in place and giving the other elsewhere (a quote dropped
    from a sentence and quoted later). ``rest``: the share of their shared content that must
    lie in that part, and the similarity the loose sentence must reach with it."""
    loose = base.sentences.feature(i).stems if base_is_loose else other.sentences.feature(j).stems
    if base_is_loose:
        matched = other.sentences.feature(j).stems
        beyond = matched - base.stems(partner.base_lo, partner.base_hi)
    else:
        matched = base.sentences.feature(i).stems
        beyond = matched - other.stems(partner.other_lo, partner.other_hi)
    shared = scorer.mass(loose & matched)
    share, similarity = rest
    return (
        shared > 0
        and scorer.mass(loose & beyond) >= share * shared
        and scorer.similarity(loose, beyond) >= similarity
    )


def _beside_twins(
    scorer: Scorer, base: Side, other: Side, exact: list[Match], bar: float
) -> list[tuple[float, int, int]]:
    """(score, base, other) of loose sentences against sentences matched word for word
    (which the scorer, built after exact matching, never saw), sharing two words or more.
    The twins are looked at through a cheap word set of their folded text; only the pairs
    that share words are scored in full."""
    found = []
    for loose_side, twin_side, twins in (
        (base, other, [j for m in exact for j in range(m.other_lo, m.other_hi)]),
        (other, base, [i for m in exact for i in range(m.base_lo, m.base_hi)]),
    ):
        index: dict[str, list[int]] = defaultdict(list)
        sizes: dict[int, int] = {}
        for u in loose_side.free():
            words = _cheap_words(loose_side.raws[u])
            sizes[u] = len(words)
            for word in sorted(words):
                index[word].append(u)
        if not index:
            continue
        shared: dict[tuple[int, int], int] = defaultdict(int)
        twin_sizes: dict[int, int] = {}
        for t in twins:
            words = _cheap_words(twin_side.raws[t])
            twin_sizes[t] = len(words)
            for word in words:
                for u in index.get(word, ()):
                    shared[(u, t)] += 1
        for (u, t), count in sorted(shared.items()):
            if count < max(2, _TWIN_SHARE * min(sizes[u], twin_sizes[t])):
                continue  # too few words in common to say the same (and scoring costs)
            i, j = (u, t) if loose_side is base else (t, u)
            if scorer.allowed(i, j) and (score := scorer.pair(i, j)) >= bar:
                found.append((score, i, j))
    return found


_LETTERS = regex.compile(r"[\p{L}\p{N}]+")
# Share of the shorter side's cheap words a loose sentence and a twin must have in common to
# be scored: every restatement found on the seeds, the gold sets and the synthetic texts
# shares 30 % or more, and scoring a twin that is a whole unchanged paragraph costs its
# features (at 100k words, scoring every pair sharing two words doubled the comparison).
_TWIN_SHARE = 0.25


def _cheap_words(raw: str) -> frozenset[str]:
    """Content words of a folded sentence, roughly: lower case, five letters at most."""
    return frozenset(
        w[:5] for w in _LETTERS.findall(raw.lower()) if len(w) > 3 and w not in STOPWORDS
    )
