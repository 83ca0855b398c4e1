"""The one error every input failure becomes: which input, and what is wrong with it."""

from __future__ import annotations

from viewer.io.names import escaped

__all__ = ["NO_ARTICLE", "TOO_DEEP", "InputProblem", "LoadCancelled", "LoadError"]

TOO_DEEP = "too deeply nested to read"
NO_ARTICLE = "no article text found in the web page"


class LoadError(Exception):
    """An input that cannot be loaded, with a short human sentence saying why.

    ``str(error)`` is the one line the CLI prints and the GUI shows in its dialog; characters
    a terminal would act on (escape sequences, line breaks) are spelled out in it.
    """

    source: str  # the path or URL as the user gave it
    problem: str  # short human sentence, e.g. "file not found"

    def __init__(self, source: str, problem: str) -> None:
        # Both go to Exception.args so the error pickles and compares by its content.
        super().__init__(source, problem)
        self.source = source
        self.problem = problem

    def __str__(self) -> str:
        return escaped(f"{self.source}: {self.problem}")


class InputProblem(Exception):
    """Raised inside viewer.io by code that sees bytes but not their source.

    ``load_document`` turns it into a ``LoadError`` naming the source; it never escapes.
    """

    problem: str

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


class LoadCancelled(Exception):
    """The load was cancelled by the caller (the app closing, another open replacing it)."""
