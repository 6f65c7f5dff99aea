"""A change the text states for a line of the release's statement table, by the line's own
name: "Net income grew 60.4% from the prior-year quarter", "Within it, software
subscriptions grew 28.7%", with both levels only in the table ("Net income | 6,331 |
3,948").

The measure is the table's: the clause's subject, stripped of determiners, is a row's label
word for word (not a word of it: "Product revenue" is not the "Revenue" row), the table is a
statement (``statements``' caption test) whose periods pair one column with the column of
the same length a year earlier, and the sentence names no other comparison (sequential,
"since", another length of period). The check is the change's usual one (NUM003):
current / year-ago - 1 against the stated percentage, with its direction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from disclint.api import Kind, lazy_compile, tables_of
from disclint.rules.arithmetic.claims import Change
from disclint.rules.arithmetic.periods import PERIOD_LENGTHS, period_length
from disclint.rules.arithmetic.statements import (
    _STATEMENT_CAPTION,
    _cell_figure,
    _period_end,
    _year_ago_column,
    column_periods,
)

if TYPE_CHECKING:
    from disclint.api import Row, Table, View
    from disclint.rules.arithmetic.claims import Relations

__all__ = ["label_changes"]

#: The clause before a change's percentage: its subject, then a verb of change.
_CHANGE_BEFORE = lazy_compile(
    r"(?P<subject>[A-Za-z][A-Za-z&'’ -]{2,80}?)\s+(?:(?:was|were)\s+)?"
    r"(?P<verb>rose|grew|increased|climbed|jumped|gained|advanced|expanded|up"
    r"|declined|decreased|fell|dropped|slipped|contracted|down)"
    r"\s+(?:by\s+)?(?:approximately\s+|about\s+|nearly\s+|almost\s+|some\s+)?$",
    re.I,
)
_DOWN = frozenset({"declined", "decreased", "fell", "dropped", "slipped", "contracted", "down"})
#: Words a clause opens with that leave its subject ("In the quarter, ...", "Within it, ...").
_CLAUSE_BREAK = lazy_compile(r"[,;:(]|\b(?:and|while|whereas|but|as|with)\s", re.I)
_DETERMINERS = frozenset({"the", "its", "our", "their", "total", "consolidated", "company's"})
#: After the percentage: a comparison with the year-ago period, or none at all ...
_YEAR_AGO_AFTER = lazy_compile(
    r"^\s*(?:year[- ]over[- ]year|(?:from|over|compared\s+(?:to|with)|versus|vs\.?|against)"
    r"\s+(?:the\s+|a\s+)?(?:year[- ]ago|prior[- ]year|same)\b|(?:from\s+)?a\s+year\s+"
    r"(?:earlier|ago)|on\s+the\s+prior\s+year)",
    re.I,
)
#: ... but not another one ("from the second quarter", "sequentially", "since 2024").
_OTHER_COMPARISON = lazy_compile(
    r"^\s*(?:,\s*)?(?:from|over|compared|versus|vs\.?|against|since|sequential|quarter[- ]over"
    r"|on\s+a\s+(?:sequential|constant|comparable|organic|pro\s+forma)|in\s+constant|excluding"
    r"|organically)",
    re.I,
)
#: Later in the clause, a level of its own the change is measured from ("from $X", "(second
#: quarter: $59.4 million)").
_OWN_BASE = lazy_compile(
    r"\b(?:from|compared\s+(?:to|with)|versus|vs\.?|against|than|(?<!year\s)(?<!year-)over)"
    r"\s+(?:the\s+|its\s+|a\s+)?(?:[$€£¥]\s?)?\d"
    r"|\(\s*[^()$\d]{0,40}:\s*(?:[$€£¥]\s?)?\d",
    re.I,
)
#: A comparison with the period just before, anywhere in the sentence.
_SEQUENTIAL = lazy_compile(
    r"\bsequential(?:ly)?\b|\bquarter[- ]over[- ]quarter\b|\blinked[- ]quarter\b"
    r"|\bfrom\s+the\s+(?:first|second|third|fourth|previous|prior|preceding)\s+quarter\b",
    re.I,
)
_MONTHS_LENGTH = {"3m": "quarter", "6m": "half", "9m": "nine months", "12m": "year"}


def _label(text: str) -> str:
    words = re.sub(r"[*:()\d]|\s+", " ", text).lower().split()
    while words and words[0] in _DETERMINERS:
        words = words[1:]
    return " ".join(_singular(w) for w in words)


def _singular(word: str) -> str:
    """A word without its plural ending, so that "Outlet store sales" meets "Outlet stores"
    + "sales" (both sides of a comparison are reduced the same way)."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_BARE_YEAR = lazy_compile(r"(?:fiscal\s+|FY\s?)?((?:19|20)\d\d)", re.I)
