"""Redline's own icon, for the window, the taskbar and the About box."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QIcon

__all__ = ["APP_ID", "app_icon", "icon_path"]

APP_ID = "io.github.redline.Redline"  # the desktop entry's and AppStream's id


def icon_path() -> Path:
    """The SVG icon: in ``resources/`` beside the package (a checkout or an editable
    install) or installed inside the package (``pip install .`` or ``pipx install .``)."""
    for folder in (
        Path(__file__).resolve().parents[2] / "resources",
        Path(__file__).parent / "data",
    ):
        found = folder / f"{APP_ID}.svg"
        if found.is_file():
            return found
    raise FileNotFoundError(f"{APP_ID}.svg is missing from this installation")


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    try:
        return QIcon(str(icon_path()))
    except FileNotFoundError:
        return QIcon()
