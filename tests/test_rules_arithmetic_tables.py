"""NUM020 (statement subtotals per column) and NUM021 (EPS per column) over tables written
for the tests: Markdown, HTML in the EDGAR manner and whitespace-aligned text, each with
the catch and the near misses that must stay silent."""

from __future__ import annotations

import tempfile
from pathlib import Path

from disclint.api import Finding
from disclint.engine import Engine, RunOptions
from disclint.facts import Facts
from disclint.parse import parse_source
from disclint.readers import read_bytes
from disclint.rules.arithmetic.model import claims_of
from disclint.tables import read_tables

_ENGINE = Engine(RunOptions(select=["NUM"], entry_points=False, isolated=True))
_FORMATS = {".md": "md", ".html": "html", ".txt": "txt"}


def num(text: str, name: str = "release.md") -> list[Finding]:
    source = read_bytes(text.encode("utf-8"), name, fmt=_FORMATS[Path(name).suffix])
    return _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings


def table_codes(text: str, name: str = "release.md") -> list[str]:
    return sorted(
        f.code
        for f in num(text, name)
        if f.code in {"NUM017", "NUM020", "NUM021", "NUM022", "NUM023"}
    )


def release(table: str, caption: str = "Condensed Statements of Operations (in thousands)") -> str:
    return (
        "# Norvale Photonics Reports Third Quarter 2025 Results\n\n"
        "BOULDER, Colo., Oct. 28, 2025 /PRNewswire/ -- Norvale Photonics, Inc. (NASDAQ: NVPX) "
        "today reported results for the third quarter of 2025.\n\n"
        f"**{caption}**\n\n{table}\n\n"
        "About Norvale Photonics\n\nNorvale Photonics, Inc. makes thin-film modules.\n\n"
        "Contact: ir@norvale.example\n"
    )


STATEMENT = """\
| | Three Months Ended September 30, 2025 | Three Months Ended September 30, 2024 |
|---|---|---|
| Revenue | $ 48,210 | $ 41,377 |
| Cost of revenue | 20,115 | 18,002 |
| Gross profit | 28,095 | 23,375 |
| Operating expenses: | | |
| Research and development | 9,880 | 8,412 |
| Selling, general and administrative | 11,305 | 10,126 |
| Total operating expenses | 21,185 | 18,538 |
| Income from operations | 6,910 | 4,837 |
| Interest expense | (1,204) | (1,310) |
| Other income, net | 96 | 51 |
| Income before income taxes | 5,802 | 3,578 |
| Provision for income taxes | 1,276 | 787 |
| Net income | $ 4,526 | $ 2,791 |
| Net income per share: | | |
| Basic | $ 0.38 | $ 0.24 |
| Diluted | $ 0.37 | $ 0.23 |
| Weighted average shares outstanding: | | |
| Basic | 11,902 | 11,640 |
| Diluted | 12,233 | 12,011 |"""


def test_a_statement_that_adds_up_gets_nothing_and_lists_its_claims() -> None:
    text = release(STATEMENT)
    assert table_codes(text) == []
    source = read_bytes(text.encode(), "release.md", fmt="md")
    relations = [c.relation for c in claims_of(Facts(parse_source(source)))]
    assert relations.count("parts-total") == 10  # five subtotals x two columns
    assert relations.count("eps") == 4


def test_gross_profit_mistyped_in_one_column() -> None:
    text = release(STATEMENT.replace("| Gross profit | 28,095 |", "| Gross profit | 28,905 |"))
    findings = [f for f in num(text) if f.code == "NUM020"]
    assert findings, "the gross profit that revenue less cost does not give"
    assert any("Gross profit" in f.message and "28,905" in f.message for f in findings)
    assert any("48,210 - Cost of revenue 20,115 = 28,095" in " ".join(f.evidence) for f in findings)


def test_an_expense_changed_breaks_the_section_total_not_the_chain() -> None:
    text = release(
        STATEMENT.replace(
            "| Research and development | 9,880 |", "| Research and development | 9,980 |"
        )
    )
    findings = [f for f in num(text) if f.code in {"NUM017", "NUM020"}]
    # a plain list under its heading: NUM017's, reported once (NUM020 does not repeat it)
    assert [(f.code, f.message.split('"')[1]) for f in findings] == [
        ("NUM017", "Total operating expenses")
    ]


