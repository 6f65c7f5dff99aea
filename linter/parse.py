"""From a ``Source`` to a ``Release``: the block grammar, then the model builder.

1. The reader's blocks become the "block view": one line per block, prefixed with its
   kind, line breaks inside a block shown as ``\\x1f``.
2. ``grammar/release.lark`` (LALR, contextual lexer) classifies each block by its text and
   groups blocks into sections. It accepts every sequence of blocks, so it never fails.
3. A Lark ``Transformer`` turns the tree into section records, and ``ReleaseBuilder``
   decides what the grammar leaves to judgement: front matter, headline and subheadlines,
   the dateline (``grammar/dateline.lark``), quotes, About subjects and contacts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from disclint.contacts import find_emails, find_phones, parse_contacts
from disclint.dateline import match_dateline, parse_date
from disclint.model import (
    About,
    Contact,
    Dateline,
    Element,
    ForwardLooking,
    FrontItem,
    Markup,
    Paragraph,
    Quote,
    Release,
    Section,
    SectionKind,
    Span,
)
from disclint.quotes import Attribution, find_quotes, resolve_across
from disclint.source import Block, BlockKind, Source

if TYPE_CHECKING:
    from lark import Token

_PREFIX = {
    BlockKind.PARAGRAPH: "p",
    BlockKind.LIST_ITEM: "li",
    BlockKind.TABLE: "tb",
    BlockKind.BLOCKQUOTE: "bq",
}
#: How far into the release the dateline may start (in blocks after the front matter).
DATELINE_SEARCH = 8
#: A headline or subheadline is short; a body paragraph is not.
HEADLINE_MAX = 260

_TERMINAL_PUNCTUATION = re.compile(r"[.!?:;,”\"]$")
_ABBREVIATION_END = re.compile(r"\b(?:Inc|Corp|Co|Ltd|LLC|L\.P|N\.V|S\.A|plc|U\.S)\.$")
_ABOUT_WORD = re.compile(r"^(?:About|ABOUT)\s+")
_FLS_LEAD = re.compile(
    r"^(?P<heading>[^.:\n]{0,80}?(?:forward[- ‐]looking (?:statements?|information)|"
    r"safe[- ]harbou?r(?: statement)?|cautionary (?:note|statement)s?)[^.:\n]{0,60}?)"
    r"(?:\s*[:.—–]\s*|\s+-\s+|\n|$)",
    re.IGNORECASE,
)
_FRONT_KIND = (
    ("embargo", re.compile(r"embargo", re.IGNORECASE)),
    ("immediate", re.compile(r"immediate", re.IGNORECASE)),
)


def parse_source(source: Source) -> Release:
    """Parse a read ``Source`` into a ``Release``."""
    from disclint.grammars import load

    tree = load("release").parse(block_view(source))
    records = _SectionRecords().transform(tree)
    return ReleaseBuilder(source, records).build()


def block_view(source: Source) -> str:
    """One line per block: kind prefix, then the block text with line breaks as \\x1f."""
    lines = []
    for block in source.blocks:
        # Word has Heading 7-9 and outline levels to 9; the grammar knows h1-h6.
        level = min(block.level or 1, 6)
        prefix = f"h{level}" if block.kind is BlockKind.HEADING else _PREFIX[block.kind]
        text = source.text[block.start : block.end].replace("\n", "\x1f")
        lines.append(f"{prefix} {text}\n")
    return "".join(lines)


@dataclass(slots=True)
class _Item:
    kind: str
    block: int


@dataclass(slots=True)
class _Section:
    kind: str
    header: _Item
    items: list[_Item] = field(default_factory=list)


def _transformer_base() -> Any:
    from lark import Transformer

    return Transformer


class _SectionRecords(_transformer_base()):  # type: ignore[misc]
    """Lark ``Transformer``: tree -> items and section records (block indexes, not text)."""

    @staticmethod
    def _item(kind: str, children: list[Token]) -> _Item:
        return _Item(kind, (children[0].line or 1) - 1)

    def paragraph(self, children: list[Token]) -> _Item:
        return self._item("paragraph", children)

    def heading(self, children: list[Token]) -> _Item:
        return self._item("heading", children)

    def list_item(self, children: list[Token]) -> _Item:
        return self._item("list_item", children)

    def table(self, children: list[Token]) -> _Item:
        return self._item("table", children)

    def blockquote(self, children: list[Token]) -> _Item:
        return self._item("blockquote", children)

    def front(self, children: list[Token]) -> _Item:
        return self._item("front", children)

    def date_line(self, children: list[Token]) -> _Item:
        return self._item("date_line", children)

    @staticmethod
    def _section(kind: str, children: list[Any]) -> _Section:
        header_token = children[0]
        header = _Item(str(header_token.type).lower(), (header_token.line or 1) - 1)
        return _Section(kind, header, [c for c in children[1:] if isinstance(c, _Item)])

    def about(self, children: list[Any]) -> _Section:
        return self._section("about", children)

    def forward_looking(self, children: list[Any]) -> _Section:
        return self._section("forward_looking", children)

    def contacts(self, children: list[Any]) -> _Section:
        return self._section("contacts", children)

    def source(self, children: list[Any]) -> _Section:
        return self._section("source", children)

    def end_mark(self, children: list[Any]) -> _Section:
        return self._section("end_mark", children)

    def footer(self, children: list[Any]) -> _Section:
        return self._section("footer", children)

    def start(self, children: list[Any]) -> list[_Item | _Section]:
        return list(children)


class ReleaseBuilder:
    """Builds the ``Release`` model from section records and the source text.

    Models are made with ``model_construct``: the values come from this module, typed and
    checked by mypy, so pydantic's validation would only cost start-up time (building the
    validators takes tens of milliseconds, paid by every pre-commit run).
    """

    def __init__(self, source: Source, records: list[_Item | _Section]) -> None:
        self.source = source
        self.text = source.text
        self.blocks = source.blocks
        self.records = records
        self.release = Release.model_construct(
            path=source.path, format=source.format, text=source.text
        )
        self.sections: list[Section] = []

    # -- helpers ------------------------------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        return Span.model_construct(
            start=self.source.position(start),
            end=self.source.end_position(end),
            text_start=start,
            text_end=end,
        )

    def element(self, start: int, end: int) -> Element:
        return Element.model_construct(text=self.text[start:end], span=self.span(start, end))

    def block_text(self, index: int) -> str:
        block = self.blocks[index]
        return self.text[block.start : block.end]

    def paragraph(self, index: int, heading: str | None = None) -> Paragraph:
        block = self.blocks[index]
        rows = None
        if block.kind is BlockKind.TABLE and block.rows is not None:
            rows = [[self.element(a, b) for a, b in row] for row in block.rows]
        return Paragraph.model_construct(
            text=self.text[block.start : block.end],
            span=self.span(block.start, block.end),
            kind=block.kind,
            level=block.level,
            heading=heading,
            rows=rows,
        )

    def add_section(self, kind: SectionKind, start: int, end: int) -> None:
        if end > start:
            self.sections.append(Section.model_construct(kind=kind, span=self.span(start, end)))

    # -- build --------------------------------------------------------------------------------

    def build(self) -> Release:
        leading: list[_Item] = []
        sections: list[_Section] = []
        for record in self.records:
            if isinstance(record, _Item):
                leading.append(record)
            elif sections and record.kind == sections[-1].kind == "forward_looking":
                # A legend's header followed by paragraphs that each read like a legend
                # opening is one section, not several.
                sections[-1].items.extend([_Item("paragraph", record.header.block), *record.items])
            else:
                sections.append(record)
        body_items = self._front_and_headline(leading)
        self._body(body_items)
        for section in sections:
            self._section(section)
        self._quotes()
        self.release.contacts = join_split_cards(self.release.contacts, self.text)
        release = self.release
        release.attach(self.source)
        release.markup = [
            Markup.model_construct(
                kind=a.kind,
                raw=self.source.raw[a.start : a.end],
                replacement=a.replacement,
                start=self.source.raw_position(a.start),
                end=self.source.raw_position(a.end),
            )
            for a in self.source.artifacts
        ]
        release.sections = sorted(self.sections, key=lambda s: s.span.text_start)
        return release

    def _front_and_headline(self, items: list[_Item]) -> list[_Item]:
        """Split the items before the first section into front matter, headline,
        subheadlines and body; returns the body items."""
        front: list[_Item] = []
        rest: list[_Item] = []
        for position, item in enumerate(items):
            if item.kind in ("front", "date_line") and not any(
                r.kind == "paragraph" and not self._headline_like(r.block) for r in rest
            ):
                front.append(item)
            else:
                rest.extend(items[position:])
                break
        else:
            rest = []
        # Front-matter lines can also follow the headline ("Headline" / "May 30, 2017").
        dateline_at = self._find_dateline(rest)
        prelude_end = self._prelude_without_dateline(rest) if dateline_at is None else dateline_at
        prelude = rest[:prelude_end]
        for item in prelude:
            if item.kind in ("front", "date_line"):
                front.append(item)
        for item in sorted(front, key=lambda i: i.block):
            self._front_item(item)
        titles = [i for i in prelude if i.kind not in ("front", "date_line")]
        if titles:
            first = self.blocks[titles[0].block]
            self.release.headline = self.element(*self._first_line(first))
            self.add_section("headline", first.start, first.end)
            for item in titles[1:]:
                block = self.blocks[item.block]
                self.release.subheadlines.append(self.element(block.start, block.end))
                self.add_section("subheadline", block.start, block.end)
        return rest[prelude_end:]

    def _first_line(self, block: Block) -> tuple[int, int]:
        """A headline is one line even if the reader kept a subtitle in the same block."""
        newline = self.text.find("\n", block.start, block.end)
        return block.start, newline if newline != -1 else block.end

    def _headline_like(self, index: int) -> bool:
        """Headlines are short and end without a full stop (or with "Inc." and the like)."""
        block = self.blocks[index]
        text = self.text[block.start : block.end].strip()
        if block.kind is BlockKind.HEADING:
            return True
        if len(text) > HEADLINE_MAX or block.kind is BlockKind.TABLE:
            return False
        return not _TERMINAL_PUNCTUATION.search(text) or bool(_ABBREVIATION_END.search(text))

    def _find_dateline(self, items: list[_Item]) -> int | None:
        for position, item in enumerate(items[:DATELINE_SEARCH]):
            if item.kind not in ("paragraph", "heading", "list_item"):
                continue
            found = match_dateline(self.block_text(item.block))
            if found is None:
                continue
            block = self.blocks[item.block]
            end = block.start + found.length
            while end > block.start and self.text[end - 1] in " \t-–—/":
                end -= 1
            if found.form == "wire_only" and position + 1 < len(items):
                # "--News Direct--" stands alone; the body starts after it.
                self._set_dateline(found, block.start, end)
                return position + 1 if position else 1
            self._set_dateline(found, block.start, end)
            return position
        return None

    def _set_dateline(self, found: Any, start: int, end: int) -> None:
        self.release.dateline = Dateline.model_construct(
            text=self.text[start:end],
            span=self.span(start, end),
            place=found.place,
            city=found.city,
            region=found.region,
            wire=found.wire,
            date=found.date,
            date_text=found.date_text,
            weekday=found.weekday,
            form=found.form,
        )
        self.add_section("dateline", start, end)

    def _prelude_without_dateline(self, items: list[_Item]) -> int:
        """With no dateline, the headline and subheadlines are the short blocks on top."""
        for position, item in enumerate(items):
            if item.kind in ("front", "date_line"):
                continue
            if item.kind == "table" or not self._headline_like(item.block):
                return position
            if position >= DATELINE_SEARCH:
                return position
        return len(items)

    def _front_item(self, item: _Item) -> None:
        block = self.blocks[item.block]
        text = self.text[block.start : block.end]
        if item.kind == "date_line":
            kind = "date"
        else:
            kind = next((k for k, pattern in _FRONT_KIND if pattern.search(text)), "banner")
        self.release.front.append(
            FrontItem.model_construct(
                text=text,
                span=self.span(block.start, block.end),
                kind=kind,
                date=parse_date(text.strip().rstrip(".")) if kind == "date" else None,
            )
        )
        self.add_section("front", block.start, block.end)

    def _body(self, items: list[_Item], *, resumed: bool = False) -> None:
        heading: str | None = None
        for item in items:
            block = self.blocks[item.block]
            text = self.text[block.start : block.end]
            if item.kind == "heading" or (
                item.kind == "paragraph"
                and _is_subheading(text)
                and (item is not items[0] or resumed)
            ):
                heading = text.strip()
            self.release.body.append(self.paragraph(item.block, heading))
        if items:
            first = self.blocks[items[0].block]
            last = self.blocks[items[-1].block]
            self.add_section("body", first.start, last.end)

    # -- sections -------------------------------------------------------------------------------

    def _section(self, section: _Section) -> None:
        header = self.blocks[section.header.block]
        items = section.items
        end = self.blocks[items[-1].block].end if items else header.end
        if section.kind == "about":
            self._about(header, items, end)
        elif section.kind == "forward_looking":
            self._forward_looking(section, header, items, end)
        elif section.kind == "contacts":
            cards, resumed = self._contact_cards(section.header.block, items)
            self._contacts(section.header.block, cards)
            if not self.release.body and self.release.dateline is None:
                # A "CONTACT:" block above the release text (older wire style): the
                # dateline and the body follow it.
                dateline_at = self._find_dateline(resumed) or 0
                resumed = resumed[dateline_at:]
            self._body(resumed, resumed=True)
        elif section.kind == "source":
            start, stop = self._first_line(header)
            self.release.source_line = self.element(start, stop)
            self.add_section("source", start, stop)
            self._footer(items)
        elif section.kind == "end_mark":
            self.release.end_mark = self.element(header.start, header.end)
            self.add_section("end_mark", header.start, header.end)
            self._footer(items)
        else:
            self._footer([section.header, *items])

    def _about(self, header: Block, items: list[_Item], end: int) -> None:
        line_start, line_end = self._first_line(header)
        heading = self.text[line_start:line_end]
        subject = _ABOUT_WORD.sub("", heading).strip().rstrip(":").strip()
        if subject.endswith(".") and not _ABBREVIATION_END.search(subject):
            subject = subject[:-1].rstrip()
        paragraphs = []
        if line_end < header.end:
            rest_start = line_end + 1
            paragraphs.append(
                Paragraph.model_construct(
                    text=self.text[rest_start : header.end],
                    span=self.span(rest_start, header.end),
                )
            )
        paragraphs.extend(self.paragraph(i.block) for i in items)
        self.release.about.append(
            About.model_construct(
                text=self.text[header.start : end],
                span=self.span(header.start, end),
                subject=subject,
                heading=self.element(line_start, line_end),
                paragraphs=paragraphs,
            )
        )
        self.add_section("about", header.start, end)

    def _forward_looking(
        self, section: _Section, header: Block, items: list[_Item], end: int
    ) -> None:
        """The legend's heading (if it has one) and its paragraphs; a heading that opens the
        first paragraph ("Forward-Looking Statements: Statements in ...") is split off."""
        paragraphs: list[Paragraph] = []
        heading: str | None = None
        rest_start = header.start
        lead = _FLS_LEAD.match(self.block_text(section.header.block))
        if lead and len(lead.group("heading").split()) <= 10:
            heading = lead.group("heading").strip()
            rest_start = header.start + lead.end()
        while rest_start < header.end and self.text[rest_start].isspace():
            rest_start += 1
        if rest_start < header.end:
            paragraphs.append(
                Paragraph.model_construct(
                    text=self.text[rest_start : header.end], span=self.span(rest_start, header.end)
                )
            )
        paragraphs.extend(self.paragraph(i.block) for i in items)
        self.release.forward_looking.append(
            ForwardLooking.model_construct(
                text=self.text[header.start : end],
                span=self.span(header.start, end),
                heading=heading,
                paragraphs=paragraphs,
            )
        )
        self.add_section("forward_looking", header.start, end)

    def _contact_cards(
        self, header_block: int, items: list[_Item]
    ) -> tuple[list[_Item], list[_Item]]:
        """A contacts section holds contact cards; body text after them (a letter, the
        financial statements, a legend) is body again, not contact information."""
        has_channel = self._has_channel(header_block)
        for position, item in enumerate(items):
            text = self.block_text(item.block)
            channel = self._has_channel(item.block)
            following = items[position + 1 : position + 3]
            if channel or (
                len(text) <= 120
                and item.kind in ("paragraph", "list_item", "heading")
                and (not has_channel or any(self._has_channel(i.block) for i in following))
            ):
                has_channel = has_channel or channel
                continue
            return items[:position], items[position:]
        return items, []

    def _has_channel(self, index: int) -> bool:
        text = self.block_text(index)
        return bool(find_emails(text) or find_phones(text))

    def _contacts(self, header_block: int, items: list[_Item]) -> None:
        indexes = [header_block, *(i.block for i in items)]
        lines: list[tuple[int, int]] = []
        for index in indexes:
            block = self.blocks[index]
            self.release.contact_blocks.append(self.paragraph(index))
            if lines:
                lines.append((-1, -1))
            if block.kind is BlockKind.TABLE and block.rows:
                lines.extend(cell for row in block.rows for cell in row)
                continue
            position = block.start
            while position < block.end:
                newline = self.text.find("\n", position, block.end)
                stop = block.end if newline == -1 else newline
                lines.append((position, stop))
                position = stop + 1
        for found in parse_contacts(self.text, lines):
            self.release.contacts.append(
                Contact.model_construct(
                    text=self.text[found.start : found.end],
                    span=self.span(found.start, found.end),
                    label=found.label,
                    names=found.names,
                    titles=found.titles,
                    organisations=found.organisations,
                    emails=[self.element(a, b) for a, b in found.emails],
                    phones=[self.element(a, b) for a, b in found.phones],
                )
            )
        start = self.blocks[indexes[0]].start
        self.add_section("contacts", start, self.blocks[indexes[-1]].end)

    def _footer(self, items: list[_Item]) -> None:
        for item in items:
            paragraph = self.paragraph(item.block)
            self.release.footer.append(paragraph)
            self.add_section("footer", paragraph.span.text_start, paragraph.span.text_end)

    # -- quotes ----------------------------------------------------------------------------------

    def _quotes(self) -> None:
        carried: Attribution | None = None
        speakers: list[Attribution] = []
        for index, paragraph in enumerate(self.release.body):
            if paragraph.kind is BlockKind.TABLE:
                carried = None
                continue
            base = paragraph.span.text_start
            carried_in = carried
            found_quotes = find_quotes(paragraph.text, carried_in)
            carried = None
            for found in found_quotes:
                attribution = found.attribution
                if attribution is not None and attribution is not carried_in:
                    resolve_across(speakers, attribution)
                    speakers.append(attribution)
                start, end = base + found.start, base + found.end
                while end > start and self.text[end - 1] in " ,":
                    end -= 1
                self.release.quotes.append(
                    Quote.model_construct(
                        text=self.text[start:end],
                        span=self.span(start, end),
                        speaker=attribution.speaker if attribution else None,
                        title=attribution.title if attribution else None,
                        organisation=attribution.organisation if attribution else None,
                        attribution=(
                            self.element(base + attribution.start, base + attribution.end)
                            if attribution and attribution.end > attribution.start
                            else None
                        ),
                        paragraph=index,
                    )
                )
                self.add_section("quote", start, end)
                if found.continues:
                    carried = attribution


def _is_subheading(text: str) -> bool:
    """A short title-like paragraph ("Financial Highlights") heads the body text below it."""
    stripped = text.strip()
    return (
        0 < len(stripped) <= 90
        and "\n" not in stripped
        and not _TERMINAL_PUNCTUATION.search(stripped)
        and len(stripped.split()) <= 12
        and stripped[:1].isupper()
    )


def parse_path(path: str, fmt: str | None = None) -> Release:
    """Read and parse one file (raises ``InputError`` for unusable input)."""
    from disclint.readers import read_path

    return parse_source(read_path(path, fmt=fmt))


def join_split_cards(contacts: list[Contact], text: str) -> list[Contact]:
    """Contacts in document order, with a card split across blocks put back together:
    "Contact:" / "Dana Roe" / "Email: ..." written as three paragraphs (or as sections of
    their own) reads as a contact without a channel followed by one without a name."""
    cards: list[Contact] = []
    for contact in sorted(contacts, key=lambda c: c.span.text_start):
        previous = cards[-1] if cards else None
        if (
            previous is not None
            and not text[previous.span.text_end : contact.span.text_start].strip()
            and contact.label is None
            and (not (previous.emails or previous.phones) or not contact.names)
        ):
            cards[-1] = Contact.model_construct(
                text=text[previous.span.text_start : contact.span.text_end],
                span=Span.model_construct(
                    start=previous.span.start,
                    end=contact.span.end,
                    text_start=previous.span.text_start,
                    text_end=contact.span.text_end,
                ),
                label=previous.label,
                names=[*previous.names, *contact.names],
                titles=[*previous.titles, *contact.titles],
                organisations=[*previous.organisations, *contact.organisations],
                emails=[*previous.emails, *contact.emails],
                phones=[*previous.phones, *contact.phones],
            )
        else:
            cards.append(contact)
    return cards
