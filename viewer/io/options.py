"""Tunables of loading: size, time and memory limits, and the network timeout."""

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
    # Seconds allowed for loading one input, from reading (or fetching) to its text: web
    # pages, Word and PDF files are read in a worker process that is stopped at this limit.
    load_timeout: float = 30.0
    # Memory (address space) the worker process reading one input may use, in bytes.
    max_memory: int = 1024 * _MB
    # Largest total size of the parts read from a .docx once unpacked, in bytes, checked
    # before unpacking; parts not needed for the text (images, fonts) are never unpacked.
    max_unpacked_bytes: int = 256 * _MB

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ValueError(f"max_bytes must be positive, not {self.max_bytes}")
        if self.fetch_timeout <= 0:
            raise ValueError(f"fetch_timeout must be positive, not {self.fetch_timeout}")
        for name in ("max_fetch_bytes", "load_timeout", "max_memory", "max_unpacked_bytes"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive, not {getattr(self, name)}")
