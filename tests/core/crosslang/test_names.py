"""Names compared across scripts by their consonant skeletons."""

from __future__ import annotations

import pytest

from viewer.core.crosslang.names import find_names, name_key, names_alike, names_match


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        ("Хабаровска", "Khabarovsk"),
        ("Дегтярев", "Degtyarev"),
        ("Киеве", "Kyiv"),
        ("Москвы", "Moscow"),
        ("Циркон", "Zircon"),
        ("Джонса", "Johns"),
        ("Петербурге", "Petersburg"),
        ("Финском", "Finland"),
        ("Иркутской", "Irkutsk"),
        ("Тиховодске", "Tikhovodsk"),
    ],
)
def test_transliterations_match(russian: str, english: str) -> None:
    assert names_match(name_key(russian), name_key(english))


@pytest.mark.parametrize(
    ("russian", "english"), [("Дегтярев", "Degtyuk"), ("Колосов", "Sorokin"), ("Песков", "Lavrov")]
)
def test_other_names_do_not(russian: str, english: str) -> None:
    a, b = name_key(russian), name_key(english)
    assert not names_match(a, b)
    assert not names_alike(a, b)


def test_names_in_a_sentence() -> None:
    found = find_names("По словам мэра Ивана Колосова, РФ и США. Но Серебрянка вышла.", "ru")
    # "По" and "Но" open sentences, РФ and США are acronyms, Ивана is a common word.
    assert [n.text for n in found] == ["Колосова", "Серебрянка"]
    english = find_names("The Defense Ministry said Degtyarev met Biden in Khabarovsk.", "en")
    assert [n.text for n in english] == ["Degtyarev", "Biden", "Khabarovsk"]
    assert find_names("Der Bürgermeister Kolossow sagte", "de") == ()
