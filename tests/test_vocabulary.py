"""One word and one cue per kind in the app, the CLI text, the report and the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import demo
from viewer.cli.summary import format_summary
from viewer.core import compare_documents
from viewer.core.model import Kind
from viewer.core.vocabulary import CUES, KIND_WORDS

README = Path(__file__).resolve().parents[1] / "README.md"


def test_report_legend_and_css_use_the_same_words_and_cues() -> None:
    from viewer.export.html_report import render_report

    report = render_report(compare_documents([demo("1-"), demo("3-")]))
    legend = report[
        report.index('<ul class="legend">') : report.index(
            "</ul>", report.index('<ul class="legend">')
        )
    ]
    for kind in KIND_WORDS:
        assert f">{KIND_WORDS[kind]}</span>" in legend and CUES[kind] in legend, kind
    css = {
        "add": "underline",  # solid
        "omit": "line-through",
        "drift": "underline wavy",
        "moved": "underline dashed",
        "cosm": "underline dotted",
    }
    for name, rule in css.items():
        assert re.search(rf"\.{name} \{{[^}}]*text-decoration: {rule}", report), name
    assert "drift</span>" not in legend  # "reworded" is the word; the JSON value stays "drift"


def test_cli_text_uses_the_words() -> None:
    out = format_summary(compare_documents([demo("1-"), demo("2-"), demo("3-")]))
    for kind in (Kind.ADDITION, Kind.OMISSION, Kind.DRIFT, Kind.COSMETIC):
        assert f" {KIND_WORDS[kind]}" in out
    assert " drift" not in out and "addition" not in out and "omission" not in out


def test_app_legend_uses_the_words_and_cues(qtbot: object) -> None:
    pytest.importorskip("PySide6")
    from viewer.ui.legend import Legend
    from viewer.ui.styles import FLAG_CUE, STYLES

    legend = Legend()
    text = legend.text()
    for kind in KIND_WORDS:
        assert f" {KIND_WORDS[kind]} " in text and CUES[kind] in text
        assert STYLES[kind].label == KIND_WORDS[kind] and STYLES[kind].cue == CUES[kind]
    assert "quote, number, name, negation, speaker, time" in text and FLAG_CUE == "boxed"


def test_readme_marks_table_matches() -> None:
    text = README.read_text(encoding="utf-8")
    table = text[text.index("### What the marks mean") :]
    table = table[: table.index("\n\n", table.index("| Kind"))]
    for kind in KIND_WORDS:
        row = next(line for line in table.splitlines() if line.startswith(f"| {KIND_WORDS[kind]}"))
        assert CUES[kind] in row, kind
