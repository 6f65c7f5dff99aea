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
