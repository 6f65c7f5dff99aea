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
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, TypeVar

from disclint.contacts import LABEL, distinct_names, find_emails, find_phones, parse_contacts
from disclint.dateline import (
    find_inner_dateline,
    is_month_day,
    match_dateline,
    metadata_prefix,
    month_day,
    parse_date,
)
from disclint.lazyre import lazy_compile
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
from disclint.ownpatterns import release_pattern
from disclint.quotes import (
    SPEECH_VERBS,
    Attribution,
    FoundQuote,
    dash_line,
    earlier_mention,
    find_quotes,
    is_pronoun,
    lead_in,
    resolve_across,
    resolve_pronoun,
    signature_line,
)
from disclint.source import Block, BlockKind, Source
from disclint.vocabulary import DOTTED_LEGAL_FORMS, LEGAL_FORMS, alternation

if TYPE_CHECKING:
    import datetime as dt

    from disclint.lark_standalone import Token

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
#: In the tail of a release (boilerplate, notes, legends) ordinary paragraphs are short.
TAIL_SHORT = 300
#: The most title lines before a dateline inside their block (headline, subheadlines).
MAX_TITLES_BEFORE_DATELINE = 4
#: The fewest words of a title below a letterhead's contact block that can be the headline.
HEADLINE_AFTER_CARD_WORDS = 4
#: A block that is only a company's name with its legal form: "ACME ROBOTICS, INC.".
_LEGAL_FORM_WORD = lazy_compile(alternation(LEGAL_FORMS, upper=True) + r"\.?")


def _company_only(text: str) -> bool:
    """Whether a block is only a company's name with its legal form: "ACME ROBOTICS, INC."."""
    words = text.replace(",", " ").split()
    return (
        2 <= len(words) <= 7
        and "\n" not in text.strip()
        and _LEGAL_FORM_WORD.fullmatch(words[-1]) is not None
        and all(w[:1].isupper() or w in ("of", "and", "&") for w in words)
    )


#: The date a release-date line opens with ("November 30, 2020 07:00 PM Eastern Standard
#: Time", "Tuesday, June 12, 2018", "05/30/2017", "19 June 2014").
_FRONT_DATE = re.compile(
    r"(?:[A-Z][a-z]+day,?\s+)?(?P<date>[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2} [A-Z][a-z]+ \d{4})\b"
)


def _front_date(line: str) -> Any:
    """The date of a release-date line, or ``None``."""
    found = _FRONT_DATE.match(line.strip())
    return parse_date(found.group("date")) if found else None


#: A line that is an end mark (as ``END_MARK`` in ``grammar/release.lark``), a stamp after it.
_END_MARK_LINE = lazy_compile(
    r"#[ \t]?#[ \t]?#(?:[ \t]?#)*|-{1,2}[ \t]?30[ \t]?-{1,2}(?:[a-z]{1,4}/[a-z]{1,4}\*?)?"
    r"|-[ \t]?0[ \t]?-(?:[ \t]{1,40}\d{1,2}/\d{1,2}/\d{2,4})?"
)
#: An end mark after a sentence's end, at the end of a paragraph: "... www.acme.com. ###".
_RUN_ON_END_MARK = re.compile(
    r"(?<=[.!?”\"\w/])[ \t]+(?P<mark>#[ \t]?#[ \t]?#|-[ \t]?30[ \t]?-)[ \t]*$"
)
#: A full numeric date in an end mark's stamp ("-0- 10/19/2004").
_STAMP = lazy_compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")
#: A word of two letters or more (a page number has none).
_WORD = re.compile(r"[^\W\d_]{2,}")

