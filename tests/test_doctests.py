"""The examples in the engine's docstrings are tests too."""

import doctest
import importlib
import pkgutil

import pytest

import viewer.core
import viewer.export

MODULES = [
    f"{package.__name__}.{info.name}"
    for package in (viewer.core, viewer.export)
    for info in pkgutil.iter_modules(package.__path__)
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, name
