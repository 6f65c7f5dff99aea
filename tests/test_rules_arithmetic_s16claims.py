# ruff: noqa: E501
"""Session 16: figures read by their role in the clause (a count of any thing at a rate per
thing, a fee's percentage and value, parts of a whole the sentence names, a sum "adds up
to").

Every passage was written for this file (invented companies and figures, each figure
computed first). ``PAIRS`` holds a true passage (no NUM finding), the relation the new
reader lists for it, and its defective twin (one operand moved beyond its rounding: a NUM
error or warning). ``SILENT`` are near misses whose figures look related but measure
different things (two counts, a rate of another thing, a fee narrowed to some investors,
a gross stated after the fee, two figures under the whole's name, a bound): each must stay
silent even though its arithmetic does not hold under the wrong reading.
"""

from __future__ import annotations

import pytest

from disclint.facts import Facts
from disclint.parse import parse_source
from disclint.readers import read_bytes
from disclint.rules.arithmetic.model import claims_of
from tests.test_rules_arithmetic_model import HEAD, TAIL, codes

#: (case, relation the new reader lists, true passage, defective twin)
PAIRS: list[tuple[str, str, str, str]] = [
    (
        "product: tonnes at a price a tonne, the amount in apposition",
        "product",
        "Brindle Minerals shipped 12,500 tonnes of concentrate at $640 a tonne, or $8.0 million.",
        "Brindle Minerals shipped 12,500 tonnes of concentrate at $640 a tonne, or $9.6 million.",
    ),
    (
        "product: the amount first, the count after 'came from', the rate 'each'",
        "product",
        "Ticket revenue of $3.9 million came from 156,000 tickets sold, which brought $25.00 each on average.",
        "Ticket revenue of $4.9 million came from 156,000 tickets sold, which brought $25.00 each on average.",
    ),
    (
        "product: 'spent $A on N of its own shares, an average cost of $P'",
        "product",
        "In the quarter Harnley spent $6.3 million on 180,000 of its own shares, an average cost of $35.00.",
        "In the quarter Harnley spent $7.9 million on 180,000 of its own shares, an average cost of $35.00.",
    ),
    (
        "product: a count in millions worth an average",
        "product",
        "Cardholders redeemed 2.4 million vouchers worth an average of $5.50, or $13.2 million of savings.",
        "Cardholders redeemed 2.4 million vouchers worth an average of $5.50, or $16.5 million of savings.",
    ),
    (
        "product: a holder's part of the offered shares, the price paragraphs before",
        "product",
        "Ellory Bio priced its public offering of 5,000,000 shares of common stock.\n\n"
        "Every share was sold at $2.40.\n\n"
        "The offering is expected to close on May 2.\n\n"
        "Its largest holder, Marsh Capital, bought 750,000 of the offered shares for $1.8 million.",
        "Ellory Bio priced its public offering of 5,000,000 shares of common stock.\n\n"
        "Every share was sold at $2.40.\n\n"
        "The offering is expected to close on May 2.\n\n"
        "Its largest holder, Marsh Capital, bought 750,000 of the offered shares for $2.3 million.",
    ),
    (
        "product: an officer buying units, 'paying' the amount",
        "product",
        "Investors are buying 3,000,000 units at $1.50 per unit.\n\n"
        "The chief executive is buying 40,000 units, paying $60,000.",
        "Investors are buying 3,000,000 units at $1.50 per unit.\n\n"
        "The chief executive is buying 40,000 units, paying $75,000.",
    ),
    (
        "product: pre-funded warrants at their own price, not the share price",
        "product",
        "Corlan is selling 6,000,000 shares at $3.00 per share.\n\n"
        "Investors who chose them instead are buying pre-funded warrants to purchase 1,000,000 shares, priced at $2.999 each.\n\n"
        "Harlow Partners took 500,000 of the pre-funded warrants, paying about $1.5 million.",
        "Corlan is selling 6,000,000 shares at $3.00 per share.\n\n"
        "Investors who chose them instead are buying pre-funded warrants to purchase 1,000,000 shares, priced at $2.999 each.\n\n"
        "Harlow Partners took 500,000 of the pre-funded warrants, paying about $1.9 million.",
    ),
    (
        "product: a series of warrants, its exercise price and what it could add, in one sentence",
        "product",
        "The 1,500,000 Series C warrants, exercisable at $3.20 for five years, could add $4.8 million.",
        "The 1,500,000 Series C warrants, exercisable at $3.20 for five years, could add $6.0 million.",
    ),
    (
        "parts-total: 'A, which with B gives it C', a figure of another clause before",
        "parts-total",
        "After roughly $0.4 million of other expenses, Kerrow expects about $14.2 million of net proceeds, which with the $9.8 million of cash it held at June 30 gives it about $24.0 million.",
        "After roughly $0.4 million of other expenses, Kerrow expects about $14.2 million of net proceeds, which with the $9.8 million of cash it held at June 30 gives it about $29.0 million.",
    ),
    (
        "product: ADSs converted to ordinary shares with the release's ratio in words",
        "product",
        "Norvik ASA sold 3,000,000 ADSs in its offering. Each ADS represents ten ordinary shares.\n\n"
        "The 3,000,000 ADSs sold represent 30,000,000 ordinary shares.",
        "Norvik ASA sold 3,000,000 ADSs in its offering. Each ADS represents ten ordinary shares.\n\n"
        "The 3,000,000 ADSs sold represent 37,500,000 ordinary shares.",
    ),
    (
        "product: a price per ADS restated per ordinary share",
        "product",
        'Norvik ASA priced 3,000,000 American Depositary Shares ("ADSs"), each representing ten ordinary shares, at $12.50 per ADS, equivalent to $1.25 per ordinary share.',
        'Norvik ASA priced 3,000,000 American Depositary Shares ("ADSs"), each representing ten ordinary shares, at $12.50 per ADS, equivalent to $1.60 per ordinary share.',
    ),
    (
        "change: basis points after both rates, the base marked 'the year before'",
        "change",
        "Gross margin was 41.2%, against 39.8% the year before, an expansion of 140 basis points.",
        "Gross margin was 41.2%, against 39.8% the year before, an expansion of 240 basis points.",
    ),
    (
        "change: basis points between the rates, 'above the' base",
        "change",
        "As a share of sales that is 22.5%, 90 bps above the 21.6% of the prior-year quarter.",
        "As a share of sales that is 22.5%, 190 bps above the 21.6% of the prior-year quarter.",
    ),
    (
        "portion: a cost line as a share of a named revenue line stated paragraphs before",
        "portion",
        "Company restaurant sales of $120.0 million and franchise revenues of $9.0 million made up total revenue of $129.0 million.\n\n"
        "Guest counts rose in every region.\n\n"
        "Food and beverage costs were $36.0 million, or 30.0% of company restaurant sales.",
        "Company restaurant sales of $120.0 million and franchise revenues of $9.0 million made up total revenue of $129.0 million.\n\n"
        "Guest counts rose in every region.\n\n"
        "Food and beverage costs were $45.0 million, or 30.0% of company restaurant sales.",
    ),
    (
        "change: in apposition to the figure it compares, 'which was itself ... above'",
        "change",
        "Operating cash flow of $120.0 million funded the year's capital spending, and free cash flow was $86.0 million, which was itself 7.5% above fiscal 2025's $80.0 million.",
        "Operating cash flow of $120.0 million funded the year's capital spending, and free cash flow was $86.0 million, which was itself 12.5% above fiscal 2025's $80.0 million.",
    ),
    (
        "change: a per-share figure compared in passing, other figures before it",
        "change",
        "Net income of $50.0 million, divided by 20.0 million diluted shares, gives the $2.50 per share, 25% more than the $2.00 of fiscal 2025.",
        "Net income of $50.0 million, divided by 20.0 million diluted shares, gives the $2.50 per share, 45% more than the $2.00 of fiscal 2025.",
    ),
    (
        "portion: an underwriting discount's percentage and value, the gross in the first paragraph",
        "portion",
        "Dunmere Therapeutics closed its public offering for gross proceeds of approximately $24.0 million.\n\n"
        "The offering was led by one book-running manager.\n\n"
        "Harwick & Co. receives an underwriting discount of 7.0%, about $1.68 million.",
        "Dunmere Therapeutics closed its public offering for gross proceeds of approximately $24.0 million.\n\n"
        "The offering was led by one book-running manager.\n\n"
        "Harwick & Co. receives an underwriting discount of 7.0%, about $2.10 million.",
    ),
    (
        "portion: a commission named after its percentage, the gross earlier in the sentence",
        "portion",
        "Under its at-the-market program Pellow sold 900,000 shares for gross proceeds of $5.40 million; the agent's 2.5% commission, $0.14 million, came out of them.",
        "Under its at-the-market program Pellow sold 900,000 shares for gross proceeds of $5.40 million; the agent's 2.5% commission, $0.18 million, came out of them.",
    ),
    (
        "parts-total: 'Of the gross proceeds,' the parts, the whole paragraphs before",
        "parts-total",
        "Garrow Bio expects gross proceeds of approximately $16.0 million from its registered direct offering.\n\n"
        "The offering is expected to close on December 9.\n\n"
        "Of the gross proceeds, the common shares account for $12.5 million and the pre-funded warrants for $3.5 million.",
        "Garrow Bio expects gross proceeds of approximately $16.0 million from its registered direct offering.\n\n"
        "The offering is expected to close on December 9.\n\n"
        "Of the gross proceeds, the common shares account for $15.5 million and the pre-funded warrants for $3.5 million.",
    ),
    (
        "parts-total: parts 'of the net proceeds' ending with 'the balance'",
        "parts-total",
        "After the placement agent's fees and other expenses, net proceeds will be approximately $21.6 million.\n\n"
        "Ostrell plans to use $12.0 million of the net proceeds for its lead program and $6.0 million for a new plant; the balance, about $3.6 million, is for working capital.",
        "After the placement agent's fees and other expenses, net proceeds will be approximately $21.6 million.\n\n"
        "Ostrell plans to use $12.0 million of the net proceeds for its lead program and $6.0 million for a new plant; the balance, about $4.6 million, is for working capital.",
    ),
    (
        "parts-total: 'the remaining $C of' a named revenue line stated earlier",
        "parts-total",
        "License revenues of $9.4 million and service revenues of $31.8 million made up the quarter's revenue.\n\n"
        "Royalty payments brought in $7.1 million, and milestone payments the remaining $2.3 million of license revenues.",
        "License revenues of $9.4 million and service revenues of $31.8 million made up the quarter's revenue.\n\n"
        "Royalty payments brought in $7.1 million, and milestone payments the remaining $3.3 million of license revenues.",
    ),
    (
        "parts-total: two figures that 'add up to' a third",
        "parts-total",
        "The two divisions' operating profit of $84 million and $37 million adds up to $121 million.",
        "The two divisions' operating profit of $84 million and $37 million adds up to $151 million.",
    ),
    (
        "parts-total: a whole compared with something else after it",
        "parts-total",
        "In 2025 Ardent had sales of $1,420 million and Coble $380 million, so together they would have recorded $1,800 million, 27% more than Ardent alone.",
        "In 2025 Ardent had sales of $1,420 million and Coble $380 million, so together they would have recorded $2,250 million, 27% more than Ardent alone.",
    ),
]

