"""Offering and deal figures read by their role (``figures``, ``figure_queries``), session 13.

Each figure's concept comes from the head of its phrase ("Gross proceeds of $N", "a combined
price of $N", "Its fee, $N,", "$N in sales commissions", "$N, the closing price") and
referring expressions ("That price", "that same closing price", "the public offering price")
name an earlier figure. Every catch (an operand moved) has its near miss (the true figure,
silent) and the refusals stay silent on figures that are no operands of the relation.
Invented issuers and figures.
"""

from __future__ import annotations

import pytest

from tests.test_rules_arithmetic_model import codes

PLACEMENT = (
    "Gross proceeds of {gross} are expected from a private placement that Quillon Sensors, "
    "Inc. agreed to today with a group of institutional investors.\n\n"
    "The investors are purchasing two million (2,000,000) shares of common stock together "
    "with warrants to purchase up to 2,000,000 shares of common stock. One share and one "
    "warrant are being sold together, for a combined price of $2.40. That price represents a "
    "{premium} premium to $2.00, the closing price of the Company's common stock on March 3, "
    "2026.\n\n"
    "The warrants carry an exercise price of $3.00, or {above} above that same closing price. "
    "Were all of them exercised for cash, Quillon would receive an additional {extra}.\n\n"
    "The placement agent's fee, $336,000, and other offering expenses estimated at roughly "
    "$114,000 will be paid from the gross proceeds, so net proceeds to the Company should come "
    "to approximately {net}.{part}"
)
TRUE = {
    "gross": "$4,800,000",
    "premium": "20.0%",
    "above": "50.0%",
    "extra": "$6.0 million",
    "net": "$4.35 million",
    "part": "",
}


def _placement(**moved: str) -> list[str]:
    return codes(PLACEMENT.format(**{**TRUE, **moved}))


def test_the_placement_as_written_is_silent() -> None:
    assert _placement() == []


@pytest.mark.parametrize(
    ("slot", "value", "code"),
    [
        # the amount stated a paragraph before the count and the combined price
        ("gross", "$5,800,000", "NUM001"),
        # "That price" is the combined price; the reference is the figure after "to"
        ("premium", "30.0%", "NUM002"),
        # "that same closing price" is $2.00, not the combined price ($3.00 is 25% above it)
        ("above", "25.0%", "NUM002"),
        # "them" are the warrants: 2,000,000 x the exercise price
        ("extra", "$7.5 million", "NUM001"),
        # net above gross less the agent's fee and the other expenses
        ("net", "$4.6 million", "NUM006"),
    ],
)
def test_a_moved_operand_of_the_placement_is_caught(slot: str, value: str, code: str) -> None:
    assert code in _placement(**{slot: value})


def test_an_insiders_part_is_no_count_of_the_sale() -> None:
    part = (
        "\n\nOrla Brannigan, Quillon's chair, is buying 300,000 shares in the placement on the "
        "same terms as the other investors."
    )
    assert _placement(part=part) == []


TRANCHES = (
    "Gross proceeds of $9,600,000 are expected from a private placement that Quillon Sensors, "
    "Inc. agreed to today, to close in two tranches.\n\n"
    "At the first closing, the investors are purchasing 2,000,000 shares of common stock for a "
    "combined price of $2.40."
)


def test_a_total_of_two_tranches_is_not_one_tranches_product() -> None:
    assert codes(TRANCHES) == []


UNDERWRITTEN = (
    "Marrowby Therapeutics, Inc. today announced the pricing of an underwritten public "
    "offering of 5,000,000 shares of its common stock. Each share is being sold to the public "
    "at $6.00.\n\n"
    "Gross proceeds, before underwriting discounts and commissions, are expected to be $30.0 "
    "million.\n\n"
    "Marrowby has also granted the underwriters a 30-day option to purchase up to 750,000 "
    "additional shares at the public offering price. Those option shares would add {added} to "
    "the gross amount raised.\n\n"
    "Should the underwriters exercise their option in full, gross proceeds would rise to "
    "approximately {full}."
)


def test_the_option_figures_as_written_are_silent() -> None:
    assert codes(UNDERWRITTEN.format(added="$4.5 million", full="$34.5 million")) == []


def test_the_options_amount_is_its_shares_at_the_offering_price() -> None:
    assert "NUM001" in codes(UNDERWRITTEN.format(added="$5.5 million", full="$34.5 million"))


