"""Typed quantities in a release: what each number is, where it is, and how exact it is.

The arithmetic rules (NUM) never look at raw text: they read ``Facts.quantities``, a list
of ``Quantity`` in document order, and relate them (``rules/arithmetic/claims.py``). This
module is the one place that decides what a written number means:

* its **kind** (money, share count, percentage, percentage points, multiple, split ratio,
  date, period) and its value in base units as a ``Decimal`` (dollars, shares, percent,
  points; "$1.2 million" is ``Decimal("1200000")``, "50 basis points" is ``0.50`` points);
* its **tolerance**: the ``Interval`` its writing allows. A figure stands for every value
  that rounds to it at its last written digit (``7.9%`` is 7.85..7.95; ``$1.2 million`` is
  1.15..1.25 million; ``250,000,000`` written in full is exact to the share). Qualifiers
  widen the interval or make it one-sided (``about``, ``over``, ``at least``, ``nearly``,
  ``up to``; see ``Qualifier``). Rules report a mismatch only when the interval a claim
  allows and the interval the arithmetic gives do not overlap: that is what keeps a linter
  from crying wolf over "$10.0 million" for 2,500,000 x $3.999;
* for share counts, the **class** ("common", "series k preferred") and whether they are
  shares *underlying* warrants or options, which are not shares issued;
* for money, the **currency** and whether it is an amount *per* share (or unit).

Public shape (other families may read it): ``Quantity``, ``Interval``, ``Kind``,
``Qualifier``, ``Cell``, ``extract_quantities(facts)`` (what ``Facts.quantities`` returns),
``quantities_in(text, ...)`` for a free-standing string, ``qualified_interval`` (the
tolerance policy), ``describe_interval``, ``parse_number_words``, ``format_decimal`` and
``INFINITY`` (the open end of a one-sided interval). Everything else is private.

Performance: a handful of regular expressions per sentence, each skipped when a cheap
test says it cannot match; about 1-2 ms for a typical release.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TYPE_CHECKING, Any

from disclint.dateline import MONTH_NAME, MONTHS
from disclint.lazyre import lazy_compile
from disclint.tables import TABLE_SCALE

if TYPE_CHECKING:
    from disclint.facts import Facts
    from disclint.model import Paragraph, SectionKind

__all__ = [
    "INFINITY",
    "Cell",
    "Interval",
    "Kind",
    "Qualifier",
    "Quantity",
    "describe_interval",
    "extract_quantities",
    "format_decimal",
    "parse_number_words",
    "period_key",
    "qualified_interval",
    "quantities_in",
]

INFINITY = Decimal("Infinity")
ZERO = Decimal(0)
ONE = Decimal(1)
HUNDRED = Decimal(100)

#: Relative slack an "about"/"approximately" figure gets at least (0.5%): "approximately
#: 250,000,000 shares" is not a claim to the share.
APPROXIMATE_FLOOR = Decimal("0.005")
#: How far below its figure a "nearly"/"almost" value may be (5%).
NEARLY_SPAN = Decimal("0.05")


class Kind(str, Enum):
    """What a quantity measures."""

    MONEY = "money"
    SHARES = "shares"  # a count of shares, units, ADSs or warrants (see ``security``)
    PERCENT = "percent"
    POINTS = "points"  # percentage points (basis points are converted: 50 bps = 0.50)
    MULTIPLE = "multiple"  # 8x, eight times, doubled
    RATIO = "ratio"  # 1-for-10
    DATE = "date"
    PERIOD = "period"  # third quarter of 2024, fiscal 2024, nine months ended ...


class Qualifier(str, Enum):
    """A hedge or bound written before (or after) a number, and what it does to it."""

    ABOUT = "about"  # about, approximately, roughly, around, ~: widened both ways
    OVER = "over"  # over, more than, in excess of, exceeding: a lower bound
    WELL_OVER = "well over"  # a lower bound, with emphasis
    AT_LEAST = "at least"  # at least, no less than, or more: a lower bound
    NEARLY = "nearly"  # nearly, almost, just under: a little below
    UNDER = "under"  # under, less than, fewer than: an upper bound
    UP_TO = "up to"  # up to, as much as, a maximum of: a cap, not an expectation


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval of Decimals; ``high`` may be ``Infinity`` (one-sided)."""

    low: Decimal
    high: Decimal

    @classmethod
    def exact(cls, value: Decimal) -> Interval:
        return cls(value, value)

    @classmethod
    def around(cls, value: Decimal, half_width: Decimal) -> Interval:
        return cls(value - half_width, value + half_width)

    def overlaps(self, other: Interval) -> bool:
        """Do the two intervals share a value? (The test every NUM rule makes.)"""
        return self.low <= other.high and other.low <= self.high

    def contains(self, value: Decimal) -> bool:
        return self.low <= value <= self.high

    @property
    def bounded(self) -> bool:
        return self.high != INFINITY and self.low != -INFINITY

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.low + other.low, self.high + other.high)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.low - other.high, self.high - other.low)

    def __mul__(self, other: Interval) -> Interval:
        products = [a * b for a in (self.low, self.high) for b in (other.low, other.high)]
        return Interval(min(products), max(products))

    def __truediv__(self, other: Interval) -> Interval:
        if other.low <= 0 <= other.high:
            return Interval(-INFINITY, INFINITY)
        quotients = [a / b for a in (self.low, self.high) for b in (other.low, other.high)]
        return Interval(min(quotients), max(quotients))

    def scaled(self, factor: Decimal) -> Interval:
        a, b = self.low * factor, self.high * factor
        return Interval(min(a, b), max(a, b))

    def shifted(self, amount: Decimal) -> Interval:
        return Interval(self.low + amount, self.high + amount)

    @property
    def middle(self) -> Decimal:
        if not self.bounded:
            return self.low if self.high == INFINITY else self.high
        return (self.low + self.high) / 2


@dataclass(frozen=True, slots=True)
class Cell:
    """Where a table quantity sits: the table's index among ``Release.tables``, its row and
    column, the row's label (first cell) and the column's header, if any."""

    table: int
    row: int
    column: int
    row_label: str
    column_label: str


@dataclass(frozen=True, slots=True)
class Quantity:
    """One number of the release with its meaning, location and tolerance.

    ``value`` is in base units (dollars, shares, percent, percentage points, a plain factor
    for multiples). ``interval`` is what the writing allows, qualifier included; ``ulp`` is
    the unit of the last written digit in base units (``$1.2 million`` -> 100,000).
    ``start``/``end`` index ``Release.text``; ``sentence`` indexes ``Facts.sentences``
    (``None`` for table cells) and ``block`` indexes ``list(Release.paragraphs())``.
    """

    kind: Kind
    value: Decimal
    interval: Interval
    start: int
    end: int
    text: str
    ulp: Decimal
    section: SectionKind | None = None
    sentence: int | None = None
    block: int | None = None
    qualifier: Qualifier | None = None
    qualifier_text: str | None = None
    currency: str | None = None  # "USD", "CAD", "EUR", ...; "$" written bare -> "USD"
    currency_written: str | None = None  # the symbol or code as written
    scale: Decimal = ONE  # 1, 1e3, 1e6, 1e9: the scale word or table unit
    per: str | None = None  # money per "share", "unit", "ads", "warrant", ...
    per_text: str | None = None  # "per diluted share", "per Unit", as written
    security: str | None = None  # share counts: "shares", "units", "ads", "warrants", ...
    share_class: str | None = None  # "common", "preferred", "series k preferred", ...
    instrument: str | None = None  # shares underlying a "warrant", "option", "convertible"
    negative: bool = False
    in_range: bool = False  # one end of "A to B" / "between A and B"
    ratio: tuple[Decimal, Decimal] | None = None  # RATIO: (new, old): 1-for-7.7 -> (1, 7.7)
    date: dt.date | None = None
    period: str | None = None  # PERIOD: a normalised key ("q3 2024", "fy 2024")
    words: str | None = None  # the number as spelled in words, where it was
    malformed: bool = False  # digit grouping no reader can trust ("$416,00")
    cell: Cell | None = None

    @property
    def exact(self) -> bool:
        """Written in full digits without qualifier: what it says, to the last digit."""
        return self.qualifier is None and self.scale == ONE and self.ulp <= ONE

    @property
    def bounded(self) -> bool:
        return self.interval.bounded

    def describe_interval(self) -> str:
        """The tolerance in words for evidence: "(exact)", "(7.85..7.95)", "(>= 60)"."""
        return describe_interval(self)


# -- number formats -------------------------------------------------------------------------

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"

_SCALE_WORDS = {
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "mm": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mil": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
}
#: Scale after a number: spelled out (with a space) or abbreviated (attached or spaced,
#: but never a lone "m"/"b" after a space: "5 m" is five metres).
#: The run before an optional hyphen belongs to it (``\s*(?:-\s*)?``, not ``\s*-?\s*``): two
#: runs side by side split a long run of white space after a number every way (quadratic).
_SCALE = (
    r"(?:\s*(?:-\s*)?(?P<scale>(?i:thousand|million|billion|trillion))\b"
    r"|\s?(?P<abbr>MM|mm|[Mm]n|[Bb]n|[Tt]n|mil)\b"
    r"|(?P<short>[MmBbKk])\b)"
)

