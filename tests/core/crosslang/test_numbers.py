"""Numbers and months read across languages."""

from __future__ import annotations

from viewer.core.crosslang.numbers import find_months, find_quantities


def values(text: str, language: str) -> list[tuple[str, float, bool]]:
    return [(q.text, q.value, q.weak) for q in find_quantities(text, language)]


def test_decimal_marks_follow_the_language() -> None:
    assert values("1,5 и 1 500 и 1.5", "ru") == [
        ("1,5", 1.5, False),
        ("1 500", 1500.0, False),
        ("1.5", 1.5, False),
    ]
    assert values("1,500 and 1.5 and 1,500,000", "en") == [
        ("1,500", 1500.0, False),
        ("1.5", 1.5, False),
        ("1,500,000", 1500000.0, False),
    ]
    assert values("1.500 Menschen", "de") == [("1.500", 1500.0, False)]


def test_scale_words_multiply() -> None:
    assert values("2 млрд рублей, 15 тыс. человек", "ru") == [
        ("2 млрд", 2e9, False),
        ("15 тыс.", 15e3, False),
    ]
    assert values("$1 tln, 3 million", "en") == [("1 tln", 1e12, False), ("3 million", 3e6, False)]


def test_spelled_numbers_small_ones_weak() -> None:
    assert values("пятнадцати тысяч и двух", "ru") == [
        ("пятнадцати тысяч", 15000.0, False),
        ("двух", 2.0, True),
    ]
    assert values("one of twenty", "en") == [("one", 1.0, True), ("twenty", 20.0, False)]


def test_digits_that_name_a_thing_are_not_quantities() -> None:
    """Regression: "COVID-19" against "COVID" raised a number flag on an unchanged story."""
    assert values("COVID-19, Су-57 и 2021-2022", "ru") == [
        ("2021", 2021.0, False),
        ("2022", 2022.0, False),
    ]


def test_months_in_any_case_form() -> None:
    assert find_months("9 мая, в марте, мартовские") == (
        ("мая", 5),
        ("марте", 3),
        ("мартовские", 3),
    )
    assert find_months("Earlier in May they may meet; on Mars.") == (("May", 5),)
    assert find_months("14 травня") == (("травня", 5),)
