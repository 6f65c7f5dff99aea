"""Time disclint as a pre-commit hook meets it: a fresh process per command.

    python benchmarks/startup.py [FILE] [--runs 21] [--installed]

Runs `disclint --version`, `disclint parse FILE` and `disclint check FILE` as fresh
processes (the grammar cache warm, as on every commit after the first) and prints the
median and spread of the wall time, plus the heaviest imports of `disclint check` from
`python -X importtime`. No assertions: numbers for the developers' notes.

Without options it times this checkout as the developers run it: `python -m disclint` in
the current venv (an editable install), proselint from the same venv. With ``--installed``
it times what a hook user runs: it builds disclint's wheel from a copy of the sources,
installs it (non-editable, as `pip install disclint` and pre-commit do) into a fresh venv
and proselint into another, and runs their console scripts (`disclint check ...`,
`proselint check ...`). pip takes both from its configured index or its cache; the venvs
live in a temporary folder removed at the end (``--keep`` prints and keeps it).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "tests" / "fixtures" / "same" / "release.txt"


def timed(command: list[str], runs: int, env: dict[str, str]) -> list[float]:
    subprocess.run(command, capture_output=True, env=env, check=False)  # warm the cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, env=env, check=False)
        times.append(time.perf_counter() - started)
    return times


def importtime(
    python: str, program: list[str], file: Path, env: dict[str, str], top: int
) -> list[tuple[int, str]]:
    """The heaviest top-level imports of ``python -X importtime PROGRAM check FILE``."""
    result = subprocess.run(
        [python, "-X", "importtime", *program, "check", "--no-cache", str(file)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    rows = []
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", line)
        if match and len(match.group(2)) <= 2:  # top-level imports only
            rows.append((int(match.group(1)), match.group(3)))
    return sorted(rows, reverse=True)[:top]


def paired(
    file: Path, runs: int, env: dict[str, str], check: list[str], proselint: str | None
) -> None:
    """disclint check and proselint check of the same file, alternated run by run (so that
    a busy machine slows both alike), when proselint is installed (it is not a dependency:
    ``pip install proselint`` into the venv to compare)."""
    if proselint is None:
        print("  (proselint not installed: no paired figure)")
        return
    other = [proselint, "check", str(file)]
    subprocess.run(check, capture_output=True, env=env, check=False)
    subprocess.run(other, capture_output=True, env=env, check=False)
    ours, theirs = [], []
    ours_cpu, theirs_cpu = [], []
    ours_faults: list[float] = []
    theirs_faults: list[float] = []
    for _ in range(runs):
        for command, into, cpu, faults in (
            (check, ours, ours_cpu, ours_faults),
            (other, theirs, theirs_cpu, theirs_faults),
        ):
            before, faulted = _children_cpu(), _children_faults()
            started = time.perf_counter()
            subprocess.run(command, capture_output=True, env=env, check=False)
            into.append(time.perf_counter() - started)
            cpu.append(_children_cpu() - before)
            faults.append(_children_faults() - faulted)
    mine, base = statistics.median(ours) * 1000, statistics.median(theirs) * 1000
    print(
        f"  paired, alternating, wall: disclint check {mine:.1f} ms, proselint check "
        f"{base:.1f} ms (ratio {mine / base:.2f}x)"
    )
    mine, base = statistics.median(ours_cpu) * 1000, statistics.median(theirs_cpu) * 1000
    print(
        f"  paired, alternating, CPU (user+sys): disclint check {mine:.1f} ms, proselint "
        f"check {base:.1f} ms (ratio {mine / base:.2f}x; the figure to quote on a shared machine)"
    )
    mine, base = statistics.median(ours_faults), statistics.median(theirs_faults)
    print(
        f"  paired, alternating, minor page faults: disclint check {mine:.0f}, proselint "
        f"check {base:.0f} (memory first touched: each costs the kernel a few microseconds)"
    )


def _children_cpu() -> float:
    """User plus system seconds of every child process waited for so far."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _children_faults() -> int:
    """Minor page faults of every child process waited for so far."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_minflt


def installed(folder: Path, proselint_version: str) -> tuple[str, str, str]:
    """Build the wheel, install it and proselint each into a fresh venv under ``folder``;
    return the venv's python, the ``disclint`` script and the ``proselint`` script."""
    source = folder / "source"
    source.mkdir()
    for name in ("linter", "rules", "grammar"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    wheels = folder / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(source)], check=True)
    (wheel,) = wheels.glob("disclint-*.whl")
    scripts = []
    for name, requirement in (
        ("disclint", str(wheel)),
        ("proselint", f"proselint=={proselint_version}"),
    ):
        venv = folder / f"venv-{name}"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        python = venv / "bin" / "python"
        subprocess.run(
            [str(python), "-m", "pip", "--disable-pip-version-check", "-q", "install", requirement],
            check=True,
        )
        scripts.append(str(venv / "bin" / name))
    return str(folder / "venv-disclint" / "bin" / "python"), scripts[0], scripts[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument(
        "--installed",
        action="store_true",
        help="time console scripts installed from the wheel into fresh venvs (what a hook runs)",
    )
    parser.add_argument("--proselint-version", default="0.16.0")
    parser.add_argument("--keep", action="store_true", help="keep the --installed venvs")
    args = parser.parse_args()
    env = {**os.environ, "DISCLINT_CACHE_DIR": tempfile.mkdtemp(prefix="disclint-bench-")}
    # An installed package has its bytecode compiled at install time; a machine that sets
    # PYTHONDONTWRITEBYTECODE would otherwise time Python recompiling every module.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    folder = None
    if args.installed:
        folder = Path(tempfile.mkdtemp(prefix="disclint-installed-"))
        for name in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"):
            env.pop(name, None)
        python, script, proselint = installed(folder, args.proselint_version)
        base, program = [script], [script]
        mode = f"installed from the wheel into fresh venvs under {folder}"
    else:
        python = sys.executable
        subprocess.run(
            [python, "-m", "compileall", "-q", str(ROOT / "linter"), str(ROOT / "rules")],
            capture_output=True,
            env=env,
            check=False,
        )
        base, program = [python, "-m", "disclint"], ["-m", "disclint"]
        proselint = shutil.which("proselint", path=str(Path(python).parent))
        mode = "this checkout in the current venv (python -m disclint)"
    try:
        size = args.file.stat().st_size
        print(f"{args.file} ({size} bytes), {args.runs} runs each, fresh processes; {mode}")
        for label, command in (
            ("python -c pass", [python, "-c", "pass"]),
            ("disclint --version", [*base, "--version"]),
            ("disclint parse", [*base, "parse", str(args.file)]),
            (
                "disclint check",
                [*base, "check", str(args.file), "--fail-on", "never", "--no-cache"],
            ),
            ("check, cached result", [*base, "check", str(args.file), "--fail-on", "never"]),
        ):
            times = timed(command, args.runs, env)
            median = statistics.median(times) * 1000
            low, high = min(times) * 1000, max(times) * 1000
            print(f"  {label:20} median {median:6.1f} ms   (min {low:.1f}, max {high:.1f})")
        # A changed release (what a pre-commit hook checks): no results cache.
        check = [*base, "check", str(args.file), "--fail-on", "never", "--no-cache"]
        paired(args.file, args.runs, env, check, proselint)
        print("heaviest top-level imports of `disclint check` (cumulative microseconds):")
        for micros, module in importtime(python, program, args.file, env, top=12):
            print(f"  {micros:8d}  {module}")
    finally:
        if folder is not None and not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
