from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core import tokens
from viewer.core.tokens import count_words, tokenize

latin = st.text(
    alphabet=st.characters(max_codepoint=0x2AF, blacklist_categories=("Cs",))
    | st.sampled_from(list("“”‘’—–… .,'-U.S.4th€")),
    max_size=80,
)


@settings(max_examples=1000, deadline=None)
@given(latin)
def test_latin_fast_path_tokenises_like_the_unicode_pattern(text: str) -> None:
    """The stdlib-re fast path must give exactly the tokens of the Unicode-property pattern."""
    if not tokens._BEYOND_LATIN.search(text):
        assert tokens._TOKEN_LATIN.findall(text) == tokens._TOKEN_SPACED.findall(text)


def test_tokens() -> None:
    text = "The U.S. envoy's 1,200-word note; Reuters.com said: 32-year-old é\u0301 🎉."
    assert [t.text for t in tokenize(text)] == [
        "The", "U.S.", "envoy's", "1,200-word", "note", "Reuters.com", "said",
        "32-year-old", "é\u0301", "🎉",
    ]  # fmt: skip


def test_unspaced_scripts_go_character_by_character() -> None:
    assert [t.text for t in tokenize("東京は晴れ ok")] == ["東", "京", "は", "晴", "れ", "ok"]
    assert count_words("ภาษาไทย") == 7


def test_right_to_left_words() -> None:
    assert [t.text for t in tokenize("שלום עולם, مرحبا بالعالم")] == [
        "שלום",
        "עולם",
        "مرحبا",
        "بالعالم",
    ]
