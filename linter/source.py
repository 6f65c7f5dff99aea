"""The text a rule sees, and the map from every character of it back to the file.

Readers strip markup (tags, entities, Markdown escapes) so that rules match prose, but a
finding must still point at the line and column a lawyer sees in their editor. Every
character of ``Source.text`` therefore carries the offset of the character it came from in
``Source.raw``, the decoded original. For a .docx file ``raw`` is the document's paragraphs
joined by newlines, so a "line" there is a paragraph number.

This module is on every run's start-up path: plain dataclasses and the standard library only.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from disclint.lazyre import lazy_compile


class BlockKind(str, Enum):
    """The block-level shapes the readers recognise; the grammar decides what they mean."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"
    BLOCKQUOTE = "blockquote"


@dataclass(frozen=True, slots=True)
class Position:
    """A place in the original file: 1-based line and column, 0-based character offset."""

    line: int
    column: int
    offset: int


@dataclass(slots=True)
class Block:
    """A run of ``Source.text`` (``start``..``end``) that the reader saw as one unit.

    ``rows`` holds, for a table, each row's cells as (start, end) offsets into the text.
    """

    kind: BlockKind
    start: int
    end: int
    level: int = 0
    rows: list[list[tuple[int, int]]] | None = None


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment or marker line the reader removed from the text (suppressions live here).

    ``start``/``end`` are raw offsets; ``text_offset`` is where it sat in ``Source.text``;
    ``inline`` says it sat inside a block's text (it then belongs to that block, not the next).
    """

    body: str
    start: int
    end: int
    text_offset: int
    inline: bool = False


@dataclass(frozen=True, slots=True)
class Artifact:
    """Markup the reader removed because the format would have printed it literally.

    A ``<u>`` tag or a ``\\$`` escape in a plain-text release reaches the wire as typed; the
    reader takes it out of the text rules see and records it here so a hygiene rule can
    report it at ``start``..``end`` (raw offsets) and offer ``replacement`` as the fix.
    """

    kind: str
    start: int
    end: int
    replacement: str


@dataclass(slots=True)
class Source:
    """A decoded file: its original text, the normalised text and the map between them."""

    path: str
    format: str
    raw: str
    text: str
    #: The raw offset of each character of ``text``: an ``array`` of unsigned 32-bit
    #: integers (4 bytes a character; a list of ints took 36, most of a large release's
    #: memory).
    origin: Sequence[int]
    blocks: list[Block] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    artifacts: list[Artifact] = field(default_factory=list)
    encoding: str = "utf-8"
    _line_starts: list[int] | None = None

    @property
    def line_starts(self) -> list[int]:
        """Raw offsets at which each line begins (``\\n``, ``\\r\\n``, ``\\r`` end lines)."""
        if self._line_starts is None:
            starts = [0]
            raw = self.raw
            i = raw.find("\n")
            while i != -1:
                starts.append(i + 1)
                i = raw.find("\n", i + 1)
            if "\r" in raw:
                starts = _add_bare_cr_lines(raw, starts)
            self._line_starts = starts
        return self._line_starts

    def raw_offset(self, text_offset: int) -> int:
        """The raw offset of the character at ``text_offset`` (the end maps past the last one)."""
        if not self.origin:
            return 0
        if text_offset >= len(self.origin):
            return self.origin[-1] + 1 if self.origin else len(self.raw)
        return self.origin[max(text_offset, 0)]

    def raw_end(self, text_end: int) -> int:
        """The raw offset just past the character before ``text_end`` (an exclusive end)."""
        if text_end <= 0 or not self.origin:
            return self.raw_offset(0)
        return self.origin[min(text_end, len(self.origin)) - 1] + 1

    def raw_position(self, raw_offset: int) -> Position:
        """Line and column (both 1-based, columns in characters) of a raw offset."""
        starts = self.line_starts
        index = bisect.bisect_right(starts, raw_offset) - 1
        return Position(line=index + 1, column=raw_offset - starts[index] + 1, offset=raw_offset)

    def position(self, text_offset: int) -> Position:
        """Where the character at ``text_offset`` of the normalised text sits in the file."""
        return self.raw_position(self.raw_offset(text_offset))

    def end_position(self, text_end: int) -> Position:
        """Where an exclusive end offset of the normalised text sits in the file."""
        return self.raw_position(self.raw_end(text_end))

    def span_positions(self, text_start: int, text_end: int) -> tuple[Position, Position]:
        """``(position(text_start), end_position(text_end))`` in one call: the parser asks
        for both ends of every block and table cell (some 40,000 spans a corpus run)."""
        origin = self.origin
        count = len(origin)
        if not count:
            first = last = 0
        else:
            first = origin[-1] + 1 if text_start >= count else origin[max(text_start, 0)]
            last = origin[0] if text_end <= 0 else origin[min(text_end, count) - 1] + 1
        starts = self.line_starts
        index = bisect.bisect_right(starts, first) - 1
        begin = Position(line=index + 1, column=first - starts[index] + 1, offset=first)
        index = bisect.bisect_right(starts, last) - 1
        return begin, Position(line=index + 1, column=last - starts[index] + 1, offset=last)

    def line_text(self, line: int) -> str:
        """The raw text of a 1-based line, without its line ending (for carets in reports)."""
        starts = self.line_starts
        if not 1 <= line <= len(starts):
            return ""
        begin = starts[line - 1]
        finish = starts[line] if line < len(starts) else len(self.raw)
        return self.raw[begin:finish].rstrip("\r\n")

    def block_at(self, text_offset: int) -> Block | None:
        """The block containing a text offset, if any."""
        starts = [b.start for b in self.blocks]
        index = bisect.bisect_right(starts, text_offset) - 1
        if index >= 0 and self.blocks[index].start <= text_offset < max(
            self.blocks[index].end, self.blocks[index].start + 1
        ):
            return self.blocks[index]
        return None


def _add_bare_cr_lines(raw: str, starts: list[int]) -> list[int]:
    """Old Mac line endings: a ``\\r`` not followed by ``\\n`` also ends a line."""
    extra = [i + 1 for i, ch in enumerate(raw) if ch == "\r" and raw[i + 1 : i + 2] != "\n"]
    return sorted(set(starts) | set(extra))


#: Unicode spaces that rules should see as a plain space (one character for one, so the
#: offset map is unchanged): no-break, narrow no-break, thin, en, em and figure spaces.
_SPACE_CHARS = "\u00a0\u202f\u2009\u2002\u2003\u2007\u200a"
_SPACES = str.maketrans(dict.fromkeys(_SPACE_CHARS, " "))
#: The same replacement for a whole piece: ``str.translate`` with a table looks each
#: character up in a dict once the text holds any non-ASCII character (a curly quote),
#: some 100 times slower than this scan for the rare space to replace.
_ODD_SPACE = re.compile(f"[{_SPACE_CHARS}]")
#: A run of the spaces that collapse (``collapse_spaces``), or a run of other characters.
_RUNS = lazy_compile(r"[ \t\r\n]+|[^ \t\r\n]+")
#: What makes ``_copy_collapsing`` collapse anything but a leading space: a run of two
#: spaces, or a tab or line break (each becomes a space).
_COLLAPSIBLE = lazy_compile(r"[\t\r\n]|  ")


#: The raw offsets 0, 1, 2, ... as the origin map stores them, grown on demand up to
#: ``_IOTA_LIMIT`` (1 MiB): the offsets of a copied piece are a slice of it (copied in C)
#: rather than an ``extend`` from a ``range``, which makes and converts an integer object
#: per character (a tenth of reading a Markdown release). Offsets past the limit (a very
#: large file) are taken from a ``range`` as before.
_IOTA: array[int] = array("I")
_IOTA_LIMIT = 1 << 18


def _offsets(start: int, stop: int) -> array[int] | range:
    """The integers ``start`` .. ``stop - 1``, for ``array.extend``."""
    if stop > len(_IOTA):
        if stop > _IOTA_LIMIT:
            return range(start, stop)
        size = min(max(stop, 2 * len(_IOTA), 4096), _IOTA_LIMIT)
        _IOTA.extend(range(len(_IOTA), size))
    return _IOTA[start:stop]


class TextBuilder:
    """Accumulates normalised text block by block while recording each character's origin.

    Readers call ``copy`` for text taken verbatim from the raw file and ``emit`` for text
    that replaces something (an entity, an escape, a line break joined into a space).
    Blocks are separated by one blank line in the output; whitespace at a block's edges is
    dropped, and runs of spaces collapse when ``collapse_spaces`` is set (HTML).
    """

    def __init__(self, raw: str, *, collapse_spaces: bool = False) -> None:
        self.raw = raw
        self.collapse_spaces = collapse_spaces
        self._chars: list[str] = []
        # unsigned 32-bit: a raw offset is below the 10 MB read limit (4 bytes a character)
        self._origin: array[int] = array("I")
        self._blocks: list[Block] = []
        self._comments: list[Comment] = []
        self._artifacts: list[Artifact] = []
        self._open: Block | None = None
        self._last_raw = 0

    # -- text -------------------------------------------------------------------------------

    def copy(self, raw_start: int, raw_end: int) -> None:
        """Append ``raw[raw_start:raw_end]`` as it is."""
        if raw_end <= raw_start:
            return
        self._ensure_block()
        if self.collapse_spaces:
            self._copy_collapsing(raw_start, raw_end)
            return
        piece = _ODD_SPACE.sub(" ", self.raw[raw_start:raw_end])
        if self._at_block_start() and piece[:1].isspace():
            stripped = piece.lstrip()
            raw_start += len(piece) - len(stripped)
            piece = stripped
        self._chars.extend(piece)
        self._origin.extend(_offsets(raw_start, raw_start + len(piece)))
        self._last_raw = raw_end

    def emit(self, text: str, raw_pos: int) -> None:
        """Append replacement ``text``; every character maps to ``raw_pos``."""
        if not text:
            return
        self._ensure_block()
        for ch in text:
            self._put(ch, raw_pos)
        self._last_raw = max(self._last_raw, raw_pos)

    def _copy_collapsing(self, raw_start: int, raw_end: int) -> None:
        """``copy`` with runs of spaces collapsed: what ``_put`` of each character does, a
        run at a time (an HTML exhibit copies a million characters)."""
        piece = _ODD_SPACE.sub(" ", self.raw[raw_start:raw_end])
        chars, origin = self._chars, self._origin
        if _COLLAPSIBLE.search(piece) is None and not self._at_block_start():
            # no run of two spaces, no tab or line break (a cell's "Total revenue"): each
            # space is a run of one, kept unless a space ends the text already, and every
            # kept character maps to its own offset: one copy of the piece (most pieces)
            if piece[0] == " " and chars[-1] in " \n\t":
                piece = piece[1:]
                raw_start += 1
            chars.extend(piece)
            origin.extend(_offsets(raw_start, raw_start + len(piece)))
            return
        for run in _RUNS.finditer(piece):
            start = raw_start + run.start()
            text = run.group()
            if text[0] in " \t\r\n":
                # one space for the run, unless the block starts here or a space ends it
                if not self._at_block_start() and chars[-1] not in " \n\t":
                    chars.append(" ")
                    origin.append(start)
                continue
            if self._at_block_start():
                kept = text.lstrip()  # other spaces (form feeds, U+2028) open no block
                start += len(text) - len(kept)
                text = kept
            chars.extend(text)
            origin.extend(_offsets(start, start + len(text)))

    def _put(self, ch: str, raw_pos: int) -> None:
        ch = ch.translate(_SPACES)
        if (ch in " \t" and self.collapse_spaces) or (ch in "\r\n" and self.collapse_spaces):
            if self._at_block_start() or (self._chars and self._chars[-1] in " \n\t"):
                return
            ch = " "
        elif ch.isspace() and ch not in "\n\t" and self._at_block_start():
            return
        self._chars.append(ch)
        self._origin.append(raw_pos)

    def newline(self, raw_pos: int) -> None:
        """A hard line break inside the current block (``<br>``, a line of an address)."""
        if self._open is None or self._at_block_start():
            return
        self._trim_trailing_space()
        if self._chars and self._chars[-1] == "\n":
            return
        self._chars.append("\n")
        self._origin.append(raw_pos)

    def cell_break(self, raw_pos: int) -> None:
        """Separates two table cells of one row (a tab in the normalised text)."""
        self._ensure_block()
        self._trim_trailing_space()
        self._chars.append("\t")
        self._origin.append(raw_pos)

    def _trim_trailing_space(self) -> None:
        assert self._open is not None
        while len(self._chars) > self._open.start and self._chars[-1] in " \u00a0":
            self._chars.pop()
            self._origin.pop()

    def _at_block_start(self) -> bool:
        return self._open is None or len(self._chars) == self._open.start

    # -- blocks -----------------------------------------------------------------------------

    def begin_block(self, kind: BlockKind, level: int = 0) -> None:
        """Start a new block, closing any open one."""
        self.end_block()
        if self._chars:
            # A blank line between blocks, mapped to the end of the previous block's source.
            self._chars.extend("\n\n")
            self._origin.extend((self._last_raw, self._last_raw))
        self._open = Block(kind=kind, start=len(self._chars), end=len(self._chars), level=level)

    def end_block(self) -> None:
        """Close the open block; an empty block is dropped with its separator."""
        block = self._open
        if block is None:
            return
        while len(self._chars) > block.start and self._chars[-1] in " \t\n\u00a0":
            self._chars.pop()
            self._origin.pop()
        block.end = len(self._chars)
        if block.end == block.start:
            if block.start >= 2 and self._chars[block.start - 2 : block.start] == ["\n", "\n"]:
                del self._chars[block.start - 2 :]
                del self._origin[block.start - 2 :]
        else:
            self._blocks.append(block)
        self._open = None

    def set_rows(self, rows: list[list[tuple[int, int]]]) -> None:
        """Attach cell spans to the open table block."""
        if self._open is not None:
            self._open.rows = rows

    @property
    def current_block(self) -> Block | None:
        return self._open

    def offset(self) -> int:
        """The length of the text so far (the offset the next character will get)."""
        return len(self._chars)

    def _ensure_block(self) -> None:
        if self._open is None:
            self.begin_block(BlockKind.PARAGRAPH)

    # -- comments -----------------------------------------------------------------------------

    def comment(self, body: str, raw_start: int, raw_end: int) -> None:
        """Record a removed comment or marker line (a suppression, say) and where it sat."""
        inline = self._open is not None and len(self._chars) > self._open.start
        self._comments.append(
            Comment(
                body=body,
                start=raw_start,
                end=raw_end,
                text_offset=len(self._chars),
                inline=inline,
            )
        )

    def artifact(self, kind: str, raw_start: int, raw_end: int, replacement: str) -> None:
        """Record markup removed from the text because it would have printed literally."""
        self._artifacts.append(Artifact(kind, raw_start, raw_end, replacement))

    # -- result -----------------------------------------------------------------------------

    def build(self, path: str, fmt: str) -> Source:
        """Close the last block and return the finished ``Source``."""
        self.end_block()
        return Source(
            path=path,
            format=fmt,
            raw=self.raw,
            text="".join(self._chars),
            origin=self._origin,
            blocks=self._blocks,
            comments=self._comments,
            artifacts=self._artifacts,
        )
