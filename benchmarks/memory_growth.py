"""Peak memory of a run at 1x and 10x the corpus: is it flat in the number of files?

    python benchmarks/memory_growth.py CORPUS_DIR [--times 10] [--jobs 1,2]
    python benchmarks/memory_growth.py CORPUS_DIR --trace OUT.tsv [--times 3] [--every 0]

The releases are named through K folders of symbolic links under a scratch folder in
``/tmp`` (nothing is written into the corpus); ``disclint check --no-cache -j N --format
concise`` is run, as a fresh process, on one folder (1x) and on all K (Kx), and the peak
resident size of the command and its workers (``ru_maxrss`` of the children, what
``/usr/bin/time`` reports) is printed with the wall and CPU seconds. Each pair is run
``--rounds`` times, alternating, since a loaded machine moves the figures a little.

``--trace`` runs the same command line in this process instead, over K folders, and after
every release writes a row: the file's number and name, its size, ``VmRSS`` and ``VmHWM``
from ``/proc/self/status`` (KiB), the allocated blocks (``sys.getallocatedblocks``), the C
heap in use and free (glibc's ``mallinfo2``, bytes) and, every ``--every`` files, the
pymalloc arenas in use (``sys._debugmallocstats``). That says at which file the high-water
mark moves, and whether what grows is live objects, Python's arenas or the C heap.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

MEASURE = r"""
import resource, subprocess, sys, time, json
started = time.perf_counter()
run = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": time.perf_counter() - started,
                  "cpu": usage.ru_utime + usage.ru_stime,
                  "peak_mib": usage.ru_maxrss / 1024, "exit": run.returncode}))
"""

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".docx"}


#: The prefix that sorts a release last in its folder (``--late-over``).
LATE = "zzz_"


def link_folders(
    corpus: Path, scratch: Path, times: int, limit: int = 0, late_over: int = 0
) -> list[Path]:
    """``times`` folders of symbolic links to the corpus's releases (distinct names, so
    disclint checks each; a path named twice is checked once); the first ``limit`` by
    name if ``limit``; a release of more than ``late_over`` bytes (if given) named with
    ``LATE`` before its name, so that it is checked after the folder's other releases."""
    releases = sorted(p for p in corpus.iterdir() if p.suffix.lower() in SUFFIXES)
    if limit:
        releases = releases[:limit]
    folders = []
    for k in range(times):
        folder = scratch / str(k)
        folder.mkdir(parents=True, exist_ok=True)
        for release in releases:
            late = late_over and release.stat().st_size > late_over
            link = folder / (LATE + release.name if late else release.name)
            if not link.is_symlink():
                link.symlink_to(release.resolve())
        folders.append(folder)
    return folders


def disclint_command(jobs: int) -> list[str]:
    options = ["--no-cache", "-j", str(jobs), "--format", "concise"]
    return [sys.executable, "-m", "disclint", "check", *options]


def measure(command: list[str]) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, check=True
    )
    figures: dict[str, float] = json.loads(out.stdout)
    return figures


# -- the in-process trace -----------------------------------------------------------------


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _mallinfo() -> tuple[int, int]:
    """(bytes in use, bytes free) of glibc's heap; (0, 0) where there is no mallinfo2."""
    try:
        libc = ctypes.CDLL(None)
        function = libc.mallinfo2
    except (OSError, AttributeError):
        return (0, 0)
    function.restype = _MallInfo2
    info = function()
    return (info.uordblks + info.hblkhd, info.fordblks)


def _status() -> tuple[int, int]:
    rss = hwm = 0
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
            elif line.startswith("VmHWM:"):
                hwm = int(line.split()[1])
    return rss, hwm


def _arenas() -> int:
    """pymalloc arenas in use, read from ``sys._debugmallocstats`` (written to fd 2)."""
    with tempfile.TemporaryFile() as sink:
        saved = os.dup(2)
        try:
            sys.stderr.flush()
            os.dup2(sink.fileno(), 2)
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        sink.seek(0)
        text = sink.read().decode("ascii", "replace")
    found = re.search(r"# arenas allocated current\s*=\s*([\d,]+)", text)
    return int(found.group(1).replace(",", "")) if found else -1


def trace(folders: list[Path], out: Path, every: int) -> None:
    """Run the check in this process, writing a row of memory figures after every file."""
    from disclint import engine as engine_module

    original = engine_module.Engine.check_path
    rows = out.open("w")
    rows.write("n\tfile\tbytes\trss_kib\thwm_kib\tblocks\theap_used\theap_free\tarenas\n")
    count = 0

    def check_path(self: engine_module.Engine, path: Path) -> engine_module.FileResult:
        nonlocal count
        result = original(self, path)
        count += 1
        rss, hwm = _status()
        used, free = _mallinfo()
        arenas = _arenas() if every and count % every == 0 else -1
        size = path.stat().st_size
        rows.write(
            f"{count}\t{path.name}\t{size}\t{rss}\t{hwm}\t{sys.getallocatedblocks()}"
            f"\t{used}\t{free}\t{arenas}\n"
        )
        rows.flush()
        return result

    engine_module.Engine.check_path = check_path  # type: ignore[method-assign]
    from disclint.entry import main

    argv = ["check", "--no-cache", "-j", "1", "--format", "concise"] + [str(f) for f in folders]
    saved = sys.stdout
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    try:
        main(argv)
    except SystemExit:
        pass
    finally:
        sys.stdout.close()
        sys.stdout = saved
        rows.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--times", type=int, default=10, help="copies for the large run")
    parser.add_argument("--jobs", default="1", help="comma-separated -j values")
    parser.add_argument("--rounds", type=int, default=1, help="alternating pairs per -j")
    parser.add_argument("--scratch", type=Path, default=None, help="folder for the links")
    parser.add_argument("--trace", type=Path, default=None, help="in-process trace to a TSV")
    parser.add_argument("--every", type=int, default=0, help="arena count every N files")
    parser.add_argument("--limit", type=int, default=0, help="only the first N releases")
    parser.add_argument(
        "--late-over", type=int, default=0, help="releases over N bytes checked last in a folder"
    )
    args = parser.parse_args()
    made = args.scratch is None
    scratch = args.scratch or Path(tempfile.mkdtemp(prefix="disclint-memory-"))
    try:
        folders = link_folders(
            args.corpus.resolve(), scratch, args.times, args.limit, args.late_over
        )
        if args.trace is not None:
            trace(folders, args.trace, args.every)
            return 0
        for jobs in [int(j) for j in args.jobs.split(",")]:
            for round_ in range(args.rounds):
                for label, named in (("x1", folders[:1]), (f"x{args.times}", folders)):
                    figures = measure(disclint_command(jobs) + [str(f) for f in named])
                    print(
                        f"-j {jobs} {label:>4} round {round_ + 1}:"
                        f" peak {figures['peak_mib']:.1f} MiB,"
                        f" {figures['seconds']:.1f} s wall, {figures['cpu']:.1f} s CPU,"
                        f" exit {figures['exit']:.0f}",
                        flush=True,
                    )
    finally:
        if made:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
