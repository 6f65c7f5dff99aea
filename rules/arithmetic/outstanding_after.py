"""Shares outstanding after a sale: the count before, plus the shares the sale issues.
"The company had 41,380,000 shares outstanding before the offering, and will have 46,630,000
afterwards"; "... of the 41.9 million shares now outstanding and will lift the count to
48.15 million".

Why a reader of its own: the aggregate readers relate a total to an increment stated beside
it ("issued 500,000 shares, bringing its holding to ..."). A release states its sale's share
count once, in the paragraph of terms ("Investors will buy 5,250,000 shares of common
stock"), and the counts outstanding before and after paragraphs later, with the increment
left to the reader. Here the sale's count is the one share count a sale verb governs
("buy", "sell", "issue", "purchase" directly before it: no option, no warrant's underlying
shares, no bound), and the pair is a sentence's count outstanding before (a count next to
"outstanding", "before the offering") and the larger count after it ("will have N
afterwards", "lift the count to N", "N after the offering").

Refused: two different sale counts in the release (a base and an upsized deal, two
tranches, a concurrent placement), a sentence that counts warrants or options in ("if all
warrants are exercised", "fully diluted"), an after count no larger than the one before,
bounds and ranges.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile, qualified_interval
from disclint.rules.arithmetic.claims import Aggregate

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["outstanding_after_sales"]

#: A sale verb directly before the count it sells.
_SOLD = lazy_compile(
    r"\b(?:buy|purchase|sell|selling|sold|issue|issued|issuing)\s+(?:an\s+aggregate\s+of\s+"
    r"|a\s+total\s+of\s+)?$",
    re.I,
)
#: After the sale count: common shares, not units or another class.
_COMMON_AFTER = lazy_compile(
    r"^\s+(?:new\s+)?shares\b(?!\s+of\s+(?:its\s+)?(?:series|preferred))", re.I
)
_NUMBER = (
    # a number from its first digit only (no match starts inside a run of digits: linear)
    r"(?<![\d,.])(?P<n>\d{1,3}(?:,\d{3})+(?![,.]?\d)|\d+(?:\.\d+)?(?![,.]?\d))"
    r"(?:\s+(?P<scale>million|billion))?"
)
#: The count after the sale: "will have N afterwards", "lift the count to N", "N after the
#: offering" (the quantity reader leaves a bare count unread: it is read here).
_AFTER = lazy_compile(
    r"(?:\bwill\s+have|\b(?:lift|raise|increase|bring|take)s?\s+(?:the|that|its)\s+(?:share\s+)?"
    r"count\s+to)\s+(?:about\s+|approximately\s+)?"
    + _NUMBER
    + r"|"
    + _NUMBER.replace("?P<n>", "?P<n2>").replace("?P<scale>", "?P<scale2>")
    + r"\s+(?:shares\s+)?(?:(?:of\s+common\s+stock\s+)?outstanding\s+)?(?:afterwards|after\s+the"
    r"\s+(?:offering|closing|placement|sale))\b",
    re.I,
)
#: The count before the sale: outstanding now or before it.
_BEFORE_AROUND = lazy_compile(
    r"^\s+(?:shares\s+)?(?:of\s+common\s+stock\s+)?(?:now\s+|then\s+)?outstanding\b"
    r"(?!\s+(?:after|afterwards|upon|following|on\s+completion))",
    re.I,
)
#: Counts that include what is not yet issued.
_CONTINGENT = lazy_compile(
    r"\b(?:fully\s+diluted|as-converted|if\s+(?:all|every|the)\b[^.]{0,40}\bexercised"
    r"|upon\s+exercise|assuming\s+(?:full\s+)?exercise|option\s+is\s+exercised)",
    re.I,
)
_IF_AFTER = lazy_compile(r"^\s*(?:shares\s+)?(?:if|assuming|once|upon|when)\b", re.I)
_FIRM = (None, Qualifier.ABOUT)
_OPTION = lazy_compile(r"\boption\s+(?:on|to\s+(?:buy|purchase))\b|over-?allotment", re.I)
_NO_OPTION = lazy_compile(r"\bno\s+exercise\b|\bwithout\s+(?:the|any)\s+(?:exercise|option)", re.I)
LONGEST = 1200  # characters: the longest sentence read as a writer's prose
ONE = Decimal(1)


def _firm(q: Quantity) -> bool:
    return q.qualifier in _FIRM and not q.in_range and q.interval.bounded and q.value > 0


def _sale_count(views: list[View]) -> Quantity | None:
    """The one common share count a sale verb governs in the release."""
    counts: list[Quantity] = []
    for view in views:
        for q in view.of(Kind.SHARES):
            if q.instrument is not None or "preferred" in (q.share_class or ""):
                continue
            if q.security not in (None, "shares") or not _SOLD.search(view.before(q, 40)):
                continue
            if not _COMMON_AFTER.match(view.after(q, 40)):
                continue
            if not _firm(q) or q.qualifier is not None:
                return None  # a bound or an estimate: no count to add
            counts.append(q)
    return counts[0] if counts and len({q.value for q in counts}) == 1 else None


def _count_at(view: View, like: Quantity, match: re.Match[str]) -> Quantity:
    """The count the match reads: the sentence's quantity there, or the bare number read."""
    group = "n" if match.group("n") else "n2"
    start, end = match.span(group)
    scale_word = match.group("scale" if group == "n" else "scale2")
    if scale_word:
        end = match.end("scale" if group == "n" else "scale2")
    for q in view.of(Kind.SHARES):
        if q.start - view.start == start:
            return q
    digits = match.group(group).replace(",", "")
    scale = (
        Decimal(10) ** (6 if (scale_word or "").lower() == "million" else 9) if scale_word else ONE
    )
    places = len(digits.split(".")[1]) if "." in digits else 0
    ulp = scale / Decimal(10) ** places
    value = Decimal(digits) * scale
    return replace(
        like,
        value=value,
        interval=qualified_interval(value, ulp, None),
        ulp=ulp,
        start=view.start + start,
        end=view.start + end,
        text=view.text[start:end],
        qualifier=None,
        qualifier_text=None,
        scale=scale,
        words=None,
    )


