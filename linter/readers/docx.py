"""Word releases (.docx): paragraphs, styles, tables, marker paragraphs and Word comments.

A .docx file has no text a finding could point into, so the reader makes one: every
paragraph of the body in document order (empty ones and those inside table cells too, cell
by cell) joined by newlines. That is ``Source.raw``; a finding's line is then the paragraph
number and its column the character within the paragraph, which a writer can find in Word.
To keep that true, a soft line break inside a paragraph is a space in ``raw`` (it still
breaks the line in the text rules see, so contact blocks keep their lines).

Structure comes from Word itself: "Title" and "Heading N" styles (or styles based on them)
are headings, "List ..." styles and numbered paragraphs are list items, tables are tables.
Suppressions live in a paragraph that is only a disclint directive, or in a Word comment
whose text starts with ``disclint:`` (counsel's usual way to annotate a draft).

python-docx is imported inside ``read``: importing it costs more than reading a release,
and most runs never see a .docx file.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from disclint.errors import InputError
from disclint.readers.html import classify_table
from disclint.readers.text import MARKER_LINE
from disclint.source import BlockKind, Source, TextBuilder

if TYPE_CHECKING:
    from collections.abc import Iterator

    from docx.document import Document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
P, TBL, TR, TC = W + "p", W + "tbl", W + "tr", W + "tc"
#: Wrappers whose children belong to the enclosing container (content controls, custom XML).
WRAPPERS = {W + "sdt": W + "sdtContent", W + "customXml": None}
COMMENT_START = W + "commentRangeStart"
VAL = W + "val"
ID = W + "id"
#: The runs of a paragraph that print: not deleted revisions, not text boxes (those are
#: paragraphs of their own, anchored in a run, and Word's fallback copy would double them).
RUNS = ".//w:r[not(ancestor::w:del) and not(ancestor::w:moveFrom) and not(ancestor::w:txbxContent)]"
HEADING_STYLE = re.compile(r"^heading ([1-9])$")
MISSING_PART = re.compile(r"no item named '([^']+)'")
#: The author of the comments ``disclint check --annotate`` writes; the reader skips them,
#: so checking an annotated copy gives the findings of the original.
ANNOTATION_AUTHOR = "disclint"

_Kind = tuple[BlockKind, int]
#: What a .docx may inflate to in all (text, styles, images): a long release with photos is
#: a few MB. The limit is on the uncompressed size, so a zip bomb is refused unread.
MAX_UNCOMPRESSED = 64 * 1024 * 1024
MAX_MEMBERS = 2000


def read(data: bytes, path: str) -> Source:
    """Read a .docx file; anything python-docx cannot open is an ``InputError``."""
    document = open_document(data, path)
    body = document.element.body
    if body is None:
        raise InputError(path, "not a valid .docx file: the document has no body")
    collector = _Collector(_style_kinds(document))
    items = collector.collect(body)
    if collector.anchors:
        _attach_comments(document, collector, path)
    raw = "\n".join(collector.parts)
    writer = _Writer(TextBuilder(raw))
    for item in items:
        writer.item(item)
    return writer.builder.build(path, "docx")


def paragraph_elements(document: Document) -> list[Any]:
    """The ``w:p`` elements of a document in reader order: element ``i`` is line ``i + 1``."""
    collector = _Collector({})
    collector.collect(document.element.body)
    return collector.elements


def open_document(data: bytes, path: str) -> Document:
    """The python-docx document, or an ``InputError`` saying in a few words what is wrong."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        _check_archive(data, path)
        return docx.Document(io.BytesIO(data))
    except InputError:
        raise
    except (zipfile.BadZipFile, PackageNotFoundError):
        reason = "not a zip archive"
    except KeyError as exc:
        missing = MISSING_PART.search(str(exc))
        reason = f"the archive has no {missing.group(1)}" if missing else "a part is missing"
    except etree.XMLSyntaxError as exc:
        reason = f"broken XML ({_one_line(str(exc.msg))})"
    except ValueError as exc:
        text = str(exc)
        reason = "not a Word document" if "not a Word file" in text else _one_line(text)
    except (zlib.error, EOFError, OSError) as exc:
        reason = f"corrupt zip archive ({_one_line(str(exc))})"
    except NotImplementedError as exc:
        reason = f"unsupported zip feature ({_one_line(str(exc))})"
    raise InputError(path, f"not a valid .docx file: {reason}")


