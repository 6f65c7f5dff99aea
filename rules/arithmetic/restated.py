"""NUM011: a figure the summary of a release states is the body's figure of that measure.

A release says its main figures twice: once in its summary (the headline, a subheadline,
a highlights bullet, a quote) and once in its narrative. "Revenue of $1.24 Billion" over
"Revenue for the year was $1,243.6 million" is one figure written twice, and the two
must agree within the rounding of the less precise one. Which body figure a summary figure
restates is read from what each measures, not from a window of characters:

* the **concept** is the measure its phrase names and links to the figure ("revenue of
  $N", "Backlog at September 30, 2026 was $N", "revenue rose 11% to $N", "$N in
  revenue", "Record $N Revenue"); the names are the NUM019 measures (``statements.CONCEPTS``)
  and the balances a release states at a date (``BALANCES``);
* the **subject** is the words that narrow the measure ("subscription revenue",
  "adjusted net income", "Americas revenue"; "total", "record", "quarterly" narrow nothing);
  a summary figure is compared only with body figures of the same subject;
* the **period** is the period phrase of the figure's own clause ("for the year", "in the
  third quarter of 2026", "at year end", "at September 30, 2026"), or none. A figure whose
  clause names no period is of the release's own period: the one its headline and dateline
  name. When those name two periods of different lengths (a fourth quarter and its year),
  a figure with no period of its own is not compared at all.

The body's figures of a measure are those whose phrase links them to it, never a figure
after "from", "compared with", "versus" or "than" (the prior period's). A summary figure
agrees when any of them matches it within either one's rounding ("$25 Million" is $25.3
million rounded, "nearly $25 million" is below it). It is reported only when the body states
one value of that measure, subject and period (every candidate within the others' rounding)
and the summary figure matches none of them; two different body figures (a total and a
segment's, two periods, a tranche and the offering) leave it unread, and so do ranges,
"up to", share prices and figures stated in words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from disclint.api import (
    Kind,
    Qualifier,
    lazy_compile,
    parse_number_words,
    period_key,
    release_pattern,
    tables_of,
)
from disclint.rules.arithmetic.checks import analysis, stated
from disclint.rules.arithmetic.claims import face_interval, relations_for
from disclint.rules.arithmetic.statements import CONCEPTS

if TYPE_CHECKING:
    from collections.abc import Iterator

    from disclint.api import Cell, Facts, Finding, Quantity, Row, RuleContext, Table
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = [
    "BALANCES",
    "Measure",
    "Restated",
    "SpelledAmount",
    "TableRestated",
    "head_body_restatements",
    "measures",
    "restated_findings",
    "restated_table_findings",
    "spelled_amounts",
    "table_restatements",
]

#: The measures a release states at a date (a balance) rather than over a period.
BALANCES = {
    "backlog": r"(?:order backlog|backlog)",
    "cash, cash equivalents and marketable securities": r"cash,? cash equivalents,? and "
    r"marketable securities",
    "cash, cash equivalents and investments": r"cash,? cash equivalents,? and (?:short-term )?"
    r"investments",
    "cash, cash equivalents and restricted cash": r"cash,? cash equivalents,? and restricted cash",
    "cash and investments": r"cash and (?:short-term )?investments",
    "cash and cash equivalents": r"cash and cash equivalents",
    "cash position": r"cash position|cash balance",
    "bookings": r"bookings",
    "total assets": r"total assets",
    "deposits": r"total deposits|deposits",
    "assets under management": r"assets under management",
    "annual recurring revenue": r"annual recurring revenue",
}
#: Sales named bare ("Sales in Q3 2025 rise 7.6% to EUR 29.9 million"): a measure of its own
#: (``revenue`` is "revenues", "net sales", "total sales").
FLOWS = {"sales": r"sales"}
#: The size of an offering: the body's gross proceeds, the headline's "$15 Million Public
#: Offering" (net proceeds are a measure of their own, never compared with it).
OFFERINGS = {"gross proceeds": r"(?:aggregate )?gross proceeds"}
#: Measures that are not of a reporting period (read whatever periods the release reports).
_UNDATED = frozenset({*BALANCES, *OFFERINGS})
_VOCABULARY = {**CONCEPTS, **FLOWS, **BALANCES, **OFFERINGS}
_NAMES = "|".join(f"(?:{words})".replace(" ", r"\s+") for words in _VOCABULARY.values())

#: The sections whose figures summarise the body (a highlights bullet of the body too).
SUMMARY_SECTIONS = frozenset({"headline", "subheadline"})
#: The sections whose sentences state the figures the summary restates.
NARRATIVE_SECTIONS = frozenset({"body", "dateline"})

_HEDGE = (
    r"(?:(?:approximately|about|roughly|nearly|almost|just\s+over|over|more\s+than|a\s+record"
    r"|record)\s+)?"
)
_MOVE = (
    r"(?:rose|rises?|grew|grows?|increased|increases?|climbed|climbs?|jumped|jumps?|surged"
    r"|surges?|soared|soars?|fell|falls?|declined|declines?|decreased|decreases?|dropped|drops?"
    r"|up|down"
    r"|improved|improves|expanded|expands|reduced|narrowed|narrows|widened|widens)"
)
#: What links a measure's name to its figure, the name's end to the figure: a period or
#: a date between ("for the year", "at September 30, 2026"), then "was", "of", ":", "rose
#: 11% to", ... and a hedge.
_LINK = lazy_compile(
    r"(?<!\s)(?P<mid>(?:\s+(?:for|in|during|at|as\s+of)\s+(?:the\s+)?[^,;:$%\d]{0,40}?"
    r"(?:\d{1,2},?\s+)?(?:(?:19|20)\d\d)?)?)\s*(?:,\s*)?"
    r"(?:was|were|is|are|totall?ed|totals|amounted\s+to|came\s+in\s+at|stood\s+at|reached"
    r"|of|at|:|" + _MOVE + r"(?:\s+(?:by\s+)?\d[\d.]*\s?(?:%|percent))?"
    r"(?:\s+(?:year[- ]over[- ]year|year[- ]on[- ]year|yoy))?(?:\s+to|,\s+reaching))\s+" + _HEDGE,
    re.IGNORECASE,
)
#: A figure written before its measure's name: "$1.24 Billion in Revenue", "Record $87
#: Million Revenue", "generated $87.4 million of revenue".
_NAME_AFTER = lazy_compile(
    r"(?<!\s)\s+(?:in\s+|of\s+)?(?:(?:total|record|quarterly|annual|full[- ]year)\s+)?"
    rf"(?P<name>{_NAMES})"
    r"(?![\w'’-])(?!\s+(?:growth|increase|decrease|decline|gain|drop|guidance|target|goal"
    r"|milestone|mark|run[- ]rate|opportunity|potential|pipeline|threshold"
    r"|on\s+an?\s+(?:annuali[sz]ed|run[- ]rate|pro\s+forma)\b))",
    re.IGNORECASE,
)
#: An offering named after its size: "$15.0 Million Public Offering", "$12 Million Private
#: Placement", "C$4.2 Million Bought Deal Financing".
_OFFERING_AFTER = lazy_compile(
    r"(?<!\s)\s+(?:(?:underwritten|registered|direct|public|private|brokered|non-brokered|bought|deal"
    r"|strategic|equity|oversubscribed|upsized|initial|follow-on|at-the-market|common|stock"
    r"|share)\s+){0,4}(?:offering|placement|financing|equity\s+raise|capital\s+raise)\b"
    r"(?!\s+(?:of\s+)?(?:units|notes|debentures|warrants|preferred))",
    re.IGNORECASE,
)
#: What links "gross proceeds" to its figure besides the common links: "to the Company",
#: "from the offering", "are expected to be".
_PROCEEDS_LINK = lazy_compile(
    r"(?:\s+to\s+(?:the\s+)?company)?(?:\s+(?:from|of)\s+the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:offering|placement|financing|sale|inducement|transaction))?(?:\s*,)?\s+"
    r"(?:(?:is|are|were|was|will\s+be)\s+)?"
    r"(?:(?:expected|anticipated)\s+to\s+be\s+)?(?:of\s+)?(?:totall?ing\s+)?" + _HEDGE,
    re.IGNORECASE,
)
#: A measure's name anywhere (read backwards from a figure to the nearest one).
_NAME = lazy_compile(rf"(?<![\w'’-])(?:{_NAMES})(?![\w'’-])", re.IGNORECASE)
#: Words before a figure that make it the other period's ("from", "compared with").
_COMPARED_BEFORE = lazy_compile(
    r"(?:\bfrom(?!\s+the\s+(?:[\w-]+\s+){0,3}?(?:offering|placement|financing|sale)\b)"
    r"|compared\s+(?:to|with)|versus|vs\.?|\bthan|against|\bover|prior[- ]year"
    r"|year[- ]ago|previous|last\s+year's)\s+(?:[\w'’,-]+\s+){0,6}?$",
    re.IGNORECASE,
)
#: Words that make a figure an expectation, a target or a potential rather than a result.
_FORWARD = lazy_compile(
    r"\b(?:expects?|expected\s+(?!to\s+be\b)|anticipat\w*|guidance|outlook|forecast\w*"
    r"|projects?|projected|projections?|targets?|targeting|goals?|aims?|plans?|planned|will"
    r"|would|could|should|(?-i:may|might)|potential(?:ly)?|up\s+to|pro\s+forma|annuali[sz]ed"
    r"|run[- ]rate|estimated|estimates?|budget\w*|intends?|seeks?|hopes?)\b",
    re.IGNORECASE,
)
#: A period after a figure that is not yet reported: "$60 million next year", "by 2028".
_FORWARD_AFTER = lazy_compile(
    r"^\s*(?:,\s*)?(?:next\s+(?:year|quarter|fiscal)|in\s+the\s+(?:coming|next)|by\s+(?:the\s+end"
    r"\s+of\s+)?(?:fiscal\s+)?(?:19|20)\d\d|over\s+the\s+next)",
    re.IGNORECASE,
)
#: A hedge right before a figure ("of over $2.2 million"): not a comparison's "over".
_TRAILING_HEDGE = lazy_compile(
    r"(?:approximately|about|roughly|nearly|almost|just\s+over|over|more\s+than)\s+$",
    re.IGNORECASE,
)
#: A clause ends at these (headlines pack several claims: "...; Revenue of $1.24 Billion").
_CLAUSE_END = lazy_compile(r"[;|]|\s[-–—]\s|\.\s")
#: The period right after a figure: "for the year", "in fiscal 2025", "a year earlier".
_PERIOD_AFTER = lazy_compile(
    r"^\s*(?:,\s*)?(?:(?:for|in|during|at|as\s+of|from)\s+(?:the\s+|its\s+|our\s+)?"
    r"(?P<p>[^,;.()$]{3,50}?(?:\d{1,2},\s+(?:19|20)\d\d)?)(?=[,;.()]|\s+(?:and|compared|versus|vs|up|down|an?)\b|$)"
    r"|(?P<ago>a\s+year\s+(?:earlier|ago|before)|last\s+year))",
    re.IGNORECASE,
)
_WORD = lazy_compile(r"[\w'’&-]+")
#: Words that do not narrow a measure.
_NEUTRAL = frozenset({
    "total", "consolidated", "the", "its", "our", "their", "company's", "company’s",
    "reported", "quarterly", "record", "a", "gaap", "us", "u.s.", "annual", "strong", "solid",
    "full-year", "new", "all-time", "high", "very", "robust", "healthy", "continued",
})  # fmt: skip
#: Words that end the narrowing words, read backwards from a measure's name.
_STOP = lazy_compile(
    r"[\W\d$,.]+|million|billion|thousand|compared|to|of|from|with|and|or|saw|generated"
    r"|reported|reports|posted|posts|delivered|delivers|achieved|achieves|recorded|records"
    r"|had|has|have|was|were|is|are|in|for|on|at|by|as|while|announced|announces|today|that"
    r"|said|says|stated|noted|grew|grows|increased|increases|sees|expects|with|generating"
    r"|raising|resulting|representing|yielding|bringing|totall?ing|including|reporting"
    r"|posting|delivering|achieving|recording|providing|receiving|received|raised",
    re.IGNORECASE,
)
_PERIOD_WORD = lazy_compile(
    r"\d{4}|q[1-4]|fy\d*|first|second|third|fourth|quarter|quarterly|fiscal|full|year|half"
    r"|first-quarter|second-quarter|third-quarter|fourth-quarter|full-year|year-end|annual",
    re.IGNORECASE,
)
#: A period phrase that is the release's own period, whatever it is.
_OWN_PERIOD = lazy_compile(
    r"(?:the\s+)?(?:(?:current|reported|latest)\s+)?(?:fiscal\s+|full\s+)?"
    r"(?P<unit>year|quarter|year[- ]end|end\s+of\s+the\s+(?:fiscal\s+)?(?:year|quarter)"
    r"|quarter[- ]end|period)",
    re.IGNORECASE,
)


_YEAR_ONLY = lazy_compile(r"(?:19|20)\d\d")
#: A sentence that opens with its period: "For the year ended December 31, 2025, ...".
_OPENING = lazy_compile(
    r"^\W*(?:for|in|during)\s+(?:the\s+)?(?P<p>[^,;$]{3,60}(?:,\s+\d{4})?),", re.IGNORECASE
)
_DAY = lazy_compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{1,2},?\s+(?:19|20)\d\d",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Measure:
    """A figure linked to the measure it states: concept, subject words, period key (``""``
    for the release's own period) and whether the summary states it."""

    concept: str
    subject: str
    period: str
    quantity: Quantity
    summary: bool
    #: Where it is, as a reader names it: "headline", "subheadline", "highlights", "quote"
    #: or "body".
    place: str = "body"


@dataclass(frozen=True, slots=True)
class Restated:
    """A summary figure and the body figures of its measure; ``agrees`` says whether one of
    them matches it within rounding."""

    summary: Measure
    body: tuple[Measure, ...]
    agrees: bool


def _concept_of(words: str) -> str:
    lower = " ".join(words.lower().split())
    for concept, pattern in _VOCABULARY.items():
        if re.fullmatch(pattern, lower):
            return concept
    return lower


@dataclass(frozen=True, slots=True)
class _Periods:
    """The release's own periods: the keys its headline and dateline name, by length."""

    keys: frozenset[str]
    lengths: frozenset[str]

    def own(self, key: str) -> bool:
        return key in self.keys

    def mark(self, length: str) -> str:
        """The period key of the release's own period of this length: ``""`` when the
        release reports one length, else "own quarter", "own year", ..."""
        return "" if len(self.lengths) <= 1 else f"own {length}"

    def ends(self) -> frozenset[str]:
        """The days the release's own periods ended ("september 30, 2026")."""
        return frozenset(
            k.split(" ", 1)[1]
            for k in self.keys
            if k.split(" ", 1)[0][:-1].isdigit() and k.split(" ", 1)[0].endswith("m")
        )


def _length(key: str) -> str:
    if key.startswith(("q", "3m")):
        return "quarter"
    if key.startswith(("fy", "12m", "y ")):
        return "year"
    return key.split(" ", 1)[0]


def _own_periods(facts: Facts, rel: Relations) -> _Periods:
    """The periods the headline, subheadlines and dateline name, each under the keys the
    body may write it with: a quarter named without its year ("second quarter") is the last
    such quarter ended by the release's date ("q2 2026"); a quarter named with the day it
    ended is that day's three months too; a year ended on a day is its fiscal year."""
    from disclint.rules.arithmetic.statements import release_periods

    keys: set[str] = set()
    for view in rel.views:
        if view.section not in ("headline", "subheadline", "dateline"):
            continue
        for p in view.periods:
            if p.period is not None:
                keys.add(p.period)
    lengths = frozenset(_length(k) for k in keys)
    own = facts.release.own_date()
    for key in list(keys):
        quarter = re.fullmatch(r"q([1-4])", key)
        if quarter is not None and own is not None:
            number, day = int(quarter.group(1)), own[0]
            year = day.year if (day.month - 1) // 3 + 1 > number else day.year - 1
            keys.add(f"{key} {year}")
        ended = re.fullmatch(r"12m \w+ \d{1,2},? ((?:19|20)\d\d)", key)
        if ended is not None:
            keys.add(f"fy {ended.group(1)}")
    known = release_periods(facts, rel.views)
    for alias, end in known.aliases.items():
        if alias in keys or end in keys:
            keys.update((alias, end))
    return _Periods(frozenset(keys), lengths)


def _period(text: str, periods: _Periods) -> str | None:
    """The key of a period phrase; ``""`` for the release's own period ("the year" when it
    reports one year, "year end"); ``None`` when the phrase is not a period this reader knows."""
    text = " ".join(text.split())
    if _YEAR_NUMBER.search(text):
        text = _FULL_YEAR.sub("fiscal", text)  # "full year 2026": fiscal 2026
    key = period_key(f"fiscal {text}" if _YEAR_ONLY.fullmatch(text) else text)
    if key is not None:
        return periods.mark(_length(key)) if periods.own(key) else key
    day = _DAY.fullmatch(text)
    if day is not None:
        # a balance at a day: the release's own when its period ended that day
        when = " ".join(day.group().lower().replace(",", "").split())
        ends = {" ".join(e.replace(",", "").split()) for e in periods.ends()}
        return "" if when in ends else f"at {when}"
    own = _OWN_PERIOD.fullmatch(text)
    if own is None:
        return None
    unit = own.group("unit").lower()
    length = "quarter" if "quarter" in unit else "year" if "year" in unit else None
    if length is None or length not in periods.lengths:
        return None
    return periods.mark(length)


#: Two periods joined before a measure's name ("Fourth Quarter and Full Year Revenue").
_TWO_PERIODS_BEFORE = lazy_compile(
    r"\b(?:quarter|year|half|months|q[1-4]|(?:19|20)\d\d)\s+(?:and|&)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_YEAR_NUMBER = lazy_compile(r"\b(?:19|20)\d\d\b")
#: "Full-Year 2025", "full year": the fiscal year, as ``period_key`` reads it.
_FULL_YEAR = lazy_compile(r"\bfull[- ]year\b|\bannual\b", re.IGNORECASE)
#: A period named in a body heading ("Full-Year 2025 Results", "Third quarter at a glance").
_HEADING_PERIOD = lazy_compile(
    r"\b(?:(?:first|second|third|fourth)[- ]quarter|q[1-4]|full[- ]year|fiscal(?:\s+year)?"
    r"|(?:first|second)\s+half|(?:six|nine)[- ]months?)"
    r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d\d)?"
    r"|\b(?:fiscal\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _heading_period(heading: str | None, periods: _Periods) -> str | None:
    """The period a body heading names for the paragraphs under it, if it names one."""
    if not heading:
        return None
    found = _HEADING_PERIOD.search(heading)
    if found is None:
        return None
    text = found.group()
    if re.fullmatch(r"full[- ]year|fiscal(?:\s+year)?", text, re.IGNORECASE):
        return _period("the year", periods)
    return _period(text, periods)


def _words(before: str) -> list[str]:
    """The words right before a measure's name that belong to its phrase (up to four,
    read backwards to a verb, a preposition or a figure), lower case."""
    words: list[str] = []
    for token in reversed(before.split()[-4:]):
        if not _WORD.fullmatch(token) or _STOP.fullmatch(token):
            break
        words.insert(0, token.lower())
    return words


def _subject(before: str) -> str:
    return " ".join(
        w for w in _words(before) if w not in _NEUTRAL and not _PERIOD_WORD.fullmatch(w)
    )


def _clause(view: View, q: Quantity) -> tuple[str, str]:
    """The words of a figure's clause before and after it."""
    at, end = q.start - view.start, q.end - view.start
    before = view.text[max(0, at - 120) : at]
    cut = list(_CLAUSE_END.finditer(before))
    if cut:
        before = before[cut[-1].end() :]
    after = view.text[end : end + 80]
    stop = _CLAUSE_END.search(after)
    if stop is not None:
        after = after[: stop.start()]
    return before, after


def _reading(
    view: View,
    q: Quantity,
    periods: _Periods,
    summary: bool,
    place: str = "body",
    other_period: bool = False,
    heading: str | None = None,
) -> Measure | None:
    """The measure a money figure states, from its own clause; ``None`` when the clause
    links it to no measure, to two, or to a period this reader cannot place."""
    if q.kind is not Kind.MONEY or q.in_range or q.words is not None:
        return None
    if q.qualifier is Qualifier.UP_TO or q.cell is not None:
        return None
    before, after = _clause(view, q)
    if _FORWARD.search(before) or _FORWARD_AFTER.match(after):
        return None  # an expectation, a target or a potential: not the figure reported
    if q.per is not None:
        return _price_reading(q, before, summary, place)
    bare = _TRAILING_HEDGE.sub("", before)
    if _COMPARED_BEFORE.search(bare) or bare.rstrip().endswith("("):
        return None  # the other period's figure, or one set aside ("(approximately $4.5M")
    name: re.Match[str] | None = None
    mid = ""
    offering = False
    for found in reversed(list(_NAME.finditer(before))):
        link = _LINK.fullmatch(before, found.end())
        if link is not None:
            name, mid = found, link.group("mid")
        elif _concept_of(found.group()) in OFFERINGS and _PROCEEDS_LINK.fullmatch(
            before, found.end()
        ):
            name = found
        break
    tail = after
    if name is None:
        following = _NAME_AFTER.match(after)
        if following is None:
            following = _OFFERING_AFTER.match(after)
            offering = True
        if following is None:
            return None
        name = following
        tail = after[following.end() :]
        # "$87 Million Subscription Revenue": the narrowing words follow the figure
        head_words = "" if offering else after[: following.start("name")]
        period_words = _TRAILING_HEDGE.sub("", before)
    else:
        head_words = period_words = before[: name.start()]
    if "$" in mid:
        return None
    keys: list[str] = []
    if mid.strip():
        key = _period(re.sub(r"^\s*(?:for|in|during|at|as\s+of)\s+", "", mid.strip()), periods)
        if key is None:
            return None  # "revenue in the Americas of $4.0 million": a subject
        keys.append(key)
    later = _PERIOD_AFTER.match(tail)
    if later is not None:
        if later.group("ago"):
            return None  # "$78.5 million a year earlier"
        key = _period(later.group("p"), periods)
        if key is None:
            return None
        keys.append(key)
    named = [w for w in _words(period_words) if _PERIOD_WORD.fullmatch(w)]
    if named and _TWO_PERIODS_BEFORE.search(period_words):
        return None  # "Fourth Quarter and Full Year Revenue of": which of the two
    if named and name is not None and not keys:
        # "Q4 net revenue was", "Third Quarter 2026 Revenue of": the period before the name
        key = _period(" ".join(w.strip(",") for w in named), periods)
        if key is not None:
            keys.append(key)
    if not keys:
        opening = _OPENING.match(view.text)
        if opening is not None and opening.end() <= q.start - view.start:
            key = _period(opening.group("p"), periods)
            if key is None:
                return None  # "For the Americas, ...": not a period this reader places
            keys.append(key)
    if not keys and heading is not None:
        keys.append(heading)  # "Full-Year 2025 Results" above the paragraph
    elif not keys and other_period:
        return None  # the paragraph spoke of another period before ("For the nine months")
    if len(set(keys)) > 1:
        return None
    period = keys[0] if keys else ""
    if offering:
        concept = "gross proceeds"
    else:
        concept = _concept_of(name.group("name") if "name" in name.re.groupindex else name.group())
    if concept in _UNDATED and period.startswith("own "):
        period = ""  # a balance at the end of the quarter is at the end of its year too
    if period == "" and len(periods.lengths) > 1 and concept not in _UNDATED:
        # a quarter and its year reported: which one is not said (a balance is of the day
        # both ended)
        return None
    subject = _subject(head_words)
    return Measure(concept, subject, period, q, summary, place)


def measures(facts: Facts) -> list[Measure]:
    """Every money figure of the summary and the narrative tied to its measure, once per
    release."""
    return facts.memo("num-restated-measures", lambda: _measures(facts))


def _measures(facts: Facts) -> list[Measure]:
    rel = relations_for(facts)
    periods = _own_periods(facts, rel)
    quotes = _quote_spans(facts)
    blocks = list(facts.release.paragraphs())
    found: list[Measure] = []
    #: per paragraph, whether a sentence so far named a period not the release's own
    elsewhere: dict[int | None, bool] = {}
    for view in rel.views:
        before = elsewhere.get(view.block, False)
        elsewhere[view.block] = before or any(
            p.period is not None and not periods.own(p.period) for p in view.periods
        )
        if not view.quantities or view.section not in SUMMARY_SECTIONS | NARRATIVE_SECTIONS:
            continue
        block = blocks[view.block] if view.block is not None else None
        # the body heading the sentence sits under, and whether it is a list item
        # (a highlights bullet summarises like a subheadline)
        title = block.heading if block is not None and block.heading != block.text else None
        heading = _heading_period(title, periods)
        bullet = block is not None and getattr(block.kind, "value", block.kind) == "list_item"
        for q in view.of(Kind.MONEY):
            if view.section in SUMMARY_SECTIONS:
                place = str(view.section)
            elif any(start <= q.start < end for start, end in quotes):
                place = "quote"
            else:
                place = "highlights" if bullet else "body"
            reading = _reading(view, q, periods, place != "body", place, before, heading)
            if reading is not None:
                found.append(reading)
    return found


#: What makes a per-share figure the price the securities are sold at: "at a public offering
#: price of", "priced at", "at" (in the clause of an offering or a sale).
_PRICE_LINK = lazy_compile(
    r"(?:(?:public\s+)?offering\s+price|purchase\s+price|(?:a\s+)?(?:sale\s+)?price)"
    r"(?:\s+to\s+the\s+public)?\s+of\s+$|\bpriced\s+at\s+$|\bat\s+$",
    re.IGNORECASE,
)
#: A per-share figure of another price: an exercise or conversion price, a pre-funded
#: warrant's, a market price.
_OTHER_PRICE = lazy_compile(
    r"exercis|conver|warrant|pre-?funded|closing|market|last\s+(?:reported\s+)?sale|trading"
    r"|premium|discount|strike|reference|average|vwap|dividend|distribution|earnings|loss"
    r"|repurchas|buyback|buy-back|tender|acqui|merger|exchange|redemption|redeem",
    re.IGNORECASE,
)
_OFFER_WORDS = lazy_compile(
    r"offering|placement|financing|sold|sells|sell|sale|issu|purchase|priced|prices|pricing",
    re.IGNORECASE,
)


def _price_reading(q: Quantity, before: str, summary: bool, place: str) -> Measure | None:
    """The price per share (unit, ADS) the securities of an offering are sold at, from its
    clause ("3,000,000 Shares at $5.00 per Share", "at a public offering price of $5.00
    per share"); never an exercise, conversion or market price."""
    if q.per not in ("share", "unit", "ads"):
        return None
    if not _PRICE_LINK.search(before) or _OTHER_PRICE.search(before[-80:]):
        return None
    if not _OFFER_WORDS.search(before):
        return None
    return Measure(f"price per {q.per}", "", "", q, summary, place)


def _quote_spans(facts: Facts) -> list[tuple[int, int]]:
    """Where the body quotes a speaker (who restates the results), as (start, end)."""
    return [(q.span.text_start, q.span.text_end) for q in facts.release.quotes]


def _agree(a: Quantity, b: Quantity) -> bool:
    return a.interval.overlaps(b.interval) or face_interval(a).overlaps(face_interval(b))


def _same_currency(a: Quantity, b: Quantity) -> bool:
    return (a.currency or "USD") == (b.currency or "USD")


def head_body_restatements(facts: Facts) -> list[Restated]:
    """Each summary figure with the narrative's figures of its measure, once per release."""
    return facts.memo("num-restated", lambda: list(_restated(facts)))


#: Words that make an offering's size one of several figures: a tranche or closing, a
#: concurrent placement, a running total, the over-allotment option.
_OFFER_SCOPE = lazy_compile(
    r"tranche|(?:first|second|third|initial|final|subsequent|additional)\s+closing|concurrent"
    r"|cumulative|to\s+date|over-?allotment|option\s+to\s+(?:purchase|buy)|underwriters'?\s+option"
    r"|greenshoe|together\s+with|combined|total\s+gross\s+proceeds|separate",
    re.IGNORECASE,
)


def _scoped_offering(facts: Facts) -> bool:
    """Does the release's narrative split its offering (tranches, a concurrent placement,
    an option): then the headline's size may be any of the parts or their total."""
    rel = relations_for(facts)
    return facts.memo(
        "num-restated-scoped",
        lambda: any(
            view.section in NARRATIVE_SECTIONS and _OFFER_SCOPE.search(view.text)
            for view in rel.views
        ),
    )


def _restated(facts: Facts) -> Iterator[Restated]:
    found = measures(facts)
    for m in found:
        if not m.summary:
            continue
        # the headline and subheadlines restate the body's figures, bullets included (some
        # releases write their results as bullets); a bullet or a quote, the narrative's
        heading = m.place in SUMMARY_SECTIONS
        body = tuple(
            b
            for b in found
            if (b.place not in SUMMARY_SECTIONS if heading else not b.summary)
            and (b.concept, b.subject, b.period) == (m.concept, m.subject, m.period)
            and _same_currency(b.quantity, m.quantity)
            and b.quantity.negative == m.quantity.negative
        )
        if not body:
            continue
        if any(_agree(m.quantity, b.quantity) for b in body):
            yield Restated(m, body, agrees=True)
            continue
        first = body[0].quantity
        if not all(_agree(first, b.quantity) for b in body[1:]):
            continue  # the body states two figures of the measure: which one is not known
        if m.concept in OFFERINGS and _scoped_offering(facts):
            continue
        yield Restated(m, body, agrees=False)


# -- an amount in words and in digits ---------------------------------------------------------

#: "twenty-five million dollars ($25,000,000)" and "$25,000,000 (twenty-five million
#: dollars)": the words are read backwards from "dollars" to the longest run that parses.
_WORDS_DOLLARS = lazy_compile(
    r"\b(?P<words>(?:[a-z]+[- ]){0,9}[a-z]+)\s+(?:U\.S\.\s+|US\s+|Canadian\s+)?dollars\s*"
    r"\(\s*(?:US|U\.S\.|C|CA|CDN)?\$\s?(?P<digits>\d{1,3}(?:,\d{3})+|\d+)(?:\.\d\d)?\s*\)",
    re.IGNORECASE,
)
_DOLLARS_WORDS = lazy_compile(
    r"(?:US|U\.S\.|C|CA|CDN)?\$\s?(?P<digits>\d{1,3}(?:,\d{3})+|\d+)(?:\.\d\d)?\s*"
    r"\(\s*(?P<words>(?:[a-z]+[- ]){0,9}[a-z]+)\s+(?:U\.S\.\s+|US\s+|Canadian\s+)?dollars\s*\)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class SpelledAmount:
    """An amount written in words and in digits beside them, and what each says."""

    quantity: Quantity
    words: str
    words_value: int


def _spelled(words: str) -> tuple[str, int] | None:
    """The longest run of number words ending ``words`` and its value ("a loan of twenty-five
    million" -> ("twenty-five million", 25000000))."""
    tokens = re.split(r"(?<=[\s-])", words)
    for i in range(len(tokens)):
        tail = "".join(tokens[i:]).strip()
        if re.match(r"(?:hundred|thousand|million|billion)\b", tail, re.IGNORECASE):
            continue  # "several million": the count is not written
        value = parse_number_words(tail)
        if value is not None:
            return tail, value
    return None


def spelled_amounts(facts: Facts) -> list[SpelledAmount]:
    """Each money amount written in words beside its digits, once per release."""
    return facts.memo("num-spelled-amounts", lambda: list(_spelled_amounts(facts)))


def _spelled_amounts(facts: Facts) -> Iterator[SpelledAmount]:
    rel = relations_for(facts)
    for view in rel.views:
        if "dollars" not in view.text.lower() or not view.quantities:
            continue
        for pattern in (_WORDS_DOLLARS, _DOLLARS_WORDS):
            for match in pattern.finditer(view.text):
                read = _spelled(match.group("words"))
                if read is None:
                    continue
                at = view.start + match.start("digits")
                for q in view.of(Kind.MONEY):
                    if q.start <= at < q.end and q.scale == 1 and q.per is None:
                        yield SpelledAmount(q, read[0], read[1])
                        break


def _where(q: Quantity) -> str:
    return {"dateline": "body", None: "text"}.get(q.section, str(q.section))


def restated_findings(ctx: RuleContext) -> Iterator[Finding]:
    """NUM011's findings of this module: a summary figure no body figure of its measure
    matches, unless the family's other restatement reading already reports that figure."""
    taken = {c.start for c in analysis(ctx).checks if c.code in ("NUM009", "NUM010", "NUM011")}
    for spelled in spelled_amounts(ctx.facts):
        q = spelled.quantity
        if q.value == spelled.words_value or q.start in taken:
            continue
        taken.add(q.start)
        sign = q.currency_written or "$"
        yield ctx.finding(
            q.start,
            q.end,
            f'"{spelled.words} dollars" is {sign}{spelled.words_value:,}, but the digits beside '
            f"it say {q.text.strip()}",
            evidence=(f"in words: {sign}{spelled.words_value:,}", f"in digits: {stated(q)}"),
        )
    for r in head_body_restatements(ctx.facts):
        q = r.summary.quantity
        if r.agrees or q.start in taken:
            continue
        taken.add(q.start)
        other = r.body[0].quantity
        what = (
            r.summary.concept
            if not r.summary.subject
            else (f"{r.summary.subject} {r.summary.concept}")
        )
        where = r.summary.place
        yield ctx.finding(
            q.start,
            q.end,
            f"the {what} is {q.text.strip()} in the {where} but {other.text.strip()} in the "
            f"{_where(other)}",
            evidence=(
                f"{where}: {stated(q)}",
                *(f"{_where(b.quantity)}: {stated(b.quantity)}" for b in r.body[:3]),
            ),
        )


# -- text against a table ---------------------------------------------------------------------

#: Tables the NUM019 statement reader links itself (statements, reconciliations) and tables of
#: a part of the company (a segment's "Total revenue" is not the company's).
_OWN_LINKS = lazy_compile(
    r"statements?\s+of|income\s+statements?|financial\s+highlights|selected\s+financial\s+data"
    r"|^[ \t]*(?:condensed\s+)?consolidated\s+(?:income|earnings|operations)[ \t]*$|reconcil"
    r"|\bsegments?\b|\bby\s+region\b|geographic|pro\s+forma",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARD_HEADER = lazy_compile(r"outlook|guidance|forecast|expect|project|target", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TableRestated:
    """A text figure and the table cell of its measure and period (``row`` its label)."""

    measure: Measure
    table: Table
    row: str
    column: str
    cell: Cell

    @property
    def agrees(self) -> bool:
        cell = self.cell
        face = face_interval(self.measure.quantity)
        return face.low <= cell.value + cell.ulp / 2 and cell.value - cell.ulp / 2 <= face.high


def _row_names(m: Measure, table: Table) -> re.Pattern[str] | None:
    """The row labels that name a measure in this table: the measure itself ("Revenue",
    "Total revenues", "Net income (loss)") or, for a narrowed measure ("subscription
    revenue"), its narrowing words; only in a table whose caption names the measure (a
    breakdown of it: "Revenue by type"), never a table of other metrics."""
    words = _VOCABULARY.get(m.concept)
    if words is None:
        return None
    words = words.replace(" ", r"\s+")
    if not re.search(rf"\b(?:{words})\b", table.caption, re.IGNORECASE):
        return None  # a table of other metrics: not a breakdown of this measure
    if not m.subject:
        return re.compile(
            rf"\s*(?:total\s+)?(?:{words})(?:\s*/?\s*\(loss\))?\s*:?\s*",
            re.IGNORECASE,
        )
    return release_pattern(rf"\s*{re.escape(m.subject)}\s*:?\s*", re.IGNORECASE)


def table_restatements(facts: Facts) -> list[TableRestated]:
    """Each text figure of a measure with the one table cell of that measure and period,
    in the tables NUM019's statement reader does not link; once per release."""
    return facts.memo("num-restated-tables", lambda: list(_table_restated(facts)))


def _period_matches(period: str, keys: set[str] | frozenset[str], periods: _Periods) -> bool:
    """Is a column of these period keys the period a measure is of ("" the release's own,
    "own quarter" its own quarter when it reports a year too, else a key)?"""
    if period == "":
        return bool(keys & periods.keys)
    if period.startswith("own "):
        length = period[4:]
        return any(k in periods.keys and _length(k) == length for k in keys)
    return period in keys


def _table_restated(facts: Facts) -> Iterator[TableRestated]:
    from disclint.rules.arithmetic.statements import _table_cells, column_periods

    every = tables_of(facts)
    tables = [t for t in every if not _OWN_LINKS.search(f"{t.title}\n{t.caption}")]
    heads = [m for m in measures(facts) if m.place in SUMMARY_SECTIONS]
    if not tables and not heads:
        return
    periods = _own_periods(facts, relations_for(facts))
    # the company's statements, as NUM019 reads them: linked here for the headline and
    # subheadlines only (NUM019 links the body's own figures)
    statement: dict[tuple[str, str], list[tuple[Table, Row, int, str]]] = {}
    if heads:
        for table, row, column, concept, subject, key in _table_cells(every):
            statement.setdefault((concept, subject), []).append((table, row, column, key))
    for m in measures(facts):
        found: list[TableRestated] = []
        for table in tables:
            names = _row_names(m, table)
            if names is None:
                continue
            for column, header in enumerate(table.columns):
                if _FORWARD_HEADER.search(header):
                    continue
                if not _period_matches(m.period, column_periods(header), periods):
                    continue
                for row in table.rows:
                    if column < len(row.cells) and names.fullmatch(row.label):
                        cell = row.cells[column]
                        if cell is not None and not cell.percent:
                            found.append(TableRestated(m, table, row.label, header, cell))
        if m.place in SUMMARY_SECTIONS:
            for table, row, column, key in statement.get((m.concept, m.subject), []):
                cell = row.cells[column]
                if (
                    cell is not None
                    and not cell.percent
                    and _period_matches(m.period, {key}, periods)
                ):
                    found.append(TableRestated(m, table, row.label, table.columns[column], cell))
        if len({(f.cell.value, f.cell.ulp) for f in found}) == 1:
            yield found[0]  # one cell, or the same figure twice: the measure's


_PLACE = {"body": "text"}


def restated_table_findings(ctx: RuleContext) -> Iterator[Finding]:
    """NUM019's findings of this module: a text figure its table states otherwise."""
    for r in table_restatements(ctx.facts):
        if r.agrees:
            continue
        q = r.measure.quantity
        what = " ".join(filter(None, (r.measure.subject, r.measure.concept)))
        yield ctx.finding(
            q.start,
            q.end,
            f"{what} is {q.text.strip()} in the {_PLACE.get(r.measure.place, r.measure.place)} "
            f'but the table\'s "{r.row.strip()}" row '
            f"({r.column.strip()}) says {r.cell.text.strip()}",
            evidence=(
                f"text: {stated(q)}",
                f"table: {r.cell.text.strip()} x {r.table.scale:,} = {r.cell.value:,}",
            ),
        )
