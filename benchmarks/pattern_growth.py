"""Is every regular expression disclint runs on release text linear in the text's length?

Every pattern compiled by disclint's own code (rules, facts, readers, data files) is
recorded as it is compiled (``re._compile`` is wrapped before anything of disclint is
imported, then the examples are checked so that lazily built patterns exist too). Each is
run with ``finditer`` over long runs of one shape ("1", "100,", ".", "[", "a. ", ...) at
two lengths; a pattern whose time grows by much more than the length does is superlinear.
Runs framed by the parts of a number (``FRAMED``: "2", then tabs, then "9,800") are measured
the same way. Times, not operation counts: the factor allowed is generous (linear growth 8x, flagged
above 32x; quadratic is 64x), and a slow result is measured again before it is reported.

    python benchmarks/pattern_growth.py [--small 400] [--factor 8] [--json] [--known FILE]

Exit status 1 if any pattern is superlinear and not in ``--known``.
``tests/test_linear_time.py`` runs it with ``benchmarks/superlinear_known.txt``: the
patterns found superlinear when the test was written (in rule modules other engineers
own), listed with where they are so they can be fixed; a new one fails the test.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: Runs of every character class a release can hold, and the shapes the audit found.
SHAPES = [
    "1",
    "100,",
    "1.",
    "1 ",
    "$1 ",
    "12 ",
    ".",
    "!",
    "?",
    ",",
    ":",
    ";",
    "[",
    "]",
    "(",
    ")",
    "a",
    "A",
    "aa ",
    "Ab ",
    "A ",
    "A. ",
    "a.",
    "Mr. ",
    " ",
    "\n",
    "\n\n",
    "\t",
    "a\n",
    "$",
    "%",
    "-",
    "–",
    "*",
    "_",
    "\\",
    "<",
    ">",
    "&",
    "'",
    '"',
    "“",
    "’",
    "@",
    "#",
    "|",
    "/",
    "é",
    "\u200b",
    "<!--",
    "![",
    "*a ",
    "_a ",
    "a@b.",
    "http://a",
    "(1",
    "[a",
    "(a) ",
]

#: A run of white space *between* the parts of one number, framed by them (prefix, run,
#: suffix): the run grows, the frame does not. A fuzz mutant put 5,000 tabs inside a table
#: cell ("2" + tabs + "9,800"); patterns of the form ``\s*X?\s*Y?\s*`` around a number
#: try every split of such a run (cubic at the one position a ``match`` tries), which runs
#: of one character alone hide when the pattern needs a digit before the run.
FRAMED = [
    ("2", "\t", "9,800"),
    ("$4", " ", "1,100"),
    ("(1", " ", ")"),
    ("1", "\u00a0", "%"),
    ("$", "\u2003", "(1"),
    ("12", " ", "5 million"),
]


#: Where each collected pattern was compiled (file:line of disclint's code).
WHERE: dict[str, str] = {}


def fingerprint(pattern: str) -> str:
    import hashlib

    return hashlib.sha256(pattern.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def collect() -> dict[tuple[str, int], re.Pattern[str]]:
    """Every str pattern compiled by code under linter/ or rules/ while checking examples."""
    here = (str(ROOT / "linter"), str(ROOT / "rules"))
    seen: dict[tuple[str, int], re.Pattern[str]] = {}
    original = re._compile  # type: ignore[attr-defined]

    def recording(pattern, flags):  # type: ignore[no-untyped-def]
        compiled = original(pattern, flags)
        if isinstance(compiled.pattern, str):
            frame = sys._getframe(1)
            for _ in range(6):
                if frame is None:
                    break
                name = frame.f_code.co_filename
                if name.endswith("ownpatterns.py"):
                    frame = frame.f_back  # a release's pattern: where it is made
                    continue
                if name.startswith(here) or "/disclint/" in name:
                    seen[(compiled.pattern, compiled.flags)] = compiled
                    where = f"{Path(name).parent.name}/{Path(name).name}:{frame.f_lineno}"
                    WHERE.setdefault(compiled.pattern, where)
                    break
                frame = frame.f_back
        return compiled

    re._compile = recording  # type: ignore[attr-defined]
    # the patterns made from a release's own words skip ``re``'s cache (and so
    # ``re._compile``): recorded all the same, with the rule's line as their place
    from disclint import ownpatterns

    own = ownpatterns._compile
    ownpatterns._compile = recording
    try:
        import importlib
        import pkgutil

        import disclint
        import disclint.rules

        for package in (disclint, disclint.rules):
            for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
                if not info.name.endswith("__main__"):
                    importlib.import_module(info.name)
        # Module patterns compiled on first use (``disclint.lazyre``): compiled here, so a
        # pattern the examples never reach is measured all the same.
        from disclint.lazyre import LazyPattern

        for name, module in list(sys.modules.items()):
            if name.startswith("disclint"):
                for value in list(vars(module).values()):
                    if isinstance(value, LazyPattern):
                        value.compiled()
        from disclint.engine import Engine, RunOptions

        engine = Engine(RunOptions(isolated=True))
        for example in sorted((ROOT / "examples").iterdir()):
            if example.suffix in (".txt", ".md", ".html", ".docx"):
                engine.check_path(example)
    finally:
        re._compile = original  # type: ignore[attr-defined]
        ownpatterns._compile = own
    return seen


def _time(pattern: re.Pattern[str], text: str) -> float:
    """Best of three wall-clock runs (the CPU clocks are too coarse on some kernels for runs
    of tens of microseconds; the best of several is the run that was not preempted)."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for _match in pattern.finditer(text):
            pass
        best = min(best, time.perf_counter() - started)
    return best


