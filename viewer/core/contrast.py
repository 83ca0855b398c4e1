"""Contrast of colours as WCAG 2 measures it, and colours moved just far enough to read.

Marks are tints over the page, so a cue that reads on a light page can vanish on a dark one
(a red strike-through on a red tint). The views ask here for each cue's colour against the
ground it is drawn on; the tests check the ratios of every palette.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["AA_TEXT", "CUE", "blend", "contrast", "faded", "luminance", "readable"]

AA_TEXT = 4.5  # WCAG 2 AA for body text
CUE = 3.0  # WCAG 2.1 for graphics that carry meaning (underlines, strikes, boxes)
_STEPS = 24  # bisection steps: far finer than a colour channel


def _channels(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _hex(channels: tuple[float, float, float]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(max(0, min(255, round(c))) for c in channels))


def luminance(colour: str) -> float:
    """Relative luminance of ``#rrggbb`` (0 black, 1 white).

    >>> luminance("#000000"), luminance("#ffffff")
    (0.0, 1.0)
    """

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in _channels(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21.

    >>> round(contrast("#000000", "#ffffff"), 1), round(contrast("#777777", "#ffffff"), 2)
    (21.0, 4.48)
    """
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def blend(top: str, alpha: float, bottom: str) -> str:
    """``top`` drawn with opacity ``alpha`` (0 to 1) over ``bottom``.

    >>> blend("#ff0000", 0.5, "#0000ff")
    '#800080'
    """
    return _hex(
        tuple(
            t * alpha + b * (1 - alpha)
            for t, b in zip(_channels(top), _channels(bottom), strict=True)
        )  # type: ignore[arg-type]
    )


def readable(colour: str, ground: str, ratio: float) -> str:
    """``colour`` moved toward black on a light ground, toward white on a dark one, just far
    enough to reach ``ratio`` against ``ground`` (unchanged when it already does).

    >>> readable("#d63a3a", "#ffffff", 3.0)
    '#d63a3a'
    >>> contrast(readable("#d63a3a", "#4a2222", 3.0), "#4a2222") >= 3.0
    True
    """
    if contrast(colour, ground) >= ratio:
        return colour
    dark_ground = contrast("#ffffff", ground) > contrast("#000000", ground)
    target = "#ffffff" if dark_ground else "#000000"
    share = _least(lambda s: contrast(blend(target, s, colour), ground) >= ratio)
    return blend(target, share, colour)


def faded(ink: str, ground: str, ratio: float = AA_TEXT) -> str:
    """``ink`` mixed with ``ground`` as far as it can be while still reaching ``ratio``:
    muted context that stays readable (``ink`` itself when it reaches no further).

    >>> contrast(faded("#000000", "#ffffff"), "#ffffff") >= 4.5
    True
    >>> faded("#000000", "#ffffff") != "#000000"
    True
    """
    if contrast(ink, ground) <= ratio:
        return ink
    # the most ground in the mix that still reads: the least that no longer does, less a step
    share = _least(lambda s: contrast(blend(ground, s, ink), ground) < ratio)
    return blend(ground, max(0.0, share - 1 / 2**_STEPS), ink)


def _least(enough: Callable[[float], bool]) -> float:
    """The least share in [0, 1] for which ``enough`` holds (it holds at 1 and, once it
    holds, for every share above), by bisection."""
    low, high = 0.0, 1.0
    for _ in range(_STEPS):
        middle = (low + high) / 2
        if enough(middle):
            high = middle
        else:
            low = middle
    return high
