"""Products of counted things that are no securities: count x rate = amount, the amount
named as the things' total anywhere in the sentence.

``rate_products`` reads a count, a rate and an amount tied in one of a few word orders
("N ounces at $R each, or $A"). Releases that count passengers, ounces, barrels, tonnes,
procedures, stores or square feet write the three figures in any order, the amount often
between the other two or in a clause of its own: "Some 4.2 million riders boarded, paying
$310.5 million in fares, or about $73.93 each on average", "sold 52,000 ounces at a
realized price of $2,450 each, for revenue of $127.4 million", "A year earlier it sold
48,000 ounces at $1,900, and revenue was $91.2 million", "Fuel cost $120.0 million: the
carrier burned 50.0 million gallons at an average of $2.40", "$6.10 per tonne on 3.2
million tonnes milled, $19.5 million in total".

The model is one of roles, not of word order. In a sentence:

* the **count** is its one count of a thing (a number followed by a plural noun, "square
  feet"), not of securities (those are ``gen_products``'s) nor of time or scale;
* the **rate** is a money figure written per one of them ("per ounce", "a barrel", "each",
  "apiece"), the average of them ("an average selling price of", "average fare was"), or
  the price the count is sold "at" ("48,000 ounces at $1,900");
* a money figure of the rate's scale compared with it ("up from $68.20") is the rate of
  another period and is set aside;
* the **amount** is the one other money figure, and it must be *named as the things'
  total*: in apposition (", or $A", "-- $A"), closed by "in total" / "in all", or named by
  a word for what the things brought or cost (revenue, sales, fares, proceeds, paid, cost,
  spent, came to, brought in). An amount named as another measure (cash flow, income,
  EBITDA, margin, capital) is not theirs.

Silence whenever the sentence leaves a choice (two counts, two rates, two amounts, a
percentage), hedges a bound or an option (``rate_products``'s refusals), names two periods,
or when count x rate is further than a factor two from the amount.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from disclint.api import Kind, lazy_compile
from disclint.rules.arithmetic.claims import Product, count_at
from disclint.rules.arithmetic.gen_products import AGGREGATE_FLOOR, PLAUSIBLE
from disclint.rules.arithmetic.rate_products import (
    _NOT_THINGS,
    _PERIOD,
    _REFUSE,
    CLAUSE_CHARS,
    _firm,
    _singular,
)

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["thing_products"]

#: A count of things: "52,000 ounces", "4.2 million riders", "500,000 square feet".
_COUNT = lazy_compile(
    r"(?<![\w$.,€£¥])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+million|\d{2,3})"
    r"\s+(?P<noun>(?:square|cubic)\s+feet|[a-z][a-z-]*s)\b",
)
#: Counted nouns that are securities (read by the share readers) or no things at all.
_SECURITIES = frozenset(
    {"shares", "units", "warrants", "rights", "notes", "options", "adss", "debentures"}
)
#: Words after a money figure that make it the rate of one thing.
_PER_AFTER = lazy_compile(
    r"^\s*(?:(?P<each>each|apiece)|(?:an?|per)\s+(?P<noun>(?:square|cubic)\s+foot|[a-z][a-z-]*))\b",
    re.I,
)
#: Words before a money figure that make it the average of the things counted: "an average
#: selling price of", "the average fare was", "at an average of".
_AVERAGE_BEFORE = lazy_compile(
    r"\baverage(?:d)?(?:\s+[a-z-]+){0,2}?\s+(?:of|was|is|were|came\s+to|at)\s+"
    r"(?:about\s+|approximately\s+|roughly\s+)?$"
    r"|\baveraged?\s+(?:about\s+|approximately\s+|roughly\s+)?$",
    re.I,
)
#: Between the count and a price it is sold or bought at: "48,000 ounces at $1,900".
_COUNT_AT = lazy_compile(
    r"^(?:\s+[a-z-]+){0,2}?\s+at\s+(?:an?\s+|the\s+)?(?:realized\s+|average\s+)*"
    r"(?:(?:price|cost)\s+of\s+)?$",
    re.I,
)
#: Words before a money figure that compare it with the rate: the rate of another period.
_COMPARED = lazy_compile(
    r"\b(?:up|down|higher|lower)\s+from\s+$|\bcompared\s+(?:with|to)\s+$|\bversus\s+$|\bvs\.?\s+$"
)
#: Words just before the amount that name it as what the things brought or cost.
_TOTAL_LEFT = lazy_compile(
    r"(?:,\s*or|\s--|\s—|\bfor|\bpaying|\bpaid|\bspent|\bspending|\bcosts?|\bcosting"
    r"|\btotal(?:l?(?:ed|ing))?|\btotal\s+of|\b(?:came|comes|come|amounted|amounting)\s+to"
    r"|\bbr(?:ought|ing|ings|inging)\s+in|\bgenerat(?:ed|ing)|\b(?:revenues?|sales|fares?"
    r"|proceeds)(?:\s+(?:of|was|were|is|totaled|reached))?)"
    r"\s+(?:about\s+|approximately\s+|roughly\s+|some\s+)?$",
    re.I,
)
#: Words just after the amount that name it as the things' total.
_TOTAL_RIGHT = lazy_compile(
    r"^\s*(?:in\s+(?:total|all)\b|(?:of|in)\s+(?:[a-z-]+\s+)?(?:revenues?|sales|fares?|proceeds)\b)",
    re.I,
)
#: An amount named as another measure than the things' gross.
_OTHER_MEASURE = lazy_compile(
    r"\b(?:cash\s+flow|income|earnings|ebitda\w*|margin|profit|capital|debt|liquidity"
    r"|backlog|guidance|budget)\b[^$]{0,30}$",
    re.I,
)


#: A rate named a cost, and an amount named an income: a cost per thing is no price the
#: income was earned at ("at an all-in sustaining cost of $1,200 per ounce, for revenue of").
_COST = lazy_compile(r"\b(?:costs?|expenses?)\b", re.I)
_INCOME = lazy_compile(r"\b(?:revenues?|sales|proceeds|fares?)\b", re.I)


def _things(view: View) -> list[tuple[Quantity, str]]:
    """The sentence's counts of things the quantity reader leaves alone, with their nouns
    (singular)."""
    covered = [(q.start, q.end) for q in view.quantities]
    found: list[tuple[Quantity, str]] = []
    for m in _COUNT.finditer(view.text):
        noun = " ".join(m.group("noun").lower().split())
        start = view.start + m.start("num")
        if any(s <= start < e for s, e in covered):
            return []  # a count the quantity reader read is of securities or something else
        if noun in _NOT_THINGS:
            continue
        if noun in _SECURITIES:
            return []
        count = count_at(view, m.start("num"), m.end("num"))
        single = noun[: -len("feet")] + "foot" if noun.endswith(" feet") else _singular(noun)
        found.append((replace(count, security=noun), single))
    return found


def _is_rate(view: View, q: Quantity, noun: str, count: Quantity) -> bool:
    """Whether the money figure ``q`` is written as the rate of one ``noun``."""
    if q.kind is not Kind.MONEY or not _firm(q) or q.scale != 1 or q.value >= AGGREGATE_FLOOR:
        return False
    if _COMPARED.search(view.before(q, 20)):
        return False  # the rate of another period: "up from $1,900 an ounce"
    if q.per is not None:
        return q.per.lower() == noun
    per = _PER_AFTER.match(view.after(q, 30))
    if per is not None:
        return bool(per.group("each")) or " ".join(per.group("noun").lower().split()) == noun
    if _AVERAGE_BEFORE.search(view.before(q, 50)):
        return True
    if count.end <= q.start:
        return bool(_COUNT_AT.match(view.text[count.end - view.start : q.start - view.start]))
    return False


def _named_total(view: View, amount: Quantity) -> bool:
    """Whether the amount's own words name it as the things' total."""
    before = view.before(amount, 60)
    if _OTHER_MEASURE.search(before):
        return False
    return bool(_TOTAL_LEFT.search(before) or _TOTAL_RIGHT.match(view.after(amount, 40)))


def _one(view: View) -> Product | None:
    if len(view.text) > CLAUSE_CHARS:
        return None
    kinds = [q.kind for q in view.quantities]
    if Kind.PERCENT in kinds or not 2 <= kinds.count(Kind.MONEY) <= 3:
        return None
    if _REFUSE.search(view.text):
        return None
    if len({" ".join(m.group(0).lower().split()) for m in _PERIOD.finditer(view.text)}) > 1:
        return None
    counts = _things(view)
    if len(counts) != 1:
        return None
    count, noun = counts[0]
    if not _firm(count):
        return None
    money = [q for q in view.quantities if q.kind is Kind.MONEY]
    rates = [q for q in money if _is_rate(view, q, noun, count)]
    if len(rates) != 1:
        return None
    rate = rates[0]
    others = [q for q in money if q is not rate]
    compared = [
        q
        for q in others
        if q.scale == rate.scale
        and q.value < AGGREGATE_FLOOR
        and _COMPARED.search(view.before(q, 20))
    ]
    amounts = [q for q in others if q not in compared]
    if len(amounts) != 1 or len(compared) > 1:
        return None
    amount = amounts[0]
    if not _firm(amount) or amount.per is not None or amount.value < AGGREGATE_FLOOR:
        return None
    if (rate.currency or "USD") != (amount.currency or "USD"):
        return None
    if not _named_total(view, amount):
        return None
    if _COST.search(view.before(rate, 40)) and _INCOME.search(
        view.before(amount, 40) + view.after(amount, 30)
    ):
        return None
    computed = count.value * rate.value
    if not amount.value / PLAUSIBLE <= computed <= amount.value * PLAUSIBLE:
        return None
    return Product(amount, count, rate, "purchase")


def thing_products(rel: Relations) -> list[Product]:
    """count x rate = amount for counted things, the amount named as their total (not the
    products ``rate_products`` reads already)."""

    def read() -> list[Product]:
        from disclint.rules.arithmetic.rate_products import rate_products

        known = {id(p.amount) for p in rate_products(rel)}
        found = [p for p in map(_one, rel.claim_views()) if p is not None]
        return [p for p in found if id(p.amount) not in known]

    return rel.facts.memo("num-thing-products", read)
