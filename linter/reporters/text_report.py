"""The report for people: each finding with the line it is on, a caret under the span, the
evidence, the fix, and where to read more; then a summary of counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from disclint.reporters import ReportContext, Summary, plural, printable, summarise
from disclint.reporters.spans import MARKUP_FORMATS as MARKUP_FORMATS  # formats shown as read

if TYPE_CHECKING:
    from disclint.api import Finding
    from disclint.engine import FileResult

#: Long paragraphs are one line in many releases: show a window of the line around the span.
WINDOW = 100
COLORS = {"error": "red", "warning": "yellow", "info": "cyan"}


def _style(text: str, context: ReportContext, **style: object) -> str:
    if not context.color:
        return text
    import click  # only for a coloured report: a plain check does not import click

    return click.style(text, **style)  # type: ignore[arg-type]


def excerpt(line: str, column: int, length: int) -> tuple[str, int]:
    """A window of ``line`` that shows ``column``; returns it and the column within it."""
    line = line.replace("\t", " ")
    if len(line) <= WINDOW:
        return line, column
    start = max(0, min(column - 1 - WINDOW // 3, len(line) - WINDOW))
    window = line[start : start + WINDOW]
    prefix = "…" if start > 0 else ""
    suffix = "…" if start + WINDOW < len(line) else ""
    return prefix + window + suffix, column - start + len(prefix)


def render_finding(finding: Finding, result: FileResult, context: ReportContext) -> list[str]:
    start, end = finding.start, finding.end
    severity = _style(finding.severity.value, context, fg=COLORS[finding.severity.value], bold=True)
    code = _style(finding.code, context, bold=True)
    lines = [f"{finding.path}:{start.line}:{start.column}: {code} {severity} {finding.message}"]
    if result.is_markup():
        lines.extend(_visible_lines(finding, result, context))
    elif result.source is not None or result.lines:
        text = printable(result.line_text(start.line))
        if text.strip():
            width = (
                end.column - start.column
                if end.line == start.line
                else len(text) - start.column + 1
            )
            shown, column = excerpt(text, start.column, width)
            gutter = len(str(start.line))
            lines.append(f"  {start.line} | {shown}")
            caret = "^" * max(1, min(width, len(shown) - column + 1))
            caret = _style(caret, context, fg=COLORS[finding.severity.value])
            lines.append(f"  {' ' * gutter} | {' ' * (column - 1)}{caret}")
    for step in finding.evidence:
        lines.append(f"    = evidence: {step}")
    if finding.fix is not None:
        lines.append(f"    = fix ({finding.fix.applicability.value}): {finding.fix.description}")
    where = finding.url or f"disclint explain {finding.code}"
    cited = f" ({finding.citation})" if finding.citation else ""
    lines.append(f"    = {finding.name}: see {where}{cited}")
    return lines


def _visible_lines(finding: Finding, result: FileResult, context: ReportContext) -> list[str]:
    """For a file whose lines are markup (HTML, Word): where the finding is, by section and
    heading, and the visible text around it with a caret (line:column above still point
    into the file)."""
    lines = []
    if finding.section:
        where = f"in the {finding.section.replace('_', '-')} section"
        if finding.heading:
            where += f", under “{printable(' '.join(finding.heading.split())[:80])}”"
        lines.append(f"    = {where}")
    found = result.visible_line(finding)
    if found is None:
        return lines
    line, column, width = found
    shown, column = excerpt(line, column, width)
    # escape what must not reach a terminal, keeping the caret under the same characters
    column = len(printable(shown[: column - 1])) + 1
    shown = printable(shown)
    caret = "^" * max(1, min(width, len(shown) - column + 1))
    caret = _style(caret, context, fg=COLORS[finding.severity.value])
    lines.append(f"  ~ | {shown}")
    lines.append(f"    | {' ' * (column - 1)}{caret}")
    return lines


def file_lines(result: FileResult, context: ReportContext) -> list[str]:
    """The report's lines for one file (a streamed report writes them as files finish)."""
    out: list[str] = []
    if result.error is not None:
        return out
    for finding in result.findings:
        out.extend(render_finding(finding, result, context))
        out.append("")
    return out


def render(results: Sequence[FileResult], context: ReportContext) -> str:
    out: list[str] = []
    for result in results:
        out.extend(file_lines(result, context))
    out.extend(summary_lines(results, context))
    return "\n".join(out)


def summary_lines(results: Sequence[FileResult], context: ReportContext) -> list[str]:
    return summary_text(summarise(results), context)


def summary_text(summary: Summary, context: ReportContext) -> list[str]:
    """The summary lines (counts, fixable, suppressed, unreadable) of a ``Summary``."""
    lines: list[str] = []
    readable = summary.files - summary.unreadable
    if summary.findings:
        counts = ", ".join(
            f"{plural(n, s) if s != 'info' else f'{n} info'}"
            for s, n in summary.by_severity.items()
            if n
        )
        lines.append(
            f"Found {plural(summary.findings, 'finding')} ({counts}) in "
            f"{summary.files_with_findings} of {plural(readable, 'file')}."
        )
    else:
        lines.append(f"No findings in {plural(readable, 'file')}.")
    extras = []
    if summary.fixable:
        extras.append(f"{summary.fixable} fixable with --fix")
    if context.fixed:
        extras.append(f"{plural(context.fixed, 'fix')} applied")
    if summary.suppressed:
        extras.append(f"{summary.suppressed} suppressed inline")
    if summary.baselined:
        extras.append(f"{summary.baselined} in the baseline")
    if context.stale_baseline:
        entries = "entry is" if context.stale_baseline == 1 else "entries are"
        extras.append(
            f"{context.stale_baseline} baseline {entries} stale (fixed or changed): "
            "--write-baseline prunes them"
        )
    if summary.unreadable:
        extras.append(f"{plural(summary.unreadable, 'file')} could not be read")
    if extras:
        lines.append("; ".join(extras).capitalize() + ".")
    return lines
