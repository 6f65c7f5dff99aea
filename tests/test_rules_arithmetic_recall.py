"""NUM claim model, round 5 (issue 10): more phrasings of products, portions and changes.

Each case is written for this file (fictional issuers) and comes with its near misses: the
true claim raises nothing, the same claim with one figure moved beyond its rounding is
caught, and a look-alike that is no claim stays silent."""

from __future__ import annotations

import pytest

from disclint.facts import Facts
from disclint.parse import parse_source
from disclint.readers import read_bytes
from disclint.rules.arithmetic.model import claims_of
from disclint.tables import read_tables
from tests.test_rules_arithmetic_model import HEAD, TAIL, codes


def relations(body: str, name: str = "release.txt") -> list[tuple[str, list[str]]]:
    fmt = "md" if name.endswith(".md") else "txt"
    source = read_bytes((HEAD + body + TAIL).encode("utf-8"), name, fmt=fmt)
    return [
        (c.relation, [q.text.strip() for q in c.operands])
        for c in claims_of(Facts(parse_source(source)))
    ]


# -- NUM001: amount = shares x price, in more word orders -------------------------------------

PRODUCTS = [
    # a scaled total after "purchase price of" is the amount, not a second price
    (
        "Under the agreement, Halvard Bio will sell 2,500,000 shares to the investor for an "
        "aggregate purchase price of {amount}, or $4.00 per share.",
        "$10.0 million",
        "$12.5 million",
    ),
    (
        "The purchase price of {amount} was paid through the issuance of 2,000,000 shares "
        "valued at $5.00 per share.",
        "$10.0 million",
        "$12.5 million",
    ),
    # the price written after its figure
    (
        "Halvard sold 2,000,000 shares for $5.00 each, raising {amount}.",
        "$10.0 million",
        "$12.5 million",
    ),
    # consideration paid in stock
    (
        "The consideration consists of 2,000,000 shares valued at $5.00 per share, or {amount}.",
        "$10.0 million",
        "$12.5 million",
    ),
    # a valuation named after its subject
    (
        "Marlow will issue 2.0 million shares at $5 per share, which corresponds to an equity "
        "valuation of Tessel of {amount}.",
        "$10 million",
        "$13 million",
    ),
    # the unit price beside the exercise price of the unit's warrant
    (
        "Granite Hollow has closed its private placement for gross proceeds of {amount}. The "
        "Company issued 30,000,000 units at C$0.05 per unit, with each unit consisting of one "
        "common share and one warrant exercisable at C$0.08 for 24 months.",
        "C$1,500,000",
        "C$1,875,000",
    ),
    # one combined price for a share and its accompanying warrant
    (
        "Halvard Bio announced the closing of its registered direct offering of 2,500,000 "
        "shares of common stock and accompanying warrants to purchase up to 2,500,000 shares "
        "at a combined purchase price of $4.00 per share and accompanying warrant. The gross "
        "proceeds to the Company were approximately {amount}, before deducting placement "
        "agent fees.",
        "$10.0 million",
        "$12.5 million",
    ),
]


PRODUCTS += [
    # the gross proceeds named far before their figure, in the sentence after the terms
    (
        "Halvard announced the pricing of its underwritten public offering of 5,000,000 "
        "shares of its common stock at a price to the public of $2.00 per share. The gross "
        "proceeds to Halvard from the offering are expected to be approximately {amount}, "
        "before deducting underwriting discounts and commissions.",
        "$10.0 million",
        "$12.5 million",
    ),
    # a buyback's average cost per share is its price
    (
        "Under the program, Halvard purchased 2,500,000 shares at an average cost of $4.00 "
        "per share, totaling {amount}.",
        "$10.0 million",
        "$12.5 million",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), PRODUCTS)
def test_product_phrasings(body: str, true: str, moved: str) -> None:
    assert any(r == "product" for r, _ in relations(body.format(amount=true)))
    assert codes(body.format(amount=true)) == []
    assert "NUM001" in codes(body.format(amount=moved))


