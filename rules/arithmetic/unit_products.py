"""Per-unit products of physical quantities: amount = quantity x price per unit.

The forms a release uses, each read only from its own words:

* one sentence with the quantity, its worth and the price per unit: "every ton is equal to
  1.5 barrels of oil worth roughly $140 (assuming a WTI price of $95 per barrel)";
* a count of any noun at a price per that noun and the total, in one sentence: "sold
  10,000 ounces of gold at an average realized price of $2,000 per ounce, for revenue of
  $20.0 million", "purchased 1,000 bitcoin at an average price of $60,000 per bitcoin, for
  a total of $60.0 million" (a cost per unit is no such price);
* a price per unit and what it comes to over a year, with the yearly quantity stated once
  elsewhere: "improving cash flow by an estimated $0.33 per gallon, or approximately $22
  million per year" beside "the 65 million gallon per year plant".

The quantity is a count of the price's own unit (barrels with a price per barrel, gallons
per year with a price per gallon and an amount per year); the amount is linked to the
quantity or the price by its words ("worth", "valued at", ", or"). One quantity, one price
and one amount, or nothing: a sentence with two prices per barrel (WTI and Brent) or a
release with two yearly capacities is left alone.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from disclint.api import Interval, Kind, Quantity, lazy_compile, release_pattern
from disclint.rules.arithmetic.claims import HEDGED

if TYPE_CHECKING:
    from disclint.rules.arithmetic.claims import Product, Relations, View

__all__ = ["unit_products"]

#: The physical units a price may be per, with the words a count of them is written in.
_UNITS = {
    "barrel": r"barrels?|bbls?",
    "gallon": r"gallons?",
    "ton": r"tons?",
    "tonne": r"tonnes?",
    "ounce": r"ounces?|oz",
    "pound": r"pounds?|lbs?",
    "mwh": r"MWh",
    "kwh": r"kWh",
}
#: The unit a price is per, as the quantity reader writes it, by its name above.
_ALIASES = {"oz": "ounce", "lb": "pound", "bbl": "barrel"}
_SCALES = {"thousand": Decimal(10) ** 3, "million": Decimal(10) ** 6, "billion": Decimal(10) ** 9}
#: A number at the start of its run of digits (so that a long run is tried once).
_NUMBER = (
    r"(?<![\d,.])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s+(?P<scale>thousand|million|billion))?"
)
#: A count of the unit ("1.5 barrels"), not a rate per day, month or year.
_COUNT_OF = {
    unit: lazy_compile(
        rf"{_NUMBER}\s+(?:{words})\b(?!\s*(?:per|a|/)\s+(?:day|year|annum|month))", re.I
    )
    for unit, words in _UNITS.items()
}
#: A quantity per year ("65 million gallon per year", "120,000 tons a year").
_YEARLY_OF = {
    unit: lazy_compile(rf"{_NUMBER}[\s-]+(?:{words})\s*(?:per|a|/)\s*(?:year|annum)\b", re.I)
    for unit, words in _UNITS.items()
}
#: The worth of the quantity, right after it: "1.5 barrels of oil worth roughly".
_WORTH = lazy_compile(
    r"^[^$\d;]{0,30}?\b(?:worth|valued\s+at|equal\s+to|for|=)\s+"
    r"(?:roughly\s+|approximately\s+|about\s+|nearly\s+|some\s+)?$",
    re.I,
)
#: ", or approximately $22 million per year" after the price per unit.
_OR_PER_YEAR = lazy_compile(
    r"^(?:\s*(?:per|a|/)\s*[\w-]+)?(?:\s+of\s+[\w\s-]{0,30}?)?\s*,\s*or\s+(?:roughly\s+|approximately\s+|about\s+)?(?:an?\s+)?$",
    re.I,
)
_PER_YEAR_AFTER = lazy_compile(r"^[^$\d.;]{0,40}?\b(?:per|a)\s+(?:year|annum)\b", re.I)
_ASSUMING = lazy_compile(r"\b(?:assum\w*|at)\b[^$\d;]{0,40}$", re.I)


def _count(view: View, match: re.Match[str], unit: str) -> Quantity:
    digits = match.group("num")
    scale = _SCALES.get((match.group("scale") or "").lower(), Decimal(1))
    places = len(digits.split(".")[1]) if "." in digits else 0
    value = Decimal(digits.replace(",", "")) * scale
    ulp = scale * Decimal(10) ** -places
    half = ulp / 2 if ulp > 1 or places else Decimal(0)
    return Quantity(
        kind=Kind.SHARES,
        value=value,
        interval=Interval(value - half, value + half),
        start=view.start + match.start("num"),
        end=view.start + match.end(),
        text=match.group(0),
        ulp=ulp,
        section=view.section,
        sentence=view.index,
        block=view.block,
        security=unit if unit.endswith("wh") else unit + "s",  # the noun the working shows
    )


def _unit_prices(view: View) -> dict[str, list[Quantity]]:
    found: dict[str, list[Quantity]] = {}
    for q in view.of(Kind.MONEY):
        per = _ALIASES.get((q.per or "").lower(), (q.per or "").lower())
        if per in _UNITS and not q.in_range:
            found.setdefault(per, []).append(q)
    return found


#: The noun a price is per, written after it: "$2,000 per ounce", "$60,000 per bitcoin".
_PER_NOUN_AFTER = lazy_compile(r"^\s*(?:per|/|for\s+each)\s+(?P<noun>[A-Za-z][A-Za-z-]{1,20})\b")
#: Nouns a price may be per that are no count this form reads: shares and their kin (the
#: sale readers'), periods (a rate), and words that are no unit.
_NOT_COUNTED = frozenset(
    {
        "share", "unit", "ads", "adss", "warrant", "right", "note", "debenture", "diluted",
        "basic", "common", "ordinary", "preferred", "year", "annum", "month", "quarter",
        "week", "day", "hour", "cent", "person", "head", "employee", "customer", "user",
        "subscriber", "the", "each", "one",
    }
)  # fmt: skip
#: A price paid or received, named before it (not a cost: "all-in sustaining cost of").
_PAID_PRICE = lazy_compile(
    r"\b(?:(?:average\s+)?(?:realized\s+|selling\s+|sales\s+|sale\s+|purchase\s+)?price"
    rf"\s+of|priced\s+at|\bat)\s+{HEDGED}$",
    re.I,
)
_COST_BEFORE = lazy_compile(r"\b(?:cost|costs|expense|aisc|royalt\w*|fee)\b[^$]{0,30}$", re.I)
#: The total the count comes to, named before it: "for revenue of", "for a total of",
#: "for approximately", "generating".
_TOTAL_CUE = lazy_compile(
    r"\b(?:for|generating|totall?ing|worth|valued\s+at)\s+(?:(?:total\s+|aggregate\s+|gross\s+)?"
    r"(?:revenues?|sales|proceeds|consideration|cost|a\s+total|an\s+aggregate|total)\s+of\s+)?"
    rf"{HEDGED}$",
    re.I,
)


def _noun_products(view: View) -> list[tuple[Quantity, re.Match[str], str, Quantity]]:
    """ "sold 10,000 ounces of gold at an average realized price of $2,000 per ounce, for
    revenue of $20.0 million": one count of the noun, one price per it, one total."""
    priced: dict[str, list[Quantity]] = {}
    for q in view.of(Kind.MONEY):
        per = _PER_NOUN_AFTER.match(view.after(q, 30))
        if per is None or q.in_range or q.scale != 1:
            continue
        word = per.group("noun").lower()
        word = word[:-1] if word.endswith("s") and len(word) > 3 else word
        if word not in _NOT_COUNTED:
            priced.setdefault(word, []).append(q)
    found: list[tuple[Quantity, re.Match[str], str, Quantity]] = []
    money = [(q.start - view.start, q.end - view.start) for q in view.of(Kind.MONEY)]
    for noun, prices in priced.items():
        price = prices[0]
        if len(prices) != 1 or not _PAID_PRICE.search(view.before(price, 50)):
            continue
        if _COST_BEFORE.search(view.before(price, 40)):
            continue
        pattern = release_pattern(
            rf"{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?{re.escape(noun)}(?:s|es)?\b", re.I
        )
        counts = [
            m
            for m in pattern.finditer(view.text)
            if not any(lo <= m.start() < hi for lo, hi in money)  # "$60,000 per bitcoin"
        ]
        totals = [
            q
            for q in view.of(Kind.MONEY)
            if q is not price
            and q.per is None
            and not q.in_range
            and _TOTAL_CUE.search(view.before(q, 50))
        ]
        if len(counts) == 1 and len(totals) == 1:
            found.append((totals[0], counts[0], noun, price))
    return found


