"""The side-by-side rows and findings of one pair, as plain values ready for a template."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from viewer.core.crosslang.describe import quiet_translation
from viewer.core.findings import FindingText, count_findings, describe_finding
from viewer.core.grouping import segment_owners
from viewer.core.locations import Locator
from viewer.core.marks import evidence_spans
from viewer.core.model import (
    Block,
    BlockKind,
    Comparison,
    Flag,
    Kind,
    PairComparison,
    Segment,
)
from viewer.core.navigation import Side, span_on
from viewer.core.review import Decision, Verdict
from viewer.core.reviewing import ReviewProgress, review_progress
from viewer.core.spans import SpanIndex
from viewer.core.visibility import Visibility, visible_segments
from viewer.core.vocabulary import KIND_WORDS, manual_word
from viewer.export.inline_rows import inline_pieces
from viewer.export.pieces import CLASSES, Piece, split_boxes

__all__ = ["Finding", "PairView", "Piece", "Row", "build_pair_view"]

_QUOTE_LIMIT = 160  # characters of the other version's wording kept in a tooltip


@dataclass(frozen=True, slots=True)
class Row:
    """One aligned block: base sentences on the left, the version's on the right."""

    number: int  # 1-based, for the row's anchor
    label: str  # "§4": the base paragraph, on the first row of each paragraph only
    anchor: str
    kind: BlockKind
    base: tuple[Piece, ...]
    other: tuple[Piece, ...]
    note: str = ""  # where a moved block sits in the version's own order
    note_link: str = ""  # anchor of the row that note refers to
    also: tuple[tuple[str, str], ...] = ()  # ("also at §7", anchor of that row)
    manual: str = ""  # "linked by hand" / "unlinked by hand": the user aligned this row


@dataclass(frozen=True, slots=True)
class Finding:
    """One entry of the findings index; ``anchor`` is the id of its place in the rows."""

    number: int
    anchor: str
    text: FindingText  # kind word, location, context, evidence, restatements
    decision: Decision = field(default_factory=Decision)  # the reviewer's verdict and note

    @property
    def kind(self) -> Kind:
        return self.text.finding.kind


@dataclass(frozen=True, slots=True)
class PairView:
    """Everything the report shows for the base compared with one version."""

    anchor: str
    other: int
    similarity: float
    coverage: float
    counts: tuple[tuple[str, str, int], ...]  # (word, CSS class, count) per kind
    boilerplate: int
    flag_counts: tuple[tuple[Flag, int], ...]
    findings: tuple[Finding, ...]
    rows: tuple[Row, ...]
    inline: tuple[Piece, ...] | None = None  # the inline layout's column, when asked for
    progress: ReviewProgress | None = None  # verdicts over the pair's findings, when reviewed
    manual_rows: int = 0  # rows the user aligned by hand


