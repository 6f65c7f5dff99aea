"""Ticker mentions: "(OTCQB: ASTI)", "(Nasdaq: BCTX, BCTXZ) (TSX: BCT)", "NYSE: MUX".

Releases name the issuer's listing in a parenthetical after its name at first mention; a few
(headlines of syndicated articles) drop the parentheses. Each "VENUE: SYMBOL[, SYMBOL]"
becomes one ``TickerMention`` with the venue normalised ("TSX.V" and "TSX-V" are TSXV,
"OTC PINKS" is OTC Pink), so that rules compare listings rather than spellings: FMT003 checks
them against each other and the issuer profile, the FLS rules read ``is_otc`` as penny-stock
evidence.

The venues are data (``rules/data/fmt_venues.toml``), read once. A parenthetical whose label
is no known venue is still returned (``known`` is false) when it reads like a listing, so that
"(NASDQ: ACME)" is reported rather than ignored; identifiers such as "(ISIN: ...)" are not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from disclint.lazyre import lazy_compile
from disclint.ruledata import load_rule_data

if TYPE_CHECKING:
    from disclint.model import Release, SectionKind

__all__ = [
    "TickerMention",
    "Venue",
    "VenueTable",
    "find_tickers",
    "find_tickers_in_text",
    "load_venues",
    "normalise_venue",
]

#: A symbol: "ASTI", "BRK.B", "RCI-B", "GDT0" (Frankfurt codes carry digits).
_SYMBOL = r"[A-Z][A-Z0-9]{0,5}(?:[.\-][A-Z0-9]{1,3})?(?![\w:’'])(?!\s*:)"
_SYMBOLS = lazy_compile(rf"{_SYMBOL}(?:\s*(?:,|;|/|&|\band\b)\s*{_SYMBOL})*")
_SEGMENT = re.compile(
    r"(?P<venue>[A-Za-z][A-Za-z0-9.,&'’\- ]{0,45}?)\s*(?P<sep>:|\s[-–—]\s)\s*(?P<symbols>"
    + _SYMBOLS.pattern
    + ")"
)
_PARENTHETICAL = re.compile(r"\(([^()\n]{2,200})\)")
_SEPARATOR = re.compile(r"[\s,;]*")
_GROUP_GAP = lazy_compile(r"^\s*(?:,|;|and|&)?\s*$")
_VENUE_SPLIT = lazy_compile(r"(?:(?<!\s)\s+|(?!\s))(?:,|&|\band\b)\s*")
#: An unknown label still reads as a venue if it is an all-capitals code ("NASDQ").
_CODE_LIKE = lazy_compile(r"^[A-Z][A-Z0-9]{1,9}(?: [A-Z][A-Z0-9]{1,9}){0,2}$")


def normalise_venue(text: str) -> str:
    """The matching key of a venue spelling: case, spaces, dots and hyphens ignored."""
    return re.sub(r"[\s.\-_]+", "", text).casefold()


@dataclass(frozen=True, slots=True)
class Venue:
    """A listing venue: canonical name, market group and what kind of venue it is."""

    name: str
    market: str
    otc: bool = False
    generic: bool = False
    retired: bool = False
    bare: bool = False


@dataclass(frozen=True)
class VenueTable:
    """The venues a run knows: by canonical name, by normalised alias, and as written."""

    venues: Mapping[str, Venue]
    aliases: Mapping[str, str]
    spellings: tuple[tuple[str, str], ...] = ()
    not_venues: frozenset[str] = frozenset()
    _bare: list[tuple[re.Pattern[str], re.Pattern[str], int]] = field(
        default_factory=list, compare=False, repr=False
    )

    def lookup(self, text: str) -> Venue | None:
        """The venue a spelling stands for, or ``None``."""
        name = self.aliases.get(normalise_venue(text))
        return self.venues[name] if name is not None else None

    def is_identifier_label(self, text: str) -> bool:
        """ "ISIN", "WKN", "Ticker": labels of identifiers, never venues."""
        return normalise_venue(text) in self.not_venues

    def closest(self, text: str) -> str | None:
        """The canonical venue a misspelling most likely meant ("NASDQ" -> "Nasdaq")."""
        import difflib  # only for a venue name no table knows

        key = normalise_venue(text)
        match = difflib.get_close_matches(key, list(self.aliases), n=1, cutoff=0.75)
        return self.aliases[match[0]] if match else None

    def extended(self, extra: Mapping[str, Iterable[str]]) -> VenueTable:
        """A table with more venues: ``{"Canonical": ["alias", ...]}`` (from a rule option).

        A name that is already a venue gains the aliases; a new name is a venue of its own
        market, neither OTC nor recognised without parentheses."""
        if not extra:
            return self
        venues = dict(self.venues)
        aliases = dict(self.aliases)
        spellings = list(self.spellings)
        for name, more in extra.items():
            canonical = self.aliases.get(normalise_venue(name), name)
            if canonical not in venues:
                venues[canonical] = Venue(name=canonical, market=f"custom:{canonical}")
            for spelling in (name, *more):
                aliases[normalise_venue(spelling)] = canonical
                spellings.append((spelling, canonical))
        return VenueTable(venues, aliases, tuple(spellings), self.not_venues)

    @property
    def bare_pattern(self) -> re.Pattern[str]:
        """Spellings of the venues recognised without parentheses, longest first."""
        return self._bare_patterns()[0]

    def _bare_patterns(self) -> tuple[re.Pattern[str], re.Pattern[str], int]:
        """``bare_pattern``; the same spellings ending where the text is searched to
        (``bare_matches``); and the most words a spelling has."""
        if not self._bare:
            written = sorted(
                {
                    alias
                    for alias, name in self.spellings
                    if self.venues[name].bare and len(normalise_venue(alias)) >= 3
                },
                # longest first; equal lengths in a fixed order, so that the pattern's text
                # (the compiled-pattern cache's key) is the same in every process
                key=lambda spelling: (-len(spelling), spelling),
            )
            alternation = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in written)
            opening = r"(?<![\w(:/.@-])"
            self._bare.append(
                (
                    re.compile(rf"{opening}(?:{alternation})(?=\s*:)", re.IGNORECASE),
                    re.compile(rf"{opening}(?:{alternation})\Z", re.IGNORECASE),
                    # a spelling that could hold a colon or end in white space (a rule
                    # option's) breaks the reasoning of ``bare_matches``: 0, search it all
                    0
                    if any(":" in s or s != s.strip() for s in written)
                    else max((len(s.split()) for s in written), default=1),
                )
            )
        return self._bare[0]

    def bare_matches(self, text: str) -> list[re.Match[str]]:
        """The matches of ``bare_pattern.finditer(text)`` (the same spans), looked for only
        before each colon: every match is a spelling followed by white space and a colon,
        so it ends where the white space before a colon starts, and (its words being
        separated by white space, and none holding a colon or white space) it starts at most
        as many runs of non-space characters back as the longest spelling has words. So a
        text is searched a few words before each colon instead of at every position with
        a case-insensitive alternation (a release's costliest whole-text scan)."""
        pattern, ending, words = self._bare_patterns()
        if not words:
            return list(pattern.finditer(text))
        found: list[re.Match[str]] = []
        scanned = 0  # where finditer would search from: the end of the last match
        colon = text.find(":")
        while colon != -1:
            end = colon
            while end > scanned and text[end - 1].isspace():
                end -= 1
            start = end
            for _ in range(words):
                while start > scanned and not text[start - 1].isspace():
                    start -= 1
                if start == scanned:
                    break
                while start > scanned and text[start - 1].isspace():
                    start -= 1
            if end > start:
                match = ending.search(text, start, end)
                if match is not None:
                    found.append(match)
                    scanned = match.end()
            colon = text.find(":", colon + 1)
        return found


@lru_cache(maxsize=1)
def load_venues() -> VenueTable:
    """The built-in venue table (``rules/data/fmt_venues.toml``), read once per process."""
    data = load_rule_data("fmt_venues")
    venues: dict[str, Venue] = {}
    aliases: dict[str, str] = {}
    spellings: list[tuple[str, str]] = []
    for name, entry in data.get("venues", {}).items():
        venues[name] = Venue(
            name=name,
            market=str(entry.get("market", name)),
            otc=bool(entry.get("otc", False)),
            generic=bool(entry.get("generic", False)),
            retired=bool(entry.get("retired", False)),
            bare=bool(entry.get("bare", False)),
        )
        for alias in (name, *entry.get("aliases", [])):
            aliases[normalise_venue(alias)] = name
            spellings.append((alias, name))
    labels = data.get("not_venues", {}).get("labels", [])
    return VenueTable(
        venues, aliases, tuple(spellings), frozenset(normalise_venue(str(x)) for x in labels)
    )


@dataclass(frozen=True, slots=True)
class TickerMention:
    """One "VENUE: SYMBOL[, SYMBOL]" as written, with the venue normalised.

    ``start``/``end`` are offsets into ``Release.text`` of the venue-and-symbols text (the
    parentheses excluded); ``group`` numbers the mentions written together ("(TSXV: AGX)
    (OTCQB: AGXPF)" is one group of two). ``venue`` is the canonical name for a known venue
    and the spelling as written otherwise (``known`` false).
    """

    start: int
    end: int
    text: str
    venue: str
    venue_text: str
    symbols: tuple[str, ...]
    known: bool
    market: str | None
    group: int
    parenthesised: bool
    section: SectionKind | None = None
    well_formed: bool = True
    otc: bool = False
    generic: bool = False
    retired: bool = False

    @property
    def is_otc(self) -> bool:
        """Quoted on an OTC Markets tier (OTCQX, OTCQB, OTCID, OTC Pink or plain "OTC")."""
        return self.otc

    @property
    def symbol(self) -> str:
        """The first (primary) symbol: "BCTX" of "(Nasdaq: BCTX, BCTXZ)"."""
        return self.symbols[0]


def find_tickers(release: Release, venues: VenueTable | None = None) -> list[TickerMention]:
    """Every ticker mention in the release, in document order, with its section."""
    found = find_tickers_in_text(release.text, venues)
    return [
        TickerMention(
            start=m.start,
            end=m.end,
            text=m.text,
            venue=m.venue,
            venue_text=m.venue_text,
            symbols=m.symbols,
            known=m.known,
            market=m.market,
            group=m.group,
            parenthesised=m.parenthesised,
            section=release.section_at(m.start),
            well_formed=m.well_formed,
            otc=m.otc,
            generic=m.generic,
            retired=m.retired,
        )
        for m in found
    ]


def find_tickers_in_text(text: str, venues: VenueTable | None = None) -> list[TickerMention]:
    """Ticker mentions in plain text (no sections): parentheticals, then bare mentions."""
    table = venues or load_venues()
    mentions: list[TickerMention] = []
    taken: list[tuple[int, int]] = []
    group = -1
    previous_end = -1
    for paren in _PARENTHETICAL.finditer(text):
        inner_start, inner_end = paren.start(1), paren.end(1)
        found = _segments(text, inner_start, inner_end, table, parenthesised=True)
        if not found:
            continue
        if previous_end < 0 or not _GROUP_GAP.match(text[previous_end : paren.start()]):
            group += 1
        previous_end = paren.end()
        for mention in found:
            mentions.append(_with_group(mention, group))
        taken.append((paren.start(), paren.end()))
    for bare in table.bare_matches(text):
        if any(a <= bare.start() < b for a, b in taken):
            continue
        end = _line_end(text, bare.start())
        found = [
            m for m in _segments(text, bare.start(), end, table, parenthesised=False) if m.known
        ]
        if not found:
            continue
        group += 1
        for mention in found:
            mentions.append(_with_group(mention, group))
        taken.append((found[0].start, found[-1].end))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _line_end(text: str, start: int) -> int:
    newline = text.find("\n", start)
    return len(text) if newline == -1 else newline


def _segments(
    text: str, start: int, end: int, table: VenueTable, *, parenthesised: bool
) -> list[TickerMention]:
    """The "VENUE: SYMBOLS" segments from ``start``, one after another, until one fails."""
    found: list[TickerMention] = []
    position = start
    while position < end:
        separator = _SEPARATOR.match(text, position, end)
        position = separator.end() if separator else position
        match = _SEGMENT.match(text, position, end)
        if match is None:
            break
        venue_text = match.group("venue").strip()
        if match.group("sep") != ":" and not parenthesised:
            break  # "NYSE - XYZ" outside parentheses is prose, not a listing
        symbols = tuple(
            s
            for s in re.split(
                r"(?:(?<!\s)\s+|(?!\s))(?:,|;|/|&|\band\b)\s*", match.group("symbols")
            )
            if s
        )
        venues = _venues_of(venue_text, table)
        if venues is None:
            if (
                not parenthesised
                or match.group("sep") != ":"
                or not _reads_like_venue(venue_text, table)
            ):
                break
            found.append(_mention(match, venue_text, None, symbols, parenthesised))
        else:
            for venue in venues:
                found.append(_mention(match, venue_text, venue, symbols, parenthesised))
        position = match.end()
    if parenthesised and found and any(not m.known for m in found):
        # An unknown label counts only when the whole parenthetical is listings.
        rest = text[position:end].strip(" ,;")
        if rest:
            return [m for m in found if m.known]
    return found


def _venues_of(venue_text: str, table: VenueTable) -> list[Venue] | None:
    """The venue(s) a label names: one, or several joined ("Nasdaq and TASE")."""
    venue = table.lookup(venue_text)
    if venue is not None:
        return [venue]
    parts = [p for p in _VENUE_SPLIT.split(venue_text) if p]
    if len(parts) > 1:
        looked_up = [table.lookup(p) for p in parts]
        if all(v is not None for v in looked_up):
            return [v for v in looked_up if v is not None]
    return None


def _reads_like_venue(venue_text: str, table: VenueTable) -> bool:
    if table.is_identifier_label(venue_text):
        return False
    return bool(_CODE_LIKE.match(venue_text)) or table.closest(venue_text) is not None


def _mention(
    match: re.Match[str],
    venue_text: str,
    venue: Venue | None,
    symbols: tuple[str, ...],
    parenthesised: bool,
) -> TickerMention:
    return TickerMention(
        start=match.start("venue"),
        end=match.end("symbols"),
        text=match.group(0).strip(),
        venue=venue.name if venue else venue_text,
        venue_text=venue_text,
        symbols=symbols,
        known=venue is not None,
        market=venue.market if venue else None,
        group=-1,
        parenthesised=parenthesised,
        well_formed=match.group("sep") == ":",
        otc=venue.otc if venue else False,
        generic=venue.generic if venue else False,
        retired=venue.retired if venue else False,
    )


def _with_group(mention: TickerMention, group: int) -> TickerMention:
    from dataclasses import replace

    return replace(mention, group=group)
