"""Reading a local file's bytes, with a clear reason for each way that can fail."""

from __future__ import annotations

import errno
import os
import stat

from viewer.io.errors import InputProblem
from viewer.io.options import LoadOptions
from viewer.io.sizes import format_size

__all__ = ["read_bytes"]


def read_bytes(path: str, options: LoadOptions) -> bytes:
    """The whole content of ``path``, refused if it is not a readable regular file or too big."""
    try:
        # stat before open: opening a FIFO or a device could block or never end.
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise InputProblem("is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise InputProblem("not a regular file")
        _check_size(info.st_size, options)
        with open(path, "rb") as file:
            # Read one byte past the limit in case the file grew since stat.
            data = file.read(options.max_bytes + 1)
    except (FileNotFoundError, NotADirectoryError):
        raise InputProblem("file not found") from None
    except IsADirectoryError:
        raise InputProblem("is a directory") from None
    except PermissionError:
        raise InputProblem("permission denied") from None
    except ValueError:  # a NUL character, which no file name can hold
        raise InputProblem("not a valid file name") from None
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:
            raise InputProblem("file name too long") from None
        reason = (error.strerror or str(error)).lower()
        raise InputProblem(f"cannot read the file ({reason})") from None
    _check_size(len(data), options)
    if not data:
        raise InputProblem("file is empty")
    return data


def _check_size(size: int, options: LoadOptions) -> None:
    if size > options.max_bytes:
        limit = format_size(options.max_bytes)
        raise InputProblem(f"file is too large ({format_size(size)}; the limit is {limit})")
