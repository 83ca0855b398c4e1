"""How alike two sentences are: rarity-weighted overlap of their content, and who is whose
best candidate. Used by the aligner; knows nothing of order or blocks."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from itertools import repeat

from viewer.core.features import Sentences

__all__ = ["NOTHING_APART", "Apart", "Scorer", "Side"]

# Content words from which a contained sentence counts in full.
_FULL_WORDS = 6


@dataclass(frozen=True, slots=True)
class Apart:
    """Sentences the user unlinked: each range of base sentences is never aligned with the
    range of other sentences beside it. Kept as ranges: unlinking two long selections must
    not cost the product of their lengths."""

    ranges: tuple[tuple[int, int, int, int], ...] = ()  # (base_lo, base_hi, other_lo, other_hi)

    def allows(self, i: int, j: int) -> bool:
        return not any(b0 <= i < b1 and o0 <= j < o1 for b0, b1, o0, o1 in self.ranges)

    def touches(self, base_lo: int, base_hi: int, other_lo: int, other_hi: int) -> bool:
        """Whether any unlinked sentence lies in these ranges of base or other sentences."""
        return any(
            (b0 < base_hi and base_lo < b1) or (o0 < other_hi and other_lo < o1)
            for b0, b1, o0, o1 in self.ranges
        )


NOTHING_APART = Apart()


class Side:
    """One version's sentences and which of them are matched so far."""

    def __init__(self, sentences: Sentences) -> None:
        self.sentences = sentences
        self.raws = sentences.raws
        self.used = [False] * len(self.raws)

    def __len__(self) -> int:
        return len(self.raws)

    def stems(self, lo: int, hi: int) -> frozenset[str]:
        return frozenset().union(*(self.sentences.feature(k).stems for k in range(lo, hi)))

    def free(self) -> list[int]:
        return [k for k, used in enumerate(self.used) if not used]


