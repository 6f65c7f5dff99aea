"""``disclint check release.docx --annotate out.docx``: a copy of the release with a Word
comment anchored at each finding, for counsel to read and answer in Word.

A .docx release is copied as it is, and each comment spans exactly the characters the
finding points at: runs are split at the finding's columns (a copy of the run keeps its
formatting), so nothing the release prints changes. A release in any other format gets a
new .docx of its visible text (the text the rules read), one paragraph per line.

The comments are by ``ANNOTATION_AUTHOR``; the .docx reader ignores comments by that
author, so checking the annotated copy gives the findings of the original. The original is
only ever read, and the copy is written through a temporary file and an atomic rename.
python-docx is imported only here, when a copy is asked for.
"""

from __future__ import annotations

import bisect
import copy
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from disclint.errors import InputError
from disclint.readers.docx import ANNOTATION_AUTHOR, RUNS, W, open_document, paragraph_elements

if TYPE_CHECKING:
    from docx.document import Document

    from disclint.api import Finding
    from disclint.engine import FileResult
    from disclint.source import Source

#: Run children that print, as python-docx's ``Run.text`` counts them.
PRINTING = {W + "t", W + "tab", W + "br", W + "cr", W + "noBreakHyphen", W + "ptab"}


@dataclass(frozen=True)
class Anchor:
    """Where a comment goes: paragraph index and character column (0-based), start and end."""

    first: int
    start: int
    last: int
    end: int


def annotate(result: FileResult, original: Path, target: Path) -> int:
    """Write ``target``, an annotated .docx of ``result``; returns the number of comments."""
    from disclint.writes import WriteError, write_file

    source = result.source
    if source is None:
        raise InputError(str(original), result.error or "could not be read")
    if target.resolve() == original.resolve():
        raise InputError(str(target), "--annotate must name a new file, not the release")
    if source.format == "docx":
        if not original.is_file():
            raise InputError(str(original), "--annotate needs a .docx release as a file")
        document = open_document(original.read_bytes(), str(original))
        paragraphs = paragraph_elements(document)
        anchors = [_docx_anchor(f) for f in result.findings]
    else:
        document, paragraphs, starts = _new_document(source)
        anchors = [_text_anchor(source, starts, f) for f in result.findings]
    for finding, anchor in zip(result.findings, anchors, strict=True):
        runs = _anchor_runs(document, paragraphs, anchor)
        document.add_comment(
            runs, text=comment_text(finding, source.format), author=ANNOTATION_AUTHOR, initials="DL"
        )
    buffer = io.BytesIO()
    document.save(buffer)
    try:
        write_file(target, buffer.getvalue())
    except WriteError as exc:
        raise InputError(str(target), f"cannot write the annotated copy: {exc.problem}") from None
    return len(result.findings)


def comment_text(finding: Finding, fmt: str) -> str:
    """What counsel reads in the margin: code, severity, message, evidence, source, docs,
    and, for a copy made of a .txt/.md/.html release, where the finding is in the original."""
    from disclint.reporters.spans import place

    lines = [f"{finding.code} {finding.name} ({finding.severity.value}): {finding.message}"]
    lines.extend(f"• {step}" for step in finding.evidence)
    if finding.citation:
        lines.append(f"Source: {finding.citation}")
    lines.append(f"More: {finding.url or f'disclint explain {finding.code}'}")
    if fmt != "docx":
        lines.append(f"In {finding.path}: {place(finding, fmt)}")
    return "\n".join(lines)


# -- where each finding goes --------------------------------------------------------------------


def _docx_anchor(finding: Finding) -> Anchor:
    """In a .docx release a finding's line is the paragraph and its column the character."""
    start, end = finding.start, finding.end
    return Anchor(start.line - 1, start.column - 1, end.line - 1, end.column - 1)