#: (case, passage): near misses every new reader must leave alone.
SILENT: list[tuple[str, str]] = [
    (
        "product: two counts in the clause",
        "Brindle shipped 12,500 tonnes of concentrate and 4,000 tonnes of ore at $640 a tonne, or $9.2 million.",
    ),
    (
        "product: a rate of another thing than the one counted",
        "The mine processed 90,000 tonnes of ore and realized $2,400 an ounce, or $51.0 million in revenue.",
    ),
    (
        "product: an amount not tied to the count",
        "The chain served 1.2 million guests at an average check of $41.00; revenue rose to $60.3 million.",
    ),
    (
        "product: a bound on the amount",
        "Brindle expects to ship 12,500 tonnes at $640 a tonne, or up to $9.6 million.",
    ),
    (
        "product: a count of weeks is no thing sold",
        "Each restaurant averaged $52,000 a week over 13 weeks, or $1.1 million.",
    ),
    (
        "product: a purchase in the open market, not in the offering",
        "Ellory Bio priced its public offering of 5,000,000 shares of common stock.\n\n"
        "Every share was sold at $2.40.\n\n"
        "Last month its chief executive bought 40,000 shares in the open market for $140,000.",
    ),
    (
        "product: two prices for shares (a concurrent placement)",
        "Ellory Bio sold 5,000,000 shares of common stock in its public offering. Every share was sold at $2.40.\n\n"
        "In a placement closing the same day, shares were sold to one investor at $2.75.\n\n"
        "Its largest holder bought 750,000 shares for $2.3 million.",
    ),
    (
        "product: warrants with an exercise price of their own",
        "Investors are buying 3,000,000 units at $1.50 per unit, each with a warrant.\n\n"
        "Marsh Capital took 500,000 warrants for $60,000 in a separate trade.",
    ),
    (
        "product: warrants for one-half of a share each",
        "The 1,500,000 Series C warrants, each for one-half of a share, exercisable at $3.20, could add $2.4 million.",
    ),
    (
        "product: the amount before the terms, of other warrants",
        "Exercises could add $4.8 million this year; the 1,500,000 Series C warrants are exercisable at $4.20.",
    ),
    (
        "parts-total: a percentage in the joined clause",
        "Kerrow expects about $14.2 million of net proceeds, which with the $9.8 million of cash it held gives it about $30.0 million, 25% of its plan.",
    ),
    (
        "product: two ADS ratios in one release",
        "Each Class A ADS represents ten ordinary shares and each Class B ADS represents five ordinary shares.\n\n"
        "The 3,000,000 ADSs sold represent 20,000,000 ordinary shares.",
    ),
    (
        "product: a cap on the ADSs",
        "Each ADS represents ten ordinary shares. Norvik may sell up to 3,000,000 ADSs, equivalent to 25,000,000 ordinary shares.",
    ),
    (
        "change: two rates of different measures, neither the base",
        "Gross margin was 41.2% and the tax rate 24.0%, an improvement of 140 basis points.",
    ),
    (
        "change: three rates with the points",
        "Gross margin was 41.2%, against 39.8% the year before and 40.5% in the prior quarter, 240 basis points higher.",
    ),
    (
        "portion: a named whole with two figures (a quarter's and nine months')",
        "Company restaurant sales of $120.0 million were a quarterly record. For the nine months, company restaurant sales of $350.0 million rose as well.\n\n"
        "Food and beverage costs were $45.0 million, or 30.0% of company restaurant sales.",
    ),
    (
        "portion: a named whole stated only after its share",
        "Food and beverage costs were $45.0 million, or 30.0% of company restaurant sales.\n\n"
        "Company restaurant sales of $120.0 million were a quarterly record.",
    ),
    (
        "change: the comparison's other side is of another kind",
        "Backlog reached $90.0 million, 50% above the 12,000 units shipped last year.",
    ),
    (
        "change: a discount to a reference price is a premium reader's, not a change",
        "The company priced its offering at $4.00 per share, 20% below the closing price of $5.00 on May 2.",
    ),
    (
        "change: a semicolon between the comparative and the next figure",
        "Sales reached $90.0 million, 20% more than planned; costs were $60.0 million.",
    ),
    (
        "portion: a fee narrowed to investors the company introduced",
        "Dunmere closed its public offering for gross proceeds of approximately $24.0 million.\n\n"
        "The placement agent receives a cash fee of 3.5%, or $0.42 million, on investors introduced by the company.",
    ),
    (
        "portion: the gross of another sale stated after the fee",
        "Warrant holders exercised for cash and the company received $4.00 million.\n\n"
        "The agent was paid a cash fee of 6.0%, or $0.24 million.\n\n"
        "Separately, the company sold shares under its at-the-market program for gross proceeds of $6.5 million.",
    ),
    (
        "portion: two grosses in the release",
        "The first closing raised gross proceeds of $5.0 million and the second closing gross proceeds of $3.0 million.\n\n"
        "The agent's fee of 7.0%, or $0.56 million, is payable at each closing.",
    ),
    (
        "parts-total: two figures under the whole's name",
        "License revenues of $9.4 million came from the quarter. For the nine months, license revenues of $27.9 million were a record.\n\n"
        "Royalty payments brought in $7.1 million, and milestone payments the remaining $3.3 million of license revenues.",
    ),
    (
        "parts-total: the whole stated only after its parts",
        "Royalty payments brought in $7.1 million, and milestone payments the remaining $3.3 million of license revenues.\n\n"
        "License revenues of $9.4 million and service revenues of $31.8 million made up the quarter's revenue.",
    ),
    (
        "parts-total: examples, not a complete list",
        "Garrow expects gross proceeds of approximately $16.0 million.\n\n"
        "Of the gross proceeds, including the common shares at $12.5 million, the pre-funded warrants account for $5.5 million.",
    ),
    (
        "parts-total: 'could add up to' is a cap, not a sum",
        "The licensee pays $5 million upfront and $10 million on approval, and sales milestones could add up to $30 million.",
    ),
    (
        "parts-total: 'up to' a cap, not a sum",
        "The two divisions may invest $84 million and $37 million, and the board approved up to $151 million.",
    ),
]


