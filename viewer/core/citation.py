"""A finding as plain text to paste into a write-up: which versions, where, before and
after, flags with what raised them, and the reviewer's verdict and note."""

from __future__ import annotations

from viewer.core.findings import describe_finding
from viewer.core.locations import Locator
from viewer.core.model import Comparison, Document, Finding, PairComparison
from viewer.core.review import Decision, Verdict
from viewer.core.sha import text_sha256

__all__ = ["citation"]


def _version(role: str, document: Document) -> str:
    where = document.metadata.get("url") or document.path
    return f"{role}: {document.label} ({where}; SHA-256 {text_sha256(document.text)[:12]})"


def citation(
    comparison: Comparison,
    pair: PairComparison,
    finding: Finding,
    decision: Decision | None = None,
) -> str:
    """Plain text naming both versions (label, source, SHA-256 prefix), the location,
    before and after, flags with their evidence, and the verdict and note when given.

    >>> from viewer.core import Document, compare_documents
    >>> c = compare_documents([Document("a.txt", "A", "The toll rose to 41."),
    ...                        Document("b.txt", "B", "The toll rose to 44.")])
    >>> print(citation(c, c.pairs[0], c.pairs[0].findings[0]))  # doctest: +ELLIPSIS
    Reworded, §1 [number]
    Base: A (a.txt; SHA-256 ...)
    This version: B (b.txt; SHA-256 ...)
    Before: The toll rose to [41].
    After: The toll rose to [44].
    number: 41 → 44
    """
    base, other = comparison.documents[pair.base], comparison.documents[pair.other]
    text = describe_finding(
        finding, base.text, other.text, Locator.of(pair, base.text), context=6, head=None
    )
    flags = f" [{', '.join(text.flags)}]" if text.flags else ""
    lines = [
        f"{text.kind.capitalize()}, {text.location}{flags}",
        _version("Base", base),
        _version("This version", other),
        f"Before: {text.before.plain()}",
        f"After: {text.after.plain()}",
        *text.evidence,
        *(f"Also: {label}" for label in text.also),
    ]
    if decision is not None and decision.verdict is not Verdict.UNREVIEWED:
        lines.append(f"Verdict: {decision.verdict.label}")
    if decision is not None and decision.note:
        lines.append(f"Note: {' '.join(decision.note.split())}")
    return "\n".join(lines)
