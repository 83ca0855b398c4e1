import pytest

from viewer.core.normalize import word_key


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
