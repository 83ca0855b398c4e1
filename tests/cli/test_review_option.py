"""``redline compare --review`` and ``redline export --review``: the versions, base,
corrections, verdicts and notes come from a saved review (issue 14)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.conftest import DEMO
from viewer.cli.main import main, run
from viewer.core import Document, Kind, compare_documents
from viewer.core.model import Span
from viewer.core.review import Decision, LinkAction, ManualLink, Review, Verdict, finding_key
from viewer.export.review_file import write_review
from viewer.io import load_document


def saved_review(tmp_path: Path) -> tuple[Path, list[Document], Review]:
    """A review of the first two demo articles (copied, so they can be changed on disk):
    one verdict with a note, and one link made by hand."""
    paths = []
    for source in sorted(DEMO.glob("*.txt"))[:2]:
        copy = tmp_path / source.name
        copy.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(copy)
    documents = [load_document(p) for p in paths]
    comparison = compare_documents(documents)
    pair = comparison.pairs[0]
    omission = next(s for s in pair.findings if s.kind is Kind.OMISSION)
    review = Review().decide(
        finding_key(comparison, pair, omission), Decision(Verdict.FOLLOW_UP, "who cut it?")
    )
    first = Span(0, documents[0].text.index(".") + 1)
    link = ManualLink(1, LinkAction.LINK, first, Span(0, documents[1].text.index(".") + 1))
    review = review.with_links([link])
    path = tmp_path / "flood.redline"
    write_review(path, documents, 0, review)
    return path, documents, review


def test_compare_json_adds_verdict_and_note_to_segments(tmp_path: Path) -> None:
    path, documents, _review = saved_review(tmp_path)
    out = io.StringIO()
    assert run(["compare", "--review", str(path), "--format", "json"], out) == 0
    data = json.loads(out.getvalue())
    assert data["format"] == "redline-comparison" and data["version"] == 1
    assert [d["text"] for d in data["documents"]] == [d.text for d in documents]
    segments = data["comparisons"][0]["segments"]
    findings = [s for s in segments if s["kind"] != "equal"]
    assert all({"verdict", "note"} <= set(s) for s in findings)
    assert all("verdict" not in s for s in segments if s["kind"] == "equal")
    decided = [s for s in findings if s["verdict"] != "unreviewed"]
    assert [(s["kind"], s["verdict"], s["note"]) for s in decided] == [
        ("omission", "follow-up", "who cut it?")
    ]
    assert any(b.get("manual") for b in data["comparisons"][0]["blocks"])


def test_compare_json_without_review_has_no_verdicts() -> None:
    out = io.StringIO()
    files = [str(p) for p in sorted(DEMO.glob("*.txt"))[:2]]
    assert run(["compare", *files, "--format", "json"], out) == 0
    segments = json.loads(out.getvalue())["comparisons"][0]["segments"]
    assert all("verdict" not in s and "note" not in s for s in segments)


def test_compare_text_shows_progress_verdicts_and_notes(tmp_path: Path) -> None:
    path, _documents, _review = saved_review(tmp_path)
    out = io.StringIO()
    assert run(["compare", "--review", str(path)], out) == 0
    text = out.getvalue()
    assert "review: 1 of " in text and "(1 follow up · " in text
    assert "<follow up>" in text and "      note: who cut it?" in text
    assert "    1 row aligned by hand\n" in text


def test_export_carries_the_review(tmp_path: Path) -> None:
    path, _documents, _review = saved_review(tmp_path)
    report = tmp_path / "report.html"
    assert main(["export", "--review", str(path), "-o", str(report)]) == 0
    html = report.read_text(encoding="utf-8")
    assert 'id="review"' in html and "flood.redline" in html
    assert "who cut it?" in html and "follow up" in html
    confirmed_only = tmp_path / "confirmed.html"
    args = ["export", "--review", str(path), "-o", str(confirmed_only), "--only-confirmed"]
    assert main([*args, "--no-notes"]) == 0
    html = confirmed_only.read_text(encoding="utf-8")
    assert "who cut it?" not in html and "data-finding tabindex" not in html


def test_versions_changed_on_disk_are_named_and_the_saved_texts_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, documents, _review = saved_review(tmp_path)
    Path(documents[1].path).write_text("Something else entirely.", encoding="utf-8")
    out = io.StringIO()
    assert main(["compare", "--review", str(path), "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert captured.err == (
        f"redline: warning: {documents[1].path}: changed since the review was saved; "
        "the saved text is used\n"
    )
    data = json.loads(captured.out)
    assert data["documents"][1]["text"] == documents[1].text
    del out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["a.txt"], "compare: give either FILE arguments or --review, not both"),
        (["--base", "1"], "compare: --base cannot be given with --review (it is saved)"),
    ],
)
def test_review_with_files_or_base_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    path, _documents, _review = saved_review(tmp_path)
    assert main(["compare", "--review", str(path), *extra]) == 2
    assert capsys.readouterr().err == f"redline: {message}\n"


def test_bad_review_files_are_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "damaged.redline"
    damaged.write_text('{"format": "redline-review", "version": 1, "documents": 3}')
    newer = tmp_path / "newer.redline"
    newer.write_text('{"format": "redline-review", "version": 99}')
    for path, problem in (
        (damaged, "damaged review ('documents' is not a list of records)"),
        (newer, "made by a newer Redline (review format 99; this one reads up to 1)"),
        (tmp_path / "missing.redline", "file not found"),
    ):
        assert main(["export", "--review", str(path), "-o", str(tmp_path / "r.html")]) == 1
        assert capsys.readouterr().err == f"redline: {path}: {problem}\n"


def test_no_files_and_no_review(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare"]) == 2
    assert capsys.readouterr().err == (
        "redline: compare: the following arguments are required: FILE\n"
    )
    demo = [str(p) for p in sorted(DEMO.glob("*.txt"))[:2]]
    assert main(["export", *demo, "-o", "x.html", "--only-confirmed"]) == 2
    assert "need --review" in capsys.readouterr().err


def test_control_characters_from_a_review_never_reach_the_terminal(tmp_path: Path) -> None:
    """Review: a crafted .redline file printed ESC, OSC and BEL sequences from its labels,
    notes and texts straight to the terminal."""
    evil = "\x1b[31mred\x1b]0;title\x07"
    documents = [
        Document("a.txt", f"a{evil}", f"One sentence here. {evil} Two."),
        Document("b.txt", f"b{evil}", "One sentence here. Three."),
    ]
    path = tmp_path / "evil.redline"
    write_review(path, documents, 0, Review())
    out = io.StringIO()
    assert run(["compare", "--review", str(path)], out) == 0
    printed = out.getvalue()
    assert "\x1b" not in printed and "\x07" not in printed
    assert "\\x1b[31mred" in printed
