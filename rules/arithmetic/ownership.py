"""Ownership stated with the outstanding count first: "Of the 75,000,000 common units
outstanding at September 30, the sponsor held 41,250,000, or 55.0%."; "The Company has
52,500,000 shares outstanding, of which the founders own 18,375,000, or 35.0%."

The phrase readers of ``claims`` read a holding with its whole after it ("4,500,000 shares,
or 9.0% of the 50,000,000 shares outstanding") and ``joins`` the whole in the sentence
before ("... of them, or 8.0%"). Here the whole opens the sentence ("Of the W ...,") or a
clause the holding hangs from (", of which"), and the holding is a bare count after its
holder's verb (own, hold, held, control), the percent right after it. The count is the
holding of the outstanding count it follows, of the same security: the sentence states one
whole, one holding and one percent, so nothing is guessed (a second holding or a second
percent in the clause leaves it unread).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from disclint.api import Kind, Quantity, lazy_compile
from disclint.rules.arithmetic.claims import HEDGED, Portion, count_or_read

if TYPE_CHECKING:
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["holdings_any_order", "outstanding_first_portions"]

#: The whole, opening its sentence or the clause the holding hangs from: "Of the
#: Company's", "Of its", "Of the".
_OF_THE = lazy_compile(
    r"(?:^|\.\s)\W*of\s+(?:the\s+company(?:'s|’s)\s+|the\s+|its\s+|our\s+"
    rf"|[A-Z][\w&.-]*(?:'s|’s)\s+)?{HEDGED}$",
    re.I,
)
#: The whole named outstanding, before or after its count, in its own phrase.
_OUTSTANDING_NEAR = lazy_compile(r"^[^,;.$\d]{0,40}?\boutstanding\b", re.I)
_OUTSTANDING_BEFORE = lazy_compile(r"\boutstanding\s+$", re.I)
#: ", of which" after the whole: the holding hangs from it.
_OF_WHICH = lazy_compile(r"^[^,;.$\d]{0,60}?,\s*of\s+(?:which|these|them)\b", re.I)
#: The holder's verb, its count and the percent's link: "the founders together own
#: 18,375,000, which is", "held 41,250,000, or".
_HOLDING = lazy_compile(
    r"^[^;$%]{0,160}?\b(?:owns?|owned|holds?|held|controls?|controlled|will\s+own|will\s+hold)"
    r"\s+(?:approximately\s+|about\s+)?(?P<num>\d{1,3}(?:,\d{3})+)"
    r"(?:\s+(?:shares|units|of\s+them|of\s+these))?\s*,?\s*(?:or|which\s+is|which\s+represents"
    rf"|representing|equal\s+to)\s+{HEDGED}$",
    re.I,
)
_ANOTHER_COUNT = lazy_compile(r"\d{1,3}(?:,\d{3})+(?!\d)")
_DILUTED = lazy_compile(r"fully\s+diluted|as-converted|voting\s+power|beneficial", re.I)


def outstanding_first_portions(rel: Relations) -> list[Portion]:
    """Holdings whose outstanding whole opens the sentence or the clause before them."""
    found: list[Portion] = []
    for view in rel.claim_views():
        percents = view.of(Kind.PERCENT)
        if len(percents) != 1 or _DILUTED.search(view.text):
            continue
        percent = percents[0]
        wholes = [
            q
            for q in view.of(Kind.SHARES)
            if q.end <= percent.start
            and not q.in_range
            and q.instrument is None
            and (_OF_THE.search(view.before(q, 60)) or _OF_WHICH.search(view.after(q, 80)))
            and (
                _OUTSTANDING_NEAR.search(view.after(q, 60))
                or _OUTSTANDING_BEFORE.search(view.before(q, 30))
            )
        ]
        if len(wholes) != 1:
            continue
        whole = wholes[0]
        between = view.text[whole.end - view.start : percent.start - view.start]
        match = _HOLDING.search(between)
        if match is None:
            continue
        if _ANOTHER_COUNT.search(between[: match.start("num")]):
            continue  # "A held 4,000,000 and B held 6,000,000, or 25.0% together"
        offset = whole.end - view.start
        part = count_or_read(view, offset + match.start("num"), offset + match.end("num"), whole)
        if part.value >= whole.value:
            continue
        others = [q for q in view.of(Kind.SHARES) if q is not whole and q.start != part.start] + [
            q for q in view.of(Kind.MONEY) if whole.start < q.start < percent.start
        ]
        if others:
            continue  # another count or an amount in the sentence: which is the holding?
        found.append(Portion(part, percent, whole, True, False, False, False))
    return found


#: A holder's verb or noun: the sentence is about a holding.
_HOLDS = lazy_compile(
    r"\b(?:owns?|owned|owning|holds?|held|holding|controls?|controlled|stake|position)\b", re.I
)
#: Words that make the percent measure something else than the holding's share.
_NOT_A_SHARE = lazy_compile(
    r"\b(?:increas\w*|decreas\w*|rose|fell|grew|declin\w*|up|down|growth|compared|premium"
    r"|discount|together|combined|collectively|dividend|yield|interest|rate)\b",
    re.I,
)
#: The words between a percent and the count it is the share of: "or", "(", "representing",
#: "of", nothing else ("10.0%, or 4,000,000,", "10.0% (4,000,000 shares)").
_LINK = lazy_compile(
    r"^[\s,(]*(?:or|representing|which\s+is|equal\s+to|of\s+(?:the|its|our|[A-Z][\w&.-]*(?:'s|’s))"
    r"|of\s+them)?[\s,(]*(?:approximately\s+|about\s+)?$",
    re.I,
)
#: Every grouped count of a sentence, bare or not ("4,000,000", "40,000,000 shares").
_GROUPED = lazy_compile(r"(?<![\d,.$])\d{1,3}(?:,\d{3})+(?![\d,]*\.\d)(?!,\d)")


def _counts_of(view: View) -> list[tuple[int, int]]:
    """The spans of the sentence's grouped counts outside money, percents and dates."""
    taken = [
        (q.start - view.start, q.end - view.start)
        for q in view.quantities + view.dates
        if q.kind is not Kind.SHARES
    ]
    return [
        (m.start(), m.end())
        for m in _GROUPED.finditer(view.text)
        if not any(lo <= m.start() < hi for lo, hi in taken)
    ]