def _clip(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    if not flat:
        return "(nothing)"
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _title(kind: Kind, base: str, other: str, evidence: tuple[str, ...]) -> str:
    if kind is Kind.ADDITION:
        head = "added: only in this version"
    elif kind is Kind.OMISSION:
        head = "omitted: only in the base version"
    elif kind is Kind.MOVED:
        head = "moved: at a different position in this version"
    else:
        b, o = _clip(base, _QUOTE_LIMIT), _clip(other, _QUOTE_LIMIT)
        head = f"{KIND_WORDS[kind]}: base '{b}' — this version '{o}'"
    return "\n".join((head, *evidence))


class _Side:
    """The segments of one side sorted by position, for clipping them to a block's span."""

    def __init__(self, segments: tuple[Segment, ...], other: bool) -> None:
        spans = [
            (s.other if other else s.base, index)
            for index, s in enumerate(segments)
            if not (s.other if other else s.base).is_empty
        ]
        spans.sort()
        self.spans = spans
        self.starts = [span.start for span, _ in spans]
        self.other = other


def build_pair_view(
    comparison: Comparison,
    pair: PairComparison,
    *,
    visibility: Visibility | None = None,
    inline: bool = False,
    decisions: Mapping[int, Decision] | None = None,
    include_notes: bool = True,
) -> PairView:
    """Rows in base order (one per block), the findings that link into them, and with
    ``inline`` the column of the inline layout. ``decisions`` (by finding index) put the
    reviewer's verdict, and with ``include_notes`` the note, on each finding."""
    visibility = visibility or Visibility()
    reviewed = {
        i: d if include_notes else Decision(d.verdict) for i, d in (decisions or {}).items()
    }
    base_text = comparison.documents[pair.base].text
    other_text = comparison.documents[pair.other].text
    locator = Locator.of(pair, base_text)
    prefix = f"v{pair.other}"
    shown = [k for k, f in enumerate(pair.findings) if not visibility.hides(f)]
    marked = visible_segments(pair, visibility)
    owner = segment_owners(pair)
    anchors = {k: f"{prefix}-f{n}" for n, k in enumerate(shown, start=1)}
    texts = {k: describe_finding(pair.findings[k], base_text, other_text, locator) for k in shown}
    # Each shown finding's anchor sits on its first change with text in the base (an
    # addition: in the version).
    starts: dict[tuple[bool, int], int] = {}
    for k in shown:
        changed = [i for i in pair.findings[k].segments if i in marked]
        at_base = next((i for i in changed if not pair.segments[i].base.is_empty), None)
        if at_base is not None:
            starts[(False, at_base)] = k
        elif changed:
            starts[(True, changed[0])] = k

    titles: dict[int, str] = {}

    def title(index: int, segment: Segment) -> str:
        """One title per segment: a moved paragraph spans many rows, and its text is long."""
        found = titles.get(index)
        if found is None:
            kind = segment.kind
            quoted = kind not in (Kind.ADDITION, Kind.OMISSION, Kind.MOVED)
            b = segment.base.of(base_text) if quoted else ""
            o = segment.other.of(other_text) if quoted else ""
            # The finding's evidence, on the pieces that raised a flag.
            evidence = texts[owner[index]].evidence if segment.flags else ()
            found = titles[index] = _title(kind, b, o, evidence)
        return found

    def cell(text: str, side: _Side, block: Block) -> tuple[Piece, ...]:
        span = block.other if side.other else block.base
        if span.is_empty:
            return ()
        pieces: list[Piece] = []
        position = span.start
        i = max(bisect_right(side.starts, span.start) - 1, 0)
        while i < len(side.spans) and side.spans[i][0].start < span.end:
            seg_span, index = side.spans[i]
            i += 1
            lo, hi = max(seg_span.start, span.start), min(seg_span.end, span.end)
            if hi <= lo:
                continue
            if lo > position:  # text no segment covers (should not happen: spans tile)
                pieces.append(Piece(text[position:lo]))
            position = hi
            segment = pair.segments[index]
            kind_css = CLASSES.get(segment.kind, "") if index in marked else ""
            starting = starts.get((side.other, index)) if lo == seg_span.start else None
            anchor = anchors[starting] if starting is not None else ""
            if anchor and text[lo:hi].isspace():
                kind_css = "ws"  # keeps the finding's anchor without drawing an empty box
            elif not kind_css or text[lo:hi].isspace():
                pieces.append(Piece(text[lo:hi]))
                continue
            # Line breaks at the edges of a highlight stay outside it: a box on an empty line
            # would look like a finding of its own.
            core = text[lo:hi].strip("\n")
            head = text[lo:hi][: len(text[lo:hi]) - len(text[lo:hi].lstrip("\n"))]
            tail = text[lo + len(head) + len(core) : hi]
            if head:
                pieces.append(Piece(head))
            whole = Piece(
                core,
                kind_css,
                title(index, segment),
                anchor,
                texts[starting].flags if starting is not None else (),
            )
            where = Side.OTHER if side.other else Side.BASE
            boxes = evidence_spans(segment, where, text)
            pieces.extend(split_boxes(whole, lo + len(head), boxes))
            if tail:
                pieces.append(Piece(tail))
        if position < span.end:
            pieces.append(Piece(text[position : span.end]))
        return _trim_end(pieces)

    base_side, other_side = _Side(pair.segments, False), _Side(pair.segments, True)
    placed = _places_in_other_order(pair.blocks)
    rows: list[Row] = []
    last_paragraph = 0
    others = SpanIndex.of([b.other for b in pair.blocks])  # rows by their place in the version
    for number, block in enumerate(pair.blocks, start=1):
        note = link = ""
        if block.kind is BlockKind.MOVED:
            before = placed.get(number - 1)
            where = locator.destination(Segment(Kind.MOVED, block.base, block.other))
            if before is None:
                note = f"moved: first in this version ({where})"
            else:
                note, link = f"moved: in this version at {where}", f"{prefix}-r{before}"
        paragraph = locator.paragraph(Side.BASE, block.base.start)
        label = f"§{paragraph}" if paragraph != last_paragraph else ""
        last_paragraph = paragraph
        rows.append(
            Row(
                number,
                label,
                f"{prefix}-r{number}",
                block.kind,
                cell(base_text, base_side, block),
                cell(other_text, other_side, block),
                note,
                link,
                _also(pair, block, prefix, locator, others),
                manual_word(block),
            )
        )
    listed = [k for k in shown if not quiet_translation(pair, pair.findings[k])]
    findings = tuple(
        Finding(n, anchors[k], texts[k], reviewed.get(k, Decision()))
        for n, k in enumerate(listed, start=1)
    )
    counts = count_findings(pair)
    by_anchor = {anchors[i]: d for i, d in reviewed.items() if i in anchors}
    if by_anchor:
        rows = [
            replace(r, base=_decided(r.base, by_anchor), other=_decided(r.other, by_anchor))
            for r in rows
        ]
    column = (
        inline_pieces(
            pair,
            base_text,
            other_text,
            visibility,
            locator,
            {i: anchors[k] for (_, i), k in starts.items()},
            {i: texts[k] for i, k in owner.items() if k in texts},
        )
        if inline
        else None
    )
    unhidden = Visibility(visibility.hide_cosmetic, visibility.hide_boilerplate)
    by_finding = {pair.findings[k]: d for k, d in reviewed.items()}
    return PairView(
        prefix,
        pair.other,
        pair.similarity,
        pair.coverage,
        tuple(
            (KIND_WORDS[k], CLASSES[k], c)
            for k, c in counts.kinds
            if not (visibility.hide_cosmetic and k is Kind.COSMETIC)
        ),
        counts.boilerplate,
        _flag_counts(pair, visibility),
        findings,
        tuple(rows),
        _decided(column, by_anchor) if column is not None else None,
        review_progress(pair, by_finding, unhidden) if decisions is not None else None,
        sum(1 for b in pair.blocks if b.manual),
    )


def _decided(pieces: tuple[Piece, ...], by_anchor: Mapping[str, Decision]) -> tuple[Piece, ...]:
    """The pieces with the verdict and note of the finding each anchor starts."""
    if not by_anchor:
        return pieces
    found = []
    for piece in pieces:
        decision = by_anchor.get(piece.anchor) if piece.anchor else None
        if decision is not None:
            verdict = "" if decision.verdict is Verdict.UNREVIEWED else decision.verdict.value
            piece = replace(piece, verdict=verdict, note=decision.note)
        found.append(piece)
    return tuple(found)


def _also(
    pair: PairComparison, block: Block, prefix: str, locator: Locator, others: SpanIndex
) -> tuple[tuple[str, str], ...]:
    """The restatements of this row's base text: where the version says it again."""
    found = []
    for link in locator.also(Side.BASE, block.base) if not block.base.is_empty else ():
        rows = [
            n + 1
            for n in others.touching(link.other.start, link.other.start)
            if span_on(pair.blocks[n], Side.OTHER).contains(link.other.start)
        ]
        row = min(rows) if rows else None
        label = f"also at §{locator.paragraph(Side.OTHER, link.other.start)}"
        found.append((label, f"{prefix}-r{row}" if row else ""))
    return tuple(dict.fromkeys(found))


def _trim_end(pieces: list[Piece]) -> tuple[Piece, ...]:
    """Drop the blank lines that end a block: each row is its own paragraph already."""
    while pieces and not pieces[-1].css and not pieces[-1].text.strip():
        pieces.pop()
    if pieces:
        # A highlight clipped at the block's end (a moved paragraph spans several blocks) also
        # loses the sentence's trailing spacing.
        pieces[-1] = replace(pieces[-1], text=pieces[-1].text.rstrip())
    return tuple(pieces)


def _places_in_other_order(blocks: tuple[Block, ...]) -> dict[int, int | None]:
    """For each block index, the 1-based row number of the block just before it in the version."""
    present = sorted(
        (b.other.start, index) for index, b in enumerate(blocks) if not b.other.is_empty
    )
    result: dict[int, int | None] = {}
    previous: int | None = None
    for _, index in present:
        result[index] = previous
        previous = index + 1
    return result


def _flag_counts(pair: PairComparison, visibility: Visibility) -> tuple[tuple[Flag, int], ...]:
    counts = dict.fromkeys(Flag, 0)
    for finding in pair.findings:
        if visibility.hides(finding):
            continue
        for flag in finding.flags:
            counts[flag] += 1
    return tuple(counts.items())
