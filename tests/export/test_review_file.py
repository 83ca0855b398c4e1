"""The .redline review file: round trip, and a clear message for every bad file (issue 14)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.core import Document, compare_documents
from viewer.core.model import Span
from viewer.core.options import CompareOptions
from viewer.core.review import (
    Decision,
    LinkAction,
    ManualLink,
    Review,
    Verdict,
    finding_key,
)
from viewer.export.review_file import ReviewFileError, read_review, sha256, write_review

WORDS = st.sampled_from(
    "the mayor said 160,000 people were trapped \u201cgo\u201d no. \U0001f600".split()
)
TEXT = st.lists(WORDS, min_size=1, max_size=25).map(" ".join)


@st.composite
def reviewed(draw: st.DrawFn) -> tuple[list[Document], int, Review]:
    texts = draw(st.lists(TEXT, min_size=2, max_size=3))
    documents = [Document(f"v{k}.txt", f"v{k}", t, {"format": "text"}) for k, t in enumerate(texts)]
    base = draw(st.integers(0, len(documents) - 1))
    comparison = compare_documents(documents, base)
    review = Review()
    for pair in comparison.pairs:
        for segment in pair.findings:
            verdict = draw(st.sampled_from(list(Verdict)))
            note = draw(st.text(max_size=20))
            review = review.decide(finding_key(comparison, pair, segment), Decision(verdict, note))
    links = []
    for other in range(len(documents)):
        if other != base and draw(st.booleans()):
            b, o = documents[base].text, documents[other].text
            start_b, start_o = draw(st.integers(0, len(b))), draw(st.integers(0, len(o)))
            links.append(
                ManualLink(
                    other,
                    draw(st.sampled_from(list(LinkAction))),
                    Span(start_b, draw(st.integers(start_b, len(b)))),
                    Span(start_o, draw(st.integers(start_o, len(o)))),
                )
            )
    return documents, base, review.with_links(links)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(reviewed())
def test_saving_and_opening_restores_the_review_exactly(
    tmp_path: Path, case: tuple[list[Document], int, Review]
) -> None:
    documents, base, review = case
    options = CompareOptions(gap_floor=0.1)
    path = tmp_path / "r.redline"
    write_review(path, documents, base, review, options)
    opened = read_review(path)
    assert opened.documents == tuple(documents)
    assert opened.base == base
    assert opened.review == review
    assert opened.options == options
    assert opened.warnings == ()


def saved(tmp_path: Path, change: object = None) -> Path:
    documents = [Document("a.txt", "a", "One. Two."), Document("b.txt", "b", "One. Three.")]
    path = tmp_path / "r.redline"
    write_review(path, documents, 0, Review())
    if change is not None:
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)  # type: ignore[operator]
        path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="something-else"), "not a Redline review (its format is"),
        (lambda d: d.update(version=7), "made by a newer Redline (review format 7"),
        (lambda d: d["documents"][1].update(text="tampered"), "does not match its SHA-256"),
        (lambda d: d.update(documents=d["documents"][:1]), "fewer than two versions"),
        (lambda d: d.update(base=5), "'base' is not a version number"),
        (lambda d: d.update(links=[{"other": 1, "action": "glue"}]), "neither 'link' nor"),
        (lambda d: d.update(decisions=[{"other": 1, "kind": "drift"}]), "unknown kind or verdict"),
        (lambda d: d.update(options={"gap_floor": "high"}), "option 'gap_floor' has the wrong"),
        (lambda d: d.update(options={"match_threshold": float("nan")}), "NaN is not a number"),
        (lambda d: d.update(options={"max_gap_cells": 10**12}), "must be a whole number"),
        (
            lambda d: d["documents"][1].update(text="One.\r\nTwo.", sha256=sha256("One.\r\nTwo.")),
            "holds characters no loaded text has",
        ),
    ],
)
def test_a_damaged_or_foreign_file_gets_one_clear_line(
    tmp_path: Path, change: object, message: str
) -> None:
    path = saved(tmp_path, change)
    with pytest.raises(ReviewFileError) as raised:
        read_review(path)
    assert str(raised.value).startswith(f"{path}: ")
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_not_json_and_missing_files(tmp_path: Path) -> None:
    junk = tmp_path / "junk.redline"
    junk.write_bytes(b"\x00\xffnot json")
    with pytest.raises(ReviewFileError, match="not a Redline review"):
        read_review(junk)
    with pytest.raises(ReviewFileError, match="file not found"):
        read_review(tmp_path / "missing.redline")


def test_versions_changed_on_disk_are_named_and_the_saved_text_is_used(tmp_path: Path) -> None:
    path = saved(tmp_path)
    now = {"a.txt": "One. Two.", "b.txt": "One. Four."}
    opened = read_review(path, now.get)
    assert opened.documents[1].text == "One. Three."
    assert opened.warnings == ("b.txt: changed since the review was saved; the saved text is used",)
    opened = read_review(path, lambda source: None)
    assert len(opened.warnings) == 2 and "cannot be read now" in opened.warnings[0]
    assert sha256("One. Three.") == json.loads(path.read_text())["documents"][1]["sha256"]


def test_web_pages_are_not_fetched_again_to_check_them(tmp_path: Path) -> None:
    documents = [
        Document("a.txt", "a", "One. Two."),
        Document("https://example.org/story", "story", "One. Three.", {"url": "x"}),
    ]
    path = tmp_path / "r.redline"
    write_review(path, documents, 0, Review())
    asked: list[str] = []

    def now(source: str) -> str | None:
        asked.append(source)
        return "One. Two."

    assert read_review(path, now).warnings == ()
    assert asked == ["a.txt"]


def test_a_pipe_or_a_device_is_refused_at_once(tmp_path: Path) -> None:
    """Review: opening a FIFO as a review hung until killed."""
    import os

    fifo = tmp_path / "pipe.redline"
    os.mkfifo(fifo)
    with pytest.raises(ReviewFileError, match="not a regular file"):
        read_review(fifo)
