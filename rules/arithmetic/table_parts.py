"""A text figure whose name joins the names of table rows is their sum (NUM014's parts).

"Cash, cash equivalents and short-term investments were $71.1 million at March 31, 2026"
names two rows of the release's balance sheet ("Cash and cash equivalents", "Short-term
investments") and states their sum at a date the sheet has a column for. The reader splits
the name at its commas and "and"s, and takes it only if the pieces, joined back in order
into runs, are each the whole label of a row of one table (a run "cash" + "cash
equivalents" is the row "Cash and cash equivalents"), two rows or more, every row with a
figure in the column whose header states the sentence's date. Anything looser (a name that
also covers rows it does not spell, a period rather than a date, a sentence with two dates)
is no claim: the sum would not be the release's own arithmetic.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

from disclint.api import Kind, Quantity, Table, lazy_compile, qualified_interval, tables_of
from disclint.rules.arithmetic.parts_total import PartsTotal

if TYPE_CHECKING:
    from disclint.api import Cell, Facts
    from disclint.rules.arithmetic.claims import View

__all__ = ["cell_quantity", "table_parts"]

#: The name of a figure and the verb or preposition that ties it to the figure, read
#: backwards from the figure: "Cash, cash equivalents and short-term investments were",
#: "cash, cash equivalents and marketable securities at June 30, 2025, totaled".
_NAMED = lazy_compile(
    r"(?:^|[.;:•*]\s*|\b(?:its|our|the|with|had)\s+)(?P<name>[A-Za-z][\w ,’'-]{5,120}?)"
    r"(?P<date>\s+(?:at|as\s+of|on)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d,?)?"
    r"\s+(?:were|was|totall?ed|of|amounted\s+to|stood\s+at)\s+(?:approximately\s+|about\s+)?$"
)
#: The pieces of a joined name: parted by commas and "and" ("cash, cash equivalents and
#: marketable securities").
_PIECES = lazy_compile(r",\s*(?:and\s+)?|(?<!\s)\s+and\s+")  # a run of spaces tried once
#: A date the sentence states ("March 31, 2026"), as a column header writes it.
_DATE = lazy_compile(r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d\b")
_MAX_PIECES = 4
#: Words a figure's name follows ("The company had", "with its").
_OPENER = lazy_compile(r"\b(?:its|our|the|their|with|had|has|have)\s+", re.IGNORECASE)
#: A word saying the name adds its parts ("total cash, cash equivalents and investments").
_COMBINED = lazy_compile(r"^(?:total|combined|aggregate)\s+", re.IGNORECASE)


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", text.lower()).split())


def _row_names(table: Table) -> dict[str, int]:
    """Each row's label (its words in lower case) to its position, for rows with
    figures; a label after a heading glued to it ("Current assets:Cash and cash
    equivalents") counts by its last part."""
    names: dict[str, int] = {}
    for i, row in enumerate(table.rows):
        if row.empty:
            continue
        label = row.label.rsplit(":", 1)[-1]
        key = _key(label)
        if key and key not in names:
            names[key] = i
        elif key in names:
            names[key] = -1  # two rows of one name: which one the text means is not known
    return names


def _runs(pieces: list[str], names: dict[str, int]) -> list[int] | None:
    """Row positions for the pieces parted into consecutive runs, each run (its pieces
    joined by "and", or by ", " for a run of three) the whole label of a row; None if no
    parting does."""
    if not pieces:
        return []
    for size in range(1, len(pieces) + 1):
        head = pieces[:size]
        joined = [" and ".join(head)]
        if size > 2:
            joined.append(", ".join(head[:-1]) + " and " + head[-1])
        for text in joined:
            at = names.get(_key(text), -1)
            if at < 0:
                continue
            rest = _runs(pieces[size:], names)
            if rest is not None:
                return [at, *rest]
    return None


def _column(table: Table, date: str) -> int | None:
    wanted = _key(date)
    found = [i for i, header in enumerate(table.columns) if wanted in _key(header)]
    return found[0] if len(found) == 1 else None


def table_parts(facts: Facts, views: list[View]) -> Iterator[PartsTotal]:
    """The text totals whose name joins table rows, with those rows' cells as parts."""
    tables = [t for t in tables_of(facts) if any(t.columns)]
    if not tables:
        return
    starts: list[tuple[int, int, int, Quantity]] = []
    keys: list[int] = []

    def quantity(cell: Cell | None) -> Quantity | None:
        """The release's quantity for a cell: the one read at its place, if it has the
        cell's value (a flattened table's figures are read as text, without its scale)."""
        if cell is None:
            return None
        if not starts:  # sorted once, when a claim is found
            starts.extend(sorted((q.start, q.end, id(q), q) for q in facts.quantities))
            keys.extend(s[0] for s in starts)
        i = bisect_left(keys, cell.start)
        if i < len(starts) and starts[i][0] < cell.end:
            return starts[i][3] if starts[i][3].value == cell.value else None
        return cell_quantity(cell)

    names = [(table, _row_names(table)) for table in tables]
    for view in views:
        if not view.dates:
            continue  # the sum is taken in the column of the sentence's date
        for q in view.of(Kind.MONEY):
            if q.cell is not None or q.per is not None or q.in_range:
                continue
            named = _NAMED.search(view.before(q, 160))
            if named is None:
                continue
            # the name is the words after the last that opens it ("The company had total
            # cash, ..." names "cash, ...")
            name = _OPENER.split(named.group("name").strip())[-1]
            name = _COMBINED.sub("", name.strip())
            pieces = [p.strip() for p in _PIECES.split(name) if p.strip()]
            if not 2 <= len(pieces) <= _MAX_PIECES:
                continue
            dates = {_key(d) for d in _DATE.findall(view.text)}
            if len(dates) != 1:
                continue  # no date, or two: which column is not known
            (date,) = dates
            for table, rows in names:
                positions = _runs(pieces, rows)
                column = _column(table, date)
                if positions is None or len(positions) < 2 or column is None:
                    continue
                cells = [table.rows[i].cells[column] for i in positions]
                parts = [quantity(c) for c in cells]
                if all(p is not None for p in parts):
                    yield PartsTotal(q, tuple(p for p in parts if p is not None))
                break


def cell_quantity(cell: Cell) -> Quantity:
    """A table figure the quantity reader does not list (a table written one cell per
    paragraph, or flattened into one paragraph, is not a table to it): the cell read as
    the table reads it, a percent or an amount in the table's unit."""
    return Quantity(
        kind=Kind.PERCENT if cell.percent else Kind.MONEY,
        value=cell.value,
        interval=qualified_interval(cell.value, cell.ulp, None),
        start=cell.start,
        end=cell.end,
        text=cell.text,
        ulp=cell.ulp,
        negative=cell.value < 0,
    )
