"""Redline: compare versions of a news article sentence by sentence."""

__all__ = ["__version__"]

__version__ = "0.1.0"
