"""A progress bar on standard error for long runs, only where someone is watching.

``disclint check`` over hundreds of releases takes tens of seconds; without a sign of life
a person at a terminal wonders whether it hangs. A pipe, a file, CI or a pre-commit hook
sees nothing: the bar appears only when standard error is a terminal, and only once a run
has lasted ``DELAY`` seconds, so short runs stay silent. tqdm is imported only then.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")

#: Seconds a run must last before the bar appears.
DELAY = 1.0


def progress(
    items: Iterable[T],
    total: int,
    *,
    stream: TextIO | None = None,
    enabled: bool = True,
    delay: float = DELAY,
) -> Iterator[T]:
    """``items`` as they come, with a bar on ``stream`` (stderr) when it is a terminal."""
    out = stream if stream is not None else sys.stderr
    if not enabled or total < 2 or not out.isatty():
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(
        items, total=total, file=out, unit="file", delay=delay, leave=False, desc="disclint"
    )
