"""NUM claim model, session 7 (issue 10): offerings, changes that point back, changes stated
as an amount.

Each case is written for this file (fictional issuers) and comes with its near misses: the
true claim raises nothing, the same claim with one figure moved beyond its rounding is
caught, and a look-alike that is no claim stays silent."""

from __future__ import annotations

import pytest

from tests.test_rules_arithmetic_model import codes
from tests.test_rules_arithmetic_recall import relations

# -- NUM001: offering terms, then the gross proceeds far into their own sentence ------------------

OFFERING = (
    "Brakel Therapeutics, Inc. (Nasdaq: BRKL) announced today the pricing of an underwritten "
    "public offering of 4,000,000 primary shares of its common stock at a public offering "
    "price of $5.00 per share. The gross proceeds from the sale of the primary shares, before "
    "underwriting discounts and commissions and other offering expenses, are expected to be "
    "approximately {amount}."
)


def test_offering_proceeds_named_far_before_their_figure() -> None:
    true = OFFERING.format(amount="$20 million")
    assert ("product", ["$20 million", "4,000,000", "$5.00"]) in relations(true)
    assert codes(true) == []
    assert codes(OFFERING.format(amount="$25 million")) != []


def test_offering_proceeds_with_another_amount_between_are_not_tied() -> None:
    # another amount between the subject and the figure: the figure may be something else
    body = OFFERING.format(amount="$20 million").replace(
        "before underwriting discounts", "before underwriting discounts of $1.2 million"
    )
    assert not any(r == "product" for r, _ in relations(body))


# -- NUM003: "this 10.6% growth" after the sentence that compares the levels -----------------------

BACK = (
    "Vantor's total revenue increased to $52.4 million in 2025, up from $47.1 million in "
    "2024. The company said this {pct} growth reflects demand for its services."
)


def test_change_pointing_back_at_the_comparison_before_it() -> None:
    true = BACK.format(pct="11.3%")
    assert ("change", ["11.3%", "$52.4 million", "$47.1 million"]) in relations(true)
    assert codes(true) == []
    assert "NUM003" in codes(BACK.format(pct="14.1%"))


def test_change_pointing_back_at_two_comparisons_is_not_read() -> None:
    body = (
        "Revenue rose to $52.4 million, up from $47.1 million, and expenses rose to $30.2 "
        "million, up from $28.0 million. The company said this 14.1% growth reflects demand."
    )
    assert not any(r == "change" for r, _ in relations(body))


def test_change_without_a_pointing_word_is_not_tied_to_the_sentence_before() -> None:
    body = (
        "Vantor's total revenue increased to $52.4 million in 2025, up from $47.1 million in "
        "2024. Bookings in Europe saw 14.1% growth."
    )
    assert not any(r == "change" for r, _ in relations(body))


# -- NUM012: a change written only as its amount ------------------------------------------------

AMOUNT = "Revenue for the quarter was $9.6 million, a {delta} increase from $6.9 million."


@pytest.mark.parametrize(
    ("body", "true", "moved"),
    [
        (AMOUNT, "$2.7 million", "$3.4 million"),
        (
            "Net sales were $41.3 million, up {delta} from $38.1 million in the prior year.",
            "$3.2 million",
            "$4.0 million",
        ),
        (
            "Operating expenses were $12.0 million, a decrease of {delta} from $13.5 million.",
            "$1.5 million",
            "$1.9 million",
        ),
    ],
)
def test_change_stated_as_an_amount(body: str, true: str, moved: str) -> None:
    assert any(r == "change" and true in ops for r, ops in relations(body.format(delta=true)))
    assert codes(body.format(delta=true)) == []
    assert "NUM012" in codes(body.format(delta=moved))


def test_amount_between_two_levels_that_is_no_change_stays_silent() -> None:
    # a part of the level, not the change: no direction word joins the three
    body = "Revenue was $9.6 million, including $3.4 million from services, versus $6.9 million."
    assert not any(r == "change" and "$3.4 million" in ops for r, ops in relations(body))
    assert codes(body) == []


# -- NUM003: the level, then the amount it grew by and the percent --------------------------------