#: A Markdown table headed by quarters, its caption no statement's: (case, text, twin).
_TABLE = (
    "\n\n## Quarterly summary (in thousands)\n\n"
    "| | Q3 2026 | Q3 2025 |\n|---|---:|---:|\n"
    "| Hardware | 40,120 | 36,500 |\n| Maintenance services | 9,880 | 10,400 |\n"
    "| **Total revenue** | **50,000** | **46,900** |\n"
    "| Operating expenses | 21,300 | 19,800 |\n"
)
TABLE_PAIRS: list[tuple[str, str, str]] = [
    (
        "change: a line named with its total's measure, both levels only in a quarter table",
        "Tamsin Instruments reported its third quarter. Maintenance services revenue fell 5.0% as customers renewed fewer contracts."
        + _TABLE,
        "Tamsin Instruments reported its third quarter. Maintenance services revenue fell 8.0% as customers renewed fewer contracts."
        + _TABLE,
    ),
    (
        "change: a line by its own label, in a table whose headers pair two years' quarters",
        "Tamsin Instruments reported its third quarter. Operating expenses grew 7.6% to $21.3 million."
        + _TABLE,
        "Tamsin Instruments reported its third quarter. Operating expenses grew 9.6% to $21.3 million."
        + _TABLE,
    ),
]
TABLE_SILENT: list[tuple[str, str]] = [
    (
        "change: the clause states its own base, another than the table's year-ago column",
        "Tamsin Instruments reported its third quarter. Operating expenses grew 12.0% to $21.3 million from $19.0 million at the end of the second quarter."
        + _TABLE,
    ),
    (
        "change: a sequential change of a line the table shows only against the year-ago quarter",
        "Tamsin Instruments reported its third quarter. Sequentially, maintenance services revenue rose 3.0%, reaching $9.9 million (second quarter: $9.6 million)."
        + _TABLE,
    ),
    (
        "change: balances at two dates are no periods",
        "Tamsin Instruments reported its third quarter. Maintenance services revenue fell 8.0% over the year."
        + _TABLE.replace("Q3 2026", "September 30, 2026").replace("Q3 2025", "September 30, 2025"),
    ),
]


