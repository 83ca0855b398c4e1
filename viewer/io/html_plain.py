"""Page text without trafilatura's judgement: every paragraph of a huge page, and repetitions.

Two things the extractor gets wrong are put right from the page's own blocks: a page too
large for it (its cost grows with the square of the page) is read as every paragraph outside
menus, headers and footers; and a paragraph the page repeats several times in a row, which
the extractor keeps once, is repeated again, so that the repetition can be compared.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import lxml.html

from viewer.io.errors import NO_ARTICLE, InputProblem
from viewer.io.extracted import Extracted
from viewer.io.html_tree import leaf_blocks

__all__ = ["every_block", "repeated_runs", "restore_runs"]

_FURNITURE = ("nav", "header", "footer", "aside", "form", "menu", "button", "select")


def every_block(tree: lxml.html.HtmlElement) -> Extracted:
    """Every paragraph of the page's main part (``<article>``, ``<main>`` or the body)."""
    for element in list(tree.iter(*_FURNITURE)):
        if element.getparent() is not None:
            element.drop_tree()
    main = next(tree.iter("article", "main"), None)
    if main is None:
        main = tree.find("body")
    text = "\n\n".join(leaf_blocks(main if main is not None else tree))
    if not text:
        raise InputProblem(NO_ARTICLE)
    title = " ".join((tree.findtext(".//title") or "").split())
    return Extracted(text, MappingProxyType({"title": title} if title else {}))


def repeated_runs(blocks: Iterable[str]) -> Mapping[str, int]:
    """Texts the page repeats in a row and nowhere else, with the length of that run.

    >>> dict(repeated_runs(["a", "b", "b", "b", "c", "a"]))
    {'b': 3}
    """
    runs: dict[str, int] = {}
    total: Counter[str] = Counter()
    for text, group in itertools.groupby(blocks):
        length = sum(1 for _ in group)
        total[text] += length
        runs[text] = max(runs.get(text, 0), length)
    return {text: length for text, length in runs.items() if length > 1 and total[text] == length}


def restore_runs(paragraphs: list[str], runs: Mapping[str, int]) -> list[str]:
    """``paragraphs`` with each run the page repeats as long as on the page.

    >>> restore_runs(["a", "b", "c"], {"b": 3})
    ['a', 'b', 'b', 'b', 'c']
    """
    if not runs:
        return paragraphs
    restored: list[str] = []
    for text, group in itertools.groupby(paragraphs):
        length = sum(1 for _ in group)
        wanted = runs.get(" ".join(text.split()), length)
        restored.extend([text] * max(length, wanted))
    return restored