_CURRENCY_PREFIX = (
    r"(?P<cur>US\s?\$|U\.S\.\s?\$|USD\s?\$?|C\s?\$|CA\$|CAD\s?\$?|CDN\s?\$?|Cdn\s?\$|"
    r"A\$|AU\$|AUD\s?\$?|NZ\$|HK\$|S\$|SGD\s?\$?|\$|€|EUR\s?€?|£|GBP\s?£?|¥|JPY\s?|"
    r"RMB\s?|CHF\s?|SEK\s?|NOK\s?|Rs\.?\s?|₹|INR\s?)"
)
_CURRENCY_CODES = {
    "US$": "USD",
    "U.S.$": "USD",
    "USD": "USD",
    "USD$": "USD",
    "$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "CAD": "CAD",
    "CAD$": "CAD",
    "CDN": "CAD",
    "CDN$": "CAD",
    "Cdn$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD": "AUD",
    "AUD$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "SGD": "SGD",
    "SGD$": "SGD",
    "€": "EUR",
    "EUR": "EUR",
    "EUR€": "EUR",
    "£": "GBP",
    "GBP": "GBP",
    "GBP£": "GBP",
    "¥": "JPY",
    "JPY": "JPY",
    "RMB": "CNY",
    "CHF": "CHF",
    "SEK": "SEK",
    "NOK": "NOK",
    "Rs": "INR",
    "Rs.": "INR",
    "₹": "INR",
    "INR": "INR",
}
_CURRENCY_SUFFIX = (
    r"\s+(?P<sufcur>dollars|U\.S\. dollars|US dollars|Canadian dollars|euros?|pounds sterling"
    r"|USD|CAD|EUR|GBP|AUD|CHF)\b"
)
_SUFFIX_CODES = {
    "dollars": "USD",
    "u.s. dollars": "USD",
    "us dollars": "USD",
    "canadian dollars": "CAD",
    "euro": "EUR",
    "euros": "EUR",
    "pounds sterling": "GBP",
    "usd": "USD",
    "cad": "CAD",
    "eur": "EUR",
    "gbp": "GBP",
    "aud": "AUD",
    "chf": "CHF",
}

_PER = re.compile(
    r"\s*(?:per|a|/|for each|each)\s+(?P<mods>(?:(?:new|common|ordinary|preferred|diluted|basic"
    r"|basic and diluted|fully diluted|class [a-z]|series [a-z0-9]+|subordinate voting"
    r"|pre-funded|accompanying|underlying|flow-through|hard-dollar|non-flow-through)\s+){0,3})"
    r"(?P<unit>shares?|units?|ADSs?|ADS|American Depositary Shares?|warrants?|rights?|notes?"
    r"|debentures?|preferred shares?|common shares?|ordinary shares?|subscription receipts?"
    r"|ounces?|oz|tonnes?|tons?|barrels?|boe|bbl|MWh|kWh|month|year|annum|quarter|hour|day"
    r"|employee|customer|user|subscriber|vehicle|unit sold|person|head|pound|lb|gallon)\b"
    # "$45.8 million a year earlier" is a year-ago figure, not a rate per year
    r"(?!\s+(?:earlier|ago|before|prior|previously)\b)",
    re.IGNORECASE,
)
_PER_NORMAL = {
    "share": "share",
    "shares": "share",
    "common share": "share",
    "common shares": "share",
    "ordinary share": "share",
    "ordinary shares": "share",
    "preferred share": "preferred share",
    "preferred shares": "preferred share",
    "unit": "unit",
    "units": "unit",
    "ads": "ads",
    "adss": "ads",
    "american depositary share": "ads",
    "american depositary shares": "ads",
    "warrant": "warrant",
    "warrants": "warrant",
    "subscription receipt": "unit",
    "subscription receipts": "unit",
}

_MONEY = re.compile(
    rf"(?<![\w$€£¥])(?P<minus>[-−–]\s?)?{_CURRENCY_PREFIX}\s?(?P<paren>\()?\s?"
    rf"(?P<num>{_DIGITS})(?![\d])(?(paren)\))(?:{_SCALE})?"
)
_MONEY_SUFFIX = re.compile(
    rf"(?<![\w.,$€£])(?P<num>{_DIGITS})(?:{_SCALE})?{_CURRENCY_SUFFIX}",
    re.IGNORECASE,
)
#: "(–0.28%)": an en dash right after a parenthesis is a minus sign (elsewhere it may
#: join a range, "5–10%").
_PERCENT = re.compile(
    rf"(?<![\w.,$€£])(?P<minus>(?:[-−]|(?<=\()–)\s?)?(?P<num>{_DIGITS})\s?"
    r"(?P<unit>%|percent\b|per cent\b|pct\b"
    r"|percentage[- ]points?\b|pp\b|ppts?\b|basis[- ]points?\b|bps\b|bp\b)",
    re.IGNORECASE,
)
_SHARE_MODIFIERS = (
    r"(?:(?:additional|new|newly[- ]issued|issued and outstanding|restricted|unrestricted"
    r"|unregistered|registered|primary|secondary"
    r"|common|ordinary|preferred|voting|non-voting|subordinate|subordinate voting|multiple voting"
    r"|class [a-z]|series [a-z0-9]+(?:-\d+)?|convertible|outstanding|issued|treasury"
    r"|free[- ]trading|weighted[- ]average|diluted|basic|equivalent"
    r"|exchangeable|redeemable|perpetual|cumulative|non-cumulative|flow-through|hard-dollar"
    r"|non-flow-through|founder|founders'|incentive|performance|consideration|bonus|existing"
    r"|underlying|such|of the|of its|of our|of|the|company|company['’]s|corporation['’]s|pre-split"
    r"|post-split"
    r"|post-consolidation|pre-consolidation|pre-funded|fully paid|ordinary voting)\s+){0,5}"
)
_SHARES = re.compile(
    rf"(?<![\w.,$€£/#-])(?P<num>{_DIGITS})(?![\d])(?:{_SCALE})?\s+{_SHARE_MODIFIERS}"
    # the issuer's name before the noun: "2,369,668 Tarrow shares", "500,000 Sonder Units"
    r"(?:(?-i:(?:[A-Z][\w&'’-]*\s+){1,3}(?=(?i:shares?|units?|warrants?)\b)))?"
    r"(?P<noun>shares?|stock|ADSs|ADS|American Depositary Shares|units?|warrants?"
    r"|pre-funded warrants?|prefunded warrants?|subscription receipts?|rights|options)\b",
    re.IGNORECASE,
)
_MULTIPLE = lazy_compile(
    r"(?<![\w.,$€£])(?P<num>\d+(?:\.\d+)?)\s?(?:x|X|×)(?![\w])"
    r"|(?<![\w.,$€£])(?P<num2>\d+(?:\.\d+)?)[- ]?(?:fold|times)\b",
)
_MULTIPLE_WORDS = lazy_compile(
    r"\b(?P<verb>doubled|doubling|doubles|tripled|tripling|triples|quadrupled|quadrupling"
    r"|quintupled|(?P<w>two|three|four|five|six|seven|eight|nine|ten)[- ]?fold"
    r"|(?P<w2>two|three|four|five|six|seven|eight|nine|ten|twenty) times)\b",
    re.IGNORECASE,
)
_MULTIPLE_VERBS = {
    "doubl": Decimal(2),
    "tripl": Decimal(3),
    "quadrupl": Decimal(4),
    "quintupl": Decimal(5),
}
_WORD_OR_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve"
    r"|fifteen|twenty|twenty-five|thirty|forty|fifty|hundred|one hundred)"
)
_RATIO = re.compile(
    rf"(?<![\w.])(?P<a>{_WORD_OR_DIGITS})(?:\s*\(\d+\))?[- ](?:for|to)[- ]"
    rf"(?P<b>{_WORD_OR_DIGITS})(?:\s*\(\d+\))?(?![\w.])",
    re.IGNORECASE,
)
_COLON_RATIO = re.compile(r"(?<![\w.:])(?P<a>\d+(?:,\d{3})*):(?P<b>\d+(?:,\d{3})*)(?![\w:])")

_MONTH = rf"{MONTH_NAME}\.?"
_DATE = re.compile(
    rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b"
    rf"|\b(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})\s+(?P<year2>\d{{4}})\b"
    r"|\b(?P<iso>\d{4}-\d{2}-\d{2})\b"
    r"|(?<![\w/.-])(?P<mm>\d{1,2})/(?P<dd>\d{1,2})/(?P<yy>\d{2}|\d{4})(?![\w/])"
)
_ORDINAL_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_PERIOD = lazy_compile(
    r"\b(?:(?P<ord>first|second|third|fourth)[- ]quarter(?:\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?"
    r"(?P<qyear>\d{4}))?"
    r"|(?:fiscal\s+)?Q(?P<qn>[1-4])\s*(?:fiscal\s+|FY\s?)?'?(?P<qyear2>\d{4}|\d{2})?"
    r"|(?:fiscal(?:\s+year)?|FY)\s?(?P<fyear>\d{4}|\d{2})"
    r"|(?P<months>three|six|nine|twelve|3|6|9|12)[- ]months?\s+ended\s+"
    rf"(?P<mend>{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)"
    rf"|(?:full[- ])?year\s+ended\s+(?P<yend>{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)"
    r"|(?:first|second)\s+half\s+(?:of\s+)?(?P<hyear>\d{4}))",
    re.IGNORECASE,
)

