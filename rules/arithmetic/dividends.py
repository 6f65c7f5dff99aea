"""NUM013: a dividend's periodic amount, its annual rate and its yield must agree.

"A quarterly dividend of $0.27 per share, or $1.08 per share on an annualized basis,
a yield of 4.2% on the closing price of $25.71" states one dividend three ways. The claim
reader here ties each per-share amount to its period from the phrase it sits in
("quarterly dividend of $D", "$D per share per quarter", "annualized", "annual rate of
$A") and each yield to the price it is measured on; the checks are quarterly x 4 =
annual, monthly x 12 = annual and annual / price = yield, within the figures' rounding.

An amount the words tie to a different dividend (the prior one "up from $0.25", an
increase "of $0.02", a special dividend) is no operand; a paragraph that states two
different quarterly (or annual) amounts is left alone, because which pairs with which is
not known.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from disclint.api import (
    Finding,
    Interval,
    Kind,
    Quantity,
    RuleContext,
    lazy_compile,
    may_match,
    rule,
)
from disclint.rules.arithmetic.checks import CITATION_10B5, analysis, difference, plain, show
from disclint.rules.arithmetic.claims import View, face_interval

__all__ = ["DividendClaim", "dividend_claims", "dividend_consistency"]

HUNDRED = Decimal(100)
#: Payments per year of each period word.
PER_YEAR = {"quarterly": Decimal(4), "monthly": Decimal(12), "semi-annual": Decimal(2)}

#: "a quarterly payout of $0.27 per share" names the dividend as plainly as "dividend" (a
#: payout ratio is a percentage of earnings, not a payment)
_DIVIDEND = lazy_compile(r"dividend|distribution|\bpayouts?\b(?!\s+ratio)", re.IGNORECASE)
#: "Paid four times, the dividend amounts to", "Four such payments come to", "Paid for four
#: quarters at that rate, the dividend comes to": a year of payments, then its sum.
_YEAR_OF_PAYMENTS = lazy_compile(
    r"\b(?:four|4|twelve|12)\s+(?:such\s+)?(?:quarterly\s+|monthly\s+)?(?:payments|quarters"
    r"|months|times)(?:\s+at\s+(?:that|this|the\s+(?:new|current))\s+rate)?,?\s+(?:(?:the|its"
    r"|our|that)\s+(?:new\s+)?(?:dividend|distribution|payout)\s+)?(?:comes?|amounts?"
    r"|adds?\s+up|totals?|equals?|is|are|would\s+(?:come|amount|total))\s+(?:to\s+)?"
    r"(?:about\s+|approximately\s+)?$",
    re.IGNORECASE,
)
_PERIOD_BEFORE = lazy_compile(
    # "Annualized, that is $A": the word may close its own phrase
    r"\b(?P<word>quarterly|monthly|semi-?annual|annual(?:ized)?|yearly)\b(?:(?<=annualized),)?"
    # "annual earnings of $1.60 per share" is another measure's annual figure
    r"(?:\s+(?!(?:earnings|income|revenues?|sales|eps|e\.p\.s\.|ffo|affo|profits?)\b)[^\s$]+){0,6}?"
    r"\s+(?:of|is|was|will be|to|at|equals?|of approximately|becomes|became|will become"
    r"|remains|stands at|is now)\s+$",
    re.IGNORECASE,
)
_PERIOD_AFTER = lazy_compile(
    r"^\s*(?:per\s+(?:common\s+)?(?:share|unit)\s*)?,?\s*(?:(?:per|a|each|for\s+the)\s+"
    r"(?P<per>quarter|month|year|annum)\b|(?:on\s+an\s+)?(?P<ann>annual(?:ized)?(?:\s+basis)?"
    r"|annually)\b)",
    re.IGNORECASE,
)
#: Words that make an amount something other than the dividend stated: the prior rate, an
#: increase, a special or one-time payment, a total paid out.
_NOT_THE_DIVIDEND = lazy_compile(
    r"(?:\bfrom|previous(?:ly)?|prior|last|compared\s+(?:to|with)|increase\s+of|special"
    r"|one-time|extra|supplemental|variable|total(?:ing|led|ed)?|aggregate)\W+(?:\w+\W+){0,3}$"
    r"|\bby\s+(?:approximately\s+|about\s+)?$",
    re.IGNORECASE,
)
_YIELD_BEFORE = lazy_compile(r"yield(?:ing|s)?\s+(?:of\s+)?(?:approximately\s+|about\s+)?$", re.I)
_YIELD_AFTER = lazy_compile(
    r"^\s*(?:annual(?:ized)?\s+)?(?:dividend\s+|distribution\s+)?yield", re.I
)
#: A figure of an earlier date or period: "3.5% a year ago".
_EARLIER_AFTER = lazy_compile(
    r"^\s*(?:a\s+year\s+(?:ago|earlier)|last\s+year|in\s+the\s+prior|previously)\b", re.I
)
_PRICE_AFTER = lazy_compile(r"^\s*(?:unit|share|stock|closing|market)\s+price\b", re.I)
_PRICE_BEFORE = lazy_compile(
    r"(?:closing|share|stock|market|last)\s+(?:sale\s+|trading\s+|unit\s+|share\s+"
    r"|stock\s+)?price\s+(?:of\s+)?"
    r"(?:[\w'’]+\s+){0,4}?(?:of\s+)?$"
    # "on the October 28 close of $56.40" (not "the unadjusted close was": another price)
    r"|\bclose\s+of\s+$"
    # "a 2.8% yield on $38.40, the price at which ...": the figure a yield is "on"
    r"|\byield\s+(?:of\s+)?(?:approximately\s+|about\s+)?(?:[\d.]+\s*%\s+)?(?:on|at)\s+$"
    r"|\d\s*%\s+yield\s+(?:on|at)\s+$",
    re.IGNORECASE,
)


_ORDINAL_QUARTER_AFTER = lazy_compile(
    r"^(?:\s+per\s+(?:common\s+)?(?:share|unit))?(?:\s*,)?\s+for\s+the\s+(?:first|second|third"
    # (the group "ann" of ``_PERIOD_AFTER``, never matched here)
    r"|fourth)\s+(?:fiscal\s+)?(?P<per>quarter)\b(?P<ann>(?!))?",
    re.IGNORECASE,
)
_DIVIDEND_BEFORE = lazy_compile(
    r"\b(?:dividends?|distributions?)\s+(?:of|was|is|will\s+be)\s+(?:approximately\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DividendClaim:
    """A periodic dividend with its annual rate, or an annual rate with its yield."""

    periodic: Quantity | None  # the quarterly / monthly amount
    times: Decimal  # payments per year of ``periodic``
    annual: Quantity | None
    yield_: Quantity | None = None
    price: Quantity | None = None


def _period_of(view: View, q: Quantity) -> str | None:
    """ "quarterly", "monthly", "semi-annual" or "annual" from the phrase ``q`` sits in."""
    before = view.before(q, 70)
    if _NOT_THE_DIVIDEND.search(before):
        return None
    after = _PERIOD_AFTER.match(view.after(q, 50))
    if after is None and _DIVIDEND_BEFORE.search(before):
        # "a dividend of $0.25 per share for the third quarter": a quarter named by its
        # ordinal, after an amount the dividend's own name introduces (an EPS "for the third
        # quarter" is no payment)
        after = _ORDINAL_QUARTER_AFTER.match(view.after(q, 50))
    if after:
        if after.group("ann") or after.group("per") in ("year", "annum"):
            return "annual"
        return "quarterly" if after.group("per") == "quarter" else "monthly"
    if _YEAR_OF_PAYMENTS.search(before):
        return "annual"
    match = _PERIOD_BEFORE.search(before)
    if match is None:
        return None
    word = match.group("word").lower().replace("semiannual", "semi-annual")
    return "annual" if word.startswith(("annual", "yearly")) else word


#: An amount the quantity reader reads "per" a period ("$1.04 a year", "$0.63 a quarter"):
#: the period is the phrase's own.
_PER_PERIOD = {"year": "annual", "annum": "annual", "quarter": "quarterly", "month": "monthly"}
#: An amount a year the words make an aim, not the rate paid ("$1.40 a year is its target").
_AIMED = lazy_compile(
    r"\b(?:target\w*|goal|aim\w*|objective|expect\w*|plan\w*|intend\w*|guidance)\b", re.I
)


def _amounts(view: View) -> Iterator[tuple[str, Quantity]]:
    for q in view.of(Kind.MONEY):
        if q.in_range or q.negative or q.scale != 1 or q.value >= 1000:
            continue
        if q.per in _PER_PERIOD:
            aimed = _AIMED.search(view.before(q, 40)) or _AIMED.search(view.after(q, 40))
            if not aimed and not _NOT_THE_DIVIDEND.search(view.before(q, 70)):
                yield _PER_PERIOD[q.per], q
            continue
        if q.per not in (None, "share", "unit", "ads", "preferred share"):
            continue
        period = _period_of(view, q)
        if period is not None:
            yield period, q


def dividend_claims(views: list[View]) -> list[DividendClaim]:
    """The dividend claims of a release's claim sentences, paragraph by paragraph."""
    by_block: dict[int | None, list[View]] = {}
    for view in views:
        by_block.setdefault(view.block, []).append(view)
    claims: list[DividendClaim] = []
    before: dict[str, list[Quantity]] = {}  # the previous dividend paragraph's amounts
    for block in by_block.values():
        # a view lacking every required word ("dividend", ...) is not searched
        if not any(
            may_match(_DIVIDEND, view.folded) and _DIVIDEND.search(view.text) for view in block
        ):
            before = {}
            continue
        found: dict[str, list[Quantity]] = {}
        by_view: list[dict[str, list[Quantity]]] = []
        for view in block:
            own: dict[str, list[Quantity]] = {}
            for period, q in _amounts(view):
                found.setdefault(period, []).append(q)
                own.setdefault(period, []).append(q)
            by_view.append(own)
        stated = found
        # "The distribution represents an annualized yield of 8.8% based on ...": a
        # paragraph that states no amount but the price measures the yield of the payment
        # the paragraph before states ("a special distribution of $0.50 per unit represents
        # a yield of 3.3%" is its own payment's)
        earlier = before if not any(_other_amounts(view) for view in block) else {}
        if "annual" in found and not any(p in found for p in PER_YEAR):
            # "declared a quarterly cash dividend of $0.23 per share ..." then, in the next
            # paragraph, "On an annualized basis, the new dividend rate is $0.92 per share":
            # the annual rate of the payment the paragraph before states
            found = {**{p: q for p, q in before.items() if p in PER_YEAR}, **found}
        before = stated
        annual = _unique(found.get("annual", []))
        for period, times in PER_YEAR.items():
            periodic = _unique(found.get(period, []))
            if periodic is not None and annual is not None:
                claims.append(DividendClaim(periodic, times, annual))
            elif periodic is None and found.get(period) and annual is not None:
                # two rates in the paragraph ("$0.21 per pre-split share. After the split
                # the quarterly rate becomes $0.14 per share, equal to $0.56 annually"):
                # the annual rate is its own sentence's one rate's
                for own in by_view:
                    mine = _unique(own.get(period, []))
                    if mine is not None and annual in own.get("annual", []):
                        claims.append(DividendClaim(mine, times, annual))
        for view in block:
            claims.extend(_yields(view, found or earlier))
    return claims


