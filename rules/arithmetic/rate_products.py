"""Products of any counted thing at a rate per thing: count x rate = amount, in one clause.

``gen_products`` reads securities (the quantity reader's share counts) at a price. A
release also multiplies other things it counts by what each brought or cost: "sold forward
40,000 ounces of 2027 production at $2,250 an ounce, or $90.0 million", "Revenue of $215.6
million came from 90,400 ounces sold, which realized $2,385 each on average", "redeemed 1.9
million offers worth an average of $4.10, or $7.8 million", "spent $11.8 million on 410,000
of its own shares, an average cost of $28.90". The quantity reader leaves such counts alone
(ounces, offers, "of its own shares"), so this module reads them itself: a whole number
(with thousands separators, or "N million") followed by a plural noun.

Each figure takes a **role** from the words that tie it to the others:

* the **count**: the sentence's one counted thing (a noun in the plural after the number);
* the **rate**: a money figure written per one of them, "each", "apiece", "a(n) <thing>",
  "per <thing>" (the noun the count's), or "an average (cost or price) of";
* the **amount**: the one other money figure, tied to the count by an apposition after the
  rate or count ("..., or $A"), by a preposition before the count ("$A on N ...", "$A came
  from N ..."), or by "for" after it ("N ... for $A").

A relation is read only when the sentence leaves no choice: one count, one rate, one amount,
no percentage, nothing that makes the figures measure different things (a bound, a cap, an
option, fees or a net amount, a condition, a range, two periods). Silence otherwise.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.claims import Product, count_at
from disclint.rules.arithmetic.gen_products import AGGREGATE_FLOOR, PLAUSIBLE

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["rate_products"]


#: A count of things: "90,400 ounces", "1.9 million offers", "410,000 of its own shares".
_COUNT = lazy_compile(
    r"(?<![\w$.,€£¥])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+million)"
    r"(?P<own>\s+of\s+(?:its|their|our|the\s+company['’]s)\s+own)?"
    r"\s+(?P<noun>[a-z][a-z-]*s)\b",
)
#: Plural words after a number that are no counted things: units of time, scales, points.
_NOT_THINGS = frozenset(
    {
        "days",
        "weeks",
        "months",
        "years",
        "hours",
        "minutes",
        "quarters",
        "points",
        "basis",
        "millions",
        "billions",
        "thousands",
        "times",
        "percents",
        "dollars",
        "cents",
    }
)
#: Words after a money figure that make it the rate of one thing.
_PER_AFTER = lazy_compile(
    r"^\s*(?:(?P<each>each|apiece)|(?:an?|per)\s+(?P<noun>[a-z][a-z-]*))\b", re.I
)
#: Words before a money figure that make it the average rate of the things counted.
_AVERAGE_BEFORE = lazy_compile(
    r"\b(?:an?\s+)?average\s+(?:(?:cost|price)\s+)?(?:of|was|is)\s+"
    r"(?:about\s+|approximately\s+|roughly\s+)?$",
    re.I,
)
#: After the rate or the count, the amount in apposition: "..., or $90.0 million".
_OR_AMOUNT = lazy_compile(
    r"^(?:\s+[a-z]+){0,2}?(?:\s*,)?\s*(?:or|for\s+a\s+total\s+of|a\s+total\s+of)\s+"
    r"(?:about\s+|approximately\s+|roughly\s+|some\s+)?$",
    re.I,
)
#: Between an amount and its count: "$11.8 million on 410,000", "$215.6 million came from".
_AMOUNT_ON_COUNT = lazy_compile(
    r"^\s+(?:(?:came|comes|come|was|were|is)\s+)?(?:on|from|for|buying)\s+"
    r"(?:the\s+|some\s+|about\s+|approximately\s+)?$",
    re.I,
)
#: Between a count and its amount: "1,200 ounces delivered for $2.6 million".
_COUNT_FOR_AMOUNT = lazy_compile(r"^(?:\s+[\w'’-]+){0,4}?\s+for\s+(?:about\s+)?$", re.I)
#: Anything that makes the figures of the sentence measure different things.
_REFUSE = lazy_compile(
    r"\bup\s+to\b|\boptions?\b|over-?allot|\bnet\b|\bfees?\b|\bcommissions?\b"
    r"|\bmore\s+than\b|\bless\s+than\b|\bat\s+least\b|\bexceed|\bover\s+\$|\bunder\s+\$"
    r"|\bminimum\b|\bmaximum\b|\bbetween\b|\bif\b|\bassum|\bexpenses\b|\bper\s+cent\b"
    r"|\bremaining\b|\bbalance\b|\bfurther\b|\badditional\b|\beach\s+of\s+the\b|\bratio\b"
    r"|\btogether\s+with\b|\bplus\b|\bincluding\b|\bexcluding\b|\brespectively\b"
    r"|\btranche|\bwould\b|\bcould\b|\bguidance\b|\bexpects?\b|\btarget",
    re.I,
)
#: Period words: two different ones in a sentence are two periods.
_PERIOD = lazy_compile(
    r"\b(?:(?:last|this|next|prior|previous|the\s+same)\s+(?:year|quarter|month|week)"
    r"|a\s+year\s+(?:earlier|ago)|(?:in|for|during|of|fiscal)\s+(?:fiscal\s+)?(?:19|20)\d\d)\b",
    re.I,
)
_FIRM = (None, Qualifier.ABOUT)


def _firm(q: Quantity) -> bool:
    return (
        q.qualifier in _FIRM
        and not q.in_range
        and not q.negative
        and not q.malformed
        and q.value > 0
        and q.interval.bounded
    )


def _singular(noun: str) -> str:
    noun = noun.lower()
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    return noun[:-1]


def _counts(view: View) -> list[tuple[Quantity, str]]:
    """The sentence's counted things with their nouns (singular): the quantity reader's share
    counts, and the plain counts it leaves alone."""
    found: list[tuple[Quantity, str]] = []
    covered = [(q.start, q.end) for q in view.quantities]
    for q in view.quantities:
        if q.kind is Kind.SHARES:
            noun = _COUNT.match(view.text, q.start - view.start)
            found.append((q, _singular(noun.group("noun")) if noun else "share"))
    for m in _COUNT.finditer(view.text):
        if m.group("noun").lower() in _NOT_THINGS:
            continue
        start = view.start + m.start("num")
        if any(s <= start < e for s, e in covered):
            continue
        count = count_at(view, m.start("num"), m.end("num"))
        found.append((replace(count, security=m.group("noun").lower()), _singular(m["noun"])))
    return found


def _rate_of(view: View, q: Quantity, noun: str) -> bool:
    """Whether the money figure ``q`` is written as the rate of one ``noun``."""
    if q.kind is not Kind.MONEY or not _firm(q) or q.scale != 1 or q.value >= AGGREGATE_FLOOR:
        return False
    if q.per is not None:
        return q.per.lower() == noun
    per = _PER_AFTER.match(view.after(q, 30))
    if per is not None:
        return bool(per.group("each")) or per.group("noun").lower() == noun
    return bool(_AVERAGE_BEFORE.search(view.before(q, 40)))


def _tied(view: View, count: Quantity, rate: Quantity, amount: Quantity) -> bool:
    """Whether the words make ``amount`` the total of the count at the rate."""
    if amount.start > max(count.end, rate.end):
        last = count if count.end > rate.end else rate
        gap = view.text[last.end - view.start : amount.start - view.start]
        if _OR_AMOUNT.match(gap):
            return True
        return last is count and bool(_COUNT_FOR_AMOUNT.match(gap))
    if amount.end <= count.start and amount.end <= rate.start:
        gap = view.text[amount.end - view.start : count.start - view.start]
        return bool(_AMOUNT_ON_COUNT.match(gap))
    return False


#: The longest sentence read as one clause: a longer "sentence" is a flattened table or a
#: run-on list, whose figures no single clause ties (and its patterns would cost most).
CLAUSE_CHARS = 500


def _one(view: View) -> Product | None:
    if len(view.text) > CLAUSE_CHARS:
        return None
    kinds = [q.kind for q in view.quantities]
    if kinds.count(Kind.MONEY) != 2 or Kind.PERCENT in kinds:
        return None  # one rate and one amount, no percentage: most sentences end here
    if _REFUSE.search(view.text):
        return None
    if len({" ".join(m.group(0).lower().split()) for m in _PERIOD.finditer(view.text)}) > 1:
        return None
    counts = _counts(view)
    if len(counts) != 1:
        return None
    count, noun = counts[0]
    if not _firm(count) or count.instrument in ("option", "warrant", "convertible"):
        return None
    money = [q for q in view.quantities if q.kind is Kind.MONEY]
    rates = [q for q in money if _rate_of(view, q, noun)]
    amounts = [q for q in money if q not in rates]
    if len(rates) != 1 or len(amounts) != 1:
        return None
    rate, amount = rates[0], amounts[0]
    if not _firm(amount) or amount.per is not None or amount.value < AGGREGATE_FLOOR:
        return None
    if (rate.currency or "USD") != (amount.currency or "USD"):
        return None
    if not _tied(view, count, rate, amount):
        return None
    computed = count.value * rate.value
    if not amount.value / PLAUSIBLE <= computed <= amount.value * PLAUSIBLE:
        return None
    return Product(amount, count, rate, "purchase")


def rate_products(rel: Relations) -> list[Product]:
    """count x rate = amount, read where one clause ties exactly one of each."""
    return rel.facts.memo(
        "num-rate-products",
        lambda: [p for p in map(_one, rel.claim_views()) if p is not None],
    )
