"""NUM claim model, session 8 (issue 10): margins whose revenue stands a few list items or
a growth clause away, bulleted lists drawn as pipe tables in EDGAR text, and net proceeds
after an offering's total size.

Each case is written for this file (fictional issuers) and comes with its near misses: the
true claim raises nothing, the same claim with one figure moved beyond its rounding is
caught, and a look-alike that measures something else stays silent."""

from __future__ import annotations

import pytest

from disclint.readers import read_bytes
from disclint.source import BlockKind
from tests.test_rules_arithmetic_model import codes
from tests.test_rules_arithmetic_recall import relations

# -- NUM015: the margin of a highlights list, its revenue a few items up -------------------------

HIGHLIGHTS = (
    "Harrow Valley Systems, Inc. today reported results for its second quarter of fiscal "
    "2026.\n\n"
    "Second Quarter Fiscal 2026 Highlights\n\n"
    "- Total revenue increased 9.4% to $61.2 million from $55.9 million in the second "
    "quarter of fiscal 2025.\n"
    "- Services revenue was $22.4 million, up 15% year over year.\n"
    "- Gross profit was $38.0 million, compared to $34.1 million a year ago.\n"
    "- {owner}perating income was $8.3 million, an operating margin of {margin}.\n"
)


def test_a_margin_three_items_below_its_revenue_is_checked() -> None:
    true = HIGHLIGHTS.format(owner="O", margin="13.6%")
    assert ("margin", ["13.6%", "$8.3 million", "$61.2 million"]) in relations(true)
    assert codes(true) == []
    assert "NUM015" in codes(HIGHLIGHTS.format(owner="O", margin="17.0%"))


def test_a_segments_margin_is_not_divided_by_the_whole_revenue() -> None:
    # the segment's operating income over its own revenue, which the release does not state
    body = HIGHLIGHTS.format(owner="Industrial Automation segment o", margin="21.5%")
    assert not any(r == "margin" for r, _ in relations(body))
    assert codes(body) == []


def test_a_margin_below_a_revenue_of_another_period_length_is_left_alone() -> None:
    body = (
        "Revenue for the first six months of fiscal 2026 was $118.0 million.\n\n"
        "Services revenue was $22.4 million, up 15% year over year.\n\n"
        "Gross profit was $38.0 million, compared to $34.1 million a year ago.\n\n"
        "Second quarter operating income was $8.3 million, an operating margin of 13.6%."
    )
    assert not any(r == "margin" for r, _ in relations(body))


GROWTH = (
    "Brennick Software Corp. today announced results for fiscal year 2026.\n\n"
    "Fiscal year 2026 total revenues were up 6% in USD and up 8% in constant currency to "
    "$18.5 billion. Subscription revenues were up 7% in USD to $12.1 billion.\n\n"
    "Fiscal year 2026 GAAP operating income was $5.2 billion, and GAAP operating margin was "
    "{margin}."
)


def test_revenue_named_across_its_growth_clause_divides_the_margin() -> None:
    true = GROWTH.format(margin="28%")
    assert ("margin", ["28%", "$5.2 billion", "$18.5 billion"]) in relations(true)
    assert codes(true) == []
    assert "NUM015" in codes(GROWTH.format(margin="35%"))


def test_a_part_of_revenue_across_a_growth_clause_is_not_the_whole() -> None:
    # the only revenue stated is a product line's: no margin of the whole can be checked
    body = (
        "Subscription revenues were up 7% in USD and up 9% in constant currency to $12.1 "
        "billion.\n\nGAAP operating income was $5.2 billion, and GAAP operating margin was 28%."
    )
    assert not any(r == "margin" for r, _ in relations(body))


# -- EDGAR text: a bulleted list drawn as a pipe table ------------------------------------------

BULLET_TABLE = (
    "Lindqvist Media Group reported results for the quarter ended March 31, 2026.\n\n"
    "First Quarter Highlights\n\n"
    "| • | | Net revenues increased {change} to $88.4 million, compared to $80.0 million in "
    "the first quarter of 2025 |\n"
    "| • | | Station operating income was $21.7 million |\n\n"
    "Management will host a conference call today."
)


