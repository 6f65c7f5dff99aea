"""NUM claim model, round 2: stated measures tied to concept, period and subject (NUM019,
text vs text and text vs table), ownership with the whole written first or the holding in
an earlier sentence, aggregates across sentences, "one for every N" splits, changes of a
loss, a segment's margin kept apart from the whole's. Each case has its near miss."""

from __future__ import annotations

import pytest

from disclint.api import Finding
from disclint.facts import Facts
from disclint.parse import parse_source
from disclint.readers import read_bytes
from disclint.rules.arithmetic.model import claims_of
from tests.test_rules_arithmetic import num, problems

HEAD = "Acme Corp. Reports Results\n\nDALLAS, Oct. 20, 2025 /PRNewswire/ -- "
TAIL = "\n\nAbout Acme\n\nAcme Corp. is a company written for a test.\n"


def codes(body: str, name: str = "release.txt") -> list[str]:
    return [f.code for f in problems(num(HEAD + body + TAIL, name))]


def findings(body: str, name: str = "release.txt") -> list[Finding]:
    return problems(num(HEAD + body + TAIL, name))


# -- NUM019: one measure, one period, one subject ---------------------------------------------


def test_same_measure_and_period_stated_twice_must_agree() -> None:
    body = (
        "Third quarter 2025 revenue was $18.0 million, up 12%.\n\n"
        "Revenue for the third quarter of 2025 was $21.0 million, led by services."
    )
    found = findings(body)
    assert [f.code for f in found] == ["NUM019"]
    assert "$18.0 million" in found[0].message
    assert any("q3 2025" in e for e in found[0].evidence)


@pytest.mark.parametrize(
    "second",
    [
        # a segment is another subject
        "Services revenue for the third quarter of 2025 was $21.0 million.",
        # another period
        "Revenue for the third quarter of 2024 was $21.0 million.",
        # the same figure rounded differently agrees
        "Revenue for the third quarter of 2025 was $18.04 million.",
        # another measure
        "Gross profit for the third quarter of 2025 was $21.0 million.",
    ],
)
def test_different_subject_period_or_measure_is_never_compared(second: str) -> None:
    body = f"Third quarter 2025 revenue was $18.0 million, up 12%.\n\n{second}"
    assert "NUM019" not in codes(body)


TABLE = (
    "Revenue for the third quarter of 2025 was $32.5 million.\n\n"
    "**{caption} (in thousands)**\n\n"
    "| | Three Months Ended September 30, 2025 | Three Months Ended September 30, 2024 |\n"
    "|---|---|---|\n"
    "| Revenue | {cell} | 28,064 |\n"
    "| Gross profit | 13,212 | 10,864 |\n"
)


def test_text_figure_disagreeing_with_its_table_cell() -> None:
    body = TABLE.format(caption="Condensed Consolidated Statements of Operations", cell="40,640")
    found = findings(body, "release.md")
    assert [f.code for f in found] == ["NUM019"]
    assert "40,640" in found[0].message
    assert any("x 1,000" in e for e in found[0].evidence)


@pytest.mark.parametrize(
    ("caption", "cell"),
    [
        ("Condensed Consolidated Statements of Operations", "32,512"),  # agrees, in thousands
        ("Revenue by Segment", "40,640"),  # a segment's table: another subject
        ("Selected Operating Metrics", "40,640"),  # not a statement of the company
    ],
)
def test_table_cell_near_misses(caption: str, cell: str) -> None:
    assert "NUM019" not in codes(TABLE.format(caption=caption, cell=cell), "release.md")


# -- NUM004: ownership in either order, the holding in another sentence ----------------------


def test_ownership_with_outstanding_count_first_and_issuer_named_between() -> None:
    body = (
        "Of the 48,000,000 shares of Vireo Foods, Inc. (NYSE: VRO) outstanding, Larchmont "
        "Partners now owns 6,000,000 shares, or 15.0%."
    )
    assert "NUM004" in codes(body)
    assert "NUM004" not in codes(body.replace("15.0%", "12.5%"))


def test_ownership_holding_from_an_earlier_sentence() -> None:
    body = (
        "Harbor Capital LP holds 3,000,000 shares of Tidewater Therapeutics, Inc.\n\n"
        "Based on 20,000,000 shares outstanding, Harbor's holding represents approximately "
        "{pct} of the outstanding common stock."
    )
    assert codes(body.format(pct="15.0%")) == []  # the outstanding count is not the holding
    assert "NUM004" in codes(body.format(pct="19.0%"))