_TERMINAL_PUNCTUATION = lazy_compile(r"[.!?:;,”\"]$")
_ABBREVIATION_END = lazy_compile(r"\b(?:" + alternation(DOTTED_LEGAL_FORMS) + r"|U\.S)\.$")
_ABOUT_WORD = re.compile(r"^(?:About|ABOUT)(?:\s+|(?=\s*:\s*$))")
_ABOUT_OPENING = lazy_compile(r"(?:About|ABOUT) (?:[A-Z]|[a-z]{1,10}(?=[A-Z])|[a-z]\.[a-z]\.)")
#: The words boilerplate opens with after its heading ("Founded in 1990, ...", "Based in
#: ..."): a colon or a dash before them ends a run-in About heading.
_BOILERPLATE_OPENER = (
    r"(?:Founded|Established|Headquartered|Based|Since|Incorporated|Formed|Launched|Located)\b"
)
#: An About heading run into its text (see ``ABOUT_GLUED`` in ``grammar/release.lark``):
#: where the heading ends.
_GLUED_ABOUT = re.compile(
    # the name repeated, its listing and a separator (colon, full stop, bar, dash) between
    r"(?P<heading>(?:About|ABOUT) (?:(?:the |THE )?(?P<name>[A-Z][^\n]{1,60}?)[®™℠]?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*[:.|–—][ \t]*|[ \t]+-[ \t]+)?"
    r"(?= ?(?i:(?:the )?(?P=name)))|"
    r"[A-Z][^\n:(]{1,80}:(?=[A-Z])|"
    # a colon and a space before the first sentence, in a long line, the text opening as
    # boilerplate does ("About Acme: Founded in ...", not "About Portland: Buyers in ...")
    r"(?=[^\n]{120})[A-Z][^\n:(]{1,80}:(?=[ \t]+" + _BOILERPLATE_OPENER + ")|"
    r"(?=[^\n]{120})(?:[A-Z][\w&.,'’-]* ){0,5}(?:[A-Z][\w&'’-]*?[a-z0-9]"
    r"(?=(?:With|The|A|An|Founded|Headquartered|Based|Since|As|We|Our|Established|At|In|"
    r"For|Located|Through|Today|From|Incorporated|Formed|Launched) [a-z0-9]|"
    r"[A-Z][a-z]+-based )|"
    # a legal form's full stop run into the text: "ABOUT ACME INC.Founded by ...", "About
    # Acme Holdings Inc.Acme Holdings is ..." (the name repeated without its form)
     + alternation(LEGAL_FORMS, upper=True) + r"\.(?=[A-Z][a-z]))|"
    # (a trademark sign may close the name: "About Acme® Founded in 2020, ...", and a dash
    # or a bar set it off before boilerplate's opening: "About Acme – Founded in ...")
    r"(?=[^\n]{120})[A-Z][\w&.,'’-]*(?: (?:[A-Z][\w&.,'’-]*|of|and|&|the)){0,5}[®™℠]?"
    r"(?:(?:[ \t]*[–—|]|[ \t]+-)[ \t]*(?=" + _BOILERPLATE_OPENER + ")|"
    r"(?= {2,}[A-Z]| [A-Z][a-z]+ (?!of |and |the |for )[a-z]))|"
    # a name in capitals run into the text's first capitalised word: "ABOUT ACME
    # ROBOTICSAcme is ..."
    r"(?<=ABOUT )(?:THE )?[A-Z0-9][A-Z0-9&.,'’ -]{1,60}[A-Z0-9.](?=[A-Z][a-z]{2})))"
)
_FLS_LEAD = re.compile(
    r"^(?P<heading>[^.:\n]{0,80}?(?:forward[- ‐‑]looking (?:statements?|information)|"
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
    """A block of the release as the grammar classified it."""

    kind: str
    block: int
    #: The grammar's terminal for the block ("TITLE", "PARAGRAPH"): a title line is a
    #: paragraph to the model, but only a title may go on inside an About (see
    #: ``ReleaseBuilder._title_in_about``).
    terminal: str = ""


@dataclass(slots=True)
class _Section:
    """A section the grammar found: its header block and the blocks it runs over."""

    kind: str
    header: _Item
    items: list[_Item] = field(default_factory=list)


def _transformer_base() -> Any:
    from disclint.lark_standalone import Transformer

    return Transformer


class _SectionRecords(_transformer_base()):  # type: ignore[misc]
    """Lark ``Transformer``: tree -> items and section records (block indexes, not text)."""

    @staticmethod
    def _item(kind: str, children: list[Token]) -> _Item:
        return _Item(kind, (children[0].line or 1) - 1, str(children[0].type))

    def paragraph(self, children: list[Token]) -> _Item:
        return self._item("paragraph", children)

    def social(self, children: list[Token]) -> _Item:
        return self._item("social", children)

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

    def title(self, children: list[Token]) -> _Item:
        # A title line is a paragraph to the model (a subheading in the body); the grammar
        # uses it to end sections.
        return self._item("paragraph", children)

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
        #: Paragraphs found to be boilerplate without a heading, by start offset -> company.
        self._boilerplate: dict[int, str] = {}
        self._spans: dict[tuple[int, int], Span] = {}
        #: A desk label standing alone as a contacts section, and its block, for the next one.
        self._desk_label: tuple[str, int] | None = None
        #: Whether the section built last was an About or a legend (a card may follow it).
        self._after_boilerplate = False
        #: Where a dateline found inside its block (not at its start) begins: the block's
        #: text before it is the headline's (see ``_inner_dateline``).
        self._inner_dateline_at: int | None = None
        #: Quotations (by index) whose speaker was carried over from the paragraph before.
        self._inherited_speakers: set[int] = set()

    # -- helpers ------------------------------------------------------------------------------

    def span(self, start: int, end: int) -> Span:
        # A block's span is asked for by its paragraph, its section and its first element:
        # made once. Spans are never modified after the build.
        found = self._spans.get((start, end))
        if found is None:
            first, last = self.source.span_positions(start, end)
            found = self._spans[(start, end)] = _construct(
                Span, {"start": first, "end": last, "text_start": start, "text_end": end}
            )
        return found

    def element(self, start: int, end: int) -> Element:
        return _construct(Element, {"text": self.text[start:end], "span": self.span(start, end)})

    def block_text(self, index: int) -> str:
        block = self.blocks[index]
        return self.text[block.start : block.end]

    def paragraph(self, index: int, heading: str | None = None) -> Paragraph:
        block = self.blocks[index]
        rows = None
        if block.kind is BlockKind.TABLE and block.rows is not None:
            rows = [[self.element(a, b) for a, b in row] for row in block.rows]
        return _construct(
            Paragraph,
            {
                "text": self.text[block.start : block.end],
                "span": self.span(block.start, block.end),
                "kind": block.kind,
                "level": block.level,
                "heading": heading,
                "rows": rows,
            },
        )

    def add_section(self, kind: SectionKind, start: int, end: int) -> None:
        if end > start:
            self.sections.append(Section.model_construct(kind=kind, span=self.span(start, end)))

    # -- build --------------------------------------------------------------------------------

    def build(self) -> Release:
        leading: list[_Item] = []
        sections: list[_Section] = []
        # whether the record before was taken into the About before it (a title line and
        # the text after it, see _title_in_about)
        taken = False
        for position, record in enumerate(self.records):
            if (
                isinstance(record, _Item)
                and sections
                and sections[-1].kind == "about"
                and (taken or self.records[position - 1] is sections[-1])
                and (
                    (taken and record.terminal in _ABOUT_TEXT_TERMINALS)
                    or self._title_in_about(sections[-1], position)
                )
            ):
                sections[-1].items.append(record)
                taken = True
                continue
            taken = False
            if isinstance(record, _Item) and not sections:
                leading.append(record)
            elif isinstance(record, _Item):
                # Body text after a section the grammar ended (at a heading, title or table).
                if sections[-1].kind == "body":
                    sections[-1].items.append(record)
                else:
                    sections.append(_Section("body", record))
            elif sections and record.kind == sections[-1].kind == "forward_looking":
                # A legend's header followed by paragraphs that each read like a legend
                # opening is one section, not several.
                sections[-1].items.extend([_Item("paragraph", record.header.block), *record.items])
            elif sections and self._about_text_read_as_contacts(sections[-1], record):
                # "About Oracle" / "Oracle engineers ... contact Investor Relations at
                # ir@... or (650) ...": the boilerplate, though it ends with a way to reach
                # the company, is the About section's text.
                sections[-1].items.append(_Item("paragraph", record.header.block))
                if record.items:
                    sections.append(_Section("contacts", record.items[0], record.items[1:]))
            else:
                sections.append(record)
        body_items = self._front_and_headline(leading)
        self._body(body_items)
        for section in sections:
            self._section(section)
        self.release.body.sort(key=lambda p: p.span.text_start)
        self._legends_run_into_abouts()
        self._run_on_abouts()
        self._trailing_about_headings()
        self._headless_abouts()
        self.release.about.sort(key=lambda a: a.span.text_start)
        self._repeated_legends()
        self._quotes()
        self._defined_organisations()
        self._dateline_year()
        self.release.contacts = join_split_cards(self.release.contacts, self.text)
        self._company_names_on_cards()
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
        # Cover lines above "FOR IMMEDIATE RELEASE" (a filer's name, "1Q 2022 Earnings
        # Release") are front matter: the headline is the first title after the banner.
        banner_at = max((n for n, i in enumerate(prelude) if i.kind == "front"), default=-1)
        if any(i.kind not in ("front", "date_line") for i in prelude[banner_at + 1 :]):
            front.extend(prelude[: banner_at + 1])
            prelude = prelude[banner_at + 1 :]
        for item in prelude:
            if item.kind in ("front", "date_line"):
                front.append(item)
        for item in sorted(front, key=lambda i: i.block):
            self._front_item(item)
        titles = [i for i in prelude if i.kind not in ("front", "date_line")]
        if len(titles) >= 2 and _company_only(self.block_text(titles[0].block)):
            # "ACME ROBOTICS, INC." over "Acme Robotics Reports ...": the issuer's name on
            # its letterhead, not the headline
            self._front_item(titles[0])
            titles = titles[1:]
        spans = [(self.blocks[i.block].start, self.blocks[i.block].end) for i in titles]
        if dateline_at is not None and self._inner_dateline_at is not None:
            # "Acme Agrees to Merge SUNNYVALE, Calif., June 8 /PRNewswire/ -- ...": the
            # title-like text before a dateline inside its block is a title too
            start = self.blocks[rest[dateline_at].block].start
            spans.extend(self._title_before(start, self._inner_dateline_at))
        if spans:
            start, end = spans[0]
            prefix = metadata_prefix(self.text[start:end])
            if prefix is not None and start + prefix.end < end:
                # "date 2023-09-27 Acme Reports ...": the metadata is front matter
                for number, (part_start, part_end) in enumerate(prefix.parts):
                    part = self.text[start + part_start : start + part_end]
                    dated = number == 0 and prefix.date is not None
                    kind = "date" if dated else part
                    self._add_front(start + part_start, start + part_end, kind, prefix.date)
                start += prefix.end
            self.release.headline = self.element(*self._first_line_span(start, end))
            self.add_section("headline", start, end)
            for sub_start, sub_end in spans[1:]:
                self.release.subheadlines.append(self.element(sub_start, sub_end))
                self.add_section("subheadline", sub_start, sub_end)
        return rest[prelude_end:]

    def _title_before(self, start: int, end: int) -> list[tuple[int, int]]:
        """The lines of ``start:end`` (the text before a dateline in its block), each
        stripped, if every one reads as a title (the first may open with metadata); none
        for a page's navigation run or a sentence."""
        spans: list[tuple[int, int]] = []
        for number, line in enumerate(self.text[start:end].split("\n")):
            stripped = line.strip()
            if stripped:
                line_start = start + line.index(stripped)
                prefix = metadata_prefix(stripped) if number == 0 else None
                if not _title_text(stripped[prefix.end :] if prefix else stripped):
                    return []
                spans.append((line_start, line_start + len(stripped)))
            start += len(line) + 1
        return spans if len(spans) <= MAX_TITLES_BEFORE_DATELINE else []

    def _first_line(self, block: Block) -> tuple[int, int]:
        """The first line of a block (see ``_first_line_span``)."""
        return self._first_line_span(block.start, block.end)

    def _first_line_span(self, start: int, stop: int) -> tuple[int, int]:
        """A headline is one line even if the reader kept a subtitle in the same block; a
        title wrapped over lines goes on (see ``_title_goes_on``)."""
        end = start
        while True:
            newline = self.text.find("\n", end, stop)
            if newline == -1:
                return start, stop
            if not _title_goes_on(self.text[end:newline], self.text[newline + 1 : stop]):
                return start, newline
            end = newline + 1

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
        # The search counts the release's own blocks; front matter lines (a cover's
        # "Exhibit 99.1", "Earnings Release", date and banner) do not use it up.
        seen = 0
        for position, item in enumerate(items):
            if item.kind in ("front", "date_line"):
                continue
            seen += 1
            if seen > DATELINE_SEARCH:
                break
            if item.kind not in ("paragraph", "heading", "list_item"):
                continue
            found = match_dateline(self.block_text(item.block))
            if found is None:
                continue
            block = self.blocks[item.block]
            end = self._dateline_end(block, found.length)
            if found.form == "wire_only" and position + 1 < len(items):
                # "--News Direct--" stands alone; the body starts after it, unless the
                # next block opens with the place and date ("BOCA RATON, FL / ... /").
                fuller = self._fuller_dateline(items, position + 1, found.wire)
                if fuller is not None:
                    return fuller
                self._set_dateline(found, block.start, end)
                return position + 1 if position else 1
            self._set_dateline(found, block.start, end)
            return position
        return self._inner_dateline(items)

    def _inner_dateline(self, items: list[_Item]) -> int | None:
        """A dateline inside an opening block, as flattened or scraped layouts print it
        (after the headline or a page's navigation on the same line): looked for in the
        headline-like blocks on top and the first text block, never further."""
        for position, item in enumerate(items[: DATELINE_SEARCH + 1]):
            if item.kind in ("front", "date_line"):
                continue
            if item.kind != "paragraph":
                break
            block = self.blocks[item.block]
            inner = find_inner_dateline(self.block_text(item.block))
            if inner is not None:
                offset, found = inner
                start = block.start + offset
                self._set_dateline(found, start, self._dateline_end(block, offset + found.length))
                self._inner_dateline_at = start
                return position
            if not self._headline_like(item.block):
                break
        return None

    def _dateline_end(self, block: Block, length: int) -> int:
        """Where a dateline of ``length`` characters ends, its trailing dashes dropped."""
        end = block.start + length
        while end > block.start and self.text[end - 1] in " \t-–—/":
            end -= 1
        return end

    def _fuller_dateline(self, items: list[_Item], position: int, wire: str | None) -> int | None:
        """A dateline with a place in the block after a wire's name on its own line."""
        if position >= len(items) or items[position].kind != "paragraph":
            return None
        block = self.blocks[items[position].block]
        found = match_dateline(self.block_text(items[position].block))
        if found is None or found.form in ("wire_only", "place_only") or not found.place:
            return None
        end = self._dateline_end(block, found.length)
        self._set_dateline(replace(found, wire=found.wire or wire), block.start, end)
        return position

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
        start, end = block.start, block.end
        text = self.text[start:end]
        last_line = text.rfind("\n")
        if item.kind != "date_line" and last_line != -1:
            dated = _front_date(text[last_line + 1 :])
            if dated is not None:
                # "FOR IMMEDIATE RELEASE" / "October 19, 1999" in one block: a banner and
                # the release-date line
                self._add_front(start, start + last_line, text[:last_line])
                date_start = start + last_line + 1
                self._add_front(date_start, end, "date", dated)
                return
        if item.kind == "date_line":
            self._add_front(start, end, "date", _front_date(text))
        else:
            self._add_front(start, end, text)

    def _add_front(self, start: int, end: int, kind: str, date: Any = None) -> None:
        """A front item; ``kind`` is "date" or the text its kind is read from."""
        if kind != "date":
            kind = next((k for k, pattern in _FRONT_KIND if pattern.search(kind)), "banner")
        self.release.front.append(
            FrontItem.model_construct(
                text=self.text[start:end], span=self.span(start, end), kind=kind, date=date
            )
        )
        self.add_section("front", start, end)

    def _body(self, items: list[_Item], *, resumed: bool = False) -> None:
        heading: str | None = None
        body_start: int | None = None
        for item in items:
            block = self.blocks[item.block]
            text = self.text[block.start : block.end]
            if item.kind == "heading" or (
                item.kind == "paragraph"
                and _is_subheading(text)
                and (item is not items[0] or resumed)
            ):
                heading = text.strip()
            paragraph = self.paragraph(item.block, heading)
            inner = self._inner_dateline_at
            if body_start is None and inner is not None and block.start < inner < block.end:
                # the body starts at a dateline inside its block; the text before it is
                # the headline's or front matter (see ``_inner_dateline``)
                paragraph = self._part_of(paragraph, inner, block.end)
            if body_start is None:
                body_start = paragraph.span.text_start
            self.release.body.append(paragraph)
        if items and body_start is not None:
            last = self.blocks[items[-1].block]
            self.add_section("body", body_start, last.end)

    # -- sections -------------------------------------------------------------------------------

    def _section(self, section: _Section) -> None:
        header = self.blocks[section.header.block]
        items = section.items
        after_boilerplate = self._after_boilerplate
        self._after_boilerplate = section.kind in ("about", "forward_looking")
        if section.kind in ("about", "forward_looking"):
            items, rest = self._own_items(section.kind, items, section.header.block)
            while items and items[-1].terminal in _TITLE_TERMINALS:
                # a title line the About went on over, when the text after it is not the
                # About's after all (the builder's reading ended the section there)
                rest.insert(0, items.pop())
            while items and self._furniture(items[-1]):
                # page furniture after the section's last text ("Page 3 of 5", "-more-"):
                # the page's, not the boilerplate's or the legend's
                rest.insert(0, items.pop())
        end = self.blocks[items[-1].block].end if items else header.end
        if section.kind in ("about", "forward_looking"):
            last = self.blocks[items[-1].block if items else section.header.block]
            source_at = self._run_on_source(last.start, last.end)
            end = min(end, source_at)
            card = self._run_on_card(last.start, source_at, rest)
            if card is not None:
                end, taken = card  # the section ends where the card run into it begins
                rest = rest[taken:]
            end = self._run_on_end_mark(
                self.blocks[items[-1].block if items else section.header.block].start, end
            )
        if section.kind == "about":
            self._about(header, items, end)
            self._clip_last_paragraph(self.release.about[-1].paragraphs, end)
            self._body_or_card(rest)
        elif section.kind == "forward_looking":
            self._forward_looking(section, header, items, end)
            self._clip_last_paragraph(self.release.forward_looking[-1].paragraphs, end)
            self._body_or_card(rest)
        elif section.kind == "contacts":
            cards, resumed = self._contact_cards(section.header.block, items)
            self._contacts(section.header.block, cards)
            if self.release.headline is None and self.release.dateline is None:
                # Contacts above the headline (EDGAR exhibits, older wire copy): the
                # release itself starts after them.
                resumed = self._front_and_headline(resumed)
            elif self.release.dateline is None and not self._text_started():
                # A "CONTACT:" block between the headline and the text: the dateline and
                # the body follow it. A title right above that dateline is the headline
                # when what was taken for it above the card is letterhead.
                dateline_at = self._find_dateline(resumed) or 0
                self._headline_after_card(resumed[:dateline_at])
                resumed = resumed[dateline_at:]
            self._body(resumed, resumed=True)
        elif section.kind == "source":
            start, stop = self._first_line(header)
            if self.text.startswith("/", start):
                # "/SOURCE: Acme Corp./": the slashes of older PR Newswire copy
                start += 1
                stop = (
                    self.text.rfind("/", start, stop)
                    if self.text[start:stop].rstrip().endswith("/")
                    else stop
                )
                while stop > start and self.text[stop - 1].isspace():
                    stop -= 1
            self.release.source_line = self.element(start, stop)
            self.add_section("source", start, stop)
            self._trailer_lines(stop, header.end)
            self._footer(items)
        elif section.kind == "end_mark":
            stop = self.text.find("\n", header.start, header.end)
            stop = header.end if stop == -1 else stop
            self.release.end_mark = self.element(header.start, stop)
            self.add_section("end_mark", header.start, stop)
            self._trailer_lines(stop, header.end)
            self._footer(items)
        elif section.kind == "body" and after_boilerplate:
            self._body_or_card([section.header, *items])
        elif section.kind == "body":
            self._body([section.header, *items], resumed=True)
        else:
            if self.release.dateline is None and not self.release.body:
                # A distribution banner above the text ("News provided by" / the issuer /
                # "Share this article" on a wire's page): the release starts after it.
                found = self._find_dateline(items)
                if found is not None:
                    self._footer([section.header, *items[:found]])
                    self._body(items[found:], resumed=True)
                    return
            self._footer([section.header, *items])

    def _body_or_card(self, items: list[_Item]) -> None:
        """The blocks after an About section or a legend: body text, unless they open with a
        contact card no label announced ("ICR:" / "Jane Roe" / "jane@icr.example", "Jane
        RoeJane@acme.example"): a run of short blocks without a sentence that holds an
        e-mail address, or that a card's label opens with its address or number in the next
        blocks. Such a run is a contacts section; the body resumes after it."""
        run = 0
        while run < len(items) and self._card_line(items[run]):
            run += 1
        if run:
            texts = [self.block_text(item.block) for item in items[:run]]
            after = range(
                items[0].block + 1, min(items[0].block + 1 + CARD_LABEL_REACH, len(self.blocks))
            )
            if any(find_emails(text) for text in texts) or (
                _CARD_LABEL.fullmatch(texts[0].strip())
                and any(
                    find_emails(self.block_text(i)) or find_phones(self.block_text(i))
                    for i in after
                )
            ):
                self._contacts(items[0].block, items[1:run])
                items = items[run:]
        self._body(items, resumed=True)

    def _card_line(self, item: _Item) -> bool:
        """A block that may be a line of a contact card: a short paragraph or title line
        with no run of lower-case words (a sentence's)."""
        text = self.block_text(item.block).strip()
        return (
            item.kind in ("paragraph", "title")
            and 0 < len(text) <= TAIL_SHORT
            and _SENTENCE_WORDS.search(text) is None
        )

    def _trailer_lines(self, start: int, end: int) -> None:
        """The lines after a source line or end mark in the same block, as older wire copy
        prints its trailer without blank lines ("SOURCE  Acme Corp." / "-0-  10/19/2000" /
        "/CONTACT: Jane Roe of Acme, 555-0100/"): the end mark, and a contact card from its
        label on."""
        position = start
        while position < end:
            if self.text[position] == "\n":
                position += 1
                continue
            stop = self.text.find("\n", position, end)
            stop = end if stop == -1 else stop
            line = self.text[position:stop]
            if self.release.end_mark is None and _END_MARK_LINE.fullmatch(line.strip()):
                mark_start = position + len(line) - len(line.lstrip())
                self.release.end_mark = self.element(mark_start, stop)
                self.add_section("end_mark", mark_start, stop)
            elif (
                LABEL.match(line.strip())
                and not _NEWS_ON_CALL.match(line.strip())
                and (find_emails(line) or find_phones(line))
            ):
                lines: list[tuple[int, int]] = []
                cursor = position
                while cursor < end:
                    newline = self.text.find("\n", cursor, end)
                    newline = end if newline == -1 else newline
                    if _NEWS_ON_CALL.match(self.text[cursor:newline].strip()):
                        break  # the wire's fax-on-demand line ends the card
                    lines.append((cursor, newline))
                    cursor = newline + 1
                found_contacts = parse_contacts(self.text, lines)
                if found_contacts:
                    self.release.contact_blocks.append(
                        Paragraph.model_construct(
                            text=self.text[position:end], span=self.span(position, end)
                        )
                    )
                    self._add_contacts(found_contacts)
                    self.add_section("contacts", position, end)
                return
            position = stop + 1

    def _run_on_end_mark(self, start: int, end: int) -> int:
        """An end mark run into the end of a section's last paragraph ("... visit
        www.acme.com. ###"), a layout that lost the line break before it: the release's end
        mark, and where the section's text ends before it."""
        found = _RUN_ON_END_MARK.search(self.text, start, end)
        if found is None or self.release.end_mark is not None:
            return end
        self.release.end_mark = self.element(found.start("mark"), found.end("mark"))
        self.add_section("end_mark", found.start("mark"), found.end("mark"))
        return found.start()

    def _company_names_on_cards(self) -> None:
        """A card's line read as a person's name that is the name of a company the release
        gives (the issuer's opening name, an About section's subject, a defined name):
        "Media Contact:" / "Jane Roe" / "Acme Robotics" — the organisation she is with."""
        companies = {_company_key(a.subject) for a in self.release.about}
        issuer = self._issuer_name()
        if issuer:
            companies.add(_company_key(issuer))
        companies.discard("")
        if not companies:
            return
        for contact in self.release.contacts:
            moved = [n for n in contact.names if _company_key(n) in companies]
            if moved:
                contact.names = [n for n in contact.names if n not in moved]
                contact.organisations = [*contact.organisations, *moved]

    def _dateline_year(self) -> None:
        """A dateline printed without its year ("CHICAGO, Oct. 19 /PRNewswire/", the wires'
        copy of the 1990s and 2000s) takes it from the release's own full date of that day:
        a release-date line, or the stamp after PR Newswire's end mark ("-0- 10/19/2004").
        A dateline with no date at all takes the release-date line's, where there is one
        date line above the text ("October 19, 1999" over the headline)."""
        dateline = self.release.dateline
        if dateline is None or dateline.date is not None:
            return
        if not dateline.date_text:
            dates = {f.date for f in self.release.front if f.kind == "date" and f.date}
            if len(dates) == 1:
                dateline.date = dates.pop()
            return
        if not is_month_day(dateline.date_text):
            return
        month, day = month_day(dateline.date_text)
        stamps: list[dt.date | None] = [f.date for f in self.release.front]
        if self.release.end_mark is not None:
            stamps += [parse_date(m.group()) for m in _STAMP.finditer(self.release.end_mark.text)]
        for stamp in stamps:
            if stamp is not None and (stamp.month, stamp.day) == (month, day):
                dateline.date = stamp
                return

    def _text_started(self) -> bool:
        """Whether the body has begun: a page number ("1.", "- 2 -") is not text."""
        return any(_WORD.search(p.text) for p in self.release.body)

    def _headline_after_card(self, items: list[_Item]) -> None:
        """A letterhead above an EDGAR exhibit's contact block ("News Release" over the
        issuer's address) was taken for the headline; the title of several words right
        above the dateline, after the card, is the headline then, and the letterhead front
        matter. The same title printed twice (above and below the card) stays as it was."""
        headline = self.release.headline
        title = next(
            (
                i
                for i in items
                if i.kind in ("title", "paragraph", "heading")
                and self._headline_like(i.block)
                and len(self.block_text(i.block).split()) >= HEADLINE_AFTER_CARD_WORDS
            ),
            None,
        )
        if headline is None or title is None:
            return
        block = self.blocks[title.block]
        start, end = self._first_line(block)
        new_words = _WORD.findall(self.text[start:end].casefold())
        old_words = _WORD.findall(headline.text.casefold())
        shared = min(len(new_words), len(old_words), HEADLINE_AFTER_CARD_WORDS)
        if new_words[:shared] == old_words[:shared]:
            return
        self.sections = [s for s in self.sections if s.kind != "headline"]
        old_start, old_end = headline.span.text_start, headline.span.text_end
        self.release.front.append(
            FrontItem.model_construct(
                text=headline.text, span=headline.span, kind="banner", date=None
            )
        )
        self.add_section("front", old_start, old_end)
        self.release.headline = self.element(start, end)
        self.add_section("headline", block.start, block.end)

    def _run_on_source(self, block_start: int, block_end: int) -> int:
        """A wire's source line run into the end of a section's last paragraph ("... visit
        www.acme.com. SOURCE: Acme Corp."), a layout that lost its line breaks: the source
        line; where the paragraph's other text ends is returned (its end if there is none)."""
        found = _RUN_ON_SOURCE.search(self.text, max(block_start, block_end - 120), block_end)
        if found is None or found.start("source") <= block_start:
            return block_end
        if self.release.source_line is None:
            start = found.start("source")
            self.release.source_line = self.element(start, block_end)
            self.add_section("source", start, block_end)
        return found.start()

    def _run_on_card(
        self, block_start: int, stop: int, following: list[_Item]
    ) -> tuple[int, int] | None:
        """A contact card run into the end of a legend's or About section's last paragraph
        by a layout that lost its line breaks ("... except as required by law.  INVESTOR
        RELATIONS CONTACT: Jane Roe ... Email: ... Phone: ..."): a contacts label after a
        sentence's end, with an e-mail address or a telephone number after it ("Contact
        Information", a label no sentence uses, may give a web site alone). The card is
        read as contacts, with the blocks right after the section that hold only ways to
        reach them (an e-mail address and a web site on a line of their own); where the
        section's own text ends is returned, and how many of ``following`` the card took.
        The paragraph runs from ``block_start`` to ``stop`` (before a source line run into
        it)."""
        found = _RUN_ON_CARD.search(self.text, max(block_start, stop - RUN_ON_CARD_MAX), stop)
        if found is None or found.start("label") <= block_start:
            return None
        start = found.start("label")
        if not (
            find_emails(self.text, start, stop)
            or find_phones(self.text, start, stop)
            or (found.group("details") and _WEB_ADDRESS.search(self.text, start, stop))
        ):
            return None
        lines = [(start, stop)]
        for item in following[:CARD_CHANNEL_BLOCKS]:
            block = self.blocks[item.block]
            if item.kind != "paragraph" or not _channels_only(self.text[block.start : block.end]):
                break
            lines.append((block.start, block.end))
        found_contacts = parse_contacts(self.text, lines)
        if not found_contacts or all(c.is_empty and not c.label for c in found_contacts):
            return None
        card_end = lines[-1][1]
        self.release.contact_blocks.append(
            Paragraph.model_construct(
                text=self.text[start:card_end], span=self.span(start, card_end)
            )
        )
        self._add_contacts(found_contacts)
        self.add_section("contacts", start, card_end)
        end = start
        while end > block_start and self.text[end - 1].isspace():
            end -= 1
        return end, len(lines) - 1

    def _clip_last_paragraph(self, paragraphs: list[Paragraph], end: int) -> None:
        """Cut the section's last paragraph at ``end`` (where a run-on card began)."""
        if not paragraphs or paragraphs[-1].span.text_end <= end:
            return
        last = paragraphs[-1]
        start = last.span.text_start
        paragraphs[-1] = Paragraph.model_construct(
            text=self.text[start:end],
            span=self.span(start, end),
            kind=last.kind,
            level=last.level,
            heading=last.heading,
            rows=last.rows,
        )

    def _own_items(
        self, kind: str, items: list[_Item], header: int
    ) -> tuple[list[_Item], list[_Item]]:
        """The grammar ends an About or forward-looking section at a heading, title line or
        table; some ends need a reading of the words, each a block of another kind: an
        offer disclaimer; another company's boilerplate that lost its "About" heading
        ("iHerb, LLC, is one of ..." after the issuer's About); after a legend, the
        issuer's boilerplate (it opens with the name the release opened with), numbered
        references ("[1] ...") and a short note pointing to a web site. What follows is
        body text again."""
        issuer = self._issuer_name() if kind == "forward_looking" else None
        subject = self._about_subject(header) if kind == "about" else ""
        # Whether the header block already holds legend text (not a bare heading).
        opened = len(self.block_text(header)) > 120
        for position, item in enumerate(items):
            if item.kind == "social":
                continue  # the company's channels under "Connect with us:" (the grammar's)
            block = self.blocks[item.block]
            text = self.text[block.start : block.end].strip()
            if (
                position
                and self._furniture(items[position - 1])
                and not self._furniture(item)
                and not self._goes_on_after_page(kind, items[:position], text, subject)
            ):
                # page furniture ("2", "-more-", "<PAGE>"): the section goes on over a page
                # break only with its own text (more of the company, the legend's words,
                # or a sentence the page broke); else the next page is the body's
                return items[:position], items[position:]
            if (position or opened) and _card_block(text):
                # a contact card's line ("Jane Roe | Acme | jane@acme.com", "IR:
                # ir@acme.com"): the cards after the boilerplate or the legend
                return items[:position], items[position:]
            if (
                (
                    _OFFER_DISCLAIMER.match(text)
                    or _ADVICE_DISCLAIMER.search(text, 0, DISCLAIMER_REACH)
                )
                # (a legend's paragraph may open with the offer disclaimer and go on with
                # the legend: "... There can be no assurance that forward-looking ...")
                and not (kind == "forward_looking" and _FORWARD_WORD.search(text))
            ) or (
                kind == "about"
                and (position or opened)
                and (_ABOUT_OPENING.match(text) or _FUND_LEGEND.match(text))
            ):
                # an offer disclaimer; another About block whose heading the grammar could
                # not split from its text ("About Acme OneWith the plan to ..."); a fund's
                # risk legend after its sponsor's boilerplate
                return items[:position], items[position:]
            name = _headless_about(text, issuer) if kind == "forward_looking" or position else None
            if name is not None and kind == "about" and not _other_company(text, name, subject):
                name = None  # the same company, or a product or unit of it ("Avibactam is")
            if name is not None:
                self._boilerplate[block.start] = name
                return items[:position], items[position:]
            if kind == "forward_looking" and (position or opened) and _ends_legend(text):
                return items[:position], items[position:]
            if (
                kind == "forward_looking"
                and (position or opened)
                and item.kind == "paragraph"
                and self._outside_legend(text, items[position - 1] if position else None)
            ):
                return items[:position], items[position:]
            if (position or opened) and self._other_block_after_section(
                kind, item.block, text, items[position - 1] if position else None
            ):
                return items[:position], items[position:]
            if (position or opened) and _attributed_quote(text):
                return items[:position], items[position:]  # a quotation and its speaker
            if kind == "about" and (_NOTE_NUMBER.match(text) or _QUOTATION.match(text)):
                # numbered notes or references ("1 “Cancer Facts 2012.” ...") and a
                # quotation: no company's boilerplate holds them
                return items[:position], items[position:]
            if (
                _capitals_block(text)
                or _TABLES_FOLLOW.fullmatch(text)
                or (kind == "about" and _MORE.fullmatch(text))
            ):
                # a statement's heading of capital lines ("ACME ROBOTICS, INC." /
                # "CONSOLIDATED STATEMENTS OF INCOME" / "(Unaudited)"), a note that tables
                # follow or a page's "-more-": the financial pages after the boilerplate or
                # the legend
                return items[:position], items[position:]
        return items, []

    def _furniture(self, item: _Item) -> bool:
        """Page furniture: the grammar's (a page's number, "-more-", a rule, "<PAGE>") or a
        running header that ends with the page's number ("Acme Q3 Results -- Page 2"; read
        here, for the blocks of an About or a legend only, as a scan of every block for it
        costs the lexer more)."""
        if item.kind == "front":
            return True
        if item.kind != "paragraph":
            return False
        text = self.block_text(item.block).strip()
        return len(text) <= PAGE_HEADER_MAX and _PAGE_HEADER.fullmatch(text) is not None

    def _outside_legend(self, text: str, previous: _Item | None) -> bool:
        """Whether a paragraph after a legend's first is not the legend's: it holds none of
        the words a legend's sentences are made of (every later paragraph of the corpus'
        legends has one: "forward-looking", "risks", "undertakes", "could", "factors", ...),
        and it is not a member of a list the legend printed as paragraphs (an item marked
        with a bullet or ending with a semicolon, or after a block that introduces one with
        a colon or ends with one)."""
        if (
            _LEGEND_VOCABULARY.search(text)
            or text[:1].islower()
            or text.endswith((";", ","))
            or _LIST_MARK.match(text)
        ):
            return False
        before = self.block_text(previous.block).rstrip() if previous is not None else ""
        return not before.endswith((":", ";", "; and", "; or", ","))

    def _title_in_about(self, about: _Section, position: int) -> bool:
        """Whether the title line at ``position``, which ended an About in the grammar, is
        the About's own ("Our Mission", "Our Values", a tagline, a line of its products):
        it heads no block of another kind (a contact card, a legend, a note on non-GAAP
        measures, a conference call, another About; those headings' own patterns say so)
        and the paragraph after it says more of the About's company (its name, "we", "our",
        "the Company" and what it is or has). Else the body resumes at the title."""
        record = self.records[position]
        following = self.records[position + 1] if position + 1 < len(self.records) else None
        if (
            not isinstance(record, _Item)
            or record.terminal not in _TITLE_TERMINALS
            or not isinstance(following, _Item)
            or following.terminal not in _ABOUT_TEXT_TERMINALS
        ):
            return False
        title = self.block_text(record.block).strip()
        text = self.block_text(following.block).strip()
        if _other_heading(title) or _other_block_words(text):
            return False
        sentence = _FIRST_SENTENCE.match(text)
        if sentence is not None and _REPORTED_NEWS.search(sentence.group()):
            return False  # "Recent Developments" / "Acme has signed ... today": the body's
        return _describes_company(text, self._about_subject(about.header.block))

    def _goes_on_after_page(self, kind: str, before: list[_Item], text: str, subject: str) -> bool:
        """Whether ``text``, the first block after page furniture inside an About or a
        legend, goes on with that section: the sentence before the page break runs on, an
        About's next paragraph says more of its company, a legend's holds a legend's words."""
        last = next((i for i in reversed(before) if not self._furniture(i)), None)
        if last is not None and _runs_on(self.block_text(last.block)):
            return True
        if kind == "forward_looking":
            return _LEGEND_WORDS.search(text) is not None
        return _describes_company(text, subject)

    def _other_block_after_section(
        self, kind: str, block: int, text: str, previous: _Item | None
    ) -> bool:
        """A block after an About's or a legend's first paragraph that belongs to neither:
        a footnote marked with an asterisk or a dagger (the note to a figure above, not a
        list of the legend's risks: the block before it has no such mark and introduces no
        list with a colon); a short label of
        capitalised words over a block with an e-mail address or a telephone number (the
        label of a contact card: "ICR:" over a name and an address); a conference call's
        announcement, a note on non-GAAP measures and a signature block ("On behalf of the
        Board of Directors," over a name: sections of their own); after a legend,
        a trademark notice ("Acme is a registered trademark of ...": an About keeps its
        legal lines); in an About, the pointer to a forward-looking legend ("This report
        contains forward-looking information. Please refer to ...")."""
        if _FOOTNOTE_MARK.match(text) and not _FORWARD_WORD.search(text):
            before = self.block_text(previous.block).rstrip() if previous is not None else ""
            if not _FOOTNOTE_MARK.match(before) and not before.endswith(":"):
                return True
        if _CARD_LABEL.fullmatch(text) and any(
            find_emails(after) or find_phones(after)
            for after in (
                self.block_text(index)
                for index in range(block + 1, min(block + 1 + CARD_LABEL_REACH, len(self.blocks)))
            )
        ):
            return True
        if (
            _CONFERENCE_CALL.search(text)
            or _NON_GAAP_OPENING.match(text)
            or _SIGNATURE_OPENING.match(text)
        ) and not _FORWARD_WORD.search(text):
            return True
        if kind == "forward_looking":
            return _TRADEMARK_NOTICE.search(text) is not None and not _FORWARD_WORD.search(text)
        return _LEGEND_POINTER.search(text) is not None

    def _about_text_read_as_contacts(self, about: _Section, record: _Section) -> bool:
        """Whether a contacts section is the text of the bare About heading right above it:
        its block opens with the company's name (not with a contact label)."""
        if (
            about.kind != "about"
            or about.items
            or record.kind != "contacts"
            or record.header.block != about.header.block + 1
            or len(self.block_text(about.header.block)) > HEADLINE_MAX
        ):
            return False
        subject = self._about_subject(about.header.block)
        text = self.block_text(record.header.block)
        label = LABEL.match(text)
        return (
            bool(subject)
            and text.startswith(subject)
            and not (label is not None and label.group("label").strip())
        )

    def _about_subject(self, index: int) -> str:
        """The company an About heading names (its first line, "About" and colon dropped)."""
        block = self.blocks[index]
        line_start, line_end = self._first_line(block)
        glued = _GLUED_ABOUT.match(self.text, line_start, line_end)
        if glued is not None:
            line_end = glued.end("heading")
        return _ABOUT_WORD.sub("", self.text[line_start:line_end]).strip().rstrip(":.-–—|").strip()

    def _issuer_name(self) -> str | None:
        """The name the release opens with, after its dateline ("Apple® today announced")."""
        dateline = self.release.dateline
        if dateline is None:
            return None
        found = _OPENING_NAME.match(self.text, dateline.span.text_end)
        return found.group("name") if found else None

    def _headless_abouts(self) -> None:
        """Boilerplate that lost its "About ..." heading (a page scrape, an EDGAR exhibit):
        in the tail of the body (after the last quotation and the last ordinary paragraph),
        a paragraph that opens with a company's name and says what it is ("Chevron
        Corporation is one of ...", "Acme (NYSE: ACM) is a ..."), or the issuer's own
        boilerplate that followed a legend."""
        body = self.release.body
        floor = next(
            (n + 1 for n in range(len(body) - 1, -1, -1) if _QUOTATION.search(body[n].text)), 1
        )
        found: dict[int, str] = {}
        in_tail = True
        listed: set[str] | None = None
        issuer = self._issuer_name()
        # A headed About further on is the closing boilerplate: a paragraph before it that
        # says what another company is describes a partner in the body ("BullionStar is a
        # trusted dealer ..." above "About KYN Capital").
        headed = min((a.span.text_start for a in self.release.about), default=None)
        for position in range(len(body) - 1, floor - 1, -1):
            paragraph = body[position]
            if paragraph.kind is not BlockKind.PARAGRAPH:
                continue
            text = paragraph.text.strip()
            name = self._boilerplate.get(paragraph.span.text_start) or _headless_about(text, None)
            if name is None and position == len(body) - 1 and position:
                # the release's last paragraph says what the issuer does ("Ostex
                # International develops and commercializes ..."): its boilerplate
                name = _issuer_description(text, issuer)
            if name is not None and not in_tail and listed is None:
                listed = {m.group("name").split()[0] for m in _LISTED_NAME.finditer(self.text)}
            ended = paragraph.span.text_start in self._boilerplate  # it ended a section
            # a name set off by an aside ("Acme, a maker of ..., develops") is boilerplate
            # only in the tail: a stock round-up describes each listed company that way
            listing = listed if name is None or not _apposed_only(text) else None
            if name is not None and (ended or in_tail or name.split()[0] in (listing or ())):
                found[position] = name
            elif len(text) > TAIL_SHORT:
                in_tail = False
        if headed is not None:
            for position in list(found):
                start = body[position].span.text_start
                if start >= headed or start in self._boilerplate:
                    continue
                between = [
                    q
                    for q in range(position + 1, len(body))
                    if body[q].span.text_start < headed
                    and q not in found
                    and not _continues_about(body[q].text.strip(), found[position])
                ]
                if between and not (issuer and _same_company(found[position], issuer)):
                    del found[position]
        # The boilerplate goes on in the paragraphs after it that say more of the same
        # company ("Gannett also operates ...") or point to its web site ("www.acme.com"),
        # and in the block after a line whose sentence runs on (a layout that put a blank
        # line after every printed line).
        more: dict[int, list[int]] = {position: [] for position in found}
        for position, name in found.items():
            following = position + 1
            while (
                following < len(body)
                and following not in found
                and body[following].kind is BlockKind.PARAGRAPH
                and (
                    _continues_about(body[following].text.strip(), name)
                    or _runs_on(body[following - 1].text)
                )
            ):
                more[position].append(following)
                following += 1
        taken = {q for rest in more.values() for q in rest}
        keep: list[Paragraph] = []
        for position, paragraph in enumerate(body):
            name = found.get(position)
            if name is None:
                if position not in taken:
                    keep.append(paragraph)
                continue
            paragraphs = [paragraph, *(body[q] for q in more[position])]
            start, end = paragraph.span.text_start, paragraphs[-1].span.text_end
            begin = start + max(paragraph.text.find(name), 0)
            self.release.about.append(
                About.model_construct(
                    text=self.text[start:end],
                    span=self.span(start, end),
                    subject=name,
                    heading=self.element(begin, begin + len(name)),
                    paragraphs=paragraphs,
                )
            )
            self.add_section("about", start, end)
            for part in paragraphs:
                self._drop_body_section(part.span.text_start, part.span.text_end)
        self.release.body = keep

    def _legends_run_into_abouts(self) -> None:
        """An About heading over a paragraph whose boilerplate runs on into the legend ("...
        at www.acme.com. Safe Harbor Statement: This press release contains ..."), a layout
        that lost a line break: the grammar read the whole paragraph as the legend, leaving
        the heading alone. The text before the legend's heading is the About's."""
        for position, legend in enumerate(self.release.forward_looking):
            if not legend.paragraphs:
                continue
            first = legend.paragraphs[0]
            found = _RUN_IN_LEGEND.search(first.text)
            if found is None or _FORWARD_WORD.search(first.text, 0, found.start("heading")):
                continue
            start = first.span.text_start
            about_at = next(
                (
                    n
                    for n, about in enumerate(self.release.about)
                    if not about.paragraphs
                    and about.span.text_end <= start
                    and not self.text[about.span.text_end : start].strip()
                ),
                None,
            )
            if about_at is None:
                continue
            about = self.release.about[about_at]
            split = start + found.start("heading")
            lead_end = start + found.start()
            paragraph = Paragraph.model_construct(
                text=self.text[start:lead_end], span=self.span(start, lead_end)
            )
            self._replace_section(about.span, "about", about.span.text_start, lead_end)
            self.release.about[about_at] = about.model_copy(
                update={
                    "text": self.text[about.span.text_start : lead_end],
                    "span": self.span(about.span.text_start, lead_end),
                    "paragraphs": [paragraph],
                }
            )
            end = legend.span.text_end
            rest = Paragraph.model_construct(
                text=self.text[split : first.span.text_end],
                span=self.span(split, first.span.text_end),
            )
            lead = _FLS_LEAD.match(rest.text)
            if lead and len(lead.group("heading").split()) > 10:
                lead = None
            self._replace_section(legend.span, "forward_looking", split, end)
            self.release.forward_looking[position] = legend.model_copy(
                update={
                    "text": self.text[split:end],
                    "span": self.span(split, end),
                    "heading": lead.group("heading").strip() if lead else None,
                    "paragraphs": [rest, *legend.paragraphs[1:]],
                }
            )

    def _replace_section(self, old: Span, kind: SectionKind, start: int, end: int) -> None:
        """Give the section of ``kind`` at ``old`` the span ``start``-``end``."""
        for index, section in enumerate(self.sections):
            if section.kind == kind and section.span == old:
                self.sections[index] = Section.model_construct(
                    kind=kind, span=self.span(start, end)
                )
                return

    def _run_on_abouts(self) -> None:
        """An About heading run on after the end of a body paragraph's text by a layout that
        lost the line break ("... view full announcement.About AcmeAcme is a ...", an empty
        link before it "[]()About Acme Acme provides ..."): the paragraph is body text up to
        the heading, and the heading with its text is an About section. Only a heading the
        glued-heading pattern reads (the name repeated, a colon, or a name and a sentence)
        after a sentence's end, a closing bracket or an empty link counts."""
        keep: list[Paragraph] = []
        for paragraph in self.release.body:
            found = None
            if paragraph.kind is BlockKind.PARAGRAPH and (
                "About " in paragraph.text or "ABOUT " in paragraph.text
            ):
                start, end = paragraph.span.text_start, paragraph.span.text_end
                for candidate in _RUN_ON_ABOUT.finditer(self.text, start, end):
                    begin = candidate.start("about")
                    glued = _GLUED_ABOUT.match(self.text, begin, end) or _COLON_ABOUT.match(
                        self.text, begin, end
                    )
                    if glued is not None and "\n" not in self.text[begin:end]:
                        found = (candidate, glued)
                        break
            if found is None:
                keep.append(paragraph)
                continue
            candidate, glued = found
            begin, heading_end = candidate.start("about"), glued.end("heading")
            before = candidate.start("about")
            while before > start and self.text[before - 1] in " \t":
                before -= 1
            self._cut_body_sections(before, end)
            # (a source line and a card may be run on after the boilerplate in turn)
            end = self._run_on_source(begin, end)
            card = self._run_on_card(glued.end("heading"), end, [])
            end = card[0] if card is not None else end
            if re.search(r"\w", self.text[start:before]):
                keep.append(self._part_of(paragraph, start, before))
            rest = heading_end
            while rest < end and self.text[rest].isspace():
                rest += 1
            heading = self.text[begin:heading_end]
            subject = _ABOUT_WORD.sub("", heading).strip().rstrip(":-–—|").strip()
            self.release.about.append(
                About.model_construct(
                    text=self.text[begin:end],
                    span=self.span(begin, end),
                    subject=subject,
                    heading=self.element(begin, heading_end),
                    paragraphs=[
                        Paragraph.model_construct(
                            text=self.text[rest:end], span=self.span(rest, end)
                        )
                    ],
                )
            )
            self.add_section("about", begin, end)
        self.release.body = keep

    def _trailing_about_headings(self) -> None:
        """An About heading run on at the end of a paragraph after a link or a sentence's
        end ("KOINFOLD on Discord: https://... About Acme Robotics, Inc."), its text the next
        paragraph, which opens with the company's name: an About section of that paragraph,
        the heading cut from the paragraph before."""
        body = self.release.body
        keep: list[Paragraph] = []
        taken: set[int] = set()
        for position, paragraph in enumerate(body):
            if position in taken:
                continue
            found = None
            following = body[position + 1] if position + 1 < len(body) else None
            if (
                following is not None
                and paragraph.kind is BlockKind.PARAGRAPH
                and following.kind is BlockKind.PARAGRAPH
                and ("About " in paragraph.text or "ABOUT " in paragraph.text)
            ):
                found = _TRAILING_ABOUT.search(paragraph.text)
                last = paragraph.text[: found.start()].split()[-1:] if found else []
                if found is not None and not (
                    last
                    and (
                        last[0].startswith(("http://", "https://", "www."))
                        or _SENTENCE_END_WORD.search(last[0])
                    )
                ):
                    found = None
            subject = ""
            if found is not None and following is not None:
                subject = _ABOUT_WORD.sub("", found.group("heading")).strip().rstrip(":").strip()
                first = subject.split()[0] if subject.split() else ""
                if len(first) < 2 or not following.text.lstrip().startswith(first):
                    found = None
            if found is None or following is None:
                keep.append(paragraph)
                continue
            start = paragraph.span.text_start
            begin = start + found.start("heading")
            heading_end = start + found.end("heading")
            before = begin
            while before > start and self.text[before - 1] in " \t":
                before -= 1
            # ... and the lines after it that go on with it ("Visit: www.acme.com")
            paragraphs = [following]
            for later in range(position + 2, len(body)):
                if body[later].kind is not BlockKind.PARAGRAPH or not _continues_about(
                    body[later].text, subject
                ):
                    break
                paragraphs.append(body[later])
                taken.add(later)
            end = paragraphs[-1].span.text_end
            self._cut_body_sections(before, paragraph.span.text_end)
            self._drop_body_section(following.span.text_start, end)
            keep.append(self._part_of(paragraph, start, before))
            self.release.about.append(
                About.model_construct(
                    text=self.text[begin:end],
                    span=self.span(begin, end),
                    subject=subject,
                    heading=self.element(begin, heading_end),
                    paragraphs=paragraphs,
                )
            )
            self.add_section("about", begin, end)
            taken.add(position + 1)
        self.release.body = keep

    def _part_of(self, paragraph: Paragraph, start: int, end: int) -> Paragraph:
        """The text ``start:end`` of ``paragraph`` as a block of the same kind, level and
        heading (what stays in the body when a run-on section is split off)."""
        return Paragraph.model_construct(
            text=self.text[start:end],
            span=self.span(start, end),
            kind=paragraph.kind,
            level=paragraph.level,
            heading=paragraph.heading,
        )

    def _cut_body_sections(self, start: int, end: int) -> None:
        """Body sections lose the text from ``start`` to ``end`` (it became another section):
        what is left of each before and after it stays body."""
        kept: list[Section] = []
        for section in self.sections:
            lo, hi = section.span.text_start, section.span.text_end
            if section.kind != "body" or hi <= start or lo >= end:
                kept.append(section)
                continue
            for a, b in ((lo, start), (end, hi)):
                while a < b and self.text[a].isspace():
                    a += 1
                while b > a and self.text[b - 1].isspace():
                    b -= 1
                if b > a and re.search(r"\w", self.text[a:b]):
                    kept.append(Section.model_construct(kind="body", span=self.span(a, b)))
        self.sections = kept

    def _drop_body_section(self, start: int, end: int) -> None:
        """A paragraph that became an About section is no body text: a body section made of
        it alone goes (one that holds more paragraphs keeps them)."""
        self.sections = [
            s
            for s in self.sections
            if not (s.kind == "body" and s.span.text_start == start and s.span.text_end == end)
        ]

    def _about(self, header: Block, items: list[_Item], end: int) -> None:
        line_start, line_end = self._first_line(header)
        printed_end = self.text.find("\n", line_start, line_end)
        if printed_end != -1 and self.text[line_start:printed_end].rstrip()[-1:] in ":-–—":
            # "About Acme –" over its text: the heading is its printed line, not a title
            # wrapped onto the next (``_first_line`` joins a line that ends with a dash)
            line_end = printed_end
        glued = _GLUED_ABOUT.match(self.text, line_start, line_end)
        rest_start = line_end + 1
        if glued is not None:
            line_end = rest_start = glued.end("heading")
            # (the space a layout left between the run-in heading and its text)
            while rest_start < header.end and self.text[rest_start] in " \t":
                rest_start += 1
        heading = self.text[line_start:line_end]
        subject = _ABOUT_WORD.sub("", heading).strip().rstrip(":-–—|").strip()
        if subject.endswith(".") and not _ABBREVIATION_END.search(subject):
            subject = subject[:-1].rstrip()
        paragraphs = []
        if rest_start < header.end:
            paragraphs.append(
                Paragraph.model_construct(
                    text=self.text[rest_start : header.end],
                    span=self.span(rest_start, header.end),
                )
            )
        paragraphs.extend(self.paragraph(i.block) for i in items)
        if not subject and paragraphs:
            # a bare "About:" heading: the company is the one its paragraph opens with
            subject = _opening_company(paragraphs[0].text)
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
        financial statements, a legend, a note to editors) is body again, not contact
        information."""
        has_channel = self._has_channel(header_block)
        for position, item in enumerate(items):
            text = self.block_text(item.block)
            if has_channel and _EDITORS_NOTE.match(text):
                # "NOTE TO EDITORS: For additional information visit ... or call the media
                # helpline at ...": the newsroom's note to the press, after the cards
                return items[:position], items[position:]
            channel = self._has_channel(item.block)
            if not has_channel and not position and _WEB_ADDRESS.search(text):
                # "Contact Acme LLP:" / "Submit your claim at https://..." / "or call ...": a
                # web address under a bare label is the card's first way to reach them.
                channel = True
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
        # a label after a page's empty image links ("[](https://...) Contact:"): the card
        # starts at the label, the links are the page's
        header = self.blocks[header_block]
        links = _EMPTY_LINKS.match(self.text, header.start, header.end)
        card_start = links.end() if links else header.start
        for index in indexes:
            block = self.blocks[index]
            if index == header_block and card_start > block.start:
                self.release.contact_blocks.append(
                    Paragraph.model_construct(
                        text=self.text[card_start : block.end],
                        span=self.span(card_start, block.end),
                    )
                )
            else:
                self.release.contact_blocks.append(self.paragraph(index))
            if lines:
                lines.append((-1, -1))
            if block.kind is BlockKind.TABLE and block.rows:
                lines.extend(_table_lines(block.rows, self.text))
                continue
            position = card_start if index == header_block else block.start
            while position < block.end:
                newline = self.text.find("\n", position, block.end)
                stop = block.end if newline == -1 else newline
                lines.append((position, stop))
                position = stop + 1
        found_contacts = parse_contacts(self.text, lines)
        pending, self._desk_label = self._desk_label, None
        if pending is not None and pending[1] == header_block - 1 and found_contacts:
            # A desk's name as a section of its own right above this one ("External Investor
            # Relations" / "Contact:", "Investor Relations/" / "Media Contact:") labels it.
            first = found_contacts[0]
            if pending[0].endswith("/") and first.label:
                first.label = pending[0] + first.label
            elif first.label is None or _GENERIC_CONTACT_LABEL.match(first.label):
                first.label = pending[0]
            elif (
                _GENERIC_CONTACT_LABEL.match(pending[0])
                and _DESK_LABEL.match(first.label)
                and not first.names
                and not _printed_label(self.text[first.start : first.end], first.label)
            ):
                # "Contact:" / "Boeing Media Relations" / e-mail: a team's card under the
                # printed label, the desk its name (not "Contact" / "Investor Relations:
                # ir@...": a card whose own label is printed with its colon)
                first.organisations.insert(0, first.label)
                first.label = pending[0]
        if (
            len(found_contacts) == 1
            and found_contacts[0].is_empty
            and found_contacts[0].label
            and (
                _DESK_LABEL.match(found_contacts[0].label)
                or (
                    (
                        _GENERIC_CONTACT_LABEL.match(found_contacts[0].label)
                        or _ASKING_LABEL.match(found_contacts[0].label)
                    )
                    and self._contacts_follow(indexes[-1])
                )
            )
        ):
            # a desk's name, or "Contacts:" alone over the cards below it: their label
            self._desk_label = (found_contacts[0].label, indexes[-1])
            found_contacts = []
        self._add_contacts(found_contacts)
        self.add_section("contacts", card_start, self.blocks[indexes[-1]].end)

    def _contacts_follow(self, index: int) -> bool:
        """Whether the block after ``index`` opens another contacts section."""
        return any(
            isinstance(record, _Section)
            and record.kind == "contacts"
            and record.header.block == index + 1
            for record in self.records
        )

    def _add_contacts(self, found_contacts: list[Any]) -> None:
        for found in found_contacts:
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

    def _repeated_legends(self) -> None:
        """A legend printed again word for word further on (a page that repeats it after the
        cards): one legend, the copy the page's furniture (a footer), not a second legend."""
        seen: set[str] = set()
        kept = []
        for legend in self.release.forward_looking:
            key = " ".join(_WORDS_ONLY.sub(" ", legend.text).split()).casefold()
            if key not in seen:
                seen.add(key)
                kept.append(legend)
                continue
            start, end = legend.span.text_start, legend.span.text_end
            self.sections = [
                s
                for s in self.sections
                if not (s.kind == "forward_looking" and start <= s.span.text_start < end)
            ]
            self.release.footer.append(
                Paragraph.model_construct(text=legend.text, span=legend.span)
            )
            self.add_section("footer", start, end)
        self.release.forward_looking = kept

    def _footer(self, items: list[_Item]) -> None:
        for item in items:
            paragraph = self.paragraph(item.block)
            if self._noted_about(paragraph):
                continue
            self.release.footer.append(paragraph)
            self.add_section("footer", paragraph.span.text_start, paragraph.span.text_end)
            block = self.blocks[item.block]
            found = _TRAILER_SOURCE.search(self.text, block.start, block.end)
            if found is not None and self.release.source_line is None:
                # Business Wire's keyword trailer ("KEYWORD: OHIO" / "INDUSTRY KEYWORD: ..." /
                # "SOURCE: Acme Corp."): its source line
                self.release.source_line = self.element(found.start("source"), found.end("source"))
                self.add_section("source", found.start("source"), found.end("source"))

    def _noted_about(self, paragraph: Paragraph) -> bool:
        """A distributor's boilerplate behind a note label ("NOTE TO INVESTORS: IBN is a
        multifaceted financial news ... company ..."), or a company's boilerplate without a
        heading after the end mark or a source line ("###" / "Acme, Inc. is a leading ..."):
        an About section of the company it describes, not a footer. A note or paragraph that
        says anything else stays in the footer."""
        note = _NOTE_LABEL.match(paragraph.text)
        if note is None and paragraph.kind is not BlockKind.PARAGRAPH:
            return False
        rest = paragraph.text[note.end() :] if note is not None else paragraph.text
        name = _headless_about(rest, None)
        if name is None:
            return False
        start, end = paragraph.span.text_start, paragraph.span.text_end
        begin = start + (note.end() if note is not None else 0)
        self.release.about.append(
            About.model_construct(
                text=self.text[start:end],
                span=self.span(start, end),
                subject=name,
                heading=self.element(begin, begin + len(name)),
                paragraphs=[
                    Paragraph.model_construct(text=self.text[begin:end], span=self.span(begin, end))
                ],
            )
        )
        self.add_section("about", start, end)
        return True

    # -- quotes ----------------------------------------------------------------------------------

    def _quotes(self) -> None:
        carried: Attribution | None = None
        speakers: list[Attribution] = []
        signed_lines: set[int] = set()  # paragraphs whose opening signature is used
        inherited = self._inherited_speakers
        for index, paragraph in enumerate(self.release.body):
            if paragraph.kind is BlockKind.TABLE:
                carried = None
                continue
            base = paragraph.span.text_start
            left_open = carried is not None
            if carried is None and index:
                # "..., commented:" at the end of the paragraph before.
                carried = lead_in(self.release.body[index - 1].text)
            carried_in = carried
            found_quotes = find_quotes(paragraph.text, carried_in, left_open=left_open)
            carried = None
            # (a quotation left open may yet be attributed where it closes)
            unattributed = not any(
                found.attribution or found.continues for found in found_quotes
            ) and _only_quotes(paragraph.text, found_quotes)
            if not found_quotes:
                self._attribute_from_dash_line(paragraph.text, index)
            for found in found_quotes:
                attribution = found.attribution
                attribution_base = base
                if attribution is None:
                    signed = self._signature(index, found, found_quotes[-1], signed_lines)
                    if signed is not None:
                        attribution, attribution_base = signed
                if attribution is None and unattributed and found_quotes[0].start <= 1:
                    # A paragraph that is one more quotation, with no attribution of its
                    # own, right after an attributed one: the same speaker goes on.
                    attribution = self._speaker_going_on(index)
                    if attribution is not None:
                        attribution_base = base
                        inherited.add(len(self.release.quotes))
                if (
                    attribution is None
                    and not found.continues
                    and not _statement(paragraph.text[found.start : found.end])
                    and not _SPOKEN_AFTER.match(paragraph.text, found.end)
                ):
                    # quoted words no one is said to speak and too short to be a statement:
                    # a defined term or a title ("net spread income", “Use of Proceeds”)
                    continue
                if is_pronoun(attribution):
                    assert attribution is not None
                    resolve_pronoun(paragraph.text, found.start, attribution, speakers)
                if attribution is not None and attribution is not carried_in:
                    resolve_across(speakers, attribution)
                    speakers.append(attribution)
                if attribution is not None and attribution.speaker and not attribution.title:
                    mention = earlier_mention(self.text, attribution.speaker, base + found.start)
                    if mention is not None:
                        attribution.title = mention.title
                        attribution.organisation = attribution.organisation or mention.organisation
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
                            self.element(
                                attribution_base + attribution.start,
                                attribution_base + attribution.end,
                            )
                            if attribution and attribution.end > attribution.start
                            else None
                        ),
                        paragraph=index,
                    )
                )
                self.add_section("quote", start, end)
                if found.continues:
                    carried = attribution

    def _defined_organisations(self) -> None:
        """A speaker's organisation given as the release's defined term ("said Jane Roe, the
        Company's Chief Executive Officer"), where the release defines it ("Acme Corp.
        (“Acme” or the “Company”)"): the organisation is the company so named."""
        terms = {q.organisation for q in self.release.quotes if q.organisation}
        terms = {t for t in terms if _DEFINED_TERM_USE.fullmatch(t)}
        if not terms:
            return
        named: dict[str, str] = {}
        for found in _DEFINED_COMPANY.finditer(self.text):
            named.setdefault(found.group("term").lower(), found.group("name").strip(" ,"))
        issuer = self._issuer_name()
        for position, quote in enumerate(self.release.quotes):
            term = quote.organisation
            if term in terms:
                # (a term the release never defines stands for the company whose release
                # it is: the name its text opens with)
                name = named.get(term.split()[-1].lower(), issuer)
                if name is not None:
                    self.release.quotes[position] = quote.model_copy(update={"organisation": name})

    def _signature(
        self, index: int, found: FoundQuote, last: FoundQuote, used: set[int]
    ) -> tuple[Attribution, int] | None:
        """A signature line for an unattributed quotation, and where its paragraph starts.
        Layouts that lose line breaks put it either before the quotation in the same
        paragraph ("JANE ROE, CEO, ACME “...”") or at the start of the next paragraph, run
        into what follows ("“...”" / "Jane Roe, CEO of Acme In her role ..."). A paragraph
        that opens with a signature not yet used by the quotation before signs its own;
        otherwise a quotation that closes its paragraph takes the next one's."""
        body = self.release.body
        paragraph = body[index]
        if index not in used:
            signed = signature_line(paragraph.text)
            if signed is not None and not paragraph.text[signed.end : found.start - 1].strip(
                " ,:–—-"
            ):
                used.add(index)
                return signed, paragraph.span.text_start
        if (
            found is not last
            or found.continues
            or paragraph.text[found.end + 1 :].strip(' \t\n.,”"')
            or index + 1 >= len(body)
            or body[index + 1].kind is BlockKind.TABLE
        ):
            return None
        following = body[index + 1]
        signed = signature_line(following.text)
        if signed is None:
            return None
        used.add(index + 1)
        return signed, following.span.text_start

    def _speaker_going_on(self, index: int) -> Attribution | None:
        """The speaker of the quotation that closes the paragraph before ``index``, if that
        paragraph ends with an attributed quotation (or its attribution)."""
        quotes = self.release.quotes
        if not index or not quotes or quotes[-1].paragraph != index - 1:
            return None
        last = quotes[-1]
        previous = self.release.body[index - 1]
        if last.speaker is None or previous.kind is BlockKind.TABLE:
            return None
        ends = [last.span.text_end]
        if last.attribution is not None:
            ends.append(last.attribution.span.text_end)
        tail = self.text[max(ends) : previous.span.text_end]
        if not _ATTRIBUTION_TAIL.match(tail):
            return None  # more text after the quotation than the end of its attribution
        # The span is set by the caller; only who said it matters here.
        return Attribution(last.speaker, last.title, last.organisation, 0, 0)

    def _attribute_from_dash_line(self, text: str, index: int) -> None:
        """ "— Jane Roe, CEO of Acme" on its own after a quotation names its speaker."""
        quotes = self.release.quotes
        if (
            not quotes
            or (quotes[-1].speaker is not None and len(quotes) - 1 not in self._inherited_speakers)
            or quotes[-1].paragraph != index - 1
        ):
            return
        found = dash_line(text)
        if found is not None:
            last = quotes[-1]
            last.speaker, last.title, last.organisation = (
                found.speaker,
                found.title,
                found.organisation,
            )


