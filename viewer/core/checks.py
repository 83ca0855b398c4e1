"""Long work that can be stopped: it calls a check between pieces, and the check raises to
stop it (the app's jobs pass one that raises once the user moved on)."""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["Check", "go_on"]

Check = Callable[[], None]


def go_on() -> None:
    """The check of work that nobody stops."""
