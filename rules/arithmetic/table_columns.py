"""Totals across a row: a column that is the sum of the columns beside it.

Reconciliations ("GAAP | Adjustments | Non-GAAP"), consolidating statements
("Consolidated | Machinery | Financial Products | Eliminations") and segment tables with a
"Total" column add across each row, not down a column. Which columns add up is not said
by the headers reliably (group headers shift, "Adj." names no sum), but the rows say it:
a *form* (a column as the sum of the columns right before it, or right after it, or of
all the others) that holds in several rows, jointly far beyond chance, is the table's
arithmetic, and a row where it does not hold, while every figure of it is read, has a
figure that was changed or mistyped. Rows of ratios, percentages, per-share amounts and
share counts (a loss per share uses basic shares, its non-GAAP figure diluted ones) are
not added.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from disclint.api import Row, Table, lazy_compile

__all__ = ["RowTotal", "row_total_checks"]

HALF = Decimal("0.5")
#: The joint share of the rounding over the rows a form holds in, below which the form is
#: no chance.
_CHANCE = Decimal("0.000001")
#: Rows a form must hold in before a row where it fails is reported.
_MIN_ROWS = 3
_NOT_ADDED_ROW = lazy_compile(
    r"\bper\b|\bmargin\b|%|\bratio\b|\bweighted\b|\bshares?\b|\brate\b|\bbasis\b|\bdays?\b"
    r"|\bemployees\b|\bheadcount\b|\bunits\b",
    re.IGNORECASE,
)
_ADDED_COLUMN = lazy_compile(r"%|percent|change|increase|decrease|variance|margin", re.IGNORECASE)


#: Rows that state a level at a date, which a column of periods does not add up.
_LEVEL_ROW = lazy_compile(
    r"\b(?:end\s+of|beginning\s+of|balance|as\s+of|outstanding|backlog|total\s+assets)\b", re.I
)
_PERIOD_HEADER = lazy_compile(
    r"\b(?:19|20)\d\d\b|\bQ[1-4]\b|\bquarter|\bmonths?\b|\byear\b|\bfiscal\b|\bended\b", re.I
)


@dataclass(frozen=True, slots=True)
class RowTotal:
    """A column that the columns ``parts`` add up to, in the rows ``holds``; ``fails``
    are the rows where every figure is read and the sum gives another figure."""

    table: Table
    column: int
    parts: tuple[int, ...]
    holds: tuple[Row, ...]
    fails: tuple[Row, ...]

    @property
    def reportable(self) -> tuple[Row, ...]:
        """The failing rows worth a finding: none when every column involved is a period
        (a year as the sum of its quarters holds for flows, not for levels at a date)."""
        headers = [self.table.columns[c] for c in (self.column, *self.parts)]
        if all(_PERIOD_HEADER.search(h) for h in headers):
            return ()
        return tuple(r for r in self.fails if not _LEVEL_ROW.search(r.label))


def _columns(table: Table) -> list[int]:
    """Columns of amounts: percent signs in no more than half of the cells, and no
    header that says the column holds percentages or changes unless its cells show
    dollars."""
    found = []
    for i, header in enumerate(table.columns):
        cells = [r.cells[i] for r in table.rows if i < len(r.cells)]
        texts = [c.text for c in cells if c is not None]
        if not texts or sum(1 for t in texts if "%" in t) * 2 > len(texts):
            continue  # a column of percentages (a margin row's "44%" leaves it be)
        if _ADDED_COLUMN.search(header) and not any("$" in t for t in texts):
            continue
        found.append(i)
    return found


def _forms(columns: list[int]) -> Iterator[tuple[int, tuple[int, ...]]]:
    """(total column, part columns): a column as the sum of the run of columns right
    before it or right after it (two or more), or of all the other columns."""
    for at, total in enumerate(columns):
        before = tuple(columns[:at])
        after = tuple(columns[at + 1 :])
        if len(before) >= 2:
            yield total, before
        if len(after) >= 2:
            yield total, after
        if before and after:
            yield total, before + after


def _result(row: Row, total: int, parts: tuple[int, ...]) -> tuple[bool | None, Decimal]:
    """Whether the parts give the total in ``row`` (None when a figure is missing or
    fewer than two figures are not nil), and the rounding's share of the total."""
    cell = row.cells[total]
    if cell is None or any(row.cells[p] is None for p in parts):
        return None, Decimal(1)
    if any("%" in c.text for c in (cell, *(row.cells[p] for p in parts)) if c is not None):
        return None, Decimal(1)  # a margin or a rate: not added
    figures = [c for c in (row.cells[p] for p in parts) if c is not None]
    values = [c.value for c in figures]
    if sum(1 for v in values if v != 0) < 2 or cell.value == 0:
        return None, Decimal(1)
    slack = cell.ulp * HALF + sum((c.ulp * HALF for c in figures), start=Decimal(0))
    computed = sum(values, start=Decimal(0))
    share = min(Decimal(1), 2 * slack / abs(cell.value))
    return abs(computed - cell.value) <= slack, share


def row_total_checks(tables: list[Table]) -> Iterator[RowTotal]:
    for table in tables:
        found = _table(table)
        if found is not None:
            yield found


def _table(table: Table) -> RowTotal | None:
    columns = _columns(table)
    if len(columns) < 3:
        return None
    rows = [
        r for r in table.rows if not r.empty and not r.unread and not _NOT_ADDED_ROW.search(r.label)
    ]
    best: RowTotal | None = None
    for total, parts in _forms(columns):
        holds: list[Row] = []
        fails: list[Row] = []
        chance = Decimal(1)
        for row in rows:
            result, share = _result(row, total, parts)
            if result:
                holds.append(row)
                chance *= share
            elif result is False:
                fails.append(row)
        if len(holds) < _MIN_ROWS or chance > _CHANCE or len(fails) * 3 > len(holds):
            continue
        if best is None or len(holds) > len(best.holds):
            best = RowTotal(table, total, parts, tuple(holds), tuple(fails))
    return best
