"""NUM019: one measure of one period and subject, stated twice, must agree.

A release states its headline results more than once: in a bullet, in the narrative, in
the table. The claim reader ties each stated amount to what it measures, read from the
phrase it belongs to rather than from a window of characters:

* the **concept**: the measure the phrase names ("revenue", "net income", "gross
  profit", ...) and links to the figure ("revenue of $42.0 million", "revenue for the
  first quarter of 2025 was $42.0 million");
* the **period**: a period phrase of the same phrase, before the measure ("first quarter
  2025 revenue"), between the measure and its figure, or right after the figure ("... of
  $42.0 million for the third quarter of 2025"; after the amount's per-share figure, "$53
  million, or $0.24 per share, for the second quarter ended July 3, 2004"), as the
  normalised key the core gives (``period_key``: "q1 2025", "fy 2025", "3m september 30,
  2025"; "the six-month period ended" is six months; a bare "the quarter" is the quarter
  the release reports, when it names one and the sentence names no other period first);
* the **subject**: the words that narrow the measure ("product revenue", "Americas
  revenue", "adjusted net income"); "total" and "consolidated" narrow nothing.

Two statements are compared only when concept, period and subject are all the same and
the figure is the one the measure links to (not a prior-period figure after "from" or
"compared to", not a segment's share after "from", not a range or a bound): a tranche
and the total, gross and net, two segments or a quarter and its year are different
subjects or periods and never compared. A text statement is also linked to a table row
whose label is the bare measure ("Revenue", "Total revenues", "Net income (loss)") in the
column whose header names the same period (a span naming two end days over a row of years,
"For the 13 Weeks Ended July 5, 2025 and June 29, 2024" over "2024", is the day of its
year), with the table's scale ("in thousands") applied, in a table whose caption makes it
a statement of the whole company ("Statements of Operations", "Financial Highlights",
"Statements of Cash Flows", a caption line "CONSOLIDATED INCOME"; the title lines above the
unit line count), never a segment's or a region's table; a non-GAAP figure is linked to the
row of that name in a reconciliation of GAAP to non-GAAP results, and diluted EPS ("$6.43
per diluted share") to the statement's one diluted per-share row, in dollars whatever the
table's scale.

The release's own quarter: a quarter it names with the day it ended ("its first quarter
fiscal year 2023 ended March 3, 2023") is that table column ("Three Months Ended March 3,
2023") whatever the fiscal calendar (without a year before "ended", only a quarter ending
within two weeks of its calendar quarter's last day, "second quarter ended July 5, 2025",
is given the year; the same quarter a year earlier, "the second quarter of 2024", is then
the year-ago quarter), and the period of a sentence that names none and nothing pointing at
another period; a sentence that compares ("These results compare to
revenue of $15.68 billion ... in the year-ago quarter") states the year-ago column's
figures, and a figure stated next in a sentence with no period between takes the period of
the one before. From those links, a change over the year stated beside a figure ("revenue of
$119.6 billion, up 2 percent year over year") is worked against the table's year-ago column
(NUM003), and a margin stated in text ("gross margin was 38.5 percent") against the
table's profit line and revenue of its period (NUM015).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from disclint.api import (
    Finding,
    Kind,
    Qualifier,
    Quantity,
    RuleContext,
    lazy_compile,
    may_match,
    period_key,
    rule,
    tables_of,
)
from disclint.rules.arithmetic.checks import CITATION_10B5, analysis, plain
from disclint.rules.arithmetic.claims import View, face_interval
from disclint.rules.arithmetic.table_eps import eps_rows

if TYPE_CHECKING:
    from decimal import Decimal

    from disclint.api import Cell, Facts, Row, Table

__all__ = [
    "Statement",
    "TableMarginLink",
    "YearChange",
    "column_periods",
    "margin_links",
    "measure_stated_twice",
    "release_periods",
    "release_statements",
    "statements",
    "table_links",
    "year_changes",
]

#: The measures whose level a release states by name, and the words that name each.
CONCEPTS = {
    "revenue": r"revenues?|net sales|total sales",
    "net revenue": r"net revenues?",
    "net income": r"net income|net earnings|net (?:quarterly )?profit",
    "net loss": r"net loss",
    "gross profit": r"gross profit",
    "operating income": r"operating income|income from operations",
    "operating loss": r"operating loss|loss from operations",
    "adjusted ebitda": r"adjusted ebitda",
    "operating cash flow": r"(?:net\s+)?cash\s+(?:flows?\s+)?(?:from|provided\s+by|generated\s+by)"
    r"(?:\s*\(used\s+in\))?\s+operati(?:ons|ng\s+activities)|operating\s+cash\s+flows?",
}
#: A space of a name matches any white space: a text release wraps "net\nincome".
_CONCEPT = "|".join(f"(?:{words})".replace(" ", r"\s+") for words in CONCEPTS.values())
#: A measure's name, not inside another word.
_CONCEPT_NAME = lazy_compile(rf"(?<![\w'’-])(?:{_CONCEPT})\b", re.IGNORECASE)
#: What links a measure to its figure: "<period or nothing> <link> $N", up to the figure;
#: the words between the measure and the link may only be a period.
_LINK_TO_FIGURE = lazy_compile(
    r"(?<!\s)(?P<mid>(?:\s+(?:for|in|during)\s+(?:the\s+)?[^,;:$]{3,60}?(?:,\s+(?:19|20)\d\d)?)?)"
    r"\s*(?:,\s*)?(?:of|was|were|totall?ed|amounted\s+to|came\s+in\s+at|reached|:)\s+"
    r"(?:approximately\s+|about\s+)?",
    re.IGNORECASE,
)
_WORD = lazy_compile(r"[\w'’&-]+")
#: Words that do not narrow a measure (the subject stays "").
_NEUTRAL = {
    "total", "consolidated", "the", "its", "our", "their", "company's", "company’s",
    "reported", "quarterly", "record", "a", "with", "and", "gaap", "us", "u.s.",
}  # fmt: skip
#: Words that end a subject when read backwards from the measure.
_STOP = lazy_compile(
    r"[\W\d$,.]+|million|billion|thousand|compared|to|of|from|with|and|or|saw|generated|reported"
    r"|posted|delivered|achieved|recorded|had|has|was|were|is|are|in|for|on|at|by|as|while"
    r"|announced|today|that|said|stated|noted",
    re.IGNORECASE,
)
_PERIOD_WORD = lazy_compile(
    r"\d{4}|q[1-4]|fy\d*|first|second|third|fourth|quarter|fiscal|full|year|half|"
    r"first-quarter|second-quarter|third-quarter|fourth-quarter|full-year|year-end",
    re.IGNORECASE,
)
#: A part of the company named as a sentence's subject.
_PART = lazy_compile(
    r"\b(?:[A-Z][\w&'’-]*\s+){0,3}(?:division|segment|subsidiary|business\s+unit|unit|brand"
    r"|region|reporting\s+unit|product\s+line)s?\b",
)
#: What may follow the figure in a statement of the measure's level: the end of the
#: clause, its period, or a comparison with another period.
_AFTER_OK = lazy_compile(
    r"^(?:\s*(?:[,.;)]|$)|\s+(?:for|in|during)\s+(?:the\s+|its\s+|our\s+)?(?:first|second|third|fourth|fiscal"
    r"|full|three|six|nine|twelve|year|Q[1-4]|FY|quarter\b|current\s+quarter)|\s+(?:compared|as\s+compared|versus|vs\.?"
    r"|up|down|an?\s+(?:increase|decrease)|and)\b|\s+on\s+an?\s+(?:GAAP|non-GAAP|adjusted)\s+basis)",
    re.IGNORECASE,
)
#: A sentence (or the dateline's text after "--") that opens with its period.
_OPENING_PERIOD = lazy_compile(
    r"(?:^|\s(?:--|—|–)\s*)\W*(?:for|in|during)\s+(?:the\s+)?(?P<p>[^,;]{3,60}(?:,\s+\d{4})?),",
    re.I,
)
#: The period after a figure, with the year of a day it ended ("for the third quarter ended
#: September 30, 2011": cut at the comma, the year would be lost and two years compared).
_PERIOD_AFTER = lazy_compile(
    r"^\s+(?:for|in|during)\s+(?:the\s+|its\s+|our\s+)?(?P<p>[^,;.]{3,60}"
    r"(?:(?<=\d),\s+(?:19|20)\d\d\b)?)",
    re.I,
)
#: A quarter the release names with the day it ended ("its first quarter fiscal year 2023
#: ended March 3, 2023", "fiscal 2011 first quarter ended December 25, 2010"): a fiscal
#: quarter the text calls "q1 2023" is the table's "Three Months Ended March 3, 2023".
_QUARTER_ENDED = lazy_compile(
    r"\b(?:fiscal\s+(?:year\s+)?(?P<y1>(?:19|20)\d\d)\s+)?"
    r"(?:(?P<ord>first|second|third|fourth)(?:-|\s+)quarter|Q(?P<qn>[1-4]))"
    r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?(?P<y2>(?:19|20)\d\d))?,?\s+ended\s+"
    r"(?P<date>(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+\d{1,2},?\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
#: A quarter named by the day it ended, ordinal or not ("the fiscal quarter ended November 2,
#: 2024", "the 13 weeks ended ..."): the key of the three months ended that day.
_ENDED = lazy_compile(
    r"\b(?:quarter|(?:thirteen|13)[- ]weeks?|three\s+months)\s+ended\s+"
    r"(?P<date>(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\s+\d{1,2},?\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)


#: "the six-month period ended": the months of a period written as one adjective.
_MONTH_PERIOD = lazy_compile(
    r"\b(?P<n>three|six|nine|twelve|3|6|9|12)[- ]month\s+period\s+(?=ended\b)", re.IGNORECASE
)


def _key(text: str) -> str | None:
    """A period phrase's key, a quarter named by the day it ended as that day's three
    months ("the fiscal quarter ended November 2, 2024" -> "3m november 2, 2024"); "the
    six-month period ended June 30, 2025" is the six months ended that day."""
    text = _MONTH_PERIOD.sub(lambda m: f"{m.group('n')} months ", text)
    ended = _ENDED.search(text)
    if ended is not None:
        return period_key(f"three months ended {ended.group('date')}")
    return period_key(text)


