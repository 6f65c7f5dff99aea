"""NUM claim model, session 6 (issue 10): parts a paragraph states one sentence each.

Each case is written for this file (fictional issuers) and comes with its near misses: the
true claim raises nothing, the same claim with one figure moved beyond its rounding is
caught, and a look-alike that is no claim stays silent."""

from __future__ import annotations

import pytest

from disclint.facts import Facts
from disclint.parse import parse_source
from disclint.readers import read_bytes
from disclint.rules.arithmetic.model import claims_of
from tests.test_rules_arithmetic_model import HEAD, TAIL, codes
from tests.test_rules_arithmetic_recall import relations

# -- NUM014: a total, then a sentence for each part ---------------------------------------------

NAMED_PARTS = [
    # a group's measure, then each member's in the next sentences of the paragraph
    (
        "Cloud Suite ARR was {total}, exiting the quarter. Render ARR grew to $8.40 billion and "
        "Sign ARR grew to $2.35 billion.",
        "$10.75 billion",
        "$13.40 billion",
    ),
    # a consolidated figure, then each segment opening its own sentence
    (
        "Brakel achieved consolidated sales of {total} in the first nine months of 2026, "
        "compared with EUR 61.2 million a year earlier. In the Water Services segment, sales "
        "amounted to EUR 48.3 million. In the Solar and Storage segment, sales rose by 12.5% "
        "to EUR 16.1 million.",
        "EUR 64.4 million",
        "EUR 80.5 million",
    ),
    # the parts named after their measure, in the total's own sentence
    (
        "Brakel reported total revenue of {total}, up 128% from the previous year, driven "
        "by a $2 million increase in net revenue from services, totaling $7.2 million, and "
        "a $5.2 million increase in net revenue from product sales, totaling $5.6 million.",
        "$12.8 million",
        "$16.0 million",
    ),
    # a segment's revenue and the product lines it is made of
    (
        "Tools segment revenue was {total}, up 9 percent year over year. Drafting revenue was "
        "$1.85 billion, up 8 percent. Review revenue was $412 million, up 13 percent.",
        "$2.26 billion",
        "$2.83 billion",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), NAMED_PARTS)
def test_named_parts_of_a_total(body: str, true: str, moved: str) -> None:
    assert any(r == "parts-total" for r, _ in relations(body.format(total=true)))
    assert codes(body.format(total=true)) == []
    assert "NUM014" in codes(body.format(total=moved))


NOT_NAMED_PARTS = [
    # one part named: the paragraph states no sum
    "Total revenue was $12.0 million. Product revenue was $7.5 million.",
    # the next segment is no part of the segment before it
    "Tools segment revenue was $2.26 billion. Media segment revenue was $1.18 billion. "
    "Drafting revenue was $0.4 billion.",
    # a prior period's and an adjusted figure are no parts
    "Total revenue was $12.0 million. Prior year revenue was $9.5 million. Adjusted revenue "
    "was $12.4 million.",
    # parts in another paragraph: a paragraph names its own parts
    "Total revenue was $12.0 million.\n\nProduct revenue was $7.5 million. Service revenue "
    "was $2.5 million.",
    # a source named after a part's owner narrows it twice: no part of the total
    "Total revenue was $12.0 million. Product revenue from Europe was $7.5 million. "
    "Service revenue from Europe was $2.5 million.",
    # a part named twice is a restatement, not a second part
    "Total revenue was $12.0 million. Product revenue was $7.5 million. Product revenue "
    "was $7.5 million.",
]


@pytest.mark.parametrize("body", NOT_NAMED_PARTS)
def test_named_parts_near_misses(body: str) -> None:
    assert not any(r == "parts-total" for r, _ in relations(body))
    assert codes(body) == []


# -- NUM001: amount = shares x price, terms split over two sentences; counts read anew --------

