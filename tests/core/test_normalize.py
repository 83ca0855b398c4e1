import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.core.normalize import number_value, word_key


@pytest.mark.parametrize(
    ("a", "b"),
    [("U.S.", "US"), ("four", "4"), ("twenty-six", "26"), ("1,119", "1119"), ("10th", "10"),
     ("Russia's", "Russia’s"), ("neighbour", "neighbor"), ("signalled", "signaled"),
     ("Defence", "defense"), ("multi-storey", "multistorey"), ("organise", "organize")],
)  # fmt: skip
def test_cosmetic_variants_share_a_key(a: str, b: str) -> None:
    assert word_key(a) == word_key(b)


@pytest.mark.parametrize(
    ("a", "b"), [("filled", "filed"), ("160,000", "150,000"), ("Peskov", "Peshkov"), ("3.5", "35")]
)
def test_different_words_keep_different_keys(a: str, b: str) -> None:
    assert word_key(a) != word_key(b)


def test_a_number_of_thousands_of_digits_is_a_key_too() -> None:
    """Review: int() refuses over 4,300 digits, and the comparison died with a traceback."""
    assert word_key("1" * 5000 + ".5") == "1" * 5000 + ".5"
    assert word_key("007.5") == "7.5"


@pytest.mark.parametrize(
    ("a", "b"),
    [("third-storey", "third"), ("6km", "six"), ("Twenty-six", "26"), ("thrice", "three"),
     ("8-foot", "8"), ("4", "four"), ("32-year-old", "32"), ("1,200-word", "1200"),
     ("10th", "ten"), ("twice", "2")],
)  # fmt: skip
def test_a_figure_has_one_value_in_every_spelling(a: str, b: str) -> None:
    """ "number: third -> (nothing)" was shown although the other side said "third-storey"."""
    assert number_value(a) == number_value(b) is not None


@pytest.mark.parametrize("word", ["storey", "U.S.", "feet", "", "Kyiv"])
def test_words_state_no_figure(word: str) -> None:
    assert number_value(word) is None


SPELLED = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
           8: "eight", 9: "nine"}  # fmt: skip
TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
        80: "eighty", 90: "ninety"}  # fmt: skip


@given(
    st.sampled_from(sorted(TENS)),
    st.sampled_from(sorted(SPELLED)),
    st.sampled_from(["", "-year-old", "km", "-storey", "-foot"]),
)
def test_spelled_and_written_figures_meet_in_compounds(tens: int, unit: int, tail: str) -> None:
    spelled = f"{TENS[tens]}-{SPELLED[unit]}"
    written = f"{tens + unit}{tail}"
    assert number_value(spelled) == number_value(written) == str(tens + unit)
    if tail.startswith("-"):
        assert number_value(spelled + tail) == str(tens + unit)
