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


mixed = st.text(
    alphabet=st.sampled_from(list("ab U.S. 4,0 x\n\t\u00a0é日本語ไทย—’-.")), max_size=120
)


@settings(max_examples=500, deadline=None)
@given(mixed, st.integers(min_value=1, max_value=9))
def test_counting_a_piece_at_a_time_counts_every_word_once(text: str, piece: int) -> None:
    """Pieces cut at whitespace give the count of one pass over the whole text, whatever
    their size and whichever pattern each piece picks."""
    whole = len(tokens._token_pattern(text, 0, len(text)).findall(text))
    original = tokens._PIECE
    tokens._PIECE = piece
    try:
        ranges = list(tokens.pieces(text))
        assert count_words(text) == whole
    finally:
        tokens._PIECE = original
    assert [a for a, _ in ranges[1:]] == [b for _, b in ranges[:-1]]  # consecutive
    assert all(text[b].isspace() for _, b in ranges[:-1])  # each cut at whitespace
    assert not ranges or (ranges[0][0], ranges[-1][1]) == (0, len(text))
