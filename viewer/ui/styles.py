"""How each kind of difference looks: a colour and a cue that reads without colour."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QTextCharFormat

from viewer.core.model import Kind

__all__ = ["STYLES", "KindStyle", "char_format", "legend_html"]


@dataclass(frozen=True, slots=True)
class KindStyle:
    """The look of one kind of difference."""

    label: str
    colour: str  # background tint; translucent so it reads on light and dark palettes
    underline: QTextCharFormat.UnderlineStyle
    strike: bool
    cue: str  # the non-colour cue, as said in the legend


_U = QTextCharFormat.UnderlineStyle

STYLES: dict[Kind, KindStyle] = {
    Kind.ADDITION: KindStyle("added", "#2e9e44", _U.SingleUnderline, False, "solid underline"),
    Kind.OMISSION: KindStyle("omitted", "#d63a3a", _U.NoUnderline, True, "struck through"),
    Kind.DRIFT: KindStyle("reworded", "#e0a000", _U.WaveUnderline, False, "wavy underline"),
    Kind.MOVED: KindStyle("moved", "#3a7bd5", _U.DashUnderline, False, "dashed underline"),
    Kind.COSMETIC: KindStyle("cosmetic", "#8a8a8a", _U.DotLine, False, "dotted underline"),
}


def char_format(kind: Kind, flagged: bool = False) -> QTextCharFormat:
    """The character format that marks a segment of ``kind``; flagged ones are bold."""
    style = STYLES[kind]
    fmt = QTextCharFormat()
    background = QColor(style.colour)
    background.setAlpha(70)
    fmt.setBackground(background)
    underline = QColor(style.colour)
    fmt.setUnderlineStyle(style.underline)
    fmt.setUnderlineColor(underline)
    fmt.setFontStrikeOut(style.strike)
    if flagged:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def legend_html() -> str:
    """The legend as rich text (our own fixed markup, never article text). The chips are
    light tints with dark text of their own, legible on light and dark palettes alike."""
    parts = []
    for style in STYLES.values():
        deco = "line-through" if style.strike else "underline"
        tint = _tint(style.colour)
        parts.append(
            f'<span style="background-color: {tint}; color: #111; text-decoration: {deco};">'
            f"&nbsp;{style.label}&nbsp;</span> {style.cue}"
        )
    parts.append("<b>bold</b> quote, number, name or negation changed")
    return " &nbsp;·&nbsp; ".join(parts)


def _tint(colour: str) -> str:
    """``colour`` mixed with white, as the translucent marks look on a light page."""
    base = QColor(colour)
    mix = [round(c * 0.3 + 255 * 0.7) for c in (base.red(), base.green(), base.blue())]
    return "#{:02x}{:02x}{:02x}".format(*mix)
