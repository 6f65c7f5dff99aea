"""Mutation fuzzing: no mutant of a real release may crash, hang or lose a run.

Seeds are the project's examples and, if given, a corpus folder. Each mutant is a seed
changed by one to three mutation operators (byte flips, hostile runs of one character,
control characters, truncation, duplicated and spliced slices, deep nesting of tags or
brackets, invalid encodings, byte order marks; for .docx, zip-level damage). Mutants are
written to a temporary folder in batches and checked the way users run disclint:

* in this process, each mutant through ``Engine.check_path`` (anything raised is a
  *crash*; a result that took longer than the budget is a *hang*);
* every batch also through the command line (``disclint check --format json -j 2``): a
  traceback, an exit status other than 0/1/2, or a report that does not list every mutant
  of the batch is a *lost run*.

    python benchmarks/fuzz.py [--corpus DIR] [--seconds 60] [--mutants N] [--seed 1]

Exit status 1 if anything crashed, hung or was lost; the failing mutants are kept in
``--keep DIR`` (default: a temporary folder that is printed).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = [
    "1",
    "100,",
    ".",
    "!",
    "[",
    "]",
    "(",
    "*",
    "_",
    "\\",
    "<",
    "&",
    "#",
    "|",
    "$",
    "%",
    "\u200b",
    "\x1b",
    "\x07",
    "\x00",
    "\ufeff",
    "\u202e",
    "\r",
    "\n",
    "\t",
    "é",
    "’",
    "—",
    "<table><tr><td>",
    "<sup>",
    "<!--",
    "[a](",
    "**",
    "&amp;",
    "Mr. ",
    "$1.2 million, ",
    "disclint: ignore ",
    "Forward-Looking Statements\n",
    "Contact:\n",
    "###\n",
]
#: CPU seconds a mutant may take before it counts as a hang. The engine's own budget is
#: wall-clock time (what a user waits for); on a shared machine, or at ``nice 19``, a
#: starved process can pass it while doing little work, so the harness sets the wall budget
#: to ``WALL_BUDGET`` as a safety net and judges by CPU time. A mutant stopped by the wall
#: budget after less CPU than ``BUDGET`` is counted as ``starved``, not as a hang, and kept.
BUDGET = 20.0
WALL_BUDGET = 120.0


def seeds(corpus: Path | None, limit: int) -> list[Path]:
    found = [p for p in sorted((ROOT / "examples").iterdir()) if p.suffix in SUFFIXES]
    if corpus is not None and corpus.is_dir():
        found += [p for p in sorted(corpus.iterdir()) if p.suffix in SUFFIXES][:limit]
    return found


SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx")


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    """One mutation of a file's bytes."""
    size = len(data)
    where = rng.randrange(size + 1) if size else 0
    choice = rng.randrange(10)
    if choice == 0 and size:  # flip bytes
        buffer = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            buffer[rng.randrange(size)] = rng.randrange(256)
        return bytes(buffer)
    if choice == 1:  # a long run of one hostile shape
        run = rng.choice(HOSTILE) * rng.choice([10, 100, 1000, 5000])
        return data[:where] + run.encode("utf-8") + data[where:]
    if choice == 2:  # truncate
        return data[:where]
    if choice == 3 and size:  # duplicate a slice many times
        start = rng.randrange(size)
        piece = data[start : start + rng.randint(1, 200)]
        return data[:where] + piece * rng.randint(2, 50) + data[where:]
    if choice == 4:  # deep nesting
        opener, closer = rng.choice(
            [
                ("<table><tr><td>", "</td></tr></table>"),
                ("<div>", "</div>"),
                ("[", "]"),
                ("(", ")"),
                ("<sup>", "</sup>"),
                ("> ", ""),
                ("- ", ""),
            ]
        )
        depth = rng.choice([50, 400, 2000])
        return data[:where] + (opener * depth + "x" + closer * depth).encode() + data[where:]
    if choice == 5:  # a different encoding
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return data[::-1]
        codec = rng.choice(["utf-16", "utf-16-be", "utf-32", "cp1252", "latin-1", "utf-8-sig"])
        return text.encode(codec, "replace")
    if choice == 6:  # control and invisible characters sprinkled
        buffer = bytearray(data)
        for _ in range(rng.randint(1, 30)):
            char = rng.choice(["\x1b", "\x07", "\x0b", "\x0c", "\u200b", "\u2028", "\x85"])
            buffer[rng.randrange(len(buffer) + 1) : 0] = char.encode("utf-8")
        return bytes(buffer)
    if choice == 7 and size:  # splice two halves out of order
        cut = rng.randrange(size)
        return data[cut:] + data[:cut]
    if choice == 8:  # empty or whitespace
        return rng.choice([b"", b" \n\t", "\u200b".encode() * 50])
    lines = data.split(b"\n")  # shuffle some lines
    rng.shuffle(lines[: rng.randint(1, max(1, len(lines)))])
    return b"\n".join(lines)


def mutate_docx(data: bytes, rng: random.Random) -> bytes:
    """Damage inside the archive: a part's XML mutated, a part dropped, or raw bytes."""
    try:
        return _mutate_archive(data, rng)
    except (
        zipfile.BadZipFile,
        zlib.error,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
        KeyError,
    ):
        return mutate_bytes(data, rng)  # an archive an earlier mutation already broke


