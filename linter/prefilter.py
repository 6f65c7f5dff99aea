"""Literal prefilters for regular expressions: which plain strings a text must contain for
a pattern to match it, so that a rule can skip a pattern with a substring test (in C, far
cheaper than a regex scan) instead of running it over text that cannot match.

``required_literals(pattern)`` reads the pattern's parse tree (the same one ``re``
compiles) and returns a set of strings, one of which every match contains, case folded
with ``fold``; or ``None`` when the pattern has no such literal (it may match anything).
``may_match(pattern, folded)`` is the test: ``False`` only when no required literal occurs
in the folded text, and then ``pattern.search`` over that text finds nothing. This is the
idea of RE2's ``FilteredRE2`` and of ripgrep's literal optimisation, kept small: a
sequence requires its most selective mandatory part, an alternation the union of its
branches' requirements; repeats that may occur zero times, classes, lookarounds and
back-references require nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

#: An alternation whose requirement would need more strings than this requires nothing
#: (the test would cost more than it saves).
MAX_LITERALS = 64


def fold(text: str) -> str:
    """``text`` case folded so that whatever a case-insensitive pattern matches folds to
    the pattern's folded literal: ``re`` also equates "ı" and "İ" with "i", which
    ``casefold`` leaves as "ı" and as "i" plus a combining dot."""
    return text.casefold().replace("\u0131", "i").replace("\u0307", "")


#: The literals of each pattern tested, by identity (hashing a pattern hashes its compiled
#: code: too slow for a test made per sentence); the entry holds the pattern, so its id
#: is not reused while the entry lives. Cleared when full.
_BY_ID: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}
_BY_ID_LIMIT = 4096


def may_match(pattern: re.Pattern[str], folded: str) -> bool:
    """Whether ``pattern`` can match a text whose ``fold`` is ``folded`` (``True`` when the
    pattern requires no literal)."""
    entry = _BY_ID.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        if len(_BY_ID) >= _BY_ID_LIMIT:
            _BY_ID.clear()
        found = required_literals(pattern)
        entry = (pattern, None if found is None else tuple(sorted(found, key=len)))
        _BY_ID[id(pattern)] = entry
    literals = entry[1]
    if literals is None:
        return True
    return any(map(folded.__contains__, literals))


def any_may_match(literals: tuple[str, ...] | None, folded: str) -> bool:
    """Whether a text whose ``fold`` is ``folded`` contains one of ``literals`` (the
    ``union_literals`` of some patterns; ``None``: a pattern requires nothing, so yes)."""
    return literals is None or any(map(folded.__contains__, literals))


def union_literals(patterns: tuple[re.Pattern[str], ...]) -> tuple[str, ...] | None:
    """Folded strings one of which every match of any of ``patterns`` contains (shortest
    first), or ``None`` when one of the patterns requires no literal: one test that none of
    the patterns can match a text, instead of a test per pattern."""
    union: set[str] = set()
    for pattern in patterns:
        found = required_literals(pattern)
        if found is None:
            return None
        union |= found
    return tuple(sorted(union, key=lambda s: (len(s), s)))


@lru_cache(maxsize=4096)
def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings one of which every match of ``pattern`` contains, or ``None``."""
    if not isinstance(pattern.pattern, str):
        return None
    try:
        import re._parser as parser  # type: ignore[import-not-found]

        tree = parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a private API that changed: no prefilter, never a wrong answer
        return None
    try:
        found = _sequence(list(tree))
    except RecursionError:
        return None
    if found is None or any(not literal for literal in found):
        return None
    return frozenset(found)


def _sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The most selective requirement among a sequence's mandatory parts: a run of
    literals, or a group, repeat or alternation that requires something."""
    from re._constants import (  # type: ignore[import-not-found]
        ATOMIC_GROUP,
        BRANCH,
        LITERAL,
        MAX_REPEAT,
        MIN_REPEAT,
        POSSESSIVE_REPEAT,
        SUBPATTERN,
    )

    best: set[str] | None = None
    run: list[str] = []

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and (best is None or _score(candidate) > _score(best)):
            best = candidate

    for op, value in items:
        if op is LITERAL:
            run.append(chr(value))
            continue
        if run:
            consider({fold("".join(run))})
            run = []
        if op is SUBPATTERN:
            consider(_sequence(list(value[-1])))
        elif op is ATOMIC_GROUP:
            consider(_sequence(list(value)))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            low, _, body = value
            if low >= 1:
                consider(_sequence(list(body)))
        elif op is BRANCH:
            consider(_branch(value[1]))
    if run:
        consider({fold("".join(run))})
    return best


def _branch(branches: list[Any]) -> set[str] | None:
    union: set[str] = set()
    for branch in branches:
        found = _sequence(list(branch))
        if found is None:
            return None
        union |= found
        if len(union) > MAX_LITERALS:
            return None
    return union


def _score(literals: set[str]) -> tuple[int, int]:
    """Longer shortest literal first (rarer in text), then fewer literals."""
    return min(len(s) for s in literals), -len(literals)
