"""Bad command lines and odd file names (issue 12): one line on stderr, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.cli.main import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def pair(tmp_path: Path) -> tuple[str, str]:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("The bridge reopened on Monday. Tolls stay.\n", encoding="utf-8")
    two.write_text("The bridge reopened on Tuesday. Tolls stay.\n", encoding="utf-8")
    return str(one), str(two)


def error_line(capsys: pytest.CaptureFixture[str], argv: list[str], code: int) -> str:
    assert main(argv) == code
    err = capsys.readouterr().err
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("redline: ")
    return err.rstrip("\n")


@pytest.mark.parametrize("base", ["²", "٣", "1" * 5000, "-" + "9" * 5000, "9" * 20])
def test_a_base_that_is_no_index_here(
    pair: tuple[str, str], capsys: pytest.CaptureFixture[str], base: str
) -> None:
    """Regression (issue 12): `--base ²` and `--base` with 5,000 digits raised ValueError."""
    line = error_line(capsys, ["compare", *pair, "--base", base], 2)
    assert line.endswith(
        ("there are only 2 versions (0 to 1)", "not one of the files being compared")
    )
    assert len(line) < 200


@pytest.mark.parametrize(
    "argv",
    [["compare", "-o.txt"], ["export", "a.txt", "b.txt"], ["compare", "a", "b", "--format", "x"]],
)
def test_argparse_errors_are_one_line(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    """Regression (issue 12): a bare `-o.txt` gave a two-line usage error (usage + error)."""
    line = error_line(capsys, argv, 2)
    assert line.startswith(f"redline: {argv[0]}: ")


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("x\x1b[2Jy.txt", "x\\x1b[2Jy.txt"),
        ("two\nlines.txt", "two\\nlines.txt"),
        ("bell\x07\x9b.txt", "bell\\x07\\x9b.txt"),
        ("rtl\u202etxt.exe", "rtl\\u202etxt.exe"),
    ],
)
def test_control_characters_in_names_are_spelled_out(
    pair: tuple[str, str], capsys: pytest.CaptureFixture[str], name: str, shown: str
) -> None:
    """Regression (issue 12): control characters and escape sequences in file names were
    printed raw in error lines (a name could clear the terminal)."""
    line = error_line(capsys, ["compare", pair[0], name], 1)
    assert line == f"redline: {shown}: file not found"


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file names must be UTF-8")
def test_a_file_name_that_is_not_utf8(pair: tuple[str, str], tmp_path: Path) -> None:
    """Regression (issue 12): a file name that is not valid UTF-8 raised UnicodeEncodeError in
    `compare` (text and JSON)."""
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw, "wb") as file:
        file.write(b"The bridge reopened on Tuesday. Tolls stay.\n")
    name = os.fsdecode(raw)
    command = [sys.executable, "-m", "viewer", "compare", pair[0], name]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    text = subprocess.run(command, capture_output=True, env=env, check=False, cwd=ROOT)
    assert text.returncode == 0, text.stderr
    assert "caf\ufffd.txt" in text.stdout.decode("utf-8")
    done = subprocess.run(
        [*command, "--format", "json"], capture_output=True, env=env, check=False, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout.decode("utf-8"))["documents"][1]
    assert document["label"] == "caf\ufffd.txt"
    assert os.fsencode(document["path"]) == raw  # the path round-trips to the very file
    missing = subprocess.run(
        [*command[:-1], name + ".gone"], capture_output=True, env=env, check=False, cwd=ROOT
    )
    assert missing.returncode == 1
    assert missing.stderr.decode("utf-8").endswith("caf\\xe9.txt.gone: file not found\n")


_TOKENS = st.sampled_from(
    ["--base", "0", "1", "2", "-1", "--format", "json", "text", "-o", "--output", "--force",
     "--hide-cosmetic", "-h", "--", "-", "-o.txt", "--base=1", "²", "ONE", "TWO", "x.html"]
)  # fmt: skip
# No "/" (the fuzz must not write outside its folder) and no ":" (nor fetch "http:x").
_TEXT = st.text(st.characters(blacklist_characters="/:", blacklist_categories=("Cs",)), max_size=12)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    command=st.sampled_from(["compare", "export"]),
    rest=st.lists(st.one_of(_TOKENS, _TEXT), max_size=8),
)
def test_fuzzed_command_lines(
    pair: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
    rest: list[str],
) -> None:
    """Any command line: success, or exit 1 or 2 with one line on stderr; never a traceback."""
    monkeypatch.chdir(tmp_path)
    argv = [command, *(pair[0] if t == "ONE" else pair[1] if t == "TWO" else t for t in rest)]
    try:
        code = main(argv)
    except SystemExit as exit_:  # -h prints the help and exits 0, as argparse does
        assert exit_.code == 0
        return
    err = capsys.readouterr().err
    if code == 0:
        assert err == ""
    else:
        assert code in (1, 2)
        assert err.startswith("redline: ") and err.count("\n") == 1, err


def test_a_label_never_carries_an_escape_sequence(tmp_path: Path) -> None:
    """The label of a readable file named with an escape sequence is printed in summaries."""
    from viewer.io import load_document

    path = tmp_path / "x\x1b[2Jy.txt"
    path.write_text("Text.\n", encoding="utf-8")
    assert load_document(path).label == "x\\x1b[2Jy.txt"
