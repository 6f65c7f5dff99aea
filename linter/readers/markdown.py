"""Markdown releases (CommonMark-ish, as wire archives and writers produce them).

Markdown syntax is the format, not a mistake, so nothing here is recorded as an artifact:
headings, emphasis, links, images, escapes and entities are resolved to the prose they
stand for, keeping each character's origin. The block shapes (heading level, list item,
table, blockquote) go to the grammar, which decides headline, sections and contacts.

Not a full CommonMark parser: releases use a small subset, and a construct this reader
does not know stays as literal text, which is the safe failure for a linter.
"""

from __future__ import annotations

import re

from disclint.readers.inline import copy_inline
from disclint.readers.text import MARKER_LINE, PIPE_RULE
from disclint.source import BlockKind, Source, TextBuilder

ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
END_MARK_HASHES = re.compile(r"^ {0,3}#(?:[ \t]*#){2,}[ \t]*$")
SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
THEMATIC = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
LIST_ITEM = re.compile(r"^([ \t]*)(?:[*+\-•●▪]|\d{1,3}[.)])[ \t]+")
QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
TABLE_ROW = re.compile(r"^[ \t]*\|")
LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+")
COMMENT_OPEN = re.compile(r"^[ \t]*<!--")

#: The characters one of the line patterns above needs first after the line's spaces and
#: tabs (with any decimal digit: a numbered list item; "d": a "disclint:" marker line): a
#: line that opens with any other character is paragraph text, without trying each pattern.
MARKUP_LEADS = frozenset("`~<[#=-*_|>+•●▪d")

#: Bracketed text stops at the next bracket, a link target at the next parenthesis, a
#: comment at the next "<!--" and emphasis at 1,000 characters, so that no run of "[", "(",
#: "<!--" or "*" makes each opener scan the rest of the line (quadratic).
INLINE_MD = re.compile(
    r"(?P<comment><!--(?:(?!<!--).)*?-->)"
    r"|(?P<image>!\[[^\[\]\n]*\]\([^()\n]*\))"
    r"|(?P<link>\[(?P<link_text>[^\[\]\n]+)\](?:\([^()\n]*\)|\[[^\[\]\n]*\]))"
    r"|(?P<autolink><(?P<auto_target>(?:https?://|mailto:)[^>\s]+|[^>\s@<]+@[^>\s]+)>)"
    r"|(?P<code>`(?P<code_text>[^`\n]+)`)"
    r"|(?P<stars>(?<!\\)(?P<star>\*{1,3})(?=[^\s*])(?P<star_text>.{1,1000}?)(?<=[^\s*\\])(?P=star)(?!\*))"
    r"|(?P<underscores>(?<![\w\\])(?P<under>_{1,3})(?=[^\s_])(?P<under_text>.{1,1000}?)(?<=[^\s_])"
    r"(?P=under)(?!\w))",
)

#: A character one of the inline constructs starts with: those of ``INLINE_MD`` and of the
#: tags, entities and escapes ``copy_inline`` resolves. A span without one is copied as is.
INLINE_START = re.compile(r"[<!\[`*_&\\]")


def read(raw: str, path: str) -> Source:
    """Read Markdown into blocks and normalised text."""
    reader = _MarkdownReader(raw)
    reader.run()
    return reader.builder.build(path, "md")


