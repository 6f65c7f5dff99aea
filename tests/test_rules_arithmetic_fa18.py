"""NUM001/002/003/006, session 18: the false alarms of split own16's first score.

Six NUM findings on the untouched own16 releases were wrong; each came from a figure read
in the wrong role:

* a percentage its own direction word follows ("a 4.2% higher check", "traffic 0.8%
  lower") is a change, not a level a change runs between (NUM003);
* a label that is a percentage's base ("a fee of 7.0% of the gross proceeds comes to $3.15
  million") or an addend in a phrase of its own ("Adding the net proceeds, pro forma cash
  is $70.1 million") does not name the figure after it (NUM006);
* the reference price of a premium ("at an average of $11.85, 6.1% above the quarter's
  average price of $11.17") is not the price paid (NUM001);
* "the same day" and "the quarter's average price" date a reference, and "the program's
  average sale price" points back at a price the release states (NUM002).

The passages are written for this file (fictional issuers)."""

from __future__ import annotations

import pytest

from tests.test_rules_arithmetic_model import codes
from tests.test_rules_arithmetic_recall import relations

# -- NUM003: a percentage that is itself a change is no level ---------------------------------

CHANGES_NOT_LEVELS = [
    "Comparable sales rose 3.4%, as a 4.2% higher average ticket more than offset visits "
    "that were 0.8% lower.",
    "Same-store revenue grew 2.9% because a 5.1% larger basket outweighed traffic that came "
    "in 2.1% lower.",
]


@pytest.mark.parametrize("body", CHANGES_NOT_LEVELS)
def test_a_percentage_with_its_own_direction_word_is_a_change(body: str) -> None:
    assert codes(body) == []
    assert not any(r == "change" and len(ops) >= 3 for r, ops in relations(body))


def test_a_rate_change_between_levels_is_still_read() -> None:
    body = "The default rate rose {c} to 1.12% from 0.80% a year earlier."
    assert codes(body.format(c="40%")) == []
    assert "NUM003" in codes(body.format(c="55%"))


# -- NUM006: labels that name another figure's base or an addend ------------------------------

FEE_OF_GROSS = (
    "Lakemont Bio sold 5,000,000 shares at $9.00 per share. Its placement agent's cash fee "
    "of 7.0% of the gross proceeds comes to about $3.15 million; with roughly $0.40 million "
    "of other expenses, the company expects net proceeds of {net}."
)


def test_a_fee_of_gross_proceeds_is_not_the_gross_proceeds() -> None:
    assert codes(FEE_OF_GROSS.format(net="$41.45 million")) == []


def test_the_net_above_the_stated_gross_is_still_caught() -> None:
    body = (
        "Gross proceeds were $45.0 million. The placement agent's fee comes to $3.15 million, "
        "and the company expects net proceeds of {net}."
    )
    assert codes(body.format(net="$41.45 million")) == []
    assert "NUM006" in codes(body.format(net="$48.45 million"))


def test_an_addend_named_in_its_own_phrase_does_not_name_the_sum() -> None:
    body = (
        "Gross proceeds were $45.0 million and net proceeds $41.45 million. Cash stood at "
        "$28.63 million on September 30. Adding the placement's net proceeds, pro forma cash "
        "is about $70.1 million."
    )
    assert codes(body) == []


# -- NUM001: a premium's reference price is not the price paid --------------------------------

ATM = (
    "Under its at-the-market program the company sold 14.2 million shares at an average of "
    "{price}, 6.1% above the quarter's volume-weighted average price of $11.17. Gross proceeds "
    "were {gross}."
)


def test_the_reference_price_is_not_the_sale_price() -> None:
    assert codes(ATM.format(price="$11.85", gross="$168.3 million")) == []
    products = [ops for r, ops in relations(ATM.format(price="$11.85", gross="$168.3 million"))]
    assert not any("$11.17" in ops and "$168.3 million" in ops for ops in products)


def test_the_sale_price_after_at_an_average_of_is_checked() -> None:
    assert "NUM001" in codes(ATM.format(price="$11.85", gross="$210.4 million"))


# -- NUM002: references dated or pointed to in other words ------------------------------------

DATED_OR_POINTED = [
    "On March 3, 2026 the parties agreed a price of $32.45 per share. The per-share value is "
    "a 20.6% premium to the target's closing price of $26.90 the same day.",
    "The company sold 2.0 million shares at an average of $11.85, 6.1% above the quarter's "
    "volume-weighted average price of $11.17.",
    "The company sold 2.0 million shares at an average of $11.85 under the program. The "
    "notes convert at $20.50 a share, 73.0% above the program's average sale price.",
]


@pytest.mark.parametrize("body", DATED_OR_POINTED)
def test_dated_and_pointed_references_are_no_warning(body: str) -> None:
    assert codes(body) == []


# an undated market reference still warns: test_rules_arithmetic.py's
# test_premium_without_date_or_price_is_a_warning