#: Words that make a sentence with no period of its own speak of another period than the
#: release's (a comparison, a forecast), so it is not read as the release's quarter.
_OTHER_PERIOD = lazy_compile(
    r"\b(?:compar\w*|year[- ]ago|prior|previous|last\s+year|a\s+year\s+(?:earlier|before)"
    r"|versus|vs\.?|same\s+(?:period|quarter)|guidance|outlook|expect\w*|targets?|forecast\w*"
    r"|anticipat\w*|project\w*|estimat\w*|since|through|to\s+date|cumulative|annual\w*"
    r"|year|years|months?|weeks?|fiscal|quarters)\b",
    re.IGNORECASE,
)
#: A per-share figure of diluted earnings: "diluted earnings per share was $2.71",
#: The end of a row label: a footnote mark, a colon, white space. One run before each sign
#: and one after it: runs side by side with only optional signs between them read a long
#: run every way ("Net income", 5,000 tabs, "x": cubic, minutes).
_LABEL_END = r"\s*(?:(?:\(\d\)|\*)\s*)?(?::\s*)?$"
#: "earnings per diluted share of $2.18" before it, or "$6.43 per diluted share" after it.
_DILUTED_BEFORE = lazy_compile(
    r"(?:diluted\s+(?:earnings|net\s+income|eps)(?:\s+per\s+(?:common\s+)?share)?"
    r"|(?:earnings|net\s+income)\s+per\s+diluted\s+(?:common\s+)?share)"
    r"(?P<mid>(?:\s+(?:for|in|during)\s+(?:the\s+)?[^,;:$]{3,60}?(?:,\s+(?:19|20)\d\d)?)?)\s*(?:,\s*)?"
    r"(?:of|was|were|:)\s+$",
    re.IGNORECASE,
)
_DILUTED_AFTER = lazy_compile(r"^\s*per\s+diluted\s+(?:common\s+)?share\b", re.IGNORECASE)
_BASIS = lazy_compile(r"^\s+on\s+an?\s+(?P<basis>GAAP|non-GAAP|adjusted)\s+basis", re.IGNORECASE)
DILUTED_EPS = "diluted eps"
_LABEL = lazy_compile(
    rf"^\s*(?:(?P<basis>gaap|non-gaap|adjusted)\s+)?(?:total\s+)?(?P<concept>{_CONCEPT})"
    # "Net income (loss)", "NET INCOME/ (LOSS)": the row of the income, whichever sign
    r"(?:\s*/?\s*\(loss\))?" + _LABEL_END,
    re.I,
)


@dataclass(frozen=True, slots=True)
class Statement:
    """A stated level of a measure: concept, period key, subject words and the figure."""

    concept: str
    period: str
    subject: str
    quantity: Quantity
    view: View | None = field(default=None, compare=False)


def _concept_of(words: str) -> str:
    lower = " ".join(words.lower().split())
    for concept, pattern in CONCEPTS.items():
        if re.fullmatch(pattern, lower):
            return concept
    return lower


