"""Reporters: findings as text or a self-contained HTML page for people, and as JSON, SARIF,
GitHub annotations, GitLab Code Quality or JUnit for machines. A reporter reads results;
it never re-reads or re-parses a file.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from disclint.engine import FileResult
    from disclint.packs import Registry

FORMATS = ("text", "concise", "json", "sarif", "github", "gitlab", "junit", "html")

#: What must not reach a terminal or a report verbatim: C0 controls but tab and newline
#: (ESC retitles or clears a terminal, BEL rings it, and XML 1.0 forbids them all), DEL and
#: C1 controls, lone surrogates (undecodable bytes of a file name), and the bidirectional
#: overrides that make a line display in another order than it reads.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte os.fsdecode could not decode: show the byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every unsafe character written as a visible escape (``\\x1b``)."""
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_escape, text)


def clean_results(results: Sequence[FileResult]) -> None:
    """Make every string a reporter prints safe (``printable``), in place: paths, errors,
    messages, evidence, fix descriptions. Every format gets the same clean text, so the
    terminal, JSON (valid UTF-8 whatever the file names), and JUnit (well-formed XML) are
    all protected at once."""
    for result in results:
        result.path = printable(result.path)
        if result.error is not None:
            result.error = printable(result.error)
        for finding in result.findings:
            finding.path = printable(finding.path)
            finding.message = printable(finding.message)
            finding.evidence = [printable(step) for step in finding.evidence]
            if finding.section is not None:
                finding.section = printable(finding.section)
            if finding.fix is not None:
                description = printable(finding.fix.description)
                if description != finding.fix.description:
                    finding.fix = dataclasses.replace(finding.fix, description=description)


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


def spool() -> IO[str]:
    """A text buffer for the part of a report that must wait for the end of the run (the
    counts or the rules table come first in the document): in memory up to 1 MB, then a
    temporary file, so a long run's memory stays flat. The writer closes it."""
    import tempfile

    return tempfile.SpooledTemporaryFile(1 << 20, mode="w+", encoding="utf-8", newline="")


def spooled_lines(buffer: IO[str]) -> Iterator[str]:
    """The lines of a ``spool()`` from its start, split on "\n" only (a carriage return
    inside a finding's text is not a line break of the report), then closes it."""
    buffer.seek(0)
    rest = ""
    while block := buffer.read(1 << 16):
        *lines, rest = (rest + block).split("\n")
        yield from lines
    if rest:
        yield rest
    buffer.close()


class Tally:
    """The counts of a ``Summary``, added up one file at a time (a streamed report keeps
    these, not the files' findings)."""

    def __init__(self) -> None:
        self.severities: Counter[str] = Counter()
        self.codes: Counter[str] = Counter()
        self.fixable = self.files = self.unreadable = self.with_findings = 0
        self.suppressed = self.baselined = 0

    def add(self, result: FileResult) -> None:
        self.files += 1
        self.unreadable += result.error is not None
        self.with_findings += bool(result.findings)
        self.suppressed += result.suppressed
        self.baselined += result.baselined
        for finding in result.findings:
            self.severities[finding.severity.value] += 1
            self.codes[finding.code] += 1
            if finding.fix is not None and finding.fix.applicability.value == "safe":
                self.fixable += 1

    def summary(self) -> Summary:
        return Summary(
            files=self.files,
            unreadable=self.unreadable,
            files_with_findings=self.with_findings,
            findings=sum(self.codes.values()),
            by_severity={s: self.severities.get(s, 0) for s in ("error", "warning", "info")},
            by_code=dict(sorted(self.codes.items())),
            fixable=self.fixable,
            suppressed=self.suppressed,
            baselined=self.baselined,
        )


def summarise(results: Sequence[FileResult]) -> Summary:
    tally = Tally()
    for result in results:
        tally.add(result)
    return tally.summary()


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
