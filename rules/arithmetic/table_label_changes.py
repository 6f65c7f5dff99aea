"""A change the text states for a line of the release's statement table, by the line's own
name: "Net income grew 60.4% from the prior-year quarter", "Within it, software
subscriptions grew 28.7%", with both levels only in the table ("Net income | 6,331 |
3,948").

The measure is the table's: the clause's subject, stripped of determiners, is a row's label
word for word (not a word of it: "Product revenue" is not the "Revenue" row), the table is a
statement (``statements``' caption test) whose periods pair one column with the column of
the same length a year earlier, and the sentence names no other comparison (sequential,
"since", another length of period). The check is the change's usual one (NUM003):
current / year-ago - 1 against the stated percentage, with its direction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from disclint.api import Kind, lazy_compile, tables_of
from disclint.rules.arithmetic.claims import Change
from disclint.rules.arithmetic.periods import PERIOD_LENGTHS, period_length
from disclint.rules.arithmetic.statements import (
    _STATEMENT_CAPTION,
    _cell_figure,
    _period_end,
    _year_ago_column,
    column_periods,
)

if TYPE_CHECKING:
    from disclint.api import Row, Table, View
    from disclint.rules.arithmetic.claims import Relations

__all__ = ["label_changes"]

#: The clause before a change's percentage: its subject, then a verb of change.
_CHANGE_BEFORE = lazy_compile(
    r"(?P<subject>[A-Za-z][A-Za-z&'’ -]{2,80}?)\s+(?:(?:was|were)\s+)?"
    r"(?P<verb>rose|grew|increased|climbed|jumped|gained|advanced|expanded|up"
    r"|declined|decreased|fell|dropped|slipped|contracted|down)"
    r"\s+(?:by\s+)?(?:approximately\s+|about\s+|nearly\s+|almost\s+|some\s+)?$",
    re.I,
)
_DOWN = frozenset({"declined", "decreased", "fell", "dropped", "slipped", "contracted", "down"})
#: Words a clause opens with that leave its subject ("In the quarter, ...", "Within it, ...").
_CLAUSE_BREAK = lazy_compile(r"[,;:(]|\b(?:and|while|whereas|but|as|with)\s", re.I)
_DETERMINERS = frozenset({"the", "its", "our", "their", "total", "consolidated", "company's"})
#: After the percentage: a comparison with the year-ago period, or none at all ...
_YEAR_AGO_AFTER = lazy_compile(
    r"^\s*(?:year[- ]over[- ]year|(?:from|over|compared\s+(?:to|with)|versus|vs\.?|against)"
    r"\s+(?:the\s+|a\s+)?(?:year[- ]ago|prior[- ]year|same)\b|(?:from\s+)?a\s+year\s+"
    r"(?:earlier|ago)|on\s+the\s+prior\s+year)",
    re.I,
)
#: ... but not another one ("from the second quarter", "sequentially", "since 2024").
_OTHER_COMPARISON = lazy_compile(
    r"^\s*(?:,\s*)?(?:from|over|compared|versus|vs\.?|against|since|sequential|quarter[- ]over"
    r"|on\s+a\s+(?:sequential|constant|comparable|organic|pro\s+forma)|in\s+constant|excluding"
    r"|organically)",
    re.I,
)
_MONTHS_LENGTH = {"3m": "quarter", "6m": "half", "9m": "nine months", "12m": "year"}


def _label(text: str) -> str:
    words = re.sub(r"[*:()\d]|\s+", " ", text).lower().split()
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return " ".join(words)


_BARE_YEAR = lazy_compile(r"(?:fiscal\s+|FY\s?)?((?:19|20)\d\d)", re.I)


def _pairs(table: Table, headline_length: str | None) -> list[tuple[int, int, str]]:
    """The table's (current column, year-ago column, length of period) pairs. Columns
    headed by bare years ("2026 | 2025") pair each year with the one after it; their length
    of period is the one the caption names, else the one the headline names."""
    years = [_BARE_YEAR.fullmatch(header.strip()) for header in table.columns]
    if len(years) == 2 and all(years):
        first, second = (int(m.group(1)) for m in years if m)
        length = period_length(f"{table.title} {table.caption}") or headline_length
        return [(0, 1, length)] if length is not None and first == second + 1 else []
    found = []
    for column in range(len(table.columns)):
        prior = _year_ago_column(table, column)
        if prior is not None:
            ends = [e for e in map(_period_end, column_periods(table.columns[column])) if e]
            lengths = {_MONTHS_LENGTH.get(months, "") for months, _ in ends}
            if len(lengths) == 1 and "" not in lengths:
                found.append((column, prior, next(iter(lengths))))
    return found


_Line = tuple["Table", "Row", list[tuple[int, int, str]]]


def _rows_by_label(tables: list[Table], headline_length: str | None) -> dict[str, _Line]:
    """Each statement table's rows by label, kept only where one row in all has it."""
    found: dict[str, list[_Line]] = {}
    for table in tables:
        if not _STATEMENT_CAPTION.search(f"{table.title} {table.caption}"):
            continue
        pairs = _pairs(table, headline_length)
        if not pairs:
            continue
        for row in table.rows:
            label = _label(row.label)
            if label:
                found.setdefault(label, []).append((table, row, pairs))
    return {label: rows[0] for label, rows in found.items() if len(rows) == 1}


