"""Review files under hostile and heavy use (issue 23): damaged files are one line naming
the file, what is written can be read back, texts keep the per-input budget, sources are
found from the review's folder, a byte-order mark is accepted."""

from __future__ import annotations

import codecs
import json
import shutil
from pathlib import Path

import pytest

from viewer.core import Document
from viewer.core.review import Review
from viewer.export import review_file
from viewer.export.atomic import ExportError
from viewer.export.review_file import ReviewFileError, read_review, review_to_json, write_review

CYRILLIC = "Мэр сказал, что к июню добавят сорок автобусов. " * 40


def _documents(folder: Path | None = None) -> list[Document]:
    texts = ["The mayor said 40 buses.", "The mayor said 14 buses."]
    names = ["001.txt", "002.txt"]
    if folder is not None:
        for name, text in zip(names, texts, strict=True):
            (folder / name).write_text(text, encoding="utf-8")
    return [Document(n, n, t, {"format": "text"}) for n, t in zip(names, texts, strict=True)]


def _valid(tmp_path: Path) -> dict[str, object]:
    return review_to_json(_documents(), 0, Review(), folder=tmp_path)


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (lambda d: "[" * 100_000 + "]" * 100_000, "damaged review (nested too deeply"),
        (
            lambda d: json.dumps(d).replace('"base": 0', '"base": ' + "9" * 5000),
            "damaged review (a number of 5,000 digits)",
        ),
        (
            lambda d: json.dumps(d).replace(
                '"gap_threshold": 0.3', '"gap_threshold": 1' + "0" * 99
            ),
            "damaged review (a number of 100 digits)",
        ),
        (
            lambda d: json.dumps(d).replace('"gap_threshold": 0.3', '"gap_threshold": 1e400'),
            "damaged review (a number out of range (1e400))",
        ),
    ],
)
def test_hostile_numbers_and_nesting_are_one_line(
    tmp_path: Path, damage: object, problem: str
) -> None:
    """Regression: these raised RecursionError, ValueError (4,300 digits) and
    OverflowError: a traceback in the CLI, nothing at all in the app."""
    path = tmp_path / "bad.redline"
    path.write_text(damage(_valid(tmp_path)), encoding="utf-8")  # type: ignore[operator]
    with pytest.raises(ReviewFileError) as raised:
        read_review(path)
    assert str(raised.value).startswith(f"{path}: {problem}")
    assert "\n" not in str(raised.value)


def test_a_review_is_utf8_and_cyrillic_is_not_escaped(tmp_path: Path) -> None:
    """Regression: written with ensure_ascii, five 40 MB Cyrillic versions made a 566 MB
    review that could not be opened again."""
    documents = [Document("a.txt", "a.txt", CYRILLIC), Document("b.txt", "b.txt", CYRILLIC + "!")]
    path = tmp_path / "ru.redline"
    write_review(path, documents, 0, Review())
    text_bytes = sum(len(d.text.encode()) for d in documents)
    assert path.stat().st_size < text_bytes + 2000  # ASCII escapes took six bytes a letter
    assert "Мэр" in path.read_text(encoding="utf-8")
    assert read_review(path).documents[1].text == CYRILLIC + "!"


def test_an_undecodable_file_name_survives_the_round_trip(tmp_path: Path) -> None:
    name = "caf\udce9.txt"  # the byte 0xE9 of a Latin-1 file name
    documents = [Document(name, "café.txt", "One."), Document("b.txt", "b.txt", "Two.")]
    path = tmp_path / "r.redline"
    write_review(path, documents, 0, Review())
    assert read_review(path).documents[0].path.endswith(name)


def test_a_review_too_large_to_read_back_is_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: what could not be read back was written (and as a recovery copy,
    deleted at the next start without a word)."""
    monkeypatch.setattr(review_file, "MAX_REVIEW_BYTES", 4000)
    documents = [Document("a.txt", "a.txt", CYRILLIC), Document("b.txt", "b.txt", CYRILLIC)]
    path = tmp_path / "big.redline"
    path.write_text("the previous review", encoding="utf-8")
    with pytest.raises(ExportError) as raised:
        write_review(path, documents, 0, Review())
    assert str(raised.value).startswith(f"{path}: not saved: the review would be ")
    assert path.read_text(encoding="utf-8") == "the previous review"


def test_a_version_over_the_budget_of_one_input_is_refused_both_ways(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: a review holding two 151 MB versions was opened (74 s, 1.5 GB): reviews
    skipped the per-input budgets."""
    documents = [Document("a.txt", "a.txt", "x " * 600), Document("b.txt", "b.txt", "y")]
    path = tmp_path / "big.redline"
    write_review(path, documents, 0, Review())
    monkeypatch.setattr(review_file, "MAX_TEXT_BYTES", 1000)
    with pytest.raises(ReviewFileError) as raised:
        read_review(path)
    assert str(raised.value) == (
        f"{path}: the text of version 0 is too large (1.2 KB; the limit for one version is "
        "1000 bytes)"
    )
    with pytest.raises(ExportError, match="not saved: the text of version 0"):
        write_review(tmp_path / "again.redline", documents, 0, Review())


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    """Regression: a review saved by an editor that adds a UTF-8 BOM was refused."""
    path = tmp_path / "bom.redline"
    path.write_bytes(codecs.BOM_UTF8 + json.dumps(_valid(tmp_path)).encode())
    assert read_review(path).documents[0].text == "The mayor said 40 buses."


def test_sources_are_found_when_the_folder_moves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: a review saved with relative file names reopened elsewhere as "Versions
    changed since the review was saved" for every unchanged file."""
    folder = tmp_path / "story"
    folder.mkdir()
    monkeypatch.chdir(folder)
    documents = _documents(folder)  # paths relative to the folder the app ran in
    write_review(folder / "story.redline", documents, 0, Review())
    moved = tmp_path / "elsewhere" / "story"
    shutil.move(folder, moved)
    monkeypatch.chdir(tmp_path)
    now = {
        str(moved / name): (moved / name).read_text(encoding="utf-8")
        for name in ("001.txt", "002.txt")
    }
    opened = read_review(moved / "story.redline", now.get)
    assert opened.warnings == ()
    assert [d.path for d in opened.documents] == [str(moved / "001.txt"), str(moved / "002.txt")]
    saved = json.loads((moved / "story.redline").read_text(encoding="utf-8"))
    assert saved["documents"][0]["source"] == "001.txt"  # as given (the field keeps its meaning)
    assert saved["documents"][0]["relative"] == "001.txt"
    assert saved["documents"][0]["absolute"] == str(folder / "001.txt")


def test_a_long_label_is_shortened_when_read(tmp_path: Path) -> None:
    data = _valid(tmp_path)
    data["documents"][0]["label"] = "<b>" + "n" * 1_000_000  # type: ignore[index]
    path = tmp_path / "label.redline"
    path.write_text(json.dumps(data), encoding="utf-8")
    label = read_review(path).documents[0].label
    assert len(label) == 300 and label.startswith("<b>nnn") and "…" in label
