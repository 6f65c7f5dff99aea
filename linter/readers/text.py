"""Plain-text releases: paragraphs separated by blank lines, as wires and EDGAR .txt send them.

Besides paragraphs the reader recognises bullet items (``*``, ``-``, ``•``), tables (lines
whose cells are separated by a tab or by three or more spaces, or pipe tables) and
disclint marker lines (``disclint: ignore CODE -- reason``), which it removes from the text
and records as comments so that a suppression never reaches a rule.
"""

from __future__ import annotations

import re

from disclint.lazyre import lazy_compile
from disclint.readers.inline import copy_inline
from disclint.source import BlockKind, Source, TextBuilder

#: A line that is only a disclint directive, optionally wrapped as an HTML comment or in
#: square brackets so that it can be hidden in formats that support it.
MARKER_LINE = re.compile(
    r"^[ \t]*(?:<!--[ \t]*|\[[ \t]*)?(?P<body>disclint:[^\n]*?)[ \t]*(?:-->|\])?[ \t]*$"
)
BULLET = re.compile(r"^[ \t]*(?:[*\-+•●▪◦·–](?=[ \t])|\(?\d{1,2}[.)](?=[ \t]))[ \t]+")
CELL_GAP = lazy_compile(r"\t+| {3,}")
#: Column header lines a text table may carry above its first row of figures.
_HEADER_LINES = 4
#: A line of a text table that only rules off columns.
_RULE_LINE = lazy_compile(r"^[ \t]*[-=_]{3}[-=_ \t]*$")
#: How far in a one-label header line of a text table starts (it stands over the figures).
_HEADER_INDENT = 20
#: A line of an old EDGAR text filing's table markup only ("<TABLE>", "<CAPTION>",
#: "<S>      <C>      <C>", "</TABLE>"): no row of the table.
SGML_TABLE_TAGS = lazy_compile(
    r"^[ \t]*(?:</?(?:TABLE|CAPTION|S|C|FN|PAGE)>[ \t]*)+$", re.IGNORECASE
)
PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
#: No two adjacent runs may both take spaces (a long line of spaces made them quadratic).
PIPE_RULE = re.compile(r"^(?:[ \t]*\|)?[ \t:]*-{3,}[ \t:]*(?:\|[ \t:]*-{3,}[ \t:]*)*(?:\|[ \t]*)?$")


#: A line this long was not wrapped by hand: text whose lines are this long puts one
#: paragraph on each line (page scrapes, converters that drop blank lines).
UNWRAPPED = 200
#: In such text, a line this short without a full stop is a title or a card line.
SHORT_LINE = 100
#: ... and a line this short on its own is a label ("Exhibit 99.1", "Contact:").
LABEL_LINE = 25
#: Hard-wrapped text: a group of at least this many lines of a steady width, in which a
#: line well short of the width ends its paragraph.
WRAPPED_MIN_LINES = 6
WRAPPED_MIN_WIDTH = 50
#: A line that is only a word no heading or card line is: an article, a pronoun or a
#: preposition that opens a sentence, or any word after an opening quotation mark.
_LONE_OPENER = lazy_compile(
    r"(?:The|A|An|In|On|At|As|For|With|We|Our|This|These|That|It|Its|Under|During|After|"
    r"Following|While|Although|Through|If)|[“\"‘][A-Z][a-z]{0,12}"
)
_MID_SENTENCE_END = lazy_compile(r"[,;(\-–—/&]$|\b(?:and|or|of|the|to|a|an|in|for|by|with)$")


def read(raw: str, path: str) -> Source:
    """Split ``raw`` into blocks and build the normalised text."""
    builder = TextBuilder(raw)
    for group in _paragraphs(raw):
        if group[0][0] < OPENING_CHARS:
            group_blocks = _opening_blocks(raw, group)
        else:
            group_blocks = _split_group(raw, group)
        for block_lines in group_blocks:
            _emit_block(builder, raw, block_lines)
    return builder.build(path, "txt")