def _check_archive(data: bytes, path: str) -> None:
    """Refuse, before anything is decompressed, what would be unbounded to read: members
    whose stated uncompressed size is too large in total (a zip bomb: 64 KB that inflates
    to a gigabyte), compression methods Python cannot read, and encrypted members.

    ``zipfile`` never inflates a member past its stated size, so checking the stated sizes
    bounds what python-docx can read.
    """
    supported = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise InputError(path, f"not a valid .docx file: {len(members)} parts in the archive")
    total = 0
    for member in members:
        if member.compress_type not in supported:
            raise InputError(
                path,
                f"not a valid .docx file: {member.filename} uses zip compression method "
                f"{member.compress_type}, which disclint cannot read",
            )
        if member.flag_bits & 0x1:
            raise InputError(path, f"not a valid .docx file: {member.filename} is encrypted")
        total += member.file_size
        if total > MAX_UNCOMPRESSED:
            raise InputError(
                path,
                f"not a valid .docx file: its parts inflate to more than "
                f"{MAX_UNCOMPRESSED // 1048576} MB (disclint reads releases up to that size)",
            )


def _one_line(text: str) -> str:
    return " ".join(text.split())[:100]


# -- styles -----------------------------------------------------------------------------------


def _style_kinds(document: Document) -> dict[str | None, _Kind]:
    """Block kind of every paragraph style id (``None``: the default paragraph style).

    Read from the styles XML once: names there are Word's internal ones ("heading 1",
    "List Bullet"), and a custom style based on a heading is a heading too.
    """
    styles: dict[str, tuple[str, str | None, bool]] = {}
    default: str | None = None
    for style in document.styles.element.xpath("./w:style[@w:type='paragraph']"):
        style_id = style.get(W + "styleId")
        if style_id is None:
            continue
        names = style.xpath("./w:name/@w:val")
        based = style.xpath("./w:basedOn/@w:val")
        numbered = bool(style.xpath("./w:pPr/w:numPr/w:numId[@w:val!='0']"))
        styles[style_id] = (
            names[0].lower() if names else "",
            based[0] if based else None,
            numbered,
        )
        if style.get(W + "default") in ("1", "true", "on"):
            default = style_id
    kinds: dict[str | None, _Kind] = {
        style_id: _style_kind(styles, style_id) for style_id in styles
    }
    kinds[None] = kinds.get(default, (BlockKind.PARAGRAPH, 0))
    return kinds


def _style_kind(styles: dict[str, tuple[str, str | None, bool]], style_id: str) -> _Kind:
    seen: set[str] = set()
    current: str | None = style_id
    while current is not None and current in styles and current not in seen:
        seen.add(current)
        name, based, numbered = styles[current]
        heading = HEADING_STYLE.match(name)
        if heading:
            return BlockKind.HEADING, int(heading.group(1))
        if name == "title":
            return BlockKind.HEADING, 1
        if name == "subtitle":
            return BlockKind.HEADING, 2
        if name.startswith("list") or numbered:
            return BlockKind.LIST_ITEM, 0
        current = based
    return BlockKind.PARAGRAPH, 0


# -- collecting the document ------------------------------------------------------------------


@dataclass(slots=True)
class _Para:
    """One paragraph: its range of ``raw``, its kind and what is anchored to it."""

    start: int
    end: int
    kind: BlockKind
    level: int
    breaks: list[int]
    marker: str | None
    notes: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Table:
    """Rows of cells; a cell is its paragraphs (nested tables' paragraphs included)."""

    rows: list[list[list[_Para]]]