def test_the_gross_with_the_option_counts_the_option_shares() -> None:
    assert "NUM001" in codes(UNDERWRITTEN.format(added="$4.5 million", full="$38.5 million"))


SPLIT = (
    "Tamsin Grid, Inc. today announced a 1-for-15 reverse split of its common stock.\n\n"
    "The reverse split will become effective on June 1, 2026. The number of authorized shares "
    "of common stock will also be reduced, from 300,000,000 to {authorized}.{other}"
)


def test_a_count_the_split_reduces_is_checked() -> None:
    assert codes(SPLIT.format(authorized="20,000,000", other="")) == []
    assert "NUM007" in codes(SPLIT.format(authorized="25,000,000", other=""))


def test_a_count_changed_by_an_offering_is_no_split_pair() -> None:
    other = (
        "\n\nIn March, shares outstanding rose from 40,000,000 to 46,000,000 after the "
        "Company's registered direct offering."
    )
    assert codes(SPLIT.format(authorized="20,000,000", other=other)) == []


CONVERSION = (
    "Fenwick Imaging Holdings, Inc. today announced that its Series F Convertible Preferred "
    "Stock has been converted into common stock.\n\n"
    "For the Series F, the Company exercised its right to require conversion. There were 3,000 "
    "Series F shares outstanding. Their stated value was likewise $1,000 per share, and their "
    "conversion price was $2.00; they became {issued} common shares."
)


def test_a_conversion_told_over_three_sentences_is_checked() -> None:
    assert "NUM018" not in codes(CONVERSION.format(issued="1,500,000"))
    assert "NUM018" in codes(CONVERSION.format(issued="1,900,000"))


ATM = (
    "Orrin Solar, Inc. today reported its October operations.\n\n"
    "Separately, during October the Company sold 2,000,000 shares of common stock under its "
    "at-the-market offering program at an average price of $1.25. The sales raised {gross} "
    "before commissions. After $0.08 million in sales commissions paid to the sales agent, net "
    "proceeds were {net}."
)


def test_an_at_the_market_sale_is_count_at_its_average_price() -> None:
    assert codes(ATM.format(gross="$2.50 million", net="$2.42 million")) == []
    assert "NUM001" in codes(ATM.format(gross="$3.10 million", net="$2.42 million"))


def test_net_proceeds_after_sales_commissions() -> None:
    assert "NUM006" in codes(ATM.format(gross="$2.50 million", net="$2.48 million"))


DISCOUNT = (
    "Fenwick Imaging Holdings, Inc. today reported on its Series G Convertible Preferred "
    "Stock.\n\n"
    "The Series G conversion price was set in 2024 and is now well below the market. At "
    "$2.50, it is {p} under $3.10, the closing price of the common stock on May 2, 2026."
)


def test_a_discount_to_the_close_stated_after_its_price() -> None:
    assert "NUM002" not in codes(DISCOUNT.format(p="19.4%"))
    assert "NUM002" in codes(DISCOUNT.format(p="25.0%"))


MERGER = (
    "Harrowgate Freight, Inc. and Linnet Cold Storage, Inc. today announced a definitive "
    "agreement under which Harrowgate will acquire Linnet.\n\n"
    "Under the terms of the agreement, each share of Linnet common stock will be exchanged for "
    "$10.00 in cash and 0.5000 of a share of Harrowgate common stock. Valued at {owner}'s "
    "closing price of $30.00 on April 2, 2026, the stock portion is worth {stock}.\n\n"
    "The $25.00 per share of total consideration values Linnet at an equity value of "
    "approximately {equity}, based on its roughly 20.0 million fully diluted shares. Linnet's "
    "net debt of $100 million brings the enterprise value to about $600 million.\n\n"
    "Harrowgate expects to issue about {issued} new shares to Linnet shareholders."
)
MERGER_TRUE = {
    "owner": "Harrowgate",
    "stock": "$15.00",
    "equity": "$500 million",
    "issued": "10.0 million",
}


def _merger(**moved: str) -> list[str]:
    return codes(MERGER.format(**{**MERGER_TRUE, **moved}))


def test_the_merger_terms_as_written_are_silent() -> None:
    assert "NUM001" not in _merger()


@pytest.mark.parametrize(
    ("slot", "value"),
    [
        ("stock", "$18.00"),  # 0.5000 x $30.00
        ("equity", "$560 million"),  # 20.0 million x $25.00
        ("issued", "12.5 million"),  # 20.0 million x 0.5000
    ],
)
def test_a_moved_term_of_the_merger_is_caught(slot: str, value: str) -> None:
    assert "NUM001" in _merger(**{slot: value})