#: A title line that stops mid-phrase: on a joining word or punctuation.
_TITLE_BREAK = lazy_compile(r"(?:[,;(&/–—-]|\b(?i:and|or|of|the|to|a|an|in|for|by|with|on|at))$")
#: A title-case line that opens with a joining word goes on with the line above ("... from
#: $0.20 to $0.30" / "Per Share and Announces ..."): a subtitle does not open so.
_TITLE_JOIN = lazy_compile(r"(?:Per|Of|And|Or|To|From|Into|Than|Versus|Vs\.?|Plus|&)\s")


def _title_text(text: str) -> bool:
    """A line that reads as a title: short, without a sentence's closing punctuation
    ("Inc." and the like aside)."""
    return 0 < len(text) <= HEADLINE_MAX and (
        _TERMINAL_PUNCTUATION.search(text) is None or _ABBREVIATION_END.search(text) is not None
    )


def _title_goes_on(line: str, rest: str) -> bool:
    """Whether the line after a title line is the same title wrapped, not a subtitle: it
    goes on in lower case ("Acme" / "signs MOU"), the line stops on a joining word ("...
    Agreement to" / "Acquire ..."), both are in capitals ("OSTEX ANNOUNCES APPROVAL" / "OF
    MERGER"), it opens with a joining word ("... $0.30" / "Per Share and ..."), or it is one
    word left over ("... $2 Million Convertible" / "Note")."""
    following = rest.split("\n", 1)[0].strip()
    line = line.rstrip()
    if not following or not line or _TERMINAL_PUNCTUATION.search(line):
        return following[:1].islower()
    if following[:1].islower() or _TITLE_BREAK.search(line) or _TITLE_JOIN.match(following):
        return True
    if line.isupper() and following.isupper():
        return True
    return len(following.split()) == 1 and len(following) <= 20


