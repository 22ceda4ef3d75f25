"""Downloads to a path: checked before the request, written to a private temporary file next to the
target, moved into place only when complete, and removed on every failure."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from typing import IO


def check_target(to: str | os.PathLike[str], *, overwrite: bool = False) -> str:
    """The target path, or a clear error before anything is downloaded.

    Without `overwrite` nothing that exists is replaced; with it only a regular file is (never a
    directory, and never a symbolic link: it is refused, not followed and not replaced).
    """
    path = os.fspath(to)
    if os.path.isdir(path) and not os.path.islink(path):
        raise IsADirectoryError(f"{path} is a directory; pass a file path to `to=`")
    if not os.path.lexists(path):
        return path
    if not overwrite:
        raise FileExistsError(
            f"{path} already exists; pass overwrite=True to replace it, or an open file (`open(path, 'wb')`)"
        )
    _check_replaceable(path)
    return path


def _check_replaceable(path: str) -> None:
    """Raise unless `path` is a regular file (looked at without following a symbolic link)."""
    mode = os.lstat(path).st_mode
    if stat.S_ISLNK(mode):
        raise FileExistsError(
            f"{path} is a symbolic link; overwrite=True replaces only a regular file, never a link or what it points to"
        )
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(f"{path} is a directory; pass a file path to `to=`")
    if not stat.S_ISREG(mode):
        raise FileExistsError(f"{path} is not a regular file; overwrite=True replaces only a regular file")


class PartFile:
    """`mkstemp` in the target's directory (0600, created exclusively); `commit` moves it into place."""

    def __init__(self, path: str, *, overwrite: bool = False) -> None:
        self.path = path
        self.overwrite = overwrite
        self.directory, name = os.path.split(path)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=self.directory or ".")
        self.file: IO[bytes] = os.fdopen(fd, "wb")

    def commit(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        if self.overwrite:
            self._replace()
            return
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

    def _replace(self) -> None:
        """Atomically put the complete file in place of a regular file (or of nothing)."""
        try:
            if os.path.lexists(self.path):
                _check_replaceable(self.path)  # a link or directory planted meanwhile is refused
            # rename(2) replaces a directory entry: even a link planted after the check is
            # replaced itself, never written through.
            os.replace(self.tmp, self.path)
        except BaseException:
            self.abort()
            raise
        with contextlib.suppress(OSError):  # make the rename durable where directories can be synced
            dir_fd = os.open(self.directory or ".", os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)

    def abort(self) -> None:
        self.file.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.tmp)
