"""What a per-share payment costs in all: rate per share x shares outstanding = amount.

A release that declares a dividend often says what one payment takes: "At that rate each
payment costs about $4.75 million on the 18.27 million shares outstanding", "The special
payment will return $123.6 million on the 41.2 million shares outstanding", "each one takes
about $41.3 million, there being 70.6 million shares outstanding". The rate per share is in
the same sentence or one of the two sentences before it in the paragraph; the count is the
sentence's own count of shares *outstanding*. The product readers that need a price "at"
or "per share" next to the count do not read it.

Roles, from the words:

* the **count**: the sentence's one share count, followed by "outstanding" (a few words may
  come between: "shares and units outstanding");
* the **amount**: the sentence's one aggregate money figure, not per share;
* the **rate**: the one money figure per share of this sentence, or else of the nearest
  sentence of the paragraph before it (at most two back) that states exactly one, a
  dividend's ("dividend", "distribution", "payment"); a rate compared with another ("up
  from $0.24") leaves the other aside.

The sentence must name a payment (dividend, distribution, payment, payout, "at that rate",
"each one") and must not speak of a year or of several payments (then the amount is the
rate times the payments, not one), nor of a bound, an option, or a second amount.
Silence otherwise, and when rate x count is further than a factor two from the amount.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from disclint.api import Kind, lazy_compile
from disclint.rules.arithmetic.claims import Product
from disclint.rules.arithmetic.gen_products import AGGREGATE_FLOOR, PLAUSIBLE
from disclint.rules.arithmetic.rate_products import CLAUSE_CHARS, _firm

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["payout_products"]

#: After a share count: the count is of the shares outstanding.
_OUTSTANDING = lazy_compile(
    r"^(?:\s+(?:(?:common|ordinary|class\s+[a-c])\s+)?(?:shares?|units?|and|of\s+common"
    r"\s+stock|stock)){0,4}\s+(?:(?:then|currently|now)\s+)?outstanding\b",
    re.I,
)
#: The sentence names a payment.
_PAYMENT = lazy_compile(
    r"\b(?:dividends?|distributions?|payments?|payouts?)\b|\bat\s+th(?:at|is|e\s+new)\s+rate\b"
    r"|\beach\s+one\b",
    re.I,
)
#: A paragraph sentence whose per-share figure is a payment's rate.
_DIVIDEND = lazy_compile(r"\b(?:dividends?|distributions?|payments?|payouts?)\b", re.I)
#: Words that make the amount more than one payment, or a bound.
_REFUSE = lazy_compile(
    r"\b(?:annual(?:ly|ized)?|a\s+year|per\s+year|yearly|each\s+year|two|three|four|both"
    r"|payments\b|dividends\b|up\s+to|more\s+than|less\s+than|at\s+least|options?|warrants?"
    r"|diluted|preferred|if|would|could|including|plus|excluding|respectively)\b",
    re.I,
)
#: Before a per-share figure: compared with the rate (another one).
_COMPARED = lazy_compile(
    r"\b(?:up|down|higher|lower|increase[ds]?)\s+from\s+$|\bcompared\s+(?:with|to)\s+$"
    r"|\bversus\s+$|\bvs\.?\s+$|\bprior\s+$|\bprevious\s+$",
    re.I,
)


def _per_share(view: View) -> list[Quantity]:
    return [
        q
        for q in view.quantities
        if q.kind is Kind.MONEY
        and q.per is not None
        and q.per.lower() in ("share", "unit")
        and q.scale == 1
        and not _COMPARED.search(view.before(q, 20))
    ]


def _one(view: View, earlier: list[View]) -> Product | None:
    if len(view.text) > CLAUSE_CHARS or not _PAYMENT.search(view.text):
        return None
    if _REFUSE.search(view.text):
        return None
    kinds = [q.kind for q in view.quantities]
    if Kind.PERCENT in kinds:
        return None
    counts = [q for q in view.quantities if q.kind is Kind.SHARES]
    if len(counts) != 1 or not _firm(counts[0]):
        return None
    count = counts[0]
    if not _OUTSTANDING.match(view.after(count, 60)):
        return None
    money = [q for q in view.quantities if q.kind is Kind.MONEY]
    rates = _per_share(view)
    amounts = [q for q in money if q.per is None and q.value >= AGGREGATE_FLOOR]
    if len(amounts) != 1 or len(money) != len(rates) + 1 or not _firm(amounts[0]):
        return None
    amount = amounts[0]
    if not rates:
        for before in earlier:
            found = _per_share(before)
            if found:
                if len(found) == 1 and _DIVIDEND.search(before.text):
                    rates = found
                break
    if len(rates) != 1 or not _firm(rates[0]):
        return None
    rate = rates[0]
    if (rate.currency or "USD") != (amount.currency or "USD"):
        return None
    computed = count.value * rate.value
    if not amount.value / PLAUSIBLE <= computed <= amount.value * PLAUSIBLE:
        return None
    return Product(amount, count, rate, "purchase")


def payout_products(rel: Relations) -> list[Product]:
    """rate per share x shares outstanding = one payment's amount."""

    def read() -> list[Product]:
        views = list(rel.claim_views())
        found: list[Product] = []
        for i, view in enumerate(views):
            earlier = [
                v
                for v in reversed(views[max(0, i - 2) : i])
                if v.block == view.block and view.index - v.index <= 2
            ]
            product = _one(view, earlier)
            if product is not None:
                found.append(product)
        return found

    return rel.facts.memo("num-payout-products", read)
