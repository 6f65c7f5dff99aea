"""Recognising the dateline at the start of a paragraph with ``grammar/dateline.lark``.

Also home of the date parsing shared by front matter and datelines: wires print dates as
"May 30, 2017", "Jan. 5, 2024", "05/30/17", "February 19th, 2025" and "4 April 2025".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from disclint.lazyre import lazy_compile
from disclint.vocabulary import LEGAL_FORMS, alternation

#: How much of a paragraph can hold a dateline; the longest real ones are under 150 chars.
DATELINE_WINDOW = 240
#: The shortest paragraph a place-only dateline ("ATLANTA – ...") may open.
PLACE_ONLY_MIN_PARAGRAPH = 150

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
#: A month's name as release text writes it ("March", "Mar", "Sept"), capitalised; a full
#: stop after an abbreviation is left to the pattern that uses it.
MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)

_MONTH_FIRST = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,|,? )(\d{4})")
_DAY_FIRST = re.compile(r"(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})")
_NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2,4})")
_ISO = lazy_compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date(text: str) -> dt.date | None:
    """A calendar date from the way releases write one; ``None`` if it is not a real date.

    Numeric dates are read the U.S. way (month first), as the U.S. wires print them.
    """
    text = text.strip()
    try:
        if match := _MONTH_FIRST.fullmatch(text):
            month = MONTHS.get(match.group(1).lower())
            if month:
                return dt.date(int(match.group(3)), month, int(match.group(2)))
        elif match := _DAY_FIRST.fullmatch(text):
            month = MONTHS.get(match.group(2).lower())
            if month:
                return dt.date(int(match.group(3)), month, int(match.group(1)))
        elif match := _NUMERIC.fullmatch(text):
            year = int(match.group(3))
            if year < 100:
                year += 2000 if year < 70 else 1900
            return dt.date(year, int(match.group(1)), int(match.group(2)))
        elif match := _ISO.fullmatch(text):
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return None


_MONTH_DAY = lazy_compile(r"(?<![A-Za-z])([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?")


def is_month_day(text: str) -> bool:
    """A date written without its year ("July 22", as PR Newswire datelines of the 1990s
    and 2000s print it): a real day of a real month, its year left to the release."""
    match = _MONTH_DAY.fullmatch(text.strip())
    if match is None or MONTHS.get(match.group(1).lower()) is None:
        return False
    try:
        dt.date(2000, MONTHS[match.group(1).lower()], int(match.group(2)))  # a leap year
    except ValueError:
        return False
    return True


#: "and"/"&" between a region and a second place: "Del. and SEOUL", "Calif. & London".
_SECOND_PLACE_JOIN = re.compile(r"(?<![ \t])[ \t]+(?:and|&)[ \t]+(\S+)")
#: A city in capitals ("SAN JOSE", "ST. LOUIS"): two letters or more in each word.
_CAPITALS_PLACE = lazy_compile(r"[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+)*")


def month_day(text: str) -> tuple[int, int]:
    """The month and day of a date written without its year (``is_month_day`` holds)."""
    match = _MONTH_DAY.fullmatch(text.strip())
    assert match is not None
    return MONTHS[match.group(1).lower()], int(match.group(2))


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """A dateline found at the start of a text: its parts and where it ends (``length``)."""

    form: str
    place: str
    wire: str | None
    date_text: str | None
    date: dt.date | None
    weekday: str | None
    length: int

    @property
    def city(self) -> str:
        """The first place's city; of two cities in capitals that share a region ("LOS
        ANGELES and DESERT HOT SPRINGS, Calif."), the first."""
        city = self.place.split(",")[0].strip()
        joined = _SECOND_PLACE_JOIN.search(city)
        if joined is not None:
            first, second = city[: joined.start()], city[joined.start(1) :]
            if _CAPITALS_PLACE.fullmatch(first) and _CAPITALS_PLACE.fullmatch(second):
                return first
        return city

    @property
    def region(self) -> str | None:
        """The region after the city; where the dateline names a second place ("OMAHA,
        Neb., SAN JOSE, Calif.", "WILMINGTON, Del. and SEOUL, Korea"), the first one's."""
        parts = [p.strip() for p in self.place.split(",")[1:] if p.strip()]
        for index, part in enumerate(parts):
            joined = _SECOND_PLACE_JOIN.search(part)
            if joined is not None and (index + 1 < len(parts) or joined.group(1).isupper()):
                # "Del. and SEOUL, Korea", "Calif. & LONDON" (not "Trinidad and Tobago")
                parts = [*parts[:index], part[: joined.start()]]
                break
            if index and index + 1 < len(parts) and _CAPITALS_PLACE.fullmatch(part):
                # "Neb., SAN JOSE, Calif.": an all-capitals city after the region starts the
                # second place (the last part is a region or a country: "B.C., CANADA")
                parts = parts[:index]
                break
        return ", ".join(parts) or None


