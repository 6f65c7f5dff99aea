"""Claims that relate a release's numbers to each other, found from sentence structure.

``disclint.quantities`` says what each number is; this module says which numbers a
sentence *claims* are related, and how: "2,500,000 shares at $4.00 per share for gross
proceeds of $10.0 million" is a product claim (amount = shares x price); "a premium of 700%
to the closing bid of $0.0005" a premium claim; "increased 15% to $115 million from $100
million" a change claim. The NUM rules check the arithmetic of each claim.

Relations come from cue words and the phrase each figure sits in, inside one sentence, or
across the neighbouring sentences of a paragraph (or the previous paragraph) when the later
sentence points back ("Upon conversion, the Company issued ...", "The offering price
represents ...", "Following the purchase, ..."); a headline total is read against the
totals the body's terms imply. Nothing here
tries every combination of numbers in a paragraph: a number that no cue ties to another is
left alone, and so is every sentence where the cues admit two readings. That is the
precision contract of the NUM family: silence when in doubt.

Public shape: ``Relations(facts)`` with one lazily computed list per claim type
(``products``, ``offering_products``, ``premiums``, ``changes``, ``portions``,
``outstanding_counts``, ``aggregates``, ``proceeds``, ``splits``, ``split_ratios``,
``restatements``, ``spelled``, ``currency_mixes``, ``malformed``), each item a small
frozen dataclass holding the ``Quantity`` objects it relates; ``relations_for(facts)``
caches one per ``Facts``. ``compatible_classes`` and ``face_interval`` are shared helpers;
``claim_views()`` and ``section_views()`` give the sentences the family's other claim
readers (dividends, parts and totals, ratios) read. This is the NUM family's own analysis
(it was ``linter/relations.py``); ``model.claims_of`` lists every claim at once.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING

from disclint.api import (
    Interval,
    Kind,
    Qualifier,
    Quantity,
    finditer_any_of,
    fold,
    lazy_compile,
    may_match,
    parse_number_words,
    per_release,
    qualified_interval,
    release_pattern,
)

if TYPE_CHECKING:
    from disclint.api import Facts, Release, SectionKind

__all__ = [
    "CLAIM_SECTIONS",
    "HEAD_SECTIONS",
    "HEDGED",
    "HEDGE_WORDS",
    "Aggregate",
    "Change",
    "CurrencyMix",
    "Portion",
    "Premium",
    "Proceeds",
    "Product",
    "Relations",
    "Restatement",
    "Spelled",
    "Split",
    "SplitRatio",
    "View",
    "compatible_classes",
    "face_interval",
    "plain_after",
    "plain_between",
    "relations_for",
]

#: The words that hedge a figure ("approximately $5.0 million"), in one place: every
#: pattern that lets a hedge stand between its cue and the figure uses ``HEDGED``.
HEDGE_WORDS = r"approximately|about|roughly|nearly|almost"
#: An optional hedge word and its space, for the end of a cue read before a figure.
HEDGED = rf"(?:(?:{HEDGE_WORDS})\s+)?"
#: Sections whose sentences make claims the NUM rules check. The About boilerplate and the
#: forward-looking legend are left out: their figures are background, rarely related.
CLAIM_SECTIONS: frozenset[str | None] = frozenset({"body", "dateline", "quote"})
HEAD_SECTIONS: frozenset[str | None] = frozenset({"headline", "subheadline"})
#: What the typed-fact reader (``measures_text``) reads: these kinds of figure, in these
#: sections (``Relations.holds`` tells, without importing it, whether a release has any).
MEASURED_KINDS = frozenset({Kind.MONEY, Kind.PERCENT, Kind.SHARES, Kind.POINTS})
MEASURED_SECTIONS: frozenset[str | None] = CLAIM_SECTIONS | HEAD_SECTIONS
#: Where a change stated in one sentence is read: the claim sections and "About" paragraphs.
CHANGE_SECTIONS: frozenset[str | None] = CLAIM_SECTIONS | {"about"}
SHARE_UNITS = frozenset({"share", "unit", "ads", "preferred share"})


def face_interval(quantity: Quantity) -> Interval:
    """The interval of a figure's face value: its rounding, ignoring a bound qualifier
    ("up to $5 million" compared with "up to 1,000,000 shares at $5.00" is the same cap)."""
    qualifier = quantity.qualifier if quantity.qualifier is Qualifier.ABOUT else None
    return qualified_interval(quantity.value, quantity.ulp, qualifier)


# -- claims ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Product:
    """amount = shares x price. ``preferred`` is the count of preferred shares (or notes)
    converted when the amount is their stated value; ``option`` the over-allotment shares
    added when the amount assumes the option is exercised in full."""

    amount: Quantity
    shares: Quantity
    price: Quantity
    context: str  # "conversion", "offering", "purchase"
    preferred: Quantity | None = None
    option: Quantity | None = None
    stated_terms: bool = False  # the stated value / conversion ratio is written out


@dataclass(frozen=True, slots=True)
class Premium:
    """price / reference - 1 = percent (or 1 - price / reference for a discount)."""

    percent: Quantity
    price: Quantity | None
    reference: Quantity | None
    discount: bool
    reference_dated: bool
    sentence_start: int
    sentence_end: int
    market_reference: bool = True  # the reference is a market price (bid, close, VWAP)
    subject_is_price: bool = False  # "The offering price represents ...": a specific price
    amount: Quantity | None = None  # "a $9.08 or 149% premium to $6.10": the difference
    on_a_date: bool = False  # the sentence names a calendar date ("the close on May 26, 2017")
    #: the reference is named by pointing back at a price stated before ("to that close")
    reference_before: bool = False


@dataclass(frozen=True, slots=True)
class Change:
    """(new - old) / |old| = change (percent), new - old = change (points), or new / old =
    change (multiple: doubled, 3x). ``direction`` is +1 for increase words, -1 for decrease
    words. When only the amount of the change is stated (``delta``), old = new -/+ delta."""

    change: Quantity
    new: Quantity
    old: Quantity | None
    direction: int
    delta: Quantity | None = None  # "increased by $1.4 million, or 132%, to $2.5 million"
    #: both levels are declared amounts, exact to the cent ("a quarterly dividend of $0.23
    #: per share, an increase of 9.5% from $0.21"), not rounded figures
    exact: bool = False


_EVALUATIVE = lazy_compile(r"improv", re.I)


def _cue_direction(cue: re.Match[str]) -> int:
    """+1 for an increase word, -1 for a decrease word, 0 for "improved"/"improvement",
    which says better, not up (an efficiency ratio, a cost or a loss improves by falling)."""
    groups = cue.groupdict()
    up = groups.get("up") or groups.get("up2") or groups.get("up3")
    if up and _EVALUATIVE.match(up):
        return 0
    return 1 if up else -1


@dataclass(frozen=True, slots=True)
class Portion:
    """part / whole = percent. ``ownership`` when the whole is shares outstanding; the
    whole may be unstated (then the rule can only state what it implies)."""

    part: Quantity
    percent: Quantity
    whole: Quantity | None
    ownership: bool
    post_issuance: bool  # "post conversion", "after giving effect to"
    pre_issuance: bool  # "before giving effect", "prior to the offering"
    diluted: bool  # "fully diluted", "as-converted", "voting power"


@dataclass(frozen=True, slots=True)
class Aggregate:
    """total = prior + increment; ``prior`` is None when the release does not state it."""

    total: Quantity
    increment: Quantity
    prior: Quantity | None


@dataclass(frozen=True, slots=True)
class Proceeds:
    """gross proceeds against net proceeds, with the deductions stated beside them."""

    gross: Quantity
    net: Quantity
    fees: tuple[Quantity, ...] = ()
    fee_percents: tuple[Quantity, ...] = ()


@dataclass(frozen=True, slots=True)
class Split:
    """before / ratio = after for share counts (before x ratio = after for prices)."""

    ratio: Quantity
    before: Quantity
    after: Quantity
    prices: bool = False


@dataclass(frozen=True, slots=True)
class SplitRatio:
    """A split ratio as written (digits, words or "every N shares into one")."""

    ratio: Quantity
    old_per_new: Decimal
    text: str
    named: str | None = None  # "reverse" or "forward" when the words after the ratio say so
    share_class: str | None = None  # "a" in "a 1-for-20 reverse split of its Class A shares"


@dataclass(frozen=True, slots=True)
class Restatement:
    """The same quantity stated twice (``first`` is the earlier; ``key`` says what it is)."""

    first: Quantity
    second: Quantity
    key: str
    alternatives: tuple[Quantity, ...] = ()  # other statements of the key that were checked


@dataclass(frozen=True, slots=True)
class Spelled:
    """A number in words with its digits: "two hundred fifty million (250,000,000)"."""

    quantity: Quantity
    words_value: int


@dataclass(frozen=True, slots=True)
class CurrencyMix:
    """Bare "$" amounts beside an explicit non-US dollar ("C$0.60")."""

    explicit: Quantity
    bare: Quantity


# -- sentence views -------------------------------------------------------------------------


@dataclass
class View:
    """One sentence with its quantities, and helpers to read the words around them."""

    index: int
    start: int
    text: str
    section: SectionKind | None
    block: int | None
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[Quantity] = field(default_factory=list)
    periods: list[Quantity] = field(default_factory=list)

    def before(self, q: Quantity, width: int = 80) -> str:
        end = q.start - self.start
        return self.text[max(0, end - width) : end]

    def after(self, q: Quantity, width: int = 80) -> str:
        begin = q.end - self.start
        return self.text[begin : begin + width]

    def between(self, a: Quantity, b: Quantity) -> str:
        if a.start > b.start:
            a, b = b, a
        return self.text[a.end - self.start : b.start - self.start]

    def of(self, kind: Kind) -> list[Quantity]:
        """The sentence's quantities of ``kind``, in order (a new list each call: callers
        may change it)."""
        return list(self._by_kind.get(kind, ()))

    @cached_property
    def _by_kind(self) -> dict[Kind, list[Quantity]]:
        # grouped once: the readers ask some 160,000 times a corpus; ``quantities`` is
        # complete before the first reader asks (``Relations.__init__`` fills it)
        found: dict[Kind, list[Quantity]] = {}
        for q in self.quantities:
            found.setdefault(q.kind, []).append(q)
        return found

    @property
    def lower(self) -> str:
        return self.text.lower()

    def may(self, pattern: re.Pattern[str]) -> bool:
        """``may_match(pattern, self.folded)``, remembered per pattern: the test scans the
        whole sentence, and readers ask it once per figure (``_near``): a long sentence of
        many figures would be scanned once per figure."""
        known = self._may.get(id(pattern))
        if known is None:
            known = self._may[id(pattern)] = may_match(pattern, self.folded)
        return known

    @cached_property
    def _may(self) -> dict[int, bool]:
        return {}

    @cached_property
    def folded(self) -> str:
        """The sentence case folded (``fold``), for ``may_match``: made once a sentence, which
        the claim readers ask about dozens of patterns."""
        return fold(self.text)


#: The measures a change and a comparison in the sentence next to it must both name.
_MEASURE = re.compile(
    r"\b(?:revenues?|net sales|sales|dividends?|net income|net loss|earnings|ebitda"
    r"|gross profit|operating income|bookings|backlog|deposits|loans)\b",
    re.IGNORECASE,
)
#: Words after a change that name what changed ("12% in headcount", "of its staff").
_OWN_SUBJECT_AFTER = lazy_compile(r"^\s*(?:in|of|for)\s+(?:the\s+|its\s+|our\s+)?[a-z]", re.I)
#: A change that points back at the comparison before it: "this 10.6% growth", "This
#: represents an increase of 599%", "this was a year-over-year increase of".
_BACK_TO_COMPARISON = lazy_compile(
    r"\b(?:this|that)\s+(?:(?:represents?|represented|reflects?|reflected|is|was)\s+)?"
    r"(?:(?:an?|the)\s+)?(?:(?:comp\.|comparable|total|overall|year[- ]over[- ]year)\s+)?"
    r"(?:(?:increase|decrease|growth|rise|decline|gain|improvement)\s+(?:of\s+)?)?"
    rf"{HEDGED}$",
    re.I,
)
_PAIR_NEW_OLD = lazy_compile(
    r"^(?:\s+per\s+[\w-]+)?\s*(?:,\s*)?(?:compared\s+(?:to|with)|as\s+compared\s+(?:to|with)|versus|vs\.?|up\s+from"
    rf"|down\s+from)\s+{HEDGED}$",
    re.IGNORECASE,
)
_PAIR_LEVEL_FROM = lazy_compile(
    r"^(?:\s+per\s+[\w-]+)?(?:\s+(?:for|in|during)\s+the\s+(?:quarter|period|year|month"
    rf"|fiscal\s+year)\b)?\s*(?:,\s*)?from\s+{HEDGED}$",
    re.IGNORECASE,
)
_LEVEL_BEFORE = lazy_compile(rf"\b(?:to|was|were|of|totall?ed|reached)\s+{HEDGED}$", re.IGNORECASE)
#: "The 24% increase was driven by ...": a change that opens its sentence with "the"
_THE_CHANGE_OPENS = lazy_compile(
    r"^\W*the\s+(?:(?:increase|decrease|growth|rise|decline|gain|improvement)\s+of\s+)?"
    rf"{HEDGED}$",
    re.IGNORECASE,
)
_PAIR_OLD_NEW = lazy_compile(rf"^(?:\s+per\s+[\w-]+)?\s+to\s+{HEDGED}$", re.IGNORECASE)


def _comparison_pair(view: View, measure: str | None) -> tuple[Quantity, Quantity] | None:
    """(new, old) when a sentence with no percent states one comparison of two alike
    figures ("A compared to B", "from B to A") right after naming ``measure`` (any measure
    the list names when ``measure`` is None)."""
    if view.of(Kind.PERCENT) or view.of(Kind.POINTS):
        return None
    figures = [
        q
        for q in view.quantities
        if q.kind in (Kind.MONEY, Kind.SHARES) and not q.in_range and q.qualifier is None
    ]
    found = []
    # "$18.4 million, or $1.07 per diluted share, for the fourth quarter of 2025, compared
    # with $16.2 million": the per-share aside and the period do not break the comparison
    if any(q.kind is Kind.MONEY and q.per is None for q in figures):
        figures = [q for q in figures if not _per_share_aside(view, q)]
    for a, b in pairwise(figures):
        if a.kind is not b.kind or a.per != b.per or (a.currency or "") != (b.currency or ""):
            continue
        gap = _without_periods(view, a, b)
        if _PAIR_NEW_OLD.match(gap):
            new, old = a, b
        elif _PAIR_LEVEL_FROM.match(gap) and _near(_LEVEL_BEFORE, view, view.before(a, 20)):
            # "increased to $12.4 million for the quarter, from $10.0 million": the level
            # reached, then the one it moved from (not "increased $2.4 million from ...")
            new, old = a, b
        elif _PAIR_OLD_NEW.match(gap) and re.search(
            r"\bfrom\s+(?:approximately\s+)?$", view.before(a, 20), re.I
        ):
            new, old = b, a
        else:
            continue
        named = [m.group().lower().rstrip("s") for m in _MEASURE.finditer(view.before(a, 80))]
        if named and named[-1] == (measure or named[-1]) and old.value > 0 and not new.negative:
            found.append((new, old))
    return found[0] if len(found) == 1 else None


#: A percentage that is a margin: "34.1% of net sales", "a gross margin of 34.1%".
_MARGIN_AFTER = lazy_compile(r"^\s*of\s+(?:net\s+|total\s+)?(?:sales|revenues?)\b", re.I)
_MARGIN_BEFORE = lazy_compile(r"\bmargins?\s+(?:was\s+|of\s+|were\s+)?$", re.I)


def _margin_pair(view: View) -> tuple[Quantity, Quantity] | None:
    """(new, old) when a sentence states two margins and nothing else in percent, the
    first compared with the second ("34.1% of net sales, compared with ..., or 34.9% of
    net sales")."""
    rates = [q for q in view.of(Kind.PERCENT) if not q.in_range]
    if len(rates) != 2 or view.of(Kind.POINTS):
        return None
    if not all(
        _MARGIN_AFTER.match(view.after(q, 30)) or _MARGIN_BEFORE.search(view.before(q, 30))
        for q in rates
    ):
        return None
    new, old = rates
    if not re.search(r"\b(?:compared\s+(?:to|with)|versus|vs\.?)\b", view.between(new, old), re.I):
        return None
    return new, old


#: A dividend or distribution rate: declared to the cent, not a rounded result.
_DECLARED_RATE = re.compile(r"\bdividends?\b|\bdistributions?\b", re.IGNORECASE)


def _declared_cents(q: Quantity | None) -> bool:
    return (
        q is not None
        and q.kind is Kind.MONEY
        and q.per in SHARE_UNITS
        and q.scale == 1
        and q.qualifier is None
        and q.ulp >= Decimal("0.001")
    )


_ASIDE_OR = re.compile(rf",\s*or\s+{HEDGED}$", re.IGNORECASE)


def _per_share_aside(view: View, q: Quantity) -> bool:
    """ "$14.1 million, or $0.57 per diluted share": a per-share figure restating the amount
    before it."""
    return (
        q.kind is Kind.MONEY
        and q.per is not None
        and _ASIDE_OR.search(view.before(q, 20)) is not None
    )


def _share_of_revenue_aside(view: View, q: Quantity) -> bool:
    """ "$12.4 million, or 41.3% of revenue": a level's share of revenue, set aside by "or"."""
    return (
        q.kind is Kind.PERCENT
        and _near(_ASIDE_OR, view, view.before(q, 20))
        and _MARGIN_AFTER.match(view.after(q, 40)) is not None
    )


_UP_OR_DOWN = r"(increase|decrease|rise|gain|growth|improvement|decline|drop|reduction|up|down)"
#: "$7.5 million, a $2.7 million increase from $4.8 million": the words between the new
#: level and the amount, and between the amount and the prior level.
_AMOUNT_CHANGE_HEAD = lazy_compile(
    rf"(?<!\s)\s*,\s*(?:(?:an?|representing\s+an?)\s+(?:{_UP_OR_DOWN}\s+of\s+)?|{_UP_OR_DOWN}\s+)"
    rf"{HEDGED}",
    re.I,
)
_AMOUNT_CHANGE_TAIL = lazy_compile(
    rf"(?<!\s)\s+(?:{_UP_OR_DOWN}\s+)?(?:from|over|compared\s+(?:to|with)|versus|vs\.?)\s+"
    rf"{HEDGED}",
    re.I,
)
_DOWN_WORD = lazy_compile(r"decrease|decline|drop|reduction|down", re.I)
#: The words that join a measure to its figure ("Operating expenses were $583,000").
_LINKING_TAIL = lazy_compile(
    r"(?<!\s)\s*(?:\b(?:was|were|is|are|totall?ed|totals|reached|amounted\s+to|came\s+in\s+at"
    rf"|stood\s+at|of)\s+)+{HEDGED}$",
    re.I,
)
#: Words that name no measure a change could point back at.
_NOT_MEASURES = frozenset({"company", "company's", "company’s", "total", "this", "that", "with"})
#: The verb of a change stated as an amount, right before it or before its "by" (a period
#: may stand between: "decreased during the third quarter by $41.2 million").
_AMOUNT_VERB = lazy_compile(
    r"\b(?:(?P<up>increased|grew|rose|climbed|jumped|(?:was|were)\s+up)"
    r"|(?P<down>decreased|declined|fell|dropped|(?:was|were)\s+down))"
    r"(?:(?:\s+(?!to\b|from\b|of\b|at\b|than\b|compared\b|versus\b)[\w-]+){0,6}?\s+by)?"
    rf"\s+{HEDGED}$",
    re.I,
)
#: What makes a price "each" an option's: "exercisable at $4.00 each".
_EXERCISE_WORD = lazy_compile(r"exercis|conver|strike", re.I)
#: How far before a price "each" names what it prices ("units at"), on the price's line.
EACH_LEAD = 40
#: How far after a price its "each" (``_EACH_AFTER``) is looked for.
EACH_REACH = 40


def _lead_of_each(text: str, price: str) -> str | None:
    """The words (at most ``EACH_LEAD`` characters, on its line) before the price ``price``
    written with "each" or "apiece" after it in ``text``; ``None`` if it is not. Where two
    such prices stand on one line within reach, the lead runs to the later one, from where
    the first one's lead starts (as a leftmost, longest search would read it)."""
    found: list[int] = []
    at = text.find(price)
    while at != -1:
        if _EACH_AFTER.match(text[at + len(price) : at + len(price) + EACH_REACH]):
            found.append(at)
        at = text.find(price, at + 1)
    if not found:
        return None
    first = found[0]
    start = max(first - EACH_LEAD, text.rfind("\n", 0, first) + 1, 0)
    last = max(i for i in found if i - start <= EACH_LEAD and "\n" not in text[start:i])
    return text[start:last]


_LEVEL_THEN_AMOUNT = lazy_compile(
    rf"(?<!\s)\s*,\s*(?:(?:an?\s+)?{_UP_OR_DOWN}\s+of|up|down)\s+{HEDGED}",
    re.I,
)
#: A sentence that opens by pointing back at the one before: "This represents a 12%
#: increase over ...".
_THIS_REPRESENTS = re.compile(
    r"(?<!\W)\W*(?:this|that)\s+(?:represents|represented|marks|marked|was|is)\b", re.I
)
_BARE_YEAR_FIRST = lazy_compile(r"^\s+(?:in|for)\s+(?:fiscal\s+)?(?:19|20)\d\d\b(?=\s*,)", re.I)
_PERIOD_AFTER = re.compile(
    r"(?<![\s,])[\s,]*\b(?:for|in|during|at|as\s+of|on)\s+(?:the\s+)?$", re.IGNORECASE
)
#: The words that hedge a figure ("roughly $4.1 million"), read before it.
_HEDGE = lazy_compile(rf"\b(?:{HEDGE_WORDS})\s+", re.I)
#: A parenthesis with no figure in it ("(unaudited)", "(“NII”)"): an aside between figures.
_PLAIN_ASIDE = lazy_compile(r"(?<!\s)\s*\([^()\d$%€£]{1,40}\)")


def _without_periods(view: View, a: Quantity, b: Quantity) -> str:
    """The words between two figures without a period or date that names the first one's
    ("$18.4 million for the fourth quarter of 2025, compared with $16.2 million", "$6.0
    billion at September 30, 2025 from"), without a parenthesis holding no figure ("$7.5
    million (unaudited), a $2.7 million increase") and without the per-share figures
    written aside between them."""
    return _plain_span(view, a.end, b.start)


def plain_between(view: View, a: Quantity, b: Quantity) -> str:
    """The words between two figures (``a`` first) without the periods, dates and asides
    ``_without_periods`` drops."""
    return _without_periods(view, a, b)


def plain_after(view: View, q: Quantity, width: int = 80) -> str:
    """The words after ``q`` without a period, date or figure-less parenthesis that names
    it ("net income of $12.6 million for the third quarter, or $0.42 per diluted share").
    Read from a window of the text after ``q`` (the rest of the sentence only when the
    window's plain words fall short of ``width``): reading the whole rest for each figure
    was quadratic in a long sentence of figures."""
    end = view.start + len(view.text)
    window = min(end, q.end + 4 * width + 600)
    plain = _plain_span(view, q.end, window, per_share=False)
    if window < end and len(plain) < width:
        plain = _plain_span(view, q.end, end, per_share=False)
    return plain[:width]


def _plain_span(view: View, lo: int, hi: int, *, per_share: bool = True) -> str:
    """The release's text from ``lo`` to ``hi`` (offsets of the release) inside the sentence,
    without the periods, dates and asides ``_without_periods`` drops (the per-share asides
    kept when ``per_share`` is false: what follows a net income may be its EPS)."""
    lo = max(lo, view.start)
    gap = view.text[lo - view.start : max(lo, hi) - view.start]
    for p in sorted([*view.periods, *view.dates], key=lambda p: -p.start):
        if lo <= p.start and p.end <= hi:
            head = gap[: p.start - lo]
            cut = _PERIOD_AFTER.search(head)
            if cut is not None:
                gap = head[: cut.start()] + gap[p.end - lo :]
    # a bare year the reader lists no period for ("$368.6 million in 2023, up from")
    gap = _BARE_YEAR_FIRST.sub("", gap)
    gap = _PLAIN_ASIDE.sub("", gap)
    if not per_share:
        return gap
    # the per-share asides ("..., or $1.07 per diluted share,") between the two figures
    return re.sub(
        r",\s*or\s+\S+\s+per\s+(?:diluted\s+|basic\s+)?(?:common\s+)?share\b",
        "",
        gap,
        flags=re.IGNORECASE,
    )


def _since_last_figure(view: View, q: Quantity, width: int) -> str:
    """The words before ``q`` back to the sentence's previous figure (at most ``width``).
    The previous figure's end is found by bisection in the sentence's sorted figure ends
    (made once a sentence): a scan of every figure for each one was quadratic in a long
    sentence of figures."""
    ends = _order(view).ends
    i = bisect_right(ends, q.start)
    start = ends[i - 1] if i else view.start
    start = max(start, view.start, q.start - width)
    return view.text[start - view.start : q.start - view.start]


@dataclass(slots=True)
class _Order:
    """A sentence's figures in order of start, their starts and their sorted ends (offsets
    of the release and of the sentence as named), made once a sentence: the lookups that
    scanned every figure for each figure or clause were quadratic in a long sentence."""

    view: View
    ordered: list[Quantity]
    starts: list[int]  # offsets in the sentence
    ends: list[int]  # offsets in the release, sorted
    percent_values: set[int] | None = None  # ``percent_values``, once asked


#: Each sentence's ``_Order`` by identity (the entry holds its view, so the id is not reused
#: while it lives); cleared when full, and when each release's check ends (``per_release``).
_ORDERS: dict[int, _Order] = per_release({})


def _order(view: View) -> _Order:
    known = _ORDERS.get(id(view))
    if known is None or known.view is not view:
        if len(_ORDERS) >= 4096:
            _ORDERS.clear()
        ordered = sorted(view.quantities, key=lambda q: q.start)
        known = _ORDERS[id(view)] = _Order(
            view,
            ordered,
            [q.start - view.start for q in ordered],
            sorted(q.end for q in ordered),
        )
    return known


def figures_from(view: View, lo: int, hi: int) -> list[Quantity]:
    """The figures of ``view`` that start at ``lo`` .. ``hi - 1`` (offsets in the sentence),
    in order (a bisection in ``_order``)."""
    order = _order(view)
    return order.ordered[bisect_left(order.starts, lo) : bisect_left(order.starts, hi)]


def _search(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


def _near(pattern: re.Pattern[str], view: View, text: str) -> bool:
    """``_search(pattern, text)`` for ``text`` a slice of ``view.text`` (``View.before``,
    ``after``, ``between``): false at once when the sentence lacks every word the pattern
    requires (``may_match`` on its fold), since then no slice of it holds one."""
    return view.may(pattern) and pattern.search(text) is not None


def _in_view(pattern: re.Pattern[str], view: View) -> bool:
    """``_search(pattern, view.text)``, false at once for a sentence that lacks every word
    the pattern requires (``may_match``): most sentences name no split, no option, ..."""
    return view.may(pattern) and pattern.search(view.text) is not None


def _rx(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern, compiled on first use (most claims' wordings never run on
    a given release)."""
    return lazy_compile(pattern, re.IGNORECASE)


_ASIDE = lazy_compile(r"(?:(?<!\s)\s+)?\([^()]{1,30}\)")


def _ratio_anchor(view: View, n: Decimal, start: int, end: int) -> Quantity:
    """A split ratio "one for every N" read from words, as a RATIO quantity at
    ``view.text[start:end]``."""
    return Quantity(
        kind=Kind.RATIO,
        value=n,
        interval=Interval.exact(n),
        start=view.start + start,
        end=view.start + end,
        text=view.text[start:end],
        ulp=Decimal(1),
        section=view.section,
        sentence=view.index,
        block=view.block,
        ratio=(Decimal(1), n),
    )


def _without_asides(text: str) -> str:
    """``text`` without short parenthetical asides ("(NYSE: VRO)"), which stand between a
    figure and the words that say what it is."""
    return _ASIDE.sub("", text)


# -- cue words ------------------------------------------------------------------------------

_TRANSACTION = _rx(
    r"offer|placement|\bsold\b|\bsale\b|\bsell|purchas|bought|\bbuy|issu|convert|conversion"
    r"|subscri|financ|\brais|proceeds|priced|pricing|invest|exchange|acquir|repurchas"
    r"|buyback|exercise|consideration|valued at|\breceived\b"
)
_OPTION = _rx(
    r"over-?allotment|option to purchase|underwriters'? option|option to buy|greenshoe"
    r"|option (?:is|are|was|were) exercised|exercises? (?:of )?(?:the|this|such|its|their) option"
    r"|(?<!\d)\d+-day option|option for|exercised in full|if exercised"
)
_OPTION_EXCLUDED = _rx(
    r"(?:exclud\w*|without|not includ\w*|does not include|assuming no|before)\b[^.;]{0,60}"
    r"(?:option|over-?allotment)"
)
_OPTION_FULL = _rx(
    r"in full|full exercise|fully exercised|if the underwriters? exercises?"
    r"|including (?:the )?(?:full )?exercise|assuming (?:the )?(?:full )?exercise"
    r"|if (?:the )?(?:over-?allotment )?option is exercised"
)
#: "for an aggregate purchase price of $10,000,000": the amount, however written.
_TOTAL_PRICE = _rx(
    r"\b(?:aggregate|total)\s+(?:purchase\s+|subscription\s+|offering\s+|sale\s+)?price\s+of\s+"
    rf"{HEDGED}$"
)
_PROCEEDS_WERE = _rx(
    r"proceeds(?:\s+[\w'’]+){0,3}\s+(?:were|was|are|is|totaled|totalled|amounted to)\s+"
    rf"{HEDGED}$"
)
_AMOUNT_BEFORE = _rx(
    # "gross proceeds to the Company of $40.0 million": who receives them, between
    # (the issuer: a name, not the selling stockholders or the underwriters)
    r"(?:proceeds(?:\s+to\s+(?:the\s+)?(?!(?:selling|stockholders?|shareholders?|holders?"
    r"|underwriters?|agents?|investors?|purchasers?)\b)(?-i:[A-Z])[\w'’.&-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’.&-]*)?(?=\s+of\b))?|rais\w*|invest\w*|aggregate|total\w*|worth|valued(?:\s+at)?|value|consideration"
    r"|valuation(?:\s+of\s+[\w.&-]+)?"
    r"|purchase price|principal|capital|amount|for|\(|financing|placement|offering|or"
    r"|convert\w*|purchas\w*|sold|paid|exchang\w*|subscri\w*|generat\w*|receiv\w*)"
    r"\s*(?:of\s+)?(?:(?:about|approximately|an aggregate of|a total of|up to|roughly"
    r"|some)\s+)*$"
)
#: "Gross proceeds from the offering of N shares at $P per share are expected to be $A":
#: the amount after the copula of a sentence whose subject is the gross proceeds
_GROSS_SUBJECT = _rx(r"^\W*(?:the\s+)?(?:total\s+|aggregate\s+)?gross\s+proceeds\b")
_PROCEEDS_COPULA = _rx(
    r"\b(?:are|is|were|was|will\s+be)\s+(?:expected\s+to\s+(?:be|total)\s+|estimated\s+"
    rf"(?:to\s+be\s+|at\s+))?{HEDGED}$"
)
#: "The shares were sold at $1.60 per share": a sentence about the securities the
#: sentence before counted
_MORE_THAN_ONE_SALE = _rx(
    r"\boption\b|\bincluding\b|\badditional\b|\btranches?\b|\bconcurrent|\btogether\s+with\b"
    r"|\bcombined\b|\bin\s+total\b|\bto\s+date\b"
)
_THE_SECURITIES = _rx(
    r"^\W*(?:the|these|such)\s+(?:(?:common|new|offered)\s+)?(?:shares|units|securities)\s+"
    r"(?:were|are|will\s+be|have\s+been)\s+(?:sold|issued|priced|offered)\b"
)
_AMOUNT_AFTER = _rx(
    r"^\s*(?:\)|in\s+(?:aggregate\s+)?(?:gross\s+|net\s+)?proceeds|of\s+(?:aggregate\s+)?"
    r"(?:gross\s+|net\s+)?proceeds|in\s+gross|of\s+invested capital|of\s+capital"
    r"|(?:in\s+)?(?:aggregate\s+)?(?:principal|stated value)"
    r"|of\s+(?:the\s+)?(?:company's\s+)?(?:series\s+\w+\s+)?(?:convertible\s+)?"
    r"(?:preferred|notes?|debentures?|debt|principal)"
    # ("the $10.00 offering price": a price named after its figure, not an amount)
    r"|(?:[a-z-]+\s+){0,3}(?:private placement|offering|financing|investment)(?!\s+price))"
)
_PRICE_BEFORE = _rx(
    r"(?:\bat|\bat\s+an\s+average\s+of|price\s+of|priced\s+at|prices?\s+(?:is|was|of)|price\s+equal\s+to"
    r"|price\s+(?:for|of)\s+each\s+(?:share|unit)\s+(?:is|was|will\s+be)"
    r"|price\s+per\s+(?:share|unit)\s+of|each)\s*(?:a\s+)?(?:approximately\s+)?$"
)
_NOT_A_PRICE = _rx(
    r"earnings|\beps\b|income|loss|dividend(?!\s+shares\b)|distribution|book value|\bnav\b"
    r"|net asset|cash flow|revenue|\bffo\b|affo|ebitda|par value|(?<!average )cost|payout|interest"
    r"|coupon"
)
#: The verb of a sale or a buyback, by its stem.
_SALE_VERB = _rx(r"\b(?P<stem>repurchas|sold|issu|acquir|bought)\w*\b")
#: A count that is not the one sold: held, outstanding, authorised, underlying.
_NOT_SOLD = _rx(r"outstanding|authori[sz]ed|reserved|underlying|held\b|owns?\b|beneficial")
#: The price of the sale named in a sentence of its own.
_SALE_PRICE = _rx(
    r"\b(?:(?:public\s+)?offering|purchase|subscription|issue|sale)\s+price\b[^$]{0,40}$"
    r"|\b(?:priced\s+at|at\s+a\s+price\s+of)\s+$"
)
#: "units consisting of one share of common stock and a warrant": a count of the shares
#: sold is the count of units.
_ONE_SHARE_UNITS = _rx(
    r"\bunits?\s+(?:each\s+)?(?:consisting|comprised|composed)\s+of\s+one\s+(?:\(1\)\s+)?"
    r"(?:common\s+)?share\b"
)
#: "from the exercise of warrants to purchase 2,500,000 shares at $4.00 per share": the
#: shares are the warrants', and their exercise is the sale.
_WARRANTS_EXERCISED = _rx(r"\bexercise\s+of\s+(?:the\s+)?(?:\w+\s+)?warrants\b")
_EXERCISE_PRICE = _rx(r"exercise price|strike price|exercisable at|exercise of")
#: A warrant's own price beside the price a share or unit is sold at.
_EXERCISABLE_AT = _rx(
    r"(?:exercisable|exercise\s+price\s+of|strike\s+price\s+of)\s+(?:at\s+)?(?:a\s+price\s+of\s+)?"
    r"(?:approximately\s+)?$"
)
#: "for $5.00 each", "at $2.50 apiece": a price written after its figure.
_EACH_AFTER = _rx(r"^\s*(?:each|apiece)\b")
_CONVERSION = _rx(r"convert|conversion")
_PROCEEDS_SUBJECT = _rx(r"^\W*(?:the\s+)?(?:total\s+|aggregate\s+)?(?P<w>gross|net)\s+proceeds\b")
#: "each with a stated value of $1,000", "Each preferred share carried a stated value of
#: $1,000", "each carrying a stated value of $1,000": a value per share, not the amount
#: converted (whatever verb ties "each" to the value)
_EACH_VALUE = _rx(
    r"\beach(?:\s+[\w-]+){0,4}?\s+an?\s+(?:stated|face|liquidation|par)\s+"
    r"(?:value|preference)\s+of\s+$"
)
#: "convertible into common stock at $2.50": terms of a later conversion, not one done
_CONVERTIBLE_INTO_LATER = _rx(r"\bconvertible\b|\bwill\s+be\s+convert|\bmay\s+convert")
_ISSUED_CUE = _rx(
    r"issu\w*|upon conversion|upon (?:the )?conversion|received?|resulting|into|deliver\w*"
)
_AGGREGATE_CUE = _rx(
    r"in aggregate|aggregate (?:of|holdings?|position)|now (?:own|hold|ha(?:s|ve)|control)s?"
    r"|total(?:ing|ling)?\s+(?:of\s+)?|brings?|bringing|in total|total (?:holdings?|position|stake)"
    r"|cumulative(?:ly)?|increas\w+\s+(?:its|his|her|their)\s+(?:holdings?|stake|position)\s+to"
    r"|holds? a total"
    r"|(?:holdings?|stake|position|ownership)\s+(?:rose|increased|grew|climbed)\s+to"
)
_INCREMENT_BEFORE = _rx(rf"(?:another|additional|a further|further|an additional)\s+{HEDGED}$")
_PRIOR_BEFORE = _rx(
    r"(?:previously|already|had)\s+(?:own\w*|held|hold\w*|acquir\w*|purchas\w*|issu\w*|"
    rf"bought)\s+{HEDGED}$|prior (?:holdings?|position) of\s*"
    r"|(?:before|prior to)\s+(?:the|this|such|these|its|their)\s+(?:[\w-]+\s+)?(?:purchase|"
    r"acquisition|transaction|investment)s?\b[^.;]{0,40}?\b(?:held|owned|had)\s+"
    rf"{HEDGED}$"
    r"(?:approximately\s+)?$|\bup from\s+$|\bfrom\s+$"
)
_PREMIUM_AFTER = _rx(r"^\s*(?P<word>premium|discount)\b")
#: "20% below the closing price", "15% above the last sale price": a discount or premium
#: written as a side of a stated price.
_SIDE_OF_PRICE = _rx(
    r"^\s*(?P<word>below|under|above)\s+(?:the|its|our)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:price|bid|close|vwap)\b"
)
_HOLDING_OR = _rx(
    r"(?:own|hold|held|beneficially own)\w*\s+(?:approximately\s+)?[\d,.]+\s+(?:million\s+)?"
    r"(?:common\s+)?shares?(?:\s+of\s+common\s+stock)?(?:,?\s+(?:or|representing)\s+|\s*\(\s*)"
    rf"{HEDGED}$"
)
#: "... 4,500,000 shares issued in the placement represent 15.0%": the part's verb
_PART_REPRESENTS = _rx(
    r"\b(?:represent(?:s|ed|ing)?|constitut\w*|equal(?:s|ing)?(?:\s+to)?|amount(?:s|ing)?\s+to"
    rf"|account(?:s|ed|ing)?\s+for)\s+{HEDGED}$"
)
#: a part not yet counted in the outstanding shares, or a basis other than them
_NOT_YET_OUTSTANDING = _rx(
    r"\bto\s+be\s+issued\b|\bissuable\b|\bgiving\s+effect\b|\bpro\s+forma\b|\bwould\b"
    r"|\bdiluted\b|\bas[- ]converted\b|\bupon\s+(?:the\s+)?(?:conversion|exercise)\b"
)
#: "of which the shares issued in the offering represent": the offering's count by name
_OFFERED_SHARES_REPRESENT = _rx(
    r"\b(?:the|such)\s+(?:new\s+)?(?:common\s+)?shares\s+(?:issued|sold)\s+in\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:offering|placement|financing)\s+(?:represent|constitute|account\s+"
    rf"for)\w*\s+{HEDGED}$"
)
#: what may follow such a percentage: the end of the clause, or the company or its
#: outstanding shares it is a percentage of (not "of the votes cast" or "of the float")
_PORTION_ENDS = _rx(
    r"^\s*(?:[.;)]|,\s+(?:and|which|while|after|before|on|as)\b|$|of\s+(?:the\s+|its\s+|our\s+)?"
    r"(?:company|[\w'’.-]+['’]s\s+)?(?:(?:issued\s+and\s+)?outstanding|common\s+(?:stock|shares)"
    r"|shares|equity|capital)\b|of\s+(?:the\s+)?company\b)"
)
#: Between a part and its whole in one phrase: "4,000,000 of Tarrow's 52,000,000".
_PART_OF = _rx(
    r"^\s+(?:shares\s+|units\s+)?of\s+(?:the\s+|its\s+|our\s+|their\s+"
    r"|(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,2}['’]s\s+)(?:total\s+)?"
)
#: Between such a whole and its percentage: the whole's noun, then the percentage in
#: apposition ("shares outstanding, about 7.7%", "units (16.0%").
_WHOLE_THEN_PERCENT = _rx(
    r"^[^\d$€£;%()]{0,50}?(?:,\s*(?:or\s+|representing\s+|equal\s+to\s+|which\s+is\s+)?"
    rf"|\s*\(\s*){HEDGED}"
)
#: A percentage that ends its clause.
_CLAUSE_ENDS = _rx(r"^\s*(?:[.;,)]|$)")
#: "Nonperforming assets, at 0.42%": an aside that opens with a percentage.
_ASIDE_OPENS = _rx(rf"(?<!\s),\s*(?:at|representing|equal\s+to)\s+{HEDGED}$")
#: "... of total assets, were ": the whole the aside names, then the copula of the part.
_ASIDE_OF_WHOLE = _rx(
    r"^\s+of\s+(?P<whole>[^,;$€£\d()]{1,40}),\s+(?:was|were|is|are|totall?ed|stood\s+at"
    rf"|amounted\s+to|came\s+to)\s+{HEDGED}"
)
_OUTSTANDING_AFTER_COUNT = _rx(r"^\s*(?:(?:common\s+)?shares?\s+)?(?:issued\s+and\s+)?outstanding")
#: "of the 48,000,000 shares of Vireo Foods, Inc. outstanding": the issuer named between
#: the count and "outstanding" (a ticker aside removed first, see ``_without_asides``)
_OUTSTANDING_AFTER_ISSUER = _rx(
    r"^\s*(?:common\s+)?shares?\s+of\s+(?:common\s+stock\s+of\s+)?[^;%]{2,60}?\s+"
    r"(?:issued\s+and\s+)?outstanding\b"
)
#: a share count written as held: "holds 3,000,000 shares", "beneficially owns"
_HELD_BEFORE = _rx(
    r"\b(?:holds|owns|held|owned|beneficially\s+owns?|holding\s+of|position\s+of)\s+"
    r"(?:a\s+total\s+of\s+|approximately\s+|about\s+)?$"
)
_PREMIUM_BEFORE = _rx(
    r"(?P<word>premium|discount)\s+(?:of\s+)?(?:(?:approximately|about|roughly|over|more than"
    r"|nearly|almost|some|an estimated)\s+)?$"
)
_PREMIUM_OR = _rx(rf"(?:(?<!\s)\s++|(?!\s))(?:per share\s*)?,?\s*(?:or|\()\s*{HEDGED}")
_REFERENCE_LINK = _rx(r"\b(?:to|over|above|below|under|from|on|relative to|versus|vs\.?)\b")
_STOCKISH = _rx(
    r"price|\bbid\b|\bclose\b|closing|vwap|volume[- ]weighted|trading|market|stock|share"
    r"|quote|last sale|last reported"
)
#: A reference that is the price of a transaction ("the $6.10 average price of the
#: previous ATM program", "a 40% discount to the deal price of $10"), not a market quote
#: whose date matters.
_EARLIER_DEAL = _rx(
    r"\b(?:previous|prior|earlier|last|preceding)\s+(?:[\w$.,-]+\s+){0,4}?(?:program|programme"
    r"|offering|placement|raise|financing|round|tranche|sale)\b"
    r"|^\s*(?:(?:discount|premium)\s*)?(?:to|over|above|below|on)\s+(?:the|its|our)\s+(?:[\w-]+\s+)?"
    r"(?:deal|offer|offering|ipo|issue|transaction|subscription|conversion|exercise|unit"
    r"|placement|financing|purchase)\s+price\b"
)
_DATED = _rx(
    r"\b(?:on|as of|ended|ending|prior to|before)\s+(?:the\s+)?(?:(?:same|that|this|previous"
    r"|prior|preceding)\s+)?(?:date|day|announcement|"
    r"signing|execution|pricing|close of)|trading days?|\b(?:yesterday|today)\b"
    # "its closing price of $26.90 the same day": the day a date stated before names
    r"|\bthe\s+(?:same|previous|prior|preceding)\s+(?:trading\s+)?day\b"
    # "the quarter's volume-weighted average price": an average over the release's period
    r"|\b(?:quarter|month|year|period)['’]s\s+(?:[\w-]+\s+){0,2}?(?:volume[- ]weighted|vwap"
    r"|average)\b"
    r"|(?:monday|tuesday|wednesday|thursday|friday)\b|last trading day|day before"
    # a window ending at the announcement: "the highest price in the past 52 weeks"
    r"|\b(?:52|fifty-two)[- ]week|\bpast\s+(?:\d+|[a-z-]+)\s+(?:trading\s+)?(?:days|weeks|months)\b"
    # "its 30-day volume-weighted average price": a window ending at the announcement
    r"|\b\d+[- ](?:trading[- ])?day\s+(?:volume[- ]weighted|vwap|average)"
)
#: A reference named by pointing back at a price the release stated before ("a premium of
#: 30.0% to that close", "27.3% above that same closing price").
_POINTS_BACK_TO_REFERENCE = _rx(
    r"^\s*(?:(?:premium|discount)\s*)?(?:to|over|above|below|under)\s+(?:(?:that|this|the\s+same"
    r"|such)\s+(?:same\s+)?(?:[\w-]+\s+){0,2}?(?:close|closing|price|vwap)\b"
    # a price of the release's own transaction, named by its kind ("15.6% above the unit
    # price", "a 20% premium to the offering price"): stated where the terms are
    r"|(?:the|its|our|their)\s+(?:(?:public|combined|per[- ]share|per[- ]unit)\s+)?(?:unit"
    r"|offering|purchase|issue|subscription|placement|conversion|exercise)\s+price\b"
    r"(?!\s+(?:of|on|at)\b)"
    # the average price of the release's own sale, named by its owner ("73.0% above the
    # program's average sale price"): stated where the sale's terms are
    r"|(?:the|its|our|their)\s+(?:program|programme|offering|placement|sale|issuance)['’]s\s+"
    r"(?:(?:weighted[- ])?average\s+)?(?:(?:sale|sales|selling|offering|issue)\s+)?price\b"
    r"(?!\s+(?:of|on|at)\b)"
    # the deal's own price before it was changed ("a reduced price of $1.60, 25.6% below the
    # original price"): stated with the new terms, never a market price
    r"|(?:the|its|our|their)\s+(?:original|initial|previous|prior|former|old|existing)\s+"
    r"(?:(?:unit|offering|purchase|issue|subscription|conversion|exercise|strike)\s+)?price\b"
    r"(?!\s+(?:of|on|at)\b))"
)
_SUBJECT_PRICE = _rx(
    r"^(?:the|this|such|each|that|our)\s+(?:(?:(?:fixed|offering|purchase|conversion|issue"
    r"|issuance|subscription|deemed|exercise|transaction|per[- ]share|public offering|placement"
    r"|unit|effective|agreed|offer|proposed|cash)\s+){1,3}price\b|(?:proposed\s+|cash\s+)?"
    r"(?:offer|proposal|consideration|purchase price)\b)"
)
#: The opening of a parenthesis that gives the prior period's figure: "(1-9/2024: ",
#: "(Q3 2024: ", "(H1 2024: ", "(prior year: ", "(2024: ".
PRIOR_IN_PARENTHESES = (
    r"\(\s*(?:prior[- ]year|previous\s+year|last\s+year|PY|(?:(?:[QH][1-4]|\d{1,2}M|9M|FY)\s*"
    r"|\d{1,2}\s*[-–]\s*\d{1,2}\s*/\s*|\d{1,2}\s*/\s*)?(?:19|20)?\d\d)\s*:\s*"
)
#: A money figure's currency as written before its digits: "$", "US$", "C$", "EUR ", none.
_MONEY_SIGN = r"(?:(?:US|U\.S\.|C|CA|CDN|A|AU|NZ|HK|S)?[$€£]|(?:USD|EUR|GBP|CAD|CHF|AUD)\s?)?\s?"
_OLD_BEFORE = _rx(
    r"(?:\bfrom|compared\s+(?:to|with)|as compared\s+(?:to|with)|versus|vs\.?|\bover"
    r"|against|relative to|up from|down from|in comparison (?:to|with)|a year (?:ago|earlier) of"
    r"|prior[- ]year(?: period)?(?: of)?|previous(?:ly)?|(?<!more )(?<!less )(?<!fewer )\bthan"
    # "24% more than the $10.0 million", "24% above fiscal 2024 revenue of $10.0 million":
    # the figure the percentage is measured against
    r"|(?:(?<=%\s)|(?<=percent\s))(?:(?:more|less|fewer)\s+than|above|below)"
    r"|(?:increase|improvement|decrease|decline|growth|rise|gain)"
    # "an increase of 18% on revenues of $15.1 million": the percentage between
    rf"(?:\s+of\s+{HEDGED}[\d.,]+\s?%)?\s+on)"
    r"\s+(?:(?:[A-Za-z][\w'’-]*|(?:19|20)\d\d),?\s+){0,7}(?:~\s?)?$"
    r"|(?:compared\s+(?:to|with)|versus)\s+the\s+(?:same|comparable|prior[- ]year)\s+"
    r"(?:period|quarter)\s+(?:in|of)\s+(?:fiscal\s+)?\d{4}\s+of\s+(?:approximately\s+)?$"
    # "EUR 18.2 million (1-9/2024: EUR 12.5 million)": the prior period's figure in
    # parentheses, after the period and a colon
    rf"|{PRIOR_IN_PARENTHESES}$"
)
#: A signed percent right after the prior period's figure in its parenthesis:
#: "(1-9/2024: EUR 77.3 million, -6.2%)" is the change from that figure.
#: "$56.0 million vs. $50.0 million (+12%)": a signed change in parentheses right after
#: the pair it compares.
_SIGNED_AFTER_PAIR = _rx(
    rf"(?:\bvs\.?|\bversus|\bcompared\s+(?:to|with))\s+{_MONEY_SIGN}\d[\d,.]*"
    r"(?:\s+(?:million|billion|thousand))?\s*\(\s*\+?$"
)
_SIGNED_AFTER_PRIOR = _rx(rf"{PRIOR_IN_PARENTHESES}[^():;]{{1,40}},\s*$")
#: Warrants sold with shares ("no warrants were attached" sells none).
#: "exercise ... existing warrants ... will receive new warrants ... with an exercise price
#: of $2.50": two sets of warrants in one sentence
_TWO_WARRANT_SETS = _rx(
    r"\b(?:existing|outstanding|original)\s+(?:[\w-]+\s+){0,2}?warrants?\b(?:[^.;]|\.(?=\d)){0,300}?"
    r"\b(?:new|additional"
    r"|replacement)\s+(?:[\w-]+\s+){0,2}?warrants?\b"
)
#: holders exercising warrants for stated proceeds, with no price of their own
_INDUCED_EXERCISE = _rx(
    r"\bexercis\w*\b[^.;]{0,160}?\bwarrants?\b[^.;]{0,200}?\bgross\s+(?:cash\s+)?proceeds\b"
)
_GROSS_OF = _rx(
    r"\bgross\s+(?:cash\s+)?proceeds\s+(?:to\s+the\s+company\s+)?(?:of\s+)?"
    rf"{HEDGED}$"
)
_WARRANT_SHARES = _rx(
    r"\bwarrants?\s+(?:to\s+purchase|exercisable\s+for)\s+(?:up\s+to\s+)?(?:an\s+aggregate\s+of\s+"
    r"|a\s+total\s+of\s+)?(?:approximately\s+)?$"
)
#: "reduce the exercise price of the existing warrants from $9.50 to $2.00 per share",
#: "at a reduced exercise price of $2.00": the price an inducement exercises at
_LOWERED_TO = _rx(
    r"\b(?:reduc\w*|lower\w*|amend\w*)\s+the\s+exercise\s+price\b(?:[^.;]|\.(?=\d)){0,100}?\bto\s+"
    r"(?:approximately\s+)?$|\breduced\s+exercise\s+price\s+of\s+(?:approximately\s+)?$"
)
#: An option or warrants taken up whole: "if exercised in full", "if the warrants are fully
#: exercised", "if all were exercised", "if all of the warrants are exercised".
#: "is valued at", "were valued at": a value whose amount is a count times a price.
_IS_VALUED_AT = _rx(r"\b(?:is|are|was|were)\s+valued\s+at\b")
#: The words of a sale (``offering_products``).
_OFFERING_WORDS = _rx(
    r"offer|placement|sale of|purchase and sale|priced|pricing|sell|\bsold\b"
    r"|\bissu(?:ance|ed|es?)\b"
)
_EXERCISED_IN_FULL = _rx(
    r"\bif\s+(?:(?:the\s+\w+\s+)?(?:is\s+|are\s+)?(?:exercised\s+in\s+full|fully\s+exercised)"
    r"|all\s+(?:of\s+)?(?:(?:the|these|such)\s+\w+\s+|them\s+)?(?:are|were)\s+exercised)\b"
)
#: "would add $6.0 million", "would add roughly $4.1 million": what an exercise adds.
_ADDS = rf"\badd\s+{HEDGED}$"
#: What an exercise in full would bring, in a sentence that says so ("if all were
#: exercised"): "would bring in a further $3,750,000", "would provide an additional $1.2
#: million". Only there: "expected to raise $5.0 million" alone is an offering's own size.
_EXERCISE_BRINGS = (
    r"\b(?:add|bring\s+in|provide|raise|generate)\s+(?:a\s+further\s+|an\s+additional\s+)?"
    rf"{HEDGED}$"
)
_ADDS_PROCEEDS = _rx(rf"proceeds\s+(?:of\s+)?{HEDGED}$|{_EXERCISE_BRINGS}")
#: "each whole warrant entitles the holder to buy one common share at $0.60": a price per
#: share the words before it give, written without "per share".
_ONE_SHARE_AT = _rx(
    r"\b(?:buy|purchase|acquire|subscribe\s+for)\s+one\s+(?:\(1\)\s+)?(?:additional\s+)?"
    r"(?:common\s+|ordinary\s+)?share\s+(?:of\s+(?:common\s+)?stock\s+)?at\s+"
    rf"(?:a\s+price\s+of\s+|an\s+exercise\s+price\s+of\s+)?{HEDGED}$"
)
_VALUED_AT = _rx(rf"\b(?:is|are|was|were)\s+valued\s+at\s+{HEDGED}$")
_PER_SHARE_PRICE = _rx(r"\bprice\s+of\s+$")
_OPTION_INCREMENT = _rx(rf"{_ADDS}|\badditional\s+(?:gross\s+)?proceeds\b[^$]{{0,30}}$")
_AT_OFFERING_PRICE = _rx(r"\bat\s+the\s+(?:public\s+)?offering\s+price\b")
_WARRANTS = r"(?<!\bno\s)(?<!\bwithout\s)warrants?\b"
#: Offering terms that open by pointing back at the deal a sentence before sized.
_TERMS_POINT_BACK = _rx(
    r"^\W*(?:the|this)\s+(?:deal|offering|placement|private\s+placement|financing|transaction"
    r"|company\s+(?:sold|issued|will\s+(?:issue|sell)|agreed\s+to\s+(?:issue|sell)"
    r"|is\s+(?:issuing|selling)))\b"
    r"|^\W*(?:under|pursuant\s+to)\s+the\s+terms\s+of\s+the\s+(?:offering|placement|financing)\b"
)
#: A figure that is a deal's size: "a private placement of $5 million", "a $4.3 million
#: underwritten public offering".
_COPULA_AFTER_ASIDE = _rx(rf",\s*(?:were|was|are|is|totall?ed|amounted\s+to)\s+{HEDGED}$")
_SIZE_OF_DEAL = _rx(
    r"^\s*(?:(?:registered|direct|public|private|underwritten|brokered|non-brokered|best[- ]efforts"
    r"|equity)\s+){0,3}(?:offering|placement|financing)\b"
)
_THE_BEFORE = _rx(r"\b(?:the|its|this|a)\s+(?:approximately\s+)?$")
_SIZE_BEFORE = _rx(rf"\b(?:placement|offering|financing)\s+of\s+{HEDGED}$")
_SIZE_AFTER = _rx(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:public\s+offering|private\s+placement|registered\s+direct"
    r"\s+offering|offering|placement)\b"
)
_NEW_BEFORE = _rx(
    r"\bto\s+(?:(?:reach|approximately|about|a record|record|an all-time)\s+)*(?:~\s?)?$"
)
_INCLUDING_BEFORE = _rx(r"\bincluding\s*$")
#: What ends a clause, each searched on its own (``ruledata.finditer_any_of``: the matches of
#: their case-insensitive alternation, which ``re`` would enter branch by branch at every
#: position of a sentence).
CLAUSE_BREAKS = (
    ";", r"\bwhile\b", r"\bwhereas\b", r",\s+and\b", r",\s+but\b",
    r"\bdue (?:primarily |mainly |largely )?to\b", r"\bdriven\b", r"\battribut\w+\s+to\b",
    r"\bas a result of\b", r"\breflecting\b", r"\bbecause\b", r"\bprimarily\b", r"\bmainly\b",
    r"\blargely\b", r"\boffset by\b", r"\bresulting from\b", r"\bled by\b", r"\bthanks to\b",
    r"\bgenerating\b", r"\bwith (?:a|an|the)\b", r"\bincluding\b", r"\bon (?:a|an|the) basis\b",
    r"\band (?:an?|the|its|our)\b",
)  # fmt: skip
_CHANGE_BEFORE = _rx(
    r"(?:\b(?:(?P<up2>increas\w*|rais\w*|boost\w*|grew|expand\w*)|(?P<down2>decreas\w*|reduc\w*"
    r"|cut|lower\w*))\s+(?:(?!(?:to|from|at|than|compared|versus|over)\b)[\w'’-]+\s+){1,4}"
    r"by\s+$)|"
    r"(?:(?P<up>increas\w*|rose|rise[sn]?|rising|grew|grown|grow(?:s|ing)?|\bup|gain\w*"
    r"|improv\w*|jump\w*|climb\w*|surg\w*|expand\w*|advanc\w*|boost\w*|higher|soar\w*"
    r"|growth|widen\w*)"
    r"|(?P<down>decreas\w*|declin\w*|fell|fall\w*|\bdown|lower|dropp?\w*|reduc\w*|contract\w*"
    r"|narrow\w*"
    r"|shrank|shrunk|slipp?\w*|plung\w*|plummet\w*|sank))"
    r"\s+(?:by\s+|of\s+)?(?:(?:approximately|about|roughly|nearly|almost|over|more than"
    r"|some|an|a)\s+)*$"
    # "an increase in total assets of 12.1%": the changed measure between noun and figure
    r"|(?:(?P<up3>increase|growth|rise|gain|improvement)|(?P<down3>decrease|decline|drop"
    rf"|reduction))\s+in\s+(?:[\w'’-]+\s+){{1,4}}?of\s+{HEDGED}$"
)
_CHANGE_BY_AMOUNT = _rx(
    r"(?:(?P<up>increas\w*|rose|grew|gain\w*|improv\w*|jump\w*|climb\w*|growth|rise|\bup)"
    r"|(?P<down>decreas\w*|declin\w*|fell|dropp?\w*|reduc\w*|decline|\bdown))\s+"
    r"(?:(?:by|of)\s+)?"
    rf"{HEDGED}{_MONEY_SIGN}[\d.,]+\s*(?:million|billion|thousand|[MBKmk])?"
    rf"\s*,?\s*(?:\(\s*or|or|\()\s*{HEDGED}$"
)
#: "30% below the closing price": a price set against another (NUM002 reads it)
_AND_ANOTHER_FIGURE = _rx(r"^\s*(?:,\s*)?and\s+(?:(?:US|C|A)?\$|€|£)?\s?\d")
_PRICE_COMPARED = _rx(
    r"^\s*(?:,\s*)?(?:above|below|(?:more|less|higher|lower)\s+than)\s+(?:the\s+|its\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?price\b"
)
_CHANGE_AFTER = _rx(
    r"^\s*(?:,\s*)?(?:year[- ]over[- ]year\s+|yoy\s+|y/y\s+|annual\s+|sequential\s+"
    r"|(?!of\b)[a-z-]+\s+(?=(?:increase|decrease|growth|decline|improvement|reduction)\b))?"
    r"(?:(?P<up>increase|rise|gain|growth|improvement|jump|higher|up|more|above)"
    r"|(?P<down>decrease|decline|reduction|drop|lower|down|less|fall|below))\b"
    # "the efficiency ratio at 59.0%, an improvement of 340 basis points": the noun's own
    # figure is the change (in points), the percentage before it the ratio's level ("points"
    # may lie past the 40 characters read after the percentage: "percentage" suffices)
    r"(?!\s+of\s+(?:\S+\s+){1,2}?(?:basis\s+points?|bps|percentage(?:\s+points?)?|points?)\b)"
)
#: After a change in apposition with its amount ("$13.5 million, or 7.8%, more"): the
#: closing comma, then the comparative that makes both figures the change's.
_APPOSED_COMPARATIVE = _rx(r"^\s*,\s*(?:more|less|higher|lower|greater|fewer|above|below)\b")
_OUTSTANDING_AFTER = _rx(
    # "4,200,000 shares (approximately 14.0%) of the ... outstanding": the closing parenthesis
    r"^\s*(?:\)\s*)?(?:of\s+(?:the\s+|its\s+|our\s+)?(?:[\w'’.-]+['’]s\s+)?(?:\d[\d,.]*\s+"
    r"(?:(?:million|billion)\s+)?)?(?:total\s+|then[- ]"
    r"|current(?:ly)?\s+|issued\s+and\s+|basic\s+|undiluted\s+|non-diluted\s+)*"
    r"(?:outstanding|issued)\b"
    r"|of\s+(?:the\s+|its\s+|our\s+)?(?:[\w'’.-]+['’]s\s+)?(?:total\s+)?(?:\d[\d,]*\s+)?"
    r"(?:(?:class\s+\w\s+|series\s+\w+\s+)?(?:common|ordinary|voting)\s+)?"
    r"(?:shares|stock|share capital)\b[^.;]{0,80}?\boutstanding)"
)
_OWNERSHIP_BEFORE = _rx(
    r"(?:represent\w*|equal\w*(?:\s+to)?|constitut\w*|amount\w*\s+to|or|which is|stake of|\("
    r"|interest of|ownership of|holding of|comprising|approximately|about)\s*"
    r"(?:(?:approximately|about|roughly|over|more than|nearly|almost|less than)\s+)?$"
)
_OUTSTANDING_COUNT = _rx(
    r"^\s*(?:(?:issued\s+and\s+)?outstanding|(?:[\w-]+\s+){0,4}?(?:shares|stock)\b"
    r"[^.;%()]{0,40}?\b(?:issued\s+and\s+)?outstanding)(?!\s+(?:warrants|options|notes|awards))"
)
_OUTSTANDING_BEFORE = _rx(
    r"(?:outstanding\s+(?:shares\s+)?(?:of\s+)?(?:common\s+stock\s+)?(?:was|were|is|of|totall?ed|"
    r"totals|stood at|to)|shares outstanding (?:was|were|is|of|to|totall?ed))\s*"
    r"(?:(?:approximately|about)\s+)?$"
)
_DILUTED = _rx(
    r"fully[- ]diluted|diluted basis|as[- ]converted|voting power|voting rights"
    r"|assuming (?:the )?(?:full )?(?:exercise|conversion)|including (?:shares )?issuable"
    r"|beneficial(?:ly)? own"
)
_POST = _rx(
    r"post[- ](?:conversion|closing|offering|issuance|transaction|money)|after (?:giving effect|"
    r"the (?:conversion|closing|offering|issuance))|following (?:the )?(?:conversion|closing"
    r"|offering|issuance)|upon (?:closing|completion)|pro forma"
)
_PRE = _rx(
    r"before giving effect|prior to (?:the )?(?:conversion|closing|offering|issuance|giving)"
    r"|pre[- ](?:conversion|closing|offering|issuance|transaction|money)|currently outstanding"
)
#: Proceeds of another party than the issuer, named before the figure.
_OTHERS_PROCEEDS = _rx(
    r"\bproceeds\s+(?:to|for|of)\s+(?:the\s+)?(?:selling|stockholders?|shareholders?|holders?"
    r"|underwriters?)\b[^$]{0,30}$"
)
#: An amount named as net proceeds, right before or after it: no count x price.
_NET_AMOUNT_BEFORE = _rx(rf"\bnet\s+(?:cash\s+)?proceeds\s+(?:of\s+)?{HEDGED}$")
_NET_AMOUNT_AFTER = _rx(r"^\s*(?:in\s+)?net\s+(?:cash\s+)?proceeds\b")
_GROSS = _rx(r"gross (?:cash )?proceeds")
#: A figure whose whole the label after it names: "7.0% of gross proceeds, about $2.38
#: million", "$9.0 million of the gross proceeds and ... $1.0 million". The label is the
#: base of that figure, not the name of a figure after it.
_FIGURE_OF = _rx(
    r"(?:\d|%|\b(?:million|billion|thousand|percent))\s+of\s+"
    r"(?:(?:the|its|our|their|total|aggregate)\s+)*$"
)


#: Between a percentage and the amount that gives its value: "7.5% of the gross proceeds,
#: or about $750,000", "7.0% (about $2.38 million)", "7.0% of the gross proceeds comes to
#: about $3.15 million". The amount is that share (a fee, a discount), not a sale's amount.
_PERCENT_VALUE = _rx(
    r"(?:of\s+[^,;()$\d%]{1,60}?)?"
    r"(?:[,(]\s*(?:or\s+)?|(?<!\s)\s+(?:(?:comes?|came|amounts?|amounted|works?\s+out|worked\s+out)"
    r"\s+to|equals?|equaled|equalled|totals?|totaled|totalled|totaling|totalling)\s+)"
    r"(?:approximately\s+|about\s+|roughly\s+|nearly\s+|some\s+)?"
)


def percent_values(view: View) -> set[int]:
    """The ``id`` of each amount of ``view`` that states a percentage's value
    (``_PERCENT_VALUE``), found in one pass over the sentence's figures."""
    order = _order(view)
    if order.percent_values is not None:
        return order.percent_values  # asked by several readers of the same sentence
    found: set[int] = set()
    previous: Quantity | None = None
    for q in order.ordered:
        if (
            q.kind is Kind.MONEY
            and previous is not None
            and previous.kind is Kind.PERCENT
            and _PERCENT_VALUE.fullmatch(
                view.text[previous.end - view.start : q.start - view.start].lstrip()
            )
        ):
            found.add(id(q))
        previous = q
    order.percent_values = found
    return found


#: The words from a premium's or discount's percentage to its reference price: "6.1% above
#: the quarter's volume-weighted average price of", "a 20% discount to the closing price of".
_PERCENT_TO_REFERENCE = _rx(
    r"^\s*(?:(?:premium|discount)\s+)?(?:to|over|above|below|under|more\s+than|less\s+than)"
    r"\s+[^$\d;]{0,80}?\bprice\s+(?:of|was|is)\s*$"
)


def _reference_of_a_percent(view: View, q: Quantity) -> bool:
    """``q`` is the reference price of the percentage right before it (a premium or discount
    to it), not a price paid. The figure before it is found by bisection in the sentence's
    ``_Order`` (a scan of every figure per price was quadratic in a long sentence)."""
    order = _order(view)
    i = bisect_left(order.starts, q.start - view.start)
    if i == 0:
        return False
    last = order.ordered[i - 1]
    if last.end > q.start or last.kind is not Kind.PERCENT:
        return False
    return _PERCENT_TO_REFERENCE.match(view.between(last, q)) is not None


#: A label that is an addend of another measure: "Adding the placement's net proceeds, pro
#: forma cash is about $70.1 million" (the comma closes the phrase the label heads).
_ADDEND_BEFORE = _rx(
    r"\b(?:adding|add|plus|including|with|together\s+with|combined\s+with)\s+"
    r"(?:(?:the|its|our|their)\s+)?(?:[\w'’-]+\s+){0,2}?$"
)


def _label_at(label: re.Pattern[str], text: str, reach: int | None = None) -> int:
    """Where the last ``label`` of ``text`` ends, -1 if none. A label that is another
    figure's base ("a cash fee of 7.0% of the gross proceeds comes to $3.15 million") names
    what that percentage is of, and one in a phrase of its own that adds it to another
    measure ("Adding the net proceeds, pro forma cash is $70.1 million") names an operand:
    neither names the figure after it, so both are skipped."""
    first = 0 if reach is None else max(len(text) - reach, 0)
    return max(
        (
            m.end()
            for m in label.finditer(text, first)
            if not _FIGURE_OF.search(text[: m.start()])
            and not (_ADDEND_BEFORE.search(text[: m.start()]) and "," in text[m.end() :])
        ),
        default=-1,
    )


def _gross_names(text: str) -> bool:
    """``text`` (the words before or after a figure) names gross proceeds, with a label
    that is not another figure's base (``_FIGURE_OF``)."""
    return any(not _FIGURE_OF.search(text[: m.start()]) for m in _GROSS.finditer(text))


_NET = _rx(r"net (?:cash )?proceeds")
_FEE = _rx(r"fees?|commissions?|discounts?|expenses")
#: What the proceeds pay for, stated right after an amount ("$100.6 million used to fund the
#: capped call transactions", "$20 million to repay the term loan"): neither proceeds nor a
#: fee deducted from them.
_USE_OF_PROCEEDS = _rx(
    r"^\s*(?:(?:is|was|were|will\s+be|to\s+be|being)\s+)?(?:used|applied|allocated"
    r"|to\s+(?:fund|repay|pay\s+(?:down|off)|repurchase|redeem|purchase))\b"
)
#: What proceeds pay for, named right before its figure ("to repay a $3 million bridge
#: note", "fund the $12 million purchase").
_USE_BEFORE = _rx(
    r"\b(?:fund|repay|redeem|repurchase|purchase|acquire|pay\s+(?:down|off))\s+"
    r"(?:a|an|the|its|our|their)?\s*$"
)
#: A fee named right before its figure ("offering expenses of $0.31 million").
_FEE_BEFORE = _rx(
    r"\b(?:fees?|commissions?|discounts?|expenses|costs)\s+(?:of|totall?ing)\s+"
    rf"{HEDGED}$"
)
#: A fee named right after its figure: "with roughly $0.35 million of other expenses", "$1.2
#: million in placement agent fees" (never "of net proceeds after fees").
_FEE_AFTER = _rx(
    r"^\s*(?:in|of)\s+(?:(?!proceeds\b)[a-z-]+\s+){0,2}?"
    r"(?:fees?|commissions?|discounts?|expenses|costs)\b"
)
#: The words that move a share count "from A to B", read back from A.
_COUNT_MOVED = _rx(
    r"\b(?:(?P<down>reduc\w*|decreas\w*|lower\w*|fall|fell|drop\w*|declin\w*)"
    r"|increas\w*|rais\w*|grow\w*|grew|rose|rising|bring\w*|brought)\b[^$\d;]{0,70}?"
    rf"\bfrom\s+{HEDGED}$"
)
#: A count, then its earlier level: "1,237,500 shares, up from 825,000".
_COUNT_SINCE = _rx(
    r"^(?:\s+shares?)?,?\s+(?:up|increased|(?P<down>down|decreased|reduced))\s+from\s+"
    rf"{HEDGED}$"
)
#: Words that say a count moved for more than one reason.
_OTHER_SOURCES = _rx(
    r"\b(?:together\s+with|along\s+with|combined\s+with|as\s+well\s+as|plus|in\s+addition\s+to"
    r"|other\s+issuances|net\s+of)\b"
)
#: The act that adds or removes a number of shares, named right before the number.
_COUNT_ACT = _rx(
    r"\b(?:cancel\w*|retir\w*|issu\w*|repurchas\w*|bought\s+back|buy\s?back\s+of|redeem\w*"
    r"|redemption\s+of|sold|sale\s+of)\s+(?:of\s+)?(?:an?\s+(?:additional\s+|further\s+|total"
    r"\s+of\s+)?|approximately\s+)?$"
)
#: Proceeds that would come only if something happens ("if exercised in full for cash,
#: would provide additional gross proceeds of $10.9 million").
_HYPOTHETICAL = _rx(r"\b(?:would|could|if\s+exercised|if\s+the|potential)\b")
#: Proceeds of more than one offering taken together ("Combined with the concurrent common
#: stock offering, net proceeds were ..."): not the proceeds of the offering beside them.
_JOINT = _rx(
    r"\b(?:combined with|together with|along with|concurrent|both offerings|two offerings)\b"
)
#: The size of an offering, named as its total ("bringing the total offering to", "an
#: aggregate offering size of"): the gross proceeds its net proceeds come from.
_OFFERING_SIZE = _rx(
    r"\b(?:total|aggregate)\s+(?:size\s+of\s+the\s+)?offering(?:\s+(?:size|amount))?\s+"
    rf"(?:to|of|was|is|at)\s+{HEDGED}$"
)
_PROCEEDS_NAMED = _rx(r"\b(?:(?P<net>net)\s+(?:cash\s+)?)?proceeds\b")


def _net_before(before: str) -> bool:
    """Is the last proceeds named before a figure net proceeds ("Net proceeds to the Company
    are expected to be approximately $13.6 million", beyond a clause window)?"""
    named = list(_PROCEEDS_NAMED.finditer(before))
    return bool(named) and named[-1].group("net") is not None


#: A part of an offering closed on its own: its figure is not the offering's size.
_TRANCHE = _rx(r"tranche|(?:first|second|third|initial|final|subsequent) closing")
_SCOPE_WORDS = _rx(
    r"concurrent|combined|together with|to date|so far|since|cumulative|each|tranche|first closing"
    r"|second closing|initial closing|final closing|previously|prior|last year|per unit|per share"
    r"|\bif\b|assum|would|could|up to|aggregate|total"
)
_SPLIT = _rx(r"split|consolidat")
#: A sentence that opens by pointing back at the transaction just described.
_POINTS_BACK = _rx(
    r"(?:following|after|upon|as a result of|with|giving effect to)\s+(?:the|this|such|these)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:purchase|acquisition|transaction|conversion|issuance|closing"
    r"|placement|exercise|investment)s?\b"
    # "As a result, Brightwater now holds ..."; "After exercising warrants for N shares, its
    # holding rose to M": the act is the sentence's own or the one just described
    r"|as a result\s*,|(?:after|upon|following)\s+(?:exercising|acquiring|purchasing|buying"
    r"|converting)\b"
)
#: "exercising warrants for 400,000 shares", "converting notes into N shares": the count an
#: act adds to a holding, in the sentence that states the holding after it
_ACT_ADDS = _rx(
    r"\b(?:exercis\w+|convert\w+)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:warrants?"
    r"|options?|notes?|debentures?|preferred\s+(?:stock|shares))\s+(?:for|into|to\s+purchase)\s+"
    rf"(?:an\s+aggregate\s+of\s+|a\s+total\s+of\s+)?{HEDGED}$"
)
_ADDING_ACT = _rx(
    r"\b(?:acquir\w*|purchas\w*|bought|buy\w*|add(?:s|ed|ing)?|rais\w*|issu\w*|invest\w*"
    r"|receiv\w*|exercis\w*|convert\w*|subscrib\w*|open(?:s|ed|ing)?)\b"
)
_TAKING_ACT = _rx(
    r"\b(?:sold|sell\w*|dispos\w*|divest\w*|repa(?:id|y\w*)|redeem\w*|reduc\w*|cancel\w*"
    r"|retir\w*|clos(?:ed|ing|es)|lost|los(?:es|ing)|paid\s+down|decreas\w*|withdr\w*)\b"
)
#: "... with 612 units, bringing its portfolio to 9,348 units": the figure of the act right
#: before "bringing ... to" is what it added
_BRINGING_TO = _rx(
    r"^[^.;:$\d]{0,30}?,?\s*(?:thereby\s+)?(?:bringing|which\s+brings?|to\s+bring)\s+"
    rf"[^.;:$\d]{{0,40}}?\bto\s+(?:a\s+total\s+of\s+)?{HEDGED}"
)
_YEAR_AGO = _rx(
    r"^\s*(?:[a-z]+\s+){0,2}?(?:a\s+year\s+(?:earlier|ago|before)|(?:in|for|at)\s+the\s+(?:end\s+of\s+"
    r"the\s+)?(?:prior|previous|same)\b|last\s+year|(?:in|at\s+the\s+end\s+of)\s+(?:fiscal\s+)?"
    r"(?:19|20)\d\d\b)"
)
#: "bringing its portfolio to 9,348 units, compared with 8,736 units at June 30": the level
#: before the act, right after the total
_PRIOR_AFTER_TOTAL = _rx(
    r"^(?:\s+[a-z]+){0,2}?\s*(?:,\s*)?(?:compared\s+(?:with|to)|up\s+from|from)\s+"
    rf"{HEDGED}"
)
_BECOME = _rx(
    r"(?<!\s)\s*(?:(?:common\s+)?shares?\s+(?:of\s+(?:the\s+company's\s+|its\s+|our\s+)?"
    r"common\s+stock\s+)?)?(?:(?:currently|then|presently)\s+)?"
    r"(?:(?:issued\s+and\s+)?outstanding\s+)?"
    r"(?:(?:before|prior\s+to)\s+the\s+(?:[\w-]+\s+)?(?:split|consolidation)\s+)?"
    r"(?:(?:will|would|is|are|to)\s+(?:be\s+)?(?:become|reduced\s+to|decrease\s+to|increase\s+to"
    r"|consolidated\s+into|combined\s+into)|became|were\s+(?:reduced\s+to|consolidated\s+into"
    rf"|combined\s+into))\s+{HEDGED}"
)
#: a sentence that speaks of the split just described without naming it
_POINTS_BACK_TO_SPLIT = _rx(
    r"^\W*(?:upon|after|following|once|when)\s+(?:the\s+)?(?:effectiveness|effective\s+time"
    r"|completion|implementation)\b|\b(?:combined|consolidated|converted)\s+into\b"
)
#: "one new share for every 2.5 existing shares": the ratio written as one for every N
_ONE_FOR_EVERY = _rx(
    r"\b(?:one|1)\s+(?:\(1\)\s+)?(?:new\s+|post-(?:split|consolidation)\s+)?(?:common\s+)?"
    r"shares?\s+for\s+(?:each|every)\s+(?P<n>\d[\d,]*(?:\.\d+)?)\s+(?:\(\d[\d,.]*\)\s+)?"
    r"(?:old\s+|existing\s+|pre-(?:split|consolidation)\s+|issued\s+and\s+outstanding\s+)?"
    r"(?:common\s+)?shares?\b"
)
_SPLIT_CLASS = _rx(r"^[^.;$\d]{0,40}?\bof\s+(?:its|the|our)\s+(?:[\w-]+\s+)?class\s+([a-z])\b")
_SPLIT_NAMED = _rx(r"\s*(?:\(\S+\)\s*)?(reverse|forward)\b")
_EVERY_N = _rx(
    r"\b(?:each|every)\s+(?P<n>[a-z-]+(?:\s+[a-z-]+){0,3}|\d[\d,]*)\s*(?:\((?P<d>\d[\d,]*)\)\s*)?"
    r"(?:(?:pre-split|pre-consolidation|old|existing|issued and outstanding|outstanding)\s+)*"
    r"(?:shares?|common shares)\b[^.;]{0,100}?\b(?:combined|consolidated|converted|reclassified"
    r"|exchanged|changed)\s+into\s+(?:one|1)\b(?:\s*\(1\))?"
)
#: "$2.7 billion (C$3.8 billion)": a bare amount with its equivalent in another dollar
#: tells the reader once what bare "$" means.
_EQUIVALENT_PAIR = re.compile(
    r"(?<![A-Za-z])\$\s?[\d.,]+(?:\s?(?:million|billion|[MBK]))?\s*\(\s*(?:approximately\s+)?"
    r"(?:C|CA|CAD|CDN|A|AU|AUD|NZ|HK|S)\s?\$|(?:C|CA|CAD|CDN|A|AU|AUD|NZ|HK|S)\s?\$\s?[\d.,]+"
    r"(?:\s?(?:million|billion|[MBK]))?\s*\(\s*(?:approximately\s+)?(?:US\s?)?\$"
)
_EXPLICIT_STATEMENT = _rx(
    r"(?:all|unless otherwise)\b[^.]{0,80}\b(?:dollars|currency|\$)|(?:amounts|figures|dollar"
    r" amounts)\s+(?:are\s+)?(?:expressed|stated|presented|reported)\s+in"
)

_CONCEPTS: list[tuple[str, re.Pattern[str]]] = [
    (
        "offering",
        _rx(
            r"offering|placement|financing|\brais\w*|proceeds|bought deal|capital raise"
            r"|investment round|funding round|series [a-f] round"
        ),
    ),
    ("revenue", _rx(r"revenues?|\bsales\b")),
    (
        "cash position",
        _rx(
            r"\bcash,?\s+(?:and\s+)?(?:cash\s+equivalents|position|balance)"
            r"|\bcash\s+and\s+(?:marketable|short-term|investments)"
        ),
    ),
    ("net income", _rx(r"net (?:income|loss|earnings)")),
    ("dividend", _rx(r"dividend|distribution")),
    ("acquisition", _rx(r"acqui\w+|merger|purchase price|takeover|buyout")),
    ("buyback", _rx(r"repurchase|buyback|buy-back")),
]


_GROWTH = _rx(
    r"increas\w*|decreas\w*|grow\w*|grew|growth|rose|rise|up\b|down\b|declin\w*|jump\w*"
    r"|surg\w*|year[- ]over[- ]year|yoy"
)


def _key(window: str, q: Quantity) -> str | None:
    """What a headline or body figure is a figure of ("offering", "revenue growth"), from
    the words of its own clause; None when the words do not say, or say two things."""
    concept = _concept(window)
    if concept is None:
        return None
    if q.kind is Kind.PERCENT:
        return f"{concept} change" if _search(_GROWTH, window) else None
    return concept


def _clause_window(text: str, start: int, end: int) -> str:
    """The words of the clause around text[start:end] (60 characters either side, cut at
    semicolons, colons and dashes: headlines pack several claims)."""
    left = text[max(0, start - 60) : start]
    right = text[end : end + 60]
    left = re.split(r"[;:|]|\s[-–—]\s", left)[-1]
    right = re.split(r"[;:|]|\s[-–—]\s|,\s+(?:and\s+)?(?=[A-Z$])|(?<!\s)\s+and\s+(?=[A-Z])", right)[
        0
    ]
    return f"{left} {right}"


def _concept(text: str) -> str | None:
    found = [name for name, pattern in _CONCEPTS if pattern.search(text)]
    return found[0] if len(found) == 1 else None


def _same_currency(a: Quantity, b: Quantity) -> bool:
    return (a.currency or "USD") == (b.currency or "USD")


def compatible_classes(a: Quantity, b: Quantity) -> bool:
    """Could two share counts be of the same class? An unstated class counts as common
    ("shares of the Company"); a preferred series or a lettered class must match."""
    return a.share_class == b.share_class or {a.share_class, b.share_class} <= {None, "common"}


# -- the relation finder ----------------------------------------------------------------------


class Relations:
    """Every claim of one release, each list computed on first use."""

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self.quantities = facts.quantities
        views: list[View] = []
        block_of = {p.span.text_start: i for i, p in enumerate(facts.release.paragraphs())}
        # each sentence's ``fold``, made once for the quantity reader: a view's ``folded``
        folded = facts.folded_sentences
        for index, sentence in enumerate(facts.sentences):
            view = View(
                index,
                sentence.start,
                sentence.text,
                sentence.section,
                block_of.get(sentence.paragraph.span.text_start),
            )
            view.__dict__["folded"] = folded[index]
            views.append(view)
        self.malformed: list[Quantity] = []
        for q in self.quantities:
            if q.sentence is None:
                continue
            if q.malformed:
                self.malformed.append(q)
                continue
            view = views[q.sentence]
            if q.kind is Kind.DATE:
                view.dates.append(q)
            elif q.kind is Kind.PERIOD:
                view.periods.append(q)
            else:
                view.quantities.append(q)
        self.views = views
        blocks: dict[int | None, list[View]] = {}
        for view in views:
            blocks.setdefault(view.block, []).append(view)
        self._blocks = blocks

    # -- helpers ---------------------------------------------------------------------------

    def claim_views(self) -> Iterator[View]:
        """The sentences that make claims: body, quotes, the dateline paragraph; only those
        with at least one quantity (a table flattened into one "sentence" per cell is
        thousands of sentences, most without one)."""
        return iter(self._claim_views)

    def section_views(self) -> list[View]:
        """Every sentence of the claim sections, with or without a quantity: the words of
        a paragraph ("a quarterly dividend of 25 cents") say what its figures are about."""
        return list(self._section_views)

    def holds(
        self, kinds: frozenset[Kind], sections: frozenset[str | None] = CLAIM_SECTIONS
    ) -> bool:
        """Whether a sentence of ``sections`` holds a figure of one of ``kinds``: a reader
        that relates only such figures has nothing to read in a release without one, and
        its module need not even be imported (``checks``)."""
        key = (kinds, sections)
        known = self._holds.get(key)
        if known is None:
            known = any(
                q.kind in kinds for v in self.views if v.section in sections for q in v.quantities
            )
            self._holds[key] = known
        return known

    @cached_property
    def figured(self) -> bool:
        """Whether the release holds a figure a claim can relate: a quantity other than a
        date or a period, anywhere in the text, or a table.

        Every NUM claim relates figures, and a reader has only two sources of them: the
        release's quantities (``facts.quantities``: every view's ``quantities``, the
        figures a reader makes anew are copies of these with a field changed, and the
        words a number is also written in are read beside its digits) and the cells of
        its tables (``tables_of``, made from ``release.tables``, which ``cell_quantity``
        and the table readers read). Dates and periods are what a figure is of, never an
        operand (a view keeps them apart, in ``dates`` and ``periods``). A release with
        neither (a third of the corpus: a product launch, an appointment) gives no reader
        an operand, so the NUM rules read nothing of it and import none of the readers
        they load when they run; ``tests/test_arithmetic_gates.py`` checks that the gated
        and the ungated runs of the fixtures and examples give the same findings."""
        undated = (Kind.DATE, Kind.PERIOD)
        if any(q.kind not in undated for q in self.quantities):
            return True
        return bool(self.facts.release.tables)

    @cached_property
    def _holds(self) -> dict[tuple[frozenset[Kind], frozenset[str | None]], bool]:
        return {}

    @cached_property
    def _section_views(self) -> tuple[View, ...]:
        # chosen once: some sixty readers ask for them, each a pass over every sentence
        return tuple(view for view in self.views if view.section in CLAIM_SECTIONS)

    @cached_property
    def _claim_views(self) -> tuple[View, ...]:
        return tuple(view for view in self._section_views if view.quantities)

    def following(self, view: View, count: int = 2) -> list[View]:
        """The next ``count`` claim sentences of the same or the next body block."""
        found: list[View] = []
        views = self.views
        # by index, not a slice: a slice copies the rest of the release at every call
        for at in range(view.index + 1, len(views)):
            other = views[at]
            if other.section not in CLAIM_SECTIONS:
                break
            if view.block is not None and other.block is not None and other.block > view.block + 1:
                break
            found.append(other)
            if len(found) == count:
                break
        return found

    def preceding(self, view: View, count: int = 2, same_block: bool = False) -> list[View]:
        """The previous ``count`` claim sentences (nearest first)."""
        found: list[View] = []
        views = self.views
        for at in range(view.index - 1, -1, -1):
            other = views[at]
            if other.section not in CLAIM_SECTIONS:
                break
            if same_block and other.block != view.block:
                break
            found.append(other)
            if len(found) == count:
                break
        return found

    # -- NUM001: amount = shares x price -----------------------------------------------------

    def _prices(self, view: View) -> list[Quantity]:
        prices: list[Quantity] = []
        for q in view.of(Kind.MONEY):
            if q.in_range or q.negative:
                continue
            before = view.before(q, 60)
            per_ok = q.per in SHARE_UNITS
            if not per_ok and (q.scale > 1 or _search(_TOTAL_PRICE, before)):
                continue  # "an aggregate purchase price of $10.0 million": a total, no price
            each = q.scale == 1 and _near(_EACH_AFTER, view, view.after(q, 12))
            if not per_ok and not each and not _search(_PRICE_BEFORE, before):
                continue
            if q.per is not None and q.per not in SHARE_UNITS:
                continue
            # the words since the figure before it: "par value $0.001 per share, at $8.00
            # per share" names the par value, not the price after it
            label = _since_last_figure(view, q, 45) + " " + (q.per_text or "")
            if _search(_NOT_A_PRICE, label) or (
                q.per_text and re.search(r"diluted|basic", q.per_text, re.I)
            ):
                continue
            if _reference_of_a_percent(view, q):
                continue  # "at $11.85, 6.1% above the quarter's average price of $11.17"
            prices.append(q)
        if len(prices) > 1:
            # "34,069,235 units at C$0.05 per unit, each with one warrant exercisable at
            # C$0.05": the warrant's exercise price is not the price paid
            paid = [p for p in prices if not _near(_EXERCISABLE_AT, view, view.before(p, 40))]
            if paid:
                prices = paid
        return prices

    def _amounts(self, view: View, prices: list[Quantity]) -> list[Quantity]:
        amounts: list[Quantity] = []
        shares_of_a_whole = percent_values(view)
        gross_subject: bool | None = None  # the sentence's subject: searched once, if needed
        # by identity: ``q in prices`` compared every field of every price for each amount
        priced = {id(p) for p in prices}
        for q in view.of(Kind.MONEY):
            if id(q) in priced or q.per is not None or q.in_range or q.negative:
                continue
            if id(q) in shares_of_a_whole:
                continue  # "a cash fee of 7.5% of the gross proceeds, or about $750,000"
            if _near(_PRICE_BEFORE, view, view.before(q, 40)) and q.scale == 1 and q.value < 1000:
                continue
            if _near(_NET_AMOUNT_BEFORE, view, view.before(q, 40)) or _search(
                _NET_AMOUNT_AFTER, view.after(q, 30)
            ):
                continue  # "for net proceeds of $4.9 million": what is left after the fees
            if (
                _near(_AMOUNT_BEFORE, view, view.before(q, 50))
                or _near(_AMOUNT_AFTER, view, view.after(q, 60))
                or _near(_PROCEEDS_WERE, view, view.before(q, 50))
            ):
                amounts.append(q)
                continue
            if gross_subject is None:
                gross_subject = _in_view(_GROSS_SUBJECT, view)
            if gross_subject and _near(_PROCEEDS_COPULA, view, view.before(q, 40)):
                amounts.append(q)
        return amounts

    def _counts(self, view: View, *, underlying: bool = False) -> list[Quantity]:
        return [
            q
            for q in view.of(Kind.SHARES)
            if not q.in_range
            and (q.value >= 100 or "preferred" in (q.share_class or ""))
            and (underlying or q.instrument is None)
            and q.security not in ("rights", "options")
        ]

    def _strongly_linked(
        self, view: View, price: Quantity, amounts: list[Quantity]
    ) -> Quantity | None:
        linked = [
            a
            for a in amounts
            if a.start > price.end
            and re.fullmatch(
                r"[\s,]*(?:(?:per\s+\w+|apiece|each)\s*,?\s*)?(?:or|for|totall?ing|raising"
                r"|representing"
                r"|resulting in|for (?:a |an )?(?:total|aggregate)(?: purchase price)?(?: of)?"
                r"|for (?:aggregate |total )?(?:gross )?proceeds(?: to the company)? of"
                r"|and (?:aggregate |total )?(?:gross )?proceeds of)\s*"
                rf"{HEDGED}",
                view.between(price, a),
                re.IGNORECASE,
            )
        ]
        return linked[0] if len(linked) == 1 else None

    @cached_property
    def products(self) -> list[Product]:
        """Amount, count and price tied together in one sentence, or a conversion whose
        shares issued are stated in the sentence that follows ("Upon conversion, ...")."""
        found: list[Product] = []
        for view in self.claim_views():
            if not _in_view(_TRANSACTION, view) or _in_view(_OPTION, view):
                continue
            if _in_view(_TWO_WARRANT_SETS, view):
                continue  # existing warrants exercised, new ones priced: whose price is it?
            prices = self._prices(view)
            if len(prices) != 1:
                continue
            price = prices[0]
            if (
                price.per != "unit"
                and _sold_with_warrants(view, price)
                and not (_in_view(_EXERCISE_PRICE, view))
            ):
                continue  # shares sold with warrants: the price may cover both
            exercise = _near(_EXERCISE_PRICE, view, view.before(price, 40)) or _search(
                _WARRANTS_EXERCISED, view.text
            )
            counts = self._counts(view, underlying=exercise)
            amounts = self._amounts(view, prices)
            amounts = [
                a
                for a in amounts
                if _same_currency(a, price)
                and not _near(_EACH_VALUE, view, view.before(a, 70))
                and not _whole_of_a_part(view, a)
            ]
            gross = [
                a
                for a in amounts
                if (_gross_names(view.before(a, 40)) or _near(_GROSS, view, view.after(a, 25)))
                and not re.match(
                    r"(?:(?<!\s)\s+|(?!\s))net\b", view.after(a, 10), re.I
                )  # "($6.3 million net)"
            ]
            amount = (
                amounts[0]
                if len(amounts) == 1
                else gross[0]
                if len(gross) == 1
                else self._strongly_linked(view, price, amounts)
            )
            if amount is None and len(view.of(Kind.MONEY)) == 1:
                amount = self._amount_before(view, price)
            if amount is None or split_into_parts(view, amount):
                continue
            conversion = _in_view(_CONVERSION, view)
            if conversion and _priced_preferred(view, price):
                # "issued 10,000 shares of preferred stock at $100 per share for $1.0
                # million, each convertible into 20 shares": a sale of the preferred at its
                # price; the conversion is its terms, not what the amount bought
                continue
            issued = [
                c
                for c in counts
                if not (conversion and c.share_class and "preferred" in c.share_class)
                and not (conversion and c.share_class and c.share_class.startswith("series"))
                and self._unit_matches(c, price, view.text)
            ]
            preferred = [c for c in counts if c not in issued]
            if not counts and _in_view(_THE_SECURITIES, view):
                issued = self._counted_before(view, price)
            if (
                conversion
                and not counts
                and not issued
                and not _in_view(_CONVERTIBLE_INTO_LATER, view)
                # "$1,200,000 of notes and accrued interest of $100,000": both converted
                and [q for q in view.of(Kind.MONEY) if q is not price] == [amount]
            ):
                # "converted $1,200,000 of notes into common stock at a conversion price of
                # $0.30 per share. As a result, the Company issued 4,000,000 shares": the
                # shares the conversion gave, in the sentence after it
                follow = self._issued_after_conversion(view, price, pointed=True)
                if follow is not None:
                    found.append(Product(amount, follow, price, "conversion"))
                continue
            if conversion and len(preferred) == 1 and not issued:
                follow = self._issued_after_conversion(view, price)
                if follow is not None:
                    found.append(
                        Product(
                            amount,
                            follow,
                            price,
                            "conversion",
                            preferred=preferred[0],
                            stated_terms=self._terms_stated(view),
                        )
                    )
                continue
            if len(issued) != 1:
                continue
            found.append(
                Product(
                    amount,
                    issued[0],
                    price,
                    "conversion" if conversion else "offering",
                    preferred=preferred[0] if len(preferred) == 1 else None,
                    stated_terms=self._terms_stated(view),
                )
            )
        return found

    def _counted_before(self, view: View, price: Quantity) -> list[Quantity]:
        """ "The Company sold 6,250,000 shares in the offering." then "The shares were sold
        at $1.60 per share, for gross proceeds of $10.0 million": the one count of the
        sentence before, which "the shares" names."""
        earlier = self.preceding(view, 1)
        if not earlier or _in_view(_MORE_THAN_ONE_SALE, view):
            return []  # "including the option", "together with the first tranche"
        if earlier[0].of(Kind.MONEY):
            return []  # the sentence before priced its own sale
        counts = [
            c
            for c in self._counts(earlier[0])
            if self._unit_matches(c, price, earlier[0].text)
            and not (c.share_class and "preferred" in c.share_class)
        ]
        return counts if len(counts) == 1 and len(earlier[0].of(Kind.SHARES)) == 1 else []

    def _amount_before(self, view: View, price: Quantity) -> Quantity | None:
        """ "... and repurchased $18.0 million of its shares. The company repurchased
        720,000 shares at an average price of $25.00 per share.": the amount the sentence
        before states with the same verb, when the sentence with the count and the price
        states none."""
        verb = _SALE_VERB.search(view.text[: price.start - view.start])
        # "... elected to convert $1,200,000 of principal. At the conversion price of $0.25
        # per share, the Company issued 4,800,000 shares": the price names the act
        stem = (
            verb.group("stem")
            if verb is not None
            else "conver"
            if _near(_CONVERSION, view, view.before(price, 40))
            else None
        )
        if stem is None:
            return None
        previous = [p for p in self.preceding(view, 1) if p.block == view.block]
        if not previous or self._counts(previous[0]) or self._prices(previous[0]):
            return None
        same_verb = _rx(rf"\b{stem}\w*\s+{HEDGED}$")
        found = [
            q
            for q in previous[0].of(Kind.MONEY)
            if q.per is None
            and not q.in_range
            and _same_currency(q, price)
            and _search(same_verb, previous[0].before(q, 30))
        ]
        return found[0] if len(found) == 1 else None

    def _unit_matches(self, count: Quantity, price: Quantity, text: str = "") -> bool:
        lead = _lead_of_each(text, price.text)
        if price.per is None and lead is not None:
            # "1,100,000 units at $3.00 each": each of the things counted, whatever they are
            # ("a warrant exercisable at $4.00 each" prices the warrant's share, not the unit)
            return count.instrument is None and not _EXERCISE_WORD.search(lead)
        per = price.per or "share"
        if count.security == "units":
            return per == "unit"
        if per == "unit" and count.security == "shares" and _search(_ONE_SHARE_UNITS, text):
            return True  # "units consisting of one share and a warrant": a unit a share
        if count.security == "ads":
            return per == "ads"
        if count.security in ("warrants", "pre-funded warrants"):
            return per == "warrant"
        if per == "preferred share":
            return bool(count.share_class and "preferred" in count.share_class)
        return per == "share"

    def _terms_stated(self, view: View) -> bool:
        block = self._blocks.get(view.block, [])
        text = " ".join(v.text for v in block)
        return bool(re.search(r"stated value|conversion ratio|convertible into \d", text, re.I))

    def _issued_after_conversion(
        self, view: View, price: Quantity, *, pointed: bool = False
    ) -> Quantity | None:
        """The common shares a conversion issued, stated in the sentence after it; with
        ``pointed``, also a sentence that points back at it ("As a result, the Company
        issued ...") without naming the conversion again."""
        for other in self.following(view, 1):
            if self._prices(other):
                return None
            counts = [
                c
                for c in self._counts(other)
                if c.share_class in (None, "common")
                and not _near(_AGGREGATE_CUE, other, other.before(c, 60))
                and _near(_ISSUED_CUE, other, other.before(c, 80))
            ]
            if len(counts) == 1 and (
                _in_view(_CONVERSION, other)
                or (pointed and _POINTS_BACK.match(other.text.strip()) is not None)
            ):
                return counts[0]
        return None

    @cached_property
    def offering_products(self) -> list[Product]:
        """Offering terms (shares at a price) stated in one sentence and the gross proceeds
        in another of the body; only when the release states one set of terms."""
        terms: list[tuple[View, Quantity, Quantity]] = []
        sold: set[tuple[Decimal, Decimal]] = set()
        options: list[Quantity] = []
        for view in self.claim_views():
            if _in_view(_OPTION, view):
                option_counts = [
                    c
                    for c in view.of(Kind.SHARES)
                    if c.qualifier is Qualifier.UP_TO
                    or re.search(r"additional", view.before(c, 20) + view.after(c, 30), re.I)
                ]
                options.extend(option_counts)
                continue
            if not _in_view(_OFFERING_WORDS, view):
                continue
            prices = self._prices(view)
            counts = self._counts(view)
            if not prices and len(counts) == 1 and not self._amounts(view, prices):
                # "sold 2,500,000 shares ... . The purchase price was $4.00 per share."
                priced = self._price_next_to(view)
                if priced is not None:
                    view, prices = priced, self._prices(priced)
            if len(prices) != 1 or len(counts) != 1:
                continue
            if not self._unit_matches(counts[0], prices[0], view.text):
                continue
            if self._amounts(view, prices):
                # terms with their own amount: a sale told in full, whose terms count as a
                # set ("... for $2.0 million. In a second placement, 500,000 shares at $3.00
                # ... The two placements raised $3.5 million": two sets, no one total)
                sold.add((counts[0].value, prices[0].value))
                continue
            if re.search(r"concurrent", view.text, re.I) or (
                prices[0].per != "unit" and _sold_with_warrants(view, prices[0])
            ):
                return []  # a unit's price covers its warrant; a share's may not
            terms.append((view, counts[0], prices[0]))
        distinct = {(c.value, p.value) for _, c, p in terms}
        if len(distinct) != 1 or not sold <= distinct:
            return []
        first_view, count, price = terms[0]
        option = options[0] if len({o.value for o in options}) == 1 else None
        found: list[Product] = []
        later = [v for v in self.claim_views() if v.index > first_view.index]
        # "announced a private placement of $5 million ... The deal involved issuance of
        # 2,369,668 shares at a price of $2.11 per share": the size stated just before terms
        # that point back at the same deal
        earlier = (
            [v for v in self.preceding(first_view, 2) if v.quantities]
            if _in_view(_TERMS_POINT_BACK, first_view)
            else []
        )
        for view in [*earlier, *later]:
            if view.of(Kind.SHARES) or self._prices(view):
                continue
            words = (
                r"concurrent|combined|to date|together with|each|tranche|\bincluding\b"
                r"|\b(?:two|both|all|the)\s+(?:placements|offerings|closings)\b"
            )
            if re.search(words, view.text, re.I) or (
                re.search(_WARRANTS, view.text, re.I) and price.per != "unit"
            ):
                continue
            shares_of_a_whole = percent_values(view)
            for q in view.of(Kind.MONEY):
                if q.per is not None or q.in_range or q.qualifier is Qualifier.UP_TO:
                    continue
                if id(q) in shares_of_a_whole:
                    continue  # "7.0% of gross proceeds, about $2.38 million": a fee's value
                if _near(_OPTION_INCREMENT, view, view.before(q, 60)):
                    continue  # "would add $6.0 million to the gross proceeds": the option's part
                if _near(_OTHERS_PROCEEDS, view, view.before(q, 70)):
                    continue  # "gross proceeds to the selling stockholders": not the issuer's
                sized = view in earlier and (
                    _near(_SIZE_BEFORE, view, view.before(q, 40))
                    or _near(_SIZE_AFTER, view, view.after(q, 50))
                )
                # "The gross proceeds to Acme from the offering are expected to be
                # approximately $10.0 million": the subject far before its figure (anywhere
                # earlier in its sentence, past a clause on discounts and expenses), with no
                # other amount between
                subject = (
                    _search(_GROSS, view.text[: q.start - view.start])
                    and (
                        not _near(_FEE, view, view.before(q, 30))
                        # "Gross proceeds, before deducting underwriting discounts and
                        # offering expenses, were $5.0 million": the aside closed
                        or _near(_COPULA_AFTER_ASIDE, view, view.before(q, 30))
                    )
                    and not any(
                        o.kind is Kind.MONEY and view.start <= o.start < q.start
                        for o in view.quantities
                    )
                )
                if not (
                    _gross_names(view.before(q, 70))
                    or _near(_GROSS, view, view.after(q, 25))
                    or subject
                    or sized
                ):
                    continue
                if not _same_currency(q, price):
                    continue
                if _in_view(_OPTION, view) and not _in_view(_OPTION_EXCLUDED, view):
                    if option is None or not _in_view(_OPTION_FULL, view):
                        continue
                    found.append(Product(q, count, price, "offering", option=option))
                else:
                    found.append(Product(q, count, price, "offering"))
        return found

    @cached_property
    def exercise_products(self) -> list[Product]:
        """Products a sentence states with its count and price named around it:

        * warrants or an underwriters' option exercised in full, and what that would add:
          "warrants to purchase up to 2,300,000 shares ... . The warrants have an exercise
          price of $4.75 per share and, if exercised in full for cash, would provide ...
          additional gross proceeds of approximately $10.9 million"; "an option to purchase
          up to 960,000 additional shares ... at the public offering price ... . If the
          option is exercised in full, the additional shares would add $6.0 million to the
          gross proceeds" (a price "at the public offering price" is the release's one
          offering price);
        * a deal valued at a price per share: "Fairhaven has 3,000,000 shares outstanding.
          At the cash price of $32.00 per share, the transaction is valued at approximately
          $96.0 million".

        One amount, one count and one price in the sentence and the one before it in its
        paragraph."""
        found: list[Product] = []
        for view in self.claim_views():
            if _in_view(_EXERCISED_IN_FULL, view):
                amount_cue, price_cue, context = _ADDS_PROCEEDS, _EXERCISE_PRICE, "exercise"
            elif _in_view(_INDUCED_EXERCISE, view):
                found.extend(self._induced_exercise(view))
                continue
            elif _in_view(_IS_VALUED_AT, view):
                amount_cue, price_cue, context = _VALUED_AT, _PER_SHARE_PRICE, "purchase"
            else:
                continue
            amounts = [
                q
                for q in view.of(Kind.MONEY)
                if q.per is None
                and not q.in_range
                and not q.negative
                and q.qualifier is not Qualifier.UP_TO
                and _near(amount_cue, view, view.before(q, 70))
            ]
            if len(amounts) != 1:
                continue
            scope = [view, *self.preceding(view, 1, same_block=True)]
            text = " ".join(v.text for v in scope)
            if context == "exercise" and not re.search(r"warrants?|option", text, re.I):
                continue
            counts = [q for v in scope for q in v.of(Kind.SHARES) if q.value >= 1]
            prices = [
                q
                for v in scope
                for q in v.of(Kind.MONEY)
                if not q.in_range
                and (
                    (q.per in SHARE_UNITS and _near(price_cue, v, v.before(q, 40)))
                    or (
                        context == "exercise"
                        and q.per is None
                        and _near(_ONE_SHARE_AT, v, v.before(q, 80))
                    )
                )
            ]
            if not prices and context == "exercise" and _search(_AT_OFFERING_PRICE, text):
                prices = self._offering_price()
            if len(counts) != 1 or len({p.value for p in prices}) != 1:
                continue
            if not _same_currency(amounts[0], prices[0]):
                continue
            found.append(Product(amounts[0], counts[0], prices[0], context))
        return found

    def _induced_exercise(self, view: View) -> Iterator[Product]:
        """ "... agreed to exercise existing warrants to purchase 812,000 shares for gross
        proceeds of approximately $1.6 million" with the price they are exercised at stated
        elsewhere as the one the company lowered them to ("agreed to reduce the exercise
        price of the existing warrants from $9.50 to $2.00 per share"): an inducement."""
        amounts = [
            q
            for q in view.of(Kind.MONEY)
            if q.per is None
            and not q.in_range
            and q.qualifier is not Qualifier.UP_TO
            and _near(_GROSS_OF, view, view.before(q, 40))
        ]
        scope = [view, *self.preceding(view, 1, same_block=True)]
        counts = [
            q
            for v in scope
            for q in v.of(Kind.SHARES)
            if q.value >= 1 and not q.in_range and _near(_WARRANT_SHARES, v, v.before(q, 60))
        ]
        if len(amounts) != 1 or not counts or len({c.value for c in counts}) != 1:
            return
        if any(self._prices(v) for v in scope):
            return  # a price of its own: the sentence's other readers take it
        lowered = [
            q
            for v in self.claim_views()
            for q in v.of(Kind.MONEY)
            # "from $7.80 to $2.00 per share" is read as a range: its "to" end is the price
            if q.per in SHARE_UNITS and _near(_LOWERED_TO, v, v.before(q, 140))
        ]
        if len({q.value for q in lowered}) != 1 or not _same_currency(amounts[0], lowered[0]):
            return
        yield Product(amounts[0], counts[-1], lowered[0], "exercise")

    def _offering_price(self) -> list[Quantity]:
        """The price per share the release's offering is sold at, when it states one (or,
        written without "per share", the one price its offering's terms give: "6,000,000
        shares, each sold at a public offering price of $4.60")."""
        prices = [
            q
            for view in self.claim_views()
            for q in view.of(Kind.MONEY)
            if q.per in SHARE_UNITS
            and not q.in_range
            and _near(_SALE_PRICE, view, view.before(q, 40))
        ]
        if not prices:
            prices = [p.price for p in self.offering_products if p.option is None]
        return prices[:1] if len({q.value for q in prices}) == 1 else []

    def _price_next_to(self, view: View) -> View | None:
        """The sentence right after one that sells a count of shares and names no price,
        when it states only the price of the sale ("The purchase price was $4.00 per
        share"), with no count, no amount and nothing else priced."""
        count = self._counts(view)[0]
        if _near(_NOT_SOLD, view, view.before(count, 40) + view.after(count, 60)):
            return None
        for other in self.following(view, 1):
            if other.block != view.block and other.block is not None:
                return None
            prices = self._prices(other)
            if len(prices) != 1 or not _near(_SALE_PRICE, other, other.before(prices[0], 60)):
                return None
            # nothing else counted or priced: "for 1,000,000 of them" narrows the sale (a
            # unit's "0.425 share" is its make-up, no count)
            counted = [q for q in other.quantities if q.kind is not Kind.SHARES or q.value >= 1]
            rest = other.text
            for q in sorted(other.quantities, key=lambda q: -q.start):
                if q is prices[0] or q.kind in (Kind.DATE, Kind.PERIOD) or q not in counted:
                    rest = rest[: q.start - other.start] + rest[q.end - other.start :]
            if not re.search(r"\d", rest):
                return other
        return None

    # -- NUM002: premium / discount ------------------------------------------------------------

    @cached_property
    def premiums(self) -> list[Premium]:
        found: list[Premium] = []
        for view in self.claim_views():
            for q in view.of(Kind.PERCENT):
                after = _PREMIUM_AFTER.match(view.after(q, 20)) or (
                    _SIDE_OF_PRICE.match(view.after(q, 60))
                )
                before = _PREMIUM_BEFORE.search(view.before(q, 60))
                cue = after or before
                if cue is None or q.in_range:
                    continue
                word = cue.group("word").lower()
                word = "discount" if word in ("below", "under") else word
                tail = view.text[q.end - view.start :]
                link = _REFERENCE_LINK.search(tail[:80])
                if link is None:
                    continue
                reference = self._reference(view, q)
                if reference is None and not _search(_STOCKISH, tail[:120]):
                    continue
                amount = self._premium_amount(view, q, reference)
                price = None if amount else self._premium_price(view, q, reference, found)
                dated = bool(view.dates or view.periods) or _in_view(_DATED, view)
                market = _search(_STOCKISH, tail[:120]) and not _search(_EARLIER_DEAL, tail[:160])
                subject = bool(
                    _SUBJECT_PRICE.search(view.text.strip())
                    or re.match(
                        r"^(?:this|which|it)\s+(?:price\s+)?represents", view.text.strip(), re.I
                    )
                )
                found.append(
                    Premium(
                        q,
                        price,
                        reference,
                        word == "discount",
                        dated,
                        view.start,
                        view.start + len(view.text),
                        market,
                        subject,
                        amount,
                        bool(view.dates),
                        reference is None and _search(_POINTS_BACK_TO_REFERENCE, tail[:40]),
                    )
                )
        return found

    def _premium_amount(
        self, view: View, percent: Quantity, reference: Quantity | None
    ) -> Quantity | None:
        """The premium written as a money difference beside its percentage: "a $9.08 or
        149% premium to the $6.10 price", "a premium of $0.50, or 10%, over". The amount
        and the percentage are one claim (amount / reference = percent), not a price."""
        if reference is None:
            return None
        for q in view.of(Kind.MONEY):
            if q.end > percent.start or q is reference or q.in_range:
                continue
            if _PREMIUM_OR.fullmatch(view.between(q, percent)) and _same_currency(q, reference):
                return q
        return None

    def _reference(self, view: View, percent: Quantity) -> Quantity | None:
        for q in view.of(Kind.MONEY):
            if q.start <= percent.end:
                continue
            between = view.between(percent, q)
            if len(between) > 160 or ";" in between:
                return None
            if not _search(_REFERENCE_LINK, between):
                return None
            if any(
                o.kind is Kind.PERCENT and percent.end <= o.start and o.end <= q.start
                for o in view.quantities
            ):
                # "a premium of 30.0% to that close, and of 40.0% to $19.64": the price is
                # the reference of the percentage nearer to it
                return None
            return q
        return None

    def _premium_price(
        self,
        view: View,
        percent: Quantity,
        reference: Quantity | None,
        earlier_claims: Sequence[Premium] = (),
    ) -> Quantity | None:
        # "24.02% below the closing price ($171.10) ... and 31.72% below the closing price
        # ($190.40)": a figure already the reference of an earlier percentage is no price
        taken = {id(p.reference) for p in earlier_claims if p.reference is not None}
        before = [
            q
            for q in self._prices(view)
            if q.end <= percent.start
            and q is not reference
            and not q.in_range
            and id(q) not in taken
            # "implying $32.00 per share based on Buyer's closing price of $40.00, a
            # premium of 28% to Target's closing price": the basis of an implied value
            # (another company's price) is not the price the premium is of
            and not _near(_BASED_ON, view, view.before(q, 80))
        ]
        if before:
            return before[-1]
        earlier = [
            q
            for q in view.of(Kind.MONEY)
            if q.end <= percent.start
            and not q.in_range
            and id(q) not in taken
            and not _near(_BASED_ON, view, view.before(q, 80))
        ]
        if earlier:
            # "a daily rate of $19,807, marking a 6% premium over the index of $18,681": a
            # figure of the same kind as the reference, close to it in size.
            last = earlier[-1]
            if (
                reference is not None
                and last.per == reference.per
                and _same_currency(last, reference)
                and reference.value > 0
                and Decimal("0.2") < last.value / reference.value < Decimal(5)
            ):
                return last
            return None
        if _SUBJECT_PRICE.search(view.text.strip()) or re.match(
            r"^(?:this|which|it)\s+(?:price\s+)?represents", view.text.strip(), re.I
        ):
            for other in self.preceding(view, 3):
                prices = self._prices(other)
                if prices:
                    return prices[-1] if len({p.value for p in prices}) == 1 else None
        return None

    # -- NUM003: percent change ---------------------------------------------------------------

    @cached_property
    def changes(self) -> list[Change]:
        found: list[Change] = []
        # a change stated whole in one sentence is a claim wherever it stands: the "About"
        # paragraph of an acquired company ("For 2025, Moraine reported revenue of $96.4
        # million, up 18.3% from $81.5 million in 2024") states it as plainly as the body
        for view in self.views:
            if len(view.quantities) < 3 or view.section not in CHANGE_SECTIONS:
                continue
            for clause_start, clause_end in _clauses(view.text):
                inside = [q for q in figures_from(view, clause_start, clause_end) if not q.in_range]
                if _INCLUDING_BEFORE.search(view.text[max(0, clause_start - 12) : clause_start]):
                    # "Net loss was $3.2 million, including an impairment loss of $1.0
                    # million, compared to ...": the included part is no level of the change
                    aside = view.text.find(",", clause_start, clause_end)
                    aside_end = view.start + (clause_end if aside < 0 else aside)
                    inside = [q for q in inside if q.start >= aside_end]
                for q in inside:
                    if q.kind not in (Kind.PERCENT, Kind.POINTS, Kind.MULTIPLE):
                        continue
                    change = self._change_around(view, q, inside)
                    if change is not None:
                        found.append(change)
        found.extend(self._changes_across_sentences())
        found.extend(self._amount_changes())
        seen = {id(c.delta) for c in found if c.delta is not None}
        found.extend(c for c in self._amount_changes_by_verb() if id(c.delta) not in seen)
        found.extend(self._count_changes())
        return found

    def _count_changes(self) -> Iterator[Change]:
        """A share count moved by a stated number of shares: "The cancellation of 25
        million shares ... will reduce the outstanding shares from 60,997,373 to 35,997,373";
        "issued 4,000,000 shares, increasing the shares outstanding from 20,500,000 to
        24,500,000"; "repurchased 412,500 shares ... has repurchased a total of 1,237,500
        shares, up from 825,000 shares". The number is the difference of the two counts
        (NUM012 checks it); it is named by the act (cancellation, issuance, repurchase) in
        the same sentence or the one before it in the paragraph."""
        for view in self.claim_views():
            counts = [q for q in view.of(Kind.SHARES) if not q.in_range and q.qualifier is None]
            for first, second in pairwise(counts):
                between = view.between(first, second)
                since = _COUNT_SINCE.fullmatch(between)
                if since is not None:
                    # "has repurchased a total of 1,237,500 shares, up from 825,000 shares"
                    new, old = first, second
                    direction = -1 if since.group("down") else 1
                else:
                    verb = _COUNT_MOVED.search(view.before(first, 90))
                    if verb is None or not re.fullmatch(r"\s+to\s+", between):
                        continue
                    old, new = first, second
                    direction = -1 if verb.group("down") else 1
                if old.value <= 0:
                    continue
                if (new.value - old.value) * direction <= 0:
                    continue  # the words and the counts disagree on the way: not this reading
                where = (*self.preceding(view, 1, same_block=True), view)
                if any(_in_view(_OTHER_SOURCES, v) for v in where):
                    continue  # "together with warrant exercises": more than the one act
                acts = [
                    q
                    for v in where
                    for q in v.of(Kind.SHARES)
                    if q is not old
                    and q is not new
                    and (v is not view or q.end <= old.start)
                    and q.qualifier is None
                    and _near(_COUNT_ACT, v, v.before(q, 40))
                ]
                if len(acts) == 1:
                    yield Change(acts[0], new, old, direction, delta=acts[0])

    def _amount_changes(self) -> Iterator[Change]:
        """A change stated only as an amount between its two levels: "revenue was $7.5
        million, a $2.7 million increase from $4.8 million", "$12.1 million, up $1.3 million
        from $10.8 million". The amount is the difference of the levels (NUM012 checks it)."""
        for view in self.claim_views():
            figures = [
                q
                for q in view.quantities
                if q.kind is Kind.MONEY
                and not q.in_range
                and q.qualifier in (None, Qualifier.ABOUT)
            ]
            if len(figures) < 3:
                continue
            for new, delta, old in zip(figures, figures[1:], figures[2:], strict=False):
                if not (new.per == delta.per == old.per) or new.per is not None:
                    continue
                if not (new.currency or "") == (delta.currency or "") == (old.currency or ""):
                    continue
                head = _AMOUNT_CHANGE_HEAD.fullmatch(_without_periods(view, new, delta))
                tail = _AMOUNT_CHANGE_TAIL.fullmatch(_without_periods(view, delta, old))
                if head is None or tail is None:
                    continue
                words = [g for g in (*head.groups(), *tail.groups()) if g]
                if len(words) != 1:
                    continue
                direction = -1 if _DOWN_WORD.match(words[0]) else 1
                if re.match(r"\s*,?\s*(?:or|\()\s*[\d.]+\s?%", view.after(old, 20)):
                    continue  # "..., or 56%": the percent's change, read with its levels
                if old.value > 0 and not new.negative and not delta.negative:
                    yield Change(delta, new, old, direction, delta=delta)

    def _amount_changes_by_verb(self) -> Iterator[Change]:
        """A change stated only as an amount, its verb before it and its two levels marked
        by their own prepositions, in any order: "Total loans increased $506 million to $6.0
        billion at September 30, 2025 from $5.5 billion at December 31, 2024", "decreased
        during the third quarter by $41.2 million to $191.5 million ... compared to $232.7
        million", "grew by $1.0 billion from $11.9 billion to $12.9 billion". One clause,
        three amounts and no percentage (a percentage makes it ``_change_around``'s): the
        amount right after the verb (or its "by"), the level after "to" and the level after
        "from"/"compared to" are the change, each marked once (NUM012 checks it)."""
        for view in self.claim_views():
            if len(view.of(Kind.MONEY)) < 3:
                continue
            for clause_start, clause_end in _clauses(view.text):
                # "by $26.7 million to $128.4 million" reads as a range to the quantity
                # reader; the verb and "by" before it make it an amount and a level
                inside = figures_from(view, clause_start, clause_end)
                if any(q.kind in (Kind.PERCENT, Kind.POINTS, Kind.MULTIPLE) for q in inside):
                    continue
                money = [
                    q
                    for q in inside
                    if q.kind is Kind.MONEY and q.per is None and not _per_share_aside(view, q)
                ]
                if len(money) != 3 or any(
                    q.negative or q.qualifier not in (None, Qualifier.ABOUT) for q in money
                ):
                    continue
                if len({q.currency or "" for q in money}) != 1:
                    continue
                deltas = [
                    (q, verb)
                    for q in money
                    if (verb := _AMOUNT_VERB.search(_since_last_figure(view, q, 90)))
                ]
                olds = [q for q in money if _near(_OLD_BEFORE, view, view.before(q, 60))]
                news = [  # "compared to $N" ends in "to" too: the prior level
                    q
                    for q in money
                    if _near(_NEW_BEFORE, view, view.before(q, 30))
                    and not any(q is o for o in olds)
                ]
                if not (len(deltas) == len(news) == len(olds) == 1):
                    continue
                (delta, verb), new, old = deltas[0], news[0], olds[0]
                if len({id(delta), id(new), id(old)}) != 3 or delta.start > min(
                    new.start, old.start
                ):
                    continue
                if old.value > 0:
                    yield Change(delta, new, old, -1 if verb.group("down") else 1, delta=delta)

    def _changes_across_sentences(self) -> Iterator[Change]:
        """A change stated in a sentence with no figure of its own ("the 50% increase in the
        Company's quarterly dividend", "revenue that soared 149% year-over-year") whose two
        levels the sentence next to it gives as one comparison ("from $0.20 per share to
        $0.30 per share", "$144.4 million compared to $58 million") of the same measure."""
        for view in self.claim_views():
            figures = [q for q in view.quantities if not q.in_range]
            if len(figures) == 1 and figures[0].kind is Kind.POINTS:
                found = self._margin_change_across(view, figures[0])
                if found is not None:
                    yield found
                continue
            if len(figures) == 2 and (
                _THIS_REPRESENTS.match(view.text) or self._measure_of_level_before(view, figures[0])
            ):
                found = self._change_from_level_before(view, *figures)
                if found is not None:
                    yield found
                continue
            if len(figures) != 1 or figures[0].kind is not Kind.PERCENT:
                continue
            change = figures[0]
            cue = _CHANGE_BEFORE.search(view.before(change, 60)) or _CHANGE_AFTER.match(
                view.after(change, 40)
            )
            if cue is None:
                continue
            direction = _cue_direction(cue)
            if direction == 0:
                continue  # "improved 2.3 points": which way depends on the measure
            near = view.before(change, 60) + " " + view.after(change, 80)
            measures = {m.group().lower().rstrip("s") for m in _MEASURE.finditer(near)}
            if (
                not measures
                and (
                    _BACK_TO_COMPARISON.search(view.before(change, 60))
                    or _THE_CHANGE_OPENS.match(view.text[: change.start - view.start])
                )
                # "This represents an increase of 12% in headcount": a subject of its own
                and not _OWN_SUBJECT_AFTER.match(view.after(change, 30))
            ):
                # "... increased to $368.6 million, up from $333.3 million. ... this 10.6%
                # growth reflects ...": the change names no measure but points back at the
                # one comparison of the sentence just before
                pairs = [
                    pair
                    for other in self.preceding(view, 1)
                    if other.block == view.block and (pair := _comparison_pair(other, None))
                ]
                if len(pairs) == 1:
                    yield Change(change, *pairs[0], direction)
                continue
            if len(measures) != 1:
                continue
            measure = measures.pop()
            pairs = [
                pair
                for other in (*self.preceding(view, 1), *self.following(view, 1))
                if (pair := _comparison_pair(other, measure))
            ]
            if len(pairs) == 1:
                new, old = pairs[0]
                yield Change(change, new, old, direction)

    def _measure_of_level_before(self, view: View, change: Quantity) -> bool:
        """ "Operating expenses were $583,000 for the quarter. The Company decreased
        operating expenses by 24% compared to the same period in 2023 of $765,000.": the
        change names, before it, the measure the one level of the sentence before it is
        the subject of (its last two words), so it points back at that level as plainly as
        "This represents"."""
        before = [v for v in self.preceding(view, 1, same_block=True)]
        levels = [q for v in before for q in v.quantities if q.kind is Kind.MONEY]
        if len(levels) != 1:
            return False
        subject = _LINKING_TAIL.sub("", _since_last_figure(before[0], levels[0], 80))
        words = re.findall(r"[A-Za-z][\w'’-]*", subject)[-2:]
        if not words or not any(len(w) >= 4 and w.lower() not in _NOT_MEASURES for w in words):
            return False
        phrase = r"\b" + r"\s+".join(map(re.escape, words)) + r"\b"
        return release_pattern(phrase, re.I).search(view.before(change, 80)) is not None

    def _change_from_level_before(
        self, view: View, change: Quantity, old: Quantity
    ) -> Change | None:
        """ "Revenue for the year totaled $56.0 million. This represents a 12% increase over
        the $50.0 million reported for 2024.": the change and the prior level in a sentence
        that points back at the one level of the sentence before it."""
        if change.kind is not Kind.PERCENT or old.kind is not Kind.MONEY or old.per is not None:
            return None
        cue = _CHANGE_BEFORE.search(view.before(change, 60)) or _CHANGE_AFTER.match(
            view.after(change, 40)
        )
        if cue is None or not _near(_OLD_BEFORE, view, view.before(old, 60)):
            return None
        direction = _cue_direction(cue)
        if direction == 0 or old.value <= 0 or old.qualifier is not None:
            return None
        levels = [
            q
            for other in self.preceding(view, 1, same_block=True)
            for q in other.quantities
            if q.kind is Kind.MONEY
        ]
        if len(levels) != 1:
            return None
        new = levels[0]
        if new.per is not None or new.in_range or new.negative or new.qualifier is not None:
            return None
        if (new.currency or "") != (old.currency or ""):
            return None
        return Change(change, new, old, direction)

    def _margin_change_across(self, view: View, change: Quantity) -> Change | None:
        """ "Gross margin declined 80 basis points" after "Gross profit was $174.9 million,
        or 34.1% of net sales, compared with $187.0 million, or 34.9% of net sales, a year
        earlier": a margin's change in points against the one pair of margins the sentence
        next to it compares."""
        cue = _CHANGE_BEFORE.search(view.before(change, 60)) or _CHANGE_AFTER.match(
            view.after(change, 40)
        )
        if cue is None or not re.search(r"\bmargins?\b", view.before(change, 60), re.I):
            return None
        direction = _cue_direction(cue)
        if direction == 0:
            return None
        pairs = [
            pair
            for other in (*self.preceding(view, 1), *self.following(view, 1))
            if other.block == view.block and (pair := _margin_pair(other))
        ]
        if len(pairs) != 1:
            return None
        new, old = pairs[0]
        return Change(change, new, old, direction)

    def _change_around(self, view: View, change: Quantity, inside: list[Quantity]) -> Change | None:
        """The two figures a stated change is about, when the sentence ties them to it:
        "increased 15% to A from B", "A, up 15% from B", "A compared with B, an increase
        of 15%", "increased by D, or 15%, to A". The change must be written as a change
        ("increased 15%", "an increase of 15%", "a 15% increase"), not as a level ("rose
        to 2.81%"), and nothing else may stand between it and its figures."""
        before = view.before(change, 60)
        after = view.after(change, 40)
        direction = 0
        asides = False
        if any(q.kind is Kind.MONEY and q.per is None for q in inside):
            # "to $14.1 million, or $0.57 per diluted share, compared with $11.0 million, or
            # $0.45 per diluted share": the per-share figures restate the amounts aside
            kept = [q for q in inside if not _per_share_aside(view, q)]
            kept_ids = {id(q) for q in kept}  # identity, not a dataclass comparison per pair
            # only after the change: "$9.6 million, or $0.54 per share, an increase of 31%
            # compared to $7.9 million, or $0.41 per share" is the per-share change
            if all(q.start > change.end for q in inside if id(q) not in kept_ids):
                asides = len(kept) < len(inside)
                inside = kept
        if change.kind is Kind.PERCENT and any(q.kind is Kind.MONEY for q in inside):
            # "increased 24% to $12.4 million, or 41.3% of revenue, from $10.0 million, or
            # 40.0% of revenue": each level's share of revenue is an aside on it, as a
            # per-share figure is (NUM004 reads it as a portion)
            inside = [q for q in inside if q is change or not _share_of_revenue_aside(view, q)]
        if change.kind is Kind.MULTIPLE:
            if not re.match(r"(?:doubl|tripl|quadrupl|quintupl)", change.text, re.I) and not (
                re.search(r"(?:increas|grew|rose|up)\w*\s*(?:by\s+)?$", before, re.I)
            ):
                return None
            direction = 1
        else:
            cue = (
                _CHANGE_BEFORE.search(before)
                or _CHANGE_AFTER.match(after)
                or _CHANGE_BY_AMOUNT.search(view.before(change, 90))
                # "increased $2.3 million in the third quarter, or 5%": the amount's period
                or _CHANGE_BY_AMOUNT.search(_plain_span(view, change.start - 150, change.start))
            )
            if cue is not None and _search(_PRICE_COMPARED, after):
                return None  # "30% below the closing price of $5.00": a premium or discount
            signed = (_SIGNED_AFTER_PRIOR.search(before) and change.text.lstrip()[:1] in "+-−") or (
                _SIGNED_AFTER_PAIR.search(before)
                and (before.endswith("+") or change.text.lstrip()[:1] in "-−")
            )
            if cue is None and not signed:
                return None
            # "(1-9/2024: EUR 77.3 million, -6.2%)": with no change word the sign is the direction
            direction = (-1 if change.negative else 1) if cue is None else _cue_direction(cue)
        values = [
            q
            for q in inside
            if q is not change
            and q.kind in (Kind.MONEY, Kind.PERCENT, Kind.SHARES)
            and q.qualifier not in (Qualifier.UP_TO, Qualifier.UNDER, Qualifier.OVER)
            and not q.negative
        ]
        if change.kind is Kind.POINTS:
            values = [q for q in values if q.kind is Kind.PERCENT]
        deltas = [
            q
            for q in values
            if (
                # "that is $13.5 million, or 7.8%, more": the amount in apposition with the
                # percentage before the comparative is the change's amount, never a level
                q.end <= change.start
                and re.fullmatch(rf",\s*or\s+{HEDGED}", view.between(q, change).lstrip(), re.I)
                and _search(_APPOSED_COMPARATIVE, after)
            )
            or (
                re.search(
                    r"(?:\bby|(?:increase|decrease|decline|reduction|growth|rise|gain|improvement)"
                    r"\s+of|(?:increased|decreased|rose|grew|fell|declined|improved|gained|\bup"
                    rf"|\bdown)(?:\s+by)?)\s+{HEDGED}$",
                    view.before(q, 40),
                    re.I,
                )
                and q.end <= change.start
                # "increased $2.3 million in the quarter, or 5%": the period is the amount's;
                # "or approximately 13.9%": the hedge is the percentage's
                and len(_HEDGE.sub("", _without_periods(view, q, change))) < 12
            )
            # "a $6.1 million, or 77 percent, improvement on": the amount before the change
            or (
                re.search(r"\b(?:an?|the)\s+$", view.before(q, 10), re.I)
                and re.fullmatch(rf"\s*,?\s*or\s+{HEDGED}", view.between(q, change))
                and q.end <= change.start
            )
        ]
        values = [q for q in values if q not in deltas]
        old = [
            q
            for q in values
            if _near(_OLD_BEFORE, view, view.before(q, 60))
            # "rose 8% year over year, to $N": "over" names the period, "to" the new figure
            and not re.search(
                r"(?:,|(?<!compared)(?<!relative)(?<!comparison)(?<=\S))\s+to\s+"
                rf"{HEDGED}$",
                view.before(q, 30),
            )
        ]
        if len(old) > 1:
            return None
        old_q = old[0] if old else None
        if old_q is not None and _near(_AND_ANOTHER_FIGURE, view, view.after(old_q, 25)):
            # "assets grew 12% to $1.12 billion, and deposits grew 8% to $950 million,
            # compared with $1.00 billion and $880 million": priors listed in the order of
            # the measures, not this change's alone
            return None
        pool = [
            q
            for q in values
            if q is not old_q
            and (old_q is None or _comparable(q, old_q))
            and (not deltas or _comparable(q, deltas[0]))
        ]
        new = [q for q in pool if _near(_NEW_BEFORE, view, view.before(q, 30))]
        if len(new) != 1:
            outside = [q for q in pool if not _in_parentheses(view, q)]
            new = pool if len(pool) == 1 else outside if len(outside) == 1 else []
        if len(new) != 1:
            return None
        new_q = new[0]
        if (
            asides
            and new_q.start > change.end
            and not _near(_NEW_BEFORE, view, view.before(new_q, 30))
        ):
            # past the asides only "... increased 28.1% to $14.1 million" ties a later figure
            # to the change ("a $13.9 million, or 316 percent, increase in operating expenses
            # ..., the company incurred a net loss of $15.6 million" is another measure)
            return None
        delta = deltas[0] if len(deltas) == 1 else None
        if (
            delta is not None
            and old_q is None
            and not (new_q.start > change.end and _near(_NEW_BEFORE, view, view.before(new_q, 30)))
            # "revenue of $N, an increase of $D (or X%) over ...": the level right before
            # the amount it grew by
            and not (
                new_q.end <= delta.start
                and _LEVEL_THEN_AMOUNT.fullmatch(_without_periods(view, new_q, delta))
            )
        ):
            return None  # "increased by $D, or X%, to $N": only the "to" figure is the level
        if old_q is None and delta is None:
            return None
        if direction == 0:
            # "improved" says better, not up: a lower efficiency ratio or cost improves.
            # With both figures the way is theirs; with only the amount it is unknown.
            if old_q is None:
                return None
            direction = 1 if new_q.value >= old_q.value else -1
        if old_q is not None and old_q.value <= 0:
            return None
        losses = [
            _near(_NEGATIVE_BEFORE, view, view.before(q, 30))
            or _near(_LOSS_WAS, view, view.before(q, 70))
            for q in (new_q, old_q)
            if q
        ]
        if any(losses) and not (old_q is not None and all(losses)):
            # a change from income to a loss has no meaningful percentage; a loss that
            # narrowed or widened ("a loss of $16.3 million, a 7% decrease from a loss of
            # $17.5 million") changes in size like any other figure
            return None
        if (
            change.kind is Kind.PERCENT
            and new_q.kind is Kind.PERCENT
            and not _rate_adjacent(view, change, new_q, old_q)
        ):
            return None
        # "$102.2 million, an increase of $3.4 million, or 3.5%, compared to $98.8 million":
        # level, amount of the change, percentage and prior level are one claim
        members = [q for q in (new_q, old_q, delta) if q is not None]
        if not _adjacent(view, change, members, inside):
            return None
        if old_q is not None:
            from disclint.rules.arithmetic.changes import levels_disagree

            if levels_disagree(view, change, new_q, old_q):
                return None
        declared = (
            old_q is not None
            and _in_view(_DECLARED_RATE, view)
            and all(_declared_cents(q) for q in (new_q, old_q))
        )
        return Change(change, new_q, old_q, direction, delta, declared)

    # -- NUM004 / NUM010: portions and ownership ----------------------------------------------

    @cached_property
    def portions(self) -> list[Portion]:
        found: list[Portion] = []
        defined = self._defined_terms()
        for view in self.claim_views():
            for q in view.of(Kind.PERCENT):
                if q.in_range:
                    continue
                after = view.after(q, 200)
                ownership = _OUTSTANDING_AFTER.search(after)
                if ownership is not None:
                    part = self._holding(view, q, defined)
                    if part is None:
                        continue
                    whole = self._whole_in_sentence(view, q, part) or self._whole_before(
                        view, q, part
                    )
                    if whole is None and any(ch.isdigit() for ch in ownership.group()):
                        # "or 12.4% of the 41,380,000 then outstanding": the whole is written
                        # here as a bare number (no figure read); the release's other
                        # outstanding count is another date's
                        continue
                    found.append(
                        Portion(
                            part,
                            q,
                            whole,
                            True,
                            _in_view(_POST, view),
                            _in_view(_PRE, view),
                            _in_view(_DILUTED, view),
                        )
                    )
                    continue
                portion = (
                    self._money_portion(view, q)
                    or self._outstanding_first(view, q)
                    or self._whole_first(view, q)
                    or self._outstanding_before(view, q)
                    or self._part_of_whole(view, q)
                    or self._percent_in_aside(view, q)
                )
                if portion is not None:
                    found.append(portion)
        return found

    def _outstanding_first(self, view: View, percent: Quantity) -> Portion | None:
        """ "Of the 50,000,000 shares outstanding, Tidewater now holds 4,000,000 shares, or
        8.0%": the outstanding count written before the holding and its percentage."""
        held = _near(_HOLDING_OR, view, view.before(percent, 80))
        # "Based on 30,000,000 shares outstanding, Harlow's 4,500,000 shares represent 15.0%";
        # "... 30,000,000 shares outstanding, of which the 4,500,000 shares issued in the
        # placement represent 15.0%": the part's own verb says what the percentage measures
        if not held and not _near(_PART_REPRESENTS, view, view.before(percent, 30)):
            return None
        counts = [c for c in view.of(Kind.SHARES) if c.end <= percent.start and not c.in_range]
        wholes = [
            c
            for c in counts
            if _OUTSTANDING_AFTER_COUNT.match(view.after(c, 30))
            or _OUTSTANDING_AFTER_ISSUER.match(_without_asides(view.after(c, 110)))
            or (not held and _near(_OUTSTANDING_BEFORE, view, view.before(c, 60)))
        ]
        if (
            not held
            and len(counts) == 1
            and wholes
            and _near(_OFFERED_SHARES_REPRESENT, view, view.before(percent, 90))
            and _PORTION_ENDS.match(view.after(percent, 60))
        ):
            # "Corvane has 27,600,000 shares outstanding, of which the shares issued in the
            # offering represent 16.7%": the count of the offering the release states
            offered = {p.shares.value: p.shares for p in self.products if p.context == "offering"}
            if len(offered) == 1:
                part = next(iter(offered.values()))
                if part.value < wholes[0].value and compatible_classes(part, wholes[0]):
                    return Portion(part, percent, wholes[0], True, False, False, False)
            return None
        if len(counts) != 2 or len(wholes) != 1 or counts[0] is not wholes[0]:
            return None
        part = counts[1]
        # "6,000,000 shares of common stock, or approximately 12.5%": _HOLDING_OR's words
        if not compatible_classes(part, wholes[0]) or len(view.between(part, percent)) > 60:
            return None
        if not held and (
            _in_view(_NOT_YET_OUTSTANDING, view)
            or part.value >= wholes[0].value
            or not re.fullmatch(r"[^$\d;]*", view.between(part, percent))
            or not _PORTION_ENDS.match(view.after(percent, 60))
        ):
            return None
        return Portion(part, percent, wholes[0], True, False, False, False)

    def _part_of_whole(self, view: View, percent: Quantity) -> Portion | None:
        """ "will hold 4,000,000 of Tarrow's 52,000,000 shares outstanding, about 7.7%": the
        part and the whole in one phrase ("N of [the, its, X's] M ..."), the percentage in
        apposition to it, ending its clause."""
        figures: list[Quantity] = []  # the last two before the percentage, latest first
        for q in reversed(figures_from(view, 0, percent.start - view.start)):
            if (
                q.end <= percent.start
                and not q.in_range
                and q.per is None
                and q.kind in (Kind.MONEY, Kind.SHARES)
            ):
                figures.append(q)
                if len(figures) == 2:
                    break
        if len(figures) < 2:
            return None
        whole, part = figures
        if not _PART_OF.fullmatch(view.between(part, whole)):
            return None
        if part.kind is not whole.kind or not _same_kind(part, whole):
            return None
        if part.kind is Kind.SHARES and not compatible_classes(part, whole):
            return None
        if part.value >= whole.value or not _WHOLE_THEN_PERCENT.fullmatch(
            view.between(whole, percent)
        ):
            return None
        if not _CLAUSE_ENDS.match(view.after(percent, 20)):
            return None
        ownership = part.kind is Kind.SHARES and self._is_outstanding(view, whole)
        return Portion(part, percent, whole, ownership, False, False, False)

    def _percent_in_aside(self, view: View, percent: Quantity) -> Portion | None:
        """ "Nonperforming assets, at 0.42% of total assets, were $7.98 million; total assets
        stood at $1.90 billion": the percentage in an aside after the measure's name, the
        part after the aside's close, the whole named in it (``_named_whole``)."""
        if not _near(_ASIDE_OPENS, view, view.before(percent, 30)):
            return None
        after = view.after(percent, 120)
        aside = _ASIDE_OF_WHOLE.match(after)
        if aside is None:
            return None
        at = percent.end + aside.end()
        parts = [q for q in view.quantities if q.start >= at and q.start - at <= 2]
        if len(parts) != 1:
            return None
        part = parts[0]
        if part.kind is not Kind.MONEY or part.per is not None or part.in_range:
            return None
        whole = self._named_whole(view, part, aside.group("whole"))
        return None if whole is None else Portion(part, percent, whole, False, False, False, False)

    def _outstanding_before(self, view: View, percent: Quantity) -> Portion | None:
        """ "The Company has 50,000,000 shares outstanding. Tidewater holds 4,000,000
        shares, or 8.0%.": a holding and its percentage that end their sentence, of the one
        outstanding count the sentence before states."""
        if not _HOLDING_OR.search(view.before(percent, 80)):
            return None
        if not re.match(r"\s*(?:[.;]|$)", view.after(percent, 5)):
            return None
        counts = [c for c in view.of(Kind.SHARES) if not c.in_range]
        if len(counts) != 1 or counts[0].end > percent.start:
            return None
        part = counts[0]
        wholes = [
            c
            for other in self.preceding(view, 1, same_block=True)
            for c in other.of(Kind.SHARES)
            if self._is_outstanding(other, c) and compatible_classes(c, part)
        ]
        if len(wholes) != 1 or wholes[0].value <= part.value:
            return None
        return Portion(part, percent, wholes[0], True, False, False, False)

    def _whole_first(self, view: View, percent: Quantity) -> Portion | None:
        """ "Of the $12.0 million in total revenue, $7.5 million, or 62.5%, came from
        products": the whole opens the sentence, the part and its percentage follow."""
        if not _near(_PORTION_CUE, view, view.before(percent, 40)):
            return None
        figures = [
            q
            for q in view.quantities
            if q.end <= percent.start and q.kind in (Kind.MONEY, Kind.SHARES)
        ]
        if len(figures) != 2:
            return None
        whole, part = figures
        if not _search(_OF_THE_WHOLE, view.text[: whole.start - view.start]):
            return None
        if whole.in_range or part.in_range or whole.per is not None or part.per is not None:
            return None
        if not _same_kind(whole, part) or whole.kind is not part.kind:
            return None
        if len(view.between(part, percent)) > 25 or whole.value <= part.value:
            return None
        if not re.match(r"^[^;$\d]{0,60},\s*$", view.between(whole, part)):
            return None
        return Portion(part, percent, whole, False, False, False, False)

    def _defined_terms(self) -> dict[str, Quantity]:
        """ "2,400,000 common shares (the "Consideration Shares")" -> {"consideration
        shares": <2,400,000>}."""
        terms: dict[str, Quantity] = {}
        for view in self.claim_views():
            for q in view.of(Kind.SHARES):
                match = re.search(
                    r"\(\s*(?:the|such)?\s*[\"“”']+(?P<term>[A-Z][\w -]{2,40}?)[\"“”']+\s*\)",
                    view.after(q, 140),
                )
                if match and "share" in match.group("term").lower():
                    terms[match.group("term").lower()] = q
        return terms

    def _holding(
        self, view: View, percent: Quantity, defined: dict[str, Quantity]
    ) -> Quantity | None:
        before = view.before(percent, 120)
        if not _search(_OWNERSHIP_BEFORE, before) and not re.search(
            r"(?:own|hold|held|acquir|purchas|stake|position|interest)\w*", before, re.I
        ):
            return None
        counts = [
            c
            for c in view.of(Kind.SHARES)
            if c.end <= percent.start
            and c.instrument is None
            and not c.in_range
            and not self._is_outstanding(view, c)
        ]
        if counts:
            between = view.between(counts[-1], percent)
            if len(between) > 140 or ";" in between:
                return None
            return counts[-1]
        for term, quantity in defined.items():
            if release_pattern(rf"\b{re.escape(term)}\b", re.I).search(before):
                return quantity
        if re.search(r"\b(?:holding|stake|position|interest|shares)\b", before, re.I):
            return self._holding_before(view)
        return None

    @staticmethod
    def _is_outstanding(view: View, count: Quantity) -> bool:
        """ "Based on 20,000,000 shares outstanding": the count is the whole, not a holding."""
        return _near(_OUTSTANDING_AFTER_COUNT, view, view.after(count, 30)) or _search(
            _OUTSTANDING_BEFORE, view.before(count, 60)
        )

    def _holding_before(self, view: View) -> Quantity | None:
        """ "Harbor holds 3,000,000 shares. ... its holding represents 15.0% of the
        outstanding shares": the holding stated in an earlier sentence of the same or the
        previous paragraph, when exactly one figure there is written as held or owned."""
        held: list[Quantity] = []
        if view.block is None:
            return None
        views = self.views
        # back from the sentence to the previous paragraph's start, not from the release's
        # start (once per sentence: quadratic in a long release)
        for at in range(view.index - 1, -1, -1):
            other = views[at]
            if other.block is not None and other.block < view.block - 1:
                break
            if other.section not in CLAIM_SECTIONS or other.block is None:
                continue
            if other.block > view.block:
                continue
            found = [
                c
                for c in other.of(Kind.SHARES)
                if c.instrument is None
                and not c.in_range
                and _near(_HELD_BEFORE, other, other.before(c, 40))
            ]
            held[:0] = found  # document order: the last held figure is the latest
        values = {c.value for c in held}
        return held[-1] if len(values) == 1 else None

    def _whole_before(self, view: View, percent: Quantity, part: Quantity) -> Quantity | None:
        """ "Based on 20,000,000 shares outstanding, its holding represents 15.0%": the one
        count before the percentage that the sentence states as outstanding."""
        wholes = [
            c
            for c in view.of(Kind.SHARES)
            if c.end <= percent.start
            and c is not part
            and self._is_outstanding(view, c)
            and compatible_classes(c, part)
        ]
        return wholes[0] if len(wholes) == 1 else None

    def _whole_in_sentence(self, view: View, percent: Quantity, part: Quantity) -> Quantity | None:
        for c in view.of(Kind.SHARES):
            if c.start > percent.end and c is not part and c.instrument is None:
                if _near(_BASE_RIGHT_BEFORE, view, view.before(c, 40)) or _search(
                    _ACT_BETWEEN, view.between(percent, c)
                ):
                    # "9.1% of the outstanding shares after the offering, up from
                    # 50,000,000 shares before it": the base of a change, not the whole;
                    # "18% of the outstanding shares, after buying 1,500,000 shares": the
                    # count of an act, not the whole
                    return None
                between = view.between(percent, c)
                if len(between) < 80 and compatible_classes(c, part):
                    return c
        return None

    def _money_portion(self, view: View, percent: Quantity) -> Portion | None:
        """ "$5.8 million, or 58% of total revenue of $10.0 million": both figures stated;
        "16.76 million shares, representing 20% of the 83.8 million shares"; "$36.9 million,
        or 75.9%, of total revenue" with the total stated elsewhere in the release under the
        same name (``_named_whole``)."""
        before = view.before(percent, 40)
        if not _search(_PORTION_CUE, before) and not (
            # "$7.5 million in the quarter, 62.5 percent of the quarter's total revenue"
            before.rstrip().endswith(",") and _near(_OF_A_TOTAL, view, view.after(percent, 40))
        ):
            return None
        figures = [
            q
            for q in view.quantities
            if q.end <= percent.start
            and not q.in_range
            and (
                (q.kind is Kind.MONEY and q.per is None)
                or (q.kind is Kind.SHARES and q.instrument in (None, "option"))
            )
        ]
        if not figures:
            return None
        part = figures[-1]
        # a count's noun phrase follows its number ("960,000 additional shares of common
        # stock, representing 15%")
        if len(view.between(part, percent)) > (60 if part.kind is Kind.SHARES else 40):
            return None
        after = view.after(percent, 120)
        if _near(_ANNUALIZED, view, view.before(percent, 30) + " " + after.split(";")[0][:90]):
            # "charge-offs of $2.4 million, or 0.30% of average loans annualized": a
            # quarter's amount set against a yearly rate, not a share of the whole
            return None
        of = _PORTION_OF.match(after)
        if of is None:
            # "total revenue was $15.0 million, of which international revenue was $3.0
            # million, or 20%": the whole right before "of which", the part after it
            earlier = figures[:-1]
            if earlier and re.match(r"\s*(?:[,.;)]|$)", after):  # the percent ends its clause
                which = earlier[-1]
                if (
                    _OF_WHICH_PART.fullmatch(view.between(which, part))
                    # "grew 10% to $55.0 million from $50.0 million, of which $11.0
                    # million, or 20%": "which" is the level, not the base before it
                    and not _near(_BASE_RIGHT_BEFORE, view, view.before(which, 40))
                    and which.kind is part.kind
                    and _same_kind(which, part)
                    and which.value > part.value
                ):
                    return Portion(part, percent, which, False, False, False, False)
            return None
        wholes = [
            q
            for q in view.quantities
            if q.start > percent.end
            and q.kind is part.kind
            and q.per is None
            and _same_kind(q, part)
        ]
        whole = wholes[0] if wholes else None
        if _near(_BASE_RIGHT_BEFORE, view, view.before(part, 40)) and not _ASIDE_CUE.fullmatch(
            view.between(part, percent)
        ):
            # "revenue was $120.0 million, up 20% from $100.0 million, and represented 40%
            # of total revenue", "grew 30% to $26.0 million from $20.0 million, representing
            # 65%": the percentage is the sentence's level's, not the base the change was
            # measured from (only an aside set on the base, "compared with $187.0 million,
            # or 34.9% of net sales", is the base's own)
            return None
        if whole is not None:
            between = view.between(percent, whole)
            if len(between) <= 60 and not re.search(
                r"\b(?:and|while|compared|versus|from|to)\b|[),;]", between, re.I
            ):
                return Portion(part, percent, whole, False, False, False, False)
            # "$20.2 million (15.5% of revenues), an increase of $3.1 million": the whole
            # must be the object of the "of" phrase, not a figure past its clause
        if _in_view(_NARROWED, view):
            return None
        if _near(_BASE_RIGHT_BEFORE, view, view.before(part, 40)) and re.search(
            r"\bfrom\s+(?:approximately\s+|about\s+)?$", view.before(part, 40), re.I
        ):
            # "grew 40% to $2.8 million from $2.0 million, or 12% of revenue": after "to A
            # from B" the share may be the level's as well as the base's; neither is read
            return None
        if _near(_OLD_BEFORE, view, view.before(part, 60)) or _PRIOR_NEAR.match(
            view.after(percent, 60)
        ):
            # "compared with $187.0 million, or 34.9% of net sales, a year earlier": the
            # prior period's part, of the prior figure the release states for the whole
            # ("Net sales decreased 4.3% to $512.8 million from $535.8 million"), if any
            current = self._named_whole(view, part, after[of.end() :], prior=True)
            olds = [
                c.old
                for c in self.changes
                if current is not None and c.new is current and c.old is not None
            ]
            if len(olds) != 1 or olds[0].value <= part.value:
                return None
            return Portion(part, percent, olds[0], False, False, False, False)
        named = self._named_whole(view, part, after[of.end() :])
        if named is not None and any(
            p is not percent and percent.end <= p.start and p.end <= named.start
            for p in view.of(Kind.PERCENT)
        ):
            # "$9.0 million, or 18% of revenue, compared with $6.0 million, or 15% of
            # revenue of $40.0 million": the whole named after another percentage is that
            # percentage's (the prior year's revenue), not this one's
            return None
        return None if named is None else Portion(part, percent, named, False, False, False, False)

    def _named_whole(
        self, view: View, part: Quantity, named: str, prior: bool = False
    ) -> Quantity | None:
        """The whole a portion names without stating it: "of total revenue" is the one
        figure the release states as its total revenue ("Total revenue rose 12.8% to $48.6
        million"; a release stating two totals of that name, a quarter's and a year's,
        names neither); "of the offering" / "of the shares offered" is the share count of
        the one offering the release prices."""
        if part.kind is Kind.SHARES and _OFFERING_WHOLE.match(named):
            counts = {
                p.shares.value: p.shares
                for p in [*self.products, *self.offering_products]
                if p.context == "offering"
            }
            if len(counts) == 1:
                whole = next(iter(counts.values()))
                return whole if whole is not part and whole.value > part.value else None
            return None
        if _THE_TOTAL.match(named):
            return self._the_total(view, part)
        total = _TOTAL_WHOLE.match(named)
        if total is None:
            return None
        named_total = total.group(0).strip()
        name = release_pattern(rf"\b{re.escape(named_total)}s?\b", re.I)
        bare = not named_total.lower().startswith(("total", "gross", "aggregate"))
        dated = {d.value for d in view.dates}
        if len(dated) > 1 or len({p.period for p in view.periods}) > 1:
            return None  # "0.48% of total loans at September 30 compared to 0.27% at June 30"
        found: dict[Decimal, Quantity] = {}
        for other in self.claim_views():
            if dated and other.dates and not dated & {d.value for d in other.dates}:
                continue  # the total at another date
            if _in_view(_PROJECTED, other):
                continue  # "Upon completion, Dunmore will have total assets of": not today's
            for match in name.finditer(other.text):
                if bare and not _WHOLE_BEFORE.search(other.text[: match.start()]):
                    continue  # "Subscription revenue was $36.9 million": a part of it
                at = other.start + match.end()
                for q in other.quantities:
                    if q.start < at or q is part:
                        continue
                    gap = other.text[match.end() : q.start - other.start]
                    if len(gap) > 50 or _search(_NAMED_GAP_BREAK, gap):
                        break
                    if q.kind is part.kind and q.per is None and _same_kind(q, part):
                        # "Total loans increased $506 million": the change, not the total
                        changed = _search(_CHANGE_VERB, gap) and not _search(_CHANGED_TO, gap)
                        if not q.in_range and not changed:
                            found.setdefault(q.value, q)
                        break
        if len(found) > 1:
            # "Fourth quarter net sales totaled $412.6 million ... International customers
            # generated $136.2 million, or 33.0% of net sales": the paragraph's own total
            # when the release states others (the year's) elsewhere
            found = {v: q for v, q in found.items() if q.block == part.block}
        if len(found) != 1:
            return None
        whole = next(iter(found.values()))
        return whole if prior or whole.value > part.value else None

    def _the_total(self, view: View, part: Quantity) -> Quantity | None:
        """ "Total revenue was $12.0 million. Subscription revenue was $7.5 million, or
        62.5% of the total": the one total stated in the sentence or the one before it in
        the paragraph."""
        near = [view] + [p for p in self.preceding(view, 1) if p.block == view.block]
        found = [
            q
            for v in near
            for q in v.quantities
            if q is not part
            and q.kind is part.kind
            and q.per is None
            and not q.in_range
            and _same_kind(q, part)
            and _near(_TOTAL_LABEL, v, v.before(q, 60))
        ]
        if len(found) != 1 or found[0].value <= part.value:
            return None
        return found[0]

    @cached_property
    def outstanding_counts(self) -> list[Quantity]:
        """Share counts the release states as outstanding ("50,000,000 shares outstanding as
        of ...", "outstanding shares of 5.7 billion")."""
        found: list[Quantity] = []
        for view in self.claim_views():
            for c in view.of(Kind.SHARES):
                if c.instrument is not None or c.in_range:
                    continue
                if re.search(r"\bauthori[sz]ed\b", view.after(c, 60) + view.before(c, 30), re.I):
                    continue
                if re.search(r"\b(?:every|each)\s+(?:[a-z-]+\s+){0,3}$", view.before(c, 40), re.I):
                    continue  # "every twenty (20) shares of issued and outstanding stock"
                if _near(_OUTSTANDING_COUNT, view, view.after(c, 90)) or _search(
                    _OUTSTANDING_BEFORE, view.before(c, 60)
                ):
                    if _in_view(_SPLIT, view):
                        continue
                    found.append(c)
        return found

    # -- NUM005: aggregates --------------------------------------------------------------------

    @cached_property
    def aggregates(self) -> list[Aggregate]:
        found: list[Aggregate] = []
        for view in self.claim_views():
            for total in view.of(Kind.SHARES) + view.of(Kind.MONEY):
                if total.in_range or total.instrument is not None or total.per is not None:
                    continue
                before = view.before(total, 80)
                # "Following these purchases, Oakhurst beneficially owns N shares": a holding
                # stated after the transaction is the aggregate
                cue = _AGGREGATE_CUE.search(before) or (
                    _POINTS_BACK.match(view.text.strip())
                    and _HELD_BEFORE.search(view.before(total, 40))
                )
                if not cue or _near(_PRIOR_BEFORE, view, view.before(total, 50)):
                    continue  # "bringing its total to X, up from Y": Y is the prior
                if re.search(r"outstanding|authori[sz]ed", view.after(total, 60), re.I):
                    continue
                increment = self._increment_before(view, total)
                if increment is not None:
                    found.append(Aggregate(total, increment, self._prior(view, total, increment)))
                    continue
                # an increment named only by its act is read when the holding before it is
                # stated too: "reduced debt by $2.7 million, bringing its repayments to $6.2
                # million" alone is a running total, not a holding to check
                increment = self._increment_before(view, total, by_act=True)
                if increment is None:
                    continue
                prior = self._prior(view, total, increment)
                if prior is not None:
                    found.append(Aggregate(total, increment, prior))
        return found

    def _is_increment(self, view: View, q: Quantity) -> bool:
        if _near(_INCREMENT_BEFORE, view, view.before(q, 40)):
            return True
        return (
            q.kind is Kind.SHARES
            and re.match(
                r"(?:(?<!\s)\s+|(?!\s))(?:additional|new(?:ly)?[- ]issued)\b",
                view.after(q, 20),
                re.I,
            )
            is not None
        )

    def _increment_before(
        self, view: View, total: Quantity, *, by_act: bool = False
    ) -> Quantity | None:
        candidates: list[Quantity] = []
        scope = [view, *self.preceding(view, 2, same_block=True)]
        if _POINTS_BACK.match(view.text.strip()):
            # "Following the purchase, Tidewater owns an aggregate of ...": the purchase may
            # be the previous paragraph's
            scope = [view, *self.preceding(view, 2)]
        for other in scope:
            for q in reversed(other.quantities):
                if other is view and q.start >= total.start:
                    continue
                if q.kind is not total.kind or q.instrument is not None or q.in_range:
                    continue
                if q.kind is Kind.SHARES and not compatible_classes(q, total):
                    continue
                if q.kind is Kind.MONEY and (q.per is not None or not _same_currency(q, total)):
                    continue
                if self._is_increment(other, q) or (
                    by_act and other is view and self._added_by_act(view, q, total)
                ):
                    candidates.append(q)
            if candidates:
                break
        return candidates[0] if len(candidates) == 1 else None

    @staticmethod
    def _added_by_act(view: View, q: Quantity, total: Quantity) -> bool:
        """ "After exercising warrants for N shares, its holding rose to M"; "acquired ...
        with N units, bringing its portfolio to M": the act's figure in the total's sentence,
        the only one of its kind before the total, and an act that adds ("repaid $2.7
        million, bringing total debt to" subtracts; "sold 200 units and acquired 420"
        states two acts)."""
        lead = view.text[: q.start - view.start]
        if [o for o in view.quantities if o.kind is q.kind and o.end <= total.start] != [q]:
            return False
        if not _search(_ADDING_ACT, lead) or _search(_TAKING_ACT, lead):
            return False
        return (
            _near(_ACT_ADDS, view, view.before(q, 80))
            or _BRINGING_TO.fullmatch(view.between(q, total)) is not None
        )

    def _prior(self, view: View, total: Quantity, increment: Quantity) -> Quantity | None:
        nxt = next((q for q in view.quantities if q.start > total.end), None)
        if (
            nxt is not None
            and nxt.kind is total.kind
            and nxt is not increment
            and (nxt.kind is not Kind.SHARES or compatible_classes(nxt, total))
            and _PRIOR_AFTER_TOTAL.fullmatch(view.between(total, nxt))
            # "compared with 4,100 units a year earlier": a year-ago level may hold other acts
            and not _YEAR_AGO.match(view.after(nxt, 50))
        ):
            return nxt
        after = [v for v in self.following(view, 1) if v.block == view.block]
        # "Prior to these purchases, Brightwater owned N shares." in the paragraph before
        # "As a result, Brightwater now holds ...": the holding before the act may be stated
        # where the act is
        pointed = _POINTS_BACK.match(view.text.strip()) is not None
        earlier = self.preceding(view, 2, same_block=not pointed)
        for other in [view, *earlier, *after]:
            if (
                pointed
                and other.block != view.block
                and len([q for q in other.quantities if q.kind is total.kind]) != 1
            ):
                continue  # "Brightwater owned N shares, and its affiliates owned M": whose?
            for q in other.quantities:
                if q is total or q is increment or q.kind is not total.kind:
                    continue
                if q.kind is Kind.SHARES and not compatible_classes(q, total):
                    continue
                if _near(_PRIOR_BEFORE, other, other.before(q, 50)):
                    return q
        return None

    # -- NUM006: gross and net proceeds --------------------------------------------------------

    @cached_property
    def proceeds(self) -> list[Proceeds]:
        grosses: list[tuple[View, Quantity]] = []
        nets: list[tuple[View, Quantity]] = []
        whole: set[int] = set()  # grosses that are a whole offering's size
        for view in self.claim_views():
            first = True  # the sentence's first figure that is no fee (its subject's)
            shares_of_a_whole = percent_values(view)
            for q in view.of(Kind.MONEY):
                if q.per is not None or q.in_range or q.qualifier is Qualifier.UP_TO:
                    continue
                if id(q) in shares_of_a_whole:
                    continue  # "7.0% of gross proceeds, about $2.38 million": a fee's value
                window = view.before(q, 60)
                after = view.after(q, 30)
                if _search(_USE_OF_PROCEEDS, after):
                    continue  # "with $100.6 million used to fund capped calls": a use
                if _near(_USE_BEFORE, view, view.before(q, 30)):
                    continue  # "Net proceeds will fund ... and repay a $3 million note"
                if _search(_FEE_BEFORE, _since_last_figure(view, q, 40)) or _search(
                    _FEE_AFTER, after
                ):
                    # "Net proceeds, after deducting ... other offering expenses of $0.31
                    # million, were ...": the figure the fee word names is a fee
                    continue
                is_first, first = first, False
                # the label nearest the figure names it: "gross proceeds of $10.0 million and
                # net proceeds of $9.2 million" has both words before the second figure
                # labels within 60 characters, read with the words before them
                wide = view.before(q, 120)
                gross_at = _label_at(_GROSS, wide, 60)
                net_at = _label_at(_NET, wide, 60)
                if gross_at == net_at == -1:
                    # "net proceeds, after deducting placement agent fees and other estimated
                    # offering expenses, are expected to be approximately $4.4 million": the
                    # label further back, with no other figure between
                    since = _since_last_figure(view, q, 200)
                    gross_at = _label_at(_GROSS, since)
                    net_at = _label_at(_NET, since)
                if gross_at == net_at == -1 and _OFFERING_SIZE.search(window):
                    # "bringing the total offering to $1.0 billion. Net proceeds were about
                    # $975.2 million": the offering's size is its gross proceeds, with any
                    # option it names (so any net proceeds stated after it are at most it)
                    gross_at = 0
                    whole.add(id(q))
                if re.match(r"(?<!\s)\s+net\s*\)", after, re.I):
                    gross_at, net_at = -1, 0  # "$6.6 million in gross proceeds ($6.3 million net)"
                elif _search(_SIZE_OF_DEAL, after) and _search(_THE_BEFORE, window):
                    # "net proceeds of $9.2 million from the $10.0 million offering": the deal
                    # named by its size, whatever label stands before it
                    gross_at, net_at = 0, -1
                    whole.add(id(q))
                subject = _PROCEEDS_SUBJECT.match(view.text)
                if gross_at == net_at == -1 and subject and is_first:
                    # "The net proceeds, after deducting ..., were $13.8 million": the
                    # sentence's subject names its first figure however far it stands
                    gross_at, net_at = (0, -1) if subject.group("w").lower() == "gross" else (-1, 0)
                if gross_at > net_at or (
                    gross_at == net_at
                    and re.match(r"(?:(?<!\s)\s+|(?!\s))(?:in|of)\s+gross", after, re.I)
                ):
                    if _search(_HYPOTHETICAL, _since_last_figure(view, q, 80)):
                        continue  # "could yield an additional $16.5 million if exercised"
                    grosses.append((view, q))
                elif net_at > gross_at or re.match(
                    r"(?:(?<!\s)\s+|(?!\s))(?:in|of)\s+net\s+proceeds", after, re.I
                ):
                    nets.append((view, q))
        found: list[Proceeds] = []
        for net_view, net in nets:
            alike = [
                (v, g)
                for v, g in grosses
                if _same_currency(g, net)
                and (id(g) in whole or _option_mode(v.text) == _option_mode(net_view.text))
                and _in_view(_JOINT, v) == _in_view(_JOINT, net_view)
            ]
            near = [
                (v, g)
                for v, g in alike
                if v.block is not None
                and net_view.block is not None
                and abs(v.block - net_view.block) <= 1
            ]
            if not near and not _in_view(_SCOPE_WORDS, net_view):
                # gross proceeds in the opening paragraph, net proceeds paragraphs later
                # with the fees: the release's one actual gross figure is the one
                near = [(v, g) for v, g in alike if not _in_view(_HYPOTHETICAL, v)]
            if len(near) != 1:
                continue
            gross_view, gross = near[0]
            # "net proceeds of $9.2 million, after deducting fees and expenses, from gross
            # proceeds of $10.0 million": a figure named gross proceeds is no fee
            gross_ids = {id(g) for _, g in grosses}
            fees = tuple(
                q
                for q in net_view.of(Kind.MONEY)
                if q is not net
                and id(q) not in gross_ids
                and q.per is None
                and not _near(_USE_OF_PROCEEDS, net_view, net_view.after(q, 30))
                and _near(_FEE, net_view, net_view.after(q, 40) + net_view.before(q, 40))
                and _same_currency(q, net)
            )
            nearby = [
                v
                for v in self.views
                if v.block in (gross_view.block, net_view.block) and v.section in CLAIM_SECTIONS
            ]
            fee_percents = tuple(
                q
                for v in nearby
                for q in v.of(Kind.PERCENT)
                if re.search(
                    r"(?:fee|commission|discount)\w*\s+(?:of|equal to)\s+"
                    r"(?:approximately\s+)?$",
                    v.before(q, 40),
                    re.I,
                )
                and re.match(
                    r"\s*of\s+(?:the\s+)?(?:aggregate\s+)?gross proceeds", v.after(q, 40), re.I
                )
            )
            found.append(Proceeds(gross, net, fees, fee_percents))
        return found

    # -- NUM007: splits ------------------------------------------------------------------------

    @cached_property
    def split_ratios(self) -> list[SplitRatio]:
        found: list[SplitRatio] = []
        views = [v for v in self.views if v.section in CLAIM_SECTIONS | HEAD_SECTIONS]
        # "Every 375 shares ... will be combined into one share" restates the ratio of a
        # split the sentence before names: such a sentence is read when the release names
        # a split anywhere; a bare "1-for-N" only in a sentence that says "split"
        # (each sentence tested once: a release without a split reads none of them)
        named_splits = [_in_view(_SPLIT, v) for v in views]
        if not any(named_splits):
            return found
        for view, names_split in zip(views, named_splits, strict=True):
            for q in view.of(Kind.RATIO) if names_split else ():
                if q.in_range or q.ratio is None:
                    continue
                if re.search(
                    r"range|between|up to|not (?:less|more) than", view.before(q, 40), re.I
                ):
                    continue
                if re.search(r"^\s*(?:to|and)\s", view.after(q, 6), re.I):
                    continue
                named = _SPLIT_NAMED.match(view.after(q, 30))
                of_class = _SPLIT_CLASS.match(view.after(q, 60))
                found.append(
                    SplitRatio(
                        q,
                        q.value,
                        q.text,
                        named.group(1).lower() if named else None,
                        of_class.group(1).lower() if of_class else None,
                    )
                )
            for match in _EVERY_N.finditer(view.text):
                digits = match.group("d")
                n: Decimal | None = None
                if digits:
                    n = Decimal(digits.replace(",", ""))
                else:
                    token = match.group("n")
                    parsed = (
                        int(token.replace(",", ""))
                        if token.replace(",", "").isdigit()
                        else parse_number_words(token)
                    )
                    n = Decimal(parsed) if parsed else None
                if n is None or n <= 1:
                    continue
                anchor = _ratio_anchor(view, n, match.start(), match.end())
                found.append(SplitRatio(anchor, n, match.group()))
            for match in _ONE_FOR_EVERY.finditer(view.text):
                n = Decimal(match.group("n").replace(",", ""))
                if n <= 1 or any(r.ratio.ratio == (Decimal(1), n) for r in found):
                    continue
                anchor = _ratio_anchor(view, n, match.start("n"), match.end("n"))
                found.append(SplitRatio(anchor, n, match.group()))
        return found

    @cached_property
    def splits(self) -> list[Split]:
        ratios = {r.old_per_new for r in self.split_ratios}
        if len(ratios) != 1 or len({r.share_class for r in self.split_ratios}) > 1:
            return []
        ratio = next(r for r in self.split_ratios)
        found: list[Split] = []
        for view in self.claim_views():
            if not _in_view(_SPLIT, view) and not (
                # "Upon effectiveness, the N shares outstanding will be combined into M
                # shares": the sentence after the split's names it only by its effect
                any(_in_view(_SPLIT, v) for v in self.preceding(view, 1))
                and _in_view(_POINTS_BACK_TO_SPLIT, view)
            ):
                continue
            counts = [
                c
                for c in view.of(Kind.SHARES)
                if c.instrument is None
                and not re.search(r"authori[sz]ed", view.after(c, 40) + view.before(c, 40), re.I)
            ]
            pair = self._from_to(view, counts)
            if pair is not None:
                found.append(Split(ratio.ratio, pair[0], pair[1]))
            prices = [
                q
                for q in view.of(Kind.MONEY)
                if q.per in SHARE_UNITS or "split" in view.after(q, 20)
            ]
            pre = [
                q
                for q in prices
                if re.search(
                    r"pre-(?:split|consolidation)", view.after(q, 30) + view.before(q, 30), re.I
                )
            ]
            post = [
                q
                for q in prices
                if re.search(
                    r"post-(?:split|consolidation)", view.after(q, 30) + view.before(q, 30), re.I
                )
            ]
            if len(pre) == 1 and len(post) == 1 and pre[0] is not post[0]:
                found.append(Split(ratio.ratio, pre[0], post[0], prices=True))
        return found

    def _from_to(self, view: View, counts: list[Quantity]) -> tuple[Quantity, Quantity] | None:
        if len(counts) != 2:
            return None
        a, b = counts
        if _BECOME.fullmatch(view.between(a, b)):
            return a, b  # "the 250,000,000 shares outstanding will become 10,000,000"
        if re.search(rf"\bfrom\s+{HEDGED}$", view.before(a, 30), re.I) and re.search(
            rf"\bto\s+{HEDGED}$", view.before(b, 30), re.I
        ):
            return a, b
        if re.search(rf"\bto\s+{HEDGED}$", view.before(a, 30), re.I) and re.search(
            rf"\bfrom\s+{HEDGED}$", view.before(b, 30), re.I
        ):
            return b, a
        return None

    # -- NUM011 / NUM009: restatements ---------------------------------------------------------

    @cached_property
    def spelled(self) -> list[Spelled]:
        found: list[Spelled] = []
        for q in self.quantities:
            if q.words is None:
                continue
            value = parse_number_words(q.words)
            if value is not None:
                found.append(Spelled(q, value))
        return found

    @cached_property
    def restatements(self) -> list[Restatement]:
        """Headline figures that the body states otherwise, and transaction terms (offering,
        conversion, fixed price; gross or net proceeds) stated twice with different values."""
        return [
            *self._headline_restatements(),
            *self._body_restatements(),
            *self._table_restatements(),
        ]

    def _table_restatements(self) -> Iterator[Restatement]:
        """A body figure whose label is a table row's label, and which matches a cell of
        that row only at a thousandfold scale ("$4.5 billion" against 4,512 in a table "in
        thousands"). Only scale slips: which column (period) the body means is not known,
        so a plain difference is not reported."""
        rows: dict[str, list[Quantity]] = {}
        for q in self.quantities:
            if q.cell is not None and q.kind is Kind.MONEY and q.per is None and q.scale > 1:
                rows.setdefault(_row_key(q.cell.row_label), []).append(q)
        if not rows:
            return
        for view in self.claim_views():
            for q in view.of(Kind.MONEY):
                if q.per is not None or q.in_range or q.qualifier in (Qualifier.UP_TO,):
                    continue
                match = _BODY_LABEL.search(view.before(q, 80))
                if match is None:
                    continue
                cells = rows.get(_row_key(match.group("label")))
                if not cells or any(_agree(q, c) for c in cells):
                    continue
                for cell in cells:
                    for factor in (Decimal(1000), Decimal("0.001")):
                        if q.interval.overlaps(face_interval(cell).scaled(factor)):
                            yield Restatement(q, cell, match.group("label").strip().lower())
                            break
                    else:
                        continue
                    break

    def _headline_restatements(self) -> Iterator[Restatement]:
        heads = [v for v in self.views if v.section in HEAD_SECTIONS]
        body = list(self.claim_views())
        for head in heads:
            for q in head.quantities:
                if q.kind not in (Kind.MONEY, Kind.SHARES, Kind.PERCENT) or q.in_range:
                    continue
                if q.per in SHARE_UNITS:
                    continue
                key = _key(_clause_window(head.text, q.start - head.start, q.end - head.start), q)
                if key is None:
                    continue
                # (view, figure) pairs: asking "b in same_kind" of a list compared every
                # field of every figure, quadratic in a release of thousands of figures
                same_kind = [
                    (v, b)
                    for v in body
                    for b in v.quantities
                    if b.kind is q.kind
                    and b.per not in SHARE_UNITS
                    and (b.kind is not Kind.MONEY or _same_currency(b, q))
                ]
                if any(_agree(q, b) for _, b in same_kind):
                    continue
                keyed_in = [
                    (v, b)
                    for v, b in same_kind
                    if not b.in_range
                    and _key(_clause_window(v.text, b.start - v.start, b.end - v.start), b) == key
                    # "compared with $1,168.2 million in 2024": the prior period's figure
                    and not _near(_OLD_BEFORE, v, v.before(b, 60))
                    # "cash finder's fees of C$168,000", "at a price of C$0.35 per Unit": a
                    # fee or a price of the deal, not its size
                    and not _near(_FEE_BEFORE, v, v.before(b, 30))
                    and not _search(_FEE_AFTER, v.after(b, 30))
                    # "7.0% of the gross proceeds, or $1.4 million": the fee, a part of it
                    and id(b) not in percent_values(v)
                    and not (
                        b.scale == 1 and b.value < 1000 and _near(_PRICE_BEFORE, v, v.before(b, 40))
                    )
                ]
                keyed = [b for _, b in keyed_in]
                if not keyed:
                    continue
                gross = [
                    b
                    for v, b in keyed_in
                    if not _NET.search(_clause_window(v.text, b.start - v.start, b.end - v.start))
                    and not _net_before(v.before(b, 150))
                ]
                if not gross or any(_in_view(_TRANCHE, v) for v, _ in keyed_in):
                    # the body states only net proceeds (the headline's size is the gross),
                    # or a tranche's figure
                    continue
                keyed = gross
                if any(not _agree(gross[0], other) for other in gross[1:]):
                    # the body states several different figures of this concept (a total, a
                    # segment's, a deferred or year's figure; net proceeds are a measure of
                    # their own): which one the headline restates is not known
                    continue
                if _sums_to(q, keyed) or q.qualifier is Qualifier.UP_TO:
                    continue
                if q.kind is Kind.MONEY and all(
                    any(f.interval.overlaps(total) for total in self._stated_terms_totals)
                    for f in (q, *keyed)
                ):
                    # two measures, each the body's own terms: "Offering of ADSs Totalling
                    # Approximately $148 Million" is 1,700,000 ADSs x $86.83, the body's
                    # "$104.2 million to the Company" its 1,200,000 ADSs x $86.83
                    continue
                yield Restatement(q, keyed[0], key, tuple(keyed))

    @cached_property
    def _stated_terms_totals(self) -> list[Interval]:
        """count x price for every count and the per-share price of its paragraph (when the
        paragraph states one price): the totals the body's terms imply even where it does
        not write them out ("1,700,000 ADSs at $86.83 per ADS. ... 1,200,000 ADSs being
        sold by the Company")."""
        totals: list[Interval] = []
        for block in self._blocks.values():
            views = [v for v in block if v.section in CLAIM_SECTIONS]
            prices = [p for v in views for p in self._prices(v)]
            if len({p.value for p in prices}) != 1:
                continue
            price = face_interval(prices[0])
            totals.extend(c.interval * price for v in views for c in self._counts(v))
        return totals

    def _body_restatements(self) -> Iterator[Restatement]:
        labelled: dict[str, list[tuple[View, Quantity]]] = {}
        for view in self.claim_views():
            if _in_view(_SCOPE_WORDS, view) and not re.search(
                r"(?:fixed|conversion|offering) price", view.text, re.I
            ):
                scoped = True
            else:
                scoped = False
            for q in view.of(Kind.MONEY):
                if q.in_range or q.qualifier is Qualifier.UP_TO:
                    continue
                label = _transaction_label(view.before(q, 50), q)
                if label is None:
                    continue
                if label.endswith("proceeds") and (scoped or _in_view(_OPTION, view)):
                    continue
                if re.search(
                    r"warrant|option|tranche|\bnotes?\b", view.text, re.I
                ) and not label.endswith("proceeds"):
                    continue
                labelled.setdefault(label, []).append((view, q))
        for label, items in labelled.items():
            values = {q.value for _, q in items}
            if len(values) < 2:
                continue
            first_view, first = items[0]
            for other_view, other in items[1:]:
                series = (_series(first_view.text), _series(other_view.text))
                if all(series) and series[0] != series[1]:
                    continue
                kinds = (_sale_kinds(first_view.text), _sale_kinds(other_view.text))
                if all(kinds) and not kinds[0] & kinds[1]:
                    continue  # an offering's proceeds and an at-the-market program's
                if not face_interval(first).overlaps(face_interval(other)) and _same_currency(
                    first, other
                ):
                    yield Restatement(first, other, label)
                    break

    @cached_property
    def currency_mixes(self) -> list[CurrencyMix]:
        """A bare "$" amount in the same paragraph as an explicit non-US dollar amount
        ("CAD $0.60 per unit ... aggregate gross proceeds of $6,079,199.40"), unless one is
        given as the other's equivalent in parentheses or the release says once what "$"
        means."""
        text = self.facts.release.text
        home = _home_dollars(self.facts.release)  # 600 characters: asked before the text
        if not home:
            return []  # a US issuer's bare "$" is the US dollar beside "A$64 million"
        found: list[CurrencyMix] = []
        for block in self._blocks.values():
            money = [q for v in block if v.section in CLAIM_SECTIONS for q in v.of(Kind.MONEY)]
            explicit = [
                q
                for q in money
                if q.currency in home
                and q.currency_written is not None
                and "$" in q.currency_written
            ]
            if not explicit:
                continue
            text = self.facts.release.text
            for q in money:
                if q.currency_written != "$":
                    continue
                around = text[max(0, q.start - 3) : q.end + 3]
                if "(" in around or ")" in around:
                    continue
                if any(abs(e.start - q.end) < 4 or abs(q.start - e.end) < 4 for e in explicit):
                    continue
                found.append(CurrencyMix(explicit[0], q))
                break
            if found:
                break
        # the release's own word on its "$" is read (two scans of the whole text) only when
        # a paragraph mixes them: most releases of a non-US issuer write one dollar
        if found and (
            _search(_EXPLICIT_STATEMENT, text) or _EQUIVALENT_PAIR.search(text) is not None
        ):
            return []
        return found


# -- module helpers ---------------------------------------------------------------------------

#: Where a release comes from, as its dateline and first paragraph say (city, province or
#: state, listing venue): for such an issuer a bare "$" may well mean its own dollar.
_HOME_DOLLAR_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "CAD",
        re.compile(
            r"\b(?:TSX(?:V|-V|\.V| Venture)?|CSE|NEO|Cboe Canada|Canadian Securities Exchange"
            r"|Canada|Canadian|British Columbia|Alberta|Ontario|Qu[eé]bec|Manitoba|Saskatchewan"
            r"|Nova Scotia|New Brunswick|Newfoundland|Yukon|Vancouver|Toronto|Calgary"
            r"|Montr[eé]al|Ottawa|Edmonton|Winnipeg|Halifax|B\.C\.)\b"
        ),
    ),
    (
        "AUD",
        re.compile(r"\b(?:ASX|Australia|Sydney|Melbourne|Perth|Brisbane|Adelaide)\b"),
    ),
    ("NZD", re.compile(r"\b(?:NZX|New Zealand|Auckland|Wellington)\b")),
    ("HKD", re.compile(r"\b(?:HKEX|SEHK|Hong Kong)\b")),
    ("SGD", re.compile(r"\b(?:SGX|Singapore)\b")),
)


def _home_dollars(release: Release) -> frozenset[str]:
    """The non-US dollars the issuer may mean by a bare "$": those of the place and venue
    its dateline paragraph names. Empty for a US issuer, whose "$" is the US dollar."""
    parts: list[str] = []
    if release.dateline is not None:
        parts.append(release.dateline.place)
    if release.body:
        parts.append(release.body[0].text[:600])
    head = " ".join(parts)
    return frozenset(code for code, cue in _HOME_DOLLAR_CUES if cue.search(head))


_TRANSACTION_LABELS = [
    ("offering price", r"(?:public\s+)?offering price"),
    ("conversion price", r"conversion price"),
    ("fixed price", r"fixed (?:conversion |purchase )?price"),
    ("purchase price per share", r"purchase price per share"),
    ("subscription price", r"subscription price"),
    ("gross proceeds", r"gross proceeds"),
    ("net proceeds", r"net proceeds"),
]


def _transaction_label(before: str, q: Quantity) -> str | None:
    tail = before[-50:]
    for label, pattern in _TRANSACTION_LABELS:
        if re.search(
            rf"{pattern}\s+(?:to the company\s+|from the offering\s+)?(?:of|is|was|are|were|"
            rf"will be|are expected to be|is expected to be|of approximately|equal to)\s*"
            rf"{HEDGED}$",
            tail,
            re.IGNORECASE,
        ):
            if label.endswith("price") and q.per not in SHARE_UNITS | {None}:
                return None
            if label.endswith("proceeds") and q.per is not None:
                return None
            return label
    return None


_BODY_LABEL = _rx(
    r"(?P<label>[A-Za-z][A-Za-z&'’ -]{2,60}?)\s+(?:was|were|of|totall?ed|amounted to|reached"
    rf"|increased to|decreased to|rose to|fell to|grew to)\s+{HEDGED}$"
)


def _row_key(label: str) -> str:
    """A table row label or a body label, reduced for comparison ("Total revenue" and
    "total revenues" are the same row)."""
    words = re.findall(r"[a-z]+", label.lower())
    words = [w for w in words if w not in ("total", "the", "our", "its", "company", "s")]
    return " ".join(w.rstrip("s") for w in words[-4:])


#: The kinds of sale a sentence names: a one-time offering or placement, or a continuous
#: program selling into the market (an "at-the-market offering" is the program).
_PROGRAM_SALE = _rx(
    r"\bat[- ]the[- ]market\b|\bATM\b|\bequity\s+(?:distribution|line|purchase)\b"
    r"|\bsales\s+agreement\b"
)
_ONE_TIME_SALE = _rx(r"\b(?:offering|placement)s?\b")


def _sale_kinds(text: str) -> frozenset[str]:
    """The kinds of sale ``text`` names ("program", "offering"): two sentences naming
    different kinds state the proceeds of two sales, not one figure twice."""
    if _PROGRAM_SALE.search(text):
        return frozenset({"program"})
    if _ONE_TIME_SALE.search(text):
        return frozenset({"offering"})
    return frozenset()


def _series(text: str) -> frozenset[str]:
    return frozenset(m.lower() for m in re.findall(r"\b(?:series|class)\s+[A-Z0-9]+\b", text, re.I))


def _agree(a: Quantity, b: Quantity) -> bool:
    """Could two statements be of the same value (each within its own writing)?"""
    return a.interval.overlaps(b.interval) or face_interval(a).overlaps(face_interval(b))


#: The most distinct figures tried in pairs as a headline's two tranches: pairs grow with
#: the square of their number, and a release stating one measure hundreds of times (a
#: table pasted as text, a damaged file) has no two tranches to find among them.
MAX_TRANCHES = 100


def _sums_to(total: Quantity, parts: list[Quantity]) -> bool:
    """Is ``total`` the sum of two of ``parts`` (a headline adding two tranches)?"""
    seen: dict[Interval, int] = {}
    faces: list[Interval] = []
    for part in parts:  # each figure at most twice: two equal tranches still add up
        face = face_interval(part)
        if seen.get(face, 0) < 2 and len(faces) < MAX_TRANCHES:
            seen[face] = seen.get(face, 0) + 1
            faces.append(face)
    for i, a in enumerate(faces):
        for b in faces[i + 1 :]:
            if total.interval.overlaps(a + b):
                return True
    return False


def _option_mode(text: str) -> str:
    if not _search(_OPTION, text) or _search(_OPTION_EXCLUDED, text):
        return "base"
    return "full" if _search(_OPTION_FULL, text) else "unknown"


_NEGATIVE_BEFORE = _rx(
    r"(?:loss(?:es)?|deficit|deficiency|negative|outflow)\s+(?:of\s+)?(?:approximately\s+)?$"
)
#: "Net loss for the quarter was $3.2 million": a loss as the subject of the figure's verb
_LOSS_WAS = _rx(
    r"\b(?:loss(?:es)?|deficit)\b[^$\d.;,]{0,40}?\b(?:was|were|totall?ed|amounted\s+to)\s+"
    rf"{HEDGED}$"
)


#: "a combined purchase price of $4.00 per share and accompanying warrant": one price for
#: a share and its warrant, paid once per share sold.
_IN_LIEU = _rx(
    r"\(\s*or\s+pre-?funded\s+warrants\s+(?:to\s+purchase\s+(?:shares\s+of\s+)?(?:common\s+stock\s+)?)?"
    r"in\s+lieu\s+(?:thereof|of\s+(?:such\s+)?(?:shares|common\s+stock))\s*\)"
)
_COMBINED_PRICE = _rx(
    r"\bcombined\b[^.;$]{0,30}$|^[^.;$]{0,25}?\band\s+(?:the\s+)?(?:accompanying|associated"
    r"|related)\s+(?:common\s+)?(?:stock\s+)?warrants?\b"
)


def _sold_with_warrants(view: View, price: Quantity) -> bool:
    """Shares sold with warrants or pre-funded warrants, where the price of a share may
    not be what each sold paid: pre-funded warrants are sold at another price, and a
    warrant sold beside a share may be paid for apart, unless one combined price covers
    the share and its warrant."""
    text = view.text
    if re.search(r"pre-?funded", text, re.I):
        # "2,000,000 shares (or pre-funded warrants in lieu thereof) at $2.50 per share": the
        # count covers both, each sold at the price (a pre-funded warrant's price less its
        # $0.001 exercise price); otherwise the two are priced apart
        text = _IN_LIEU.sub(" ", text)
        if re.search(r"pre-?funded", text, re.I):
            return True
    if not re.search(_WARRANTS, text, re.I):
        return False
    return not (
        _near(_COMBINED_PRICE, view, view.before(price, 40))
        or _near(_COMBINED_PRICE, view, view.after(price, 40))
    )


#: "Of the $12.0 million in total revenue, ...": a sentence that opens with its whole.
_OF_THE_WHOLE = _rx(r"(?:^|\s(?:--|—|–))\W*of\s+(?:the|its|our)\s+$")
#: "of the quarter's total revenue", "of total sales": a percentage of a named total.
_OF_A_TOTAL = _rx(r"^\s*of\s+(?:the\s+|its\s+|our\s+)?(?:[\w'’]+\s+)?total\s+[a-z]")
#: "of the total." : the whole is the total stated just before.
_THE_TOTAL = _rx(r"^total\b(?!\s+[a-z])")
#: The label of a stated total: "Total revenue was", "a total of", "totaled".
_TOTAL_LABEL = _rx(
    r"(?:\btotal\s+(?:[a-z-]+\s+){0,2}?(?:was|were|of|totall?ed|reached|came\s+to)"
    rf"|\ba\s+total\s+of|\btotall?(?:ed|ing))\s+{HEDGED}$"
)
#: "…, or 58%", "representing 20%", "accounted for 35%": a figure's share of a whole.
#: Between a whole and its part: "$15.0 million, of which international revenue was ".
_OF_WHICH_PART = lazy_compile(
    r"(?<!\s)(?:\s+(?:in|for)\s+[^,;$\d]{1,40})?\s*,\s*of\s+which\s+(?:[^;$\d]{0,60}?\s+)?"
    rf"(?:was|were|is|are|totall?ed|came\s+from|amounted\s+to)?\s*{HEDGED}",
    re.I,
)
_PORTION_CUE = _rx(
    r"(?:,\s*or|representing|represents?|represented|\(|which (?:is|was|represents)"
    r"|\ban?\s+(?:[\w-]+\s+)?margin\s+of"
    r"|accounted for|accounting for|accounts? for|equal to|equaling"
    r"|made up|makes? up|making up|constituted|constitutes?|constituting)\s*"
    r"(?:(?:approximately|about|over|more than|nearly|almost|less than"
    r"|under|roughly|just over|just under|well over)\s+)?$"
)
#: Between a part's amount and the whole's: "$25 million of the $200 million".
_PART_OF_THE = _rx(r"^\s+of\s+(?:the|its|this|our)\s+(?:approximately\s+|about\s+)?")
#: A purchase or sale between a percentage and a count: the count is the act's.
_ACT_BETWEEN = _rx(r"\b(?:buy|bought|purchas|acquir|sell|sold|selling)\w*")
#: A rate stated for a year of a shorter period's amount.
_ANNUALIZED = _rx(r"\bannuali[sz]ed\b|\bon\s+an\s+annual(?:ized)?\s+basis\b")
#: A figure introduced as the basis of a computed one ("based on the closing price of").
_BASED_ON = _rx(r"\bbased\s+(?:up)?on\b[^$\d;]{0,70}$")
#: Right before the base a change is measured from: "up 20% from $100.0 million".
_BASE_RIGHT_BEFORE = _rx(
    r"(?:\bfrom|\bcompared\s+(?:to|with)|\bversus|\bvs\.?)\s+(?:approximately\s+|about\s+)?$"
)
#: Between a figure and a percentage set aside on it: "$187.0 million, or 34.9%",
#: "$187.0 million (34.9%".
_ASIDE_CUE = _rx(r"^\s*(?:,\s*or|\(\s*or|\()\s*(?:approximately\s+|about\s+)?")
#: "of total revenue", ", of the 83.8 million shares": the whole a portion is of.
_PORTION_OF = _rx(r"^\s*(?:,\s*)?(?:of|of the|of its|of our)\s+(?:its\s+|the\s+)?")
#: A sentence whose figures exclude part of the business, or restate it: "Excluding the
#: impact of acquisitions, adjusted EBITDA was $18.9 million (15.2% of revenues)" divides
#: the revenue without those acquisitions, which the release may not state.
_NARROWED = _rx(
    r"\bexclud|\bexcept\b|pro[- ]forma|\borganic|constant[- ]currency|like[- ]for[- ]like"
    r"|same[- ]store|comparable|\bsegment|\bdivision|\bregion"
)
_PRIOR_NEAR = _rx(
    r"^[^.;()]{0,30}?\b(?:a year (?:earlier|ago)|(?:in|for|of) the (?:prior|previous|same)"
    r"|last year|prior[- ]year|year[- ]ago)"
)
#: What may stand before a measure named bare ("revenue") for the whole's figure:
#: nothing (the sentence opens with it) or a word that narrows nothing.
#: A figure the release projects or combines, not one it reports.
_PROJECTED = _rx(
    r"\bupon\s+(?:completion|closing)\b|\bwill\s+have\b|\bpro\s+forma\b|\bcombined\s+company\b"
)
_WHOLE_BEFORE = _rx(
    r"(?:^[\W_]*|\s(?:--|—|–)\s*"
    r"|\b(?:total|consolidated|its|our|the|of|with|quarter|year|quarterly|annual)\s+)$"
)
#: A whole named "total ...", or revenue or sales named bare.
_TOTAL_WHOLE = _rx(
    r"(?:net\s+)?(?:revenues?|sales)\b|(?:aggregate\s+)?gross\s+proceeds\b"
    r"|total\s+(?:[a-z-]+\s+){0,2}?(?:revenues?|sales|consideration|proceeds|assets|deposits"
    r"|loans|expenses|costs|income|purchase price|investment|shares|units|production)\b"
)
_OFFERING_WHOLE = _rx(
    r"(?:(?:shares|units)\s+(?:offered|sold|issued|in\s+the\s+offering)"
    r"|(?:public\s+|private\s+)?(?:offering|placement)\b)"
)
#: Between a named total and its figure: a new clause or another measure breaks the link.
_NAMED_GAP_BREAK = _rx(
    r"[;:()]|\band\b|\bof\s+which\b|\bexclud|\bcompared\b|\bversus\b"
    r"|,\s+(?-i:[A-Z])"  # "$247.3 million of net sales, Flexible Films $118.9 million"
)


_CHANGE_VERB = _rx(
    r"\b(?:increas|decreas|grew|grow|rose|rise|fell|fall|declin|gain|drop|climb|jump|chang"
    r"|improv|up\b|down\b)"
)
_CHANGED_TO = _rx(r"\bto\s+(?:approximately\s+|about\s+|a record\s+)?$")


def _same_kind(a: Quantity, b: Quantity) -> bool:
    """Two figures one can be a part of the other: money of one currency, or shares of
    compatible classes."""
    if a.kind is not b.kind:
        return False
    if a.kind is Kind.MONEY:
        return _same_currency(a, b)
    return a.instrument is None and b.instrument is None and compatible_classes(a, b)


def _rate_adjacent(view: View, change: Quantity, new: Quantity, old: Quantity | None) -> bool:
    """A percent change of a rate ("margin rose 5% to 35% from 30%") must sit right next
    to the rates: "grew 333% and comprised 19% of revenues, versus 7%" is two claims."""
    members = [q for q in (new, old) if q is not None]
    if all(q.end <= change.start for q in members):
        return True
    nearest = min((q for q in members if q.start >= change.end), key=lambda q: q.start)
    return (
        re.fullmatch(
            rf"\s*(?:,\s*)?(?:to|from)\s+{HEDGED}",
            view.between(change, nearest),
        )
        is not None
    )


#: A total broken into its parts right after it: "valued at $50 million, consisting of".
_PARTS_NEXT = _rx(
    r"^[^$\d;.]{0,30}?[\s,]*(?:consist(?:ing|s|ed)\s+of|compris(?:ing|es|ed)|(?:is\s+|was\s+)?"
    r"comprised\s+of|made\s+up\s+of|includ(?:ing|es|ed)|composed\s+of)\s+"
    r"(?:approximately\s+|about\s+)?$"
)


def _whole_of_a_part(view: View, amount: Quantity) -> bool:
    """ "used $25 million of the $200 million of net proceeds to repurchase 1,000,000
    shares": the amount after "X of the" is the whole the part X is taken from."""
    before = [q for q in view.of(Kind.MONEY) if q.end <= amount.start]
    q = before[-1] if before else None  # the nearest figure only: no string per pair
    return q is not None and q.per is None and bool(_PART_OF_THE.fullmatch(view.between(q, amount)))


def _priced_preferred(view: View, price: Quantity) -> bool:
    """Whether the count right before the price is of preferred shares ("10,000 shares of
    preferred stock at $100 per share"): the price is the preferred's own."""
    counts = [c for c in view.of(Kind.SHARES) if c.end <= price.start]
    if not counts or "preferred" not in (counts[-1].share_class or ""):
        return False
    return bool(re.fullmatch(r"[^$\d;]{0,40}?\bat\s+", view.between(counts[-1], price), re.I))


def split_into_parts(view: View, amount: Quantity) -> bool:
    """ "The transaction is valued at $50 million, consisting of $30 million in cash and
    2,000,000 shares valued at $10.00 per share": the amount is the sum of the parts the
    sentence lists after it, so shares x price is one part of it, not the whole."""
    q = next((q for q in view.of(Kind.MONEY) if q.start > amount.end), None)
    # the next figure only (the words between may hold no other figure anyway)
    return q is not None and q.per is None and _near(_PARTS_NEXT, view, view.between(amount, q))


def _in_parentheses(view: View, q: Quantity) -> bool:
    """Is ``q`` inside a parenthetical ("(approximately $4.5 million annualized)")?"""
    head = view.text[: q.start - view.start]
    return head.count("(") > head.count(")")


def _comparable(a: Quantity, b: Quantity) -> bool:
    """Two figures a change could be between: same kind, currency and per-unit. "$36.62
    per share ... compared to $34.45" leaves the second "per share" implied: a per-share
    figure and an unlabelled one are comparable when they are of a size (within 2x)."""
    if a.kind is not b.kind:
        return False
    if a.kind is Kind.MONEY:
        if not _same_currency(a, b):
            return False
        if a.per == b.per:
            return True
        if None in (a.per, b.per) and a.value > 0 and b.value > 0:
            # "from $104.47 to $115.74 per month": the unit is written once
            return Decimal("0.5") <= a.value / b.value <= 2
        return False
    return True


def _adjacent(
    view: View, change: Quantity, members: list[Quantity], inside: list[Quantity]
) -> bool:
    """Do the change and its figures sit together, with no other figure among them and no
    long stretch of words between the change and its nearest figure?"""
    group = [change, *members]
    first = min(q.start for q in group)
    last = max(q.end for q in group)
    if any(
        q not in group and first <= q.start < last and not _in_parentheses(view, q) for q in inside
    ):
        return False
    gaps = [view.between(change, q) for q in members]
    nearest = min(gaps, key=len)
    if _RESTATED_CHANGE.match(nearest):
        # "grew 5.0% from year end, representing an increase of stockholders' equity to
        # $10.5 million as of June 30 from $10.0 million": the change named again, then
        # its figures
        return len(nearest) <= 140
    # "a 14% decrease in net operating revenues from the sale of concentrate ($5.4M
    # compared to $6.2M)": the figures in a parenthesis right after the changed item
    return len(nearest) <= (100 if nearest.rstrip().endswith("(") else 60)


#: Between a change and its new figure: the change's period, then the change named again
#: with its measure ("from year end 2024, representing an increase of the total assets to").
_RESTATED_CHANGE = lazy_compile(
    r"^(?:\s*(?:from|since|over|versus|compared\s+(?:to|with))\s+[^,;$\d%]{0,30}?(?:\d{4})?)?,?\s*"
    r"(?:representing|reflecting|which\s+represents|resulting\s+in)\s+(?:an?\s+)?"
    r"(?:increase|decrease|growth|rise|decline|reduction)\s+(?:of|in)\s+(?:the\s+)?"
    rf"[^,;$\d%]{{0,50}}?\bto\s+{HEDGED}$",
    re.IGNORECASE,
)


def _clauses(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    begin = 0
    for match in finditer_any_of(CLAUSE_BREAKS, text):
        spans.append((begin, match.start()))
        begin = match.end()
    spans.append((begin, len(text)))
    return spans


def count_at(view: View, start: int, end: int, like: Quantity | None = None) -> Quantity:
    """A share count read from words the quantity reader leaves alone ("7,680,000 of them",
    "become 2.5 million"), as a SHARES quantity at ``view.text[start:end]``, of ``like``'s
    security and class (plain "shares" without it). A figure in millions keeps the rounding
    its writing implies; a whole count is exact."""
    digits = view.text[start:end]
    scale = Decimal(1)
    number = digits
    if digits.lower().endswith("million"):
        number, scale = digits[: -len("million")].strip(), Decimal(10) ** 6
    written = Decimal(number.replace(",", ""))
    places = len(number.split(".")[1]) if "." in number else 0
    ulp = scale * Decimal(10) ** -places
    value = written * scale
    interval = Interval.exact(value) if ulp <= 1 else Interval(value - ulp / 2, value + ulp / 2)
    return Quantity(
        kind=Kind.SHARES,
        value=value,
        interval=interval,
        start=view.start + start,
        end=view.start + end,
        text=digits,
        ulp=ulp if ulp > 1 else Decimal(1),
        section=view.section,
        sentence=view.index,
        block=view.block,
        security=like.security if like is not None else "shares",
        share_class=like.share_class if like is not None else None,
    )


def count_or_read(view: View, start: int, end: int, like: Quantity) -> Quantity:
    """The sentence's own share quantity at ``start`` if the quantity reader made one, else
    the count read there (``count_at``) of ``like``'s security and class."""
    for q in view.of(Kind.SHARES):
        if q.start == view.start + start:
            return q
    return count_at(view, start, end, like)


def relations_for(facts: Facts) -> Relations:
    """The ``Relations`` of a release, made once per ``Facts`` and shared by every rule."""
    return facts.memo("num-relations", lambda: Relations(facts))
