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

import marshal
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclint.lazyre import LazyPattern

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TypeVar

    _T = TypeVar("_T")
    _V = TypeVar("_V")

#: An alternation whose requirement would need more strings than this requires nothing
#: (the test would cost more than it saves).
MAX_LITERALS = 64


def fold(text: str) -> str:
    """``text`` case folded so that whatever a case-insensitive pattern matches folds to
    the pattern's folded literal: ``re`` also equates "ı" and "İ" with "i", which
    ``casefold`` leaves as "ı" and as "i" plus a combining dot.

    The same string object is folded again and again (the whole release by each rule and
    fact that tests it, a sentence by each rule that reads it: over the corpus, three
    quarters of the characters folded had been folded before), so the last answers are
    kept by the text's identity (``_FOLDED``)."""
    entry = _FOLDED.get(id(text))
    if entry is not None and entry[0] is text:
        return entry[1]
    folded = fold_once(text)
    if len(_FOLDED) >= _FOLDED_LIMIT:
        _FOLDED.clear()
    _FOLDED[id(text)] = (text, folded)
    return folded


def fold_once(text: str) -> str:
    """``fold(text)`` without keeping the answer: for a text folded once and dropped (a
    line the lexer tests), which would only push the release's own texts out of
    ``fold``'s store."""
    return text.casefold().replace("\u0131", "i").replace("\u0307", "")


#: ``fold``'s answers by the identity of the text folded; an entry holds the text, so its
#: id is not reused while the entry lives. Cleared when full (a release's sentences and
#: blocks, a few thousand, fit).
_FOLDED: dict[int, tuple[str, str]] = {}
_FOLDED_LIMIT = 4096


def forget_folds() -> None:
    """Drop the folded texts ``fold`` keeps (a release's are dropped with its facts)."""
    _FOLDED.clear()


#: The literals of each pattern tested, by identity (hashing a pattern hashes its compiled
#: code: too slow for a test made per sentence); the entry holds the pattern, so its id
#: is not reused while the entry lives. Cleared when full.
_BY_ID: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None, tuple[tuple[str, ...], ...]]] = {}
_BY_ID_LIMIT = 4096


def may_match(pattern: re.Pattern[str], folded: str) -> bool:
    """Whether ``pattern`` can match a text whose ``fold`` is ``folded`` (``True`` when the
    pattern requires no literal)."""
    entry = _BY_ID.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _entry(pattern)
    literals = entry[1]
    if literals is None:
        return True
    # a loop, not ``any(map(folded.__contains__, literals))``: no iterator and bound method
    # made per call (some 190,000 calls over the corpus; most test one to three literals)
    for literal in literals:
        if literal in folded:
            break
    else:
        return False
    # the pattern's other mandatory parts (``conjuncts_of``): tested only for a text that
    # holds the most selective one
    for others in entry[2]:
        for literal in others:
            if literal in folded:
                break
        else:
            return False
    return True


def _entry(
    pattern: re.Pattern[str],
) -> tuple[re.Pattern[str], tuple[str, ...] | None, tuple[tuple[str, ...], ...]]:
    """``pattern``'s entry of ``_BY_ID``: its minimal literals and its other conjuncts."""
    if len(_BY_ID) >= _BY_ID_LIMIT:
        _BY_ID.clear()
    found = required_literals(pattern)
    if found is None:
        entry: tuple[re.Pattern[str], tuple[str, ...] | None, tuple[tuple[str, ...], ...]] = (
            pattern,
            None,
            (),
        )
    else:
        entry = (pattern, _minimal_of(pattern, found), required_conjuncts(pattern))
    _BY_ID[id(pattern)] = entry
    return entry