def test_bullets_drawn_as_a_pipe_table_are_read_as_list_items() -> None:
    source = read_bytes(BULLET_TABLE.format(change="10.5%").encode(), "r.txt", fmt="txt")
    items = [b for b in source.blocks if b.kind is BlockKind.LIST_ITEM]
    assert len(items) == 2
    assert source.text[items[1].start : items[1].end].startswith("Station")
    true = BULLET_TABLE.format(change="10.5%")
    assert ("change", ["10.5%", "$88.4 million", "$80.0 million"]) in relations(true)
    assert codes(true) == []
    assert "NUM003" in codes(BULLET_TABLE.format(change="18.5%"))


def test_a_pipe_table_of_figures_stays_a_table() -> None:
    text = (
        "Lindqvist Media Group reported results.\n\n"
        "| | 2026 | 2025 |\n|---|---|---|\n| Net revenues | 88.4 | 80.0 |\n"
        "| • Radio | 60.1 | 55.0 |\n"
    )
    source = read_bytes(text.encode(), "r.txt", fmt="txt")
    kinds = [b.kind for b in source.blocks]
    assert BlockKind.TABLE in kinds and BlockKind.LIST_ITEM not in kinds


# -- NUM006: net proceeds after the offering's total size ---------------------------------------

TOTAL_OFFERING = (
    "Corvana Data Centers, Inc. (Nasdaq: CRVD) announced that the initial purchasers of its "
    "2.25% Convertible Senior Notes due 2032 exercised in full their option to purchase an "
    "additional $75 million of notes, bringing the total offering to $575 million. {net}"
)


def test_net_proceeds_after_the_total_offering_are_at_most_it() -> None:
    true = TOTAL_OFFERING.format(
        net="Net proceeds were approximately $559.8 million after discounts and expenses."
    )
    assert ("proceeds", ["$575 million", "$559.8 million"]) in relations(true)
    assert codes(true) == []
    moved = true.replace("$559.8 million", "$599.8 million")
    assert "NUM006" in codes(moved)


def test_net_proceeds_of_two_offerings_together_are_not_this_offerings() -> None:
    body = TOTAL_OFFERING.format(
        net="Combined with the concurrent common stock offering, net proceeds to Corvana were "
        "approximately $812.4 million."
    )
    assert not any(r == "proceeds" for r, _ in relations(body))
    assert codes(body) == []


def test_an_amount_the_net_proceeds_pay_for_is_neither_proceeds_nor_a_fee() -> None:
    body = TOTAL_OFFERING.format(
        net="Net proceeds were approximately $559.8 million after discounts and expenses, "
        "with $120.0 million used to fund the capped call transactions."
    )
    found = [(r, ops) for r, ops in relations(body) if r == "proceeds"]
    assert found == [("proceeds", ["$575 million", "$559.8 million"])]
    assert codes(body) == []


# -- NUM015: a GAAP and a non-GAAP margin side by side; "income from operations" ----------------

BASES = (
    "Ostrava Instruments Corp. today announced results for fiscal year 2026.\n\n"
    "Fiscal year 2026 total revenue was $2.40 billion.\n\n"
    "Fiscal year 2026 GAAP operating income was $480 million, and GAAP operating margin was "
    "{gaap}. Non-GAAP operating income was $720 million, and non-GAAP operating margin was "
    "{adjusted}."
)


def test_each_basis_margin_divides_its_own_profit() -> None:
    true = BASES.format(gaap="20%", adjusted="30%")
    found = relations(true)
    assert ("margin", ["20%", "$480 million", "$2.40 billion"]) in found
    assert ("margin", ["30%", "$720 million", "$2.40 billion"]) in found
    assert codes(true) == []
    assert "NUM015" in codes(BASES.format(gaap="25%", adjusted="30%"))
    assert "NUM015" in codes(BASES.format(gaap="20%", adjusted="38%"))


def test_two_margins_of_one_basis_are_not_paired_by_guess() -> None:
    # two GAAP operating margins (this year's and last year's) and one profit: which is
    # which is not known from the basis alone
    body = (
        "Fiscal year 2026 total revenue was $2.40 billion.\n\n"
        "GAAP operating income was $480 million. GAAP operating margin was 20%, and GAAP "
        "operating margin was 17% in the year before the acquisition."
    )
    assert not any(r == "margin" for r, _ in relations(body))


OPERATIONS = (
    "Tamsin Health Software reported results for its first quarter.\n\n"
    "- Total revenue grew 8.0% to $27.0 million from $25.0 million.\n"
    "- Income from operations was $4.05 million, an operating margin of {margin}.\n"
)


