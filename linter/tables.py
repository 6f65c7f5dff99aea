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
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import TYPE_CHECKING

from disclint.lazyre import lazy_compile

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
TABLE_SCALE = lazy_compile(
    r"(?:(?:in|amounts in|expressed in|\$ in|dollars in|us\$ in|c\$ in)\s+"
    r"|(?<=\()(?=(?:thousands|millions|billions)\s*[,)])"
    r"|(?=(?:thousands|millions|billions)\s+of\s+(?:u\.?s\.?\s+)?dollars\b))"
    r"(?P<w>thousands|millions|billions)\b"
    r"|\((?P<z>(?:in\s+)?(?:\$\s?)?000'?s?(?:\s+omitted)?)\)|\$\s?000s?\b",
    re.IGNORECASE,
)
#: One figure as a cell writes it: "$1,234", "(1,234)", "-12.5", "12.5%", "$ (0.12)".
#: Each run of white space belongs to the sign before it: optional signs each with their own
#: ``\s*`` around them ("\s*\)?\s*%?\s*") would let a run between two digits ("2", 5,000
#: tabs, "9,800": a fuzz mutant) be split among the runs every way before failing (cubic).
_FIGURE = re.compile(
    r"^\(?\s*(?:(?:US\$|C\$|\$|€|£)\s*)?(?:\(\s*)?(?:(?P<minus>[-−–])\s*)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(?:\)\s*)?(?:(?P<pct>%)\s*)?\)?$"
)
_SCALE_WORDS = lazy_compile(r"\b(?:thousands|millions|billions)\b", re.IGNORECASE)
_YEAR = lazy_compile(r"^(?:FY\s?)?(?:19|20)\d\d$")
#: A cell with no figure by design: a dash, "nil", a change that is not meaningful ("n/m",
#: "NM", "n.m.", or the "*" a footnote explains as "not meaningful") or not applicable
#: ("N/A": a change from nothing).
_NIL = re.compile(
    r"^(?:US\$|C\$|\$|€|£)?\s*[-−–—]+\s*%?$|^n/?m$|^n\.m\.$|^n/a$|^nil$|^\*{1,2}$",
    re.IGNORECASE,
)
_MARK = lazy_compile(r"^\(\d\)$")  # "(4)": a footnote mark, or a figure of -4
_FOOTNOTE_DIGIT = lazy_compile(r"^\d{1,2}$")  # a bare "1" after a row's last column
_FILLER = re.compile(r"^(?:[$€£%)(]\s*)*$|^\(\d\)$|^\([a-z]\)$|^[-=_—–]{4,}$")
"""Cells that are no figure: "$", ")", footnote marks "(4)", a text table's rule "-----"."""


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
    #: Columns the row left blank among its figures, placed by the table's layout
    #: ("Restructuring charge  |  |  600"): no figure (``None``), nil in a sum of lines.
    blanks: frozenset[int] = frozenset()

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
    #: The short lines above the caption's paragraph ("Apple Inc.", "CONDENSED
    #: CONSOLIDATED STATEMENTS OF OPERATIONS"): what the table is, when the line just above
    #: it only states its unit; its unit too, when neither that line nor the header does.
    title: str = ""
    #: In a whitespace-aligned table, the character columns (first, last + 1) each figure
    #: column covers; None elsewhere or when the figures do not line up.
    spans: list[tuple[int, int]] | None = None

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
    aligned = release.format in _ALIGNED_FORMATS
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
        title = _title(blocks, before)
        scale = _scale(paragraph, caption)
        stated = TABLE_SCALE.search(title) if scale == ONE else None
        if stated is not None:
            # "(Amounts in Thousands Except Per Share Amounts)" among the title lines, the
            # line just above the table only repeating the statement's name
            scale = _SCALES[(stated.group("w") or "thousands").lower()]
        table = _read(index, paragraph, caption, scale, aligned=aligned)
        table.title = title
        if aligned and table.columns and not any(table.columns) and before:
            table.columns = _headers_above(blocks[before - 1].text, len(table.columns))
        previous = found[-1] if found else None
        end = position.get(id(previous.paragraph), -2) + previous.parts if previous else -1
        if (
            previous is not None
            and before is not None
            and 0 <= end <= before
            and all(
                _PAGE_MARK.match(b.text.strip()) or _section_heading(b.text)
                for b in blocks[end:before]
            )
            and sum(1 for b in blocks[end:before] if _section_heading(b.text)) <= 1
            and _same_columns(previous, table)
            and table.rows
            and len(table.columns) == len(previous.columns) > 0
            and not any(table.columns)
            and not _SCALE_WORDS.search(caption[-200:].split("\n")[-1])
        ):
            # A statement split by a blank line ("Earnings per share:" after "Net
            # income"): the rows without headers continue the table above, in its scale.
            # A page break between them ("<PAGE>", "- 7 -") is no end of the statement.
            more = _read(index, paragraph, caption, previous.scale, aligned=aligned)
            offset = 1 + max((r.index for r in previous.rows), default=0)
            for b in blocks[end:before]:
                if _section_heading(b.text):
                    # "EARNINGS PER COMMON SHARE" between blank lines: a heading row, as
                    # the walk up from a subtotal stops at one
                    previous.rows.append(Row(offset, b.text.strip(), (None,) * len(table.columns)))
                    offset += 1
            previous.rows.extend(
                Row(r.index + offset, r.label, r.cells, r.unread, r.blanks) for r in more.rows
            )
            previous.parts += 1 + before - end
            continue
        found.append(table)
    found.extend(_cell_paragraph_tables(blocks, len(release.tables)))
    for i, paragraph in enumerate(blocks):
        if (
            paragraph.rows is None
            and paragraph.text.count(",") >= _FLAT_MIN
            and len(_THOUSANDS.findall(paragraph.text)) >= _FLAT_MIN
        ):
            above = _header_blocks_above(blocks, i)
            dates = _date_blocks_above(blocks, i)
            flat = _flattened_table(paragraph, len(release.tables) + len(found), above, dates)
            if flat is not None:
                found.append(flat)
    return found


