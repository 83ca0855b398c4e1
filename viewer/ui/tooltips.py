"""Tooltips of the panes and lists: plain text, escaped so Qt never reads it as markup."""

from __future__ import annotations

from viewer.core.findings import FindingText
from viewer.ui.plain_text import plain_tip

__all__ = ["finding_lines", "plain_tip"]


def finding_lines(text: FindingText) -> list[str]:
    """What a finding's tooltip says, line by line."""
    head = f"{text.kind} · {text.location}"
    if text.destination:
        head += f" · now at {text.destination} in this version"
    lines = [head]
    lines.append(f"base: {text.before.plain('‘', '’')}")
    lines.append(f"this version: {text.after.plain('‘', '’')}")
    lines.extend(text.evidence)
    lines.extend(text.also)
    if text.manual:
        lines.append(text.manual)
    return lines