# -- number words ---------------------------------------------------------------------------

_UNITS_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS_WORDS = {
    w: 10 * (i + 2)
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
_SCALE_NUMBER_WORDS = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
_NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|thousand|million|billion)"
)
#: What ``_WORDS_THEN_DIGITS`` needs after its words: a scan for "(" (a fast one) before
#: the scan that tries the number words at every position.
_PAREN_DIGITS = re.compile(r"\(\s*\d")
_WORDS_THEN_DIGITS = re.compile(
    rf"\b(?P<words>{_NUMBER_WORD}(?:(?:[- ]|\s+and\s+){_NUMBER_WORD})*)\s*"
    rf"\(\s*(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+)\s*\)",
    re.IGNORECASE,
)


def parse_number_words(words: str) -> int | None:
    """The integer spelled by ``words`` ("two hundred fifty million" -> 250000000), or None.

    Handles the forms releases use for share counts and ratios; anything else is None, so
    a caller never compares against a misread number.
    """
    tokens = [t for t in re.split(r"[\s-]+", words.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    total = 0
    current = 0
    seen = False
    for token in tokens:
        if token in _UNITS_WORDS:
            current += _UNITS_WORDS[token]
        elif token in _TENS_WORDS:
            current += _TENS_WORDS[token]
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in _SCALE_NUMBER_WORDS:
            total += (current or 1) * _SCALE_NUMBER_WORDS[token]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


# -- qualifiers -----------------------------------------------------------------------------

_QUALIFIER_PATTERNS: list[tuple[Qualifier, str]] = [
    (
        Qualifier.WELL_OVER,
        r"well (?:over|above|in excess of|beyond)|far more than|substantially more than",
    ),
    (
        Qualifier.AT_LEAST,
        r"at least|no less than|not less than|no fewer than|a minimum of|minimum of",
    ),
    (
        Qualifier.UP_TO,
        r"up to|as much as|as many as|a maximum of|maximum of|not to exceed|no more than"
        r"|not more than|at most|capped at",
    ),
    (
        Qualifier.NEARLY,
        r"nearly|almost|just (?:under|below|shy of)|close to|approaching|just short of",
    ),
    (
        Qualifier.OVER,
        r"over|more than|greater than|in excess of|exceeding|exceeds|above|upwards of|north of"
        r"|just over|just above|slightly more than|slightly over",
    ),
    (Qualifier.UNDER, r"under|less than|fewer than|below|lower than|slightly less than"),
    (
        Qualifier.ABOUT,
        r"about|approximately|approx\.?|roughly|around|circa|an estimated|estimated|some"
        r"|approximate|~|c\.|est\.",
    ),
]
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\[,;:—–-]))(?P<q>"
    + "|".join(f"(?P<q{i}>{p})" for i, (_, p) in enumerate(_QUALIFIER_PATTERNS))
    + r")\s*(?:(?:an?|the)\s+)?(?:(?:aggregate|total|combined|additional|further)\s+(?:of\s+)?)?"
    r"(?:(?:an?|the)\s+)?(?:(?:aggregate|total|combined)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
#: Bare prepositions are bounds only when they are not the relation itself: "a premium of
#: 25% over $3.50", "priced above $4.00" are comparisons, not hedges on $3.50.
_RELATIONAL_BEFORE = lazy_compile(
    r"(?:%|percent|points|premium|discount|increase|decrease|growth|rise|gain|decline|drop"
    r"|reduction|improvement|up|down|higher|lower|priced|trading|traded|sold|\dx|times|"
    r"increased|decreased|grew|rose|fell)\s*,?\s*$",  # "an increase of 18.1%, over $17.1 million"
    re.IGNORECASE,
)
#: A percentage or multiple right before "more than" / "lower than": the comparison's size.
_COMPARED_BY_FIGURE = lazy_compile(
    r"\d\s?(?:%|percent|per\s+cent|x|times)\s*$|\b(?:twice|double|triple|half)\s*$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = re.compile(
    r"\s*(?P<q>or more|or greater|or higher|plus\b|\+|or less|or fewer|or lower)", re.IGNORECASE
)


def _qualifier_before(text: str, start: int) -> tuple[Qualifier, str] | None:
    head = text[max(0, start - 60) : start]
    match = _QUALIFIER_BEFORE.search(head)
    if match is None:
        return None
    for i, (qualifier, _) in enumerate(_QUALIFIER_PATTERNS):
        if match.group(f"q{i}") is not None:
            word = match.group("q").lower()
            if qualifier in (Qualifier.OVER, Qualifier.UNDER) and word in (
                "over",
                "above",
                "under",
                "below",
            ):
                before = head[: match.start()]
                if _RELATIONAL_BEFORE.search(before):
                    return None
            if (
                qualifier in (Qualifier.OVER, Qualifier.UNDER)
                and word.endswith(" than")
                and _COMPARED_BY_FIGURE.search(head[: match.start()])
            ):
                # "24% more than the $10.0 million", "20% lower than the $15.5 million": a
                # figure measured against another, not a bound on it
                return None
            if (
                qualifier is Qualifier.ABOUT
                and word == "some"
                and not re.match(r"\d", text[start : start + 2].lstrip("$€£ "))
            ):
                return None
            return qualifier, match.group("q")
    return None


def _qualifier_after(text: str, end: int) -> tuple[Qualifier, str] | None:
    match = _QUALIFIER_AFTER.match(text, end)
    if match is None:
        return None
    word = match.group("q").lower()
    if word in ("or less", "or fewer", "or lower"):
        return Qualifier.UP_TO, word
    return Qualifier.AT_LEAST, word


def qualified_interval(
    value: Decimal, ulp: Decimal, qualifier: Qualifier | None, *, truncated: bool = False
) -> Interval:
    """The values a figure written to ``ulp`` allows, given its qualifier.

    Unqualified: half a unit of the last digit either way (rounding); with ``truncated``
    (computed percentages, which writers cut as often as they round: 440.54% written
    "440%"), up to a full unit above. "About": a full unit
    or 0.5% of the value, whichever is wider (writers truncate as often as they round).
    "Over"/"at least": from the figure up; "under"/"up to": from zero to the figure;
    "nearly": up to 5% below the figure, or up to the figure's own rounding above it.
    """
    half = ulp / 2
    magnitude = abs(value)
    if qualifier is None:
        if truncated and value > 0:
            return Interval(value - half, value + ulp)
        return Interval.around(value, half)
    if qualifier is Qualifier.ABOUT:
        return Interval.around(value, max(ulp, magnitude * APPROXIMATE_FLOOR))
    if qualifier in (Qualifier.OVER, Qualifier.WELL_OVER, Qualifier.AT_LEAST):
        return Interval(value - half, INFINITY)
    if qualifier in (Qualifier.UNDER, Qualifier.UP_TO):
        return Interval(min(ZERO, value), value + half)
    # nearly
    return Interval(value - max(magnitude * NEARLY_SPAN, half), value + half)


# -- helpers --------------------------------------------------------------------------------


def _decimal(digits: str) -> Decimal | None:
    try:
        return Decimal(digits.replace(",", ""))
    except InvalidOperation:
        return None


def _ulp_of(digits: str) -> Decimal:
    """The unit of the last written digit: "1.20" -> 0.01, "700" -> 1, "1,000,000" -> 1."""
    _, dot, decimals = digits.partition(".")
    if not dot:
        return ONE
    return Decimal(1).scaleb(-len(decimals))


def _scale_of(match: re.Match[str]) -> tuple[Decimal, str | None]:
    for name in ("scale", "abbr", "short"):
        word = match.groupdict().get(name)
        if word:
            return _SCALE_WORDS[word.lower()], word
    return ONE, None


def format_decimal(value: Decimal, places: int | None = None) -> str:
    """A Decimal with thousands separators and at most ``places`` decimals (trailing zeros of
    a non-integer kept only up to ``places``): 250000000 -> "250,000,000"."""
    if value in (INFINITY, -INFINITY):
        return "∞" if value > 0 else "-∞"
    if places is None:
        places = 0 if value == value.to_integral_value() else _natural_places(value)
    quantised = value.quantize(Decimal(1).scaleb(-places)) if places >= 0 else value
    text = f"{quantised:,.{places}f}"
    return "-0" if text == "-0" else text


def _natural_places(value: Decimal) -> int:
    """Enough decimals to show a computed value honestly (4 significant digits)."""
    magnitude = abs(value)
    if magnitude >= 1000:
        return 0
    if magnitude >= 100:
        return 1
    if magnitude >= 1:
        return 2
    if magnitude == 0:
        return 0
    exponent = magnitude.adjusted()  # -1 for 0.1..0.99
    return min(-exponent + 3, 12)


def describe_interval(quantity: Quantity) -> str:
    """How a stated figure's tolerance reads in evidence."""
    interval = quantity.interval
    unit = _unit_suffix(quantity)
    if (
        quantity.exact
        and quantity.kind in (Kind.SHARES, Kind.MONEY)
        and quantity.ulp >= Decimal("0.01")
    ):
        return "(exact)"
    if interval.high == INFINITY:
        return f"(at least {_fmt_bound(interval.low, quantity)}{unit})"
    if interval.low <= 0 < quantity.value:
        return f"(at most {_fmt_bound(interval.high, quantity)}{unit})"
    if quantity.scale > ONE:
        low = _fmt_places(interval.low / quantity.scale, quantity.ulp / quantity.scale)
        high = _fmt_places(interval.high / quantity.scale, quantity.ulp / quantity.scale)
        return f"({low}..{high} {_scale_name(quantity.scale)})"
    return f"({_fmt_bound(interval.low, quantity)}..{_fmt_bound(interval.high, quantity)}{unit})"


def _fmt_bound(value: Decimal, quantity: Quantity) -> str:
    """A bound with the figure's own decimals, plus one when the bound needs it (7.85)."""
    if quantity.scale > ONE:
        scaled = _fmt_places(value / quantity.scale, quantity.ulp / quantity.scale)
        return f"{scaled} {_scale_name(quantity.scale)}"
    return _fmt_places(value, quantity.ulp)


def _decimals(ulp: Decimal) -> int:
    """How many decimals a unit of the last digit stands for (0.01 -> 2; 1 or more -> 0)."""
    if ulp >= ONE:
        return 0
    exponent = ulp.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) else 0


