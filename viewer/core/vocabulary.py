"""The words users read for each kind and flag: one vocabulary for the app, CLI text and report.

The JSON format keeps its own values (``drift``); these are what people see.
"""

from __future__ import annotations

from types import MappingProxyType

from viewer.core.model import Flag, Kind

__all__ = ["ATTENTION_FLAGS", "CUES", "FLAG_WORDS", "KIND_WORDS", "count_phrase"]

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
        Flag.BOILERPLATE: "boilerplate",
    }
)
# Flags that call for a fact-checker's attention (drawn in a box); boilerplate is the
# opposite: web furniture that can be hidden.
ATTENTION_FLAGS = frozenset({Flag.QUOTE, Flag.NUMBER, Flag.NAME, Flag.NEGATION})


def count_phrase(kind: Kind, count: int) -> str:
    """``"3 added"``, ``"1 reworded"``: a count and the kind's word, as the counts read.

    >>> count_phrase(Kind.DRIFT, 12)
    '12 reworded'
    """
    return f"{count} {KIND_WORDS[kind]}"
