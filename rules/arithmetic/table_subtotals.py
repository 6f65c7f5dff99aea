"""NUM020: a statement's subtotal that its own rows do not give, in one period column.

Financial statements chain their subtotals: gross profit is revenue less cost of revenue,
operating income is gross profit less the operating expenses' total, income before taxes is
operating income plus the other income and expense lines as written, net income is that less
the tax provision; a balance sheet's "Total assets" adds its sections' totals. The rows
above a subtotal do not say which of these forms the table uses, but the table's other
period columns do: each column repeats the same arithmetic on other figures.

For a row whose label makes it a subtotal ("Total ...", "Gross profit", "Operating income",
"Income before income taxes", "Net income (loss)", "Pretax income", "Net interest income",
"Net cash provided by ...", "Net increase in cash", "Cash ..., end of period", "Free cash
flow", "Comprehensive income", "(Adjusted) EBITDA", "..., net" right under a "Less ..." row,
or an unlabelled row right under a run of items), the reader walks up the rows right above
it: items one by one, an earlier subtotal standing for the rows it adds up (and the heading
above them), stopping at the table's top or at a heading or row without figures (a row whose
figures could not be read leaves the subtotal unchecked). Each run of two or more of those
items is a *form*: its sum as written, or its topmost item less the others. A form *holds*
in a column when it gives the subtotal within the rounding of the figures (each exact to its
last digit; a run of k figures may miss by their half units together).

The subtotal is reported in a column when the form that holds in the most columns holds in
another column of the same table, no form holds in this one, and the column adds up at all:
its header names a period ("Q3 2025", "Three Months Ended ...", "2024"), or another
subtotal's form holds in it beyond chance (a "% change" column does neither). A form seen in
one column only must be far beyond chance (its rounding a small part of the subtotal). A
subtotal no form explains in any column is left alone: the table's layout is not understood,
and that is not a finding, unless its label and the two rows above it name its form
("Gross profit" right under "Cost of revenue" right under "Revenue"), as in a table of one
period column, where no other column can show it.
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
from disclint.rules.arithmetic.table_totals import NOT_ADDED, table_totals

__all__ = ["Subtotal", "subtotal_checks", "table_subtotal"]

HALF = Decimal("0.5")
#: Items a walk looks at above a subtotal, and the longest run a form adds.
_MAX_ITEMS = 30  # a cash flow statement's operating section runs to twenty lines and more
#: A form that holds in one column only must give the subtotal within this share of it.
_CHANCE = Decimal("0.001")
_SUBTOTAL = lazy_compile(
    r"^\s*(?:(?:gaap|non-gaap|adjusted)\s+)?(?:total\b|sub-?total\b|(?:net\s+)?(?:gross\s+(?:profit|margin|loss)|"
    r"(?:operating|net)\s+(?:income|loss|earnings|profit)|(?:income|loss|earnings|profit)"
    r"(?:\s*\(loss\)|\s*\(income\))?\s+(?:from\s+(?:continuing\s+)?operations|before\b)|net\s+(?:income|loss|"
    r"earnings)(?:\s*\(loss\))?(?:\s+attributable\b)?|net\s+revenues?\b|net\s+sales\b)"
    # a bank's and a cash flow statement's subtotals, a reconciliation's result
    r"|pre-?tax\s+(?:income|earnings|loss|profit)\b|net\s+interest\s+income\b"
    r"|net\s+cash\s+(?:provided|used|from|generated)\b|net\s+(?:increase|decrease|change)\b"
    r"|cash\b[\w ,–-]{0,60}\bend(?:ing)?\s+(?:of\s+)?(?:the\s+)?(?:period|year|quarter)\b"
    r"|free\s+cash\s+flow\b|(?:total\s+)?comprehensive\s+(?:income|loss)\b"
    r"|(?:adjusted\s+)?ebitda\b)",
    re.IGNORECASE,
)
#: A column header that names a period (a year, a quarter, months or weeks ended, a date).
_PERIOD = re.compile(
    r"\b(?:19|20)\d\d\b|\bQ[1-4]\b|\bquarter|\bmonths?\b|\bweeks?\b|\bended\b|\bfiscal\b",
    re.IGNORECASE,
)
_LESS = re.compile(r"^\s*less\b", re.IGNORECASE)
#: A heading row over lines of its own ("Long-term debt due within one year:"; a cash flow
#: statement's "Adjustments to reconcile net loss to net cash used in operations", written
#: with or without its colon, between the net loss and the lines it adjusts).
_SUB_HEADING = lazy_compile(r"\w\s*:\s*$|^\s*adjustments\s+to\s+reconcile\b", re.IGNORECASE)
#: A balance sheet's line that carries no amount by custom.
_PLACEHOLDER = lazy_compile(r"^\s*commitments\b(?:\s+and\s+contingenc\w+)?", re.IGNORECASE)
#: Rows whose label names a ratio, not an amount ("Net income per share", "Net margin").
_NOT_AN_AMOUNT = lazy_compile(r"\bper\b|\bmargin\b|%|\bratio\b|\bweighted\b", re.IGNORECASE)
#: "Property and equipment, net" right under "Less accumulated depreciation".
_NET = re.compile(r"\bnet\s*$", re.IGNORECASE)
_LESS_OR_ACCUMULATED = lazy_compile(
    r"^\s*(?:less\b|accumulated\s+(?:depreciation|amortization))", re.I
)


@dataclass(frozen=True, slots=True)
class _Item:
    """A row above a subtotal that the subtotal may add up (a line, or a block's total)."""

    row: Row
    top: int  # index (among the table's rows) of the topmost row the item stands for


@dataclass(frozen=True, slots=True)
class Subtotal:
    """A subtotal row, the form that explains it and the columns where it holds."""

    table: Table
    row: Row
    items: tuple[Row, ...]  # the form's items, top-down
    less: bool  # the topmost item less the others (else the sum as written)
    holds: frozenset[int]  # the columns where the form gives the subtotal
    fails: frozenset[int]  # columns where the form is computed, and no form gives it
    sharp: frozenset[int] = frozenset()  # columns of ``holds`` where chance cannot explain it


def _value(row: Row, column: int) -> Decimal | None:
    cell = row.cells[column] if column < len(row.cells) else None
    if cell is None or cell.percent:
        return None
    if _LESS.match(row.label) and cell.value > 0:
        return -cell.value
    return cell.value


def _columns(table: Table) -> list[int]:
    """Columns whose figures can add up (not a "%" or "change" column). A header a
    spanning group header shifted onto the wrong column ("% Increase 2013" over the 2013
    amounts) does not hide a column of amounts: a dollar sign and no percent sign in its
    cells (a change in percent is never written in dollars)."""
    return [
        i
        for i, header in enumerate(table.columns)
        if not NOT_ADDED.search(header) or _amounts_column(table, i)
    ]


_GROUPED = lazy_compile(r"\$")


def _amounts_column(table: Table, column: int) -> bool:
    cells = [r.cells[column] for r in table.rows if column < len(r.cells)]
    texts = [c.text for c in cells if c is not None]
    return (
        len(texts) >= 3
        and not any("%" in t for t in texts)
        and any(_GROUPED.search(t) for t in texts)
    )


def _forms(
    items: list[_Item], total: Row, column: int
) -> Iterator[tuple[tuple[int, bool, int], bool | None]]:
    """Whether each form (each run length, the sum as written or the topmost item less
    the others) gives the subtotal in one column, in one pass over the items: True or
    False, or None when a figure is missing or fewer than two are not nil (one figure
    "adds up" to itself: no evidence)."""
    stated = _value(total, column)
    cell = total.cells[column] if column < len(total.cells) else None
    running = Decimal(0)
    slack = cell.ulp if cell is not None else Decimal(0)
    nonzero = 0
    missing = stated is None
    for k, item in enumerate(items, start=1):
        value = _value(item.row, column)
        part = item.row.cells[column] if column < len(item.row.cells) else None
        if value is None and column in item.row.blanks:
            value = Decimal(0)  # a line left blank in this period: none of it
        elif value is None or part is None:
            missing = True
        else:
            running += value
            slack += part.ulp
            nonzero += value != 0
        if k < 2:
            continue
        for less in (False, True):
            if missing or nonzero < 2 or stated is None or value is None:
                yield (k, less, column), None
                continue
            # the topmost item (this one) less the others: value - (running - value)
            computed = value - (running - value) if less else running
            yield (k, less, column), abs(computed - stated) <= slack * HALF


def _sharp(items: list[_Item], total: Row, column: int) -> bool:
    """Is the rounding of the form's figures a small part of the subtotal (so that the
    form holding there is not chance)?"""
    return _slack_share(items, total, column) <= _CHANCE


def _slack_share(items: list[_Item], total: Row, column: int) -> Decimal:
    """The rounding of a form's figures as a share of the subtotal (1 when unknown)."""
    cell = total.cells[column]
    stated = _value(total, column)
    if cell is None or not stated:
        return Decimal(1)
    parts = [i.row.cells[column] for i in items]
    slack = sum((c.ulp for c in parts if c is not None), start=cell.ulp)
    return min(Decimal(1), slack / abs(stated))


def _exercised(items: list[_Item], column: int, other: int) -> bool:
    """Does the form, holding in ``other``, add there every item that has a figure in
    ``column``? A reconciliation's detail rows ("Stock-based compensation | 713 | (713) |
    —") are nil in its non-GAAP column, so a form holding there says nothing of them:
    it is no evidence against the GAAP column, where they are not nil."""
    return all(
        (_value(i.row, other) or 0) != 0 for i in items if (_value(i.row, column) or 0) != 0
    )  # a line left blank there is nil too


def _nil_everywhere(row: Row, columns: list[int]) -> bool:
    """A line whose every cell in the columns that add up is nil ("—" or 0)."""
    cells = [row.cells[c] for c in columns if c < len(row.cells)]
    return bool(cells) and all(c is not None and c.value == 0 for c in cells)


def _walk(table: Table, at: int, blocks: dict[int, int]) -> list[_Item]:
    """The items right above row ``at``, nearest first."""
    rows = table.rows
    found: list[_Item] = []
    j = at - 1
    while j >= 0 and len(found) < _MAX_ITEMS:
        row = rows[j]
        if row.unread:
            return []  # a row above whose figures were not read: the run is not known
        if row.empty:
            if found and _PLACEHOLDER.match(row.label):
                # "Commitments and contingencies (Note 9)" between the liabilities and the
                # equity a balance sheet's last total adds: a line with no amount
                j -= 1
                continue
            if found and _SUB_HEADING.search(row.label) and j and not rows[j - 1].empty:
                # "Short-term borrowings:" over its own lines, inside a section the
                # subtotal adds up: its lines are items of the section
                j -= 1
                continue
            break
        top = blocks.get(j, j)
        found.append(_Item(row, top))
        passed_block = top != j
        j = top - 1
        if passed_block and j >= 0 and rows[j].empty and rows[j].label.strip():
            j -= 1  # the heading of the block just passed belongs to it
    return found


#: A gross profit row's two rows, as its label names them: revenue right above cost.
_GROSS = lazy_compile(r"^\s*gross\s+(?:profit|margin)\b(?!\s*(?:%|percent|as\b))", re.IGNORECASE)
_REVENUE_ROW = lazy_compile(r"^\s*(?:total\s+)?(?:net\s+)?(?:revenues?|sales)\s*$", re.IGNORECASE)
_COST_ROW = lazy_compile(
    r"^\s*(?:total\s+)?cost\s+of\s+(?:revenues?|sales|goods\s+sold)\s*$", re.IGNORECASE
)


def _named_form(
    table: Table,
    walked: list[_Item],
    row: Row,
    columns: list[int],
    results: dict[tuple[int, bool, int], bool | None],
) -> Subtotal | None:
    """A subtotal whose form its label and its two rows name, when no column shows it:
    "Gross profit" right under "Cost of revenue" right under "Revenue" is revenue less
    cost, in a table of one period column as in any other. Reported where neither that
    form nor the sum (a cost written negative) gives it."""
    if (
        len(walked) < 2
        or not _GROSS.match(row.label)
        or not _COST_ROW.match(walked[0].row.label)
        or not _REVENUE_ROW.match(walked[1].row.label)
        or walked[0].top != table.rows.index(walked[0].row)
    ):
        return None
    fails = frozenset(
        c
        for c in columns
        if results.get((2, True, c)) is False and results.get((2, False, c)) is False
    )
    if not fails:
        return None
    return Subtotal(table, row, (walked[1].row, walked[0].row), True, frozenset(), fails)


def _implicit(table: Table, at: int, blocks: dict[int, int], columns: list[int]) -> Subtotal | None:
    """A row whose label does not say it is a subtotal ("Software and Cloud Revenues",
    "Hardware Systems Revenues") but which is the sum of the rows right above it in every
    column, beyond chance in two of them: it stands for those rows when a later total is
    walked ("Total Revenues" adds it, not its rows). Never reported: a row that does not
    add up is an item, not a misstated subtotal."""
    walked = _walk(table, at, blocks)
    if len(walked) < 2:
        return None
    row = table.rows[at]
    # the run lengths no column contradicts, column by column (most rows are ruled out
    # by their first column)
    by_k: dict[int, dict[int, bool | None]] = {k: {} for k in range(2, len(walked) + 1)}
    for c in columns:
        for (k, less, _), result in _forms(walked, row, c):
            if less or k not in by_k:
                continue
            if result is False:
                del by_k[k]
            else:
                by_k[k][c] = result
        if not by_k:
            return None
    for k in sorted(by_k):
        holds = frozenset(c for c, r in by_k[k].items() if r)
        if len(holds) < 2:
            continue
        # the columns agreeing together must be far beyond chance, as one column's sharp
        # form is
        chance = Decimal(1)
        for c in holds:
            chance *= _slack_share(walked[:k], row, c)
        if chance > _CHANCE:
            continue
        sharp = frozenset(c for c in holds if _sharp(walked[:k], row, c))
        blocks[at] = min(i.top for i in walked[:k])
        items = tuple(i.row for i in reversed(walked[:k]))
        return Subtotal(table, row, items, False, holds, frozenset(), sharp)
    return None


def subtotal_checks(tables: list[Table]) -> Iterator[Subtotal]:
    for table in tables:
        yield from _table(table)


def _table(table: Table) -> Iterator[Subtotal]:
    columns = _columns(table)
    if not columns:
        return
    rows = table.rows
    blocks: dict[int, int] = {}  # row position -> position of the topmost row it stands for
    found: list[Subtotal] = []
    for at, row in enumerate(rows):
        if row.empty or _NOT_AN_AMOUNT.search(row.label):
            continue
        if not (
            _SUBTOTAL.match(row.label)
            or not row.label.strip()
            or (_NET.search(row.label) and at and _LESS_OR_ACCUMULATED.match(rows[at - 1].label))
        ):
            implicit = _implicit(table, at, blocks, columns)
            if implicit is not None:
                found.append(implicit)
            continue
        walked = _walk(table, at, blocks)
        results: dict[tuple[int, bool, int], bool | None] = {}
        for c in columns:
            results.update(_forms(walked, row, c))
        explained = {c for (_, _, c), result in results.items() if result}
        forms: list[tuple[int, bool, frozenset[int]]] = []
        for k in range(2, len(walked) + 1):
            for less in (False, True):
                holds = frozenset(c for c in columns if results[(k, less, c)])
                if holds:
                    forms.append((k, less, holds))
        if not forms:
            named = _named_form(table, walked, row, columns, results)
            if named is not None:
                found.append(named)
            continue
        k, less, holds = max(forms, key=lambda f: (len(f[2]), -f[0]))
        # columns where the form is computed (every figure there) and gives another figure
        fails = {
            c
            for c in columns
            if c not in explained
            and results[(k, less, c)] is False
            and any(_exercised(walked[:k], c, h) for h in holds)
        }
        sharp = frozenset(c for c in holds if _sharp(walked[:k], row, c))
        if len(holds) == 1 and not sharp:
            continue  # one column, within what chance gives: no evidence of the form
        if not less:
            # nil lines at the top of the run ("Preferred stock | — | —" over the equity
            # lines) add nothing to the sum: they belong to its section all the same
            while k < len(walked) and _nil_everywhere(walked[k].row, columns):
                k += 1
        blocks[at] = min(i.top for i in walked[:k])
        items = tuple(i.row for i in reversed(walked[:k]))
        found.append(Subtotal(table, row, items, less, holds, frozenset(fails), sharp))
    periods = {c for c in columns if _PERIOD.search(table.columns[c])}
    for s in found:
        others = {c for o in found if o is not s for c in o.sharp}
        checked = frozenset(c for c in s.fails if c in others or c in periods)
        yield Subtotal(s.table, s.row, s.items, s.less, s.holds, checked)


def _working(s: Subtotal, column: int) -> tuple[str, Decimal]:
    values = [_value(r, column) or Decimal(0) for r in s.items]
    scale = s.table.scale
    if s.less:
        computed = values[0] - sum(values[1:], start=Decimal(0))
        text = f"{s.items[0].label.strip() or '(unlabelled)'} {format_decimal(values[0] / scale)}"
        text += "".join(
            f" - {r.label.strip() or '(unlabelled)'} {format_decimal(v / scale)}"
            for r, v in zip(s.items[1:], values[1:], strict=True)
        )
    else:
        computed = sum(values, start=Decimal(0))
        text = " + ".join(
            f"{r.label.strip() or '(unlabelled)'} {format_decimal(v / scale)}"
            for r, v in zip(s.items, values, strict=True)
        )
    return text, computed


@rule(
    code="NUM020",
    name="table-subtotal",
    family="arithmetic",
    severity="warning",
    summary="A statement subtotal its rows do not give in one column, though they do in another",
    citation=CITATION_10B5 + "; Regulation S-X Rule 4-02 (items in financial statements)",
    examples=(
        (
            "| (in thousands) | Q3 2025 | Q3 2024 |\n|---|---|---|\n"
            "| Revenue | 48,210 | 41,377 |\n| Cost of revenue | 20,115 | 18,002 |\n"
            "| Gross profit | 29,095 | 23,375 |",
            "| (in thousands) | Q3 2025 | Q3 2024 |\n|---|---|---|\n"
            "| Revenue | 48,210 | 41,377 |\n| Cost of revenue | 20,115 | 18,002 |\n"
            "| Gross profit | 28,095 | 23,375 |",
        ),
    ),
)
def table_subtotal(ctx: RuleContext) -> Iterator[Finding]:
    """A financial statement's subtotals (gross profit, operating income, income before
    taxes, net income, a balance sheet's totals) follow from the rows above them, and
    every period column repeats the same arithmetic. When the rows give a subtotal in one
    column (the sum as written, or the first item less the others) but no reading of them
    gives it in another column that adds up elsewhere, a figure of that column was changed
    or mistyped. Rounding is respected: each figure is exact to its last digit."""
    tables = tables_of(ctx.facts)
    if not tables:
        return  # nothing to check: and no import of the row-total reader (most releases)
    told = {(t.table.index, t.total.index, t.column) for t in table_totals(tables) if not t.matched}
    for s in subtotal_checks(tables):
        for column in sorted(s.fails):
            cell = s.row.cells[column]
            if cell is None or (s.table.index, s.row.index, column) in told:
                continue  # NUM017 reports it
            told.add((s.table.index, s.row.index, column))
            text, computed = _working(s, column)
            header = s.table.columns[column] or f"column {column + 1}"
            label = s.row.label.strip() or "the subtotal row"
            if s.holds:
                other = min(s.holds)
                name = s.table.columns[other] or f"column {other + 1}"
                why = f'in the "{name}" column they give it'
            else:  # a form its rows' labels name ("Gross profit" = revenue less cost)
                why = "gross profit is revenue less its cost"
            yield ctx.finding(
                cell.start,
                cell.end,
                f'"{label}" is {cell.text.strip()} ({header}), but the rows above it give '
                f"{format_decimal(computed / s.table.scale)}; {why}",
                evidence=(
                    f"{text} = {format_decimal(computed / s.table.scale)}",
                    f"stated: {cell.text.strip()}",
                    f"difference: {format_decimal(abs(computed - cell.value) / s.table.scale)}",
                ),
            )
    yield from _row_totals(ctx, tables, told)


def _row_totals(
    ctx: RuleContext, tables: list[Table], told: set[tuple[int, int, int]]
) -> Iterator[Finding]:
    """A total column its columns give in several rows but not in one."""
    from disclint.rules.arithmetic.table_columns import row_total_checks

    for t in row_total_checks(tables):
        header = t.table.columns[t.column] or f"column {t.column + 1}"
        for row in t.reportable:
            cell = row.cells[t.column]
            if cell is None or any((t.table.index, row.index, c) in told for c in t.parts):
                continue
            values = [row.cells[c] for c in t.parts]
            computed = sum((c.value for c in values if c is not None), start=Decimal(0))
            scale = t.table.scale
            working = " + ".join(
                f"{t.table.columns[c] or f'column {c + 1}'} {format_decimal(v.value / scale)}"
                for c, v in zip(t.parts, values, strict=True)
                if v is not None
            )
            label = row.label.strip() or "the row"
            yield ctx.finding(
                cell.start,
                cell.end,
                f'"{label}" is {cell.text.strip()} in the "{header}" column, but the columns '
                f"beside it give {format_decimal(computed / scale)}; in {len(t.holds)} other "
                "rows they give it",
                evidence=(
                    f"{working} = {format_decimal(computed / scale)}",
                    f"stated: {cell.text.strip()}",
                    f"difference: {format_decimal(abs(computed - cell.value) / scale)}",
                ),
            )
