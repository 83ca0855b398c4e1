"""The text summary reads like a finding list: location, context, whole words, filters."""

from __future__ import annotations

import re

import pytest

from tests.conftest import demo, seed
from viewer.cli.main import demo_paths, main
from viewer.cli.summary import SummaryOptions, format_summary
from viewer.core import Flag, Kind, PairComparison, Segment, Span, compare_documents
from viewer.core.grouping import with_findings
from viewer.core.model import Block, BlockKind, Comparison, Document, Evidence


def _text(*args: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["compare", *args]) == 0
    return capsys.readouterr().out


def test_findings_have_a_location_context_and_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(p) for p in demo_paths()]
    out = _text(paths[0], paths[2], capsys=capsys)
    assert "coverage" in out.splitlines()[2]
    # "about 1,200" became "approximately 1,500": where, what raised the flag, in context.
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if "number: 1,200 → 1,500" in line)
    assert re.match(r"  §\d+\s+reworded", lines[at])
    assert lines[at + 1].startswith("      - ") and "[about 1,200] residents" in lines[at + 1]
    assert "[approximately 1,500]" in lines[at + 2]
    assert " drift" not in out  # the JSON value is "drift"; people read "reworded"


def test_flag_and_cosmetic_filters(capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(p) for p in demo_paths()]
    out = _text(paths[0], paths[2], "--flag", "number,negation", capsys=capsys)
    heads = [line for line in out.splitlines() if line.startswith("  §")]
    assert heads and all("number:" in h or "negation:" in h for h in heads)
    assert any("negation:" in h for h in heads)
    hidden = _text(paths[0], paths[1], "--hide-cosmetic", capsys=capsys)
    assert "cosmetic (hidden)" in hidden
    assert not any(" cosmetic" in h for h in hidden.splitlines() if h.startswith("  §"))


def test_long_passages_are_cut_between_words_and_full_shows_them_whole(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Regression: excerpts were cut in the middle of words ("…no sign o…o loophole…")."""
    base, other = seed("001"), seed("003")
    comparison = compare_documents([base, other])
    short = format_summary(comparison)
    assert "words] …" in short
    for line in short.splitlines():
        for cut in re.finditer(r"(\S*)… \[\d+ words\] …", line):
            assert cut.group(1) == "" or cut.group(0).startswith(" ")  # a word ends before it
    whole = format_summary(comparison, SummaryOptions(full=True))
    assert "words] …" not in whole
    longest = max(
        (s for s in comparison.pairs[0].findings if s.kind is Kind.OMISSION),
        key=lambda s: len(s.base),
    )
    assert " ".join(longest.base.of(base.text).split()) in whole


def test_punctuation_only_findings_are_counted_not_listed() -> None:
    """Regression: a lone "+ ." was listed as a finding."""
    base, other = "Alpha rose today. Beta fell", "Alpha rose today. Beta fell."
    segments = (
        Segment(Kind.EQUAL, Span(0, 27), Span(0, 27), (), 0),
        Segment(Kind.ADDITION, Span(27, 27), Span(27, 28), (), 1),
    )
    blocks = (
        Block(BlockKind.ALIGNED, Span(0, 27), Span(0, 27), 1.0),
        Block(BlockKind.ADDED, Span(27, 27), Span(27, 28), 0.0),
    )
    pair = with_findings(PairComparison(0, 1, 0.9, blocks, segments, 0.9), (base, other))
    docs = (Document("a", "a", base), Document("b", "b", other))
    out = format_summary(Comparison(docs, 0, ((1.0, 0.9), (0.9, 1.0)), (pair,)))
    assert "+ [.]" not in out and "1 punctuation-only change not listed" in out


def test_boilerplate_is_counted_apart_and_can_be_left_out() -> None:
    base, other = "Alpha rose today.", "Alpha rose today. Sign up now for free access."
    segments = (
        Segment(Kind.EQUAL, Span(0, 17), Span(0, 18), (), 0),
        Segment(Kind.ADDITION, Span(17, 17), Span(18, 46), (Flag.BOILERPLATE,), 1,
                (Evidence(Flag.BOILERPLATE, (), ("Sign up now",)),)),
    )  # fmt: skip
    blocks = (
        Block(BlockKind.ALIGNED, Span(0, 17), Span(0, 18), 1.0),
        Block(BlockKind.ADDED, Span(17, 17), Span(18, 46), 0.0),
    )
    pair = with_findings(PairComparison(0, 1, 0.5, blocks, segments, 0.6), (base, other))
    docs = (Document("a", "a", base), Document("b", "b", other))
    comparison = Comparison(docs, 0, ((1.0, 0.5), (0.5, 1.0)), (pair,))
    out = format_summary(comparison)
    assert "0 added" in out and "1 boilerplate" in out
    assert "added  [boilerplate: Sign up now]" in out
    hidden = format_summary(comparison, SummaryOptions(hide_boilerplate=True))
    assert "1 boilerplate (hidden)" in hidden and "Sign up now" not in hidden


def test_restatements_are_named(capsys: pytest.CaptureFixture[str]) -> None:
    comparison = compare_documents([demo("1-"), demo("4-")])
    pair = comparison.pairs[0]
    drift = next(s for s in pair.findings if s.kind is not Kind.COSMETIC)
    link = (pair.blocks[-1].base, drift.other)
    from viewer.core.model import Link

    linked = with_findings(PairComparison(
        pair.base, pair.other, pair.similarity, pair.blocks, pair.segments, pair.coverage,
        (Link(link[0], link[1], 0.7),),
    ))  # fmt: skip
    out = format_summary(Comparison(comparison.documents, 0, comparison.similarity, (linked,)))
    assert "also at §" in out
