"""Baselines: record today's findings so that a repository with years of releases can adopt
disclint and be held only to findings that are new.

A finding's fingerprint is made of its code, the text it points at (whitespace folded) and
its rank among identical (code, text) pairs in the file. Line numbers are not part of it,
so a finding survives paragraphs being added above it; an edit to the flagged text itself
makes it new, which is the point: changed text deserves a fresh look.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from disclint import __version__
from disclint.api import Finding
from disclint.digests import sha256
from disclint.errors import ConfigError

BASELINE_VERSION = 1


def fingerprint(code: str, anchor: str, occurrence: int) -> str:
    """A stable identity for a finding (16 hex digits)."""
    folded = " ".join(anchor.split())
    digest = sha256(f"{code}\0{folded}\0{occurrence}".encode()).hexdigest()
    return digest[:16]


def assign_fingerprints(findings: Iterable[Finding], raw: str) -> None:
    """Fill in ``Finding.fingerprint`` for the findings of one file (``raw`` is its text)."""
    seen: Counter[tuple[str, str]] = Counter()
    for finding in findings:
        anchor = raw[finding.start.offset : finding.end.offset]
        if not anchor.strip():
            line_start = raw.rfind("\n", 0, finding.start.offset) + 1
            line_end = raw.find("\n", finding.start.offset)
            anchor = raw[line_start : line_end if line_end != -1 else len(raw)]
        key = (finding.code, " ".join(anchor.split()))
        finding.fingerprint = fingerprint(finding.code, anchor, seen[key])
        seen[key] += 1


def _key_path(path: str, base: Path) -> str:
    """Paths in a baseline are relative to the baseline file, with forward slashes."""
    try:
        return Path(os.path.relpath(Path(path).resolve(), base.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return Path(path).resolve().as_posix()


class Baseline:
    """Findings recorded earlier; ``filter`` keeps only findings not in it."""

    def __init__(self, entries: Counter[tuple[str, str]], location: Path) -> None:
        self.entries = entries
        self.location = location

    @classmethod
    def load(cls, path: Path) -> Baseline:
        import json

        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries: Counter[tuple[str, str]] = Counter(
                (item["path"], item["fingerprint"]) for item in data["findings"]
            )
        except FileNotFoundError:
            raise ConfigError(f"baseline {path}: no such file") from None
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ConfigError(f"baseline {path}: not a disclint baseline ({exc})") from None
        return cls(entries, path.parent)

    def filter(self, path: str, findings: list[Finding]) -> list[Finding]:
        """The findings of ``path`` that the baseline does not already record."""
        remaining = Counter(self.entries)
        key_path = _key_path(path, self.location)
        kept = []
        for finding in findings:
            key = (key_path, finding.fingerprint or "")
            if remaining[key] > 0:
                remaining[key] -= 1
            else:
                kept.append(finding)
        return kept


def stale_entries(location: Path, results: Iterable[tuple[str, int]]) -> int:
    """Entries for the files of this run that no finding matches any more (the flagged text
    was fixed or changed). ``results`` are (path, findings the baseline hid) per file."""
    baseline = Baseline.load(location)
    per_path: Counter[str] = Counter()
    for (path, _), count in baseline.entries.items():
        per_path[path] += count
    return sum(
        max(per_path[_key_path(path, baseline.location)] - hidden, 0) for path, hidden in results
    )


def _previous_records(target: Path) -> list[dict[str, Any]]:
    """The records of an existing baseline at ``target`` (none if absent or unreadable)."""
    import json

    try:
        data = json.loads(target.read_text(encoding="utf-8"))
        return [r for r in data["findings"] if isinstance(r, dict) and "path" in r]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def write_baseline(target: Path, results: Iterable[tuple[str, list[Finding]]]) -> tuple[int, int]:
    """Write the findings to ``target`` atomically; returns (recorded, pruned).

    Entries of an existing baseline for files this run did not check are kept while the
    file exists (a run over one folder does not forget the others); entries for the files
    it checked are replaced by their current findings, so stale ones are pruned.
    """
    base = target.resolve().parent
    records: list[dict[str, Any]] = []
    checked: set[str] = set()
    for path, findings in results:
        checked.add(_key_path(path, base))
        for finding in findings:
            records.append(
                {
                    "path": _key_path(path, base),
                    "code": finding.code,
                    "fingerprint": finding.fingerprint,
                    "line": finding.start.line,
                    "message": finding.message,
                }
            )
    previous = _previous_records(target)
    kept = [r for r in previous if r["path"] not in checked and (base / str(r["path"])).exists()]
    old = Counter((str(r["path"]), str(r.get("fingerprint"))) for r in previous)
    new = Counter((str(r["path"]), str(r.get("fingerprint"))) for r in (*records, *kept))
    records.extend(kept)
    payload = {"version": BASELINE_VERSION, "disclint": __version__, "findings": records}
    import json

    from disclint.files import atomic_write

    atomic_write(target, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    return len(records), sum((old - new).values())
