"""Throughput, memory and the results cache on a corpus, paired with proselint.

    python benchmarks/corpus_speed.py CORPUS_DIR [--repeat-list 10] [--jobs 1,2]

Runs, each as a fresh process and in this order so that a busy machine hits all alike:

* ``proselint check`` of every file (if proselint is installed in this venv);
* ``disclint check --no-cache -j N`` for each N (files/s, MB/s, peak memory);
* ``disclint check`` twice with the cache in a fresh folder (first run, then re-run);
* with ``--repeat-list K``: K distinct copies of every file (``-j 1 --no-cache``), for the
  peak memory at K times as many files: named one by one, then by their K folders (and
  one folder: the same 702 files), since a long argument list costs the interpreter
  memory of its own before disclint starts.

Times are wall-clock seconds (files/s and MB/s, and the ratio to proselint, come from them:
-j 2 gains only in wall time) and, on a shared machine, the CPU seconds (user + system of
the command and its workers) to compare work done. Peak memory is the largest resident set
of the command or any process it waited for (``ru_maxrss`` of its children), as
``/usr/bin/time`` reports it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

MEASURE = r"""
import resource, subprocess, sys, time, json
started = time.perf_counter()
run = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                     cwd=sys.argv[1])
seconds = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
peak = usage.ru_maxrss / 1024
cpu = usage.ru_utime + usage.ru_stime
print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mib": peak, "exit": run.returncode}))
"""


def measure(command: list[str], cwd: Path, env: dict[str, str]) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, str(cwd), *command],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    figures: dict[str, float] = json.loads(result.stdout)
    return figures


def copies(files: list[str], folder: Path, times: int) -> list[str]:
    """The files under ``times`` distinct names (hard links, or copies across file systems).

    disclint checks a path named twice once, so repeating the list itself would measure
    702 files, not ``times`` x 702.
    """
    names = []
    for round_ in range(times):
        target = folder / str(round_)
        target.mkdir(parents=True)
        for name in files:
            copy = target / Path(name).name
            try:
                os.link(name, copy)
            except OSError:
                shutil.copyfile(name, copy)
            names.append(str(copy))
    return names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--repeat-list", type=int, default=0)
    parser.add_argument(
        "--format",
        default="concise",
        help="report format of the disclint runs (json, sarif and junit are streamed too)",
    )
    args = parser.parse_args()
    # absolute paths: the measured commands run in a scratch folder, where a relative
    # path would name nothing and every run would "finish" at once on an error
    files = sorted(
        str(p.resolve())
        for p in args.corpus.iterdir()
        if p.suffix in (".txt", ".md", ".html", ".htm")
    )
    if not files:
        parser.error(f"no .txt, .md or .html releases in {args.corpus}")
    size = sum(os.path.getsize(f) for f in files) / 1048576
    work = Path(tempfile.mkdtemp(prefix="disclint-speed-"))
    env = {**os.environ, "DISCLINT_CACHE_DIR": str(work / "lark")}
    env.pop("DISCLINT_NO_CACHE", None)
    disclint = [sys.executable, "-m", "disclint", "check", "--isolated", "--fail-on", "never"]
    subprocess.run([*disclint, "--no-cache", files[0]], capture_output=True, env=env, check=False)
    print(f"{len(files)} files, {size:.1f} MB, fresh processes")
    rows: list[tuple[str, dict[str, float]]] = []
    proselint = shutil.which("proselint", path=str(Path(sys.executable).parent))
    if proselint:
        rows.append(("proselint check", measure([proselint, "check", *files], work, env)))
    for jobs in args.jobs.split(","):
        command = [*disclint, "--no-cache", "--format", args.format, "-j", jobs, *files]
        rows.append((f"disclint -j {jobs} --no-cache", measure(command, work, env)))
    cached = [*disclint, "--format", args.format, *files]
    (work / "project").mkdir()
    rows.append(("disclint, cache: first run", measure(cached, work / "project", env)))
    rows.append(("disclint, cache: re-run", measure(cached, work / "project", env)))
    if args.repeat_list:
        repeated = [*disclint, "--no-cache", "--format", args.format]
        names = copies(files, work / "copies", args.repeat_list)
        label = f"disclint -j 1, list x{args.repeat_list}"
        rows.append((label, measure(repeated + names, work, env)))
        # The same files named by their K folders: a list of 7,000 arguments costs the
        # interpreter itself ~15 MiB before disclint runs (``python -c pass`` with that
        # argv), so these two rows compare what disclint holds for 1 and K times the files.
        folders = [str(work / "copies" / str(k)) for k in range(args.repeat_list)]
        rows.append(("disclint -j 1, folders x1", measure(repeated + folders[:1], work, env)))
        label = f"disclint -j 1, folders x{args.repeat_list}"
        rows.append((label, measure(repeated + folders, work, env)))
    base = rows[0][1]["seconds"] if proselint else None
    for label, figures in rows:
        count = len(files) * (args.repeat_list if label.endswith(f" x{args.repeat_list}") else 1)
        seconds = figures["seconds"]
        ratio = f"  {seconds / base:5.2f}x proselint" if base else ""
        print(
            f"  {label:32} {seconds:7.2f} s {count / seconds:7.1f} files/s "
            f"{size * count / len(files) / seconds:6.2f} MB/s  peak {figures['peak_mib']:6.1f} MiB"
            f"  cpu {figures['cpu']:7.2f} s{ratio}"
        )
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