def _linked(text: str) -> bool:
    return len(text) <= 40 and _LINK.search(text) is not None


def holdings_any_order(rel: Relations) -> list[Portion]:
    """A holding, its share and the outstanding count in one sentence in any order ("owns
    10.0%, or 4,000,000, of its 40,000,000 outstanding shares"; "10.0% (4,000,000 shares)
    are held by"), or the holding in the sentence before the outstanding count and the
    percent ("holds 4,000,000 shares. ... has 40,000,000 shares outstanding, so its stake is
    10.0%"). Two counts and one percent, the percent next to one of them, and nothing that
    makes the percent a change, a rate or a joint holding."""
    taken = {id(p.percent) for p in outstanding_first_portions(rel)}
    found: list[Portion] = []
    for view in rel.claim_views():
        percents = view.of(Kind.PERCENT)
        if len(percents) != 1 or id(percents[0]) in taken or view.of(Kind.MONEY):
            continue
        percent = percents[0]
        if _DILUTED.search(view.text) or _NOT_A_SHARE.search(view.text):
            continue
        spans = _counts_of(view)
        whole_spans = [
            s
            for s in spans
            if _OUTSTANDING_NEAR.search(view.text[s[1] : s[1] + 60])
            or _OUTSTANDING_BEFORE.search(view.text[max(0, s[0] - 30) : s[0]])
        ]
        if len(whole_spans) != 1:
            continue
        whole = _whole_at(view, whole_spans[0])
        if whole is None:
            continue
        parts = [s for s in spans if s != whole_spans[0]]
        source = view
        if not parts:
            # the holding stated in the sentence before, in the same paragraph
            before = rel.preceding(view, 1, same_block=True)
            if not before or before[0].of(Kind.PERCENT) or before[0].of(Kind.MONEY):
                continue
            parts = _counts_of(before[0])
            source = before[0]
            if len(parts) != 1 or not _HOLDS.search(source.text):
                continue
            if not _HOLDS.search(view.text):
                continue
        elif len(parts) != 1 or not _HOLDS.search(view.text):
            continue
        else:
            p0, p1 = percent.start - view.start, percent.end - view.start
            near = [
                s
                for s in (*parts, whole_spans[0])
                if _linked(view.text[p1 : s[0]] if s[0] >= p1 else view.text[s[1] : p0])
            ]
            if not near:
                continue
        part = count_or_read(source, parts[0][0], parts[0][1], whole)
        if part.value >= whole.value:
            continue
        found.append(Portion(part, percent, whole, True, False, False, False))
    return found


def _whole_at(view: View, span: tuple[int, int]) -> Quantity | None:
    for q in view.of(Kind.SHARES):
        if q.start - view.start == span[0]:
            return None if q.instrument is not None or q.in_range else q
    return None
