"""NUM claim model, session 10 (issue 10): relations stated in sentences that the model
did not tie together. Each structure: the true claim is read and raises nothing, one
operand moved 10-30% beyond its rounding is caught, and a look-alike that is another
claim (a tranche, net proceeds, another period or subject, a price comparison) stays
silent. Fictional issuers and figures, written for this file."""

from __future__ import annotations

import pytest

from disclint.facts import Facts
from disclint.parse import parse_source
from disclint.quantities import Qualifier
from disclint.readers import read_bytes
from tests.test_rules_arithmetic_model import codes
from tests.test_rules_arithmetic_recall import HEAD, TAIL, relations

LEAD = "Norvale Systems, Inc. (NASDAQ: NVLS) today issued an update. "


def _claims(relation: str, body: str) -> list[list[str]]:
    return [ops for r, ops in relations(body) if r == relation]


# (relation, body with {x}, the true figure, the moved figure, the code that catches it)
CAUGHT = [
    # NUM013: a dividend named a payout, its annual rate in parentheses
    (
        "dividend",
        "The Board of Talwick Utilities approved a quarterly payout of $0.31 per share "
        "({x} annualized), payable May 2 to holders of record on April 18.",
        "$1.24",
        "$1.55",
        "NUM013",
    ),
    # NUM013: the yield stated in the paragraph after the payment, on a unit price
    (
        "dividend",
        "Brackley Income Trust declared a monthly distribution of $0.09 per unit for June."
        "\n\nThe distribution represents an annualized yield of {x} based on the closing unit "
        "price of $15.00 on June 3.",
        "7.2%",
        "9.0%",
        "NUM013",
    ),
    # NUM007: the split's effect in the next paragraph, named only by "combined into"
    (
        "split",
        LEAD + "Its board approved a 1-for-8 reverse stock split, effective June 2.\n\n"
        "Upon effectiveness, the 48,000,000 shares of common stock currently outstanding will "
        "be combined into approximately {x} shares.",
        "6,000,000",
        "7,500,000",
        "NUM007",
    ),
    # NUM005: increment, prior and total in three paragraphs
    (
        "aggregate",
        "Pellam Partners LP said that on May 4 it bought 500,000 additional shares of Osgrove "
        "Foods, Inc. (NYSE: OSG).\n\nBefore these purchases, Pellam owned 1,700,000 shares of "
        "Osgrove.\n\nAs a result, Pellam now holds a total of {x} shares.",
        "2,200,000",
        "2,750,000",
        "NUM005",
    ),
    # NUM005: the increment named by its act, the holding that "rose to" the total
    (
        "aggregate",
        "Dunmere Capital LLC reported its position in Hartwell Mining Corp.\n\nDunmere "
        "previously held 2.4 million shares of Hartwell.\n\nAfter exercising warrants for "
        "600,000 shares on May 9, its holding rose to {x} shares.",
        "3.0 million",
        "3.6 million",
        "NUM005",
    ),
    # NUM005: the act's figure before "bringing ... to", the level before it after the total
    (
        "aggregate",
        LEAD + "During the quarter the trust acquired three buildings with 420 units, "
        "bringing its portfolio to {x} units, compared with 6,180 units at March 31, 2026.",
        "6,600",
        "7,900",
        "NUM005",
    ),
    # NUM018: stated value written before its name, the conversion in the next paragraph
    (
        "stated-value",
        "Quillon Devices, Inc. (NASDAQ: QLD) sold 1,200 shares of Series B Convertible "
        "Preferred Stock ($1,000 stated value per share).\n\nThe preferred shares are "
        "convertible at $3.00 per share into an aggregate of {x} shares of common stock.",
        "400,000",
        "500,000",
        "NUM018",
    ),
    # NUM001: the count in the sentence before "The shares were sold at"
    (
        "product",
        LEAD + "The Company sold 3,125,000 shares of common stock in the offering. The shares "
        "were sold at a price of $3.20 per share, for gross proceeds of {x}.",
        "$10.0 million",
        "$12.5 million",
        "NUM001",
    ),
    # NUM001: the gross proceeds as the subject, the amount after "are expected to be"
    (
        "product",
        LEAD + "Gross proceeds from the offering of 2,500,000 shares at $4.00 per share are "
        "expected to be {x}.",
        "$10.0 million",
        "$12.5 million",
        "NUM001",
    ),
    # NUM001: notes converted at a price, the shares issued in the sentence after
    (
        "product",
        LEAD + "The Company converted $1,800,000 of outstanding notes into common stock at a "
        "conversion price of $0.45 per share. As a result, the Company issued {x} shares of "
        "common stock to the noteholders.",
        "4,000,000",
        "5,000,000",
        "NUM001",
    ),
    # NUM001: the gross proceeds' verb after an aside on fees, the terms a paragraph before
    (
        "product",
        LEAD + "The Company closed its underwritten public offering of 2,500,000 shares at a "
        "public offering price of $4.00 per share.\n\nGross proceeds, before deducting "
        "underwriting discounts and commissions and offering expenses, were {x}.",
        "$10.0 million",
        "$12.5 million",
        "NUM001",
    ),
    # NUM001: a warrant inducement, the lowered exercise price stated elsewhere
    (
        "product",
        LEAD + "Holders agreed to exercise existing warrants to purchase up to 1,500,000 "
        "shares for gross proceeds of approximately {x}.\n\nThe Company agreed to reduce the "
        "exercise price of the existing warrants from $7.80 to $2.00 per share.",
        "$3.0 million",
        "$3.8 million",
        "NUM001",
    ),
    # NUM001: the price in a sentence of its own ("The purchase price for each share is")
    (
        "product",
        LEAD + "The Company agreed to the purchase and sale of 2,000,000 shares of common "
        "stock in a registered direct offering. The purchase price for each share is $2.50. "
        "The aggregate gross proceeds to the Company are expected to be approximately {x}.",
        "$5.0 million",
        "$6.5 million",
        "NUM001",
    ),
    # NUM001: pre-funded warrants sold in lieu of shares: the count covers both
    (
        "product",
        LEAD + "The offering consists of 2,400,000 shares of common stock (or pre-funded "
        "warrants in lieu thereof) at a price of $2.50 per share, for gross proceeds of "
        "approximately {x}.",
        "$6.0 million",
        "$7.5 million",
        "NUM001",
    ),
    # NUM006: net proceeds from the offering named by its size
    (
        "proceeds",
        LEAD + "The Company received net proceeds of approximately {x} from the $10.0 million "
        "offering.",
        "$9.2 million",
        "$12.5 million",
        "NUM006",
    ),
    # NUM006: the gross proceeds after an aside on fees are the gross, not a fee
    (
        "proceeds",
        LEAD + "The Company expects to receive net proceeds of approximately $9.2 million, "
        "after deducting fees and expenses, from gross proceeds of {x}.",
        "$10.0 million",
        "$8.0 million",
        "NUM006",
    ),
    # NUM004: the whole first ("Based on N outstanding"), the part with its own verb
    (
        "portion",
        LEAD + "Based on 40,000,000 shares outstanding, Corram Fund's 6,000,000 shares "
        "represent {x} of the Company.",
        "15.0%",
        "18.8%",
        "NUM004",
    ),
    # NUM004: "of which the shares issued in the offering represent": the offering's count
    (
        "portion",
        LEAD + "At closing, the Company issued 3,000,000 shares of common stock at a price of "
        "$5.00 per share, for gross proceeds of $15.0 million.\n\nFollowing the offering, the "
        "Company has 24,000,000 shares of common stock outstanding, of which the shares "
        "issued in the offering represent approximately {x}.",
        "12.5%",
        "15.6%",
        "NUM004",
    ),
    # NUM003: "P% above" the prior year's figure
    (
        "change",
        LEAD + "Revenue for fiscal 2025 was $18.6 million, {x} above fiscal 2024 revenue of "
        "$15.0 million.",
        "24%",
        "30%",
        "NUM003",
    ),
    # NUM003: "P% more than the $N": the prior, not a bound on it
    (
        "change",
        LEAD + "Bookings were $18.6 million, which was {x} more than the $15.0 million booked "
        "in fiscal 2024.",
        "24%",
        "30%",
        "NUM003",
    ),
    # NUM003: "P% lower than the $N"
    (
        "change",
        LEAD + "Operating expenses for 2025 were $12.0 million, {x} lower than the $15.0 million "
        "recorded in 2024.",
        "20%",
        "25%",
        "NUM003",
    ),
    # NUM003: each level's share of revenue set aside by "or"
    (
        "change",
        LEAD + "Gross profit increased {x} to $18.6 million, or 41.3% of revenue, from $15.0 "
        "million, or 40.0% of revenue, in the prior year.",
        "24%",
        "30%",
        "NUM003",
    ),
    # NUM003: a loss as the subject of "was", compared with a loss
    (
        "change",
        LEAD + "Net loss for the quarter was $3.2 million, compared to a net loss of $4.0 "
        "million for the same quarter last year, a decrease of {x}.",
        "20%",
        "25%",
        "NUM003",
    ),
    # NUM003: "The P% increase" opens the sentence after the comparison
    (
        "change",
        LEAD + "Revenue for the quarter was $18.6 million compared to $15.0 million for the "
        "same period last year. The {x} increase was driven by higher volumes.",
        "24%",
        "30%",
        "NUM003",
    ),
    # NUM003: "increased to A for the quarter, from B", then "The increase of P%"
    (
        "change",
        LEAD + "Revenue increased to $18.6 million for the quarter, from $15.0 million in the "
        "prior-year quarter. The increase of {x} reflects new customers.",
        "24%",
        "30%",
        "NUM003",
    ),
    # NUM001: what a full exercise of the option "would add roughly" (a hedged increment,
    # not the whole deal), at the offering's price written without "per share"
    (
        "product",
        LEAD + "Gross proceeds are expected to be approximately $16.0 million. The offering "
        "consists of 5,000,000 shares of common stock, each sold at a "
        "public offering price of $3.20. Norvale has also granted the underwriters a 30-day "
        "option to purchase up to 750,000 additional shares at the public offering price. If "
        "the option is exercised in full, it would add roughly {x} of gross proceeds.",
        "$2.4 million",
        "$3.0 million",
        "NUM001",
    ),
]


