"""Per-unit products of physical quantities: amount = quantity x price per unit.

Two forms a release uses, each read only from its own words:

* one sentence with the quantity, its worth and the price per unit: "every ton is equal to
  1.5 barrels of oil worth roughly $140 (assuming a WTI price of $95 per barrel)";
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

from disclint.api import Interval, Kind, Quantity, lazy_compile

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


def unit_products(rel: Relations) -> list[Product]:
    """amount = count x price per unit, in the two forms the module names."""
    from disclint.rules.arithmetic.claims import Product

    found: list[Product] = []
    yearly: dict[str, list[Quantity]] | None = None
    for view in rel.claim_views():
        for unit, prices in _unit_prices(view).items():
            if len(prices) != 1:
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
