"""Portions whose operands are only in a table: "Commercial real estate, at 43.4% of the
portfolio, remained the largest category" above a table of loans by category with a "Total
loans" row; "Noninterest-bearing deposits made up 19.7% of the total" above the deposits
table.

Why a reader of its own: the portion readers relate figures the text states. A bank's,
an insurer's or a REIT's release states the share of one line in words and leaves both
figures to the table that follows. The part is the row the sentence names (its label, word
for word, in the percentage's clause before the percentage), the whole is the table's one
"Total ..." row below it, both in the table's first column (the current period; a table
whose first column is an earlier year than another is refused). The table is the first one
after the sentence, within a few paragraphs.

Refused: two row labels in the clause, a row with no figure in the column, a table with no
or two total rows below the row, a subtotal between the row and the total, a clause that
states a money figure before its percentage (the sentence readers'), a percentage that
compares or bounds.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile, tables_of
from disclint.rules.arithmetic.claims import Portion
from disclint.rules.arithmetic.table_parts import cell_quantity

if TYPE_CHECKING:
    from disclint.api import Cell, Quantity, Row, Table
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["row_portions"]

#: After the percentage: "of" a whole named in a few words.
_OF_NAMED = lazy_compile(r"^\s+of\s+(?:the\s+|its\s+|our\s+)?(?:[\w'’-]+\s*){1,4}", re.I)
#: Before the percentage: a comparison or a bound.
_NOT_A_SHARE = lazy_compile(
    r"\b(?:(?<!made\s)(?<!makes\s)(?<!make\s)up|down|increase[sd]?|decrease[sd]?|grew|rose|fell|declined?|higher|lower|more"
    r"|less|above|below|growth|change|margin|yield|rate|by|to|from|than)\s+(?:about\s+)?$",
    re.I,
)
_TOTAL = lazy_compile(r"^\s*total\b", re.I)
_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")
_REACH = 4000  # characters from the sentence to the table
#: Between the row's name and its percentage: an aside of a few words, then a link ("at",
#: "made up", "represented", "remained the largest category, at").
_SUBJECT_LINK = lazy_compile(
    r"^\s*(?:[\w'’-]+\s+){0,4}?(?:at|made\s+up|makes?\s+up|represent(?:s|ed)?|was|were|is|are"
    r"|accounted\s+for|accounts?\s+for|comprised|equal(?:led|ed|s)?(?:\s+to)?)\s+"
    r"(?:about\s+|approximately\s+|nearly\s+|some\s+)?$",
    re.I,
)
#: Words that name a table's total whatever its rows are.
_WHOLE_WORDS = frozenset({"total", "portfolio", "book"})
_CAPTION = 100
_FIRM = (None, Qualifier.ABOUT)
_ANNUALIZED = lazy_compile(r"\bannuali[sz]ed\b|\bannual\s+basis\b", re.I)
LONGEST = 1200  # characters: the longest sentence read as a writer's prose


def _norm(label: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w'’ -]", " ", label)).strip().lower()


def _current_first(table: Table) -> bool:
    years = [max((int(y) for y in _YEAR.findall(h)), default=0) for h in table.columns]
    return bool(years) and years[0] == max(years)


def _where(table: Table) -> int:
    """Where the table's figures begin in the release's text."""
    return min((c.start for row in table.rows for c in row.cells if c is not None), default=-1)


def _table_after(tables: list[Table], view: View) -> Table | None:
    end = view.start + len(view.text)
    after = [(_where(t), t) for t in tables if _where(t) >= end]
    if not after:
        return None
    where, table = min(after, key=lambda pair: pair[0])
    return table if where - end <= _REACH else None


def _named_row(table: Table, clause: str) -> int | None:
    """The row the clause names nearest before its percentage (and close to it)."""
    said = f" {_norm(clause)} "
    best: tuple[int, int] | None = None
    for i, row in enumerate(table.rows):
        label = _norm(row.label)
        if not label or _TOTAL.match(row.label):
            continue
        end = said.rfind(f" {label} ")
        if end >= 0 and (best is None or end + len(label) > best[0]):
            best = (end + len(label) + 1, i)
    if best is None or not _SUBJECT_LINK.match(said[best[0] :]):
        return None
    return best[1]


def _names_whole(table: Table, total: Row, whole: str) -> bool:
    """Whether the words after "of" name the table's total: "the total", "the portfolio",
    or a word of the total's label or of the table's caption."""
    words = set(re.findall(r"[a-z]{4,}", whole.lower()))
    if words & _WHOLE_WORDS:
        return True
    # a short caption names the table ("Gross written premiums by line"); a long one is the
    # paragraph above a text table, the sentence itself perhaps
    caption = table.caption if len(table.caption) <= _CAPTION else ""
    named = set(re.findall(r"[a-z]{4,}", f"{total.label} {caption}".lower()))
    return bool(words & (named - {"total", "months", "ended", "thousands", "millions"}))


def _total_below(table: Table, at: int) -> Row | None:
    totals = [row for row in table.rows[at + 1 :] if _TOTAL.match(row.label)]
    return totals[0] if len(totals) == 1 else None


def _quantity(cell: Cell | None, at: dict[int, Quantity]) -> Quantity | None:
    if cell is None or cell.percent or cell.value <= 0:
        return None
    return at.get(cell.start) or cell_quantity(cell)


def row_portions(rel: Relations) -> list[Portion]:
    """A row's share of its table's total, stated in the text before the table."""
    tables = [t for t in tables_of(rel.facts) if t.rows and t.columns]
    if not tables:
        return []
    at = {q.start: q for q in rel.facts.quantities}
    found: list[Portion] = []
    for view in rel.claim_views():
        if len(view.text) > LONGEST or _ANNUALIZED.search(view.text):
            continue  # a flattened table, or a quarter's share stated as a year's
        for percent in view.of(Kind.PERCENT):
            if percent.qualifier not in _FIRM or percent.in_range or percent.value <= 0:
                continue
            named = _OF_NAMED.match(view.after(percent, 60))
            if named is None:
                continue
            before = view.text[: percent.start - view.start]
            if _NOT_A_SHARE.search(before):
                continue
            clause = re.split(r";", before)[-1]
            if any(
                q.kind is Kind.MONEY
                and q.end <= percent.start
                and q.start >= percent.start - len(clause)
                for q in view.quantities
            ):
                continue
            table = _table_after(tables, view)
            if table is None or not _current_first(table):
                continue
            row = _named_row(table, clause)
            if row is None:
                continue
            total = _total_below(table, row)
            if total is None or not _names_whole(table, total, named.group(0)):
                continue
            part = _quantity(table.rows[row].cells[0] if table.rows[row].cells else None, at)
            whole = _quantity(total.cells[0] if total.cells else None, at)
            if part is None or whole is None or part.value >= whole.value:
                continue
            found.append(Portion(part, percent, whole, False, False, False, False))
    return found