@pytest.mark.parametrize(
    "body",
    [
        # shares and warrants each sold at a price of their own: no one price covers both
        "Halvard sold 2,500,000 shares of common stock at $4.00 per share and warrants to "
        "purchase 2,500,000 shares at $0.125 per warrant, for gross proceeds of $10.3 million.",
        # pre-funded warrants are sold at another price than the shares
        "Halvard sold 1,500,000 shares of common stock and pre-funded warrants to purchase "
        "1,000,000 shares at a combined purchase price of $4.00 per share and accompanying "
        "warrant, for gross proceeds of $6.5 million.",
        # a cost per share is no price paid for the shares
        "Halvard sold 2,500,000 shares at $4.00 per share. Its cost of revenue was $3.10 per "
        "share, or $7.8 million.",
        # "each" after a dividend is no price
        "Halvard paid a dividend of $0.05 each quarter on 2,000,000 shares, or $0.4 million "
        "for the year.",
    ],
)
def test_product_near_misses_make_no_claim(body: str) -> None:
    assert [r for r, _ in relations(body) if r == "product"] == []
    assert codes(body) == []


# -- NUM003: portions of a whole named, or stated elsewhere -----------------------------------

PORTIONS = [
    (
        "Total revenue rose 12.8% to $48.6 million from $43.1 million. Subscription revenue "
        "represented $36.9 million, or {pct}, of total revenue.",
        "75.9%",
        "85.9%",
    ),
    (
        "The total consideration of $285.0 million consists of $171.0 million in cash and "
        "stock. The cash portion, $171.0 million, represents {pct} of the total consideration.",
        "60%",
        "70%",
    ),
    (
        "Halvard will distribute 16.76 million shares, representing {pct} of the 83.8 million "
        "shares issued in the merger, to its holders.",
        "20%",
        "25%",
    ),
    (
        "The Company issued 12,000,000 units at a price of C$0.35 per unit for gross proceeds "
        "of C$4,200,000. Insiders subscribed for 2,760,000 units, or {pct} of the offering.",
        "23%",
        "28%",
    ),
    (
        "Halvard sold 6,400,000 shares at $6.25 per share, for gross proceeds of $40.0 "
        "million. Halvard granted the underwriters a 30-day option to purchase up to 960,000 "
        "additional shares of its common stock, representing {pct} of the shares offered.",
        "15%",
        "19%",
    ),
    (
        "Product sales accounted for $5.6 million, or {pct} of total revenue of $12.8 million.",
        "44%",
        "54%",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), PORTIONS)
def test_portion_phrasings(body: str, true: str, moved: str) -> None:
    assert any(r == "portion" for r, _ in relations(body.format(pct=true)))
    assert codes(body.format(pct=true)) == []
    assert "NUM003" in codes(body.format(pct=moved))


@pytest.mark.parametrize(
    "body",
    [
        # two totals of that name (a quarter's, a year's): the portion names neither
        "Total revenue for the quarter was $48.6 million. Total revenue for the year was "
        "$180.2 million. Subscription revenue was $36.9 million, or 20.5% of total revenue.",
        # the figure after the name is the change of the total, not the total
        "Total loans increased $506 million to $6.0 billion. Loans past due were $15.5 "
        "million, or 0.27% of total loans.",
        # the portion compares two dates: the total of neither is stated
        "Total loans were $6.0 billion at September 30, 2025. Loans past due were $28.8 "
        "million, or 0.48% of total loans, at September 30, 2025 compared to $15.5 million, "
        "or 0.27% of total loans, at June 30, 2025.",
    ],
)
def test_portion_near_misses_make_no_claim(body: str) -> None:
    assert [r for r, _ in relations(body) if r == "portion"] == []
    assert codes(body) == []


# -- NUM003: changes with per-share asides and declared rates ---------------------------------

