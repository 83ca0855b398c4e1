"""The ``.redline`` review file: a comparison's versions and everything the user decided.

JSON with its own format name and version number. It holds each version's text (so a review
opens even when the files are gone or changed), label, source (absolute, and relative to the
review, so a folder moved whole still finds its files) and SHA-256; the base; the engine
options; the alignment corrected by hand; and the verdicts and notes on findings, keyed by
their text (``core.review``), not by list position.

A review is untrusted input: it is read with limits on size, nesting and numbers, and each
version's text must fit the budget of one loaded input. What is written is checked against
the same limits first, so a review that could not be opened again is never written.
"""

from __future__ import annotations

import codecs
import dataclasses
import json
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from viewer.core.model import Document
from viewer.core.options import CompareOptions
from viewer.core.review import Review
from viewer.core.reviewing import ReviewState
from viewer.core.sha import text_sha256 as sha256
from viewer.export.atomic import ExportError, write_atomic
from viewer.export.review_fields import ReviewFileError, ReviewReader
from viewer.io.errors import InputProblem
from viewer.io.local_file import read_bytes
from viewer.io.names import escaped, readable
from viewer.io.options import LoadOptions
from viewer.io.sizes import format_size
from viewer.io.untrusted_json import parse_json
from viewer.io.url import is_url

__all__ = [
    "FORMAT",
    "MAX_REVIEW_BYTES",
    "MAX_TEXT_BYTES",
    "SUFFIX",
    "VERSION",
    "OpenedReview",
    "ReviewFileError",
    "read_review",
    "review_bytes",
    "review_to_json",
    "sha256",
    "write_review",
]

FORMAT = "redline-review"
VERSION = 1
SUFFIX = ".redline"
# A review holds every version's text: room for several inputs at their own limit.
MAX_REVIEW_BYTES = 512 * 2**20
# Each version's text is held to the budget of one loaded input (a text file's size limit).
MAX_TEXT_BYTES = LoadOptions().max_bytes
_READ = LoadOptions(max_bytes=MAX_REVIEW_BYTES)
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class OpenedReview(ReviewState):
    """A review file's state as read, with when it was saved and what changed since."""

    saved: str = ""  # when it was saved (ISO 8601, UTC)
    warnings: tuple[str, ...] = ()  # e.g. a version's file changed on disk since


