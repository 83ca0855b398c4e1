"""How each kind of difference looks: a colour and a cue that reads without colour."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette, QTextCharFormat

from viewer.core.contrast import AA_TEXT, CUE, blend, contrast, faded, readable
from viewer.core.marks import Role
from viewer.core.model import Kind
from viewer.core.review import Verdict
from viewer.core.vocabulary import CUES, KIND_WORDS

__all__ = [
    "FLAG_CUE",
    "MANUAL_COLOUR",
    "MARK_ALPHA",
    "STYLES",
    "VERDICT_COLOURS",
    "KindStyle",
    "box_colour",
    "char_format",
    "cue_colour",
    "ground",
    "list_selection",
    "marked_ground",
    "muted_ink",
    "pane_selection",
    "tint",
]


@dataclass(frozen=True, slots=True)
class KindStyle:
    """The look of one kind of difference."""

    label: str  # the word users read (see viewer.core.vocabulary)
    colour: str  # background tint; translucent so it reads on light and dark palettes
    underline: QTextCharFormat.UnderlineStyle
    strike: bool
    cue: str  # the non-colour cue, as said in the legend


_U = QTextCharFormat.UnderlineStyle
_LOOK = {
    Kind.ADDITION: ("#2e9e44", _U.SingleUnderline, False),
    Kind.OMISSION: ("#d63a3a", _U.NoUnderline, True),
    Kind.DRIFT: ("#e0a000", _U.WaveUnderline, False),
    Kind.MOVED: ("#3a7bd5", _U.DashUnderline, False),
    Kind.COSMETIC: ("#8a8a8a", _U.DotLine, False),
}
STYLES: dict[Kind, KindStyle] = {
    kind: KindStyle(KIND_WORDS[kind], colour, underline, strike, CUES[kind])
    for kind, (colour, underline, strike) in _LOOK.items()
}
# Verdict chips are filled in these (white text), apart from every kind's colour.
VERDICT_COLOURS = {
    Verdict.CONFIRMED: "#7b1fa2",  # purple: a change of fact, confirmed
    Verdict.NOT_SIGNIFICANT: "#6b6b6b",  # grey: set aside
    Verdict.FOLLOW_UP: "#c25400",  # dark orange: still to be checked
    Verdict.UNREVIEWED: "#6b6b6b",
}
# Blocks the user linked or unlinked by hand: a teal bar beside the text, a dashed band.
MANUAL_COLOUR = "#00897b"

# Extra selections ignore font weight, so flagged findings get a box drawn around them.
FLAG_CUE = "boxed"


MARK_ALPHA = 70  # opacity of a mark's tint, out of 255
LIGHT = "#ffffff"  # the page the colours were chosen on


def ground(palette: QPalette) -> str:
    """The page the marks are drawn on: the palette's base colour, as ``#rrggbb``."""
    return palette.base().color().name()


def marked_ground(kind: Kind, page: str = LIGHT) -> str:
    """The colour of ``page`` under a mark of ``kind`` (its translucent tint)."""
    return blend(STYLES[kind].colour, MARK_ALPHA / 255, page)


def cue_colour(kind: Kind, page: str = LIGHT) -> QColor:
    """The colour of the kind's underline or strike-through: the kind's colour, moved just
    far enough to stand out 3:1 from its tint on ``page`` (a red strike on a red tint
    vanished on a dark page; an amber wave on a light one)."""
    return QColor(readable(STYLES[kind].colour, marked_ground(kind, page), CUE))


def box_colour(kind: Kind, page: str = LIGHT) -> QColor:
    """The outline of a flagged finding: the kind's colour, darkened on a light page and
    lightened on a dark one, standing out 3:1 from the page and from the tint it rings."""
    colour = QColor(STYLES[kind].colour)
    dark_page = contrast(LIGHT, page) > contrast("#000000", page)
    start = (colour.lighter(140) if dark_page else colour.darker(140)).name()
    return QColor(readable(readable(start, marked_ground(kind, page), CUE), page, CUE))


def char_format(kind: Kind, role: Role | None = None, page: str = LIGHT) -> QTextCharFormat:
    """The character format that marks a segment of ``kind`` on ``page``. In the inline view
    a rewording's old words are struck through, its new words keep the wavy underline, and
    the arrows and notes Redline adds are drawn in the kind's colour without a tint."""
    style = STYLES[kind]
    fmt = QTextCharFormat()
    if role is Role.NOTE:
        fmt.setForeground(QColor(readable(style.colour, page, AA_TEXT)))
        return fmt
    background = QColor(style.colour)
    background.setAlpha(MARK_ALPHA)
    fmt.setBackground(background)
    # Qt draws underlines and strike-throughs alike in the underline colour.
    fmt.setUnderlineColor(cue_colour(kind, page))
    if kind is Kind.DRIFT and role is Role.OLD:
        fmt.setFontStrikeOut(True)
        return fmt
    fmt.setUnderlineStyle(style.underline)
    fmt.setFontStrikeOut(style.strike)
    return fmt


def pane_selection(palette: QPalette) -> tuple[QColor, QColor]:
    """The background and text of a selection in the panes: the highlight mixed into the
    page, under the page's own text, so that selected words read at 4.5:1 or more (white on
    Qt's light blue reads 3.7:1)."""
    page, text = ground(palette), palette.text().color().name()
    background = blend(palette.highlight().color().name(), 0.4, page)
    return QColor(background), QColor(readable(text, background, AA_TEXT))


def list_selection(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """The chosen finding's row: background, text and muted context, all readable."""
    background, ink = pane_selection(palette)
    return background, ink, QColor(muted_ink(ink.name(), background.name()))


def muted_ink(ink: str, background: str) -> str:
    """Context words: ``ink`` faded toward ``background`` as far as reading allows."""
    return faded(ink, background, AA_TEXT)


def tint(colour: str, share: float = 0.3) -> str:
    """``colour`` mixed with white, as the translucent marks look on a light page."""
    base = QColor(colour)
    mix = [round(c * share + 255 * (1 - share)) for c in (base.red(), base.green(), base.blue())]
    return "#{:02x}{:02x}{:02x}".format(*mix)
