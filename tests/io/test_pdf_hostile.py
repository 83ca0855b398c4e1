"""Hostile PDFs (issue 12): lone surrogates, AES encryption, one line a page, huge pages."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest

from benchmarks.hostile import pdf_bytes, pdf_fragments, pdf_lone_surrogates, text_page
from viewer.cli.main import main
from viewer.io import LoadError, load_document
from viewer.io.errors import InputProblem
from viewer.io.pdf import read_pdf

LINES = ["The harbour bridge reopened on Monday.", "Tolls stay as they were.", "Traders cheered."]


def encrypted(algorithm: str, user_password: str = "") -> bytes:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(pdf_bytes([text_page(LINES)])))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256", "RC4-128"])
def test_encrypted_pdfs_that_open_without_a_password_are_read(algorithm: str) -> None:
    """Regression (issue 12): AES-encrypted PDFs that open without a password were refused as
    password-protected: pypdf needs the cryptography package for AES."""
    assert read_pdf(encrypted(algorithm)).text == " ".join(LINES)


def test_a_pdf_that_needs_a_password_is_still_refused() -> None:
    with pytest.raises(InputProblem) as caught:
        read_pdf(encrypted("AES-256", user_password="secret"))
    assert caught.value.problem == "PDF is password-protected"


@pytest.mark.parametrize("template", ["Section {}: the bridge reopened.", "The same line."])
def test_one_line_a_page_is_text_not_a_running_header(template: str) -> None:
    """Regression (issue 12): a 3-page PDF with one line per page was "PDF has no text layer
    (scanned?)": every line, alike but for a number, was dropped as a running header."""
    lines = [template.format(n) for n in (1, 2, 3)]
    assert read_pdf(pdf_bytes([text_page([line]) for line in lines])).text == "\n\n".join(lines)


def test_running_headers_are_still_dropped() -> None:
    pages = [text_page([f"Harbour News - page {n}", LINES[n]]) for n in range(3)]
    assert "Harbour News" not in read_pdf(pdf_bytes(pages)).text


def test_lone_surrogates_are_replaced_at_load_and_said_so(tmp_path: Path) -> None:
    """Regression (issue 12): a 700-byte PDF whose font maps glyphs to lone surrogates broke
    JSON, text and export with UnicodeEncodeError (in the app Export wrote nothing)."""
    path = tmp_path / "surrogates.pdf"
    path.write_bytes(pdf_lone_surrogates())
    document = load_document(path)
    assert document.text == "\ufffdad \ufffd\ufffd glyphs here"
    assert document.metadata["replaced"] == "3 invalid characters replaced with U+FFFD"
    document.text.encode("utf-8")  # any output can encode it


def test_lone_surrogates_reach_json_text_and_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "surrogates.pdf"
    pdf.write_bytes(pdf_lone_surrogates())
    other = tmp_path / "other.txt"
    other.write_text("Bad glyphs here.\n", encoding="utf-8")
    assert main(["compare", str(pdf), str(other), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["documents"][0]["metadata"]["replaced"].startswith("3 invalid characters")
    assert main(["compare", str(pdf), str(other)]) == 0
    assert "\ufffd" in capsys.readouterr().out
    report = tmp_path / "report.html"
    assert main(["export", str(pdf), str(other), "-o", str(report)]) == 0
    assert "glyphs here" in report.read_text(encoding="utf-8")


def test_a_page_of_200000_text_pieces_is_refused_at_once(tmp_path: Path) -> None:
    """Regression (issue 12): a 6 MB PDF of 200,000 text fragments took 44-90 s: pypdf's
    extraction grows with the square of the text gathered on one page."""
    path = tmp_path / "fragments.pdf"
    path.write_bytes(pdf_fragments(200_000, compress=False))
    with pytest.raises(LoadError) as caught:
        load_document(path)
    assert caught.value.problem == (
        "PDF page 1 is too complex to read (200,000 pieces of text; the limit is 100,000 a page)"
    )


def test_200000_text_pieces_over_many_pages_are_read(tmp_path: Path) -> None:
    path = tmp_path / "fragments.pdf"
    path.write_bytes(pdf_fragments(200_000, per_page=2_000))
    assert len(load_document(path).text.split()) == 200_000