def test_diluted_eps_that_net_income_and_shares_do_not_give() -> None:
    text = release(
        STATEMENT.replace("| Diluted | $ 0.37 | $ 0.23 |", "| Diluted | $ 0.47 | $ 0.23 |")
    )
    findings = [f for f in num(text) if f.code == "NUM021"]
    assert len(findings) == 1
    assert "0.47" in findings[0].message and "0.3700" in findings[0].message


def test_rounded_parts_within_their_rounding_are_silent() -> None:
    table = (
        "| ($ in millions) | Q3 2025 | Q3 2024 |\n|---|---|---|\n"
        "| Product | 1.24 | 1.11 |\n| Services | 3.43 | 3.02 |\n| Licensing | 5.64 | 5.25 |\n"
        "| Total revenue | 10.32 | 9.37 |"
    )
    # 1.24 + 3.43 + 5.64 = 10.31: within the four figures' rounding (0.02)
    assert table_codes(release(table, "Revenue by line")) == []


def test_a_total_no_reading_explains_in_any_column_is_left_alone() -> None:
    table = (
        "| | Q3 2025 | Q3 2024 |\n|---|---|---|\n"
        "| Americas | 12,400 | 11,050 |\n| Europe | 8,310 | 7,720 |\n"
        "| Total revenue | 25,118 | 23,004 |"  # a region not listed: no form in any column
    )
    assert table_codes(release(table, "Revenue by region")) == []


def test_a_change_column_is_not_added_and_a_one_column_table_is_judged_by_labels_only() -> None:
    change = (
        "| | Q3 2025 | Q3 2024 | Change |\n|---|---|---|---|\n"
        "| Revenue | 48,210 | 41,377 | 17 |\n| Cost of revenue | 20,115 | 18,002 | 12 |\n"
        "| Gross profit | 28,095 | 23,375 | 20 |"
    )
    assert table_codes(release(change)) == []
    # one column shows no form; only a form the labels name is checked there (session 10:
    # "Gross profit" right under cost of revenue right under revenue)
    single = (
        "| | Q3 2025 |\n|---|---|\n| Segment A | 48,210 |\n| Segment B | 20,115 |\n"
        "| Operating income | 28,905 |"
    )
    assert "NUM020" not in table_codes(release(single))
    named = (
        "| | Q3 2025 |\n|---|---|\n| Revenue | 48,210 |\n| Cost of revenue | 20,115 |\n"
        "| Gross profit | 28,905 |"
    )
    assert "NUM020" in table_codes(release(named))


def test_nil_columns_and_cent_sized_eps_are_silent() -> None:
    table = (
        "| | Q3 2025 | Q3 2024 |\n|---|---|---|\n"
        "| Revenue | 48,210 | — |\n| Cost of revenue | 20,115 | — |\n"
        "| Gross profit | 28,095 | $— |\n| Net income | 310 | 290 |\n"
        "| Basic earnings per share | $ 0.02 | $ 0.01 |\n"  # 310 / 31,000 = 0.01: a cent off
        "| Weighted average basic shares | 31,000 | 29,000 |"
    )
    assert table_codes(release(table)) == []


def test_two_classes_of_shares_leave_eps_alone() -> None:
    table = (
        "| | Q3 2025 | Q3 2024 |\n|---|---|---|\n| Net income | 4,526 | 2,791 |\n"
        "| Basic earnings per share | $ 0.58 | $ 0.24 |\n"
        "| Weighted average basic shares, Class A | 11,902 | 11,640 |\n"
        "| Weighted average basic shares, Class B | 2,000 | 2,000 |"
    )
    assert table_codes(release(table)) == []


BALANCE = """\
| | December 31, 2025 | December 31, 2024 |
|---|---|---|
| Current assets: | | |
| Cash | 10,200 | 9,100 |
| Receivables | 4,300 | 3,950 |
| Total current assets | 14,500 | 13,050 |
| Property and equipment | 20,000 | 18,500 |
| Less accumulated depreciation | 6,400 | 5,200 |
| Property and equipment, net | 13,600 | 13,300 |
| Other assets | 1,150 | 1,020 |
| Total assets | 29,250 | 27,370 |"""


def test_balance_sheet_totals_with_a_less_row_and_nested_totals() -> None:
    assert table_codes(release(BALANCE, "Balance Sheets (in thousands)")) == []
    broken = BALANCE.replace("| Other assets | 1,150 |", "| Other assets | 1,510 |")
    findings = [f for f in num(release(broken, "Balance Sheets")) if f.code == "NUM020"]
    assert [f.message.split('"')[1] for f in findings] == ["Total assets"]