def review_to_json(
    documents: Sequence[Document],
    base: int,
    review: Review,
    options: CompareOptions | None = None,
    now: datetime | None = None,
    folder: Path | None = None,
) -> dict[str, Any]:
    """The review as a JSON-ready dict; ``folder``: where it is saved (local sources are
    also stored relative to it)."""
    options = options or CompareOptions()
    return {
        "format": FORMAT,
        "version": VERSION,
        "saved": (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "base": base,
        "options": dataclasses.asdict(options),
        "documents": [_document_json(d, folder) for d in documents],
        "links": [
            {
                "other": link.other,
                "action": link.action.value,
                "base": [link.base.start, link.base.end],
                "other_span": [link.other_span.start, link.other_span.end],
            }
            for link in review.links
        ],
        "decisions": [
            {
                "other": key.other,
                "kind": key.kind.value,
                "base_text": key.base_text,
                "other_text": key.other_text,
                "before": key.before,
                "after": key.after,
                "verdict": decision.verdict.value,
                "note": decision.note,
            }
            for key, decision in review.decisions.items()
        ],
    }


def _document_json(document: Document, folder: Path | None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "label": document.label,
        "source": document.path,
        "sha256": sha256(document.text),
        "text": document.text,
        "metadata": dict(document.metadata),
    }
    if document.path and not is_url(document.path):
        try:
            absolute = os.path.abspath(document.path)
            record["absolute"] = absolute
            if folder is not None:
                record["relative"] = os.path.relpath(absolute, os.path.abspath(folder))
        except (ValueError, OSError):  # a NUL in the name, another drive (Windows)
            pass
    return record


def review_bytes(
    path: Path,
    documents: Sequence[Document],
    base: int,
    review: Review,
    options: CompareOptions | None = None,
) -> bytes:
    """The file's content, UTF-8; ``ExportError`` when it would break a limit that reading
    it back enforces (a version over the budget of one input, the whole over 512 MB)."""
    for number, document in enumerate(documents):
        size = len(document.text.encode("utf-8", "surrogatepass"))
        if size > MAX_TEXT_BYTES:
            raise ExportError(
                f"{path}: not saved: the text of version {number} ({document.label}) is "
                f"{format_size(size)}; a review holds at most {format_size(MAX_TEXT_BYTES)} "
                "a version"
            )
    data = review_to_json(documents, base, review, options, folder=path.parent)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    # Lone surrogates (an undecodable file name's bytes) stay JSON escapes: UTF-8 has none.
    text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    content = text.encode("utf-8")
    if len(content) > MAX_REVIEW_BYTES:
        raise ExportError(
            f"{path}: not saved: the review would be {format_size(len(content))}; a review "
            f"can be at most {format_size(MAX_REVIEW_BYTES)}"
        )
    return content


def write_review(
    path: Path,
    documents: Sequence[Document],
    base: int,
    review: Review,
    options: CompareOptions | None = None,
    *,
    overwrite: bool = True,
) -> None:
    """Write the review atomically (raises ``ExportError`` with a one-line message)."""
    content = review_bytes(path, documents, base, review, options)
    write_atomic(path, content, overwrite=overwrite)


def read_review(path: Path, current: Callable[[str], str | None] | None = None) -> OpenedReview:
    """Open a review file. ``current(source)``: the text a version's source holds now (None
    when it cannot be read), to tell the user which versions changed since; the saved texts
    are used either way (web pages are not checked). Raises ``ReviewFileError``, and only
    that, whatever the file holds."""
    name = escaped(readable(str(path)))
    try:
        # stat first, a size limit: a FIFO or a device must not hang the app or the CLI
        raw = read_bytes(str(path), _READ)
    except InputProblem as problem:
        raise ReviewFileError(f"{name}: {problem}") from None
    try:
        text = raw.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError:
        raise ReviewFileError(f"{name}: not a Redline review (damaged, or not JSON)") from None
    del raw
    try:
        data = parse_json(text)
    except InputProblem as problem:
        if str(problem).startswith("not JSON"):
            raise ReviewFileError(f"{name}: not a Redline review (damaged, or not JSON)") from None
        raise ReviewFileError(f"{name}: damaged review ({problem})") from None
    del text
    try:
        return _opened(name, data, current, path.parent)
    except (ValueError, TypeError, OverflowError, RecursionError) as error:
        # The reader checks every field it uses; this is a last guard, never a traceback.
        raise ReviewFileError(f"{name}: damaged review ({type(error).__name__})") from None


def _opened(
    name: str, data: object, current: Callable[[str], str | None] | None, folder: Path
) -> OpenedReview:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        kind = data.get("format") if isinstance(data, dict) else None
        what = f" (its format is {escaped(kind[:60])!r})" if isinstance(kind, str) else ""
        raise ReviewFileError(f"{name}: not a Redline review{what}")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ReviewFileError(f"{name}: damaged review (no format version)")
    if version > VERSION:
        raise ReviewFileError(
            f"{name}: made by a newer Redline (review format {version}; "
            f"this one reads up to {VERSION})"
        )
    reader = ReviewReader(name, data, MAX_TEXT_BYTES, folder)
    documents = reader.documents()
    base = reader.index("base", len(documents))
    review = Review(reader.decisions(len(documents)), reader.links(documents))
    warnings = _changed_on_disk(documents, current) if current else ()
    saved = data.get("saved", "")
    return OpenedReview(
        documents, base, reader.options(), review, saved if isinstance(saved, str) else "",
        warnings,
    )  # fmt: skip


def _changed_on_disk(
    documents: Sequence[Document], current: Callable[[str], str | None]
) -> tuple[str, ...]:
    warnings = []
    for document in documents:
        if is_url(document.path):
            continue  # a web page is not fetched again to check it
        now = current(document.path)
        if now is None:
            warnings.append(f"{document.path}: cannot be read now; the saved text is used")
        elif sha256(now) != sha256(document.text):
            warnings.append(
                f"{document.path}: changed since the review was saved; the saved text is used"
            )
    return tuple(warnings)
