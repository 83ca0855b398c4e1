"""The desktop viewer: Qt widgets that render a Comparison and turn actions into engine calls."""

import ctypes
import sys

__all__: list[str] = []


def _shield_none() -> None:
    """Work round a PySide6 6.12 bug on Python 3.11: every call of a void Qt method (setValue,
    setPlainText, ...) drops one reference to None, and a few thousand scroll steps end in
    "Fatal Python error: none_dealloc". Python 3.12 made None immortal; give 3.11 the same."""
    if sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 60


_shield_none()