def test_income_from_operations_is_a_profit_line_not_a_prior_figure() -> None:
    true = OPERATIONS.format(margin="15.0%")
    assert ("margin", ["15.0%", "$4.05 million", "$27.0 million"]) in relations(true)
    assert codes(true) == []
    assert "NUM015" in codes(OPERATIONS.format(margin="19.0%"))


def test_income_from_operations_after_compared_to_is_still_prior() -> None:
    body = (
        "Tamsin Health Software reported results for its first quarter.\n\n"
        "- Total revenue grew 8.0% to $27.0 million from $25.0 million.\n"
        "- Operating margin was 15.0%, compared to income from operations of $3.1 million a "
        "year ago.\n"
    )
    assert not any(r == "margin" for r, _ in relations(body))


# -- NUM003: a change stated whole in an "About" paragraph ---------------------------------------

ACQUIRED = (
    "Halcyon Fiber Holdings agreed to acquire Tervo Data Systems for $310 million in cash.\n\n"
    "About Tervo Data Systems\n\n"
    "Tervo operates six data centers in Ohio and Indiana. For 2025, Tervo reported revenue "
    "of $52.8 million, up {change} from $44.0 million in 2024.\n\n"
)


def test_a_change_in_an_about_paragraph_is_checked() -> None:
    true = ACQUIRED.format(change="20.0%")
    assert ("change", ["20.0%", "$52.8 million", "$44.0 million"]) in relations(true)
    assert codes(true) == []
    assert "NUM003" in codes(ACQUIRED.format(change="27.0%"))


def test_levels_in_an_about_paragraph_are_no_change() -> None:
    # a rate that rose to a level, and two figures of different things, state no change
    body = ACQUIRED.format(change="20.0%").replace(
        "For 2025, Tervo reported revenue of $52.8 million, up 20.0% from $44.0 million in 2024.",
        "Its utilization rose to 91.5% in 2025, and it holds $44.0 million of cash and "
        "$52.8 million of equipment.",
    )
    assert not any(r == "change" for r, _ in relations(body))
    assert codes(body) == []


# -- tables: "*" (not meaningful) cells, "(6)" after a row's figures, reconciliation rows --------

from disclint.facts import Facts  # noqa: E402
from disclint.parse import parse_source  # noqa: E402
from disclint.tables import read_tables  # noqa: E402
from tests.test_rules_arithmetic_tables import release, table_codes  # noqa: E402


def _tables(text: str, name: str = "release.md") -> list[list[tuple[str, list[str | None]]]]:
    fmt = {"md": "md", "html": "html", "txt": "txt"}[name.rsplit(".", 1)[1]]
    source = read_bytes(text.encode("utf-8"), name, fmt=fmt)
    return [
        [(r.label, [c.text.strip() if c else None for c in r.cells]) for r in t.rows]
        for t in read_tables(Facts(parse_source(source)).release)
    ]


STARRED = """\
| | Q3 2025 | Q3 2024 | % Change |
|---|---|---|---|
| Operating income | 69,100 | 48,370 | 43% |
| Interest expense | (12,040) | (13,100) | (8%) |
| Other (expense) income, net | {other} | 510 | * |
| Income before income taxes | 56,020 | 35,780 | 57% |
"""


def test_a_not_meaningful_star_leaves_the_rows_amounts_readable() -> None:
    text = release(STARRED.format(other="(1,040)"))
    rows = dict(_tables(text)[0])
    assert rows["Other (expense) income, net"] == ["(1,040)", "510", "*"]
    assert table_codes(text) == []
    # the subtotal now adds the row: moving it is caught
    assert "NUM020" in table_codes(release(STARRED.format(other="(1,300)")))


def _cell_paragraphs(change: str) -> str:
    cells = [
        "Three Months Ended September 30, 2025", "Three Months Ended September 30, 2024",
        "Increase/(Decrease)",
        "Net interest income", "$", "41.20", "$", "30.10", "$", "11.10", "37%",
        "Fee income", "12.40", "11.80", "0.60", "5",
        "Trading income", "1.60", "1.70", "(0.10)", change,
        "Other income", "2.10", "2.00", "0.10", "5",
        "Total other income", "16.10", "15.50", "0.60", "4",
        "Total revenue", "57.30", "45.60", "11.70", "26%",
    ]  # fmt: skip
    return (
        "Kessock Bancorp Reports Third Quarter 2025 Results\n\n"
        "KESSOCK, Ore., Oct. 21, 2025 /PRNewswire/ -- Kessock Bancorp reported results.\n\n"
        "(Dollars in millions)\n\n" + "\n\n".join(cells) + "\n\nAbout Kessock\n\nA bank.\n"
    )


