"""The words users read for each kind and flag: one vocabulary for the app, CLI text and report.

The JSON format keeps its own values (``drift``); these are what people see.
"""

from __future__ import annotations

from types import MappingProxyType

from viewer.core.model import Block, BlockKind, Flag, Kind

__all__ = [
    "ATTENTION_FLAGS",
    "CUES",
    "FLAG_WORDS",
    "KIND_WORDS",
    "count_phrase",
    "manual_word",
    "version_number",
]


def version_number(index: int) -> str:
    """How every view names a version by number: the versions list, the overview, the CLI
    and the report alike, from #0 (the first file given, as ``--base 0`` and the JSON
    ``documents[].id`` count).

    >>> version_number(0), version_number(4)
    ('#0', '#4')
    """
    return f"#{index}"


# What a fact-checker reads in the legend, the findings list, the CLI and the report.
KIND_WORDS = MappingProxyType(
    {
        Kind.ADDITION: "added",
        Kind.OMISSION: "omitted",
        Kind.DRIFT: "reworded",
        Kind.MOVED: "moved",
        Kind.COSMETIC: "cosmetic",
    }
)
# The one non-colour cue of each kind, the same in the app and the report.
CUES = MappingProxyType(
    {
        Kind.ADDITION: "solid underline",
        Kind.OMISSION: "struck through",
        Kind.DRIFT: "wavy underline",
        Kind.MOVED: "dashed underline",
        Kind.COSMETIC: "dotted underline",
    }
)
FLAG_WORDS = MappingProxyType(
    {
        Flag.QUOTE: "quote",
        Flag.NUMBER: "number",
        Flag.NAME: "name",
        Flag.NEGATION: "negation",
        Flag.SPEAKER: "speaker",
        Flag.TIME: "time",
        Flag.BOILERPLATE: "boilerplate",
    }
)
# Flags that call for a fact-checker's attention (drawn in a box); boilerplate is the
# opposite: web furniture that can be hidden.
ATTENTION_FLAGS = frozenset(
    {Flag.QUOTE, Flag.NUMBER, Flag.NAME, Flag.NEGATION, Flag.SPEAKER, Flag.TIME}
)


def count_phrase(kind: Kind, count: int) -> str:
    """``"3 added"``, ``"1 reworded"``: a count and the kind's word, as the counts read.

    >>> count_phrase(Kind.DRIFT, 12)
    '12 reworded'
    """
    return f"{count} {KIND_WORDS[kind]}"


def manual_word(block: Block) -> str:
    """What a block the user aligned by hand is called ("" for the engine's own blocks).

    >>> from viewer.core.model import Span
    >>> manual_word(Block(BlockKind.ALIGNED, Span(0, 1), Span(0, 1), 0.5, manual=True))
    'linked by hand'
    >>> manual_word(Block(BlockKind.OMITTED, Span(0, 1), Span(0, 0), 0.0, manual=True))
    'unlinked by hand'
    """
    if not block.manual:
        return ""
    if block.kind in (BlockKind.ALIGNED, BlockKind.MOVED):
        return "linked by hand"
    return "unlinked by hand"
