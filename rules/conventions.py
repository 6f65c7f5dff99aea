"""Wire-service and IR conventions (FMT): headline, dateline, ticker, About, end mark,
quotes, times and event logistics.

These are the things a wire desk's editor catches after submission (Business Wire and
PR Newswire publish lists of their most frequent catches: wrong day for the date, missing
ticker or exchange, missing time zone, unattributed quotes) and the ones an IR lawyer cares
about because they make a release contradict itself: a dateline dated differently from the
release-date line, a weekday that does not fit the date, "(NASDAQ: ACME)" for a stock that
trades on OTCQB.

Several rules only make sense for an issuer's own release; ``disclint.standing`` decides
whose release it is, and every rule that depends on it says so in its rationale. (The
catalog's contact-block convention is the CON family in ``contacts.py``.)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from disclint.api import (
    DOTTED_LEGAL_FORMS,
    GENERIC_SUBJECT,
    MONTH_NAME,
    MONTHS,
    SPEECH_VERBS,
    Field,
    Finding,
    Rule,
    RuleContext,
    RuleOptions,
    Severity,
    TickerMention,
    Venue,
    VenueTable,
    alternation,
    any_of,
    excerpt,
    find_tickers,
    fold,
    is_month_day,
    issuer_names,
    lazy_compile,
    load_rule_data,
    load_venues,
    match_dateline,
    may_match,
    name_key,
    outside_text,
    parse_date,
    release_pattern,
    rule,
    same_company,
    search_from,
    standing,
)

if TYPE_CHECKING:
    from disclint.api import Paragraph, Quote, Release


# -- FMT001 headline ----------------------------------------------------------------------------

_HEADLINE_ABBREVIATION = lazy_compile(
    r"\b(?:"
    + alternation(DOTTED_LEGAL_FORMS)
    + r"|Bros|Jr|Sr|No|St|Mt|Dr|U\.S|U\.K|E\.U|plc|P\.L\.C|[A-Z])\.$"
)


class HeadlineOptions(RuleOptions):
    """Options of FMT001."""

    #: Longest acceptable headline in characters (ticker parentheticals included).
    max_length: int = Field(default=160, ge=40)


@rule(
    code="FMT001",
    name="headline",
    family="conventions",
    severity="warning",
    summary="Headline missing, over-long, in capitals, or ending with a full stop",
    citation=(
        "Wire editorial conventions: PRWeb and Business Wire headline guidelines (the headline "
        "carries the company name, no terminal period, no all-capitals); AP Stylebook"
    ),
    options=HeadlineOptions,
    examples=(
        (
            "[headline] ACME SOLAR ANNOUNCES RECORD QUARTER.",
            "[headline] Acme Solar Reports Third-Quarter 2025 Results",
        ),
    ),
)
def headline(ctx: RuleContext) -> Iterator[Finding]:
    """The headline is what terminals, wire feeds and search results show; it is also the
    first place a reader (and a plaintiff) looks for the release's claim. A release without
    one is incomplete; an all-capitals headline is rejected by wire desks (it reads as
    shouting and defeats case-sensitive matching of company names); a headline that ends
    with a full stop is a sentence pasted in as a title; a very long one is cut off in every
    feed, so the part that qualifies the claim is the part nobody sees.

    Missing and all-capitals headlines are warnings; length and a final period are `info`.
    A period after "Inc." or "Corp." is the abbreviation's, not the headline's. A
    distribution or embargo legend the layout left in the headline's place ("NOT FOR
    DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES", ``rules/data/fmt_headline.toml``) is
    in capitals by convention and is not reported as shouting. A filed exhibit's capitals
    ("Exhibit 99.1" above the headline) are an `info` reminder: exhibits set headlines in
    capitals by custom, the wire copy sets its own, and counsel saw no disclosure point.
    """
    options: HeadlineOptions = ctx.options or HeadlineOptions()
    release = ctx.release
    element = release.headline
    if element is None:
        if release.body or release.text.strip():
            yield ctx.finding(
                0,
                0,
                "the release has no headline",
                evidence=[
                    "no short title line was found before the dateline or first paragraph",
                    "info: copies, exhibits and scraped pages lay out the headline in ways the "
                    "parser may not recognise (`disclint parse` shows what it found)",
                ],
                severity=Severity.INFO,
            )
        return
    text = element.text.strip()
    letters = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", text) if len(w) > 1]
    long_words = [w for w in letters if len(w) > 3]
    legend = any_of(load_rule_data("fmt_headline")["legends"]).search(text)
    if len(long_words) >= 4 and all(w.isupper() for w in long_words) and legend is None:
        exhibit = next((f.text for f in release.front if _EXHIBIT.match(f.text)), None)
        yield ctx.finding(
            element,
            message="the headline is in capital letters",
            evidence=[
                f"{len(long_words)} of {len(long_words)} words of 4+ letters are capitals",
                *(
                    [
                        f'a filed exhibit ("{exhibit}"): exhibits set headlines in capitals by '
                        "custom and the wire copy sets its own; a style point with no "
                        "disclosure consequence (info)"
                    ]
                    if exhibit
                    else []
                ),
            ],
            severity=Severity.INFO if exhibit else None,
        )
    if len(text) > options.max_length:
        yield ctx.finding(
            element,
            message=f"the headline is {len(text)} characters long (limit {options.max_length})",
            evidence=[
                f"feeds cut headlines; the part after character {options.max_length} is "
                f'"{excerpt(text[options.max_length :], width=50)}"'
            ],
            severity=Severity.INFO,
        )
    if text.endswith(".") and not text.endswith("...") and not _HEADLINE_ABBREVIATION.search(text):
        end = element.span.text_start + len(element.text.rstrip())
        yield ctx.finding(
            end - 1,
            end,
            "the headline ends with a full stop",
            evidence=[f'"…{excerpt(text[-40:], width=40)}": a headline is a title, not a sentence'],
            severity=Severity.INFO,
        )


#: The banner of a document filed as an exhibit to an SEC report ("Exhibit 99.1", "EX-99").
_EXHIBIT = lazy_compile(r"^\W*ex(?:hibit|\.|-)?\s*99\b", re.IGNORECASE)


# -- FMT002 dateline and dates --------------------------------------------------------------------

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_PREFIX = {name[:3].lower(): index for index, name in enumerate(WEEKDAYS)}
_WEEKDAY_WORD = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\."
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?=,)"
)
WEEKDAY_DATE = re.compile(
    rf"\b(?P<weekday>{_WEEKDAY_WORD}),?[ \t]+(?:the[ \t]+)?(?:"
    rf"(?P<month>{MONTH_NAME})\.?[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:)"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<month2>{MONTH_NAME})\b\.?)"
    r"(?:,?[ \t]+(?P<year>(?:19|20)\d\d)\b)?"
)
#: A first paragraph that opens with the wire and the date, its city cut off into the block
#: above by an image or a line break ("(NewMediaWire) - August 28, 2024 - Acme ..."): the
#: dateline is there, broken by the layout, and is not reported as missing.
_WIRE_OPENING = lazy_compile(
    r"^\s*[-–—]*\s*\(?\[?(?:NewMediaWire|New Media Wire|PRNewswire|PR Newswire|GLOBE NEWSWIRE|"
    r"GlobeNewswire|BUSINESS WIRE|Business Wire|ACCESSWIRE|ACCESS Newswire|Newsfile|Marketwired|"
    r"News Direct|EINPresswire|24-7PressRelease|Newsworthy\.ai)\]?(?:\([^)]*\))?\)?\s*[-–—/]+\s*"
    rf"(?:{MONTH_NAME}\.?\s+\d{{1,2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})",
    re.IGNORECASE,
)
#: Wires whose datelines carry no date by design (the date is in the wire's header).
UNDATED_WIRES = lazy_compile(r"business ?wire|news ?direct", re.IGNORECASE)
#: Wires whose own format prints no city ("--News Direct--").
CITYLESS_WIRES = re.compile(r"news ?direct", re.IGNORECASE)
#: A copy taken from a wire whose format has no city-and-date dateline at all ("View source
#: version on newsdirect.com: ..."): its missing dateline is the wire's format, not a lapse.
_DATELESS_WIRE_COPY = lazy_compile(
    r"\b(?:source version on newsdirect\.com|--\s*News Direct\s*--)", re.IGNORECASE
)


def weekday_index(word: str) -> int | None:
    """0 for Monday ... 6 for Sunday, from a full or abbreviated weekday name."""
    return _WEEKDAY_PREFIX.get(word.strip(" .,")[:3].lower())


def infer_year(month: int, day: int, anchor: dt.date | None) -> dt.date | None:
    """The date nearest the release date for a date written without a year ("Thursday,
    October 24"); ``None`` without a release date or when no year puts it within ~7 months."""
    if anchor is None:
        return None
    best: dt.date | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - anchor).days) < abs((best - anchor).days):
            best = candidate
    if best is None or abs((best - anchor).days) > 215:
        return None
    return best