def _fmt_places(value: Decimal, ulp: Decimal) -> str:
    base = _decimals(ulp)
    exponent = value.normalize().as_tuple().exponent
    needed = max(0, -exponent) if isinstance(exponent, int) else 0
    return format_decimal(value, min(max(base, needed), base + 1))


def _scale_name(scale: Decimal) -> str:
    return {3: "thousand", 6: "million", 9: "billion", 12: "trillion"}.get(
        scale.adjusted(), f"x{scale}"
    )


def _unit_suffix(quantity: Quantity) -> str:
    if quantity.kind is Kind.PERCENT:
        return "%"
    if quantity.kind is Kind.POINTS:
        return " points"
    return ""


# -- extraction -----------------------------------------------------------------------------


@dataclass
class _Context:
    """Where the text being scanned sits: its offset in ``Release.text`` and its labels."""

    base: int
    section: SectionKind | None = None
    sentence: int | None = None
    block: int | None = None
    #: What earlier scanners took, as sorted, non-overlapping spans (starts and ends apart,
    #: for bisection): a sentence with thousands of amounts is checked in n log n, not n².
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    def free(self, start: int, end: int) -> bool:
        """Whether ``start..end`` overlaps no claimed span (touching one is free)."""
        index = bisect.bisect_left(self.starts, end) - 1  # the last span starting before end
        return index < 0 or self.ends[index] <= start

    def claim(self, start: int, end: int) -> None:
        """Claim ``start..end``; spans it overlaps are merged with it (overlap answers are
        the same for the merged span as for its parts)."""
        low = bisect.bisect_right(self.ends, start)  # first span ending after ``start``
        high = bisect.bisect_left(self.starts, end)  # spans before it start before ``end``
        if low < high:
            start = min(start, self.starts[low])
            end = max(end, self.ends[high - 1])
        self.starts[low:high] = [start]
        self.ends[low:high] = [end]


# Cheap tests that let a sentence skip the scanners that cannot match in it: a release
# with thousands of table-cell "sentences" ("$", "0.54", "26%") stays fast. Each test is a
# few patterns, any of which may match: a character class alone (a digit, a currency sign)
# is a fast scan in ``re``, and a case-insensitive alternation of words is run only on a
# sentence whose case-folded text holds one of its words (``may_match``), since ``re``
# tries such an alternation at every position.
_I = re.IGNORECASE
_ANY_NUMBER = (
    re.compile(r"\d"),
    re.compile(
        r"doubl|tripl|quadrupl|quintupl|fold\b|times\b|hundred|thousand|million|billion|-for-",
        _I,
    ),
)
# "Rs" and "pp" stand apart: their letters are in most sentences ("years", "support"),
# which then ran the whole alternation; alone, each is a short scan
_HAS_MONEY = (
    re.compile(r"[$€£¥₹]"),
    re.compile(r"\b(?:USD|CAD|EUR|GBP|AUD|CHF|SEK|NOK|RMB|JPY|INR)\b|dollars|euros?\b|pounds", _I),
    re.compile(r"\bRs\b", _I),
)
_HAS_PERCENT = (
    re.compile(r"%|pct|point", _I),
    re.compile(r"per\s?cent|\bbps?\b", _I),
    re.compile(r"\bpp", _I),
)
_HAS_SHARES = (re.compile(r"share|stock|unit|ADS|warrant|right|option|receipt", _I),)
_HAS_MULTIPLE = (
    re.compile(r"fold|times|doubl|tripl|quadrupl|quintupl", _I),
    re.compile(r"\d\s?[xX×]", _I),
)
_HAS_RATIO = (re.compile(r"for|to", _I), re.compile(r"\d:\d"))
# ``_DATE`` is case-sensitive: its month names are capitalised ("market", "may" and
# "decision" are not months; "May" is tested, at a character class's speed)
_HAS_DATE = (
    re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"),
    re.compile(r"\d/\d|\d{4}-\d"),
)
# what each branch of ``_PERIOD`` cannot match without ("year" alone is in most
# sentences; a fiscal year, a half and a "Q" are read only with their digits)
_HAS_PERIOD = (
    re.compile(r"quarter|months?\s+ended|year\s+ended", _I),
    re.compile(r"Q[1-4]|(?:fiscal(?:\s+year)?|FY)\s?\d|half\s+(?:of\s+)?\d", _I),
)


#: Each gate's patterns with their required literals (``prefilter.required_literals``,
#: shortest first; ``None``: none), by the gate's identity: looked up once, not by a
#: ``may_match`` call per pattern and sentence (some 120,000 a corpus).
_GateTest = tuple[re.Pattern[str], "tuple[str, ...] | None", bool]
_GATE_TESTS: dict[int, tuple[Any, tuple[_GateTest, ...]]] = {}


def _gate_tests(gate: tuple[re.Pattern[str], ...]) -> tuple[_GateTest, ...]:
    """Each pattern of ``gate`` with its required literals and whether they are exact
    (``prefilter.exact_literals``: a case-insensitive pattern of literal words, which an
    ASCII text matches exactly when its folded text holds one of them)."""
    from disclint.prefilter import exact_literals, required_literals

    tests = []
    for pattern in gate:
        exact = exact_literals(pattern)
        found = required_literals(pattern)
        literals = exact if exact is not None else found
        tests.append(
            (
                pattern,
                None if literals is None else tuple(sorted(literals, key=len)),
                exact is not None,
            )
        )
    return tuple(tests)


def _has(
    gate: tuple[re.Pattern[str], ...],
    text: str,
    folded: str | None,
    ascii_text: bool | None = None,
) -> bool:
    """Does one of ``gate``'s patterns match ``text`` (``folded``: its ``fold``, if known;
    ``ascii_text``: whether ``folded`` is known and ``text`` ASCII, if the caller knows)?
    A pattern whose required literals ``folded`` lacks is not run (``may_match``); in an
    ASCII text, a pattern of literal words is not run either way: its literals decide."""
    entry = _GATE_TESTS.get(id(gate))
    if entry is None or entry[0] is not gate:  # the entry holds the gate: its id stays its own
        entry = _GATE_TESTS[id(gate)] = (gate, _gate_tests(gate))
    if ascii_text is None:
        ascii_text = folded is not None and text.isascii()
    for pattern, literals, exact in entry[1]:  # a loop, not any() over a generator
        if folded is not None and literals is not None:
            # a loop, not ``any(map(folded.__contains__, literals))``: no iterator and
            # bound method made per pattern (some 30,000 tests a corpus)
            for literal in literals:
                if literal in folded:
                    break
            else:
                continue
            if exact and ascii_text:
                return True  # an ASCII text folds to its lower case: a literal is a match
        if pattern.search(text) is not None:
            return True
    return False


def quantities_in(
    text: str,
    base: int = 0,
    *,
    section: SectionKind | None = None,
    sentence: int | None = None,
    block: int | None = None,
    folded: str | None = None,
) -> list[Quantity]:
    """Every typed quantity in ``text`` (one sentence or heading), offsets shifted by
    ``base``, in order of position; ``folded``, the text's ``prefilter.fold`` if the
    caller has it, lets the tests of which scanners to run skip patterns."""
    ctx = _Context(base, section, sentence, block)
    found: list[Quantity] = []
    if not _has(_ANY_NUMBER, text, folded):
        return found
    # read once for the gates below (some 80,000 tests a corpus)
    ascii_text = folded is not None and text.isascii()
    if _has(_HAS_MONEY, text, folded, ascii_text):
        found.extend(_money(text, ctx))
    if _has(_HAS_PERCENT, text, folded, ascii_text):
        found.extend(_percents(text, ctx))
        if "cent" in text.lower():
            found.extend(_percent_words(text, ctx))
    if "(" in text and _PAREN_DIGITS.search(text) is not None:
        found.extend(_words_and_digits(text, ctx))
    if _has(_HAS_SHARES, text, folded, ascii_text):
        found.extend(_shares(text, ctx))
        found.extend(_shares_from_to(text, ctx))
        found.extend(_shares_named_before(text, ctx))
        if " of " in text:
            found.extend(_shares_of_whole(text, ctx))
        if "illion" in text or "thousand" in text:
            found.extend(_spelled_shares(text, ctx))
        if " and " in text:
            found.extend(_elided_shares(text, ctx))
    if _has(_HAS_MULTIPLE, text, folded, ascii_text):
        found.extend(_multiples(text, ctx))
    if _has(_HAS_RATIO, text, folded, ascii_text):
        found.extend(_ratios(text, ctx, folded, ascii_text))
    if _has(_HAS_DATE, text, folded, ascii_text):
        found.extend(_dates(text, ctx))
    if _has(_HAS_PERIOD, text, folded, ascii_text):
        found.extend(_periods(text, ctx))
    found.sort(key=lambda q: (q.start, q.end))
    return _mark_ranges(text, base, found)