def _other_amounts(view: View) -> list[Quantity]:
    """The sentence's amounts that are not a stock or unit price."""
    return [
        q
        for q in view.of(Kind.MONEY)
        if not (_PRICE_BEFORE.search(view.before(q, 60)) or _PRICE_AFTER.match(view.after(q, 30)))
    ]


def _unique(amounts: list[Quantity]) -> Quantity | None:
    return amounts[0] if amounts and len({q.value for q in amounts}) == 1 else None


def _yields(view: View, found: dict[str, list[Quantity]]) -> Iterator[DividendClaim]:
    for q in view.of(Kind.PERCENT):
        if q.in_range:
            continue
        if not (_YIELD_BEFORE.search(view.before(q, 40)) or _YIELD_AFTER.match(view.after(q, 40))):
            continue
        if _NOT_THE_DIVIDEND.search(view.before(q, 40)) or _EARLIER_AFTER.match(view.after(q, 30)):
            continue  # "compared with a yield of 3.5% a year ago": another day's price

        prices = [
            p
            for p in view.of(Kind.MONEY)
            if _PRICE_BEFORE.search(view.before(p, 60)) or _PRICE_AFTER.match(view.after(p, 30))
        ]
        if len(prices) != 1:
            continue
        annual = _unique(found.get("annual", []))
        if annual is not None:
            yield DividendClaim(None, Decimal(1), annual, q, prices[0])
            continue
        for period, times in PER_YEAR.items():
            periodic = _unique(found.get(period, []))
            if periodic is not None:
                yield DividendClaim(periodic, times, None, q, prices[0])
                break


