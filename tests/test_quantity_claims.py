"""The quantity scanners' claimed spans: a bisected index answers "is this span free?"
exactly as the linear scan it replaced (which made a sentence of thousands of amounts,
"$1.2 million, $1.2 million, ...", take seconds per 100 KB)."""

from __future__ import annotations

import random

from disclint.quantities import _Context


def _linear_free(claimed: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= a or start >= b for a, b in claimed)


def test_index_answers_as_the_linear_scan() -> None:
    rng = random.Random(15)
    for _ in range(2000):
        context, claimed = _Context(0), []
        for _ in range(30):
            start = rng.randrange(50)
            end = start + rng.choice([0, 0, 1, 2, 3, 5, 8])
            free = _linear_free(claimed, start, end)
            assert context.free(start, end) == free, (claimed, start, end)
            if free or rng.random() < 0.3:  # scanners may also claim over a taken span
                context.claim(start, end)
                claimed.append((start, end))


def test_touching_spans_stay_free() -> None:
    context = _Context(0)
    context.claim(5, 10)
    assert context.free(10, 12) and context.free(0, 5)
    assert not context.free(9, 11) and not context.free(6, 6)
