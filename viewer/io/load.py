"""The one entry point: any path or URL the user gives becomes a Document or a LoadError."""

from __future__ import annotations

import os
import re
import threading
import time
from types import MappingProxyType

from viewer.core.model import Document
from viewer.io.blank import is_blank
from viewer.io.errors import NO_ARTICLE, TOO_DEEP, InputProblem, LoadError
from viewer.io.formats import Format, choose_format
from viewer.io.local_file import read_bytes
from viewer.io.names import escaped, readable
from viewer.io.newlines import normalise_newlines
from viewer.io.options import LoadOptions
from viewer.io.readers import read_structured
from viewer.io.sniff import Content, sniff
from viewer.io.text_file import read_text
from viewer.io.url import fetch, is_url, url_label
from viewer.io.worker import run_in_worker, too_big, too_slow

__all__ = ["load_document"]

_DEFAULT_OPTIONS = LoadOptions()
_SURROGATE = re.compile("[\ud800-\udfff]")
_PIECE = 1 << 20  # characters searched at a time


def load_document(
    source: str | os.PathLike[str],
    *,
    label: str | None = None,
    options: LoadOptions = _DEFAULT_OPTIONS,
    cancel: threading.Event | None = None,
) -> Document:
    """Load a text, Markdown, HTML, Word or PDF file, or an http(s) web page.

    Raises LoadError, and nothing else, for any input that cannot be read within the limits
    of ``options`` (time, memory, size). Safe to call from a worker thread; setting ``cancel``
    stops the load within a fraction of a second with LoadCancelled.
    """
    given = os.fspath(source)
    deadline = time.monotonic() + options.load_timeout
    try:
        if is_url(given):
            return _load_url(given, label, options, deadline, cancel)
        return _load_file(given, label, options, deadline, cancel)
    except InputProblem as problem:
        raise LoadError(given, problem.problem) from problem
    except TimeoutError as error:
        raise LoadError(given, too_slow(options.load_timeout)) from error
    except RecursionError as error:  # absurdly nested markup, should a reader run in-process
        raise LoadError(given, TOO_DEEP) from error
    except MemoryError as error:
        raise LoadError(given, too_big(options.max_memory)) from error


def _load_file(
    path: str,
    label: str | None,
    options: LoadOptions,
    deadline: float,
    cancel: threading.Event | None,
) -> Document:
    data = read_bytes(path, options)
    format_ = choose_format(os.path.splitext(path)[1], sniff(data))
    metadata: dict[str, str] = {"format": format_.value}
    if format_ in (Format.TEXT, Format.MARKDOWN):
        # Decoding is linear and bounded by the file size limit: no worker needed.
        decoded = read_text(data)
        if is_blank(decoded.text):
            raise InputProblem("file is empty (only whitespace)")
        text = decoded.text
        metadata["encoding"] = decoded.encoding
    else:
        text, found = run_in_worker(
            read_structured, format_, data, None, None, options,
            deadline=deadline, memory=options.max_memory, cancel=cancel,
        )  # fmt: skip
        text = _extracted_text(text)
        metadata = {**found, **metadata}
    name = os.path.basename(os.path.normpath(path)) or path
    # The label is printed in summaries and shown in lists: no raw escape sequences in it.
    return _document(path, label or escaped(readable(name)), text, metadata)


def _load_url(
    url: str,
    label: str | None,
    options: LoadOptions,
    deadline: float,
    cancel: threading.Event | None,
) -> Document:
    fetched = fetch(url, options, cancel)
    if fetched.content_type is None and sniff(fetched.body).content not in (
        Content.HTML,
        Content.TEXT,
    ):
        raise InputProblem("not a web page")
    if not fetched.body.strip():
        raise InputProblem(NO_ARTICLE)
    text, found = run_in_worker(
        read_structured, Format.URL_HTML, fetched.body, fetched.charset, fetched.final_url,
        options, deadline=deadline, memory=options.max_memory, cancel=cancel,
    )  # fmt: skip
    metadata = {
        **found,
        "format": Format.URL_HTML.value,
        "url": url,
        "fetched": fetched.fetched,
    }
    if fetched.final_url != url:
        metadata["final_url"] = fetched.final_url
    return _document(url, label or url_label(url), _extracted_text(text), metadata)


def _extracted_text(text: str) -> str:
    text = normalise_newlines(text)
    if is_blank(text):
        raise InputProblem("no text found")
    return text


def _document(path: str, label: str, text: str, metadata: dict[str, str]) -> Document:
    text, replaced = _without_surrogates(text)
    if replaced:
        # A PDF font may map glyphs to half a UTF-16 pair: no character at all, which no
        # output (JSON, the terminal, a report) can encode.
        plural = "s" if replaced > 1 else ""
        metadata["replaced"] = f"{replaced} invalid character{plural} replaced with U+FFFD"
    metadata = {key: _without_surrogates(value)[0] for key, value in metadata.items()}
    return Document(path=path, label=label, text=text, metadata=MappingProxyType(metadata))


def _without_surrogates(text: str) -> tuple[str, int]:
    """``text`` with lone surrogates replaced by U+FFFD (pairs become their character)."""
    # Looked for a megabyte at a time: one search over 50 MB held Python's lock for 0.16 s,
    # and the app loads in a thread beside its window.
    if not any(_SURROGATE.search(text, at, at + _PIECE) for at in range(0, len(text), _PIECE)):
        return text, 0
    fixed = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return fixed, fixed.count("\ufffd") - text.count("\ufffd")
