"""Module-level caches that live as long as one release's check.

Readers keep answers by the identity of a sentence's view or by a text (the figure order of
a sentence, its clause spans, its sentence spans), so that a long sentence is not re-read
for each figure in it. An entry holds its key object, so that the ``id`` is not reused while
it lives, and with it what that object holds: a sentence's view holds its text and its
quantities. Caches bounded by a count and "cleared when full" therefore kept thousands of
sentences of earlier releases alive: over the 702 corpus releases checked in one process,
some 7 MiB of the peak memory, and a saw-tooth that grew with the number of files.

A cache registered here (``per_release``, or a function that empties it, ``at_release_end``)
is emptied by the engine when each release's check ends, whatever the outcome, so a run
holds at most the release being checked. Entries are keyed by identity or by the release's
own texts: an answer is never wanted by the next release, so nothing is recomputed.

No imports: rule modules register their caches as they are imported (through
``disclint.api``), and start-up pays nothing for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from collections.abc import Callable


class _Clearable(Protocol):
    def clear(self) -> None: ...


_C = TypeVar("_C", bound=_Clearable)

#: What ``release_over`` calls, in the order registered.
_ENDS: list[Callable[[], None]] = []


def per_release(cache: _C) -> _C:
    """Register ``cache`` (a dict, set, list ...: anything with ``clear``) to be emptied
    when each release's check ends; returns it, for ``_CACHE: dict[...] = per_release({})``."""
    _ENDS.append(cache.clear)
    return cache


def at_release_end(function: Callable[[], None]) -> Callable[[], None]:
    """Register ``function`` (a cache's own reset: one that also zeroes a running count) to
    be called when each release's check ends; returns it, so it can be a decorator."""
    _ENDS.append(function)
    return function


def release_over() -> None:
    """Empty every registered cache (the engine calls this after each release)."""
    for end in _ENDS:
        end()
