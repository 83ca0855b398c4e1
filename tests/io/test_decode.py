"""Decoding bytes to text: BOMs, UTF-8 first, a detector restricted to plausible encodings."""

from __future__ import annotations

import pytest

from viewer.io.decode import UNDECODABLE, Decoded, decode_text
from viewer.io.errors import InputProblem

from .fixtures import fixture_bytes

UNICODE = "Ünïcödé check: ümlauts, 日本語, עברית and an emoji 🙂.\n"


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("utf8-bom.txt", "utf-8-sig"),
        ("utf16le-bom.txt", "utf-16-le"),
        ("utf16be-bom.txt", "utf-16-be"),
    ],
)
def test_byte_order_mark_decides_and_is_dropped(name: str, encoding: str) -> None:
    assert decode_text(fixture_bytes(name)) == Decoded(UNICODE, encoding)


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_with_bom(codec: str) -> None:
    data = "\ufeffMoon 🌙".encode(codec)
    assert decode_text(data) == Decoded("Moon 🌙", codec)


def test_short_utf8_is_not_taken_for_big5() -> None:
    """Regression: detectors report UTF-8 'héllo world!' as big5; UTF-8 wins if it decodes."""
    assert decode_text("héllo world!".encode()) == Decoded("héllo world!", "utf-8")


def test_latin1_is_reported_as_cp1252_not_cp1250() -> None:
    """Regression: the detector read Latin-1 'après' as cp1250 'aprčs' (a near tie)."""
    decoded = decode_text(fixture_bytes("latin1.txt"))
    assert decoded == Decoded(
        "Le café de la gare a fermé après vingt-trois ans, a déclaré le maire.\n", "cp1252"
    )


def test_cp1252_smart_quotes() -> None:
    assert decode_text(fixture_bytes("cp1252.txt")) == Decoded(
        "The mayor said: \u201cWe will rebuild the pier\u201d \u2013 and the crowd cheered.\n",
        "cp1252",
    )


@pytest.mark.parametrize(
    ("text", "codec", "label"),
    [
        ("Мэр города заявил, что мост откроют во вторник.\n", "cp1251", "cp1251"),
        ("Мэр города заявил, что мост откроют во вторник.\n", "koi8_r", "koi8-r"),
        ("Zażółć gęślą jaźń, powiedział burmistrz Łodzi.\n", "cp1250", "cp1250"),
        ("Ο δήμαρχος είπε ότι η γέφυρα θα ανοίξει.\n", "cp1253", "cp1253"),
        ("市长表示，大桥将于周二重新开放。\n", "gb18030", "gb18030"),
        ("市長表示，大橋將於週二重新開放。\n", "big5", "big5"),
        ("市長は火曜日に橋が再開すると述べた。\n", "shift_jis", "shift_jis"),
        ("시장은 다리가 화요일에 다시 열린다고 말했다.\n", "euc_kr", "euc-kr"),
    ],
)
def test_legacy_encodings(text: str, codec: str, label: str) -> None:
    assert decode_text(text.encode(codec)) == Decoded(text, label)


def test_undecodable_bytes() -> None:
    with pytest.raises(InputProblem) as caught:
        decode_text(fixture_bytes("undecodable.txt"))
    assert (
        caught.value.problem
        == UNDECODABLE
        == ("cannot decode the text (not UTF-8, UTF-16 or a known encoding)")
    )


def test_broken_utf16_after_bom() -> None:
    with pytest.raises(InputProblem, match="cannot decode"):
        decode_text(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate


ARTICLE = (
    "The mayor said: \u201cWe will rebuild the pier\u201d \u2013 and the caf\u00e9 cheered. " * 30
)


@pytest.mark.parametrize(
    ("stray", "label"), [(b"\x9d", "1 invalid byte"), (b"\xff\xfe", "2 invalid bytes")]
)
def test_a_stray_byte_in_utf8_is_replaced_not_a_reason_to_guess(stray: bytes, label: str) -> None:
    """Regression (issue 12): one stray byte in a UTF-8 article decoded the whole file as
    mac-roman, garbling every curly quote (55 false drift findings) without a warning."""
    decoded = decode_text(ARTICLE[:100].encode() + stray + ARTICLE[100:].encode())
    assert decoded.encoding == f"utf-8, {label} replaced"
    assert decoded.text == ARTICLE[:100] + "\ufffd" * len(stray) + ARTICLE[100:]


def test_single_byte_text_is_still_detected() -> None:
    """Its accented letters are all bad bytes in UTF-8, with no well-formed UTF-8 beside them."""
    text = "Le caf\u00e9 a ferm\u00e9 apr\u00e8s vingt-trois ans, a d\u00e9clar\u00e9 le maire.\n"
    assert decode_text(text.encode("cp1252")) == Decoded(text, "cp1252")


def test_a_genuine_replacement_character_is_not_counted() -> None:
    data = ("\ufffd already here, \u201cquoted\u201d. ").encode() * 3 + b"\x81"
    assert decode_text(data).encoding == "utf-8, 1 invalid byte replaced"