def _paragraph_lengths(views: list[View]) -> dict[int | None, set[str]]:
    lengths: dict[int | None, set[str]] = {}
    for view in views:
        named = lengths.setdefault(view.block, set())
        named.update(n for n, p in PERIOD_LENGTHS.items() if p.search(view.text))
    return lengths


def label_changes(rel: Relations) -> list[Change]:
    """The changes the text states for a statement table's lines by their labels."""
    return rel.facts.memo("num-table-label-changes", lambda: list(_read(rel)))


def _read(rel: Relations) -> Iterator[Change]:
    views = [v for v in rel.claim_views() if v.of(Kind.PERCENT)]
    if not views:
        return
    head = " ".join(v.text for v in rel.views if v.section in ("headline", "subheadline"))
    head_length = period_length(head)
    rows = _rows_by_label(tables_of(rel.facts), head_length)
    if not rows:
        return
    lengths = _paragraph_lengths(list(rel.claim_views()))
    for view in views:
        for q in view.of(Kind.PERCENT):
            if q.in_range or q.negative:
                continue
            cue = _CHANGE_BEFORE.search(view.before(q, 120))
            if cue is None:
                continue
            subject = cue.group("subject")
            # the longest tail of the clause that is a label: "Service and software revenue"
            # whole, "software subscriptions" after "Within it,"
            tails = [subject, *(subject[m.end() :] for m in _CLAUSE_BREAK.finditer(subject))]
            linked = next((rows[t] for t in map(_label, tails) if t in rows), None)
            if linked is None:
                continue
            table, row, pairs = linked
            after = view.after(q, 60)
            if _OTHER_COMPARISON.match(after) and not _YEAR_AGO_AFTER.match(after):
                continue
            # the pair of the length the paragraph names, else the headline's; none when
            # the paragraph names two lengths or the table has two pairs of one length
            named = lengths.get(view.block, set()) or ({head_length} if head_length else set())
            if named:
                chosen = [p for p in pairs if {p[2]} == named]
            else:  # no length named anywhere: the table's only pair, if it has one
                chosen = pairs if len(pairs) == 1 else []
            if len(chosen) != 1:
                continue
            current, prior, _length = chosen[0]
            new, old = row.cells[current], row.cells[prior]
            if new is None or old is None or new.percent or old.percent or old.value <= 0:
                continue
            if new.value < 0:
                continue
            direction = -1 if cue.group("verb").lower() in _DOWN else 1
            yield Change(q, _cell_figure(table, new), _cell_figure(table, old), direction)
