"""NUM018: preferred shares converted at their stated value give count x value / price.

"Tidewater converted 500 shares of Series B Preferred Stock, each with a stated value of
$1,000 per share, into 1,250,000 shares of common stock at a conversion price of $0.40"
states a conversion without its dollar amount: the amount is the preferred count times the
stated value per share, and the common shares issued are that amount divided by the
conversion price. NUM001 checks conversions that state the amount; this rule checks those
that state the stated value per share instead, so the $1,000 per share is never taken for
the total. The four figures must sit in one sentence, each once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from disclint.api import Finding, Kind, Quantity, RuleContext, lazy_compile, may_match, rule
from disclint.rules.arithmetic.checks import (
    CITATION_10B5,
    MONEY,
    analysis,
    difference,
    plain,
    show,
)
from disclint.rules.arithmetic.claims import View, face_interval

__all__ = ["StatedValueConversion", "conversions_at_stated_value", "stated_value_conversion"]

_CONVERT = re.compile(r"convert", re.IGNORECASE)
_STATED = re.compile(r"stated value\s+(?:of\s+)?(?:approximately\s+)?$", re.IGNORECASE)
#: "($1,000 stated value per share)": the value written before its name
_STATED_AFTER = lazy_compile(
    r"^\s*(?:in\s+)?stated\s+value\s+(?:per|for\s+each|each)\b", re.IGNORECASE
)
#: "The preferred shares are convertible at ...": a sentence about the preferred stock the
#: sentence before sold or issued
_INTO = lazy_compile(
    r"\b(?:into|issued|delivered)\s+(?:an\s+aggregate\s+of\s+|a\s+total\s+of\s+|up\s+to\s+)?"
    r"(?:approximately\s+)?$",
    re.IGNORECASE,
)
_THE_PREFERRED = lazy_compile(
    r"^\W*(?:the|each|such|these)\s+(?:shares\s+of\s+(?:the\s+)?)?(?:series\s+\w+\s+)?"
    r"(?:convertible\s+)?preferred\b",
    re.IGNORECASE,
)
_AGGREGATE = lazy_compile(r"aggregate|total", re.IGNORECASE)
_CONVERSION_PRICE = re.compile(
    r"conversion price\s+(?:of\s+)?(?:approximately\s+)?$|convert(?:ed|ible) at\s+$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class StatedValueConversion:
    """issued = preferred x stated value / conversion price."""

    preferred: Quantity
    stated_value: Quantity
    price: Quantity
    issued: Quantity


def _one(found: list[Quantity]) -> Quantity | None:
    return found[0] if len(found) == 1 else None


def _figures(view: View) -> tuple[list[Quantity], ...]:
    """The sentence's stated values, conversion prices, preferred counts and common counts."""
    money = [q for q in view.of(Kind.MONEY) if not q.in_range and q.value > 0]
    stated = [
        q
        for q in money
        if (
            (
                _STATED.search(view.before(q, 40))
                and not _AGGREGATE.search(view.before(q, 40))
                # the value of each share: "$1,000 per share", "each with a stated value of"
                and (
                    q.per in ("share", "preferred share")
                    or re.search(r"\beach\b[^.;$]{0,60}$", view.before(q, 70), re.I)
                )
            )
            or _STATED_AFTER.match(view.after(q, 40))
        )
    ]
    prices = [q for q in money if _CONVERSION_PRICE.search(view.before(q, 40))]
    counts = [q for q in view.of(Kind.SHARES) if not q.in_range and q.instrument is None]
    preferred = [q for q in counts if "preferred" in (q.share_class or "")]
    # the common shares issued, of any class ("Class A common stock")
    issued = [q for q in counts if q not in preferred]
    return stated, prices, preferred, issued


def conversions_at_stated_value(views: list[View]) -> Iterator[StatedValueConversion]:
    for i, view in enumerate(views):
        if not (may_match(_CONVERT, view.folded) and _CONVERT.search(view.text)):
            continue
        stated, prices, preferred, issued = _figures(view)
        if (
            not (stated and preferred)
            and i > 0
            and _THE_PREFERRED.match(view.text)
            and views[i - 1].block is not None
        ):
            # "... sold 850 shares of Series A Preferred Stock ($1,000 stated value per
            # share)." then "The preferred shares are convertible at $2.50 per share into
            # 340,000 shares of common stock": the sale's sentence states the count and value
            earlier = _figures(views[i - 1])
            stated = stated or earlier[0]
            preferred = preferred or earlier[2]
            # only the shares the conversion gives ("into an aggregate of 340,000 shares",
            # "as a result, Acme issued 340,000 shares"), not other shares the sentence
            # names ("dividends payable in 300,000 shares")
            issued = [q for q in issued if _INTO.search(view.before(q, 40))]
        value, price, count, common = _one(stated), _one(prices), _one(preferred), _one(issued)
        if value and price and count and common and value is not price:
            yield StatedValueConversion(count, value, price, common)


@rule(
    code="NUM018",
    name="stated-value-conversion",
    family="arithmetic",
    severity="error",
    summary="Preferred count x stated value / conversion price is not the shares issued",
    citation=CITATION_10B5 + "; the certificate of designations' conversion formula",
    examples=(
        (
            "Tidewater converted 500 shares of Series B Preferred Stock, each with a stated "
            "value of $1,000 per share, into 1,500,000 shares of common stock at a conversion "
            "price of $0.40 per share.",
            "Tidewater converted 500 shares of Series B Preferred Stock, each with a stated "
            "value of $1,000 per share, into 1,250,000 shares of common stock at a conversion "
            "price of $0.40 per share.",
        ),
    ),
)
def stated_value_conversion(ctx: RuleContext) -> Iterator[Finding]:
    """A certificate of designations converts each preferred share at its stated value
    divided by the conversion price. A release that gives the preferred count, the stated
    value per share, the conversion price and the common shares issued states that
    formula; the shares issued must be count x stated value / price, within the figures'
    rounding. (The stated value is per share: reading "$1,000 per share" as the amount
    converted is the mistake this rule avoids.)"""
    rel = analysis(ctx).relations
    claims = list(conversions_at_stated_value(rel.section_views()))
    if rel.holds(MONEY):  # a stated value and a conversion price are money figures
        from disclint.rules.arithmetic.figure_queries import figure_stated_values

        claims.extend(figure_stated_values(rel))
    seen: set[int] = set()
    for claim in claims:
        if id(claim.issued) in seen:
            continue  # the sentence reader's conversion and the paragraph's: one finding
        seen.add(id(claim.issued))
        amount_iv = claim.preferred.interval * face_interval(claim.stated_value)
        computed_iv = amount_iv / face_interval(claim.price)
        if computed_iv.overlaps(claim.issued.interval):
            continue
        amount = claim.preferred.value * claim.stated_value.value
        computed = amount / claim.price.value
        yield ctx.finding(
            claim.issued.start,
            claim.issued.end,
            f"{plain(claim.preferred)} at {plain(claim.stated_value)} stated value, converted "
            f"at {plain(claim.price)}, is {show(computed, claim.issued)}, not "
            f"{claim.issued.text.strip()}",
            evidence=(
                f"{plain(claim.preferred)} x {plain(claim.stated_value)} = "
                f"{show(amount, claim.stated_value)}; / {plain(claim.price)} = "
                f"{show(computed, claim.issued)}",
                f"stated: {plain(claim.issued)}",
                difference(computed, claim.issued),
            ),
        )