@dataclass(frozen=True, slots=True)
class WeekdayDate:
    """A weekday written with a date, and the date it names."""

    start: int
    end: int
    weekday: str
    date: dt.date
    year_inferred: bool

    @property
    def actual(self) -> str:
        return WEEKDAYS[self.date.weekday()]


def weekday_dates(text: str, base: int, anchor: dt.date | None) -> Iterator[WeekdayDate]:
    """Weekday-and-date pairs in ``text`` ("Tuesday, June 12, 2018", "Thu., Oct. 24")."""
    for match in WEEKDAY_DATE.finditer(text):
        month_word = match.group("month") or match.group("month2")
        month = MONTHS.get(month_word.lower().rstrip("."))
        day = int(match.group("day") or match.group("day2"))
        if month is None:
            continue
        year_text = match.group("year")
        date: dt.date | None
        if year_text:
            try:
                date = dt.date(int(year_text), month, day)
            except ValueError:
                continue
        else:
            date = infer_year(month, day, anchor)
        if date is None:
            continue
        yield WeekdayDate(
            base + match.start(),
            base + match.end(),
            match.group("weekday"),
            date,
            year_inferred=not year_text,
        )


def _iso(date: dt.date) -> str:
    return date.isoformat()


@rule(
    code="FMT002",
    name="dateline-and-dates",
    family="conventions",
    severity="warning",
    summary=(
        "Dateline missing or incomplete, dated differently from the release-date line, or a "
        "weekday that does not fit its date"
    ),
    citation=(
        "AP Stylebook, datelines; wire dateline formats (PR Newswire, Business Wire, "
        "GlobeNewswire, Marketwired); Business Wire editors' most frequent catches: day/date "
        "mismatches"
    ),
    examples=(
        (
            "[date] June 12, 2018\n"
            "[opening] GOLDEN, CO -- (Marketwired) -- 06/13/18 -- Acme Solar, Inc. (Nasdaq: ACME) "
            "today announced a supply agreement with Borealis Glass Ltd.",
            "[date] June 12, 2018\n"
            "[opening] GOLDEN, CO -- (Marketwired) -- 06/12/18 -- Acme Solar, Inc. (Nasdaq: ACME) "
            "today announced a supply agreement with Borealis Glass Ltd.",
        ),
        (
            "The call will be held on Wednesday, June 12, 2018.",
            "The call will be held on Tuesday, June 12, 2018.",
        ),
    ),
)
def dateline_and_dates(ctx: RuleContext) -> Iterator[Finding]:
    """The dateline says where a release comes from and when it was issued; "as of the date
    of this release" in the forward-looking legend means that date. Two dates that disagree
    (a dateline of the 29th under a release-date line of the 30th) leave the reader unsure
    which one counts, and are usually a template recycled from an earlier release. A weekday
    that does not fit its date ("Monday, November 2, 2021", a Tuesday) is the error wire
    editors report most often; for an event date it sends investors to a call on the wrong
    day. Both are errors of fact, reported at `error` (this rule owns the catalog's date
    checks); a missing or incomplete dateline is a `warning`.

    A missing dateline is reported only on an issuer's own release (a ticker in the text or
    an issuer profile): a private company's note or a promotion network's article is the
    wire's formatting business, not a disclosure problem. Business Wire datelines carry no
    date by design, so an undated Business Wire dateline is complete; News Direct prints
    neither city nor date ("--News Direct--"), so its copies (a "--News Direct--" opening or
    a "View source version on newsdirect.com" footer) are not reported as missing one.
    Dates written without a year take the year that puts them nearest the release date.
    """
    release = ctx.release
    dateline = release.dateline
    stand = standing(ctx)
    front_dates = [f for f in release.front if f.kind == "date" and f.date is not None]
    if dateline is None:
        opening = _WIRE_OPENING.match(release.body[0].text) if release.body else None
        wire_format = _dateless_wire_copy(release)
        if stand.issuer_original and release.body and opening is None and not wire_format:
            first = release.body[0]
            yield ctx.finding(
                first.span.text_start,
                first.span.text_start,
                "the release has no dateline (city and date before the first sentence)",
                evidence=[
                    f"issuer release ({stand.listing}); the first paragraph opens "
                    f'"{excerpt(first.text, width=50)}"',
                    "info: exhibits, newsroom copies and scraped pages place or drop the "
                    "dateline in ways the parser may not recognise",
                ],
                severity=Severity.INFO,
            )
    else:
        yield from _dateline_checks(ctx, front_dates)
    anchor = release.own_date()
    anchor_date = anchor[0] if anchor else None
    for paragraph in release.paragraphs():
        if paragraph.rows is not None:
            continue
        for found in weekday_dates(paragraph.text, paragraph.span.text_start, anchor_date):
            index = weekday_index(found.weekday)
            if index is None or index == found.date.weekday():
                continue
            year_note = (
                f"; year {found.date.year} taken from the release date ({anchor[1]})"
                if found.year_inferred and anchor
                else ""
            )
            yield ctx.finding(
                found.start,
                found.end,
                f"{found.date:%B} {found.date.day}, {found.date.year} is a {found.actual}, "
                f"the text says {WEEKDAYS[index]}",
                evidence=[
                    f'"{release.text[found.start : found.end]}": {_iso(found.date)} is a '
                    f"{found.actual}{year_note}"
                ],
                severity=Severity.ERROR,
            )


def _dateless_wire_copy(release: Release) -> bool:
    """Whether the release is a copy of a wire whose format carries no dateline (News
    Direct prints "--News Direct--" and no city or date; archived copies often lose even
    that, keeping only the "View source version on newsdirect.com" footer)."""
    tail = release.footer or release.body[-3:]
    return any(_DATELESS_WIRE_COPY.search(p.text) for p in tail) or bool(
        release.body and _DATELESS_WIRE_COPY.search(release.body[0].text[:40])
    )


def _dateline_checks(ctx: RuleContext, front_dates: list[Any]) -> Iterator[Finding]:
    release = ctx.release
    dateline = release.dateline
    assert dateline is not None
    cityless = dateline.wire is not None and CITYLESS_WIRES.search(dateline.wire)
    if not dateline.city.strip() and not cityless:
        yield ctx.finding(
            dateline,
            message="the dateline names no city",
            evidence=[f'dateline "{excerpt(dateline.text, width=60)}" ({dateline.form})'],
        )
    if dateline.date is None:
        undated_wire = dateline.wire is not None and UNDATED_WIRES.search(dateline.wire)
        if dateline.date_text and not is_month_day(dateline.date_text):
            yield ctx.finding(
                dateline,
                message=f'the dateline date "{dateline.date_text}" is not a calendar date',
                evidence=[f'"{dateline.date_text}" does not parse as a date (month first)'],
            )
        elif not dateline.date_text and not undated_wire and not front_dates:
            evidence = [f'dateline "{excerpt(dateline.text, width=60)}"']
            if dateline.wire is None:
                # a dateline with no wire is a newsroom or web copy's: the page, not the
                # text, carries its date, so this is a reminder, not a defect
                evidence.append(
                    "info: no wire in the dateline; newsroom and web copies date the page, "
                    "not the text"
                )
            yield ctx.finding(
                dateline,
                message="the release carries no date: the dateline has none and there is no "
                "release-date line",
                evidence=evidence,
                severity=Severity.INFO if dateline.wire is None else None,
            )
    else:
        for item in front_dates:
            if item.date != dateline.date:
                yield ctx.finding(
                    dateline,
                    message=(
                        f"the dateline date {dateline.date_text} differs from the release-date "
                        f"line {item.text.strip()}"
                    ),
                    evidence=[
                        f"dateline {dateline.date_text} = {_iso(dateline.date)}; release-date "
                        f"line {item.text.strip()} = {_iso(item.date)}"
                    ],
                    severity=Severity.ERROR,
                )
        if dateline.weekday:
            index = weekday_index(dateline.weekday)
            if index is not None and index != dateline.date.weekday():
                actual = WEEKDAYS[dateline.date.weekday()]
                yield ctx.finding(
                    dateline,
                    message=(
                        f"{dateline.date:%B} {dateline.date.day}, {dateline.date.year} is a "
                        f"{actual}, the dateline says {WEEKDAYS[index]}"
                    ),
                    evidence=[f"dateline {dateline.date_text} = {_iso(dateline.date)}, a {actual}"],
                    severity=Severity.ERROR,
                )


# -- FMT003 ticker and exchange -------------------------------------------------------------------


class TickerOptions(RuleOptions):
    """Options of FMT003."""

    #: More venues, canonical name to spellings: ``{ "Cboe Japan" = ["CBOEJ"] }``.
    extra_venues: dict[str, list[str]] = Field(default_factory=dict)
    #: How far (characters) after the issuer's first mention the ticker may follow.
    first_mention_window: int = Field(default=200, ge=20)