@rule(
    code="NUM013",
    name="dividend-rate",
    family="arithmetic",
    severity="error",
    summary="Quarterly x 4 (monthly x 12) is not the annual dividend, or the yield is off",
    citation=CITATION_10B5 + "; Nasdaq Rule 5250(e)(6) and NYSE Listed Company Manual "
    "204.12 (dividend notices)",
    examples=(
        (
            "declared a quarterly cash dividend of $0.27 per share, or $1.18 per share on an "
            "annualized basis.",
            "declared a quarterly cash dividend of $0.27 per share, or $1.08 per share on an "
            "annualized basis.",
        ),
        (
            "declared a monthly distribution of $0.05 per unit, an annualized rate of $0.60 per "
            "unit and a yield of 6.5% based on the closing price of $7.06 on March 3.",
            "declared a monthly distribution of $0.05 per unit, an annualized rate of $0.60 per "
            "unit and a yield of 8.5% based on the closing price of $7.06 on March 3.",
        ),
    ),
)
def dividend_consistency(ctx: RuleContext) -> Iterator[Finding]:
    """A dividend announcement usually states the payment, its annual rate and often the
    yield; investors and the exchange's dividend notice read all three, and a slip (a
    quarterly amount ten times the annual one, a yield on the wrong price) misstates what
    holders will receive. The periodic amount times payments a year must be the annual
    rate, and the annual rate divided by the stated price must be the yield, each figure
    within its own rounding ("$0.27" is 0.265..0.275). Only amounts the words tie to the
    same dividend are compared (a prior rate "up from $0.25" or a special dividend is left
    out), within one paragraph."""
    for claim in dividend_claims(analysis(ctx).relations.section_views()):
        yield from _check(ctx, claim)


