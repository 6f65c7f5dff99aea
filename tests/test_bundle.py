"""The module bundle serves exactly the modules Python would import, and only while nothing
that decides the import has changed (disclint.bundle)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import FIXTURES

#: Imports a small package with the bundle installed (or not) and prints what each module
#: is: where it came from, what it holds, and whether the bundle served it.
SCRIPT = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from disclint import bundle
bundle.PACKAGE = "fakepkg"
if sys.argv[3] == "bundle":
    bundle.install(sys.argv[2])
import fakepkg.alpha, fakepkg.sub.beta
out = {}
for name in ("fakepkg.alpha", "fakepkg.sub", "fakepkg.sub.beta"):
    module = sys.modules[name]
    spec = module.__spec__
    out[name] = {
        "file": module.__file__,
        "cached": module.__cached__,
        "origin": spec.origin,
        "parent": spec.parent,
        "has_location": spec.has_location,
        "search": spec.submodule_search_locations,
        "path": getattr(module, "__path__", None),
        "package": module.__package__,
        "value": module.VALUE,
        "doc": module.__doc__,
        "where": module.where.__code__.co_filename,
        "line": module.where.__code__.co_firstlineno,
        "loader": isinstance(spec.loader, __import__("importlib").machinery.SourceFileLoader),
        "served": name in bundle._served,
        "namespace": list(vars(module)),
    }
print(json.dumps(out))
"""

MODULE = '''"""{name}: a module of the test package."""
VALUE = {value}


def where():
    return __name__
'''


def _package(root: Path) -> None:
    package = root / "fakepkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "alpha.py").write_text(MODULE.format(name="alpha", value=1))
    (package / "sub" / "__init__.py").write_text(MODULE.format(name="sub", value=2))
    (package / "sub" / "beta.py").write_text(MODULE.format(name="beta", value=3))


def _run(root: Path, cache: Path, mode: str = "bundle") -> dict[str, dict[str, object]]:
    env = {**os.environ, "DISCLINT_CACHE_DIR": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(root), str(cache), mode],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    found: dict[str, dict[str, object]] = json.loads(result.stdout)
    return found


def _without(found: dict[str, dict[str, object]], key: str) -> dict[str, dict[str, object]]:
    return {name: {k: v for k, v in row.items() if k != key} for name, row in found.items()}


def _touch_later(path: Path, text: str) -> None:
    """Rewrite ``path`` so that its modification time surely moves."""
    before = path.stat().st_mtime_ns
    path.write_text(text)
    while path.stat().st_mtime_ns == before:
        time.sleep(0.01)
        path.write_text(text)


def test_served_modules_are_what_python_imports(tmp_path: Path) -> None:
    _package(tmp_path / "src")
    cache = tmp_path / "cache"
    cache.mkdir()
    plain = _run(tmp_path / "src", cache, "plain")
    first = _run(tmp_path / "src", cache)  # nothing stored yet: Python imports, file written
    assert not any(row["served"] for row in first.values())
    assert list(cache.glob("modules-*.bin"))
    second = _run(tmp_path / "src", cache)
    assert all(row["served"] for row in second.values())
    assert _without(second, "served") == _without(plain, "served") == _without(first, "served")
    assert second["fakepkg.sub"]["search"] == [str(tmp_path / "src" / "fakepkg" / "sub")]


def test_a_changed_source_is_imported_from_it_and_stored_again(tmp_path: Path) -> None:
    _package(tmp_path / "src")
    cache = tmp_path / "cache"
    cache.mkdir()
    _run(tmp_path / "src", cache)
    alpha = tmp_path / "src" / "fakepkg" / "alpha.py"
    _touch_later(alpha, MODULE.format(name="alpha", value=41))
    changed = _run(tmp_path / "src", cache)
    assert changed["fakepkg.alpha"]["value"] == 41
    assert not changed["fakepkg.alpha"]["served"]
    assert changed["fakepkg.sub.beta"]["served"]  # its folder and file did not change
    again = _run(tmp_path / "src", cache)
    assert again["fakepkg.alpha"]["value"] == 41
    assert again["fakepkg.alpha"]["served"]


