"""Keep a long run's memory flat: give freed heap back to the system after a file that
grew it.

Checking a large release (a 1.7 MB HTML exhibit) makes tens of megabytes of short-lived
objects. Python frees them, but glibc's allocator keeps the freed pages in the process
wherever a longer-lived object made during that file (a compiled pattern, a cache entry)
sits among them, so the resident set stayed a few MiB higher after every large file and
crept with the number of files (70 MiB for 702 files, 91 MiB for 7,020). ``malloc_trim``
returns those pages. It walks the heap (a millisecond or two), so it runs only when the
resident set has grown by ``GROWTH`` since the last trim, which is after a large file,
not after every file. Elsewhere than Linux with glibc (no ``malloc_trim``, or no
``/proc``) this does nothing. A one-file check never loads ``ctypes``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

#: Trim when the resident set has grown by this much since the last trim.
GROWTH = 2 * 1024 * 1024


class Trimmer:
    """Call ``after_file()`` after each file of a run."""

    def __init__(self) -> None:
        self._page = os.sysconf("SC_PAGESIZE") if hasattr(os, "sysconf") else 4096
        self._floor: int | None = None
        self._trim: Callable[[int], int] | None = None
        self._usable = os.path.exists("/proc/self/statm")

    def _resident(self) -> int | None:
        try:
            with open("/proc/self/statm", "rb") as stream:
                return int(stream.read().split()[1]) * self._page
        except (OSError, ValueError, IndexError):
            self._usable = False
            return None

    def after_file(self) -> None:
        if not self._usable:
            return
        resident = self._resident()
        if resident is None:
            return
        if self._floor is None or resident < self._floor:
            self._floor = resident
            return
        if resident - self._floor < GROWTH:
            return
        if self._trim is None:
            self._trim = _malloc_trim()
            if self._trim is None:
                self._usable = False
                return
        self._trim(0)
        self._floor = self._resident()


def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where there is none."""
    try:
        import ctypes
        import ctypes.util

        name = ctypes.util.find_library("c") or "libc.so.6"
        trim: Callable[[int], int] = ctypes.CDLL(name).malloc_trim
    except (ImportError, OSError, AttributeError):
        return None
    return trim


def trimmed(results: Iterable[T]) -> Iterator[T]:
    """``results`` unchanged, trimming the heap after each one when it grew."""
    trimmer = Trimmer()
    for result in results:
        yield result
        trimmer.after_file()
