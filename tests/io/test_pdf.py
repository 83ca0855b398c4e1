"""PDF files: paragraphs rebuilt, hyphenation undone, page furniture dropped."""

from __future__ import annotations

import pytest

from viewer.io.errors import InputProblem
from viewer.io.pdf import read_pdf

from .fixtures import fixture_bytes

PRESS_RELEASE = (
    "New lighthouse for Gull Point\n\n"
    "The ministry will build a solar-powered lighthouse at Gull Point, after an experimental "
    "beacon failed twice during the winter storms, the harbour master said.\n\n"
    "Work starts in March and should take about nine months.\n\n"
    "The old tower will become a small museum of the coast. Its lamp, made in 1911, stays "
    "where it is."
)


def test_press_release_text() -> None:
    """Running head and page numbers gone, 'experi-/mental' joined, paragraphs kept."""
    assert read_pdf(fixture_bytes("press-release.pdf")).text == PRESS_RELEASE


@pytest.mark.parametrize(
    ("name", "problem"),
    [("scanned.pdf", "PDF has no text layer (scanned?)"), ("corrupt.pdf", "corrupt PDF")],
)
def test_bad_pdf_files(name: str, problem: str) -> None:
    with pytest.raises(InputProblem) as caught:
        read_pdf(fixture_bytes(name))
    assert caught.value.problem == problem


def test_damaged_pdf_prints_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    """Regression: pypdf's 'EOF marker not found' went to stderr beside our one-line error."""
    with pytest.raises(InputProblem):
        read_pdf(fixture_bytes("corrupt.pdf"))
    assert capfd.readouterr() == ("", "")
