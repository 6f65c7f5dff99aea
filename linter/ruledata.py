"""The built-in rule pack's data files (``rules/data/*.toml``): word lists, cue lexicons,
venue tables. Counsel reads and edits them as data; rules and fact extractors load them
through here, once per process.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

# At the top, not in ``compiled``: a ``from ... import`` run in a function asks the module
# for ``__path__`` each time, and a plain module answers with two formatted AttributeErrors
# (about 6.6 k instructions a call; ``compiled`` runs some 380 times in a check of one
# release). ``disclint.lazyre`` imports only ``re`` and ``typing``, and every command that
# imports this module imports it too (a cached re-run included).
from disclint.lazyre import lazy_compile


def data_dir() -> Path:
    """``rules/data`` of the installed package, found without importing ``disclint.rules``
    (importing it would load every rule module)."""
    spec = importlib.util.find_spec("disclint.rules")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the disclint.rules package (and its data) is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


@cache
def load_rule_data(name: str) -> dict[str, Any]:
    """A TOML file of ``rules/data``, by name with or without ``.toml`` (``"fls_cues"``)."""
    filename = name if name.endswith(".toml") else f"{name}.toml"
    raw = (data_dir() / filename).read_bytes()
    known = _parsed().get(filename)
    if known is not None and known[0] == raw:
        return known[1]
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    data: dict[str, Any] = tomllib.loads(raw.decode("utf-8"))
    _remember(filename, raw, data)
    return data


#: Parsed data files from earlier runs, keyed by file name, each with the exact bytes it
#: was parsed from: parsing the ~20 files with ``tomllib`` costs a fresh process tens of
#: milliseconds, reading a ``marshal`` of the result about one. A changed file (its bytes
#: differ) is parsed again; a file holding what ``marshal`` cannot store (a TOML date) is
#: simply not remembered.
_PARSED: dict[str, tuple[bytes, dict[str, Any]]] | None = None
_CHANGED = False


def _store() -> Path | None:
    from disclint.grammars import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    version = ".".join(str(part) for part in sys.version_info[:2])
    return folder / f"ruledata-{sys.implementation.name}-{version}.marshal"


def _parsed() -> dict[str, tuple[bytes, dict[str, Any]]]:
    global _PARSED
    if _PARSED is None:
        _PARSED = {}
        from disclint.codecache import read_marshal

        store = _store()
        try:
            loaded = read_marshal(store) if store is not None else None
        except (OSError, ValueError, EOFError, TypeError):
            loaded = None
        if isinstance(loaded, dict):
            _PARSED.update(loaded)
    return _PARSED


def _remember(filename: str, raw: bytes, data: dict[str, Any]) -> None:
    global _CHANGED
    import marshal

    try:
        marshal.dumps(data)
    except ValueError:
        return
    _parsed()[filename] = (raw, data)
    if not _CHANGED:
        _CHANGED = True
        import atexit

        atexit.register(_save)


def _save() -> None:
    """Write the remembered data atomically; a cache that cannot be written is skipped."""
    import contextlib
    import marshal
    import os

    store = _store()
    if store is None or _PARSED is None:
        return
    with contextlib.suppress(OSError, ValueError):
        temporary = store.with_name(f".{store.name}.{os.urandom(4).hex()}")
        temporary.write_bytes(marshal.dumps(_PARSED))
        os.replace(temporary, store)


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    """A case-insensitive regular expression from a data file, compiled once, on first use
    (``disclint.lazyre``: many of the word lists never run on a given release)."""
    return lazy_compile(pattern, re.IGNORECASE)


def any_of(patterns: list[str]) -> re.Pattern[str]:
    """One case-insensitive alternation of the patterns of a word list."""
    return compiled("|".join(f"(?:{p})" for p in patterns) or r"(?!)")


def finditer_any_of(
    patterns: Sequence[str], text: str, folded: str | None = None, *, flags: str = ""
) -> list[re.Match[str]]:
    """The matches of ``any_of(patterns).finditer(text)``, found faster: each pattern is
    searched on its own (and only if the text holds one of its required literals;
    ``folded``: the text's ``prefilter.fold``, if known), the next match being the leftmost
    of the patterns' next matches, the earliest pattern of the list on a tie (as the
    alternation tries its branches), and each pattern searched again only once the scan has
    passed its next match. ``re`` enters every branch of an alternation whose branches open
    with a group at every position the alternation may start at (a case-insensitive one:
    nearly every letter), where a pattern searched alone skips, in C, to the characters it
    can start with. The same spans and texts (``start``, ``end``, ``group()``); patterns
    that can match the empty string or refer to a group fall back to the alternation.
    ``flags``: inline flags that open the alternation and each pattern alike (``"(?m)"``:
    the alternation of ``editorial._text.any_of_lines``)."""
    branches = _branches(tuple(patterns), flags)
    if branches is None:
        return list(
            compiled(flags + "|".join(f"(?:{p})" for p in patterns) or r"(?!)").finditer(text)
        )
    from disclint.prefilter import fold, literal_index, search_from

    if folded is None:
        folded = fold(text)
    possible = literal_index(branches).may_match(folded)
    # in a long text a branch is looked for where one of the words it opens with is
    # (``prefilter.search_from``: ``re`` tries a case-insensitive one at every character)
    nexts = [
        search_from(branch, text, folded) if may else None
        for branch, may in zip(branches, possible, strict=True)
    ]
    found: list[re.Match[str]] = []
    while True:
        best: re.Match[str] | None = None
        for match in nexts:
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        if best is None:
            return found
        found.append(best)
        end = best.end()
        for index, match in enumerate(nexts):
            if match is not None and match.start() < end:
                nexts[index] = search_from(branches[index], text, folded, end)


@cache
def _branches(patterns: tuple[str, ...], flags: str = "") -> tuple[re.Pattern[str], ...] | None:
    """Each pattern compiled on its own as ``any_of`` holds it, or ``None`` when one of them
    may match the empty string (the alternation's scan then steps past it: told by its
    requiring no literal, ``prefilter.required_literals``, read from the start-up cache)
    or may refer to a group (numbered otherwise inside the alternation)."""
    from disclint.prefilter import required_literals

    branches = tuple(compiled(f"{flags}(?:{pattern})") for pattern in patterns)
    for pattern, branch in zip(patterns, branches, strict=True):
        if _REFERENCE.search(pattern) or required_literals(branch) is None:
            return None
    return branches


@cache
def _alone(
    patterns: tuple[str, ...],
) -> tuple[tuple[re.Pattern[str], tuple[str, ...] | None, tuple[tuple[str, ...], ...]], ...]:
    """Each pattern of a word list compiled on its own, as ``any_of`` holds it, with the
    literals ``may_match`` tests for it (``prefilter.literals_of``; ``None``: none) and
    then its other conjuncts (``prefilter.conjuncts_of``)."""
    from disclint.prefilter import conjuncts_of, literals_of

    branches = tuple(compiled(f"(?:{pattern})") for pattern in patterns)
    return tuple((branch, literals_of(branch), conjuncts_of(branch)) for branch in branches)


#: A back-reference or a conditional group (or text that looks like one: then the
#: alternation itself is run).
_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def search_any_of(patterns: list[str], text: str) -> re.Match[str] | None:
    """``any_of(patterns).search(text)``, found faster in a long text: each pattern runs on
    its own, and only if the text holds one of its required literals (``disclint.prefilter``),
    instead of the whole alternation at every position. The same match: the leftmost, and
    at that position the first pattern of the list that matches there (as an alternation
    tries its branches), and ``group()`` the same text."""
    from disclint.prefilter import fold, search_from

    folded = fold(text)
    best: re.Match[str] | None = None
    # ``may_match`` pattern by pattern, its literals taken once a list: a pattern's test
    # stops at its first literal found (faster here than looking for every literal of the
    # list, ``LiteralIndex``, in a whole release)
    for branch, literals, conjuncts in _alone(tuple(patterns)):
        if literals is not None:
            for literal in literals:
                if literal in folded:
                    break
            else:
                continue  # the text holds none of the pattern's literals
            if not all(any(lit in folded for lit in c) for c in conjuncts):
                continue  # nor one of each of its other mandatory parts'
        found = search_from(branch, text, folded)  # in a long text: where it can start
        # a later pattern wins only by starting earlier; on a tie the earlier one stays
        if found is not None and (best is None or found.start() < best.start()):
            best = found
    return best