def literals_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The literals ``may_match`` tests first for ``pattern``, shortest first (``None``: it
    requires none), from the same store: for a caller that tests one pattern against many
    texts or keeps the literals of a list of patterns (``ruledata.search_any_of``), who
    tests ``conjuncts_of`` after them."""
    entry = _BY_ID.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _entry(pattern)
    return entry[1]


def conjuncts_of(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """The other literal sets ``may_match`` tests for ``pattern`` once a text holds one of
    ``literals_of(pattern)``: a text must hold one literal of each (empty: none)."""
    entry = _BY_ID.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _entry(pattern)
    return entry[2]


def _minimal(literals: frozenset[str] | set[str]) -> tuple[str, ...]:
    """``literals`` without those that contain another of them, shortest first: a text
    holds one of the set exactly when it holds one of these ("the ceo" holds "ceo"), with
    a fifth fewer containment tests over the corpus."""
    ordered = sorted(literals, key=lambda s: (len(s), s))
    kept: list[str] = []
    for literal in ordered:
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return tuple(kept)


def _minimal_of(pattern: re.Pattern[str], found: frozenset[str]) -> tuple[str, ...]:
    """``_minimal(found)`` for ``pattern`` (whose required literals are ``found``), kept in
    the store beside them: a sort and a containment test per pair of literals, for each
    of the ~200 patterns a one-file check tests, is otherwise made again by every process."""
    return _remembered(_stored_minimal(), pattern, lambda: _minimal(found))


def _remembered(store: dict[_Key, _V], pattern: re.Pattern[str], make: Callable[[], _V]) -> _V:
    """``store``'s entry for ``pattern``, made by ``make`` (and marked for saving) the
    first time: the one way the stored facts of a pattern are read or added."""
    key = _store_key(pattern)
    known = store.get(key)
    if known is None:
        known = store[key] = make()
        _added()
    return known


def any_may_match(literals: tuple[str, ...] | None, folded: str) -> bool:
    """Whether a text whose ``fold`` is ``folded`` contains one of ``literals`` (the
    ``union_literals`` of some patterns; ``None``: a pattern requires nothing, so yes)."""
    if literals is None:
        return True
    for literal in literals:  # noqa: SIM110 (a loop: see ``may_match``)
        if literal in folded:
            return True
    return False


def union_literals(patterns: tuple[re.Pattern[str], ...]) -> tuple[str, ...] | None:
    """Folded strings one of which every match of any of ``patterns`` contains (shortest
    first), or ``None`` when one of the patterns requires no literal: one test that none of
    the patterns can match a text, instead of a test per pattern. Made once per tuple of
    patterns (a rule that asks per release would otherwise sort and compare its literals
    again for each release)."""
    return _by_patterns(_UNIONS, patterns, _union_literals)


def _by_patterns(
    cache: dict[tuple[int, ...], tuple[tuple[re.Pattern[str], ...], _T]],
    patterns: tuple[re.Pattern[str], ...],
    make: Callable[[tuple[re.Pattern[str], ...]], _T],
) -> _T:
    """``make(patterns)``, made once per tuple of patterns and kept in ``cache`` by the
    patterns' identities (the entry holds the patterns, so their ids are not reused while it
    lives; at most 256 entries)."""
    key = tuple(map(id, patterns))
    entry = cache.get(key)
    if entry is None or any(a is not b for a, b in zip(entry[0], patterns, strict=True)):
        if len(cache) >= 256:
            cache.clear()
        entry = cache[key] = (patterns, make(patterns))
    return entry[1]


#: ``union_literals`` of each tuple of patterns, by the patterns' identities (as ``_BY_ID``:
#: the entry holds the patterns, so their ids are not reused while it lives).
_UNIONS: dict[tuple[int, ...], tuple[tuple[re.Pattern[str], ...], tuple[str, ...] | None]] = {}


def _union_literals(patterns: tuple[re.Pattern[str], ...]) -> tuple[str, ...] | None:
    union: set[str] = set()
    for pattern in patterns:
        found = required_literals(pattern)
        if found is None:
            return None
        union |= found
    return _minimal(union)


class LiteralIndex:
    """Which of several patterns may match a text (``may_match`` of each), with every
    literal any of them requires looked for once: one containment test a literal, not
    one ``may_match`` call a pattern (the idea of ``cues.Lexicon.candidates``). A pattern
    may match when the text holds one of its required literals and one of each of its
    other conjuncts (``required_conjuncts``), as ``may_match`` tests."""

    __slots__ = ("_every", "_firsts", "_none", "_rests")

    def __init__(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        sets = tuple(literal_sets(p) for p in patterns)
        self._firsts = tuple(None if s is None else s[0] for s in sets)
        #: each pattern's other conjuncts (their literals, shortest first), or ``None`` when
        #: no pattern has any (the test is then one set a pattern, as before conjuncts)
        rests = tuple(() if s is None else tuple(_minimal(r) for r in s[1:]) for s in sets)
        self._rests = rests if any(rests) else None
        #: the literals looked for in every text: the required ones (a conjunct's only
        #: for a pattern whose required literals the text holds)
        self._every = tuple(sorted({lit for s in self._firsts if s is not None for lit in s}))
        #: the answer for a text that holds none of the literals
        self._none = [s is None for s in sets]

    def may_match(self, folded: str) -> list[bool]:
        """For each pattern, in order, whether it can match a text whose ``fold`` is
        ``folded`` (``may_match(pattern, folded)``, the same answers)."""
        present = {literal for literal in self._every if literal in folded}
        if not present:
            return list(self._none)
        if self._rests is None:
            return [s is None or not s.isdisjoint(present) for s in self._firsts]
        answers: list[bool] = []
        for first, rest in zip(self._firsts, self._rests, strict=True):
            if first is None:
                answers.append(True)
            elif first.isdisjoint(present):
                answers.append(False)
            else:
                answers.append(_holds_each(rest, folded))
        return answers


def _holds_each(conjuncts: tuple[tuple[str, ...], ...], folded: str) -> bool:
    """Whether ``folded`` holds one literal of each of ``conjuncts``."""
    for literals in conjuncts:
        for literal in literals:
            if literal in folded:
                break
        else:
            return False
    return True


def literal_sets(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...] | None:
    """``pattern``'s required literals and its other conjuncts, as sets (``None``: none)."""
    found = required_literals(pattern)
    if found is None:
        return None
    return (found, *(frozenset(c) for c in required_conjuncts(pattern)))


