"""The parsed release: what every rule reads and what ``disclint parse`` shows.

Light records (``disclint.records``: declared as pydantic models are, pydantic imported only
to validate or for a schema) so that ``disclint parse --format json`` is the model's own
serialisation and third-party rule packs get a typed, documented structure. Rules must treat it as
read-only. Every element carries a ``Span``: where it is in the original file (line,
column, character offset) and where its text sits in ``Release.text``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
import sys
from collections.abc import Iterator
from typing import Any, Literal

from disclint.factories import empty_list
from disclint.records import Field, Record
from disclint.source import BlockKind, Position, Source

SectionKind = Literal[
    "front",
    "headline",
    "subheadline",
    "dateline",
    "body",
    "quote",
    "about",
    "forward_looking",
    "contacts",
    "source",
    "end_mark",
    "footer",
]


class _Model(Record, extra="forbid"):
    pass


class Span(_Model):
    """Where an element is: ``start``/``end`` in the file, ``text_start``/``text_end`` in
    ``Release.text`` (end exclusive)."""

    start: Position
    end: Position
    text_start: int
    text_end: int


class Element(_Model):
    """A piece of the release: its text (markup removed) and its span."""

    text: str
    span: Span


class Paragraph(Element):
    """A block of the release: paragraph, heading, list item, table or block quote.

    ``heading`` is the body subheading the paragraph sits under, if any; ``rows`` holds a
    table's cells.
    """

    kind: BlockKind = BlockKind.PARAGRAPH
    level: int = 0
    heading: str | None = None
    rows: list[list[Element]] | None = None


class FrontItem(Element):
    """A line before the headline: "FOR IMMEDIATE RELEASE", an embargo, a release date."""

    kind: Literal["immediate", "embargo", "date", "banner"]
    date: dt.date | None = None


class Dateline(Element):
    """The dateline opening the first body paragraph, as the wire printed it."""

    place: str
    city: str
    region: str | None = None
    wire: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    weekday: str | None = None
    form: str


class Quote(Element):
    """A quotation in the body with its attribution, where stated.

    ``text`` is the words inside the quotation marks. ``paragraph`` indexes ``Release.body``.
    """

    speaker: str | None = None
    title: str | None = None
    organisation: str | None = None
    attribution: Element | None = None
    paragraph: int


class About(Element):
    """An "About ..." boilerplate section; ``subject`` is whose (the words after "About")."""

    subject: str
    heading: Element
    paragraphs: list[Paragraph] = Field(default_factory=empty_list)


class ForwardLooking(Element):
    """A forward-looking-statements / safe-harbor section."""

    heading: str | None = None
    paragraphs: list[Paragraph] = Field(default_factory=empty_list)


class Contact(Element):
    """One contact: a label (Investor Relations, Media), people, organisations, channels."""

    label: str | None = None
    names: list[str] = Field(default_factory=empty_list)
    titles: list[str] = Field(default_factory=empty_list)
    organisations: list[str] = Field(default_factory=empty_list)
    emails: list[Element] = Field(default_factory=empty_list)
    phones: list[Element] = Field(default_factory=empty_list)


class Markup(_Model):
    """Markup the reader removed because this format would print it literally (a ``<u>``
    tag or a ``\\$`` escape in plain text): ``raw`` is what the file holds, ``replacement``
    what it stands for."""

    kind: str
    raw: str
    replacement: str
    start: Position
    end: Position


class Section(_Model):
    """A section of the release in document order (for "where is this offset")."""

    kind: SectionKind
    span: Span


class Release(_Model):
    """A parsed press release."""

    path: str
    format: str
    text: str
    front: list[FrontItem] = Field(default_factory=empty_list)
    headline: Element | None = None
    subheadlines: list[Element] = Field(default_factory=empty_list)
    dateline: Dateline | None = None
    body: list[Paragraph] = Field(default_factory=empty_list)
    quotes: list[Quote] = Field(default_factory=empty_list)
    about: list[About] = Field(default_factory=empty_list)
    forward_looking: list[ForwardLooking] = Field(default_factory=empty_list)
    contacts: list[Contact] = Field(default_factory=empty_list)
    contact_blocks: list[Paragraph] = Field(default_factory=empty_list)
    source_line: Element | None = None
    end_mark: Element | None = None
    footer: list[Paragraph] = Field(default_factory=empty_list)
    markup: list[Markup] = Field(default_factory=empty_list)
    sections: list[Section] = Field(default_factory=empty_list)
    _source: Source | None = None
    _quote_index: tuple[list[int], list[int], int] | None = None
    _section_index: tuple[list[int], list[SectionKind | None], int] | None = None
    _paragraphs_memo: tuple[list[Any], list[Paragraph], list[int]] | None = None

    # -- positions: every offset of ``text`` maps to a line and column of the file -----------

    def attach(self, source: Source) -> None:
        """Keep the offset map of the source this release was parsed from."""
        self._source = source

    def original(self) -> str:
        """The file as read (its markup, list numbers and note markers, which ``text``
        drops); ``text`` itself when no source is attached."""
        return self._source.raw if self._source is not None else self.text

    def _map(self) -> Source:
        if self._source is None:
            raise RuntimeError("this Release has no source attached; positions are unknown")
        return self._source

    def position(self, text_offset: int) -> Position:
        """Where ``text[text_offset]`` is in the original file."""
        return self._map().position(text_offset)

    def end_position(self, text_end: int) -> Position:
        """Where an exclusive end offset of ``text`` is in the original file."""
        return self._map().end_position(text_end)

    def raw_position(self, raw_offset: int) -> Position:
        """Line and column of a character offset of the original file."""
        return self._map().raw_position(raw_offset)

    def text_offset_of_raw(self, raw_offset: int) -> int:
        """The first offset of ``text`` at or after a raw offset (for removed markup)."""
        origin = self._map().origin
        return min(bisect.bisect_left(origin, raw_offset), max(len(origin) - 1, 0))

    def line_text(self, line: int) -> str:
        """The original file's text of a 1-based line (for carets in reports)."""
        return self._map().line_text(line)

    @property
    def tables(self) -> list[Paragraph]:
        """Every table in the release, wherever it sits."""
        return [p for p in self.paragraphs() if p.rows is not None]

    def own_date(self) -> tuple[dt.date, str] | None:
        """The release's own date and where it is written: the dateline's, else the
        release-date line above the headline."""
        if self.dateline is not None and self.dateline.date is not None and self.dateline.date_text:
            return self.dateline.date, f"dateline {self.dateline.date_text}"
        for item in self.front:
            if item.date is not None:
                return item.date, f"release-date line {item.text.strip()}"
        return None

    def paragraphs(self) -> Iterator[Paragraph]:
        """Every block in document order, whatever section holds it: front matter, headline
        and subheadlines (as headings), body, About, forward-looking, contacts, footer.

        Rules ask for this a dozen times a release: the ordered list is kept, with the
        lists it was made from (``_block_lists``), and made again only when one changed."""
        parts = self._block_lists()
        sizes = [len(items) for items in parts[1:]]
        memo = self._paragraphs_memo
        if (
            memo is None
            or memo[2] != sizes
            or len(memo[0]) != len(parts)
            or not all(map(operator.is_, memo[0], parts))
        ):
            memo = self._paragraphs_memo = (parts, self._ordered_blocks(), sizes)
        return iter(memo[1])

    def _block_lists(self) -> list[Any]:
        """What ``paragraphs`` is made of: the headline and each list of blocks (compared by
        identity, with their lengths: a list replaced, grown or shrunk makes it again)."""
        parts: list[Any] = [self.headline, self.body, self.contact_blocks, self.footer]
        parts += [self.front, self.subheadlines]
        parts.extend(a.paragraphs for a in self.about)
        parts.extend(f.paragraphs for f in self.forward_looking)
        return parts

    def _ordered_blocks(self) -> list[Paragraph]:
        blocks: list[Paragraph] = [*self.body, *self.contact_blocks, *self.footer]
        tops: list[Element] = [*self.front, *self.subheadlines]
        if self.headline is not None:
            tops.append(self.headline)
        blocks.extend(
            Paragraph.model_construct(text=e.text, span=e.span, kind=BlockKind.HEADING, level=1)
            for e in tops
        )
        for about in self.about:
            blocks.extend(about.paragraphs)
        for fls in self.forward_looking:
            blocks.extend(fls.paragraphs)
        return sorted(blocks, key=lambda p: p.span.text_start)

    def quote_at(self, text_offset: int) -> Quote | None:
        """The quotation containing a text offset, if any (the first listed on an overlap);
        a binary search in an index built on first use, like ``section_at``."""
        index = self._quote_index
        if index is None or index[2] != len(self.quotes):
            spans = [(q.span.text_start, q.span.text_end) for q in self.quotes]
            index = self._quote_index = (*first_cover_index(spans), len(self.quotes))
        slot = first_cover(index[0], index[1], text_offset)
        return self.quotes[slot] if slot is not None else None

    def heading_at(self, text_offset: int) -> str | None:
        """The nearest heading above a text offset, as a reader finds their way: the body
        subheading a paragraph sits under, or the heading of its About, forward-looking or
        contacts section."""
        for about in self.about:
            if about.span.text_start <= text_offset < about.span.text_end:
                return about.heading.text.strip() or None
        for fls in self.forward_looking:
            if fls.span.text_start <= text_offset < fls.span.text_end:
                return fls.heading
        for contact in self.contacts:
            if contact.span.text_start <= text_offset < contact.span.text_end:
                return contact.label
        heading: str | None = None
        for paragraph in self.body:
            if paragraph.span.text_start > text_offset:
                break
            heading = paragraph.heading
            if paragraph.kind is BlockKind.HEADING:
                heading = paragraph.text.strip()
        return heading

    def after_release(self, text_offset: int) -> bool:
        """Whether a text offset is page text that follows the release: a footer block
        after the wire's source line or end mark ("###", "-0-"). On a news site's copy
        that is the site's advertisements, news feed or disclaimer, not the release, so
        rules on the release's own text skip it. Contacts after an end mark stay the
        release's (they are a ``contacts`` section, not ``footer``)."""
        marks = [e.span.text_end for e in (self.source_line, self.end_mark) if e is not None]
        return (
            bool(marks) and text_offset >= min(marks) and self.section_at(text_offset) == "footer"
        )

    def section_at(self, text_offset: int) -> SectionKind | None:
        """The innermost section containing a text offset (a quote inside the body wins).

        A binary search in an index of the sections built on first use: rules ask this for
        every finding and token, and a scan of every section per lookup made large releases
        (thousands of quotes) quadratic."""
        index = self._section_index
        if index is None or index[2] != len(self.sections):
            index = self._section_index = _section_index(self.sections)
        bounds, kinds, _ = index
        slot = bisect.bisect_right(bounds, text_offset) - 1
        return kinds[slot] if 0 <= slot < len(kinds) else None

    def section_run(self, text_offset: int) -> tuple[SectionKind | None, int]:
        """``section_at(text_offset)``, and the offset before which every later offset has
        the same answer (the next section boundary): a rule that asks for every word of a
        paragraph asks again only when a word reaches it."""
        kind = self.section_at(text_offset)
        bounds = self._section_index[0] if self._section_index is not None else []
        slot = bisect.bisect_right(bounds, text_offset)
        return kind, bounds[slot] if slot < len(bounds) else sys.maxsize