def _section_heading(text: str) -> bool:
    """A paragraph that is one short heading inside a statement, between its parts
    ("EARNINGS/ (LOSS) PER COMMON SHARE", "Per share data:", "Commitments and Contingent
    Liabilities"): one line in capitals, ending in a colon or a balance sheet's
    commitments line, naming no other statement or schedule."""
    words = text.strip()
    return (
        0 < len(words) <= _HEADING_CHARS
        and "\n" not in words
        and (words.isupper() or words.endswith(":") or _COMMITMENTS.match(words) is not None)
        and _OTHER_STATEMENT.search(words) is None
    )


_HEADING_CHARS = 60
#: A balance sheet's line with no amount between its liabilities and its equity
#: ("Commitments and Contingent Liabilities", "Commitments and contingencies (Note 7)").
_COMMITMENTS = lazy_compile(r"commitments\s+and\s+contingen", re.IGNORECASE)
#: Headings that open another table rather than a section of the one above.
_OTHER_STATEMENT = lazy_compile(
    r"\b(?:statements?|balance\s+sheets?|segments?|supplemental|reconciliation|schedule|"
    r"summary|selected|highlights|unaudited|consolidated|condensed)\b",
    re.IGNORECASE,
)


#: A paragraph that only marks a page break inside a statement ("<PAGE>", "- 7 -", "Page 2").
#: Matched against the paragraph's stripped text (no run of spaces at either end).
_PAGE_MARK = lazy_compile(
    r"^(?:<PAGE>(?:\s\d{1,3})?|-?\s?\d{1,3}\s?-?|page\s\d{1,3}(?:\sof\s\d{1,3})?)$",
    re.IGNORECASE,
)


#: The short header paragraphs read above a flattened table for its unit, and how long
#: each may be ("GEOVAX LABS, INC. Condensed Consolidated Statements of Operations
#: Information (amounts in thousands, except per share data)", then "Three Months Ended
#: June 30,", "Six Months Ended June 30," over the glued figures).
_HEADER_BLOCKS = 4
_HEADER_BLOCK_CHARS = 300


def _header_blocks_above(blocks: list[Paragraph], at: int) -> str:
    """The ends of the short paragraphs right above block ``at`` (nearest last), up to and
    including the end of a table or a long paragraph: where a flattened statement's
    caption states its unit."""
    texts: list[str] = []
    for j in range(at - 1, max(-1, at - 1 - _HEADER_BLOCKS), -1):
        block = blocks[j]
        if block.rows is not None or len(block.text) > _HEADER_BLOCK_CHARS:
            # its end, which may be this table's caption glued to the statement above it
            # ("... $ (4.68) Condensed Consolidated Balance Sheet Information (amounts in
            # thousands, except common share information)")
            texts.append(block.text[-200:])
            break
        texts.append(block.text[-200:])
    return " ".join(reversed(texts))


def _date_blocks_above(blocks: list[Paragraph], at: int) -> tuple[str, ...]:
    """The dates written a paragraph each right above block ``at`` ("June 30, 2025",
    "December 31, 2024"), in order: a flattened balance sheet's column headers."""
    dates: list[str] = []
    for j in range(at - 1, max(-1, at - 1 - _HEADER_BLOCKS), -1):
        text = " ".join(blocks[j].text.split()).rstrip(",")
        if blocks[j].rows is not None or not _FULL_DATE.fullmatch(text):
            break
        dates.insert(0, text)
    return tuple(dates)


#: A title line is short; a title is read from at most this many lines above the caption's.
_TITLE_LINE = 160
_TITLE_LINES = 3


def _title(blocks: list[Paragraph], before: int | None) -> str:
    """The short paragraphs above the one just before a table, nearest last, up to a
    table or a long paragraph."""
    if not before or before < 2:
        return ""
    lines: list[str] = []
    for block in reversed(blocks[max(0, before - 1 - _TITLE_LINES) : before - 1]):
        if block.rows is not None or len(block.text) > _TITLE_LINE:
            break
        lines.insert(0, " ".join(block.text.split()))
    return " ".join(lines)


#: A figure inside a table flattened into one line of text: thousands groups of exactly three
#: digits (so "3,0945,507" is 3,094 and 5,507), a decimal, or a bare number of up to three
#: digits (a year is a label's word, never split); "$" and
#: parentheses around it; a dash with no digit after it (or glued to a word) is nil.
_FLAT_FIGURE = lazy_compile(
    r"(?P<fig>\(?\s?(?:US\$|\$)?\s?\(?(?P<minus>(?<![A-Za-z])-(?=\d))?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<!\d)\d+\.\d+|(?<![\d.])\d{1,3}(?![\d.]))\)?(?P<pct>\s?%)?)"
    # a dash is a nil cell, not the hyphen of "paid-in" or "Long-term" (a lower-case letter
    # after a letter), nor a dash between a label's words ("Weighted-average shares
    # outstanding - basic": a lower-case word after it); dashes run together ("---") or
    # after a negative ("(430)- (543)") are a nil cell each
    r"|(?P<nil>(?<=[A-Za-z])[-—–](?![\da-z])|(?:(?<=[\d\s)\-—–])|^)[-—–](?!\d)(?!\s[a-z])"
    r"|(?<=[A-Za-z])[-—–](?=\d))"
)
#: A full date as a column header writes it ("June 30, 2025", "Dec. 31, 2024").
_FULL_DATE = lazy_compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s\d{1,2},\s(?:19|20)\d\d\b"
)
#: What follows a figure that is a word of a flattened row's label, not a cell: a word in
#: lower case, a ";", a year after a comma (a date), or "Shares authorized" ("par value $0.001;
#: 5,000,000 Shares authorized; 0 issued and outstanding as of June 30, 2025"; "costs
#: ($6,000,000 in principal is held by a related party)"). A statement's cells are
#: followed by another cell, a "$" or the next row's capitalised label.
_LABEL_FIGURE_AFTER = lazy_compile(
    r"\s?(?:[a-z]|;|,\s?(?:19|20)\d\d\b|Shares\s(?:authorized|issued|outstanding)\b)"
)
#: Figures with a thousands group a paragraph needs before it is read as a flattened table.
_FLAT_MIN = 12
_THOUSANDS = re.compile(r"\d,\d{3}(?![\d])|\d,\d{3}(?=\d{1,3},\d{3})")