PRODUCTS = [
    # the price in the sentence after the sale, the gross proceeds in the next
    (
        "Halvard Bio sold 2,500,000 shares of its common stock in a registered direct "
        "offering. The purchase price was $4.00 per share. Gross proceeds were approximately "
        "{amount}.",
        "$10.0 million",
        "$12.5 million",
    ),
    # units of one share and a warrant, the count written in shares
    (
        "Halvard Bio agreed to the sale of 2,500,000 shares of its common stock and warrants "
        "to purchase 1,250,000 shares. The shares and warrants are offered in units "
        "consisting of one share of common stock and a warrant to purchase 0.5 share at a "
        "price of $4.00 per unit. The gross proceeds of the offering are expected to be "
        "approximately {amount}.",
        "$10.0 million",
        "$12.5 million",
    ),
    # proceeds from warrants exercised: the shares are the warrants'
    (
        "Halvard received {amount} from the exercise of warrants to purchase 2,500,000 "
        "shares at $4.00 per share.",
        "$10.0 million",
        "$12.5 million",
    ),
    # the amount in the sentence before, stated with the same verb
    (
        "During the year Halvard paid $30.0 million in dividends and repurchased {amount} of "
        "its shares. The company repurchased 720,000 shares at an average price of $25.00 per "
        "share.",
        "$18.0 million",
        "$22.5 million",
    ),
    # a count spelled in words, and an amount "generated"
    (
        "Halvard Bio sold two million shares at $5.00 apiece, generating {amount}.",
        "$10.0 million",
        "$12.5 million",
    ),
    # the amount received, the price after the count
    (
        "The Company received {amount} for 2,500,000 shares, or $4.00 per share.",
        "$10.0 million",
        "$12.5 million",
    ),
    # "valued at" the amount, the price as an aside
    (
        "The Company issued 2,500,000 shares of restricted common stock valued at {amount}, or "
        "$4.00 per share, to the sellers.",
        "$10.0 million",
        "$12.5 million",
    ),
    # an aggregate purchase price written in full is the amount, not a price
    (
        "Under the agreement, the investor purchased 2,500,000 shares for an aggregate purchase "
        "price of {amount} ($4.00 per share).",
        "$10,000,000",
        "$12,500,000",
    ),
    # a count followed by a name of several capitalised words
    (
        "The Company will issue 16.76 million Halvard Exchange Shares at $4.00 per share, an "
        "aggregate value of {amount}.",
        "$67.04 million",
        "$83.8 million",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), PRODUCTS)
def test_product_phrasings(body: str, true: str, moved: str) -> None:
    assert any(r == "product" for r, _ in relations(body.format(amount=true)))
    assert codes(body.format(amount=true)) == []
    assert "NUM001" in codes(body.format(amount=moved))


NOT_PRODUCTS = [
    # the shares outstanding and the stock's price are no sale
    "Halvard Bio sold 2,500,000 shares outstanding to date. The stock closed at $4.00 per "
    "share. Gross proceeds were approximately $9.0 million.",
    # a price sentence that also counts shares is its own claim or none
    "Halvard Bio sold 2,500,000 shares in a registered direct offering. The purchase price "
    "was $4.00 per share for 1,000,000 of them. Gross proceeds were approximately $9.0 million.",
    # the amount before is another verb's: paid, not repurchased
    "During the year Halvard paid $20.0 million in dividends. The company repurchased 720,000 "
    "shares at an average price of $25.00 per share.",
    # units of a share and a warrant priced per unit: a count of warrants is no unit count
    "Halvard sold warrants to purchase 2,500,000 shares. The units were priced at $4.00 per "
    "unit. Gross proceeds were approximately $9.0 million.",
]


@pytest.mark.parametrize("body", NOT_PRODUCTS)
def test_product_near_misses(body: str) -> None:
    assert not any(r == "product" for r, _ in relations(body))
    assert codes(body) == []