def test_a_negative_percent_in_parentheses_completes_its_row() -> None:
    rows = dict(_tables(_cell_paragraphs("(6)"), "release.txt")[0])
    assert rows["Trading income"] == ["1.60", "1.70", "(0.10)", "(6)"]
    assert rows["Net interest income"][0] == "41.20"  # the rows above it stay in the table


def test_a_footnote_mark_after_a_whole_row_is_not_a_figure() -> None:
    text = _cell_paragraphs("(6)").replace("\n\n0.60\n\n4\n\n", "\n\n0.60\n\n4\n\n(1)\n\n")
    rows = dict(_tables(text, "release.txt")[0])
    assert rows["Total other income"] == ["16.10", "15.50", "0.60", "4"]


RECONCILIATION = """\
| | 2025 GAAP | Adj. | 2025 Non-GAAP | 2024 GAAP | Adj. | 2024 Non-GAAP |
|---|---|---|---|---|---|---|
| Total revenues | $9,400 | $— | $9,400 | $8,800 | $— | $8,800 |
| Total operating expenses | 6,100 | (900) | 5,200 | 5,700 | (800) | 4,900 |
| Stock-based compensation | 600 | (600) | — | 520 | (520) | — |
| Amortization of intangible assets | 300 | (300) | — | 280 | (280) | — |
| Operating income | 3,300 | 900 | 4,200 | 3,100 | 800 | 3,900 |
"""


def test_detail_rows_nil_in_the_non_gaap_column_are_no_evidence_against_gaap() -> None:
    # the detail rows break down the operating expenses above them; in the non-GAAP
    # columns they are nil, so "revenue less the rows above" holding there says nothing
    # of the GAAP columns
    assert table_codes(release(RECONCILIATION, "Reconciliation (in millions)")) == []


def test_not_applicable_in_a_change_column_keeps_the_row_in_the_table() -> None:
    text = _cell_paragraphs("(6)").replace(
        "\n\nFee income\n\n12.40\n\n11.80\n\n0.60\n\n5\n\n",
        "\n\nFee income\n\n12.40\n\n11.80\n\n0.60\n\n5\n\n"
        "Swap fee income\n\n0.22\n\n--\n\n0.22\n\nN/A\n\n",
    )
    tables = _tables(text, "release.txt")
    rows = dict(tables[0])
    assert rows["Swap fee income"] == ["0.22", "--", "0.22", "N/A"]
    assert "Net interest income" in rows and "Total revenue" in rows


STATEMENT_CELLS = [
    "Three months ended September 30, 2025", "Three months ended September 30, 2024",
    "Research and development", "4,180", "3,020",
    "General and administrative (including $1,210 and $640 paid to a related party for the "
    "three months ended September 30, 2025 and 2024, respectively, and including share-based "
    "compensation of $380 and $95 for the same periods)", "{ga}", "1,950",
    "Total operating expenses", "9,950", "4,970",
    "Operating loss", "9,950", "4,970",
]  # fmt: skip


def _statement(ga: str) -> str:
    cells = [c.replace("{ga}", ga) for c in STATEMENT_CELLS]
    return (
        "Orrin Therapeutics Reports Third Quarter 2025 Results\n\n"
        "ORRIN, Mass., Nov. 12, 2025 /PRNewswire/ -- Orrin Therapeutics reported results.\n\n"
        "Condensed Statements of Operations (in thousands)\n\n"
        + "\n\n".join(cells)
        + "\n\nAbout Orrin\n\nA drug developer.\n"
    )


def test_a_long_row_label_with_figures_in_it_stays_a_row() -> None:
    rows = dict(_tables(_statement("5,770"), "release.txt")[0])
    label = next(k for k in rows if k.startswith("General and administrative"))
    assert rows[label] == ["5,770", "1,950"]
    assert rows["Total operating expenses"] == ["9,950", "4,970"]
    assert table_codes(_statement("5,770"), "release.txt") == []
    assert "NUM020" in table_codes(_statement("7,210"), "release.txt")


