"""Byte counts written the way people read them in messages."""

from __future__ import annotations

__all__ = ["format_size"]

_UNITS = ("KB", "MB", "GB", "TB")


def format_size(size: int) -> str:
    """A byte count for an error message, in binary units.

    >>> format_size(100), format_size(1536), format_size(50 * 1024 * 1024)
    ('100 bytes', '1.5 KB', '50 MB')
    """
    if size < 1024:
        return "1 byte" if size == 1 else f"{size} bytes"
    value = size / 1024
    unit = 0
    while value >= 1024 and unit < len(_UNITS) - 1:
        value /= 1024
        unit += 1
    return f"{value:.1f}".removesuffix(".0") + f" {_UNITS[unit]}"
