"""Reports are written atomically: an existing file is kept unless overwriting is asked for."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import doc
from viewer.core import compare_documents
from viewer.export.atomic import ExportError, write_atomic
from viewer.export.html_report import write_report


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    write_atomic(target, "héllo\n")
    assert target.read_text(encoding="utf-8") == "héllo\n"
    assert _leftovers(tmp_path) == []


def test_existing_file_is_untouched_without_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(
        ExportError, match=r"report\.html: file exists \(use --force to overwrite\)"
    ):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


def test_overwrite_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "new", overwrite=True)
    assert target.read_text(encoding="utf-8") == "new"
    assert _leftovers(tmp_path) == []


def test_a_failing_rename_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match=r"report\.html: no space left on device"):
        write_atomic(target, "new", overwrite=True)
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


def test_a_failing_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.html"

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", refuse)
    with pytest.raises(ExportError, match="input/output error"):
        write_atomic(target, "new")
    assert list(tmp_path.iterdir()) == []


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="directory does not exist"):
        write_atomic(tmp_path / "nowhere" / "report.html", "x")


def test_destination_is_a_directory(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a directory"):
        write_atomic(tmp_path, "x", overwrite=True)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_unwritable_directory(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match=r"report\.html: permission denied"):
            write_atomic(folder / "report.html", "x")
    finally:
        folder.chmod(0o700)


def test_unwritable_directory_mapped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Also checked when the tests run as root, where chmod does not stop writes."""

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(ExportError, match=r"report\.html: permission denied"):
        write_atomic(tmp_path / "report.html", "x")


def test_file_created_meanwhile_is_not_clobbered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The no-overwrite check is made by the final link, not only before writing."""
    target = tmp_path / "report.html"
    real_fsync = os.fsync

    def racing_fsync(descriptor: int) -> None:
        real_fsync(descriptor)
        target.write_text("theirs", encoding="utf-8")

    monkeypatch.setattr(os, "fsync", racing_fsync)
    with pytest.raises(ExportError, match="file exists"):
        write_atomic(target, "ours")
    assert target.read_text(encoding="utf-8") == "theirs"
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_report_gets_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    write_atomic(target, "x")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_write_report_end_to_end(tmp_path: Path) -> None:
    comparison = compare_documents([doc("One two three."), doc("One two four.")], 0)
    target = tmp_path / "r.html"
    write_report(comparison, target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(ExportError, match="file exists"):
        write_report(comparison, target)
    write_report(comparison, target, overwrite=True)


def test_a_name_of_the_longest_legal_length(tmp_path: Path) -> None:
    """Regression (issue 12): exporting to a legal 255-byte file name failed ("file name too
    long"): the temporary file's name was the report's plus 14 bytes."""
    target = tmp_path / ("r" * 250 + ".html")
    write_atomic(target, "report")
    assert target.read_text(encoding="utf-8") == "report"
    assert _leftovers(tmp_path) == []


def test_replacing_keeps_the_files_permissions(tmp_path: Path) -> None:
    """Regression (issue 23): Save turned a 0600 review into 0644."""
    target = tmp_path / "private.redline"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    write_atomic(target, "new", overwrite=True)
    assert target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_mode & 0o777 == 0o600


def test_replacing_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    """Regression (issue 23): Save replaced a symbolic link with a file."""
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "review.redline"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.redline"
    link.symlink_to(real)
    write_atomic(link, "new", overwrite=True)
    assert link.is_symlink() and link.resolve() == real
    assert real.read_text(encoding="utf-8") == "new"
    assert _leftovers(tmp_path) == [] and _leftovers(tmp_path / "real") == []


def test_strays_of_a_killed_write_are_removed_but_not_a_write_under_way(tmp_path: Path) -> None:
    """Regression (issue 23): kill -9 during a save left 6 MB .redline-*.tmp files that
    nothing cleaned."""
    import fcntl
    import time

    from viewer.export.atomic import remove_strays

    old = time.time() - 3600
    stray = tmp_path / ".redline-0123456789ab.tmp"
    stray.write_text("half a review", encoding="utf-8")
    busy = tmp_path / ".redline-ba9876543210.tmp"
    busy.write_text("being written", encoding="utf-8")
    young = tmp_path / ".redline-aaaaaaaaaaaa.tmp"
    young.write_text("just created", encoding="utf-8")
    other = tmp_path / ".other-0123456789ab.tmp"
    other.write_text("not ours", encoding="utf-8")
    for path in (stray, busy, other):
        os.utime(path, (old, old))
    with open(busy, "rb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)  # as write_atomic holds it while writing
        assert remove_strays(tmp_path) == 1
    assert not stray.exists() and busy.exists() and young.exists() and other.exists()
