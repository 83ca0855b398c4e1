"""load_document end to end: every format, every bad input, and its exact message."""

from __future__ import annotations

import contextlib
import os
import pickle
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from viewer.core.model import Document
from viewer.io import SUPPORTED_SUFFIXES, LoadError, LoadOptions, load_document

from .fixtures import FIXTURES, fixture, fixture_bytes
from .test_html_page import ARTICLE
from .test_pdf import PRESS_RELEASE

UNICODE = "Ünïcödé check: ümlauts, 日本語, עברית and an emoji 🙂.\n"


DEFAULT = LoadOptions()


def problem_of(source: str | os.PathLike[str], options: LoadOptions = DEFAULT) -> str:
    with pytest.raises(LoadError) as caught:
        load_document(source, options=options)
    assert caught.value.source == os.fspath(source)
    assert str(caught.value) == f"{os.fspath(source)}: {caught.value.problem}"
    return caught.value.problem


@pytest.mark.parametrize(
    ("name", "text", "metadata"),
    [
        (
            "plain.txt",
            "Storm closes coastal road\n\nHeavy rain closed the coast road between Saltmere and "
            "Pike Bay on Sunday, police said.\n\nDrivers were told to use the inland route, "
            "which adds about 20 minutes.\n",
            {"format": "text", "encoding": "utf-8"},
        ),
        ("utf8-bom.txt", UNICODE, {"format": "text", "encoding": "utf-8-sig"}),
        ("utf16le-bom.txt", UNICODE, {"format": "text", "encoding": "utf-16-le"}),
        ("utf16be-bom.txt", UNICODE, {"format": "text", "encoding": "utf-16-be"}),
        (
            "latin1.txt",
            "Le café de la gare a fermé après vingt-trois ans, a déclaré le maire.\n",
            {"format": "text", "encoding": "cp1252"},
        ),
        (
            "cp1251.txt",
            "Мэр города заявил, что мост откроют во вторник.\n",
            {"format": "text", "encoding": "cp1251"},
        ),
        (
            "crlf.txt",
            "First line.\nSecond line.\n\nNew paragraph.\n",
            {"format": "text", "encoding": "utf-8"},
        ),
        (
            "lone-cr.txt",
            "First line.\nSecond line.\n\nNew paragraph.\n",
            {"format": "text", "encoding": "utf-8"},
        ),
        ("press-release.pdf", PRESS_RELEASE, {"format": "pdf"}),
        ("press-release-really.txt", PRESS_RELEASE, {"format": "pdf"}),
        (
            "statement.docx",
            "Ferry timetable changes\n\n"
            "The island ferry will run every 40 minutes from 1 June, the operator said on "
            "Monday.\n\nFares rise by 5 per cent, the first increase since 2019.\n\n"
            "Line one of an address\nLine two of an address\n\n"
            "Route\tMinutes\n\nQuay to island\t40\n\nResidents can comment until 15 May.",
            {"format": "docx", "title": "Ferry timetable changes", "byline": "Bram Oystercatch"},
        ),
    ],
)
def test_good_files(name: str, text: str, metadata: dict[str, str]) -> None:
    document = load_document(fixture(name))
    assert document == Document(str(fixture(name)), name, text, metadata)


@pytest.mark.parametrize("name", ["article.html", "saved-page-really.txt"])
def test_saved_web_page(name: str) -> None:
    document = load_document(str(fixture(name)))
    assert document.text == "\n\n".join(ARTICLE)
    assert document.metadata["format"] == "html"
    assert document.metadata["encoding"] == "utf-8"
    assert document.metadata["title"] == "Harbour bridge reopens after repairs"
    assert document.metadata["byline"] == "Ada Quillfeather"
    assert document.metadata["date"] == "2023-04-12"


def test_markdown_format() -> None:
    assert load_document(fixture("notes.md")).metadata["format"] == "markdown"


def test_word_file_without_extension(tmp_path: Path) -> None:
    path = tmp_path / "statement"
    shutil.copy(fixture("statement.docx"), path)
    assert load_document(path).text.startswith("Ferry timetable changes\n\nThe island ferry")


def test_label_given_or_file_name() -> None:
    assert load_document(fixture("plain.txt"), label="Version B").label == "Version B"
    assert load_document(fixture("plain.txt")).label == "plain.txt"