#: A dateline with a place only, as EDGAR exhibits and company newsrooms print it: an
#: all-capitals city (a region may follow) and a dash before the first sentence
#: ("ATLANTA – Citing ...", "CUPERTINO, CALIFORNIA — Apple® today ...", "DEERFIELD, Ill. –").
_PLACE_ONLY = re.compile(
    r"(?P<place>[A-Z][A-Z.'’\-]{2,}(?:[ \t]+[A-Z][A-Z.'’\-]+)*"
    r"(?:,[ \t]*[A-Z][A-Za-z.'’]*(?:[ \t]+[A-Z][A-Za-z.'’]*){0,2})?)"
    r"[ \t]*[-–—]{1,2}[ \t]*(?=[A-Z])"
)


#: How every dateline form begins: a dash (a wire alone), or capitalised words (a place or a
#: wire's name) and then a comma, dash, slash, bracket or ellipsis. A cheap test that spares
#: the grammar the paragraphs that open any other way ("The company said ...").
_OPENING = re.compile(
    r"[-–—]|[A-Z][\w.'’&-]*(?:[ \t]+(?:[A-Z][\w.'’&-]*|of|de|la|del|du|upon|am|sur|al|and|&))*"
    r"[ \t]*(?:,|[-–—―‐]|/|\(|\.{3}|…)"
)


def _tokens(tree: Any, tree_type: type, token_type: type) -> Iterator[Any]:
    """The tokens of a parse tree, depth first, left to right (Lark's ``scan_values``,
    which the stand-alone runtime leaves out)."""
    for child in tree.children:
        if isinstance(child, tree_type):
            yield from _tokens(child, tree_type, token_type)
        elif isinstance(child, token_type):
            yield child


def _place_only(window: str) -> DatelineMatch | None:
    found = _PLACE_ONLY.match(window)
    if found is None:
        return None
    return DatelineMatch(
        form="place_only",
        place=found.group("place").strip(),
        wire=None,
        date_text=None,
        date=None,
        weekday=None,
        length=found.end(),
    )


def match_dateline(text: str) -> DatelineMatch | None:
    """Parse a dateline at the start of ``text``; ``None`` if it does not open with one."""
    from disclint.grammars import load
    from disclint.lark_standalone import LarkError, Token, Tree

    # A dateline can run over a line break ("Torrance,\nCalifornia, August 19, 2009 –"):
    # the window reads it as one line (same length, so offsets still hold).
    window = text[:DATELINE_WINDOW].replace("\n", " ")
    if not window[:1].isupper() and not window.startswith(("-", "—", "–")):
        return None
    if not _OPENING.match(window):
        return None  # most paragraphs: a capitalised word, then a lower-case one
    try:
        tree = load("dateline").parse(window)
    except LarkError:
        # A bare place is a dateline only where a body paragraph follows it, not in a
        # short title ("ACME – A NEW ERA").
        return _place_only(window) if len(text) >= PLACE_ONLY_MIN_PARAGRAPH else None
    dateline = tree.children[0]
    assert isinstance(dateline, Tree)
    values: dict[str, str] = {}
    for token in _tokens(dateline, Tree, Token):
        values.setdefault(token.type, str(token))
    rest = tree.children[1] if len(tree.children) > 1 else None
    length = rest.start_pos if isinstance(rest, Token) and rest.start_pos else len(window)
    if rest is None:
        length = len(window.rstrip())
    date_text = values.get("DATE")
    return DatelineMatch(
        form=str(dateline.data),
        place=values.get("PLACE", "").strip(),
        wire=values.get("WIRE"),
        date_text=date_text,
        date=parse_date(date_text) if date_text else None,
        weekday=values.get("WEEKDAY"),
        length=length,
    )


#: Where a dateline may start inside a block of text: a city in capitals ("SUNNYVALE",
#: "LOS ANGELES and DESERT HOT SPRINGS") at a word's start and the comma after it; a
#: bounded run of words, so that a long run in capitals is not rescanned from each word
#: (linear time). The grammar then decides whether a dateline really starts there.
_INNER_CITY = lazy_compile(
    r"(?<![\w,.'’&-])[A-Z][A-Z.'’\-]+(?:[ \t]+(?:[A-Z][A-Z.'’\-]+|and|&)){0,6}[ \t]*,"
)
#: How far into a block a dateline may be looked for: flattened or scraped layouts put a
#: page's navigation, a metadata line and the headline before it.
INNER_DATELINE_WINDOW = 2500
#: How many candidate places are tried (each is one parse of the dateline grammar).
INNER_DATELINE_TRIES = 12
#: A dateline with a place and a full date and nothing after it on its line: "NEVADA, USA,
#: September 27, 2023" over the first sentence (no wire, no dash).
_DATE_AT_LINE_END = lazy_compile(
    r"(?<![A-Z.'’\-])[A-Z][A-Z.'’\-]+(?:[ \t]+[A-Z][A-Z.'’\-]+){0,6}"
    r"(?:,[ \t]*[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*){0,2}){1,2}"
    r",[ \t]*(?P<date>" + MONTH_NAME + r"\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})[ \t]*(?=\n|$)"
)


