"""One line per finding: ``path:line:col: CODE severity message`` (for editors and grep)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from disclint.reporters import ReportContext
from disclint.reporters.text_report import summary_lines

if TYPE_CHECKING:
    from disclint.engine import FileResult


def file_lines(result: FileResult, context: ReportContext) -> list[str]:
    return [
        f"{f.path}:{f.start.line}:{f.start.column}: {f.code} {f.severity.value} {f.message}"
        for f in result.findings
    ]


def render(results: Sequence[FileResult], context: ReportContext) -> str:
    lines = [line for result in results for line in file_lines(result, context)]
    if not context.quiet:
        lines.extend(summary_lines(results, context))
    return "\n".join(lines)
