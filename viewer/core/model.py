"""Immutable values that flow through the engine: documents, spans, segments, comparisons."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

__all__ = [
    "AlignedBy",
    "Block",
    "BlockKind",
    "Comparison",
    "Document",
    "Evidence",
    "Finding",
    "Flag",
    "Kind",
    "Link",
    "PairComparison",
    "Segment",
    "Span",
]


class Kind(StrEnum):
    """What a segment of a comparison is, seen from the base version."""

    EQUAL = "equal"
    ADDITION = "addition"  # only in the other version
    OMISSION = "omission"  # only in the base version
    DRIFT = "drift"  # aligned text whose wording differs
    MOVED = "moved"  # present in both, at a different position
    COSMETIC = "cosmetic"  # typography, punctuation, case, spacing or number spelling only


class Flag(StrEnum):
    """What a fact-checker looks at first inside a difference."""

    QUOTE = "quote"
    NUMBER = "number"
    NAME = "name"
    NEGATION = "negation"
    SPEAKER = "speaker"  # the source a claim is attributed to changed
    TIME = "time"  # a stated time changed ("last week" -> "on Friday")
    BOILERPLATE = "boilerplate"  # web furniture: sign-up prompts, "Read more", photo credits


class AlignedBy(StrEnum):
    """How the sentences of a pair were aligned."""

    WORDING = "wording"  # by shared words (same-language versions)
    MEANING = "meaning"  # by a multilingual sentence model (versions in different languages)


class BlockKind(StrEnum):
    """How a group of sentences was aligned."""

    ALIGNED = "aligned"  # in reading order on both sides
    MOVED = "moved"  # matched, but out of order
    OMITTED = "omitted"  # base sentences with no counterpart
    ADDED = "added"  # other sentences with no counterpart


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open range ``[start, end)`` of Python string indices into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    @property
    def is_empty(self) -> bool:
        return self.start == self.end

    def of(self, text: str) -> str:
        """The slice of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, position: int) -> bool:
        return self.start <= position < self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Document:
    """One version of an article as loaded: the text never changes after loading."""

    path: str
    label: str
    text: str
    # Provenance and extraction details (encoding, format, URL, fetch time, title...).
    metadata: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        if not isinstance(self.metadata, MappingProxyType):
            object.__setattr__(self, "metadata", MappingProxyType(dict(self.metadata)))

    def __reduce__(self) -> tuple[type[Document], tuple[str, str, str, dict[str, str]]]:
        # A read-only mapping proxy cannot be pickled; worker processes get a plain copy.
        return (Document, (self.path, self.label, self.text, dict(self.metadata)))


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a segment carries one flag: the words or passages that triggered it on each side
    (e.g. NUMBER, base ("160,000",), other ("100,000",))."""

    flag: Flag
    base: tuple[str, ...] = ()
    other: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of the comparison; its spans point into the base and the other text."""

    kind: Kind
    base: Span
    other: Span
    flags: tuple[Flag, ...] = ()
    block: int = 0  # index of the aligned block this segment belongs to
    evidence: tuple[Evidence, ...] = ()  # one per flag, in the order of ``flags``

    def evidence_for(self, flag: Flag) -> Evidence | None:
        return next((e for e in self.evidence if e.flag is flag), None)


@dataclass(frozen=True, slots=True)
class Block:
    """A group of whole sentences aligned with each other (one row of a side-by-side view)."""

    kind: BlockKind
    base: Span
    other: Span
    score: float  # sentence similarity in [0, 1]; 0 for added and omitted blocks
    manual: bool = False  # linked or unlinked by the user, not by the aligner


@dataclass(frozen=True, slots=True)
class Link:
    """A claim traced between the versions: sentence ``base`` of the base says what sentence
    ``other`` of the other version says, in whole or in part. ``base_part`` and
    ``other_part`` are the parts of each sentence the link covers (the whole sentence, or the
    clause a split, merge or restatement carries); ``row`` says the two share a row (an
    aligned or moved block), otherwise the link reaches beyond the rows (a restatement, a
    sentence split into places apart)."""

    base: Span
    other: Span
    score: float
    base_part: Span | None = None  # None: the whole of ``base``
    other_part: Span | None = None  # None: the whole of ``other``
    row: bool = False

    @property
    def parts(self) -> tuple[Span, Span]:
        """The parts of each side the link covers."""
        return (self.base_part or self.base, self.other_part or self.other)