class Scorer:
    """Weighted Dice similarity of content stems, weighted by inverse sentence frequency
    among the sentences left to match (the ones the weights must tell apart) and by how rare
    the word is in general English."""

    def __init__(
        self,
        base: Side,
        other: Side,
        max_posting: int,
        max_candidates: int,
        apart: Apart = NOTHING_APART,
    ) -> None:
        """``apart``: what the user unlinked, never candidates."""
        self.apart = apart
        counts: dict[str, int] = defaultdict(int)
        rarity: dict[str, float] = {}
        for side in (base, other):
            for k in side.free():
                for s, r in side.sentences.feature(k).rarity.items():
                    counts[s] += 1
                    rarity[s] = min(r, rarity.get(s, r))
        total = sum(not u for u in (*base.used, *other.used)) + 1
        # Rare in these texts (inverse sentence frequency) and rare in English.
        self.weight = {s: (math.log(total / n) + 0.1) * rarity[s] for s, n in counts.items()}
        self.unseen = math.log(total) + 0.1
        self._masses: dict[frozenset[str], float] = {}
        self._base, self._other = base, other
        self._candidates = self._find_candidates(max_posting, max_candidates)
        self._by_sentence: dict[tuple[bool, int], list[tuple[float, int]]] | None = None

    def mass(self, stems: frozenset[str]) -> float:
        found = self._masses.get(stems)
        if found is None:
            # fsum: exactly rounded whatever the order of the set, so results never depend
            # on the process's string hashing
            found = self._masses[stems] = math.fsum(
                map(self.weight.get, stems, repeat(self.unseen))
            )
        return found

    def dice(self, a: frozenset[str], b: frozenset[str]) -> float:
        total = self.mass(a) + self.mass(b)
        return 2 * self.mass(a & b) / total if total else 0.0

    def similarity(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Dice, raised when the smaller side is contained in the larger: a quote that a
        version kept whole inside a longer sentence is strong evidence although Dice is low.
        Containment counts in proportion to the smaller side's content words (up to
        ``_FULL_WORDS``), so that a one-word heading contained anywhere proves little."""
        mass_a, mass_b = self.mass(a), self.mass(b)
        if not mass_a or not mass_b:
            return 0.0
        shared = self.mass(a & b)
        dice = 2 * shared / (mass_a + mass_b)
        small = min(mass_a, mass_b)
        words = len(a) if mass_a <= mass_b else len(b)
        contained = shared / small * min(1.0, words / _FULL_WORDS)
        return max(dice, (dice + contained) / 2)

    def containment(self, part: frozenset[str], whole: frozenset[str]) -> float:
        mass = self.mass(part)
        return self.mass(part & whole) / mass if mass else 0.0

    def pair(self, i: int, j: int) -> float:
        """Similarity of base sentence i and other sentence j."""
        a = self._base.sentences.feature(i).stems
        return self.similarity(a, self._other.sentences.feature(j).stems)

    def allowed(self, i: int, j: int) -> bool:
        """Whether base sentence i may be aligned with other sentence j."""
        return self.apart.allows(i, j)

    def best_free(self, in_base: bool, k: int) -> float:
        """The best score sentence ``k`` reaches with a free sentence of the other side."""
        used = self._other.used if in_base else self._base.used
        return next((score for score, k2 in self._of(in_base, k) if not used[k2]), 0.0)

    def _of(self, in_base: bool, k: int) -> list[tuple[float, int]]:
        if self._by_sentence is None:
            self._by_sentence = defaultdict(list)
            for score, i, j in self._candidates:
                self._by_sentence[(True, i)].append((score, j))
                self._by_sentence[(False, j)].append((score, i))
        return self._by_sentence[(in_base, k)]

    def candidates(self) -> list[tuple[float, int, int]]:
        """(score, base, other) of the pairs worth considering, best first."""
        return self._candidates

    def _find_candidates(
        self, max_posting: int, max_candidates: int
    ) -> list[tuple[float, int, int]]:
        """For each free sentence of either side, the free sentences of the other sharing the
        most rare content, scored in full (postings of very common stems are skipped, which
        keeps the search near-linear on long documents). Both sides choose, so swapping the
        versions swaps the candidates."""
        base, other = self._base, self._other
        pairs: set[tuple[int, int]] = set()
        for mine, theirs, flip in ((base, other, False), (other, base, True)):
            for k, best in self._best_sharing(mine, theirs, max_posting, max_candidates):
                pairs.update((m, k) if flip else (k, m) for m in best)
        found: list[tuple[float, float, int, int]] = []
        scale_b, scale_o = 1 / max(len(base), 1), 1 / max(len(other), 1)
        for i, j in pairs:
            if not self.apart.allows(i, j):
                continue
            score = self.pair(i, j)
            if score > 0:
                # ties go to the pair nearer the diagonal, then to reading order
                found.append((-score, abs(i * scale_b - j * scale_o), i, j))
        found.sort()
        return [(-negative, i, j) for negative, _, i, j in found]

    def _best_sharing(
        self, mine: Side, theirs: Side, max_posting: int, max_candidates: int
    ) -> list[tuple[int, list[int]]]:
        """For each free sentence of ``mine``, the free sentences of ``theirs`` sharing the
        most rare content (at most ``max_candidates``)."""
        postings: dict[str, list[int]] = defaultdict(list)
        for j in theirs.free():
            for s in theirs.sentences.feature(j).stems:
                postings[s].append(j)
        weight, unseen = self.weight, self.unseen
        found = []
        for i in mine.free():
            shared: dict[int, float] = defaultdict(float)
            for s in sorted(mine.sentences.feature(i).stems):  # the same sums in every process
                posting = postings.get(s, ())
                if len(posting) <= max_posting:
                    w = weight.get(s, unseen)
                    for j in posting:
                        shared[j] += w
            ranked = sorted(shared, key=lambda j: (-shared[j], j))[:max_candidates]
            found.append((i, ranked))
        return found