def extract_quantities(facts: Facts) -> list[Quantity]:
    """The quantities of a release: every sentence of every block (headline and
    subheadlines included), then every table cell, in document order."""
    release = facts.release
    blocks = list(release.paragraphs())
    block_of = {p.span.text_start: i for i, p in enumerate(blocks)}
    found: list[Quantity] = []
    folded = facts.folded_sentences
    for index, sentence in enumerate(facts.sentences):
        found.extend(
            quantities_in(
                sentence.text,
                sentence.start,
                section=sentence.section,
                sentence=index,
                block=block_of.get(sentence.paragraph.span.text_start),
                folded=folded[index],
            )
        )
    for table_index, table in enumerate(release.tables):
        found.extend(
            _table_quantities(
                table,
                table_index,
                blocks,
                block_of.get(table.span.text_start),
                release.section_at(table.span.text_start),
            )
        )
    found.sort(key=lambda q: (q.start, q.end))
    return found


def _make(
    ctx: _Context,
    kind: Kind,
    value: Decimal,
    ulp: Decimal,
    start: int,
    end: int,
    text: str,
    qualifier: tuple[Qualifier, str] | None,
    **extra: Any,
) -> Quantity:
    q = qualifier[0] if qualifier else None
    fields: dict[str, Any] = {
        "kind": kind,
        "value": value,
        "interval": qualified_interval(
            value, ulp, q, truncated=kind in (Kind.PERCENT, Kind.POINTS, Kind.MULTIPLE)
        ),
        "start": ctx.base + start,
        "end": ctx.base + end,
        "text": text[start:end],
        "ulp": ulp,
        "section": ctx.section,
        "sentence": ctx.sentence,
        "block": ctx.block,
        "qualifier": q,
        "qualifier_text": qualifier[1] if qualifier else None,
    }
    # ``extra`` overrides: the fields ``replace(made, **extra)`` would give, made once
    fields.update(extra)
    return Quantity(**fields)


def _qualifier(text: str, start: int, end: int) -> tuple[Qualifier, str] | None:
    return _qualifier_before(text, start) or _qualifier_after(text, end)


_MALFORMED_TAIL = re.compile(r",\d{1,2}(?![\d,])|,\d{4,}")
#: Two table figures written with no space between them ("$ 3,0945,507": 3,094 and 5,507
#: of a statement flattened into one paragraph): a full group, then a grouped number.
_GLUED_TAIL = lazy_compile(r",\d{3}[1-9]\d{0,2}(?:,\d{3})+(?![\d,])")


def _malformed(text: str, num_end: int) -> bool:
    """Is the number cut short by a comma group that is not three digits ("$416,00")?
    Two grouped figures glued together are not ("3,0945,507")."""
    return (
        _MALFORMED_TAIL.match(text, num_end) is not None
        and _GLUED_TAIL.match(text, num_end) is None
    )


#: A sign written as a word right before an amount ("from minus $120,000", "negative $0.21
#: million"): the amount is below zero, as if written "-$120,000".
_SIGN_WORD_BEFORE = lazy_compile(r"\b(?:minus|negative)\s+$", re.IGNORECASE)


def _money(text: str, ctx: _Context) -> Iterator[Quantity]:
    for pattern, prefix in ((_MONEY, True), (_MONEY_SUFFIX, False)):
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if not ctx.free(start, end):
                continue
            digits = match.group("num")
            number = _decimal(digits)
            if number is None:
                continue
            if prefix:
                written = re.sub(r"\s+", "", match.group("cur"))
                currency = _CURRENCY_CODES.get(written, _CURRENCY_CODES.get(written.rstrip("$")))
                negative = (
                    bool(match.group("minus"))
                    or bool(match.group("paren"))
                    or _SIGN_WORD_BEFORE.search(text, max(0, start - 12), start) is not None
                )
            else:
                written = match.group("sufcur")
                currency = _SUFFIX_CODES.get(written.lower())
                negative = False
            if match.group("num").startswith(".") and prefix and written != "$":
                continue
            scale, _ = _scale_of(match)
            per_match = _PER.match(text, end)
            per = per_text = None
            if per_match is not None:
                unit = per_match.group("unit").lower()
                per = _PER_NORMAL.get(unit, unit.rstrip("s"))
                mods = per_match.group("mods").lower()
                if "preferred" in mods:
                    per = "preferred share"
                per_text = per_match.group().strip()
            value = number * scale * (-1 if negative else 1)
            ulp = _ulp_of(digits) * scale
            ctx.claim(start, end)
            yield _make(
                ctx,
                Kind.MONEY,
                value,
                ulp,
                start,
                end,
                text,
                _qualifier(text, start, end),
                currency=currency,
                currency_written=written,
                scale=scale,
                per=per,
                per_text=per_text,
                negative=negative,
                malformed=_malformed(text, match.end("num")),
            )


_PERCENT_WORDS = lazy_compile(
    r"\b(?P<w>(?:[a-z]+[\s-]+){0,2}[a-z]+)[\s-]+(?:percent|per cent)\b", re.IGNORECASE
)


def _percent_words(text: str, ctx: _Context) -> Iterator[Quantity]:
    """ "twenty percent below", "thirty-five per cent": a percentage in words."""
    for match in _PERCENT_WORDS.finditer(text):
        words = match.group("w")
        tokens = list(re.finditer(r"[a-z]+", words, re.IGNORECASE))
        for k in range(min(3, len(tokens)), 0, -1):
            first = tokens[-k]
            value = parse_number_words(words[first.start() :])
            if value is None or value <= 0:
                continue
            start, end = match.start("w") + first.start(), match.end()
            if not ctx.free(start, end):
                break
            ctx.claim(start, end)
            yield _make(
                ctx,
                Kind.PERCENT,
                Decimal(value),
                ONE,
                start,
                end,
                text,
                _qualifier(text, start, end),
                words=words[first.start() :],
            )
            break


def _percents(text: str, ctx: _Context) -> Iterator[Quantity]:
    for match in _PERCENT.finditer(text):
        start, end = match.start(), match.end()
        if not ctx.free(start, end):
            continue
        digits = match.group("num")
        number = _decimal(digits)
        if number is None:
            continue
        unit = match.group("unit").lower()
        kind = Kind.PERCENT
        ulp = _ulp_of(digits)
        percent_sign = not unit.startswith(("percentage", "pp", "ppt", "basis", "bp"))
        if percent_sign and ulp == ONE and number > HUNDRED and digits.endswith("0"):
            # "970%" for 971.2%: a trailing zero of a large percentage is a rounding to
            # two or three significant digits as often as an exact figure; "100%" is the
            # whole, not a rounding
            ulp = Decimal(10)
        if unit.startswith(("percentage", "pp", "ppt")):
            kind = Kind.POINTS
        elif unit.startswith(("basis", "bp")):
            kind = Kind.POINTS
            number = number / HUNDRED
            ulp = ulp / HUNDRED
        negative = bool(match.group("minus"))
        if negative:
            number = -number
        ctx.claim(start, end)
        yield _make(
            ctx,
            kind,
            number,
            ulp,
            start,
            end,
            text,
            _qualifier(text, start, end),
            negative=negative,
        )


_CLASS = re.compile(
    r"\b(?:(?P<series>series\s+[a-z0-9]+(?:-\d+)?)|(?P<cls>class\s+[a-z])\b)?\s*"
    r"(?:(?:convertible|non-voting|voting|cumulative|perpetual|redeemable|restricted|"
    r"subordinate|multiple|exchangeable)\s+)*"
    r"(?P<family>common|ordinary|preferred|preference)\b",
    re.IGNORECASE,
)
_OF_CLASS = re.compile(
    r"^\s*(?:\([^()]{0,80}\)\s*)?of\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[A-Z][\w.&'’-]*\s+)"
    r"{0,4}?(?:company['’]s\s+|corporation['’]s\s+|[a-z]+['’]s\s+)?(?P<desc>[^,;.()]{0,60})",
    re.IGNORECASE,
)
_UNDERLYING = re.compile(
    r"(?:(?P<instr>pre-?funded warrants?|warrants?|options?|rights|convertible notes?|notes?"
    r"|debentures?|restricted stock units?|RSUs?)\s+(?:\([^()]*\)\s+)?"
    r"(?:to\s+(?:purchase|acquire|buy|subscribe\s+for)|exercisable\s+(?:for|into)|convertible"
    r"\s+into|over)\s+(?:up\s+to\s+)?(?:an?\s+(?:aggregate|total)\s+of\s+)?(?:up\s+to\s+)?"
    r"(?:an?\s+)?(?:additional\s+)?$)"
    r"|(?:(?P<issuable>issuable|underlying)\s+(?:upon|on)?\s*$)",
    re.IGNORECASE,
)