#: How far into the file a group of lines may hide a dateline after a title.
OPENING_CHARS = 4000
#: How many lines into such a group a dateline may start.
OPENING_LINES = 12
#: A line that may open a dateline: a capital, then a comma, dash or slash soon after
#: (bounded, so that a search stays linear).
_DATELINE_LINE = re.compile(r"[A-Z][\w.'’& \t]{0,60}?[,/–—-]")


#: How far into a line a dateline's date or wire must start.
DATELINE_REACH = 160
#: A digit (a date), a bracket or a slash (a wire's name): a dated or wired dateline has one.
_DATE_OR_WIRE_MARK = re.compile(r"[0-9(/]")


def _opening_blocks(raw: str, group: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The blocks of a group of lines near the top of a release, where a title can be
    written on the lines just above the dateline with no blank line between ("Acme signs
    MOU" / "DENVER, CO --" / "May 1, 2021 -- Acme ..."): the dateline's line starts a block
    of its own, so that the title is a headline and the dateline opens the body, and a
    title in capitals under a contact card is a block apart from the card."""
    blocks: list[list[tuple[int, int]]] = []
    for piece in _split_group(raw, group):
        at = _dateline_line(raw, piece)
        if at is None:
            blocks.append(piece)
            continue
        if at:
            blocks.extend(_split_title(raw, piece[:at]))
        elif blocks:
            blocks[-1:] = _split_title(raw, blocks[-1])
        blocks.append(piece[at:])
    return blocks


def _dateline_line(raw: str, lines: list[tuple[int, int]]) -> int | None:
    """The line of ``lines`` a dateline opens (0 for the first), if one does. Only a
    dateline with a date or a wire counts (a bare place could be a title), and not one
    that goes on from the line before ("Torrance," / "California, August 19, 2009 –")."""
    from disclint.dateline import match_dateline

    for index in range(min(len(lines), OPENING_LINES)):
        start = lines[index][0]
        if not _DATELINE_LINE.match(raw, start):
            continue
        if index and raw[lines[index - 1][0] : lines[index - 1][1]].rstrip().endswith(","):
            continue
        if not _DATE_OR_WIRE_MARK.search(raw, start, min(lines[-1][1], start + DATELINE_REACH)):
            continue  # no digit, bracket or slash: no date and no wire (most lines)
        found = match_dateline(raw[start : lines[-1][1]])
        if found is not None and found.form != "place_only" and (found.date or found.wire):
            return index
    return None


def _split_title(raw: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The lines above a dateline: a title in capitals at their end ("OSTEX ANNOUNCES ..." /
    "OF MERGER ...") is a block apart from the card or banner lines above it."""
    title_at = len(lines)
    while title_at > 0:
        line = raw[lines[title_at - 1][0] : lines[title_at - 1][1]]
        if not (line.isupper() and any(c.isalpha() for c in line)) or "@" in line:
            break
        title_at -= 1
    if 0 < title_at < len(lines):
        return [lines[:title_at], lines[title_at:]]
    return [lines]


def _split_group(raw: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The paragraphs of a group of lines with no blank line between them.

    Text written one paragraph per line (a line longer than any hand-wrapped one) is split
    at every line; hard-wrapped text (lines of a steady width) at every line that stops well
    short of the width without breaking off mid-sentence. Tables and short groups (a
    contact card, an address) stay whole.
    """
    if len(lines) < 2 or _is_table(raw, lines):
        return [lines]
    lengths = [len(raw[a:b].rstrip()) for a, b in lines]
    if max(lengths) > UNWRAPPED:
        # One paragraph per line; a run of short lines without a closing full stop stays
        # one block (a headline wrapped over lines, a contact card, a page's banner).
        # A label on a line of its own ("Exhibit 99.1", "Contact:") stays alone.
        blocks: list[list[tuple[int, int]]] = []
        previous_short = False
        for (start, end), length in zip(lines, lengths, strict=True):
            short = length <= SHORT_LINE and not raw[start:end].rstrip().endswith(".")
            opener = blocks[-1][0] if blocks else None
            label = (
                opener is not None and len(blocks[-1]) == 1 and opener[1] - opener[0] <= LABEL_LINE
            )
            if short and previous_short and not label:
                blocks[-1].append((start, end))
            else:
                blocks.append([(start, end)])
            previous_short = short
        return blocks
    width = max(lengths)
    steady = sorted(lengths)[len(lengths) // 2] >= 0.6 * width
    if len(lines) < WRAPPED_MIN_LINES or width < WRAPPED_MIN_WIDTH or not steady:
        return _split_indented(raw, lines, width) if width >= WRAPPED_MIN_WIDTH else [lines]
    groups: list[list[tuple[int, int]]] = [[]]
    for index, ((start, end), length) in enumerate(zip(lines, lengths, strict=True)):
        text = raw[start:end].rstrip()
        if _LONE_OPENER.fullmatch(text.strip()):
            # a paragraph's first word left alone on a line by a converter ("The" /
            # "aggregate net proceeds ...", "“We" / "are pleased ..."): it opens a paragraph
            # and goes on with the next line
            if groups[-1]:
                groups.append([])
            groups[-1].append((start, end))
            continue
        groups[-1].append((start, end))
        following = (
            raw[lines[index + 1][0] : lines[index + 1][1]].split() if index + 1 < len(lines) else []
        )
        # The next line's first word would have fitted here: the writer broke the line.
        room = bool(following) and length + 1 + len(following[0]) <= width
        sentence_end = text.endswith((".", "!", "?", ":", "”", '"'))
        if (length < 0.6 * width and not _MID_SENTENCE_END.search(text)) or (
            room and sentence_end and following[0][:1].isupper()
        ):
            groups.append([])
    return [part for g in groups if g for part in _split_indented(raw, g, width)]


#: How far a hard-wrapped paragraph's first line is indented (EDGAR text: "     The ..."),
#: at most: a card's lines aligned under its label's value stand further in.
PARAGRAPH_INDENT = range(2, 9)


def _split_indented(
    raw: str, lines: list[tuple[int, int]], width: int
) -> list[list[tuple[int, int]]]:
    """A group of hard-wrapped lines holding two paragraphs with no blank line between them:
    a line that ends a sentence, after a full line of prose, and a next line indented further
    in as a paragraph opens ("parcel carriers." / "     This press release ..."). A card's
    lines (no full line before them, or aligned further in) stay together."""
    groups: list[list[tuple[int, int]]] = [[]]
    prose = False
    for index, (start, end) in enumerate(lines):
        text = raw[start:end].rstrip()
        groups[-1].append((start, end))
        prose = prose or len(text) >= 0.8 * width
        if index + 1 == len(lines):
            break
        following = raw[lines[index + 1][0] : lines[index + 1][1]]
        indent = len(following) - len(following.lstrip(" "))
        own_indent = len(text) - len(text.lstrip(" "))
        if (
            prose
            and text.endswith((".", "!", "?", "”", '"'))
            and indent in PARAGRAPH_INDENT
            and indent > own_indent
            and following.lstrip()[:1].isupper()
        ):
            groups.append([])
            prose = False
    return [g for g in groups if g]


def _lines(raw: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line ending."""
    spans = []
    pos = 0
    for line in raw.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        spans.append((pos, pos + len(content)))
        pos += len(line)
    return spans


def _paragraphs(raw: str) -> list[list[tuple[int, int]]]:
    """Groups of non-blank lines; a marker line is a group of its own."""
    groups: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for start, end in _lines(raw):
        line = raw[start:end]
        if not line.strip(" \t|"):
            # Blank, or only the rule of a text table's border ("|" lines of EDGAR .txt).
            if current:
                groups.append(current)
                current = []
            continue
        if MARKER_LINE.match(line):
            if current:
                groups.append(current)
                current = []
            groups.append([(start, end)])
            continue
        current.append((start, end))
    if current:
        groups.append(current)
    return groups


def _emit_block(builder: TextBuilder, raw: str, lines: list[tuple[int, int]]) -> None:
    first = raw[lines[0][0] : lines[0][1]]
    marker = MARKER_LINE.match(first)
    if marker and len(lines) == 1:
        builder.end_block()
        builder.comment(marker.group("body"), lines[0][0], lines[0][1])
        return
    if _is_table(raw, lines):
        if not _emit_bullet_rows(builder, raw, lines):
            _emit_table(builder, raw, lines)
        return
    kind = BlockKind.PARAGRAPH
    for index, (start, end) in enumerate(lines):
        line = raw[start:end]
        bullet = BULLET.match(line)
        if bullet and (index == 0 or _all_bullets(raw, lines)):
            builder.begin_block(BlockKind.LIST_ITEM)
            kind = BlockKind.LIST_ITEM
            copy_inline(builder, raw, start + bullet.end(), end, stray=True)
            continue
        if index == 0:
            builder.begin_block(kind)
        else:
            builder.newline(start - 1)
        indent = len(line) - len(line.lstrip())
        copy_inline(builder, raw, start + indent, end, stray=True)
    builder.end_block()


def _all_bullets(raw: str, lines: list[tuple[int, int]]) -> bool:
    """A bullet starting a later line only splits the block if the block is a bullet list."""
    return BULLET.match(raw[lines[0][0] : lines[0][1]]) is not None


def _is_table(raw: str, lines: list[tuple[int, int]]) -> bool:
    texts = [raw[s:e] for s, e in lines]
    if all(PIPE_ROW.match(t) or PIPE_RULE.match(t) for t in texts) and any(
        PIPE_ROW.match(t) for t in texts
    ):
        return True
    if len(texts) < 2 and "\t" not in texts[0]:
        return _figure_line(texts[0])
    cells = [len(CELL_GAP.split(t.strip())) for t in texts]
    if all(n >= 2 for n in cells):
        return True
    if _wrapped_figure_line(texts):
        return True

    # A statement's block with its headings ("Earnings per share:") on lines of their own:
    # two or more rows of cells ending in a figure, every other line a short label ending
    # in a colon; up to four column-header lines above the first figure row may end in a
    # word ("Three Months Ended   Year Ended"), or be one label set far in ("Year Ended").
    def figure_row(text: str, n: int) -> bool:
        # the last cell a figure, or a nil dash in a row with figures ("Domestic
        # receivables        -     29,465          -")
        last = CELL_GAP.split(text.strip())[-1]
        return n >= 2 and (
            any(ch.isdigit() for ch in last)
            or (_NIL_CELL.match(last) is not None and any(ch.isdigit() for ch in text))
        )

    def heading(text: str, n: int) -> bool:
        return len(text.strip()) <= 60 and text.rstrip().endswith(":")

    pairs = [
        (t, n)
        for t, n in zip(texts, cells, strict=True)
        if not _RULE_LINE.match(t) and not SGML_TABLE_TAGS.match(t)
    ]  # a rule under headers or figures ("-----   -----", "=====") goes with either; the
    # SGML markers of an old EDGAR text filing ("<TABLE>", "<S>   <C>   <C>") with none
    first = next((i for i, (t, n) in enumerate(pairs) if figure_row(t, n)), len(pairs))
    head = pairs[:first]
    body = pairs[first:]
    rows = sum(figure_row(t, n) for t, n in body)

    def label_start(i: int) -> bool:
        # section headings and the first lines of a row label wrapped onto the first row
        # of figures ("Current assets"; "Cost of sales, buying and" / "  occupancy
        # 6,282    6,402"), just above a statement's first row
        return (
            first < len(pairs)
            and first - i <= _WRAPPED_LABEL_LINES
            and all(_row_label(t) and n == 1 for t, n in pairs[i:first])
            and _figure_line(pairs[first][0])
        )

    return (
        rows >= 2
        and sum(not title(t) for t, _ in head) <= _HEADER_LINES
        and len(head) <= 2 * _HEADER_LINES
        and all(
            n >= 2
            or heading(t, n)
            or len(t) - len(t.lstrip()) >= _HEADER_INDENT
            or title(t)
            or label_start(i)
            for i, (t, n) in enumerate(head)
        )
        and all(
            figure_row(t, n)
            or heading(t, n)
            or (_row_label(t) and any(figure_row(*p) for p in body[i + 1 : i + 3]))
            or (_row_label(t) and t.strip()[:1].islower() and i and figure_row(*body[i - 1]))
            for i, (t, n) in enumerate(body)
        )
        and rows * 2 > len(body)
    )


#: A nil cell: a dash, with or without its "$".
_NIL_CELL = lazy_compile(r"^[$€£]?\s*[-—–]{1,3}$")
#: A cell of figures only ("$ 5,353", "(812)", "12.5%", "—").
_FIGURE_CELL = lazy_compile(r"^[$€£(]?\s*(?:[-—–]+|\(?[-−]?\d[\d,]*(?:\.\d+)?\)?\s*%?\)?)$")
#: Two spaces: the gap a wide statement leaves between a figure and the next column's "$"
#: ("$  (806)  $   501"); a phone number's or a date's parts stand one space apart.
_NARROW_GAP = lazy_compile(r" {2}(?! )")


def _figure_line(text: str) -> bool:
    """A line on its own that is one row of a statement ("Operating income     7,675
    4,955" between blank lines): a label, then two or more cells of figures only. A cell
    may hold a figure and the next column's "$" two spaces apart ("$  (806)  $")."""
    cells = [c for c in CELL_GAP.split(text.strip()) if c]
    if len(cells) < 3 or not _row_label(cells[0]) or not re.search(r"[A-Za-z]", cells[0]):
        return False
    pieces = [p for c in cells[1:] for p in _NARROW_GAP.split(c) if p]
    figures = [c for c in pieces if c not in ("$", "€", "£")]
    return len(figures) >= 2 and all(_FIGURE_CELL.match(c) for c in figures)


#: How many lines a statement's row label may be wrapped over before its figures.
_WRAPPED_LABEL_LINES = 3


def _wrapped_label(texts: list[str]) -> bool:
    """Lines that are one row label wrapped before the row's figures on the last line
    ("Income before income taxes, minority" / "  interest and cumulative effect of" /
    "  change in accounting principle      89     502"): short label lines, the last one's
    words going on from the line above (in lower case, or that line broken off
    mid-phrase). Lines before the wrapped label may be short headings ("Basic")."""
    if len(texts) < 2:
        return False
    *labels, last = texts
    words = CELL_GAP.split(last.strip())[0]
    return (
        all(_row_label(t) and len(CELL_GAP.split(t.strip())) == 1 for t in labels)
        and bool(words)
        # "Income (Loss) Before Income Taxes and" / "Minority Interest": Title Case too
        and (
            words[:1].islower() or _MID_SENTENCE_END.search(labels[-1].rstrip().lower()) is not None
        )
    )


def _wrapped_figure_line(texts: list[str]) -> bool:
    """A statement's one-row section between blank lines whose label is wrapped over up
    to three lines above its figures ("Cumulative effect of change in" / "  accounting
    principle      -      -    (839)      -"): a table of one row, as a one-line
    section is (``_figure_line``)."""
    return (
        2 <= len(texts) <= _WRAPPED_LABEL_LINES + 1
        and _figure_line(texts[-1])
        and _wrapped_label(texts)
    )


#: A line of a statement's block that is a row label without figures: a section heading
#: written without a colon ("ASSETS", "Current assets") or the first line of a label
#: wrapped onto the figures' line ("Selling, general and administrative" / "  expenses").
#: It must be short, end in no sentence stop, and have a row of figures within two lines
#: after it (or, starting in lower case, right before it: a label's second line under its
#: figures); rows of figures must be most of the block's lines.
_LABEL_LINE = 60


def _row_label(text: str) -> bool:
    words = text.strip()
    return 0 < len(words) <= _LABEL_LINE and not words.endswith((".", "!", "?", '"', "”"))


def title(text: str) -> bool:
    """A statement's title or unit line above its headers ("CONSOLIDATED STATEMENTS OF
    OPERATIONS", "(In thousands, except per share data)"): short, and in capitals or in
    parentheses."""
    words = text.strip()
    return 0 < len(words) <= _LABEL_LINE and (
        words.isupper() or (words.startswith("(") and words.endswith(")"))
    )


def _emit_table(builder: TextBuilder, raw: str, lines: list[tuple[int, int]]) -> None:
    builder.begin_block(BlockKind.TABLE)
    rows: list[list[tuple[int, int]]] = []
    for start, end in lines:
        line = raw[start:end]
        if PIPE_RULE.match(line) or SGML_TABLE_TAGS.match(line):
            continue
        if rows:
            builder.newline(start - 1)
        cells = _cell_spans(line, start)
        row: list[tuple[int, int]] = []
        for index, (cell_start, cell_end) in enumerate(cells):
            if index:
                builder.cell_break(cell_start)
            text_start = builder.offset()
            copy_inline(builder, raw, cell_start, cell_end, stray=True)
            row.append((text_start, builder.offset()))
        rows.append(row)
    builder.set_rows(rows)
    builder.end_block()


def _emit_bullet_rows(builder: TextBuilder, raw: str, lines: list[tuple[int, int]]) -> bool:
    """A pipe table whose every filled row opens with a bullet glyph cell ("| • | | Net
    revenues increased 3% to $125.0 million |") is a bulleted list an EDGAR converter drew
    with a table, as the HTML reader reads such tables: each row is a list item of its text
    cells. Returns False (emitting nothing) for any other table."""
    texts = [raw[s:e] for s, e in lines]
    if not all(PIPE_ROW.match(t) or PIPE_RULE.match(t) for t in texts):
        return False
    rows = [
        [(a, b) for a, b in _cell_spans(t, start) if b > a]
        for t, (start, _end) in zip(texts, lines, strict=True)
        if not PIPE_RULE.match(t)
    ]
    rows = [row for row in rows if row]
    if not rows or any(b - a > 2 for a, b in (row[0] for row in rows)):
        return False  # a glyph is one character (two with a variation selector)
    # imported here: a plain-text check otherwise never loads the HTML reader
    from disclint.readers.html import classify_table

    if classify_table([[raw[a:b] for a, b in row] for row in rows]) != "list":
        return False
    for row in rows:
        builder.begin_block(BlockKind.LIST_ITEM)
        for index, (start, end) in enumerate(row[1:]):
            if index:
                builder.emit(" ", start)
            copy_inline(builder, raw, start, end, stray=True)
    builder.end_block()
    return True


def _cell_spans(line: str, base: int) -> list[tuple[int, int]]:
    """Raw spans of the cells of one table line (pipe-separated or gap-separated)."""
    if PIPE_ROW.match(line):
        spans = []
        inner_start = line.index("|") + 1
        inner_end = line.rindex("|")
        pos = inner_start
        for part in line[inner_start:inner_end].split("|"):
            lead = len(part) - len(part.lstrip())
            content = part.strip()
            spans.append((base + pos + lead, base + pos + lead + len(content)))
            pos += len(part) + 1
        return spans
    spans = []
    pos = len(line) - len(line.lstrip())
    if line.startswith("\t") and pos < len(line):
        # a tab-separated row whose first cell is empty (a header row of years): the
        # empty label cell keeps the other cells in their columns
        spans.append((base, base))
    for match in CELL_GAP.finditer(line, pos):
        if match.start() > pos:
            spans.append((base + pos, base + match.start()))
        pos = match.end()
    if pos < len(line.rstrip()):
        spans.append((base + pos, base + len(line.rstrip())))
    return spans
