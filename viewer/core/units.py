"""What one pair of versions is aligned on: sentences, or a whole paragraph where the other
version holds the same paragraph unchanged.

Long documents that were lightly edited are mostly unchanged paragraphs. Taking each such
paragraph as one unit skips its sentence splitting, folding and word diff: it is matched by
its text alone, exactly as its sentences would have been, and becomes one aligned row.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from viewer.core.analysis import DocumentAnalysis
from viewer.core.features import SentenceFeatures, folded, sentence_features, sentence_key
from viewer.core.model import Span
from viewer.core.segment import Sentence, absorb_blank

__all__ = ["Units", "pair_units"]


class Units:
    """One side's units for one pair, in reading order; their spans tile the text. They are
    what the aligner calls sentences (they implement ``features.Sentences``)."""

    def __init__(self, analysis: DocumentAnalysis, whole: frozenset[int]) -> None:
        """``whole``: the paragraphs taken as one unit each."""
        text = analysis.text
        items: list[Sentence] = []
        raws: list[str] = []
        for k, span in enumerate(analysis.paragraphs):
            if k in whole:
                key = analysis.paragraph_keys[k]
                chunk = text[span.start : span.end]
                start = span.start + len(chunk) - len(chunk.lstrip())
                items.append(Sentence(span, Span(start, start + len(key)), k))
                raws.append(key)
            else:
                for sentence in analysis.paragraph_sentences(k):
                    items.append(sentence)
                    raws.append(folded(text, sentence))
        absorbed = absorb_blank(items)
        if len(absorbed) != len(items):  # whitespace-only pieces joined their neighbours
            raws = [folded(text, s) if s.paragraph not in whole else s.content.of(text)
                    for s in absorbed]  # fmt: skip
        self.analysis = analysis
        self.items: tuple[Sentence, ...] = absorbed
        self._raws = tuple(raws)
        self._features: list[SentenceFeatures | None] = [None] * len(absorbed)
        self._keys: dict[int, str] = {}
        self._starts = [u.span.start for u in absorbed]

    @property
    def raws(self) -> tuple[str, ...]:
        """Each unit with spacing folded (a whole paragraph: as written)."""
        return self._raws

    def __len__(self) -> int:
        return len(self.items)

    def covering(self, span: Span) -> tuple[int, int]:
        """The units whose text overlaps ``span`` (an empty span: the unit holding it)."""
        if not self.items:
            return 0, 0
        starts = self._starts
        lo = max(bisect_right(starts, span.start) - 1, 0)
        hi = max(bisect_left(starts, span.end), lo + 1)
        return lo, min(hi, len(self.items))

    def span(self, lo: int, hi: int, cursor: int) -> Span:
        """The text of units ``[lo, hi)``; an empty span at ``cursor`` when there are none."""
        if lo == hi:
            return Span(cursor, cursor)
        return Span(self.items[lo].span.start, self.items[hi - 1].span.end)

    def key(self, index: int) -> str:
        found = self._keys.get(index)
        if found is None:
            features = self._features[index]
            found = self._keys[index] = (
                features.key if features else sentence_key(self.analysis.text, self.items[index])
            )
        return found

    def feature(self, index: int) -> SentenceFeatures:
        """Words, keys and stems of one unit, computed on first use: most units are matched
        by their folded form alone and never need them."""
        found = self._features[index]
        if found is None:
            found = sentence_features(self.analysis.text, self.items[index])
            self._features[index] = found
        return found


def pair_units(
    base: DocumentAnalysis,
    other: DocumentAnalysis,
    touched: tuple[tuple[Span, ...], tuple[Span, ...]] = ((), ()),
) -> tuple[Units, Units]:
    """Both sides' units: a paragraph found unchanged in the other version is one unit,
    unless a span of ``touched`` (the user's links, base and other) reaches into it."""
    keys_b, keys_o = set(base.paragraph_keys), set(other.paragraph_keys)
    return (
        Units(base, _whole(base, keys_o, touched[0])),
        Units(other, _whole(other, keys_b, touched[1])),
    )


def _whole(
    analysis: DocumentAnalysis, there: set[str], touched: tuple[Span, ...]
) -> frozenset[int]:
    return frozenset(
        k
        for k, key in enumerate(analysis.paragraph_keys)
        if key and key in there and not any(s.overlaps(analysis.paragraphs[k]) for s in touched)
    )