CHANGES = [
    (
        "Net income increased $3.1 million, or {pct}, to $14.1 million, or $0.57 per diluted "
        "share, compared with $11.0 million, or $0.45 per diluted share, in fiscal 2024.",
        "28.1%",
        "35.1%",
    ),
    (
        "Halvard reported net income of $18.4 million, or $1.07 per diluted share, for the "
        "fourth quarter of 2025, compared with $16.2 million, or $0.94 per diluted share, for "
        "the fourth quarter of 2024. Net income was up {pct} from the prior-year quarter.",
        "13.6%",
        "17.0%",
    ),
    (
        "The Board declared a quarterly cash dividend of $0.23 per share, an increase of {pct} "
        "from the $0.21 per share paid in each of the previous four quarters.",
        "9.5%",
        "11.9%",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), CHANGES)
def test_change_phrasings(body: str, true: str, moved: str) -> None:
    assert codes(body.format(pct=true)) == []
    assert "NUM003" in codes(body.format(pct=moved))


@pytest.mark.parametrize(
    "body",
    [
        # the change is of operating expenses; the levels after the asides are a net loss
        "Due to a $13.9 million, or 316 percent, increase in total operating expenses in "
        "fiscal 2024 compared to the previous fiscal year, the company incurred a net loss "
        "of $15.6 million, or $(.56) per share, for fiscal 2024, as compared to a net loss "
        "of $3.2 million, or $(.13) per share, for fiscal 2023.",
        # earnings per share rounded to the cent stay rounded: 12% is within their rounding
        "Diluted earnings per share were $0.23, an increase of 12% from $0.21.",
    ],
)
def test_change_near_misses_raise_nothing(body: str) -> None:
    assert codes(body) == []


# -- statement tables: footnote numbers in cells of their own, sub-headings inside a section --

CONSOLIDATING = """<html><body>
<p>Norvale Photonics Reports First Quarter 2026 Results</p>
<p>BOULDER, Colo., Apr. 28, 2026 /PRNewswire/ -- Norvale Photonics, Inc. reported results.</p>
<p>SUPPLEMENTAL CONSOLIDATING DATA (Millions of dollars)</p>
<table>
<tr><td></td><td>Three Months Ended March 31, 2026</td><td>Three Months Ended March 31, 2025</td>
<td>Year Ended December 31, 2025</td><td></td></tr>
<tr><td>Sales of products</td><td>$</td><td>4,210</td><td>$</td><td>3,905</td><td>$</td>
<td>16,022</td><td></td></tr>
<tr><td>Revenues of financing</td><td></td><td>318</td><td></td><td>(12)</td><td></td><td>1,207</td>
<td>1</td></tr>
<tr><td>Total sales and revenues</td><td></td><td>4,528</td><td></td><td>3,893</td><td></td>
<td>17,229</td><td></td></tr>
<tr><td>Cost of goods sold</td><td></td><td>3,001</td><td></td><td>(4)</td><td></td><td>11,840</td>
<td>2</td></tr>
<tr><td>Selling and administrative</td><td></td><td>612</td><td></td><td>590</td><td></td>
<td>2,391</td><td></td></tr>
<tr><td>Total operating costs</td><td></td><td>OPEX</td><td></td><td>586</td><td></td>
<td>14,231</td><td></td></tr>
</table>
<p>Contact: ir@norvale.example</p>
</body></html>"""


def test_a_footnote_number_after_the_last_column_is_no_figure() -> None:
    from tests.test_rules_arithmetic_tables import table_codes

    good = CONSOLIDATING.replace("OPEX", "3,613")
    tables = read_tables(parse_source(read_bytes(good.encode(), "r.html", fmt="html")))
    # the caption's "(Millions of dollars)" is the table's unit
    assert tables[0].scale == 1_000_000
    rows = {
        r.label: [c.value / tables[0].scale if c else None for c in r.cells] for r in tables[0].rows
    }
    assert rows["Revenues of financing"] == [318, -12, 1207]
    # "(4)" before a footnote number is the figure, not a mark
    assert rows["Cost of goods sold"] == [3001, -4, 11840]
    assert table_codes(good, "release.html") == []
    assert table_codes(CONSOLIDATING.replace("OPEX", "3,913"), "release.html") == ["NUM020"]