def first_cover_index(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """An index of intervals ``[start, end)`` for ``first_cover``: the boundaries of the
    elementary segments they cut the line into, and for each segment the position in
    ``spans`` of the first interval covering it (-1 where none does). O(n log n) to build."""
    try:  # the C functions ``heapq`` re-exports, without running heapq.py at start-up
        from _heapq import heappop, heappush
    except ImportError:  # an interpreter without the C module
        from heapq import heappop, heappush

    bounds = sorted({a for a, b in spans if a < b} | {b for a, b in spans if a < b})
    order = sorted((a, i) for i, (a, b) in enumerate(spans) if a < b)
    firsts: list[int] = []
    active: list[int] = []
    cursor = 0
    for bound in bounds:
        while cursor < len(order) and order[cursor][0] <= bound:
            heappush(active, order[cursor][1])
            cursor += 1
        while active and spans[active[0]][1] <= bound:
            heappop(active)  # ended; later-ending ones are dropped when they surface
        firsts.append(active[0] if active else -1)
    return bounds, firsts


def first_cover(bounds: list[int], firsts: list[int], offset: int) -> int | None:
    """The position of the first interval containing ``offset`` (see ``first_cover_index``)."""
    slot = bisect.bisect_right(bounds, offset) - 1
    if 0 <= slot < len(firsts) and firsts[slot] >= 0:
        return firsts[slot]
    return None


def _section_index(
    sections: list[Section],
) -> tuple[list[int], list[SectionKind | None], int]:
    """Boundaries of the elementary segments the sections cut the text into, and the
    innermost (shortest; the first listed on a tie) section kind of each segment."""
    bounds = sorted({s.span.text_start for s in sections} | {s.span.text_end for s in sections})
    starts = sorted(range(len(sections)), key=lambda i: sections[i].span.text_start)
    active: list[int] = []
    kinds: list[SectionKind | None] = []
    cursor = 0
    for bound in bounds:
        while cursor < len(starts) and sections[starts[cursor]].span.text_start <= bound:
            active.append(starts[cursor])
            cursor += 1
        active = [i for i in active if sections[i].span.text_end > bound]
        best: int | None = None
        for i in active:
            span = sections[i].span
            if best is None or (span.text_end - span.text_start, i) < (
                sections[best].span.text_end - sections[best].span.text_start,
                best,
            ):
                best = i
        kinds.append(sections[best].kind if best is not None else None)
    return bounds, kinds, len(sections)
