"""Time of ``check`` against the size of one file: the exponent of the growth.

Builds files of 0.5, 1, 2, 4 and 8 MB (``--sizes``) from real release text (the corpus's
Markdown and text releases concatenated, repeated as needed) and from each hostile shape of
issue 15 (runs of digits, "100,", ".", "!", "[", many amounts, stray backslashes, contact
cards, quotes), checks each
in this process (start-up excluded; the time budget is off; CPU time of this process, so
that other work on a shared machine does not bend the curve) and fits log(time) against
log(size): 1.0 is linear. Reports one line per input, and ``--json`` for machines.

    python benchmarks/exponent.py CORPUS_DIR [--sizes 0.5,1,2,4,8] [--shapes all|real|NAME,..]
        [--skip BLIND.txt]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from pathlib import Path

MB = 1024 * 1024
HEAD = (
    "Acme Announces Record Results\n\nNEW YORK, May 1, 2026 -- Acme Corp. (Nasdaq: ACME) "
    "today reported results.\n\n"
)
SHAPES = {
    "digits": "1",
    "hundreds": "100,",
    "dots": ".",
    "bangs": "!",
    "brackets": "[",
    "amounts": "Revenue was $1.2 million, up 5% from $1.1 million. ",
    "backslashes": "\\",
    "contacts": "Contact: Jane Doe, Chief Financial Officer, jane@acme.example\n\n",
    "quotes": '"We grew," said John Roe, CEO. ',
}


def real_text(corpus: Path, skip: frozenset[str] = frozenset()) -> str:
    parts = []
    for file in sorted(corpus.iterdir()):
        if file.suffix in (".md", ".txt") and file.name not in skip:
            try:
                parts.append(file.read_text(encoding="utf-8"))
            except (UnicodeDecodeError, OSError):
                continue
    return "\n\n".join(parts)


def sized(pattern: str, size: int, suffix: str) -> tuple[str, str]:
    body = pattern * (size // max(len(pattern), 1) + 1)
    return (HEAD + body)[:size], suffix


def measure(text: str, suffix: str) -> float:
    from disclint.engine import Engine, RunOptions
    from disclint.readers import read_bytes

    engine = Engine(RunOptions(isolated=True))
    data = text.encode("utf-8")
    started = time.process_time()
    source = read_bytes(data, f"input{suffix}", fmt="md" if suffix == ".md" else "txt")
    engine.check_source(source, Path.cwd() / f"input{suffix}")
    return time.process_time() - started


def slope(points: list[tuple[float, float]]) -> float:
    xs = [math.log(s) for s, _ in points]
    ys = [math.log(max(t, 1e-6)) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    den = sum((x - mx) ** 2 for x in xs) or 1.0
    return num / den


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--sizes", default="0.5,1,2,4,8")
    parser.add_argument("--shapes", default="all")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--skip",
        type=Path,
        help="a file listing corpus file names (one a line) to leave out of the real text",
    )
    args = parser.parse_args()
    skip = frozenset(args.skip.read_text(encoding="utf-8").split()) if args.skip else frozenset()
    os.environ["DISCLINT_TIME_BUDGET"] = "0"
    from disclint.regexcache import install

    install()  # compile patterns as the command line does (first-character sets included)
    sizes = [int(float(s) * MB) for s in args.sizes.split(",")]
    wanted = [*SHAPES, "real"] if args.shapes == "all" else args.shapes.split(",")
    measure(HEAD, ".txt")  # warm: imports, grammar, lexicons
    results = {}
    for name in wanted:
        points = []
        for size in sizes:
            if name == "real":
                pool = real_text(args.corpus, skip)
                text, suffix = sized(pool, size, ".md")
            else:
                text, suffix = sized(SHAPES[name], size, ".txt")
            seconds = measure(text, suffix)
            points.append((size, seconds))
            print(f"{name:12} {size / MB:5.1f} MB {seconds:8.2f} s", file=sys.stderr, flush=True)
        results[name] = {"points": points, "exponent": round(slope(points), 2)}
        print(f"{name:12} exponent {results[name]['exponent']}", flush=True)
    if args.json:
        print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