# -- NUM005: aggregate = prior + increment across sentences ----------------------------------


def test_aggregate_after_the_purchase_with_the_prior_in_the_next_sentence() -> None:
    body = (
        "Oakhurst Fund LP acquired an additional 400,000 shares of Meridian Devices Corp.\n\n"
        "The shares are held for investment purposes.\n\n"
        "Following these purchases, Oakhurst beneficially owns {total} shares. Before the "
        "purchases the fund held 2,500,000 shares."
    )
    assert codes(body.format(total="2,900,000")) == []
    assert "NUM005" in codes(body.format(total="3,625,000"))


# -- NUM007: "one new share for every N existing shares" -------------------------------------


def test_one_for_every_decimal_split_ratio() -> None:
    body = (
        "Acme completed the consolidation of its common shares on the basis of one new share "
        "for every 2.5 existing shares. The 45,000,000 shares outstanding before the "
        "consolidation became {after} shares."
    )
    assert codes(body.format(after="18,000,000")) == []
    assert "NUM007" in codes(body.format(after="22,500,000"))


# -- NUM003: a loss that narrowed ------------------------------------------------------------


def test_change_of_a_loss_compared_with_a_loss() -> None:
    body = (
        "Acme reported an operating loss of $16.3 million, which is approximately a {pct} "
        "decrease from the GAAP operating loss of $17.5 million reported for 2024."
    )
    assert codes(body.format(pct="7%")) == []
    assert "NUM003" in codes(body.format(pct="25%"))


def test_change_from_income_to_a_loss_is_not_a_percentage() -> None:
    body = (
        "Acme reported a net loss of $2.0 million, a 40% decrease from net income of "
        "$3.0 million in 2024."
    )
    assert "NUM003" not in codes(body)


# -- NUM015: a segment's margin is not the whole's -------------------------------------------


def test_segment_margin_beside_the_consolidated_margin() -> None:
    body = (
        "* Q1 2025 consolidated revenue was $42.7 million, up 72% year-over-year.\n"
        "* Gross profit reached $24.2 million, with a consolidated gross margin of "
        "approximately {pct}. Meridianbet gross margin improved to 72%."
    )
    assert "NUM015" not in codes(body.format(pct="57%"))
    assert "NUM015" in codes(body.format(pct="71%"))


def test_increase_in_a_named_measure_of_a_percentage() -> None:
    body = (
        "Acme reported an increase in total revenue of {pct} to $11.2 million from $10.0 million."
    )
    assert codes(body.format(pct="12%")) == []
    assert "NUM003" in codes(body.format(pct="30%"))


# -- batch 2: phrasings the own4 releases showed ---------------------------------------------


def test_stated_value_each_is_not_the_amount_converted() -> None:
    body = (
        "A holder converted 500 shares of Series B Preferred Stock, each with a stated value "
        "of $1,000, into {issued} shares of common stock at a conversion price of $0.25 per share."
    )
    assert codes(body.format(issued="2,000,000")) == []  # no NUM001 on $1,000 / $0.25
    assert codes(body.format(issued="2,500,000")) == ["NUM018"]


def test_net_proceeds_named_by_the_sentence_subject() -> None:
    body = (
        "The gross proceeds of the offering were $15.0 million. The net proceeds, after "
        "deducting underwriting discounts and commissions and estimated offering expenses, "
        "were approximately {net} million."
    )
    assert codes(body.format(net="$13.8")) == []
    assert "NUM006" in codes(body.format(net="$17.3"))


def test_eps_with_the_period_between_measure_and_figure() -> None:
    body = (
        "Acme reported net income for the second quarter of 2025 of $5.0 million, or {eps} per "
        "diluted share, based on 20,000,000 weighted average diluted shares outstanding."
    )
    assert codes(body.format(eps="$0.25")) == []
    assert "NUM016" in codes(body.format(eps="$0.31"))


def test_parts_of_a_total_with_its_period_between() -> None:
    body = (
        "Acme reported total revenue of {total} million for fiscal 2025, consisting of product "
        "revenue of $30.0 million and service revenue of $20.0 million."
    )
    assert codes(body.format(total="$50.0")) == []
    assert "NUM014" in codes(body.format(total="$62.5"))


