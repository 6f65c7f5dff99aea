"""The compiled-regex cache gives patterns that behave exactly as Python's own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import re, sys
from disclint import regexcache
regexcache.install()
words = "|".join(f"word{i}" for i in range(300))
pattern = re.compile(rf"(?P<lead>\b(?:{words})\b)\s+(\d[\d,]*)(?<!,)(?=\s)|(?i:ACME)", re.MULTILINE)
text = "x word17 1,000 y\nword299 25 acme Acme word3 7,"
print(regexcache._added, len(regexcache._entries) > 0)
print([(m.span(), m.groupdict(), m.groups()) for m in pattern.finditer(text)])
print(pattern.groupindex == {"lead": 1}, pattern.flags)
"""


def _run(cache: Path) -> list[str]:
    env = {"DISCLINT_CACHE_DIR": str(cache), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, check=True
    )
    return result.stdout.splitlines()


def test_cached_patterns_match_like_fresh_ones(tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert first[0].split()[0] != "0"  # compiled and recorded
    assert list(tmp_path.glob("regex*.marshal"))
    second = _run(tmp_path)
    assert second[0].split()[0] == "0"  # served from the cache, nothing new
    assert first[1:] == second[1:]
    assert "word17" in first[1] and "True" in first[2]


def test_a_corrupt_cache_file_is_ignored(tmp_path: Path) -> None:
    _run(tmp_path)
    for file in tmp_path.glob("regex*.marshal"):
        file.write_bytes(b"\x00garbage")
    assert "word17" in _run(tmp_path)[1]


EVICTION = r"""
import re, sys
from disclint import regexcache
regexcache.MAX_ENTRIES = 3
regexcache.install()
for name in sys.argv[1].split(","):
    re.compile(rf"\b{name}\d+(?:x|y)")
regexcache._save()
"""


def test_the_least_recently_used_patterns_go_first(tmp_path: Path) -> None:
    env = {"DISCLINT_CACHE_DIR": str(tmp_path), "PATH": ""}

    def run(names: str) -> None:
        subprocess.run([sys.executable, "-c", EVICTION, names], env=env, check=True)

    run("alpha,beta,gamma")
    run("alpha,delta")  # alpha used again, delta new: beta (oldest unused) is dropped
    import marshal

    (store,) = tmp_path.glob("regex*.marshal")
    kept = {key[1] for key in marshal.loads(store.read_bytes())}
    assert kept == {rf"\b{name}\d+(?:x|y)" for name in ("gamma", "alpha", "delta")}


def test_the_venue_pattern_is_the_same_text_in_every_process() -> None:
    """A pattern built from a set must not take the set's order (which changes with each
    process's string hashing): its text is the cache's key, and a new text each run was a
    miss each run and a rewrite of the whole cache file at exit."""
    script = "from disclint.tickers import load_venues; print(load_venues().bare_pattern.pattern)"

    def pattern(seed: str) -> str:
        env = {"PYTHONHASHSEED": seed, "PATH": ""}
        return subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
        ).stdout

    texts = {pattern(seed) for seed in ("1", "2", "3", "4")}
    assert len(texts) == 1 and "Nasdaq" in texts.pop()