#: What may follow the last quotation of a paragraph and its speaker's name: the verb
#: ("..., Dr. Roe added."), nothing else. Matched at the tail's start; the lookbehind keeps a
#: search from starting inside a run of white space (each start would read the whole run).
_ATTRIBUTION_TAIL = lazy_compile(r"(?<![\s.,”\"])[\s.,”\"]*(?:[a-z]+(?:\s+[a-z]+)?[\s.”\"]*)?$")


#: A contact label that names no desk ("Contact", "Contacts", "Contact Information").
_GENERIC_CONTACT_LABEL = lazy_compile(
    r"^contacts?(?:\s+(?:information|details|info))?$", re.IGNORECASE
)
#: A label that asks the reader to get in touch, over the cards below it: "For media
#: inquiries, please contact:", "For more information, contact:".
_ASKING_LABEL = lazy_compile(
    r"^for\s+(?:(?:further|more|additional)\s+information|(?:media|investor|press)\s+"
    r"(?:inquiries|enquiries))(?:,?\s+(?:please\s+)?contact)?$",
    re.IGNORECASE,
)
#: A label that is a relations desk's name: "External Investor Relations", "Media Relations/".
_DESK_LABEL = lazy_compile(
    r"^(?:[A-Z][\w&'’-]*\s+){0,2}(?:(?:Investor|Media|Public|Press)\s+Relations|"
    r"Corporate\s+Communications)/?$"
)