def quantities(body: str) -> list[tuple[str, str, str | None]]:
    from tests.test_rules_arithmetic_model import HEAD, TAIL

    source = read_bytes((HEAD + body + TAIL).encode("utf-8"), "release.txt", fmt="txt")
    return [
        (q.kind.value, q.text, str(q.value))
        for q in Facts(parse_source(source)).quantities
        if q.kind.value == "shares"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Shares outstanding were 42.4 million at quarter end.", ("42.4 million", "42400000.0")),
        (
            "As of June 30, 2026, common shares outstanding totaled 42,412,000.",
            ("42,412,000", "42412000"),
        ),
        (
            "It issued two hundred thousand warrants to the agent.",
            ("two hundred thousand", "200000"),
        ),
        ("It will issue 3.2 million Halvard Exchange Shares.", ("3.2 million", "3200000.0")),
    ],
)
def test_share_counts_read(body: str, expected: tuple[str, str]) -> None:
    assert ("shares", *expected) in quantities(body)


@pytest.mark.parametrize(
    "body",
    [
        # a count of one is a word: "one share and one warrant"
        "Each unit consists of one share and one warrant, priced at $4.00 per unit.",
        # the digits' scale word is no count of its own
        "It sold 3.5 million of its Class A shares at $4.00.",
        # a percentage or a price after "shares outstanding" is no count
        "Shares outstanding were 5% higher; shares outstanding of $4.00 each.",
    ],
)
def test_share_counts_not_read(body: str) -> None:
    found = quantities(body)
    assert all(text[0].isdigit() for _, text, _ in found)
    assert not any(value in ("1", "1000000", "5", "4.00") for _, _, value in found)


# -- NUM003/NUM004: portions whose whole comes first, after a comma, or as "the total" -------

PORTIONS = [
    # the whole opens the sentence
    (
        "Of the $12.0 million in total revenue, $7.5 million, or {percent}, came from products.",
        "62.5%",
        "78.1%",
    ),
    # a percentage after a bare comma, of a named total
    (
        "Recurring revenue reached $7.5 million in the quarter, {percent} of the quarter's total "
        "revenue of $12.0 million.",
        "62.5 percent",
        "78.1 percent",
    ),
    # "of the total": the total stated in the sentence before
    (
        "Total revenue was $12.0 million. Subscription revenue was $7.5 million, or {percent} "
        "of the total.",
        "62.5%",
        "78.1%",
    ),
    # a holding counted before a name of capitalised words
    (
        "The 16.76 million Halvard Exchange Shares represent {percent} of the 83.8 million "
        "shares outstanding.",
        "20%",
        "25%",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), PORTIONS)
def test_portion_phrasings(body: str, true: str, moved: str) -> None:
    assert any(r == "portion" for r, _ in relations(body.format(percent=true)))
    assert codes(body.format(percent=true)) == []
    # a share of a stated whole is NUM003, of the shares outstanding NUM004
    assert {"NUM003", "NUM004"} & set(codes(body.format(percent=moved)))


NOT_PORTIONS = [
    # a change after a comma is no share of a total
    "Recurring revenue reached $7.5 million in the quarter, 12.5% higher than the $6.7 million "
    "of the prior year's total revenue.",
    # two totals before: "the total" names neither
    "Total revenue was $12.0 million and total expenses were $10.1 million. Subscription "
    "revenue was $7.5 million, or 62.5% of the total.",
    # the whole is not the sentence's opening
    "Sales rose to $12.0 million; $7.5 million, or 62.5%, came from products.",
]


@pytest.mark.parametrize("body", NOT_PORTIONS)
def test_portion_near_misses(body: str) -> None:
    assert not any(r == "portion" for r, _ in relations(body))
    assert codes(body) == []


# -- more readings: a per-share measure over its count, "including ... and other", colon lists -