def _flattened_table(
    paragraph: Paragraph, index: int, above: str = "", dates: tuple[str, ...] = ()
) -> Table | None:
    """A table a conversion flattened into one paragraph ("Revenue   $ 7,476,140$
    4,777,101 Cost of revenue 3,228,169 1,806,918"): the words between runs of figures
    are the row labels. Read only when three or more rows carry the same number (two or
    more) of figures, which is then the column count; the paragraph's words before the
    first such row are its caption (its scale, if it states one, else the scale the
    paragraph ``above`` states: "(amounts in thousands)" under the statement's title)."""
    from disclint.model import Element, Span

    text = paragraph.text
    base = paragraph.span.text_start
    rows: list[tuple[str, list[tuple[Element, re.Match[str] | None]]]] = []
    label_start = 0
    for match in _FLAT_FIGURE.finditer(text):
        if not match.group("nil") and _LABEL_FIGURE_AFTER.match(text, match.end()):
            continue  # a figure of the label's own words: "($6,000,000 in principal ...)"
        words = text[label_start : match.start()].strip(" \t$")
        if words or not rows:
            rows.append((" ".join(words.split()), []))
        label_start = match.end()
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        span = Span.model_construct(text_start=base + start, text_end=base + end)
        element = Element.model_construct(text=text[start:end], span=span)
        figure = None if match.group("nil") else _FIGURE.match(text[start:end].strip())
        if figure is None and not match.group("nil"):
            continue
        rows[-1][1].append((element, figure))
    counts = Counter(len(f) for label, f in rows if len(f) >= 2 and label)
    if not counts:
        return None
    width, seen = counts.most_common(1)[0]
    if seen < _MIN_DATA_ROWS:
        return None
    first = next(i for i, (label, f) in enumerate(rows) if len(f) == width and label)
    caption = " ".join(label for label, _ in rows[:first])
    stated = TABLE_SCALE.search(caption) or TABLE_SCALE.search(above)
    scale = _SCALES[(stated.group("w") or "thousands").lower()] if stated else ONE
    table = Table(index, paragraph, scale, [""] * width, caption=caption)
    # "Three Months Ended March 31, 2025 2024Revenue ...": the column years, glued to the
    # caption or to the first row's label
    years = re.compile(rf"(?:^|[\s,])((?:(?:19|20)\d\d\s*){{{width}}})(?=[A-Z]|\s*$)")
    head = years.search(rows[first][0]) or years.search(caption)
    if head is not None:
        table.columns = re.findall(r"(?:19|20)\d\d", head.group(1))
        if head.string is rows[first][0]:
            rows[first] = (rows[first][0][head.end() :].strip(), rows[first][1])
    elif len(dates) == width:
        # a balance sheet's dates, each a paragraph of its own above the flattened rows
        # ("June 30, 2025", "December 31, 2024"): one per column, in order
        table.columns = list(dates)
    for label, figures in rows[first:]:
        if len(figures) == width:
            cells = tuple(_cell(e, m, scale) for e, m in figures)
            table.rows.append(Row(len(table.rows), label, cells))
        elif len(figures) == 2 * width and all(m is not None for _, m in figures):
            # "General and administrative 1,687 1,457 7,042 5,883": a row, then the
            # unlabelled total under it, glued by the conversion
            for part in (figures[:width], figures[width:]):
                cells = tuple(_cell(e, m, scale) for e, m in part)
                table.rows.append(
                    Row(len(table.rows), label if part[0] is figures[0] else "", cells)
                )
        else:
            table.rows.append(Row(len(table.rows), label, (None,) * width, unread=bool(figures)))
    return table


#: A paragraph that is one short label of a table written a cell per paragraph.
_LABEL_WORDS = re.compile(r"[A-Za-z]")
_LONGEST_LABEL = 100
#: Data rows a run of cell paragraphs needs before it is read as a table.
_MIN_DATA_ROWS = 3


def _cell_paragraph_tables(blocks: list[Paragraph], first_index: int) -> list[Table]:
    """Tables that a conversion to Markdown or text wrote one cell per paragraph: a label
    paragraph ("Net interest income"), then its figures, one paragraph each ("$",
    "144.37", "$", "107.10", "35%"), then the next label. A run of such rows, with the
    short paragraphs above its first row as the column headers ("Year Ended June 30,",
    "2024", "2023", "% Change"), is read like any other table."""
    found: list[Table] = []
    run: list[tuple[Paragraph, list[Paragraph]]] = []  # (label paragraph, figure paragraphs)
    caption = ""
    marks: set[int] = set()  # "(6)" paragraphs read as figures for now (see _settle_marks)
    padded = [*blocks, None]
    for at, paragraph in enumerate(padded):
        kind = _cell_kind(paragraph)
        if kind == "other" and run and _long_label(paragraph, padded[at + 1 :]):
            kind = "label"
        if (
            kind == "filler"
            and paragraph is not None
            and run
            and _MARK.match(paragraph.text.strip())
        ):
            # inside a table "(6)" may be a figure of -6 (a change in percent; a treasury
            # stock line of "(4)") or a footnote mark: the row's count of figures decides
            marks.add(id(paragraph))
            run[-1][1].append(paragraph)
            continue
        if kind == "figure" and paragraph is not None:
            if not run:  # figures before any label (a header's years): an unlabelled row
                from disclint.model import Paragraph

                run.append((Paragraph.model_construct(text="", span=paragraph.span), []))
            run[-1][1].append(paragraph)
            continue
        if kind == "filler":
            continue
        if kind == "label" and paragraph is not None:
            run.append((paragraph, []))
            continue
        _settle_marks(run, marks)
        for part in _segments(run):
            table = _from_cell_paragraphs(part, caption, first_index + len(found))
            if table is not None:
                found.append(table)
        run = []
        caption = paragraph.text[-200:] if paragraph is not None else ""
    return found


#: The longest row label read inside a table written one cell per paragraph ("General and
#: administrative (including $2,972 and $36 from related party for the nine months ...,
#: respectively)").
_LONGEST_ROW_LABEL = 400
_SENTENCE_BREAK = lazy_compile(r"[.!?]\s+[A-Z]|[.!?]$")


def _long_label(paragraph: Paragraph | None, rest: list[Paragraph | None]) -> bool:
    """A paragraph too long for a cell that is still a row label: inside a table's run,
    one line, no sentence in it, and the next cell paragraph a figure."""
    if paragraph is None or paragraph.rows is not None:
        return False
    text = paragraph.text.strip()
    if len(text) > _LONGEST_ROW_LABEL or "\n" in text or _SENTENCE_BREAK.search(text):
        return False
    following = next((p for p in rest if _cell_kind(p) != "filler"), None)
    return _cell_kind(following) == "figure"