@pytest.mark.parametrize(("relation", "body", "true", "moved", "code"), CAUGHT)
def test_sentence_claims_read_and_checked(
    relation: str, body: str, true: str, moved: str, code: str
) -> None:
    assert any(true in ops for ops in _claims(relation, body.format(x=true)))
    assert codes(body.format(x=true)) == []
    assert code in codes(body.format(x=moved))


# (body, a relation that must not be read, the figure it must not hold)
SILENT = [
    # "payout ratio" is a share of earnings, not a payment
    (
        "Talwick Utilities approved a quarterly dividend of $0.31 per share. Its payout ratio "
        "is 62% of earnings and $1.40 a year is its target annual rate.",
        "dividend",
        "$1.40",
    ),
    # a later paragraph with its own (special) payment measures that payment's yield
    (
        "Brackley Income Trust declared a monthly distribution of $0.09 per unit for June.\n\n"
        "A special distribution of $0.50 per unit represents a yield of 3.3% based on the "
        "closing unit price of $15.00.",
        "dividend",
        "3.3%",
    ),
    # a conversion after a merger, not a split: no split in the sentence before
    (
        LEAD + "Its shareholders approved the merger with Tolland Labs on June 2.\n\nUpon "
        "effectiveness, the 48,000,000 shares outstanding will be converted into 7,000,000 "
        "shares of the combined company.",
        "split",
        "7,000,000",
    ),
    # a running total with no holding before it stated: no aggregate to check
    (
        LEAD + "The company reduced debt by $2.7 million during the quarter, bringing its "
        "year-to-date repayments to $6.9 million.",
        "aggregate",
        "$6.9 million",
    ),
    # a year-ago level may include other acquisitions: not the level before this one
    (
        LEAD + "During the quarter the trust acquired three buildings with 420 units, "
        "bringing its portfolio to 7,400 units, compared with 6,180 units a year earlier.",
        "aggregate",
        "6,180",
    ),
    # two holders' priors in the sentence before: whose is the total's is not said
    (
        "Pellam Partners LP bought 500,000 additional shares of Osgrove Foods on May 4.\n\n"
        "Before these purchases, Pellam owned 1,700,000 shares, and its affiliates owned "
        "300,000 shares.\n\nAs a result, Pellam and its affiliates now hold a total of "
        "2,500,000 shares.",
        "aggregate",
        "1,700,000",
    ),
    # two acts before "bringing": the one figure is not all that moved the total
    (
        LEAD + "The trust sold two buildings with 200 units and acquired three buildings with "
        "420 units, bringing its portfolio to 6,400 units, compared with 6,180 units at March "
        "31, 2026.",
        "aggregate",
        "6,400",
    ),
    # an act that takes away: "bringing ... to" a lower total
    (
        LEAD + "The Company repaid $2.7 million of debt during the quarter, bringing total debt "
        "to $6.2 million, compared with $8.9 million at March 31.",
        "aggregate",
        "$6.2 million",
    ),
    # the sentence after is about notes, not the preferred stock sold before
    (
        "Quillon Devices, Inc. sold 1,200 shares of Series B Convertible Preferred Stock "
        "($1,000 stated value per share).\n\nThe notes are convertible at $3.00 per share into "
        "an aggregate of 500,000 shares of common stock.",
        "stated-value",
        "500,000",
    ),
    # two counts before "The shares were sold": which one was sold at the price is not said
    (
        LEAD + "The Company sold 3,125,000 shares, including 375,000 shares sold upon exercise "
        "of the underwriters' option. The shares were sold at a price of $3.20 per share, for "
        "gross proceeds of $12.0 million.",
        "product",
        "$12.0 million",
    ),
    # shares and pre-funded warrants counted and priced apart: the count is not all sold
    (
        LEAD + "The offering consists of 1,600,000 shares of common stock at $2.50 per share "
        "and pre-funded warrants to purchase 800,000 shares at $2.499 per pre-funded warrant, "
        "for gross proceeds of approximately $6.0 million.",
        "product",
        "$6.0 million",
    ),
    # the sentence before priced its own sale: its count is not this sale's
    (
        LEAD + "The Company sold 3,000,000 shares at $2.00 per share in its May offering. The "
        "shares were sold at a price of $2.50 per share in the June offering, for gross "
        "proceeds of $5.0 million.",
        "product",
        "$5.0 million",
    ),
    # proceeds that include the option: more shares than the count before
    (
        LEAD + "The Company sold 3,000,000 shares of common stock in the offering. The shares "
        "were priced at $2.50 per share, and the offering raised gross proceeds of $8.1 "
        "million including the option.",
        "product",
        "$8.1 million",
    ),
    # net proceeds are not shares x price
    (
        LEAD + "Net proceeds from the offering of 2,500,000 shares at $4.00 per share are "
        "expected to be $9.1 million.",
        "product",
        "$9.1 million",
    ),
    # notes convertible later: the shares in the next sentence are another issuance
    (
        LEAD + "The $1,800,000 of notes are convertible into common stock at a conversion "
        "price of $0.45 per share. As a result, the Company issued 1,000,000 shares to the "
        "placement agent.",
        "product",
        "1,000,000",
    ),
    # principal and interest converted together: the notes' amount alone is not the total
    (
        LEAD + "The Company converted $1,800,000 of notes and accrued interest of $90,000 into "
        "common stock at a conversion price of $0.45 per share. As a result, the Company "
        "issued 4,200,000 shares.",
        "product",
        "4,200,000",
    ),
    # the fee itself after the aside on the gross proceeds
    (
        LEAD + "The Company closed its offering of 2,500,000 shares at $4.00 per share.\n\n"
        "Gross proceeds were reduced by underwriting discounts and offering expenses of $0.9 "
        "million.",
        "product",
        "$0.9 million",
    ),
    # two lowered prices (two series of warrants): which one the proceeds are at is not said
    (
        LEAD + "Holders agreed to exercise existing warrants to purchase up to 1,500,000 "
        "shares for gross proceeds of approximately $3.8 million.\n\nThe Company agreed to "
        "reduce the exercise price of the Series A warrants from $7.80 to $2.00 per share and "
        "to reduce the exercise price of the Series B warrants from $9.10 to $2.50 per share.",
        "product",
        "$3.8 million",
    ),
    # existing warrants exercised, new warrants priced: the price is not the exercise's
    (
        LEAD + "Holders agreed to exercise existing warrants to purchase 1,500,000 shares for "
        "gross proceeds of approximately $3.0 million, and the Company issued new warrants "
        "with an exercise price of $2.50.",
        "product",
        "$3.0 million",
    ),
    # priors listed in the order of their measures: not this change's alone
    (
        LEAD + "Total assets grew 12% to $1.12 billion, and deposits grew 8% to $950 million, "
        "compared with $1.00 billion and $880 million at year end.",
        "change",
        "8%",
    ),
    # shares to be issued: a percentage after they are added, not of the count before
    (
        LEAD + "Based on 40,000,000 shares outstanding, the 6,000,000 shares to be issued upon "
        "conversion represent 13.0% of the Company after giving effect to the conversion.",
        "portion",
        "13.0%",
    ),
    # other shares named in the sentence after the sale of preferred stock
    (
        "Quillon Devices, Inc. sold 1,200 shares of Series B Convertible Preferred Stock "
        "($1,000 stated value per share).\n\nThe preferred shares are convertible at $3.00 per "
        "share and accrue dividends of 8% per year payable in 300,000 shares of common stock.",
        "stated-value",
        "300,000",
    ),
    # another measure's annual figure beside a quarterly dividend (also true of "dividend")
    (
        "The dividend of $0.25 per share for the quarter compares with earnings of $0.40 per "
        "share, and management expects annual earnings of $1.60 per share.",
        "dividend",
        "$1.60",
    ),
    # a part included in the level ("including ... loss of $1.0 million") is no level
    (
        LEAD + "Net loss was $3.2 million, including a non-cash impairment loss of $1.0 "
        "million, compared to a net loss of $4.0 million, a decrease of 20%.",
        "change",
        "$1.0 million",
    ),
    # a percentage of the votes cast, not of the shares outstanding
    (
        LEAD + "Based on 40,000,000 shares outstanding, the 6,000,000 shares voted represent "
        "22.0% of the votes cast at the meeting.",
        "portion",
        "22.0%",
    ),
    # a price against the closing price is a discount (NUM002), not a change
    (
        LEAD + "The Company priced the offering at $4.00 per share, 25% below the closing "
        "price of $5.00 on May 2.",
        "change",
        "25%",
    ),
    # a loss against income: no percentage change between them
    (
        LEAD + "Net loss for the quarter was $3.2 million, compared to net income of $4.0 "
        "million for the same quarter last year, a decrease of 20%.",
        "change",
        "20%",
    ),
    # the sentence before states the amount of the move, not the level: no pair
    (
        LEAD + "Revenue increased $3.6 million from $15.0 million a year earlier. The 24% "
        "increase was driven by higher volumes.",
        "change",
        "24%",
    ),
]


