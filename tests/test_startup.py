"""What a cold ``disclint check`` keeps out of its start-up (``inspect``, ``logging``,
OpenSSL's ``hashlib``, ``pkgutil``) it replaces with stand-ins that must answer exactly as
the standard library does."""

from __future__ import annotations

import hashlib
import inspect
import pkgutil
import subprocess
import sys
import threading
from pathlib import Path

from disclint import digests
from disclint.api import module_names
from disclint.budget import time_budget
from disclint.records import Record
from disclint.startup import cleandoc, own_annotations
from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[1]


def test_cleandoc_is_inspects() -> None:
    from disclint.packs import build_registry

    docs = [rule.check.__doc__ or "" for rule in build_registry().rules.values()]
    docs += [
        "",
        "one line",
        "   leading blanks\n   and a second line",
        "first\n\tindented with a tab\n\t  deeper\n",
        "\n\n  blank lines around  \n\n   \n",
        "first\n    four\n  two\n\n      six\n   ",
        "x\n \n  y",
    ]
    assert len(docs) > 50
    for doc in docs:
        assert cleandoc(doc) == inspect.cleandoc(doc), doc


def test_own_annotations_are_inspects() -> None:
    from disclint.api import Finding, RuleOptions
    from disclint.model import Release

    class Plain:
        pass

    class Child(Release):
        extra: int = 0

    for cls in (Finding, RuleOptions, Release, Record, Child, Plain, int):
        assert own_annotations(cls) == inspect.get_annotations(cls), cls


def test_module_names_are_pkgutils(tmp_path: Path) -> None:
    folders = [ROOT / "rules", ROOT / "rules" / "arithmetic", ROOT / "linter", tmp_path]
    for name in ("a.py", "b.pyc", "c.txt", "d.py", "d.pyi", ".py", "e.f.py", "__init__.py"):
        (tmp_path / name).write_text("")
    for package, init in (("pkg", "__init__.py"), ("bare", None), ("d", "__init__.py")):
        (tmp_path / package).mkdir()
        if init:
            (tmp_path / package / init).write_text("")
    (tmp_path / "dotted.dir").mkdir()
    (tmp_path / "dotted.dir" / "__init__.py").write_text("")
    for path in [[str(f)] for f in folders] + [[str(tmp_path), str(ROOT / "rules")]]:
        assert module_names(path) == [info.name for info in pkgutil.iter_modules(path)], path


def test_digests_are_hashlibs() -> None:
    for data in (b"", b"abc", "caf\u00e9 \u2014 \U0001f600".encode(), bytes(range(256)) * 40):
        assert digests.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
        assert digests.sha1(data).hexdigest() == hashlib.sha1(data).hexdigest()
    made = digests.sha256(b"ab")
    made.update(b"c")
    assert made.digest() == hashlib.sha256(b"abc").digest()


def test_time_budget_outside_the_main_thread_runs_unbounded() -> None:
    ran: list[bool] = []

    def work() -> None:
        with time_budget(0.001):
            ran.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert ran == [True]


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT
    )


