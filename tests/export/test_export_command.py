"""``redline export`` in-process: writes the report, refuses to overwrite without --force."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DEMO
from viewer.cli.main import main


def _demo() -> list[str]:
    return [str(p) for p in sorted(DEMO.glob("*.txt"))[:2]]


def test_export_writes_then_refuses_then_overwrites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "r.html"
    assert main(["export", *_demo(), "-o", str(target)]) == 0
    first = target.read_text(encoding="utf-8")
    assert "<!DOCTYPE html>" in first
    capsys.readouterr()

    target.write_text("keep me", encoding="utf-8")
    assert main(["export", *_demo(), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err == f"redline: {target}: file exists (use --force to overwrite)\n"
    assert target.read_text(encoding="utf-8") == "keep me"

    assert main(["export", *_demo(), "-o", str(target), "--force"]) == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_export_hide_cosmetic(tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    paths = [str(p) for p in sorted(DEMO.glob("*.txt"))]
    assert main(["export", *paths, "-o", str(target), "--hide-cosmetic"]) == 0
    assert 'class="cosm"' not in target.read_text(encoding="utf-8")


def test_export_to_missing_directory_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "r.html"
    assert main(["export", *_demo(), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err == f"redline: {target}: directory does not exist\n"
