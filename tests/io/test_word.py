"""Word documents: paragraphs as the reader sees them, tracked changes accepted."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from benchmarks.hostile import docx_bytes, docx_with_bomb, sentence
from viewer.io import LoadOptions, load_document
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


def test_an_image_bomb_is_never_unpacked(tmp_path: Path) -> None:
    """Regression (issue 12): python-docx unpacked every part, so a 1-3 MB .docx whose image
    inflates to gigabytes took 2.1 GB for a 1 GB image and was killed at 6 GB for 3 GB. Here
    the image inflates to 512 MB and the reader may use 256 MB: only the text part is read."""
    path = tmp_path / "bomb.docx"
    path.write_bytes(docx_with_bomb(["The bridge reopens.", "Tolls stay."], 512 << 20))
    document = load_document(path, options=LoadOptions(max_memory=256 << 20))
    assert document.text == "The bridge reopens.\n\nTolls stay."
    assert document.metadata["title"] == "Bomb"


def test_a_text_part_over_the_unpacked_limit_is_refused_before_unpacking() -> None:
    data = docx_bytes([sentence(i) for i in range(2000)])
    with pytest.raises(InputProblem) as caught:
        read_docx(data, LoadOptions(max_unpacked_bytes=50_000))
    assert caught.value.problem.startswith("Word document too large once unpacked (")
    assert caught.value.problem.endswith("of text; the limit is 48.8 KB)")


def test_a_part_declaring_less_than_it_holds_is_corrupt() -> None:
    """zipfile stops at the declared size, so the size check cannot be lied to."""
    data = bytearray(docx_bytes(["Short text."]))
    # Shrink the declared size of word/document.xml in its central-directory entry.
    directory = data.index(b"PK\x01\x02")  # the central directory follows every part
    entry = data.rindex(b"PK\x01\x02", 0, data.index(b"word/document.xml", directory))
    data[entry + 24 : entry + 28] = (10).to_bytes(4, "little")
    with pytest.raises(InputProblem) as caught:
        read_docx(bytes(data))
    assert caught.value.problem == "corrupt Word document"


def test_two_hundred_thousand_paragraphs() -> None:
    """Issue 12: a .docx of 200,000 paragraphs loads, each paragraph kept."""
    paragraphs = [sentence(i, 8) for i in range(200_000)]
    extracted = read_docx(docx_bytes(paragraphs))
    assert extracted.text.count("\n\n") == 199_999
    assert extracted.text.endswith(paragraphs[-1])


def test_main_part_found_through_the_package_relationships() -> None:
    data = docx_bytes(["Moved main part."])
    renamed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(renamed, "w") as out:
        for info in source.infolist():
            content = source.read(info)
            name = info.filename
            if name == "word/document.xml":
                name = "word/document2.xml"
            elif name == "_rels/.rels":
                content = content.replace(b"word/document.xml", b"/word/document2.xml")
            out.writestr(name, content)
    assert read_docx(renamed.getvalue()).text == "Moved main part."
