"""The self-contained HTML report of a comparison: one file, inline CSS, every text escaped."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from viewer.core.claims import Claim, claims_table
from viewer.core.crosslang.describe import across_languages_line
from viewer.core.language import document_languages, language_name
from viewer.core.model import AlignedBy, Comparison, Document, Flag
from viewer.core.review import Review, Verdict, decisions_for
from viewer.core.sha import text_sha256
from viewer.core.tokens import count_words
from viewer.core.visibility import Visibility
from viewer.export.atomic import ExportError, write_atomic
from viewer.export.claims_section import ClaimRow, claim_rows
from viewer.export.rows import PairView, build_pair_view

__all__ = [
    "NAV_SCRIPT",
    "ExportError",
    "Layout",
    "ReportOptions",
    "render_report",
    "write_report",
]

# Optional keyboard navigation (j / k between findings); the report works without it.
NAV_SCRIPT = (
    "(function(){var f=[].slice.call(document.querySelectorAll('[data-finding]')),i=-1;"
    "document.addEventListener('keydown',function(e){"
    "if(e.ctrlKey||e.metaKey||e.altKey||!f.length)return;"
    "if(e.key==='j')i=Math.min(i+1,f.length-1);else if(e.key==='k')i=Math.max(i-1,0);"
    "else return;f[i].scrollIntoView({block:'center'});f[i].focus({preventScroll:true});});"
    "})();"
)
# The Content-Security-Policy allows inline styles and exactly this script, nothing else, so even
# a hypothetical escaping mistake could not run code or load anything.
_SCRIPT_HASH = base64.b64encode(hashlib.sha256(NAV_SCRIPT.encode()).digest()).decode()
_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; "
    f"script-src 'sha256-{_SCRIPT_HASH}'; img-src 'none'; form-action 'none'; base-uri 'none'"
)


# Characters HTML does not allow in a document (controls, surrogates, noncharacters): shown as
# visible symbols instead, so that the report stays valid and nothing is silently dropped.
_INVALID = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(
        f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
    )
    + "]"
)


def _visible_character(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # Control Pictures: ␀ ␁ ...
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"


def _finalize(value: object) -> object:
    """Applied by Jinja to every printed value, before autoescaping."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return _INVALID.sub(_visible_character, value)
    return value


def _now() -> datetime:
    return datetime.now(UTC)


class Layout(StrEnum):
    """How each comparison is laid out."""

    SIDE_BY_SIDE = "side-by-side"  # the base and the version in two columns, row by row
    INLINE = "inline"  # one column: the base with the version's changes in place


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """What the report includes; the defaults give every version and every difference."""

    # Leave cosmetic differences (typography, punctuation, case, spacing) unhighlighted and out
    # of the findings index.
    hide_cosmetic: bool = False
    # Leave boilerplate (sign-up prompts, "Read more", photo credits) unhighlighted and out of
    # the findings index.
    hide_boilerplate: bool = False
    # Indices of the versions to compare with the base (the app's "current pair only");
    # None means all versions.
    pairs: tuple[int, ...] | None = None
    # Heading of the report; None uses the base version's title or label.
    title: str | None = None
    # Side by side (two columns) or inline (the base with the changes in place).
    layout: Layout = Layout.SIDE_BY_SIDE
    # Clock for the report date, replaceable in tests.
    now: Callable[[], datetime] = field(default=_now)
    # The reviewer's verdicts, notes and corrections of the alignment (None: not reviewed).
    # The comparison must have been made with the review's links.
    review: Review | None = None
    # Only findings marked "confirmed change" are highlighted and listed.
    only_confirmed: bool = False
    # The reviewer's notes are printed with their findings.
    include_notes: bool = True
    # The table of every quotation and figure across the versions.
    include_claims: bool = True
    # The review file's name, given in the review summary.
    review_name: str = ""

    def __post_init__(self) -> None:
        if self.only_confirmed and self.review is None:
            # without a review nothing is confirmed: the report would be silently empty
            raise ValueError("only confirmed changes needs a review")


@dataclass(frozen=True, slots=True)
class _Version:
    index: int
    label: str
    location: str
    fetched: str
    words: int
    sha256: str
    similarity: float
    coverage: float
    is_base: bool
    language: str  # its name in English ("Russian")