@pytest.mark.parametrize(("case", "body", "twin"), TABLE_PAIRS, ids=[p[0] for p in TABLE_PAIRS])
def test_table_line_change_true_is_silent_and_read(case: str, body: str, twin: str) -> None:
    assert codes(body, "release.md") == [], case
    facts = Facts(parse_source(read_bytes((HEAD + body + TAIL).encode(), "release.md")))
    assert "change" in {c.relation for c in claims_of(facts)}, case


@pytest.mark.parametrize(("case", "body", "twin"), TABLE_PAIRS, ids=[p[0] for p in TABLE_PAIRS])
def test_table_line_change_twin_is_caught(case: str, body: str, twin: str) -> None:
    assert "NUM003" in codes(twin, "release.md"), case


@pytest.mark.parametrize(("case", "body"), TABLE_SILENT, ids=[s[0] for s in TABLE_SILENT])
def test_table_line_change_near_miss_is_silent(case: str, body: str) -> None:
    assert codes(body, "release.md") == [], case


def _relations(body: str) -> set[str]:
    facts = Facts(parse_source(read_bytes((HEAD + body + TAIL).encode(), "release.txt")))
    return {c.relation for c in claims_of(facts)}


@pytest.mark.parametrize(("case", "relation", "body", "twin"), PAIRS, ids=[p[0] for p in PAIRS])
def test_true_passage_is_silent(case: str, relation: str, body: str, twin: str) -> None:
    assert codes(body) == [], case