#: Words from which quoted text no one is said to speak is long enough to be a statement.
STATEMENT_WORDS = 12
#: Quoted text ending as a sentence ends (its full stop inside the marks).
_SENTENCE_END = lazy_compile(r"[.!?…][\s’'”\")]*$")
#: A speech verb straight after a quotation ("...,” said a spokesperson): it was spoken,
#: however short, whoever the speaker (anonymous attributions are the rules' business).
_SPOKEN_AFTER = lazy_compile(
    r"(?<![\w.'’-])[”\"’'\s]{0,4}(?:[A-Za-z.'’-]+[ \t]+){0,4}?(?:" + SPEECH_VERBS + r")\b"
)


def _statement(quoted: str) -> bool:
    """Whether quoted text reads as somebody's statement: a sentence (it ends with its full
    stop, question or exclamation mark) or long enough to be one. A defined term or a title
    in quotation marks is neither."""
    return len(quoted.split()) >= STATEMENT_WORDS or bool(_SENTENCE_END.search(quoted.strip()))


def _only_quotes(text: str, found_quotes: list[FoundQuote]) -> bool:
    """Is the paragraph nothing but its quotations (and their marks and punctuation)?"""
    outside = []
    position = 0
    for found in found_quotes:
        outside.append(text[position : found.start])
        position = found.end
    outside.append(text[position:])
    return not "".join(outside).strip(" \t\n.,;:!?“”\"'’…—–-")