@rule(
    code="FMT003",
    name="ticker-and-exchange",
    family="conventions",
    severity="error",
    summary=(
        "Ticker and exchange missing at the issuer's first mention, an unknown venue, "
        "contradictory listings, or a listing that differs from the issuer profile"
    ),
    citation=(
        "Wire conventions: the issuer's exchange and ticker at first reference (Business Wire "
        "editors flag wrong or missing tickers; PRWeb requires ticker authorization for "
        "financial releases); Rule 10b-5 (a wrong venue misstates where the security trades)"
    ),
    options=TickerOptions,
    examples=(
        (
            '[config] [issuer]\nname = "Acme Solar, Inc."\ntickers = ["OTCQB: ACME"]',
            '[config] [issuer]\nname = "Acme Solar, Inc."\ntickers = ["OTCQB: ACME"]\n'
            "[opening] GOLDEN, Colo., June 12, 2025 /PRNewswire/ -- Acme Solar, Inc. "
            "(OTCQB: ACME), a maker of flexible solar modules, today announced a three-year "
            "agreement under which Borealis Glass Ltd. will supply the front glass for its "
            "modules.",
        ),
    ),
)
@outside_text()
def ticker_and_exchange(ctx: RuleContext) -> Iterator[Finding]:
    """Investors find a security by its venue and symbol, and the wires key distribution
    (terminal codes, exchange feeds) on the ticker in the text. A release that names the
    wrong venue ("NASDAQ" for an OTCQB stock), two venues that cannot both be right
    ("OTCQB" in the headline and "OTC Pink" in the body), or a symbol that is not the
    issuer's misstates where the security trades: an `error`. A venue disclint does not
    know ("NASDQ") is a `warning` (add it with `extra-venues` if it is real).

    The first-mention check applies to an issuer's own release whose listing is known (a
    ticker elsewhere in the text, or the issuer profile): a private company has no ticker
    to show, and a promotion network's article is not the issuer's to fix. It is a
    `warning` when the ticker appears elsewhere (the convention is missed, the fact is
    there) and an `error` when the release shows no ticker at all but the profile has one.
    """
    options: TickerOptions = ctx.options or TickerOptions()
    release = ctx.release
    table: VenueTable = load_venues().extended(options.extra_venues)
    mentions = find_tickers(release, table) if options.extra_venues else ctx.facts.tickers
    stand = standing(ctx)
    profile = ctx.issuer.tickers
    yield from _venue_checks(ctx, mentions, table)
    yield from _consistency_checks(ctx, mentions)
    if profile:
        yield from _profile_checks(ctx, mentions, table)
    if stand.issuer_original:
        yield from _first_mention(ctx, mentions, options.first_mention_window)


def _venue_checks(
    ctx: RuleContext, mentions: list[TickerMention], table: VenueTable
) -> Iterator[Finding]:
    reported: set[str] = set()
    for mention in mentions:
        if mention.known and not mention.well_formed:
            yield ctx.finding(
                mention.start,
                mention.end,
                f'ticker written "({mention.text})"; write "({mention.venue}: '
                f'{", ".join(mention.symbols)})"',
                evidence=["the venue and the symbol are separated by a colon, not a dash"],
                severity=Severity.WARNING,
            )
            continue
        if mention.known and not mention.retired:
            continue
        key = mention.venue_text.casefold()
        if key in reported:
            continue
        reported.add(key)
        if mention.retired:
            yield ctx.finding(
                mention.start,
                mention.end,
                f'"{mention.venue_text}" ({mention.venue}) no longer quotes securities',
                evidence=[f"({mention.text}): venue {mention.venue} is retired"],
                severity=Severity.WARNING,
            )
            continue
        guess = table.closest(mention.venue_text)
        hint = f" (did you mean {guess}?)" if guess else ""
        yield ctx.finding(
            mention.start,
            mention.end,
            f'"{mention.venue_text}" is not a listing venue disclint knows{hint}',
            evidence=[
                f"({mention.text}): venue not in rules/data/fmt_venues.toml; add it with the "
                "FMT003 option extra-venues if it is right"
            ],
            severity=Severity.WARNING,
        )


def _consistency_checks(ctx: RuleContext, mentions: list[TickerMention]) -> Iterator[Finding]:
    """The same symbol on two venues of one market that were never written together."""
    by_symbol: dict[str, list[TickerMention]] = {}
    for mention in mentions:
        if mention.known and not mention.generic:
            for symbol in mention.symbols:
                by_symbol.setdefault(symbol, []).append(mention)
    reported: set[tuple[str, str, str]] = set()
    for symbol, found in by_symbol.items():
        first = found[0]
        for other in found[1:]:
            if other.venue == first.venue or other.market != first.market:
                continue
            together = any(
                a.group == b.group and a.venue == first.venue and b.venue == other.venue
                for a in found
                for b in found
            )
            key = (symbol, first.venue, other.venue)
            if together or key in reported:
                continue
            reported.add(key)
            yield ctx.finding(
                other.start,
                other.end,
                f"{symbol} is shown on {other.venue} here but on {first.venue} earlier",
                evidence=[
                    f"({first.text}) in the {first.section or 'text'}; ({other.text}) in the "
                    f"{other.section or 'text'}; a security of market {first.market} has one "
                    "home venue"
                ],
            )


def _profile_checks(
    ctx: RuleContext, mentions: list[TickerMention], table: VenueTable
) -> Iterator[Finding]:
    profile = ctx.issuer.tickers
    listed = {(t.symbol.upper(), _canonical(t.venue, table)) for t in profile}
    symbols = {symbol for symbol, _ in listed}
    names = ctx.issuer.names
    text = ctx.release.text
    for mention in mentions:
        venue = mention.venue
        for symbol in mention.symbols:
            if symbol in symbols:
                if (symbol, venue) in listed:
                    continue
                if mention.generic and any(
                    s == symbol and (table.lookup(v) or _NO_VENUE).otc for s, v in listed
                ):
                    continue
                expected = ", ".join(f"{v}: {s}" for s, v in sorted(listed) if s == symbol)
                yield ctx.finding(
                    mention.start,
                    mention.end,
                    f"{symbol} is shown on {venue}, but the issuer profile lists it as {expected}",
                    evidence=[f"({mention.text}); issuer profile tickers: {_profile_list(ctx)}"],
                )
            elif names and _follows_name(text, mention.start, names):
                yield ctx.finding(
                    mention.start,
                    mention.end,
                    f"({mention.text}) follows the issuer's name but {symbol} is not one of its "
                    "tickers",
                    evidence=[f"issuer profile tickers: {_profile_list(ctx)}"],
                )
            break


_NO_VENUE = Venue(name="", market="")


def _canonical(venue: str, table: VenueTable) -> str:
    found = table.lookup(venue)
    return found.name if found else venue


def _profile_list(ctx: RuleContext) -> str:
    return "; ".join(f"{t.venue}: {t.symbol}" for t in ctx.issuer.tickers)


def _follows_name(text: str, start: int, names: list[str]) -> bool:
    paren = text.rfind("(", 0, start)
    before = text[max(0, paren - 80) : paren].rstrip(" ,")
    return any(before.endswith(n) or before.endswith(n.rstrip(".")) for n in names)


def _first_mention(
    ctx: RuleContext, mentions: list[TickerMention], window: int
) -> Iterator[Finding]:
    release = ctx.release
    body = [p for p in release.body if p.rows is None]
    if not body:
        return
    body_start = body[0].span.text_start
    known = [m for m in mentions if m.known]
    in_body = [m for m in known if m.start >= body_start and m.section in ("body", "dateline")]
    names = issuer_names(ctx)
    first_name = _first_name_in_body(release, body, names)
    profile = ctx.issuer.tickers
    if not known:
        if not profile:
            return
        where = first_name if first_name is not None else (body_start, body_start)
        yield ctx.finding(
            where[0],
            where[1],
            "the release shows no ticker; the issuer profile lists " + _profile_list(ctx),
            evidence=["no (VENUE: SYMBOL) anywhere in the release"],
        )
        return
    if first_name is None:
        # The issuer's name is not found in the body; judge by the first paragraph.
        first = body[0]
        if not any(first.span.text_start <= m.start < first.span.text_end for m in in_body):
            if in_body and in_body[0].start < body[min(2, len(body) - 1)].span.text_end:
                return
            elsewhere = known[0]
            yield ctx.finding(
                first.span.text_start,
                first.span.text_start,
                "the first paragraph carries no ticker; "
                f"({elsewhere.text}) appears only in the {elsewhere.section or 'text'}",
                evidence=[f'first paragraph: "{excerpt(first.text, width=60)}"'],
                severity=Severity.INFO,
            )
        return
    start, end = first_name
    if any(start <= m.start <= end + window for m in in_body):
        return
    if any(m.start < start for m in in_body):
        return
    elsewhere = known[0]
    name = release.text[start:end]
    yield ctx.finding(
        start,
        end,
        f"the first mention of {name} in the body carries no ticker; "
        f"({elsewhere.text}) appears only in the {elsewhere.section or 'text'}",
        evidence=[
            f'no (VENUE: SYMBOL) within {window} characters after "{name}" in the body; '
            "the convention is the listing at first reference"
        ],
        severity=Severity.INFO,
    )


