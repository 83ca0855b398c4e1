"""The engine's values the views look things up in, made once per pair, off the GUI thread.

When a comparison of 7 million words arrives, the views need the places of its paragraphs,
the marks of each side sorted for look-up, the gaps, the link strip's index and the findings
in words: seconds of pure Python that froze the window. The comparison job makes them
(:func:`prepare`) before it hands the comparison over; the views then ask here and find them
made. Values are kept for the few pairs last asked about, by the pair object itself.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import TypeVar

from viewer.core.findings import FindingCounts, FindingText, count_findings, describe_finding
from viewer.core.gap_tags import Gap, find_gaps
from viewer.core.grouping import segment_owners
from viewer.core.locations import Locator
from viewer.core.maps import LinkMap
from viewer.core.marks import MarkIndex, pane_boxes, pane_marks
from viewer.core.model import Comparison, Document, Finding, PairComparison
from viewer.core.navigation import Side, select_findings
from viewer.core.spans import SpanIndex
from viewer.core.tokens import count_words
from viewer.core.visibility import Visibility, hidden_blocks

__all__ = [
    "boxes",
    "counts",
    "finding_rows",
    "gaps",
    "hidden",
    "link_map",
    "locator",
    "marks",
    "prepare",
    "words",
]

_T = TypeVar("_T")
_KEPT = 48  # values kept (a few per pair: a pair shown, the one before, all versions)
_cache: OrderedDict[tuple[object, ...], tuple[object, object]] = OrderedDict()
_lock = threading.Lock()


def _kept(owner: object, key: tuple[object, ...], make: Callable[[], _T]) -> _T:
    """The value ``make`` returns for ``owner`` (a pair or a document), made once."""
    full = (id(owner), *key)
    with _lock:
        found = _cache.get(full)
        if found is not None and found[0] is owner:
            _cache.move_to_end(full)
            return found[1]  # type: ignore[return-value]
    value = make()
    with _lock:
        _cache[full] = (owner, value)
        while len(_cache) > _KEPT:
            _cache.popitem(last=False)
    return value


def locator(pair: PairComparison, base_text: str) -> Locator:
    return _kept(pair, ("locator",), lambda: Locator.of(pair, base_text))


def marks(pair: PairComparison, side: Side, text: str, visibility: Visibility) -> MarkIndex:
    return _kept(
        pair,
        ("marks", side, visibility),
        lambda: MarkIndex(pane_marks(pair, side, text, visibility)),
    )


def boxes(pair: PairComparison, side: Side, text: str, visibility: Visibility) -> SpanIndex:
    return _kept(
        pair,
        ("boxes", side, visibility),
        lambda: SpanIndex(pane_boxes(pair, side, text, visibility)),
    )


def hidden(pair: PairComparison, visibility: Visibility) -> frozenset[int]:
    """The blocks of hidden findings (see ``visibility.hidden_blocks``)."""
    return _kept(pair, ("hidden", visibility), lambda: hidden_blocks(pair, visibility))


def gaps(
    pair: PairComparison, side: Side, other_text: str, visibility: Visibility
) -> tuple[Gap, ...]:
    return _kept(
        pair,
        ("gaps", side, visibility),
        lambda: find_gaps(pair, side, other_text, hidden(pair, visibility)),
    )


def counts(pair: PairComparison) -> FindingCounts:
    return _kept(pair, ("counts",), lambda: count_findings(pair))


def words(document: Document) -> int:
    """The number of words of a document (a lone 50 MB file took seconds to count)."""
    return _kept(document, ("words",), lambda: count_words(document.text))


def owners(pair: PairComparison) -> dict[int, int]:
    """For each segment inside a finding, the index of that finding."""
    return _kept(pair, ("owners",), lambda: segment_owners(pair))


def link_map(pair: PairComparison, visibility: Visibility) -> LinkMap:
    return _kept(
        pair,
        ("links", visibility),
        lambda: LinkMap(pair.blocks, pair.also, hidden(pair, visibility)),
    )


def finding_rows(
    pair: PairComparison,
    findings: Sequence[Finding],
    base_text: str,
    other_text: str,
    where: Locator,
) -> tuple[FindingText, ...]:
    """Each finding described as the findings list shows it (described once per pair)."""
    described: dict[int, FindingText] = _kept(pair, ("rows",), dict)
    rows = []
    for finding in findings:
        row = described.get(id(finding))
        if row is None or row.finding is not finding:
            row = described[id(finding)] = describe_finding(finding, base_text, other_text, where)
        rows.append(row)
    return tuple(rows)


def prepare(comparison: Comparison, visibility: Visibility, cancelled: Callable[[], bool]) -> None:
    """Make every value the views ask for on each pair (stops early when ``cancelled``)."""
    base_text = comparison.documents[comparison.base].text
    kept = {id(pair) for pair in comparison.pairs}  # by identity: a pair's == walks its segments
    with _lock:  # values of pairs no longer compared would keep their texts alive
        for key in [k for k, (p, _v) in _cache.items() if id(p) not in kept]:
            del _cache[key]
    for pair in comparison.pairs:
        if cancelled():
            return
        other_text = comparison.documents[pair.other].text
        where = locator(pair, base_text)
        for side, text, facing in (
            (Side.BASE, base_text, other_text),
            (Side.OTHER, other_text, base_text),
        ):
            marks(pair, side, text, visibility)
            boxes(pair, side, text, visibility)
            gaps(pair, side, facing, visibility)
        link_map(pair, visibility)
        counts(pair)
        finding_rows(
            pair, select_findings(pair, visibility=visibility), base_text, other_text, where
        )