EDGAR = """<html><body>
<p>Norvale Photonics Reports Third Quarter 2025 Results</p>
<p>BOULDER, Colo., Oct. 28, 2025 /PRNewswire/ -- Norvale Photonics, Inc. reported results.</p>
<p>CONDENSED STATEMENTS OF OPERATIONS (in thousands, except per share data)</p>
<table>
<tr><td></td><td colspan="3">Three Months Ended</td><td colspan="3">Nine Months Ended</td></tr>
<tr><td>Revenues</td><td>$</td><td>8,214</td><td></td><td>$</td><td>23,877</td><td></td></tr>
<tr><td>Operating expenses</td><td></td><td>13,383</td><td></td><td></td><td>39,468</td>
<td></td></tr>
<tr><td>Loss from operations</td><td></td><td>(5,169</td><td>)</td><td></td>
<td>(15,591</td><td>)</td></tr>
<tr><td>Income tax expense</td><td></td><td>(9</td><td>)</td><td></td><td>(35</td><td>)</td></tr>
<tr><td>Net loss</td><td>$</td><td>(5,178</td><td>)</td><td>$</td><td>(15,626</td><td>)</td></tr>
<tr><td>Net loss per share, basic and diluted</td><td>$</td><td>(0.13</td><td>)</td>
<td>$</td><td>(EPS</td><td>)</td></tr>
<tr><td>Weighted average shares, basic and diluted</td><td></td><td>41,206</td><td></td>
<td></td><td>40,338</td><td></td></tr>
</table>
<p>Contact: ir@norvale.example</p>
</body></html>"""


def test_edgar_split_cells_parentheses_and_a_one_digit_figure() -> None:
    good = EDGAR.replace("EPS", "0.39")
    assert table_codes(good, "release.html") == []
    findings = [f for f in num(EDGAR.replace("EPS", "0.49"), "release.html") if f.code == "NUM021"]
    assert len(findings) == 1 and "(0.49" in findings[0].message
    tables = read_tables(parse_source(read_bytes(good.encode(), "r.html", fmt="html")))
    tax = tables[0].find_rows("^Income tax")[0]  # "(9)" is a figure here, not a footnote mark
    assert [c.value if c else None for c in tax.cells] == [-9000, -35000]


TEXT = """Norvale Photonics Reports Fourth Quarter 2024 Results

BOULDER, Colo., Feb. 20, 2025 /PRNewswire/ -- Norvale Photonics, Inc. reported results.

CONSOLIDATED STATEMENTS OF INCOME
(In thousands, except per share amounts)

                                     Three Months Ended    Year Ended
                                       2024       2023      2024       2023
Net sales                            104,318     99,025   412,706    398,240
Cost of sales                         71,940     69,102   286,115    279,630
Gross profit                          32,378     29,923   126,591    118,610
Income tax expense                     7,954      7,346    29,600     27,700
Net income                            24,424     22,577    96,991     90,910

Earnings per share:
  Basic                                 1.77       1.61      7.01       6.48
Weighted average shares outstanding:
  Basic                               13,809     13,994    13,842     14,027

Contact: ir@norvale.example
"""


def test_a_text_statement_split_by_a_blank_line_is_read_as_one() -> None:
    assert table_codes(TEXT, "release.txt") == []
    bad = TEXT.replace("7.01       6.48", "8.01       6.48")
    findings = [f for f in num(bad, "release.txt") if f.code == "NUM021"]
    assert len(findings) == 1 and "8.01" in findings[0].message


def cell_per_paragraph(rows: list[tuple[str, list[str]]], header: list[str]) -> str:
    """A release whose table was written one cell per paragraph (HTML converted to
    Markdown): a label paragraph, then each figure in a paragraph of its own."""
    parts = [
        "# Calder Ridge Outfitters Reports Fiscal 2025 Results",
        "RENO, Nev., Sept. 15, 2025 /PRNewswire/ -- Calder Ridge Outfitters, Inc. (OTCQB: "
        "CRDG) today reported results for its fiscal year ended June 30, 2025.",
        "Statement of Operations",
        *header,
    ]
    for label, figures in rows:
        parts.append(f" {label}")
        for figure in figures:
            parts.extend(["$", figure] if not figure.endswith("%") else [figure])
    parts += ["Contact: ir@calderridge.example"]
    return "\n\n".join(parts) + "\n"