@dataclass(frozen=True, slots=True)
class _Periods:
    """What the release says of its own periods: each fiscal quarter it names with the
    day it ended ("q1 2023" -> "3m march 3, 2023"), and the first of them, the quarter the
    release reports (the one a sentence that names no period speaks of)."""

    aliases: dict[str, str]
    reported: str | None
    #: For each paragraph, (sentence index, period key) of each period its sentences name.
    named: dict[int | None, list[tuple[int, str]]] = field(default_factory=dict)

    def paragraph_period(self, view: View) -> str | None:
        """The last period the sentences of ``view``'s paragraph name before it."""
        earlier = [key for index, key in self.named.get(view.block, []) if index < view.index]
        return self.canonical(earlier[-1]) if earlier else None

    def canonical(self, key: str) -> str:
        """A quarter's key as the day it ended, if the release says ("q1 2023", or "q1"
        when the release names one first quarter only); the same quarter a year before the
        reported one as the year-ago quarter."""
        if key in self.aliases:
            return self.aliases[key]
        quarter = re.fullmatch(r"(q[1-4]) (\d{4})", key)
        if quarter is not None and self.reported is not None:
            # "the second quarter of 2003" beside a reported "second quarter ended July 3,
            # 2004": the year-ago quarter, the table's year-ago column
            later = self.aliases.get(f"{quarter.group(1)} {int(quarter.group(2)) + 1}")
            if later == self.reported:
                return YEAR_AGO + later
        if re.fullmatch(r"q[1-4]", key):
            ends = {v for k, v in self.aliases.items() if k.startswith(key + " ")}
            if len(ends) == 1:
                return ends.pop()
        return key


#: A headline or dateline that reports a longer period beside the quarter (a fourth quarter
#: and its year): a sentence that names no period may speak of either.
_LONGER_PERIOD = lazy_compile(
    r"full[- ]year|fiscal\s+full|year[- ]end(?:ed)?\s+results|annual\s+results|twelve\s+months"
    r"|nine\s+months|six\s+months|year[- ]to[- ]date|first\s+half|(?:39|26|52|53)[- ]weeks?"
    r"|(?:thirty-nine|twenty-six|fifty-two)[- ]weeks?"
    r"|quarter\s+and\s+(?:fiscal\s+)?(?:full\s+)?year",
    re.IGNORECASE,
)
_HEAD = frozenset({"headline", "subheadline", "dateline"})


def _release_periods(views: list[View]) -> _Periods:
    aliases: dict[str, str] = {}
    reported: str | None = None
    named: dict[int | None, list[tuple[int, str]]] = {}
    longer = False
    for view in views:
        if (
            view.section in _HEAD
            and may_match(_LONGER_PERIOD, view.folded)
            and _LONGER_PERIOD.search(view.text)
        ):
            longer = True
        for p in view.periods:
            if p.period is not None:
                named.setdefault(view.block, []).append((view.index, p.period))
        if "ended" not in view.text.lower():
            continue
        for match in _QUARTER_ENDED.finditer(view.text):
            number = match.group("qn") or _ORDINALS[match.group("ord").lower()]
            year = match.group("y1") or match.group("y2")
            end = period_key(f"three months ended {match.group('date')}")
            if end is None:
                continue
            if year is None:
                year = _calendar_year(end, int(number))
            if year is not None:
                aliases.setdefault(f"q{number} {year}", end)
            reported = reported or end
        if reported is None:
            ended = _ENDED.search(view.text)
            if ended is not None:
                reported = _key(ended.group())
    return _Periods(aliases, None if longer else reported, named)


def _calendar_year(end: str, number: int) -> str | None:
    """The year of "its second quarter ended June 30, 2025" (or "ended July 3, 2004" in a
    52-53 week calendar), written without one before "ended": the year of the calendar
    quarter that ends within two weeks of that day. A fiscal quarter ending elsewhere
    ("second quarter ended December 31, 2024") gets none, as its fiscal year is not known."""
    found = _period_end(end)
    if found is None or found[0] != "3m":
        return None
    day = found[1]
    for year in (day.year, day.year - 1):
        month = 3 * number
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        if abs((day - last).days) <= _NEAR_QUARTER_END:
            return str(year)
    return None


#: How far a 52-53 week quarter's last day may fall from its calendar quarter's.
_NEAR_QUARTER_END = 14


def _diluted_eps(view: View, q: Quantity) -> re.Match[str] | bool | None:
    """How a per-share figure is named diluted earnings per share: the words before it
    (a match, whose "mid" may hold a period), ``True`` for "per diluted share" after it,
    or ``None``."""
    match = _DILUTED_BEFORE.search(view.before(q, 160))
    if match is not None:
        return match
    return True if _DILUTED_AFTER.match(view.after(q, 40)) else None


#: "..., or $0.48 per diluted share" after an amount: the per-share figure of the measure
#: the amount states. Each run of white space belongs to the word or comma before it, so a
#: long run after the figure is read one way (three runs side by side: cubic).
_OR_AFTER_AMOUNT = lazy_compile(
    r"[$€£]\s?\d[\d.,]*\s*(?:(?:million|billion|thousand|[MBK])\s*)?(?:,\s*)?(?:or|and)\s+$", re.I
)
_EARNINGS = lazy_compile(
    r"\b(?:net\s+(?:\w+\s+)?(?:income|earnings|loss|profit)|earnings|profit)\b", re.I
)
_OTHER_MEASURE = lazy_compile(
    r"\b(?:adjusted|non-gaap|core|normali[sz]ed|operating|funds\s+from\s+operations|ffo"
    r"|affo|ebitda\w*|cash\s+flow|distributable|pro\s+forma|gross)\b",
    re.I,
)


def _of_earnings(before: str) -> bool:
    """Whether "$X per diluted share" after an amount ("FFO were $21.6 million, or $0.48
    per diluted share") is earnings per share: the measure the amount states must be net
    income or earnings, not funds from operations or an adjusted measure. A figure not
    written after an amount is taken as earnings per share, as before."""
    amount = _OR_AFTER_AMOUNT.search(before)
    if amount is None:
        return True
    head = before[: amount.start()]
    named = list(_EARNINGS.finditer(head))
    if not named:
        return False
    last = named[-1]
    return not _OTHER_MEASURE.search(head, max(0, last.start() - 30))


