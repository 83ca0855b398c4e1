"""Everything the engine derives from one document, computed once and shared by all its pairs."""

from __future__ import annotations

from functools import cached_property

import regex

from viewer.core.features import SentenceFeatures, folded, sentence_features
from viewer.core.model import Document
from viewer.core.normalize import is_number_key, word_key
from viewer.core.quotes import QuoteIndex, find_quotes
from viewer.core.segment import Sentence, split_sentences
from viewer.core.tokens import count_words

__all__ = ["DocumentAnalysis"]

_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}'\u2019-]*")
# A capitalised word that follows a word or a comma: not at a sentence start, so a name.
_MID_CAPITAL = regex.compile(r"(?<=[\p{L}\p{N},;] )\p{Lu}[\p{L}\p{M}'\u2019-]*")
_FIRST_WORD = regex.compile(r"[\p{L}\p{N}]")
_NUMBER = regex.compile(r"(?<![\p{L}\p{N}])\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th)?")


class DocumentAnalysis:
    """Sentences, their features, quoted speech and vocabularies of one document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.text = document.text

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        return split_sentences(self.text)

    @cached_property
    def raws(self) -> tuple[str, ...]:
        """Each sentence with spacing folded."""
        return tuple(folded(self.text, s) for s in self.sentences)

    @cached_property
    def _features(self) -> list[SentenceFeatures | None]:
        return [None] * len(self.sentences)

    def feature(self, index: int) -> SentenceFeatures:
        """Words, keys and stems of one sentence, computed on first use: most sentences of
        a long document are matched by their folded form alone and never need them."""
        found = self._features[index]
        if found is None:
            found = self._features[index] = sentence_features(self.text, self.sentences[index])
        return found

    @property
    def features(self) -> tuple[SentenceFeatures, ...]:
        return tuple(self.feature(i) for i in range(len(self.sentences)))

    @cached_property
    def sentence_starts(self) -> frozenset[int]:
        """Where each sentence's first word starts (after any opening quotation mark)."""
        found = set()
        for s in self.sentences:
            first = _FIRST_WORD.search(self.text, s.content.start, s.content.end)
            if first is not None:
                found.add(first.start())
        return frozenset(found)

    @cached_property
    def quotes(self) -> QuoteIndex:
        return QuoteIndex(find_quotes(self.text))

    @cached_property
    def words(self) -> int:
        return count_words(self.text)

    @cached_property
    def lowercase_words(self) -> frozenset[str]:
        """Words written in lower case somewhere: "The" at a sentence start is no name."""
        return frozenset(_LOWER_WORD.findall(self.text))

    @cached_property
    def name_keys(self) -> frozenset[str]:
        """Keys of words capitalised mid-sentence and never in lower case: proper names."""
        capitals = set(_MID_CAPITAL.findall(self.text))
        return frozenset(word_key(w) for w in capitals if w.casefold() not in self.lowercase_words)

    @cached_property
    def number_keys(self) -> frozenset[str]:
        found = {word_key(n) for n in set(_NUMBER.findall(self.text))}
        return frozenset(k for k in found if is_number_key(k))
