"""Downloads to a path: checked before the request, written to a private temporary file next to the
target, moved into place only when complete, and removed on every failure."""

from __future__ import annotations

import contextlib
import os
import tempfile
from typing import IO


def check_target(to: str | os.PathLike[str]) -> str:
    """The target path, or a clear error before anything is downloaded (never overwrites)."""
    path = os.fspath(to)
    if os.path.isdir(path):
        raise IsADirectoryError(f"{path} is a directory; pass a file path to `to=`")
    if os.path.lexists(path):
        raise FileExistsError(
            f"{path} already exists; delete it first, or pass an open file (`open(path, 'wb')`) to overwrite it"
        )
    return path


class PartFile:
    """`mkstemp` in the target's directory (0600, created exclusively); `commit` links it into place."""

    def __init__(self, path: str) -> None:
        self.path = path
        directory, name = os.path.split(path)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=directory or ".")
        self.file: IO[bytes] = os.fdopen(fd, "wb")

    def commit(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        try:
            os.link(self.tmp, self.path)  # fails if the target appeared meanwhile: never overwrites
        except FileExistsError:
            self.abort()
            raise FileExistsError(
                f"{self.path} appeared while downloading; the download was discarded"
            ) from None
        except OSError:  # a file system without hard links
            if os.path.lexists(self.path):
                self.abort()
                raise FileExistsError(f"{self.path} appeared while downloading") from None
            os.replace(self.tmp, self.path)
            return
        os.unlink(self.tmp)

    def abort(self) -> None:
        self.file.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.tmp)