@pytest.mark.parametrize(("body", "relation", "figure"), SILENT)
def test_sentence_claim_near_misses(body: str, relation: str, figure: str) -> None:
    assert not any(figure in ops for ops in _claims(relation, body))
    assert [c for c in codes(body) if c != "NUM002"] == []


def test_a_share_of_revenue_beside_a_points_change_is_still_the_rate() -> None:
    """Setting "or 41.3% of revenue" aside is for percentage changes of amounts: a change
    in basis points is the rates' own."""
    body = LEAD + "Gross margin increased 130 basis points to 41.3% from 40.0% in the prior year."
    assert any("41.3%" in ops for ops in _claims("change", body))
    assert "NUM003" in codes(body.replace("130 basis points", "180 basis points"))


def _qualifier(body: str, figure: str) -> Qualifier | None:
    source = read_bytes((HEAD + body + TAIL).encode("utf-8"), "release.txt", fmt="txt")
    found = [q for q in Facts(parse_source(source)).quantities if q.text.strip() == figure]
    assert found, figure
    return found[0].qualifier


@pytest.mark.parametrize(
    ("body", "figure", "qualifier"),
    [
        # a comparison's size before "more than" / "lower than": the figure is exact
        (
            "Bookings were $18.6 million, 24% more than the $15.0 million of 2024.",
            "$15.0 million",
            None,
        ),
        (
            "Costs were $12.0 million, 20 percent lower than the $15.0 million of 2024.",
            "$15.0 million",
            None,
        ),
        # a hedge is still a bound
        (
            "The Company raised more than $15.0 million in the offering.",
            "$15.0 million",
            Qualifier.OVER,
        ),
        ("Revenue grew 24% to more than $15.0 million.", "$15.0 million", Qualifier.OVER),
        ("Costs were lower than $15.0 million.", "$15.0 million", Qualifier.UNDER),
    ],
)
def test_a_percentage_before_more_than_is_a_comparison_not_a_bound(
    body: str, figure: str, qualifier: Qualifier | None
) -> None:
    assert _qualifier(body, figure) is qualifier