LEVEL_THEN_AMOUNT = [
    (
        "For the three months ended March 31, 2026, Vantor reported revenue of $436,378, an "
        "increase of $99,410 (or {pct}) over the same period in 2025.",
        "30%",
        "38%",
    ),
    (
        "The Optics division generated revenues of $17,858 for the three months ended March "
        "31, 2026, a decrease of $552 or {pct} from 2025.",
        "3%",
        "4%",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), LEVEL_THEN_AMOUNT)
def test_level_then_the_amount_and_percent_of_its_change(body: str, true: str, moved: str) -> None:
    assert any(r == "change" and true in ops for r, ops in relations(body.format(pct=true)))
    assert codes(body.format(pct=true)) == []
    assert "NUM003" in codes(body.format(pct=moved))


def test_amount_and_percent_without_their_level_next_to_them_are_not_read() -> None:
    # the level is another measure's, stated before the change's own subject
    body = (
        "Cash was $436,378 at quarter end. Operating expenses rose, an increase of $99,410 "
        "(or 38%) over the same period in 2025."
    )
    assert not any(r == "change" and "$436,378" in ops for r, ops in relations(body))


# -- NUM009: figures of a flattened statement glued together ---------------------------------------


def test_glued_table_figures_are_not_malformed_numbers() -> None:
    body = (
        "Balance Sheet Information (amounts in thousands) June 30, 2026 Dec. 31, 2025 Cash and "
        "cash equivalents $ 3,0945,507 Other current assets 2,041 2,428"
    )
    assert "NUM009" not in codes(body)


@pytest.mark.parametrize("written", ["$416,00", "$1,0000,000", "$5,7 million"])
def test_a_grouping_no_reader_can_trust_is_still_flagged(written: str) -> None:
    assert "NUM009" in codes(f"The Company received approximately {written} in the quarter.")


# -- NUM001: warrants or an option exercised in full; a deal valued at a price per share -----------

EXERCISED = [
    (
        "In a concurrent private placement, the Company also issued warrants to purchase up to "
        "1,800,000 shares of common stock. The warrants have an exercise price of $3.50 per "
        "share and, if exercised in full for cash, would provide the Company with additional "
        "gross proceeds of approximately {amount}.",
        "$6.3 million",
        "$7.9 million",
    ),
    (
        "Vantor today announced the pricing of an underwritten public offering of 5,000,000 "
        "shares of its common stock at a public offering price of $8.00 per share.\n\n"
        "Vantor has granted the underwriters a 30-day option to purchase up to 750,000 "
        "additional shares of common stock at the public offering price. If the option is "
        "exercised in full, the additional shares would add {amount} to the gross proceeds.",
        "$6.0 million",
        "$7.5 million",
    ),
    (
        "Harlow has 4,000,000 shares outstanding. At the cash price of $18.00 per share, the "
        "transaction is valued at approximately {amount}.",
        "$72.0 million",
        "$90.0 million",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), EXERCISED)
def test_product_of_a_count_and_price_named_around_it(body: str, true: str, moved: str) -> None:
    assert any(r == "product" and true in ops for r, ops in relations(body.format(amount=true)))
    assert codes(body.format(amount=true)) == []
    assert "NUM001" in codes(body.format(amount=moved))


def test_exercise_with_two_counts_is_not_read() -> None:
    body = (
        "The Company issued Series A warrants to purchase 1,000,000 shares and Series B "
        "warrants to purchase 800,000 shares. The warrants have an exercise price of $3.50 per "
        "share and, if exercised in full for cash, would provide additional gross proceeds of "
        "approximately $7.9 million."
    )
    assert not any(r == "product" and "$7.9 million" in ops for r, ops in relations(body))
    assert codes(body) == []


def test_valuation_without_a_price_per_share_is_not_read() -> None:
    body = (
        "Harlow has 4,000,000 shares outstanding. Including its debt of $20.0 million, the "
        "transaction is valued at approximately $90.0 million."
    )
    assert not any(r == "product" for r, _ in relations(body))
    assert codes(body) == []


# -- NUM003: more word orders of a change ---------------------------------------------------------