class _Collector:
    """Walks the body in order, building ``raw`` and the paragraphs and tables in it."""

    def __init__(self, kinds: dict[str | None, _Kind]) -> None:
        self.kinds = kinds
        self.parts: list[str] = []
        self.elements: list[Any] = []  # the w:p of each part, in the same order
        self.offset = 0
        self.anchors: dict[str, _Para] = {}  # Word comment id -> paragraph it starts in
        self._references: dict[str, _Para] = {}
        self._pending: list[str] = []  # range starts seen between paragraphs

    def collect(self, body: Any) -> list[_Para | _Table]:
        items: list[_Para | _Table] = []
        for child in _content(body):
            if child.tag == P:
                items.append(self._paragraph(child))
            elif child.tag == TBL:
                items.append(_Table([self._row(row) for row in _children(child, TR)]))
            elif child.tag == COMMENT_START:
                self._pending.append(child.get(ID, ""))
        for comment_id, para in self._references.items():
            self.anchors.setdefault(comment_id, para)  # a comment with no range: its mark
        return items

    def _row(self, row: Any) -> list[list[_Para]]:
        return [self._cell(cell) for cell in _children(row, TC)]

    def _cell(self, cell: Any) -> list[_Para]:
        """The paragraphs of a cell; a nested table's flow into it, row by row."""
        paras: list[_Para] = []
        for child in _content(cell):
            if child.tag == P:
                paras.append(self._paragraph(child))
            elif child.tag == TBL:
                for row in _children(child, TR):
                    for inner in self._row(row):
                        paras.extend(inner)
        return paras

    def _paragraph(self, p: Any) -> _Para:
        text, breaks = _paragraph_text(p, self.offset)
        marker = MARKER_LINE.match(text)
        kind, level = self._kind(p)
        para = _Para(
            start=self.offset,
            end=self.offset + len(text),
            kind=kind,
            level=level,
            breaks=breaks,
            marker=marker.group("body") if marker else None,
        )
        self.parts.append(text)
        self.elements.append(p)
        self.offset += len(text) + 1
        for comment_id in [*self._pending, *p.xpath(".//w:commentRangeStart/@w:id")]:
            self.anchors.setdefault(comment_id, para)
        self._pending = []
        for comment_id in p.xpath(".//w:commentReference/@w:id"):
            self._references.setdefault(comment_id, para)
        return para

    def _kind(self, p: Any) -> _Kind:
        """Heading and list styles win; direct numbering or an outline level also count."""
        style = p.xpath("./w:pPr/w:pStyle/@w:val")
        kind = self.kinds.get(style[0] if style else None, (BlockKind.PARAGRAPH, 0))
        if kind[0] is BlockKind.HEADING:
            return kind
        outline = p.xpath("./w:pPr/w:outlineLvl/@w:val")
        if outline and outline[0].isdigit() and int(outline[0]) < 9:
            return BlockKind.HEADING, int(outline[0]) + 1
        numbering = p.xpath("./w:pPr/w:numPr/w:numId/@w:val")
        if numbering:
            numbered = numbering[0] != "0"  # numId 0 switches a style's numbering off
            return (BlockKind.LIST_ITEM, 0) if numbered else (BlockKind.PARAGRAPH, 0)
        return kind


def _paragraph_text(p: Any, base: int) -> tuple[str, list[int]]:
    """The printed text of a paragraph, soft line breaks as spaces (and their offsets)."""
    text = "".join(run.text for run in p.xpath(RUNS))
    breaks = [base + i for i, ch in enumerate(text) if ch == "\n"]
    return (text.replace("\n", " "), breaks) if breaks else (text, breaks)


def _content(element: Any) -> Iterator[Any]:
    """Children of a container, looking through content controls and custom XML."""
    for child in element.iterchildren():
        if child.tag in WRAPPERS:
            inner = WRAPPERS[child.tag]
            holder = child.find(inner) if inner else child
            if holder is not None:
                yield from _content(holder)
        else:
            yield child


def _children(element: Any, tag: str) -> Iterator[Any]:
    return (child for child in _content(element) if child.tag == tag)


def _attach_comments(document: Document, collector: _Collector, path: str) -> None:
    """Word comments that are disclint directives, anchored to their paragraph."""
    from lxml import etree

    try:
        bodies = {
            str(c.comment_id): c.text for c in document.comments if c.author != ANNOTATION_AUTHOR
        }
    except (KeyError, ValueError, etree.LxmlError) as exc:
        raise InputError(path, f"not a valid .docx file: unreadable comments ({exc})") from None
    for comment_id, para in collector.anchors.items():
        body = bodies.get(comment_id, "").strip()
        if body.lower().startswith("disclint"):  # a garbled one is reported, not dropped
            para.notes.append(body)


# -- writing the text -------------------------------------------------------------------------


