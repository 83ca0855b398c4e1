"""Paragraph rebuilding from positioned lines, on tiny hand-made pages."""

from __future__ import annotations

from viewer.io.pdf_layout import paragraphs, remove_furniture
from viewer.io.pdf_lines import Line


def body(*texts: str, top: float = 700, leading: float = 14, size: float = 11) -> list[Line]:
    return [Line(text, top - index * leading, size) for index, text in enumerate(texts)]


def test_lines_join_and_gaps_split() -> None:
    page = [*body("One two", "three."), *body("Four five.", top=650)]
    assert paragraphs([page]) == ("One two three.", "Four five.")


def test_dehyphenation_only_before_lowercase() -> None:
    page = body("an experi-", "ment by the", "Anglo-", "French team")
    assert paragraphs([page]) == ("an experiment by the Anglo- French team",)


def test_heading_in_other_size_is_its_own_paragraph() -> None:
    page = [Line("Title", 720, 16), *body("Body text.")]
    assert paragraphs([page]) == ("Title", "Body text.")


def test_one_line_paragraphs_with_wide_gaps() -> None:
    page = body("First statement.", "Second statement.", "Third.", leading=28)
    assert paragraphs([page]) == ("First statement.", "Second statement.", "Third.")


def test_paragraph_continues_across_pages_only_mid_sentence() -> None:
    first = body("It went on and", top=100)
    second = body("on into the next page.", "Then stopped.", top=700, leading=30)
    assert paragraphs([first, second]) == ("It went on and on into the next page.", "Then stopped.")
    assert paragraphs([body("Done."), body("next")]) == ("Done.", "next")


def test_running_heads_and_page_numbers_removed() -> None:
    def page(number: int) -> list[Line]:
        return [
            Line(f"Ferry Report - page {number} of 3", 760, 9),
            *body(("Opening page.", "Middle page.", "Closing page.")[number - 1]),
            Line(f"- {number} -", 30, 9),
        ]

    cleaned = remove_furniture([page(1), page(2), page(3)])
    assert [[line.text for line in lines] for lines in cleaned] == [
        ["Opening page."],
        ["Middle page."],
        ["Closing page."],
    ]


def test_line_repeated_away_from_the_edges_stays() -> None:
    pages = [body("A.", "B.", "Repeated.", "C.", "D."), body("E.", "F.", "Repeated.", "G.", "H.")]
    assert remove_furniture(pages) == tuple(tuple(page) for page in pages)