def _new_document(source: Source) -> tuple[Document, list[Any], list[int]]:
    """A new document of the visible text, one paragraph per line of each block, headings
    and list items in Word's own styles (so the copy reads back with the same structure)."""
    import docx

    from disclint.source import BlockKind

    document = docx.Document()
    paragraphs: list[Any] = []
    starts: list[int] = []
    offset = 0
    for line in source.text.split("\n"):
        if line.strip():
            block = source.block_at(offset)
            style = None
            if block is not None and block.kind is BlockKind.HEADING:
                style = f"Heading {min(max(block.level, 1), 9)}"
            elif block is not None and block.kind is BlockKind.LIST_ITEM:
                style = "List Bullet"
            paragraph = document.add_paragraph(style=style)
            paragraph.add_run(line)
            paragraphs.append(paragraph._p)
            starts.append(offset)
        offset += len(line) + 1
    if not paragraphs:
        paragraphs.append(document.add_paragraph()._p)
        starts.append(0)
    return document, paragraphs, starts


def _text_anchor(source: Source, starts: list[int], finding: Finding) -> Anchor:
    """A finding's range of the visible text, as paragraphs and columns of the new document."""
    from disclint.reporters.spans import text_span

    begin, finish = text_span(source, finding)
    first = max(bisect.bisect_right(starts, begin) - 1, 0)
    last = max(bisect.bisect_right(starts, max(finish - 1, begin)) - 1, first)
    return Anchor(first, begin - starts[first], last, max(finish - starts[last], 0))


# -- runs split at the anchor's columns -----------------------------------------------------------


def _anchor_runs(document: Document, paragraphs: Sequence[Any], anchor: Anchor) -> list[Any]:
    """The first and last ``Run`` a comment spans, splitting runs at its columns."""
    from docx.text.run import Run

    first_p = paragraphs[min(anchor.first, len(paragraphs) - 1)]
    last_p = paragraphs[min(max(anchor.last, anchor.first), len(paragraphs) - 1)]
    if first_p is last_p and anchor.end <= anchor.start:
        # An empty range (a missing element, removed markup): the run at that place.
        first = last = _run_at(first_p, anchor.start)
    else:
        first = _boundary(first_p, anchor.start, after=True)
        last = _boundary(last_p, anchor.end, after=False)
        if first is None or last is None:
            first = last = _run_at(first_p, anchor.start)
    return [Run(first, document), Run(last, document)]


def _runs(p: Any) -> list[Any]:
    return list(p.xpath(RUNS))


def _length(child: Any) -> int:
    return len(str(child)) if child.tag in PRINTING else 0


def _run_length(run: Any) -> int:
    return sum(_length(child) for child in run)


def _boundary(p: Any, column: int, *, after: bool) -> Any | None:
    """The run starting at ``column`` (``after``) or ending there, splitting one if needed."""
    position = 0
    runs = [r for r in _runs(p) if _run_length(r) > 0]
    for run in runs:
        length = _run_length(run)
        if position < column < position + length:
            tail = _split(run, column - position)
            return tail if after else run
        if after and column == position:
            return run
        if not after and column == position + length:
            return run
        position += length
    if runs:
        return runs[-1] if not after or column >= position else runs[0]
    return None


def _run_at(p: Any, column: int) -> Any:
    """The run holding the character at ``column`` (a new empty run in an empty paragraph)."""
    position = 0
    runs = [r for r in _runs(p) if _run_length(r) > 0]
    for run in runs:
        position += _run_length(run)
        if column < position:
            return run
    if runs:
        return runs[-1]
    return p.add_r()


def _split(run: Any, at: int) -> Any:
    """Split ``run`` after ``at`` printing characters; returns the new second half."""
    tail = copy.deepcopy(run)
    position = 0
    for head_child, tail_child in zip(list(run), list(tail), strict=True):
        if head_child.tag == W + "rPr":
            continue
        length = _length(head_child)
        if position + length <= at and not (length == 0 and position >= at):
            tail.remove(tail_child)
        elif position >= at:
            run.remove(head_child)
        else:  # a w:t that straddles the split
            cut = at - position
            head_child.text, tail_child.text = head_child.text[:cut], head_child.text[cut:]
            for t in (head_child, tail_child):
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        position += length
    run.addnext(tail)
    return tail