Shape = str | tuple[str, str, str]


def text_of(shape: Shape, length: int) -> str:
    """``length`` characters of a shape: a run of one unit, or a run framed by a prefix and
    a suffix that stay whole (the run is what grows)."""
    if isinstance(shape, str):
        return (shape * (length // len(shape) + 1))[:length]
    prefix, unit, suffix = shape
    size = max(length - len(prefix) - len(suffix), 0)
    return prefix + (unit * (size // len(unit) + 1))[:size] + suffix


def _grows_again(pattern: re.Pattern[str], shape: Shape, length: int) -> bool:
    """Confirmation at twice the long length: a superlinear pattern takes about four
    times as long again (twice, for a linear one a busy machine slowed at the first
    measurement). Best of three ratios."""
    long = text_of(shape, length)
    double = text_of(shape, 2 * length)
    return min(_time(pattern, double) / max(_time(pattern, long), 1e-9) for _ in range(3)) > 3


def superlinear(
    patterns: dict[tuple[str, int], re.Pattern[str]],
    small: int,
    factor: int,
    shapes: list[Shape] | None = None,
) -> list[dict[str, object]]:
    from disclint.budget import BudgetExceeded, time_budget

    found: list[dict[str, object]] = []
    for (source, _flags), pattern in sorted(patterns.items()):
        for shape in shapes or [*SHAPES, *FRAMED]:
            short = text_of(shape, small)
            long = text_of(shape, small * factor)
            try:
                with time_budget(5.0):
                    first = _time(pattern, short)
                    if first < 20e-6:
                        continue  # too fast to measure: a few steps per character at most
                    shorts, longs = [first], [_time(pattern, long)]
                    growth = longs[0] / first
                    # a truly superlinear pattern grows by factor**2 every time; a loaded
                    # machine's noise does not repeat: up to five re-measurements, the
                    # fastest long run over the fastest short one
                    for _ in range(5):
                        if growth <= factor * 4:
                            break
                        shorts.append(_time(pattern, short))
                        longs.append(_time(pattern, long))
                        growth = min(longs) / min(shorts)
                    if growth > factor * 4 and not _grows_again(pattern, shape, len(long)):
                        growth = factor * 4.0  # a linear pattern the load made look slow
            except BudgetExceeded:
                growth = float("inf")
            if growth > factor * 4:
                found.append(
                    {
                        "id": fingerprint(source),
                        "where": WHERE.get(source, "?"),
                        "shape": shape if isinstance(shape, str) else "+".join(shape),
                        "growth": round(growth, 1),
                        "pattern": source,
                    }
                )
                break
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=400)
    parser.add_argument("--factor", type=int, default=8)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--known",
        type=Path,
        help="a file of known offenders (a line: the pattern's id, then where it is compiled, "
        "which covers every pattern built there); they are reported apart, not failed",
    )
    args = parser.parse_args()
    patterns = collect()
    found = superlinear(patterns, args.small, args.factor)
    known: set[str] = set()
    if args.known is not None:
        for line in args.known.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                known.update(line.split()[:2])  # the pattern's id and where it is compiled
    old = [item for item in found if item["id"] in known or item["where"] in known]
    new = [item for item in found if item not in old]
    if args.json:
        print(json.dumps({"patterns": len(patterns), "superlinear": new, "known": old}))
    else:
        print(f"{len(patterns)} patterns, {len(new)} superlinear, {len(old)} known")
        for item in found:
            mark = "known" if item in old else "NEW"
            print(
                f"{item['id']} {mark:5} {item['growth']:>7}x on {item['shape']!r:8} "
                f"{item['where']}: {str(item['pattern'])[:90]}"
            )
    return 1 if new else 0


if __name__ == "__main__":
    sys.exit(main())
