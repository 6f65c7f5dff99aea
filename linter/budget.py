"""A per-file time budget: a file that takes too long becomes that file's one-line error.

Every pattern that runs on release text is meant to be linear, but a hostile or simply
unexpected file must never hang a pre-commit hook or a CI job. The budget is a ``SIGALRM``
timer around the check of one file; when it fires, ``BudgetExceeded`` unwinds the check
(Python's regular-expression engine checks for signals while it runs, so a runaway match
is interrupted too). It derives from ``BaseException`` so that no ``except Exception``
inside a rule or a library swallows it.

Where no alarm is available (Windows, or a thread other than the main one) the budget is
not enforced: the check simply runs to the end.
"""

from __future__ import annotations

# The C module itself: ``signal`` builds three enums over it when imported (~0.4 ms of a
# one-file check) for names and reprs no check needs; handlers behave alike.
import _signal as signal  # type: ignore[import-not-found,unused-ignore]
import contextlib
import os
from collections.abc import Iterator
from types import FrameType
from typing import Any

#: Seconds one file may take (reading, parsing and every rule): a base, plus more per MB
#: so that a large but ordinary file (checking takes roughly 5-20 s a MB, linear in its
#: size) is never cut short. A release takes milliseconds. ``DISCLINT_TIME_BUDGET`` sets a
#: flat budget instead (0 turns it off).
DEFAULT_SECONDS = 60.0
SECONDS_PER_MB = 60.0


class BudgetExceeded(BaseException):
    """The check of one file ran out of time."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than {seconds:g} s (the per-file time budget)")
        self.seconds = seconds


def budget_seconds(size: int = 0) -> float:
    """The budget for a file of ``size`` bytes: ``DISCLINT_TIME_BUDGET`` seconds if set,
    else the default base plus ``SECONDS_PER_MB`` for each MB."""
    default = DEFAULT_SECONDS + SECONDS_PER_MB * size / 1048576
    value = os.environ.get("DISCLINT_TIME_BUDGET", "")
    try:
        seconds = float(value) if value.strip() else default
    except ValueError:
        return default
    return max(seconds, 0.0)


@contextlib.contextmanager
def time_budget(seconds: float | None = None) -> Iterator[None]:
    """Raise ``BudgetExceeded`` in the block if it runs longer than ``seconds``."""
    limit = budget_seconds() if seconds is None else seconds

    def expire(signum: int, frame: FrameType | None) -> None:
        raise BudgetExceeded(limit)

    previous: Any = None
    usable = limit > 0 and hasattr(signal, "setitimer")
    if usable:
        try:
            previous = signal.signal(signal.SIGALRM, expire)
        except ValueError:  # not the main thread (of the main interpreter): no alarm here
            usable = False
    if not usable:
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