def test_a_long_sentence_before_figures_is_no_row_label() -> None:
    text = _statement("5,770").replace(
        "General and administrative (including",
        "Spending rose in the quarter. General and administrative (including",
    )
    assert not any(
        k.startswith(("General", "Spending")) for t in _tables(text, "release.txt") for k, _ in t
    )


# -- a flattened statement's unit, stated in the short header paragraphs above it -----------------

FLAT = (
    "Pellam Labs Reports Second Quarter 2025 Results\n\n"
    "PELLAM, Ga., Aug. 12, 2025 /PRNewswire/ -- Pellam Labs reported results.\n\n"
    "{prose}"
    "PELLAM LABS, INC. Condensed Statements of Operations (amounts in thousands)\n\n"
    "Three Months Ended June 30,\n\n"
    "Six Months Ended June 30,\n\n"
    "2025202420252024 Revenue $ 1,852 $ 1,301 $ 3,489 $ 2,301 Research and development "
    "4,729 4,277 10,083 8,703 General and administrative 1,542 1,086 3,230 2,543 Total "
    "operating expenses 6,271 5,363 13,313 11,246\n\n"
    "About Pellam\n\nA lab.\n"
)


def _flat_scales(text: str) -> list[int]:
    source = read_bytes(text.encode("utf-8"), "release.txt", fmt="txt")
    return [int(t.scale) for t in read_tables(Facts(parse_source(source)).release)]


def test_a_flattened_statement_takes_its_unit_from_the_header_paragraphs_above() -> None:
    assert _flat_scales(FLAT.format(prose="")) == [1000]


def test_a_unit_beyond_a_long_paragraph_is_not_the_flattened_statements() -> None:
    prose = (
        "Pellam Labs is a contract research company whose laboratories in Georgia and "
        "Alabama run assays for drug developers; its results are discussed on the call "
        "today, and the full statements will be filed with its quarterly report on Form "
        "10-Q, where the figures of the business are presented in more detail than in "
        "this release, with notes to the statements.\n\n"
    )
    text = FLAT.format(prose="").replace(
        "PELLAM LABS, INC. Condensed Statements of Operations (amounts in thousands)\n\n",
        "PELLAM LABS, INC. (amounts in thousands)\n\n" + prose,
    )
    assert _flat_scales(text) == [1]


# -- NUM003: the change named again between the percentage and its figures ----------------------

RESTATED = (
    "Pellham Royalty Corp. today reported results for the six months ended June 30, 2026.\n\n"
    "Stockholders' equity grew by {change} from year end 2025, representing an increase of "
    "stockholders' equity to $10,500,000 as of June 30, 2026 from $10,000,000 at December 31, "
    "2025."
)


def test_a_change_restated_before_its_figures_is_checked() -> None:
    true = RESTATED.format(change="5.0%")
    assert ("change", ["5.0%", "$10,500,000", "$10,000,000"]) in relations(true)
    assert codes(true) == []
    assert "NUM003" in codes(RESTATED.format(change="8.0%"))


def test_a_restated_change_without_its_prior_figure_is_no_claim() -> None:
    body = RESTATED.format(change="5.0%").replace(
        "from $10,000,000 at December 31, 2025", "while cash was $3,000,000 at June 30, 2026"
    )
    assert not any(r == "change" for r, _ in relations(body))
    assert codes(body) == []


# -- NUM006: gross proceeds in the opening paragraph, net proceeds with the fees paragraphs later -

FAR_NET = (
    "Quillon Biosciences, Inc. (Nasdaq: QLLN) closed a registered direct offering of "
    "3,000,000 shares at $5.00 per share, for gross proceeds of $15.0 million.\n\n"
    "The shares were offered under an effective shelf registration statement.\n\n"
    "{warrants}"
    "H.C. Wainwright & Co. acted as exclusive placement agent.\n\n"
    "Net proceeds to the Company, after deducting the placement agent's fees and other "
    "offering expenses of {expenses}, were approximately {net}."
)


def test_net_proceeds_paragraphs_below_the_gross_are_checked() -> None:
    true = FAR_NET.format(warrants="", expenses="$1.2 million", net="$13.8 million")
    assert ("proceeds", ["$15.0 million", "$13.8 million", "$1.2 million"]) in relations(true)
    assert codes(true) == []
    moved = FAR_NET.format(warrants="", expenses="$1.2 million", net="$17.3 million")
    assert "NUM006" in codes(moved)