def _settle_marks(run: list[tuple[Paragraph, list[Paragraph]]], marks: set[int]) -> None:
    """Keep a "(6)" paragraph as a figure where it completes its row ("Capital markets
    activity | 2.16 | 2.30 | (0.14) | (6)" among rows of four figures), and drop it as a
    footnote mark where the row is whole without it."""
    if not marks:
        return
    counts = Counter(
        n
        for _, figures in run
        if (n := sum(id(f) not in marks for f in figures)) >= 2
        and not any(id(f) in marks for f in figures)
    )
    width = counts.most_common(1)[0][0] if counts else 0
    for _, figures in run:
        if not any(id(f) in marks for f in figures):
            continue
        if width and len(figures) % width == 0:
            continue
        figures[:] = [f for f in figures if id(f) not in marks]


def _segments(
    run: list[tuple[Paragraph, list[Paragraph]]],
) -> Iterator[list[tuple[Paragraph, list[Paragraph]]]]:
    """A run split where the number of figures a row carries changes (an income
    statement of five columns, then a balance sheet of two): the label rows between the
    last row of one and the first of the next head the next."""
    width = 0
    start = 0
    last_data = -1
    counts = [len(figures) for _, figures in run]
    for i, (_, figures) in enumerate(run):
        count = len(figures)
        if count < 2 or all(_YEAR.match(f.text.strip()) for f in figures):
            continue
        following = next((n for n in counts[i + 1 :] if n >= 2), 0)
        if width and (count % width or (count != width and following == count)):
            # a row of another width, or a multiple of it that the next row repeats (a
            # section of balances only, then one of balance, interest and yield per
            # period): a row glued to its unlabelled total stands alone
            yield run[start : last_data + 1]
            start = last_data + 1
            width = 0
        width = width or count
        last_data = i
    yield run[start:]


def _cell_kind(paragraph: Paragraph | None) -> str:
    if paragraph is None or paragraph.rows is not None:
        return "other"
    text = paragraph.text.strip()
    if len(text) > _LONGEST_LABEL:
        return "other"  # prose: no cell is this long
    if not text or _FILLER.match(text):
        return "filler"
    if _FIGURE.match(text) or _NIL.match(text):
        return "figure"
    sentence = text.endswith(".") and len(text.split()) >= 6
    if _LABEL_WORDS.search(text) and not sentence:
        return "label" if "\n" not in text else "other"
    return "other"


def _from_cell_paragraphs(
    run: list[tuple[Paragraph, list[Paragraph]]], caption: str, index: int
) -> Table | None:
    counts = Counter(len(figures) for _, figures in run if len(figures) >= 2)
    if not counts:
        return None
    width = counts.most_common(1)[0][0]
    if counts[width] < _MIN_DATA_ROWS:
        return None
    first = next(
        i
        for i, (label, figures) in enumerate(run)
        if len(figures) == width
        and label.text.strip()
        and not all(_YEAR.match(f.text.strip()) for f in figures)
    )
    header_texts = [t for label, figs in run[:first] for t in (label.text, *(f.text for f in figs))]
    header_texts = [" ".join(t.split()) for t in header_texts if t.strip()]
    words = " ".join([caption, *header_texts])
    match = TABLE_SCALE.search(words)
    scale = _SCALES[(match.group("w") or "thousands").lower()] if match else ONE
    header_texts = [t for t in header_texts if not TABLE_SCALE.search(t)]
    table = Table(index, run[0][0], scale, _fold_headers(header_texts, width), caption=words)
    for label, figures in run[first:]:
        found = [
            (f, None if _NIL.match(f.text.strip()) else _FIGURE.match(f.text.strip()))
            for f in figures
        ]
        name = label.text.strip()
        if (
            len(found) == width
            and table.rows
            and all(m is not None for _, m in found)
            and _years(found)  # type: ignore[arg-type]
            and _close_years(found)  # type: ignore[arg-type]
        ):
            # a header row of years inside the table, over a second statement
            table.rows.append(Row(len(table.rows), name, (None,) * width))
            continue
        if len(found) % width or not found:
            row = Row(len(table.rows), name, (None,) * width, unread=bool(found))
            table.rows.append(row)
            continue
        for start in range(0, len(found), width):
            # "Total other income, net" and then, with no label, the next subtotal's figures
            cells = tuple(_cell(element, m, scale) for element, m in found[start : start + width])
            table.rows.append(Row(len(table.rows), name if start == 0 else "", cells))
    _join_wrapped_labels(table)
    return table


def _fold_headers(texts: list[str], width: int) -> list[str]:
    """Column labels from header paragraphs read in order: labels that fill whole rows of
    ``width`` ("2024", "2023", "USD", "USD") name the columns in turn; labels before them
    that do not ("Year Ended June 30,") name all the columns."""
    labels = [""] * width
    lead = len(texts) % width
    if lead > 2:
        return labels
    prefix = " ".join(texts[:lead])
    for i, text in enumerate(texts[lead:]):
        labels[i % width] = f"{labels[i % width]} {text}".strip()
    return [f"{prefix} {label}".strip() for label in labels]