def _reading(
    view: View, q: Quantity, known: _Periods | None = None, carry: str | None = None
) -> Statement | None:
    if q.kind is not Kind.MONEY or q.in_range or q.negative:
        return None
    if q.qualifier not in (None, Qualifier.ABOUT) or q.words is not None:
        return None
    before = view.before(q, 160)
    if q.per == "share" or (q.per is None and _DILUTED_BEFORE.search(before)):
        return _eps_reading(view, q, known, carry)
    if q.per is not None:
        return None
    names = list(_CONCEPT_NAME.finditer(before))
    if not names:
        return None
    name = names[-1]
    link = _LINK_TO_FIGURE.fullmatch(before, name.end())
    after = view.after(q, 60)
    if link is None or not _AFTER_OK.match(after):
        return None
    pre_words: list[str] = []
    for token in reversed(before[: name.start()].split()[-4:]):
        if not _WORD.fullmatch(token):
            break  # "..., revenue of": the words before a comma are another phrase
        pre_words.insert(0, token)
    pre = [w.lower() for w in pre_words]
    periods: list[str] = []
    for text in (" ".join(pre_words), link.group("mid")):
        key = _key(text) or _the_quarter(text, view, known, q)
        if key is not None:
            periods.append(key)
    tail = _PERIOD_AFTER.match(after)
    aside = _PER_SHARE_ASIDE.match(view.after(q, 160)) if tail is None else None
    if aside is not None:
        # "net income of $53 million, or $0.24 per share, for the second quarter ended
        # July 3, 2004": the period after the per-share figure is the amount's too
        tail = _PERIOD_AFTER.match(aside.group("rest"))
        if tail is not None and _key(tail.group("p")) is None:
            tail = None  # "..., in the year-ago quarter": read as before, by the sentence
    if tail is not None:
        key = _key(tail.group("p")) or _the_quarter(tail.group("p"), view, known, q)
        if key is not None:
            periods.append(key)
        else:
            return None  # "... $4.0 million in the Americas": a subject, not a period
    mid = link.group("mid").strip()
    if mid and _key(mid) is None and _the_quarter(mid, view, known, q) is None:
        return None  # "revenue in the Americas segment of $4.0 million"
    if not periods:
        # "For fiscal 2025, revenue was $120.4 million": the sentence opens with its period
        opening = _OPENING_PERIOD.search(view.text)
        key = _key(opening.group("p")) if opening is not None else None
        if key is not None and opening is not None and opening.end() <= q.start - view.start:
            periods.append(key)
    period = _one_period(view, q, periods, known, carry)
    if period is None:
        return None
    words: list[str] = []
    for w in reversed(pre):
        if _STOP.fullmatch(w):
            break  # "the company saw revenue": the subject ends at a verb or a figure
        words.insert(0, w)
    subject = " ".join(w for w in words if w not in _NEUTRAL and not _PERIOD_WORD.fullmatch(w))
    if not subject:
        # "The NovaVision division, which remains in development, generated revenues of":
        # the sentence's subject is a part of the company, and so is the figure's
        concept_at = q.start - view.start - len(before) + name.start()
        part = _PART.search(view.text[:concept_at])
        if part is not None:
            subject = " ".join(part.group().lower().split())
    return Statement(_concept_of(name.group()), period, subject, q, view)


#: ", or $0.24 per diluted share, for the ...": the amount's per-share figure set aside,
#: before the period both are of ("rest" starts at the white space before "for").
_PER_SHARE_ASIDE = lazy_compile(
    r"^\s*,\s*or\s+\$\s?\d[\d,]*(?:\.\d+)?\s+per\s+(?:basic\s+|diluted\s+)?(?:common\s+)?share"
    r"(?:\s+on\s+an?\s+(?:basic|diluted)\s+basis|\s+on\s+an\s+average\s+(?:base|basis)\s+of\s+"
    r"[\d.,]+\s+(?:million\s+)?[a-z\s]{0,40}?shares)?\s*,?(?P<rest>\s+(?:for|in|during)\s.*)$",
    re.IGNORECASE | re.DOTALL,
)
#: "the quarter" named bare ("Revenue for the quarter was $7.5 million", "$7.5 million in
#: the current quarter"): the quarter the release reports.
_BARE_QUARTER = lazy_compile(
    r"(?:(?:for|in|during)\s+)?(?:the\s+|this\s+)?(?:current\s+|reported\s+)?(?:fiscal\s+)?"
    r"quarter",
    re.IGNORECASE,
)


def _the_quarter(text: str, view: View, known: _Periods | None, q: Quantity) -> str | None:
    """The release's own quarter for a bare "the quarter", when the release names one
    quarter it reports and neither the paragraph before nor the sentence before the figure
    speaks of another period ("For fiscal 2024, revenue for the quarter was"); else ``None``."""
    if known is None or known.reported is None or not _BARE_QUARTER.fullmatch(text.strip()):
        return None
    for p in view.periods:
        if p.start < q.start and (p.period is None or known.canonical(p.period) != known.reported):
            return None
    paragraph = known.paragraph_period(view)
    if paragraph is not None and paragraph != known.reported:
        return None
    return known.reported


#: A comparison right after a figure: what follows is about the other period's figure.
_COMPARISON = lazy_compile(
    r"(?<!\s)\s*(?:,\s*)?(?:compared\s+(?:to|with)|as\s+compared|versus|vs\.?|up\s+from"
    r"|down\s+from)\b",
    re.IGNORECASE,
)


def _release_period(view: View, known: _Periods, q: Quantity) -> list[str]:
    """The release's quarter, for a figure whose sentence names no period, no date and
    nothing that points at another period ("The Company posted record revenue of $26.74
    billion"); the words after a comparison that follows the figure ("gross margin was
    38.5 percent compared to 40.9 percent in the year-ago quarter") are the other figure's."""
    if known.reported is None:
        return []
    end = len(view.text)
    after = q.end - view.start
    comparison = _COMPARISON.match(view.text, after)
    if comparison is not None:
        end = comparison.start()
    text = view.text[:end]
    if any(p.start - view.start < end for p in (*view.periods, *view.dates)):
        return []
    paragraph = known.paragraph_period(view)
    if paragraph is not None and paragraph != known.reported:
        return []  # the paragraph speaks of another period ("For fiscal 2022, ...")
    if _OTHER_PERIOD.search(text.replace("year over year", "").replace("year-over-year", "")):
        return []
    return [known.reported]


_COMPARED = lazy_compile(r"\bcompar(?:e|es|ed|ing)\s+(?:to|with)\b", re.IGNORECASE)
_YEAR_AGO_PHRASE = lazy_compile(
    r"\b(?:in|for)\s+the\s+(?:year[- ]ago|prior[- ]year|same)\s+(?:quarter|period)"
    r"(?:\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous)\s+year)?",
    re.IGNORECASE,
)
#: The key of the period a year before the release's quarter (the table's year-ago column).
YEAR_AGO = "year-ago "


