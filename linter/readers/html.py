"""HTML releases: wire-service pages and the EX-99.1 exhibits companies file on EDGAR.

The reader walks the document with the standard library's ``HTMLParser`` (no new dependency,
no start-up cost) with character references left unresolved, so that every character of
text is a known slice of the file and a finding lands on the line and column the writer
sees. Tags are the format here, not a mistake, so they leave no artifacts; a Markdown
escape (``\\$``) typed into HTML is a stray and is recorded like in plain text.

Block elements become blocks; tables become TABLE blocks with their cells, except the
layout tables EDGAR converters produce: one table per bullet (a bullet glyph cell and a
text cell), one per footnote, or a single column of text, which read as list items and
paragraphs. Rows are collected until ``</table>`` because the shape is only known then. In
data tables a "$" cell is glued to the amount after it, so that "$293,618" reads as money.

Real EDGAR HTML is sloppy (unclosed ``<p>``, stray end tags) and that is not an error;
a file that stops inside a tag or comment is, because the rest of it cannot be read.
"""

from __future__ import annotations

import html
import html.parser as _html_parser
import re
import zlib
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Literal

from disclint.errors import InputError
from disclint.readers.inline import ESCAPE
from disclint.source import BlockKind, Source, TextBuilder

#: Elements whose content is never prose (``ix:header`` holds inline XBRL's hidden facts).
SKIPPED = frozenset({"head", "title", "script", "style", "noscript", "template", "ix:header"})
#: Tables nested deeper than this are read as the text of the enclosing cell. Real layouts
#: nest a handful; hundreds would exhaust Python's recursion when the tables are emitted.
MAX_TABLE_DEPTH = 32
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: Block elements that make a paragraph, or inherit a list item's or quote's kind.
GENERIC_BLOCKS = frozenset(
    {
        "p", "div", "pre", "section", "article", "header", "footer", "center", "dt", "dd",
        "ul", "ol", "dl", "address", "main", "nav", "aside", "figure", "figcaption",
    }
)  # fmt: skip
#: Elements HTML closes implicitly when the same element starts again.
SELF_CLOSING = frozenset({"p", "li", "dt", "dd"})
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr"}
)  # fmt: skip
#: Kinds a nested generic block (``<li><p>``, ``<h1><div>``) takes over from its parent.
INHERITED = (BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE)