def _pair(view: View, sold: Quantity) -> tuple[Quantity, Quantity] | None:
    found = _AFTER.search(view.text)
    if found is None:
        return None
    at = view.start + found.start()
    counts = [q for q in view.of(Kind.SHARES) if q is not sold and _firm(q) and q.end <= at]
    befores = [q for q in counts if _BEFORE_AROUND.match(view.after(q, 50))]
    if len(befores) != 1:
        return None
    after = _count_at(view, befores[0], found)
    if befores[0].value >= after.value:
        return None
    return befores[0], after


def outstanding_after_sales(rel: Relations) -> list[Aggregate]:
    """Counts outstanding after the release's one sale: before + the sale's count."""
    views = list(rel.claim_views())
    if not any("outstanding" in v.text for v in views):
        return []
    sold = _sale_count(views)
    if sold is None:
        return []
    optioned = any(_OPTION.search(v.text) for v in views)
    found: list[Aggregate] = []
    for view in views:
        if len(view.text) > LONGEST or "outstanding" not in view.text:
            continue  # (a "sentence" that long is a flattened table, not a writer's clause)
        pair = _pair(view, sold)
        if pair is None:
            continue
        before, after = pair
        rest = view.text[after.end - view.start :]
        clause = re.split(r"[,;]", rest, maxsplit=1)[0]  # what the count after's clause says
        said = view.text[: after.end - view.start] + clause
        if _CONTINGENT.search(said) or _IF_AFTER.match(view.after(after, 25)):
            continue  # the count after counts what is not yet issued
        if optioned and not _NO_OPTION.search(view.text):
            continue  # an underwriters' option the count after may or may not hold
        if sold.value >= after.value:
            continue
        found.append(Aggregate(after, sold, before))
    return found