VERTICAL = [
    ("Revenue", ["8,412,550", "7,130,220", "1,282,330", "18.0%"]),
    ("Cost of revenue", ["3,905,118", "3,411,760", "493,358", "14.5%"]),
    ("Gross profit", ["4,507,432", "3,718,460", "788,972", "21.2%"]),
    ("Operating expenses:", []),
    ("Salaries and benefits", ["2,210,400", "1,987,315", "223,085", "11.2%"]),
    ("General and administrative", ["1,104,562", "1,020,118", "84,444", "8.3%"]),
    ("Total operating expenses", ["3,314,962", "3,007,433", "307,529", "10.2%"]),
    ("Income from operations", ["1,192,470", "711,027", "481,443", "67.7%"]),
]
HEADER = ["Year Ended June 30,", "2025", "2024", "$ Change", "% Change"]


def test_a_table_written_a_cell_per_paragraph_is_read_with_its_headers() -> None:
    text = cell_per_paragraph(VERTICAL, HEADER)
    source = read_bytes(text.encode(), "release.md", fmt="md")
    (table,) = read_tables(parse_source(source))
    assert table.columns[0].endswith("Year Ended June 30, 2025")
    assert table.columns[3].endswith("% Change")
    assert [r.label for r in table.rows][:4] == [
        "Revenue",
        "Cost of revenue",
        "Gross profit",
        "Operating expenses:",
    ]
    assert table.rows[0].cells[3] is not None and table.rows[0].cells[3].percent
    assert table_codes(text) == []


def test_a_cell_per_paragraph_subtotal_and_change_that_do_not_add_up() -> None:
    rows = list(VERTICAL)
    rows[2] = ("Gross profit", ["4,507,432", "3,781,460", "788,972", "21.2%"])
    findings = [f for f in num(cell_per_paragraph(rows, HEADER)) if f.code == "NUM020"]
    # the mistyped gross profit breaks both relations it takes part in, in that column
    assert [f.message.split('"')[1] for f in findings] == ["Gross profit", "Income from operations"]
    rows = list(VERTICAL)
    rows[4] = ("Salaries and benefits", ["2,210,400", "1,987,315", "223,085", "12.2%"])
    findings = [f for f in num(cell_per_paragraph(rows, HEADER)) if f.code == "NUM022"]
    assert len(findings) == 1 and "12.2%" in findings[0].message
    assert "11.2%" in findings[0].evidence[0]


def test_a_change_column_needs_rows_that_agree_before_it_judges_one() -> None:
    table = (
        "| | Q3 2025 | Q3 2024 | % Change |\n|---|---|---|---|\n"
        "| Product | 30,120 | 26,900 | 12% |\n| Services | 12,480 | 11,030 | 31% |\n"
    )
    assert table_codes(release(table, "Revenue by line")) == []  # two rows: no consensus
    signed = (
        "| | Q3 2025 | Q3 2024 | Change |\n|---|---|---|---|\n"
        "| Product | 30,120 | 26,900 | 12% |\n| Services | 12,480 | 11,030 | 13% |\n"
        "| Licensing | 5,610 | 5,100 | 10% |\n| Cost of sales | 9,000 | 10,000 | 10% |\n"
        "| Net loss | (1,200) | (900) | (33%) |"
    )
    # a fall written unsigned (favourable) and a change against a loss are not judged
    assert table_codes(release(signed, "Revenue by line")) == []


def test_eps_in_a_change_column_is_not_read_as_a_period() -> None:
    table = (
        "| (in thousands, except per share) | 2025 | 2024 | Increase (Decrease) |\n"
        "|---|---|---|---|\n| Net income | 25,167 | 23,748 | 1,419 |\n"
        "| Total revenue | 204,794 | 166,292 | 38,502 |\n"
        "| Net interest income | 144,368 | 107,098 | 37,270 |\n"
        "| Earnings per share (diluted) | $ 1.42 | $ 1.34 | $ 0.08 |\n"
        "| Weighted average diluted shares | 17,763 | 17,746 | 17 |"
    )
    assert table_codes(release(table)) == []


def test_a_per_share_row_named_after_net_income_is_not_a_subtotal() -> None:
    table = (
        "| | Q3 2025 | Q3 2024 | 9M 2025 |\n|---|---|---|---|\n"
        "| Net income (loss) | (2,989,290) | 1,204,118 | (6,446,705) |\n"
        "| Net income (loss) per share: Basic | $ (0.02) | $ 0.01 | $ (0.05) |"
    )
    assert table_codes(release(table)) == []