class _MarkdownReader:
    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.builder = TextBuilder(raw)
        self.lines = _line_spans(raw)
        self.kind: BlockKind | None = None
        self.block_lines = 0
        self.table_rows: list[list[tuple[int, int]]] = []

    def run(self) -> None:
        index = 0
        while index < len(self.lines):
            index = self._line(index)
        self._close()

    def _close(self) -> None:
        if self.kind is BlockKind.TABLE:
            self.builder.set_rows(self.table_rows)
        self.builder.end_block()
        self.kind = None
        self.block_lines = 0
        self.table_rows = []

    def _open(self, kind: BlockKind, level: int = 0) -> None:
        self._close()
        self.builder.begin_block(kind, level)
        self.kind = kind

    def _line(self, index: int) -> int:
        start, end = self.lines[index]
        line = self.raw[start:end]
        if not line.strip():
            self._close()
            return index + 1
        lead = line.lstrip(" \t")[:1]
        if lead not in MARKUP_LEADS and not lead.isdecimal():
            return self._paragraph_line(index, line, start, end)
        fence = FENCE.match(line)
        if fence:
            return self._fenced(index, fence.group(1))
        if COMMENT_OPEN.match(line) and "-->" not in line[line.index("<!--") :]:
            return self._multiline_comment(index)
        marker = MARKER_LINE.match(line)
        if marker:
            self._close()
            self.builder.comment(marker.group("body"), start, end)
            return index + 1
        if LINK_DEFINITION.match(line):
            return index + 1
        if END_MARK_HASHES.match(line):
            self._open(BlockKind.PARAGRAPH)
            self.builder.copy(start, end)
            self._close()
            return index + 1
        atx = ATX.match(line)
        if atx:
            self._open(BlockKind.HEADING, len(atx.group(1)))
            self._inline(start + atx.start(2), start + atx.end(2))
            self._close()
            return index + 1
        setext = SETEXT.match(line)
        if setext and self.kind is BlockKind.PARAGRAPH and self.builder.current_block is not None:
            self.builder.current_block.kind = BlockKind.HEADING
            self.builder.current_block.level = 1 if setext.group(1)[0] == "=" else 2
            self._close()
            return index + 1
        if THEMATIC.match(line):
            self._close()
            return index + 1
        if TABLE_ROW.match(line):
            self._table_row(start, end)
            return index + 1
        quote = QUOTE.match(line)
        if quote:
            if self.kind is not BlockKind.BLOCKQUOTE:
                self._open(BlockKind.BLOCKQUOTE)
            self._text_line(start + quote.end(), end)
            return index + 1
        item = LIST_ITEM.match(line)
        if item:
            self._open(BlockKind.LIST_ITEM)
            self._text_line(start + item.end(), end)
            return index + 1
        return self._paragraph_line(index, line, start, end)

    def _paragraph_line(self, index: int, line: str, start: int, end: int) -> int:
        """A line of paragraph text (no block markup opens it)."""
        pieces = _flattened_paragraphs(line, start) if self.kind is None else []
        if len(pieces) > 1:
            # A whole release run into one line, its paragraph breaks left as runs of
            # spaces (a converter's flattening): one block per paragraph.
            for piece_start, piece_end in pieces:
                self._open(BlockKind.PARAGRAPH)
                self._text_line(piece_start, piece_end)
            self._close()
            return index + 1
        if self.kind is None or self.kind is BlockKind.TABLE:
            self._open(BlockKind.PARAGRAPH)
        self._text_line(start, end)
        return index + 1

    def _text_line(self, start: int, end: int) -> None:
        """A line of a paragraph, list item or quote; later lines join with a line break."""
        line = self.raw[start:end]
        content_start = start + len(line) - len(line.lstrip())
        content_end = end
        if self.block_lines:
            self.builder.newline(start - 1)
        if line.endswith("\\"):
            content_end -= 1  # a hard line break; the next line starts on a new line anyway
        self._inline(content_start, content_end)
        self.block_lines += 1

    def _table_row(self, start: int, end: int) -> None:
        line = self.raw[start:end]
        if self.kind is not BlockKind.TABLE:
            self._open(BlockKind.TABLE)
        if PIPE_RULE.match(line):
            return
        cells = _pipe_cells(line, start)
        if not any(self.raw[s:e].strip() for s, e in cells):
            return
        if self.table_rows:
            self.builder.newline(start - 1)
        row: list[tuple[int, int]] = []
        for number, (cell_start, cell_end) in enumerate(cells):
            if number:
                self.builder.cell_break(cell_start)
            text_start = self.builder.offset()
            self._inline(cell_start, cell_end)
            row.append((text_start, self.builder.offset()))
        self.table_rows.append(row)

    def _fenced(self, index: int, fence: str) -> int:
        """Fenced code: its lines are kept verbatim as one paragraph."""
        self._open(BlockKind.PARAGRAPH)
        index += 1
        first = True
        while index < len(self.lines):
            start, end = self.lines[index]
            if self.raw[start:end].strip().startswith(fence):
                index += 1
                break
            if not first:
                self.builder.newline(start - 1)
            self.builder.copy(start, end)
            first = False
            index += 1
        self._close()
        return index

    def _multiline_comment(self, index: int) -> int:
        self._close()
        start = self.lines[index][0]
        close = self.raw.find("-->", start)
        end = len(self.raw) if close == -1 else close + 3
        body = self.raw[start:end].strip()
        body = body.removeprefix("<!--").removesuffix("-->").strip()
        self.builder.comment(body, start, end)
        while index < len(self.lines) and self.lines[index][0] < end:
            index += 1
        return index

    def _inline(self, start: int, end: int) -> None:
        """Resolve inline Markdown in ``raw[start:end]``, recursing into link and emphasis text."""
        if INLINE_START.search(self.raw, start, end) is None:
            self.builder.copy(start, end)  # nothing inline here (most lines): plain text
            return
        pos = start
        for match in INLINE_MD.finditer(self.raw, start, end):
            copy_inline(self.builder, self.raw, pos, match.start(), stray=False)
            pos = match.end()
            kind = match.lastgroup
            if kind == "comment":
                body = match.group()[4:-3].strip()
                self.builder.comment(body, match.start(), match.end())
            elif kind == "link":
                self._inline(match.start("link_text"), match.end("link_text"))
            elif kind == "autolink":
                self.builder.copy(match.start("auto_target"), match.end("auto_target"))
            elif kind == "code":
                self.builder.copy(match.start("code_text"), match.end("code_text"))
            elif kind == "stars":
                self._inline(match.start("star_text"), match.end("star_text"))
            elif kind == "underscores":
                self._inline(match.start("under_text"), match.end("under_text"))
            # an image contributes no text
        copy_inline(self.builder, self.raw, pos, end, stray=False)