def _figures(
    cells: list[Element], marks: bool = True
) -> list[tuple[Element, re.Match[str] | None]]:
    """The figures of a row's value cells, in order (fillers such as "$" skipped). Words
    before the first figure belong to the label ("Partner | Program | $200,000"); words
    after one make the row a text row.

    A sign or unit an EDGAR layout set in a cell of its own belongs to the figure next to
    it: "(" (or "$ (") right before a figure makes it negative ("$ (" | "1,234" | ")"), and
    "%" right after one makes it a percentage ("12.5" | "%")."""
    if marks and sum(1 for c in cells if _MARK.match(c.text.strip())) >= 2:
        # "Minority interest | (4) | (7) | (8) | (10)": a row carries one footnote mark at
        # most, so two or more "(4)" cells are negative figures
        marks = False
    out: list[tuple[Element, re.Match[str] | None]] = []
    opened = False  # the cell just before was a lone "(": the next figure is negative
    last_figure = -1  # index in ``cells`` of the figure ``out[-1]`` holds
    for i, cell in enumerate(cells):
        text = cell.text.strip()
        if not text or (_FILLER.match(text) and (marks or not _MARK.match(text))):
            if text.endswith("(") and ")" not in text:
                opened = True
            elif text == "%" and out and last_figure == i - 1 and out[-1][1] is not None:
                element = out[-1][0]
                joined = _FIGURE.match(element.text.strip() + "%")
                if joined is not None and not out[-1][1].group("pct"):
                    out[-1] = (_retext(element, element.text.strip() + "%"), joined)
            continue
        if _NIL.match(text):
            out.append((cell, None))
            opened = False
            continue
        match = _FIGURE.match(text)
        marked = _MARKED_FIGURE.match(text) if match is None else None
        if marked is not None and (match := _FIGURE.match(marked.group("fig"))) is not None:
            # "1,234(1)", "(512)*": a footnote mark glued to the figure
            text = marked.group("fig")
            cell = _retext(cell, text)
        if match is None:
            if out:
                return []  # words among the values: a text row, not a row of figures
            opened = False
            continue
        if opened and not text.startswith("("):
            cell = _retext(cell, "(" + text)
        opened = False
        last_figure = i
        out.append((cell, match))
    return out


#: A figure with a footnote mark glued after it ("1,234(1)", "(512)(a)", "0.45*").
_MARKED_FIGURE = lazy_compile(r"^(?P<fig>[^*†‡]*\d\)?%?)\s?(?:\(\d{1,2}\)|\([a-z]\)|\*{1,3}|[†‡])$")


def _retext(cell: Element, text: str) -> Element:
    """The cell written as ``text`` (a sign or unit from the cell beside it added), at
    its own place."""
    from disclint.model import Element

    return Element.model_construct(text=text, span=cell.span)


def _footnote_number(found: tuple[Element, re.Match[str] | None]) -> bool:
    """A cell holding a bare one- or two-digit number: a footnote reference."""
    element, match = found
    text = element.text.strip()
    return match is not None and _FOOTNOTE_DIGIT.match(text) is not None


def _years(found: list[tuple[Element, re.Match[str] | None]]) -> bool:
    """A header row of years ("| Item | 2025 | 2024 |"), not a row of figures."""
    return all(m is not None and _YEAR.match(e.text.strip()) for e, m in found)


def _same_columns(previous: Table, part: Table) -> bool:
    """Do a part's figures stand in the columns of the table above it? In an aligned
    layout each figure column of the part must end within a column of the table (a line
    of figures set elsewhere is another table's, not the statement's next row); other
    layouts say nothing of it."""
    if previous.spans is None or part.spans is None:
        return True
    # a part of negatives only ends a column further: the ")" hangs past the digits
    return len(previous.spans) == len(part.spans) and all(
        left < end <= right + 2
        for (left, right), (_, end) in zip(previous.spans, part.spans, strict=True)
    )


def _close_years(found: list[tuple[Element, re.Match[str] | None]]) -> bool:
    """Are the years of a row within a few of one another (periods compared side by side),
    as a header's are and a row of counts that happen to be four digits is not?"""
    years = [int(re.sub(r"\D", "", e.text)) for e, _ in found]
    return max(years) - min(years) <= _YEAR_SPREAD


_YEAR_SPREAD = 5


#: The header rows a table's unit may stand in: a text statement's column headers take up
#: to four lines above its unit line ("For the 13" / "Weeks Ended" / "July 3, 2004 and" /
#: "June 28, 2003" / "(millions, except earnings per").
_SCALE_ROWS = 6


def _scale(paragraph: Paragraph, caption: str) -> Decimal:
    texts = [c.text for row in (paragraph.rows or [])[:_SCALE_ROWS] for c in row]
    texts.append(caption)
    for text in texts:
        match = TABLE_SCALE.search(text)
        if match:
            return _SCALES[(match.group("w") or "thousands").lower()]
    return ONE


def _read(
    index: int,
    paragraph: Paragraph,
    caption: str,
    scale: Decimal | None = None,
    aligned: bool = False,
) -> Table:
    raw_rows = [_split_glued(row) for row in paragraph.rows or []]
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
    over_figures = -1  # the first character column of the figures, in an aligned table
    spans = _column_spans([f for f in figures if len(f) == width]) if aligned else None
    table.spans = spans
    template = None if aligned else _cell_template(raw_rows, figures, width)
    if aligned and first_data and spans is not None:
        by_span = _aligned_headers(
            [row for row in raw_rows[:first_data] if not _label_line(row, spans)], spans
        )
        if any(by_span):
            table.columns = by_span
            over_figures = spans[0][0]
    for r, (row, found) in enumerate(zip(raw_rows, figures, strict=True)):
        if not row or all(_RULE.match(c.text) for c in row):
            continue  # a text table's rule line ("-----   -----") under headers or figures
        label = row[0].text.strip() or (_indented_label(row[1:]) if r >= first_data else "")
        if r < first_data and (
            not label
            or any(c.text.strip() for c in row[1:])
            or 0 <= over_figures <= getattr(row[0].span.start, "column", -1)
        ):
            continue  # a header row; a label alone left of the figures is a heading row
        cells: tuple[Cell | None, ...] = (None,) * width
        if len(found) != width and any(_MARK.match(c.text.strip()) for c in row[1:]):
            # "(9)" is a footnote mark unless the row needs it as a figure
            retry = _figures(row[1:], marks=False)
            if len(retry) == width:
                found = retry
        if width and found and (len(found) == width + 1 or len(found) == width):
            # "Revenues of Financial Products | 703 | — | 813 | (110) | 1": a footnote
            # number in a cell of its own after the last column; "(1)" before it is then
            # a figure, not a mark ("Cost of goods sold | 9,559 | 9,560 | — | (1) | 2")
            every = _figures(row[1:], marks=False)
            if len(every) == width + 1 and _footnote_number(every[-1]):
                found = every[:-1]
        if len(found) == width and r > first_data and _years(found) and _close_years(found):
            # a header row of years inside the table ("December 31, | 2024 | 2023" over a
            # second statement): a heading, not a row of figures
            table.rows.append(Row(r, label, cells))
            continue
        if len(found) == width:
            cells = tuple(_cell(element, match, scale) for element, match in found)
        elif 0 < len(found) < width and (spans is not None or template is not None):
            placed = (
                _place(found, spans)
                if spans is not None
                else _place_by_cells(found, row[1:], template)  # type: ignore[arg-type]
            )
            if placed is not None:
                # a row with a column left blank ("Restructuring charge      600      900"):
                # each figure under the column it stands in, the blank one nil (a
                # statement leaves a line blank in a period that has none of it)
                cells = tuple(None if f is None else _cell(f[0], f[1], scale) for f in placed)
                blanks = frozenset(j for j, f in enumerate(placed) if f is None)
                table.rows.append(Row(r, label, cells, blanks=blanks))
                continue
        table.rows.append(Row(r, label, cells, unread=bool(found) and len(found) != width))
    _join_wrapped_labels(table)
    return table