MARGINS = """\
| | Q1 2025 | Q4 2024 | Q3 2024 |
|---|---|---|---|
| Net sales | 96,412 | 101,207 | 94,335 |
| Gross profit | 38,108 | 40,988 | 37,168 |
| Gross margin | 39.5% | 40.5% | 39.4% |
| Adjusted EBITDA | 14,806 | 16,012 | 13,940 |
| Adjusted EBITDA margin | 15.4% | 15.8% | 14.8% |"""


def test_a_margin_row_its_profit_line_over_revenue_does_not_give() -> None:
    assert table_codes(release(MARGINS, "Margins (in thousands)")) == []
    bad = MARGINS.replace("| 15.8% |", "| 18.8% |")
    findings = [f for f in num(release(bad, "Margins")) if f.code == "NUM023"]
    assert len(findings) == 1 and "Adjusted EBITDA margin" in findings[0].message
    assert "15.82%" in findings[0].evidence[0]


def test_a_margin_with_two_candidate_profit_lines_or_one_column_is_left_alone() -> None:
    two = MARGINS.replace("| Adjusted EBITDA | 14,806", "| Adjusted EBITDA (as reported) | 1,480")
    two += "\n| Adjusted EBITDA (restated) | 14,806 | 16,012 | 13,940 |"
    assert "NUM023" not in table_codes(release(two.replace("15.8%", "18.8%"), "Margins"))
    single = (
        "| | Q1 2025 |\n|---|---|\n| Net sales | 96,412 |\n| Gross profit | 38,108 |\n"
        "| Gross margin | 45.5% |"
    )
    assert "NUM023" not in table_codes(release(single, "Margins"))


def text_release(table: str) -> str:
    return (
        "Halden Valve Reports Third Quarter 2025 Results\n\n"
        "TULSA, Okla., Nov. 4, 2025 /PRNewswire/ -- Halden Valve Corp. reported results.\n\n"
        f"SEGMENT RESULTS\n(In thousands)\n\n{table}\n\nContact: ir@halden.example\n"
    )


# Group headers of unequal width (four columns, then two), centred over their columns
# with a rule line under them, and "(In thousands)" in the label column of a header line.
GROUPED = """\
                                      Three Months Ended              Nine Months Ended
                                 ----------------------------------   --------------------
(In thousands)                     2025      2024   $ Change  % Change       2025      2024
Pumps                            48,210    41,377      6,833     16.5%    140,118   128,040
Valves                           31,005    29,880      1,125      3.8%     92,410    90,115
Controls                         12,440    12,960       (520)     (4.0)%   37,720    38,305
Total net sales                  91,655    84,217      7,438      8.8%    270,248   256,460"""


def test_grouped_headers_of_a_text_table_name_the_columns_they_stand_over() -> None:
    source = read_bytes(text_release(GROUPED).encode(), "release.txt", fmt="txt")
    (table,) = read_tables(parse_source(source))
    assert table.columns == [
        "Three Months Ended 2025",
        "Three Months Ended 2024",
        "Three Months Ended $ Change",
        "Three Months Ended % Change",
        "Nine Months Ended 2025",
        "Nine Months Ended 2024",
    ]
    assert table_codes(text_release(GROUPED), "release.txt") == []


def test_a_wrong_percent_change_under_grouped_text_headers_is_found() -> None:
    bad = GROUPED.replace("3.8%", "4.8%")
    findings = [f for f in num(text_release(bad), "release.txt") if f.code == "NUM022"]
    assert len(findings) == 1 and "4.8%" in findings[0].message
    assert "Three Months Ended % Change" in findings[0].message


def test_headers_wrapped_over_lines_are_joined_per_column() -> None:
    table = """\
                              Three Months    Three Months     Year          Year
                                 Ended           Ended         Ended         Ended
                              Dec. 31, 2024   Dec. 31, 2023  Dec. 31, 2024  Dec. 31, 2023
Net sales                        104,318         99,025        412,706       398,240
Cost of sales                     71,940         69,102        286,115       279,630
Gross profit                      32,378         29,923        126,591       118,610"""
    source = read_bytes(text_release(table).encode(), "release.txt", fmt="txt")
    (read,) = read_tables(parse_source(source))
    assert read.columns[0] == "Three Months Ended Dec. 31, 2024"
    assert read.columns[3] == "Year Ended Dec. 31, 2023"