CHANGES = [
    (
        "Revenue in fiscal 2025 reached $56.0 million, a {pct} increase from fiscal 2024 "
        "revenue of $50.0 million.",
        "12 percent",
        "15 percent",
    ),
    ("Net loss narrowed {pct} to $4.0 million from $5.0 million.", "20%", "26%"),
    ("The deficit widened {pct} to $6.0 million from $5.0 million.", "20%", "26%"),
    (
        "Revenue for the year totaled $56.0 million. This represents a {pct} increase over the "
        "$50.0 million reported for 2024.",
        "12%",
        "15%",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), CHANGES)
def test_change_word_orders(body: str, true: str, moved: str) -> None:
    assert any(r == "change" and true in ops for r, ops in relations(body.format(pct=true)))
    assert codes(body.format(pct=true)) == []
    assert "NUM003" in codes(body.format(pct=moved))


def test_change_pointing_back_at_a_sentence_with_two_levels_is_not_read() -> None:
    body = (
        "Revenue for the year totaled $56.0 million and cash was $20.0 million. This "
        "represents a 15% increase over the $50.0 million reported for 2024."
    )
    assert not any(r == "change" for r, _ in relations(body))
    assert codes(body) == []


# -- NUM014: more list words; "including" and "of which" lists checked one way ---------------------

PARTS = [
    "Revenue of {total} consisted of $7.5 million in product sales and $4.5 million in services.",
    "Total consideration of {total} comprises an upfront payment of $7.5 million and deferred "
    "consideration of $4.5 million.",
]


@pytest.mark.parametrize("body", PARTS)
def test_parts_after_more_list_words(body: str) -> None:
    assert any(r == "parts-total" for r, _ in relations(body.format(total="$12.0 million")))
    assert codes(body.format(total="$12.0 million")) == []
    assert "NUM014" in codes(body.format(total="$15.0 million"))


PARTIAL = [
    "Total revenue of $12.0 million included $7.5 million from products and {part} from services.",
    "Total revenue was $12.0 million, of which $7.5 million was product revenue and {part} was "
    "service revenue.",
    "Operating expenses were $12.0 million, including research and development expenses of "
    "$7.5 million and general and administrative expenses of {part}.",
]


@pytest.mark.parametrize("body", PARTIAL)
def test_partial_list_may_fall_short_but_not_exceed(body: str) -> None:
    assert codes(body.format(part="$4.5 million")) == []
    assert codes(body.format(part="$2.0 million")) == []  # the rest left unnamed
    assert "NUM014" in codes(body.format(part="$5.6 million"))


def test_what_a_net_measure_includes_may_exceed_it() -> None:
    body = (
        "Net loss was $2.0 million, including stock-based compensation of $1.5 million and "
        "depreciation of $1.0 million."
    )
    assert codes(body) == []


# -- NUM015: "a margin of X%" after the profit its clause names ------------------------------------

BARE_MARGIN = "On revenue of $15.0 million, adjusted EBITDA was $3.0 million, a margin of {pct}."


def test_bare_margin_after_the_profit_it_belongs_to() -> None:
    true = BARE_MARGIN.format(pct="20%")
    assert any(r == "margin" and "20%" in ops for r, ops in relations(true))
    assert codes(true) == []
    assert "NUM015" in codes(BARE_MARGIN.format(pct="25%"))


def test_bare_margin_after_two_profits_is_not_read() -> None:
    body = (
        "Revenue was $15.0 million. Gross profit was $6.0 million and operating income was "
        "$3.0 million, a margin of 25%."
    )
    assert not any(r == "margin" for r, _ in relations(body))
    assert codes(body) == []


# -- NUM003 portions: "made up", "of which ..., or X%" ------------------------------------------

PORTIONS = [
    "Recurring revenue of $3.0 million made up {pct} of the $15.0 million in total revenue.",
    "Total revenue was $15.0 million, of which international revenue was $3.0 million, or {pct}.",
]


@pytest.mark.parametrize("body", PORTIONS)
def test_portion_phrasings(body: str) -> None:
    assert any(r == "portion" for r, _ in relations(body.format(pct="20%")))
    assert codes(body.format(pct="20%")) == []
    assert "NUM003" in codes(body.format(pct="25%"))


