"""The command line: the same engine as the app, for scripts."""

from viewer.cli.main import main

__all__ = ["main"]
