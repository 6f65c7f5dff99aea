"""Applying fixes: only when asked (``--fix``), only safe ones unless ``--unsafe-fixes``,
never two edits that overlap, and written atomically in the file's own encoding.

A .docx file is never rewritten: Word's XML cannot be patched through the text offsets
rules see, so its fixes are reported but left to the author.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from disclint.api import Applicability, Edit, Finding
from disclint.readers import encode_text
from disclint.source import Source
from disclint.writes import write_file


@dataclass(frozen=True)
class FixOutcome:
    """What applying fixes to one file did (or, with ``error``, why it was left alone)."""

    path: str
    applied: int
    fixed_text: str | None
    skipped_reason: str | None = None
    data: bytes | None = None
    error: str | None = None


def choose_edits(findings: Iterable[Finding], *, unsafe: bool) -> tuple[list[Edit], int]:
    """The edits to apply (non-overlapping, in file order) and how many fixes they make."""
    allowed = {Applicability.SAFE} | ({Applicability.UNSAFE} if unsafe else set())
    chosen: list[Edit] = []
    fixes = 0
    for finding in sorted(findings, key=lambda f: (f.start.offset, f.code)):
        fix = finding.fix
        if fix is None or fix.applicability not in allowed:
            continue
        edits = sorted(fix.edits, key=lambda e: e.start)
        if any(_overlaps(edit, other) for edit in edits for other in chosen):
            continue
        chosen.extend(edits)
        fixes += 1
    chosen.sort(key=lambda e: e.start)
    return chosen, fixes


def _overlaps(a: Edit, b: Edit) -> bool:
    return (a.start < b.end and b.start < a.end) or (a.start == b.start and a.end == b.end)


def apply_edits(raw: str, edits: list[Edit]) -> str:
    """``raw`` with every edit applied (edits sorted and non-overlapping)."""
    pieces = []
    position = 0
    for edit in edits:
        pieces.append(raw[position : edit.start])
        pieces.append(edit.replacement)
        position = edit.end
    pieces.append(raw[position:])
    return "".join(pieces)


def fix_file(
    source: Source, findings: list[Finding], path: str, *, unsafe: bool, write: bool
) -> FixOutcome:
    """Apply the chosen fixes to ``path`` (when ``write``); always returns the fixed text.

    The fixed text is encoded in the file's own encoding (byte order mark and byte order
    kept) before anything is written: a fix that inserts a character the encoding cannot
    hold leaves the file unchanged and is reported as that file's error.
    """
    if source.format == "docx":
        return FixOutcome(path, 0, None, "a .docx file is never rewritten; apply fixes in Word")
    edits, count = choose_edits(findings, unsafe=unsafe)
    if not edits:
        return FixOutcome(path, 0, None)
    fixed = apply_edits(source.raw, edits)
    try:
        data = encode_text(fixed, source.encoding)
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start]
        return FixOutcome(
            path,
            0,
            None,
            error=(
                f"{path}: fixes not applied: they would write {bad!r} (U+{ord(bad):04X}), "
                f"which the file's encoding ({source.encoding}) cannot hold; file unchanged"
            ),
        )
    if write:
        write_file(Path(path), data)
    return FixOutcome(path, count, fixed, data=data)


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff of a fix, for ``--diff``."""
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"a/{path}",
            tofile=f"b/{path}",
        )
    )