MORE = [
    # a per-share figure of any measure over the count stated with it
    (
        "Core FFO of $28.5 million, or {x} per diluted share, on 50.0 million diluted shares.",
        "$0.57",
        "$0.71",
        "eps",
        {"NUM016"},
    ),
    # the per-share figure in parentheses
    (
        "Net earnings attributable to common shareholders reached $14.2 million ({x} per "
        "diluted share), with 37.4 million weighted average diluted shares outstanding.",
        "$0.38",
        "$0.48",
        "eps",
        {"NUM016"},
    ),
    # "comprised" without "of"
    (
        "Revenue of {x} comprised product sales of $31.5 million, services of $12.2 million "
        "and licensing of $4.3 million.",
        "$48.0 million",
        "$60.0 million",
        "parts-total",
        {"NUM014"},
    ),
    # an "including" list that ends with the rest is the whole of the total
    (
        "Total revenues of {x}, including rental revenue of $61.2 million and other property "
        "revenue of $3.6 million.",
        "$64.8 million",
        "$81.0 million",
        "parts-total",
        {"NUM014"},
    ),
    # a total, a colon and its parts
    (
        "During the quarter Halvard sold two communities for a combined {x}: Larkspur Commons "
        "for $44.0 million and Pine Hollow for $27.5 million.",
        "$71.5 million",
        "$89.4 million",
        "parts-total",
        {"NUM014"},
    ),
    # a fee as a share of the gross proceeds the release states once
    (
        "The company sold 4,600,000 shares at $4.00 per share, for aggregate gross proceeds of "
        "approximately $18.4 million. The placement agent received a cash fee of $1.29 "
        "million, equal to {x} of the aggregate gross proceeds.",
        "7.0%",
        "8.8%",
        "portion",
        {"NUM003"},
    ),
    # a margin's change in points against the two margins the sentence before compares
    (
        "Net sales decreased 4.3% to $512.8 million from $535.8 million in the fourth quarter "
        "of fiscal 2024.\n\nGross profit was $174.9 million, or 34.1% of net sales, compared "
        "with $187.0 million, or 34.9% of net sales, a year earlier. Gross margin declined "
        "{x}, primarily due to promotional activity.",
        "80 basis points",
        "100 basis points",
        "change",
        {"NUM003"},
    ),
    # the prior period's margin over the prior period's sales the release states
    (
        "Net sales decreased 4.3% to $512.8 million from $535.8 million in the fourth quarter "
        "of fiscal 2024.\n\nGross profit was $174.9 million, or 34.1% of net sales, compared "
        "with $187.0 million, or {x} of net sales, a year earlier.",
        "34.9%",
        "43.6%",
        "portion",
        {"NUM003"},
    ),
    # "of net sales": the paragraph's own total when the release states the year's too
    (
        "Fourth quarter net sales totaled $412.6 million. Rigid Containers contributed $247.3 "
        "million of net sales, Flexible Films $118.9 million and Specialty Closures $46.4 "
        "million. International customers generated $136.2 million, or {x} of net sales.\n\n"
        "For the full year, net sales were $1.58 billion.",
        "33.0%",
        "41.3%",
        "portion",
        {"NUM003"},
    ),
]


@pytest.mark.parametrize(("body", "true", "moved", "relation", "caught"), MORE)
def test_more_readings(body: str, true: str, moved: str, relation: str, caught: set[str]) -> None:
    assert any(r == relation for r, _ in relations(body.format(x=true)))
    assert codes(body.format(x=true)) == []
    assert caught & set(codes(body.format(x=moved)))


NOT_MORE = [
    # an "including" list of some parts: no sum
    "Total revenues of $64.8 million, including rental revenue of $41.2 million and parking "
    "revenue of $3.6 million.",
    # a count after "on" that is no divisor of the per-share figure: another kind of share
    "Core FFO of $28.5 million, or $0.57 per diluted share, on 40.0 million basic shares.",
    # a margin's change beside two margins no "compared with" ties together
    "Gross profit was $174.9 million, or 34.1% of net sales. Gross margin declined 80 basis "
    "points. Services margin was 12.0% of revenue.",
    # a prior period's part when the release states no prior figure for the whole
    "Net sales were $512.8 million in the fourth quarter. Gross profit was $174.9 million, or "
    "34.1% of net sales, compared with $187.0 million, or 38.9% of net sales, a year earlier.",
    # a portion of a combined company's projected total is not of today's
    "Upon completion, Dunmore will have total assets of approximately $2.46 billion. "
    "Fairhaven's deposits of $412 million represent 85.8% of its total assets.",
]


