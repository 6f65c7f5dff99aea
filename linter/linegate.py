"""Which literals a line must hold for a pattern to match at its start.

``prefilter.required_literals`` answers for a whole text and leaves lookarounds out (a
lookahead may read past the match). A lexer that matches one line at a time (the release
grammar's blocks: ``disclint.lexscan``) asks a narrower question: when the pattern matches
at ``pos``, which literal must the text from ``pos`` to the next line break hold? The
answer may take literals from positive lookaheads, since what a lookahead matches starts
where the pattern stands, and it must stop where the pattern could read a line break:
everything the pattern matches before its first item that may match "\\n" lies in the line,
and nothing after it is sure to. Several terminals of the release grammar are decided by
what a lookahead finds in the line ("forward-looking" somewhere in the first 700
characters, "accepts no responsibility" in the first 200): those are the ones worth
skipping on a line without their words.

``line_literals(source, flags)`` returns folded strings (``prefilter.fold``) one of which the
folded line holds whenever the pattern matches at the line's start, or ``None`` when the
pattern's line part requires none. Like the prefilter, it reads ``re``'s parse tree (a
private module): anything it does not know ends the reading, so the answer is only ever a
necessary condition.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from disclint.prefilter import MAX_LITERALS, _minimal, _score, fold

__all__ = ["line_literals", "may_read_newline", "stored_line_literals"]

#: ``re``'s character categories that never hold "\n" (any other is taken to hold it).
_NO_NEWLINE = frozenset(
    {
        "CATEGORY_DIGIT",
        "CATEGORY_UNI_DIGIT",
        "CATEGORY_WORD",
        "CATEGORY_UNI_WORD",
        "CATEGORY_LOC_WORD",
        "CATEGORY_NOT_SPACE",
        "CATEGORY_UNI_NOT_SPACE",
        "CATEGORY_NOT_LINEBREAK",
        "CATEGORY_UNI_NOT_LINEBREAK",
    }
)
#: Categories that always hold "\n" (what a negated class that names one excludes).
_NEWLINE = frozenset(
    {
        "CATEGORY_SPACE",
        "CATEGORY_UNI_SPACE",
        "CATEGORY_LINEBREAK",
        "CATEGORY_UNI_LINEBREAK",
        "CATEGORY_NOT_DIGIT",
        "CATEGORY_UNI_NOT_DIGIT",
        "CATEGORY_NOT_WORD",
        "CATEGORY_UNI_NOT_WORD",
        "CATEGORY_LOC_NOT_WORD",
    }
)

_NL = 10


def stored_line_literals(source: str, flags: int = 0) -> tuple[str, ...] | None:
    """``line_literals(source, flags)``, kept in the prefilter's store in the cache folder:
    reading the release grammar's long terminals with ``re``'s parser (pure Python) took
    some 7 ms, a start-up cost every check would pay. The key holds a digest of this
    module's source, so an edited reading is never served an old answer."""
    from disclint.prefilter import remembered

    key = (f"linegate:{_own_digest()}:{source}", int(flags))
    return remembered(key, lambda: line_literals(source, flags))


@cache
def _own_digest() -> str:
    import zlib

    try:
        with open(__file__, "rb") as handle:
            return f"{zlib.crc32(handle.read()):08x}"
    except OSError:
        return "unknown"


def line_literals(source: str, flags: int = 0) -> tuple[str, ...] | None:
    """Folded strings one of which the line from a match's start to the next "\\n" holds
    (its ``prefilter.fold``), shortest first; ``None`` when there is no such set."""
    try:
        import re._parser as parser  # type: ignore[import-not-found]
        from re import _constants as c

        tree = parser.parse(source, flags)
        found, _ = _sequence(list(tree), c)
    except Exception:  # a private API that changed, a tree too deep: no gate, never a wrong one
        return None
    if not found or any(not literal or "\n" in literal for literal in found):
        return None
    return _minimal(found)


def may_read_newline(items: list[tuple[Any, Any]]) -> bool:
    """Whether a character class (``re._parser``'s ``IN`` items) may match "\\n"."""
    from re import _constants as c

    negated = bool(items) and items[0][0] is c.NEGATE
    members = items[1:] if negated else items
    if negated:
        # the class matches "\n" unless one of its members surely holds it
        return not any(_holds_newline(op, av, c, surely=True) for op, av in members)
    return any(_holds_newline(op, av, c, surely=False) for op, av in members)


def _holds_newline(op: Any, av: Any, c: Any, *, surely: bool) -> bool:
    """Whether a class member holds "\\n": ``surely`` answers "only if certain", else
    "unless certainly not"."""
    if op is c.LITERAL:
        return bool(av == _NL)
    if op is c.RANGE:
        return bool(av[0] <= _NL <= av[1])
    if op is c.CATEGORY:
        name = str(av)
        return name in _NEWLINE if surely else name not in _NO_NEWLINE
    return not surely  # an unknown member: may hold it, not surely


def _sequence(items: list[tuple[Any, Any]], c: Any) -> tuple[set[str] | None, bool]:
    """The most selective requirement of a sequence's part before its first item that may
    read "\\n", and whether there is such an item (the rest is then not read)."""
    best: set[str] | None = None
    run: list[str] = []

    def consider(candidate: set[str] | None) -> None:
        nonlocal best
        if candidate and (best is None or _score(candidate) > _score(best)):
            best = candidate

    def flush() -> None:
        if run:
            consider({fold("".join(run))})
            run.clear()

    for op, value in items:
        if op is c.LITERAL and value != _NL:
            run.append(chr(value))
            continue
        flush()
        stopped = _item(op, value, c, consider)
        if stopped:
            return best, True
    flush()
    return best, False


def _item(op: Any, value: Any, c: Any, consider: Any) -> bool:
    """Consider one item's requirement; whether it may read "\\n" (reading stops)."""
    if op is c.ASSERT:
        direction, body = value
        if direction == 1:  # a lookahead reads from here: its line part counts
            found, _ = _sequence(list(body), c)
            consider(found)
        return False  # zero width (a lookbehind requires nothing here)
    if op in (c.ASSERT_NOT, c.AT):
        return False
    if op is c.SUBPATTERN:
        found, stopped = _sequence(list(value[-1]), c)
        consider(found)
        return stopped
    if op is c.ATOMIC_GROUP:
        found, stopped = _sequence(list(value), c)
        consider(found)
        return stopped
    if op is c.BRANCH:
        union: set[str] | None = set()
        stopped = False
        for branch in value[1]:
            found, branch_stopped = _sequence(list(branch), c)
            stopped |= branch_stopped
            if union is not None:
                union = None if found is None else union | found
                if union is not None and len(union) > MAX_LITERALS:
                    union = None
        consider(union)
        return stopped
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, body = value
        found, stopped = _sequence(list(body), c)
        if low >= 1:
            consider(found)
        return stopped
    if op is c.NOT_LITERAL:
        return bool(value != _NL)
    if op is c.IN:
        return may_read_newline(list(value))
    return True  # "\n" itself, ANY, a back-reference, a conditional, anything unknown
