"""Facts of one transaction or period joined across sentences and paragraphs (session 11,
issue 10 Deliver 1; ``disclint.rules.arithmetic.joins``).

Each catch is a release whose claim splits its operands over two sentences (or two
paragraphs) and which the phrase readers alone leave silent; each near miss is the same
release with the join's "do not join" condition met (two placements, two periods, two
holders, a new transaction, a further form of payment): it must stay silent. Every company,
person and figure is invented."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from disclint.engine import Engine, RunOptions
from disclint.facts import Facts
from disclint.parse import parse_source
from disclint.readers import read_bytes
from disclint.rules.arithmetic.model import claims_of

_ENGINE = Engine(RunOptions(select=["NUM"], entry_points=False, isolated=True))

HEAD = (
    "Quellmark Holdings Reports News\n\n"
    "DENVER, March 3, 2026 (GLOBE NEWSWIRE) -- Quellmark Holdings Inc. (NASDAQ: QLMK) "
    "today announced the following.\n\n"
)
TAIL = "\n\nAbout Quellmark\n\nQuellmark Holdings Inc. is a fictional company.\n"


def codes(body: str) -> list[str]:
    text = HEAD + body + TAIL
    source = read_bytes(text.encode("utf-8"), "release.txt", fmt="txt")
    found = _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings
    return sorted(f.code for f in found if f.severity.value != "info")


def relations(body: str) -> set[tuple[str, tuple[str, ...]]]:
    text = HEAD + body + TAIL
    facts = Facts(parse_source(read_bytes(text.encode("utf-8"), "release.txt", fmt="txt")))
    return {(c.relation, tuple(q.text for q in c.operands)) for c in claims_of(facts)}


# -- EPS: the weighted count in another paragraph ---------------------------------------------

EPS = (
    "Net income for the quarter was $8.40 million, or $0.{eps} per diluted share.\n\n"
    "Revenue for the quarter rose to $61.0 million.\n\n"
    "Diluted shares averaged 12.0 million during the quarter."
)


def test_eps_with_the_count_two_paragraphs_later_is_checked() -> None:
    assert codes(EPS.format(eps="70")) == []  # 8.40 / 12.0 = 0.70
    assert codes(EPS.format(eps="88")) == ["NUM016"]
    assert ("eps", ("$0.70", "$8.40 million", "12.0 million")) in relations(EPS.format(eps="70"))


def test_eps_count_stated_with_its_subject_first() -> None:
    body = (
        "Net income was $6.0 million, or $0.{eps} per diluted share. Diluted weighted-average "
        "shares outstanding for the quarter were 20.0 million."
    )
    assert codes(body.format(eps="30")) == []
    assert codes(body.format(eps="38")) == ["NUM016"]


def test_ffo_per_share_divides_by_shares_and_units() -> None:
    body = (
        "- Funds from operations (FFO) were $9.0 million, or $0.{eps} per diluted share. "
        "Diluted weighted average shares and units outstanding were 30.0 million."
    )
    assert codes(body.format(eps="30")) == []
    assert codes(body.format(eps="37")) == ["NUM016"]


def test_eps_near_miss_two_periods_one_count() -> None:
    # the quarter's and the year's net income: which one the count divides is not known
    body = (
        "Net income was $8.40 million, or $0.88 per diluted share.\n\n"
        "For the full year, net income was $30.1 million, or $2.50 per diluted share.\n\n"
        "Diluted shares averaged 12.0 million."
    )
    assert codes(body) == []


def test_eps_near_miss_count_of_another_period() -> None:
    body = (
        "Net income for the quarter was $8.40 million, or $0.88 per diluted share.\n\n"
        "Diluted shares averaged 12.0 million for the full year."
    )
    assert codes(body) == []


def test_eps_near_miss_basic_count_for_a_diluted_eps() -> None:
    body = (
        "Net income for the quarter was $8.40 million, or $0.88 per diluted share.\n\n"
        "Basic weighted-average shares were 12.0 million for the quarter."
    )
    assert codes(body) == []


def test_eps_near_miss_prior_year_count() -> None:
    body = (
        "Net income for the quarter was $8.40 million, or $0.88 per diluted share.\n\n"
        "Diluted shares averaged 12.0 million a year earlier."
    )
    assert codes(body) == []


# -- products: the price in the sentence before -----------------------------------------------

PLACEMENT = (
    "Quellmark has closed its private placement of units, priced at $0.50 apiece. A total of "
    "8,000,000 units were sold, for gross proceeds of ${amount}."
)


def test_placement_price_in_the_sentence_before() -> None:
    assert codes(PLACEMENT.format(amount="4,000,000")) == []
    assert codes(PLACEMENT.format(amount="5,000,000")) == ["NUM001"]


def test_conversion_amount_in_the_sentence_before() -> None:
    body = (
        "Holders of the Company's convertible debentures elected to convert ${amount} of "
        "principal. At the conversion price of $0.20 per share, Quellmark issued 6,000,000 "
        "common shares to those holders."
    )
    assert codes(body.format(amount="1,200,000")) == []
    assert codes(body.format(amount="1,500,000")) == ["NUM001"]


def test_product_near_miss_separate_transaction() -> None:
    # "Separately, ...": the next sentence is another transaction, not the price's
    body = (
        "Quellmark has closed its private placement of units, priced at $0.50 apiece. "
        "Separately, 8,000,000 units were sold to a strategic investor for gross proceeds of "
        "$5,000,000."
    )
    assert codes(body) == []


def test_product_near_miss_two_placements() -> None:
    # the sentence before states a whole placement of its own: a second placement
    body = (
        "Quellmark sold 2,000,000 units at $0.50 per unit for $1,000,000 in its first "
        "tranche. A total of 8,000,000 units were sold in the second tranche, for gross "
        "proceeds of $5,000,000."
    )
    assert codes(body) == []


def test_product_near_miss_exercise_price_does_not_price_a_sale() -> None:
    body = (
        "Each warrant is exercisable at $0.50 per share. A total of 8,000,000 units were sold, "
        "for gross proceeds of $5,000,000."
    )
    assert codes(body) == []


# -- holdings: "N of them" after the outstanding count ----------------------------------------

HOLDING = (
    "Following the closing, Quellmark has 50,000,000 common shares outstanding. Ms. Orlav "
    "now holds 4,000,000 of them, or {percent}."
)


def test_holding_of_them_against_the_count_before() -> None:
    assert codes(HOLDING.format(percent="8.0%")) == []
    assert codes(HOLDING.format(percent="10.0%")) == ["NUM004"]


def test_holding_near_miss_two_counts_before() -> None:
    # two counts in the sentence before (issued and outstanding): whose "them" is unknown
    body = (
        "Quellmark issued 6,000,000 shares and has 50,000,000 common shares outstanding. "
        "Ms. Orlav now holds 4,000,000 of them, or 10.0%."
    )
    assert codes(body) == []


def test_holding_near_miss_another_paragraph() -> None:
    body = (
        "Following the closing, Quellmark has 50,000,000 common shares outstanding.\n\n"
        "Ms. Orlav now holds 4,000,000 of them, or 10.0%."
    )
    assert codes(body) == []


# -- consideration: cash and stock before the aggregate --------------------------------------

DEAL = (
    "The sellers will receive $90 million in cash at closing, {share} of the consideration. "
    "The balance will be paid in two million newly issued Quellmark shares, valued at $60 "
    "million based on the closing price of $30.00. The transaction is valued at ${total} "
    "million in aggregate."
)


def test_consideration_parts_before_the_total() -> None:
    assert codes(DEAL.format(share="60%", total="150")) == []
    assert codes(DEAL.format(share="60%", total="170")) == ["NUM003", "NUM014"]
    assert codes(DEAL.format(share="75%", total="150")) == ["NUM003"]


def test_consideration_near_miss_earn_out() -> None:
    body = (
        "The sellers will receive $90 million in cash at closing. The balance will be paid in "
        "two million newly issued Quellmark shares, valued at $60 million. Including an "
        "earn-out, the transaction is valued at $170 million in aggregate."
    )
    assert codes(body) == []


def test_consideration_near_miss_two_cash_payments() -> None:
    body = (
        "The sellers will receive $90 million in cash at closing and $10 million in cash a "
        "year later. The balance will be paid in shares valued at $60 million. The "
        "transaction is valued at $170 million in aggregate."
    )
    assert codes(body) == []


def test_consideration_near_miss_other_paragraph() -> None:
    body = (
        "The sellers will receive $90 million in cash at closing. The balance will be paid in "
        "shares valued at $60 million.\n\nThe transaction is valued at $170 million in "
        "aggregate."
    )
    assert codes(body) == []


@pytest.mark.parametrize(
    "body",
    [
        EPS.format(eps="70"),
        PLACEMENT.format(amount="4,000,000"),
        HOLDING.format(percent="8.0%"),
        DEAL.format(share="60%", total="150"),
    ],
)
def test_true_joins_raise_nothing(body: str) -> None:
    assert codes(body) == []


# -- changes: "That compares with ..." after the level ----------------------------------------

COMPARES = (
    "Net sales for the third quarter were ${new} million. That compares with $80.0 million a "
    "year earlier, an increase of $20.0 million, or {percent}."
)


def test_that_compares_with_takes_the_level_of_the_sentence_before() -> None:
    assert codes(COMPARES.format(new="100.0", percent="25.0%")) == []
    assert codes(COMPARES.format(new="100.0", percent="31.0%")) == ["NUM003"]
    assert "NUM012" in codes(COMPARES.format(new="110.0", percent="25.0%"))


def test_that_compares_near_miss_two_levels_before() -> None:
    # the sentence before states two amounts (sales and profit): which one is compared?
    body = (
        "Net sales were $100.0 million and gross profit was $40.0 million. That compares with "
        "$80.0 million a year earlier, an increase of $20.0 million, or 31.0%."
    )
    assert codes(body) == []


def test_that_compares_near_miss_another_paragraph() -> None:
    body = (
        "Net sales for the third quarter were $100.0 million.\n\nThat compares with $80.0 "
        "million a year earlier, an increase of $20.0 million, or 31.0%."
    )
    assert codes(body) == []


# -- warrant exercise: the exercise price in the sentence before ------------------------------

EXERCISE = (
    "Each unit consists of one common share and one common share purchase warrant; each "
    "warrant entitles the holder to buy one common share at $0.60 for two years. The "
    "5,000,000 warrants issued in the placement would bring in a further ${amount} if all "
    "were exercised."
)


def test_warrant_exercise_price_in_the_sentence_before() -> None:
    assert codes(EXERCISE.format(amount="3,000,000")) == []
    assert codes(EXERCISE.format(amount="3,750,000")) == ["NUM001"]


def test_exercise_near_miss_warrant_for_two_shares() -> None:
    # a warrant for two shares: the count of warrants times the share price is not it
    body = (
        "Each warrant entitles the holder to buy two common shares at $0.60 per share. The "
        "5,000,000 warrants issued in the placement would bring in a further $3,750,000 if "
        "all were exercised."
    )
    assert codes(body) == []


# -- margins: the revenue in the sentence before, one subject ---------------------------------

MARGIN = (
    "Kelvane's trailing twelve-month revenue of $200.0 million was 10.0% higher than the "
    "$181.8 million it recorded a year earlier. Its adjusted EBITDA over the same period was "
    "$30.0 million, a {percent} margin."
)


def test_margin_over_the_revenue_of_the_sentence_before() -> None:
    assert codes(MARGIN.format(percent="15.0%")) == []
    assert codes(MARGIN.format(percent="18.0%")) == ["NUM015"]


def test_margin_near_miss_another_company() -> None:
    # the revenue is Quellmark's own; the EBITDA is the acquired Kelvane's
    body = (
        "Revenue for the quarter was $200.0 million. Kelvane's adjusted EBITDA for the "
        "quarter was $30.0 million, a 18.0% margin."
    )
    assert codes(body) == []
    body = (
        "Kelvane's trailing twelve-month revenue of $200.0 million was 10.0% higher than the "
        "$181.8 million it recorded a year earlier. Quellmark's adjusted EBITDA was $30.0 "
        "million, a 18.0% margin."
    )
    assert codes(body) == []


def test_margin_same_company_named_twice() -> None:
    body = (
        "Revenue for the quarter was $200.0 million. Adjusted EBITDA for the quarter was "
        "$30.0 million, a {percent} margin."
    )
    assert codes(body.format(percent="15.0%")) == []
    assert codes(body.format(percent="18.0%")) == ["NUM015"]


def test_margin_near_miss_another_period() -> None:
    body = (
        "Revenue for the quarter was $50.0 million. Adjusted EBITDA for the full year was "
        "$30.0 million, a 18.0% margin."
    )
    assert codes(body) == []


# -- a part of the offering: the sold count in another paragraph ------------------------------

OFFERING_SHARE = (
    "Quellmark has closed its private placement of units. A total of 10,000,000 units were "
    "sold, for gross proceeds of $5,000,000.\n\n"
    "Directors subscribed for an aggregate of 1,500,000 units ({percent} of the placement)."
)


def test_part_of_the_placement_against_the_units_sold() -> None:
    assert codes(OFFERING_SHARE.format(percent="15.0%")) == []
    assert codes(OFFERING_SHARE.format(percent="19.0%")) == ["NUM003"]


def test_part_of_the_placement_near_miss_two_sold_counts() -> None:
    # the base offering and the offering with the option: which one is the whole?
    body = (
        "A total of 10,000,000 units were sold in the placement. With the option, "
        "12,000,000 units were sold.\n\n"
        "Directors subscribed for an aggregate of 1,500,000 units (19.0% of the placement)."
    )
    assert codes(body) == []


def test_part_of_the_placement_near_miss_another_security() -> None:
    body = (
        "A total of 10,000,000 units were sold, for gross proceeds of $5,000,000.\n\n"
        "Directors bought 1,500,000 shares (19.0% of the offering)."
    )
    assert codes(body) == []


# -- payout: the annual dividend in the sentence before ---------------------------------------

PAYOUT = (
    "On an annualized basis, the new dividend rate is $0.80 per share. The annualized dividend "
    "represents {percent} of the company's diluted earnings per share of $2.00 for the twelve "
    "months ended September 30, 2026."
)


def test_payout_of_the_annual_rate_before() -> None:
    assert codes(PAYOUT.format(percent="40.0%")) == []
    assert codes(PAYOUT.format(percent="48.0%")) == ["NUM003"]


def test_payout_near_miss_quarterly_rate_only() -> None:
    body = (
        "The Board declared a quarterly dividend of $0.20 per share. The annualized dividend "
        "represents 48.0% of the company's diluted earnings per share of $2.00."
    )
    assert codes(body) == []


# -- funding of the cash consideration --------------------------------------------------------

FUNDED = (
    "The sellers will receive $90 million in cash at closing. The balance will be paid in "
    "newly issued Quellmark shares, valued at $60 million. The transaction is valued at $150 "
    "million in aggregate. The cash portion will be funded from two sources: $50 million "
    "drawn on the revolving credit facility and ${rest} million of cash on hand."
)


def test_cash_portion_funded_from_its_sources() -> None:
    assert codes(FUNDED.format(rest="40")) == []
    assert codes(FUNDED.format(rest="50")) == ["NUM014"]


def test_cash_portion_near_miss_partly_funded() -> None:
    body = (
        "The sellers will receive $90 million in cash at closing. The balance will be paid in "
        "newly issued Quellmark shares, valued at $60 million. The transaction is valued at "
        "$150 million in aggregate. The cash portion will be funded from sources including $50 "
        "million drawn on the revolving credit facility and $20 million of cash on hand."
    )
    assert codes(body) == []


# -- pro forma cash: the cash before and the offering's net proceeds --------------------------

PRO_FORMA = (
    "Net proceeds to the Company were approximately $16.0 million.\n\n"
    "Quellmark's cash and cash equivalents were $20.0 million as of December 31, 2025. "
    "Together with the net proceeds of the offering, pro forma cash was approximately "
    "${total} million."
)


def test_pro_forma_cash_adds_the_net_proceeds() -> None:
    assert codes(PRO_FORMA.format(total="36.0")) == []
    assert codes(PRO_FORMA.format(total="45.0")) == ["NUM014"]


def test_pro_forma_near_miss_two_net_proceeds() -> None:
    # two offerings' net proceeds: which one is added is not known
    body = (
        "Net proceeds to the Company were approximately $16.0 million. In March, net "
        "proceeds of the earlier placement were $4.0 million.\n\n"
        "Quellmark's cash and cash equivalents were $20.0 million as of December 31, 2025. "
        "Together with the net proceeds of the offering, pro forma cash was approximately "
        "$45.0 million."
    )
    assert codes(body) == []


# -- a debt reduced by the amount converted in the sentence before ----------------------------

DEBT = (
    "Mr. Orlav has agreed to convert ${paid} of debt owed to him into equity in the Company."
    "\n\nThe debt, held in the form of a convertible note totalling $3,500,000, will now be "
    "reduced to $1,000,000 as part of this agreement."
)


def test_debt_reduced_by_the_amount_converted() -> None:
    assert codes(DEBT.format(paid="2,500,000")) == []
    assert codes(DEBT.format(paid="3,000,000")) == ["NUM014"]


def test_debt_near_miss_separate_matter() -> None:
    body = (
        "Mr. Orlav has agreed to convert $3,000,000 of debt owed to him into equity.\n\n"
        "Separately, a bank loan totalling $3,500,000 will be reduced to $1,000,000 by "
        "year-end."
    )
    assert codes(body) == []


# -- a measure as a percentage of revenue, its figures in earlier paragraphs ------------------

REVENUE_SHARE = (
    "Quellmark reported total revenue of $20.0 million for the year.\n\n"
    "Total operating expenses for the year amounted to $30.0 million, a $2.0 million "
    "reduction, leading to operating expenses as a percentage of revenue dropping from 200% "
    "to {percent}."
)


def test_operating_expenses_as_a_percentage_of_revenue() -> None:
    assert codes(REVENUE_SHARE.format(percent="150%")) == []
    assert codes(REVENUE_SHARE.format(percent="190%")) == ["NUM003"]


def test_revenue_share_near_miss_two_periods() -> None:
    body = (
        "Quellmark reported total revenue of $5.0 million for the quarter and $20.0 million "
        "for the full year.\n\n"
        "Total operating expenses for the year amounted to $30.0 million, leading to "
        "operating expenses as a percentage of revenue of 190%."
    )
    assert codes(body) == []


def test_revenue_share_near_miss_old_ratio_only() -> None:
    # two ratios and no "from ... to": which one is the current one is not said
    body = (
        "Quellmark reported total revenue of $20.0 million for the year.\n\n"
        "Total operating expenses for the year amounted to $30.0 million; operating "
        "expenses as a percentage of revenue were 190% and 200%."
    )
    assert codes(body) == []


# -- net income = continuing + discontinued operations, over two sentences --------------------

EARNINGS = (
    "Quellmark today reported GAAP earnings of ${total} million, or $0.90 per diluted share, "
    "which includes earnings from discontinued operations of $60.0 million, or $0.60 per "
    "diluted share, for the fourth quarter. The company had GAAP net income from continuing "
    "operations of $30.0 million, or ${eps} per diluted share, for the fourth quarter."
)


def test_earnings_are_continuing_plus_discontinued() -> None:
    assert codes(EARNINGS.format(total="90.0", eps="0.30")) == []
    assert codes(EARNINGS.format(total="110.0", eps="0.30")) == ["NUM014"]
    assert codes(EARNINGS.format(total="90.0", eps="0.40")) == ["NUM014"]


def test_earnings_near_miss_a_loss_from_discontinued_operations() -> None:
    # a loss is subtracted, not added: left alone
    body = (
        "Quellmark today reported GAAP earnings of $110.0 million, which includes a loss "
        "from discontinued operations of $60.0 million. The company had GAAP net income from "
        "continuing operations of $30.0 million."
    )
    assert codes(body) == []


# -- free cash flow: operating cash flow in the sentence before, less capital expenditures ---

FREE_CASH = (
    "Cash provided by operating activities was $150.0 million. After capital expenditures of "
    "$40.0 million, free cash flow was ${fcf} million."
)


def test_free_cash_flow_is_operating_cash_less_capex() -> None:
    assert codes(FREE_CASH.format(fcf="110.0")) == []
    assert codes(FREE_CASH.format(fcf="120.0")) == ["NUM014"]


def test_free_cash_flow_near_miss_a_further_deduction() -> None:
    body = (
        "Cash provided by operating activities was $150.0 million. After capital expenditures "
        "of $40.0 million and capitalized software of $10.0 million, free cash flow was "
        "$100.0 million."
    )
    assert codes(body) == []


def test_free_cash_flow_near_miss_adjusted() -> None:
    body = (
        "Cash provided by operating activities was $150.0 million. After capital expenditures "
        "of $40.0 million, adjusted free cash flow was $120.0 million."
    )
    assert codes(body) == []


# -- a repurchase authorization: bought since the program began + what remains ----------------

BUYBACK = (
    "Since the repurchase program was authorized in March 2025, the company has repurchased a "
    "total of 1,200,000 shares. {left} shares remain available under the 2,000,000-share "
    "authorization."
)


def test_authorization_is_bought_plus_remaining() -> None:
    assert codes(BUYBACK.format(left="800,000")) == []
    assert codes(BUYBACK.format(left="1,000,000")) == ["NUM014"]


def test_authorization_near_miss_this_quarter_only() -> None:
    # the sentence before gives the quarter's purchases, not the total since the start
    body = (
        "During the quarter the company repurchased a total of 400,000 shares. 1,000,000 "
        "shares remain available under the 2,000,000-share authorization."
    )
    assert codes(body) == []


# -- a company's share of its own whole, the whole stated for it in the sentence before -------

OWN_WHOLE = (
    "Upon completion, Quellmark will have total assets of approximately $3.00 billion, "
    "comprising Quellmark's $2.50 billion and Tressen's $500 million. Tressen's deposits of "
    "$400 million represent {percent} of its total assets."
)


def test_share_of_its_own_total_stated_before() -> None:
    assert codes(OWN_WHOLE.format(percent="80.0%")) == []
    assert codes(OWN_WHOLE.format(percent="90.0%")) == ["NUM003"]


def test_own_whole_near_miss_another_holder() -> None:
    # "its" is Tressen's; the sentence before gives only Quellmark's figure
    body = (
        "Upon completion, Quellmark will have total assets of approximately $3.00 billion, "
        "including Quellmark's $2.50 billion. Tressen's deposits of $400 million represent "
        "90.0% of its total assets."
    )
    assert codes(body) == []


def test_product_near_miss_another_measure_beside_the_term() -> None:
    # the sentence after states a cost per share and its total: not the sale's amount
    body = (
        "Quellmark sold 2,500,000 shares at $4.00 per share. Its cost of revenue was $3.10 per "
        "share, or $12.8 million."
    )
    assert [r for r, _ in relations(body) if r == "product"] == []
    assert codes(body) == []
