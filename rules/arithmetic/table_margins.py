"""NUM023: a table's margin row that its profit line over revenue does not give.

Results tables state margins as rows ("Gross margin", "Operating margin %", "Adjusted
EBITDA margin") beside the profit line each divides and the table's revenue row (the one
row labelled "Revenue", "Total revenues", "Net sales"): the margin is the profit line over
revenue, times 100. A margin row is read against the one profit line its words name (gross
profit, operating income, net income, adjusted EBITDA). As for the other table rules, the
figures decide: a margin is reported in a column only when the same rows give it in another
column, and each figure is taken as exact to its last digit.

"% of revenue" columns are not checked: publishers compute them from unrounded figures, and
a column of them read under a header spanning several columns is easily misplaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from disclint.api import Cell, Finding, Row, RuleContext, Table, rule, tables_of
from disclint.rules.arithmetic.checks import CITATION_10B5

__all__ = ["TableMargin", "table_margin", "table_margin_checks"]

HALF = Decimal("0.5")
HUNDRED = Decimal(100)
_REVENUE = re.compile(
    r"^\s*(?:total\s+)?(?:net\s+)?(?:revenues?|sales)(?:,\s*net)?\s*(?:(?:\(\d\)|\*)\s*)?(?::\s*)?$",
    re.IGNORECASE,
)
#: The profit line each margin names.
_PROFITS = {
    "gross": r"gross\s+profit",
    "operating": r"(?:operating\s+(?:income|profit)|income\s+from\s+operations)",
    "net": r"net\s+income",
    "adjusted ebitda": r"adjusted\s+ebitda",
    "ebitda": r"ebitda",
}
_MARGIN = re.compile(
    r"^\s*(?P<kind>gross|operating|net|adjusted\s+ebitda|ebitda)\s+(?:profit\s+)?margin\b",
    re.IGNORECASE,
)
_RATIO = re.compile(r"margin|%|\bper\b|ratio", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TableMargin:
    """A ratio to revenue stated in a table: the cell, its amount and the revenue."""

    table: Table
    row: Row  # the row of the stated ratio
    column: int
    stated: Cell
    amount: Cell
    revenue: Cell
    amount_label: str
    holds: bool


def _percent(cell: Cell, scale: Decimal) -> tuple[Decimal, Decimal]:
    """A ratio cell's value and unit, in percent (a "35.1" without "%" got the scale)."""
    unit = Decimal(1) if cell.percent else scale
    return cell.value / unit, cell.ulp / unit


def _holds(stated: Cell, amount: Cell, revenue: Cell, scale: Decimal) -> bool | None:
    if revenue.value <= 0 or amount.percent or revenue.percent:
        return None
    value, ulp = _percent(stated, scale)
    r_low, r_high = revenue.value - revenue.ulp * HALF, revenue.value + revenue.ulp * HALF
    a_low, a_high = amount.value - amount.ulp * HALF, amount.value + amount.ulp * HALF
    if r_low <= 0:
        return None
    bounds = [a / r * HUNDRED for a in (a_low, a_high) for r in (r_low, r_high)]
    low, high = min(bounds), max(bounds)
    return low <= value + ulp * HALF and value - ulp * HALF <= high


def _revenue_row(table: Table) -> Row | None:
    rows = [r for r in table.rows if _REVENUE.match(r.label) and not r.empty]
    totals = [r for r in rows if r.label.strip().lower().startswith("total")]
    chosen = totals or rows
    return chosen[0] if len(chosen) == 1 else None


def _margin_rows(table: Table, revenue: Row) -> Iterator[TableMargin]:
    for row in table.rows:
        named = _MARGIN.match(row.label)
        if named is None:
            continue
        kind = " ".join(named.group("kind").lower().split())
        profit_words = re.compile(rf"^\s*(?:total\s+)?{_PROFITS[kind]}\b", re.IGNORECASE)
        profits = [
            r
            for r in table.rows
            if profit_words.match(r.label) and not r.empty and not _RATIO.search(r.label)
        ]
        if len(profits) != 1:
            continue
        profit = profits[0]
        for column in range(len(table.columns)):
            cells = [
                r.cells[column] if column < len(r.cells) else None for r in (row, profit, revenue)
            ]
            stated, amount, total = cells
            if stated is None or amount is None or total is None:
                continue
            holds = _holds(stated, amount, total, table.scale)
            if holds is not None:
                yield TableMargin(
                    table, row, column, stated, amount, total, profit.label.strip(), holds
                )


def table_margin_checks(tables: list[Table]) -> Iterator[tuple[TableMargin, bool]]:
    """(margin, reportable): a margin is reportable when it fails and the same margin
    row holds in another column."""
    for table in tables:
        revenue = _revenue_row(table)
        if revenue is None:
            continue
        margins = list(_margin_rows(table, revenue))
        for m in margins:
            backed = any(o.holds and o.row is m.row and o.column != m.column for o in margins)
            yield m, backed and not m.holds


@rule(
    code="NUM023",
    name="table-margin",
    family="arithmetic",
    severity="warning",
    summary="A table's margin row that its profit line over revenue does not give",
    citation=CITATION_10B5 + "; Regulation S-K Item 303 (MD&A results of operations)",
    examples=(
        (
            "| (in thousands) | Q3 2025 | Q3 2024 |\n|---|---|---|\n"
            "| Revenue | 48,210 | 41,377 |\n| Gross profit | 28,095 | 23,375 |\n"
            "| Gross margin | 62.3% | 56.5% |",
            "| (in thousands) | Q3 2025 | Q3 2024 |\n|---|---|---|\n"
            "| Revenue | 48,210 | 41,377 |\n| Gross profit | 28,095 | 23,375 |\n"
            "| Gross margin | 58.3% | 56.5% |",
        ),
    ),
)
def table_margin(ctx: RuleContext) -> Iterator[Finding]:
    """A margin is its profit line over revenue. When a table states the margin and both
    operands, and they give the margin in another column, a margin its own operands do
    not give has a wrong figure (the margin or an operand). Figures are taken as exact to
    their last digit."""
    for m, reportable in table_margin_checks(tables_of(ctx.facts)):
        if not reportable:
            continue
        computed = m.amount.value / m.revenue.value * HUNDRED
        header = m.table.columns[m.column] or f"column {m.column + 1}"
        yield ctx.finding(
            m.stated.start,
            m.stated.end,
            f'"{m.row.label.strip()}" is {m.stated.text.strip()} ({header}), but '
            f'"{m.amount_label}" over revenue gives {computed:.1f}%',
            evidence=(
                f"{m.amount.text.strip()} / {m.revenue.text.strip()} = {computed:.2f}%",
                f"stated: {m.stated.text.strip()}",
            ),
        )