def _cell_indexes(
    row: list[Element], found: list[tuple[Element, re.Match[str] | None]]
) -> tuple[int, ...] | None:
    """The index (among ``row``'s cells) of the cell each figure was read from."""
    out = []
    for element, _ in found:
        at = element.span.text_start
        index = next(
            (
                i
                for i, cell in enumerate(row)
                if cell.span.text_start <= at < max(cell.span.text_end, cell.span.text_start + 1)
            ),
            None,
        )
        if index is None:
            return None
        out.append(index)
    return tuple(out)


#: Share of the full rows that must put their figures in the same cells (of as many) for
#: a table's cells to say which column a figure of a short row stands in.
_TEMPLATE_SHARE = 0.5


def _cell_template(
    raw_rows: list[list[Element]],
    figures: list[list[tuple[Element, re.Match[str] | None]]],
    width: int,
) -> tuple[int, ...] | None:
    """The count of cells after the label cell and the indexes of those that hold the
    figures, as most of a table's full rows have them (an EDGAR table repeats its "$" |
    figure | spacer cells on every row); None if no layout is most rows'."""
    seen = Counter(
        (len(row) - 1, _cell_indexes(row[1:], found))
        for row, found in zip(raw_rows, figures, strict=True)
        if len(found) == width
    )
    if not seen:
        return None
    (cells, template), count = seen.most_common(1)[0]
    if template is None or count < _MIN_DATA_ROWS or count < _TEMPLATE_SHARE * seen.total():
        return None
    return (cells, *template)


def _indented_label(cells: list[Element]) -> str:
    """The label of a row whose first cell is empty: EDGAR HTML indents a line with a
    cell of its own ("" | "Cash" | "$ 1,048"). The words of the first cell with any,
    before the row's first figure; "" if a figure (or a "$") comes first."""
    for cell in cells:
        text = cell.text.strip()
        if not text:
            continue
        if _FILLER.match(text) or _NIL.match(text) or _FIGURE.match(text):
            return ""
        return text
    return ""


def _place_by_cells(
    found: list[tuple[Element, re.Match[str] | None]],
    cells: list[Element],
    template: tuple[int, ...],
) -> list[tuple[Element, re.Match[str] | None] | None] | None:
    """The figures of a row with blank cells, each in the column whose cell it was read
    from (as the table's full rows place them: ``template`` is their count of cells, then
    the figures' cells); None if the row has another count of cells (a "$" merged into
    its figure shifts them) or a figure was read from another cell."""
    indexes = _cell_indexes(cells, found)
    if indexes is None or len(cells) != template[0]:
        return None
    template = template[1:]
    placed: list[tuple[Element, re.Match[str] | None] | None] = [None] * len(template)
    for figure, index in zip(found, indexes, strict=True):
        if index not in template:
            return None
        placed[template.index(index)] = figure
    return placed


def _place(
    found: list[tuple[Element, re.Match[str] | None]], spans: list[tuple[int, int]]
) -> list[tuple[Element, re.Match[str] | None] | None] | None:
    """The figures of a row with blanks, each in the column whose span (first and last
    character column of the full rows' figures) its right edge falls in; None if a figure
    stands under no column, two under one, or positions are unknown."""
    placed: list[tuple[Element, re.Match[str] | None] | None] = [None] * len(spans)
    for element, match in found:
        span = element.span
        end = getattr(span, "end", None)
        start = getattr(span, "start", None)
        if end is None or start is None or start.line != end.line:
            return None
        edge = end.column - element.text.rstrip().endswith((")", "%"))
        column = next(
            (j for j, (left, right) in enumerate(spans) if left < edge <= right + 1), None
        )
        if column is None or placed[column] is not None:
            return None
        placed[column] = (element, match)
    return placed


#: A row label that goes on from the label above it: it starts in lower case.
_CONTINUED = lazy_compile(r"^[a-z]")
#: A label line that stops mid-phrase ("TOTAL LIABILITIES AND", "Income (loss) before").
_BROKEN_OFF = lazy_compile(
    r"(?:\b(?:and|or|of|the|for|to|in|on|from|with|before|after|attributable)|[&(/-])\s*$",
    re.IGNORECASE,
)


def _join_wrapped_labels(table: Table) -> None:
    """Join a row label a layout wrapped over two rows. Its second line under the row's
    figures ("Income before   6,863   4,015" / "income taxes"): a row with no figures whose
    label starts in lower case. Its first line above them ("Selling, general and
    administrative" / "expenses   14,300   12,950"; "TOTAL LIABILITIES AND" / "SHAREHOLDERS'
    EQUITY   7,439,642"): a label row with no figures below the first row of figures,
    not a heading (no ":"), followed by
    a row of figures whose label starts in lower case or that it leaves mid-phrase. The
    walk up from a subtotal stops at a row without figures, so an unjoined label hides
    the rows above it."""
    rows = table.rows
    joined: list[Row] = []
    for row in rows:
        last = joined[-1] if joined else None
        if (
            last is not None
            and row.empty
            and not row.unread
            and not last.empty
            and last.label.strip()
            and _CONTINUED.match(row.label.strip())
            and not row.label.rstrip().endswith(":")
        ):
            # the label's second line under its figures ("Income from continuing operations
            # before   1,234   1,000" / "  income taxes"): part of the row above
            joined[-1] = replace(last, label=f"{last.label.strip()} {row.label.strip()}")
            continue
        if (
            last is not None
            # not a header line above the first row, unless the row's label plainly goes
            # on from it ("Cost of sales, buying and" / "occupancy   6,282   6,402")
            and (
                any(not r.empty for r in joined)
                or _CONTINUED.match(row.label.strip())
                or _BROKEN_OFF.search(last.label)
            )
            and last.empty
            and not last.unread
            and last.label.strip()
            and not last.label.rstrip().endswith(":")
            and not row.empty
            and row.label.strip()
            and (_CONTINUED.match(row.label.strip()) or _BROKEN_OFF.search(last.label))
        ):
            joined[-1] = replace(row, label=f"{last.label.strip()} {row.label.strip()}")
            top = last.label.strip()  # the topmost line of the label joined so far
            while (
                len(joined) >= 2
                and joined[-2].empty
                and not joined[-2].unread
                and joined[-2].label.strip()
                and not joined[-2].label.rstrip().endswith(":")
                and (_BROKEN_OFF.search(joined[-2].label) or _CONTINUED.match(top))
            ):
                # a label wrapped over three lines ("Income before income taxes, minority"
                # / "interest and cumulative effect of" / "change in ...   89   502")
                above = joined.pop(-2)
                top = above.label.strip()
                joined[-1] = replace(joined[-1], label=f"{top} {joined[-1].label.strip()}")
            continue
        joined.append(row)
    if len(joined) != len(rows):
        table.rows = joined