POSITION = """\
| | March 31, 2026 | December 31, 2025 |
|---|---|---|
| Current liabilities: | | |
| Accounts payable | 8,361 | 8,154 |
| Accrued expenses | 3,846 | 3,757 |
| Short-term borrowings: | | |
| -- Products | 120 | 95 |
| -- Financing | 4,501 | 5,395 |
| Long-term debt due within one year: | | |
| -- Products | 127 | 45 |
| -- Financing | 7,679 | 6,307 |
| Total current liabilities | 24,634 | TOTAL |
"""


def test_sub_headings_inside_a_section_do_not_end_its_total() -> None:
    from tests.test_rules_arithmetic_tables import release, table_codes

    good = release(POSITION.replace("TOTAL", "23,753"), "Balance Sheets (in millions)")
    assert table_codes(good) == []
    claims = [ops for rel, ops in relations_md(good) if rel == "parts-total"]
    assert ["24,634", "8,361", "3,846", "120", "4,501", "127", "7,679"] in claims
    broken = release(POSITION.replace("TOTAL", "25,753"), "Balance Sheets (in millions)")
    assert "NUM020" in table_codes(broken) or "NUM017" in table_codes(broken)


def relations_md(text: str) -> list[tuple[str, list[str]]]:
    source = read_bytes(text.encode("utf-8"), "release.md", fmt="md")
    return [
        (c.relation, [q.text.strip().lstrip("$ ") for q in c.operands])
        for c in claims_of(Facts(parse_source(source)))
    ]


# -- NUM011: a headline figure the body states otherwise --------------------------------------


def headline_codes(headline: str, body: str) -> list[str]:
    from tests.test_rules_arithmetic import num, problems

    text = f"{headline}\n\nSEATTLE, Feb. 24, 2026 (BUSINESS WIRE) -- {body}{TAIL}"
    return [f.code for f in problems(num(text))]


RESTATED = [
    # the body's prior-period figure is no second figure of the headline's measure
    (
        "Lindqvist Marine Reports Record Full-Year 2025 Revenue of {figure} and Raises Dividend",
        "Revenue reached a record $1,243.7 million, compared with $1,168.2 million in 2024.",
        "$1.24 Billion",
        "$1.55 Billion",
    ),
    # fees and the unit price of the placement are not its size
    (
        "Granite Fall Minerals Closes Oversubscribed {figure} Private Placement",
        "The Company issued 12,000,000 units at a price of C$0.35 per unit for gross proceeds "
        "of C$4,200,000. In connection with the placement, the Company paid cash finder's fees "
        "of C$168,000.",
        "C$4.2 Million",
        "C$5.25 Million",
    ),
    # a cash position stated in full digits in the body
    (
        "Velora Biosciences Reports Third Quarter 2026 Results; Cash and Cash Equivalents of "
        "{figure}",
        "Cash and cash equivalents totaled $184,612,000 as of September 30, 2026, compared "
        "with $221,350,000 as of December 31, 2025.",
        "$184.6 Million",
        "$230.8 Million",
    ),
]


@pytest.mark.parametrize(("headline", "body", "true", "moved"), RESTATED)
def test_headline_restated_in_the_body(headline: str, body: str, true: str, moved: str) -> None:
    assert headline_codes(headline.format(figure=true), body) == []
    assert "NUM011" in headline_codes(headline.format(figure=moved), body)


def test_a_cash_figure_of_another_kind_is_no_restatement() -> None:
    # cash used is not the cash position the headline states
    body = "Net cash used in operating activities was $36.7 million for the quarter."
    headline = "Velora Biosciences Reports Results; Cash and Cash Equivalents of $184.6 Million"
    assert headline_codes(headline, body) == []