def test_text_period_from_the_sentence_opening_links_to_a_year_column() -> None:
    body = (
        "For fiscal 2025, revenue was $120.4 million.\n\n"
        "**Consolidated Statements of Operations (in thousands)**\n\n"
        "| | Year Ended December 31, 2025 | Year Ended December 31, 2024 |\n"
        "|---|---|---|\n"
        "| Revenue | {cell} | 101,655 |\n"
    )
    assert codes(body.format(cell="120,418"), "release.md") == []
    assert codes(body.format(cell="150,523"), "release.md") == ["NUM019"]


def test_a_division_named_as_the_sentence_subject_is_another_subject() -> None:
    body = (
        "For the three months ended March 31, 2025, the Company reported revenue of $436,378.\n\n"
        "For the three months ended March 31, 2025, the Orbis division, which remains in "
        "development, generated revenues of $17,858."
    )
    assert "NUM019" not in codes(body)
    assert "NUM019" in codes(
        body.replace("the Orbis division, which remains in development,", "we")
    )


def test_change_to_at_least_a_figure_is_at_least_the_change() -> None:
    body = (
        "Acme said fiscal Q4 bookings reached at least $18 million, an approximately {pct} "
        "rise from $3 million in Q4 2023 bookings."
    )
    assert codes(body.format(pct="500%")) == []
    assert codes(body.format(pct="700%")) == []  # above the floor: "at least" allows it
    found = findings(body.format(pct="375%"))
    assert [f.code for f in found] == ["NUM003"]
    assert any("at least 400" in e for e in found[0].evidence)


# -- NUM019: the release's own quarter, diluted EPS, a statement titled above its unit line ---

FISCAL = (
    "Kestrel Devices, Inc. today announced financial results for its fiscal 2025 first quarter "
    "ended December 27, 2024. The Company posted record revenue of {revenue} and net quarterly "
    "profit of $2.1 billion, or {eps} per diluted share.\n\n"
    "These results compare to revenue of $11.02 billion and net quarterly profit of $1.8 "
    "billion, or $1.22 per diluted share, in the year-ago quarter.\n\n"
    "Kestrel Devices, Inc.\n\n"
    "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)\n\n"
    "(In millions, except number of shares, which are reflected in thousands, and per-share "
    "amounts)\n\n"
    "| | Three Months Ended December 27, 2024 | Three Months Ended December 29, 2023 |\n"
    "|---|---|---|\n"
    "| Net sales | $ 12,477 | $ 11,018 |\n"
    "| Cost of sales | 7,310 | 6,702 |\n"
    "| Gross margin | 5,167 | 4,316 |\n"
    "| Net income | $ 2,104 | $ 1,795 |\n"
    "| Earnings per share: | | |\n"
    "| Basic | $ 1.44 | $ 1.23 |\n"
    "| Diluted | $ 1.43 | $ 1.22 |\n"
    "| Shares used in computing earnings per share: | | |\n"
    "| Basic | 1,461,050 | 1,459,337 |\n"
    "| Diluted | 1,470,228 | 1,471,940 |\n"
)


def test_a_sentence_naming_no_period_speaks_of_the_quarter_the_release_reports() -> None:
    body = FISCAL.format(revenue="$12.48 billion", eps="$1.43")
    assert codes(body, "release.md") == []
    source = read_bytes((HEAD + body + TAIL).encode(), "release.md", fmt="md")
    claims = claims_of(Facts(parse_source(source)))
    links = {
        tuple(q.text.strip() for q in c.operands) for c in claims if c.relation == "restatement"
    }
    assert {
        ("$12.48 billion", "$ 12,477"),
        ("$2.1 billion", "$ 2,104"),
        ("$1.43", "$ 1.43"),
    } <= links
    eps = {tuple(q.text.strip() for q in c.operands) for c in claims if c.relation == "eps"}
    assert ("$1.43", "$ 2,104", "1,470,228") in eps  # the text's EPS, worked from the table
    # the figures the release compares with are the year-ago column's, not its quarter's
    assert {("$11.02 billion", "$ 11,018"), ("$1.22", "$ 1.22")} <= links
    assert ("$1.22", "$ 1,795", "1,471,940") in eps


