"""Where a finding sits in the text a reader sees (``Source.text``), not in the raw file.

Findings point into the original file (raw offsets), which for HTML or Markdown is full of
markup. The HTML report and the Word copy of a non-Word release show the visible text, so
they need each finding's range there: the first visible character at or after its raw
start, up to the first at or after its raw end. A finding on markup the reader removed (a
stray tag) lands, empty, on the character that follows it.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from disclint.api import Finding
    from disclint.source import Source


def text_offset(source: Source, raw_offset: int) -> int:
    """The first offset of ``source.text`` whose character comes from ``raw_offset`` or later."""
    return bisect.bisect_left(source.origin, raw_offset)


def text_span(source: Source, finding: Finding) -> tuple[int, int]:
    """The range of ``source.text`` a finding covers (possibly empty, never reversed)."""
    start = min(text_offset(source, finding.start.offset), len(source.text))
    end = min(text_offset(source, finding.end.offset), len(source.text))
    return start, max(start, end)


def place(finding: Finding, fmt: str) -> str:
    """Where a finding starts, in the words a reader of that format uses: a .docx has
    paragraphs (a finding's line is the paragraph number), other files have lines."""
    start = finding.start
    if fmt == "docx":
        return f"paragraph {start.line}, character {start.column}"
    return f"line {start.line}, column {start.column}"


#: Formats whose file lines are markup, not the text a reader sees.
MARKUP_FORMATS = frozenset({"html", "docx"})

#: One finding's visible line: the text a reader sees on it (tags removed, entities
#: decoded), the 1-based column where the finding starts in it, and its width.
VisibleLine = tuple[str, int, int]


def visible_key(finding: Finding) -> str:
    """How ``FileResult.visible`` (and the results cache) names a finding's visible line."""
    return f"{finding.start.offset}:{finding.end.offset}"


def visible_line(source: Source, finding: Finding) -> VisibleLine | None:
    """The visible line a finding in a markup file is on (None if it has no visible text)."""
    from disclint.api import visible

    start = bisect.bisect_left(source.origin, finding.start.offset)
    end = max(start, bisect.bisect_left(source.origin, finding.end.offset))
    text = source.text
    if start >= len(text):
        return None
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    line = visible(text[line_start:line_end])
    if not line.strip() or len(line) != line_end - line_start:
        return None
    return line, start - line_start + 1, max(1, min(end, line_end) - start)


def visible_lines(source: Source, findings: list[Finding]) -> dict[str, VisibleLine]:
    """Every finding's visible line, kept on the result once its source is dropped."""
    found = {visible_key(f): visible_line(source, f) for f in findings}
    return {key: line for key, line in found.items() if line is not None}