# -- NUM016: EPS of each kind, and of a loss --------------------------------------------------

EPS = [
    (
        "Net income was $5.9 million, or {basic} per basic share and {diluted} per diluted "
        "share, based on 27.4 million basic and 28.9 million diluted weighted average shares "
        "outstanding.",
        {"basic": "$0.22", "diluted": "$0.20"},
        [{"basic": "$0.28", "diluted": "$0.20"}, {"basic": "$0.22", "diluted": "$0.25"}],
    ),
    (
        "Halvard reported a net loss of $6.3 million, or {basic} per share, based on 45.2 "
        "million weighted average shares outstanding.",
        {"basic": "$(0.14)"},
        [{"basic": "$(0.18)"}],
    ),
    (
        "Net earnings of $34.7 million, or {basic} per basic share, on 119.8 million weighted "
        "average basic shares.",
        {"basic": "$0.29"},
        [{"basic": "$0.36"}],
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), EPS)
def test_eps_of_each_kind_and_of_a_loss(
    body: str, true: dict[str, str], moved: list[dict[str, str]]
) -> None:
    assert codes(body.format(**true)) == []
    for figures in moved:
        assert "NUM016" in codes(body.format(**figures))


def test_the_elided_noun_of_two_share_counts_is_read_for_both() -> None:
    body = "Acme had 27.4 million basic and 28.9 million diluted weighted average shares."
    source = read_bytes((HEAD + body + TAIL).encode(), "release.txt", fmt="txt")
    counts = [q.text for q in Facts(parse_source(source)).quantities if q.kind.name == "SHARES"]
    assert counts == ["27.4 million", "28.9 million"]


@pytest.mark.parametrize(
    "body",
    [
        # income with a negative per-share figure is not this line's EPS
        "Net income was $6.3 million, or $(0.30) per share, based on 45.2 million weighted "
        "average shares outstanding.",
        # a per-share figure naming no kind beside two kinds of counts: not known which
        "Net income was $5.9 million, or $0.30 per share, based on 27.4 million basic and 28.9 "
        "million diluted weighted average shares outstanding.",
    ],
)
def test_eps_near_misses_raise_nothing(body: str) -> None:
    assert codes(body) == []


# -- NUM003: a profit line as a share of revenue named bare -----------------------------------

OF_REVENUE = [
    (
        "Halvard reported results.\n\nNet sales decreased 4.3% to $512.8 million from $535.8 "
        "million in the fourth quarter.\n\nGross profit was $174.9 million, or {pct} of net "
        "sales, compared with $187.0 million, or 34.9% of net sales, a year earlier.",
        "34.1%",
        "42.6%",
    ),
    (
        "Halvard reported results. Revenue of $148.9 million versus $118.3 million a year "
        "earlier. Subscription revenue was $100.0 million. Mine operating earnings of $61.2 "
        "million, a margin of {pct} of revenue.",
        "41.1%",
        "51.1%",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), OF_REVENUE)
def test_a_profit_line_as_a_share_of_revenue(body: str, true: str, moved: str) -> None:
    assert codes(body.format(pct=true)) == []
    assert "NUM003" in codes(body.format(pct=moved))


@pytest.mark.parametrize(
    "body",
    [
        # the prior period's part: its revenue is not the one stated
        "Halvard reported results.\n\nNet sales were $512.8 million.\n\nGross profit was "
        "$174.9 million, compared with $187.0 million, or 31.2% of net sales, a year earlier.",
        # a figure without acquisitions divides the revenue without them
        "Halvard reported results. Revenues were $130.1 million. Excluding the impact of "
        "acquisitions, adjusted EBITDA was $18.9 million (15.2% of revenues).",
        # a part of revenue is no figure of the whole's revenue
        "Halvard reported results. Subscription revenue was $36.9 million. Operating income "
        "was $7.1 million, or 14.6% of revenue.",
    ],
)
def test_of_revenue_near_misses_raise_nothing(body: str) -> None:
    assert codes(body) == []
