"""Bytes to text: byte-order mark, then UTF-8 (a few bad bytes replaced), then a detector."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from viewer.io.errors import InputProblem

__all__ = ["UNDECODABLE", "Decoded", "decode_text", "encoding_label"]

UNDECODABLE = "cannot decode the text (not UTF-8, UTF-16 or a known encoding)"

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf_32_le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf_32_be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf_8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf_16_le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf_16_be", "utf-16-be"),
)

# Encodings a newsroom text plausibly comes in, most likely first: when several decode
# the bytes to the same text (short texts often do), the first one names the encoding, so
# plain Latin-1 text is reported as cp1252 as browsers do, never as cp1250 or mac_roman.
_PLAUSIBLE: tuple[tuple[str, str], ...] = (
    ("cp1252", "cp1252"),
    ("latin_1", "iso-8859-1"),
    ("iso8859_15", "iso-8859-15"),
    # Multi-byte encodings rarely decode by chance, so a tie with a single-byte one is theirs.
    ("gb18030", "gb18030"),
    ("big5", "big5"),
    ("shift_jis", "shift_jis"),
    ("euc_jp", "euc-jp"),
    ("euc_kr", "euc-kr"),
    ("cp1250", "cp1250"),
    ("iso8859_2", "iso-8859-2"),
    ("cp1251", "cp1251"),
    ("koi8_r", "koi8-r"),
    ("koi8_u", "koi8-u"),
    ("iso8859_5", "iso-8859-5"),
    ("cp1253", "cp1253"),
    ("iso8859_7", "iso-8859-7"),
    ("cp1254", "cp1254"),
    ("iso8859_9", "iso-8859-9"),
    ("cp1255", "cp1255"),
    ("iso8859_8", "iso-8859-8"),
    ("cp1256", "cp1256"),
    ("iso8859_6", "iso-8859-6"),
    ("cp1257", "cp1257"),
    ("iso8859_13", "iso-8859-13"),
    ("cp1258", "cp1258"),
    ("mac_roman", "mac-roman"),
    ("cp874", "cp874"),
)
_LABELS = dict(_PLAUSIBLE)
_RANK = {codec: rank for rank, (codec, _) in enumerate(_PLAUSIBLE)}
_TIE = 0.02  # detector scores closer than this are a tie


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, and the encoding it was found in."""

    text: str
    encoding: str  # label shown to the user, e.g. "utf-8", "utf-8-sig", "cp1252"


def decode_text(data: bytes) -> Decoded:
    """Decode ``data``, preferring UTF-8 whenever it decodes; raise InputProblem if nothing fits.

    >>> decode_text("héllo world!".encode()).encoding
    'utf-8'
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return Decoded(_strict(data[len(bom) :], codec), label)
    try:
        return Decoded(data.decode("utf_8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _mostly_utf8(data) or _detect(data)


def encoding_label(codec: str) -> str:
    """The label shown for a Python codec name, e.g. ``latin_1`` -> ``iso-8859-1``."""
    name = codecs.lookup(codec).name
    return _LABELS.get(name.replace("-", "_"), name)


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with its few bad bytes replaced by U+FFFD, when the bytes are UTF-8 but for them.

    One stray byte must not send a UTF-8 article to the detector, which reads every curly
    quote and accent in it wrongly (as mac-roman, say). The text counts as UTF-8 when it holds
    at least as many well-formed multi-byte characters as bad bytes: text in a single-byte
    encoding has almost none, since its accented letters are bad bytes in UTF-8.
    """
    text = data.decode("utf_8", "replace")
    replaced = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    bad = len(data) - len(text.encode("utf_8")) + 3 * replaced  # bytes behind the U+FFFDs
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - replaced
    if not 0 < bad <= multibyte:
        return None
    return Decoded(text, f"utf-8, {bad} invalid byte{'s' if bad > 1 else ''} replaced")


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise InputProblem(UNDECODABLE) from None


def _detect(data: bytes) -> Decoded:
    # The detector only gets a closed list: left free, it names exotic code pages
    # (or UTF-7, or an EBCDIC) for what is really damaged text.
    matches = from_bytes(data, cp_isolation=list(_RANK))
    best = matches.best()
    if best is None:
        raise InputProblem(UNDECODABLE)
    # On short texts several code pages score alike (French "après" is "aprčs" in cp1250):
    # among near ties, take the most common encoding rather than the detector's pick.
    near = [
        match
        for match in matches
        if match.chaos <= best.chaos + _TIE and match.coherence >= best.coherence - _TIE
    ]
    chosen = min(near, key=lambda match: _RANK.get(match.encoding, len(_RANK)))
    text = str(chosen)
    for codec, label in _PLAUSIBLE:
        if _decodes_to(data, codec, text):
            return Decoded(text, label)
    return Decoded(text, encoding_label(chosen.encoding))


def _decodes_to(data: bytes, codec: str, text: str) -> bool:
    try:
        return data.decode(codec) == text
    except UnicodeDecodeError:
        return False
