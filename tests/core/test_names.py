"""Whole names, and what is not a name (issue 18: evidence that named changes that did not
happen)."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from viewer.core.model import Span
from viewer.core.names import Name, NameSet, Usage, find_names, is_name_word


def names(text: str, lower: frozenset[str] = frozenset(), known: frozenset[str] = frozenset()):
    """Names of ``text``, where sentences open at the text's start and after ". "."""
    opens = {0} | {k + 2 for k in range(len(text)) if text.startswith(". ", k)}
    usage = Usage(lower.__contains__, known.__contains__, opens.__contains__)
    return [n.text for n in find_names(text, 0, len(text), usage)]


def name(text: str) -> Name:
    return Name(Span(0, len(text)), text, tuple(w.casefold() for w in text.split()))


def test_multi_word_names_are_one_name() -> None:
    """ "United", "Nations", "White", "House", "Wall", "Street" were named one by one."""
    text = (
        "He met Vitali Klitschko, the United Nations and The Wall Street Journal at the "
        "White House on Wall Street, and the Bank of England."
    )
    assert names(text) == [
        "Vitali Klitschko", "United Nations", "Wall Street Journal", "White House",
        "Wall Street", "Bank of England",
    ]  # fmt: skip


def test_contractions_are_never_names() -> None:
    """About 30 % of the name flags on translated news were "I'm", "I'd", "I've", "I'll"."""
    assert names("Then I'm sure, I'd say, I've seen it, I'll go and We'll see, he said.") == []
    assert [is_name_word(w) for w in ["I'm", "We'll", "It's", "Don't", "Russia's"]] == [
        False, False, False, False, True,
    ]  # fmt: skip


def test_sentence_openers_that_are_common_words_are_not_names() -> None:
    """ "Earlier" and "However" opening a sentence were flagged as names."""
    assert names("Earlier, the talks ended. However, they resumed. Forecasters agree.") == []
    # a rare word opening a sentence is a name, and so is a word the texts capitalise
    # mid-sentence; a common first name before a surname opens the name
    assert names("Zelenskiy spoke. Putin spoke.", known=frozenset({"putin"})) == [
        "Zelenskiy", "Putin",
    ]  # fmt: skip
    assert names("Alexander Gritsenko said. Earlier Biden said.") == [
        "Alexander Gritsenko", "Biden",
    ]  # fmt: skip


def test_common_acronyms_idioms_and_headings_are_not_names() -> None:
    """ "TV", "God's" and the words of a heading in capitals were flagged as names."""
    assert names("He told state TV, for God's sake. MEASURED RESPONSE TO KLITSCHKO") == [
        "KLITSCHKO"
    ]
    assert names("He told the BBC and NATO.") == ["BBC", "NATO"]


def test_a_word_written_in_lower_case_elsewhere_is_no_lone_name() -> None:
    assert names("the Source said", lower=frozenset({"source"})) == []
    assert names("the Kremlin said") == ["Kremlin"]


def test_a_possessive_ends_a_name() -> None:
    assert names("He met Russia's Vladimir Putin.") == ["Russia's", "Vladimir Putin"]


def test_a_name_is_found_whole_by_a_rare_part_by_initials_or_by_its_surname() -> None:
    """ "Vitali Klitschko" was lost although the other side said "Klitschko"."""
    other = NameSet(
        ["klitschko", "un", "trump"],
        [name("Klitschko"), name("UN"), name("Trump")],
    )
    assert other.has(name("Vitali Klitschko"))  # a rare part
    assert other.has(name("United Nations"))  # its initials
    assert other.has(name("Donald Trump"))  # its last word, standing alone as a name
    assert not other.has(name("United States"))
    assert not other.has(name("Wall Street"))  # common words do not identify a name


def test_two_spellings_of_a_name_are_not_the_same_name() -> None:
    other = NameSet(["volodymyr", "zelensky"], [name("Volodymyr Zelensky")])
    assert not other.has(name("Volodymyr Zelenskiy"))
    assert other.has(name("Zelensky"))
    assert other.has(name("Volodymyr Zelensky"))


WORD = st.sampled_from(
    ["Vitali", "Klitschko", "of", "the", "I'm", "said", "TV", "United", "Nations", "Bank", "x"]
)


@given(st.lists(WORD, max_size=12), st.sampled_from([" ", ", ", ". "]))
def test_names_are_ordered_apart_and_read_as_written(words: list[str], joint: str) -> None:
    text = joint.join(words)
    usage = Usage(lambda w: False, lambda k: False, lambda p: p == 0)
    found = find_names(text, 0, len(text), usage)
    for a, b in itertools.pairwise(found):
        assert a.span.end < b.span.start
    for n in found:
        assert n.text == n.span.of(text)
        assert n.text[:1].isupper() and not n.text.endswith(" of")
        assert len(n.keys) == len([w for w in n.text.split() if w not in ("of",)])
