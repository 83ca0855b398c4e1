"""The comparison engine: pure Python, no Qt, no file system."""

from viewer.core.compare import Progress, compare_documents, compare_pair
from viewer.core.model import (
    Block,
    BlockKind,
    Comparison,
    Document,
    Flag,
    Kind,
    PairComparison,
    Segment,
    Span,
)
from viewer.core.options import CompareOptions

__all__ = [
    "Block",
    "BlockKind",
    "CompareOptions",
    "Comparison",
    "Document",
    "Flag",
    "Kind",
    "PairComparison",
    "Progress",
    "Segment",
    "Span",
    "compare_documents",
    "compare_pair",
]
