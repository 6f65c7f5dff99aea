"""Inline suppressions: comments that silence named rules, with a reason, in any format.

Syntax (inside an HTML comment in .md/.html, a marker line of its own in .txt, a marker
paragraph or a Word comment in .docx)::

    disclint: ignore FLS006, FLS004 -- reason   the next paragraph (or the one it sits in)
    disclint: disable PRM001 -- reason          from here ...
    disclint: enable PRM001                     ... to here (or to the end of the file)
    disclint: ignore-file NUM004 -- reason      the whole file

A suppression always names its codes (no blanket "ignore everything"); a missing reason, an
unknown code and a suppression that silences nothing are reported (DL100-DL102), so that
every silenced finding leaves an audit trail.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from disclint.lazyre import lazy_compile
from disclint.source import Comment, Source

DIRECTIVE = lazy_compile(
    r"^\s*disclint\s*:\s*(?P<action>[A-Za-z-]+)\s*(?P<codes>[A-Za-z0-9_,\s-]*?)"
    r"\s*(?:(?:--|—|–|\bbecause\b)\s*(?P<reason>.*?))?\s*$",
    re.IGNORECASE | re.DOTALL,
)
ACTIONS = ("ignore", "disable", "enable", "ignore-file")
CODE = lazy_compile(r"^[A-Z]{2,5}[0-9]{3}$")


@dataclass
class Suppression:
    """One suppression: the codes it silences over raw offsets ``start``..``end``."""

    action: str
    codes: frozenset[str]
    reason: str | None
    comment: Comment
    start: int
    end: int
    used: set[str] = field(default_factory=set)

    def covers(self, code: str, raw_offset: int) -> bool:
        return code in self.codes and self.start <= raw_offset <= self.end


@dataclass(frozen=True)
class Problem:
    """A suppression comment that is itself wrong (reported as DL101/DL102)."""

    code: str
    message: str
    comment: Comment


def parse_suppressions(
    source: Source, known: Callable[[str], bool]
) -> tuple[list[Suppression], list[Problem]]:
    """The suppressions of a file, and the problems with its suppression comments."""
    suppressions: list[Suppression] = []
    problems: list[Problem] = []
    open_ranges: dict[str, Suppression] = {}
    file_end = len(source.raw)
    for comment in source.comments:
        match = DIRECTIVE.match(comment.body)
        if match is None:
            if comment.body.lower().lstrip().startswith("disclint"):
                problems.append(Problem("DL102", "cannot read this disclint comment", comment))
            continue
        action = match.group("action").lower()
        codes = [c.strip().upper() for c in re.split(r"[,\s]+", match.group("codes")) if c.strip()]
        reason = (match.group("reason") or "").strip() or None
        if action not in ACTIONS:
            problems.append(
                Problem("DL102", f"unknown action {action!r} (use {', '.join(ACTIONS)})", comment)
            )
            continue
        if not codes:
            problems.append(
                Problem("DL102", f"'{action}' must name the rule codes it silences", comment)
            )
            continue
        bad = [c for c in codes if not CODE.match(c) or not known(c)]
        if bad:
            problems.append(Problem("DL102", f"unknown rule code {', '.join(bad)}", comment))
            codes = [c for c in codes if c not in bad]
            if not codes:
                continue
        if action == "enable":
            for code in codes:
                opened = open_ranges.pop(code, None)
                if opened is not None:
                    opened.end = comment.start
            continue
        start, end = _scope(source, comment, action, file_end)
        suppression = Suppression(action, frozenset(codes), reason, comment, start, end)
        suppressions.append(suppression)
        if action == "disable":
            for code in codes:
                open_ranges[code] = suppression
    return suppressions, problems


def _scope(source: Source, comment: Comment, action: str, file_end: int) -> tuple[int, int]:
    """Raw offsets a suppression covers."""
    if action == "ignore-file":
        return 0, file_end
    if action == "disable":
        return comment.end, file_end
    block = _block_for(source, comment)
    if block is None:
        return comment.start, comment.end
    return source.raw_offset(block[0]), source.raw_end(block[1])


def _block_for(source: Source, comment: Comment) -> tuple[int, int] | None:
    """The block an inline comment sits in; for a comment on its own, the next block."""
    offset = comment.text_offset
    if comment.inline:
        before = [b for b in source.blocks if b.start < offset]
        if before:
            return before[-1].start, before[-1].end
    for block in source.blocks:
        if block.start >= offset:
            return block.start, block.end
    return None


def apply(suppressions: Collection[Suppression], code: str, raw_offset: int) -> Suppression | None:
    """The suppression silencing a finding of ``code`` at ``raw_offset``, marked used."""
    for suppression in suppressions:
        if suppression.covers(code, raw_offset):
            suppression.used.add(code)
            return suppression
    return None
