"""The one entry point: any path or URL the user gives becomes a Document or a LoadError."""

from __future__ import annotations

import os
from types import MappingProxyType

from viewer.core.model import Document
from viewer.io.blank import is_blank
from viewer.io.errors import InputProblem, LoadError
from viewer.io.extracted import Extracted
from viewer.io.formats import Format, choose_format
from viewer.io.html_page import NO_ARTICLE, decode_html, extract_article
from viewer.io.local_file import read_bytes
from viewer.io.newlines import normalise_newlines
from viewer.io.options import LoadOptions
from viewer.io.pdf import read_pdf
from viewer.io.sniff import Content, sniff
from viewer.io.text_file import read_text
from viewer.io.url import fetch, is_url, url_label
from viewer.io.word import read_docx

__all__ = ["load_document"]

_DEFAULT_OPTIONS = LoadOptions()


def load_document(
    source: str | os.PathLike[str],
    *,
    label: str | None = None,
    options: LoadOptions = _DEFAULT_OPTIONS,
) -> Document:
    """Load a text, Markdown, HTML, Word or PDF file, or an http(s) web page.

    Raises LoadError, and nothing else, for any input that cannot be read. Safe to call
    from a worker thread.
    """
    given = os.fspath(source)
    try:
        if is_url(given):
            return _load_url(given, label, options)
        return _load_file(given, label, options)
    except InputProblem as problem:
        raise LoadError(given, problem.problem) from problem
    except RecursionError as error:  # absurdly nested markup, in lxml-based readers
        raise LoadError(given, "too deeply nested to read") from error
    except MemoryError as error:
        raise LoadError(given, "too large to read into memory") from error


def _load_file(path: str, label: str | None, options: LoadOptions) -> Document:
    data = read_bytes(path, options)
    format_ = choose_format(os.path.splitext(path)[1], sniff(data))
    metadata: dict[str, str] = {"format": format_.value}
    if format_ in (Format.TEXT, Format.MARKDOWN):
        decoded = read_text(data)
        if is_blank(decoded.text):
            raise InputProblem("file is empty (only whitespace)")
        text = decoded.text
        metadata["encoding"] = decoded.encoding
    else:
        if format_ is Format.HTML:
            page = decode_html(data)
            metadata["encoding"] = page.encoding
            extracted = extract_article(page.text)
        elif format_ is Format.DOCX:
            extracted = read_docx(data)
        else:
            extracted = read_pdf(data)
        text = _extracted_text(extracted)
        metadata = {**extracted.metadata, **metadata}
    name = os.path.basename(os.path.normpath(path)) or path
    return _document(path, label or name, text, metadata)


def _load_url(url: str, label: str | None, options: LoadOptions) -> Document:
    fetched = fetch(url, options)
    if fetched.content_type is None and sniff(fetched.body).content not in (
        Content.HTML,
        Content.TEXT,
    ):
        raise InputProblem("not a web page")
    if not fetched.body.strip():
        raise InputProblem(NO_ARTICLE)
    page = decode_html(fetched.body, fetched.charset)
    extracted = extract_article(page.text, fetched.final_url)
    metadata = {
        **extracted.metadata,
        "format": Format.URL_HTML.value,
        "encoding": page.encoding,
        "url": url,
        "fetched": fetched.fetched,
    }
    if fetched.final_url != url:
        metadata["final_url"] = fetched.final_url
    return _document(url, label or url_label(url), _extracted_text(extracted), metadata)


def _extracted_text(extracted: Extracted) -> str:
    text = normalise_newlines(extracted.text)
    if is_blank(text):
        raise InputProblem("no text found")
    return text


def _document(path: str, label: str, text: str, metadata: dict[str, str]) -> Document:
    return Document(path=path, label=label, text=text, metadata=MappingProxyType(metadata))