def test_an_expense_before_the_net_figure_is_a_fee_not_the_net() -> None:
    body = FAR_NET.format(warrants="", expenses="$1.2 million", net="$13.8 million")
    found = [ops for r, ops in relations(body) if r == "proceeds"]
    assert all(ops[1] == "$13.8 million" for ops in found)


def test_hypothetical_gross_proceeds_are_not_the_offerings() -> None:
    # the only other gross figure would come from warrants not yet exercised
    body = FAR_NET.format(
        warrants="If exercised in full for cash, the warrants would provide additional gross "
        "proceeds of approximately $9.0 million.\n\n",
        expenses="$1.2 million",
        net="$13.8 million",
    )
    found = [ops for r, ops in relations(body) if r == "proceeds"]
    assert found == [["$15.0 million", "$13.8 million", "$1.2 million"]]


def test_an_amount_the_net_proceeds_repay_is_no_net_figure() -> None:
    body = (
        "Quillon Biosciences, Inc. closed a public offering for gross proceeds of $16.5 "
        "million. Net proceeds will fund clinical development and repay a $3 million bridge "
        "note."
    )
    assert not any(r == "proceeds" for r, _ in relations(body))


# -- NUM014: a segment breakdown with each figure's prior period beside it -----------------------

SEGMENTS = (
    "Korvik Industrie AG reported consolidated sales of EUR 64.0 million for the first half "
    "of 2026, compared with {prior_total} in the first half of 2025. In the Water "
    "Systems segment, sales amounted to EUR 41.5 million (H1 2025: EUR 36.2 million). In the "
    "Energy Storage segment, sales rose by 12.0% to EUR 22.5 million (H1 2025: EUR 20.1 "
    "million)."
)


def test_the_prior_periods_figures_break_down_the_prior_total() -> None:
    true = SEGMENTS.format(prior_total="EUR 56.3 million")
    found = relations(true)
    assert ("parts-total", ["EUR 64.0 million", "EUR 41.5 million", "EUR 22.5 million"]) in found
    assert ("parts-total", ["EUR 56.3 million", "EUR 36.2 million", "EUR 20.1 million"]) in found
    assert codes(true) == []
    assert "NUM014" in codes(SEGMENTS.format(prior_total="EUR 70.4 million"))


def test_another_measure_in_the_parenthesis_is_no_prior_figure() -> None:
    body = SEGMENTS.format(prior_total="EUR 56.3 million").replace(
        "(H1 2025: EUR 36.2 million)", "(operating income: EUR 6.2 million)"
    )
    found = relations(body)
    assert not any(r == "parts-total" and ops[0] == "EUR 56.3 million" for r, ops in found)
    assert codes(body) == []


# -- NUM012: a share count moved by a stated number of shares -----------------------------------

CANCEL = (
    "Tervin Corp. will cancel {count} shares of common stock held by its founder. Once the "
    "cancellation is completed, its issued and outstanding shares will be reduced from "
    "50,412,300 to 30,412,300."
)


def test_a_cancellation_moves_the_count_by_its_number() -> None:
    true = CANCEL.format(count="20 million")
    assert ("change", ["20 million", "30,412,300", "50,412,300", "20 million"]) in relations(true)
    assert codes(true) == []
    assert "NUM012" in codes(CANCEL.format(count="25 million"))


def test_an_issuance_increases_the_count_in_one_sentence() -> None:
    body = (
        "Tervin Corp. issued {n} shares in the offering, increasing its shares outstanding "
        "from 20,500,000 to 24,500,000."
    )
    assert codes(body.format(n="4,000,000")) == []
    assert "NUM012" in codes(body.format(n="5,000,000"))


@pytest.mark.parametrize(
    "body",
    [
        # the count moved for more than the one act
        "Tervin Corp. issued 4,000,000 shares in the offering. Together with warrant "
        "exercises, its shares outstanding increased from 20,500,000 to 25,100,000.",
        # two acts: which one moved the count is not said
        "Tervin Corp. issued 4,000,000 shares and repurchased 600,000 shares, increasing its "
        "shares outstanding from 20,500,000 to 23,900,000.",
        # a count moved with no act named
        "Tervin Corp. has 4,000,000 shares reserved; its shares outstanding increased from "
        "20,500,000 to 25,100,000.",
    ],
)
def test_count_moves_that_do_not_state_their_number(body: str) -> None:
    assert codes(body) == []