#: A run of figures in one cell, one or two spaces apart ("$1,048,210  $1,141,377"): a text
#: table whose wide figures leave less than the three-space gap the text reader parts cells
#: at. Each token is a figure, a nil dash, or a sign or unit hanging off one ("$", "(", ")").
_TOKEN = lazy_compile(r"\S+")
_PREFIX = lazy_compile(r"^(?:US\$|C\$|\$|€|£)?\(?$")
_SUFFIX = lazy_compile(r"^[)%]+$")
#: A label cell whose figures follow it after two spaces ("Total assets  $8,114,840").
_TRAILING = lazy_compile(r"\S(?P<gap> {2,})(?=[$(\d—–-])")


def _split_glued(row: list[Element]) -> list[Element]:
    """The row with each cell that holds two or more figures parted by spaces split into
    one cell per figure, and figures set two spaces after the label cell's words moved to
    cells of their own. Cells already one figure (or words) are kept as they are."""
    if not row:
        return row
    out: list[Element] = []
    first = row[0]
    label_end = _label_end(first.text)
    if label_end is not None:
        pieces = _figure_pieces(first, label_end, least=1)
        if pieces:
            out.append(_piece(first, 0, len(first.text[:label_end].rstrip())))
            out.extend(pieces)
            first = None  # type: ignore[assignment]
    if first is not None:
        out.append(first)
    for cell in row[1:]:
        text = cell.text.strip()
        if _FIGURE.match(text) or len(text.split()) < 2:
            out.append(cell)
            continue
        out.extend(_figure_pieces(cell, 0) or [cell])
    return out


def _label_end(text: str) -> int | None:
    """Where a label cell's trailing figures start (after a gap of two spaces or more)."""
    found = None
    for match in _TRAILING.finditer(text):
        found = match.end("gap")
    return found


_CURRENCY_SIGNS = frozenset({"$", "US$", "C$", "€", "£"})


def _figure_pieces(cell: Element, start: int, least: int = 2) -> list[Element]:
    """The figures of ``cell.text[start:]`` as cells of their own, if that text is
    ``least`` or more figures (or nil dashes) and nothing else; else []."""
    groups: list[list[re.Match[str]]] = []
    for token in _TOKEN.finditer(cell.text, start):
        word = token.group()
        if groups and (_SUFFIX.match(word) or _PREFIX.match(groups[-1][-1].group())):
            groups[-1].append(token)
        else:
            groups.append([token])
    if (
        len(groups) > 1
        and len(groups[-1]) == 1
        and groups[-1][0].group() in _CURRENCY_SIGNS
        and not cell.text[groups[-1][0].end() :].strip()
    ):
        groups.pop()  # "$ (3.86)  $": the last "$" is the next column's, set before its figure
        least = 1
    if len(groups) < least:
        return []
    pieces = []
    for group in groups:
        a, b = group[0].start(), group[-1].end()
        text = cell.text[a:b]
        if not (_FIGURE.match(text) or _NIL.match(text)) or _SUFFIX.match(text):
            return []
        pieces.append(_piece(cell, a, b))
    return pieces


def _piece(cell: Element, a: int, b: int) -> Element:
    """The part ``a``..``b`` of a cell's text as an element of its own."""
    from disclint.model import Element, Span
    from disclint.source import Position

    span = cell.span
    start: Position | None = getattr(span, "start", None)
    end: Position | None = getattr(span, "end", None)
    first, last = start, end
    if start is not None and end is not None and start.line == end.line:
        first = Position(start.line, start.column + a, start.offset + a)
        last = Position(start.line, start.column + b, start.offset + b)
    new = Span.model_construct(
        start=first, end=last, text_start=span.text_start + a, text_end=span.text_start + b
    )
    return Element.model_construct(text=cell.text[a:b], span=new)


def _cell(element: Element, match: re.Match[str] | None, scale: Decimal) -> Cell:
    span = element.span
    if match is None:
        return Cell(Decimal(0), element.text, span.text_start, span.text_end, scale)
    digits = match.group("num").replace(",", "")
    try:
        number = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the pattern admits digits only
        number = Decimal(0)
    # "(72)", "$(145)", "$  (72)": an opening parenthesis before the digits, in the figure
    # read or in the cell it was read from (a "$ (" cell joined to its figure)
    text = element.text.strip()
    negative = (
        bool(match.group("minus"))
        or "(" in match.string[: match.start("num")]
        or text.startswith("(")
        or "(" in text[:3]
    )
    percent = bool(match.group("pct"))
    unit = ONE if percent else scale
    places = len(digits.split(".")[1]) if "." in digits else 0
    ulp = Decimal(1).scaleb(-places) * unit
    value = number * unit * (-1 if negative else 1)
    return Cell(value, element.text, span.text_start, span.text_end, ulp, percent)


#: Formats whose tables are laid out by whitespace, so a cell's column on its line says
#: which figures it stands over (EDGAR .txt exhibits).
_ALIGNED_FORMATS = frozenset({"txt", "text"})
#: A header line's rule under a group of columns ("-------", "======").
_RULE = lazy_compile(r"^[-=_—–\s]+$")


