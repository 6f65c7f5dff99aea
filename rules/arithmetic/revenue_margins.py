"""NUM015 for a profit stated as a percentage of the release's revenue, the revenue stated
elsewhere in the release.

"Net income reached $58.9 million ... and was 27.3% of revenue", "Adjusted EBITDA of
$41.8 million, a margin of 19.5%", with "Revenue rose 25.6% to $215.6 million" a paragraph
earlier. The margin reader (``ratios``) and the joins need the revenue in the sentence or
the one before; the percentage's own words say what it divides by, so the revenue may be
anywhere the release states it:

* the percentage is "of revenue" ("of total revenue", "of net sales", "of sales"), or a
  margin ("a margin of 19.5%", "a 19.5% margin") right after its profit;
* the profit is the one amount of the percentage's clause, before it, named by a profit
  measure (net income, operating income, gross profit, EBITDA, earnings, profit) and not a
  comparison's base, of an earlier period, of a named company ("Kelvane's adjusted
  EBITDA") or on another basis ("Excluding the impact of acquisitions, ...");
* the revenue is the release's one revenue level: every current figure a revenue phrase
  links ("revenue was", "revenue of", "revenue rose 25.6% to", "Total revenues rose 7.5%
  to") in the text, with nothing of another length of period or year-ago between; two
  different revenue figures (a quarter and its year, two segments) leave it unread, and so
  does a sentence naming another period than the release's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.claims import face_interval
from disclint.rules.arithmetic.periods import PERIOD_LENGTHS, YEAR_EARLIER_WORDS, period_length

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View
    from disclint.rules.arithmetic.ratios import Ratio

__all__ = ["revenue_margins"]

_OF_REVENUE = lazy_compile(
    r"^\s*(?:of\s+(?:the\s+(?:company's\s+)?|its\s+)?(?:total\s+|net\s+)?(?:revenues?|sales)"
    r"|of\s+net\s+sales)\b",
    re.I,
)
_MARGIN_BEFORE = lazy_compile(r"\b(?:an?\s+)?margin\s+(?:of\s+)?$", re.I)
_MARGIN_AFTER = lazy_compile(r"^\s*margin\b", re.I)
_PROFIT = lazy_compile(
    r"\b(?:net\s+income|net\s+earnings|net\s+profit|operating\s+income|income\s+from\s+"
    r"operations|gross\s+profit|(?:adjusted\s+)?ebitda|ebit|profit|earnings)\b",
    re.I,
)
#: A named company's possessive: its profit is not the release's revenue's.
_ANOTHERS = lazy_compile(r"\b[A-Z][\w&.-]*['’]s\b")
_ADJUSTED_BASIS = lazy_compile(
    r"\bexclud\w*|\bpro\s+forma\b|\borganic\w*|\bconstant[- ]currency\b", re.I
)
_BASE_BEFORE = lazy_compile(
    r"\b(?:from|compared\s+(?:to|with)|versus|vs\.?|against|than)\s+(?:the\s+|its\s+)?$", re.I
)
_EARLIER = lazy_compile(YEAR_EARLIER_WORDS + r"|\bsegment|\bdivision", re.I)
_REVENUE_LINK = lazy_compile(
    r"\b(?:total\s+|net\s+)?(?:revenues?|net\s+sales)(?:\s*,)?\s+"
    r"(?:for\s+the\s+(?:quarter|year|period)\s+)?"
    r"(?:was|were|of|at|totall?ed|reached|came\s+to|amounted\s+to"
    r"|(?:rose|grew|increased|climbed|fell|declined|decreased)\s+(?:by\s+)?"
    r"\d[\d.,]*\s?(?:%|percent)\s+to)\s+(?:approximately\s+|about\s+)?$",
    re.I,
)
#: The word before "revenue" when it narrows nothing ("the", "quarterly"); any other word
#: ("product revenue", "Americas revenue") names a part of it.
_LAST_WORD = lazy_compile(r"([\w'’-]+)\s*$")
_NEUTRAL_WORD = lazy_compile(
    r"the|its|our|their|quarterly|record|consolidated|company['’]s|and|while|as|in|quarter"
    r"|year|annual|fiscal|full-year|(?:first|second|third|fourth)-quarter|(?:19|20)\d\d",
    re.I,
)
_REVENUE_WORD = lazy_compile(r"\b(?:revenues?|sales)\b[^$€£¥\d;.]{0,30}$", re.I)
#: "$58.9 million, or 27.3% of revenue", "on revenue of": the amount is not revenue's level
_OF_WORDS = lazy_compile(r"\bof\s+(?:total\s+|net\s+)?(?:revenues?|sales)\b|\bon\s+", re.I)
_CLAUSE_START = lazy_compile(r"[;:]|\.\s|,\s+(?:and|while|but)\s")


def revenue_margins(rel: Relations) -> list[Ratio]:
    """Margins of a profit over the release's one revenue level, once per release."""
    return rel.facts.memo("num-revenue-margins", lambda: list(_read(rel)))


