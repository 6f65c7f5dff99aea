"""Fees stated as a percentage with their value, whose base goes unnamed: "an underwriting
discount of 6.5%, about $2.44 million", "a management fee of 1.0%, or $0.13 million", "the
sales agent's 3.0% commission, $0.11 million".

``named_portions`` reads a percentage "of" a named whole ("7.5% of the gross proceeds, or
about $750,000"). A fee, commission or underwriting discount is a share of the sale's gross
proceeds whether or not the sentence says so, and releases often leave the base out. Here a
fee percentage with one money figure in apposition is read against the gross of its sale:

* the one gross the sentence states before the fee ("raising $3.61 million; the sales
  agent's 3.0% commission, $0.11 million"), or else
* the one gross the release states for its sale (``named_portions``' reading: every figure
  typed as the sale's gross, none conditional, all restating one figure).

The fee must be the percentage's noun ("a fee of P%", "P% commission"); a percentage "of"
anything is ``named_portions``' (or another whole's), and a sentence that narrows or
reduces the fee (investors introduced by the issuer, a reduced rate, an exception, a cap,
a tranche) is not read. Silence otherwise.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from disclint.api import Kind, Qualifier, lazy_compile
from disclint.rules.arithmetic.claims import Portion
from disclint.rules.arithmetic.named_portions import _gross, usable_money

if TYPE_CHECKING:
    from disclint.api import Quantity
    from disclint.rules.arithmetic.claims import Relations, View

__all__ = ["fee_portions"]

#: The fee named before its percentage: "a cash fee of", "an underwriting discount of",
#: "a management fee equal to".
_FEE_BEFORE = lazy_compile(
    r"\b(?:fees?|commissions?|underwriting\s+discounts?)\s+(?:of|equal\s+to)\s+"
    r"(?:about\s+|approximately\s+)?$",
    re.I,
)
#: The fee named after its percentage: "3.0% commission", "7% cash fee".
_FEE_AFTER = lazy_compile(
    r"^\s+(?:(?:cash|placement|management|selling|sales|agent|underwriting)\s+)?"
    r"(?:fee|commission)\b",
    re.I,
)
#: Between the fee and its value: ", or $X", ", about $X", " (or $X".
_VALUE_AFTER = lazy_compile(
    r"^\s*(?:,|\()\s*(?:or\s+|i\.e\.,?\s+|equal\s+to\s+)?"
    r"(?:about\s+|approximately\s+|roughly\s+|some\s+)?$",
    re.I,
)
#: A sentence that narrows, reduces or caps the fee, or splits the sale.
_NARROWED = lazy_compile(
    r"\breduced\b|\bexcept\b|\bother\s+than\b|\bexcluding\b|\bintroduced\b|\bup\s+to\b"
    r"|\btranches?\b|\bmaximum\b|\bminimum\b|\bif\b|\bper\s+annum\b|\bannual\b|\bassets\b"
    r"|\bexercise\b|\brespectively\b",
    re.I,
)
_FIRM = (None, Qualifier.ABOUT)
#: A whole further than this factor from part / percent is not read as a typo.
PLAUSIBLE = 2


def _value(view: View, percent: Quantity, figures: list[Quantity]) -> Quantity | None:
    """The money figure in apposition after the fee's percentage (after "commission" when
    the noun follows it)."""
    i = figures.index(percent)
    later = figures[i + 1] if i + 1 < len(figures) else None
    if later is None or later.kind is not Kind.MONEY:
        return None
    gap = view.between(percent, later)
    noun = _FEE_AFTER.match(gap)
    if noun is not None:
        gap = gap[noun.end() :]
    elif not _FEE_BEFORE.search(view.before(percent, 60)):
        return None
    return later if _VALUE_AFTER.match(gap) else None


def _sentence_gross(
    rel: Relations, view: View, percent: Quantity, figures: list[Quantity]
) -> Quantity | None:
    """The one gross the sentence states before the fee, as the figure reader types it."""
    from disclint.rules.arithmetic.figures import reading_of

    reading = reading_of(rel)
    typed = {id(f.quantity): f for f in reading.by_view.get(view.index, ())}
    found = [
        q
        for q in figures
        if q.end <= percent.start
        and q.kind is Kind.MONEY
        and (f := typed.get(id(q))) is not None
        and f.concept == "gross"
        and not f.conditional
    ]
    return found[0] if len(found) == 1 and usable_money(found[0]) else None


def fee_portions(rel: Relations) -> list[Portion]:
    """Fee percentages with their value, read against the gross of their sale."""
    found: list[Portion] = []
    release_gross: list[Quantity | None] = []
    for view in rel.claim_views():
        if "%" not in view.text or _NARROWED.search(view.text):
            continue
        figures = sorted(
            (q for q in view.quantities if q.kind in (Kind.MONEY, Kind.PERCENT)),
            key=lambda q: q.start,
        )
        for percent in figures:
            if percent.kind is not Kind.PERCENT or percent.qualifier not in _FIRM:
                continue
            if not percent.interval.bounded or not 0 < percent.value < 100:
                continue
            if view.after(percent, 5).lstrip().lower().startswith("of "):
                continue  # a whole named: ``named_portions``' reading, or another whole
            part = _value(view, percent, figures)
            if part is None or not usable_money(part):
                continue
            implied = part.value * 100 / percent.value
            whole = _sentence_gross(rel, view, percent, figures)
            if whole is None:
                if any(
                    q.kind is Kind.MONEY
                    and q.end <= percent.start
                    and implied / PLAUSIBLE <= q.value <= implied * PLAUSIBLE
                    for q in figures
                ):
                    continue  # a base of the sentence's own the figure reader left untyped
                if not release_gross:
                    release_gross.append(_gross(rel))
                whole = release_gross[0]
            if whole is None or whole is part or whole.value <= part.value:
                continue
            if whole.start > percent.start:
                # a gross stated after the fee is another sale's (a release of several
                # transactions states each one's fee in its own paragraph)
                continue
            if (whole.currency or "USD") != (part.currency or "USD"):
                continue
            if not whole.value / PLAUSIBLE <= implied <= whole.value * PLAUSIBLE:
                continue
            found.append(Portion(part, percent, whole, False, False, False, False))
    return found
