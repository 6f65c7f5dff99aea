"""NUM022: a table's change column that its own period columns do not give.

Results tables set two periods side by side and add the change between them: "% Change",
"Increase (Decrease)", "Change", "$ Change". Which two columns a change compares, and which
way, the header rarely says in a form a reader can trust (it spans columns, or names only
"Change"); the rows do. For a change column, each ordered pair of other columns is a *form*
(the later minus the earlier, as an amount, or as a percent of the earlier); a form holds in
a row when it gives the stated change within the rounding of the three figures. The form
that holds in the most rows decides the column; it must hold in at least three rows, and a
row is reported when no form gives its change.

Only rows whose two figures are positive amounts are read (a change against a loss or
against nothing is written in several conventions, or "n/m"); a percent change is compared
as a magnitude (a table may show a fall in expenses as a favourable, unsigned figure); rows
of percentages (margins, whose change is in points) are not read.
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

__all__ = ["TableChange", "difference_columns", "table_change", "table_change_checks"]

HALF = Decimal("0.5")
HUNDRED = Decimal(100)
_CHANGE = lazy_compile(r"change|increase|decrease|variance|growth|\bvs\.?\b|%", re.IGNORECASE)
#: Rows that must agree with a form before it decides its column.
_MIN_ROWS = 3


@dataclass(frozen=True, slots=True)
class TableChange:
    """A change column, the pair of columns it compares and how, and its rows."""

    table: Table
    column: int
    new: int
    old: int
    percent: bool  # a percent change (else an amount)
    holds: tuple[Row, ...]
    fails: tuple[Row, ...]


def _holds(row: Row, column: int, new: int, old: int, percent: bool, scale: Decimal) -> bool | None:
    """Does the form give the row's stated change (None: the row is not read)?"""
    cells = row.cells
    if max(column, new, old) >= len(cells):
        return None
    stated, a, b = cells[column], cells[new], cells[old]
    if stated is None or a is None or b is None or a.percent or b.percent:
        return None
    if a.value <= 0 or b.value <= 0 or not any(ch.isdigit() for ch in stated.text):
        return None  # a change against a loss or nothing, or a dash
    a_low, a_high = a.value - a.ulp * HALF, a.value + a.ulp * HALF
    b_low, b_high = b.value - b.ulp * HALF, b.value + b.ulp * HALF
    if percent:
        # a percent written without its sign in a "%" column got the table's scale
        unit = Decimal(1) if stated.percent else scale
        if b_low <= 0:
            return None
        low = (a_low - b_high) / b_high * HUNDRED
        high = (a_high - b_low) / b_low * HUNDRED
        value, ulp = stated.value / unit, stated.ulp / unit
    else:
        if stated.percent:
            return None
        low, high = a_low - b_high, a_high - b_low
        value, ulp = stated.value, stated.ulp
    if low <= 0 <= high:
        return abs(value) <= ulp * HALF + max(abs(low), abs(high))
    # compared as magnitudes: a fall may be written unsigned (a "favourable" change)
    s_low, s_high = abs(value) - ulp * HALF, abs(value) + ulp * HALF
    m_low, m_high = min(abs(low), abs(high)), max(abs(low), abs(high))
    return m_low <= s_high and s_low <= m_high


def difference_columns(table: Table) -> set[int]:
    """Columns whose figures are, in most rows that have them, an earlier column less
    another ("Increase (Decrease)" under a header the reader could not read)."""
    width = len(table.columns)
    found: set[int] = set()
    for column in range(width):
        for new in range(width):
            for old in range(width):
                if len({column, new, old}) < 3 or max(new, old) > column:
                    continue  # a change column follows the periods it compares
                agree = total = 0
                for row in table.rows:
                    cells = [
                        row.cells[c] if c < len(row.cells) else None for c in (column, new, old)
                    ]
                    d, a, b = cells
                    if d is None or a is None or b is None or d.percent or a.value == b.value:
                        continue
                    total += 1
                    slack = (d.ulp + a.ulp + b.ulp) * HALF
                    agree += abs(a.value - b.value - d.value) <= slack
                if agree >= _MIN_ROWS and agree * 3 >= total * 2:
                    found.add(column)
    return found


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _signs_agree(rows: list[Row], column: int, new: int, old: int) -> int:
    """Rows whose stated change has the sign of the new figure less the old one."""
    agree = 0
    for row in rows:
        stated, a, b = row.cells[column], row.cells[new], row.cells[old]
        if stated is None or a is None or b is None or stated.value == 0 or a.value == b.value:
            continue
        agree += (stated.value > 0) == (a.value > b.value)
    return agree