def unit_products(rel: Relations) -> list[Product]:
    """amount = count x price per unit, in the forms the module names."""
    from disclint.rules.arithmetic.claims import Product

    found: list[Product] = []
    yearly: dict[str, list[Quantity]] | None = None
    for view in rel.claim_views():
        read: set[int] = set()
        for amount, count, noun, price in _noun_products(view):
            found.append(Product(amount, _count(view, count, noun), price, "purchase"))
            read.add(id(price))
        for unit, prices in _unit_prices(view).items():
            if len(prices) != 1 or id(prices[0]) in read:
                continue
            price = prices[0]
            amounts = [q for q in view.of(Kind.MONEY) if q.per is None and not q.in_range]
            counts = list(_COUNT_OF[unit].finditer(view.text))
            if len(counts) == 1 and len(amounts) == 1:
                count = counts[0]
                amount = amounts[0]
                if (
                    amount.start > view.start + count.end()
                    and _WORTH.search(view.text[count.end() : amount.start - view.start])
                    and price.start > amount.end
                    and _ASSUMING.search(view.before(price, 60))
                ):
                    found.append(Product(amount, _count(view, count, unit), price, "purchase"))
                continue
            if yearly is None:
                yearly = _yearly_counts(rel)
            if counts or len(yearly.get(unit, [])) != 1:
                continue
            after = [
                q
                for q in view.of(Kind.MONEY)
                if q.per in (None, "year", "annum")
                and not q.in_range
                and q.start > price.end
                and _OR_PER_YEAR.search(view.text[price.end - view.start : q.start - view.start])
                and (q.per is not None or _PER_YEAR_AFTER.search(view.after(q, 50)))
            ]
            if len(after) == 1:
                found.append(Product(after[0], yearly[unit][0], price, "purchase"))
    return found


def _yearly_counts(rel: Relations) -> dict[str, list[Quantity]]:
    """Quantities per year the claim sections state ("65 million gallon per year", "120,000
    tons a year"), by unit, counted once per value (the About paragraph's are background:
    another plant, the company's total)."""
    found: dict[str, list[Quantity]] = {}
    for view in rel.section_views():
        for unit, pattern in _YEARLY_OF.items():
            for m in pattern.finditer(view.text):
                q = _count(view, m, unit)
                if all(o.value != q.value for o in found.get(unit, [])):
                    found.setdefault(unit, []).append(q)
    return found
