"""NUM017: a table's "Total" row must be the sum of the rows it totals.

The rows a total adds up are the rows right above it, back to the group's start; an
earlier total in that run stands for its own rows ("Total liabilities and stockholders'
equity" = "Total liabilities" + "Total stockholders' equity"). The rule looks for any run
of two or more rows directly above the total, earlier totals standing for their rows,
whose sum is the total within the rounding of the figures (each figure exact to its last
digit, so a run of k rounded figures may miss by (k + 1) half units). A total no such run
gives is reported with the closest run as its working. Rows labelled "Less ..." count
negative when written without parentheses. Percent columns, and columns whose header says
they hold percentages or changes, are not added.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from disclint.api import (
    Finding,
    Row,
    RuleContext,
    Table,
    format_decimal,
    lazy_compile,
    rule,
    tables_of,
)
from disclint.rules.arithmetic.checks import CITATION_10B5

__all__ = ["NOT_ADDED", "TableTotal", "table_total", "table_totals"]

HALF = Decimal("0.5")
_TOTAL = lazy_compile(r"^\s*total\b", re.IGNORECASE)
_LESS = re.compile(r"^\s*less\b", re.IGNORECASE)
_NOT_AN_ITEM = lazy_compile(r"^\s*(?:total|less|net\b)|subtotal|\bnet$", re.IGNORECASE)
_STOP = {"total", "totals", "and", "of", "the", "net"}


@dataclass(frozen=True, slots=True)
class TableTotal:
    """A total row's cell and the run of rows (or earlier totals) above it."""

    table: Table
    column: int
    total: Row
    parts: tuple[Row, ...]  # the rows it totals, nearest first
    matched: bool  # the rows add up to it


def _signed(row: Row, column: int) -> Decimal:
    cell = row.cells[column]
    assert cell is not None
    if _LESS.match(row.label) and cell.value > 0:
        return -cell.value
    return cell.value


#: A column header whose figures do not add up ("% Change", "% of revenue", an average
#: balance sheet's "Yield" or "Average Rate" column, written without "%").
NOT_ADDED = lazy_compile(
    r"%|percent|change|increase|decrease|variance|margin|\byields?\b|\brates?\b|\bratios?\b",
    re.IGNORECASE,
)


def table_totals(tables: list[Table]) -> Iterator[TableTotal]:
    for table in tables:
        for column in range(len(table.columns)):
            if not NOT_ADDED.search(table.columns[column]):
                yield from _column(table, column)


def _words(label: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", label.lower()) if w not in _STOP}


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _caption_names(caption: set[str], named: set[str]) -> bool:
    """A table's caption row ("Loan composition at September 30, 2026") over the items of
    "Total loans": the caption names every word of the total, so the table is that total's
    breakdown and its rows down to the total are the parts."""
    return bool(named) and {_stem(w) for w in named} <= {_stem(w) for w in caption}


def _hidden_subtotal(parts: list[Row], column: int) -> bool:
    """Does a row of the group add up the rows right above it (a subtotal not labelled
    as one, as in "New licenses | Cloud | Software revenues")? Then the group is a
    hierarchy, and its plain sum means nothing."""
    values = [_signed(p, column) for p in reversed(parts)]  # top-down
    for i in range(2, len(values)):
        running = Decimal(0)
        for j in range(i - 1, -1, -1):
            running += values[j]
            if i - j >= 2 and running == values[i] and running != 0:
                return True
    return False


def _column(table: Table, column: int) -> Iterator[TableTotal]:
    """Totals of plain lists only: the rows between the total and the group's start are
    all labelled items with a figure in the column (no subtotal, "Less" or unlabelled
    row), and the group starts at a heading the total names ("CURRENT ASSETS:" for "Total
    current assets") or, for a bare "Total", at the top of the table. Anything else (a
    statement whose subtotals are not labelled as such) is left alone."""
    rows = table.rows
    for i, row in enumerate(rows):
        cell = row.cells[column] if column < len(row.cells) else None
        if cell is None or cell.percent or not _TOTAL.match(row.label):
            continue
        parts: list[Row] = []
        j = i - 1
        while j >= 0 and not rows[j].empty:
            parts.append(rows[j])
            j -= 1
        named = _words(_TOTAL.sub("", row.label))
        if j >= 0:
            heading = _words(rows[j].label)
            if not heading or not (heading <= named or (j == 0 and _caption_names(heading, named))):
                continue
        elif named:
            continue
        if len(parts) < 2 or any(
            not p.label
            or _NOT_AN_ITEM.search(p.label)
            or p.cells[column] is None
            or p.cells[column].percent  # type: ignore[union-attr]
            for p in parts
        ):
            continue
        if _hidden_subtotal(parts, column):
            continue
        total = sum((_signed(p, column) for p in parts), start=Decimal(0))
        slack = (sum((p.cells[column].ulp for p in parts), start=cell.ulp)) * HALF  # type: ignore[union-attr]
        yield TableTotal(table, column, row, tuple(parts), abs(total - cell.value) <= slack)


@rule(
    code="NUM017",
    name="table-total",
    family="arithmetic",
    severity="error",
    summary="A table's total row that the rows above it do not add up to",
    citation=CITATION_10B5 + "; Regulation S-X Rule 4-02 (items in financial statements)",
    examples=(
        (
            "| Partner | Collected |\n|---|---|\n| Alpha | $200,000 |\n| Beta | $296,000 |\n"
            "| Total | $702,000 |",
            "| Partner | Collected |\n|---|---|\n| Alpha | $200,000 |\n| Beta | $296,000 |\n"
            "| Total | $496,000 |",
        ),
    ),
)
def table_total(ctx: RuleContext) -> Iterator[Finding]:
    """A table that lists items and a "Total" row states a sum: the total must be what
    the rows above it add up to. Tables are where releases carry their financial
    statements and schedules, and a total that does not foot (a row changed after the
    total was typed, a row left out) is an error any analyst finds by adding the column.
    Each figure is taken as exact to its last digit; a run of rounded figures may miss
    the total by the sum of their half units, and an earlier total in the run stands for
    the rows it totals."""
    for found in table_totals(tables_of(ctx.facts)):
        if found.matched:
            continue
        total_cell = found.total.cells[found.column]
        assert total_cell is not None
        computed = sum((_signed(r, found.column) for r in found.parts), start=Decimal(0))
        scale = found.table.scale
        header = found.table.columns[found.column] or f"column {found.column + 1}"
        labels = " + ".join(
            f"{r.label or '(unlabelled)'} {format_decimal(_signed(r, found.column) / scale)}"
            for r in reversed(found.parts)
        )
        yield ctx.finding(
            total_cell.start,
            total_cell.end,
            f'"{found.total.label}" is {total_cell.text.strip()}, but the rows above it add '
            f"up to {format_decimal(computed / scale)} ({header})",
            evidence=(
                f"{labels} = {format_decimal(computed / scale)}",
                f"stated: {found.total.label} {total_cell.text.strip()}",
                f"difference: {format_decimal(abs(computed - total_cell.value) / scale)}",
            ),
        )