def test_a_year_ago_figure_its_table_contradicts_and_another_quarters_left_alone() -> None:
    body = FISCAL.format(revenue="$12.48 billion", eps="$1.43")
    found = findings(body.replace("$1.22 per", "$1.52 per"), "release.md")
    assert [f.code for f in found] == ["NUM019"] and "$1.52" in found[0].message
    other = body.replace("$1.22 per", "$1.52 per").replace("year-ago quarter", "fourth quarter")
    assert "NUM019" not in codes(other, "release.md")


def test_the_release_quarter_figure_that_its_table_contradicts() -> None:
    found = findings(FISCAL.format(revenue="$15.60 billion", eps="$1.43"), "release.md")
    assert [f.code for f in found] == ["NUM019"] and "$15.60 billion" in found[0].message
    found = findings(FISCAL.format(revenue="$12.48 billion", eps="$1.79"), "release.md")
    assert [f.code for f in found] == ["NUM019"] and "diluted eps" in found[0].message
    assert "x 1,000,000" not in " ".join(found[0].evidence)  # a per-share figure is in dollars


def test_without_a_quarter_ended_phrase_a_sentence_with_no_period_is_not_linked() -> None:
    body = FISCAL.format(revenue="$15.60 billion", eps="$1.79").replace(
        "its fiscal 2025 first quarter ended December 27, 2024", "the latest quarter"
    )
    assert "NUM019" not in codes(body, "release.md")


def test_a_non_gaap_per_share_figure_is_another_subject() -> None:
    body = (
        "Acme reported results for its second quarter of fiscal 2025 ended March 28, 2025. "
        "Diluted earnings per share was $0.52 on a GAAP basis. Diluted earnings per share was "
        "$0.81 on a non-GAAP basis.\n\n"
        "**Consolidated Statements of Income (in thousands, except per share data)**\n\n"
        "| | Three Months Ended March 28, 2025 | Three Months Ended March 29, 2024 |\n"
        "|---|---|---|\n"
        "| Net income | 12,480 | 9,915 |\n"
        "| Diluted net income per share | $ 0.52 | $ 0.41 |\n"
        "| Shares used to compute diluted net income per share | 24,012 | 24,180 |\n"
    )
    assert codes(body, "release.md") == []
    assert codes(body.replace("$0.52 on", "$0.65 on"), "release.md") == ["NUM019"]


# -- NUM003: a change over the year stated beside a figure its table has a year-ago column for


def _yoy(change: str) -> str:
    return FISCAL.format(revenue=f"$12.48 billion, {change},", eps="$1.43")


def test_a_change_over_the_year_against_the_tables_year_ago_figure() -> None:
    # 12,480 / 11,018 = +13.3%
    body = _yoy("up 13 percent year over year")
    assert codes(body, "release.md") == []
    source = read_bytes((HEAD + body + TAIL).encode(), "release.md", fmt="md")
    changes = [
        tuple(q.text.strip() for q in c.operands)
        for c in claims_of(Facts(parse_source(source)))
        if c.relation == "change"
    ]
    assert changes == [("13 percent", "$12.48 billion", "$ 11,018")]
    found = findings(_yoy("up 18 percent year over year"), "release.md")
    assert [f.code for f in found] == ["NUM003"] and "18 percent" in found[0].message
    assert codes(_yoy("which represents 13 percent year-over-year growth"), "release.md") == []
    assert "NUM003" in codes(_yoy("which represents 3 percent year-over-year growth"), "release.md")


@pytest.mark.parametrize(
    "change",
    [
        "up 31 percent sequentially",  # another base: the previous quarter
        "up 31 percent over two years",
        "up 31 percent year over year in constant currency",  # not the reported change
    ],
)
def test_a_change_against_another_base_is_not_worked_from_the_year_ago_column(change: str) -> None:
    assert "NUM003" not in codes(_yoy(change), "release.md")


# -- NUM015: a margin stated in text against the statement table's rows


def _margins(sentence: str) -> str:
    return FISCAL.format(revenue="$12.48 billion", eps="$1.43").replace(
        "These results compare", f"{sentence}\n\nThese results compare"
    )


