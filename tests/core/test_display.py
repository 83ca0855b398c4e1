"""How a pane's document holds a text: grouped paragraphs, cut lines, softened long words."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.display import (
    BLOCK,
    GROUP_FROM,
    LINE_SEPARATOR,
    LONGEST_LINE,
    ZERO_WIDTH_SPACE,
    Shifts,
    display_chunks,
    needs_spacing,
)


def _document(text: str, size: int = 500_000) -> tuple[str, Shifts]:
    pieces, inserted = [], []
    for chunk in display_chunks(text, size):
        pieces.append(chunk.text)
        inserted.extend(chunk.inserted)
    return "".join(pieces), Shifts(tuple(inserted))


def _back(document: str, shifts: Shifts) -> str:
    """The document with its inserted characters left out, separators read as breaks."""
    kept = [
        ch
        for at, ch in enumerate(document)
        if shifts.to_document(shifts.to_text(at)) == at  # not a character the pane added
    ]
    return "".join(kept).replace(LINE_SEPARATOR, "\n")


def test_a_short_text_is_its_own_document() -> None:
    text = "One paragraph.\n\nAnother one.\n"
    document, shifts = _document(text)
    assert document == text
    assert shifts.inserted == ()


def test_a_long_text_groups_paragraphs_into_blocks_of_the_same_characters() -> None:
    text = "\n\n".join(f"Paragraph {i} says something short." for i in range(20_000))
    document, shifts = _document(text)
    assert len(document) == len(text) and shifts.inserted == ()
    assert document.replace(LINE_SEPARATOR, "\n") == text
    blocks = document.split("\n")
    assert len(blocks) < len(text) // BLOCK + 10  # one block per ~4,000 characters
    assert max(len(b) for b in blocks) < BLOCK + 100


def test_a_long_line_is_cut_at_spaces_without_adding_characters() -> None:
    text = " ".join(["word"] * 10_000)  # 50,000 characters on one line
    document, shifts = _document(text)
    assert shifts.inserted == ()
    assert len(document) == len(text)
    assert max(len(line) for line in document.split("\n")) <= LONGEST_LINE
    assert document.replace("\n", " ") == text


def test_a_long_word_gets_breaks_and_places_to_wrap_that_map_back() -> None:
    """Regression: a 300 KB word froze the window 22 s (Qt looked for a word boundary from
    each line's start to the end of the word)."""
    text = "Intro.\n\n" + "x" * 300_000 + "\n\nOutro."
    document, shifts = _document(text)
    assert ZERO_WIDTH_SPACE in document
    assert _back(document, shifts) == text
    for position in (0, 8, 9, 5_000, 150_017, len(text) - 1):
        assert document[shifts.to_document(position)] == text[position]


def test_paragraphs_in_right_to_left_scripts_keep_blocks_of_their_own() -> None:
    """Qt takes a block's direction from its first letter: an Arabic paragraph grouped after
    an English one would read left to right."""
    arabic = "قال المتحدث إن الجسر سيفتح غدا."
    text = "\n\n".join([f"English paragraph {i}." for i in range(20_000)] + [arabic] * 3)
    document, _shifts = _document(text)
    assert LINE_SEPARATOR in document  # grouped
    for block in document.split("\n"):
        if arabic in block:
            assert block.replace(LINE_SEPARATOR, "") == arabic


def test_spacing_is_judged_from_blank_lines() -> None:
    assert needs_spacing("One.\nTwo.\nThree.")
    assert not needs_spacing("One.\n\nTwo.\n\nThree.")
    assert not needs_spacing("One line only.")


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet="ab \n\u05d0", max_size=3_000),
    st.integers(min_value=0, max_value=30_000),
    st.sampled_from([7, 1_000, 500_000]),
)
def test_the_document_always_maps_back_to_the_text(text: str, word: int, size: int) -> None:
    text = text + "z" * word + text
    document, shifts = _document(text, size)
    assert len(document) == len(text) + len(shifts.inserted)
    back = _back(document, shifts)
    assert len(back) == len(text)
    for shown, real in zip(back, text, strict=True):
        assert shown == real or (real == " " and shown == "\n")
    for position in range(0, len(text), 101):
        assert shifts.to_text(shifts.to_document(position)) == position


def test_right_to_left_text_far_into_a_long_text_keeps_its_own_block() -> None:
    """The look for right-to-left letters goes a piece at a time (one look over 50 MB held
    Python's lock for 0.17 s); a Hebrew paragraph far past the first piece is still found,
    so the document is the same as when the text is looked at in one piece: the Hebrew
    paragraph ends its block instead of being grouped with its neighbours."""
    paragraph = "A short paragraph of text.\n\n"
    text = paragraph * (GROUP_FROM // len(paragraph) + 10) + "שלום עולם.\n\n" + paragraph * 5

    def shown(size: int) -> str:
        return "".join(chunk.text for chunk in display_chunks(text, size=size))

    in_pieces = shown(5_000)
    assert in_pieces == shown(10 * len(text))
    at = in_pieces.index("שלום")
    assert LINE_SEPARATOR in in_pieces[:at]  # the others are grouped
    assert in_pieces[at:].startswith("שלום עולם.\n")  # the Hebrew one is not