@pytest.mark.parametrize(("case", "relation", "body", "twin"), PAIRS, ids=[p[0] for p in PAIRS])
def test_true_passage_is_read(case: str, relation: str, body: str, twin: str) -> None:
    assert relation in _relations(body), case


@pytest.mark.parametrize(("case", "relation", "body", "twin"), PAIRS, ids=[p[0] for p in PAIRS])
def test_defective_twin_is_caught(case: str, relation: str, body: str, twin: str) -> None:
    found = codes(twin)
    assert found and all(c.startswith("NUM") for c in found), case


@pytest.mark.parametrize(("case", "body"), SILENT, ids=[s[0] for s in SILENT])
def test_near_miss_is_silent(case: str, body: str) -> None:
    assert codes(body) == [], case


def test_the_passages_are_distinct() -> None:
    bodies = [b for _, _, b, _ in PAIRS] + [t for _, _, _, t in PAIRS] + [b for _, b in SILENT]
    assert len(set(bodies)) == len(bodies)


def test_a_rate_product_shows_its_working_and_operands() -> None:
    from tests.test_rules_arithmetic_model import findings

    found = [f for f in findings(PAIRS[0][3]) if f.code == "NUM001"]
    assert found, "the moved amount is a NUM001 finding"
    text = " ".join([found[0].message, *found[0].evidence])
    assert "12,500" in text and "$640" in text and "$9.6 million" in text


def test_the_new_readers_read_nothing_in_the_near_misses() -> None:
    from disclint.rules.arithmetic.ads_ratios import ads_conversions
    from disclint.rules.arithmetic.apposed_changes import apposed_changes
    from disclint.rules.arithmetic.buyer_products import buyer_products
    from disclint.rules.arithmetic.claims import relations_for
    from disclint.rules.arithmetic.fee_portions import fee_portions
    from disclint.rules.arithmetic.named_parts import named_parts
    from disclint.rules.arithmetic.points_changes import points_changes
    from disclint.rules.arithmetic.rate_products import rate_products

    for case, body in SILENT:
        facts = Facts(parse_source(read_bytes((HEAD + body + TAIL).encode(), "release.txt")))
        rel = relations_for(facts)
        assert rate_products(rel) == [], case
        assert buyer_products(rel) == [], case
        assert ads_conversions(rel) == [], case
        assert points_changes(rel) == [], case
        assert apposed_changes(rel) == [], case
        assert fee_portions(rel) == [], case
        assert named_parts(rel) == [], case
