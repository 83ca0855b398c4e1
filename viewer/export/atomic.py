"""Atomic file writes for exports: a temporary file in the same folder, renamed into place.

A file replaced keeps its permissions, and a symbolic link keeps pointing where it did (the
file it names is replaced). The temporary file is locked while it is written, so one left
by a process killed meanwhile (``kill -9``, a power cut) can be told from one being written
and removed (``remove_strays``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # not on Windows: strays are then told by their age alone
    fcntl = None  # type: ignore[assignment]

__all__ = ["ExportError", "remove_strays", "write_atomic"]

_STRAY = re.compile(r"\.redline-[0-9a-f]{12}\.tmp")
_STRAY_AGE = 60.0  # seconds: a temporary file younger than this may be about to be locked


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


def write_atomic(path: Path, text: str | bytes, *, overwrite: bool = False) -> None:
    """Write ``text`` (as UTF-8) to ``path`` so that readers see the old file or the new,
    never half.

    Without ``overwrite`` an existing file is left untouched and ExportError is raised; the check
    is made by the final link itself, so a file created meanwhile is not clobbered either.
    """
    path = _through_links(path)
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(f"{path}: directory does not exist")
    if path.is_dir():
        raise ExportError(f"{path}: is a directory")
    if not overwrite and path.exists():
        raise ExportError(f"{path}: file exists (use --force to overwrite)")
    data = text.encode("utf-8") if isinstance(text, str) else text
    temporary, descriptor = _create_temporary(path)
    try:
        try:
            with open(descriptor, "wb") as stream:
                _lock(descriptor)
                _keep_mode(path, descriptor)
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
                _move_into_place(temporary, path, overwrite)
        except OSError as error:
            raise _error(path, error) from error
    finally:
        # After a successful link or replace the temporary name is gone or a spare hard link.
        if temporary.exists():
            temporary.unlink()


def remove_strays(folder: Path) -> int:
    """Remove the temporary files that writes into ``folder`` left when their process was
    killed (none is locked, and each is over a minute old); how many were removed."""
    removed = 0
    try:
        names = [entry for entry in os.scandir(folder) if _STRAY.fullmatch(entry.name)]
    except OSError:
        return 0
    for entry in names:
        with contextlib.suppress(OSError):
            if time.time() - entry.stat(follow_symlinks=False).st_mtime < _STRAY_AGE:
                continue
            descriptor = os.open(entry.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            try:
                if fcntl is not None:
                    fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # held: in use
                os.unlink(entry.path)
                removed += 1
            finally:
                os.close(descriptor)
    return removed


def _through_links(path: Path) -> Path:
    """The file a symbolic link names (saving replaces that file, and the link stays)."""
    if not path.is_symlink():
        return path
    with contextlib.suppress(OSError, RuntimeError):
        return Path(os.path.realpath(path))
    return path


def _lock(descriptor: int) -> None:
    if fcntl is not None:
        with contextlib.suppress(OSError):
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _keep_mode(path: Path, descriptor: int) -> None:
    """The temporary file takes the permissions of the file it replaces (a private review
    stays private); a new file's come from the umask."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return
    with contextlib.suppress(OSError):
        os.fchmod(descriptor, mode)


def _create_temporary(path: Path) -> tuple[Path, int]:
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
        return temporary, descriptor
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