#: A quoted passage long enough to be a quotation rather than a defined term ("the Company").
_QUOTATION = re.compile(r"“[^”]{40,}|\"[^\"]{40,}\"")
#: A paragraph that quotes someone and says who ("“We are pleased,” said Jane Roe ...",
#: "Jane Roe, CEO, said: “...”"): the release's text, never a boilerplate's or a legend's.
_ATTRIBUTED_QUOTE = lazy_compile(
    r"^[“\"][^”\"\n]{8,400}?[”\"],?[ \t]+(?:said|says|added|commented|stated|noted|explained)\b"
    r"|^[^“\"\n]{3,120}?\b(?:said|says|added|commented|stated|noted|explained)"
    r"[ \t]*[:,]?[ \t]*[“\"]"
)
#: The verbs of ``_ATTRIBUTED_QUOTE``, looked for first: most paragraphs have none.
_SPEECH_VERB = lazy_compile(r"\b(?:said|says|added|commented|stated|noted|explained)\b")


def _attributed_quote(text: str) -> bool:
    """Whether a paragraph opens with a quotation and its speaker (``_ATTRIBUTED_QUOTE``)."""
    return (
        _SPEECH_VERB.search(text, 0, ATTRIBUTION_REACH) is not None
        and _ATTRIBUTED_QUOTE.search(text) is not None
    )


#: How far into a paragraph a quotation's speech verb may stand (the quotation's 400
#: characters and the verb after them).
ATTRIBUTION_REACH = 420
#: "This press release does not constitute an offer ...": a legal block of its own kind.
#: A fund's risk legend (Rule 482 and the like) opening a paragraph: no company's
#: boilerplate, though it often follows the fund sponsor's About text.
_FUND_LEGEND = lazy_compile(
    r"^(?:there\s+is\s+no\s+(?:guarantee|assurance)\s+that\s+(?:the|a|any)\s+funds?\b"
    r"|an?\s+investors?\s+should\s+(?:carefully\s+)?consider\s+(?:a|the|each)\s+fund"
    r"|past\s+performance\s+(?:is\s+no|does\s+not)\s+guarantee)",
    re.IGNORECASE,
)
_OFFER_DISCLAIMER = re.compile(
    r"^(?:this|the)\s+(?:(?:press|news)\s+release|announcement|communication|document)\s+"
    r"(?:is\s+(?:for\s+)?(?:informational|information)\s+purposes\s+only\s+and\s+)?"
    r"(?:(?:does|shall|will)\s+not|is\s+not)\s+"
    r"(?:constitute|an\s+offer)"
    # ... and an exchange's disclaimer of a Canadian release ("The Canadian Securities
    # Exchange does not accept responsibility for the adequacy ...", "Neither the TSX ...").
    r"|^(?:the\s+|neither\s+the\s+)?(?:canadian\s+securities\s+exchange|cse|tsx(?:\s+venture)?"
    r"(?:\s+exchange)?)\b[^.]{0,160}\baccepts?\s+responsibility",
    re.IGNORECASE,
)
#: How far into a paragraph a reader's disclaimer says what it is.
DISCLAIMER_REACH = 200
#: A disclaimer that the text is not advice ("This content should not be construed as
#: investment advice", "does not constitute legal or tax advice"): addressed to the reader,
#: so neither a company's boilerplate nor its legend (the grammar's DISCLAIMER has the
#: shorter "is not investment advice"; these longer forms are read only where a section
#: may end, as a scan of every block for them costs the lexer more).
_ADVICE_DISCLAIMER = lazy_compile(
    r"\b(?:(?:should|must|may)\s+not\s+be\s+(?:construed|considered|regarded|"
    r"relied\s+(?:up)?on|taken|treated)(?:\s+as)?|(?:does|do)\s+not\s+constitute)\s+"
    r"(?:an?\s+)?(?:investment|investing|financial|legal|tax)(?:,?\s+(?:or|and)\s+"
    r"(?:investment|investing|financial|legal|tax))?\s+advice\b",
    re.IGNORECASE,
)
_EXCHANGE = (
    r"(?:NYSE|NASDAQ|Nasdaq|NYSE American|NYSE MKT|AMEX|OTC\w*|TSX(?:V| Venture)?|CSE|LSE|ASX)"
)
#: A company named with its listing: "Noble Energy, Inc. (NASDAQ: NBL)".
_LISTED_NAME = lazy_compile(
    r"(?P<name>[A-Z][\w&'’.-]*(?:[ ,]+[A-Z][\w&'’.-]*){0,4})\s*\(" + _EXCHANGE + r"\s*:"
)
#: The name a release opens with, after its dateline: "Apple® today", "Oracle Corporation (".
_OPENING_NAME = re.compile(
    r"(?<![\s\-–—,:/])[\s\-–—,:/]*(?<![\w&'’.])(?<!\w-)(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|&)){0,4}?)"
    r"(?=\s*(?:®|™|\(|,|\s+today\b|\s+announced\b|\s+reported\b))"
)
#: Where a company is based, set off by commas after its name, as older wire copy writes
#: its boilerplate: ", based in Dayton, Ohio,", ", with headquarters in Cupertino, Calif.,".
_BASED_IN = (
    r"(?:,\s+(?:(?:based|headquartered|located)\s+in|with\s+(?:its\s+)?headquarters\s+in)"
    r"\s+[A-Z][^,;.\n]{0,40}(?:,\s+[A-Z][\w.]{1,20}){0,2},)"
)
#: A paragraph that opens with a company's name (its ticker or web site in brackets, a
#: "With ... ," or "X-based" lead-in, where it is based allowed) and says what the company
#: is. The lead-in may also say when it was founded or where it is based ("Founded in 1990,
#: Acme is ...", "Established in 2011 by John Roe, Acme is ...", "Headquartered in Dayton,
#: Ohio, Acme is ...").
_HEADLESS_ABOUT = lazy_compile(
    r"^(?:With\s[^\n]{0,200}?,\s+"
    r"|(?:Founded|Established|Incorporated|Launched|Formed)\s+in\s+(?:\d{4}|[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*){0,2})(?:\s+(?:by|and)\s[^\n,]{1,80}?)?,\s+"
    r"|(?:Headquartered|Based)\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)?,\s+)?(?:[\w.-]+-based\s+)?"
    r"(?P<name>(?!(?:The|This|These|That|It|Its|We|Our|In|On|As|For|At|If|All|Such|Any)\b)"
    r"(?:[A-Z]|[a-z][A-Z])[\w&'’.-]*(?:,?\s+(?:[A-Z][\w&'’.-]*|of|&)){0,5}?)(?:\s*[®™])?"
    r"(?:\s*\((?:"
    + _EXCHANGE
    + r"[^)]{0,30}|(?:https?://)?www\.[^()\s]{1,60})\))?"
    + _BASED_IN
    + r"?,?\s+(?:is|are)\s+(?:a|an|the|one)\b"
)


#: Boilerplate that opens with what the company is, then its name and what it does: "A
#: leading global aerospace company and top U.S. exporter, Acme develops ...".
_APPOSITIVE_ABOUT = lazy_compile(
    r"^(?:A|An)\s+[^,.\n]{0,120}?\b(?:company|firm|provider|leader|manufacturer|maker|"
    r"developer|producer|supplier|bank|organi[sz]ation|innovator|operator|retailer|insurer)\b"
    r"[^,\n]{0,80}?,\s+"
    r"(?P<name>(?!(?:The|This|These|That|It|Its|We|Our)\b)[A-Z][\w&'’.-]*"
    r"(?:\s+[A-Z][\w&'’.-]*){0,4}?)(?:\s*[®™])?\s+"
    r"(?:is|develops|designs|manufactures|makes|provides|offers|operates|serves|delivers|"
    r"builds|produces|owns|helps)\b"
)


#: Boilerplate that sets off what the company is between commas after its name, as older
#: wire copy and EDGAR exhibits write it: "Acme Computer, Inc., a recognized innovator in
#: the information industry, develops ...", "Acme Power, a subsidiary of Beta Energy Corp.,
#: provides ...". The aside must name a kind of company (a person's "Jane Roe, a veteran of
#: the industry, is ..." is not boilerplate) and the verb must describe, not report ("has
#: signed", "announced" are body text).
_APPOSED_ABOUT = lazy_compile(
    r"^(?P<name>(?!(?:The|This|These|That|It|Its|We|Our|In|On|As|For|At|If|All|Such|Any)\b)"
    r"[A-Z][\w&'’.-]*(?:,?\s+(?:[A-Z][\w&'’.-]*|of|&)){0,5}?)(?:\s*[®™])?"
    r"(?:\s*\((?:" + _EXCHANGE + r")[^)]{0,30}\))?"
    r",\s+(?:a|an|one\s+of\s+the)\s+[^;]{0,160}?\b(?:company|firm|provider|leader|"
    r"manufacturer|maker|developer|producer|supplier|subsidiary|unit|division|affiliate|bank|"
    r"organi[sz]ation|innovator|operator|retailer|insurer|utility|corporation|institution|"
    r"group|holding\s+company|trust)\b[^;]{0,120}?,\s+(?:(?:also|currently)\s+)?"
    r"(?:is\s+(?:a|an|the|one)\b|(?:develops|designs|creates|manufactures|makes|provides|"
    r"offers|operates|serves|delivers|builds|produces|owns|markets|distributes|supplies|"
    r"generates)\b)"
)


#: A capitalised heading run into its paragraph: two or more upper-case words, then a
#: sentence that opens with a capitalised word and a lower-case one.
_RUN_IN_HEADING = lazy_compile(
    r"(?<![\w&/-])(?P<heading>(?:[A-Z][A-Z&/-]*[ \t]+){1,7}[A-Z][A-Z&/-]+)[ \t]+"
    r"(?=[A-Z][a-z]+[ \t,]+[a-z])"
)
#: A defined term that stands for the issuer: "the Company", "the Corporation".
_DEFINED_TERM_USE = re.compile(r"(?i:the (?:company|corporation|bank|partnership|trust|fund))")
#: Where a release defines it: "AGNC Investment Corp. (“AGNC” or the “Company”)".
_DEFINED_COMPANY = lazy_compile(
    r"(?<![\w&'’.-])(?P<name>[A-Z][\w&'’.-]*(?:,?[ \t]+(?:[A-Z][\w&'’.-]*|of|&)){0,6}?)[ \t]*\("
    r"[^()\n]{0,80}?(?:the[ \t]+)?[“\"](?P<term>Company|Corporation|Bank|Partnership|Trust|Fund)"
    r"[”\"]"
)


#: Words of a legend or a filing notice, never of a company description.
_LEGAL_WORDS = lazy_compile(
    r"forward[- ‐‑]looking|Securities and Exchange Commission|\bSEC\b|undue reliance|"
    r"risk factors|reporting (?:company|issuer)|not (?:an )?offer|"
    # a legend's own sentence that opens with the company's name ("Acme undertakes no
    # obligation to update these statements", "Acme cautions readers ...")
    r"undertakes? no\b|does not undertake|(?:assumes?|disclaims?) (?:any )?(?:obligation|duty|"
    r"intention|responsibility)|no (?:obligation|duty) to (?:publicly )?(?:update|revise)|"
    r"cautions? (?:readers|investors|you)\b|differ materially|materially differ|"
    # a trademark notice ("Acme is a registered trademark of Acme Robotics, Inc.")
    r"(?:is|are) (?:a |the )?(?:registered )?(?:trade|service) ?marks?\b",
    re.IGNORECASE,
)


#: A numbered reference or footnote ("[1] Lavanchy D. ...", "(2) Source: ..."): the notes
#: printed after a legend are not part of it.
#: Empty links a page scrape left before a label: "[](https://.../logo.jpg) [](http://...) ".
_EMPTY_LINKS = re.compile(r"(?:\[\]\([^()\s]*\)[ \t]*)+")
#: A company's legal form and the punctuation around it, left out when names are compared.
_LEGAL_FORM = re.compile(
    r"(?:[,.]|(?<![\s,.]))\s+" + alternation(LEGAL_FORMS) + r"\b\.?|[®™]",
    re.IGNORECASE,
)


def _company_key(name: str) -> str:
    """A company's name compared without case, legal form or listing: "ACME ROBOTICS",
    "Acme Robotics, Inc. (NASDAQ: ACMR)" -> "acme robotics"."""
    name = re.sub(r"\([^()]*\)", " ", name)
    return " ".join(_LEGAL_FORM.sub("", name).casefold().split())


#: A footnote as newsrooms print them: its number, a space and a capitalised word.
_FOOTNOTE = lazy_compile(r"^\d{1,2}[ \t]+[A-Z][a-z]+\b")
_REFERENCE = lazy_compile(r"^(?:\[\d{1,2}\]|\(\d{1,2}\)|\d{1,2}\))\s+\S")
#: A numbered note or reference as an About section's neighbours print them: "[2] ...",
#: "(3) ...", "1 “Title.” Journal ...", "4. Roe J, Lee K. ..." (a number, then a capital
#: or a quotation mark).
#: A block of two or more lines in capitals (a parenthesised line among them): the heading
#: of a financial statement in an EDGAR text exhibit.
_CAPITALS_LINE = lazy_compile(r"[A-Z0-9][A-Z0-9 \t,.&'’()/-]{1,88}|\([A-Za-z ,.$]{3,60}\)")
#: A page's continuation mark: "-more-", "(more)", "- MORE -".
_MORE = re.compile(r"[-(][ \t]?(?i:more)[ \t]?[-)]")
#: A page's note that tables follow: "(table follows)", "(Tables to Follow)", "[Financial
#: tables follow]".
_TABLES_FOLLOW = re.compile(
    r"\([ \t]?(?i:(?:financial[ \t]+)?tables?[ \t]+(?:to[ \t]+)?follows?)[ \t]?\)"
    r"|\[[ \t]?(?i:(?:financial[ \t]+)?tables?[ \t]+(?:to[ \t]+)?follows?)[ \t]?\]"
)


