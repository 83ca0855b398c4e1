"""Telling content apart by its first bytes, and picking the format from content and name."""

from __future__ import annotations

import pytest

from viewer.io.errors import InputProblem
from viewer.io.formats import Format, choose_format
from viewer.io.sniff import Content, Sniffed, sniff

from .fixtures import fixture_bytes


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("image.png", Sniffed(Content.BINARY, "PNG image")),
        ("program.bin", Sniffed(Content.BINARY, "executable program")),
        ("nul-bytes.txt", Sniffed(Content.BINARY)),
        ("archive.zip", Sniffed(Content.ZIP)),
        ("old-word.doc", Sniffed(Content.LEGACY_OFFICE)),
        ("statement.docx", Sniffed(Content.DOCX)),
        ("press-release.pdf", Sniffed(Content.PDF)),
        ("article.html", Sniffed(Content.HTML)),
        ("utf16le-bom.txt", Sniffed(Content.TEXT)),
        ("plain.txt", Sniffed(Content.TEXT)),
    ],
)
def test_sniff_fixtures(name: str, expected: Sniffed) -> None:
    assert sniff(fixture_bytes(name)) == expected


@pytest.mark.parametrize(
    ("data", "description"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00", "GIF image"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WebP image"),
        (b"MZ\x90\x00\x03\x00", "Windows program"),
        (b"\x1f\x8b\x08\x00", "gzip archive"),
    ],
)
def test_sniff_magic(data: bytes, description: str) -> None:
    assert sniff(data) == Sniffed(Content.BINARY, description)


@pytest.mark.parametrize(
    "start",
    [
        b"<!DOCTYPE html><p>x",
        b"\xef\xbb\xbf  <html lang='en'>",
        b"<?xml version='1.0'?>\n<!-- saved from url=(0040)https://x.example/ -->\n<html>",
    ],
)
def test_sniff_html_start(start: bytes) -> None:
    assert sniff(start) == Sniffed(Content.HTML)


def test_text_mentioning_html_is_text() -> None:
    assert sniff(b"Write <html> at the top of the page.") == Sniffed(Content.TEXT)


@pytest.mark.parametrize(
    ("suffix", "sniffed", "expected"),
    [
        (".txt", Sniffed(Content.PDF), Format.PDF),
        ("", Sniffed(Content.DOCX), Format.DOCX),
        (".txt", Sniffed(Content.HTML), Format.HTML),
        (".HTM", Sniffed(Content.TEXT), Format.HTML),
        (".md", Sniffed(Content.TEXT), Format.MARKDOWN),
        (".log", Sniffed(Content.TEXT), Format.TEXT),
        (".docx", Sniffed(Content.ZIP), Format.DOCX),
    ],
)
def test_choose_format(suffix: str, sniffed: Sniffed, expected: Format) -> None:
    assert choose_format(suffix, sniffed) is expected


@pytest.mark.parametrize(
    ("suffix", "problem"),
    [(".pdf", "corrupt PDF"), (".docx", "corrupt Word document")],
)
def test_binary_format_name_on_plain_bytes_is_corrupt(suffix: str, problem: str) -> None:
    with pytest.raises(InputProblem) as caught:
        choose_format(suffix, Sniffed(Content.TEXT))
    assert caught.value.problem == problem


@pytest.mark.parametrize(
    "text",
    [
        b"ID3 tags name the song and the artist of an MP3 file.\n",
        b"GIF89a, the animated image format, turns 37 this year.\n",
        b"GIF87a came first.\n",
        b"OggS is how an Ogg page begins.\n",
        b"A PDF file starts with %PDF-1.7, a header readers look for.\n",
        b"Note: %PDF- appears in the first kilobyte of this text.\n" + b"More text. " * 50,
    ],
)
def test_text_that_looks_like_a_signature_is_text(text: bytes) -> None:
    """Regression (issue 12): text starting "ID3" or "GIF89a", or holding "%PDF-" in its first
    KB, was refused as MP3, GIF or PDF."""
    assert sniff(text) == Sniffed(Content.TEXT)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"ID3\x04\x00\x00\x00\x00\x01\x00", Sniffed(Content.BINARY, "MP3 audio")),
        (b"GIF89a\x10\x00\x10\x00\x80\x00\x00", Sniffed(Content.BINARY, "GIF image")),
        (b"junk\n%PDF-1.4\n1 0 obj\n<< >>\nendobj\n", Sniffed(Content.PDF)),
        (b"%PDF-1.4\nthe rest is missing", Sniffed(Content.PDF)),
        (b"%PDF-1.4\n%\xe2\xe3\x01\x02", Sniffed(Content.PDF)),
    ],
)
def test_real_signatures_still_count(data: bytes, expected: Sniffed) -> None:
    assert sniff(data) == expected
