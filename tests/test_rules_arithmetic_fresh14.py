"""NUM rules, session 14: the false alarms of the fresh split ``own12`` at its first score
(read after it), each turned into a general reading and tested on passages written here
(invented issuers and figures, worded apart from the split's own sentences):

* an amount in apposition to a percentage ("7.0% of gross proceeds, about $2.1 million")
  is that percentage's value (a fee), not the sale's gross;
* a label after "<figure> of" ("$6.0 million of the gross proceeds") is that figure's
  whole, not the name of an amount later in the sentence;
* a premium over a price of the release's own deal named by its kind ("above the unit
  price") is stated, not missing; "on the same day" and an "N-day" average date it;
* a margin of a year earlier is not divided by this year's revenue: a fiscal year is named
  by its label ("Fiscal 2026"), not the calendar year it ends in;
* a paragraph with two quarterly rates pairs the annual rate with its own sentence's.
"""

from __future__ import annotations

import pytest

from tests.test_rules_arithmetic_model import codes

SALE = (
    "Orlen Bay Therapeutics sold 5,000,000 shares of common stock at $3.00 per share in an "
    "underwritten public offering.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Underwriting discounts are 7.0% of gross proceeds, about $1.05 million, and other "
        "expenses are $300,000.",
        "The agent's cash fee is 6.5% of the gross proceeds (about $975,000).",
        "The underwriters receive 7.0% of the gross proceeds, or roughly $1.05 million.",
    ],
)
def test_a_percentages_value_is_not_the_gross(sentence: str) -> None:
    assert codes(SALE + sentence) == []


def test_the_sale_is_still_checked_beside_a_fee() -> None:
    body = (
        "Orlen Bay Therapeutics sold 5,000,000 shares of common stock at $3.00 per share, for "
        "gross proceeds of {gross}.\n\n"
        "Underwriting discounts are 7.0% of gross proceeds, about $1.05 million."
    )
    assert codes(body.format(gross="$15.0 million")) == []
    assert "NUM001" in codes(body.format(gross="$18.0 million"))


def test_net_against_a_fee_value_is_no_net_above_gross() -> None:
    body = (
        SALE + "Commissions come to 7.0% of gross proceeds, about $1.05 million, and the "
        "company expects net proceeds of approximately $13.6 million."
    )
    assert "NUM006" not in codes(body)


def test_a_part_of_the_gross_names_its_own_figure_only() -> None:
    body = (
        "Investors bought 4,000,000 units at $1.50 per unit and 500,000 pre-funded units at "
        "$1.499. The units account for $6.0 million of the gross proceeds and the pre-funded "
        "units for about $0.75 million."
    )
    assert "NUM001" not in codes(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "The warrants are exercisable at $1.80 per share, 20.0% above the unit price.",
        "The conversion price is $3.60, a premium of 20% to the offering price.",
    ],
)
def test_a_premium_to_the_deals_own_price_is_stated(sentence: str) -> None:
    body = "Investors bought 4,000,000 units at $1.50 per unit in a registered offering.\n\n"
    assert "NUM002" not in codes(body + sentence)


@pytest.mark.parametrize("reference", ["the closing price", "the market price"])
def test_a_premium_to_an_unstated_market_price_still_warns(reference: str) -> None:
    body = (
        "Investors bought 4,000,000 units at $1.50 per unit in a registered offering.\n\n"
        f"The warrants carry an exercise price of $1.80 a share, 20.0% above {reference}, "
        "and expire in five years."
    )
    assert "NUM002" in codes(body)


def test_same_day_and_window_averages_are_dated() -> None:
    body = (
        "Based on Halvard's closing price of $30.00 on June 3, 2026, each share is worth "
        "$12.00. That is a premium of 25.0% to Tessaly's closing price of $9.60 on the same "
        "day and 20.0% over its 20-day volume-weighted average price of $10.00."
    )
    assert "NUM002" not in codes(body)


FISCAL = (
    "Brantwood Outfitters Reports Fiscal 2026 Results\n\n"
    "SEATTLE, March 4, 2027 (BUSINESS WIRE) -- Brantwood Outfitters, Inc. (NYSE: BRWD) today "
    "reported results for its fiscal year ended January 30, 2027.\n\n"
    "Net sales for fiscal 2026 were $200.0 million, up 8.0%.\n\n"
    "Gross profit was $84.0 million, or 42.0% of net sales. In fiscal 2025 gross profit was "
    "$74.0 million, or {prior} of sales.\n\n"
    "About Brantwood Outfitters\n\nBrantwood sells outdoor gear.\n"
)


def test_a_prior_years_margin_is_not_divided_by_this_years_sales() -> None:
    from tests.helpers import num_codes

    assert num_codes(FISCAL.format(prior="40.0%")) == []


def test_this_years_margin_is_still_checked() -> None:
    from tests.helpers import num_codes

    assert "NUM015" in num_codes(FISCAL.replace("or 42.0% of net sales", "or 46.0% of net sales"))


def test_the_annual_rate_pairs_with_its_own_sentences_quarterly_rate() -> None:
    body = (
        "The board declared a quarterly dividend of $0.30 per pre-split share. Once the "
        "two-for-one split takes effect the quarterly rate becomes $0.15 per share, equal to "
        "{annual} annually."
    )
    assert "NUM013" not in codes(body.format(annual="$0.60"))
    assert "NUM013" in codes(body.format(annual="$0.80"))