def _other_length(view: View, q: Quantity, head_length: str | None) -> bool:
    """Does the figure's phrase (its clause up to it, and the words after it up to a comma)
    name a length of period other than the headline's? ("last year's $201.9 million" later
    in the sentence is a comparison, not the figure's period.)"""
    text = _CLAUSE_START.split(view.before(q, 160))[-1] + view.after(q, 60).split(",")[0]
    named = {n for n, p in PERIOD_LENGTHS.items() if p.search(text)}
    return bool(named - {head_length}) if head_length is not None else len(named) > 1


def _revenue(views: list[View], head_length: str | None) -> Quantity | None:
    """The release's one current revenue level (of the headline's length of period), or
    None."""
    found: list[Quantity] = []
    for view in views:
        for q in view.of(Kind.MONEY):
            before = view.before(q, 160)
            clause = _CLAUSE_START.split(before)[-1]
            link = _REVENUE_LINK.search(clause)
            if link is None or q.in_range or q.qualifier not in (None, Qualifier.ABOUT):
                continue
            word = _LAST_WORD.search(clause[: link.start()])
            narrowed = word is not None and not _NEUTRAL_WORD.fullmatch(word.group(1))
            own = view.after(q, 60).split(",")[0]
            if _EARLIER.search(clause) or _EARLIER.search(own) or narrowed:
                continue  # a year-ago or a segment's revenue, or a narrowed one
            if _other_length(view, q, head_length):
                continue  # "For the nine months, revenue totaled ..." in a quarter's release
            found.append(q)
    if not found:
        return None
    # another amount revenue's words stand right before ("and revenue for the year $800.0
    # million") may be another revenue level: the choice is open (a sentence of another
    # length of period is another period's, not a rival)
    for view in views:
        for q in view.of(Kind.MONEY):
            near = view.before(q, 40)
            if (
                not _other_length(view, q, head_length)
                and q not in found
                and _REVENUE_WORD.search(near)
                and not _BASE_BEFORE.search(near)
                and not _OF_WORDS.search(near)
            ):
                return None
    first = face_interval(found[0])
    if all(face_interval(q).overlaps(first) for q in found):
        return found[0]
    return None


def _profit(view: View, percent: Quantity) -> Quantity | None:
    """The clause's one profit amount before the percentage."""
    before = view.text[: percent.start - view.start]
    start = max((m.end() for m in _CLAUSE_START.finditer(before)), default=0)
    amounts = [q for q in view.of(Kind.MONEY) if view.start + start <= q.start < percent.start]
    if len(amounts) != 1:
        return None
    profit = amounts[0]
    if profit.in_range or profit.qualifier not in (None, Qualifier.ABOUT):
        return None
    lead = view.text[start : profit.start - view.start]
    if not _PROFIT.search(lead[-80:]) or _BASE_BEFORE.search(lead[-40:]):
        return None
    if _ANOTHERS.search(lead) or _ADJUSTED_BASIS.search(view.text):
        return None  # another company's profit ("Kelvane's adjusted EBITDA"), or on a basis
        # the revenue is not stated on ("Excluding the impact of acquisitions, ...")
    return profit


def _read(rel: Relations) -> Iterator[Ratio]:
    from disclint.rules.arithmetic import ratios

    views = list(rel.claim_views())
    candidates: list[tuple[Quantity, Quantity]] = []
    for view in views:
        if _EARLIER.search(view.text):
            continue
        for p in view.of(Kind.PERCENT):
            if p.in_range:
                continue
            after = view.after(p, 40)
            before = view.before(p, 30)
            if not (
                _OF_REVENUE.match(after)
                or _MARGIN_BEFORE.search(before)
                or _MARGIN_AFTER.match(after)
            ):
                continue
            profit = _profit(view, p)
            if profit is not None:
                candidates.append((p, profit))
    if not candidates:
        return
    head = " ".join(v.text for v in rel.views if v.section in ("headline", "subheadline"))
    revenue = _revenue(views, period_length(head))
    if revenue is None:
        return
    for p, profit in candidates:
        if profit.start == revenue.start or profit.value >= revenue.value:
            continue
        yield ratios.Ratio(
            "NUM015", "margin", ratios._magnitude(profit), revenue, ratios._magnitude(p)
        )
