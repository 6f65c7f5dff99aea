"""Transaction relations read as facts with slots (session 12, issue 10 Deliver 1-2):
``rules/arithmetic/transactions.py`` (a sale told over several clauses and paragraphs),
``ownership.py`` (the outstanding count first), ``aggregates.py`` (an earlier level
paragraphs before the total), ``splits.py`` (one pair per share class) and
``unit_products.py`` (per-unit products of physical units).

Each catch is a release whose figures agree (silent) and the same release with one figure
moved (caught); each near miss is a release the issue names as a false-alarm class (one
tranche against the aggregate, the headline's gross against the body's net, two separate
placements, an investor's amount beside the agent's warrants, a stated value per preferred
share, a premium against another reference price), which must stay silent. Every company,
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


def codes(body: str, head: str = HEAD) -> list[str]:
    text = head + body + TAIL
    source = read_bytes(text.encode("utf-8"), "release.txt", fmt="txt")
    found = _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings
    return sorted(f.code for f in found if f.severity.value != "info")


def relations(body: str) -> set[tuple[str, tuple[str, ...]]]:
    text = HEAD + body + TAIL
    facts = Facts(parse_source(read_bytes(text.encode("utf-8"), "release.txt", fmt="txt")))
    return {(c.relation, tuple(q.text for q in c.operands)) for c in claims_of(facts)}


# -- a sale told over several paragraphs, clauses in any order -------------------------------

SALE_OVER_PARAGRAPHS = (
    "Quellmark said it has agreed to sell common stock to a group of institutional "
    "investors in a registered direct offering expected to raise approximately "
    "${gross} million before fees and expenses.\n\n"
    "Under the purchase agreements, the investors will buy 3,200,000 shares of common "
    "stock. Their price, $3.00 per share, equals the last reported sale price on March 2, "
    "2026.\n\n"
    "Once the placement agent's cash fee (about $0.67 million) and other offering expenses, "
    "which the Company puts at $0.13 million, are paid, Quellmark expects to net roughly "
    "${net} million."
)


def test_gross_before_the_terms_paragraphs_apart_is_checked() -> None:
    good = SALE_OVER_PARAGRAPHS.format(gross="9.6", net="8.8")
    assert codes(good) == []
    assert any(
        r == "product" and "3,200,000" in ops and "$3.00" in ops for r, ops in relations(good)
    )
    assert codes(SALE_OVER_PARAGRAPHS.format(gross="11.6", net="8.8")) == ["NUM001"]


def test_net_after_the_stated_fees_paragraphs_later_is_checked() -> None:
    assert codes(SALE_OVER_PARAGRAPHS.format(gross="9.6", net="9.3")) == ["NUM006"]
    assert any(
        r == "proceeds" and "$0.67 million" in ops
        for r, ops in relations(SALE_OVER_PARAGRAPHS.format(gross="9.6", net="8.8"))
    )


def test_net_above_gross_paragraphs_later_is_caught() -> None:
    assert codes(SALE_OVER_PARAGRAPHS.format(gross="9.6", net="10.1")) == ["NUM006"]


SEPARATE_SALE = (
    "Separately, Quellmark sold 5.0 million Class A shares to three accredited investors in "
    "a private placement priced at $0.60 per share, below the $0.75 closing price on March "
    "2, 2026. The placement brought in ${gross} million gross; after placement costs, the "
    "Company will receive about ${net} million."
)


def test_placement_told_with_gross_and_net_after_its_terms() -> None:
    assert codes(SEPARATE_SALE.format(gross="3.0", net="2.85")) == []
    assert codes(SEPARATE_SALE.format(gross="3.8", net="2.85")) == ["NUM001"]
    assert codes(SEPARATE_SALE.format(gross="3.0", net="3.56")) == ["NUM006"]


@pytest.mark.parametrize(
    ("body", "good", "bad"),
    [
        (  # the sale named by its size, then its terms
            "Quellmark closed its ${} million registered direct offering. The offering "
            "consisted of 5,000,000 shares of common stock at a price of $9.70 per share.",
            "48.5",
            "58.5",
        ),
        (  # the gross first, the sale after it
            "Quellmark raised ${} million in gross proceeds. In the offering, the Company "
            "sold 4,000,000 shares of its common stock at a price of $3.00 per share.",
            "12.0",
            "15.0",
        ),
        (  # "priced N shares at $P each", the deal's size by its verb
            "Quellmark priced 5,000,000 shares at $2.00 each. The deal is expected to bring "
            "in ${} million before fees.",
            "10.0",
            "12.5",
        ),
        (  # units priced per unit, the unit's warrant named in the same sentence
            "In the offering, investors bought 1,000,000 units at $5.00 per unit, each unit "
            "consisting of one share of common stock and one warrant. The offering raised "
            "${} million before expenses.",
            "5.0",
            "6.5",
        ),
        (  # a lead paragraph without figures, then count, price and gross apart
            "Quellmark today closed a private placement with a group of investors.\n\n"
            "The investors purchased 2,000,000 shares of common stock. The purchase price "
            "was $2.50 per share.\n\nThe placement raised gross proceeds of ${} million.",
            "5.0",
            "6.2",
        ),
        (  # "apiece" and "brought in ... gross" in the next paragraph
            "Quellmark sold 2,400,000 ordinary shares to Halden Capital at $2.50 apiece.\n\n"
            "The sale brought in ${} million gross. After costs, Quellmark expects to keep "
            "about $5.7 million.",
            "6.0",
            "7.5",
        ),
    ],
)
def test_sale_phrasings_are_checked(body: str, good: str, bad: str) -> None:
    assert codes(body.format(good)) == []
    assert codes(body.format(bad)) == ["NUM001"]


def test_a_second_instrument_amount_is_not_the_sale() -> None:
    body = (
        "Quellmark sold 4.2 million shares at $5.00 apiece for ${} million, and also sold "
        "$30 million of convertible notes."
    )
    assert codes(body.format("21.0")) == []
    assert codes(body.format("25.0")) == ["NUM001"]


# -- refusals: the false-alarm classes the issue names --------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # one tranche against the aggregate
        "Quellmark closed the first tranche of its private placement, selling 1,000,000 "
        "shares at $2.00 per share. Including the second tranche, the placement raised gross "
        "proceeds of $5.0 million.",
        # two separate placements, the total of both after the second
        "Quellmark sold 1,000,000 shares at $2.00 per share to Halden Capital for $2.0 "
        "million.\n\nIn a second placement, Quellmark sold 500,000 shares at $3.00 per share. "
        "The two placements raised gross proceeds of $3.5 million.",
        # an investor's amount and the agent's warrants beside the sale's terms
        "Quellmark sold 1,000,000 shares at $2.00 per share. Halden Capital invested $1.2 "
        "million in the offering. The placement agent received warrants to purchase 70,000 "
        "shares at $2.50 per share.",
        "Quellmark sold 2,000,000 shares of common stock at $2.50 per share in a registered "
        "direct offering. The placement agent will receive a cash fee of $350,000 and warrants "
        "to purchase 100,000 shares at $3.125 per share.",
        # a stated value per preferred share is not the amount of the sale
        "Quellmark issued 2,400 shares of Series A Preferred Stock to investors. Each share "
        "has a stated value of $1,000 and is convertible at $2.00 per share. The gross "
        "proceeds were $2.4 million.",
        "The holders converted 1,500 shares of Series B Preferred Stock, each with a stated "
        "value of $1,000, into 750,000 shares of common stock at a conversion price of $2.00 "
        "per share.",
        # a premium against the close, another reference price stated after it
        "Quellmark sold 1,000,000 shares at $2.00 per share, a 25% premium to the $1.60 "
        "closing price on March 2, 2026 and a 10% premium to the 30-day average price of "
        "$1.82.",
        "Quellmark sold 2,000,000 shares at $2.50 per share, a 25% premium to the $2.00 "
        "closing price on March 2, 2026. The stock had traded at an average of $2.20 over the "
        "prior 30 days.",
        # a cap, an option, pre-funded warrants
        "Quellmark sold up to 1,000,000 shares at $2.00 per share, for gross proceeds of $1.5 "
        "million in the first closing.",
        "Quellmark sold 1,000,000 shares and pre-funded warrants to purchase 500,000 shares "
        "at $2.00 per share. The gross proceeds were $2.9 million.",
        "Quellmark sold 1,000,000 shares at $2.00 per share. The underwriters have a 30-day "
        "option to purchase up to 150,000 additional shares. Gross proceeds, if the option is "
        "exercised in full, will be $2.3 million.",
        "Quellmark sold 2,000,000 units at $1.00 per unit, each unit consisting of one share "
        "and one warrant exercisable at $1.25 per share. If all the warrants are exercised, "
        "Quellmark would raise a further $2.5 million.",
    ],
)
def test_figures_of_different_things_are_not_related(body: str) -> None:
    assert codes(body) == []


def test_the_headline_gross_is_not_the_body_net() -> None:
    head = (
        "Quellmark Holdings Raises $10.0 Million\n\n"
        "DENVER, March 3, 2026 (GLOBE NEWSWIRE) -- Quellmark Holdings Inc. (NASDAQ: QLMK) "
        "today announced the following.\n\n"
    )
    body = "Quellmark sold 2,000,000 shares at $5.00 per share. Net proceeds were $9.3 million."
    assert codes(body, head) == []
    assert not any(r == "proceeds" for r, _ in relations(body))


def test_a_new_matter_ends_the_telling() -> None:
    body = (
        "Quellmark today closed a private placement with a group of investors, who purchased "
        "2,000,000 shares of common stock.\n\n"
        "Separately, Borex Mining said it raised $6.2 million. Borex sold its shares at $2.50 "
        "per share."
    )
    assert codes(body) == []


# -- ownership with the outstanding count first -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "good", "bad"),
    [
        (
            "Of the Company's 52,500,000 outstanding common shares, the founders together own "
            "18,375,000, which is {}%.",
            "35.0",
            "43.8",
        ),
        (
            "Of the 75,000,000 common units outstanding at September 30, 2026, the sponsor, "
            "Vellatrix Energy Holdings LLC, held 41,250,000, or {}%.",
            "55.0",
            "68.8",
        ),
        (
            "Quellmark has 40,000,000 shares outstanding, of which Halden Capital owns "
            "6,000,000, or {}%.",
            "15.0",
            "19.0",
        ),
    ],
)
def test_ownership_with_the_whole_first_is_checked(body: str, good: str, bad: str) -> None:
    assert codes(body.format(good)) == []
    assert codes(body.format(bad)) == ["NUM004"]


def test_ownership_of_two_holders_together_is_not_one_holding() -> None:
    body = (
        "Of the 40,000,000 shares outstanding, Halden Capital held 4,000,000 and Borex "
        "Partners held 6,000,000, or 25.0% together."
    )
    assert codes(body) == []


def test_ownership_on_a_diluted_basis_is_left_alone() -> None:
    body = (
        "Of the 40,000,000 shares outstanding, Halden Capital holds 4,000,000, or 8.0% on a "
        "fully diluted basis."
    )
    assert codes(body) == []


# -- an aggregate's earlier level, paragraphs before ----------------------------------------

BUYBACK = (
    "At the end of June, the Company had repurchased 600,000 shares under its program.\n\n"
    "The Board also declared a quarterly dividend.\n\n"
    "In the third quarter, the Company bought back a further 200,000 shares, bringing the "
    "program total to {} shares."
)


def test_aggregate_with_its_earlier_level_two_paragraphs_back_is_checked() -> None:
    assert codes(BUYBACK.format("800,000")) == []
    assert ("aggregate", ("800,000", "200,000", "600,000")) in relations(BUYBACK.format("800,000"))
    assert codes(BUYBACK.format("1,000,000")) == ["NUM005"]


def test_aggregate_with_two_earlier_levels_is_left_unjoined() -> None:
    body = (
        "At the end of June, the Company had repurchased 600,000 shares under its program, and "
        "at the end of March it had repurchased 450,000 shares.\n\n"
        "In the third quarter, the Company bought back a further 200,000 shares, bringing the "
        "program total to 1,000,000 shares."
    )
    assert codes(body) == []


def test_an_authorization_is_no_earlier_level() -> None:
    body = (
        "The Board authorized the Company to repurchase up to 2,000,000 shares.\n\n"
        "In the third quarter, the Company bought back a further 200,000 shares, bringing the "
        "program total to 800,000 shares."
    )
    assert codes(body) == []


# -- a split's pairs, one per class ----------------------------------------------------------

CLASSES = (
    "The reverse split at a ratio of 1-for-7.5 takes effect on March 9. Both classes are "
    "affected: the 63,000,000 shares of Class A common stock now outstanding will be combined "
    "into about {a} shares, and the 4,500,000 shares of Class B common stock into {b}."
)


def test_split_pairs_of_two_classes_in_one_sentence_are_checked() -> None:
    assert codes(CLASSES.format(a="8,400,000", b="600,000")) == []
    assert codes(CLASSES.format(a="10,500,000", b="600,000")) == ["NUM007"]
    assert codes(CLASSES.format(a="8,400,000", b="750,000")) == ["NUM007"]


def test_split_pairs_under_two_ratios_are_left_alone() -> None:
    body = (
        "The Class A shares split 1-for-10 and the Class B shares 1-for-20. The 40,000,000 "
        "shares of Class A common stock will be combined into 4,000,000 shares, and the "
        "10,000,000 shares of Class B common stock into 1,000,000."
    )
    assert codes(body) == []


# -- per-unit products of physical units -------------------------------------------------------


def test_a_quantity_worth_an_amount_at_a_price_per_unit_is_checked() -> None:
    body = (
        "Every ton of recycled shingles yields 2.0 barrels of oil worth about ${} (assuming an "
        "oil price of $75 per barrel)."
    )
    assert codes(body.format("150")) == []
    assert codes(body.format("190")) == ["NUM001"]


def test_a_price_per_gallon_over_the_yearly_capacity_is_checked() -> None:
    body = (
        "The upgrade will lower costs by $0.05 per gallon, or approximately ${} million per "
        "year, at the plant's 60 million gallon per year capacity."
    )
    assert codes(body.format("3.0")) == []
    assert codes(body.format("4.0")) == ["NUM001"]


def test_two_yearly_capacities_leave_the_per_unit_amount_unread() -> None:
    body = (
        "The Keyes plant has a 60 million gallon per year capacity and the Riverbank plant a "
        "90 million gallon per year capacity.\n\n"
        "The upgrade will lower costs by $0.05 per gallon, or approximately $4.0 million per "
        "year."
    )
    assert codes(body) == []


def test_two_prices_per_barrel_leave_the_worth_unread() -> None:
    body = (
        "Each ton yields 2.0 barrels of oil worth about $190 (assuming a WTI price of $75 per "
        "barrel and a Brent price of $80 per barrel)."
    )
    assert codes(body) == []


# -- the three terms of a sale in every order ---------------------------------------------------

GROSS = "Gross proceeds from the offering were ${} million."
COUNT = "The offering consisted of 3,000,000 shares of common stock."
PRICE = "The shares were priced at $2.50 per share."


@pytest.mark.parametrize(
    "order",
    [(GROSS, COUNT, PRICE), (COUNT, GROSS, PRICE), (PRICE, GROSS, COUNT), (PRICE, COUNT, GROSS)],
)
def test_the_terms_in_any_order_are_one_sale(order: tuple[str, str, str]) -> None:
    body = " ".join(order)
    assert codes(body.format("7.5")) == []
    assert codes(body.format("9.5")) == ["NUM001"]


def test_terms_over_three_paragraphs_with_a_bare_proceeds_label() -> None:
    body = (
        "Quellmark announced the closing of its private placement.\n\n"
        "Gross proceeds were ${} million, before deducting placement agent fees.\n\n"
        "Investors in the placement purchased 3,000,000 shares at $2.50 per share."
    )
    assert codes(body.format("7.5")) == []
    assert codes(body.format("9.5")) == ["NUM001"]


def test_units_priced_at_two_prices_the_gross_cannot_tell_apart() -> None:
    body = (
        "Quellmark closed its PIPE offering for gross proceeds of approximately ${} million.\n\n"
        "The PIPE offering consists of 36,190,485 units, each unit consisting of one share of "
        "common stock or one pre-funded warrant and one series A warrant to purchase one share "
        "at an exercise price of $0.84. The price per Common Unit was $0.42 (or $0.41999 per "
        "Unit in the case of units that include pre-funded warrants)."
    )
    assert codes(body.format("15.2")) == []
    assert codes(body.format("19.0")) == ["NUM001"]


def test_a_net_stated_twice_is_checked_at_each_value() -> None:
    body = (
        "Quellmark closed its offering for gross proceeds of $15.2 million.\n\n"
        "Aggregate net proceeds to the Company were approximately ${} million, after "
        "deducting placement agent fees.\n\n"
        "Based on receiving approximately $13.68 million in net proceeds from the offering, "
        "Quellmark expects to fund operations into 2027."
    )
    assert codes(body.format("13.68")) == []
    assert codes(body.format("17.10")) == ["NUM006"]


def test_net_proceeds_are_no_count_times_price() -> None:
    body = (
        "Under its at-the-market program, the Company sold 500,000 shares at an average price "
        "of $10.00 per share for net proceeds of $4.9 million."
    )
    assert codes(body) == []


def test_proceeds_of_the_selling_stockholders_are_not_the_sale() -> None:
    body = (
        "Quellmark sold 5,000,000 shares at $8.00 per share.\n\n"
        "Gross proceeds to the selling stockholders were $12.0 million."
    )
    assert codes(body) == []


# -- premium and discount: the named reference price only -------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Quellmark sold 1,000,000 shares at $2.00 per share, a 25% premium to the closing price "
        "on March 2, 2026. The 30-day volume-weighted average price was $1.82.",
        "Quellmark sold 1,000,000 shares at $2.00 per share, a 25% premium to the March 2, 2026 "
        "closing price of $1.60. On March 1, the stock closed at $1.75.",
        "The conversion price of $1.50 per share is a 25% premium to the closing price of $1.20 "
        "on March 2, 2026. The offering price of the concurrent share sale was $1.30 per share.",
    ],
)
def test_a_premium_is_not_computed_against_another_price(body: str) -> None:
    assert codes(body) == []


def test_a_discount_in_words_against_its_named_price_is_checked() -> None:
    body = (
        "Quellmark sold shares at $2.00 per share, {} percent below the $2.50 closing price on "
        "March 2, 2026."
    )
    assert codes(body.format("twenty")) == []
    assert codes(body.format("thirty")) == ["NUM003"]  # read as the change from $2.50


# -- a count of any noun at a price per that noun -------------------------------------------


@pytest.mark.parametrize(
    ("body", "good", "bad"),
    [
        (
            "During the quarter, Quellmark sold 10,000 ounces of gold at an average realized "
            "price of $2,000 per ounce, for revenue of ${} million.",
            "20.0",
            "25.0",
        ),
        (
            "Quellmark purchased 1,000 bitcoin at an average price of $60,000 per bitcoin, for a "
            "total of ${} million.",
            "60.0",
            "75.0",
        ),
        (
            "Quellmark acquired 10,000 ETH for approximately ${} million, at an average price of "
            "$2,500 per ETH.",
            "25",
            "31",
        ),
    ],
)
def test_a_count_at_a_price_per_its_noun_is_checked(body: str, good: str, bad: str) -> None:
    assert codes(body.format(good)) == []
    assert codes(body.format(bad)) == ["NUM001"]


@pytest.mark.parametrize(
    "body",
    [
        # a cost per ounce is no price the revenue was earned at
        "Quellmark sold 10,000 ounces of gold at an all-in sustaining cost of $1,200 per ounce, "
        "for revenue of $20.0 million.",
        # two prices per ounce: which one the total is at is not known
        "Quellmark sold 10,000 ounces of gold at an average realized price of $2,000 per ounce, "
        "for revenue of $25.0 million, against a spot price of $2,400 per ounce.",
        # two counts of the noun
        "Quellmark produced 12,000 ounces and sold 10,000 ounces at an average price of $2,000 "
        "per ounce, for revenue of $24.0 million.",
    ],
)
def test_a_per_noun_total_with_another_reading_is_left_alone(body: str) -> None:
    assert codes(body) == []


# -- ownership: holding, percent and outstanding count in any order ---------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Following the closing, Halden will own {}% of the 35,000,000 shares outstanding, or "
        "3,150,000 shares.",
        "Halden Capital owns {}%, or 3,150,000, of Quellmark's 35,000,000 outstanding shares.",
        "Of Quellmark's 35,000,000 outstanding shares, {}% (3,150,000 shares) are held by "
        "Halden Capital.",
        "Halden Capital now holds 3,150,000 Quellmark shares. Quellmark has 35,000,000 shares "
        "outstanding, so Halden's stake is {}%.",
    ],
)
def test_ownership_in_any_order_is_checked(body: str) -> None:
    assert codes(body.format("9.0")) == []
    assert codes(body.format("11.5")) == ["NUM004"]


@pytest.mark.parametrize(
    "body",
    [
        # the percent is a change, not the holding's share
        "Halden Capital now holds 3,150,000 shares, up 12.0% from last year; Quellmark has "
        "35,000,000 shares outstanding.",
        # two holders together
        "Halden and Borex together hold 4.5%, or 3,150,000, of Quellmark's 35,000,000 "
        "outstanding shares, with Borex holding 1,575,000.",
        # a count on another basis
        "Halden owns 3,150,000 shares, or 11.5% on a fully diluted basis, of the 35,000,000 "
        "shares outstanding.",
    ],
)
def test_ownership_look_alikes_stay_silent(body: str) -> None:
    assert codes(body) == []


# -- a holding after the purchase the sentence points back at ---------------------------------

AFTER_PURCHASE = (
    "On March 1, Halden Capital purchased 500,000 shares of Quellmark in the open market.\n\n"
    "Halden previously held 2,000,000 shares. Following the purchase, Halden owns an "
    "aggregate of {} shares."
)


def test_a_holding_after_a_purchase_in_the_paragraph_before_is_checked() -> None:
    assert codes(AFTER_PURCHASE.format("2,500,000")) == []
    assert codes(AFTER_PURCHASE.format("3,100,000")) == ["NUM005"]


def test_a_holding_after_two_purchases_is_left_alone() -> None:
    body = (
        "On March 1, Halden Capital purchased 500,000 shares of Quellmark, and on March 2 it "
        "bought 300,000 shares.\n\n"
        "Halden previously held 2,000,000 shares. Following the purchases, Halden owns an "
        "aggregate of 2,500,000 shares."
    )
    assert codes(body) == []


@pytest.mark.parametrize(
    ("body", "good", "bad"),
    [
        (  # a decimal ratio, the pair in the sentence after it
            "The Board approved a 1-for-7.7 reverse split. The 77,000,000 shares outstanding "
            "will become approximately {} shares.",
            "10,000,000",
            "12,500,000",
        ),
        (  # one class per sentence, the verb "combined into"
            "Following the 1-for-10 reverse split, the 30,000,000 Class A shares outstanding "
            "will be combined into {} Class A shares. The 5,000,000 Class B shares outstanding "
            "will be combined into 500,000 Class B shares.",
            "3,000,000",
            "3,800,000",
        ),
    ],
)
def test_split_pairs_in_other_phrasings_are_checked(body: str, good: str, bad: str) -> None:
    assert codes(body.format(good)) == []
    assert codes(body.format(bad)) == ["NUM007"]


def test_a_preferred_conversion_beside_a_split_is_no_split_pair() -> None:
    body = (
        "The 1-for-10 reverse split takes effect on March 9. In connection with the split, the "
        "240,000 shares of Series C Preferred Stock will be combined into 3,000,000 shares of "
        "common stock under their terms."
    )
    assert codes(body) == []