def test_same_file_twice_gives_equal_documents() -> None:
    assert load_document(fixture("statement.docx")) == load_document(fixture("statement.docx"))


BAD_FILES = [
    ("no-such-file.txt", "file not found"),
    ("empty.txt", "file is empty"),
    ("whitespace.txt", "file is empty (only whitespace)"),
    ("image.png", "looks like a binary file (PNG image), not text"),
    ("program.bin", "looks like a binary file (executable program), not text"),
    ("nul-bytes.txt", "looks like a binary file, not text"),
    ("archive.zip", "looks like a binary file (ZIP archive), not text"),
    ("old-word.doc", "old Word .doc or Office file, not supported (save it as .docx)"),
    ("undecodable.txt", "cannot decode the text (not UTF-8, UTF-16 or a known encoding)"),
    ("corrupt.docx", "corrupt Word document"),
    ("blank.docx", "Word document has no text"),
    ("corrupt.pdf", "corrupt PDF"),
    ("scanned.pdf", "PDF has no text layer (scanned?)"),
]


@pytest.mark.parametrize(("name", "problem"), BAD_FILES)
def test_bad_files(name: str, problem: str) -> None:
    assert problem_of(fixture(name)) == problem


def test_directory() -> None:
    assert problem_of(FIXTURES) == "is a directory"


def test_file_inside_a_file_is_not_found() -> None:
    assert problem_of(fixture("plain.txt") / "child.txt") == "file not found"


def test_not_a_regular_file() -> None:
    if not os.path.exists("/dev/null"):
        pytest.skip("no /dev/null here")
    assert problem_of("/dev/null") == "not a regular file"


def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("classified")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop reading")
        assert problem_of(path) == "permission denied"
    finally:
        path.chmod(0o600)


def test_permission_denied_even_as_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Root reads chmod-000 files, so the mapping is also checked with a refusing open()."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("viewer.io.local_file.open", refuse, raising=False)
    assert problem_of(fixture("plain.txt")) == "permission denied"


def test_too_large() -> None:
    options = LoadOptions(max_bytes=100)
    assert problem_of(fixture("plain.txt"), options) == (
        "file is too large (187 bytes; the limit is 100 bytes)"
    )


def test_default_size_limit_in_message(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(50 * 1024 * 1024 + 1)  # sparse: costs no disk
    assert problem_of(path) == "file is too large (50 MB; the limit is 50 MB)"


def test_unsupported_scheme_is_taken_as_a_path() -> None:
    assert problem_of("ftp://files.example/story.txt") == "file not found"


@pytest.mark.parametrize("name", ["statement.docx", "press-release.pdf", "article.html"])
def test_truncated_files_never_raise_anything_but_load_error(tmp_path: Path, name: str) -> None:
    """Every cut of a good file loads or fails with LoadError, never a library's traceback."""
    data = fixture_bytes(name)
    path = tmp_path / name
    for end in range(1, len(data), max(1, len(data) // 97)):
        path.write_bytes(data[:end])
        with contextlib.suppress(LoadError):
            load_document(path)


def test_load_in_worker_threads() -> None:
    """The GUI loads off its main thread; the readers must not rely on signals or globals."""
    names = ["article.html", "statement.docx", "press-release.pdf", "latin1.txt"] * 2
    results: dict[int, Document] = {}

    def work(index: int, name: str) -> None:
        results[index] = load_document(fixture(name))

    threads = [threading.Thread(target=work, args=item) for item in enumerate(names)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [results[index] for index in range(len(names))] == [
        load_document(fixture(name)) for name in names
    ]


def test_load_error_pickles_and_names_source() -> None:
    error = LoadError("a.txt", "file not found")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.source, copy.problem, str(copy)) == (
        "a.txt",
        "file not found",
        "a.txt: file not found",
    )


def test_options_reject_nonsense() -> None:
    with pytest.raises(ValueError, match="max_bytes"):
        LoadOptions(max_bytes=0)
    with pytest.raises(ValueError, match="fetch_timeout"):
        LoadOptions(fetch_timeout=-1)


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == (
        ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx", ".pdf"
    )  # fmt: skip


def test_io_does_not_import_qt() -> None:
    code = "import sys, viewer.io; sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    root = Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=root, check=False).returncode == 0