def find_inner_dateline(text: str) -> tuple[int, DatelineMatch] | None:
    """A dateline inside the opening text of a block rather than at its start, as flattened
    or scraped layouts print it ("... Agree to Merge SUNNYVALE, Calif., June 8 /PRNewswire/
    -- Acme ...", "Acme Inc. (OTC:ACME)NEVADA, USA, September 27, 2023" over the first
    sentence): where it starts and what it holds.

    Only the firm forms count, so that a city and a date in a sentence never do: a city in
    capitals, then a date and a wire's name (``match_dateline`` reads them), or, glued to a
    ticker's bracket or opening a line, a place and a full date that end their line."""
    window = text[:INNER_DATELINE_WINDOW]
    for tries, candidate in enumerate(_INNER_CITY.finditer(window)):
        if tries >= INNER_DATELINE_TRIES:
            break
        start = candidate.start()
        if start == 0:
            continue  # a dateline at the block's start is match_dateline's
        found = match_dateline(text[start:])
        if found is not None and found.wire and found.date_text and found.form != "wire_only":
            return start, found
        # the place starts a line or follows a ticker's bracket: after a space it may be
        # the words of a hard-wrapped sentence ("... in FRESNO, California, June 8, 2026")
        glued = text[start - 1] in "\n)]"
        at_end = _DATE_AT_LINE_END.match(text, start) if glued else None
        if at_end is not None and (date := parse_date(at_end.group("date"))) is not None:
            place = text[start : at_end.start("date")].rstrip(" \t,")
            return start, DatelineMatch(
                form="date_only",
                place=place,
                wire=None,
                date_text=at_end.group("date"),
                date=date,
                weekday=None,
                length=at_end.end() - start,
            )
    return None


#: A company's name as a "SOURCE:" list prints it: capitalised words up to a legal form.
_SOURCE_NAME = r"[A-Z][^;\n]{0,60}?\b" + alternation(LEGAL_FORMS, upper=True) + r"\.?"
#: Metadata printed before the headline, on the headline's line, by archives and flattened
#: pages, each part optional but one present: a labelled ISO date ("date 2023-09-27"), a
#: timestamp ("Thursday June 8, 7:00 am Eastern Time"), a source list ("SOURCE: Acme
#: Corp.; Beta Labs, Inc."). Anchored at the block's start, and a capital must follow
#: (the headline): "SOURCE" inside a sentence, or a headline that opens with a date
#: ("June 8 Launch Event ..."), is no prefix.
_METADATA_PREFIX = lazy_compile(
    r"(?<![ \t])[ \t]*(?:(?i:date)[ \t]*:?[ \t]+(?P<iso>\d{4}-\d{2}-\d{2})[ \t]+"
    r"|(?P<stamp>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    + MONTH_NAME
    + r"\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?,?[ \t]+\d{1,2}:\d{2}[ \t]*[AaPp]\.?[Mm]\.?"
    r"(?:[ \t]+[A-Z][a-z]+){0,3})[ \t]+)?"
    r"(?P<source>SOURCE:[ \t]+" + _SOURCE_NAME + r"(?:;[ \t]*" + _SOURCE_NAME + r"){0,3}[ \t]+)?"
    r"(?=[A-Z0-9\"“‘])"
)


@dataclass(frozen=True, slots=True)
class MetadataPrefix:
    """Front matter run into the headline's line: its parts (offsets into the text), the
    date it states, and where the headline starts (``end``)."""

    parts: tuple[tuple[int, int], ...]
    date: dt.date | None
    end: int


def metadata_prefix(text: str) -> MetadataPrefix | None:
    """The metadata that opens ``text`` before its headline, or ``None``."""
    found = _METADATA_PREFIX.match(text)
    if found is None:
        return None
    parts = tuple(
        (found.start(group), found.start(group) + len(found.group(group).rstrip()))
        for group in ("iso", "stamp", "source")
        if found.group(group) is not None
    )
    if not parts:
        return None
    if found.group("iso") is not None:
        # "date 2023-09-27": the label belongs to the part
        parts = ((len(text) - len(text.lstrip(" \t")), parts[0][1]), *parts[1:])
    date = parse_date(found.group("iso")) if found.group("iso") else None
    return MetadataPrefix(parts, date, found.end())