@pytest.mark.parametrize("body", NOT_MORE)
def test_more_near_misses(body: str) -> None:
    assert codes(body) == []


# -- text tables whose header lines stand in the paragraph above their rows -----------------

SEGMENTS = """Segment Results

                                      Three Months Ended June 30,
(in millions)                          2026         2025    % Change
Net sales

    Flow Control                    $ 142.6      $ 131.8        8.2%
    Motion Systems                     98.3        104.1      (5.6)%
    Precision Sensors                  61.7         52.9       16.6%
Total net sales                     $ TOTAL      $ 288.8        4.8%
"""


def test_headers_above_a_text_table() -> None:
    from disclint.tables import read_tables

    good = SEGMENTS.replace("TOTAL", "302.6")
    source = read_bytes((HEAD + "Halvard reported results.\n\n" + good + TAIL).encode(), "r.txt")
    tables = read_tables(Facts(parse_source(source)).release)
    assert [t.columns for t in tables] == [["2026", "2025", "% Change"]]
    assert codes("Halvard reported results.\n\n" + good) == []
    broken = SEGMENTS.replace("TOTAL", "378.3")
    assert {"NUM020", "NUM022"} & set(codes("Halvard reported results.\n\n" + broken))


def test_no_headers_from_a_line_without_periods() -> None:
    from disclint.tables import read_tables

    text = SEGMENTS.replace("2026         2025    % Change", "Actual       Plan      Delta   ")
    source = read_bytes((HEAD + "Halvard reported.\n\n" + text + TAIL).encode(), "r.txt")
    tables = read_tables(Facts(parse_source(source)).release)
    assert all(not any(t.columns) for t in tables)


# -- a flattened statement: a row and the unlabelled total under it, glued -------------------

FLAT = (
    "Three Months Ended March 31, 2025 2024Revenue from contracts $ 1,637 $ 1,205 "
    "Operating expenses: Research and development 5,355 4,426 General and administrative "
    "1,687 1,457 TOTAL 5,883Loss from operations (5,405) (4,678)Net loss $ (5,358) $ (4,645)"
    "Net loss per common share$ (0.45) $ (1.96)"
    "Weighted average shares outstanding 11,954,797 2,367,050 "
    "Total assets 10,833,118 8,156,440 Total liabilities 2,935,201 3,107,332"
)


def test_a_glued_total_row_in_a_flattened_statement() -> None:
    from tests.test_rules_arithmetic_tables import release, table_codes

    caption = "Statements of Operations (amounts in thousands)"
    good = release(FLAT.replace("TOTAL", "7,042"), caption)
    assert table_codes(good) == []
    source = read_bytes(good.encode(), "release.md", fmt="md")
    claims = [
        [q.text.strip() for q in c.operands]
        for c in claims_of(Facts(parse_source(source)))
        if c.relation == "parts-total"
    ]
    assert ["7,042", "5,355", "1,687"] in claims
    broken = release(FLAT.replace("TOTAL", "7,942"), caption)
    assert {"NUM017", "NUM020"} & set(table_codes(broken))


def test_a_row_of_other_figure_counts_stays_unread() -> None:
    from disclint.tables import read_tables

    # three figures in a two-column table: neither a row nor a row and its total
    text = FLAT.replace("TOTAL", "7,042 12")
    source = read_bytes(text.encode(), "release.md", fmt="md")
    (table,) = read_tables(parse_source(source))
    row = next(r for r in table.rows if r.label == "General and administrative")
    assert row.unread


# -- a balance sheet's last total: liabilities and equity across "Commitments" --------------

BALANCE = """\
| | December 31, 2025 | December 31, 2024 |
|---|---|---|
| Cash | $ 4,100 | $ 3,900 |
| Receivables | 2,200 | 2,000 |
| Total assets | $ 6,300 | $ 5,900 |
| Accounts payable | $ 1,300 | $ 1,250 |
| Long-term debt | 2,000 | 2,100 |
| Total liabilities | 3,300 | 3,350 |
| Commitments and contingencies (Note 7) | | |
| Stockholders' equity: | | |
| Common stock | 1,000 | 1,000 |
| Retained earnings | 2,000 | 1,550 |
| Total stockholders' equity | 3,000 | 2,550 |
| Total liabilities and stockholders' equity | $ TOTAL | $ 5,900 |"""


