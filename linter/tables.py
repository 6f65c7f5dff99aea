"""Tables as grids of numbers: row labels x column headers, in the table's own unit.

Earnings releases put their numbers in tables, and the parser keeps a table's cells
(``Paragraph.rows``). This module reads each table once into a ``Table``: the column
headers (periods, usually), each row's label and one value per column, the scale the
caption or header states ("in thousands"), parentheses and leading minus signs as
negatives, a dash as nil. Rules relate text figures to cells, or cells to one another
(a total row to the rows above it), without re-reading cell text.

EDGAR exhibits lay a number out over several cells ("$", "293,618", ")") and let one
header span several columns, so columns are found from the numbers, not from cell
positions: the number of figures most rows carry is the table's column count; a row
with that many figures gets one value per column, in order; a header row with that many
labels names the columns, and a header row with fewer (one label per group of columns,
"Thirteen Weeks Ended | Thirty-Nine Weeks Ended") prefixes each group's labels.

Public API: ``read_tables(release) -> list[Table]``; ``tables_of(facts)`` (the same,
computed once per release). ``Table.column``, ``Table.find_rows`` and ``Row.value`` look
cells up by column index or label words.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from disclint.facts import Facts
    from disclint.model import Element, Paragraph, Release

__all__ = ["TABLE_SCALE", "Cell", "Row", "Table", "read_tables", "tables_of"]

ONE = Decimal(1)
_SCALES = {
    "thousands": Decimal(10) ** 3,
    "millions": Decimal(10) ** 6,
    "billions": Decimal(10) ** 9,
}
#: The unit a table states for its bare numbers; quantities.py reads cells with it too.
TABLE_SCALE = re.compile(
    r"\(?\s*(?:in|amounts in|expressed in|\$ in|dollars in|us\$ in|c\$ in)\s+"
    r"(?P<w>thousands|millions|billions)\b|\((?P<z>000s|000's|\$000s?|\$000's)\)|\$\s?000s?\b",
    re.IGNORECASE,
)
#: One figure as a cell writes it: "$1,234", "(1,234)", "-12.5", "12.5%", "$ (0.12)".
_FIGURE = re.compile(
    r"^\(?\s*(?:US\$|C\$|\$|€|£)?\s*\(?\s*(?P<minus>[-−–])?\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d+(?:\.\d+)?)\s*\)?\s*(?P<pct>%)?\s*\)?$"
)
_SCALE_WORDS = re.compile(r"\b(?:thousands|millions|billions)\b", re.IGNORECASE)
_YEAR = re.compile(r"^(?:FY\s?)?(?:19|20)\d\d$")
_NIL = re.compile(r"^(?:US\$|C\$|\$|€|£)?\s*[-−–—]+\s*%?$|^n/?m$|^nil$", re.IGNORECASE)
_MARK = re.compile(r"^\(\d\)$")  # "(4)": a footnote mark, or a figure of -4
_FILLER = re.compile(r"^[$€£%)(]*$|^\(\d\)$|^\([a-z]\)$")  # "$", ")", footnote marks "(4)"


@dataclass(frozen=True, slots=True)
class Cell:
    """One figure of a row: its value in base units (the table's scale applied), how it
    was written, and where (``start``/``end`` index ``Release.text``)."""

    value: Decimal
    text: str
    start: int
    end: int
    ulp: Decimal  # one unit of the last written digit, in base units
    percent: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    """A labelled row: one ``Cell`` (or ``None``) per column of its table."""

    index: int
    label: str
    cells: tuple[Cell | None, ...]
    #: The row has figures, but not one per column, so none was read (a cell left blank,
    #: a layout not understood): not a heading, and not known to be empty.
    unread: bool = False

    def value(self, column: int) -> Decimal | None:
        cell = self.cells[column] if column < len(self.cells) else None
        return cell.value if cell is not None else None

    @property
    def empty(self) -> bool:
        return all(c is None for c in self.cells)


@dataclass
class Table:
    """A table of the release read as numbers."""

    index: int  # among ``Release.tables``
    paragraph: Paragraph
    scale: Decimal
    columns: list[str]
    rows: list[Row] = field(default_factory=list)
    caption: str = ""
    parts: int = 1  # the release's table blocks it spans (a statement split by blank lines)

    def column(self, words: str) -> int | None:
        """The first column whose header contains every one of ``words`` (case-blind)."""
        wanted = words.lower().split()
        for i, header in enumerate(self.columns):
            if all(w in header.lower() for w in wanted):
                return i
        return None

    def find_rows(self, pattern: str) -> list[Row]:
        """Rows whose label matches the regular expression ``pattern`` (case-blind)."""
        rx = re.compile(pattern, re.IGNORECASE)
        return [r for r in self.rows if rx.search(r.label)]


def tables_of(facts: Facts) -> list[Table]:
    """``read_tables`` of the facts' release, computed once per release."""
    return facts.memo("tables", lambda: read_tables(facts.release))


def read_tables(release: Release) -> list[Table]:
    blocks = list(release.paragraphs())
    position = {id(p): i for i, p in enumerate(blocks)}
    found: list[Table] = []
    for index, paragraph in enumerate(release.tables):
        before = position.get(id(paragraph))
        caption = " ".join(
            filter(
                None,
                [
                    paragraph.heading or "",
                    blocks[before - 1].text[-200:] if before else "",
                ],
            )
        )
        table = _read(index, paragraph, caption)
        previous = found[-1] if found else None
        if (
            previous is not None
            and before is not None
            and position.get(id(previous.paragraph), -2) + previous.parts == before
            and table.rows
            and len(table.columns) == len(previous.columns) > 0
            and not any(table.columns)
            and not _SCALE_WORDS.search(caption[-200:].split("\n")[-1])
        ):
            # A statement split by a blank line ("Earnings per share:" after "Net
            # income"): the rows without headers continue the table above, in its scale.
            more = _read(index, paragraph, caption, previous.scale)
            offset = 1 + max((r.index for r in previous.rows), default=0)
            previous.rows.extend(
                Row(r.index + offset, r.label, r.cells, r.unread) for r in more.rows
            )
            previous.parts += 1
            continue
        found.append(table)
    return found


def _figures(
    cells: list[Element], marks: bool = True
) -> list[tuple[Element, re.Match[str] | None]]:
    """The figures of a row's value cells, in order (fillers such as "$" skipped). Words
    before the first figure belong to the label ("Partner | Program | $200,000"); words
    after one make the row a text row."""
    out: list[tuple[Element, re.Match[str] | None]] = []
    for cell in cells:
        text = cell.text.strip()
        if not text or (_FILLER.match(text) and (marks or not _MARK.match(text))):
            continue
        if _NIL.match(text):
            out.append((cell, None))
            continue
        match = _FIGURE.match(text)
        if match is None:
            if out:
                return []  # words among the values: a text row, not a row of figures
            continue
        out.append((cell, match))
    return out


def _years(found: list[tuple[Element, re.Match[str] | None]]) -> bool:
    """A header row of years ("| Item | 2025 | 2024 |"), not a row of figures."""
    return all(m is not None and _YEAR.match(e.text.strip()) for e, m in found)


def _scale(paragraph: Paragraph, caption: str) -> Decimal:
    texts = [c.text for row in (paragraph.rows or [])[:3] for c in row]
    texts.append(caption)
    for text in texts:
        match = TABLE_SCALE.search(text)
        if match:
            return _SCALES[(match.group("w") or "thousands").lower()]
    return ONE


def _read(index: int, paragraph: Paragraph, caption: str, scale: Decimal | None = None) -> Table:
    raw_rows = paragraph.rows or []
    figures = [_figures(row[1:]) for row in raw_rows]
    counts = Counter(len(f) for f in figures if f)
    width = counts.most_common(1)[0][0] if counts else 0
    if scale is None:
        scale = _scale(paragraph, caption)
    table = Table(index, paragraph, scale, [""] * width, caption=caption)
    if width == 0:
        return table
    first_data = next(
        (i for i, f in enumerate(figures) if len(f) == width and not _years(f)), len(raw_rows)
    )
    table.columns = _headers(raw_rows[:first_data], width)
    for r, (row, found) in enumerate(zip(raw_rows, figures, strict=True)):
        if not row:
            continue
        label = row[0].text.strip()
        if r < first_data and (not label or any(c.text.strip() for c in row[1:])):
            continue  # a header row; a label alone above the figures is a heading row
        cells: tuple[Cell | None, ...] = (None,) * width
        if len(found) != width and any(_MARK.match(c.text.strip()) for c in row[1:]):
            # "(9)" is a footnote mark unless the row needs it as a figure
            retry = _figures(row[1:], marks=False)
            if len(retry) == width:
                found = retry
        if len(found) == width:
            cells = tuple(_cell(element, match, scale) for element, match in found)
        table.rows.append(Row(r, label, cells, unread=bool(found) and len(found) != width))
    return table


def _cell(element: Element, match: re.Match[str] | None, scale: Decimal) -> Cell:
    span = element.span
    if match is None:
        return Cell(Decimal(0), element.text, span.text_start, span.text_end, scale)
    digits = match.group("num").replace(",", "")
    try:
        number = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the pattern admits digits only
        number = Decimal(0)
    text = element.text.strip()
    negative = bool(match.group("minus")) or (text.startswith("(") or "(" in text[:3])
    percent = bool(match.group("pct"))
    unit = ONE if percent else scale
    places = len(digits.split(".")[1]) if "." in digits else 0
    ulp = Decimal(1).scaleb(-places) * unit
    value = number * unit * (-1 if negative else 1)
    return Cell(value, element.text, span.text_start, span.text_end, ulp, percent)


def _headers(rows: list[list[Element]], width: int) -> list[str]:
    """Column labels from the header rows: a row with ``width`` labels names the columns;
    a row with fewer labels that divide ``width`` names groups of columns."""
    labels = [""] * width
    for row in rows:
        texts = [c.text.strip() for c in row[1:] if c.text.strip()]
        texts = texts[-width:]  # label columns ("Partner | Program") come first
        if not texts or width % len(texts):
            continue
        group = width // len(texts)
        for i in range(width):
            labels[i] = f"{labels[i]} {texts[i // group]}".strip()
    return labels