def _first_name_in_body(
    release: Release, body: list[Paragraph], names: list[str]
) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for name in names:
        short = name_key(name)
        if not short:
            continue
        pattern = release_pattern(
            r"\b" + r"[\W_]+".join(re.escape(w) for w in short.split()) + r"\b", re.IGNORECASE
        )
        for paragraph in body:
            match = pattern.search(paragraph.text)
            if match:
                found = (
                    paragraph.span.text_start + match.start(),
                    paragraph.span.text_start + match.end(),
                )
                if best is None or found[0] < best[0]:
                    best = found
                break
    return best


# -- FMT005 About ---------------------------------------------------------------------------------

_AWARD = re.compile(
    r"\b(?:award(?:ed|s)?|prize|named (?:one of|a |an |the |to )|ranked|recogni[sz]ed (?:as|by)|"
    r"honou?red|winner|won|best (?:\w+ )?(?:inventions?|products?|places?|companies)|"
    r"top \d+|list of)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")


class AboutOptions(RuleOptions):
    """Options of FMT005."""

    #: An award or ranking in the About section older than this many years is stale.
    stale_after_years: int = Field(default=5, ge=1)


@rule(
    code="FMT005",
    name="about-section",
    family="conventions",
    severity="info",
    summary="About section missing, not about the issuer, or citing a stale award",
    citation=(
        "IR convention (boilerplate describing the issuer, consistent with its filings); "
        "Rule 10b-5 exposure for stale or unsupported claims repeated in boilerplate"
    ),
    options=AboutOptions,
    examples=(
        (
            "[date] June 12, 2017\n"
            "[opening] GOLDEN, Colo., June 12, 2017 /PRNewswire/ -- Acme Solar, Inc. "
            "(Nasdaq: ACME) today announced a supply agreement with Borealis Glass Ltd.\n"
            "[about] About Acme Solar\n\n"
            "Acme Solar, Inc. makes flexible solar modules, named one of TIME's best inventions "
            "of 2011.",
            "[about] About Acme Solar\n\n"
            "Acme Solar, Inc. makes flexible solar modules at its plant in Golden, Colorado.",
        ),
    ),
)
def about_section(ctx: RuleContext) -> Iterator[Finding]:
    """The About paragraph is the issuer's standing description, read by anyone who lands
    on the release without knowing the company, and repeated in every release: it should
    exist, be about the issuer, and say nothing that has gone stale. An award or ranking
    cited years later ("named one of the 50 best inventions for 2011" in a 2017 release)
    implies a current standing the company may no longer have.

    Only an issuer's own release is checked for a missing About section (a promotion
    network's article or a private company's note is not held to the issuer's convention),
    and an About heading the layout ran into its paragraph ("About Acme Inc.Acme makes
    ...") or left bare ("About:") still counts. An About section counts as the issuer's
    when it names the issuer, a trade name or defined term the first paragraph gives it
    ("doing business as Brightfold"), or "the Company". All findings are `info`:
    boilerplate is counsel's and IR's to maintain, not an error in the news.
    """
    options: AboutOptions = ctx.options or AboutOptions()
    release = ctx.release
    stand = standing(ctx)
    if not release.about:
        if stand.issuer_original and release.body and not _about_in_text(release, stand.names):
            end = release.body[-1].span.text_end
            yield ctx.finding(
                end,
                end,
                "the release has no About section describing the issuer",
                evidence=[f'issuer release ({stand.listing}); no paragraph headed "About ..."'],
            )
        return
    names = stand.names
    if (
        names
        and stand.issuer_release
        and not any(same_company(_subject_name(a.subject), names[0]) for a in release.about[:1])
    ):
        subjects = [a.subject for a in release.about]
        known = [*names, *issuer_aliases(release)]
        if not any(
            GENERIC_SUBJECT.match(s) or any(same_company(_subject_name(s), n) for n in known)
            for s in subjects
        ):
            first = release.about[0]
            yield ctx.finding(
                first.heading,
                message=f"no About section is about the issuer ({names[0]})",
                evidence=[
                    "About sections: " + "; ".join(f'"About {s}"' for s in subjects),
                    f"issuer: {', '.join(names)}",
                ],
            )
    anchor = release.own_date()
    if anchor is None:
        return
    # Each paragraph's sentences, found in one pass (not a scan of every sentence per
    # About paragraph: quadratic on a long text).
    by_paragraph: dict[int, list[Any]] = {}
    for sentence in ctx.facts.sentences:
        by_paragraph.setdefault(id(sentence.paragraph), []).append(sentence)
    for about in release.about:
        for paragraph in about.paragraphs:
            sentences = by_paragraph.get(id(paragraph), [])
            yield from _stale_awards(ctx, sentences, anchor, options.stale_after_years)


_SUBJECT_END = re.compile(r"\s*(?::|\(|\s[-–—]\s|https?://|www\.).*$", re.DOTALL)
_BARE_ABOUT = lazy_compile(r"^\s*About(?:\s+(?:us|the company))?\s*(?::\s*)?$", re.IGNORECASE)
_INLINE_ABOUT = lazy_compile(r"(?:^|(?<=[.!?”\"]\s))\s*About\s+(?=[A-Z0-9]|[a-z][A-Z])")
_DBA = lazy_compile(
    r"\b(?:doing business as|d/b/a|dba|operating as|now known as|trading as)\s+[“\"]?"
    r"(?P<name>(?:[A-Z0-9]|[a-z][A-Z])[\w&'’.\-]*(?:\s+[A-Z0-9][\w&'’.\-]*){0,4})"
)
_DEFINED_TERM = lazy_compile(r"\((?:[^()]*?)[“\"](?P<term>[A-Z][^”\"()]{1,40})[”\"]")


def _subject_name(subject: str) -> str:
    """The company named by an About heading, without what layout ran into it ("SMC:
    https://...", "Acme (Nasdaq: ACME)")."""
    return _SUBJECT_END.sub("", subject).strip() or subject


def issuer_aliases(release: Release) -> list[str]:
    """Other names the first paragraph gives the issuer: "doing business as Telvantis",
    ("Telvantis" or the "Company")."""
    body = [p for p in release.body if p.rows is None]
    if not body:
        return []
    text = body[0].text
    aliases = [m.group("name") for m in _DBA.finditer(text)]
    aliases += [
        m.group("term")
        for m in _DEFINED_TERM.finditer(text)
        if not GENERIC_SUBJECT.match(m.group("term"))
    ]
    return aliases


def _about_in_text(release: Release, names: list[str]) -> bool:
    """Whether an About section is there but the layout hid it from the parser: a heading
    run into its paragraph ("About Acme Solar, Inc.Acme Solar makes ..."), a heading after
    the last sentence of a quotation's attribution ("Jane Doe. About Acme Solar", only when
    it names the issuer), or a bare "About:" heading over the description."""
    keys = [name_key(n) for n in names if name_key(n)]
    paragraphs = [p for p in [*release.body[1:], *release.footer] if p.rows is None]
    for index, paragraph in enumerate(paragraphs):
        text = paragraph.text
        if _BARE_ABOUT.match(text) and index + 1 < len(paragraphs):
            return True
        for match in _INLINE_ABOUT.finditer(text):
            subject = re.sub(r"[^0-9a-z]+", " ", text[match.end() : match.end() + 120].casefold())
            if match.start() == 0 or any(subject.startswith(k) for k in keys):
                return True
    return False


def _stale_awards(
    ctx: RuleContext, sentences: list[Any], anchor: tuple[dt.date, str], years: int
) -> Iterator[Finding]:
    for sentence in sentences:
        if not _AWARD.search(sentence.text):
            continue
        for year_match in _YEAR.finditer(sentence.text):
            year = int(year_match.group())
            if anchor[0].year - year > years:
                yield ctx.finding(
                    sentence.start,
                    sentence.end,
                    f"the About section cites a {year} award or ranking, "
                    f"{anchor[0].year - year} years before the release",
                    evidence=[
                        f"release date {anchor[0].isoformat()} ({anchor[1]}); award year {year}; "
                        f"stale after {years} years"
                    ],
                )
                break


# -- FMT006 end mark and order ---------------------------------------------------------------------

