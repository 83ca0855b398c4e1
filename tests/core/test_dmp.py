from viewer.core.dmp import Op, diff_keys, encode


def test_encoding_skips_surrogates_and_survives_many_words() -> None:
    words = [f"w{i}" for i in range(70_000)]
    (encoded,) = encode(words)
    assert len(encoded) == 70_000
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in encoded)
    assert encoded.encode("utf-8")  # a lone surrogate would make this raise


def test_diff_does_not_modify_and_is_word_level() -> None:
    base = ["the", "cat", "sat"]
    assert diff_keys(base, ["the", "dog", "sat"], cleanup=False) == (
        (Op.EQUAL, 1), (Op.DELETE, 1), (Op.INSERT, 1), (Op.EQUAL, 1),
    )  # fmt: skip
    assert base == ["the", "cat", "sat"]


def test_semantic_cleanup_merges_small_coincidental_matches() -> None:
    a = ["a", "major", "breakthrough", "at", "the", "talks"]
    b = ["significant", "progress", "in", "the", "one"]
    ops = diff_keys(a, b)
    assert [op for op, _ in ops] == [Op.DELETE, Op.INSERT]