def _year_ago_period(view: View, known: _Periods, q: Quantity) -> list[str]:
    """The quarter a year before the release's, for a figure of a sentence that compares
    ("These results compare to revenue of $15.68 billion and net quarterly profit of $3.38
    billion, or $3.67 per diluted share, in the year-ago quarter") and names no other
    period."""
    if known.reported is None or view.periods or view.dates:
        return []
    at = q.start - view.start
    before, after = view.text[:at], view.text[q.end - view.start :]
    compared = _COMPARED.search(before)
    year_ago = _YEAR_AGO_PHRASE.search(after)
    if compared is None or year_ago is None:
        return []
    rest = before[: compared.start()] + before[compared.end() :]
    rest += after[: year_ago.start()] + after[year_ago.end() :]
    if _OTHER_PERIOD.search(rest.replace("year over year", "").replace("year-over-year", "")):
        return []
    return [YEAR_AGO + known.reported]


def _one_period(
    view: View, q: Quantity, periods: list[str], known: _Periods | None, carry: str | None
) -> str | None:
    """The one period a stated figure is of: the ones its words name, else the one carried
    from the sentence before, the release's own quarter or the year-ago one; ``None`` when
    that is not exactly one."""
    if not periods and known is not None:
        periods = (
            [carry]
            if carry
            else _release_period(view, known, q) or _year_ago_period(view, known, q)
        )
    if known is not None:
        periods = [known.canonical(p) for p in periods]
    return periods[0] if len(set(periods)) == 1 else None


def _eps_reading(
    view: View, q: Quantity, known: _Periods | None, carry: str | None = None
) -> Statement | None:
    """Diluted earnings per share stated in a sentence, of a period as for any measure; a
    figure "on a non-GAAP basis" has that subject."""
    named = _diluted_eps(view, q)
    if named is None:
        return None
    if named is True and not _of_earnings(view.before(q, 160)):
        return None
    after = view.after(q, 60)
    periods: list[str] = []
    if isinstance(named, re.Match):
        mid = named.group("mid").strip()
        if mid:
            key = _key(mid)
            if key is None:
                return None
            periods.append(key)
    else:
        after = after[_DILUTED_AFTER.match(after).end() :]  # type: ignore[union-attr]
    basis = _BASIS.match(after)
    subject = basis.group("basis").lower() if basis is not None else ""
    subject = "" if subject == "gaap" else subject
    if basis is not None:
        after = after[basis.end() :]
    if not _AFTER_OK.match(after):
        return None
    tail = _PERIOD_AFTER.match(after)
    if tail is not None:
        key = _key(tail.group("p"))
        if key is None:
            return None
        periods.append(key)
    period = _one_period(view, q, periods, known, carry)
    if period is None:
        return None
    return Statement(DILUTED_EPS, period, subject, q, view)


def release_periods(facts: Facts, every: list[View]) -> _Periods:
    """``_release_periods`` of the release's sentences, computed once per release."""
    return facts.memo("num-release-periods", lambda: _release_periods(every))


def release_statements(facts: Facts, views: list[View], every: list[View]) -> list[Statement]:
    """``statements`` of the release's claim sentences, computed once per release."""
    return facts.memo(
        "num-statements", lambda: statements(views, every, release_periods(facts, every))
    )


def statements(
    views: list[View], every: list[View] | None = None, known: _Periods | None = None
) -> list[Statement]:
    """The measure levels the sentences state, each with its concept, period and subject;
    the quarters the release names with the day they ended are read from ``every``
    sentence of the release (its dateline has no figure), else from ``views``."""
    if known is None:
        known = _release_periods(every if every is not None else views)
    found: list[Statement] = []
    for view in views:
        previous: Statement | None = None
        for q in view.of(Kind.MONEY):
            reading = _reading(view, q, known, _carried(view, previous, q))
            if reading is not None:
                found.append(reading)
                previous = reading
    return found


def _carried(view: View, previous: Statement | None, q: Quantity) -> str | None:
    """The period of the sentence's previous statement, for a figure stated next with no
    period between ("GAAP operating income in the first quarter was $1.59 billion and
    non-GAAP operating income was $2.13 billion")."""
    if previous is None or previous.period.startswith(YEAR_AGO):
        return None
    between = view.text[previous.quantity.end - view.start : q.start - view.start]
    if not re.match(r"^\s*(?:,\s*)?(?:and|while|whereas)\s", between):
        return None
    if any(previous.quantity.end <= p.start < q.start for p in (*view.periods, *view.dates)):
        return None
    if _OTHER_PERIOD.search(between) or _COMPARISON.match(between):
        return None
    return previous.period


_WEEKS = lazy_compile(
    r"\b(?P<n>thirteen|twenty[- ]six|thirty[- ]nine|fifty[- ]two|fifty[- ]three|13|26|39|52|53)"
    r"[- ]weeks?\s+ended\b",
    re.IGNORECASE,
)
_WEEK_MONTHS = {"thirteen": "three", "twentysix": "six", "thirtynine": "nine", "fiftytwo": "twelve",
                "fiftythree": "twelve", "13": "three", "26": "six", "39": "nine", "52": "twelve",
                "53": "twelve"}  # fmt: skip
_QUARTER_END = {"march 31": 1, "june 30": 2, "september 30": 3, "december 31": 4}


