"""``disclint.lazyre``: a pattern compiled on first use answers as the compiled pattern."""

from __future__ import annotations

import copy
import pickle
import re
import subprocess
import sys
from pathlib import Path

from disclint.lazyre import LazyPattern, lazy_compile
from disclint.prefilter import may_match, required_literals

CASES = (
    (r"\b(?P<word>acme|widget)s?\b", re.IGNORECASE),
    (r"(?m)^\s*(\d+)\.(\d+)$", 0),
    (r"(?i:foo)bar|baz", 0),
    (r"[”\"]\s*,?\s*(?:said|says)\b", re.IGNORECASE),
)
TEXT = "Acme said 12.5\n3.25\nWidgets FOObar baz ” says"


def test_not_compiled_until_used() -> None:
    lazy = LazyPattern(r"never(?:used)", re.IGNORECASE)
    assert lazy.pattern == "never(?:used)"
    assert lazy._compiled is None
    assert lazy.search("NEVERUSED") is not None
    assert lazy._compiled is not None


def test_answers_as_the_compiled_pattern() -> None:
    for source, flags in CASES:
        real = re.compile(source, flags)
        lazy = lazy_compile(source, flags)
        assert lazy.flags == real.flags
        assert lazy.pattern == real.pattern
        assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in real.finditer(TEXT)]
        assert lazy.findall(TEXT) == real.findall(TEXT)
        assert lazy.sub("#", TEXT) == real.sub("#", TEXT)
        assert lazy.subn("#", TEXT) == real.subn("#", TEXT)
        assert lazy.split(TEXT) == real.split(TEXT)
        assert bool(lazy.match(TEXT)) == bool(real.match(TEXT))
        assert bool(lazy.fullmatch(TEXT)) == bool(real.fullmatch(TEXT))
        assert (lazy.groups, lazy.groupindex) == (real.groups, real.groupindex)
        assert repr(lazy) == repr(real)
        assert lazy == real and lazy == lazy_compile(source, flags)
        assert hash(lazy) == hash(lazy_compile(source, flags))
        assert required_literals(lazy) == required_literals(real)
        assert may_match(lazy, "acme") == may_match(real, "acme")


def test_copies_and_pickles() -> None:
    lazy = lazy_compile(r"\d+", 0)
    assert copy.copy(lazy) is lazy and copy.deepcopy(lazy) is lazy
    again = pickle.loads(pickle.dumps(lazy))
    assert again.pattern == lazy.pattern and again.findall("a1b22") == ["1", "22"]


def test_an_invalid_pattern_fails_on_first_use() -> None:
    lazy = lazy_compile("(unclosed")
    try:
        lazy.search("x")
    except re.error:
        pass
    else:  # pragma: no cover
        raise AssertionError("expected re.error")


def test_flags_from_the_pattern_cache_without_compiling(tmp_path: Path) -> None:
    """With the command line's pattern cache installed, ``flags`` of a pattern the cache
    holds comes from its entry (no compiling) and equals the compiled pattern's."""
    script = f"""
import re
from disclint import regexcache
from disclint.lazyre import LazyPattern
regexcache.install()
cases = {CASES!r}
for source, flags in cases:
    re.compile(source, flags)
"""
    check = f"""
import re
from disclint import regexcache
from disclint.lazyre import LazyPattern
regexcache.install()
cases = {CASES!r}
for source, flags in cases:
    lazy = LazyPattern(source, flags)
    assert lazy.flags == re.compile(source, flags).flags, source
    assert lazy._compiled is None
    assert regexcache.stored_flags(source, flags) == re.compile(source, flags).flags
assert regexcache.stored_flags("not stored", 0) is None
print("ok")
"""
    env = {"DISCLINT_CACHE_DIR": str(tmp_path), "PATH": ""}
    subprocess.run([sys.executable, "-c", script], env=env, check=True)
    result = subprocess.run(
        [sys.executable, "-c", check], env=env, check=True, capture_output=True, text=True
    )
    assert result.stdout.strip() == "ok"


_MODULE_PATTERNS = r"""
import importlib, json, sys
from disclint.lazyre import LazyPattern
counts = {}
for name in sys.argv[1:]:
    module = importlib.import_module(name)
    lazy = [v for v in vars(module).values() if isinstance(v, LazyPattern)]
    counts[name] = [len(lazy), sum(p._compiled is not None for p in lazy)]
first = next(v for v in vars(importlib.import_module(sys.argv[1])).values()
             if isinstance(v, LazyPattern))
first.search("")
counts["used"] = first._compiled is not None
print(json.dumps(counts))
"""


def test_module_patterns_wait_for_their_first_use() -> None:
    """The parser's and the arithmetic rules' module patterns that a release may never
    need are compiled when first used, not at import (a cold check of the seed compiled
    some 800 patterns, a third of them never run); one that is used is compiled then."""
    import json

    names = ["disclint.parse", "disclint.quotes", "disclint.rules.arithmetic.statements"]
    run = subprocess.run(
        [sys.executable, "-c", _MODULE_PATTERNS, *names],
        capture_output=True,
        text=True,
        check=True,
    )
    counts = json.loads(run.stdout)
    for name in names:
        made, compiled = counts[name]
        assert made >= 15 and compiled == 0, (name, made, compiled)
    assert counts["used"] is True
