"""A precision review you can repeat: which findings counsel would act on.

    python benchmarks/review/review.py run  CORPUS -o run.json       # check the held-out files
    python benchmarks/review/review.py sample run.json               # add new findings to judge
    python benchmarks/review/review.py table run.json [--before b.json]

The split is frozen before any tuning: a file belongs to the **held-out** half when the
first byte of ``sha256("disclint-issue11-review-v1:" + file name)`` is odd. Rules are tuned
on the other half only; ``run`` checks only the held-out files.

``sample`` draws, with a fixed seed, up to ``--errors`` errors (all of them if fewer) and
``--warnings`` warnings from a run and appends those not yet judged to ``judgments.tsv``
(verdict left blank). A reviewer reads each release as counsel would and writes ``TRUE``
(counsel would act on it), ``FALSE`` (wrong) or ``DEBATABLE`` and a reason; ``SKIP`` marks a
finding that cannot be judged on the stored copy (the corpus README's truncated search
excerpts, whose "missing" sections were cut by the excerpt) and is left out of every count.
Findings are
keyed by file, code and location, so a judgment survives later runs: a run after a change
keeps the judgments of the findings it still reports, and ``sample`` adds only new ones.

``table`` prints precision per rule and severity (TRUE / judged; DEBATABLE counts as not
right), and with ``--before`` the same for an earlier run beside it.

``--half train`` runs, samples and tables the training half instead, with its own judgments
file (``judgments-train.tsv``): the findings read while tuning, never an honest figure.
``--half fresh`` tables the third set (``judgments-fresh.tsv``: files from both halves never
judged before, judged blind, then read while tuning round 4); ``run --half fresh`` checks
only its files that have a verdict.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
JUDGMENTS = HERE / "judgments.tsv"
#: Judgments of findings on the training half (read while tuning: not an honest figure).
JUDGMENTS_TRAIN = HERE / "judgments-train.tsv"
#: Judgments of a third set: 351 files never judged before, judged blind on 2795478 and read
#: while tuning round 4 (not an honest figure since).
JUDGMENTS_FRESH = HERE / "judgments-fresh.tsv"
HALVES = ("held-out", "train", "fresh")
SALT = "disclint-issue11-review-v1:"
SEED = 11
FIELDS = ["key", "severity", "verdict", "reason", "message"]


def held_out(name: str) -> bool:
    """Whether a corpus file belongs to the held-out half (never read while tuning)."""
    return hashlib.sha256((SALT + name).encode()).digest()[0] % 2 == 1


def in_half(name: str, half: str) -> bool:
    """Whether a corpus file belongs to ``half`` ("held-out" or "train"; "fresh": the files
    of the third set that have a verdict, from both halves)."""
    if half == "fresh":
        return name in _fresh_files()
    return held_out(name) == (half == "held-out")


def _fresh_files() -> set[str]:
    return {key.split("|", 1)[0] for key in load_judgments(JUDGMENTS_FRESH)}


def judgments_file(half: str) -> Path:
    return {"held-out": JUDGMENTS, "train": JUDGMENTS_TRAIN, "fresh": JUDGMENTS_FRESH}[half]


def key(finding: dict[str, Any]) -> str:
    """A judgment's key: file name, rule code, line:column."""
    start = finding["start"]
    return f"{Path(finding['path']).name}|{finding['code']}|{start['line']}:{start['column']}"


def findings(run: Path, half: str = "held-out") -> list[dict[str, Any]]:
    """Every finding of a JSON report, for the files of one half (held-out by default)."""
    data = json.loads(run.read_text(encoding="utf-8"))
    return [
        f
        for entry in data["files"]
        if in_half(Path(entry["path"]).name, half)
        for f in entry["findings"]
    ]


def load_judgments(path: Path = JUDGMENTS) -> dict[str, dict[str, str]]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["key"]: row for row in csv.DictReader(handle, delimiter="\t")}