def test_a_file_added_to_the_folder_stops_serving_it(tmp_path: Path) -> None:
    """A package ``beta/`` next to ``beta.py`` is what Python imports (packages first): the
    folder's modification time changed, so the stored ``beta.py`` is not served."""
    _package(tmp_path / "src")
    cache = tmp_path / "cache"
    cache.mkdir()
    _run(tmp_path / "src", cache)
    shadow = tmp_path / "src" / "fakepkg" / "sub" / "beta"
    shadow.mkdir()
    (shadow / "__init__.py").write_text(MODULE.format(name="beta package", value=99))
    found = _run(tmp_path / "src", cache)
    assert found["fakepkg.sub.beta"]["value"] == 99
    assert found["fakepkg.sub.beta"]["origin"] == str(shadow / "__init__.py")
    assert not found["fakepkg.sub.beta"]["served"]
    assert found["fakepkg.alpha"]["served"]  # another folder
    assert _run(tmp_path / "src", cache)["fakepkg.sub.beta"]["value"] == 99


def test_a_damaged_file_is_ignored_and_written_again(tmp_path: Path) -> None:
    _package(tmp_path / "src")
    cache = tmp_path / "cache"
    cache.mkdir()
    _run(tmp_path / "src", cache)
    (stored,) = cache.glob("modules-*.bin")
    data = stored.read_bytes()
    for damaged in (b"", b"garbage", data[:40], data[:-30]):
        stored.write_bytes(damaged)
        found = _run(tmp_path / "src", cache)
        assert [row["value"] for row in found.values()] == [1, 2, 3]
    assert all(row["served"] for row in _run(tmp_path / "src", cache).values())


#: ``disclint check`` in-process, then how many of disclint's modules the bundle served.
CHECK = r"""
import sys
from disclint import bundle
from disclint.entry import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
sys.stdout.flush()
print(len(bundle._served), bundle.BundleFinder in sys.meta_path, file=sys.stderr)
"""


