"""A buyer's part of a sale, at the sale's price stated elsewhere: "bought 1,600,000 of the
offered shares for $6.0 million", "Directors and officers bought a further 120,000 shares,
paying $450,000", "is buying 80,000 units for $200,000", "took 1,000,000 of the pre-funded
warrants, paying about $4.2 million".

``gen_products`` reads a count, a price and an amount stated together, and a price the
sentence names ("at the offering price"). A release also reports what one buyer (a holder,
the directors, an officer) took of the offering and paid, and leaves the price to the
paragraph that set it. The buyer's clause is read by role: a purchase verb, the count
right after it (of shares, units, ADSs or pre-funded securities), and the amount tied to
that count ("for $A", ", paying $A", "for a total of $A"); the sentence states no price of
its own. The price is the sale's one price for that kind of security, as ``figures`` types
it (a pre-funded warrant's price for pre-funded securities, the unit price for units, the
share price for shares; market prices aside); two different prices leave no answer.

Refused: a purchase in the market or in another sale (open market, a private or
concurrent placement, "separately"), a price of the buyer's own in the sentence, a
condition or a cap, warrants that are not pre-funded (exercised at a price of their own).
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

__all__ = ["buyer_products"]


#: The buyer's clause: a purchase verb, the count, the securities, the amount.
_BOUGHT = lazy_compile(
    r"\b(?:bought|buying|buys|purchased|purchasing|took|takes|taking|subscribed\s+for"
    r"|subscribing\s+for)\s+(?:a\s+further\s+|an?\s+additional\s+|another\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+)\s+(?:of\s+the\s+(?:offered\s+|new\s+)?)?"
    r"(?P<noun>pre-funded\s+(?:warrants|units)|units|ADSs|American\s+Depositary\s+Shares"
    r"|(?:new\s+)?(?:ordinary\s+|common\s+)?shares)\b"
    r"(?P<tie>(?:\s+(?:of\s+common\s+stock|in\s+the\s+offering))?"
    r"(?:\s+for|,\s+paying|\s+for\s+a\s+total\s+of|,\s+an\s+investment\s+of)\s+"
    r"(?:about\s+|approximately\s+|roughly\s+)?)\$",
    re.I,
)
#: A purchase in another sale or in the market.
_ELSEWHERE = lazy_compile(
    r"\bopen\s+market\b|\bmarket\s+purchases?\b|\bprivate(?:ly)?\b|\bconcurrent\w*\b"
    r"|\bseparate(?:ly)?\b|\bexercis\w*|\bconver\w*|\bup\s+to\b|\bif\b|\bwould\b|\bcould\b"
    r"|\boptions?\b|\btranche|\bat\s+\$|\bper\s+(?:share|unit)\b|\beach\b|\bapiece\b",
    re.I,
)
#: A price the market set, not the sale: "closed at $2.86", "last traded at".
_MARKET = lazy_compile(r"\b(?:clos(?:ed|ing|e)|traded?|trading|market|vwap)\b", re.I)
_FIRM = (None, Qualifier.ABOUT)


def _family(words: str, per: str | None = None) -> str | None:
    """The kind of security a count or a price is of: pre-funded, units, ADSs or shares."""
    lowered = words.lower()
    if "pre-funded" in lowered or "prefunded" in lowered:
        return "pre-funded"
    if per == "unit" or re.search(r"\bunits?\b", lowered):
        return "units"
    if per == "ads" or re.search(r"\bADSs?\b|american\s+depositary", words, re.I):
        return "ads"
    if "warrant" in lowered:
        return None  # a warrant with an exercise price of its own
    if per == "share" or re.search(r"\bshares?\b", lowered):
        return "shares"
    return None


def _sale_prices(rel: Relations) -> dict[str, list[Quantity]]:
    """The release's prices of securities by the kind of security each is the price of
    (the sale's, a part's, a conditional one: a price of another buyer or deal of the same
    kind leaves the buyer's price undecided)."""
    from disclint.rules.arithmetic.figures import reading_of

    reading = reading_of(rel)
    found: dict[str, list[Quantity]] = {}
    for f in reading.of("price"):
        q = f.quantity
        if q.kind is not Kind.MONEY:
            continue  # every subject's and condition's price: another buyer's is another
        if q.scale != 1 or q.value >= AGGREGATE_FLOOR or q.qualifier is not None:
            continue
        if not 0 <= f.view < len(rel.views):
            continue
        view = rel.views[f.view]
        if _MARKET.search(view.before(q, 40)):
            continue
        family = _family(view.text, q.per)
        if family is not None:
            found.setdefault(family, []).append(q)
    return found


def _amount(view: View, at: int) -> Quantity | None:
    for q in view.quantities:
        if q.start == view.start + at:
            return q
    return None


def _count(view: View, m: re.Match[str]) -> Quantity:
    start = view.start + m.start("num")
    for q in view.quantities:
        if q.kind is Kind.SHARES and q.start == start:
            return q
    count = count_at(view, m.start("num"), m.end("num"))
    return replace(count, security=" ".join(m.group("noun").lower().split()))


def buyer_products(rel: Relations) -> list[Product]:
    """count x the sale's price = the amount a buyer paid for its part."""
    found: list[Product] = []
    prices: dict[str, list[Quantity]] | None = None
    for view in rel.claim_views():
        if "$" not in view.text:
            continue
        matches = list(_BOUGHT.finditer(view.text))
        if len(matches) != 1 or _ELSEWHERE.search(view.text):
            continue
        m = matches[0]
        amount = _amount(view, m.end() - 1)
        if amount is None or amount.kind is not Kind.MONEY or amount.per is not None:
            continue
        if amount.qualifier not in _FIRM or amount.value < AGGREGATE_FLOOR:
            continue
        if sum(1 for q in view.quantities if q.kind is Kind.MONEY) != 1:
            continue  # a price or a second amount of the sentence's own
        family = _family(m.group("noun"))
        if family is None:
            continue
        if prices is None:
            prices = _sale_prices(rel)
        candidates = prices.get(family, [])
        if len({q.value for q in candidates}) != 1:
            continue  # no price of that kind, or two: which did the buyer pay?
        price = candidates[0]
        count = _count(view, m)
        computed = count.value * price.value
        if not amount.value / PLAUSIBLE <= computed <= amount.value * PLAUSIBLE:
            continue
        found.append(Product(amount, count, price, "purchase"))
    return found