def save_judgments(rows: dict[str, dict[str, str]], path: Path = JUDGMENTS) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, FIELDS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        for row in sorted(rows.values(), key=lambda r: r["key"]):
            writer.writerow({k: row.get(k, "") for k in FIELDS})


def command_run(args: argparse.Namespace) -> int:
    files = sorted(
        p for p in Path(args.corpus).iterdir() if p.is_file() and in_half(p.name, args.half)
    )
    files = [p for p in files if p.suffix in {".txt", ".md", ".html", ".htm", ".docx"}]
    command = [sys.executable, "-m", "disclint", "check", "--isolated", "--fail-on", "never"]
    command += ["--format", "json", "-o", str(args.output), *map(str, files)]
    print(f"{len(files)} {args.half} files", file=sys.stderr)
    return subprocess.run(command, check=False).returncode


def command_sample(args: argparse.Namespace) -> int:
    path = judgments_file(args.half)
    rows = load_judgments(path)
    rng = random.Random(SEED)
    added = 0
    for severity, limit in (("error", args.errors), ("warning", args.warnings)):
        pool = [f for f in findings(args.run, args.half) if f["severity"] == severity]
        pool = sorted(pool, key=key)
        rng.shuffle(pool)
        for finding in pool[:limit]:
            if key(finding) not in rows:
                rows[key(finding)] = {
                    "key": key(finding),
                    "severity": severity,
                    "verdict": "",
                    "reason": "",
                    "message": finding["message"][:160],
                }
                added += 1
    save_judgments(rows, path)
    print(f"{added} findings added to {path.name}", file=sys.stderr)
    return 0


def precision(
    run: Path, rows: dict[str, dict[str, str]], half: str = "held-out"
) -> dict[tuple[str, str], Counter[str]]:
    """(code, severity) -> verdict counts of the run's judged findings."""
    table: dict[tuple[str, str], Counter[str]] = {}
    for finding in findings(run, half):
        row = rows.get(key(finding))
        if row is None or row["verdict"] in ("", "SKIP"):
            continue
        counts = table.setdefault((finding["code"], finding["severity"]), Counter())
        counts[row["verdict"]] += 1
    return table


def _cell(counts: Counter[str] | None) -> str:
    if not counts:
        return "-"
    judged = sum(counts.values())
    return f"{counts['TRUE']}/{judged} ({100 * counts['TRUE'] / judged:.0f}%)"


def command_table(args: argparse.Namespace) -> int:
    rows = load_judgments(judgments_file(args.half))
    after = precision(args.run, rows, args.half)
    before = precision(args.before, rows, args.half) if args.before else {}
    print("| rule | severity | before | after |\n|---|---|---|---|")
    for code, severity in sorted(set(after) | set(before)):
        cells = (_cell(before.get((code, severity))), _cell(after.get((code, severity))))
        print(f"| {code} | {severity} | {cells[0]} | {cells[1]} |")
    for severity in ("error", "warning"):
        totals = [
            sum((c for (_, s), c in table.items() if s == severity), Counter())
            for table in (before, after)
        ]
        print(f"| all | {severity} | {_cell(totals[0])} | {_cell(totals[1])} |")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="check the held-out files, JSON report")
    run.add_argument("corpus", type=Path)
    run.add_argument("-o", "--output", type=Path, required=True)
    sample = commands.add_parser("sample", help="append unjudged sampled findings")
    sample.add_argument("run", type=Path)
    sample.add_argument("--errors", type=int, default=100)
    sample.add_argument("--warnings", type=int, default=100)
    table = commands.add_parser("table", help="precision per rule")
    table.add_argument("run", type=Path)
    table.add_argument("--before", type=Path)
    for command in (run, sample, table):
        command.add_argument(
            "--half",
            choices=HALVES,
            default="held-out",
            help="which half of the corpus (train: judgments-train.tsv, read while tuning; "
            "fresh: judgments-fresh.tsv, the third set)",
        )
    args = parser.parse_args()
    handlers = {"run": command_run, "sample": command_sample, "table": command_table}
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
