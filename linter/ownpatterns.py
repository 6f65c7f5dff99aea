"""Patterns made from a release's own words (its issuer's name, a contact's name, a city, a
measure's words), compiled once per release and dropped when its check ends.

``re.compile`` and ``re.search`` with a string keep the last 512 patterns in ``re``'s own
cache. A run over the corpus compiles some 750 patterns from releases' own words (one or
two a release, rarely wanted again). In ``re``'s cache each outlived its release by some
500 more: objects made in the middle of a release's check that survive it hold the
allocator's pages part-used, the memory a run's floor is made of, and the heap crept up
with the number of files. They also pushed the rules' fixed patterns, written as strings
to ``re.search`` and friends, out of that cache, to be compiled again (a few hundred times
a corpus pass).

Patterns from here live in a dict registered with ``per_release``, emptied with the
release's other caches; a pattern asked for twice in one release is compiled once. The
compiled pattern is the one ``re.compile`` gives (through the same code path, the
compiled-pattern cache of ``disclint.regexcache`` included); only ``re``'s cache is
skipped.
"""

from __future__ import annotations

import re

from disclint.releasescope import per_release

_PATTERNS: dict[tuple[str, int], re.Pattern[str]] = per_release({})


def _compile(source: str, flags: int) -> re.Pattern[str]:
    """``re.compile(source, flags)`` without ``re``'s cache: its compiler module's
    ``compile`` (``re._compiler`` in Python 3.11, what ``re.compile`` calls on a miss),
    else ``re.compile``. A module attribute, so that ``benchmarks/pattern_growth.py`` can
    record these patterns as it records ``re``'s."""
    compiler = getattr(getattr(re, "_compiler", None), "compile", None)
    if compiler is None:
        return re.compile(source, flags)
    pattern: re.Pattern[str] = compiler(source, flags)
    return pattern


def release_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` for a pattern made from the release being checked:
    kept until its check ends, not in ``re``'s cache (see the module's docstring)."""
    key = (source, int(flags))
    found = _PATTERNS.get(key)
    if found is None:
        found = _PATTERNS[key] = _compile(source, key[1])
    return found
