"""Word documents: paragraphs as the reader sees them, tracked changes accepted."""

from __future__ import annotations

import pytest

from viewer.io.errors import InputProblem
from viewer.io.word import read_docx

from .fixtures import fixture_bytes


def test_paragraphs_runs_breaks_and_tables() -> None:
    extracted = read_docx(fixture_bytes("statement.docx"))
    assert extracted.text == (
        "Ferry timetable changes\n\n"
        "The island ferry will run every 40 minutes from 1 June, the operator said on Monday.\n\n"
        "Fares rise by 5 per cent, the first increase since 2019.\n\n"
        "Line one of an address\nLine two of an address\n\n"
        "Route\tMinutes\n\nQuay to island\t40\n\n"
        "Residents can comment until 15 May."
    )
    assert "INTERNAL DRAFT" not in extracted.text  # the page header is not article text
    assert dict(extracted.metadata) == {
        "title": "Ferry timetable changes",
        "byline": "Bram Oystercatch",
    }


def test_tracked_changes_read_as_accepted() -> None:
    """Regression: python-docx's Paragraph.text skips runs inside <w:ins>, losing insertions."""
    assert read_docx(fixture_bytes("tracked-changes.docx")).text == "The council approved the plan."


@pytest.mark.parametrize(
    ("name", "problem"),
    [("corrupt.docx", "corrupt Word document"), ("blank.docx", "Word document has no text")],
)
def test_bad_word_files(name: str, problem: str) -> None:
    with pytest.raises(InputProblem) as caught:
        read_docx(fixture_bytes(name))
    assert caught.value.problem == problem
