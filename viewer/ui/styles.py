"""How each kind of difference looks: a colour and a cue that reads without colour."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat

from viewer.core.marks import Role
from viewer.core.model import Kind
from viewer.core.review import Verdict
from viewer.core.vocabulary import CUES, KIND_WORDS

__all__ = [
    "FLAG_CUE",
    "MANUAL_COLOUR",
    "STYLES",
    "VERDICT_COLOURS",
    "KindStyle",
    "box_colour",
    "char_format",
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


def box_colour(kind: Kind) -> QColor:
    """The outline of a flagged finding: the kind's colour, darkened to stand out."""
    return QColor(STYLES[kind].colour).darker(140)


def char_format(kind: Kind, role: Role | None = None) -> QTextCharFormat:
    """The character format that marks a segment of ``kind``. In the inline view a
    rewording's old words are struck through, its new words keep the wavy underline, and
    the arrows and notes Redline adds are drawn in the kind's colour without a tint."""
    style = STYLES[kind]
    fmt = QTextCharFormat()
    colour = QColor(style.colour)
    if role is Role.NOTE:
        fmt.setForeground(colour.darker(130))
        return fmt
    background = QColor(style.colour)
    background.setAlpha(70)
    fmt.setBackground(background)
    fmt.setUnderlineColor(colour)
    if kind is Kind.DRIFT and role is Role.OLD:
        fmt.setFontStrikeOut(True)
        return fmt
    fmt.setUnderlineStyle(style.underline)
    fmt.setFontStrikeOut(style.strike)
    return fmt


def tint(colour: str, share: float = 0.3) -> str:
    """``colour`` mixed with white, as the translucent marks look on a light page."""
    base = QColor(colour)
    mix = [round(c * share + 255 * (1 - share)) for c in (base.red(), base.green(), base.blue())]
    return "#{:02x}{:02x}{:02x}".format(*mix)
