"""Parse every release under a folder and report what the grammar found, and how fast.

    python benchmarks/corpus_parse.py ../shared/corpus/real [--show-missing SECTION]

Prints the number of files, input errors (files disclint refuses with a one-line reason),
exceptions (bugs: any traceback here is one), the share of releases in which each section
was found, the dateline share among wire releases (a release whose opening names a wire
service), and throughput on one core. Exit status 1 if any exception occurred, so CI can
run it as a gate.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from disclint.errors import InputError
from disclint.parse import parse_source
from disclint.readers import FORMATS, read_path

#: A wire service named near the top of a release: the releases that should have datelines.
WIRE_HINT = re.compile(
    r"business ?wire|pr ?newswire|globe ?newswire|accesswire|newsfile|marketwired|"
    r"newmediawire|24-7 ?press ?release|newsworthy\.ai|news direct|pr karma",
    re.IGNORECASE,
)
#: Words that mean a release has a forward-looking-statements legend.
FLS_HINT = re.compile(r"forward[- ]looking (?:statements?|information)", re.IGNORECASE)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show-missing", metavar="SECTION", help="list files missing it")
    parser.add_argument("--repeat", type=int, default=3, help="timing passes (best is kept)")
    args = parser.parse_args()

    files = sorted(p for p in args.folder.rglob("*") if p.suffix.lower() in FORMATS)
    found: Counter[str] = Counter()
    missing: dict[str, list[str]] = {}
    errors: list[str] = []
    exceptions: list[str] = []
    wire_releases = wire_with_dateline = fls_releases = fls_found = 0
    sources = []
    for path in files:
        try:
            source = read_path(path)
        except InputError as exc:
            errors.append(str(exc))
            continue
        except Exception:
            exceptions.append(f"{path}: {traceback.format_exc()}")
            continue
        sources.append(source)
        try:
            release = parse_source(source)
        except Exception:
            exceptions.append(f"{path}: {traceback.format_exc()}")
            continue
        present = {
            "headline": release.headline is not None,
            "dateline": release.dateline is not None,
            "quotes": bool(release.quotes),
            "about": bool(release.about),
            "forward_looking": bool(release.forward_looking),
            "contacts": bool(release.contacts),
            "source_line": release.source_line is not None,
            "end_mark": release.end_mark is not None,
            "tables": bool(release.tables),
        }
        for name, yes in present.items():
            if yes:
                found[name] += 1
            else:
                missing.setdefault(name, []).append(path.name)
        opening = source.text[:600]
        if WIRE_HINT.search(opening):
            wire_releases += 1
            wire_with_dateline += present["dateline"]
            if not present["dateline"]:
                missing.setdefault("wire_dateline", []).append(path.name)
        if FLS_HINT.search(source.text) and re.search(
            r"within the meaning|safe harbou?r|private securities|undue reliance|"
            r"differ materially|materially differ|risks and uncertainties",
            source.text,
            re.IGNORECASE,
        ):
            fls_releases += 1
            fls_found += present["forward_looking"]
            if not present["forward_looking"]:
                missing.setdefault("fls_legend", []).append(path.name)

    parsed = len(files) - len(errors) - len(exceptions)
    print(
        f"files: {len(files)}  parsed: {parsed}  input errors: {len(errors)}  "
        f"exceptions: {len(exceptions)}"
    )
    for line in errors:
        print(f"  input error: {line}")
    for line in exceptions:
        print(f"  EXCEPTION {line}")
    print("sections found (share of parsed releases):")
    for name in (
        "headline",
        "dateline",
        "quotes",
        "about",
        "forward_looking",
        "contacts",
        "source_line",
        "end_mark",
        "tables",
    ):
        print(f"  {name:16} {found[name]:4}  {found[name] / max(parsed, 1):6.1%}")
    print(
        f"dateline in wire releases: {wire_with_dateline}/{wire_releases} "
        f"= {wire_with_dateline / max(wire_releases, 1):.1%}"
    )
    print(
        f"FLS section where a legend exists: {fls_found}/{fls_releases} "
        f"= {fls_found / max(fls_releases, 1):.1%}"
    )
    if args.show_missing:
        for name in missing.get(args.show_missing, []):
            print(f"  missing {args.show_missing}: {name}")

    total_bytes = sum(len(s.raw.encode("utf-8")) for s in sources)
    best = best_cpu = float("inf")
    for _ in range(max(args.repeat, 1)):
        started, started_cpu = time.perf_counter(), time.process_time()
        for path in files:
            with contextlib.suppress(Exception):  # already counted above
                parse_source(read_path(path))
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    print(
        f"throughput (read + parse, one core, best of {args.repeat}): "
        f"{len(files) / best:.0f} files/s, {total_bytes / best / 1e6:.2f} MB/s "
        f"({best * 1000 / max(len(files), 1):.2f} ms per file)"
    )
    # CPU time is what a shared machine does not distort: wall time counts the other processes.
    print(
        f"CPU time (best of {args.repeat}): {len(files) / best_cpu:.0f} files/s "
        f"({best_cpu * 1000 / max(len(files), 1):.2f} ms CPU per file)"
    )
    return 1 if exceptions else 0


if __name__ == "__main__":
    sys.exit(main())