#: A cell that is only one of these, followed by text, is a bullet drawn with a table. The
#: "§" and "Ø" are Wingdings bullets as Word's HTML export leaves them.
BULLET_GLYPHS = frozenset({"•", "●", "·", "▪", "◦", "-", "–", "—", "o", "■", "□", "➢", "►", "▸"})
BULLET_GLYPHS |= {"§", "Ø"}
#: The marker cell of a footnote table (``(1)`` after ``<sup>1</sup>`` is resolved).
FOOTNOTE_CELL = re.compile(r"^\(?(?:\d{1,2}|[*†‡§]{1,3}|[A-Za-z])\)?$")
#: ``<sup>`` content that is a footnote reference rather than part of a word ("24th", "TM").
SUP_MARKER = re.compile(r"^(?:\d{1,3}|[*†‡§]{1,3}|[A-Za-z])$")
#: A cell holding only the currency of the amount in the next cell, or the end of the one before.
CURRENCY_CELL = re.compile(r"^(?:[A-Z]{0,3}\$|€|£|¥|₹)$")
SUFFIX_CELL = re.compile(r"^(?:\)|%|\)%|%\))$")
#: What an unfinished construct at the end of the file starts with.
UNFINISHED = re.compile(r"<(?:!--|[A-Za-z/!?])")
TAG_NAME = re.compile(r"</?[A-Za-z][^\s/>]{0,30}")
#: A start tag of the plain shape nearly every tag has: a name, then attributes after ASCII
#: spaces, each bare or with a quoted value (no "<" in it) or a bare one that ends at a space
#: or ">", then ">" or "/>". On such a tag ``HTMLParser.parse_starttag`` finds this name,
#: this end and this kind (start or start-end) too: its tag-end scan and its attribute loop
#: take the same pieces greedily, with nothing left over. The reader never uses attributes,
#: so a plain tag is read with this one match instead of the parser's scan and its decoding
#: of every attribute (a third of the HTML reader's time on EDGAR exhibits, whose every
#: ``<p>`` and ``<td>`` has a style); any other tag goes to the parser's own method.
#: ``tests/test_reader_html.py`` compares both on invented and broken HTML.
PLAIN_START_TAG = re.compile(
    r"<([a-zA-Z][-.:a-zA-Z0-9_]*)"
    r"(?:[ \t\n\r\f]+[a-zA-Z_:][-.:a-zA-Z0-9_]*"
    r"(?:[ \t\n\r\f]*=[ \t\n\r\f]*(?:\"[^\"<]*\"|'[^'<]*'|[^\s\"'=<>`/]+(?=[ \t\n\r\f>])))?)*"
    r"[ \t\n\r\f]*(/?)>"
)
#: An end tag of the plain shape (``</td>``, ``</p >``): ``HTMLParser.parse_endtag`` finds
#: the same name and end for it (its ``endtagfind`` with nothing before the name; the first
#: ">" is this one's, as neither the name nor the spaces hold one), so outside a
#: ``<script>`` or ``<style>`` it is read with this one match instead of the parser's two
#: scans. Any other end tag goes to the parser's own method.
PLAIN_END_TAG = re.compile(r"</([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
#: Decoded character references, by their text (``&nbsp;``, ``&#8217;``, ``&amp;`` recur
#: thousands of times in an exhibit); bounded.
_DECODED: dict[str, str] = {}
_DECODED_LIMIT = 4096
#: ``HTMLParser.goahead`` as Python 3.11.7 has it (a CRC-32 of its bytecode): the loop
#: ``_HtmlReader._goahead`` mirrors. Another version's parser keeps its own loop.
_GOAHEAD_CRC = 102931090
_KNOWN_GOAHEAD = zlib.crc32(HTMLParser.goahead.__code__.co_code) == _GOAHEAD_CRC
_CHARREF: re.Pattern[str] = getattr(_html_parser, "charref")  # noqa: B009 (untyped names)
_ENTITYREF: re.Pattern[str] = getattr(_html_parser, "entityref")  # noqa: B009
_INCOMPLETE: re.Pattern[str] = getattr(_html_parser, "incomplete")  # noqa: B009

TableShape = Literal["table", "list", "footnotes", "paragraphs"]


def read(raw: str, path: str) -> Source:
    """Parse ``raw`` HTML into blocks and normalised text; broken HTML is an ``InputError``."""
    reader = _HtmlReader(raw)
    try:
        reader.feed(raw)
        leftover = reader.rawdata
        if reader.cdata_elem is None and UNFINISHED.match(leftover):
            raise InputError(path, _unfinished_message(raw, len(raw) - len(leftover)))
        reader.close()
    except AssertionError:  # _markupbase asserts on a malformed <!...> declaration
        line, column = reader.getpos()
        raise InputError(
            path, f"broken HTML: malformed '<!' declaration at line {line}, column {column + 1}"
        ) from None
    reader.finish()
    return reader.builder.build(path, "html")


def classify_table(rows: list[list[str]]) -> TableShape:
    """What a table is for, from its rows' cell texts (stripped; all-empty rows removed).

    Converters draw bullets and footnotes with tables, and wrap whole passages in one-cell
    tables; reading those as data tables would hide list items and paragraphs from the
    grammar. Shared with the .docx reader, whose tables are used the same way.
    """
    filled = [[cell for cell in row if cell] for row in rows]
    if not filled:
        return "paragraphs"
    if all(len(cells) >= 2 and cells[0] in BULLET_GLYPHS for cells in filled):
        return "list"
    if all(len(cells) <= 1 for cells in filled):
        return "paragraphs"
    if all(len(cells) == 2 and FOOTNOTE_CELL.match(cells[0]) for cells in filled):
        return "footnotes"
    return "table"


def _unfinished_message(raw: str, offset: int) -> str:
    """The one-line error for a file that ends inside a tag, comment or declaration."""
    line = raw.count("\n", 0, offset) + 1
    column = offset - (raw.rfind("\n", 0, offset) + 1) + 1
    rest = raw[offset:]
    if rest.startswith("<!--"):
        what = "comment '<!--'"
    elif rest.startswith(("<!", "<?")):
        what = f"declaration '{rest[:2]}'"
    else:
        name = TAG_NAME.match(rest)
        what = f"tag '{name.group() if name else rest[:2]}'"
    return f"broken HTML: unterminated {what} at line {line}, column {column}"


# -- recorded operations ---------------------------------------------------------------------
# Content inside a table (and a <sup>) is recorded and replayed once its shape is known.


@dataclass(slots=True)
class _Copy:
    start: int
    end: int


@dataclass(slots=True)
class _Emit:
    text: str
    pos: int


@dataclass(slots=True)
class _Break:
    pos: int


@dataclass(slots=True)
class _Open:
    kind: BlockKind
    level: int
    pos: int


@dataclass(slots=True)
class _Close:
    pos: int


@dataclass(slots=True)
class _Note:
    body: str
    start: int
    end: int


@dataclass(slots=True)
class _Cell:
    pos: int
    ops: list[_Op] = field(default_factory=list)


@dataclass(slots=True)
class _Row:
    pos: int
    cells: list[_Cell] = field(default_factory=list)


@dataclass(slots=True)
class _Table:
    """A table being read; once closed it is itself an operation of an enclosing cell."""

    pos: int
    block_depth: int
    rows: list[_Row] = field(default_factory=list)
    loose: list[_Op] = field(default_factory=list)  # caption, stray text outside cells
    in_caption: bool = False

    def target(self) -> list[_Op]:
        """Where content read now belongs: the open cell, else the loose text."""
        if self.in_caption or not self.rows or not self.rows[-1].cells:
            return self.loose
        return self.rows[-1].cells[-1].ops


@dataclass(slots=True)
class _Sup:
    pos: int
    chemical: bool  # a digit subscript after a letter (CO2) is part of the word
    depth: int = 1
    ops: list[_Op] = field(default_factory=list)


_Op = _Copy | _Emit | _Break | _Open | _Close | _Note | _Table
_TextOp = _Copy | _Emit | _Note


class _HtmlReader(HTMLParser):
    """Turns parser events into builder calls, routing them through tables and ``<sup>``."""

    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.builder = TextBuilder(raw, collapse_spaces=True)
        # Where the parser is: ``raw[_base + _at]`` (``_at`` indexes the parser's
        # ``rawdata``, which starts at ``_base`` once a pass has dropped what it read).
        self._base = 0
        self._at = 0
        self._skip: list[str] = []
        self._blocks: list[tuple[str, BlockKind, int]] = []
        self._tables: list[_Table] = []
        self._sup: _Sup | None = None
        self._pre = 0
        self._flattened = 0  # tables opened beyond MAX_TABLE_DEPTH, read as plain cell text

    def _offset(self) -> int:
        return self._base + self._at

    # -- the parser's position, kept as an offset ---------------------------------------------
    # ``HTMLParser`` tracks its position as a line and column, counting the newlines of every
    # piece it reads (``updatepos``); the reader needs offsets, so it keeps the offset alone
    # and makes a line and column only for an error message.

    def goahead(self, end: bool) -> None:
        self._base += self._at  # the last pass dropped ``rawdata[:_at]``
        self._at = 0
        if self.convert_charrefs or not _KNOWN_GOAHEAD:
            super().goahead(end)
        else:
            self._goahead(end)

    def _goahead(self, end: bool) -> None:
        """``HTMLParser.goahead`` of Python 3.11 for ``convert_charrefs=False`` (what the
        reader sets), step for step, with ``updatepos`` made in line and the frequent tests
        ("<" then a letter, "</") made on the next character instead of by a regex and
        ``startswith``. Used only where the parser's own loop is exactly the one this
        mirrors (``_KNOWN_GOAHEAD``); ``tests/test_reader_html_fastpath.py`` compares the
        two on invented, broken and random HTML."""
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        startswith = rawdata.startswith
        while i < n:
            match = self.interesting.search(rawdata, i)  # < or &
            if match:
                j = match.start()
            else:
                if self.cdata_elem:
                    break
                j = n
            if i < j:
                self.handle_data(rawdata[i:j])
                self._at = j
            i = j
            if i == n:
                break
            char = rawdata[i]
            if char == "<":
                after = rawdata[i + 1 : i + 2]
                if after.isascii() and after.isalpha():
                    k = self.parse_starttag(i)
                elif after == "/":
                    k = self.parse_endtag(i)
                elif startswith("<!--", i):
                    k = self.parse_comment(i)
                elif after == "?":
                    k = self.parse_pi(i)
                elif after == "!":
                    k = self.parse_html_declaration(i)
                elif (i + 1) < n:
                    self.handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    k = rawdata.find(">", i + 1)
                    if k < 0:
                        k = rawdata.find("<", i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self.handle_data(rawdata[i:k])
                if i < k:
                    self._at = k
                i = k
            elif startswith("&#", i):
                match = _CHARREF.match(rawdata, i)
                if match:
                    name = match.group()[2:-1]
                    self.handle_charref(name)
                    k = match.end()
                    if not startswith(";", k - 1):
                        k = k - 1
                    if i < k:
                        self._at = k
                    i = k
                    continue
                if ";" in rawdata[i:]:  # bail by consuming &#
                    self.handle_data(rawdata[i : i + 2])
                    self._at = i + 2
                    i = i + 2
                break
            elif char == "&":
                match = _ENTITYREF.match(rawdata, i)
                if match:
                    name = match.group(1)
                    self.handle_entityref(name)
                    k = match.end()
                    if not startswith(";", k - 1):
                        k = k - 1
                    if i < k:
                        self._at = k
                    i = k
                    continue
                match = _INCOMPLETE.match(rawdata, i)
                if match:
                    # match.group() will contain at least 2 chars
                    if end and match.group() == rawdata[i:]:
                        self._at = i + 1
                        i = i + 1
                    # incomplete
                    break
                if (i + 1) < n:
                    # not the end of the buffer, and can't be confused
                    # with some other construct
                    self.handle_data("&")
                    self._at = i + 1
                    i = i + 1
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        # end while
        if end and i < n and not self.cdata_elem:
            self.handle_data(rawdata[i:n])
            self._at = n
            i = n
        self.rawdata = rawdata[i:]

    def updatepos(self, i: int, j: int) -> int:
        if i < j:
            self._at = j
        return j

    def getpos(self) -> tuple[int, int]:
        """The line (counted by "\\n" only, as html.parser does) and column of the position."""
        offset = self._offset()
        return self.raw.count("\n", 0, offset) + 1, offset - (self.raw.rfind("\n", 0, offset) + 1)

    def parse_starttag(self, i: int) -> int:
        """A plain start tag (``PLAIN_START_TAG``) read with one match; any other by the
        parser, which also decodes its attributes."""
        match = PLAIN_START_TAG.match(self.rawdata, i)
        if match is None:
            return super().parse_starttag(i)
        self.lasttag = tag = match.group(1).lower()
        if match.group(2):
            self.handle_startendtag(tag, [])
        else:
            self.handle_starttag(tag, [])
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return match.end()

    def parse_endtag(self, i: int) -> int:
        """A plain end tag (``PLAIN_END_TAG``) outside CDATA content read with one match (as
        the parser reads it: the element ends, the CDATA mode it is not in stays off); any
        other by the parser."""
        if self.cdata_elem is None:
            match = PLAIN_END_TAG.match(self.rawdata, i)
            if match is not None:
                self.handle_endtag(match.group(1).lower())
                return match.end()
        return super().parse_endtag(i)

    def finish(self) -> None:
        """Flush what an unclosed ``<sup>`` or ``<table>`` still holds."""
        self._flush_sup()
        while self._tables:
            self._end_table()

    # -- parser events ------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip:
            if tag in SKIPPED:
                self._skip.append(tag)
            elif tag == "body":  # an unclosed <head> or <title> ends where the body starts
                self._skip = [t for t in self._skip if t not in ("head", "title")]
            return
        if tag in SKIPPED:
            self._skip.append(tag)
            return
        pos = self._offset()
        if tag == "br":
            self._op(_Break(pos))
        elif tag == "hr":
            self._flush_sup()
            self._op(_Close(pos))
        elif tag in HEADINGS or tag in GENERIC_BLOCKS or tag in ("li", "blockquote"):
            self._open_block(tag, pos)
        elif tag in ("table", "tr", "td", "th", "caption"):
            self._table_tag(tag, pos)
        elif tag in ("sup", "sub"):
            self._start_sup(tag, pos)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """``<br/>`` is one break, not a break and an end tag (``</br>`` is a break too)."""
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag in self._skip:
                del self._skip[len(self._skip) - 1 - self._skip[::-1].index(tag) :]
            return
        pos = self._offset()
        if tag == "br":
            self._op(_Break(pos))
        elif tag in HEADINGS or tag in GENERIC_BLOCKS or tag in ("li", "blockquote"):
            self._close_block(tag, pos)
        elif tag == "table":
            self._end_table()
        elif tag == "caption" and self._tables:
            self._tables[-1].in_caption = False
        elif tag in ("sup", "sub"):
            self._end_sup(pos)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        start = self._offset()
        if self._pre and "\n" in data:
            for index, line in enumerate(data.split("\n")):
                if index:
                    self._op(_Break(start - 1))
                self._text(start, start + len(line))
                start += len(line) + 1
            return
        self._text(start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        self._reference(name, 1)

    def handle_charref(self, name: str) -> None:
        self._reference(name, 2)

    def handle_comment(self, data: str) -> None:
        start = self._offset()
        if not self.raw.startswith("<!--", start):
            return  # a bogus comment (``<!x>``, ``</ x>``) is junk, not a place for directives
        close = self.raw.find(">", start + 4 + len(data))
        end = close + 1 if close != -1 else len(self.raw)
        body = data.strip()
        if body.startswith(("[if", "<![endif]")) or body.endswith("[endif]"):
            return  # Word's conditional comments wrap markup, never a suppression
        self._op(_Note(body, start, end))

    # -- text ---------------------------------------------------------------------------------

    def _text(self, start: int, end: int) -> None:
        """Data text; a Markdown escape in it is a stray that would print literally."""
        if self.raw.find("\\", start, end) == -1:
            self._op(_Copy(start, end))
            return
        pos = start
        for match in ESCAPE.finditer(self.raw, start, end):
            self._op(_Copy(pos, match.start()))
            self.builder.artifact("escape", match.start(), match.end(), match.group()[1])
            pos = match.start() + 1  # the escaped character itself, at its own offset
        self._op(_Copy(pos, end))

    def _reference(self, name: str, prefix: int) -> None:
        """``&name;`` or ``&#N;``: the decoded text, mapped to the ampersand."""
        if self._skip:
            return
        start = self._offset()
        end = start + prefix + len(name)
        if self.raw.startswith(";", end):
            end += 1
        token = self.raw[start:end]
        decoded = _DECODED.get(token)
        if decoded is None:
            decoded = html.unescape(token)
            if len(_DECODED) >= _DECODED_LIMIT:
                _DECODED.clear()
            _DECODED[token] = decoded
        if decoded == token:  # not a reference HTML knows ("AT&T"): it is text
            self._text(start, end)
        else:
            self._op(_Emit(decoded, start))

    # -- blocks -------------------------------------------------------------------------------

    def _open_block(self, tag: str, pos: int) -> None:
        self._flush_sup()
        if tag == "pre":
            self._pre += 1
        if tag in SELF_CLOSING and self._blocks and self._blocks[-1][0] == tag:
            self._blocks.pop()
        if tag in HEADINGS:
            kind, level = BlockKind.HEADING, HEADINGS[tag]
        elif tag == "li":
            kind, level = BlockKind.LIST_ITEM, 0
        elif tag == "blockquote":
            kind, level = BlockKind.BLOCKQUOTE, 0
        elif self._blocks and self._blocks[-1][1] in INHERITED:
            kind, level = self._blocks[-1][1], self._blocks[-1][2]
        else:
            kind, level = BlockKind.PARAGRAPH, 0
        self._blocks.append((tag, kind, level))
        self._op(_Open(kind, level, pos))

    def _close_block(self, tag: str, pos: int) -> None:
        """End the block; text that follows inside a list item or quote continues its kind.

        An end tag with nothing open to close is ignored, as browsers do, so a stray
        ``</div>`` does not cut a sentence in two; a stray ``</p>`` still ends a paragraph,
        and any ``</hN>`` ends whichever heading is open.
        """
        self._flush_sup()
        if tag == "pre" and self._pre:
            self._pre -= 1
        names = HEADINGS if tag in HEADINGS else (tag,)
        for index in range(len(self._blocks) - 1, -1, -1):
            if self._blocks[index][0] in names:
                del self._blocks[index:]
                break
        else:
            if tag != "p":
                return
        self._op(_Close(pos))
        if self._blocks and self._blocks[-1][1] in INHERITED:
            _, kind, level = self._blocks[-1]
            self._op(_Open(kind, level, pos))

    # -- footnote markers ---------------------------------------------------------------------

    def _start_sup(self, tag: str, pos: int) -> None:
        if self._sup is not None:
            self._sup.depth += 1
            return
        chemical = tag == "sub" and pos > 0 and self.raw[pos - 1].isalpha()
        self._sup = _Sup(pos, chemical)

    def _end_sup(self, pos: int) -> None:
        """ "Million<sup>1</sup>" reads "Million(1)", not "Million1" (a different number)."""
        sup = self._sup
        if sup is None:
            return
        sup.depth -= 1
        if sup.depth:
            return
        self._sup = None
        text = _ops_text(self.raw, sup.ops).strip()
        marker = SUP_MARKER.match(text) is not None and not (sup.chemical and text.isdigit())
        if marker:
            self._op(_Emit("(", sup.pos))
        for op in sup.ops:
            self._op(op)
        if marker:
            self._op(_Emit(")", pos))

    def _flush_sup(self) -> None:
        """A block boundary inside ``<sup>`` means it was never closed: keep its text as is."""
        sup, self._sup = self._sup, None
        if sup is not None:
            for op in sup.ops:
                self._op(op)

    # -- tables -------------------------------------------------------------------------------

    def _table_tag(self, tag: str, pos: int) -> None:
        self._flush_sup()
        if self._flattened or (tag == "table" and len(self._tables) >= MAX_TABLE_DEPTH):
            # Tables nested this deep are layout gone wrong (or hostile): their words join
            # the enclosing cell, and the reader's depth (and recursion) stays bounded.
            self._flattened += tag == "table"
            self._op(_Emit(" ", pos))
            return
        if tag == "table":
            self._tables.append(_Table(pos, len(self._blocks)))
            return
        if not self._tables:  # a cell outside any table: keep the words apart, nothing more
            self._op(_Emit(" ", pos) if tag in ("td", "th") else _Close(pos))
            return
        table = self._tables[-1]
        del self._blocks[table.block_depth :]  # blocks left open in the previous cell end
        if tag == "caption":
            table.in_caption = True
        elif tag == "tr":
            table.in_caption = False
            table.rows.append(_Row(pos))
        else:
            table.in_caption = False
            if not table.rows:
                table.rows.append(_Row(pos))
            table.rows[-1].cells.append(_Cell(pos))

    def _end_table(self) -> None:
        self._flush_sup()
        if self._flattened:
            self._flattened -= 1
            return
        if not self._tables:
            return
        table = self._tables.pop()
        del self._blocks[table.block_depth :]
        self._op(table)

    # -- routing and replay -------------------------------------------------------------------

    def _op(self, op: _Op) -> None:
        """Send one operation to the open ``<sup>``, the open table cell, or the builder."""
        if self._sup is not None:
            self._sup.ops.append(op)
        elif self._tables:
            self._tables[-1].target().append(op)
        else:
            self._apply(op)

    def _apply(self, op: _Op) -> None:
        """Replay an operation in the document flow (blocks are blocks)."""
        builder = self.builder
        if isinstance(op, _Copy):
            if builder.current_block is not None or not self.raw[op.start : op.end].isspace():
                builder.copy(op.start, op.end)
        elif isinstance(op, _Emit):
            if builder.current_block is not None or not op.text.isspace():
                builder.emit(op.text, op.pos)
        elif isinstance(op, _Break):
            builder.newline(op.pos)
        elif isinstance(op, _Open):
            builder.begin_block(op.kind, op.level)
        elif isinstance(op, _Close):
            builder.end_block()
        elif isinstance(op, _Note):
            builder.comment(op.body, op.start, op.end)
        else:
            self._emit_table(op)

    def _apply_text(self, ops: list[_TextOp]) -> None:
        """Replay flattened text (inside a data cell or a list item: no blocks, no breaks)."""
        for op in ops:
            if isinstance(op, _Copy):
                self.builder.copy(op.start, op.end)
            elif isinstance(op, _Emit):
                self.builder.emit(op.text, op.pos)
            else:
                self.builder.comment(op.body, op.start, op.end)

    def _apply_notes(self, ops: list[_Op]) -> None:
        """The suppressions of a row or cell that is dropped for having no text."""
        for op in _flatten(ops):
            if isinstance(op, _Note):
                self.builder.comment(op.body, op.start, op.end)

    def _emit_table(self, table: _Table) -> None:
        builder = self.builder
        builder.end_block()
        if _ops_text(self.raw, table.loose).strip():
            builder.begin_block(BlockKind.PARAGRAPH)
            for op in table.loose:
                self._apply(op)
            builder.end_block()
        else:
            self._apply_notes(table.loose)
        texts = [
            [_ops_text(self.raw, cell.ops).strip() for cell in row.cells] for row in table.rows
        ]
        shape = classify_table([row for row in texts if any(row)])
        if shape == "table":
            self._emit_data_table(table, texts)
        else:
            self._emit_layout_table(table, texts, shape)
        builder.end_block()

    def _emit_data_table(self, table: _Table, texts: list[list[str]]) -> None:
        """One TABLE block: a line per row, a tab between cells, each cell's span recorded."""
        builder = self.builder
        builder.begin_block(BlockKind.TABLE)
        rows: list[list[tuple[int, int]]] = []
        for row, cell_texts in zip(table.rows, texts, strict=True):
            if not any(cell_texts):
                self._apply_notes([op for cell in row.cells for op in cell.ops])
                continue
            if rows:
                builder.newline(row.pos)
            last = max(i for i, text in enumerate(cell_texts) if text)
            for cell in row.cells[last + 1 :]:  # trailing empty cells: nothing to show
                self._apply_notes(cell.ops)
            spans: list[tuple[int, int]] = []
            for group in _glued(row.cells[: last + 1], cell_texts[: last + 1]):
                if spans:
                    builder.cell_break(group[0].pos)
                start = builder.offset()
                ops: list[_TextOp] = []
                for cell in group:
                    ops.extend(_trim(self.raw, _flatten(cell.ops), both=len(group) > 1))
                self._apply_text(ops)
                spans.append((start, builder.offset()))
            rows.append(spans)
        builder.set_rows(rows)
        builder.end_block()

    def _emit_layout_table(self, table: _Table, texts: list[list[str]], shape: TableShape) -> None:
        """Bullet and footnote tables read as list items and paragraphs; one-column tables are
        containers whose content keeps its own blocks (and its own tables)."""
        builder = self.builder
        for row, cell_texts in zip(table.rows, texts, strict=True):
            filled = [cell for cell, text in zip(row.cells, cell_texts, strict=True) if text]
            if not filled:
                self._apply_notes([op for cell in row.cells for op in cell.ops])
                continue
            if shape == "paragraphs":
                builder.begin_block(BlockKind.PARAGRAPH)
                for cell in row.cells:
                    for op in cell.ops:
                        self._apply(op)
                builder.end_block()
                continue
            kind = BlockKind.LIST_ITEM if shape == "list" else BlockKind.PARAGRAPH
            builder.begin_block(kind)
            for cell in row.cells:
                if shape == "list" and cell is filled[0]:
                    self._apply_notes(cell.ops)  # the bullet glyph is not text
                    continue
                builder.emit(" ", cell.pos)
                self._apply_text(_trim(self.raw, _flatten(cell.ops)))
            builder.end_block()


def _flatten(ops: list[_Op]) -> list[_TextOp]:
    """Text operations only: block boundaries, breaks and nested tables become spaces."""
    flat: list[_TextOp] = []
    for op in ops:
        if isinstance(op, (_Copy, _Emit, _Note)):
            flat.append(op)
        elif isinstance(op, _Table):
            flat.extend(_flatten(op.loose))
            for row in op.rows:
                for cell in row.cells:
                    flat.append(_Emit(" ", cell.pos))
                    flat.extend(_flatten(cell.ops))
        else:
            flat.append(_Emit(" ", op.pos))
    return flat


def _glued(cells: list[_Cell], texts: list[str]) -> list[list[_Cell]]:
    """Cells grouped into the cells a reader sees: EDGAR tables put the "$" of an amount,
    and the ")" or "%" after it, in cells of their own ("$" | "293,618"); glued back, the
    amount reads "$293,618" and lines up with the rows that have no "$" (one wide cell).
    """
    groups: list[list[_Cell]] = []
    previous = ""
    for cell, text in zip(cells, texts, strict=True):
        if (
            groups
            and text
            and previous
            and (CURRENCY_CELL.match(previous) or SUFFIX_CELL.match(text))
        ):
            groups[-1].append(cell)
        else:
            groups.append([cell])
        previous = text
    return groups


def _trim(raw: str, ops: list[_TextOp], *, both: bool = False) -> list[_TextOp]:
    """Drop trailing (with ``both`` also leading) whitespace, so that a cell's recorded span
    ends at its last character and glued cells join without a space."""
    out = list(ops)
    for index in range(len(out) - 1, -1, -1):
        op = out[index]
        if isinstance(op, _Note):
            continue
        stripped = _strip_op(raw, op, right=True)
        if stripped is not None:
            out[index] = stripped
            break
        del out[index]
    while both and out:
        op = out[0]
        if isinstance(op, _Note):
            break  # a suppression before the text: leading spaces after it collapse anyway
        stripped = _strip_op(raw, op, right=False)
        if stripped is not None:
            out[0] = stripped
            break
        del out[0]
    return out


def _strip_op(raw: str, op: _Copy | _Emit, *, right: bool) -> _Copy | _Emit | None:
    """``op`` without whitespace at one end; ``None`` if nothing but whitespace is left."""
    if isinstance(op, _Emit):
        text = op.text.rstrip() if right else op.text.lstrip()
        return _Emit(text, op.pos) if text else None
    start, end = op.start, op.end
    if right:
        while end > start and raw[end - 1].isspace():
            end -= 1
    else:
        while start < end and raw[start].isspace():
            start += 1
    return _Copy(start, end) if end > start else None


def _ops_text(raw: str, ops: list[_Op]) -> str:
    """The plain text operations produce (for shapes and markers, not for the output)."""
    parts: list[str] = []
    for op in _flatten(ops):
        if isinstance(op, _Copy):
            parts.append(raw[op.start : op.end])
        elif isinstance(op, _Emit):
            parts.append(op.text)
    return " ".join("".join(parts).split())
