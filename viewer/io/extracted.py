"""What a format reader hands back: the text it extracted and what the file says of itself."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

__all__ = ["Extracted"]


@dataclass(frozen=True, slots=True)
class Extracted:
    """Extracted text, paragraphs separated by a blank line, with found metadata."""

    text: str
    # Only what was found: any of "title", "byline", "date", "url", "site".
    metadata: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
