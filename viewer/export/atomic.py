"""Atomic file writes for exports: a temporary file in the same folder, renamed into place."""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

__all__ = ["ExportError", "write_atomic"]


class ExportError(Exception):
    """A report could not be written; the message names the file and says why, on one line."""


_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "read-only file system",
    errno.ENOSPC: "no space left on device",
    errno.EDQUOT: "disk quota exceeded",
    errno.ENOENT: "directory does not exist",
    errno.ENOTDIR: "directory does not exist",
    errno.EISDIR: "is a directory",
    errno.ENAMETOOLONG: "file name too long",
}


def _error(path: Path, error: OSError) -> ExportError:
    reason = _REASONS.get(error.errno or 0) or (error.strerror or str(error)).lower()
    return ExportError(f"{path}: {reason}")


def write_atomic(path: Path, text: str, *, overwrite: bool = False) -> None:
    """Write ``text`` as UTF-8 to ``path`` so that readers see the old file or the new, never half.

    Without ``overwrite`` an existing file is left untouched and ExportError is raised; the check
    is made by the final link itself, so a file created meanwhile is not clobbered either.
    """
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"{path}: directory does not exist")
    if path.is_dir():
        raise ExportError(f"{path}: is a directory")
    if not overwrite and path.exists():
        raise ExportError(f"{path}: file exists (use --force to overwrite)")
    temporary = _create_temporary(path)
    try:
        try:
            with open(temporary, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            _move_into_place(temporary, path, overwrite)
        except OSError as error:
            raise _error(path, error) from error
    finally:
        # After a successful link or replace the temporary name is gone or a spare hard link.
        if temporary.exists():
            temporary.unlink()


def _create_temporary(path: Path) -> Path:
    # os.open with mode 0o666 lets the umask decide the report's permissions, as for any new file
    # (tempfile.mkstemp would make it private to the user).
    for _ in range(20):
        # A short name of its own: the report's name plus a suffix would not fit beside a
        # report whose name already has the longest length the file system allows.
        temporary = path.with_name(f".redline-{secrets.token_hex(6)}.tmp")
        try:
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as error:
            raise _error(path, error) from error
        os.close(descriptor)
        return temporary
    raise ExportError(f"{path}: could not create a temporary file")


def _move_into_place(temporary: Path, path: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(temporary, path)
        return
    try:
        os.link(temporary, path)  # fails atomically if the destination appeared meanwhile
    except FileExistsError:
        raise ExportError(f"{path}: file exists (use --force to overwrite)") from None
    except OSError:
        # Some file systems (FAT, some network shares) have no hard links: check, then rename.
        if path.exists():
            raise ExportError(f"{path}: file exists (use --force to overwrite)") from None
        os.replace(temporary, path)
