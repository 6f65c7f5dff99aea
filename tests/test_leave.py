"""The console script ends without the interpreter's teardown (``disclint.entry.leave``):
the same output, exit code and cache files as an ordinary exit, and an ordinary exit
whenever something could differ."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FLAWED = str(ROOT / "examples" / "offering-flawed.txt")
CLEAN = str(ROOT / "examples" / "offering-pricing.txt")

#: ``console`` (the script and ``python -m disclint``) against ``main`` ended by Python.
CONSOLE = "from disclint.entry import console; console()"
ORDINARY = "import sys; from disclint.entry import main; sys.exit(main())"


def _run(
    program: str, args: list[str], cache: Path, **extra: object
) -> subprocess.CompletedProcess:
    env = {**os.environ, "DISCLINT_CACHE_DIR": str(cache)}
    return subprocess.run(
        [sys.executable, "-c", program, *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        **extra,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    "args",
    [
        ["check", FLAWED, "--no-cache"],  # findings: exit 1
        ["check", CLEAN, "--no-cache", "--fail-on", "never"],  # exit 0
        ["check", FLAWED, "--format", "json", "--isolated", "--no-cache"],
        ["check", "--format", "nope", FLAWED],  # click's usage error: exit 2
        ["check", str(ROOT / "no-such-file.txt")],
        ["--version"],
        ["rules"],
    ],
)
def test_console_exits_as_python_would(args: list[str], tmp_path: Path) -> None:
    fast = _run(CONSOLE, args, tmp_path / "fast")
    ordinary = _run(ORDINARY, args, tmp_path / "ordinary")
    assert (fast.returncode, fast.stdout, fast.stderr) == (
        ordinary.returncode,
        ordinary.stdout,
        ordinary.stderr,
    )


def test_caches_are_saved_before_leaving(tmp_path: Path) -> None:
    """The ``atexit`` functions run: a cold cache folder is filled as by an ordinary exit."""
    _run(CONSOLE, ["check", FLAWED, "--no-cache"], tmp_path / "fast")
    _run(ORDINARY, ["check", FLAWED, "--no-cache"], tmp_path / "ordinary")
    made = sorted(p.name for p in (tmp_path / "fast").iterdir())
    assert made == sorted(p.name for p in (tmp_path / "ordinary").iterdir())
    assert any(name.startswith("code-") for name in made)
    assert any(name.startswith("regex") for name in made)


def test_output_to_a_file_is_complete(tmp_path: Path) -> None:
    """A report written to ``-o`` is whole, as with an ordinary exit."""
    reports = []
    for name, program in (("fast", CONSOLE), ("ordinary", ORDINARY)):
        report = tmp_path / f"{name}.json"
        args = ["check", FLAWED, "--format", "json", "--no-cache", "-o", str(report)]
        assert _run(program, args, tmp_path / name).returncode == 1
        reports.append(json.loads(report.read_text(encoding="utf-8")))
    assert reports[0] == reports[1]
    assert reports[0]["files"]


def test_leave_returns_when_a_tracer_or_odd_code_is_set() -> None:
    """Under a tracer (coverage) or with a code that is not a number, ``leave`` returns and
    Python's own exit runs (here: the process goes on to print)."""
    program = (
        "import sys\n"
        "from disclint.entry import leave\n"
        "leave('a message')\n"
        "sys.settrace(lambda *a: None)\n"
        "leave(0)\n"
        "sys.settrace(None)\n"
        "print('still here')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=False
    )
    assert result.stdout == "still here\n"
    assert result.returncode == 0


def test_leave_ends_the_process_with_the_code() -> None:
    program = (
        "import atexit, sys\n"
        "from disclint.entry import leave\n"
        "atexit.register(lambda: print('saved'))\n"
        "sys.stdout.write('pending')\n"
        "leave(3)\n"
        "print('not reached')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=False
    )
    assert result.stdout == "pendingsaved\n"
    assert result.returncode == 3
