"""NUM claim model, session 11 (issue 10): what a sentence's wording says a figure measures.

Misses of the training splits whose cause is the phrase a figure stands in: a price stated
"apiece" in the sentence before the count sold; what warrants "would bring in" if all were
exercised, priced "to buy one common share at $X"; a list summed in apposition ("an
aggregate of"); parts listed in a parenthesis after their total; a count whose noun is the
whole's ("4,000,000 of Tarrow's 52,000,000 shares"); an issuer's name before "shares"; a
percentage in an aside before the part it measures. Fictional issuers and figures. Each:
the true claim is read and raises nothing, one operand moved beyond its rounding is caught,
and a look-alike that is no claim stays silent."""

from __future__ import annotations

import pytest

from tests.test_rules_arithmetic_model import codes
from tests.test_rules_arithmetic_recall import relations

CASES = [
    # NUM001: the price "apiece" in the sentence before the count and the gross proceeds
    (
        "Quillon Minerals Corp. closed its private placement of units, priced at $0.25 "
        "apiece. A total of 8,000,000 units were sold, for gross proceeds of {x}.",
        "product",
        "$2,000,000",
        "$2,500,000",
        "NUM001",
    ),
    # NUM001: what the warrants would bring in if all were exercised, at the price per share
    # their terms give without "per share"
    (
        "Each unit consists of one common share and one warrant; each warrant entitles the "
        "holder to buy one common share at $0.50 for three years. The 4,000,000 warrants "
        "would bring in a further {x} if all were exercised.",
        "product",
        "$2,000,000",
        "$2,600,000",
        "NUM001",
    ),
    # NUM014: the sum in apposition to its list
    (
        "Director Ana Belcourt subscribed for 600,000 units and director Tomas Revel for "
        "400,000 units, an aggregate of {x} units.",
        "parts-total",
        "1,000,000",
        "1,250,000",
        "NUM014",
    ),
    # NUM014: the parts in a parenthesis after the total and its date
    (
        "Total loans at Marrow Savings Bank reached {x} at June 30, 2026 (commercial real "
        "estate $410 million, residential mortgages $250 million and consumer loans $90 "
        "million).",
        "parts-total",
        "$750 million",
        "$940 million",
        "NUM014",
    ),
    # NUM004: the holding's noun written once, after the whole it is a part of
    (
        "After the closing, the sellers will hold 3,000,000 of Brisco Freight's 40,000,000 "
        "shares outstanding, about {x}.",
        "portion",
        "7.5%",
        "9.4%",
        "NUM004",
    ),
    # NUM003: the percentage in an aside before the part; the whole named in the aside
    (
        "Nonperforming loans, at {x} of total loans, were $6.3 million; total loans stood at "
        "$900 million.",
        "portion",
        "0.70%",
        "0.88%",
        "NUM003",
    ),
    # NUM001: the amount converted in the sentence before its price and the shares issued
    (
        "Holders of the Company's 10% debentures elected to convert {x} of principal. At the "
        "conversion price of $0.40 per share, Verrin Labs issued 2,000,000 common shares.",
        "product",
        "$800,000",
        "$1,000,000",
        "NUM001",
    ),
    # NUM001: the issuer's name between the count and "shares"
    (
        "The sellers will receive three million newly issued Harlan shares, valued at {x} "
        "based on Harlan's closing price of $20.00 on May 1, 2026.",
        "product",
        "$60 million",
        "$75 million",
        "NUM001",
    ),
]


@pytest.mark.parametrize(("body", "relation", "true", "moved", "code"), CASES)
def test_the_phrase_says_what_the_figure_measures(
    body: str, relation: str, true: str, moved: str, code: str
) -> None:
    read = relations(body.format(x=true))
    assert any(r == relation and true in ops for r, ops in read), read
    assert codes(body.format(x=true)) == []
    assert code in codes(body.format(x=moved))


NEAR_MISSES = [
    # the price before prices something else: warrants, not the units counted
    "Each warrant is exercisable at $0.50 each. A total of 8,000,000 units were sold, for "
    "gross proceeds of $3,000,000.",
    # two counts in the sentence after the price: which one did the price buy?
    "The units were priced at $0.25 apiece. The Company sold 8,000,000 units and 2,000,000 "
    "flow-through units, for gross proceeds of $3,100,000.",
    # the warrants' amount if only some were exercised: no full exercise stated
    "Each warrant entitles the holder to buy one common share at $0.50. The 4,000,000 "
    "warrants exercised so far brought in $1,300,000.",
    # a parenthesis of prior-period figures is no list of parts
    "Total loans reached $750 million at June 30, 2026 ($700 million at June 30, 2025 and "
    "$720 million at March 31, 2026).",
    # a parenthesis naming only some parts, with a percentage: no sum stated
    "Total deposits were $980 million (time deposits 30% and savings $200 million).",
    # "of" between two counts of different things: no part of a whole
    "The company sold 3,000,000 of its shares to 120 investors, about 2.5% of them institutions.",
    # an aside percentage of a measure the release does not state
    "Nonperforming loans, at 0.70% of total loans, were $6.3 million.",
    # the conversion before states its own shares: the sentence after sells others
    "Holders elected to convert $800,000 of principal into 2,000,000 shares. At the "
    "conversion price of $0.40 per share, Verrin Labs also issued 500,000 shares.",
    # "an aggregate of" a count not summing the figures before it, with other words between
    "Harlan issued 600,000 shares to its lender in March; it has issued an aggregate of "
    "2,500,000 shares to date.",
]


@pytest.mark.parametrize("body", NEAR_MISSES)
def test_look_alikes_stay_silent(body: str) -> None:
    assert codes(body) == []