def test_a_margin_and_its_year_ago_margin_against_the_table() -> None:
    # gross margin 5,167 / 12,477 = 41.41%; a year earlier 4,316 / 11,018 = 39.17%
    sentence = "Gross margin was {now} percent compared to {then} percent in the year-ago quarter."
    body = _margins(sentence.format(now="41.4", then="39.2"))
    assert codes(body, "release.md") == []
    source = read_bytes((HEAD + body + TAIL).encode(), "release.md", fmt="md")
    margins = [
        tuple(q.text.strip() for q in c.operands)
        for c in claims_of(Facts(parse_source(source)))
        if c.relation == "margin"
    ]
    assert margins == [
        ("41.4 percent", "5,167", "$ 12,477"),
        ("39.2 percent", "4,316", "$ 11,018"),
    ]
    found = findings(_margins(sentence.format(now="45.4", then="39.2")), "release.md")
    assert [f.code for f in found] == ["NUM015"] and "45.4 percent" in found[0].message
    found = findings(_margins(sentence.format(now="41.4", then="42.2")), "release.md")
    assert [f.code for f in found] == ["NUM015"] and "42.2 percent" in found[0].message


@pytest.mark.parametrize(
    "sentence",
    [
        # the figure compared with is another quarter's, not the table's year-ago column
        "Gross margin was 41.4 percent compared to 44.0 percent in the fourth quarter.",
        # a segment's margin
        "Services gross margin was 48.0 percent.",
        # a margin of another period than the release's quarter
        "Gross margin for fiscal 2024 was 48.0 percent.",
    ],
)
def test_margin_near_misses_against_the_table(sentence: str) -> None:
    assert "NUM015" not in codes(_margins(sentence), "release.md")


# -- NUM019: non-GAAP figures against a reconciliation, cash flow from operations, a period
#    carried to the next figure of the sentence

RECONCILED = (
    "Acme reported results for its first quarter of fiscal 2025 ended March 1, 2025.\n\n"
    "GAAP operating income in the first quarter was $1.59 billion and non-GAAP operating "
    "income was {nongaap}. Cash flows from operations were {cash}.\n\n"
    "**Condensed Consolidated Statements of Cash Flows (in millions)**\n\n"
    "| | Three Months Ended March 1, 2025 | Three Months Ended March 2, 2024 |\n"
    "|---|---|---|\n"
    "| Net income | 1,247 | 1,266 |\n"
    "| Depreciation and amortization | 446 | 391 |\n"
    "| Net cash provided by operating activities | 1,693 | 1,657 |\n\n"
    "**Reconciliation of GAAP to Non-GAAP Results (in millions)**\n\n"
    "| | Three Months Ended March 1, 2025 | Three Months Ended March 2, 2024 |\n"
    "|---|---|---|\n"
    "| GAAP operating income | $ 1,586 | $ 1,580 |\n"
    "| Stock-based compensation | 545 | 413 |\n"
    "| Non-GAAP operating income | $ 2,131 | $ 1,993 |\n"
)


def test_non_gaap_and_cash_flow_figures_against_their_tables() -> None:
    body = RECONCILED.format(nongaap="$2.13 billion", cash="$1.69 billion")
    assert codes(body, "release.md") == []
    found = findings(RECONCILED.format(nongaap="$2.66 billion", cash="$1.69 billion"), "release.md")
    assert [f.code for f in found] == ["NUM019"] and "Non-GAAP operating income" in found[0].message
    found = findings(RECONCILED.format(nongaap="$2.13 billion", cash="$2.11 billion"), "release.md")
    assert [f.code for f in found] == ["NUM019"] and "operating activities" in found[0].message


def test_a_non_gaap_figure_is_never_compared_with_the_gaap_row() -> None:
    body = RECONCILED.format(nongaap="$2.13 billion", cash="$1.69 billion")
    # the reconciliation without its non-GAAP row: nothing to link the text's figure to
    body = body.replace("| Non-GAAP operating income | $ 2,131 | $ 1,993 |\n", "")
    assert codes(body.replace("$2.13 billion", "$2.66 billion"), "release.md") == []
    # a table of targets is no reconciliation of results
    targets = RECONCILED.replace(
        "Reconciliation of GAAP to Non-GAAP Results", "Reconciliation of Targets"
    )
    assert codes(targets.format(nongaap="$2.66 billion", cash="$1.69 billion"), "release.md") == []


# -- NUM003: the prior period's figure in parentheses after its period and a colon


