"""Tunables of loading: size limits and network timeout."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LoadOptions"]

_MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """Limits that keep a bad input from exhausting memory or hanging the app."""

    # Largest local file read, in bytes; a bigger file is refused before it is read.
    max_bytes: int = 50 * _MB
    # Seconds allowed for a whole fetch (connect and download), not just for each read.
    fetch_timeout: float = 15.0
    # Largest web page downloaded, in bytes; real article pages are well under 5 MB.
    max_fetch_bytes: int = 20 * _MB

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ValueError(f"max_bytes must be positive, not {self.max_bytes}")
        if self.fetch_timeout <= 0:
            raise ValueError(f"fetch_timeout must be positive, not {self.fetch_timeout}")
        if self.max_fetch_bytes <= 0:
            raise ValueError(f"max_fetch_bytes must be positive, not {self.max_fetch_bytes}")