#: The index of each tuple of patterns, by the patterns' identities (as ``_BY_ID``).
_INDEXES: dict[tuple[int, ...], tuple[tuple[re.Pattern[str], ...], LiteralIndex]] = {}


def literal_index(patterns: tuple[re.Pattern[str], ...]) -> LiteralIndex:
    """The ``LiteralIndex`` of ``patterns``, made once per tuple of patterns."""
    return _by_patterns(_INDEXES, patterns, LiteralIndex)


def exact_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The folded literals of a case-insensitive pattern that is nothing but literal words
    ("share|stock|unit"), or ``None`` for any other pattern: for such a pattern and a text
    of ASCII characters, whose ``fold`` is its ``lower()``, ``pattern.search(text)``
    matches exactly when the folded text holds one of these (a character of an ASCII text
    matches a letter of the pattern case-insensitively exactly when their lower cases are
    equal), so the search can be left out (``quantities._has``).

    The answer is kept in the store (``remembered``) as ``required_literals``' are: reading
    the tree runs ``re``'s parser (pure Python), some 16 patterns a check of one release."""
    if not isinstance(pattern.pattern, str) or not pattern.flags & re.IGNORECASE:
        return None
    flags = int(pattern.flags)
    return remembered((f"exact:{pattern.pattern}", flags), lambda: _exact_literals(pattern))


