"""Writing files safely: reports (``-o``), fixed releases (``--fix``) and baselines.

A write goes through a temporary file in the target's folder and an atomic rename, so a
crash, a signal or a full disk never leaves a half-written file. What is replaced is
checked first, because a rename replaces whatever the name points at:

* a symbolic link is followed and its target is written (the link stays a link);
* only a regular file is replaced: a device (``-o /dev/null`` as root), a FIFO, a socket
  or a folder is refused;
* a file with more than one hard link is refused (a rename would silently split it from
  its other names);
* a read-only file is refused (disclint does not override a protection someone set);
* a replaced file keeps its permission bits (and, when run as root, its owner); a new file
  gets the usual ``0666`` less the umask.

Every failure is a ``WriteError``: one line naming the file and the reason, exit code 2.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from disclint.errors import DisclintError


class WriteError(DisclintError):
    """A file could not be written; the message names it and says why."""

    def __init__(self, path: str | os.PathLike[str], problem: str) -> None:
        super().__init__(f"cannot write {os.fspath(path)}: {problem}")
        self.path = os.fspath(path)
        self.problem = problem


def writable_target(target: str | os.PathLike[str]) -> tuple[Path, os.stat_result | None]:
    """The file a write to ``target`` will replace (symlinks followed) and its status
    (``None`` for a new file); raises ``WriteError`` for anything disclint must not
    replace. Called before any work is done, so a bad ``-o`` fails fast."""
    shown = os.fspath(target)
    real = Path(os.path.realpath(target))
    try:
        info = os.stat(real)
    except FileNotFoundError:
        if not real.parent.is_dir():
            raise WriteError(shown, f"no such directory {real.parent}") from None
        return real, None
    except OSError as exc:
        raise WriteError(shown, _reason(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        from disclint.readers import file_kind

        kind = file_kind(info.st_mode)
        raise WriteError(shown, f"it is {kind}; disclint writes only regular files")
    if info.st_nlink > 1:
        raise WriteError(
            shown,
            f"it has {info.st_nlink} hard links, which replacing it would break; "
            "write to a new file instead",
        )
    if not info.st_mode & 0o222 or not os.access(real, os.W_OK):
        raise WriteError(shown, "the file is read-only")
    return real, info


def write_file(target: str | os.PathLike[str], data: bytes) -> None:
    """Replace (or create) ``target`` with ``data`` atomically, under the rules above."""
    with atomic_writer(target) as stream:
        stream.write(data)


@contextlib.contextmanager
def atomic_writer(target: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary stream whose bytes replace (or create) ``target`` atomically when the
    ``with`` block ends, under the rules above; nothing is replaced if the block raises. A
    report written file by file as the check goes on uses this."""
    shown = os.fspath(target)
    real, info = writable_target(target)
    temporary = real.parent / f".{real.name}.{os.urandom(4).hex()}.tmp"
    mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except OSError as exc:
        raise WriteError(shown, _reason(exc)) from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        if info is not None:
            os.chmod(temporary, mode)  # os.open applied the umask; an existing file keeps its bits
            if hasattr(os, "chown") and os.geteuid() == 0:
                with contextlib.suppress(OSError):
                    os.chown(temporary, info.st_uid, info.st_gid)
        os.replace(temporary, real)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise WriteError(shown, _reason(exc)) from None
        raise


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "no space left on the device"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    return exc.strerror or str(exc)
