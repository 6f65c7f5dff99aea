"""A table column headed "Total" is the sum of the columns beside it, in every row.

``table_columns`` finds a column that is the sum of others from the rows themselves (a form
that holds in three rows or more, far beyond chance), because most headers do not say
which columns add up. A header that says "Total" does: a store count table ("| | Flagship
| Outlet | Total |", one row per year end) or a segment table of two rows states its sum
by name, and one row is enough. The columns must be categories of one measure: no header
names a period, a date, a percentage, a change, a price or an average, no cell is a
percentage, and the total column is the last or the first of the table's columns, with at
least two part columns. A row whose every figure is read gives a claim: the total cell =
the sum of the other cells.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from disclint.api import lazy_compile, tables_of
from disclint.rules.arithmetic.parts_total import PartsTotal

if TYPE_CHECKING:
    from disclint.api import Cell, Facts, Quantity

__all__ = ["total_columns"]

#: The header of the sum: the word alone.
_TOTAL = lazy_compile(r"^\s*(?:total|combined)\s*$", re.I)
#: Headers of columns that are not categories of one measure.
_NOT_CATEGORY = lazy_compile(
    r"\b(?:19|20)\d\d\b|\bQ[1-4]\b|\bquarter|\bmonths?\b|\byears?\b|\bfiscal\b|\bended\b"
    r"|\bperiod\b|%|\bpercent|\bchange\b|\bincrease\b|\bdecrease\b|\bvariance\b|\bprice\b"
    r"|\bper\b|\baverage\b|\brate\b|\bmargin\b|\bratio\b|\bgaap\b|\badjust|\bbudget\b"
    r"|\bforecast\b|\bguidance\b|\bprior\b|\bcurrent\b|\bactual\b|\belimination",
    re.I,
)
#: Row labels of figures that are not added across.
_NOT_ADDED_ROW = lazy_compile(r"\bper\b|%|\bmargin\b|\bratio\b|\brate\b|\baverage\b", re.I)


def total_columns(facts: Facts) -> list[PartsTotal]:
    """One claim per fully read row of each table with a "Total" column."""
    from disclint.rules.arithmetic.table_parts import cell_quantity

    tables = tables_of(facts)
    if not tables:
        return []
    starts = sorted((q.start, q.end, q) for q in facts.quantities)
    keys = [s[0] for s in starts]

    def quantity(cell: Cell) -> Quantity:
        i = bisect_left(keys, cell.start)
        if i < len(starts) and starts[i][0] < cell.end:
            return starts[i][2]
        return cell_quantity(cell)

    found: list[PartsTotal] = []
    for table in tables:
        headers = table.columns
        totals = [i for i, h in enumerate(headers) if _TOTAL.match(h)]
        if len(totals) != 1 or totals[0] not in (0, len(headers) - 1) or len(headers) < 3:
            continue
        total = totals[0]
        parts = [i for i in range(len(headers)) if i != total]
        if any(not headers[i].strip() or _NOT_CATEGORY.search(headers[i]) for i in parts):
            continue
        if _NOT_CATEGORY.search(table.caption or "") and "%" in (table.caption or ""):
            continue
        for row in table.rows:
            if row.empty or row.unread or _NOT_ADDED_ROW.search(row.label):
                continue
            cells = [row.cells[i] if i < len(row.cells) else None for i in (total, *parts)]
            if any(c is None or c.percent or c.value < 0 for c in cells):
                continue
            figures = [quantity(c) for c in cells if c is not None]
            whole, *items = figures
            if whole.value <= max(q.value for q in items):
                continue  # a "total" no larger than a part: not their sum
            found.append(PartsTotal(whole, tuple(items)))
    return found
