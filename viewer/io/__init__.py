"""Input layer: turns the files and web pages users give into Documents, or clear LoadErrors."""

from viewer.io.errors import LoadCancelled, LoadError
from viewer.io.formats import SUPPORTED_SUFFIXES
from viewer.io.load import load_document
from viewer.io.options import LoadOptions

__all__ = ["SUPPORTED_SUFFIXES", "LoadCancelled", "LoadError", "LoadOptions", "load_document"]