def test_the_ratio_is_never_multiplied_by_another_companys_price() -> None:
    """The ratio gives Harrowgate shares: Linnet's closing price values none of them."""
    assert "NUM001" not in _merger(owner="Linnet", stock="$18.00")


def test_the_enterprise_value_is_no_count_times_price() -> None:
    """$600 million is equity plus net debt: 20.0 million x $25.00 is $500 million, and the
    enterprise value is not compared with it."""
    text = MERGER.format(**MERGER_TRUE).replace("equity value of approximately", "value of")
    assert "NUM001" not in codes(text)


NET_IN_PARENTHESES = (
    "Tollbrook Energy, Inc. announced that in May 2026 the Company added {gross} in gross "
    "proceeds ($4.7 million net) by selling 10,000,000 shares of its common stock via its "
    "at-the-market offering at an average price of $0.50 per share."
)


def test_a_net_amount_in_parentheses_is_not_the_gross() -> None:
    assert codes(NET_IN_PARENTHESES.format(gross="$5.0 million")) == []
    assert "NUM001" in codes(NET_IN_PARENTHESES.format(gross="$6.0 million"))


BUYBACK = (
    "Pellworth Tools, Inc. today reported its capital returns for the year.\n\n"
    "During the year the company paid $20.0 million in dividends and repurchased {spent} of "
    "its shares, returning a total of {returned} to shareholders. The board also approved an "
    "authorization to repurchase up to $50.0 million of common stock.\n\n"
    "The company repurchased 400,000 shares at an average price of $30.00 per share."
)


def test_a_buyback_is_its_count_at_the_average_price() -> None:
    assert "NUM001" not in codes(BUYBACK.format(spent="$12.0 million", returned="$32.0 million"))
    assert "NUM001" in codes(BUYBACK.format(spent="$15.0 million", returned="$35.0 million"))


def test_capital_returned_and_an_authorization_are_no_buyback_cost() -> None:
    """$32.0 million (dividends and buybacks) and the $50.0 million cap are not 400,000 x
    $30.00; only the amount repurchased is."""
    body = BUYBACK.format(spent="$12.0 million", returned="$32.0 million")
    assert codes(body) == []


QUARTER_AND_YEAR = (
    "Pellworth Tools, Inc. today reported its capital returns.\n\n"
    "The company repurchased $3.0 million of its shares in the fourth quarter and {year} for "
    "the year. It repurchased 100,000 shares at an average price of $30.00 per share."
)


def test_two_buyback_amounts_in_reach_leave_the_cost_unread() -> None:
    assert "NUM001" not in codes(QUARTER_AND_YEAR.format(year="$12.0 million"))


VALUED = (
    "Corrow Foods, Inc. today announced that it will acquire Tamber Farms.\n\n"
    "The balance will be paid in four million newly issued Corrow shares, valued at {value} "
    "based on Corrow's closing price of $25.00 on May 3, 2026."
)


def test_shares_valued_at_a_closing_price() -> None:
    assert "NUM001" not in codes(VALUED.format(value="$100 million"))
    assert "NUM001" in codes(VALUED.format(value="$125 million"))


PER_SHARE_OR_TOTAL = (
    "Corrow Foods, Inc. today announced that it will acquire Tamber Farms.\n\n"
    "The consideration includes 2,000,000 shares of Corrow common stock valued at $25.00 per "
    "share, or {value}."
)


def test_a_value_per_share_restated_in_total() -> None:
    assert "NUM001" not in codes(PER_SHARE_OR_TOTAL.format(value="$50.0 million"))
    assert "NUM001" in codes(PER_SHARE_OR_TOTAL.format(value="$62.5 million"))


AGGREGATE_STATED = (
    "Fenwick Imaging Holdings, Inc. today announced that holders converted 400 shares of its "
    "Series H Convertible Preferred Stock, with an aggregate stated value of $400,000, into "
    "{issued} shares of common stock at a conversion price of $0.50 per share."
)


def test_an_aggregate_stated_value_is_no_value_per_share() -> None:
    """$400,000 is all 400 shares' value: 400 x $400,000 / $0.50 is no claim of the text."""
    assert "NUM018" not in codes(AGGREGATE_STATED.format(issued="800,000"))
