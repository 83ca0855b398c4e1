"""What every view says about a finding: kind word, location, context, evidence, counts."""

from __future__ import annotations

import doctest

import viewer.core.findings as findings_module
import viewer.core.vocabulary as vocabulary
from tests.conftest import demo
from viewer.core import Flag, Kind, PairComparison, Segment, Span, compare_documents
from viewer.core.findings import count_findings, describe_finding, evidence_text
from viewer.core.grouping import with_findings
from viewer.core.locations import Locator
from viewer.core.model import Block, BlockKind, Evidence, Link
from viewer.core.navigation import finding_status, select_findings
from viewer.core.visibility import Visibility

QUOTE = "“We heard it before we saw it, and then the water was at the door,” said Ruth Okafor"
BASE = "The mayor said 160,000 people were trapped.\nSign up now.\n"
OTHER = "The mayor said 100,000 people were trapped.\nIt rained.\n"


def _pair() -> PairComparison:
    drift = Segment(
        Kind.DRIFT, Span(15, 22), Span(15, 22), (Flag.NUMBER,), 0,
        (Evidence(Flag.NUMBER, ("160,000",), ("100,000",)),),
    )  # fmt: skip
    segments = (
        Segment(Kind.EQUAL, Span(0, 15), Span(0, 15)),
        drift,
        Segment(Kind.EQUAL, Span(22, 44), Span(22, 44)),
        Segment(Kind.OMISSION, Span(44, 57), Span(44, 44), (Flag.BOILERPLATE,), 1),
        Segment(Kind.ADDITION, Span(57, 57), Span(44, 55), (), 2),
    )
    blocks = (
        Block(BlockKind.ALIGNED, Span(0, 44), Span(0, 44), 0.9),
        Block(BlockKind.OMITTED, Span(44, 57), Span(44, 44), 0.0),
        Block(BlockKind.ADDED, Span(57, 57), Span(44, 55), 0.0),
    )
    also = (Link(Span(0, 44), Span(44, 55), 0.6),)
    return with_findings(PairComparison(0, 1, 0.8, blocks, segments, 0.9, also), (BASE, OTHER))


def test_doctests() -> None:
    assert doctest.testmod(findings_module).failed == 0
    assert doctest.testmod(vocabulary).failed == 0


def test_a_flagged_rewording_reads_with_its_evidence_and_context() -> None:
    pair = _pair()
    text = describe_finding(pair.findings[0], BASE, OTHER, Locator.of(pair, BASE))
    assert text.kind == "reworded"  # the word users read; the JSON value stays "drift"
    assert text.location == "§1"
    assert text.before.plain() == "The mayor said [160,000] people were trapped."
    assert text.after.plain() == "The mayor said [100,000] people were trapped."
    assert text.evidence == ("number: 160,000 → 100,000",)
    assert text.flagged and not text.boilerplate
    assert text.also == ("also at §2",)  # the addition at the end faces §2


def test_an_omission_reads_nothing_on_the_other_side() -> None:
    pair = _pair()
    text = describe_finding(pair.findings[1], BASE, OTHER, Locator.of(pair, BASE))
    assert (text.kind, text.location, text.after.plain()) == ("omitted", "§2", "(nothing)")
    assert text.boilerplate and not text.flagged
    assert text.evidence == ("boilerplate",)  # no evidence given: the flag's word alone


def test_evidence_of_additions_and_quotes() -> None:
    added = Segment(
        Kind.ADDITION, Span(0, 0), Span(0, 9), (Flag.NAME, Flag.QUOTE), 0,
        (Evidence(Flag.NAME, (), ("Okafor",)),
         Evidence(Flag.QUOTE, (), (QUOTE,))),
    )  # fmt: skip
    assert evidence_text(added, Flag.NAME) == "name: Okafor"
    quote = evidence_text(added, Flag.QUOTE)
    assert quote.startswith("quote: “We heard it before we") and "[" in quote


def test_counts_keep_boilerplate_apart_and_say_what_is_hidden() -> None:
    counts = count_findings(_pair())
    assert dict(counts.kinds)[Kind.OMISSION] == 0  # the omission is boilerplate
    assert (counts.boilerplate, counts.flagged) == (1, 1)
    line = counts.line(Visibility(hide_cosmetic=True, hide_boilerplate=True))
    assert (
        line == "1 added · 0 omitted · 1 reworded · 0 moved · 0 cosmetic · 1 boilerplate (hidden)"
    )


def test_hidden_findings_are_not_listed_and_flagged_ones_can_come_first() -> None:
    pair = compare_documents([demo("1-"), demo("3-")]).pairs[0]
    shown = select_findings(pair, visibility=Visibility(hide_cosmetic=True))
    assert shown and all(s.kind is not Kind.COSMETIC for s in shown)
    first = select_findings(pair, visibility=Visibility(hide_cosmetic=True), flagged_first=True)
    assert sorted(first, key=lambda s: s.base.start) == sorted(shown, key=lambda s: s.base.start)
    flagged = [bool(s.flags) for s in first]
    assert flagged == sorted(flagged, reverse=True) and flagged[0] and not flagged[-1]
    pair_b = _pair()
    assert pair_b.findings[1] not in select_findings(
        pair_b, visibility=Visibility(hide_boilerplate=True)
    )


def test_status_line() -> None:
    assert finding_status(11, 40) == "Finding 12 of 40"
    assert finding_status(0, 1) == "Finding 1 of 1"