def _later(new: str, old: str) -> int:
    """1 when the new column's header names a later year than the old one's."""
    a, b = _YEAR.findall(new), _YEAR.findall(old)
    return int(bool(a and b) and max(a) > max(b))


def table_change_checks(tables: list[Table]) -> Iterator[TableChange]:
    for table in tables:
        width = len(table.columns)
        for column, header in enumerate(table.columns):
            if not _CHANGE.search(header):
                continue
            best: tuple[int, int, bool, list[Row], list[Row]] | None = None
            best_key: tuple[int, int, int] = (-1, -1, -1)
            for new in range(width):
                for old in range(width):
                    if len({new, old, column}) < 3 or _CHANGE.search(table.columns[new]):
                        continue
                    if _CHANGE.search(table.columns[old]):
                        continue
                    for percent in (True, False):
                        results = [
                            (r, _holds(r, column, new, old, percent, table.scale))
                            for r in table.rows
                        ]
                        holds = [r for r, h in results if h]
                        fails = [r for r, h in results if h is False]
                        # A change read as a magnitude holds both ways round: the way
                        # whose signs agree with the stated ones, then the later period
                        # less the earlier, says which column is new.
                        key = (
                            len(holds),
                            _signs_agree(holds, column, new, old),
                            _later(table.columns[new], table.columns[old]),
                        )
                        if key > best_key:
                            best, best_key = (new, old, percent, holds, fails), key
            if best is None or len(best[3]) < _MIN_ROWS:
                continue
            new, old, percent, holds, fails = best
            if len(fails) * 2 > len(holds):
                continue  # the form explains too little of the column to judge it
            yield TableChange(table, column, new, old, percent, tuple(holds), tuple(fails))


@rule(
    code="NUM022",
    name="table-change",
    family="arithmetic",
    severity="warning",
    summary="A table's change column that its two period columns do not give in one row",
    citation=CITATION_10B5 + "; Regulation S-K Item 303 (MD&A results of operations)",
    examples=(
        (
            "| (in thousands) | Q3 2025 | Q3 2024 | % Change |\n|---|---|---|---|\n"
            "| Product | 30,120 | 26,900 | 12% |\n| Services | 12,480 | 11,030 | 13% |\n"
            "| Licensing | 5,610 | 5,100 | 10% |\n| Support | 8,400 | 7,000 | 30% |",
            "| (in thousands) | Q3 2025 | Q3 2024 | % Change |\n|---|---|---|---|\n"
            "| Product | 30,120 | 26,900 | 12% |\n| Services | 12,480 | 11,030 | 13% |\n"
            "| Licensing | 5,610 | 5,100 | 10% |\n| Support | 8,400 | 7,000 | 20% |",
        ),
    ),
)
def table_change(ctx: RuleContext) -> Iterator[Finding]:
    """A change column states, per row, how much one period moved from another: the
    later figure less the earlier, or that as a percent of the earlier. The rows of the
    column that agree with one pair of period columns show which pair and which way; a
    row whose stated change no reading of its own figures gives has a wrong figure (the
    change, or one of the periods). Figures are taken as exact to their last digit."""
    for found in table_change_checks(tables_of(ctx.facts)):
        table = found.table
        for row in found.fails:
            stated, a, b = row.cells[found.column], row.cells[found.new], row.cells[found.old]
            if stated is None or a is None or b is None:
                continue
            if found.percent:
                computed = (a.value - b.value) / b.value * HUNDRED  # b > 0: read rows only
                working = (
                    f"({a.text.strip()} - {b.text.strip()}) / {b.text.strip()} = {computed:.1f}%"
                )
            else:
                computed = (a.value - b.value) / table.scale
                working = f"{a.text.strip()} - {b.text.strip()} = {format_decimal(computed)}"
            yield ctx.finding(
                stated.start,
                stated.end,
                f'"{row.label.strip()}": the change is {stated.text.strip()} '
                f"({table.columns[found.column].strip()}), but its figures give {working}",
                evidence=(
                    working,
                    f"stated: {stated.text.strip()}",
                    f"{len(found.holds)} other rows of the column agree with "
                    f'"{table.columns[found.new].strip()}" against '
                    f'"{table.columns[found.old].strip()}"',
                ),
            )
