"""``redline compare … | head``: the reader stops early and Redline ends quietly with the
status of a tool stopped by SIGPIPE (issue 23: exit 2, "bad command line", and
"[Errno 32] Broken pipe")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path: Path) -> None:
    words = " ".join(f"word{k}" for k in range(60_000))
    paths = []
    for name, text in (("a.txt", words), ("b.txt", words.replace("word7", "other7"))):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    command = [sys.executable, "-m", "viewer", "compare", *paths, "--format", "json"]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.read(10) == b'{"format":'
    child.stdout.close()  # what `head -c 10` does
    error = child.stderr.read().decode()
    child.stderr.close()
    assert child.wait(60) == 141
    assert error == ""
