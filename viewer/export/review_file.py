"""The ``.redline`` review file: a comparison's versions and everything the user decided.

JSON with its own format name and version number. It holds each version's text (so a review
opens even when the files are gone or changed), label, source and SHA-256; the base; the
engine options; the alignment corrected by hand; and the verdicts and notes on findings,
keyed by their text (``core.review``), not by list position.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from viewer.core.model import Document, Kind, Span
from viewer.core.options import CompareOptions
from viewer.core.review import Decision, FindingKey, LinkAction, ManualLink, Review, Verdict
from viewer.core.reviewing import ReviewState
from viewer.core.sha import text_sha256 as sha256
from viewer.export.atomic import write_atomic
from viewer.io.errors import InputProblem
from viewer.io.local_file import read_bytes
from viewer.io.names import escaped, readable
from viewer.io.options import LoadOptions
from viewer.io.url import is_url

__all__ = [
    "FORMAT",
    "SUFFIX",
    "VERSION",
    "OpenedReview",
    "ReviewFileError",
    "read_review",
    "review_to_json",
    "sha256",
    "write_review",
]

FORMAT = "redline-review"
VERSION = 1
SUFFIX = ".redline"
# A review holds every version's text: room for several inputs at their own limit.
_READ = LoadOptions(max_bytes=512 * 2**20)
# Loading replaces lone surrogates and line ends other than "\n": a saved text has neither.
_SURROGATE = re.compile("[\ud800-\udfff]")


class ReviewFileError(Exception):
    """A review file that cannot be opened: the message names the file and the problem."""


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
) -> dict[str, Any]:
    """The review as a JSON-ready dict."""
    options = options or CompareOptions()
    return {
        "format": FORMAT,
        "version": VERSION,
        "saved": (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "base": base,
        "options": dataclasses.asdict(options),
        "documents": [
            {
                "label": d.label,
                "source": d.path,
                "sha256": sha256(d.text),
                "text": d.text,
                "metadata": dict(d.metadata),
            }
            for d in documents
        ],
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
    data = review_to_json(documents, base, review, options)
    write_atomic(path, json.dumps(data, ensure_ascii=True, indent=1) + "\n", overwrite=overwrite)


def read_review(path: Path, current: Callable[[str], str | None] | None = None) -> OpenedReview:
    """Open a review file. ``current(source)``: the text a version's source holds now (None
    when it cannot be read), to tell the user which versions changed since; the saved texts
    are used either way (web pages are not checked). Raises ``ReviewFileError``."""
    name = escaped(readable(str(path)))
    try:
        # stat first, a size limit: a FIFO or a device must not hang the app or the CLI
        raw = read_bytes(str(path), _READ)
    except InputProblem as problem:
        raise ReviewFileError(f"{name}: {problem}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ReviewFileError(f"{name}: not a Redline review (damaged, or not JSON)") from None
    return _opened(name, data, current)


def _opened(name: str, data: object, current: Callable[[str], str | None] | None) -> OpenedReview:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        kind = data.get("format") if isinstance(data, dict) else None
        what = f" (its format is {kind!r})" if isinstance(kind, str) else ""
        raise ReviewFileError(f"{name}: not a Redline review{what}")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ReviewFileError(f"{name}: damaged review (no format version)")
    if version > VERSION:
        raise ReviewFileError(
            f"{name}: made by a newer Redline (review format {version}; "
            f"this one reads up to {VERSION})"
        )
    reader = _Reader(name, data)
    documents = reader.documents()
    base = reader.index("base", len(documents))
    review = Review(reader.decisions(len(documents)), reader.links(documents))
    warnings = _changed_on_disk(documents, current) if current else ()
    return OpenedReview(
        documents, base, reader.options(), review, str(data.get("saved", "")), warnings
    )


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


class _Reader:
    """Typed access to the parsed JSON, with one-line messages for what is wrong."""

    def __init__(self, name: str, data: Mapping[str, Any]) -> None:
        self.name, self.data = name, data

    def fail(self, problem: str) -> ReviewFileError:
        return ReviewFileError(f"{self.name}: damaged review ({problem})")

    def items(self, field: str) -> list[Mapping[str, Any]]:
        value = self.data.get(field, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(f"'{field}' is not a list of records")
        return value

    def text(self, record: Mapping[str, Any], field: str, where: str) -> str:
        value = record.get(field)
        if not isinstance(value, str):
            raise self.fail(f"{where} has no text '{field}'")
        return value

    def index(self, field: str, size: int, record: Mapping[str, Any] | None = None) -> int:
        value = (record if record is not None else self.data).get(field)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < size:
            raise self.fail(f"'{field}' is not a version number from 0 to {size - 1}")
        return value

    def span(self, record: Mapping[str, Any], field: str, text: str, where: str) -> Span:
        value = record.get(field)
        if (
            isinstance(value, list)
            and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            and 0 <= value[0] <= value[1] <= len(text)
        ):
            return Span(value[0], value[1])
        raise self.fail(f"{where}: '{field}' is not a span of the text")

    def documents(self) -> tuple[Document, ...]:
        found = []
        for number, record in enumerate(self.items("documents")):
            where = f"version {number}"
            text = self.text(record, "text", where)
            if record.get("sha256") != sha256(text):
                raise self.fail(f"the text of {where} does not match its SHA-256")
            if "\r" in text or _SURROGATE.search(text):
                raise self.fail(f"the text of {where} holds characters no loaded text has")
            metadata = record.get("metadata", {})
            if not isinstance(metadata, dict) or not all(
                isinstance(v, str) for v in metadata.values()
            ):
                raise self.fail(f"{where} has unreadable metadata")
            found.append(
                Document(
                    self.text(record, "source", where),
                    escaped(readable(self.text(record, "label", where))),
                    text,
                    metadata,
                )
            )
        if len(found) < 2:
            raise self.fail("it holds fewer than two versions")
        return tuple(found)

    def links(self, documents: Sequence[Document]) -> tuple[ManualLink, ...]:
        found = []
        base = documents[self.index("base", len(documents))].text
        for number, record in enumerate(self.items("links")):
            where = f"link {number}"
            other = self.index("other", len(documents), record)
            try:
                action = LinkAction(str(record.get("action")))
            except ValueError:
                raise self.fail(f"{where} is neither 'link' nor 'unlink'") from None
            found.append(
                ManualLink(
                    other,
                    action,
                    self.span(record, "base", base, where),
                    self.span(record, "other_span", documents[other].text, where),
                )
            )
        return tuple(found)

    def decisions(self, size: int) -> dict[FindingKey, Decision]:
        found = {}
        for number, record in enumerate(self.items("decisions")):
            where = f"decision {number}"
            try:
                kind = Kind(str(record.get("kind")))
                verdict = Verdict(str(record.get("verdict")))
            except ValueError:
                raise self.fail(f"{where} has an unknown kind or verdict") from None
            key = FindingKey(
                self.index("other", size, record),
                kind,
                self.text(record, "base_text", where),
                self.text(record, "other_text", where),
                self.text(record, "before", where),
                self.text(record, "after", where),
            )
            found[key] = Decision(verdict, self.text(record, "note", where))
        return found

    def options(self) -> CompareOptions:
        """Saved options (those this Redline knows, of the right type; others default)."""
        saved = self.data.get("options", {})
        if not isinstance(saved, dict):
            raise self.fail("'options' is not a record")
        defaults = CompareOptions()
        chosen = {}
        for field in dataclasses.fields(CompareOptions):
            value, default = saved.get(field.name), getattr(defaults, field.name)
            if isinstance(default, bool):
                ok = isinstance(value, bool)
            elif isinstance(default, float):
                ok = isinstance(value, int | float) and not isinstance(value, bool)
            else:
                ok = isinstance(value, int) and not isinstance(value, bool)
            if value is not None and not ok:
                raise self.fail(f"option '{field.name}' has the wrong type")
            if value is not None:
                chosen[field.name] = type(default)(value)
        try:
            return dataclasses.replace(defaults, **chosen)
        except ValueError as error:
            raise self.fail(str(error)) from None
