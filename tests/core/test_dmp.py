from viewer.core.dmp import Op, diff_keys, encode


def test_encoding_skips_surrogates_and_survives_many_words() -> None:
    words = [f"w{i}" for i in range(70_000)]
    (encoded,) = encode(words)
    assert len(encoded) == 70_000
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in encoded)
    assert encoded.encode("utf-8")  # a lone surrogate would make this raise


def test_diff_does_not_modify_and_is_word_level() -> None:
    base = ["the", "cat", "sat"]
    assert diff_keys(base, ["the", "dog", "sat"]) == (
        (Op.EQUAL, 1), (Op.DELETE, 1), (Op.INSERT, 1), (Op.EQUAL, 1),
    )  # fmt: skip
    assert base == ["the", "cat", "sat"]


def test_long_inputs_are_cut_at_unique_anchors() -> None:
    """Issue 12: a 10k-word sentence half changed took 19.8 s in one Myers diff."""
    a = [f"w{i}" for i in range(20_000)]
    b = [w if i % 2 else f"x{i}" for i, w in enumerate(a)]
    ops = diff_keys(a, b)
    assert sum(n for op, n in ops if op is not Op.INSERT) == len(a)
    assert sum(n for op, n in ops if op is not Op.DELETE) == len(b)
    assert sum(n for op, n in ops if op is Op.EQUAL) == 10_000


def test_repeated_keys_anchor_on_runs() -> None:
    a = list("abcabcabcabd" * 200)
    b = [*a[:1000], "z", *a[1000:]]
    ops = diff_keys(a, b)
    assert sum(n for op, n in ops if op is Op.EQUAL) == len(a)
