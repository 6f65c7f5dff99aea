"""NUM claim model, session 18 (issue 10, s18-parts16): products of counted things that are
no securities, and what one per-share payment costs in all.

Each case is written for this file (fictional issuers and figures): the true claim is read
and raises nothing, the same claim with one figure moved beyond its rounding is caught, and
look-alikes that are no claim (another measure, another period, a bound, several payments)
stay silent."""

from __future__ import annotations

import pytest

from tests.test_rules_arithmetic_model import codes
from tests.test_rules_arithmetic_recall import relations

# -- NUM001: count of things x rate = amount, the amount named as their total -----------------

THINGS = [
    # the amount between the count and the rate
    (
        "Some 4.20 million riders traveled on the network, paying {a} in fares, or about "
        "$73.93 each on average.",
        "$310.5 million",
        "$388.1 million",
    ),
    # a rate "each", the amount "for revenue of"
    (
        "The mine sold 52,000 ounces at a realized price of $2,450 each, for revenue of {a}.",
        "$127.4 million",
        "$159.3 million",
    ),
    # the count sold "at" a bare price, the amount in a clause of its own
    (
        "A year earlier it sold 48,000 ounces at $1,900, and revenue was {a}.",
        "$91.2 million",
        "$114.0 million",
    ),
    # the rate first, "in total" after the amount
    (
        "Processing cost was $6.10 per tonne on 3.20 million tonnes milled, {a} in total.",
        "$19.5 million",
        "$24.4 million",
    ),
    # an average selling price, the amount "of revenue" last
    (
        "Surgeons completed 2,300 implants in the quarter at an average selling price of "
        "$9,400, which is where the {a} of revenue came from.",
        "$21.6 million",
        "$27.0 million",
    ),
    # the amount first, the count and its average after a colon
    (
        "Fuel cost {a}: the carrier burned 50.0 million gallons at an average of $2.40.",
        "$120.0 million",
        "$150.0 million",
    ),
    # a rate compared with the year before is set aside
    (
        "Over the quarter it sold 1.800 million barrels; at the realized $70.00 a barrel, up "
        "from $66.10, oil brought in {a}.",
        "$126.0 million",
        "$157.5 million",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), THINGS)
def test_product_of_counted_things(body: str, true: str, moved: str) -> None:
    found = relations(body.format(a=true))
    assert any(r == "product" and true in ops for r, ops in found)
    assert codes(body.format(a=true)) == []
    assert codes(body.format(a=moved)) == ["NUM001"]


THING_NEAR_MISSES = [
    # the amount is another measure
    "The mine sold 52,000 ounces at $2,450 each, and free cash flow was $90.0 million.",
    "The mine sold 52,000 ounces at $2,450 each; cash costs were $90.0 million.",
    # the amount includes something else
    "The mine sold 52,000 ounces at $2,450 each, and revenue including by-products was "
    "$140.0 million.",
    # a bound
    "The mine expects to sell up to 60,000 ounces at $2,450 each, for revenue of $120.0 million.",
    # the only per-ounce figure is the year before's
    "Revenue was $90.0 million as the mine sold 52,000 ounces, up from $1,900 an ounce.",
    # two periods
    "The mine sold 52,000 ounces in 2025 at $2,450 each, against revenue of $90.0 million in 2024.",
    # a hedged amount
    "The mine sold 52,000 ounces at $2,450 each, for revenue of nearly $140.0 million.",
]


@pytest.mark.parametrize("body", THING_NEAR_MISSES)
def test_product_of_things_near_misses(body: str) -> None:
    assert codes(body) == []


# -- NUM001: rate per share x shares outstanding = one payment ---------------------------------

PAYOUTS = [
    # the rate in the sentence before, "at that rate"
    (
        "The board declared a quarterly dividend of $0.26 per share, payable March 3. At that "
        "rate each payment costs about {a} on the 18.27 million shares outstanding.",
        "$4.75 million",
        "$5.94 million",
    ),
    # the rate in the same sentence
    (
        "Each quarterly payment at the new rate of $0.42 a share will cost about {a} on the "
        "52,640,000 shares outstanding.",
        "$22.1 million",
        "$27.6 million",
    ),
    # a special payment, the rate two sentences back in the paragraph
    (
        "The board approved a special dividend of $3.00 per share. It is payable on "
        "December 20, 2026. The special payment will return {a} on the 41.2 million shares "
        "outstanding.",
        "$123.6 million",
        "$154.5 million",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), PAYOUTS)
def test_payout_product(body: str, true: str, moved: str) -> None:
    found = relations(body.format(a=true))
    assert any(r == "product" and true in ops for r, ops in found)
    assert codes(body.format(a=true)) == []
    assert codes(body.format(a=moved)) == ["NUM001"]


PAYOUT_NEAR_MISSES = [
    # a year of payments
    "The board declared a quarterly dividend of $0.26 per share. On an annual basis the "
    "payments cost $19.0 million on the 18.27 million shares outstanding.",
    # no payment named: a buyback in the sentence after the dividend
    "The board declared a quarterly dividend of $0.26 per share. The company repurchased "
    "shares for $3.0 million and has 18.27 million shares outstanding.",
    # the count is not of the shares outstanding
    "The board declared a quarterly dividend of $0.26 per share. The payment will cost "
    "$3.0 million on the 18.27 million shares held by non-affiliates.",
    # the per-share figure before is no dividend's
    "The shares closed at $9.50 per share on Friday. The payment will cost $3.0 million on "
    "the 18.27 million shares outstanding.",
]


@pytest.mark.parametrize("body", PAYOUT_NEAR_MISSES)
def test_payout_near_misses(body: str) -> None:
    assert codes(body) == []


# -- NUM003: a count of things as a share of their total ---------------------------------------

THING_PORTIONS = [
    # the total in the sentence before
    (
        "Output totaled 84,200 ounces in the quarter. The north pit poured 51,600 ounces, or "
        "{p} of the total; the south pit added 32,600.",
        "61.3%",
        "76.6%",
    ),
    # the total closing the percentage's phrase, a linking verb
    (
        "The 318 customers paying more than $50,000 a year make up {p} of the 2,560 total.",
        "12.4%",
        "15.5%",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), THING_PORTIONS)
def test_portion_of_counted_things(body: str, true: str, moved: str) -> None:
    found = relations(body.format(p=true))
    assert any(r == "portion" and true in ops for r, ops in found)
    assert codes(body.format(p=true)) == []
    assert codes(body.format(p=moved)) == ["NUM003"]


THING_PORTION_NEAR_MISSES = [
    # a change, not a share
    "Output totaled 84,200 ounces in the quarter. The north pit poured 51,600 ounces, up "
    "12.0% from the total a year ago.",
    # the sentence before states no total
    "The north pit poured 51,600 ounces in the quarter and 47,000 ounces a year earlier. It "
    "poured 51,600 ounces, or 70.0% of the total.",
    # the sentence before states two counts of the noun
    "Output totaled 84,200 ounces, against 80,000 ounces a year earlier. The north pit poured "
    "51,600 ounces, or 70.0% of the total.",
]


@pytest.mark.parametrize("body", THING_PORTION_NEAR_MISSES)
def test_portion_of_things_near_misses(body: str) -> None:
    assert codes(body) == []