_YEAR = lazy_compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
#: A header's length of period by its words ("Q3 2026", "Fiscal 2026", "Nine months 2026").
_HEADER_LENGTHS = (
    (lazy_compile(r"\bq[1-4]\b|\bquarter\b|\bthree\s+months\b|\b1[34]\s+weeks\b", re.I), "quarter"),
    (lazy_compile(r"\bh[12]\b|\bsix\s+months\b|\bhalf\b|\b2[67]\s+weeks\b", re.I), "half"),
    (lazy_compile(r"\bnine\s+months\b|\b39\s+weeks\b", re.I), "nine months"),
    (
        lazy_compile(r"\bfiscal\b|\bfy\b|\byear\b|\btwelve\s+months\b|\b5[23]\s+weeks\b", re.I),
        "year",
    ),
)


#: A day in a header: "Oct. 31, 2026", "November 1, 2025".
_HEADER_DAY = lazy_compile(r"\b([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKS = lazy_compile(r"\bweeks?\b")
#: How far (days) a fiscal calendar's year-ago period end may be from a calendar year.
_FISCAL_DRIFT = 7


def _fiscal_year_ago(headers: list[str], column: int) -> list[int]:
    """The column of the same period a fiscal year earlier in a calendar of weeks: "13 Weeks
    Ended Oct. 31, 2026" and "13 Weeks Ended Nov. 1, 2025" (the same words, the day within
    a week of a year before)."""
    from datetime import date

    def day(header: str) -> tuple[str, date] | None:
        found = list(_HEADER_DAY.finditer(header))
        if len(found) != 1 or found[0].group(1) not in _MONTHS:
            return None
        month, number, year = found[0].groups()
        try:
            when = date(int(year), _MONTHS.index(month) + 1, int(number))
        except ValueError:
            return None
        return header[: found[0].start()] + "<day>" + header[found[0].end() :], when

    own = day(headers[column])
    if own is None or not _WEEKS.search(headers[column]):
        return []
    found = []
    for j, header in enumerate(headers):
        other = day(header) if j != column else None
        if other is None or other[0] != own[0]:
            continue
        gap = (own[1] - other[1]).days
        if own[1].year - other[1].year in (0, 1, 2) and abs(gap - 364) <= _FISCAL_DRIFT:
            found.append(j)
    return found


def _shape_pairs(table: Table, headline_length: str | None) -> list[tuple[int, int, str]]:
    """Columns paired by their headers' shape: a header with one year, and the one header
    written the same with the year before ("Q3 2026" / "Q3 2025", "Fiscal 2026" / "Fiscal
    2025"). The length of period is the one the header's words name (a bare year takes the
    caption's or the headline's); a header that names a day only (a balance at a date) or
    two lengths gives no pair."""
    headers = [" ".join(h.lower().split()) for h in table.columns]
    found = []
    for column, header in enumerate(headers):
        if len(_YEAR.findall(header)) != 1:
            continue
        prior = _YEAR.sub(lambda m: str(int(m.group(1)) - 1), header)
        others = [j for j, other in enumerate(headers) if other == prior and j != column]
        if not others:
            others = _fiscal_year_ago(headers, column)
        if len(others) != 1:
            continue
        lengths = {length for pattern, length in _HEADER_LENGTHS if pattern.search(header)}
        if not lengths and _BARE_YEAR.fullmatch(header):
            named = period_length(f"{table.title} {table.caption}") or headline_length
            lengths = {named} if named else set()
        if len(lengths) == 1:
            found.append((column, others[0], next(iter(lengths))))
    return found


def _pairs(table: Table, headline_length: str | None) -> list[tuple[int, int, str]]:
    """The table's (current column, year-ago column, length of period) pairs. Columns
    headed by bare years ("2026 | 2025") pair each year with the one after it; their length
    of period is the one the caption names, else the one the headline names."""
    years = [_BARE_YEAR.fullmatch(header.strip()) for header in table.columns]
    if len(years) == 2 and all(years):
        first, second = (int(m.group(1)) for m in years if m)
        length = period_length(f"{table.title} {table.caption}") or headline_length
        if first != second + 1:
            return []
        return [(0, 1, length)] if length is not None else _shape_pairs(table, None)
    found = []
    for column in range(len(table.columns)):
        prior = _year_ago_column(table, column)
        if prior is not None:
            ends = [e for e in map(_period_end, column_periods(table.columns[column])) if e]
            lengths = {_MONTHS_LENGTH.get(months, "") for months, _ in ends}
            if len(lengths) == 1 and "" not in lengths:
                found.append((column, prior, next(iter(lengths))))
    return found or _shape_pairs(table, headline_length)


_Line = tuple["Table", "Row", list[tuple[int, int, str]]]


def _rows_by_label(tables: list[Table], headline_length: str | None) -> dict[str, _Line]:
    """Each statement table's rows by label, kept only where one row in all has it."""
    found: dict[str, list[_Line]] = {}
    for table in tables:
        statement = bool(_STATEMENT_CAPTION.search(f"{table.title} {table.caption}"))
        if not statement and not _shape_pairs(table, headline_length):
            continue  # a table of another kind: only its year-on-year columns are read
        pairs = _pairs(table, headline_length)
        if not pairs:
            continue
        measures = _measures(table)
        for row in table.rows:
            label = _label(row.label)
            if not label:
                continue
            found.setdefault(label, []).append((table, row, pairs))
            if label not in measures:
                # a line named with the measure of the total it is part of: "Professional
                # services" under "Total revenue" is "professional services revenue"
                for measure in measures:
                    found.setdefault(f"{label} {measure.split()[-1]}", []).append(
                        (table, row, pairs)
                    )
    return {label: rows[0] for label, rows in found.items() if len(rows) == 1}


#: A total line's label: "Total revenue", "Net sales", "Revenues".
_TOTAL_LABEL = lazy_compile(r"^(?:total\s+[a-z ]+|net\s+sales?|revenues?|sales?)$", re.I)


def _measures(table: Table) -> set[str]:
    """The measures a table totals ("revenue" for a "Total revenue" row, "sale" for "Net
    sales"), as ``_label`` writes them; the total rows themselves are among them."""
    found = set()
    for row in table.rows:
        raw = " ".join(re.sub(r"[*:()\d]", " ", row.label).lower().split())
        if _TOTAL_LABEL.match(raw):
            found.add(_label(row.label))
    return found


def _paragraph_lengths(views: list[View]) -> dict[int | None, set[str]]:
    lengths: dict[int | None, set[str]] = {}
    for view in views:
        named = lengths.setdefault(view.block, set())
        named.update(n for n, p in PERIOD_LENGTHS.items() if p.search(view.text))
    return lengths


def label_changes(rel: Relations) -> list[Change]:
    """The changes the text states for a statement table's lines by their labels."""
    return rel.facts.memo("num-table-label-changes", lambda: list(_read(rel)))


def _read(rel: Relations) -> Iterator[Change]:
    views = [v for v in rel.claim_views() if v.of(Kind.PERCENT)]
    if not views:
        return
    head = " ".join(v.text for v in rel.views if v.section in ("headline", "subheadline"))
    head_length = period_length(head)
    rows = _rows_by_label(tables_of(rel.facts), head_length)
    if not rows:
        return
    lengths = _paragraph_lengths(list(rel.claim_views()))
    for view in views:
        for q in view.of(Kind.PERCENT):
            if q.in_range or q.negative:
                continue
            cue = _CHANGE_BEFORE.search(view.before(q, 120))
            if cue is None:
                continue
            subject = cue.group("subject")
            # the longest tail of the clause that is a label: "Service and software revenue"
            # whole, "software subscriptions" after "Within it,"
            tails = [subject, *(subject[m.end() :] for m in _CLAUSE_BREAK.finditer(subject))]
            linked = next((rows[t] for t in map(_label, tails) if t in rows), None)
            if linked is None:
                continue
            table, row, pairs = linked
            after = view.after(q, 60)
            if _OTHER_COMPARISON.match(after) and not _YEAR_AGO_AFTER.match(after):
                continue
            if _SEQUENTIAL.search(view.text):
                continue  # "Sequentially, subscription revenue rose 4.2%": not the year-ago
            if _OWN_BASE.search(view.after(q, 160).split(";")[0]):
                continue  # the clause states its own base ("compared to $31.89 at ..."): the
                # change is the clause's, against a level the table's column may not hold
            # the pair of the length the paragraph names, else the headline's; none when
            # the paragraph names two lengths or the table has two pairs of one length
            named = lengths.get(view.block, set()) or ({head_length} if head_length else set())
            if named:
                chosen = [p for p in pairs if {p[2]} == named]
            else:  # no length named anywhere: the table's only pair, if it has one
                chosen = pairs if len(pairs) == 1 else []
            if len(chosen) != 1:
                continue
            current, prior, _length = chosen[0]
            new, old = row.cells[current], row.cells[prior]
            if new is None or old is None or new.percent or old.percent or old.value <= 0:
                continue
            if new.value < 0:
                continue
            direction = -1 if cue.group("verb").lower() in _DOWN else 1
            yield Change(q, _cell_figure(table, new), _cell_figure(table, old), direction)
