"""The human-readable summary printed by ``redline compare --format text``: a finding list."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from viewer.core.crosslang.describe import across_languages_line, quiet_translation
from viewer.core.excerpts import Excerpt, has_words
from viewer.core.findings import FindingText, count_findings, describe_finding
from viewer.core.language import document_languages, language_name
from viewer.core.locations import Locator, Paragraphs
from viewer.core.model import AlignedBy, Comparison, Flag, Kind, PairComparison
from viewer.core.review import Decision, Review, Verdict, decisions_for
from viewer.core.reviewing import decisions_by_finding, review_progress
from viewer.core.tokens import count_words
from viewer.core.visibility import FindingFilter, Visibility
from viewer.core.vocabulary import version_number

__all__ = ["SummaryOptions", "format_summary"]


@dataclass(frozen=True, slots=True)
class SummaryOptions:
    """What the summary lists; by default every finding but cosmetic ones, shortened."""

    # Whole passages instead of their first and last words around "… [N words] …".
    full: bool = False
    # Only findings carrying one of these flags (None: any finding).
    flags: Collection[Flag] | None = None
    # Leave cosmetic differences out of the list (their count stays in the header).
    hide_cosmetic: bool = False
    # Leave boilerplate out of the list (its count stays in the header).
    hide_boilerplate: bool = False

    def filter(self) -> FindingFilter:
        flags = None if self.flags is None else frozenset(self.flags)
        return FindingFilter(flags, self.hide_cosmetic, self.hide_boilerplate)


def _side(sign: str, excerpt: Excerpt) -> str:
    return f"      {sign} {excerpt.plain()}"


def _finding(text: FindingText, decision: Decision | None = None) -> list[str]:
    head = f"  {text.location:<5} {text.kind}"
    if text.destination:
        head += f" (now at {text.destination})"
    notes = [*text.evidence, *text.also, *([text.manual] if text.manual else [])]
    if notes:
        head += "  [" + "; ".join(notes) + "]"
    if decision is not None and decision.verdict is not Verdict.UNREVIEWED:
        head += f"  <{decision.verdict.label}>"
    finding = text.finding
    if finding.kind is Kind.OMISSION:
        lines = [head, _side("-", text.before)]
    elif finding.kind is Kind.ADDITION:
        lines = [head, _side("+", text.after)]
    else:
        lines = [head, _side("-", text.before), _side("+", text.after)]
    if decision is not None and decision.note:
        lines.append(f"      note: {' '.join(decision.note.split())}")
    return lines


def _listed(
    pair: PairComparison,
    base: str,
    other: str,
    options: SummaryOptions,
    decisions: Mapping[int, Decision],
) -> list[str]:
    """The finding lines of one pair."""
    listed = options.filter()
    locator = Locator(pair, Paragraphs.of(base))
    lines: list[str] = []
    punctuation = 0
    for index, finding in enumerate(pair.findings):
        if not listed.keeps(finding):
            continue
        if quiet_translation(pair, finding):
            continue
        if not any(has_words(b.of(base) + o.of(other)) for b, o in finding.stretches):
            punctuation += 1  # a lone "." or "," tells a reader nothing
            continue
        head = None if options.full else 12
        described = describe_finding(finding, base, other, locator, 4, head, 6)
        lines.extend(_finding(described, decisions.get(index)))
    if punctuation:
        lines.append(
            f"  ({punctuation} punctuation-only change{'s' * (punctuation > 1)} not listed)"
        )
    return lines


def format_summary(
    comparison: Comparison, options: SummaryOptions | None = None, review: Review | None = None
) -> str:
    """Each version's figures, then its findings in reading order: where (§ = paragraph of
    the base), what kind, what raised its flags, and the words before and after in context;
    with a ``review``, how far it got and each finding's verdict and note."""
    options = options or SummaryOptions()
    docs = comparison.documents
    base = docs[comparison.base]
    languages = document_languages(comparison)
    lines = [
        f"base {version_number(comparison.base)} {base.label}: {count_words(base.text)} words, "
        f"{language_name(languages[comparison.base])}"
    ]
    for pair in comparison.pairs:
        other = docs[pair.other]
        counts = count_findings(pair)
        lines.append("")
        lines.append(
            f"{version_number(pair.other)} {other.label}: {count_words(other.text)} words, "
            f"{language_name(languages[pair.other])}, "
            f"similarity {pair.similarity:.2f}, coverage {pair.coverage:.2f}"
        )
        if pair.aligned_by is AlignedBy.MEANING:
            lines.append(f"    {across_languages_line(pair)}")
        lines.append(
            f"    {counts.line(Visibility(options.hide_cosmetic, options.hide_boilerplate))}"
            f" · {counts.flagged} flagged"
        )
        decisions = decisions_for(comparison, pair, review) if review is not None else {}
        if review is not None:
            visibility = Visibility(options.hide_cosmetic, options.hide_boilerplate)
            by_finding = decisions_by_finding(comparison, pair, review)
            progress = review_progress(pair, by_finding, visibility)
            lines.append(f"    review: {progress.line()} ({progress.breakdown()})")
        manual = sum(1 for b in pair.blocks if b.manual)
        if manual:
            lines.append(f"    {manual} row{'s' * (manual != 1)} aligned by hand")
        lines.extend(_listed(pair, base.text, other.text, options, decisions))
    return "\n".join(lines) + "\n"