def test_a_header_over_some_columns_only_names_no_far_column() -> None:
    # "Year Ended" stands over the last two columns only; the first two have no group
    table = """\
                                                         Year Ended
                                   2024       2023      2024       2023
Net sales                        104,318     99,025   412,706    398,240
Cost of sales                     71,940     69,102   286,115    279,630
Gross profit                      32,378     29,923   126,591    118,610"""
    source = read_bytes(text_release(table).encode(), "release.txt", fmt="txt")
    (read,) = read_tables(parse_source(source))
    assert read.columns == ["2024", "2023", "Year Ended 2024", "Year Ended 2023"]


def test_cell_per_paragraph_figures_are_claim_operands() -> None:
    source = read_bytes(cell_per_paragraph(VERTICAL, HEADER).encode(), "release.md", fmt="md")
    claims = claims_of(Facts(parse_source(source)))
    changes = [c for c in claims if c.relation == "change"]
    texts = {tuple(q.text.strip() for q in c.operands) for c in changes}
    assert ("18.0%", "8,412,550", "7,130,220") in texts
    assert all(len(c.operands) == 3 for c in changes)


OLD_FIRST = """\
| (in thousands) | Q3 2024 | Q3 2025 | $ Change |
|---|---|---|---|
| Product | 26,900 | 30,120 | 3,220 |
| Services | 11,030 | 12,480 | 1,450 |
| Licensing | 5,100 | 5,610 | 510 |
| Support | 7,000 | 6,400 | (600) |
| Hardware | 9,000 | 9,750 | 850 |"""


def test_a_dollar_change_is_worked_the_way_its_signs_and_years_run() -> None:
    # the prior period comes first; Hardware's change should be 750
    findings = [f for f in num(release(OLD_FIRST)) if f.code == "NUM022"]
    assert len(findings) == 1
    assert "9,750 - 9,000 = 750" in findings[0].message
    assert '"Q3 2025" against "Q3 2024"' in findings[0].evidence[2]


def test_signs_decide_the_direction_when_headers_name_no_year() -> None:
    table = OLD_FIRST.replace("Q3 2024", "Prior").replace("Q3 2025", "Current")
    findings = [f for f in num(release(table)) if f.code == "NUM022"]
    assert len(findings) == 1 and "9,750 - 9,000 = 750" in findings[0].message


CENTS = """\
| | Q4 2025 | Q4 2024 | FY 2025 | FY 2024 |
|---|---|---|---|---|
| Revenue | $ 1,204,118 | $ 998,430 | $ 4,512,906 | $ 3,877,215 |
| Net loss | $ (129,538) | $ (1,011,387) | $ (572,695) | $ (1,904,132) |
| Basic and diluted net loss per share | $ (0.01) | $ (0.05) | $ (0.03) | $ (0.09) |
| Weighted shares, basic and diluted | 21,402,118 | 20,877,304 | 21,356,940 | 20,815,227 |"""


def eps_codes(text: str) -> list[str]:
    return [f.message for f in num(text) if f.code == "NUM021"]


def eps_messages(table: str) -> list[str]:
    text = release(table, caption="Statements of Operations")
    return [f.message for f in num(text) if f.code == "NUM021"]


def test_a_cent_sized_eps_a_full_cent_beyond_its_rounding_is_found() -> None:
    assert eps_messages(CENTS) == []
    (message,) = eps_messages(CENTS.replace("$ (0.09)", "$ (0.11)"))
    assert "(0.11)" in message and "0.0915" in message


def test_a_cent_sized_eps_within_a_cent_of_its_rounding_is_left_alone() -> None:
    # 1,904,132 / 20,815,227 = 0.0915: $0.10 is half a cent beyond its rounding
    assert eps_messages(CENTS.replace("$ (0.09)", "$ (0.10)")) == []
    # a form that holds in one column only is no evidence for figures of a few cents
    two = "\n".join(line.rsplit("|", 3)[0] + "|" for line in CENTS.splitlines())
    assert eps_messages(two.replace("$ (0.05)", "$ (0.09)")) == []