def test_deferred_module_loads_on_first_use() -> None:
    code = (
        "import sys\n"
        "from disclint.startup import defer_import\n"
        "defer_import('inspect')\n"
        "import inspect\n"
        "assert 'ast' not in sys.modules\n"
        "import dataclasses\n"
        "assert 'ast' not in sys.modules\n"
        "from inspect import cleandoc\n"
        "assert 'ast' in sys.modules and sys.modules['inspect'] is not inspect\n"
        "assert inspect.signature is sys.modules['inspect'].signature\n"
        "@dataclasses.dataclass\n"
        "class Point:\n"
        "    x: int = 0\n"
        "assert Point.__doc__ == 'Point(x: int = 0)', Point.__doc__\n"
        "print(cleandoc('  a\\n  b'))\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "a\nb\n"


def test_deferred_urllib_parse_serves_pathlib_and_later_imports() -> None:
    """``pathlib`` takes ``quote_from_bytes`` from ``urllib.parse`` at import: the stand-in
    gives a function that loads the real module when called (``Path.as_uri``), and a later
    ``import urllib.parse`` reaches the real module through the package's attribute."""
    code = (
        "import sys\n"
        "for name in ('pathlib', 'urllib.parse', 'urllib'):\n"
        "    sys.modules.pop(name, None)\n"
        "from disclint.startup import defer_import\n"
        "defer_import('urllib.parse', ('quote_from_bytes',))\n"
        "import pathlib\n"
        "assert not getattr(sys.modules['urllib.parse'], '__spec__', None), 'loaded early'\n"
        "print(pathlib.PurePosixPath('/a b').as_uri())\n"
        "assert sys.modules['urllib.parse'].__spec__ is not None, 'not loaded on use'\n"
        "import urllib.parse\n"
        "print(urllib.parse.quote('x y'), urllib.parse.urlsplit('http://h/p').path)\n"
        "assert urllib.parse.quote is sys.modules['urllib.parse'].quote\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "file:///a%20b\nx%20y /p\n"


def test_deferred_dotted_module_is_an_attribute_of_its_package() -> None:
    """Without ``pathlib``'s import first: ``import urllib.parse`` then the first attribute
    read loads the real module (a name the stand-in was not given loads it too)."""
    code = (
        "import sys\n"
        "for name in ('pathlib', 'urllib.parse', 'urllib'):\n"
        "    sys.modules.pop(name, None)\n"
        "from disclint.startup import defer_import\n"
        "defer_import('urllib.parse', ('quote_from_bytes',))\n"
        "import urllib.parse\n"
        "assert not getattr(sys.modules['urllib.parse'], '__spec__', None)\n"
        "print(urllib.parse.unquote('a%20b'))\n"
        "assert sys.modules['urllib.parse'].__spec__ is not None\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "a b\n"


def test_deferred_ipaddress_still_serves_urllib() -> None:
    """``urllib.parse`` (imported by ``pathlib``) binds the stand-in; a bracketed host is
    still checked by the real module, loaded then. (An editable install's path finder
    imports ``pathlib`` at start-up, so the test imports both modules afresh.)"""
    code = (
        "import sys\n"
        "for name in ('ipaddress', 'urllib.parse'):\n"
        "    sys.modules.pop(name, None)\n"
        "from disclint.startup import defer_import\n"
        "defer_import('ipaddress')\n"
        "import urllib.parse\n"
        "assert not getattr(sys.modules['ipaddress'], '__spec__', None)\n"
        "print(urllib.parse.urlsplit('http://[::1]:80/x').hostname)\n"
        "try:\n"
        "    urllib.parse.urlsplit('http://[not-an-address]/')\n"
        "except ValueError:\n"
        "    print('refused')\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "::1\nrefused\n"


def test_accelerated_datetime_is_pythons() -> None:
    """The ``datetime`` made from ``_datetime`` holds what Python's module holds once
    imported (the same objects, each public name), dates pickle and compare across the two,
    and a module imported after it gets it."""
    code = (
        "import sys, pickle\n"
        "from disclint.startup import use_accelerator\n"
        "use_accelerator('datetime')\n"
        "import datetime as made\n"
        "assert made.__spec__ is None and made.__name__ == 'datetime'\n"
        "del sys.modules['datetime']\n"
        "import datetime as real\n"
        "assert real.__file__.endswith('datetime.py')\n"
        "public = lambda m: {k: v for k, v in vars(m).items() if not k.startswith('__')}\n"
        "assert public(made) == public(real), set(public(made)) ^ set(public(real))\n"
        "assert all(public(made)[k] is v for k, v in public(real).items())\n"
        "d = made.date.fromisoformat('2017-05-30')\n"
        "assert pickle.loads(pickle.dumps(d)) == real.date(2017, 5, 30)\n"
        "print(made.datetime(2017, 5, 30, tzinfo=made.UTC).isoformat())\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "2017-05-30T00:00:00+00:00\n"


def test_accelerator_leaves_an_imported_module_alone() -> None:
    code = (
        "import sys, datetime\n"
        "from disclint.startup import use_accelerator\n"
        "use_accelerator('datetime')\n"
        "assert sys.modules['datetime'] is datetime and datetime.__spec__ is not None\n"
        "print('kept')\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "kept\n"


def test_a_cold_check_keeps_them_out() -> None:
    """A dataclass without a docstring would bring ``inspect`` back (``dataclasses``
    describes it with ``inspect.signature``): give every dataclass a docstring."""
    seed = str(FIXTURES / "same" / "release.txt")
    code = (
        "import sys\n"
        "from disclint.entry import main\n"
        "try:\n"
        f"    main(['check', '--no-cache', '--fail-on', 'never', {seed!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "unwanted = ['inspect', 'ast', 'logging', '_hashlib', 'pkgutil', 'disclint.cache',"
        " 'signal', 'datetime']\n"
        "real = [n for n in unwanted if getattr(sys.modules.get(n), '__spec__', None)]\n"
        "print('imported:', ','.join(real))\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "imported: "