class _Writer:
    """Feeds the builder from ``raw`` ranges, so that every character maps back exactly."""

    def __init__(self, builder: TextBuilder) -> None:
        self.builder = builder
        self.raw = builder.raw

    def item(self, item: _Para | _Table) -> None:
        if isinstance(item, _Para):
            self.paragraph(item)
        else:
            self.table(item)

    def paragraph(self, para: _Para) -> None:
        """A block of its own; comments anchored here precede it, so they cover it."""
        builder = self.builder
        if para.notes or para.marker is not None:
            builder.end_block()
        self._notes(para)
        if para.marker is not None or not self.raw[para.start : para.end].strip():
            return
        builder.begin_block(para.kind, para.level)
        pos = para.start
        for brk in para.breaks:
            builder.copy(pos, brk)
            builder.newline(brk)
            pos = brk + 1
            while pos < para.end and self.raw[pos] in " \t":
                pos += 1
        builder.copy(pos, para.end)
        builder.end_block()

    def _notes(self, para: _Para) -> None:
        for body in para.notes:
            self.builder.comment(body, para.start, para.start)
        if para.marker is not None:
            self.builder.comment(para.marker, para.start, para.end)

    def table(self, table: _Table) -> None:
        texts = [[self._cell_text(cell) for cell in row] for row in table.rows]
        shape = classify_table([row for row in texts if any(row)])
        self.builder.end_block()
        if shape == "table":
            self._data_table(table, texts)
        elif shape == "paragraphs":  # a one-column table is a frame around paragraphs
            for row in table.rows:
                for cell in row:
                    for para in cell:
                        self.paragraph(para)
        else:
            self._layout_rows(table, texts, shape == "list")
        self.builder.end_block()

    def _cell_text(self, cell: list[_Para]) -> str:
        words = (self.raw[p.start : p.end] for p in cell if p.marker is None)
        return " ".join(" ".join(words).split())

    def _data_table(self, table: _Table, texts: list[list[str]]) -> None:
        """One TABLE block: a line per row, a tab between cells, each cell's span recorded."""
        builder = self.builder
        builder.begin_block(BlockKind.TABLE)
        rows: list[list[tuple[int, int]]] = []
        for row, cell_texts in zip(table.rows, texts, strict=True):
            if not any(cell_texts):
                for cell in row:
                    for para in cell:
                        self._notes(para)
                continue
            if rows:
                builder.newline(max(row[0][0].start - 1, 0) if row[0] else 0)
            last = max(i for i, text in enumerate(cell_texts) if text)
            spans: list[tuple[int, int]] = []
            for index, cell in enumerate(row):
                if index > last:
                    for para in cell:
                        self._notes(para)
                    continue
                if index:
                    builder.cell_break(max(cell[0].start - 1, 0) if cell else 0)
                start = builder.offset()
                self._inline_cell(cell)
                spans.append((start, builder.offset()))
            rows.append(spans)
        builder.set_rows(rows)
        builder.end_block()

    def _layout_rows(self, table: _Table, texts: list[list[str]], bullets: bool) -> None:
        """Bullet tables give list items (without the glyph), footnote tables paragraphs."""
        builder = self.builder
        for row, cell_texts in zip(table.rows, texts, strict=True):
            filled = [index for index, text in enumerate(cell_texts) if text]
            builder.begin_block(BlockKind.LIST_ITEM if bullets else BlockKind.PARAGRAPH)
            for index, cell in enumerate(row):
                if index in filled and not (bullets and index == filled[0]):
                    # A space between cells; the builder drops it at the start of the block.
                    builder.emit(" ", max(cell[0].start - 1, 0) if cell else 0)
                    self._inline_cell(cell)
                else:
                    for para in cell:
                        self._notes(para)
            builder.end_block()

    def _inline_cell(self, cell: list[_Para]) -> None:
        """A cell's paragraphs as one run of text: joined by spaces, tabs become spaces."""
        builder = self.builder
        first = True
        for para in cell:
            self._notes(para)
            text = self.raw[para.start : para.end]
            stripped = text.strip()
            if para.marker is not None or not stripped:
                continue
            if not first:
                builder.emit(" ", para.start - 1)
            first = False
            start = para.start + len(text) - len(text.lstrip())
            end = start + len(stripped)
            tab = self.raw.find("\t", start, end)
            while tab != -1:
                builder.copy(start, tab)
                builder.emit(" ", tab)
                start = tab + 1
                tab = self.raw.find("\t", start, end)
            builder.copy(start, end)