REPURCHASED = (
    "During the quarter, Halden Bancorp repurchased {n} shares of its common stock at an "
    "average price of $18.40 per share. Since the program began, Halden has repurchased a "
    "total of 640,000 shares, up from 430,000 shares at the end of the prior quarter."
)


def test_a_cumulative_count_up_from_its_earlier_level_adds_the_act() -> None:
    true = REPURCHASED.format(n="210,000")
    assert ("change", ["210,000", "640,000", "430,000", "210,000"]) in relations(true)
    assert codes(true) == []
    assert "NUM012" in codes(REPURCHASED.format(n="260,000"))


def test_a_count_up_from_a_level_with_no_act_is_no_claim() -> None:
    body = (
        "Halden Bancorp had 640,000 shares of treasury stock at quarter end, up from 430,000 "
        "shares at the end of the prior quarter; 210,000 options vested."
    )
    assert not any(r == "change" for r, _ in relations(body))


# -- NUM013: the annualized rate in the paragraph after the quarterly dividend --------------------

DIVIDEND = (
    "Marrow Creek Bancshares, Inc. declared a quarterly cash dividend of $0.18 per share, "
    "payable on May 15, 2026 to shareholders of record on May 1, 2026.\n\n"
    "On an annualized basis, the dividend rate is {annual} per share, a yield of {yield_} "
    "based on the closing price of the company's common stock of $24.00 on April 20, 2026."
)


def test_the_annual_rate_a_paragraph_later_is_four_quarterly_payments() -> None:
    true = DIVIDEND.format(annual="$0.72", yield_="3.0%")
    found = relations(true)
    assert ("dividend", ["$0.18", "$0.72"]) in found
    assert ("dividend", ["$0.72", "3.0%", "$24.00"]) in found
    assert codes(true) == []
    assert "NUM013" in codes(DIVIDEND.format(annual="$0.90", yield_="3.0%"))
    assert "NUM013" in codes(DIVIDEND.format(annual="$0.72", yield_="3.8%"))


def test_an_annual_figure_after_a_paragraph_without_a_dividend_pairs_with_nothing() -> None:
    body = DIVIDEND.format(annual="$0.72", yield_="3.0%").replace(
        "payable on May 15, 2026 to shareholders of record on May 1, 2026.\n\n",
        "payable on May 15, 2026 to shareholders of record on May 1, 2026.\n\n"
        "The company also reported net income of $4.1 million for the quarter.\n\n",
    )
    assert ("dividend", ["$0.18", "$0.72"]) not in relations(body)


def test_a_parenthesised_digit_first_in_its_row_is_a_figure_when_it_completes_it() -> None:
    text = _cell_paragraphs("(6)").replace(
        "\n\nOther income\n\n2.10\n\n2.00\n\n0.10\n\n5\n\n",
        "\n\nOther income\n\n2.10\n\n2.00\n\n0.10\n\n5\n\n"
        "Treasury stock\n\n(4)\n\n-\n\n(4)\n\nN/A\n\n",
    )
    rows = dict(_tables(text, "release.txt")[0])
    assert rows["Treasury stock"] == ["(4)", "-", "(4)", "N/A"]


def test_a_footnote_mark_right_after_a_label_is_not_a_figure() -> None:
    text = _cell_paragraphs("(6)").replace("\n\nFee income\n\n", "\n\nFee income\n\n(1)\n\n")
    rows = dict(_tables(text, "release.txt")[0])
    assert rows["Fee income"] == ["12.40", "11.80", "0.60", "5"]


# -- NUM003: "This represents an increase of P%" after the comparison ---------------------------

POINT_BACK = (
    "For the fiscal first quarter, Lumen Peak's sales revenues were a record $412,000 "
    "{word} $58,900 for the same period in the previous year. This represents an increase "
    "of {change}{tail}."
)


@pytest.mark.parametrize("word", ["vs.", "compared to"])
def test_a_change_that_points_back_at_the_comparison_before_it(word: str) -> None:
    true = POINT_BACK.format(word=word, change="599%", tail="")
    assert ("change", ["599%", "$412,000", "$58,900"]) in relations(true)
    assert codes(true) == []
    assert "NUM003" in codes(POINT_BACK.format(word=word, change="420%", tail=""))


def test_a_change_with_its_own_subject_does_not_point_back() -> None:
    body = POINT_BACK.format(word="vs.", change="12%", tail=" in headcount")
    assert not any(r == "change" for r, _ in relations(body))
    assert codes(body) == []