def test_check_reports_the_same_with_modules_served(tmp_path: Path) -> None:
    release = FIXTURES / "same" / "release.txt"
    env = {**os.environ, "DISCLINT_CACHE_DIR": str(tmp_path / "cache")}
    runs = []
    for _ in range(3):
        result = subprocess.run(
            [sys.executable, "-c", CHECK, "check", str(release), "--format", "json", "--no-cache"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        served, installed = result.stderr.split()[-2:]
        runs.append((result.stdout, int(served), installed))
    assert runs[0][0] == runs[1][0] == runs[2][0]
    assert json.loads(runs[0][0])
    assert runs[0][1] == 0 and runs[0][2] == "True"  # nothing stored before the first run
    assert runs[2][1] > 20  # the rules, the engine, the parser ...


def test_the_cache_folder_is_the_grammars_one(tmp_path: Path) -> None:
    script = "from disclint import bundle, grammars\n"
    script += "print(bundle.cache_folder() == str(grammars.cache_dir()))"
    for env in (
        {"DISCLINT_CACHE_DIR": str(tmp_path / "a")},
        {"XDG_CACHE_HOME": str(tmp_path / "b")},
        {"HOME": str(tmp_path / "c")},
    ):
        base = {
            k: v for k, v in os.environ.items() if k not in ("DISCLINT_CACHE_DIR", "XDG_CACHE_HOME")
        }
        result = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            env={**base, **env},
            check=True,
        )
        assert result.stdout.strip() == "True", env


def test_a_library_import_does_not_install_it() -> None:
    script = "import sys, disclint.checking, disclint.bundle as b\n"
    script += "print(b.BundleFinder in sys.meta_path)"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


PLACE = r"""
import sys
from importlib.machinery import BuiltinImporter, FrozenImporter, PathFinder
from disclint import bundle
class Hook:
    @classmethod
    def find_spec(cls, *args):
        return None
sys.meta_path[:] = [BuiltinImporter, Hook, FrozenImporter, PathFinder]
bundle.install(sys.argv[1])
print([getattr(f, "__name__", type(f).__name__) for f in sys.meta_path])
"""


def test_the_finder_goes_after_any_import_hook(tmp_path: Path) -> None:
    """Before the finders that never find a module in a package (built-in, frozen), after
    anything else (an import hook keeps seeing disclint's modules first)."""
    result = subprocess.run(
        [sys.executable, "-c", PLACE, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    order = "['BuiltinImporter', 'Hook', 'BundleFinder', 'FrozenImporter', 'PathFinder']"
    assert result.stdout.strip() == order


def test_each_installation_has_its_own_file(tmp_path: Path) -> None:
    """Two copies of a package sharing the cache folder (a checkout and an installed copy)
    do not overwrite each other's file in turn."""
    for copy in ("one", "two"):
        _package(tmp_path / copy)
    cache = tmp_path / "cache"
    cache.mkdir()
    script = SCRIPT.replace("bundle.install(", "import fakepkg; bundle.install(")
    env = {**os.environ, "DISCLINT_CACHE_DIR": str(cache)}
    for copy in ("one", "two", "one", "two"):
        result = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / copy), str(cache), "bundle"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        found = json.loads(result.stdout)
        assert found["fakepkg.alpha"]["origin"].startswith(str(tmp_path / copy))
    assert len(list(cache.glob("modules-*.bin"))) == 2
    assert all(row["served"] for row in found.values())


#: As ``SCRIPT``, with ``fakepkg.mapped`` imported by a finder of its own from a folder
#: outside the package, asked after Python's path finder (as an editable install maps
#: ``disclint.rules``): the path finder cannot find it in ``fakepkg``, so the file cannot
#: hold it.
MAPPED_SCRIPT = r"""
import importlib.util, json, sys
sys.path.insert(0, sys.argv[1])

class Mapped:
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name == "fakepkg.mapped":
            return importlib.util.spec_from_file_location(name, sys.argv[4])
        return None

sys.meta_path.append(Mapped)
from disclint import bundle
bundle.PACKAGE = "fakepkg"
bundle.install(sys.argv[2])
import fakepkg.alpha, fakepkg.mapped
print(json.dumps({"alpha": "fakepkg.alpha" in bundle._served, "mapped": fakepkg.mapped.VALUE}))
"""


def test_a_module_the_file_cannot_hold_does_not_rewrite_it(tmp_path: Path) -> None:
    """A module another finder imports is not stored, and is no reason to write the file
    again at every exit: the modules it can hold are stored once and then served."""
    _package(tmp_path / "src")
    elsewhere = tmp_path / "elsewhere" / "mapped.py"
    elsewhere.parent.mkdir()
    elsewhere.write_text(MODULE.format(name="mapped", value=7))
    cache = tmp_path / "cache"
    cache.mkdir()
    env = {**os.environ, "DISCLINT_CACHE_DIR": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def run() -> dict[str, object]:
        done = subprocess.run(
            [sys.executable, "-c", MAPPED_SCRIPT, str(tmp_path / "src"), str(cache), "bundle",
             str(elsewhere)],
            capture_output=True, text=True, env=env, check=True,
        )  # fmt: skip
        found: dict[str, object] = json.loads(done.stdout)
        return found

    assert run() == {"alpha": False, "mapped": 7}  # nothing stored yet: the file is written
    (written,) = cache.glob("modules-*.bin")
    stamp = written.stat().st_mtime_ns
    assert run() == {"alpha": True, "mapped": 7}
    assert run() == {"alpha": True, "mapped": 7}
    (again,) = cache.glob("modules-*.bin")
    assert again.stat().st_mtime_ns == stamp
