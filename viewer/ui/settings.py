"""What the window remembers between runs: recent files and reviews, zoom, layout; and where
it keeps its own files (recovery copies of reviews)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

__all__ = ["Memory"]

_RECENT_LIMIT = 10


class Memory:
    """A typed face on QSettings (tests pass an INI file in a temporary folder)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else QSettings("Redline", "Redline")

    def recent(self, key: str = "recent") -> list[str]:
        value = self.settings.value(key, [])
        if isinstance(value, str):  # QSettings gives a lone string for one-element lists
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def add_recent(self, paths: list[str], key: str = "recent") -> None:
        recent = [p for p in self.recent(key) if p not in paths]
        self.settings.setValue(key, (list(paths) + recent)[:_RECENT_LIMIT])

    def recent_reviews(self) -> list[str]:
        return self.recent("recent_reviews")

    def add_recent_review(self, path: str) -> None:
        self.add_recent([path], "recent_reviews")

    def data_dir(self) -> Path:
        """Where the app keeps its files: the user's data location, or, for settings in an
        INI file of their own (tests, benchmarks), the folder of that file."""
        if self.settings.format() == QSettings.Format.IniFormat:
            return Path(self.settings.fileName()).parent / "redline-data"
        location = QStandardPaths.StandardLocation.AppDataLocation
        return Path(QStandardPaths.writableLocation(location) or Path.home() / ".redline")

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
