"""Private machinery: files read within :data:`cchc_model.limits.MAX_FILE_BYTES`."""

from __future__ import annotations

import os

from cchc_model import limits

__all__ = ["FileTooLargeError", "check_size", "read_bytes"]


class FileTooLargeError(ValueError):
    """A file past :data:`cchc_model.limits.MAX_FILE_BYTES`.

    Each reader re-raises it as its own error.
    """


def check_size(path: str | os.PathLike[str]) -> None:
    """Refuse a file larger than the limit, before anything reads it.

    Raises:
        FileTooLargeError: the file is larger than the limit.
        OSError: the file cannot be found or read.
    """
    size = os.stat(path).st_size
    if size > limits.MAX_FILE_BYTES:
        raise FileTooLargeError(
            f"the file has {size:,} bytes; the limit is {limits.MAX_FILE_BYTES:,} "
            "(cchc_model.limits.MAX_FILE_BYTES)"
        )


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a file no larger than the limit.

    Raises:
        FileTooLargeError: the file is larger than the limit.
        OSError: the file cannot be found or read.
    """
    check_size(path)
    with open(path, "rb") as file:
        return file.read()
