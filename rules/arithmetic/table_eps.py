"""NUM021: a table's earnings per share that its own net income and share count do not give.

An income statement states, per period column, net income, earnings per share (basic and
diluted) and the weighted average shares each is computed on. The reader finds, in one
table, the per-share rows ("Basic", "Diluted" under an "Earnings per share" heading, or "Net
income per share - diluted"), the weighted-average share rows of the same kind (basic,
diluted, or one row for both), and the rows that may be the numerator ("Net income (loss)",
"... attributable to common stockholders", "Income from continuing operations"). A
per-share row that names neither basic nor diluted ("Net loss per common share") pairs with
the table's one share row; a share row is one whose label names shares before anything per
share ("Shares used to compute basic net income per share"). A non-GAAP or adjusted per-share
row ("Non-GAAP diluted net income per share") divides the numerator row of that name, and a
plain one a plain numerator; a per-share row "before" a cumulative effect or extraordinary
items divides the income row before the same, never net income.

Shares are often stated in another unit than the dollars ("in thousands, except per share
data" may leave shares in thousands or not), so a numerator row and a unit (a power of a
thousand between them) make a *form*; a form *holds* in a column when net income over shares
gives the stated figure within the rounding of all three. As for subtotals, the other period
columns decide the form: a per-share figure is reported in a column when the form that holds
in the most columns holds in another column, no form holds in this one, and the figures are
far from their rounding (the form must hold where the per-share figure is at least ten times
its rounding). A per-share figure of a few cents ($0.09, whose rounding is a large share of
it) is reported only when the computed value lies a full cent (a unit of its last digit)
beyond its rounding interval, and, when no column has a finer figure, the form holds in two
columns or more. Losses are compared as
magnitudes (a loss may be written without parentheses in one row and with them in another).
A column of changes (each figure an earlier column less another) is not a period and is not
read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from disclint.api import Finding, Row, RuleContext, Table, lazy_compile, rule, tables_of
from disclint.rules.arithmetic.checks import CITATION_10B5
from disclint.rules.arithmetic.table_changes import difference_columns

__all__ = ["TableEps", "eps_rows", "table_eps", "table_eps_checks"]

HALF = Decimal("0.5")
#: Units between the shares and the dollars: a table "in millions, except share amounts
#: which are reflected in thousands" applies its scale to the per-share figure too, and
#: the per-share figure is net income over shares divided by a billion.
_UNITS = tuple(Decimal(1000) ** k for k in (-3, -2, -1, 0, 1, 2))
#: The rounding of a per-share figure, as a share of it: a form is evidence only if it holds
#: in a column where the rounding is at most ``_FINE``, and a column is reported only where
#: it is at most ``_COARSE`` ($0.05 and up to the cent).
_FINE = Decimal("0.05")
_COARSE = Decimal("0.1")
#: Columns a form must hold in before it judges a per-share figure of a few cents.
_CENT_HOLDS = 2
_PER_SHARE = lazy_compile(r"per\s+(?:common\s+|ordinary\s+)?share|\beps\b", re.IGNORECASE)
_WEIGHTED = re.compile(r"weighted|shares\s+(?:used|outstanding)", re.IGNORECASE)
_NUMERATOR = lazy_compile(
    r"^\s*(?:(?:gaap|non-gaap|adjusted)\s+)?(?:net\s+(?:income|loss|earnings|profit)|(?:income|loss|earnings)\s*(?:\(loss\)\s*)?"
    r"from\s+continuing)",
    re.IGNORECASE,
)
_NOT_NUMERATOR = lazy_compile(r"per\s+share|margin|%|weighted", re.IGNORECASE)
#: What a per-share row or an income row leaves out ("Earnings per share before cumulative
#: effect of change in accounting principle", "Income before extraordinary items"): such a
#: per-share row divides the income row that leaves out the same, never net income (they
#: differ by what is left out, in the periods that have it).
_QUALIFIED = lazy_compile(
    r"\bbefore\s+(?:the\s+)?(?P<what>(?:cumulative|extraordinary|discontinued|accounting)\b"
    r"(?:\s+\w+){0,2})",
    re.IGNORECASE,
)
#: An income row named by what it leaves out ("Income (loss) before cumulative effect of
#: ...", "Earnings before extraordinary items").
_QUALIFIED_INCOME = lazy_compile(
    r"^\s*(?:net\s+)?(?:income|earnings|loss|profit)\b(?:\s*[/(]\s*\(?loss\)?)?\s+before\b",
    re.IGNORECASE,
)


def _qualifier(label: str) -> str | None:
    """What a row's figure is before ("cumulative effect of"), in lower case; None if
    the row names nothing left out."""
    found = _QUALIFIED.search(label)
    return " ".join(found.group("what").lower().split()) if found else None


#: A measure other than the GAAP one: a per-share row so named divides a numerator row so
#: named, and a plain per-share row a plain numerator ("Non-GAAP diluted net income per
#: share" is "Non-GAAP net income" over diluted shares).
_ADJUSTED = lazy_compile(r"\b(?:non-gaap|adjusted)\b", re.IGNORECASE)
_BASIC = lazy_compile(r"\bbasic\b", re.IGNORECASE)
_DILUTED = re.compile(r"\bdiluted\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TableEps:
    """A per-share row, its share row, the numerator row and unit that explain it."""

    table: Table
    eps: Row
    shares: Row
    numerator: Row
    unit: Decimal
    holds: frozenset[int]
    fails: frozenset[int]


def _kinds(label: str) -> set[str]:
    kinds = set()
    if _BASIC.search(label):
        kinds.add("basic")
    if _DILUTED.search(label):
        kinds.add("diluted")
    return kinds


def _share_count(label: str) -> bool:
    """A row of share counts: its label says "weighted" or "shares used/outstanding", and
    before any "per share" it also says ("Shares used to compute basic net income per
    share" counts shares; "Net income per share, basic and diluted" does not)."""
    count = _WEIGHTED.search(label)
    if count is None:
        return False
    per = _PER_SHARE.search(label)
    return per is None or count.start() < per.start()


def eps_rows(table: Table) -> list[tuple[Row, set[str]]]:
    """The per-share rows of a table, each with the kinds it names (basic, diluted)."""
    return _rows(table)[0]


def _rows(table: Table) -> tuple[list[tuple[Row, set[str]]], list[tuple[Row, set[str]]], list[Row]]:
    """(per-share rows, share rows, numerator rows) with the kinds each names; a row's
    heading ("Earnings per share:", "Weighted average shares:") says what a bare "Basic"
    row is."""
    eps: list[tuple[Row, set[str]]] = []
    shares: list[tuple[Row, set[str]]] = []
    numerators: list[Row] = []
    heading = ""
    for row in table.rows:
        label = row.label
        if row.empty:
            heading = label
            continue
        kinds = _kinds(label)
        if _share_count(label):
            # "Shares used to compute basic net income per share", "Weighted average
            # shares outstanding": a count, of the kind it names (or of every kind)
            shares.append((row, kinds))
        elif _PER_SHARE.search(label):
            eps.append((row, kinds))  # "Net loss per common share", "Basic EPS"
        elif kinds and _WEIGHTED.search(heading) and not _PER_SHARE.search(label):
            shares.append((row, kinds))
        elif kinds and _PER_SHARE.search(heading):
            eps.append((row, kinds))
        elif (
            _NUMERATOR.match(label) or (_QUALIFIED_INCOME.match(label) and _qualifier(label))
        ) and not _NOT_NUMERATOR.search(label):
            numerators.append(row)
    return eps, shares, numerators


def _holds(numerator: Row, shares: Row, eps: Row, unit: Decimal, column: int) -> bool | None:
    cells = [r.cells[column] if column < len(r.cells) else None for r in (numerator, shares, eps)]
    n, w, e = cells
    if n is None or w is None or e is None or e.percent or w.value <= 0 or e.value == 0:
        return None  # no share count (a change column's may be negative)
    n_low, n_high = abs(n.value) - n.ulp * HALF, abs(n.value) + n.ulp * HALF
    w_low, w_high = abs(w.value) - w.ulp * HALF, abs(w.value) + w.ulp * HALF
    if w_low <= 0:
        return None
    e_low, e_high = abs(e.value) - e.ulp * HALF, abs(e.value) + e.ulp * HALF
    low, high = n_low / (w_high * unit), n_high / (w_low * unit)
    return low <= e_high and e_low <= high


def table_eps_checks(tables: list[Table]) -> Iterator[TableEps]:
    for table in tables:
        eps_rows, share_rows, all_numerators = _rows(table)
        if not all_numerators:
            continue
        changes = difference_columns(table)
        columns = [c for c in range(len(table.columns)) if c not in changes]
        for eps, kinds in eps_rows:
            # the share row of the same kind, else the one row of shares for every kind
            matching = [s for s, k in share_rows if kinds <= k and k] or [
                s for s, k in share_rows if not k
            ]
            if len(matching) != 1:
                continue  # no share count of that kind, or several (classes of stock)
            shares = matching[0]
            adjusted = bool(_ADJUSTED.search(eps.label))
            left_out = _qualifier(eps.label)
            numerators = [
                n
                for n in all_numerators
                if bool(_ADJUSTED.search(n.label)) == adjusted and _qualifier(n.label) == left_out
            ]
            if not numerators:
                continue
            forms = []
            for numerator in numerators:
                for unit in _UNITS:
                    holds = frozenset(c for c in columns if _holds(numerator, shares, eps, unit, c))
                    if holds:
                        forms.append((numerator, unit, holds))
            if not forms:
                continue
            numerator, unit, holds = max(forms, key=lambda f: len(f[2]))
            fails = set()
            clear = set()
            for c in columns:
                if c in holds or _holds(numerator, shares, eps, unit, c) is None:
                    continue
                if any(_holds(n, shares, eps, u, c) for n in numerators for u in _UNITS):
                    continue
                cell = eps.cells[c]
                if cell is None:
                    continue
                if _clear_miss(numerator, shares, eps, unit, c):
                    clear.add(c)
                if cell.ulp * HALF / abs(cell.value) <= _COARSE:
                    fails.add(c)
            fine = [
                c
                for c in holds
                if (cell := eps.cells[c]) is not None and cell.ulp * HALF / abs(cell.value) <= _FINE
            ]
            if not fine:
                # the form rests on figures of a few cents only: evidence when it holds in
                # two columns or more, and then only for a figure it misses by a full unit
                # of its last digit beyond its rounding
                fails = clear if len(holds) >= _CENT_HOLDS else set()
            else:
                fails |= clear
            yield TableEps(table, eps, shares, numerator, unit, holds, frozenset(fails))


def _clear_miss(numerator: Row, shares: Row, eps: Row, unit: Decimal, column: int) -> bool:
    """Net income over shares, within the rounding of both, lies a full unit of the
    per-share figure's last digit or more outside that figure's rounding interval ($0.09
    stated, $0.0915 computed is inside; $0.11 stated is 1.35 cents out)."""
    n, w, e = (r.cells[column] for r in (numerator, shares, eps))
    if n is None or w is None or e is None:
        return False
    w_low, w_high = abs(w.value) - w.ulp * HALF, abs(w.value) + w.ulp * HALF
    if w_low <= 0:
        return False
    low = (abs(n.value) - n.ulp * HALF) / (w_high * unit)
    high = (abs(n.value) + n.ulp * HALF) / (w_low * unit)
    e_low, e_high = abs(e.value) - e.ulp * HALF, abs(e.value) + e.ulp * HALF
    return low >= e_high + e.ulp or high <= e_low - e.ulp


@rule(
    code="NUM021",
    name="table-eps",
    family="arithmetic",
    severity="warning",
    summary="A table's earnings per share that its net income and weighted shares do not give",
    citation=CITATION_10B5 + "; ASC 260 (earnings per share)",
    examples=(
        (
            "| (in thousands, except per share) | Q3 2025 | Q3 2024 |\n|---|---|---|\n"
            "| Net income | 12,480 | 9,915 |\n| Diluted earnings per share | $0.62 | $0.41 |\n"
            "| Weighted average diluted shares | 24,012 | 24,180 |",
            "| (in thousands, except per share) | Q3 2025 | Q3 2024 |\n|---|---|---|\n"
            "| Net income | 12,480 | 9,915 |\n| Diluted earnings per share | $0.52 | $0.41 |\n"
            "| Weighted average diluted shares | 24,012 | 24,180 |",
        ),
    ),
)
def table_eps(ctx: RuleContext) -> Iterator[Finding]:
    """Earnings per share is net income divided by the weighted average shares of the
    period, basic or diluted. A statement gives all three per period column; when they
    agree in one column but no numerator row and unit reconciles them in another, the
    per-share figure (or one of its operands) of that column is wrong. Figures are taken
    as exact to their last digit."""
    for found in table_eps_checks(tables_of(ctx.facts)):
        for column in sorted(found.fails):
            e = found.eps.cells[column]
            n = found.numerator.cells[column]
            w = found.shares.cells[column]
            if e is None or n is None or w is None:
                continue
            # in the per-share figure's own writing (a table's scale applies to it too)
            computed = abs(n.value) / (abs(w.value) * found.unit) / found.table.scale
            header = found.table.columns[column] or f"column {column + 1}"
            yield ctx.finding(
                e.start,
                e.end,
                f'"{found.eps.label.strip()}" is {e.text.strip()} ({header}), but '
                f'"{found.numerator.label.strip()}" / "{found.shares.label.strip()}" gives '
                f"{computed:.4f}",
                evidence=(
                    f"{n.text.strip()} / {w.text.strip()} = {computed:.4f}",
                    f"stated: {e.text.strip()}",
                    "the same rows give the stated figure in "
                    + ", ".join(
                        found.table.columns[c] or f"column {c + 1}" for c in sorted(found.holds)
                    ),
                ),
            )