def test_liabilities_and_equity_across_commitments() -> None:
    from tests.test_rules_arithmetic_tables import release, table_codes

    caption = "Consolidated Balance Sheets (in thousands)"
    good = release(BALANCE.replace("TOTAL", "6,300"), caption)
    assert table_codes(good) == []
    source = read_bytes(good.encode(), "release.md", fmt="md")
    claims = [
        [q.text.strip().lstrip("$ ") for q in c.operands]
        for c in claims_of(Facts(parse_source(source)))
        if c.relation == "parts-total"
    ]
    assert ["6,300", "3,300", "3,000"] in claims
    broken = release(BALANCE.replace("TOTAL", "6,900"), caption)
    assert {"NUM017", "NUM020"} & set(table_codes(broken))


def test_a_hyphen_inside_a_flattened_label_is_no_nil_cell() -> None:
    from disclint.tables import read_tables

    text = FLAT.replace("TOTAL", "7,042").replace(
        "General and administrative", "Selling, general and administrative-related"
    )
    source = read_bytes(text.encode(), "release.md", fmt="md")
    (table,) = read_tables(parse_source(source))
    labels = [r.label for r in table.rows]
    assert "Selling, general and administrative-related" in labels


# -- a total over rows that are sums without saying so; amounts under a shifted header -------

REVENUES = """\
| | Q4 2025 | % of Revenues | % Change 2024 | % of Revenues |
|---|---|---|---|---|
| Licenses | $3,769 | 33% | $3,600 | 33% |
| Support | 4,695 | 42% | 4,402 | 41% |
| Software Revenues | 8,464 | 75% | 8,002 | 74% |
| Hardware products | 870 | 8% | 849 | 8% |
| Hardware support | 596 | 5% | 582 | 5% |
| Hardware Revenues | 1,466 | 13% | 1,431 | 13% |
| Services Revenues | 1,390 | 12% | 1,380 | 13% |
| Total Revenues | TOTAL | 100% | 10,813 | 100% |"""


def test_a_total_over_rows_that_are_sums_without_saying_so() -> None:
    from tests.test_rules_arithmetic_tables import release, table_codes

    caption = "Statements of Operations (in millions)"
    good = release(REVENUES.replace("TOTAL", "$11,320"), caption)
    assert table_codes(good) == []
    source = read_bytes(good.encode(), "release.md", fmt="md")
    claims = [
        [q.text.strip().lstrip("$") for q in c.operands]
        for c in claims_of(Facts(parse_source(source)))
        if c.relation == "parts-total"
    ]
    # the "% Change 2024" header sits over amounts: that column adds up too
    assert ["11,320", "8,464", "1,466", "1,390"] in claims
    assert ["10,813", "8,002", "1,431", "1,380"] in claims
    broken = release(REVENUES.replace("TOTAL", "$12,320"), caption)
    assert {"NUM017", "NUM020"} & set(table_codes(broken))


def test_a_row_that_adds_up_in_one_column_only_is_an_item() -> None:
    from tests.test_rules_arithmetic_tables import release, table_codes

    caption = "Statements of Operations (in millions)"
    # "Hardware Revenues" no longer the sum of its rows in the 2024 column: an item, and
    # the total is the sum of all rows above it in neither column; nothing is reported
    text = REVENUES.replace("| 1,431 |", "| 1,531 |").replace("TOTAL", "$11,320")
    assert table_codes(release(text, caption)) == []


# -- NUM020 across a row: a total column the columns beside it give --------------------------