def _share_class(before: str, noun_phrase: str, after: str) -> str | None:
    """The class of a share count from the words around it ("of Series K Convertible
    Preferred Stock", "Class A common shares"), normalised; None when unstated."""
    for source in (noun_phrase, _of_clause(after)):
        if not source:
            continue
        match = _CLASS.search(source)
        if match:
            family = match.group("family").lower()
            family = "preferred" if family == "preference" else family
            family = "common" if family == "ordinary" else family
            label = match.group("series") or match.group("cls")
            if label:
                return f"{' '.join(label.lower().split())} {family}"
            return family
        series = re.search(r"\b(series\s+[a-z0-9]+|class\s+[a-z])\b", source, re.IGNORECASE)
        if series:
            return " ".join(series.group(1).lower().split())
    return None


def _of_clause(after: str) -> str:
    match = _OF_CLASS.match(after)
    return match.group("desc") if match else ""


def _shares(text: str, ctx: _Context) -> Iterator[Quantity]:
    for match in _SHARES.finditer(text):
        start, end = match.start(), match.end()
        num_end = match.end("num")
        if not ctx.free(start, num_end):
            continue
        noun = match.group("noun").lower()
        phrase = match.group()
        if noun == "stock" and not re.search(r"common|preferred|ordinary|restricted", phrase, re.I):
            continue
        if noun == "options" and "stock" not in phrase.lower():
            continue
        digits = match.group("num")
        number = _decimal(digits)
        if number is None:
            continue
        scale, _ = _scale_of(match)
        if scale == ONE and _looks_like_year(digits, text, start):
            continue
        value = number * scale
        security = _security(noun, phrase)
        underlying = _UNDERLYING.search(text[max(0, start - 90) : start])
        instrument = None
        if underlying:
            instrument = (underlying.group("instr") or underlying.group("issuable") or "").lower()
            instrument = _instrument(instrument)
        share_class = _share_class(text[max(0, start - 40) : start], phrase, text[end:])
        if security == "preferred" and share_class is None:
            share_class = "preferred"
        qualifier = _qualifier(text, start, num_end)
        ctx.claim(start, num_end)
        q = _make(
            ctx,
            Kind.SHARES,
            value,
            _ulp_of(digits) * scale,
            start,
            num_end if scale == ONE else match.end("num") + len(_scale_text(match)),
            text,
            qualifier,
            scale=scale,
            security=security,
            share_class=share_class,
            instrument=instrument,
            malformed=_malformed(text, num_end),
        )
        yield q


#: "27.4 million basic and 28.9 million diluted weighted average shares": the first count
#: of a pair whose noun is written once, after the second.
_SHARES_ELIDED = re.compile(
    rf"(?<![\w.,$€£/#-])(?P<num>{_DIGITS})(?![\d])(?:{_SCALE})?\s+(?:basic|diluted)\s+and\s+"
    rf"(?=(?:{_DIGITS})(?:\s*(?i:thousand|million|billion))?\s+(?:basic|diluted)\s+"
    rf"{_SHARE_MODIFIERS}shares\b)",
    re.IGNORECASE,
)


def _elided_shares(text: str, ctx: _Context) -> Iterator[Quantity]:
    for match in _SHARES_ELIDED.finditer(text):
        start, num_end = match.start(), match.end("num")
        if not ctx.free(start, num_end):
            continue
        number = _decimal(match.group("num"))
        if number is None:
            continue
        scale, _ = _scale_of(match)
        ctx.claim(start, num_end)
        yield _make(
            ctx,
            Kind.SHARES,
            number * scale,
            _ulp_of(match.group("num")) * scale,
            start,
            num_end if scale == ONE else num_end + len(_scale_text(match)),
            text,
            _qualifier(text, start, num_end),
            scale=scale,
            security="shares",
            share_class=None,
            instrument=None,
            malformed=_malformed(text, num_end),
        )


_SHARES_FROM_TO = re.compile(
    rf"\b(?:shares|stock)\b[^.;$%]{{0,60}}?\bfrom\s+(?:approximately\s+|about\s+)?"
    rf"(?P<a>{_DIGITS})(?P<as>\s+(?i:thousand|million|billion))?\s+(?:shares\s+)?to\s+"
    rf"(?:approximately\s+|about\s+)?(?P<b>{_DIGITS})(?P<bs>\s+(?i:thousand|million|billion))?"
    r"(?!\s*(?:%|percent|per))",
    re.IGNORECASE,
)


def _shares_from_to(text: str, ctx: _Context) -> Iterator[Quantity]:
    """ "reduce the number of outstanding shares from approximately 500 million to
    approximately 20 million": two share counts without the noun after either."""
    for match in _SHARES_FROM_TO.finditer(text):
        for group, scale_group in (("a", "as"), ("b", "bs")):
            start, end = (
                match.start(group),
                match.end(scale_group) if match.group(scale_group) else match.end(group),
            )
            if not ctx.free(start, end):
                continue
            digits = match.group(group)
            number = _decimal(digits)
            if number is None:
                continue
            scale = (
                _SCALE_WORDS[match.group(scale_group).strip().lower()]
                if match.group(scale_group)
                else ONE
            )
            ctx.claim(start, end)
            yield _make(
                ctx,
                Kind.SHARES,
                number * scale,
                _ulp_of(digits) * scale,
                start,
                end,
                text,
                _qualifier(text, start, end),
                scale=scale,
                security="shares",
            )


#: "shares outstanding were 42.4 million", "outstanding shares totaled 42,400,000": the
#: count after its noun; never a percentage, a price or a figure of another noun.
_SHARES_NAMED_BEFORE = re.compile(
    r"\b(?:(?:common\s+)?shares(?:\s+of\s+common\s+stock)?\s+(?:issued\s+and\s+)?outstanding"
    r"|outstanding\s+(?:common\s+)?shares)\s+(?:(?:at|as\s+of|on)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+"
    r"\d{4},?\s+)?(?:were|was|totall?ed|stood\s+at|of|:)\s+(?:approximately\s+|about\s+)?"
    rf"(?P<num>{_DIGITS})(?![\d])(?:{_SCALE})?(?!\s*(?:%|percent|per\b|shares?\b))",
    re.IGNORECASE,
)


#: "weighted average diluted shares, 30.1 million", "Diluted weighted average shares
#: outstanding were 17.2 million": a weighted count after its name, with or without a verb.
_WEIGHTED_NAMED_BEFORE = re.compile(
    r"\bweighted[- ]average\s+(?:(?:basic|diluted|common)\s+){0,2}shares"
    r"(?:\s+outstanding)?(?:\s*[,:]|\s+(?:were|was|totall?ed|of|came\s+to))?\s+"
    rf"(?:approximately\s+|about\s+)?(?P<num>{_DIGITS})(?![\d])(?:{_SCALE})?"
    r"(?!\s*(?:%|percent|per\b|shares?\b))",
    re.IGNORECASE,
)
#: "... were 17.2 million in the fourth quarter of 2025 and 17.3 million in the fourth
#: quarter of 2024": the second count of a pair whose noun is written once, before the
#: first, each count with its own period.
_AND_COUNT_IN_PERIOD = re.compile(
    # the run of spaces starts after a figure (a search never restarts inside it)
    r"(?<!\s)\s+(?:in|for|at|as\s+of)\s+[^.;$%\d]{0,40}?(?:19|20)\d\d,?\s+and\s+"
    rf"(?:approximately\s+|about\s+)?(?P<num>{_DIGITS})(?![\d])(?:{_SCALE})?"
    r"(?=\s+(?:in|for|at|as\s+of)\s)",
    re.IGNORECASE,
)


def _shares_named_before(text: str, ctx: _Context) -> Iterator[Quantity]:
    for pattern in (_SHARES_NAMED_BEFORE, _WEIGHTED_NAMED_BEFORE):
        if pattern is _WEIGHTED_NAMED_BEFORE and "eighted" not in text:
            continue
        for match in pattern.finditer(text):
            start, num_end = match.start("num"), match.end("num")
            if not ctx.free(start, num_end) or text[max(0, start - 1) : start] == "$":
                continue
            count = _share_count(match, text, ctx, "shares")
            if count is None:
                continue
            yield count
            pair = _AND_COUNT_IN_PERIOD.match(text, count.end - ctx.base)
            if pair and ctx.free(pair.start("num"), pair.end("num")):
                second = _share_count(pair, text, ctx, "shares")
                if second is not None:
                    yield second


def _share_count(match: re.Match[str], text: str, ctx: _Context, security: str) -> Quantity | None:
    """The share count of a match whose group ``num`` holds the figure (a scale word may
    follow), claimed in ``ctx``; None when the digits are not a number."""
    start, num_end = match.start("num"), match.end("num")
    digits = match.group("num")
    number = _decimal(digits)
    if number is None:
        return None
    scale, _ = _scale_of(match)
    end = num_end if scale == ONE else num_end + len(_scale_text(match))
    ctx.claim(start, end)
    return _make(
        ctx,
        Kind.SHARES,
        number * scale,
        _ulp_of(digits) * scale,
        start,
        end,
        text,
        _qualifier(text, start, num_end),
        scale=scale,
        security=security,
        malformed=_malformed(text, num_end),
    )


