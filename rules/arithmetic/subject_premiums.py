"""Premiums whose price is the subject of their sentence, named, not stated: "The offer price
is a premium of 30.0% to that close, and of 40.0% to $19.64, the volume-weighted average";
"It is also 6.6% above the highest price of the past 52 weeks, $25.80"; "That price carries
a premium of ... and of 33.3% over its 30-day volume-weighted average price, $24.18".

Why a reader of its own: the premium readers take the price from the percentage's sentence
or from a "That price" they can tie to a figure. Releases of tender offers and mergers state
the offer price once and then list its premiums, one sentence each, with the price named
("The offer price", "The offer", "That value") or a pronoun ("It is also"). Here the
reference is the money figure that closes the percentage's comparison ("to $R", "over its
... VWAP of $R", "above the highest price ..., $R") and names a market price (close, VWAP,
average, high, traded); the price is the sentence's subject, resolved backward: the price of
the premium sentence before (same subject), else the one per-share price the nearest earlier
sentence with such a figure states (a price that is not itself a quote, a reference or a
difference), within a few sentences.

Refused: a sentence that states a money figure before its percentage (the other readers'),
two candidate prices in the sentence the subject points to, a reference of another currency
or scale, a direction the figures contradict (a "premium" below the reference), and a
percentage far from any the figures give (a subject resolved to another figure, not a
writer's error).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.claims import Premium

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["subject_premiums"]

#: The sentence's subject, before the percentage: a price named, or "It".
_SUBJECT = lazy_compile(
    r"^\W*(?:it|(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:price|value|offer|consideration))"
    r"\s+(?:is|was|represents|represented|carries|carried|reflects|implies|sits|stands)\b",
    re.I,
)
#: Between the percentage and its reference: the comparison, then the reference's name.
_TO_REFERENCE = lazy_compile(
    r"^\s+(?P<dir>to|over|above|below|under|higher\s+than|lower\s+than)\s+"
    r"(?:[^,;%$()]{0,90}?(?:,\s*)?)?$",
    re.I,
)
#: Words that make a figure a market quote.
_QUOTE = lazy_compile(
    r"\b(?:clos\w+|vwap|volume-weighted|average|high\w*|low\w*|traded|trading|last\s+sale"
    r"|market\s+price|quoted?)\b",
    re.I,
)
#: After a figure: it is a difference or a quote, not a price.
_NOT_A_PRICE_AFTER = lazy_compile(
    r"^\s*(?:a\s+share\s+)?(?:more|less|above|below|higher|lower|over|under)\b"
    r"|^[^.;]{0,25}\b(?:clos\w+|traded)\b",
    re.I,
)
#: Before a figure: it is a reference of a comparison.
_NOT_A_PRICE_BEFORE = lazy_compile(
    r"\b(?:to|over|above|below|under|than|from)\s+(?:the\s+)?$", re.I
)
_FIRM = (None, Qualifier.ABOUT)
LONGEST = 1200  # characters: the longest sentence read as a writer's prose
_REACH = 6  # sentences back for the subject's price
_FAR = Decimal(3)  # a stated percentage more than 3x off (or under a third) is another figure


def _firm(q: Quantity) -> bool:
    return q.qualifier in _FIRM and not q.in_range and q.interval.bounded and q.value > 0


def _prices(view: View) -> list[Quantity]:
    """The sentence's money figures that state a price: per share or per unit, not a quote,
    a reference or a difference."""
    found = []
    for q in view.of(Kind.MONEY):
        if q.scale != 1 or not _firm(q) or q.value >= 10_000:
            continue
        if _QUOTE.search(view.before(q, 45)) or _NOT_A_PRICE_BEFORE.search(view.before(q, 20)):
            continue
        if _NOT_A_PRICE_AFTER.search(view.after(q, 40)):
            continue
        found.append(q)
    return found


def _price_before(views: list[View], at: int, resolved: dict[int, Quantity]) -> Quantity | None:
    for view in reversed(views[max(0, at - _REACH) : at]):
        if view.index in resolved:
            return resolved[view.index]
        prices = _prices(view)
        if prices:
            return prices[0] if len(prices) == 1 else None
    return None


def _reference(view: View, percent: Quantity, opening: str) -> tuple[Quantity, bool] | None:
    after = [q for q in view.quantities if q.start >= percent.end]
    if not after or after[0].kind is not Kind.MONEY:
        return None
    reference = after[0]
    between = view.between(percent, reference)
    comparison = _TO_REFERENCE.match(between)
    if comparison is None or not _firm(reference) or reference.scale != 1:
        return None
    if not (_QUOTE.search(between) or _QUOTE.search(view.after(reference, 60))):
        return None
    direction = comparison.group("dir").lower()
    said = opening.lower()
    if direction in ("below", "under", "lower than") or "discount" in said:
        return reference, True
    if direction in ("to", "over") and "premium" not in said:
        return None  # "30% to $R" says no direction without "premium"
    return reference, False


def subject_premiums(rel: Relations) -> list[Premium]:
    """Premiums of a price the sentence names as its subject (see the module)."""
    read = {id(p.percent) for p in rel.premiums if p.price is not None and p.reference}
    found: list[Premium] = []
    views = list(rel.claim_views())
    resolved: dict[int, Quantity] = {}
    for at, view in enumerate(views):
        if len(view.text) > LONGEST or not _SUBJECT.match(view.text):
            continue  # (a "sentence" that long is a flattened table, not a writer's clause)
        references: set[int] = set()  # the references of the sentence's earlier percentages
        for percent in view.of(Kind.PERCENT):
            if not _firm(percent) or percent.per is not None:
                continue
            opening = view.text[: percent.start - view.start]
            stated = [
                q
                for q in view.quantities
                if q.kind is Kind.MONEY and q.end <= percent.start and id(q) not in references
            ]
            if stated:
                break  # a price stated in the sentence: the sentence readers'
            reference = _reference(view, percent, opening)
            if reference is None:
                continue
            references.add(id(reference[0]))
            if id(percent) in read:
                continue
            price = resolved.get(view.index) or _price_before(views, at, resolved)
            if price is None:
                break
            resolved[view.index] = price
            ref, discount = reference
            if price.currency != ref.currency or price.scale != ref.scale:
                continue
            ratio = price.value / ref.value
            computed = (1 - ratio if discount else ratio - 1) * 100
            if computed <= 0 or not percent.value / _FAR <= computed <= percent.value * _FAR:
                continue
            found.append(
                Premium(
                    percent,
                    price,
                    ref,
                    discount,
                    True,
                    view.start,
                    view.start + len(view.text),
                    market_reference=False,
                    subject_is_price=True,
                )
            )
    return found