@pytest.mark.parametrize(
    ("sentence", "bad"),
    [
        (
            "In the Services segment, sales rose by 45.6% to EUR 18.2 million (1-9/2024: EUR "
            "12.5 million) on strong demand.",
            ("45.6%", "55.6%"),
        ),
        (
            "In the Services segment, sales amounted to EUR 72.5 million (1-9/2024: EUR 77.3 "
            "million, -6.2%).",
            ("-6.2%", "-9.2%"),
        ),
        ("Revenue grew 12% to $44.8 million (Q3 2024: $40.0 million).", ("12%", "21%")),
    ],
)
def test_a_change_against_the_prior_figure_in_parentheses(
    sentence: str, bad: tuple[str, str]
) -> None:
    assert codes(sentence) == []
    assert codes(sentence.replace(*bad)) == ["NUM003"]


def test_a_percent_in_the_prior_periods_parenthesis_that_is_no_change_is_left_alone() -> None:
    body = (
        "Services sales amounted to EUR 72.5 million (1-9/2024: EUR 77.3 million, 38.1% of total)."
    )
    assert codes(body) == []
    # nor is a figure in parentheses that names no prior period
    assert codes("Sales rose 6.2% to EUR 72.5 million (segment: EUR 41.3 million).") == []


# -- NUM006: net proceeds named far before the figure, or after it in parentheses


@pytest.mark.parametrize(
    ("body", "net"),
    [
        (
            "The gross proceeds of the offering are expected to be approximately $5 million and "
            "net proceeds, after deducting placement agent fees and other estimated offering "
            "expenses payable by the Company, are expected to be approximately $4.4 million.",
            "$4.4 million",
        ),
        (
            "In July the Company added $6.6 million in gross proceeds ($6.3 million net) by "
            "selling shares under its at-the-market program.",
            "$6.3 million",
        ),
    ],
)
def test_net_proceeds_read_past_a_clause_or_in_parentheses(body: str, net: str) -> None:
    assert codes(body) == []
    assert "NUM006" in codes(body.replace(net, "$7.9 million"))


def test_a_figure_after_another_is_not_named_by_the_label_before_that_one() -> None:
    # "$1.2 million" is the placement agent's fee, not net proceeds
    body = (
        "Net proceeds were $9.0 million, and the placement agent, whose engagement ran "
        "through the closing of the offering, received $1.2 million. Gross proceeds were "
        "$10.2 million."
    )
    assert codes(body) == []


# -- NUM014: "The <thing> consists of ..." listing the parts of a figure the sentence before sized

CREDIT = (
    "Acme entered into a $900 million senior secured credit facility. The Credit Facility "
    "consists of a $300 million Revolving Credit Facility and a {term} Term Loan, each with "
    "a five-year maturity."
)


def test_parts_listed_in_the_next_sentence_of_the_thing_sized_before() -> None:
    assert codes(CREDIT.format(term="$600 million")) == []
    assert codes(CREDIT.format(term="$700 million")) == ["NUM014"]


def test_parts_of_another_thing_than_the_figure_before_are_not_summed() -> None:
    body = CREDIT.format(term="$700 million").replace(
        "credit facility. The Credit Facility", "credit facility. The Refinancing"
    )
    assert "NUM014" not in codes(body)


# -- NUM001: a deal sized in one sentence, its terms in the next that points back at it


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "Acme announced the closing of a $4.3 million underwritten public offering. The "
            "offering included 21,500,000 shares of common stock at a public offering price of "
            "$0.20 per share.",
            "$4.3 million",
        ),
        (
            "Acme closed its offering of Series H Preferred Stock and Warrants, raising "
            "approximately $16.5 million in gross proceeds. The Company sold 660,000 units, each "
            "comprising one preferred share and one warrant, at $25.00 per unit.",
            "$16.5 million",
        ),
    ],
)
def test_a_deal_sized_before_its_terms(body: str, amount: str) -> None:
    assert codes(body) == []
    assert "NUM001" in codes(
        body.replace(amount, amount.replace("4.3", "5.4").replace("16.5", "20.6"))
    )


def test_terms_that_do_not_point_back_at_the_deal_sized_before_are_not_multiplied() -> None:
    body = (
        "Acme announced the closing of a $5.4 million underwritten public offering. Separately, "
        "directors bought 21,500,000 shares of common stock at $0.20 per share."
    )
    assert "NUM001" not in codes(body)


