"""Reporters: findings as text or a self-contained HTML page for people, and as JSON, SARIF,
GitHub annotations, GitLab Code Quality or JUnit for machines. A reporter reads results;
it never re-reads or re-parses a file.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from disclint.engine import FileResult
    from disclint.packs import Registry

FORMATS = ("text", "concise", "json", "sarif", "github", "gitlab", "junit", "html")


@dataclass(frozen=True)
class ReportContext:
    """What a reporter may need beyond the results."""

    registry: Registry
    fail_on: str = "error"
    color: bool = False
    statistics: bool = False
    quiet: bool = False
    fixed: int = 0
    stale_baseline: int = 0  # baseline entries no current finding matches (see --write-baseline)


class Renderer(Protocol):
    def __call__(self, results: Sequence[FileResult], context: ReportContext) -> str: ...


def renderer(name: str) -> Renderer:
    """The ``render`` function of the reporter called ``name``."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}")
    module = importlib.import_module(f"disclint.reporters.{name}_report")
    render: Renderer = module.render
    return render


@dataclass(frozen=True)
class Summary:
    """Counts every reporter's summary line is made from."""

    files: int
    unreadable: int
    files_with_findings: int
    findings: int
    by_severity: dict[str, int]
    by_code: dict[str, int]
    fixable: int
    suppressed: int
    baselined: int


def summarise(results: Sequence[FileResult]) -> Summary:
    severities: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    fixable = 0
    for result in results:
        for finding in result.findings:
            severities[finding.severity.value] += 1
            codes[finding.code] += 1
            if finding.fix is not None and finding.fix.applicability.value == "safe":
                fixable += 1
    return Summary(
        files=len(results),
        unreadable=sum(1 for r in results if r.error is not None),
        files_with_findings=sum(1 for r in results if r.findings),
        findings=sum(codes.values()),
        by_severity={s: severities.get(s, 0) for s in ("error", "warning", "info")},
        by_code=dict(sorted(codes.items())),
        fixable=fixable,
        suppressed=sum(r.suppressed for r in results),
        baselined=sum(r.baselined for r in results),
    )


def relative_uri(path: str) -> str:
    """A finding's path as code-scanning services want it: relative to the working folder
    (the repository root in CI) with forward slashes; a file elsewhere as a file: URI."""
    from pathlib import Path

    candidate = Path(path)
    if candidate.is_absolute():
        try:
            return candidate.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return candidate.as_uri()
    return candidate.as_posix()


def plural(count: int, word: str) -> str:
    """ "1 file", "2 files", "2 fixes"."""
    if count == 1:
        return f"{count} {word}"
    return f"{count} {word}{'es' if word.endswith(('x', 's', 'ch', 'sh')) else 's'}"