_TABLE_REFERENCE = re.compile(
    r"\b(?:(?:see|in|from) the (?:table|chart)s? below|the following tables?|"
    r"(?:set forth|shown|presented|included|provided) in the (?:table|chart)s? below|"
    r"(?:table|chart)s? (?:below|that follows?))\b",
    re.IGNORECASE,
)


class OrderOptions(RuleOptions):
    """Options of FMT006."""

    #: Report a release without an end mark ("###", "-30-").
    require_end_mark: bool = False


@rule(
    code="FMT006",
    name="end-mark-and-order",
    family="conventions",
    severity="info",
    summary="Release text after the end mark, news placed before or inside the boilerplate, a "
    "reference to a table that is not there, or (optionally) no end mark",
    citation=(
        'PR/AP convention: "###" or "-30-" ends the release; Business Wire editors\' frequent '
        "catches (footnotes or tables referenced but missing)"
    ),
    options=OrderOptions,
    examples=(
        (
            "[about] About Acme Solar\n\n"
            "Acme Solar, Inc. makes flexible solar modules at its plant in Golden, Colorado."
            "\n\n###",
            "[contact] Investor Relations: Jane Doe, ir@acme-solar.example, +1 303-555-0100\n\n###",
        ),
    ),
)
def end_mark_and_order(ctx: RuleContext) -> Iterator[Finding]:
    """Wire desks stop at the end mark: what follows "###" is treated as notes to the
    editor and is not distributed. A forward-looking legend, an About section or a contact
    block placed after it may never reach readers, and a legend that is not published with
    the release does not "accompany" it (the safe-harbor condition). A sentence that points
    to "the table below" when the release has no table after it tells the reader that
    something was cut.

    A missing end mark by itself is not reported unless `require-end-mark` is set: archived
    and EDGAR copies lose it in transit, and counsel reviewing a draft needs to know what is
    published, not whether the typing convention was followed. Findings are `info`.

    Section order: the news comes first, then the boilerplate (About, the forward-looking
    legend, contacts) in whatever order the issuer uses; wires accept any order of the
    boilerplate, so only news on the wrong side of it is reported: an About section or
    legend before the first news paragraph, and a dateline or a named speaker's quotation
    below an About heading (a template pasted above the news, or a late quotation pasted
    under the boilerplate, where readers stop reading). A slogan in quotation marks or a
    founding city and year in the About text is not news.
    """
    options: OrderOptions = ctx.options or OrderOptions()
    release = ctx.release
    yield from _order_checks(ctx)
    mark = release.end_mark
    if mark is None:
        if options.require_end_mark and release.body:
            end = len(release.text.rstrip())
            yield ctx.finding(
                end,
                end,
                'the release has no end mark ("###" or "-30-")',
                evidence=["wire desks treat what follows the end mark as notes to the editor"],
            )
    else:
        after = [
            s
            for s in release.sections
            if s.span.text_start >= mark.span.text_end
            and s.kind in ("body", "about", "forward_looking", "contacts", "quote")
        ]
        if after:
            first = after[0]
            kinds = sorted({s.kind.replace("_", "-") for s in after})
            yield ctx.finding(
                first.span.text_start,
                first.span.text_end,
                f'release text ({", ".join(kinds)}) follows the end mark "{mark.text.strip()}"',
                evidence=[
                    f"end mark at line {mark.span.start.line}; wire desks do not distribute what "
                    "follows it"
                ],
            )
    tables = [p.span.text_start for p in release.tables]
    folded = ctx.facts.folded_sentences
    referenced = may_match(_TABLE_REFERENCE, ctx.facts.folded)
    for index, sentence in enumerate(ctx.facts.sentences if referenced else ()):
        if not may_match(_TABLE_REFERENCE, folded[index]):
            continue
        match = _TABLE_REFERENCE.search(sentence.text)
        if match is None:
            continue
        if any(t > sentence.start for t in tables):
            continue
        if _table_like_after(release.text, sentence.end) or _table_in_source_after(
            release, sentence.end
        ):
            continue  # a table that was flattened, turned into an image or lost in conversion
        start = sentence.start + match.start()
        yield ctx.finding(
            start,
            sentence.start + match.end(),
            f'"{match.group()}" refers to a table, but no table follows',
            evidence=[f"{len(tables)} table(s) in the release, none after this sentence"],
        )


def _order_checks(ctx: RuleContext) -> Iterator[Finding]:
    release = ctx.release
    for about in release.about:
        for paragraph in about.paragraphs:
            misplaced = None if paragraph.rows is not None else _misplaced_news(paragraph.text)
            if misplaced is not None:
                yield ctx.finding(
                    paragraph,
                    message=f"{misplaced} is inside About {excerpt(about.subject, width=40)}",
                    evidence=[
                        f'"{excerpt(paragraph.text, width=60)}": news placed below the '
                        "boilerplate heading"
                    ],
                )
                return
    boilerplate = [(a.span.text_start, f"About {a.subject}") for a in release.about] + [
        (f.span.text_start, "the forward-looking legend") for f in release.forward_looking
    ]
    body = [p for p in release.body if p.rows is None]
    if not boilerplate or not body:
        return
    start, label = min(boilerplate)
    first = body[0]
    if start < first.span.text_start:
        yield ctx.finding(
            start,
            start,
            f"{excerpt(label, width=50)} comes before the news",
            evidence=[
                f'the first news paragraph "{excerpt(first.text, width=50)}" follows it; the '
                "boilerplate belongs after the news"
            ],
        )
        return
    for quote in release.quotes:
        if quote.speaker and quote.span.text_start > start:
            yield ctx.finding(
                quote,
                message=f"a quotation by {quote.speaker} follows {excerpt(label, width=50)}",
                evidence=[
                    f'"{excerpt(quote.text, width=50)}": '
                    "news placed after the boilerplate has begun"
                ],
            )
            return


_ATTRIBUTED_QUOTE = re.compile(
    rf"[”\"]\s*,?\s*(?:{SPEECH_VERBS})\s+(?:Mr\.\s+|Ms\.\s+|Dr\.\s+)?[A-Z][a-z]+\s+[A-Z]"
    rf"|\b[A-Z][a-z]+\s+[A-Z][a-z]+,[^“\"\n]{{0,80}}\b(?:{SPEECH_VERBS})[,:]?\s*[“\"]"
)


def _misplaced_news(text: str) -> str | None:
    """What news a paragraph of an About section carries: a dateline (the release's opening
    pasted below the boilerplate) or a named speaker's quotation."""
    found = match_dateline(text)
    if found is not None and found.date is not None:
        return "the dateline"
    if _ATTRIBUTED_QUOTE.search(text):
        return "a named speaker's quotation"
    return None


def _table_in_source_after(release: Release, offset: int) -> bool:
    """Whether the file's next lines hold an image or a blank-but-not-empty line (a table the
    reader dropped: images are removed from the text, a converter's empty table leaves
    whitespace)."""
    line = release.end_position(offset).line
    for number in range(line + 1, line + 7):
        try:
            raw = release.line_text(number)
        except (IndexError, ValueError):
            return False
        if re.search(r"!\[|<img\b|\|\s*-{3,}", raw, re.IGNORECASE) or (raw and not raw.strip()):
            return True
    return False


def _table_like_after(text: str, start: int) -> bool:
    """Whether what follows looks like a table in another form: an image, a Markdown or
    tab-separated table, a run of short cells one per line, or a block left blank where a
    converter dropped the table."""
    window = text[start : start + 1500]
    if re.search(r"!\[|<img\b|\|\s*-{3,}|\t\S+\t|(?:[ \t]{3,}[\d($-][^\n]{0,40}){3,}", window):
        return True
    lines = window.split("\n")[1:25]
    if any(line.strip() == "" and line != "" for line in lines[:6]):
        return True  # a whitespace-only block: something was there
    filled = [line.strip() for line in lines if line.strip()][:12]
    short = [line for line in filled if len(line) <= 40]
    return len(short) >= 5 and sum(any(ch.isdigit() for ch in line) for line in short) >= 2


# -- FMT007 quotes ---------------------------------------------------------------------------------

_ANONYMOUS = re.compile(
    r"^(?:an?|the)\s+(?:company\s+)?(?:spokes(?:person|man|woman)|representative|official|"
    r"source|insider|executive|person familiar)|^(?:the\s+)?(?:company|management|team)$",
    re.IGNORECASE,
)
_CITED = re.compile(
    r"(?:titled|entitled|called|named|dubbed|known as|described as|the phrase|the words|"
    r"(?:project|book|film|paper|study|article|report|program|programme|series|album|"
    r"documentary|song|episode|campaign|initiative|award|course|talk|panel|session),?|"
    r"motto|slogan|tagline|theme|headline|reads?|read:|stating|states that|provides that|"
    r"defined as|so-called|labell?ed|termed|marked|the term)\s*[,:]?\s*$",
    re.IGNORECASE,
)