def test_a_pipe_table_in_a_text_release_keeps_its_headers_by_count() -> None:
    # cells written without padding do not line up: headers go by count, not position
    table = (
        "| (in thousands) | Q3 2025 | Q3 2024 | % Change |\n|---|---|---|---|\n"
        "| Product | 30,120 | 26,900 | 12% |\n| Services | 12,480 | 11,030 | 13% |\n"
        "| Licensing | 5,610 | 5,100 | 10% |\n| Support | 8,400 | 7,000 | 20% |"
    )
    source = read_bytes(text_release(table).encode(), "release.txt", fmt="txt")
    (read,) = read_tables(parse_source(source))
    assert read.columns == ["Q3 2025", "Q3 2024", "% Change"]


def test_rule_lines_of_a_text_statement_are_neither_rows_nor_breaks() -> None:
    table = """\
                                  Three Months Ended
                               ------------------------
                                  2025          2024
                               ----------    ----------
Revenues                       $ 2,418,330   $ 1,902,115
Cost of revenues                 1,287,410     1,044,208
                               ----------    ----------
Gross profit                     1,130,920       857,907
Operating expenses               1,217,018     1,090,345
                               ----------    ----------
Operating loss                     (86,098)     (232,438)
                               ==========    ==========
Other income                        12,004        10,116"""
    source = read_bytes(text_release(table).encode(), "release.txt", fmt="txt")
    (read,) = read_tables(parse_source(source))
    assert read.columns == ["Three Months Ended 2025", "Three Months Ended 2024"]
    assert [r.label for r in read.rows] == [
        "Revenues",
        "Cost of revenues",
        "Gross profit",
        "Operating expenses",
        "Operating loss",
        "Other income",
    ]


# A statement in millions whose share counts are in thousands, with share rows named before
# "per share" ("Shares used to compute basic net income per share").
MIXED_UNITS = """\
| | Three Months Ended March 31, 2025 | Three Months Ended March 31, 2024 |
|---|---|---|
| Net sales | $ 31,207 | $ 28,944 |
| Net income | $ 4,118 | $ 3,602 |
| Basic net income per share | $ 2.87 | $ 2.49 |
| Shares used to compute basic net income per share | 1,434,870 | 1,446,215 |
| Diluted net income per share | $ 2.84 | $ 2.47 |
| Shares used to compute diluted net income per share | 1,450,102 | 1,458,330 |"""
MIXED_CAPTION = (
    "Condensed Statements of Operations (in millions, except share amounts which are "
    "reflected in thousands and per share amounts)"
)


def test_eps_in_millions_with_shares_in_thousands_is_read_per_column() -> None:
    text = release(MIXED_UNITS, caption=MIXED_CAPTION)
    assert eps_codes(text) == []
    source = read_bytes(text.encode(), "release.md", fmt="md")
    eps = [c for c in claims_of(Facts(parse_source(source))) if c.relation == "eps"]
    assert {c.operands[2].text.strip() for c in eps} == {
        "1,434,870", "1,446,215", "1,450,102", "1,458,330",
    }  # fmt: skip
    (message,) = eps_codes(release(MIXED_UNITS.replace("$ 2.84", "$ 3.84"), MIXED_CAPTION))
    assert "3.84" in message and "2.8398" in message


def test_a_per_share_row_no_numerator_explains_is_left_alone() -> None:
    # a dividend per share is no earnings per share: no net income and unit give it
    table = MIXED_UNITS + "\n| Cash dividends declared per share | $ 0.25 | $ 0.24 |"
    assert eps_codes(release(table, MIXED_CAPTION)) == []
    kindless = KINDLESS + "\n| Dividends declared per common share | $ 0.10 | $ 0.10 |"
    caption = "Statements of Operations (amounts in thousands, except share information)"
    assert eps_codes(release(kindless, caption)) == []


# One per-share row and one share row, neither naming basic or diluted.
KINDLESS = """\
| | Q1 2025 | Q1 2024 |
|---|---|---|
| Revenue | $ 1,637 | $ 1,205 |
| Net loss | $ (5,358) | $ (5,850) |
| Net loss per common share | $ (0.45) | $ (2.47) |
| Weighted average shares outstanding | 11,954,797 | 2,367,050 |"""


def test_a_per_share_row_naming_no_kind_pairs_with_the_one_share_row() -> None:
    caption = "Statements of Operations (amounts in thousands, except share information)"
    assert eps_codes(release(KINDLESS, caption)) == []
    (message,) = eps_codes(release(KINDLESS.replace("(2.47)", "(3.47)"), caption))
    assert "(3.47)" in message and "2.4714" in message