def _column_spans(
    rows: list[list[tuple[Element, re.Match[str] | None]]],
) -> list[tuple[int, int]] | None:
    """The character columns (first, last + 1) each figure column covers on its lines,
    over every row with one figure per column; ``None`` if positions are unknown, if a
    third of a column's figures or more do not end (their digits) where most do (a pipe
    table written without padding), or if the columns overlap (not an aligned layout)."""
    if not rows:
        return None
    spans: list[tuple[int, int]] = []
    for j in range(len(rows[0])):
        starts: list[int] = []
        ends: list[int] = []
        edges: list[int] = []
        for row in rows:
            span = row[j][0].span
            if getattr(span, "start", None) is None or getattr(span, "end", None) is None:
                return None
            if span.start.line != span.end.line:
                return None
            starts.append(span.start.column)
            ends.append(span.end.column)
            # a negative's ")" (or a percent's "%") hangs one column past the digits
            edges.append(span.end.column - row[j][0].text.rstrip().endswith((")", "%")))
        if Counter(edges).most_common(1)[0][1] * 3 < len(edges) * 2:
            return None  # figures not aligned on their right edge: not laid out by spaces
        spans.append((min(starts), max(ends)))
    if any(a[1] > b[0] for a, b in pairwise(spans)):
        return None
    return spans


def _aligned_headers(rows: list[list[Element]], spans: list[tuple[int, int]]) -> list[str]:
    """Column labels of a whitespace-aligned table: each header cell names the figure
    columns it stands over, each column taking the cell of a header line that overlaps it
    most ("Three Months Ended" over the first two columns, "Year Ended" over the last
    two, then "2025 2024 2025 2024" one each), the lines joined in order. A rule line
    under a header ("-------   ----") marks the columns each of its labels spans. A column
    no cell of a line overlaps takes the nearest cell, if it is no farther than the gap
    between two columns (a group header centred over its columns); a cell farther from
    every column (the label column's "(In thousands)") names none."""
    labels = [""] * len(spans)
    # "nearest" reaches no farther than the narrowest gap between two figure columns
    reach = min((b[0] - a[1] for a, b in pairwise(spans)), default=0)
    lines = [
        [
            piece
            for c in row
            if getattr(c.span, "start", None) is not None and c.span.start.line == c.span.end.line
            for piece in _header_pieces(c)
        ]
        for row in rows
    ]
    for i, pieces in enumerate(lines):
        cells = [(start, end, words) for start, end, words in pieces if words]
        below = lines[i + 1] if i + 1 < len(lines) else []
        rules = [(start, end) for start, end, words in below if not words]
        if len(rules) != len(below):
            rules = []
        for j, (left, right) in enumerate(spans):
            text = ""
            segment = _widest(rules, left, right)
            if segment is not None:
                text = _widest_words(cells, *segment)
            if not text:
                text = _widest_words(cells, left, right)
            if not text:
                near = min(
                    ((max(start - right, left - end), words) for start, end, words in cells),
                    default=None,
                )
                if near is not None and near[0] <= reach:
                    text = near[1]
            if text:
                labels[j] = f"{labels[j]} {text}".strip()
    return labels


def _label_line(row: list[Element], spans: list[tuple[int, int]]) -> bool:
    """A line of one cell set in the label column of a whitespace-aligned table, well left
    of its figures: a heading ("COSTS AND EXPENSES") or the first line of a wrapped row
    label ("Income before income taxes, minority"), not a column header, however far
    right it runs."""
    cells = [c for c in row if c.text.strip()]
    if len(cells) != 1:
        return False
    start = getattr(cells[0].span, "start", None)
    column = getattr(start, "column", None)
    return column is not None and column < min(spans[0][0], _LABEL_COLUMN)


#: How far in (character columns) a line may start and still stand in a text table's label
#: column rather than over its figures.
_LABEL_COLUMN = 12


def _widest(segments: list[tuple[int, int]], left: int, right: int) -> tuple[int, int] | None:
    """The segment overlapping ``left``..``right`` most, if any does."""
    best, found = 0, None
    for start, end in segments:
        overlap = min(right, end) - max(left, start)
        if overlap > best:
            best, found = overlap, (start, end)
    return found


def _widest_words(cells: list[tuple[int, int, str]], left: int, right: int) -> str:
    """The words of the cell overlapping ``left``..``right`` most ("" if none does)."""
    best, text = 0, ""
    for start, end, words in cells:
        overlap = min(right, end) - max(left, start)
        if overlap > best:
            best, text = overlap, words
    return text


#: The words of a header cell between gaps of two or more spaces.
_PIECE = lazy_compile(r"\S+(?: \S+)*")


def _header_pieces(cell: Element) -> Iterator[tuple[int, int, str]]:
    """(first column, last column + 1, words) of each label of a header cell (words ""
    for a rule): a cell whose labels stand two spaces apart ("$ Change  % Change") holds
    one per column."""
    text = cell.text
    start, end = cell.span.start.column, cell.span.end.column
    pieces = list(_PIECE.finditer(text)) if end - start == len(text) else []
    if not pieces:
        words = " ".join(text.split())
        if words:
            yield start, end, "" if _RULE.match(words) else words
        return
    for piece in pieces:
        words = piece.group()
        yield start + piece.start(), start + piece.end(), "" if _RULE.match(words) else words


#: A header cell of a text table: a year, a period or a change column ("2026", "Q2 2025",
#: "% Change").
_HEADER_CELL = lazy_compile(r"^(?:.*\b(?:19|20)\d\d\b.*|.*\bQ[1-4]\b.*|[%$]\s*change)$", re.I)


def _headers_above(text: str, width: int) -> list[str]:
    """Column labels of a text table whose header lines the release set off by a blank
    line ("(in millions)      2026      2025    % Change" in the paragraph above its rows):
    the last line of that paragraph, read back from its end, whose last ``width`` cells
    (parted by two spaces or more) each name a period or a change and one names a year;
    else no labels."""
    for line in reversed(text.splitlines()[-3:]):
        cells = [c for c in re.split(r"\s{2,}", line.strip()) if c]
        last = cells[-width:]
        if (
            len(cells) > width
            and all(len(c) <= 30 and _HEADER_CELL.match(c) for c in last)
            and any(re.search(r"\b(?:19|20)\d\d\b", c) for c in last)
        ):
            return last
    return [""] * width


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