class QuoteOptions(RuleOptions):
    """Options of FMT007."""

    #: A quotation shorter than this many words is a phrase, not a statement.
    min_words: int = Field(default=8, ge=1)


#: A speaker whose name carries an office ("State Sen. Greg Elkins", "Mayor Jane Roe").
_OFFICE_TITLE = lazy_compile(
    r"^(?:(?:State|U\.S\.|US|Former|Deputy|Lieutenant|Lt\.)\s+)?(?:Sen|Rep|Gov|Atty|Gen|Sec|"
    r"Commissioner|Senator|Representative|Governor|Mayor|Secretary|Minister|Judge|Justice|"
    r"Councilmember|Councilman|Councilwoman|Chancellor|Ambassador|Prof|Professor)\b\.?\s"
)
#: A speaker named in capitals with a title just before the quotation marks ("SCOTT GRAVES,
#: ENGINEERING MANAGER, ACME"), a layout of quote boxes and award releases.
_NAMED_BEFORE = lazy_compile(r"\b[A-Z][A-Z'’.-]+\s+[A-Z][A-Z'’.-]+\s*,\s*[A-Z][A-Z &,.'’-]{3,}\s*$")


def _paragraph_before_quote(release: Release, quote: Quote) -> str:
    """The text of the quotation's paragraph before its opening mark."""
    paragraph = release.body[quote.paragraph] if quote.paragraph < len(release.body) else None
    if paragraph is None:
        return ""
    start = paragraph.span.text_start
    return release.text[start : max(start, quote.span.text_start - 1)]


@rule(
    code="FMT007",
    name="quote-attribution",
    family="conventions",
    severity="warning",
    summary="A quotation without a named speaker, or a speaker without a title at first "
    "mention, or not an approved spokesperson",
    citation=(
        "PRWeb and wire editorial guidelines (statements attributed to an identified, "
        "authorized spokesperson); Regulation FD policy practice (authorized spokespersons)"
    ),
    options=QuoteOptions,
    examples=(
        (
            '"We expect to ship the first modules with Borealis glass in the third quarter of this '
            'year," said a company spokesperson.',
            '"We expect to ship the first modules with Borealis glass in the third quarter of this '
            'year," said Jane Doe, Chief Executive Officer of Acme Solar.',
        ),
    ),
)
def quote_attribution(ctx: RuleContext) -> Iterator[Finding]:
    """A quotation in a release is a statement by a person the issuer puts forward; readers
    weigh it by who said it. An unattributed quotation, or one given to "a company
    spokesperson", cannot be weighed, and if it is material it is a statement by the issuer
    nobody stands behind. A speaker named without a title or affiliation anywhere in the
    release leaves readers unable to tell an officer from an outside investor (whose
    forward-looking statements the issuer's legend may not cover). When the issuer profile
    lists approved spokespeople, an issuer speaker who is not on the list is reported too.

    Quoted titles, slogans and defined terms are not statements: quotations shorter than
    `min-words` words and text quoted after "titled", "called", "known as" and the like are
    left alone. A quotation counts as attributed when a speech verb ("said", "commented:")
    introduces or follows it, also across a paragraph break ("Jane Doe, CEO, commented:"
    then the quotation) and with mixed straight and curly quotation marks. A speaker
    introduced with a title anywhere before ("Acme appoints Jane Doe Chief Operating
    Officer" ... "said Doe") has a title. Promotion networks' articles are not checked.

    A quotation with no speaker at all is an `info` reminder, reported once per run of
    quoted paragraphs: a paragraph that reopens the quotation marks continues the quotation
    before it, and quoted letters, quote boxes ("JANE DOE, CEO, ACME" above the quotation)
    and headlines naming the writer are how real releases attribute them. A quotation given
    to "a spokesperson" stays a warning.
    """
    options: QuoteOptions = ctx.options or QuoteOptions()
    release = ctx.release
    if standing(ctx).third_party is not None:
        return
    seen: set[str] = set()
    approved = {name_key(p.name): p for p in ctx.issuer.spokespeople}
    issuer_names_ = ctx.issuer.names
    voiced: set[int] = set()  # paragraphs whose quotation has a speaker, or continues one
    unnamed: set[int] = set()  # paragraphs already reported as quoting no one
    for quote in sorted(release.quotes, key=lambda q: q.span.text_start):
        speaker = (quote.speaker or "").strip().rstrip(".,")
        if speaker or quote.attribution is not None or quote.paragraph - 1 in voiced:
            # a quotation running over several paragraphs reopens its marks in each one
            # and is attributed once
            voiced.add(quote.paragraph)
        if (
            len(quote.text.split()) < options.min_words
            or _is_cited(release, quote)
            or _not_a_statement(quote)
        ):
            continue
        anonymous = None if speaker else _anonymous_attribution(release, quote)
        if anonymous is not None:
            yield ctx.finding(
                quote,
                message=f'quotation attributed to "{anonymous}", not to a named person',
                evidence=[f'"{excerpt(quote.text, width=50)}"'],
            )
            continue
        if not speaker:
            if (
                quote.attribution is None
                and quote.title is None
                and quote.paragraph - 1 not in voiced
                and not _attributed_nearby(release, quote)
                and not _NAMED_BEFORE.search(_paragraph_before_quote(release, quote))
            ):
                if quote.paragraph - 1 not in unnamed:
                    # once per run of quoted paragraphs (a quoted letter is one quotation)
                    yield ctx.finding(
                        quote,
                        message="quotation with no named speaker",
                        evidence=[
                            f'"{excerpt(quote.text, width=50)}": no "said ..." or "according '
                            'to ..." before or after it',
                            "info: quotations attributed in a headline, a letterhead or a "
                            "quote box are common in real releases; check who speaks",
                        ],
                        severity=Severity.INFO,
                    )
                unnamed.add(quote.paragraph)
            continue
        if _ANONYMOUS.match(speaker):
            yield ctx.finding(
                quote.attribution or quote,
                message=f'quotation attributed to "{speaker}", not to a named person',
                evidence=[f'"{excerpt(quote.text, width=50)}"'],
            )
            continue
        key = name_key(speaker)
        if key in seen:
            continue
        seen.add(key)
        if (
            quote.title is None
            and len(speaker.split()) >= 2
            and not _OFFICE_TITLE.match(speaker)
            and not _introduced(release, speaker, quote)
        ):
            yield ctx.finding(
                quote.attribution or quote,
                message=f"{speaker} is quoted without a title or affiliation",
                evidence=[
                    f'first quotation: "{excerpt(quote.text, width=50)}"; the release gives no '
                    f"title or affiliation next to {speaker.split()[-1]} anywhere"
                ],
            )
        if approved and key not in approved and _speaks_for_issuer(quote, issuer_names_):
            yield ctx.finding(
                quote.attribution or quote,
                message=f"{speaker} is not one of the issuer's approved spokespeople",
                evidence=[
                    "issuer profile spokespeople: "
                    + ", ".join(p.name for p in ctx.issuer.spokespeople)
                ],
            )


def _is_cited(release: Release, quote: Quote) -> bool:
    start = quote.span.text_start
    before = release.text[max(0, start - 40) : start - 1]
    if _CITED.search(before):
        return True
    opening = release.text[start - 1 : start]
    return release.text[max(0, start - 2) : start - 1] == "(" and opening in '“"'


_SPEECH = (
    rf"(?:{SPEECH_VERBS}|according to|wrote|writes|tweeted|posted|asked|replied|quoted|"
    r"highlights?|highlighted|emphasi[sz]es|remarks|remarked|commends|commended|praised|"
    r"reflects|reflected|recalls|recalled|observes|concludes|underscored|underscores|"
    r"acknowledged|confirmed|reiterated|welcomed|summari[sz]ed|describes|described|"
    r"says|adds|shares|explains|notes|comments|states|continues)"
)
_VERB_INSIDE = lazy_compile(
    rf"[”\"]\s*,?\s*{_SPEECH}\b|[,.!?]\s*[”\"]\s*(?:[A-Z][\w.’'-]*,?\s+){{1,6}}{_SPEECH}\b"
    rf"|,\s+{_SPEECH}\s+[A-Z][a-z]+\s+[A-Z]"
)
_VERB_AFTER = lazy_compile(
    rf"^[\s,.!?”\"–—-]*(?:{_SPEECH}\b|(?:(?:[A-Z][\w.’'-]*|the|of|and|&),?\s+){{1,10}}"
    rf"{_SPEECH}\b)|^[\s,.!?”\"]*[—–-]+\s*(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+)?[A-Z][a-z]+"
)
_VERB_BEFORE = lazy_compile(rf"\b{_SPEECH}\b", re.IGNORECASE)
_INTRODUCED_BY_COLON = lazy_compile(r":\s*$")
_DASH_LINE = lazy_compile(r"^\s*[—–-]+\s*(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+)?[A-Z][a-z]+")