def _capitals_block(text: str) -> bool:
    """Whether a block is two or more lines in capitals (a parenthesised line among them):
    the heading of a financial statement in an EDGAR text exhibit."""
    lines = [line.strip() for line in text.strip().split("\n")]
    return len(lines) >= 2 and all(_CAPITALS_LINE.fullmatch(line) for line in lines)


_NOTE_NUMBER = re.compile(r"^(?:\[\d{1,2}\]|\(\d{1,2}\)|\d{1,2}[.)]?)[ \t]+[“\"A-Z]")
#: Words of a legend, any one of which keeps a paragraph in it.
_LEGEND_WORDS = lazy_compile(
    r"forward[- ‐‑]looking|risk|uncertaint|undertake|obligation|statements?\b|assumption|"
    r"expect|belie|estimat|Securities|SEC\b|filings?\b|reports?\b|law\b|caution",
    re.IGNORECASE,
)
#: The words a legend's sentences are made of, wider than ``_LEGEND_WORDS`` (which marks a
#: legend's note): a paragraph after a legend's first without any of them is not the
#: legend's ("The plant employs 120 people.", "Acme's stock trades on Nasdaq as ACME.").
_LEGEND_VOCABULARY = lazy_compile(
    r"forward[- ‐‑]looking|risk|uncertaint|undertak|obligation|statements?\b|assumption|expect|"
    r"belie|estimat|Securities|SEC\b|filings?\b|reports?\b|law\b|caution|factor|differ|future|"
    r"anticipat|predict|guarantee|\bproject(?:s|ed|ions?)?\b|intend|\bplan(?:s|ned)?\b|outlook|"
    r"speak only|reliance|achiev|could|"
    r"would|may\b|might|should",
    re.IGNORECASE,
)
#: A running page header: a short line ending with the page's number after a separator
#: ("Acme Q3 Results -- Page 2", "Acme Corp. | Page 3 of 5").
PAGE_HEADER_MAX = 100
_PAGE_HEADER = lazy_compile(
    # (the text before the separator ends with a visible character, so that a run of
    # spaces is read one way only: the pattern stays linear)
    r"[^\n]{0,80}?\S(?:[ \t]*(?:-{1,2}|[–—|,/])[ \t]*|[ \t]{2,})(?i:page)[ \t]+\d{1,3}"
    r"(?:[ \t]+(?i:of)[ \t]+\d{1,3})?"
)
#: A list member's mark at a paragraph's start: "* ", "• ", "- ", "o ", "(a) ", "1. ".
_LIST_MARK = lazy_compile(r"(?:[*•·▪‣◦\-–o]|\(?[a-z0-9]{1,2}[.)])[ \t]")
#: How far from a section's end a run-on contact card may start.
RUN_ON_CARD_MAX = 400
#: How many blocks of e-mail addresses, numbers and web sites after it such a card takes.
CARD_CHANNEL_BLOCKS = 2
_CHANNEL_REST = lazy_compile(r"[\s,;|/•·:()-]*")
_LINK = lazy_compile(r"(?:https?://|www\.)\S+")


#: The most characters, and words besides its channels, of a block that is one line of a
#: contact card ("Jane Roe | Acme Robotics | jane@acme.com", "Email: ir@acme.com"); a
#: line with more words ("To receive SMS alerts from Acme, text ... to 555-0100") is a
#: sentence that gives a number.
CARD_BLOCK_MAX = 160
CARD_BLOCK_WORDS = 6
_LOWER_RUN = lazy_compile(r"\b[a-z]+\s+[a-z]+\s+[a-z]+\b")


def _card_block(text: str) -> bool:
    """Whether a block reads as one line of a contact card: an e-mail address or a telephone
    number and a few words (a name, a company, a label), no run of lower-case words."""
    rest = _beside_channels(text) if len(text) <= CARD_BLOCK_MAX else None
    return (
        rest is not None
        and len(_WORD.findall(rest)) <= CARD_BLOCK_WORDS
        and _LOWER_RUN.search(rest) is None
    )


def _beside_channels(text: str) -> str | None:
    """A block's text with its e-mail addresses, phone numbers and links blanked out: what
    stands beside the channels; ``None`` if it holds no address or number."""
    spans = [*find_emails(text), *find_phones(text)]
    if not spans:
        return None
    masked = list(text)
    for a, b in spans:
        masked[a:b] = " " * (b - a)
    return _LINK.sub(" ", "".join(masked))


def _channels_only(text: str) -> bool:
    """Whether a block holds nothing but e-mail addresses, phone numbers and web sites (and
    at least one address or number)."""
    rest = _beside_channels(text) if len(text) <= TAIL_SHORT else None
    return rest is not None and _CHANNEL_REST.fullmatch(rest) is not None


#: A note to the press after the cards: "NOTE TO EDITORS:", "Note to reporters:".
_EDITORS_NOTE = lazy_compile(
    r"^[ \t]*(?i:notes?[ \t]+to[ \t]+(?:editors|reporters|journalists))[ \t]*:"
)
#: A note label before a distributor's boilerplate: "NOTE TO INVESTORS:", "Note to editors:".
_NOTE_LABEL = re.compile(r"(?i:note to (?:investors|editors|readers))\s*:\s*")
#: Where an About heading may begin inside a paragraph (``_run_on_abouts``): straight after
#: a sentence's end or a closing bracket with no space, or after an empty link.
_RUN_ON_ABOUT = lazy_compile(
    # (a quotation's close after the full stop: "... soon.”   About Acme")
    r"(?:(?<=[a-z0-9][.!?)])|(?<=[a-z0-9][.!?”\"])[ \t]{2,}|(?<=[.!?][”\"’])[ \t]{2,}"
    r"|\[\]\(\)[ \t]*)"
    r"(?P<about>(?:About|ABOUT) [A-Z])"
)
#: An About heading at the end of a paragraph, after a link or a sentence's end, with
#: nothing after it: "... https://discord.gg/acme About Acme Robotics, Inc. (ACMR)".
_TRAILING_ABOUT = lazy_compile(
    r"(?P<heading>(?:About|ABOUT) [A-Z][^\n.!?“”\":]{0,80}?(?:"
    + alternation(DOTTED_LEGAL_FORMS)
    + r"\.)?"
    r"(?:[ \t]*\([^()\n]{1,20}\))?)[ \t]*:?[ \t]*$"
)
#: The last word of a sentence, before such a heading (a link may stand there too).
_SENTENCE_END_WORD = lazy_compile(r"[a-z0-9][.!?)][”\"]?$")
#: A run-on About heading that ends with a colon and a space: "About Acme: Founded in ...".
_COLON_ABOUT = lazy_compile(r"(?P<heading>(?:About|ABOUT) [A-Z][^\n:.“”\"]{0,60}:)[ \t]+(?=[A-Z])")
#: A contacts label run on after a sentence's end: "... by law.  INVESTOR RELATIONS
#: CONTACT: ...", "... the Fund. Media Contacts: ...", or glued to it when the label is in
#: capitals ("... at www.sec.gov.CONTACT: Acme, Inc. ...") or names a desk ("....Media
#: Contact: ...").
_RUN_ON_CARD = re.compile(
    r"(?:[.!?][”\"]?\s+|(?<=[a-z0-9][.!?])(?=(?:[A-Z]+[ \t]+){0,3}(?:CONTACTS?|INQUIRIES)[ \t]*:"
    r"|(?:[A-Z][a-z]+[ \t]+){1,3}Contacts?[ \t]*:))"
    r"(?P<label>(?:[A-Z][A-Za-z&'’/-]*[ \t]+){0,3}"
    r"(?:CONTACTS?|Contacts?|INQUIRIES|Inquiries|ENQUIRIES|Enquiries)[ \t]*:"
    r"|(?P<details>(?:CONTACT|Contact)[ \t]+(?:INFORMATION|Information|DETAILS|Details))"
    r"(?=[ \t]*:?[ \t]*[A-Z]))"
)
#: A wire's source line after a sentence's end, at the end of a paragraph: "... SOURCE:
#: Acme Corp.", or glued to it ("... robots.SOURCE: Acme Corp.") (capitals: "Source:"
#: inside a sentence or a note is a citation).
_RUN_ON_SOURCE = re.compile(
    r"(?:(?<=[.!?”\"\w/])[ \t]+|(?<=[a-z][.!?]))"
    r"(?P<source>SOURCE:?[ \t]+[A-Z][^\n.!?]{1,80}\.?)[ \t]*$"
)
_WEB_ADDRESS = lazy_compile(r"https?://|www\.|\b[\w-]+\.(?:com|net|org|io)\b", re.IGNORECASE)
#: A legend's heading run on after a sentence's end inside a paragraph: "... at
#: www.acme.com. Safe Harbor Statement: This press release ...".
_RUN_IN_LEGEND = re.compile(
    r"(?<=[a-z0-9][.!?])\s+(?P<heading>(?:Safe Harbou?r(?: Statement)?"
    r"|SAFE HARBOU?R(?: STATEMENT)?|Forward[- ‐‑]Looking (?:Statements?|Information)"
    r"|FORWARD[- ‐‑]LOOKING (?:STATEMENTS?|INFORMATION)"
    r"|Cautionary (?:Note|Statement)s?(?: Regarding Forward[- ‐‑]Looking Statements)?)\b)"
)
#: A legend's own words, which the boilerplate before a run-on legend does not use.
_FORWARD_WORD = lazy_compile(r"(?i:forward[- ‐‑]looking|safe harbou?r)")
#: A footnote's mark opening a block: "* Restructuring charges are estimates.", "† Excludes
#: ...", "¹ Based on ..." (a capital or a digit after the mark, not a lower-case list item).
_FOOTNOTE_MARK = lazy_compile(r"^(?:\*{1,3}|[†‡§¹²³])[ \t]*(?=[A-Z0-9“\"(])")
#: A contact card's label alone in its block: one to four capitalised words and a colon
#: ("ICR:", "Investor Relations:", "FTI Consulting:").
#: How many blocks below such a label its card's e-mail address or number may be (a name,
#: then the address).
CARD_LABEL_REACH = 2
_CARD_LABEL = lazy_compile(r"^(?:[A-Z][\w&.'’()/-]*[ \t]+){0,3}[A-Z][\w&.'’()/-]*[ \t]*:")
#: The announcement of a conference call, webcast or webinar ("Acme will host a conference call",
#: "Conference Call:", "A replay of the webcast will be ..."): a section of its own, after
#: the boilerplate or the legend it is not part of (not "helps clients to host a webcast",
#: what a company's boilerplate may say).
_CONFERENCE_CALL = lazy_compile(
    r"\b(?:will|(?:plans|intends|is[ \t]+scheduled|expects)[ \t]+to)[ \t]+(?:host|hold)[ \t]+"
    r"(?:a|an|its)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:conference[ \t]+call|webcast|webinar|earnings[ \t]+call|investor[ \t]+call)\b"
    r"|^(?:Conference[ \t]+Call|CONFERENCE[ \t]+CALL|Webcast|WEBCAST)"
    r"(?:[ \t]+\w+){0,4}[ \t]*[:.—–-]"
    # its replay: "A replay of the webcast will be available ...", "An archived replay of
    # the conference call can be accessed ..."
    r"|^(?:An?[ \t]+)?(?:(?:archived|audio|telephone|webcast)[ \t]+)?replay[ \t]+of[ \t]+"
    r"(?:the|this|today's|today’s)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:conference[ \t]+call|webcast|call)\b",
)
#: A note on non-GAAP measures, by its first sentence ("Non-GAAP Financial Measures: This
#: release includes ...", "In addition to results under GAAP, Acme uses ... non-GAAP").
_NON_GAAP_OPENING = lazy_compile(r"[^.!?\n]{0,200}?\b(?i:non-GAAP)\b")
#: The opening of a signature block: "On behalf of the Board of Directors,", "ON BEHALF OF
#: THE BOARD", "For and on behalf of Acme Mining Corp.", a signed line ("By: /s/ Jane Roe").
_SIGNATURE_OPENING = lazy_compile(
    r"(?i:(?:for[ \t]+and[ \t]+)?on[ \t]+behalf[ \t]+of[ \t]+(?:the[ \t]+)?board\b"
    r"|for[ \t]+and[ \t]+on[ \t]+behalf[ \t]+of\b)[^\n]{0,80}$"
    # a signed line: "By: /s/ Jane Roe", "/s/ Jane Roe"
    r"|(?:(?i:by)[ \t]*:?[ \t]*)?/s/[ \t]*[A-Z][^\n]{0,80}$"
)
#: A trademark notice: "Acme and the Acme logo are registered trademarks of Acme, Inc.".
_TRADEMARK_NOTICE = lazy_compile(
    r"\b(?:is|are)[ \t]+(?:a[ \t]+|the[ \t]+)?(?:registered[ \t]+)?trademarks?[ \t]+"
    r"(?:or[ \t]+(?:a[ \t]+)?registered[ \t]+trademarks?[ \t]+)?of\b|"
    r"^(?:All[ \t]+)?(?:other[ \t]+)?(?:trademarks|brand[ \t]+names)[ \t]+(?:and[ \t]+\w+[ \t]+)?"
    r"(?:are|mentioned|used)\b",
    re.IGNORECASE,
)
#: A run of four lower-case words: a sentence, not a line of a contact card.
_SENTENCE_WORDS = lazy_compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b")


#: What is not a word's: marks, dashes and white space a copy may print differently.
_WORDS_ONLY = lazy_compile(r"[\W_]+")
#: A pointer to the forward-looking legend, or a caution of its kind ("The announcement of
#: ... is not necessarily indicative of the timing or amount of revenue", "Past performance
#: is not indicative of future results"): no company's boilerplate holds one.
_LEGEND_POINTER = lazy_compile(
    r"(?i:\b(?:contains?|includes?|constitutes?|are|is)[ \t]+(?:certain[ \t]+)?"
    r"forward[- ‐‑]looking[ \t]+(?:statements?|information)\b"
    r"|\b(?:is|are)[ \t]+not[ \t]+necessarily[ \t]+indicative[ \t]+of\b"
    # ... or of an investment's: "Past performance is not indicative of future results."
    r"|\b(?:is|are)[ \t]+not[ \t]+(?:an?[ \t]+)?(?:indicative|guarantee|guarantees)[ \t]+of"
    r"[ \t]+future[ \t]+(?:results|performance|returns)\b)"
)
#: PR Newswire's fax-on-demand line in its trailer: no contact card.
_NEWS_ON_CALL = lazy_compile(r"/?(?i:company news on-call)")
#: The source line of a wire's trailer block, on a line of its own: "SOURCE: Acme Corp.".
_TRAILER_SOURCE = re.compile(
    r"^[ \t]*(?P<source>SOURCE:[ \t]+[A-Z][^\n]{0,80}?)[ \t]*$", re.MULTILINE
)