def test_a_release_saying_no_warrants_were_attached_still_multiplies_shares_by_price() -> None:
    body = (
        "Acme announced a private placement of {amount} with an institutional investor. The "
        "deal involved issuance of 2,369,668 shares at a price of $2.11 per share, and no "
        "warrants were attached."
    )
    assert codes(body.format(amount="$5 million")) == []
    assert "NUM001" in codes(body.format(amount="$6.5 million"))
    # shares sold with warrants: the price may cover both, so nothing is multiplied
    with_warrants = body.replace("and no warrants were attached", "with warrants attached")
    assert "NUM001" not in codes(with_warrants.format(amount="$6.5 million"))


# -- NUM003: a change stated in a sentence of its own, its levels in the one next to it


@pytest.mark.parametrize(
    ("body", "bad"),
    [
        (
            "Acme expects to increase its quarterly dividend from $0.20 per share to $0.30 per "
            "share.\n\nThe Board expects the 50% increase in the quarterly dividend to begin with "
            "the fourth quarter dividend.",
            ("50%", "65%"),
        ),
        (
            "Acme posted first-quarter revenue that soared 149% year-over-year. For the first "
            "three months, total revenue was $144.4 million compared to $58 million a year ago.",
            ("149%", "189%"),
        ),
    ],
)
def test_a_change_whose_levels_the_next_sentence_gives(body: str, bad: tuple[str, str]) -> None:
    assert codes(body) == []
    assert codes(body.replace(*bad)) == ["NUM003"]


@pytest.mark.parametrize(
    "body",
    [
        # the comparison is of another measure than the change
        "Acme posted revenue that soared 189% year-over-year. Net income was $144.4 million "
        "compared to $58 million a year ago.",
        # two comparisons next to it: which one is meant is not known
        "Acme posted revenue that soared 189% year-over-year. Product revenue was $144.4 "
        "million compared to $58 million, and service revenue $20.0 million compared to "
        "$12.0 million.",
        # the change sentence has figures of its own
        "Acme posted revenue of $9.0 million that soared 189% year-over-year. Total revenue "
        "was $144.4 million compared to $58 million a year ago.",
    ],
)
def test_a_change_is_not_paired_with_a_comparison_it_may_not_be_about(body: str) -> None:
    assert "NUM003" not in codes(body)


# -- NUM019: a quarter named by the day it ended, a unit among the title lines; periods a
#    sentence that names none may not take

BUCKLE = (
    "Acme announced today that net income for the fiscal quarter ended November 2, 2024 was "
    "{net}, or $0.89 per share.\n\n"
    "ACME, INC.\n\n"
    "CONSOLIDATED STATEMENTS OF INCOME (Amounts in Thousands Except Per Share Amounts)\n\n"
    "CONSOLIDATED STATEMENTS OF INCOME (Unaudited)\n\n"
    "| | Thirteen Weeks Ended November 2, 2024 | Thirteen Weeks Ended October 28, 2023 |\n"
    "|---|---|---|\n"
    "| Net sales | $ 293,618 | $ 303,457 |\n"
    "| Net income | $ 44,172 | $ 51,762 |\n"
)


def test_a_quarter_named_by_the_day_it_ended_and_a_unit_in_the_title_lines() -> None:
    assert codes(BUCKLE.format(net="$44.2 million"), "release.md") == []
    found = findings(BUCKLE.format(net="$55.2 million"), "release.md")
    assert [f.code for f in found] == ["NUM019"] and "$55.2 million" in found[0].message


YEAR_AND_QUARTER = (
    "Acme Announces Fiscal 2025 Fourth Quarter and Fiscal Full Year Results\n\n"
    "AUSTIN, Texas, June 13, 2025 -- Acme today announced results for its fourth quarter "
    "ended May 31, 2025.\n\n"
    "Fiscal 2025 operating income was $10.9 billion. Non-GAAP operating income was {nongaap}.\n\n"
    "About Acme\n\nAcme Corp. is a company written for a test.\n\n"
    "**Reconciliation of GAAP to Non-GAAP Results (in millions)**\n\n"
    "| | Three Months Ended May 31, 2025 | Three Months Ended May 31, 2024 |\n"
    "|---|---|---|\n"
    "| GAAP operating income | $ 4,512 | $ 4,540 |\n"
    "| Stock-based compensation | 1,090 | 822 |\n"
    "| Non-GAAP operating income | $ 5,602 | $ 5,362 |\n"
)