def test_of_which_with_a_change_after_the_percent_is_no_portion() -> None:
    body = (
        "Total revenue was $15.0 million, of which international revenue was $3.0 million, or "
        "25% growth over the prior year."
    )
    assert not any(r == "portion" for r, _ in relations(body))


# -- NUM004: a holding whose outstanding count is the sentence before's ----------------------------

HOLDING = "Vantor has 50,000,000 shares outstanding. Tidewater holds 4,000,000 shares, or {pct}."


def test_holding_of_the_count_outstanding_stated_just_before() -> None:
    assert any(r == "portion" for r, _ in relations(HOLDING.format(pct="8.0%")))
    assert codes(HOLDING.format(pct="8.0%")) == []
    assert "NUM004" in codes(HOLDING.format(pct="10.0%"))


def test_holding_with_a_basis_after_its_percentage_is_not_tied_back() -> None:
    body = (
        "Vantor has 50,000,000 shares outstanding. Tidewater holds 4,000,000 shares, or 10.0% "
        "on a fully diluted basis."
    )
    assert "NUM004" not in codes(body)


# -- NUM014: lists of counts of things ("ounces", "homes") ----------------------------------------

COUNTS = [
    "The Tallis mine produced 28,410 ounces, Kerrow produced 19,655 ounces and Brindle produced "
    "13,175 ounces, for total production of {total} ounces.",
    "At September 30, 2026, Ashgrove owned {total} apartment homes: 5,110 in Colorado, 2,680 in "
    "Utah and 1,450 in Idaho.",
]


@pytest.mark.parametrize("body", COUNTS)
def test_parts_of_a_count_of_things(body: str) -> None:
    true = body.format(total="61,240" if "ounces" in body else "9,240")
    moved = body.format(total="76,550" if "ounces" in body else "11,550")
    assert any(r == "parts-total" for r, _ in relations(true))
    assert codes(true) == []
    assert "NUM014" in codes(moved)


def test_counts_of_different_things_are_not_one_list() -> None:
    body = (
        "The mine processed 28,410 tonnes and produced 19,655 ounces, for total production of "
        "61,240 ounces."
    )
    assert not any(r == "parts-total" for r, _ in relations(body))
    assert codes(body) == []


# -- NUM001: a deal sized in one sentence, its terms in the next -----------------------------------

SIZED_THEN_TERMS = [
    "Acme announced a {amount} registered direct offering. The Company will sell 2,000,000 "
    "shares at $5.00 per share.",
    "Acme announced a {amount} private placement. Under the terms of the placement, Acme will "
    "issue 2,000,000 shares at $5.00 per share.",
]


@pytest.mark.parametrize("body", SIZED_THEN_TERMS)
def test_deal_size_then_its_terms(body: str) -> None:
    assert any(r == "product" for r, _ in relations(body.format(amount="$10.0 million")))
    assert codes(body.format(amount="$10.0 million")) == []
    assert "NUM001" in codes(body.format(amount="$12.5 million"))


def test_terms_that_do_not_point_back_are_not_tied_to_an_earlier_size() -> None:
    body = (
        "Acme announced a $12.5 million registered direct offering. Separately, a director "
        "bought 2,000,000 shares at $5.00 per share in the open market."
    )
    assert "NUM001" not in codes(body)


# -- NUM003: a signed change in parentheses after the pair it compares -----------------------------


@pytest.mark.parametrize(
    ("true", "moved"),
    [
        (
            "Revenue: $56.0 million vs. $50.0 million (+12%)",
            "Revenue: $56.0 million vs. $50.0 million (+15%)",
        ),
        (
            "Revenue: $45.0 million vs. $50.0 million (-10%)",
            "Revenue: $45.0 million vs. $50.0 million (-13%)",
        ),
    ],
)
def test_signed_change_after_a_pair(true: str, moved: str) -> None:
    assert any(r == "change" for r, _ in relations(true))
    assert codes(true) == []
    assert "NUM003" in codes(moved)


def test_unsigned_percent_after_a_pair_is_no_change() -> None:
    body = "Revenue: $56.0 million vs. $50.0 million (15%)"
    assert not any(r == "change" for r, _ in relations(body))
    assert codes(body) == []