def _ends_legend(text: str) -> bool:
    """A paragraph after a legend's first that is a block of another kind: a numbered
    reference, a short note pointing to a web site or giving an e-mail address or a
    telephone number, with no word of a legend in it ("News releases and other information
    on Acme can be accessed at www.acme.com.", "For more information, contact Jane Roe at
    jane@acme.com."), or
    a section of its own under a capitalised heading run into its text with no word of a
    legend in the heading ("USE OF NON-GAAP FINANCIAL INFORMATION In addition to ...")."""
    if _REFERENCE.match(text):
        return True
    if len(text) <= TAIL_SHORT and _FOOTNOTE.match(text) and _LEGEND_WORDS.search(text) is None:
        return True  # "1 Defined as scope 1 and 2 emissions": a footnote to the text above
    run_in = _RUN_IN_HEADING.match(text)
    if run_in is not None and _LEGEND_WORDS.search(run_in.group("heading")) is None:
        return True
    note = re.sub(r"^(?:Note|NOTE)\s*:\s*", "", text)
    if len(text) > TAIL_SHORT or _LEGEND_WORDS.search(_WEB_ADDRESS.sub(" ", note)):
        return False
    # a note pointing to a web site, or one giving a way to reach someone ("For more
    # information, please contact Jane Roe at jane@acme.com."): no legend's words in it
    return _WEB_ADDRESS.search(text) is not None or bool(find_emails(text) or find_phones(text))


#: What follows a name that is a company's: a legal form or a listing ("iHerb, LLC, is",
#: "Acme (NYSE: ACM) is").
_COMPANY_MARK = lazy_compile(
    r"[,\s](?:" + alternation((*LEGAL_FORMS, "Group", "Holdings")) + r"\b\.?|\(" + _EXCHANGE + r")"
)


def _other_company(text: str, name: str, subject: str) -> bool:
    """Whether a paragraph opening with ``name`` describes a company other than the About
    heading's: a legal form or listing marks a company, a shared word the same one."""
    return _COMPANY_MARK.search(text, 1, len(name) + 30) is not None and not _same_company(
        name, subject
    )


def _same_company(name: str, subject: str) -> bool:
    """Whether a boilerplate paragraph's company is the one its About heading names (they
    share a significant word: "Acme Corp." / "About Acme")."""
    minor = {"the", "inc", "inc.", "corp", "corp.", "llc", "ltd", "co", "co.", "of", "&", "and"}
    return bool(
        {w.lower().strip(",.") for w in name.split()} - minor
        & {w.lower().strip(",.") for w in subject.split()}
    ) or (not subject or subject.lower() in {"us", "the company"})


def _opening_company(text: str) -> str:
    """The company a boilerplate paragraph opens with ("Acme, Inc. (OTCQB: ACME) acquires
    ...", "Acme is a ..."), or "" where it opens with no name."""
    found = _LISTED_NAME.match(text) or _HEADLESS_ABOUT.match(text) or _OPENING_NAME.match(text)
    return found.group("name").rstrip(",") if found else ""


def _apposed_only(text: str) -> bool:
    """Whether a paragraph reads as boilerplate only by the aside after its name."""
    return (
        _APPOSED_ABOUT.match(text) is not None
        and _HEADLESS_ABOUT.match(text) is None
        and _APPOSITIVE_ABOUT.match(text) is None
    )


def _headless_about(text: str, issuer: str | None) -> str | None:
    """The company a boilerplate paragraph without an "About" heading describes, if the
    paragraph is one: it says what a named company is, or (right after a legend) it opens
    with the issuer's own name ("Apple designs Macs, ...")."""
    name = None
    found = (
        _HEADLESS_ABOUT.match(text) or _APPOSITIVE_ABOUT.match(text) or _APPOSED_ABOUT.match(text)
    )
    if found:
        name = found.group("name")
    elif (
        issuer
        and len(issuer) > 2
        and release_pattern(re.escape(issuer) + r"[®™]?\s+[a-z]").match(text)
    ):
        name = issuer
    elif _issuer_description(text, issuer) is not None:
        name = issuer  # "Acme, Inc. (NASDAQ: ACME) designs ...": its name as listed
    if name is not None and _LEGAL_WORDS.search(text):
        return None  # "Acme is a reporting company with the SEC ...": part of a legend
    return name


#: What a company's boilerplate says it does, after its name (a legal form, its listing and
#: where it is based may come between): "develops", "is a", "has been".
_DESCRIBES = lazy_compile(
    r"[®™]?(?<!\s)(?:,?\s+" + alternation(LEGAL_FORMS) + r"\b\.?)?"
    # its listing ("Acme Robotics, Inc. (NASDAQ: ACME) designs ...")
    r"(?:\s*\("
    + _EXCHANGE
    + r"[^)\n]{0,30}\))?"
    + _BASED_IN
    + r"?,?(?<!\s)\s+(?:(?:also|currently|primarily)\s+)?"
    r"(?:develops|designs|manufactures|makes|provides|"
    r"offers|operates|serves|delivers|builds|produces|owns|helps|specializes|specialises|"
    r"focuses|markets|distributes|invests|is\s+(?:a|an|the|one)\b|has\s+been\b|was\s+founded\b)"
)


def _issuer_description(text: str, issuer: str | None) -> str | None:
    """The issuer's name, where ``text`` opens with it and says what the company does."""
    if not issuer or len(issuer) < 3 or not text.startswith(issuer):
        return None
    if _DESCRIBES.match(text, len(issuer)) is None or _LEGAL_WORDS.search(text):
        return None
    return issuer


def _continues_about(text: str, name: str) -> bool:
    """Whether a paragraph after a boilerplate paragraph without a heading goes on with it:
    it says more of what the same company is or does ("Gannett also operates ...") or only
    points to its web site ("www.acme.com", "For more information, visit www.acme.com")."""
    if len(text) <= ABOUT_LINK_MAX and _ABOUT_LINK.fullmatch(text):
        return True
    words = name.split()
    first = " ".join(words[:2]) if words[:1] == ["The"] else (words[0] if words else "")
    if len(first) < 3 or not text.startswith(first) or _QUOTATION.search(text):
        return False
    return _ABOUT_MORE.match(text, len(first)) is not None


#: The grammar's terminals of the blocks an About runs on over (``text_item`` in
#: ``grammar/release.lark``), and of the title lines that end it there.
_ABOUT_TEXT_TERMINALS = frozenset(
    {"PARAGRAPH", "LISTITEM", "BLOCKQUOTE", "FRONT", "DATE_LINE", "MORE_INFO"}
)
_TITLE_TERMINALS = frozenset({"TITLE", "HEADING"})
#: A boilerplate paragraph that names its company by a pronoun or the defined term: "We
#: are ...", "Our mission is ...", "The Company has ...".
_COMPANY_PRONOUN = lazy_compile(r"(?:We|Our|The Company|The company)(?=\s)")


#: A paragraph's first sentence (or its first 300 characters).
_FIRST_SENTENCE = lazy_compile(r"[^\n]{0,300}?(?:[.!?](?=\s)|$)")
#: What reports news rather than describes a company ("has signed", "today announced",
#: "will open"): the body's text under a title after the About, not the About's.
_REPORTED_NEWS = lazy_compile(
    r"\b(?:today|yesterday|announced|announces|agreed|signed|entered into|will)\b"
)


def _describes_company(text: str, subject: str) -> bool:
    """Whether a paragraph inside an About, after page furniture or a title line of the
    About's own, says more of the About's company: it opens with its name (in any case:
    the heading may print it in capitals, "ABOUT ACME SYSTEMS"), "we", "our" or "the
    Company" and says what the company is or has (``_continues_about``), or only points
    to its web site."""
    if text[: len(subject)].casefold() == subject.casefold():
        subject = text[: len(subject)]
    if _continues_about(text, subject):
        return True
    found = _COMPANY_PRONOUN.match(text)
    return (
        found is not None
        and not _QUOTATION.search(text)
        and _ABOUT_MORE.match(text, found.end()) is not None
    )


def _other_heading(title: str) -> bool:
    """Whether a title line heads a block of another kind than an About's text, by the
    patterns that find those blocks when their heading is run into them ("Conference Call:",
    "Non-GAAP Financial Measures", "Media Contacts:", a legend's words, "About Acme")."""
    heading = title.rstrip(" :.") + ":"
    label = LABEL.match(heading)
    return bool(
        _ABOUT_OPENING.match(title)
        or _FORWARD_WORD.search(title)
        or _NON_GAAP_OPENING.match(title)
        or _CONFERENCE_CALL.search(heading)
        or _LEGEND_WORDS.search(title)
        or _TABLES_FOLLOW.search(title)
        or (label is not None and label.group("label").strip())
    )


def _other_block_words(text: str) -> bool:
    """Whether a paragraph holds the words of a block no boilerplate holds: a legend's or
    a filing notice's (``_LEGAL_WORDS``), a pointer to the legend, a conference call's
    announcement, a note on non-GAAP measures, an offer disclaimer."""
    return bool(
        _LEGAL_WORDS.search(text)
        or _LEGEND_POINTER.search(text)
        or _CONFERENCE_CALL.search(text)
        or _NON_GAAP_OPENING.match(text)
        or _OFFER_DISCLAIMER.match(text)
    )


#: A printed line that stops inside its sentence: a word or a comma at its end, not a web
#: or e-mail address, after at least this many characters (not a title or a label).
RUN_ON_LINE = 40
_RUN_ON_END = lazy_compile(r"(?<![\w./@:-])[A-Za-z][a-z’']*,?$|,$")


def _runs_on(text: str) -> bool:
    """Whether a block ends inside its sentence, so the next block goes on with it."""
    text = text.strip()
    return len(text) >= RUN_ON_LINE and _RUN_ON_END.search(text) is not None


#: How long a paragraph that only points to a web site may be.
ABOUT_LINK_MAX = 200
_ABOUT_LINK = lazy_compile(
    r"(?:www\.|https?://)\S+|(?:(?:For|To learn) (?:more|further|additional)(?: information)?"
    r"(?: about [^,.:\n]{1,60})?,?(?: please)? (?:visit|go to|see)|(?:Learn more|More information"
    r"|Visit(?: us)?|Website|Web)(?: at| on)?:?)[^\n]*?(?:www\.|https?://|\.com\b)[^\n]*"
)
#: What a boilerplate paragraph's next sentence says after the company's name: a present
#: description ("also operates", "has offices in", "is listed on").
_ABOUT_MORE = lazy_compile(
    r"[\w.,&'’ -]{0,40}?\s(?:also |further |additionally |currently |today )?"
    # (not what it is doing now: "is actively streamlining", "is entering")
    r"(?:(?:is|are)(?!\s+(?:\w+ly|\w+ing)\b)|has|have|"
    r"operates|owns|serves|provides|offers|employs|trades|maintains|manages|designs|develops|"
    r"manufactures|markets|sells|holds|was founded|was established|was incorporated)\b"
)


_Model = TypeVar("_Model", Span, Element, Paragraph)


def _construct(model: type[_Model], values: dict[str, Any]) -> _Model:
    """``model.model_construct(**values)`` for a model whose every field is given (spans,
    elements, paragraphs): what
    ``model_construct`` does, without its look-up of defaults. Spans and elements are made for
    every block and table cell (tens of thousands per corpus run), so this is the builder's
    hottest line; ``tests/test_parse.py`` compares the result with pydantic's."""
    made = model.__new__(model)
    object.__setattr__(made, "__dict__", values)
    return made


def _table_lines(rows: list[list[tuple[int, int]]], text: str) -> list[tuple[int, int]]:
    """The cells of a contact table in reading order. A grid whose first column holds only
    the label ("Contact:" over empty cells), or whose first row is a label over each column
    ("Investor Contact:" | "Media Contact:"), lists one person per column: name, desk, phone
    and e-mail stacked under each other, so it is read column by column."""
    columnwise = len(rows) >= 2 and all(not row or row[0][0] == row[0][1] for row in rows[1:])
    labels = [text[a:b].strip() for a, b in rows[0]] if rows else []
    if len(rows) >= 2 and len([c for c in labels if c]) >= 2:
        columnwise = columnwise or all(
            (found := LABEL.match(cell)) is not None and not cell[found.end() :].strip()
            for cell in labels
            if cell
        )
    if not columnwise:
        return [cell for row in rows for cell in row]
    lines: list[tuple[int, int]] = []
    for column in range(max(len(row) for row in rows)):
        cells = [
            row[column] for row in rows if column < len(row) and row[column][0] < row[column][1]
        ]
        if cells:
            if lines:
                lines.append((-1, -1))
            lines.extend(cells)
    return lines


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


def _printed_label(card: str, label: str) -> bool:
    """Whether a card's text opens with its label and a colon ("Investor Relations: ir@...")."""
    text = card.lstrip()
    return text.startswith(label) and text[len(label) :].lstrip().startswith(":")


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
            cards[-1] = _joined(previous, contact, text, previous.label, [])
        elif previous is not None and _team_card(previous, contact, text):
            # "Contact:" / "Boeing Media Relations" / "media@..." (a team's card with no
            # person): the printed label labels the card, the team line names its desk.
            team = contact.text.split("\n", 1)[0].strip()
            cards[-1] = _joined(previous, contact, text, previous.label, [team])
        else:
            cards.append(contact)
    return cards


def _team_card(previous: Contact, contact: Contact, text: str) -> bool:
    """Whether ``contact`` is the rest of ``previous``: a card with only a bare label (and
    perhaps a company line) right before a card whose label line is a team's or desk's name
    ("Boeing Media Relations", "Media Hotline", no colon) and which names no person."""
    if (
        previous.names
        or previous.emails
        or previous.phones
        or previous.label is None
        or not _GENERIC_CONTACT_LABEL.match(previous.label.strip())
        or contact.label is None
        or contact.names
        or not (contact.emails or contact.phones)
        or text[previous.span.text_end : contact.span.text_start].strip()
    ):
        return False
    first = contact.text.split("\n", 1)[0].strip()
    if ":" in first or re.search(r"(?i)contact|inquir|enquir", first):
        return False
    label = contact.label.strip()
    return bool(_DESK_LABEL.match(first)) or (
        first != label and first.lower().startswith(label.lower() + " ")
    )


def _joined(
    previous: Contact, contact: Contact, text: str, label: str | None, more: list[str]
) -> Contact:
    """One card made of two that follow each other."""
    return Contact.model_construct(
        text=text[previous.span.text_start : contact.span.text_end],
        span=Span.model_construct(
            start=previous.span.start,
            end=contact.span.end,
            text_start=previous.span.text_start,
            text_end=contact.span.text_end,
        ),
        label=label,
        names=distinct_names([*previous.names, *contact.names]),
        titles=[*previous.titles, *contact.titles],
        organisations=[
            *previous.organisations,
            *(more or contact.organisations),
        ],
        emails=[
            *previous.emails,
            *(
                e
                for e in contact.emails
                if e.text.casefold() not in {p.text.casefold() for p in previous.emails}
            ),
        ],
        phones=[*previous.phones, *contact.phones],
    )