def _check(ctx: RuleContext, claim: DividendClaim) -> Iterator[Finding]:
    if claim.yield_ is None and claim.periodic is not None and claim.annual is not None:
        computed_iv = face_interval(claim.periodic).scaled(claim.times)
        if computed_iv.overlaps(face_interval(claim.annual)):
            return
        computed = claim.periodic.value * claim.times
        yield ctx.finding(
            claim.annual.start,
            claim.annual.end,
            f"{plain(claim.periodic)} x {claim.times} = {show(computed, claim.annual)} a year, "
            f"not {plain(claim.annual)}",
            evidence=(
                f"{plain(claim.periodic)} x {claim.times} payments a year = "
                f"{show(computed, claim.annual)}",
                f"stated annual rate: {plain(claim.annual)}",
                difference(computed, claim.annual),
            ),
        )
        return
    yield_, price = claim.yield_, claim.price
    if yield_ is None or price is None or price.value <= 0:
        return
    if claim.annual is not None:
        annual_iv, annual, working = (
            face_interval(claim.annual),
            claim.annual.value,
            plain(claim.annual),
        )
    elif claim.periodic is not None:
        annual_iv = face_interval(claim.periodic).scaled(claim.times)
        annual = claim.periodic.value * claim.times
        working = f"({plain(claim.periodic)} x {claim.times})"
    else:
        return
    yield_iv: Interval = (annual_iv / face_interval(price)).scaled(HUNDRED)
    if yield_iv.overlaps(yield_.interval):
        return
    computed = annual / price.value * HUNDRED
    yield ctx.finding(
        yield_.start,
        yield_.end,
        f"a {working} annual dividend on {plain(price)} is a yield of "
        f"{show(computed, yield_)}, not {yield_.text.strip()}",
        evidence=(
            f"{working} / {plain(price)} = {show(computed, yield_)}",
            f"stated yield: {yield_.text.strip()}",
            difference(computed, yield_),
        ),
    )