def _mutate_archive(data: bytes, rng: random.Random) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    out = io.BytesIO()
    victim = rng.choice(names)
    drop = rng.random() < 0.2
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in names:
            content = source.read(name)
            if name == victim:
                if drop:
                    continue
                content = mutate_bytes(content, rng)
                if name == "word/document.xml" and rng.random() < 0.3:
                    style = f'<w:pStyle w:val="Heading{rng.randint(1, 9)}"/>'.encode()
                    content = content.replace(b"<w:pPr>", b"<w:pPr>" + style, 1)
            archive.writestr(name, content)
    result = out.getvalue()
    return mutate_bytes(result, rng) if rng.random() < 0.1 else result


def make_mutant(seed: Path, rng: random.Random) -> tuple[bytes, str]:
    data = seed.read_bytes()
    suffix = seed.suffix
    for _ in range(rng.randint(1, 3)):
        data = mutate_docx(data, rng) if suffix == ".docx" else mutate_bytes(data, rng)
    if rng.random() < 0.05:
        suffix = rng.choice(SUFFIXES)
    return data, suffix


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--mutants", type=int, default=10**9)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--no-cli", action="store_true", help="skip the command-line batches")
    parser.add_argument(
        "--cli-every",
        type=int,
        default=1,
        help="send every Nth batch through the command line as well (1: all; a long run "
        "uses e.g. 10, since the command line re-checks each mutant it is given)",
    )
    parser.add_argument(
        "--progress", type=int, default=0, help="print the counts every N mutants (0: never)"
    )
    args = parser.parse_args()
    os.environ["DISCLINT_TIME_BUDGET"] = str(WALL_BUDGET)
    os.environ["DISCLINT_NO_CACHE"] = "1"
    from disclint.engine import Engine, RunOptions

    rng = random.Random(args.seed)
    pool = seeds(args.corpus, 2000)
    engine = Engine(RunOptions(isolated=True))
    keep = args.keep or Path(tempfile.mkdtemp(prefix="disclint-fuzz-keep-"))
    keep.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + args.seconds
    counts = {
        "mutants": 0,
        "crashes": 0,
        "hangs": 0,
        "lost": 0,
        "errors": 0,
        "batches": 0,
        "cli_batches": 0,
        "cli_mutants": 0,
        "starved": 0,
    }
    reported = 0
    while time.monotonic() < deadline and counts["mutants"] < args.mutants:
        with tempfile.TemporaryDirectory(prefix="disclint-fuzz-") as folder:
            batch = []
            for index in range(min(args.batch, args.mutants - counts["mutants"])):
                seed = rng.choice(pool)
                data, suffix = make_mutant(seed, rng)
                path = Path(folder) / f"m{counts['mutants'] + index:07d}-{seed.stem[:20]}{suffix}"
                path.write_bytes(data)
                batch.append(path)
            for path in batch:
                if time.monotonic() > deadline:
                    break
                counts["mutants"] += 1
                started = time.process_time()
                try:
                    result = engine.check_path(path)
                except Exception as exc:  # this is what we count
                    counts["crashes"] += 1
                    (keep / path.name).write_bytes(path.read_bytes())
                    print(f"CRASH {path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
                    continue
                used = time.process_time() - started
                if result.error is not None:
                    counts["errors"] += 1
                over = result.error is not None and "time budget" in result.error
                if used > BUDGET:
                    counts["hangs"] += 1
                    (keep / path.name).write_bytes(path.read_bytes())
                    print(f"HANG {path.name}: {used:.1f} s of CPU", file=sys.stderr)
                elif over:
                    counts["starved"] += 1
                    (keep / f"starved-{path.name}").write_bytes(path.read_bytes())
                    print(f"STARVED {path.name}: {used:.1f} s of CPU", file=sys.stderr)
            counts["batches"] += 1
            through_cli = counts["batches"] % max(1, args.cli_every) == 0
            if not args.no_cli and through_cli and time.monotonic() < deadline:
                counts["cli_batches"] += 1
                counts["cli_mutants"] += len(batch)
                counts["lost"] += _cli_batch(Path(folder), len(batch), keep)
            if args.progress and counts["mutants"] - reported >= args.progress:
                reported = counts["mutants"]
                print(json.dumps(counts), flush=True)
    print(json.dumps(counts))
    bad = counts["crashes"] + counts["hangs"] + counts["lost"]
    if bad:
        print(f"failing mutants kept in {keep}", file=sys.stderr)
    return 1 if bad else 0


def _cli_batch(folder: Path, expected: int, keep: Path) -> int:
    """Check a batch through the command line; 1 if the run lost any file."""
    command = [
        sys.executable,
        "-m",
        "disclint",
        "check",
        "--isolated",
        "--no-cache",
        "--format",
        "json",
        "--fail-on",
        "never",
        "-j",
        "2",
        str(folder),
    ]
    try:
        run = subprocess.run(
            command, capture_output=True, timeout=WALL_BUDGET * expected, check=False
        )
    except subprocess.TimeoutExpired:
        print(f"HANG (command line) batch in {folder}", file=sys.stderr)
        return 1
    problem = None
    if b"Traceback" in run.stderr or run.returncode not in (0, 1, 2):
        problem = f"exit {run.returncode}: {run.stderr.decode(errors='replace')[-500:]}"
    else:
        try:
            files = json.loads(run.stdout)["files"]
            if len(files) != len(list(folder.iterdir())):
                problem = f"report lists {len(files)} of {expected} files"
        except (ValueError, KeyError) as exc:
            problem = f"report is not JSON ({exc})"
    if problem is None:
        return 0
    print(f"LOST RUN: {problem}", file=sys.stderr)
    for file in folder.iterdir():
        (keep / file.name).write_bytes(file.read_bytes())
    return 1


if __name__ == "__main__":
    sys.exit(main())