@dataclass(frozen=True, slots=True)
class Finding:
    """One change as a reader counts it: a linked group of sentences that differs (its word
    changes inside it), an omitted or an added passage, or a moved passage.

    Its ``segments`` (indices into the pair's segments, in order) tile its stretches: the
    first is ``base``/``other``, the others are in ``places`` (a claim that went to another
    paragraph too). Flags and evidence are over the whole group: a name or number is lost
    only when no linked place has it.
    """

    kind: Kind
    base: Span  # its first stretch in the base (an addition: empty, where it would be)
    other: Span  # its first stretch in the other version (an omission: empty)
    segments: tuple[int, ...]
    flags: tuple[Flag, ...] = ()
    evidence: tuple[Evidence, ...] = ()  # one per flag, in the order of ``flags``
    block: int = 0  # the block of its first segment
    places: tuple[tuple[Span, Span], ...] = ()  # further stretches (base, other), in order
    links: tuple[int, ...] = ()  # the pair's links that join its rows into one group

    def evidence_for(self, flag: Flag) -> Evidence | None:
        return next((e for e in self.evidence if e.flag is flag), None)

    @property
    def stretches(self) -> tuple[tuple[Span, Span], ...]:
        """Every stretch (base, other) of the finding, the first one first."""
        return ((self.base, self.other), *self.places)


@dataclass(frozen=True, slots=True)
class PairComparison:
    """The base version compared with one other version."""

    base: int
    other: int
    similarity: float
    blocks: tuple[Block, ...]
    segments: tuple[Segment, ...]
    # Share of the words of both versions whose content is aligned (equal, cosmetic, moved or
    # reworded): a close paraphrase has low similarity but high coverage.
    coverage: float = 0.0
    also: tuple[Link, ...] = ()  # links beyond the rows (restatements, far parts of a split)
    # Words of the base and of the other version, as counted for the similarity (so that a
    # view need not count 7 million words again); (0, 0) when not counted.
    words: tuple[int, int] = (0, 0)
    # Every claim traced between the versions (row links and those in ``also``), in order of
    # the base sentence.
    links: tuple[Link, ...] = ()
    # The findings a reader counts (see ``Finding``), in reading order of the base.
    findings: tuple[Finding, ...] = ()
    aligned_by: AlignedBy = AlignedBy.WORDING
    model: str = ""  # the sentence model that aligned a pair by meaning

    @property
    def counts(self) -> Mapping[Kind, int]:
        """Number of findings of each non-equal kind."""
        found = Counter(f.kind for f in self.findings)
        return MappingProxyType({k: found.get(k, 0) for k in Kind if k is not Kind.EQUAL})

    @property
    def flag_counts(self) -> Mapping[Flag, int]:
        """Number of findings carrying each flag (boilerplate counted apart this way)."""
        found = Counter(f for x in self.findings for f in x.flags)
        return MappingProxyType({f: found.get(f, 0) for f in Flag})

    @property
    def changes(self) -> tuple[Segment, ...]:
        """Every non-equal segment (the word-level pieces of the findings), in order."""
        return tuple(s for s in self.segments if s.kind is not Kind.EQUAL)


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two or more versions, each compared with the base version."""

    documents: tuple[Document, ...]
    base: int
    similarity: tuple[tuple[float, ...], ...]  # symmetric matrix over all documents
    pairs: tuple[PairComparison, ...]  # one per non-base document, in document order
    # Each document's language (ISO 639-1 code, "und" when undetermined); () when not known.
    languages: tuple[str, ...] = ()

    def pair_for(self, other: int) -> PairComparison:
        for pair in self.pairs:
            if pair.other == other:
                return pair
        raise KeyError(f"no comparison of document {other} with the base")
