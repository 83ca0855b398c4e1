from viewer.core.segment import split_sentences


def contents(text: str) -> list[str]:
    return [s.content.of(text) for s in split_sentences(text)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Mr. Smith met U.S. envoys on Jan. 5 in St. Louis. Dr. Jones did not."
    assert contents(text) == [
        "Mr. Smith met U.S. envoys on Jan. 5 in St. Louis.",
        "Dr. Jones did not.",
    ]


def test_quoted_speech_stays_in_one_sentence() -> None:
    text = '"This is a civilian target. It\'s a school!" said Oleksandr. Then he left.'
    assert contents(text) == [
        '"This is a civilian target. It\'s a school!" said Oleksandr.',
        "Then he left.",
    ]


def test_lowercase_after_terminator_continues_the_sentence() -> None:
    assert contents("He asked why? and left.") == ["He asked why? and left."]


def test_paragraphs_lines_and_blank_lines() -> None:
    text = "Headline\n\nFirst para. Second sentence.\nNext line para."
    sentences = split_sentences(text)
    assert [s.content.of(text) for s in sentences] == [
        "Headline",
        "First para.",
        "Second sentence.",
        "Next line para.",
    ]
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]


def test_hard_wrapped_lines_are_joined_into_paragraphs() -> None:
    line = "the council voted on the budget for the coming year after a long"
    text = f"{line}\n{line}\n{line} debate.\n\nNew paragraph here."
    assert len(split_sentences(text)) == 2


def test_spans_tile_the_text_with_leading_whitespace() -> None:
    text = "  \n One. Two!\n\n\nThree?  "
    sentences = split_sentences(text)
    assert sentences[0].span.start == 0
    assert "".join(s.span.of(text) for s in sentences) == text
    assert contents(text) == ["One.", "Two!", "Three?"]


def test_unspaced_script_terminators() -> None:
    assert contents("今日は晴れです。明日は雨です。") == ["今日は晴れです。", "明日は雨です。"]


def test_empty_text() -> None:
    assert split_sentences("") == ()


def test_metadata_glued_to_the_lead_is_its_own_sentence() -> None:
    assert contents(" date 2022-03-28 Ukraine and Russia met. Done.") == [
        "date 2022-03-28",
        "Ukraine and Russia met.",
        "Done.",
    ]
    assert contents("Published: 2024-01-02T10:00Z Big news.") == [
        "Published: 2024-01-02T10:00Z",
        "Big news.",
    ]
    # after a full stop, too, although it starts with a lowercase word
    assert contents("A bridge opened. date 2022-03-28 Talks began.") == [
        "A bridge opened.",
        "date 2022-03-28",
        "Talks began.",
    ]
    assert contents("On 2022-03-28 Ukraine said so.") == ["On 2022-03-28 Ukraine said so."]


def test_capitals_heading_glued_to_the_next_sentence_is_its_own() -> None:
    text = "MEASURED RESPONSE TO THE CALL The Kremlin said little. It waited."
    assert contents(text) == [
        "MEASURED RESPONSE TO THE CALL",
        "The Kremlin said little.",
        "It waited.",
    ]
    # acronyms in running text are not headings
    assert contents("A US NATO Official said so.") == ["A US NATO Official said so."]
    assert contents("The US and UK Officials met.") == ["The US and UK Officials met."]
