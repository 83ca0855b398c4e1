"""Text handling across scripts and invisible characters (the real-inputs issue)."""

from __future__ import annotations

from tests.conftest import doc
from viewer.core import Kind, compare_documents
from viewer.core.model import PairComparison


def pair(base: str, other: str) -> PairComparison:
    return compare_documents([doc(base, "a"), doc(other, "b")]).pairs[0]


def kinds(base: str, other: str) -> set[Kind]:
    return {s.kind for s in pair(base, other).segments}


def test_non_breaking_and_zero_width_spaces_make_no_difference() -> None:
    text = "The council voted 7 to 2 on Tuesday. The mayor did not attend."
    assert kinds(text, text.replace(" ", "\u00a0", 3)) == {Kind.EQUAL}
    assert kinds(text, text.replace("council", "coun\u200bcil")) == {Kind.EQUAL}
    assert kinds(text, text.replace("Tuesday", "Tues\u00adday")) == {Kind.EQUAL}
    assert kinds(text, text.replace(" on", "\u200b on")) == {Kind.EQUAL}


def test_unicode_is_compared_in_nfc_while_spans_point_into_the_text_as_loaded() -> None:
    composed = "Le café de René a fermé. Personne n'a été blessé."
    decomposed = composed.replace("é", "e\u0301")
    result = pair(composed, decomposed)
    assert {s.kind for s in result.segments} == {Kind.EQUAL}
    assert result.segments[-1].other.end == len(decomposed)  # indices of the loaded text


def test_combining_marks_stay_with_their_letter_in_a_real_change() -> None:
    base = "René a fermé le café."
    other = "Rene\u0301 a ouvert le cafe\u0301."
    changed = [s for s in pair(base, other).segments if s.kind is Kind.DRIFT]
    assert [s.other.of(other) for s in changed] == ["ouvert"]


def test_right_to_left_text_is_diffed_by_words() -> None:
    base = "השר אמר כי הישיבה תתקיים ביום שלישי. הוא לא הגיע."
    other = "השר אמר כי הישיבה תתקיים ביום רביעי. הוא לא הגיע."
    drifts = [s for s in pair(base, other).segments if s.kind is Kind.DRIFT]
    assert [(s.base.of(base), s.other.of(other)) for s in drifts] == [("שלישי", "רביעי")]


def test_unspaced_scripts_change_by_characters_not_whole_paragraphs() -> None:
    base = "東京都は今日、新しい条例を可決した。知事は賛成した。"
    other = "東京都は昨日、新しい条例を可決した。知事は賛成した。"
    drifts = [s for s in pair(base, other).segments if s.kind is Kind.DRIFT]
    assert [(s.base.of(base), s.other.of(other)) for s in drifts] == [("今", "昨")]
    thai_base, thai_other = "วันนี้ฝนตกหนัก", "เมื่อวานฝนตกหนัก"
    changed = [s for s in pair(thai_base, thai_other).segments if s.kind is not Kind.EQUAL]
    assert all(len(s.other.of(thai_other)) < len(thai_other) for s in changed)


def test_emoji_and_other_non_bmp_characters_survive() -> None:
    base = "Fans 🎉 cheered the 𝒜-team at 𠀋 station."
    other = "Fans 🎊 cheered the 𝒜-team at 𠀋 station."
    result = pair(base, other)
    assert "".join(s.other.of(other) for s in result.segments) == other


def test_thousands_of_short_lines() -> None:
    base = "\n".join(f"Item {k}: the stock was counted." for k in range(3000))
    other = base.replace("Item 1500: the stock was counted.", "Item 1500: the stock was lost.")
    result = pair(base, other)
    drifts = [s for s in result.segments if s.kind is not Kind.EQUAL]
    assert [(s.base.of(base), s.other.of(other)) for s in drifts] == [("counted", "lost")]
    assert len(result.blocks) == 3000


def test_one_paragraph_file_of_six_thousand_characters() -> None:
    sentences = [f"Official number {k} said the talks would resume on day {k}." for k in range(100)]
    base = " ".join(sentences)
    other = " ".join(sentences[:50] + sentences[51:])
    omitted = [s for s in pair(base, other).segments if s.kind is Kind.OMISSION]
    assert [s.base.of(base).strip() for s in omitted] == [sentences[50]]