#: "4,000,000 of Tarrow's 52,000,000 shares", "1.2 million of the 30.0 million units": a
#: count whose noun is the one of the whole it is a part of, written once, after the whole.
_SHARES_OF_WHOLE = re.compile(
    rf"(?<![\w.,$€£/#-])(?P<num>{_DIGITS})(?![\d])(?:{_SCALE})?\s+of\s+"
    r"(?:the\s+|its\s+|our\s+|their\s+|(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s\s+)"
    rf"(?=(?:{_DIGITS})(?:\s*(?:thousand|million|billion))?\s+{_SHARE_MODIFIERS}"
    r"(?P<noun>shares|units)\b)",
    re.IGNORECASE,
)


def _shares_of_whole(text: str, ctx: _Context) -> Iterator[Quantity]:
    for match in _SHARES_OF_WHOLE.finditer(text):
        start, num_end = match.start("num"), match.end("num")
        digits = match.group("num")
        if not ctx.free(start, num_end) or _looks_like_year(digits, text, start):
            continue
        count = _share_count(match, text, ctx, match.group("noun").lower())
        if count is not None:
            yield count


#: "two million shares", "one hundred thousand units": a count spelled in words with its
#: scale word (a count of one or a few, "one share and one warrant", stays a word).
_SPELLED_SHARES = lazy_compile(
    rf"\b(?P<words>{_NUMBER_WORD}(?:(?:[- ]|\s+and\s+){_NUMBER_WORD})*)\s+"
    rf"{_SHARE_MODIFIERS}(?:(?-i:[A-Z][\w&'’-]*\s+){{1,2}}(?=(?i:shares|units|warrants)\b))?"
    r"(?P<noun>shares|units|warrants)\b",
    re.IGNORECASE,
)


def _spelled_shares(text: str, ctx: _Context) -> Iterator[Quantity]:
    for match in _SPELLED_SHARES.finditer(text):
        words = match.group("words")
        tokens = re.split(r"[\s-]+", words.lower())
        last = tokens[-1]
        if last not in _SCALE_NUMBER_WORDS or tokens[0] in _SCALE_NUMBER_WORDS:
            continue  # "3.5 million shares": the digits' scale, read by ``_shares``
        value = parse_number_words(words)
        start, end = match.start("words"), match.end("words")
        if value is None or not ctx.free(start, end):
            continue
        ctx.claim(start, end)
        yield _make(
            ctx,
            Kind.SHARES,
            Decimal(value),
            Decimal(_SCALE_NUMBER_WORDS[last]) / 10,
            start,
            end,
            text,
            _qualifier(text, start, end),
            scale=Decimal(_SCALE_NUMBER_WORDS[last]),
            security=_security(match.group("noun").lower(), match.group()),
            words=words,
        )


def _scale_text(match: re.Match[str]) -> str:
    for name in ("scale", "abbr", "short"):
        if match.groupdict().get(name):
            return match.string[match.end("num") : match.end(name)]
    return ""


def _security(noun: str, phrase: str) -> str:
    lowered = phrase.lower()
    if "warrant" in noun:
        return "pre-funded warrants" if "funded" in lowered else "warrants"
    if noun.startswith("unit"):
        return "units"
    if noun in ("adss", "ads") or "depositary" in noun:
        return "ads"
    if noun.startswith("subscription"):
        return "units"
    if noun == "rights":
        return "rights"
    if noun == "options":
        return "options"
    return "shares"


def _instrument(word: str) -> str:
    if "fund" in word:
        return "pre-funded warrant"
    if word.startswith("warrant"):
        return "warrant"
    if word.startswith("option"):
        return "option"
    if word.startswith(("note", "convertible", "debenture")):
        return "convertible"
    if word.startswith(("restricted", "rsu")):
        return "rsu"
    if word == "rights":
        return "right"
    return "underlying"


def _looks_like_year(digits: str, text: str, start: int) -> bool:
    return bool(re.fullmatch(r"(19|20)\d\d", digits)) and not re.search(
        r"(?:of|issued|issue|sold|purchase)\s*$", text[max(0, start - 12) : start]
    )


def _words_and_digits(text: str, ctx: _Context) -> Iterator[Quantity]:
    """ "two hundred fifty million (250,000,000) shares": the digits are the quantity (read
    by the share/money scanners); the words are recorded on a SHARES/plain quantity here so
    NUM011 can compare them. Only pairs where the words parse are kept."""
    for match in _WORDS_THEN_DIGITS.finditer(text):
        words_value = parse_number_words(match.group("words"))
        if words_value is None:
            continue
        digits = match.group("digits")
        number = _decimal(digits)
        if number is None:
            continue
        start, end = match.start(), match.end()
        after = text[end : end + 60]
        noun = re.match(rf"\s*{_SHARE_MODIFIERS}(shares?|units?|warrants?)\b", after, re.I)
        kind = Kind.SHARES if noun else Kind.MULTIPLE
        if not ctx.free(start, end):
            continue
        ctx.claim(start, end)
        yield _make(
            ctx,
            kind,
            number,
            ONE,
            start,
            end,
            text,
            None,
            words=match.group("words"),
            security="shares" if noun else None,
            share_class=_share_class("", noun.group() if noun else "", text[end:])
            if noun
            else None,
        )


def _multiples(text: str, ctx: _Context) -> Iterator[Quantity]:
    for match in _MULTIPLE.finditer(text):
        start, end = match.start(), match.end()
        if not ctx.free(start, end):
            continue
        digits = match.group("num") or match.group("num2")
        number = _decimal(digits)
        if number is None:
            continue
        ctx.claim(start, end)
        yield _make(
            ctx,
            Kind.MULTIPLE,
            number,
            _ulp_of(digits),
            start,
            end,
            text,
            _qualifier(text, start, end),
        )
    for match in _MULTIPLE_WORDS.finditer(text):
        start, end = match.start(), match.end()
        if not ctx.free(start, end):
            continue
        verb = match.group("verb").lower()
        word = match.group("w") or match.group("w2")
        value: Decimal | None = None
        if word:
            parsed = parse_number_words(word)
            value = Decimal(parsed) if parsed is not None else None
        else:
            value = next((v for k, v in _MULTIPLE_VERBS.items() if verb.startswith(k)), None)
        if value is None:
            continue
        ctx.claim(start, end)
        qualifier = _qualifier(text, start, end)
        if re.search(r"more than\s*$", text[max(0, start - 12) : start], re.I):
            qualifier = (Qualifier.OVER, "more than")
        yield _make(ctx, Kind.MULTIPLE, value, ONE, start, end, text, qualifier)


def _ratio_value(token: str) -> Decimal | None:
    """ "10" -> 10, "7.7" -> 7.7 (a 1-for-7.7 split), "ten" -> 10."""
    token = token.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", token):
        return Decimal(token)
    words = parse_number_words(token)
    return Decimal(words) if words is not None else None


#: The words a "1-to-10" ratio needs in its sentence; a "1-for-10" one may name shares
#: instead (see ``_ratios``); and each connector as ``_RATIO`` writes it.
_RATIO_WORDS = lazy_compile(r"split|consolidat|ratio|basis|exchange", re.I)
_SHARE_WORD = lazy_compile(r"share", re.I)
_FOR = lazy_compile(r"[- ]for[- ]", re.I)
_TO = lazy_compile(r"[- ]to[- ]", re.I)


#: The same patterns as gates of ``_has`` (by identity: made once): with the folded text
#: known, a pattern whose words it lacks is not run, and the words alone decide
#: ``_RATIO_WORDS`` in an ASCII text.
_RATIO_WORDS_GATE = (_RATIO_WORDS,)
_SHARE_WORD_GATE = (_SHARE_WORD,)
_FOR_GATE = (_FOR,)
_TO_GATE = (_TO,)


def _may_hold_ratio(text: str, folded: str | None = None, ascii_text: bool | None = None) -> bool:
    """Whether ``text`` has a connector and the words ``_ratios`` asks of a ratio with that
    connector: a sentence without them takes no "N for M" ratio and is not scanned (the
    scan tries number words at every position). ``folded``, ``ascii_text``: as ``_has``."""
    if _has(_RATIO_WORDS_GATE, text, folded, ascii_text):
        return _has(_FOR_GATE, text, folded, ascii_text) or _has(_TO_GATE, text, folded, ascii_text)
    return _has(_SHARE_WORD_GATE, text, folded, ascii_text) and _has(
        _FOR_GATE, text, folded, ascii_text
    )


