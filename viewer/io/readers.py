"""Web pages, Word and PDF files read in one call that a worker process can run."""

from __future__ import annotations

from viewer.io.formats import Format
from viewer.io.options import LoadOptions

__all__ = ["read_structured"]


def read_structured(
    format_: Format, data: bytes, charset: str | None, url: str | None, options: LoadOptions
) -> tuple[str, dict[str, str]]:
    """The text of a page, .docx or PDF and its metadata (a plain dict: it crosses processes).

    ``charset`` is the one an HTTP server declared, ``url`` where a fetched page came from.
    """
    # Imported here, in the worker (whose server has them imported already): the process
    # that only hands files to workers never pays for trafilatura, lxml and pypdf.
    if format_ in (Format.HTML, Format.URL_HTML):
        from viewer.io.html_page import decode_html, extract_article

        page = decode_html(data, charset)
        extracted = extract_article(page.text, url)
        return extracted.text, {**extracted.metadata, "encoding": page.encoding}
    if format_ is Format.DOCX:
        from viewer.io.word import read_docx

        extracted = read_docx(data, options)
    else:
        from viewer.io.pdf import read_pdf

        extracted = read_pdf(data)
    return extracted.text, dict(extracted.metadata)
