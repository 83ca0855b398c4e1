"""Every cue reads on the light and the dark palette: contrast ratios computed from the
palette itself, WCAG AA (4.5:1) for text, 3:1 for the lines that carry a meaning (issue 20:
in dark mode the strike-through was a thin red line on a red tint)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from viewer.core.contrast import AA_TEXT, CUE, blend, contrast
from viewer.core.marks import Role
from viewer.core.model import Kind
from viewer.ui.styles import (
    MARK_ALPHA,
    STYLES,
    box_colour,
    char_format,
    cue_colour,
    ground,
    list_selection,
    marked_ground,
    muted_ink,
    pane_selection,
    tint,
)
from viewer.ui.theme import dark_palette


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> QPalette:
    return light_palette() if request.param == "light" else dark_palette()


def name(colour: object) -> str:
    return colour.name()  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", list(STYLES))
def test_marked_text_and_its_cue_read_on_the_page(palette: QPalette, kind: Kind) -> None:
    page, text = ground(palette), name(palette.text().color())
    under = marked_ground(kind, page)
    assert contrast(text, under) >= AA_TEXT
    assert contrast(name(cue_colour(kind, page)), under) >= CUE  # underline, strike
    # the very format the panes set carries that cue colour
    assert name(char_format(kind, None, page).underlineColor()) == name(cue_colour(kind, page))
    box = name(box_colour(kind, page))
    assert contrast(box, under) >= CUE and contrast(box, page) >= CUE
    note = name(char_format(kind, Role.NOTE, page).foreground().color())  # "→", "[moved…]"
    assert contrast(note, page) >= AA_TEXT


def test_the_strike_through_reads_as_well_in_dark_as_in_light() -> None:
    """Regression (issue 20): #d63a3a on its own tint over #1e1e1e is 2.7:1."""
    dark = ground(dark_palette())
    under = marked_ground(Kind.OMISSION, dark)
    assert contrast(STYLES[Kind.OMISSION].colour, under) < CUE  # the colour as it was
    assert contrast(name(cue_colour(Kind.OMISSION, dark)), under) >= CUE


def test_selections_read(palette: QPalette) -> None:
    """Regression (issue 20): the chosen finding read pale grey on blue; white on Qt's light
    highlight is 3.7:1."""
    background, text = pane_selection(palette)
    assert contrast(name(text), name(background)) >= AA_TEXT
    row, ink, muted = list_selection(palette)
    assert contrast(name(ink), name(row)) >= AA_TEXT
    assert contrast(name(muted), name(row)) >= AA_TEXT
    for kind, style in STYLES.items():
        changed = blend(style.colour, MARK_ALPHA / 255, name(row))  # the changed words
        assert contrast(name(ink), changed) >= AA_TEXT, kind
    page = ground(palette)
    context = muted_ink(name(palette.text().color()), page)
    assert contrast(context, page) >= AA_TEXT
    assert context != name(palette.text().color())  # still muted


def test_chips_tags_and_the_legend_read(palette: QPalette) -> None:
    window, text = name(palette.window().color()), name(palette.windowText().color())
    for kind, style in STYLES.items():
        assert contrast(text, marked_ground(kind, window)) >= AA_TEXT  # legend chips
        assert contrast("#111111", tint(style.colour, 0.45)) >= AA_TEXT  # finding chips
    for kind in (Kind.ADDITION, Kind.OMISSION):  # gap tags: their words on their fill
        assert contrast(text, blend(STYLES[kind].colour, 40 / 255, window)) >= AA_TEXT
    disabled = muted_ink(name(palette.text().color()), ground(palette))
    assert contrast(disabled, ground(palette)) >= AA_TEXT  # "—" in the claims table