def _ratios(
    text: str, ctx: _Context, folded: str | None = None, ascii_text: bool | None = None
) -> Iterator[Quantity]:
    held = _may_hold_ratio(text, folded, ascii_text)
    for match in _RATIO.finditer(text) if held else ():
        start, end = match.start(), match.end()
        if not ctx.free(start, end):
            continue
        connector = re.search(r"[- ](for|to)[- ]", match.group(), re.I)
        if connector is None:
            continue
        if connector.group(1).lower() == "to" and not re.search(
            r"split|consolidat|ratio|basis|exchange", text, re.I
        ):
            continue
        if connector.group(1).lower() == "for" and not re.search(
            r"split|consolidat|ratio|basis|exchange|share", text, re.I
        ):
            continue
        a, b = _ratio_value(match.group("a")), _ratio_value(match.group("b"))
        if not a or not b:
            continue
        ctx.claim(start, end)
        yield _make(
            ctx,
            Kind.RATIO,
            b / a,
            ONE,
            start,
            end,
            text,
            None,
            ratio=(a, b),
        )
    for match in _COLON_RATIO.finditer(text) if ":" in text else ():
        start, end = match.start(), match.end()
        if not ctx.free(start, end):
            continue
        before = text[max(0, start - 30) : start]
        after = text[end : end + 50]
        if not (
            re.search(
                r"(?:ratio|basis|rate)\s+(?:of\s+)?(?:approximately\s+)?$|\bon\s+an?\s+$",
                before,
                re.I,
            )
            or re.match(
                r"(?:(?<!\s)\s+|(?!\s))(?:reverse\s+|forward\s+)?(?:stock\s+|share\s+)?(?:split|consolidation|basis|ratio)",
                after,
                re.I,
            )
        ):
            continue
        a, b = _ratio_value(match.group("a")), _ratio_value(match.group("b"))
        if not a or not b or a == b:
            continue
        # "1:10" and "10:1" are both written for the same reverse split: the direction
        # comes from the words, and without them the ratio is not used.
        if re.search(r"reverse|consolidat", text, re.I):
            new, old = min(a, b), max(a, b)
        elif re.search(r"forward", text, re.I):
            new, old = max(a, b), min(a, b)
        else:
            continue
        ctx.claim(start, end)
        yield _make(
            ctx,
            Kind.RATIO,
            Decimal(old) / Decimal(new),
            ONE,
            start,
            end,
            text,
            None,
            ratio=(new, old),
        )


def _dates(text: str, ctx: _Context) -> Iterator[Quantity]:
    for match in _DATE.finditer(text):
        start, end = match.start(), match.end()
        if not ctx.free(start, end):
            continue
        found = _date_of(match)
        if found is None:
            continue
        ctx.claim(start, end)
        day = found
        yield _make(
            ctx,
            Kind.DATE,
            Decimal(day.toordinal()) if isinstance(day, dt.date) else ZERO,
            ONE,
            start,
            end,
            text,
            None,
            date=day if isinstance(day, dt.date) else None,
        )


def _date_of(match: re.Match[str]) -> dt.date | bool | None:
    """The date written, True for a day without a year ("May 12"), None if invalid."""
    try:
        if match.group("month"):
            month = MONTHS[match.group("month").lower().rstrip(".")]
            day = int(match.group("day"))
            if match.group("year"):
                return dt.date(int(match.group("year")), month, day)
            return True if 1 <= day <= 31 else None
        if match.group("month2"):
            month = MONTHS[match.group("month2").lower().rstrip(".")]
            return dt.date(int(match.group("year2")), month, int(match.group("day2")))
        if match.group("iso"):
            return dt.date.fromisoformat(match.group("iso"))
        year = int(match.group("yy"))
        year = year + 2000 if year < 100 else year
        return dt.date(year, int(match.group("mm")), int(match.group("dd")))
    except (ValueError, KeyError):
        return None


def _periods(text: str, ctx: _Context) -> Iterator[Quantity]:
    for match in _PERIOD.finditer(text):
        start, end = match.start(), match.end()
        key = _period_key(match)
        yield _make(ctx, Kind.PERIOD, ZERO, ONE, start, end, text, None, period=key)


def period_key(text: str) -> str | None:
    """The normalised key of the first period phrase in ``text`` ("Three Months Ended
    September 30, 2025" -> "3m september 30, 2025"; "Q3 2025" -> "q3 2025"), the key a
    PERIOD quantity carries: a table's column header and a sentence's period compare by it."""
    match = _PERIOD.search(text)
    return _period_key(match) if match is not None else None


def _period_key(match: re.Match[str]) -> str:
    groups = match.groupdict()
    if groups.get("ord"):
        return f"q{_ORDINAL_QUARTERS[groups['ord'].lower()]} {groups.get('qyear') or ''}".strip()
    if groups.get("qn"):
        year = groups.get("qyear2") or ""
        year = f"20{year}" if len(year) == 2 else year
        return f"q{groups['qn']} {year}".strip()
    if groups.get("fyear"):
        year = groups["fyear"]
        return f"fy {'20' + year if len(year) == 2 else year}"
    if groups.get("months"):
        months = {"three": "3", "six": "6", "nine": "9", "twelve": "12"}.get(
            groups["months"].lower(), groups["months"]
        )
        return f"{months}m {' '.join(groups['mend'].lower().split())}"
    if groups.get("yend"):
        return f"12m {' '.join(groups['yend'].lower().split())}"
    return f"h {groups.get('hyear') or ''}".strip()


_RANGE_LINK = re.compile(r"^\s*(?:to|-|–|—|and|through)\s*$", re.IGNORECASE)


def _mark_ranges(text: str, base: int, found: list[Quantity]) -> list[Quantity]:
    """Flag both ends of "A to B", "A-B" and "between A and B" (same kind): a range is
    not a claim of either value. "from A to B" is a change, not a range."""
    marked = list(found)
    for i in range(len(marked) - 1):
        a, b = marked[i], marked[i + 1]
        if a.kind is not b.kind or a.kind in (Kind.DATE, Kind.PERIOD):
            continue
        link = text[a.end - base : b.start - base]
        if not _RANGE_LINK.match(link):
            continue
        before = text[max(0, a.start - base - 30) : a.start - base].lower()
        is_between = re.search(r"between\s+(?:\S+\s+)?$", before) is not None
        word = link.strip().lower()
        if word == "and" and not is_between:
            continue
        if word in ("to", "through") and re.search(r"\bfrom\s+(?:\S+\s+){0,2}$", before):
            continue
        if word in ("to", "through") and re.search(
            r"(?:increas|decreas|rose|grew|fell|declin|reduc|rais|lower|cut|up|down)\w*"
            r"\s+(?:\S+\s+){0,3}$",
            before,
        ):
            continue
        marked[i] = replace(a, in_range=True)
        marked[i + 1] = replace(b, in_range=True)
    return marked


# -- tables ---------------------------------------------------------------------------------

#: White space may stand between any two signs of a cell; each run belongs to the sign
#: before it, so a run has one way to be read (see tables._FIGURE: "2", 5,000 tabs, "9,800"
#: took minutes when every optional sign had a ``\s*`` of its own on each side).
_CELL_NUMBER = lazy_compile(
    r"^\s*(?:(?P<cur>US\$|C\$|CA\$|\$|€|£)\s*)?(?:(?P<paren>\()\s*)?(?:(?P<cur2>\$)\s*)?"
    rf"(?:(?P<minus>[-−])\s*)?(?P<num>{_DIGITS})\s*(?:(?P<pct>%)\s*)?(?:\)\s*)?$",
)


def _table_scale(table: Paragraph, blocks: list[Paragraph], index: int | None) -> Decimal:
    """The unit a table's bare numbers are in: from its header rows, its heading or the
    paragraph just before it ("(in thousands, except per share data)")."""
    texts: list[str] = []
    if table.rows:
        for row in table.rows[:6]:  # a text statement's unit line under four header lines
            texts.extend(cell.text for cell in row)
    if table.heading:
        texts.append(table.heading)
    if index is not None and index > 0:
        texts.append(blocks[index - 1].text[-200:])
    for text in texts:
        match = TABLE_SCALE.search(text)
        if match:
            word = (match.group("w") or "thousands").lower()
            return {"thousands": Decimal(10) ** 3, "millions": Decimal(10) ** 6}.get(
                word, Decimal(10) ** 9
            )
    return ONE


def _table_quantities(
    table: Paragraph,
    table_index: int,
    blocks: list[Paragraph],
    block: int | None,
    section: SectionKind | None,
) -> Iterable[Quantity]:
    rows = table.rows or []
    if not rows:
        return []
    scale = _table_scale(table, blocks, block)
    header = rows[0]
    found: list[Quantity] = []
    for r, row in enumerate(rows):
        if not row:
            continue
        label = row[0].text.strip()
        lowered = label.lower()
        per_share = "per share" in lowered or "per diluted" in lowered or "per basic" in lowered
        is_shares = "shares" in lowered and not per_share
        for c, cell in enumerate(row[1:], start=1):
            match = _CELL_NUMBER.match(cell.text)
            if match is None:
                continue
            number = _decimal(match.group("num"))
            if number is None:
                continue
            negative = bool(match.group("paren") or match.group("minus"))
            ulp = _ulp_of(match.group("num"))
            if match.group("pct"):
                kind, unit_scale, currency = Kind.PERCENT, ONE, None
            elif is_shares:
                kind, unit_scale, currency = Kind.SHARES, scale, None
            elif per_share:
                kind, unit_scale, currency = Kind.MONEY, ONE, "USD"
            else:
                if re.fullmatch(r"(19|20)\d\d", match.group("num")) and r == 0:
                    continue
                kind, unit_scale, currency = Kind.MONEY, scale, "USD"
            value = number * unit_scale * (-1 if negative else 1)
            column_label = header[c].text.strip() if c < len(header) and r > 0 else ""
            found.append(
                Quantity(
                    kind=kind,
                    value=value,
                    interval=qualified_interval(value, ulp * unit_scale, None),
                    start=cell.span.text_start,
                    end=cell.span.text_end,
                    text=cell.text,
                    ulp=ulp * unit_scale,
                    section=section,
                    block=block,
                    currency=currency,
                    scale=unit_scale,
                    per="share" if per_share else None,
                    security="shares" if is_shares else None,
                    negative=negative,
                    cell=Cell(table_index, r, c, label, column_label),
                )
            )
    return found
