"""The findings panel, to review from: words and colour, chips with evidence, context,
location, nothing cut off, "(nothing)" for an empty side, counts, flagged first."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.conftest import demo_files, seed_files, show_everything
from viewer.core.model import Kind
from viewer.core.visibility import is_flagged
from viewer.ui.main_window import MainWindow

Maker = Callable[..., MainWindow]


def test_rows_read_kind_location_evidence_and_context(make_window: Maker) -> None:
    window = make_window(demo_files())
    window.select_version(2)
    rows = window.findings.rows()
    assert rows and all(r.location.startswith("§") for r in rows)
    number = next(r for r in rows if "number: 1,200 → 1,500" in r.evidence)
    assert number.kind == "reworded" and number.flagged
    # One finding for the reworded sentence: each change inside it bracketed in place.
    assert ("about 1,200", True) in number.before.pieces
    assert ("approximately 1,500", True) in number.after.pieces
    summary = window.findings.model.index(rows.index(number), 0).data()
    assert "§" in summary and "[about 1,200]" in summary and "[approximately 1,500]" in summary


def test_seed_rows_have_context_not_lone_words(make_window: Maker) -> None:
    """Regression: rows of 001 vs 000 read "the", "to", "have" with nothing around them."""
    window = make_window(seed_files())
    rows = window.findings.rows()
    sides = [side for r in rows for side in (r.before, r.after) if not side.is_empty]
    assert sides and all(s.before or s.after or len(s.core.split()) > 1 for s in sides)


def test_empty_side_reads_nothing_and_the_tooltip_holds_everything(make_window: Maker) -> None:
    """Regression: "—" meant both "nothing" and an em dash, and "This version" was cut off."""
    window = make_window(demo_files())
    window.select_version(1)
    model = window.findings.model
    omitted = next(
        i for i, r in enumerate(window.findings.rows()) if r.finding.kind is Kind.OMISSION
    )
    row = window.findings.rows()[omitted]
    assert row.after.plain() == "(nothing)"
    tip = model.index(omitted, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "this version: (nothing)" in tip
    whole = row.finding.base.of(window.comparison.documents[0].text)  # type: ignore[union-attr]
    last_words = " ".join(whole.split()[-3:])
    assert last_words in tip  # elided in the row, whole (first and last words) in the tooltip


def test_counts_per_kind_and_flagged_first(make_window: Maker) -> None:
    window = make_window(seed_files())
    show_everything(window)
    panel = window.findings
    counts = panel.counts.text()
    for word in ("added", "omitted", "reworded", "moved", "cosmetic"):
        assert word in counts
    assert "flagged" in counts and f"{len(panel.findings)} listed" in counts
    panel.order.setCurrentIndex(panel.order.findData("flagged"))
    flagged = [is_flagged(s) for s in panel.findings]
    assert flagged == sorted(flagged, reverse=True) and flagged[0] and not flagged[-1]
    panel.order.setCurrentIndex(0)
    starts = [s.base.start for s in panel.findings]
    assert starts == sorted(starts)


def test_hostile_text_in_the_list_is_escaped(make_window: Maker, tmp_path: Path) -> None:
    base, other = tmp_path / "a.txt", tmp_path / "b.txt"
    base.write_text("The mayor said <b>nothing</b> today.\n", "utf-8")
    other.write_text("The mayor said <img src=x onerror=alert(1)> today.\n", "utf-8")
    window = make_window([str(base), str(other)])
    tip = window.findings.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "onerror=alert(1)&gt;" in tip and "&lt;" in tip
    assert "<img" not in tip and "<b>" not in tip
