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
print(regexcache._added, len(regexcache._new) + len(regexcache._hashes) > 0)
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
    assert list(tmp_path.glob("regex*.bin"))
    second = _run(tmp_path)
    assert second[0].split()[0] == "0"  # served from the cache, nothing new
    assert first[1:] == second[1:]
    assert "word17" in first[1] and "True" in first[2]


def test_a_corrupt_cache_file_is_ignored(tmp_path: Path) -> None:
    _run(tmp_path)
    for file in tmp_path.glob("regex*.bin"):
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
    from disclint.regexcache import stored_keys

    (store,) = tmp_path.glob("regex*.bin")
    kept = {key[1] for key in stored_keys(store)}
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


LAZY = r"""
import re, sys
from disclint import regexcache
if sys.argv[1] == "collide":
    regexcache.key_hash = lambda key: 7  # every key the same hash: told apart by the key
regexcache.install()
names = sys.argv[2].split(",")
found = [re.compile(rf"\b{name}\d+(?:x|y)").search(f"a {name}12y b") for name in names]
print(regexcache._added, len(regexcache._used), [m.group() if m else None for m in found])
"""


def _lazy(tmp_path: Path, mode: str, names: str) -> list[str]:
    env = {"DISCLINT_CACHE_DIR": str(tmp_path), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", LAZY, mode, names],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return result.stdout.split(" ", 2)


def test_only_the_entries_a_run_compiles_are_read(tmp_path: Path) -> None:
    many = ",".join(f"name{i}" for i in range(200))
    assert _lazy(tmp_path, "plain", many)[0] == "200"
    added, used, found = _lazy(tmp_path, "plain", "name5,name150,other")
    assert (added, used) == ("1", "2")  # two read from the file, one new
    assert found.strip() == "['name512y', 'name15012y', 'other12y']"


def test_keys_with_the_same_hash_are_told_apart(tmp_path: Path) -> None:
    first = _lazy(tmp_path, "collide", "alpha,beta")
    second = _lazy(tmp_path, "collide", "beta,alpha,gamma")
    assert first[2].strip() == "['alpha12y', 'beta12y']"
    assert second[2].strip() == "['beta12y', 'alpha12y', 'gamma12y']"
    assert second[0] == "1"  # only gamma is new: beta and alpha were read back


BOUNDED = r"""
import re
from disclint import regexcache
regexcache.MAX_NEW_BYTES = 20_000
regexcache.install()
for i in range(2000):
    assert re.compile(rf"\bname{i}\d+(?:x|y)").search(f"name{i}5x")
print(regexcache._new_bytes, len(regexcache._new))
"""


def test_patterns_new_to_a_run_are_kept_up_to_a_bound(tmp_path: Path) -> None:
    env = {"DISCLINT_CACHE_DIR": str(tmp_path), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", BOUNDED], capture_output=True, text=True, env=env, check=True
    )
    kept_bytes, kept = (int(x) for x in result.stdout.split())
    assert 20_000 <= kept_bytes < 21_000 and 0 < kept < 2000


FRONT = r"""
import re, sys, warnings
original = re._compile
from disclint import regexcache
regexcache.install()
assert re._compile is not original, "the front was not installed on this Python"
def outcome(call):
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            value = call()
        kind = type(value).__name__
        shown = value.pattern if isinstance(value, re.Pattern) else value
        return (kind, shown, getattr(value, "flags", None), [str(w.message) for w in caught])
    except Exception as exc:
        return ("raised", type(exc).__name__, str(exc))
compiled = re.compile("x+", re.I)
cases = [
    lambda: re.compile(r"a\d+", re.I | re.M),
    lambda: re.compile(r"a\d+", 2 | 8),
    lambda: re.compile(b"ab+"),
    lambda: re.compile(compiled),
    lambda: re.compile(compiled, re.I),
    lambda: re.compile(42),
    lambda: re.compile("(unclosed"),
    lambda: re.compile("t", re.T),
    lambda: re.search("b+", "abbb").span(),
    lambda: re.sub(r"\d", "#", "a1b22"),
]
for function in (original, re._compile):
    re._compile = function
    re.purge()
    results = [outcome(case) for case in cases]
    again = re.compile(r"a\d+", re.I | re.M) is re.compile(r"a\d+", re.I | re.M)
    for i in range(600):  # past re._MAXCACHE: the oldest entries go
        re.compile(f"n{i}")
    print(repr((results, again, len(re._cache), ("n599" in {k[1] for k in re._cache}))))
"""


def test_re_front_answers_as_re_does(tmp_path: Path) -> None:
    env = {"DISCLINT_CACHE_DIR": str(tmp_path), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", FRONT], capture_output=True, text=True, env=env, check=False
    )
    if "was not installed on this Python" in result.stderr:
        import pytest

        pytest.skip("another Python's re._compile: left alone")
    assert result.returncode == 0, result.stderr
    original, front = result.stdout.splitlines()
    assert original == front


EVERY_PATTERN = r"""
import hashlib, sys
from disclint import regexcache
sys.argv = ["disclint", "check", "--no-cache", "--isolated", "--fail-on", "never", *sys.argv[1:]]
from disclint.entry import main
try:
    main()
except SystemExit:
    pass
texts = sorted(k[1] for k in regexcache.new_keys() if isinstance(k[1], str))
print(len(texts), hashlib.sha256(repr(texts).encode()).hexdigest())
"""


def test_every_pattern_a_check_compiles_is_the_same_text_in_every_process(
    tmp_path: Path,
) -> None:
    """Session 13: the offering figures' vocabulary patterns were joined longest first from a
    set, ties in the set's order, so 23 patterns of a cold check were new texts in each
    process (a cache miss each: 180 ms a check instead of 108). Every pattern a check of the
    examples compiles (from an empty cache, so every one is recorded) is the same text under
    different string hashing."""
    folder = Path(__file__).resolve().parents[1] / "examples"
    examples = sorted(str(p) for p in folder.iterdir() if p.suffix in (".txt", ".md", ".html"))

    def patterns(seed: str) -> str:
        env = {"PYTHONHASHSEED": seed, "PATH": "", "DISCLINT_CACHE_DIR": str(tmp_path / seed)}
        return subprocess.run(
            [sys.executable, "-c", EVERY_PATTERN, *examples],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout.splitlines()[-1]

    found = {patterns(seed) for seed in ("1", "2", "3")}
    assert len(found) == 1, found
    assert int(found.pop().split()[0]) > 300


UNMAPPED = r"""
import re, sys
from disclint import regexcache, releasescope
regexcache.install()
first = re.compile(r"\bfirst(\d+)x")
releasescope.release_over()  # a release ends: the pages read so far are let go
second = re.compile(r"\bsecond(\d+)y", re.I)
print(regexcache._map is not None, regexcache._unmap_pages in releasescope._ENDS)
print(first.findall("first12x first3"), second.findall("SECOND7Y second8"))
"""


def test_pages_let_go_as_a_release_ends_are_read_again(tmp_path: Path) -> None:
    """The mapped file's pages are dropped at each release's end (a run over many files
    would otherwise hold every entry it read); entries read afterwards are the same."""
    env = {"DISCLINT_CACHE_DIR": str(tmp_path), "PATH": ""}

    def run() -> list[str]:
        return subprocess.run(
            [sys.executable, "-c", UNMAPPED], capture_output=True, text=True, env=env, check=True
        ).stdout.splitlines()

    fresh = run()  # compiled by Python, saved at exit
    assert fresh[1] == "['12'] ['7']"
    cached = run()  # read from the mapped file, before and after the pages are dropped
    assert cached == ["True True", "['12'] ['7']"]


SPOOLED = r"""
import re
from disclint import regexcache
regexcache.install()
for i in range(300):
    assert re.compile(rf"\bspool{i}\d+(?:x|y)").search(f"spool{i}5x")
# what a run holds of them in memory: each one's place in the spool file, no code
places = list(regexcache._new.values())
assert all(all(isinstance(n, int) for n in place) for place in places)
read = regexcache._spooled
served = []
regexcache._spooled = lambda key, digest: served.append(read(key, digest)) or served[-1]
re.purge()  # compiled again in this process: read back from the spool, not recompiled
assert re.compile(r"\bspool7\d+(?:x|y)").search("spool75y")
assert len(served) == 1 and served[0] is not None
print(len(places), regexcache._added, len(regexcache.new_keys()))
regexcache._save()
"""


def test_new_patterns_wait_on_disk_and_are_saved(tmp_path: Path) -> None:
    """A run's new patterns are spooled to a temporary file (a run over many releases
    compiles a few from each one's names: held in memory they grew the run), and the next
    process reads them from the saved cache."""
    env = {"DISCLINT_CACHE_DIR": str(tmp_path), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", SPOOLED], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.split() == ["300", "300", "300"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    from disclint.regexcache import stored_keys

    (store,) = tmp_path.glob("regex*.bin")
    kept = {key[1] for key in stored_keys(store)}
    assert {rf"\bspool{i}\d+(?:x|y)" for i in range(300)} <= kept
