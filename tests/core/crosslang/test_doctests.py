"""The examples in the cross-language modules' docstrings are tests too."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import viewer.core.crosslang

MODULES = [
    f"viewer.core.crosslang.{m.name}" for m in pkgutil.iter_modules(viewer.core.crosslang.__path__)
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, name