RECONCILIATION = """\
| (in millions) | Q2 2026 GAAP | Adj. | Q2 2026 Non-GAAP |
|---|---|---|---|
| Total revenues | $ 11,320 | $ 6 | $ 11,326 |
| Cost of revenues | 2,410 | (112) | 2,298 |
| Sales and marketing | 2,241 | (96) | 2,145 |
| Research and development | 1,402 | (310) | 1,092 |
| General and administrative | 265 | (41) | 224 |
| Total operating expenses | 6,318 | (559) | 5,759 |
| Operating income | $ 5,002 | $ 565 | $ CELL |
| Diluted shares | 4,412 | 31 | 4,380 |"""


def test_a_total_column_across_rows() -> None:
    from tests.test_rules_arithmetic_tables import release, table_codes

    caption = "Reconciliation of GAAP to Non-GAAP Results"
    good = release(RECONCILIATION.replace("CELL", "5,567"), caption)
    assert table_codes(good) == []
    source = read_bytes(good.encode(), "release.md", fmt="md")
    claims = [
        [q.text.strip().lstrip("$ ") for q in c.operands]
        for c in claims_of(Facts(parse_source(source)))
        if c.relation == "parts-total"
    ]
    assert ["5,567", "5,002", "565"] in claims
    broken = release(RECONCILIATION.replace("CELL", "5,667"), caption)
    assert "NUM020" in table_codes(broken)


def test_a_total_column_leaves_share_rows_and_period_columns_alone() -> None:
    from tests.test_rules_arithmetic_tables import release, table_codes

    caption = "Reconciliation of GAAP to Non-GAAP Results"
    # the share row does not add across (a loss per share uses basic shares): no finding
    shares = RECONCILIATION.replace("CELL", "5,567").replace("| 4,380 |", "| 4,500 |")
    assert table_codes(release(shares, caption)) == []
    # a year as the sum of its quarters: a level at the year's end is no sum
    quarters = (
        "| (in thousands) | Q1 2025 | Q2 2025 | Q3 2025 | Q4 2025 | Fiscal 2025 |\n"
        "|---|---|---|---|---|---|\n"
        "| Revenue | 1,201 | 1,305 | 1,422 | 1,517 | 5,445 |\n"
        "| Cost of revenue | 601 | 640 | 702 | 733 | 2,676 |\n"
        "| Operating expenses | 402 | 415 | 433 | 451 | 1,701 |\n"
        "| Cash | 2,310 | 2,455 | 2,601 | 2,790 | 2,790 |"
    )
    assert table_codes(release(quarters, "Quarterly results")) == []


# -- NUM003: "an increase of $D, or P%, over <the prior figure>"; "year over year to" -------

CHANGES = [
    (
        "Adjusted EBITDA for the third quarter of 2012 was $20.2 million (15.5% of revenues), an "
        "increase of $3.1 million, or {x}, over the year-ago quarter adjusted EBITDA of $17.1 "
        "million.",
        "18.1%",
        "22.6%",
    ),
    (
        "Adjusted EBITDA was $20.2 million, an increase of $3.1 million, or {x}, over $17.1 "
        "million a year ago.",
        "18.1%",
        "22.6%",
    ),
    (
        "Revenue grew {x} year over year to $20.2 million from $17.1 million.",
        "18.1%",
        "22.6%",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), CHANGES)
def test_change_phrasings(body: str, true: str, moved: str) -> None:
    assert any(r == "change" for r, _ in relations(body.format(x=true)))
    assert codes(body.format(x=true)) == []
    assert "NUM003" in codes(body.format(x=moved))


def test_over_after_a_change_is_no_bound() -> None:
    # "over $17.1 million" after a percentage compares; alone it bounds ("over $5 million")
    found = quantities_of("Revenue rose 18.1%, over $17.1 million a year ago; over $5 million.")
    assert [(t, q) for t, q in found if t.startswith("$")] == [
        ("$17.1 million", None),
        ("$5 million", "over"),
    ]


def quantities_of(body: str) -> list[tuple[str, str | None]]:
    source = read_bytes((HEAD + body + TAIL).encode("utf-8"), "release.txt", fmt="txt")
    return [
        (q.text, q.qualifier.value if q.qualifier else None)
        for q in Facts(parse_source(source)).quantities
    ]
