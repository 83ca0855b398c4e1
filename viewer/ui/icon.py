"""Redline's own icon, for the window, the taskbar and the About box."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QIcon

__all__ = ["APP_ID", "RESOURCES", "app_icon", "icon_path"]

APP_ID = "io.github.redline.Redline"  # the desktop entry's and AppStream's id
RESOURCES = (Path(__file__).resolve().parents[1] / "resources").resolve()


def icon_path() -> Path:
    """The SVG icon in ``resources/``, which the package reaches through its ``resources``
    link in a checkout and carries inside itself once installed (pip or pipx)."""
    return RESOURCES / f"{APP_ID}.svg"


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    return QIcon(str(icon_path()))