def _attributed_nearby(release: Release, quote: Quote) -> bool:
    """Whether the quotation is attributed although the quotation reader found no speaker:
    "Name, Title, commented:" (also in the paragraph before), a speech verb earlier in the
    paragraph (a quotation continued after its attribution), "— Name, Title" after it (also
    as the next paragraph), or mixed straight and curly quotation marks."""
    body = release.body
    paragraph = body[quote.paragraph] if quote.paragraph < len(body) else None
    if paragraph is None:
        return False
    base = paragraph.span.text_start
    start, end = quote.span.text_start - base, quote.span.text_end - base
    if _VERB_INSIDE.search(quote.text):
        return True
    if _VERB_AFTER.match(paragraph.text[end : end + 200]):
        return True
    before = paragraph.text[max(0, start - 250) : max(0, start - 1)]
    if _VERB_BEFORE.search(before) or _INTRODUCED_BY_COLON.search(before):
        return True
    if start <= 1 and quote.paragraph > 0:
        previous = body[quote.paragraph - 1].text.rstrip()
        if _INTRODUCED_BY_COLON.search(previous[-160:]):
            return True
    if quote.paragraph + 1 >= len(body):
        return False
    following = body[quote.paragraph + 1].text
    if _DASH_LINE.match(following):
        return True
    return not paragraph.text[end:].strip(' ,.!?”"’') and _name_line(release, following)


#: "Jane Doe, Chief Executive Officer of Acme" or "Jane Doe." opening the paragraph after a
#: quotation: an attribution line whose dash the layout dropped.
_NAME_LINE = lazy_compile(
    r"^\s*(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?"
    r"(?:\s+[A-Z][A-Za-z’'-]+){1,2})\s*(?P<sep>[,.])"
)


def _name_line(release: Release, text: str) -> bool:
    """Whether ``text`` opens with a speaker's name that attributes the quotation before
    it: with a title after a comma, or a bare name followed by a full stop when the person is
    named elsewhere in the release."""
    match = _NAME_LINE.match(text)
    if match is None:
        return False
    if match.group("sep") == ",":
        return bool(_TITLE_NEAR.search(text[match.end() : match.end() + 80]))
    surname = match.group("name").split()[-1]
    return len(release_pattern(rf"\b{re.escape(surname)}\b").findall(release.text)) >= 2


_ANONYMOUS_WHO = (
    r"(?:an?|the)\s+(?:company\s+|corporate\s+)?(?:spokes(?:person|man|woman)|representative|"
    r"official|source|insider|person familiar with [\w\s]{1,30})"
)
_ANONYMOUS_AFTER = lazy_compile(
    rf"^[\s,.!?”\"–—-]*(?:{_SPEECH}\s+(?P<a>{_ANONYMOUS_WHO})|(?P<b>{_ANONYMOUS_WHO})\s+{_SPEECH})",
    re.IGNORECASE,
)
_ANONYMOUS_BEFORE = lazy_compile(
    rf"(?P<who>{_ANONYMOUS_WHO})(?:\s+for\s+[\w\s-]{{1,40}})?,?\s+{_SPEECH}\b[^.“”\"]{{0,30}}$",
    re.IGNORECASE,
)


def _anonymous_attribution(release: Release, quote: Quote) -> str | None:
    """ "... ," said a company spokesperson: the anonymous speaker, or ``None``."""
    body = release.body
    if quote.paragraph >= len(body):
        return None
    paragraph = body[quote.paragraph]
    base = paragraph.span.text_start
    start, end = quote.span.text_start - base, quote.span.text_end - base
    after = _ANONYMOUS_AFTER.match(paragraph.text[end : end + 120])
    if after:
        return (after.group("a") or after.group("b")).strip()
    before = _ANONYMOUS_BEFORE.search(paragraph.text[max(0, start - 120) : max(0, start - 1)])
    return before.group("who").strip() if before else None


def _not_a_statement(quote: Quote) -> bool:
    """Quoted text that is not somebody's statement: a title in title case, a list of quoted
    terms ("NEHC" and "NEHCW"), or a fragment that starts in lowercase or punctuation."""
    text = quote.text.strip()
    closer = re.search(r"[”\"]", text)
    if closer and text[closer.end() :].strip():
        # Mixed quotation marks ran the quotation on: judge the part before the closer.
        text = text[: closer.start()].strip()
        if len(text.split()) < 5:
            return True
    if not text or not (text[0].isupper() or text[0].isdigit()):
        return True
    if re.search(r"[”\"]\s*(?:,|and|or)\s*[“\"]", text):
        return True
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


_TITLE_NEAR = lazy_compile(
    r"\b(?:chief|president|founder|co-founder|chair(?:man|woman|person)?|director|officer|"
    r"vice|manager|head|partner|executive|editor|editor-in-chief|lead|leader|principal|"
    r"professor|analyst|spokes(?:person|man|woman)|owner|member|CEO|CFO|COO|CTO|CMO|CIO|"
    r"CSO|CCO|SVP|EVP|VP|GM|MD|Ph\.?D|M\.?D|senior|associate|advisor|adviser|scientist|"
    r"engineer|physician|investigator|coordinator|specialist|superintendent|mayor|governor|"
    r"secretary|treasurer|counsel|trustee|board|team|of\s+[A-Z]|at\s+[A-Z])\b",
    re.IGNORECASE,
)


def _introduced(release: Release, speaker: str, quote: Quote) -> bool:
    """Whether the release gives the speaker a title or affiliation anywhere: in the
    attribution itself, or next to the speaker's surname elsewhere (headline included)."""
    if quote.attribution is not None:
        rest = quote.attribution.text.replace(speaker, " ")
        rest = re.sub(rf"\b(?:{SPEECH_VERBS}|Mr|Ms|Mrs|Dr|the|a|an)\b\.?", " ", rest, flags=re.I)
        if len(re.findall(r"[A-Za-z]{2,}", rest)) >= 1:
            return True
    surname = re.sub(r"[^\w’'-]", "", speaker.split()[-1])
    if len(surname) < 2:
        return True
    pattern = release_pattern(rf"\b{re.escape(surname)}\b")
    attribution = quote.attribution.span if quote.attribution is not None else None
    for match in pattern.finditer(release.text):
        if match.start() > quote.span.text_end + 300:
            break  # a title given only further down is not given at first mention
        if attribution and attribution.text_start <= match.start() < attribution.text_end:
            continue
        window = release.text[max(0, match.start() - 90) : match.end() + 90]
        if _TITLE_NEAR.search(window):
            return True
        if _DESCRIBED_BEFORE.search(release.text[max(0, match.start() - 60) : match.start()]):
            return True
    return False


#: "filmmaker Yi Zhou", "mining entrepreneur Paul Matysek": a role noun before the name.
_DESCRIBED_BEFORE = lazy_compile(
    r"\b[a-z]{3,}(?:er|or|ist|ant|ent|ee|ian|eur|ive)\s+(?:[A-Z][\w.’'-]*\s+){0,2}$"
)


def _speaks_for_issuer(quote: Quote, names: list[str]) -> bool:
    if not quote.organisation:
        return False
    return any(same_company(quote.organisation, n) for n in names)


# -- FMT008 times, zones, event logistics ----------------------------------------------------------

