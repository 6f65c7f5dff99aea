"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

Levels map error -> ``::error``, warning -> ``::warning``, info -> ``::notice``. GitHub shows
a limited number of annotations per step; the summary line still counts them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from disclint.reporters import ReportContext
from disclint.reporters.text_report import summary_lines

if TYPE_CHECKING:
    from disclint.engine import FileResult

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def render(results: Sequence[FileResult], context: ReportContext) -> str:
    lines = [line for result in results for line in file_lines(result, context)]
    lines.extend(summary_lines(results, context))
    return "\n".join(lines)


def file_lines(result: FileResult, context: ReportContext) -> list[str]:
    """The annotations of one file (a streamed report writes them as files finish)."""
    lines = []
    if result.error is not None:
        lines.append(
            f"::error file={_property(result.path)},title=unreadable::{_data(result.error)}"
        )
    for f in result.findings:
        command = COMMANDS[f.severity.value]
        properties = ",".join(
            [
                f"file={_property(f.path)}",
                f"line={f.start.line}",
                f"col={f.start.column}",
                f"endLine={f.end.line}",
                f"endColumn={f.end.column}",
                f"title={_property(f'{f.code} {f.name}')}",
            ]
        )
        detail = f.message + "".join(f"\n{step}" for step in f.evidence)
        if f.url:
            detail += f"\nMore: {f.url}"
        lines.append(f"::{command} {properties}::{_data(detail)}")
    return lines
