"""PDF files: the text layer read with pypdf, as paragraphs, without page furniture."""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import pypdf
from pypdf.errors import DependencyError, FileNotDecryptedError

from viewer.io.errors import InputProblem
from viewer.io.extracted import Extracted
from viewer.io.formats import CORRUPT_PDF
from viewer.io.pdf_layout import paragraphs, remove_furniture
from viewer.io.pdf_lines import Line, page_lines

__all__ = ["NO_TEXT_LAYER", "read_pdf"]

NO_TEXT_LAYER = "PDF has no text layer (scanned?)"
ENCRYPTED = "PDF is password-protected"
# pypdf's text extraction grows with the square of the text it gathers on a page: 100,000
# separately placed pieces of text (a dense page has a few thousand) take seconds, 200,000
# half a minute.
MAX_FRAGMENTS = 100_000

# pypdf logs each oddity of a damaged file; with no handler set, Python would print them on
# stderr next to our one-line error. Applications that configure logging still get them.
logging.getLogger("pypdf").addHandler(logging.NullHandler())


def read_pdf(data: bytes) -> Extracted:
    """The text of a PDF, paragraphs separated by a blank line."""
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputProblem(ENCRYPTED)
        pages = tuple(_lines(page, number) for number, page in enumerate(reader.pages, 1))
        metadata = _metadata(reader.metadata)
    except InputProblem:
        raise
    except (DependencyError, FileNotDecryptedError) as error:
        raise InputProblem(ENCRYPTED) from error
    except (MemoryError, RecursionError):
        raise  # the worker reports these as what they are
    except Exception as error:  # pypdf raises many kinds on damaged files, not only PdfError
        raise InputProblem(CORRUPT_PDF) from error
    if not reader.pages:
        raise InputProblem(CORRUPT_PDF)
    text = "\n\n".join(paragraphs(remove_furniture(pages)))
    if not text.strip():
        raise InputProblem(NO_TEXT_LAYER)
    return Extracted(text, metadata)


def _lines(page: Any, number: int) -> tuple[Line, ...]:
    contents = page.get_contents()
    if contents is not None:
        data = contents.get_data()
        fragments = data.count(b"Tj") + data.count(b"TJ")
        if fragments > MAX_FRAGMENTS:
            raise InputProblem(
                f"PDF page {number} is too complex to read ({fragments:,} pieces of text; "
                f"the limit is {MAX_FRAGMENTS:,} a page)"
            )
    return page_lines(page)


def _metadata(info: Any) -> Mapping[str, str]:
    if info is None:
        return MappingProxyType({})
    found = {"title": info.title, "byline": info.author}
    return MappingProxyType(
        {key: str(value).strip() for key, value in found.items() if value and str(value).strip()}
    )