#: The captions of the whole company's statements, the only tables text is linked to.
_STATEMENT_CAPTION = lazy_compile(
    r"statements?\s+of\s+(?:consolidated\s+)?(?:results\s+of\s+)?(?:operations|income|earnings"
    r"|comprehensive\s+(?:income|loss)|loss|cash\s+flows?)|income\s+statements?|financial\s+highlights"
    r"|selected\s+financial\s+data"
    # a caption line that is only "CONSOLIDATED INCOME" (an EDGAR text statement's title)
    r"|^[ \t]*(?:condensed\s+)?consolidated\s+(?:income|earnings|operations)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_SEGMENT = lazy_compile(r"\bsegments?\b|\bby\s+region\b|\bgeographic", re.IGNORECASE)


#: A header whose span names its end days over a row of years: "For the 13 Weeks Ended July
#: 3, 2004 and June 28, 2003" above "2003", "Three Months Ended June 30," above "2025".
_ENDED_WORD = lazy_compile(r"\bended\b", re.IGNORECASE)
_YEAR = lazy_compile(r"(?:19|20)\d\d")
_END_DAY = lazy_compile(
    r"(?P<day>(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{1,2})(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE,
)


def _year_column(header: str) -> str | None:
    """The period of a column whose header ends with its year under a span naming end
    days: the span with the day of that year ("13 Weeks Ended June 28, 2003" for the 2003
    column; the one day without a year takes the column's). ``None`` when no day is of the
    column's year (the header cannot say which period the column is); the header as it
    is when it has no such shape."""
    # read by hand, not by one pattern: "(.*?ended)(.*?) (year)" backtracks quadratically
    text = header.rstrip()
    year = text[-4:]
    if len(text) < 6 or not _YEAR.fullmatch(year) or not text[-5].isspace():
        return header
    ended = _ENDED_WORD.search(text)
    if ended is None:
        return header
    days = list(_END_DAY.finditer(text, ended.end(), len(text) - 5))
    if not days:
        return header
    own = [d for d in days if d.group("year") == year]
    if not own and len(days) == 1 and days[0].group("year") is None:
        own = days
    if len(own) != 1:
        return None
    return f"{text[: ended.end()]} {' '.join(own[0].group('day').split())}, {year}"


def column_periods(header: str) -> set[str]:
    """The period keys a column header names: its own key ("3m september 30, 2025"; a
    13-week period counts as three months), and for a calendar quarter or year also the
    quarter or fiscal-year key the text uses ("q3 2025", "fy 2025"). A fiscal quarter
    that ends elsewhere gets no calendar key, so it is never matched to a wrong quarter. A
    header whose span names two end days over a year row takes the day of its year."""
    text = _WEEKS.sub(
        lambda m: _WEEK_MONTHS[re.sub(r"[- ]", "", m.group("n").lower())] + " months ended",
        header,
    )
    column = _year_column(text)
    if column is None:
        return set()
    key = period_key(column)
    if key is None:
        return set()
    keys = {key}
    found = re.fullmatch(r"(?P<m>3|12)m (?P<day>[a-z]+ \d{1,2}),? (?P<year>\d{4})", key)
    if found is not None and found.group("day") in _QUARTER_END:
        quarter = _QUARTER_END[found.group("day")]
        if found.group("m") == "3":
            keys.add(f"q{quarter} {found.group('year')}")
        elif quarter == 4:
            keys.add(f"fy {found.group('year')}")
    return keys


#: A table reconciling GAAP to non-GAAP measures (its non-GAAP rows are linked to the text's
#: non-GAAP figures), not one of targets for a coming period.
_RECONCILIATION = lazy_compile(r"reconcil", re.IGNORECASE)
_FORWARD = lazy_compile(r"target|outlook|guidance|forecast|expect|project", re.IGNORECASE)


def _table_cells(tables: list[Table]) -> Iterator[tuple[Table, Row, int, str, str, str]]:
    """(table, row, column, concept, subject, period) for each measure row x period column:
    the bare measures of the company's statements, and the non-GAAP measures of a
    reconciliation (subject "non-gaap" or "adjusted")."""
    for table in tables:
        caption = f"{table.title} {table.caption}"
        if _SEGMENT.search(caption):
            continue  # a segment's or a region's table has its own "Total revenues"
        statement = bool(_STATEMENT_CAPTION.search(caption))
        reconciliation = bool(_RECONCILIATION.search(caption)) and not _FORWARD.search(caption)
        if not statement and not reconciliation:
            continue
        named = [column_periods(header) for header in table.columns]
        if any(a & b for i, a in enumerate(named) for b in named[i + 1 :]):
            continue  # two columns of one period (GAAP and adjusted side by side)
        for column, keys in enumerate(list(named)):
            prior = _year_ago_column(table, column)
            if prior is not None:
                named[prior] = named[prior] | {YEAR_AGO + key for key in keys}
        diluted = [row for row, kinds in eps_rows(table) if "diluted" in kinds]
        for row in table.rows:
            label = _LABEL.match(row.label)
            subject = ""
            if label is not None:
                concept = _concept_of(label.group("concept"))
                subject = (label.group("basis") or "").lower()
                subject = "" if subject == "gaap" else subject
                if not statement and not subject:
                    continue  # a reconciliation's GAAP rows: the statement's are linked
            elif statement and len(diluted) == 1 and row is diluted[0]:
                concept = DILUTED_EPS  # one diluted per-share row: the statement's EPS
            else:
                continue
            for column, keys in enumerate(named):
                if column < len(row.cells) and row.cells[column] is not None:
                    for key in keys:
                        yield table, row, column, concept, subject, key


#: The subjects a text statement may have and still be linked to a table row: the whole
#: company's measure, or its non-GAAP version (a reconciliation's row of that name).
_LINKED_SUBJECTS = frozenset({"", "non-gaap", "adjusted"})


def table_links(
    facts: Facts, found: list[Statement]
) -> Iterator[tuple[Statement, Table, Row, int]]:
    """Each text statement of a bare measure (no subject) with the table cells of the same
    concept and period: the row whose label is the measure, the column of the period."""
    cells: dict[tuple[str, str, str], list[tuple[Table, Row, int]]] = {}
    for table, row, column, concept, subject, key in _table_cells(tables_of(facts)):
        cells.setdefault((concept, subject, key), []).append((table, row, column))
    for s in found:
        if s.subject not in _LINKED_SUBJECTS:
            continue
        linked = {id(c[1]): c for c in cells.get((s.concept, s.subject, s.period), [])}
        for table, row, column in linked.values():
            yield s, table, row, column


def cell_interval(s: Statement, table: Table, cell: Cell) -> tuple[Decimal, Decimal]:
    """The values a table cell linked to a statement may stand for, within its rounding,
    in the statement's units (a per-share figure is in dollars whatever the table's scale)."""
    value, ulp = cell.value, cell.ulp
    if s.concept == DILUTED_EPS:
        value, ulp = value / table.scale, ulp / table.scale
    return value - ulp / 2, value + ulp / 2


#: A year-over-year change stated right after a measure's figure: ", up 2 percent year over
#: year", ", which represents 9 percent year-over-year growth", ", a decrease of 4% from
#: the year-ago quarter". The words before the percent and after it give the direction.
_CHANGE_LEAD = lazy_compile(
    r"^(?:\s+(?:in|for|during)\s+[^,;$%\d]{3,40}?(?:\s+\d{4})?)?\s*(?:,\s*)?(?:(?P<dir>up|down|an?\s+(?:increase|decrease|decline)\s+of)"
    r"|(?:which\s+)?(?:represents|representing|reflects|reflecting)(?:\s+an?)?)\s+$",
    re.IGNORECASE,
)
_CHANGE_TAIL = lazy_compile(
    r"^\s*(?:(?P<word>increase|decrease|decline|growth)\s+)?(?:year[- ]over[- ]year"
    r"|(?:from|over|compared\s+(?:to|with)|versus|vs\.?)\s+(?:the\s+)?"
    r"(?:year[- ]ago|prior[- ]year|same)\s+(?:quarter|period))"
    r"(?:\s+(?P<word2>increase|decrease|decline|growth))?\b",
    re.IGNORECASE,
)
#: What makes a change another measure's: "in constant currency", "excluding ...".
_NOT_REPORTED = lazy_compile(
    r"^\s*(?:,\s*)?(?:(?:in|on)\s+(?:an?\s+)?constant[- ]currency|excluding|ex-|organic"
    r"|on\s+an?\s+(?:organic|pro\s+forma|adjusted|non-GAAP|like-for-like|comparable))",
    re.IGNORECASE,
)
_UP = {"up", "increase", "growth"}
_YEAR_AGO = (dt.timedelta(days=350), dt.timedelta(days=380))


@dataclass(frozen=True, slots=True)
class YearChange:
    """A text figure linked to its table cell, the change over the year it states, and
    the table's figure for the year-ago period (same row, a column of as many months
    ending a year earlier), in the statement's units."""

    statement: Statement
    change: Quantity
    direction: int
    old: Quantity
    table: Table
    row: Row
    column: int


def _period_end(key: str) -> tuple[str, dt.date] | None:
    found = re.fullmatch(r"(?P<m>\d{1,2}m) (?P<day>[a-z]+ \d{1,2}),? (?P<year>\d{4})", key)
    if found is None:
        return None
    try:
        day = dt.datetime.strptime(f"{found.group('day')} {found.group('year')}", "%B %d %Y")
    except ValueError:
        return None
    return found.group("m"), day.date()


def _year_ago_column(table: Table, column: int) -> int | None:
    """The one column of the same length of period ending a year before ``column``'s."""
    ends = [
        [e for e in map(_period_end, column_periods(header)) if e is not None]
        for header in table.columns
    ]
    found = []
    for mine in ends[column] if column < len(ends) else []:
        for other, theirs in enumerate(ends):
            if any(
                m == mine[0] and _YEAR_AGO[0] <= mine[1] - day <= _YEAR_AGO[1] for m, day in theirs
            ):
                found.append(other)
    return found[0] if len(set(found)) == 1 else None


def _stated_change(s: Statement) -> tuple[Quantity, int] | None:
    """The percent a statement's sentence gives as its change over the year, and its
    direction (+1, -1)."""
    view, q = s.view, s.quantity
    if view is None:
        return None
    later = [p for p in view.quantities if p.start >= q.end]
    if not later or later[0].kind is not Kind.PERCENT or later[0].in_range:
        return None
    percent = later[0]
    lead = _CHANGE_LEAD.match(view.text[q.end - view.start : percent.start - view.start])
    after = view.after(percent, 80)
    tail = _CHANGE_TAIL.match(after)
    if lead is None or tail is None or _NOT_REPORTED.match(after[tail.end() :]):
        return None
    words = [
        w.split()[-2 if w.split()[-1] == "of" else -1].lower()
        for w in (lead.group("dir"), tail.group("word"), tail.group("word2"))
        if w
    ]
    if not words:
        return None
    directions = {1 if w in _UP else -1 for w in words}
    if len(directions) != 1:
        return None
    return percent, directions.pop()


def year_changes(facts: Facts, found: list[Statement]) -> Iterator[YearChange]:
    """Each text figure that agrees with its table cell and states its change over the
    year, with the table's year-ago figure: the change the two give is checkable."""
    seen: set[int] = set()
    for s, table, row, column in table_links(facts, found):
        cell = row.cells[column]
        if cell is None or s.quantity.start in seen:
            continue
        low, high = cell_interval(s, table, cell)
        stated = face_interval(s.quantity)
        if not (stated.low <= high and low <= stated.high):
            continue  # NUM019's: the figure itself disagrees
        change = _stated_change(s)
        prior = _year_ago_column(table, column)
        if change is None or prior is None:
            continue
        old = row.cells[prior]
        if old is None or old.percent or old.value <= 0:
            continue
        seen.add(s.quantity.start)
        yield YearChange(s, change[0], change[1], _as_quantity(s, table, old), table, row, prior)


def _as_quantity(s: Statement, table: Table, cell: Cell) -> Quantity:
    """A table cell as a figure in the statement's units, exact to its last digit."""
    figure = _cell_figure(table, cell)
    if s.concept != DILUTED_EPS:
        return figure
    from disclint.api import Interval

    value, ulp = cell.value / table.scale, cell.ulp / table.scale
    return replace(figure, value=value, interval=Interval.around(value, ulp / 2), ulp=ulp)


#: A margin stated in a sentence: "gross margin was 38.5 percent", "operating margin for
#: the quarter of 21%"; the words before the kind may only be neutral ones.
_MARGIN_NAME = lazy_compile(
    r"(?P<pre>(?:(?:the|its|our|gaap|total|consolidated|quarterly|reported|company['’]s)\s+)*)"
    r"(?P<kind>gross|operating|net)\s+(?:profit\s+)?margins?"
    r"(?P<mid>(?:\s+(?:for|in|during)\s+(?:the\s+)?[^,;:$%\d]{3,40}?(?:\s+\d{4})?)?)"
    r"\s*(?:,\s*)?(?:was|were|of|came\s+in\s+at|reached|:)\s+(?:approximately\s+|about\s+)?$",
    re.IGNORECASE,
)
_YEAR_AGO_AFTER = lazy_compile(
    r"^\s+(?:in|for)\s+the\s+(?:year[- ]ago|prior[- ]year|same)\s+(?:quarter|period)\b"
    r"(?!\s+of\s+(?!the\s+(?:prior|previous|last)\s+year))",
    re.IGNORECASE,
)
_MARGIN_ROWS = {
    "gross": lazy_compile(r"^\s*gross\s+(?:profit|margin)" + _LABEL_END, re.I),
    "operating": lazy_compile(
        r"^\s*(?:operating\s+income|income\s+from\s+operations)" + _LABEL_END, re.I
    ),
    "net": lazy_compile(r"^\s*net\s+income" + _LABEL_END, re.I),
}


@dataclass(frozen=True, slots=True)
class TableMarginLink:
    """A margin stated in text and the statement table's profit line and revenue of the
    same period, in base units: stated = amount / revenue x 100."""

    kind: str
    stated: Quantity
    amount: Quantity
    revenue: Quantity


def _margin_statements(
    views: list[View], known: _Periods
) -> Iterator[tuple[str, str, Quantity, Quantity | None]]:
    """(kind, period, stated percent, the year-ago percent it is compared with or None)."""
    for view in views:
        percents = view.of(Kind.PERCENT)
        for i, q in enumerate(percents):
            if q.in_range or q.qualifier is not None:
                continue
            before = view.before(q, 120)
            named = _MARGIN_NAME.search(before)
            if named is None or before[: named.start()].rstrip()[-1:].isalnum():
                continue  # "Services gross margin": a part's margin, not the company's
            periods: list[str] = []
            mid = named.group("mid").strip()
            if mid:
                key = _key(mid)
                if key is None:
                    continue  # "gross margin in the Americas of"
                periods.append(key)
            after = view.after(q, 80)
            tail = _PERIOD_AFTER.match(after)
            if tail is not None:
                key = _key(tail.group("p"))
                if key is None:
                    continue
                periods.append(key)
            if not periods:
                periods.extend(_release_period(view, known, q) or _year_ago_period(view, known, q))
            periods = [known.canonical(p) for p in periods]
            if len(set(periods)) != 1:
                continue
            prior = None
            comparison = _COMPARISON.match(view.text, q.end - view.start)
            nxt = percents[i + 1] if i + 1 < len(percents) else None
            if (
                comparison is not None
                and nxt is not None
                and not nxt.in_range
                and nxt.start - view.start <= comparison.end() + 1
                and _YEAR_AGO_AFTER.match(view.after(nxt, 80))
            ):
                prior = nxt
            yield named.group("kind").lower(), periods[0], q, prior


def margin_links(facts: Facts, views: list[View], every: list[View]) -> Iterator[TableMarginLink]:
    """Each margin the text states for a period whose profit line and revenue the
    statement table gives in that period's column (and the year-ago margin it is compared
    with, against the year-ago column)."""
    known = release_periods(facts, every)
    stated = list(_margin_statements(views, known))
    if not stated:
        return
    for table in tables_of(facts):
        caption = f"{table.title} {table.caption}"
        if not _STATEMENT_CAPTION.search(caption) or _SEGMENT.search(caption):
            continue
        revenue = next(
            (
                r
                for r in table.rows
                if (m := _LABEL.match(r.label)) is not None
                and _concept_of(m.group("concept")) in ("revenue", "net revenue")
            ),
            None,
        )
        if revenue is None:
            continue
        named = [column_periods(header) for header in table.columns]
        for kind, period, percent, prior in stated:
            amount = next((r for r in table.rows if _MARGIN_ROWS[kind].match(r.label)), None)
            columns = [c for c, keys in enumerate(named) if period in keys]
            if amount is None or len(columns) != 1:
                continue
            pairs = [(columns[0], percent)]
            if prior is not None:
                year_ago = _year_ago_column(table, columns[0])
                if year_ago is not None:
                    pairs.append((year_ago, prior))
            for column, q in pairs:
                a, r = amount.cells[column], revenue.cells[column]
                if a is None or r is None or a.percent or r.percent or r.value <= 0 or a.value < 0:
                    continue
                yield TableMarginLink(kind, q, _cell_figure(table, a), _cell_figure(table, r))


def _cell_figure(table: Table, cell: Cell) -> Quantity:
    from disclint.api import Interval

    return Quantity(
        kind=Kind.MONEY,
        value=cell.value,
        interval=Interval.around(cell.value, cell.ulp / 2),
        start=cell.start,
        end=cell.end,
        text=cell.text,
        ulp=cell.ulp,
    )


def _conflicts(
    facts: Facts, views: list[View], every: list[View]
) -> Iterator[tuple[Statement, str, str]]:
    """(statement, what it disagrees with, the working) for each disagreement."""
    found = release_statements(facts, views, every)
    seen: dict[tuple[str, str, str], Statement] = {}
    for s in found:
        key = (s.concept, s.period, s.subject)
        first = seen.setdefault(key, s)
        if first is s or face_interval(first.quantity).overlaps(face_interval(s.quantity)):
            continue
        yield (
            s,
            f"{first.quantity.text.strip()} earlier in the release",
            f"{s.concept}, {s.period}: {plain(first.quantity)} and {plain(s.quantity)}",
        )
    for s, table, row, column in table_links(facts, found):
        cell = row.cells[column]
        if cell is None:
            continue
        low, high = cell_interval(s, table, cell)
        stated = face_interval(s.quantity)
        if stated.low <= high and low <= stated.high:
            continue
        yield (
            s,
            f'the table\'s "{row.label.strip()}" row ({table.columns[column].strip()}): '
            f"{cell.text.strip()}",
            f"{s.concept}, {s.period}: text {plain(s.quantity)}; table {cell.text.strip()}"
            + ("" if s.concept == DILUTED_EPS else f" x {table.scale:,} = {cell.value:,}"),
        )


@rule(
    code="NUM019",
    name="measure-stated-twice",
    family="arithmetic",
    severity="warning",
    summary="One measure of one period stated twice (text or table) with different values",
    citation=CITATION_10B5 + "; Regulation S-K Item 303 (MD&A results of operations)",
    examples=(
        (
            "First quarter 2025 revenue was $42.0 million, up 20%. Revenue for the first "
            "quarter of 2025 was $45.0 million, driven by subscriptions.",
            "First quarter 2025 revenue was $42.0 million, up 20%. Revenue for the first "
            "quarter of 2025 was $42.0 million, driven by subscriptions.",
        ),
        (
            "Net loss for the six-month period ended June 30, 2025 was $8,214,377. For the "
            "six-month period ended June 30, 2025, the Company's net loss was $8,741,377.",
            "Net loss for the six-month period ended June 30, 2025 was $8,214,377. For the "
            "six-month period ended June 30, 2025, the Company's net loss was $8,214,377.",
        ),
        (
            "Net income was $14.1 million, or $0.57 per diluted share, for the second quarter "
            "of 2025. Net income for the second quarter of 2025 was $14.6 million.",
            "Net income was $14.1 million, or $0.57 per diluted share, for the second quarter "
            "of 2025. Net income for the second quarter of 2025 was $14.1 million.",
        ),
    ),
)
def measure_stated_twice(ctx: RuleContext) -> Iterator[Finding]:
    """The same measure of the same period and subject ("first quarter 2025 revenue") has
    one value: when the release states it twice, in text or in text and its table, with
    values no rounding reconciles, one of them is wrong. Figures of different subjects (a
    segment and the total, a tranche and the offering, adjusted and GAAP) or periods are
    never compared; a table is read in its own scale ("in thousands"). A figure of a
    measure read by ``restated`` (a highlights bullet, a quote) is also read against a
    breakdown table that states its measure and period ("Revenue by type": "Total revenue",
    "Subscription")."""
    rel = analysis(ctx).relations
    if not rel.figured:
        # each statement of a measure is a quantity of the release or a table's cell
        # (``Relations.figured``): a release with neither states no measure
        return
    from disclint.rules.arithmetic.restated import restated_table_findings

    views = list(rel.claim_views())
    for s, other, working in _conflicts(ctx.facts, views, rel.views):
        q = s.quantity
        yield ctx.finding(
            q.start,
            q.end,
            f"{s.concept} for {s.period} is {q.text.strip()} here but {other}",
            evidence=(working,),
        )
    yield from restated_table_findings(ctx)
    from disclint.rules.arithmetic.label_links import label_link_findings

    yield from label_link_findings(ctx)
