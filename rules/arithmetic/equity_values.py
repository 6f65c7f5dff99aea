"""A deal's equity value = the target's fully diluted shares x the price per share offered,
the price stated paragraphs before.

"Carramore will commence a tender offer for all outstanding shares at $27.50 per share."
... "On a fully diluted basis, counting 48,720,000 shares ..., the offer values
Pemberline's equity at approximately $1.34 billion." The template readers relate a count
and a price of one sentence; here the sentence states the count and the equity value, and
the price is the deal's one price per share: a figure ``figures`` types as the
consideration ("total consideration of $19.00 per share", "the offer price"), else a price
per share in a sentence that tells the acquisition ("tender offer ... at $27.50 per
share"), never a market price (a close, an average, a high). Refused: two different deal
prices, two counts in the equity value's sentence, a count that is not the target's
outstanding or fully diluted shares, an equity value in a range or bounded.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.claims import SHARE_UNITS, Product

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["equity_values"]

#: The amount a sentence states as the equity value.
_EQUITY_BEFORE = lazy_compile(
    r"\b(?:equity\s+value\s+(?:of|is|was|at)|(?:values?|valuing|valued)\s+(?:[\w'’.-]+\s+){0,3}?"
    r"equity\s+at)\s+(?:about\s+|approximately\s+|roughly\s+)?$",
    re.I,
)
#: The count's sentence counts the shares an equity value is computed on.
_COUNTED = lazy_compile(r"\bfully[\s-]+diluted\b", re.I)
#: Whose equity: "values Linthwaite's equity at".
_OWNER = lazy_compile(r"\b(?P<name>[A-Z][\w&-]+)['’]s\s+equity\b")
#: A company that holds the count: "Harrowgate has 40,000,000 shares".
_HOLDER = lazy_compile(r"\b(?P<name>[A-Z][\w&-]+)\s+(?:has|had|have|will\s+have)\s+(?:about\s+)?$")
#: A sentence that tells the acquisition at a price per share.
_DEAL = lazy_compile(
    r"\b(?:acquir\w*|tender\s+offer|merger|offer\s+price|buy\s*out|take[\s-]+private)\b", re.I
)
#: A market price, not the deal's.
_MARKET = lazy_compile(
    r"\b(?:clos\w*|clos(?:e|ing)\s+price|average|vwap|high|low|traded|last\s+(?:reported\s+)?sale)\b",
    re.I,
)
_FIRM = (None, Qualifier.ABOUT)


def _deal_price(rel: Relations) -> Quantity | None:
    """The deal's one price per share."""
    from disclint.rules.arithmetic.figures import reading_of

    reading = reading_of(rel)
    views = {v.index: v for v in rel.claim_views()}
    considered: list[Quantity] = []
    priced: list[Quantity] = []
    for f in reading.figures:
        q = f.quantity
        if q.kind is not Kind.MONEY or q.per not in SHARE_UNITS or f.conditional:
            continue
        view = views.get(f.view)
        if view is None:
            continue
        if f.concept == "consideration":
            considered.append(q)
        elif (
            f.concept == "price"
            and _DEAL.search(view.text)
            and not _MARKET.search(view.before(q, 60))
        ):
            priced.append(q)
    found = considered or priced
    if not found or len({q.value for q in found}) != 1:
        return None
    price = found[0]
    if price.qualifier not in _FIRM or price.in_range:
        return None
    return price


def _counts(view: View) -> list[Quantity]:
    return [q for q in view.quantities if q.kind is Kind.SHARES]


def equity_values(rel: Relations) -> list[Product]:
    """Equity values stated with the count they are computed on."""
    found: list[Product] = []
    price: Quantity | None = None
    asked = False
    for view in rel.claim_views():
        if "equity" not in view.text:
            continue
        amounts = [
            q
            for q in view.of(Kind.MONEY)
            if q.per is None and _EQUITY_BEFORE.search(view.before(q, 80))
        ]
        if len(amounts) != 1:
            continue
        amount = amounts[0]
        if amount.qualifier not in _FIRM or amount.in_range or amount.negative:
            continue
        counts = _counts(view)
        if len(counts) != 1 or not _COUNTED.search(view.text):
            continue
        count = counts[0]
        if count.qualifier not in _FIRM or count.in_range or count.start > amount.start:
            continue
        if ";" in view.between(count, amount):
            continue  # another clause: another company's count
        owner = _OWNER.search(view.text)
        holder = _HOLDER.search(view.before(count, 40))
        if holder is not None and (owner is None or owner.group("name") != holder.group("name")):
            continue
        if not asked:
            price, asked = _deal_price(rel), True
        if price is None:
            return []
        implied = count.value * price.value
        if not amount.value / 2 <= implied <= amount.value * 2:
            continue  # far from any slip of the pen: another count or another price
        found.append(Product(amount, count, price, "purchase"))
    return found
