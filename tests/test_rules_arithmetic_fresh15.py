"""NUM rules, session 15: the false alarms of the fresh split ``own13`` at its first score
(read after it), each turned into a general reading and tested on passages written here
(invented issuers and figures, worded apart from the split's own sentences):

* "$D, or P%, more than ..." states the change twice (an amount and a percentage), so the
  amount is never the new level of the change;
* an ownership percentage "of the 40,000,000 then outstanding" names its own whole: when
  that count is a bare number (no figure is read there), the release's outstanding count
  of another date is not put in its place;
* a repriced term "25.6% below the original price" points back to the deal's own earlier
  price, stated with the new terms: no "reference price not stated" warning;
* "$20.0 million of the net proceeds toward ..., $10.6 million toward ... and the balance"
  lists shares of a named whole: the first figure is not the whole of the others; nor is a
  figure a verb makes a part ("the Americas contributed $61.2 million, Europe $25.4 million
  and Asia the remaining $13.4 million": a false alarm of the training split ``own8``).
"""

from __future__ import annotations

import pytest

from tests.test_rules_arithmetic_model import codes


@pytest.mark.parametrize(
    "sentence",
    [
        "Compared with the $80.5 million of last year's first quarter, that is $7.5 million, "
        "or 9.3%, more.",
        "Against the $80.5 million a year earlier, sales were $7.5 million, or 9.3%, higher.",
        "Set beside last year's $80.5 million, that is $4.0 million, or 5.0%, less.",
    ],
)
def test_an_amount_in_apposition_with_the_change_is_no_level(sentence: str) -> None:
    body = "Product sales and service revenues made up total revenue of $88.0 million. " + sentence
    assert [c for c in codes(body) if c in ("NUM003", "NUM012")] == []


def test_a_level_before_or_percent_higher_is_still_checked() -> None:
    body = "Revenue was $88.0 million, or {p}% higher than the $80.0 million of a year earlier."
    assert codes(body.format(p="10")) == []
    assert "NUM003" in codes(body.format(p="15"))


OWNER = (
    "Norcastle Fund, which held 4,200,000 shares before the offering, or {p}% of the "
    "40,000,000 {noun}then outstanding, bought 1,000,000 of the offered shares. Its 5,200,000 "
    "shares now make up 10.4% of Harlow's 50,000,000 outstanding shares."
)


def test_a_bare_outstanding_count_is_not_replaced_by_another_dates() -> None:
    assert "NUM004" not in codes(OWNER.format(p="10.5", noun=""))


def test_an_outstanding_count_read_as_shares_is_still_the_whole() -> None:
    assert "NUM004" not in codes(OWNER.format(p="10.5", noun="shares "))
    assert "NUM004" in codes(OWNER.format(p="12.5", noun="shares "))


#: A listed issuer's offering: the release where a missing reference price is warned about.
OFFERING = "Harlow Biosystems, Inc. (Nasdaq: HRLW) closed its public offering today.\n\n"


@pytest.mark.parametrize("name", ["original", "initial", "previous"])
def test_a_repriced_terms_earlier_price_is_stated(name: str) -> None:
    body = OFFERING + (
        "Holders of warrants to purchase 2,000,000 shares, originally exercisable at $3.00, "
        f"agreed to exercise them at a reduced price of $2.40, which is 20.0% below the {name} "
        "price."
    )
    assert "NUM002" not in codes(body)


def test_a_repriced_term_with_its_reference_is_still_checked() -> None:
    body = OFFERING + (
        "Holders agreed to exercise the warrants at a reduced price of $2.40, which is {p}% "
        "below the original exercise price of $3.00."
    )
    assert "NUM002" not in codes(body.format(p="20.0"))
    assert "NUM002" in codes(body.format(p="25.0"))


def test_a_share_of_a_named_whole_is_not_the_whole_of_the_rest() -> None:
    body = (
        "Harlow plans to put $20.0 million of the net proceeds toward its Phase 3 program and "
        "$10.6 million toward a new plant; the balance, about $6.0 million, is for working "
        "capital."
    )
    assert "NUM014" not in codes(body)


def test_a_whole_then_the_remaining_part_is_still_summed() -> None:
    body = (
        "Harlow raised {whole} in the quarter. It will put $20.0 million toward its Phase 3 "
        "program and the remaining $16.6 million toward a new plant."
    )
    assert "NUM014" not in codes(body.format(whole="$36.6 million"))
    assert "NUM014" in codes(body.format(whole="$40.6 million"))


def test_a_part_by_its_verb_is_not_the_whole_of_the_rest() -> None:
    body = (
        "Net sales for the quarter were {total}. By region, the Americas contributed $61.2 "
        "million, Europe $25.4 million and Asia the remaining $13.4 million."
    )
    assert "NUM014" not in codes(body.format(total="$100.0 million"))