def _version(comparison: Comparison, index: int, document: Document) -> _Version:
    metadata = document.metadata
    languages = document_languages(comparison)
    return _Version(
        index,
        document.label,
        metadata.get("url") or document.path,
        metadata.get("fetched", ""),
        count_words(document.text),
        text_sha256(document.text),
        comparison.similarity[comparison.base][index],
        next((p.coverage for p in comparison.pairs if p.other == index), 1.0),
        index == comparison.base,
        language_name(languages[index]),
    )


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).with_name("templates")),
        autoescape=True,  # every value is escaped; nothing in the template is marked safe
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
    )
    return environment.get_template("report.html.j2")


def _selected_pairs(comparison: Comparison, options: ReportOptions) -> list[PairView]:
    wanted = options.pairs
    available = {pair.other for pair in comparison.pairs}
    if wanted is not None:
        unknown = sorted(set(wanted) - available)
        if unknown:
            raise ValueError(f"no comparison with the base for version(s) {unknown}")
    views = []
    for pair in comparison.pairs:
        if wanted is not None and pair.other not in wanted:
            continue
        decisions = None
        only = None
        if options.review is not None:
            decisions = decisions_for(comparison, pair, options.review)
        if options.only_confirmed:
            confirmed = (i for i, d in (decisions or {}).items() if d.verdict is Verdict.CONFIRMED)
            only = frozenset(pair.findings[i] for i in confirmed)  # decisions by index here
        views.append(
            build_pair_view(
                comparison,
                pair,
                visibility=Visibility(options.hide_cosmetic, options.hide_boilerplate, only),
                inline=options.layout is Layout.INLINE,
                decisions=decisions,
                include_notes=options.include_notes,
            )
        )
    return views


def render_report(
    comparison: Comparison,
    options: ReportOptions | None = None,
    claims: tuple[Claim, ...] | None = None,
) -> str:
    """The report as one HTML string (``claims``: the claims table if already computed)."""
    options = options or ReportOptions()
    rows: list[ClaimRow] = []
    if options.include_claims:
        rows = claim_rows(comparison, claims_table(comparison) if claims is None else claims)
    base = comparison.documents[comparison.base]
    title = options.title or base.metadata.get("title") or f"Redline report: {base.label}"
    now = options.now()
    context: dict[str, Any] = {
        "title": title,
        "date": now.strftime("%Y-%m-%d %H:%M %Z").strip(),
        "date_iso": now.isoformat(timespec="seconds"),
        "versions": [_version(comparison, i, d) for i, d in enumerate(comparison.documents)],
        "labels": [d.label for d in comparison.documents],
        "matrix": comparison.similarity if len(comparison.documents) >= 3 else None,
        "base": comparison.base,
        "pairs": _selected_pairs(comparison, options),
        "aligned": {
            p.other: across_languages_line(p)
            for p in comparison.pairs
            if p.aligned_by is AlignedBy.MEANING
        },
        "flags": list(Flag),
        "hide_cosmetic": options.hide_cosmetic,
        "hide_boilerplate": options.hide_boilerplate,
        "reviewed": options.review is not None,
        "only_confirmed": options.only_confirmed,
        "review_name": options.review_name,
        "claims": rows if options.include_claims else None,
        "verdict_order": [Verdict.CONFIRMED, Verdict.NOT_SIGNIFICANT, Verdict.FOLLOW_UP],
        "verdict_labels": {v.value: v.label for v in Verdict},
        "unreviewed": Verdict.UNREVIEWED,
        "dict": dict,
        "csp": _CSP,
        "script": Markup(NAV_SCRIPT),  # our own constant: raw text inside <script>
    }
    return _template().render(context)


def write_report(
    comparison: Comparison,
    path: Path,
    options: ReportOptions | None = None,
    *,
    overwrite: bool = False,
    claims: tuple[Claim, ...] | None = None,
) -> None:
    """Render and write the report atomically; raises ExportError naming ``path`` on failure."""
    write_atomic(path, render_report(comparison, options, claims), overwrite=overwrite)
