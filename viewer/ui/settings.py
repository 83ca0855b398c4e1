"""What the window remembers between runs: recent files, zoom, layout."""

from __future__ import annotations

from PySide6.QtCore import QSettings

__all__ = ["Memory"]

_RECENT_LIMIT = 10


class Memory:
    """A typed face on QSettings (tests pass an INI file in a temporary folder)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings("Redline", "Redline")

    def recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):  # QSettings gives a lone string for one-element lists
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def add_recent(self, paths: list[str]) -> None:
        recent = [p for p in self.recent() if p not in paths]
        self.settings.setValue("recent", (list(paths) + recent)[:_RECENT_LIMIT])

    def zoom(self) -> int:
        value = self.settings.value("zoom", 0)
        try:
            return int(str(value))
        except (TypeError, ValueError):
            return 0

    def set_zoom(self, steps: int) -> None:
        self.settings.setValue("zoom", steps)

    def flag(self, key: str, default: bool) -> bool:
        """A remembered on/off choice (QSettings may give it back as a string)."""
        value = self.settings.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("true", "1")
        return bool(value)

    def set_flag(self, key: str, on: bool) -> None:
        self.settings.setValue(key, on)