def test_a_sentence_naming_no_period_is_not_the_quarter_when_the_release_reports_its_year_too() -> (
    None
):
    # "$19.6 billion" is the year's figure: it is never compared with the quarter's column
    assert "NUM019" not in codes_of(YEAR_AND_QUARTER.format(nongaap="$19.6 billion"))
    # nor when only the paragraph names the year
    quarter_only = YEAR_AND_QUARTER.replace(" and Fiscal Full Year", "")
    assert "NUM019" not in codes_of(quarter_only.format(nongaap="$19.6 billion"))
    # a quarter's release whose paragraph names no other period: the quarter's figure
    alone = quarter_only.replace("Fiscal 2025 operating income was $10.9 billion. ", "")
    assert codes_of(alone.format(nongaap="$5.6 billion")) == []
    assert codes_of(alone.format(nongaap="$19.6 billion")) == ["NUM019"]


def codes_of(text: str) -> list[str]:
    return [f.code for f in problems(num(text, "release.md"))]


QUARTER_BULLETS = (
    "Acme Corp. today reported results for the third quarter ended September 30, 2025.\n\n"
    "Third quarter 2025 highlights:\n\n"
    "- Net income attributable to common shareholders was $7.3 million, or $0.16 per diluted "
    "share.\n"
    "- {measure} $21.6 million, or $0.48 per diluted share.\n"
)


@pytest.mark.parametrize(
    "measure",
    ["Funds from operations (FFO) were", "Adjusted net income was", "Core earnings were"],
)
def test_a_per_share_figure_of_another_measure_is_not_diluted_eps(measure: str) -> None:
    """ "FFO were $21.6 million, or $0.48 per diluted share" is FFO per share: it is not
    compared with the release's earnings per diluted share."""
    assert "NUM019" not in codes(QUARTER_BULLETS.format(measure=measure))


def test_diluted_eps_stated_twice_differently_is_still_caught() -> None:
    assert "NUM019" in codes(QUARTER_BULLETS.format(measure="Net income was"))


PART_THEN_MARGIN = (
    "Acme Corp. today reported results for the third quarter ended September 30, 2025.\n\n"
    "- Total revenue was $48.6 million, up 12.8% from $43.1 million.\n"
    "- Subscription revenue was $36.9 million, up 22.2% from $30.2 million.\n"
    "- Gross profit was $33.8 million, a gross margin of {margin}.\n"
)


def test_a_consolidated_margin_is_not_divided_by_a_part_of_revenue() -> None:
    """The subscription revenue stated just before is a part: the gross margin of 69.5% is
    gross profit over total revenue ($33.8 / $48.6 million), not over $36.9 million."""
    assert "NUM015" not in codes(PART_THEN_MARGIN.format(margin="69.5%"))


def test_a_consolidated_margin_off_its_total_revenue_is_caught() -> None:
    assert "NUM015" in codes(PART_THEN_MARGIN.format(margin="74.5%"))


def test_a_revenue_glued_to_a_heading_is_still_the_whole() -> None:
    body = (
        "Acme Corp. today reported results for the first quarter of 2026.\n\n"
        "First Quarter 2026 ResultsNet revenue was $6.1 million.\n\n"
        "Gross profit was $3.8 million, representing a gross margin of {margin}."
    )
    assert "NUM015" not in codes(body.format(margin="62%"))
    assert "NUM015" in codes(body.format(margin="70%"))


def test_stated_value_carried_by_each_share_is_not_the_amount_converted() -> None:
    # "Each preferred share carried a stated value of $1,000" in the sentence of the
    # conversion: a value per share (own9's one false alarm at its first scoring)
    body = (
        "Last week, the holder of all 3,200 outstanding shares of the Company's Series D "
        "Convertible Preferred Stock converted them into common stock. Each preferred share "
        "carried a stated value of $1,000 and was convertible at $0.64; as a result, Brenlow "
        "issued {issued} shares of Class A common stock."
    )
    assert codes(body.format(issued="5,000,000")) == []  # 3,200 x $1,000 / $0.64
    assert codes(body.format(issued="6,000,000")) == ["NUM018"]
