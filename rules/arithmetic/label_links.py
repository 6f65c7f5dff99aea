"""A text figure tied to a table line by the line's own name, and what that tie lets be checked.

A release often states a figure in its text ("Loans reached $3.48 billion at September 30",
"Total revenues rose 7.5% to $104.6 million", "Funds from operations (FFO) amounted to $64.4
million") and the same line in a table of its own ("Total loans | 3,482,020 | 3,296,100",
"FFO | 64,379 | 62,752"), often a table no statement reader links (a loan table, a
reconciliation, a breakdown "by line" whose last row is a bare "Total"). The text figure's
measure is read from the phrase it belongs to, not from a window of characters:

* the **subject** is the clause's noun phrase before a linking verb ("was", "of",
  "amounted to", "reached", "rose 7.5% to"), stripped of determiners and possessives; it
  must be a row's label word for word (its longest tail after a clause break: "In the
  quarter, total revenues"), or a parenthesised abbreviation of it ("(FFO)"), never a word
  of it ("Product revenue" is not the "Revenue" row). A bare "Total" row takes the measure
  its caption names ("Gross written premiums by line"), and a line of such a table the
  caption's measure word ("Property" is "property premiums");
* the **period** is the table's current column (of the pair a column and the one a year
  earlier make, of the length of period the sentence, else the paragraph, else the headline
  names), or its year-ago column when the clause before the figure says so ("A year ago the
  bank earned $12.85 million"); a clause naming another year leaves the figure unread.

A line named in two tables (a statement and its reconciliation), a figure with a bound ("more
than $5 million"), a range, a per-unit figure or a figure far from its cell (a table whose
unit was not read) is not linked. From a link:

* the figure **restates** the cell (NUM019): the two must agree within the rounding of the
  less precise one;
* a percentage the same clause gives as its change ("rose 7.5% to $104.6 million",
  "$64.4 million, 2.6% more than in the third quarter of 2025") is worked against the
  year-ago column (NUM003), unless the clause states its own base ("from $X") or compares
  with the quarter before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile, tables_of
from disclint.rules.arithmetic.checks import stated
from disclint.rules.arithmetic.claims import Change, face_interval, relations_for
from disclint.rules.arithmetic.periods import PERIOD_LENGTHS, period_length
from disclint.rules.arithmetic.statements import _cell_figure
from disclint.rules.arithmetic.table_label_changes import _label, _measures, _pairs

if TYPE_CHECKING:
    from disclint.api import Cell, Facts, Finding, Quantity, Row, RuleContext, Table
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["LabelLink", "label_link_changes", "label_link_findings", "label_links"]

_PERCENT = r"\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)"
_UP = r"rose|grew|increased|climbed|jumped|gained|advanced|expanded|(?:was|were)\s+up"
_DOWN = r"fell|declined|decreased|dropped|slipped|contracted|(?:was|were)\s+down"
#: The subject of a figure and the verb that links it: "Loans reached", "Total revenues rose
#: 7.5% to", "Net investment income of", "FFO amounted to".
_LINKED = lazy_compile(
    r"(?P<subject>[A-Za-z][A-Za-z&'’()/ -]{1,90}?)\s+"
    r"(?:(?:was|were|of|totall?ed|amounted\s+to|reached|came\s+(?:to|in\s+at)|stood\s+at)"
    rf"|(?P<verb>{_UP}|{_DOWN})\s+(?:by\s+)?(?:about\s+|approximately\s+)?(?P<pct>{_PERCENT})"
    r"\s+to)\s+(?:approximately\s+|about\s+|roughly\s+)?$",
    re.I,
)
#: The last word of every ``_LINKED`` link ("was", "of", "amounted to", "rose 7.5% to").
_LINK_END = lazy_compile(
    r"\b(?:was|were|of|totall?ed|to|reached|at)\s+(?:approximately\s+|about\s+|roughly\s+)?$",
    re.I,
)
_DOWN_VERB = lazy_compile(rf"^(?:{_DOWN})$", re.I)
#: Where a clause restarts inside a subject ("In the quarter, total revenues").
#: A possessive ("the trust's net income") and a time adverb ("A year ago net income") end
#: words that are not the measure's too.
_CLAUSE_BREAK = lazy_compile(
    r"[,;:]|\b(?:and|while|whereas|but|as|with|so)\s|['’]s\s|\b(?:ago|earlier|then)\s", re.I
)
_ABBREVIATION = lazy_compile(r"\(([A-Za-z][A-Za-z&-]{1,10})\)")
#: A row label's parenthesised alternative: "Net income (loss)", "Other income (expense)".
_PARENTHESISED = lazy_compile(r"\([^()]{1,40}\)")
#: The clause before a figure speaks of the year-ago period.
_YEAR_AGO = lazy_compile(
    r"\b(?:a\s+year\s+(?:ago|earlier|before)|year[- ](?:ago|earlier)|prior[- ]year|last\s+year"
    r"|previous\s+year|twelve\s+months\s+(?:ago|earlier|before))\b",
    re.I,
)
_YEAR = lazy_compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
#: A figure of a unit ("$9.12 per square foot", "$0.90 a share"), not a line's amount.
_PER_UNIT = lazy_compile(r"^\s*(?:per|a|an|each)\s+(?!year\b|quarter\b)[a-z]", re.I)
#: Between a linked figure and the percentage its clause gives as the figure's change.
_CHANGE_BETWEEN = lazy_compile(
    r"^(?:\s+(?:at|on|as\s+of)\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?)?\s*[,(]\s*"
    r"(?:(?P<up>up)\s+|(?P<down>down)\s+|which\s+is\s+|or\s+)?$",
    re.I,
)
_MORE_AFTER = lazy_compile(r"^\s*(?:more|higher|above|up|ahead)\b", re.I)
_LESS_AFTER = lazy_compile(r"^\s*(?:less|lower|below|down|fewer|smaller)\b", re.I)
#: Later in the clause, a base of its own ("from $X", "than the $171.7 million").
_OWN_BASE = lazy_compile(
    r"\b(?:from|compared\s+(?:to|with)|versus|vs\.?|against|than|over|on)\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:[$€£¥]\s?)?\d[\d,.]*\s*(?:million|billion|thousand)?\b(?!\s*(?:,|\s)\s*\d{4})"
    r"(?<!\b(?:19|20)\d\d)",
    re.I,
)
_SEQUENTIAL = lazy_compile(
    r"\bsequential(?:ly)?\b|\bquarter[- ]over[- ]quarter\b|\blinked[- ]quarter\b"
    r"|\b(?:previous|prior|preceding|last)\s+quarter\b|\bsince\b"
    r"|\b(?:in|from|than|over)\s+the\s+(?:first|second|third|fourth)\s+quarter\b(?!\s+of\s+(?:19|20)\d\d)",
    re.I,
)
_CLAUSE_END = lazy_compile(r"[;:]|\.\s")
#: Before a figure in its clause: the figure is a comparison's base ("compared with net
#: income of $51.8 million"), read by the change readers, not restated.
_COMPARED = lazy_compile(
    r"\b(?:compared\s+(?:to|with)|versus|vs\.?|against|than|relative\s+to)\b", re.I
)
#: A sentence about a part of the company: its figures are the part's.
_SEGMENT = lazy_compile(r"\bsegments?\b|\bdivisions?\b|\bsubsidiar(?:y|ies)\b", re.I)
#: The words right after a figure that still belong to its phrase (up to a comma, a
#: percentage or the clause's end): "$466 million in the second quarter of 2003".
_OWN_PHRASE_END = lazy_compile(r"[,;%]")
#: Another amount of money starting in a figure's own phrase.
_DIGIT = lazy_compile(r"[$€£¥]\s?\d")
_TOTAL_ONLY = lazy_compile(r"^\s*total\s*:?\s*$", re.I)
#: A caption that names the measure its table breaks down: "Gross written premiums by line".
_CAPTION_MEASURE = lazy_compile(
    r"^[\W_]*(?P<measure>[A-Za-z][A-Za-z'’ -]{2,60}?)\s+by\s+[a-z]", re.I
)
_FORWARD = lazy_compile(r"outlook|guidance|forecast|expect|project|target", re.I)


@dataclass(frozen=True, slots=True)
class LabelLink:
    """A text figure and the table line its subject names: ``cell`` the figure's period's,
    ``prior`` the year-ago cell when the figure is of the current period."""

    quantity: Quantity
    view: View
    table: Table
    row: Row
    column: int
    cell: Cell
    prior: Cell | None
    #: the change the link's own verb states ("rose 7.5% to"), and its direction
    verb_change: Quantity | None
    direction: int

    @property
    def agrees(self) -> bool:
        face = face_interval(self.quantity)
        cell = self.cell
        return face.low <= cell.value + cell.ulp / 2 and cell.value - cell.ulp / 2 <= face.high


_Line = tuple["Table", "Row", list[tuple[int, int, "str | None"]]]


def _date_pairs(table: Table) -> list[tuple[int, int, str | None]]:
    """Columns headed by a day and the same day a year before ("Sept. 30, 2026" / "Sept.
    30, 2025"): a balance's, of no length of period."""
    headers = [" ".join(h.lower().split()) for h in table.columns]
    found: list[tuple[int, int, str | None]] = []
    for column, header in enumerate(headers):
        years = _YEAR.findall(header)
        if len(years) != 1 or not re.search(r"\d{1,2},?\s+(?:19|20)\d\d", header):
            continue
        prior = _YEAR.sub(lambda m: str(int(m.group(1)) - 1), header)
        others = [j for j, other in enumerate(headers) if other == prior and j != column]
        if len(others) == 1:
            found.append((column, others[0], None))
    return found


def _caption_measure(table: Table) -> str | None:
    found = _CAPTION_MEASURE.match(table.caption) or _CAPTION_MEASURE.match(table.title)
    return _label(found.group("measure")) if found else None


def _lines(tables: list[Table], head_length: str | None) -> dict[str, list[_Line]]:
    """Every table line by the names the text may give it: its label, a bare "Total" as
    the caption's measure, a line of a breakdown with the measure's last word; each with
    the table's (current, year-ago, length) column pairs."""
    found: dict[str, list[_Line]] = {}
    for table in tables:
        # every table is listed, those of no year-ago pair (an outlook, a linked-quarter
        # comparison) too: a line named in two tables is not linked at all
        pairs: list[tuple[int, int, str | None]] = []
        if not _FORWARD.search(table.caption) and not any(map(_FORWARD.search, table.columns)):
            pairs = [*_pairs(table, head_length)] or _date_pairs(table)
        measure = _caption_measure(table)
        totals = _measures(table)
        for row in table.rows:
            if all(cell is None for cell in row.cells):
                continue  # a heading line ("Operating expenses" over its lines): no figure
            label = _label(row.label)
            names = {label} if label else set()
            # "Net income (loss)" is the "net income" line when it is a profit
            plain = _label(_PARENTHESISED.sub(" ", row.label))
            if plain and plain != label:
                names.add(plain)
            if measure is not None:
                if _TOTAL_ONLY.match(row.label):
                    names = {measure}
                elif label and not label.endswith(measure.split()[-1]):
                    names.add(f"{label} {measure.split()[-1]}")
            elif label and label not in totals:
                # "Professional services" above "Total revenue": "professional services
                # revenue"
                names.update(f"{label} {t.split()[-1]}" for t in totals if t)
            for name in names:
                found.setdefault(name, []).append((table, row, pairs))
    return found


def _subjects(subject: str) -> Iterator[str]:
    """The names a subject may give its line, longest first: the subject, its tails after
    each clause break (after a possessive: "the bank's"), and the abbreviation it
    defines ("Funds from operations (FFO)")."""
    tails = [subject, *(subject[m.end() :] for m in _CLAUSE_BREAK.finditer(subject))]
    for tail in tails:
        yield _label(_ABBREVIATION.sub(" ", tail))
        for abbreviation in _ABBREVIATION.findall(tail):
            yield _label(abbreviation)


def label_links(rel: Relations) -> list[LabelLink]:
    """The text figures tied to a table line by the line's name, once per release; a figure
    the statement readers already tie to a table (``statements``, ``restated``) is theirs."""
    return rel.facts.memo("num-label-links", lambda: list(_new_links(rel)))


def _new_links(rel: Relations) -> Iterator[LabelLink]:
    found = list(_links(rel))
    if not found:
        return
    from disclint.rules.arithmetic.restated import table_restatements
    from disclint.rules.arithmetic.statements import release_statements, table_links

    facts = rel.facts
    stated_ = release_statements(facts, list(rel.claim_views()), rel.views)
    known = {link.quantity.start for link, *_ in table_links(facts, stated_)}
    known.update(r.measure.quantity.start for r in table_restatements(facts))
    yield from (link for link in found if link.quantity.start not in known)


def _table_span(tables: list[Table]) -> list[tuple[int, int]]:
    spans = []
    for table in tables:
        cells = [c for row in table.rows for c in row.cells if c is not None]
        if cells:
            spans.append((min(c.start for c in cells), max(c.end for c in cells)))
    return spans


def _links(rel: Relations) -> Iterator[LabelLink]:
    tables = tables_of(rel.facts)
    if not tables:
        return
    head = " ".join(v.text for v in rel.views if v.section in ("headline", "subheadline"))
    head_length = period_length(head)
    lines = _lines(tables, head_length)
    if not lines:
        return
    spans = _table_span(tables)
    paragraph: dict[int | None, set[str]] = {}
    views = list(rel.claim_views())
    for view in views:
        named = paragraph.setdefault(view.block, set())
        named.update(n for n, p in PERIOD_LENGTHS.items() if p.search(view.text))
    for view in views:
        for q in view.of(Kind.MONEY):
            if any(a <= q.start < b for a, b in spans):
                continue
            link = _link(view, q, lines, paragraph, head_length)
            if link is not None:
                yield link


def _link(
    view: View,
    q: Quantity,
    lines: dict[str, list[_Line]],
    paragraph: dict[int | None, set[str]],
    head_length: str | None,
) -> LabelLink | None:
    if q.in_range or q.negative or q.qualifier not in (None, Qualifier.ABOUT):
        return None
    if _PER_UNIT.match(view.after(q, 20)):
        return None
    before = view.before(q, 200)
    if not _LINK_END.search(before[-40:]):
        return None  # no linking verb right before the figure (cheap test first)
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    before = before[cut:]
    found = _LINKED.search(before)
    if found is None or _COMPARED.search(before) or _SEGMENT.search(view.text):
        return None  # a comparison's base, or a segment's figure: not the table's line
    candidates = next((lines[s] for s in _subjects(found.group("subject")) if s in lines), None)
    if candidates is None or len(candidates) != 1:
        return None  # no line of that name, or one in two tables (which one is open)
    # the period: the year-ago column when the clause before the figure says so
    prior_period = bool(_YEAR_AGO.search(before))
    own_phrase = _OWN_PHRASE_END.split(view.after(q, 80), maxsplit=1)[0]
    # "$302.6 million compared with $288.8 million in the second quarter of 2025": the
    # phrase ends where a comparison or another figure starts (that year is the base's)
    other = _COMPARED.search(own_phrase) or _DIGIT.search(own_phrase)
    own_phrase = own_phrase[: other.start()] if other else own_phrase
    years = set(_YEAR.findall(before)) | set(_YEAR.findall(own_phrase))
    picked: list[tuple[Table, Row, int, int | None]] = []
    for table, row, pairs in candidates:
        chosen = _choose(pairs, view, paragraph, head_length)
        if chosen is None:
            continue
        current, prior, _length = chosen
        current_year = set(_YEAR.findall(table.columns[current]))
        prior_year = set(_YEAR.findall(table.columns[prior]))
        if len(current_year) > 1 or len(prior_year) > 1:
            continue  # a header over two periods ("13 Weeks Ended July 3, 2004 and June 28, 2003")
        if years and current_year and prior_year:
            if years <= prior_year:
                prior_period = True
            elif not years <= current_year:
                continue  # the clause names another year
        if prior_period:
            picked.append((table, row, prior, None))
        else:
            picked.append((table, row, current, prior))
    cells = [(t, r, c, p, r.cells[c]) for t, r, c, p in picked if c < len(r.cells)]
    values = {cell.value for *_, cell in cells if cell is not None}
    if len(values) != 1:
        return None  # no cell, or two lines of that name that differ
    table, row, column, year_ago, cell = cells[0]
    if cell is None or cell.percent or cell.value <= 0:
        return None
    ratio = q.value / cell.value
    if not Decimal("0.5") <= ratio <= Decimal(2):
        return None  # a table in another unit than read, or another figure of that name
    before_cell = None
    if year_ago is not None and year_ago < len(row.cells):
        before_cell = row.cells[year_ago]
    if before_cell is not None and (before_cell.percent or before_cell.value <= 0):
        before_cell = None
    verb = found.group("verb")
    pct = found.group("pct")
    verb_change = None
    if pct is not None:
        start = q.start - len(before) + found.start("pct")
        verb_change = next((p for p in view.of(Kind.PERCENT) if p.start == start), None)
    direction = -1 if verb and _DOWN_VERB.match(verb) else 1
    return LabelLink(q, view, table, row, column, cell, before_cell, verb_change, direction)


def _choose(
    pairs: list[tuple[int, int, str | None]],
    view: View,
    paragraph: dict[int | None, set[str]],
    head_length: str | None,
) -> tuple[int, int, str | None] | None:
    """The (current, year-ago) pair of the figure's period: the table's only pair, else the
    one of the length the sentence, else the paragraph, else the headline names."""
    sentence = {n for n, p in PERIOD_LENGTHS.items() if p.search(view.text)}
    if len(pairs) == 1:
        length = pairs[0][2]
        if sentence and length is not None and length not in sentence:
            return None  # "For the nine months, ..." against a table of quarters
        return pairs[0]
    for named in (sentence, paragraph.get(view.block, set()), {head_length} - {None}):
        if named:
            chosen = [p for p in pairs if p[2] in named]
            return chosen[0] if len(chosen) == 1 else None
    return None


def label_link_changes(rel: Relations) -> list[Change]:
    """The changes a linked figure's clause states, worked against the year-ago cell."""
    return rel.facts.memo("num-label-link-changes", lambda: list(_changes(rel)))


def _changes(rel: Relations) -> Iterator[Change]:
    for link in label_links(rel):
        if link.prior is None:
            continue
        view, q = link.view, link.quantity
        if _SEQUENTIAL.search(view.text):
            continue
        change, direction = link.verb_change, link.direction
        if change is None:
            for p in view.of(Kind.PERCENT):
                if p.start < q.end:
                    continue
                between = _CHANGE_BETWEEN.match(view.between(q, p))
                if between is None:
                    break
                after = view.after(p, 30)
                if between.group("down") or _LESS_AFTER.match(after):
                    change, direction = p, -1
                elif between.group("up") or _MORE_AFTER.match(after):
                    change, direction = p, 1
                break
        if change is None or change.in_range:
            continue
        clause = _CLAUSE_END.split(view.after(change, 160))[0]
        if _OWN_BASE.search(clause):
            continue  # the clause states its own base: its readers work it
        old = _cell_figure(link.table, link.prior)
        yield Change(change, q, old, direction)


def label_link_findings(ctx: RuleContext) -> Iterator[Finding]:
    """NUM019's findings of this module: a text figure its table line states otherwise."""
    facts: Facts = ctx.facts
    rel = relations_for(facts)
    if not rel.holds(frozenset({Kind.MONEY})):
        return
    for link in label_links(rel):
        if link.agrees:
            continue
        q, cell, table = link.quantity, link.cell, link.table
        header = table.columns[link.column].strip()
        yield ctx.finding(
            q.start,
            q.end,
            f'{q.text.strip()} in the text is the table\'s "{link.row.label.strip()}" line '
            f"({header}), which says {cell.text.strip()}",
            evidence=(
                f"text: {stated(q)}",
                f"table: {cell.text.strip()} x {table.scale:,} = {cell.value:,}",
            ),
        )