TIME = re.compile(
    r"\b(?P<time>(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?(?:a\.m\.?|p\.m\.?|am\b|pm\b|AM\b|PM\b|A\.M\.?|"
    r"P\.M\.?)|(?<=at )(?:[01]?\d|2[0-3]):[0-5]\d(?!\s?(?:a\.m|p\.m|am|pm|AM|PM))|noon\b|"
    r"midnight\b)"
)
ZONE = lazy_compile(
    r"\b(?:[ECMP][SD]?T|A[KD]?[SD]?T|H[SD]T|HST|GMT|UTC|BST|CES?T|EES?T|WES?T|IST|JST|KST|HKT|"
    r"SGT|AE[SD]T|AWST|NZ[SD]T|MSK|SAST|ART|BRT|(?:U\.S\. )?(?:Eastern|Central|Mountain|"
    r"Pacific|Atlantic|Hawaii|Alaska)(?: (?:Standard|Daylight|Prevailing))?(?: Time)?|"
    r"local time|Greenwich|Coordinated Universal|[A-Z][a-z]+ (?:Standard |Daylight |)time|"
    r"(?:New York|London|Toronto|Vancouver|Hong Kong|Singapore|Beijing|Tokyo|Sydney|Paris|"
    r"Zurich|Frankfurt|Tel Aviv|Dubai)(?: local)? time)\b",
)
_ALL_TIMES = re.compile(
    r"\ball times?\b[^.]{0,40}\b(?:are|in|listed|shown|refer)\b[^.]{0,40}?"
    + r"(?:"
    + ZONE.pattern
    + r")",
    re.IGNORECASE,
)
_REMOTE = lazy_compile(
    r"\b(?:conference call|earnings call|investor call|call\b|webcast|web cast|webinar|"
    r"live ?stream|livestream|teleconference|virtual(?:ly)?|online|dial[- ]in|broadcast|"
    r"fireside chat|podcast|Zoom|Microsoft Teams|X Spaces|Twitter Spaces|market (?:open|close)s?|"
    r"(?:before|after) (?:the )?(?:market|trading)|trading (?:day|session|hours)|expire[sd]?|"
    r"expiration|deadline|tender offer)\b",
    re.IGNORECASE,
)
_STANDARD_ZONE = lazy_compile(r"\b(?P<zone>[ECMP])(?P<kind>[SD])T\b")
_EVENT = re.compile(
    r"\b(?:will|to|plans? to|intends? to)\s+(?:host|hold|conduct|webcast|broadcast)\b[^.]{0,80}?"
    r"\b(?:conference call|earnings call|investor call|call|webcast|webinar|teleconference|"
    r"fireside chat|investor (?:day|event|presentation)|live (?:video )?(?:stream|broadcast))\b",
    re.IGNORECASE,
)
_ACCESS = lazy_compile(
    r"\b(?:dial(?:-| |ing )?in|dial|toll[- ]free|passcode|conference id|access code|participant|"
    r"register|registration|webcast link|link|https?://|www\.|\.com/|investors?\.[a-z0-9-]+\.|"
    r"ir\.[a-z0-9-]+\.|(?:investor relations|investors) (?:section|page|website|tab)|"
    r"(?:company|company's|our) website|events? (?:section|page)|replay)\b",
    re.IGNORECASE,
)


def us_daylight_time(day: dt.date) -> bool:
    """Whether U.S. daylight saving time is in force on ``day`` (second Sunday of March to
    first Sunday of November, the rule since 2007)."""
    march = dt.date(day.year, 3, 8)
    start = march + dt.timedelta(days=(6 - march.weekday()) % 7)
    november = dt.date(day.year, 11, 1)
    end = november + dt.timedelta(days=(6 - november.weekday()) % 7)
    return start <= day < end


_DATE_IN_TEXT = lazy_compile(
    rf"\b(?P<month>{MONTH_NAME})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+"
    r"(?P<year>(?:19|20)\d\d))?"
)


def _dates_in(text: str, anchor: dt.date | None) -> list[dt.date]:
    found: list[dt.date] = []
    for match in _DATE_IN_TEXT.finditer(text):
        month = MONTHS.get(match.group("month").lower().rstrip("."))
        if month is None:
            continue
        day = int(match.group("day"))
        if match.group("year"):
            parsed = parse_date(f"{match.group('month')} {day}, {match.group('year')}")
            if parsed:
                found.append(parsed)
        else:
            inferred = infer_year(month, day, anchor)
            if inferred:
                found.append(inferred)
    return found


@rule(
    code="FMT008",
    name="times-and-event-logistics",
    family="conventions",
    severity="warning",
    summary="Times without a time zone, standard/daylight zone mix-ups, and calls or webcasts "
    "announced without dial-in or webcast details",
    citation=(
        "Business Wire and Marketwired editorial guidance (time zones; EST/EDT mix-ups, prefer "
        '"ET"); Regulation FD (17 CFR 243.100-103) practice for open, announced calls'
    ),
    examples=(
        (
            "The company will host a conference call at 4:30 p.m. EST on July 15.",
            "The company will host a conference call at 4:30 p.m. ET on July 15; dial "
            "1-800-555-0100 or join the webcast at ir.acme.com.",
        ),
    ),
)
def times_and_event_logistics(ctx: RuleContext) -> Iterator[Finding]:
    """An earnings call at "4:30 p.m." reaches investors in several time zones; without a
    zone, some of them miss it. "EST" in July names a zone nobody is in (the East Coast is
    on EDT): write "ET". A call or webcast announced without a dial-in number, webcast link
    or registration details is not open to investors in the sense Regulation FD practice
    relies on (a broadly accessible, announced call).

    Times are checked only where a zone matters to a remote reader: in sentences about a
    call, webcast, webinar, livestream, market hours or a deadline. A bakery opening at
    8 a.m. is in its own town's time. "All times are Eastern" anywhere covers the release.
    """
    release = ctx.release
    facts = ctx.facts
    anchor = release.own_date()
    anchor_date = anchor[0] if anchor else None
    covered = bool(search_from(_ALL_TIMES, release.text, facts.folded))
    paragraphs: dict[int, str] = {}
    # a sentence without one of the words every time holds ("a.m", "pm", "noon", ":" ...)
    # is not scanned: ``TIME`` opens with ``\b``, so ``re`` tries it at every character
    folded = facts.folded_sentences
    for index, sentence in enumerate(facts.sentences):
        if sentence.section in ("contacts", "footer", "forward_looking"):
            continue
        if not may_match(TIME, folded[index]):
            continue
        paragraph_text = paragraphs.setdefault(
            sentence.paragraph.span.text_start, sentence.paragraph.text
        )
        for match in TIME.finditer(sentence.text):
            start = sentence.start + match.start()
            end = sentence.start + match.end()
            after = sentence.text[match.end() : match.end() + 70]
            zone = ZONE.search(after[:45]) or (
                ZONE.search(after) if re.match(r"^\s*(?:to|-|–|until|and)\s", after) else None
            )
            if zone is None:
                zone = ZONE.search(sentence.text[max(0, match.start() - 12) : match.start()])
            if zone is None:
                if covered or not _REMOTE.search(paragraph_text):
                    continue
                yield ctx.finding(
                    start,
                    end,
                    f'the time "{match.group()}" has no time zone',
                    evidence=[
                        "the sentence concerns a call, webcast, market hours or a deadline: "
                        f'"{excerpt(sentence.text, width=70)}"'
                    ],
                )
                continue
            yield from _zone_season(ctx, sentence.text, sentence.start, zone, anchor_date)
    yield from _event_logistics(ctx)


def _zone_season(
    ctx: RuleContext,
    sentence: str,
    base: int,
    zone: re.Match[str],
    anchor: dt.date | None,
) -> Iterator[Finding]:
    match = _STANDARD_ZONE.fullmatch(zone.group())
    if match is None:
        return
    dates = _dates_in(sentence, anchor) or ([anchor] if anchor else [])
    if not dates:
        return
    day = dates[0]
    daylight = us_daylight_time(day)
    kind = match.group("kind")
    if (kind == "S") == (not daylight):
        return
    region = match.group("zone")
    right = f"{region}{'D' if daylight else 'S'}T"
    source = "the date in the sentence" if _dates_in(sentence, anchor) else "the release date"
    start = base + sentence.find(zone.group(), 0)
    yield ctx.finding(
        start,
        start + len(zone.group()),
        f'"{zone.group()}" on {day:%B} {day.day}, {day.year}: '
        f"{'daylight' if daylight else 'standard'} time is in force ({right}); write "
        f'"{region}T"',
        evidence=[
            f"{day.isoformat()} ({source}) is "
            f"{'inside' if daylight else 'outside'} U.S. daylight saving time "
            "(second Sunday of March to first Sunday of November)"
        ],
    )


def _event_logistics(ctx: RuleContext) -> Iterator[Finding]:
    release = ctx.release
    text_parts = [
        p
        for p in release.paragraphs()
        if release.section_at(p.span.text_start) not in ("contacts", "footer", "forward_looking")
    ]
    announcement = None
    for paragraph in text_parts:
        # searched only in a paragraph holding one of its required words ("host", ...)
        match = _EVENT.search(paragraph.text) if may_match(_EVENT, fold(paragraph.text)) else None
        if match:
            announcement = (paragraph, match)
            break
    if announcement is None:
        return
    paragraph, match = announcement
    body_text = " ".join(
        p.text for p in text_parts if release.section_at(p.span.text_start) != "about"
    )
    phones = [t for t in ctx.facts.phones if t.section not in ("contacts", "footer", "about")]
    has_access = bool(phones) or bool(_ACCESS.search(body_text))
    has_time = bool(TIME.search(body_text))
    missing = []
    if not has_access:
        missing.append("no dial-in number, webcast link or registration details")
    if not has_time:
        missing.append("no time")
    if not missing:
        return
    start = paragraph.span.text_start + match.start()
    yield ctx.finding(
        start,
        paragraph.span.text_start + match.end(),
        f'"{excerpt(match.group(), width=50)}" is announced with ' + " and ".join(missing),
        evidence=[
            "looked for a phone number or dial-in, a link or registration, and a time outside "
            "the contacts and legend"
        ],
    )


RULES: list[Rule] = [
    headline,
    dateline_and_dates,
    ticker_and_exchange,
    about_section,
    end_mark_and_order,
    quote_attribution,
    times_and_event_logistics,
]
