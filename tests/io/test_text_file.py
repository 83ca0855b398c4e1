"""Text files come back exactly as written, with LF line endings."""

from __future__ import annotations

import pytest

from viewer.io.decode import Decoded
from viewer.io.text_file import read_text

from .fixtures import fixture_bytes


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("crlf.txt", "First line.\nSecond line.\n\nNew paragraph.\n"),
        ("lone-cr.txt", "First line.\nSecond line.\n\nNew paragraph.\n"),
        ("mixed-newlines.txt", "one\ntwo\nthree\nfour"),
    ],
)
def test_line_endings_become_lf(name: str, text: str) -> None:
    assert read_text(fixture_bytes(name)) == Decoded(text, "utf-8")


def test_nothing_else_changes() -> None:
    """Spaces, NBSP, zero-width and decomposed accents are the engine's business, not ours."""
    text = "  two  spaces\u00a0nbsp\u200bzw e\u0301 tab\t\n\n\ntrailing  "
    assert read_text(text.encode()) == Decoded(text, "utf-8")


def test_markdown_is_kept_as_written() -> None:
    assert read_text(fixture_bytes("notes.md")).text == (
        "# Storm closes coastal road\n\n*Updated 14:05*: the road **reopened** at noon.\n\n"
        "- Saltmere to Pike Bay\n- Inland detour: +20 min\n"
    )