def test_two_share_rows_leave_a_per_share_row_of_no_kind_alone() -> None:
    table = KINDLESS + "\n| Weighted average class B shares | 1,000,000 | 1,000,000 |"
    caption = "Statements of Operations (amounts in thousands, except share information)"
    assert eps_codes(release(table.replace("(2.47)", "(3.47)"), caption)) == []


def test_a_flattened_statement_takes_its_scale_from_the_title_above() -> None:
    flat = (
        "Three Months Ended March 31, 2025 2024Revenue from contracts $ 1,637 $ 1,205 "
        "Research and development 5,355 4,426 General and administrative 1,687 1,457 "
        "Loss from operations (5,405) (4,678)Net loss $ (5,358) $ (4,645)"
        "Net loss per common share$ (0.45) $ (1.96)"
        "Weighted average shares outstanding 11,954,797 2,367,050 "
        "Total assets 10,833,118 8,156,440 Total liabilities 2,935,201 3,107,332"
    )
    text = release(flat, caption="Statements of Operations (amounts in thousands)")
    source = read_bytes(text.encode(), "release.md", fmt="md")
    tables = read_tables(parse_source(source))
    assert [t.scale for t in tables] == [1000]


RECONCILIATION = """\
| | Q1 2025 | Q1 2024 | Q4 2024 |
|---|---|---|---|
| GAAP net income | $ 1,247 | $ 1,266 | $ 1,176 |
| Stock-based compensation | 417 | 312 | 392 |
| Income tax adjustments | 82 | 24 | 107 |
| Non-GAAP net income | $ 1,746 | $ 1,602 | $ 1,675 |
| GAAP diluted net income per share | $ 2.71 | $ 2.66 | $ 2.53 |
| Non-GAAP diluted net income per share | $ 3.80 | $ 3.37 | $ 3.60 |
| Shares used in computing diluted net income per share | 460 | 475 | 466 |"""


def test_non_gaap_eps_is_worked_from_the_non_gaap_net_income_row() -> None:
    caption = "Reconciliation of GAAP to Non-GAAP Results (in millions, except per share data)"
    assert eps_codes(release(RECONCILIATION, caption)) == []
    source = read_bytes(release(RECONCILIATION, caption).encode(), "release.md", fmt="md")
    eps = {
        tuple(q.text.strip() for q in c.operands)
        for c in claims_of(Facts(parse_source(source)))
        if c.relation == "eps"
    }
    assert ("$ 3.80", "$ 1,746", "460") in eps and ("$ 2.71", "$ 1,247", "460") in eps
    (message,) = eps_codes(release(RECONCILIATION.replace("$ 3.37", "$ 4.37"), caption))
    assert "Non-GAAP net income" in message and "3.3726" in message


def test_a_non_gaap_eps_row_is_not_worked_from_the_gaap_net_income_row() -> None:
    caption = "Reconciliation of GAAP to Non-GAAP Results (in millions, except per share data)"
    table = "\n".join(
        line for line in RECONCILIATION.splitlines() if not line.startswith("| Non-GAAP net")
    )
    assert eps_codes(release(table.replace("$ 3.37", "$ 4.37"), caption)) == []


NON_GAAP = """\
| | Q1 2025 | Q1 2024 | Q4 2024 |
|---|---|---|---|
| Operating income: | | | |
| GAAP operating income | $ 1,586 | $ 1,580 | $ 1,505 |
| Stock-based compensation | 417 | 312 | 392 |
| Amortization of intangibles | 95 | 101 | 100 |
| Acquisition-related expenses | 33 | — | 26 |
| Non-GAAP operating income | $ 2,131 | $ 1,993 | $ 2,023 |"""


def test_a_non_gaap_total_is_the_gaap_figure_plus_its_adjustments() -> None:
    caption = "Reconciliation of GAAP to Non-GAAP Results (in millions)"
    assert table_codes(release(NON_GAAP, caption)) == []
    bad = NON_GAAP.replace("$ 1,993", "$ 2,093")
    findings = [f for f in num(release(bad, caption)) if f.code == "NUM020"]
    assert len(findings) == 1 and "Non-GAAP operating income" in findings[0].message
    # an adjusted row no run of the rows above gives in any column is left alone
    other = NON_GAAP.replace("| Non-GAAP operating income", "| Adjusted operating income")
    other = other.replace("$ 2,131 | $ 1,993 | $ 2,023", "$ 2,480 | $ 2,212 | $ 2,390")
    assert table_codes(release(other, caption)) == []