#: A flattened paragraph break: three or more spaces before a capital or an opening quote.
_FLAT_BREAK = re.compile(r"(?<![ \t])[ \t]{3,}(?=[A-Z“\"])")
#: A line at least this long may be a whole flattened release; ordinary paragraphs are
#: far shorter.
FLATTENED_LINE = 2000
#: ... and it must break at least this often to be read as flattened.
FLATTENED_BREAKS = 3


def _flattened_paragraphs(line: str, base: int) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs of a flattened line, or [] for an ordinary line."""
    if len(line) < FLATTENED_LINE:
        return []
    breaks = list(_FLAT_BREAK.finditer(line))
    if len(breaks) < FLATTENED_BREAKS:
        return []
    pieces: list[tuple[int, int]] = []
    position = len(line) - len(line.lstrip())
    for found in breaks:
        if found.start() > position:
            pieces.append((base + position, base + found.start()))
        position = found.end()
    if len(line.rstrip()) > position:
        pieces.append((base + position, base + len(line.rstrip())))
    return pieces


def _line_spans(raw: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for line in raw.splitlines(keepends=True):
        spans.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return spans


def _pipe_cells(line: str, base: int) -> list[tuple[int, int]]:
    """Raw spans of the cells of a pipe-table row; escaped pipes stay inside a cell."""
    first = line.index("|")
    body_end = len(line.rstrip())
    if line.rstrip().endswith("|") and not line.rstrip().endswith("\\|"):
        body_end -= 1
    spans = []
    cell_start = first + 1
    i = cell_start
    while i <= body_end:
        if i == body_end or (line[i] == "|" and line[i - 1] != "\\"):
            part = line[cell_start:i]
            lead = len(part) - len(part.lstrip())
            content = part.strip()
            spans.append((base + cell_start + lead, base + cell_start + lead + len(content)))
            cell_start = i + 1
        i += 1
    return spans