def _exact_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """``exact_literals`` read from the pattern's parse tree."""
    try:
        import re._parser as parser  # type: ignore[import-not-found]
        from re._constants import BRANCH, LITERAL  # type: ignore[import-not-found]

        tree = list(parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # a private API that changed: no exact answer, never a wrong one
        return None
    branches = [tree]
    if len(tree) == 1 and tree[0][0] is BRANCH:
        branches = [list(branch) for branch in tree[0][1][1]]
    words: list[str] = []
    for branch in branches:
        if not branch or any(op is not LITERAL for op, _ in branch):
            return None
        word = "".join(chr(value) for _, value in branch)
        if not word.isascii():
            return None
        words.append(word.lower())
    return tuple(words)


#: A start literal shorter than this (or more literals than ``MAX_START_LITERALS``) leaves
#: the search to ``re``: a short literal occurs so often in a text that a Python step per
#: occurrence costs more than ``re``'s scan.
MIN_START_LITERAL = 3
MAX_START_LITERALS = 16
#: A text shorter than this (a sentence, not a release) is searched by ``re`` alone in
#: ``search_from``: there a scan costs less than a Python step per start literal.
LONG_TEXT = 1000


def start_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Folded strings one of which every match of the case-insensitive ``pattern`` starts
    with (after what it asserts without consuming: ``\\b``, ``^``, lookarounds), or ``None``
    when it has none such (a class, a repeat, a branch without one, a case-sensitive
    pattern or part, or a literal shorter than ``MIN_START_LITERAL``).

    ``re`` skips ahead to where a match can start only in a case-sensitive pattern that
    opens with a literal or a class; a case-insensitive one ("attorney advertising", the
    rules' word lists) is tried at every character of the text. ``search_from`` finds
    these strings in the folded text instead and tries the pattern only there. Kept in the
    store (``remembered``): reading the tree runs ``re``'s parser (pure Python)."""
    if not isinstance(pattern.pattern, str) or not pattern.flags & re.IGNORECASE:
        return None
    flags = int(pattern.flags)
    return remembered((f"starts:{pattern.pattern}", flags), lambda: _start_literals(pattern))


def _start_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """``start_literals`` read from the pattern's parse tree."""
    try:
        import re._parser as parser
        from re._constants import (  # type: ignore[import-not-found,unused-ignore]
            ASSERT,
            ASSERT_NOT,
            AT,
            BRANCH,
            LITERAL,
            SUBPATTERN,
        )

        def starts(items: list[tuple[Any, Any]]) -> set[str] | None:
            index = 0
            while index < len(items) and items[index][0] in (AT, ASSERT, ASSERT_NOT):
                index += 1  # asserts: a match starts where the first consumed item does
            run: list[str] = []
            while index < len(items) and items[index][0] is LITERAL:
                run.append(chr(items[index][1]))
                index += 1
            head = fold("".join(run))
            # what follows the literals ("Fl" then "orida|a\\.": re's parser takes the
            # branches' common start out of them) lengthens them when it starts with some
            after = opening(items[index]) if index < len(items) else None
            if after is None:
                return {head} if head else None
            return {head + literal for literal in after}

        def opening(item: tuple[Any, Any]) -> set[str] | None:
            op, value = item
            if op is SUBPATTERN:
                if (value[1] | value[2]) & re.IGNORECASE:
                    return None  # "(?-i:...)" or "(?i:...)": other case rules inside
                return starts(list(value[3]))
            if op is BRANCH:
                union: set[str] = set()
                for branch in value[1]:
                    found = starts(list(branch))
                    if found is None:
                        return None
                    union |= found
                    if len(union) > MAX_START_LITERALS:
                        return None
                return union
            return None

        found = starts(list(parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # a private API that changed: no answer, never a wrong one
        return None
    if not found or len(found) > MAX_START_LITERALS:
        return None
    if min(len(literal) for literal in found) < MIN_START_LITERAL:
        return None
    # "released" where "release" is looked for too finds no other place
    return tuple(sorted(a for a in found if not any(a != b and a.startswith(b) for b in found)))


def search_from(
    pattern: re.Pattern[str], text: str, folded: str, pos: int = 0
) -> re.Match[str] | None:
    """``pattern.search(text, pos)`` (the same span and groups), found in a text of
    ``LONG_TEXT`` characters or more by
    trying ``pattern.match`` only where the folded text holds one of its ``start_literals``,
    in order: the first that matches is the leftmost match. ``folded`` is ``fold(text)``;
    unless each character of ``text`` folds to one at its own offset (``folds_in_place``),
    or without start literals, it is ``pattern.search``. (A match found here has ``pos``
    where it starts.)"""
    if len(text) < LONG_TEXT:
        return pattern.search(text, pos)
    starts = start_literals(pattern)
    if starts is None or not folds_in_place(text, folded):
        return pattern.search(text, pos)
    find = folded.find
    nexts = [find(literal, pos) for literal in starts]
    match = pattern.match
    while True:
        at = -1
        for found in nexts:
            if found >= 0 and (at < 0 or found < at):
                at = found
        if at < 0:
            return None
        hit = match(text, at)
        if hit is not None:
            return hit
        nexts = [
            find(literal, at + 1) if found == at else found
            for literal, found in zip(starts, nexts, strict=True)
        ]


def folds_in_place(text: str, folded: str) -> bool:
    """Whether ``folded`` (``fold(text)``) holds the fold of each character of ``text`` at
    its own offset: no character folds to several ("ß": "ss") or to none (the combining dot
    above, which only ``fold`` drops), which the equal lengths then show."""
    return len(folded) == len(text) and "\u0307" not in text


def required_character(source: str) -> str | None:
    """A character every match of the case-sensitive pattern ``source`` contains: one that
    each top-level alternative has as a mandatory literal of its own sequence (the "X" of
    "$XX", "20XX", "XX%"), or ``None`` when there is none or the pattern cannot be read
    (``re``'s parser is private: then no test is made, never a wrong one). Looked for as it
    is, where a folded literal would be in nearly every text (EDT001's "x").

    Kept in the store (``remembered``): reading the tree runs ``re``'s parser (pure Python)
    over the whole pattern, about 4 M instructions for EDT001's figure placeholders, in
    every check."""
    found = remembered((f"character:{source}", 0), lambda: _required_character(source))
    return found[0] if found else None


def _required_character(source: str) -> tuple[str, ...] | None:
    """``required_character`` read from the pattern's parse tree: ``(character,)`` or
    ``None``."""
    try:
        from re import _parser as parser
        from re._constants import (  # type: ignore[import-not-found,unused-ignore]
            BRANCH,
            LITERAL,
            MAX_REPEAT,
            MIN_REPEAT,
            SUBPATTERN,
        )

        parsed = parser.parse(source)
        if parsed.state.flags & re.IGNORECASE:
            return None
        tree = list(parsed)
        if len(tree) == 1 and tree[0][0] is BRANCH:
            branches = [list(b) for b in tree[0][1][1]]
        else:
            branches = [tree]
        common: set[int] | None = None
        for items in branches:
            if len(items) == 1 and items[0][0] is SUBPATTERN:
                if items[0][1][1] & re.IGNORECASE:
                    return None  # "(?i:...)": its letters are no exact characters
                items = list(items[0][1][-1])  # the (?:...) each alternative is wrapped in
            chars: set[int] = set()
            for op, value in items:
                if op is LITERAL:
                    chars.add(value)
                elif op in (MAX_REPEAT, MIN_REPEAT) and value[0] >= 1:
                    body = list(value[2])
                    if len(body) == 1 and body[0][0] is LITERAL:
                        chars.add(body[0][1])
            common = chars if common is None else common & chars
    except Exception:
        return None
    return (chr(min(common)),) if common else None


@lru_cache(maxsize=4096)
def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings one of which every match of ``pattern`` contains, or ``None``."""
    if not isinstance(pattern.pattern, str):
        return None
    store = _stored()
    key = _store_key(pattern)
    if key in store:
        _USED.add(key)
        known = store[key]
        return None if known is None else frozenset(known)
    found = _required_literals(pattern)
    _remember(key, None if found is None else tuple(sorted(found)))
    return found


def _store_key(pattern: re.Pattern[str]) -> _Key:
    """The store's key of ``pattern``: its text and compiled flags; for a pattern compiled
    on first use (``lazy_compile``) the text and the complement of the flags it was given,
    which decide the compiled flags as well and are known without reading the pattern
    cache's entry (a negative number: never a compiled pattern's key). Some 360 lookups
    of a one-file check."""
    if isinstance(pattern, LazyPattern):
        return (pattern.pattern, ~pattern.requested_flags)
    return (pattern.pattern, int(pattern.flags))


#: At most this many conjuncts are tested beside a pattern's required literals (the most
#: selective first): a further test rarely rejects what these let through.
MAX_CONJUNCTS = 3


@lru_cache(maxsize=4096)
def required_conjuncts(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Literal sets a text must hold one literal of each of, besides one of
    ``required_literals(pattern)``, for ``pattern`` to match it: the requirements of its
    other mandatory parts ("[" of ``\\[\\s*(?:insert|name|date)\\]``, whose required
    literals are the words; "valu" of ``under-?valued``, beside "under"). Every part of a
    sequence that must occur requires its literals, so the test stays a necessary
    condition; the requirement that ``required_literals`` picked (the most selective)
    still opens the test, and most texts stop there. Each set minimal (``_minimal``), the
    most selective first, those that the required literals imply left out (every required
    literal holds one of theirs); a set of whitespace only is no test. Stored with the
    required literals (``_stored_conjuncts``)."""
    if not isinstance(pattern.pattern, str):
        return ()
    return _remembered(_stored_conjuncts(), pattern, lambda: _conjuncts_of(pattern))


def _conjuncts_of(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    best = required_literals(pattern)
    if best is None:
        return ()
    try:
        import re._parser as parser

        tree = parser.parse(pattern.pattern, pattern.flags)
        parts = _conjuncts(list(tree))
    except Exception:  # a private API that changed, or a tree too deep: no further test
        return ()
    chosen: list[set[str]] = []
    for part in sorted(parts, key=_score, reverse=True):
        if not part or any(not literal.strip() for literal in part):
            continue  # an empty literal or whitespace: (nearly) every text holds it
        if all(any(other in literal for other in part) for literal in best):
            continue  # the required literals imply it (this one among them)
        if any(part == earlier for earlier in chosen):
            continue
        chosen.append(part)
        if len(chosen) == MAX_CONJUNCTS:
            break
    return tuple(_minimal(part) for part in chosen)


def _conjuncts(items: list[tuple[Any, Any]]) -> list[set[str]]:
    """The requirement of each mandatory part of a sequence, a group's or a repeat's (of at
    least one) parts taken apart: a match of the sequence holds a literal of each."""
    from re._constants import (
        ATOMIC_GROUP,
        BRANCH,
        LITERAL,
        MAX_REPEAT,
        MIN_REPEAT,
        POSSESSIVE_REPEAT,
        SUBPATTERN,
    )

    parts: list[set[str]] = []
    run: list[str] = []
    for op, value in items:
        if op is LITERAL:
            run.append(chr(value))
            continue
        if run:
            parts.append({fold("".join(run))})
            run = []
        if op is SUBPATTERN:
            parts.extend(_conjuncts(list(value[-1])))
        elif op is ATOMIC_GROUP:
            parts.extend(_conjuncts(list(value)))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            if value[0] >= 1:
                parts.extend(_conjuncts(list(value[2])))
        elif op is BRANCH:
            union = _branch(value[1])
            if union:
                parts.append(union)
    if run:
        parts.append({fold("".join(run))})
    return parts


def _required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    try:
        import re._parser as parser

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
    from re._constants import (
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


# -- the store of earlier runs' answers ----------------------------------------------------
#
# Reading a pattern's parse tree runs Python's (pure-Python) regex parser again: for the ~80
# lexicon and measure patterns a one-file check tests, a quarter of the check's own time.
# The answers are kept like the compiled patterns (``disclint.regexcache``): a ``marshal``
# file in the cache folder, keyed on the exact Python version (its regex parser) and holding
# the bytes of this module's source, so that an edited prefilter never serves an answer it
# would no longer give. Patterns used by the run that saved go last; the oldest beyond
# ``MAX_STORED`` are dropped.

MAX_STORED = 3000
_Key = tuple[str, int]
_STORE: dict[_Key, tuple[str, ...] | None] | None = None
#: ``_minimal`` of the stored literals, by the same keys (see ``_minimal_of``).
_MINIMAL: dict[_Key, tuple[str, ...]] = {}
#: ``required_conjuncts`` of patterns, by the same keys.
_CONJUNCTS: dict[_Key, tuple[tuple[str, ...], ...]] = {}
#: Other answers about a pattern's literals made by modules beside this one
#: (``linegate.line_literals``), by the keys those modules give (``remembered``).
_OTHERS: dict[_Key, tuple[str, ...] | None] = {}
_USED: set[_Key] = set()
_ADDED = False


def _store_file() -> Path | None:
    from disclint.grammars import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    version = ".".join(str(part) for part in sys.version_info[:3])
    return folder / f"prefilter-{sys.implementation.name}-{version}.marshal"


def _own_source() -> bytes | None:
    try:
        return Path(__file__).read_bytes()
    except OSError:
        return None


def _stored() -> dict[_Key, tuple[str, ...] | None]:
    global _STORE
    if _STORE is None:
        _STORE = {}
        _MINIMAL.clear()
        _CONJUNCTS.clear()
        _OTHERS.clear()
        from disclint.codecache import read_marshal

        store, source = _store_file(), _own_source()
        if store is None or source is None:
            return _STORE
        try:
            loaded = read_marshal(store)
        except (OSError, ValueError, EOFError, TypeError):
            return _STORE
        if (
            isinstance(loaded, tuple)
            and len(loaded) == 5
            and loaded[0] == source
            and all(isinstance(part, dict) for part in loaded[1:])
        ):
            _STORE.update(loaded[1])
            _MINIMAL.update(loaded[2])
            _CONJUNCTS.update(loaded[3])
            _OTHERS.update(loaded[4])
    return _STORE


def _stored_minimal() -> dict[_Key, tuple[str, ...]]:
    _stored()  # loads all three
    return _MINIMAL


def _stored_conjuncts() -> dict[_Key, tuple[tuple[str, ...], ...]]:
    _stored()  # loads all three
    return _CONJUNCTS


def remembered(key: _Key, make: Callable[[], tuple[str, ...] | None]) -> tuple[str, ...] | None:
    """The stored answer under ``key`` (made by ``make`` and saved with the store the first
    time): for a module that derives literals from a pattern's parse tree as this one does
    (``linegate``), and keys them so that an edit of its own code is a new key (the store
    is dropped only when this module's source changes)."""
    store = _stored_others()
    if key in store:
        return store[key]
    found = store[key] = make()
    _added()
    return found


def _stored_others() -> dict[_Key, tuple[str, ...] | None]:
    _stored()  # loads every part
    return _OTHERS


def _remember(key: _Key, literals: tuple[str, ...] | None) -> None:
    _stored()[key] = literals
    _USED.add(key)
    _added()


def _added() -> None:
    """The store has entries to save: written when the process exits."""
    global _ADDED
    if not _ADDED:
        _ADDED = True
        import atexit

        atexit.register(_save)


def _save() -> None:
    """Write the store atomically if this run added to it; an unwritable cache is skipped."""
    import contextlib
    import os

    store, source = _store_file(), _own_source()
    if not _ADDED or _STORE is None or store is None or source is None:
        return
    ordered = {k: v for k, v in _STORE.items() if k not in _USED}
    ordered.update((k, _STORE[k]) for k in _STORE if k in _USED)
    kept = dict(list(ordered.items())[-MAX_STORED:])
    minimal = {k: v for k, v in _MINIMAL.items() if kept.get(k) is not None}
    conjuncts = {k: v for k, v in _CONJUNCTS.items() if kept.get(k) is not None}
    others = dict(list(_OTHERS.items())[-MAX_STORED:])
    with contextlib.suppress(OSError, ValueError):
        temporary = store.with_name(f".{store.name}.{os.urandom(4).hex()}")
        temporary.write_bytes(marshal.dumps((source, kept, minimal, conjuncts, others)))
        os.replace(temporary, store)
