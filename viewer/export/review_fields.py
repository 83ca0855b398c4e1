"""Typed access to a parsed review file, with a one-line message for each thing wrong in it."""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from viewer.core.model import Document, Kind, Span
from viewer.core.options import CompareOptions
from viewer.core.provenance import shortened
from viewer.core.review import Decision, FindingKey, LinkAction, ManualLink, Verdict
from viewer.core.sha import text_sha256 as sha256
from viewer.io.names import escaped, readable
from viewer.io.sizes import format_size
from viewer.io.url import is_url

__all__ = ["LABEL_CHARS", "ReviewFileError", "ReviewReader"]

# Loading replaces lone surrogates and line ends other than "\n": a saved text has neither.
_SURROGATE = re.compile("[\ud800-\udfff]")
# A label is a file name (at most 255 bytes) with a number: longer ones are shortened.
LABEL_CHARS = 300


class ReviewFileError(Exception):
    """A review file that cannot be opened: the message names the file and the problem."""


class ReviewReader:
    """Typed access to the parsed JSON, with one-line messages for what is wrong."""

    def __init__(
        self, name: str, data: Mapping[str, Any], max_text_bytes: int, folder: Path
    ) -> None:
        self.name, self.data = name, data
        self.max_text_bytes = max_text_bytes  # the budget of one input
        self.folder = folder  # the review's folder: relative sources are found from it

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
            size = len(text.encode("utf-8", "surrogatepass"))
            if size > self.max_text_bytes:
                raise ReviewFileError(
                    f"{self.name}: the text of {where} is too large ({format_size(size)}; "
                    f"the limit for one version is {format_size(self.max_text_bytes)})"
                )
            if record.get("sha256") != sha256(text):
                raise self.fail(f"the text of {where} does not match its SHA-256")
            if "\r" in text or _SURROGATE.search(text):
                raise self.fail(f"the text of {where} holds characters no loaded text has")
            metadata = record.get("metadata", {})
            if not isinstance(metadata, dict) or not all(
                isinstance(v, str) for v in metadata.values()
            ):
                raise self.fail(f"{where} has unreadable metadata")
            source = self.source(
                self.text(record, "source", where), self.optional(record, "absolute"),
                self.optional(record, "relative"),
            )  # fmt: skip
            label = escaped(readable(self.text(record, "label", where)))
            found.append(Document(source, shortened(label, LABEL_CHARS), text, metadata))
        if len(found) < 2:
            raise self.fail("it holds fewer than two versions")
        return tuple(found)

    def optional(self, record: Mapping[str, Any], field: str) -> str:
        value = record.get(field, "")
        return value if isinstance(value, str) and "\0" not in value else ""

    def source(self, saved: str, absolute: str, relative: str) -> str:
        """Where a version's file is now: at its absolute path, relative to the review's
        folder (the folder was moved or copied whole), or as given when it was opened; the
        source as saved when none of them is a file."""
        if not saved or is_url(saved) or "\0" in saved:
            return saved
        candidates = [absolute, str(self.folder / relative) if relative else "", saved]
        if not os.path.isabs(saved):
            candidates.append(str(self.folder / saved))
        for candidate in candidates:
            try:
                if candidate and os.path.isfile(candidate):
                    same = os.path.isfile(saved) and os.path.samefile(saved, candidate)
                    return saved if same else candidate
            except (OSError, ValueError):
                continue
        return saved

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
