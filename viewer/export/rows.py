"""The side-by-side rows and findings of one pair, as plain values ready for a template."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from viewer.core.model import Block, BlockKind, Comparison, Flag, Kind, PairComparison, Segment

__all__ = ["Finding", "PairView", "Piece", "Row", "build_pair_view"]

# CSS class of each kind of highlighted text; equal text is not wrapped at all.
CLASSES = {
    Kind.ADDITION: "add",
    Kind.OMISSION: "omit",
    Kind.DRIFT: "drift",
    Kind.MOVED: "moved",
    Kind.COSMETIC: "cosm",
}
_QUOTE_LIMIT = 160  # characters of the other version's wording kept in a tooltip
_EXCERPT_LIMIT = 90  # characters of a finding shown in the findings index


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text inside one cell; ``css`` is empty for text drawn without highlighting."""

    text: str
    css: str = ""
    title: str = ""
    anchor: str = ""  # id of the finding that starts here (only on one side of a finding)
    flags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Row:
    """One aligned block: base sentences on the left, the version's on the right."""

    number: int  # 1-based, shown as §N
    anchor: str
    kind: BlockKind
    base: tuple[Piece, ...]
    other: tuple[Piece, ...]
    note: str = ""  # where a moved block sits in the version's own order
    note_link: str = ""  # anchor of the row that note refers to


@dataclass(frozen=True, slots=True)
class Finding:
    """One entry of the findings index; ``anchor`` is the id of its place in the rows."""

    number: int
    anchor: str
    row: int
    kind: Kind
    flags: tuple[str, ...]
    excerpt: str


@dataclass(frozen=True, slots=True)
class PairView:
    """Everything the report shows for the base compared with one version."""

    anchor: str
    other: int
    similarity: float
    counts: tuple[tuple[Kind, int], ...]
    flag_counts: tuple[tuple[Flag, int], ...]
    findings: tuple[Finding, ...]
    rows: tuple[Row, ...]


def _clip(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    if not flat:
        return "∅"  # nothing on that side (or whitespace only)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _title(kind: Kind, base: str, other: str) -> str:
    if kind is Kind.ADDITION:
        return "only in this version"
    if kind is Kind.OMISSION:
        return "only in the base version"
    if kind is Kind.MOVED:
        return "at a different position in this version"
    b, o = _clip(base, _QUOTE_LIMIT), _clip(other, _QUOTE_LIMIT)
    return f"base: '{b}' — this version: '{o}'"


def _excerpt(kind: Kind, base: str, other: str) -> str:
    if kind is Kind.ADDITION:
        return f"+ {_clip(other, _EXCERPT_LIMIT)}"
    if kind is Kind.OMISSION:
        return f"− {_clip(base, _EXCERPT_LIMIT)}"
    if kind is Kind.MOVED:
        return _clip(other, _EXCERPT_LIMIT)
    half = _EXCERPT_LIMIT // 2
    return f"{_clip(base, half)} → {_clip(other, half)}"


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
    comparison: Comparison, pair: PairComparison, hide_cosmetic: bool = False
) -> PairView:
    """Rows in base order (one per block) and the findings that link into them."""
    base_text = comparison.documents[pair.base].text
    other_text = comparison.documents[pair.other].text
    prefix = f"v{pair.other}"
    shown = {
        index
        for index, s in enumerate(pair.segments)
        if s.kind is not Kind.EQUAL and not (hide_cosmetic and s.kind is Kind.COSMETIC)
    }
    anchors = {index: f"{prefix}-f{n}" for n, index in enumerate(sorted(shown), start=1)}
    css = {k: c for k, c in CLASSES.items() if not (hide_cosmetic and k is Kind.COSMETIC)}

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
            kind_css = css.get(segment.kind, "")
            first = lo == seg_span.start and (not segment.other.is_empty) == side.other
            anchor = anchors.get(index, "") if first else ""
            if anchor and text[lo:hi].isspace():
                kind_css = "ws"  # keeps the finding's anchor without drawing an empty box
            elif not kind_css or text[lo:hi].isspace():
                pieces.append(Piece(text[lo:hi]))
                continue
            b, o = segment.base.of(base_text), segment.other.of(other_text)
            # Line breaks at the edges of a highlight stay outside it: a box on an empty line
            # would look like a finding of its own.
            core = text[lo:hi].strip("\n")
            head = text[lo:hi][: len(text[lo:hi]) - len(text[lo:hi].lstrip("\n"))]
            tail = text[lo + len(head) + len(core) : hi]
            if head:
                pieces.append(Piece(head))
            pieces.append(
                Piece(
                    core,
                    kind_css,
                    _title(segment.kind, b, o),
                    anchor,
                    tuple(f.value for f in segment.flags) if first else (),
                )
            )
            if tail:
                pieces.append(Piece(tail))
        if position < span.end:
            pieces.append(Piece(text[position : span.end]))
        return _trim_end(pieces)

    base_side, other_side = _Side(pair.segments, False), _Side(pair.segments, True)
    placed = _places_in_other_order(pair.blocks)
    rows: list[Row] = []
    for number, block in enumerate(pair.blocks, start=1):
        note = link = ""
        if block.kind is BlockKind.MOVED:
            before = placed.get(number - 1)
            if before is None:
                note = "moved: first in this version"
            else:
                note, link = f"moved: in this version after §{before}", f"{prefix}-r{before}"
        rows.append(
            Row(
                number,
                f"{prefix}-r{number}",
                block.kind,
                cell(base_text, base_side, block),
                cell(other_text, other_side, block),
                note,
                link,
            )
        )
    findings = tuple(
        _finding(pair, index, anchors[index], n, base_text, other_text)
        for n, index in enumerate(sorted(shown), start=1)
    )
    return PairView(
        prefix,
        pair.other,
        pair.similarity,
        tuple((k, c) for k, c in pair.counts.items() if not (hide_cosmetic and k is Kind.COSMETIC)),
        _flag_counts(pair, hide_cosmetic),
        findings,
        tuple(rows),
    )


def _trim_end(pieces: list[Piece]) -> tuple[Piece, ...]:
    """Drop the blank lines that end a block: each row is its own paragraph already."""
    while pieces and not pieces[-1].css and not pieces[-1].text.strip():
        pieces.pop()
    if pieces:
        # A highlight clipped at the block's end (a moved paragraph spans several blocks) also
        # loses the sentence's trailing spacing.
        last = pieces[-1]
        pieces[-1] = Piece(last.text.rstrip(), last.css, last.title, last.anchor, last.flags)
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


def _finding(
    pair: PairComparison, index: int, anchor: str, number: int, base_text: str, other_text: str
) -> Finding:
    segment = pair.segments[index]
    b, o = segment.base.of(base_text), segment.other.of(other_text)
    return Finding(
        number,
        anchor,
        segment.block + 1,
        segment.kind,
        tuple(f.value for f in segment.flags),
        _excerpt(segment.kind, b, o),
    )


def _flag_counts(pair: PairComparison, hide_cosmetic: bool) -> tuple[tuple[Flag, int], ...]:
    counts = dict.fromkeys(Flag, 0)
    for segment in pair.findings:
        if hide_cosmetic and segment.kind is Kind.COSMETIC:
            continue
        for flag in segment.flags:
            counts[flag] += 1
    return tuple(counts.items())
