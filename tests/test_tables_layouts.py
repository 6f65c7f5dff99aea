"""Table layouts the reader had not met (session 9, issue 10), each read into rows of figures
so that a wrong subtotal is caught (NUM017/NUM020) and a near miss is not: EDGAR text
statements with title lines, headings without a colon, wide figures two spaces apart,
labels wrapped over two lines and tab-separated columns; tables written a cell per
paragraph whose sections carry different numbers of figures; nil lines at a section's top;
a label wrapped mid-phrase in a pipe table. Every company and figure is invented."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

import pytest

from disclint.api import Finding
from disclint.engine import Engine, RunOptions
from disclint.parse import parse_source
from disclint.readers import read_bytes
from disclint.tables import Table, read_tables

_ENGINE = Engine(RunOptions(select=["NUM"], entry_points=False, isolated=True))
_FORMATS = {".md": "md", ".html": "html", ".txt": "txt"}
_TABLE_CODES = {"NUM017", "NUM020", "NUM021", "NUM022", "NUM023"}


def findings(text: str, name: str) -> list[Finding]:
    source = read_bytes(text.encode("utf-8"), name, fmt=_FORMATS[Path(name).suffix])
    found = _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings
    return [f for f in found if f.code in _TABLE_CODES]


def tables(text: str, name: str) -> list[Table]:
    source = read_bytes(text.encode("utf-8"), name, fmt=_FORMATS[Path(name).suffix])
    return read_tables(parse_source(source))


LEAD = (
    "Corvane Tools Reports Second Quarter Results\n\n"
    "AUSTIN, Texas, Aug. 4, 2025 -- Corvane Tools, Inc. (NASDAQ: CVNT) today reported "
    "results\nfor its second quarter ended June 30, 2025.\n\n"
)
TAIL = (
    "\nAbout Corvane Tools\n\nCorvane Tools, Inc. makes hand tools.\n\n"
    "Contact: ir@corvane.example\n"
)

# A balance sheet whose wide figures stand two spaces apart, under title lines and
# headings written without a colon.
BALANCE = """\
CORVANE TOOLS, INC.
CONDENSED CONSOLIDATED BALANCE SHEETS
(In thousands)

                                                June 30,  December 31,
                                                  2025        2024
ASSETS
Current assets:
  Cash and cash equivalents                   $1,048,210  $1,141,377
  Accounts receivable, net                     2,120,115   1,918,002
  Inventories                                  3,128,095   3,023,375
    Total current assets                       6,296,420   6,082,754
Property and equipment, net                    1,412,300   1,312,950
Goodwill                                         406,120     405,470
    Total assets                              $8,114,840  $7,801,174
"""


def test_figures_two_spaces_apart_and_headings_without_colons_are_read() -> None:
    text = LEAD + BALANCE + TAIL
    (table,) = tables(text, "release.txt")
    assert table.columns == ["June 30, 2025", "December 31, 2024"]
    labels = [r.label for r in table.rows]
    assert labels[:3] == ["ASSETS", "Current assets:", "Cash and cash equivalents"]
    cash = table.rows[2]
    assert [c.value for c in cash.cells if c] == [1_048_210_000, 1_141_377_000]
    assert findings(text, "release.txt") == []


def test_a_wrong_total_two_spaces_apart_is_caught() -> None:
    bad = LEAD + BALANCE.replace("6,296,420   6,082,754", "6,269,420   6,082,754") + TAIL
    found = findings(bad, "release.txt")
    # the mistyped subtotal, and the total that adds it
    assert [f.message.split('"')[1] for f in found] == ["Total current assets", "Total assets"]
    assert "6,269,420" in found[0].message


def test_a_cell_of_a_figure_and_a_footnote_letter_is_not_split() -> None:
    near = LEAD + BALANCE.replace("406,120     405,470", "406,120 (a)  405,470") + TAIL
    (table,) = tables(near, "release.txt")
    goodwill = next(r for r in table.rows if r.label == "Goodwill")
    assert goodwill.empty or goodwill.unread  # words among the figures: not read as two
    assert findings(near, "release.txt") == []


# A statement whose label is wrapped onto the figures' line, and whose headers and rule
# lines stand above the rows.
WRAPPED = """\
                 CONSOLIDATED STATEMENTS OF OPERATIONS
                (In thousands, except per share data)

                                                Three Months Ended June 30,
                                                   2025            2024
                                               ------------    ------------
Net sales                                      $     48,210    $     41,377
Cost of sales                                        20,115          18,002
                                               ------------    ------------
Gross profit                                         28,095          23,375
Selling, general and administrative
  expenses                                           14,300          12,950
Research and development                              6,120           5,470
                                               ------------    ------------
Operating income                                      7,675           4,955
Interest expense                                       (812)           (940)
                                               ------------    ------------
Income before income taxes                            6,863           4,015
Provision for income taxes                            1,510             883
                                               ------------    ------------
Net income                                     $      5,353    $      3,132
                                               ============    ============
"""


def test_a_label_wrapped_over_two_lines_is_one_row() -> None:
    text = LEAD + WRAPPED + TAIL
    (table,) = tables(text, "release.txt")
    labels = [r.label for r in table.rows]
    assert "Selling, general and administrative expenses" in labels
    assert labels.index("Net sales") < labels.index("Gross profit")  # the rows above stay
    assert findings(text, "release.txt") == []


def test_an_operating_income_under_a_wrapped_label_is_checked() -> None:
    bad = LEAD + WRAPPED.replace("7,675           4,955", "7,675           5,955") + TAIL
    found = findings(bad, "release.txt")
    # the mistyped subtotal, and the next one, which it stands in
    labels = [f.message.split('"')[1] for f in found]
    assert labels == ["Operating income", "Income before income taxes"]
    assert "5,955" in found[0].message


def test_a_heading_over_capitalised_items_is_not_joined_to_them() -> None:
    text = (
        LEAD
        + """\
                                                   2025            2024
Net sales                                      $     48,210    $     41,377
Operating expenses
Selling and marketing                                14,300          12,950
Research and development                              6,120           5,470
Total operating expenses                             20,420          18,420
"""
        + TAIL
    )
    (table,) = tables(text, "release.txt")
    labels = [r.label for r in table.rows]
    assert "Operating expenses" in labels and "Selling and marketing" in labels
    assert findings(text, "release.txt") == []


TABS = (
    "CONSOLIDATED STATEMENTS OF OPERATIONS\n(In thousands)\n"
    "\t2025\t2024\n"
    "Net sales\t$ 48,210\t$ 41,377\n"
    "Cost of sales\t20,115\t18,002\n"
    "Gross profit\t28,095\t23,375\n"
    "Operating expenses\t20,420\t18,420\n"
    "Operating income\t7,675\t4,955\n"
)


def test_a_tab_separated_statement_under_its_title_keeps_its_year_columns() -> None:
    text = LEAD + TABS + TAIL
    (table,) = tables(text, "release.txt")
    assert table.columns == ["2025", "2024"]
    assert table.scale == 1000
    assert findings(text, "release.txt") == []
    bad = LEAD + TABS.replace("28,095\t23,375", "28,095\t23,735") + TAIL
    found = findings(bad, "release.txt")
    assert found and "23,735" in found[0].message


def cell_per_paragraph(sections: list[list[tuple[str, list[str]]]]) -> str:
    """A release whose tables were written one cell per paragraph."""
    parts = [
        "# Harlow Savings Bancorp Reports Third Quarter Results",
        "MORRISTOWN, N.J., Oct. 21, 2025 /PRNewswire/ -- Harlow Savings Bancorp (NASDAQ: HSBX) "
        "today reported results for the third quarter of 2025.",
        "Average Balance Sheet (Dollars in thousands)",
    ]
    for section in sections:
        for label, figures in section:
            parts.append(f" {label}")
            parts.extend(figures)
    parts.append("Contact: ir@harlow.example")
    return "\n\n".join(parts) + "\n"


_COLUMNS = ("Average Balance", "Interest", "Yield")
BALANCES = [
    ("Cash and due from banks", ["12,410", "11,020"]),
    ("Premises and equipment", ["30,115", "28,902"]),
    ("Other assets", ["44,300", "41,876"]),
    ("Total noninterest-earning assets", ["86,825", "81,798"]),
]
YIELDS = [
    *((f"{year} {name}", []) for year in ("Q3 2025", "Q3 2024") for name in _COLUMNS),
    ("Checking", ["1,204,330", "9,120", "3.03", "1,150,002", "9,880", "3.44"]),
    ("Money markets", ["804,112", "6,215", "3.09", "790,440", "6,904", "3.49"]),
    ("Savings", ["96,708", "120", "0.50", "98,001", "131", "0.53"]),
    (
        "Total interest-bearing deposits",
        ["2,105,150", "15,455", "2.94", "2,038,443", "16,915", "3.32"],
    ),
    ("Subordinated debt", ["74,900", "880", "4.70", "74,800", "880", "4.71"]),
    (
        "Total interest-bearing liabilities",
        ["2,180,050", "16,335", "3.00", "2,113,243", "17,795", "3.37"],
    ),
]


def test_a_section_of_six_figures_after_one_of_two_is_a_table_of_its_own() -> None:
    text = cell_per_paragraph([BALANCES, YIELDS])
    read = tables(text, "release.md")
    widths = sorted(len(t.columns) for t in read)
    assert widths == [2, 6]
    wide = next(t for t in read if len(t.columns) == 6)
    assert [r.label for r in wide.rows][:2] == ["Checking", "Money markets"]
    assert findings(text, "release.md") == []


def test_a_wrong_total_in_the_six_figure_section_is_caught() -> None:
    rows = list(YIELDS)
    rows[9] = (rows[9][0], ["2,105,150", "15,545", "2.94", "2,038,443", "16,915", "3.32"])
    found = findings(cell_per_paragraph([BALANCES, rows]), "release.md")
    assert found and "15,545" in found[0].message


def test_a_row_glued_to_its_unlabelled_total_is_still_two_rows() -> None:
    # one row of four figures among rows of two: a row and the subtotal after it, glued
    rows = [
        ("Revenue", ["50,000", "40,000"]),
        ("Cost of revenue", ["20,000", "18,000"]),
        ("Gross profit", ["30,000", "22,000"]),
        ("Other income, net", ["1,000", "500", "31,000", "22,500"]),
        ("Income tax", ["6,000", "4,000"]),
        ("Net income", ["25,000", "18,500"]),
    ]
    (table,) = tables(cell_per_paragraph([rows]), "release.md")
    assert len(table.columns) == 2
    assert [r.label for r in table.rows][3:5] == ["Other income, net", ""]


EQUITY = """\
| (in thousands) | September 30, 2025 | December 31, 2024 |
|---|---|---|
| Accounts payable | 1,879 | 105 |
| Accrued expenses | 280 | 218 |
| Total liabilities | 2,159 | 323 |
| Commitments and contingencies | | |
| Stockholders' equity | | |
| Preferred stock | — | — |
| Common stock | 15 | 14 |
| Additional paid-in capital | 10,738 | 10,784 |
| Accumulated deficit | (1,123) | (1,231) |
| Total stockholders' equity | 9,630 | 9,567 |
| Total liabilities and stockholders' equity | 11,789 | 9,890 |"""


def release_md(table: str) -> str:
    return (
        "# Tessaly Grove Reports Third Quarter 2025 Results\n\n"
        "DENVER, Colo., Nov. 4, 2025 /PRNewswire/ -- Tessaly Grove, Inc. (OTCQB: TSGV) "
        "today reported results.\n\n**Condensed Balance Sheets**\n\n"
        f"{table}\n\nContact: ir@tessaly.example\n"
    )


def test_a_nil_line_at_the_top_of_a_section_belongs_to_its_total() -> None:
    assert findings(release_md(EQUITY), "release.md") == []
    bad = EQUITY.replace("| 11,789 | 9,890 |", "| 11,789 | 9,980 |")
    found = findings(release_md(bad), "release.md")
    assert found and "9,980" in found[0].message


def test_a_nil_line_between_two_sections_is_not_a_section_of_its_own() -> None:
    # near miss: the nil line sits at the top of the equity lines, and the total of all
    # liabilities and equity still adds the two sections' totals
    near = EQUITY.replace("| Preferred stock | — | — |", "| Preferred stock | — | 0 |")
    assert findings(release_md(near), "release.md") == []


WRAPPED_CAPS = """\
| (in thousands) | September 30, 2025 | December 31, 2024 |
|---|---|---|
| Deposits | 6,562 | 6,363 |
| Other liabilities | 235 | 207 |
| TOTAL LIABILITIES | 6,797 | 6,570 |
| Shareholders' equity | 642 | 629 |
| TOTAL LIABILITIES AND | | |
| SHAREHOLDERS' EQUITY | 7,439 | 7,199 |
| TOTAL ASSETS PER SHARE | 74.39 | 71.99 |"""


def test_a_label_broken_off_mid_phrase_is_joined_to_the_next_row() -> None:
    (table,) = tables(release_md(WRAPPED_CAPS), "release.md")
    assert "TOTAL LIABILITIES AND SHAREHOLDERS' EQUITY" in [r.label for r in table.rows]
    assert findings(release_md(WRAPPED_CAPS), "release.md") == []
    bad = WRAPPED_CAPS.replace("| 7,439 | 7,199 |", "| 7,439 | 7,299 |")
    found = findings(release_md(bad), "release.md")
    assert found and "7,299" in found[0].message


# A text statement whose sections stand between blank lines, some of them one row long.
SECTIONS = """\
                          CORVANE TOOLS, INC.
                 CONSOLIDATED STATEMENTS OF OPERATIONS
                (In thousands, except per share data)

                                              Year Ended June 30,
                                            2025              2024
Revenues:
  Product                               $ 31,000          $ 27,500
  Service                                 17,210            13,877
                                        --------          --------
    Total revenues                        48,210            41,377

Costs and expenses:
  Cost of product                         14,115            12,002
  Cost of service                          6,000             6,000
  Selling, general and administrative     14,300            12,950
                                        --------          --------
    Total costs and expenses              34,415            30,952

Operating income                          13,795            10,425

Interest expense                            (812)             (940)

Income before income taxes                12,983             9,485
Provision for income taxes                 2,856             2,087
                                        --------          --------
Net income                              $ 10,127          $  7,398
                                        ========          ========
"""


def test_one_row_sections_between_blank_lines_continue_the_statement() -> None:
    text = LEAD + SECTIONS + TAIL
    (table,) = tables(text, "release.txt")
    labels = [r.label for r in table.rows]
    assert "Operating income" in labels and "Interest expense" in labels
    assert table.scale == 1000
    assert findings(text, "release.txt") == []
    bad = LEAD + SECTIONS.replace("13,795            10,425", "13,795            10,245") + TAIL
    found = findings(bad, "release.txt")
    assert found and found[0].message.startswith('"Operating income" is 10,245')


def test_a_sentence_line_with_two_figures_is_no_table_row() -> None:
    text = LEAD + "Revenue grew to   $48.2 million   from $41.4 million.\n" + TAIL
    assert tables(text, "release.txt") == []


def edgar_html(rows: str, unit: str = "(In thousands)") -> str:
    return (
        "<html><body><p>Corvane Tools Reports Second Quarter Results</p>"
        "<p>AUSTIN, Texas, Aug. 4, 2025 -- Corvane Tools, Inc. (NASDAQ: CVNT) today "
        "reported results for its second quarter.</p>"
        f"<p><b>CONSOLIDATED STATEMENTS OF OPERATIONS<br>{unit}</b></p><table>"
        "<tr><td></td><td colspan='3'>Three Months Ended June 30,</td></tr>"
        "<tr><td></td><td></td><td>2025</td><td></td><td></td><td>2024</td><td></td></tr>"
        f"{rows}</table><p>Contact: ir@corvane.example</p></body></html>"
    )


def html_row(label: str, *cells: tuple[str, str, str]) -> str:
    return (
        f"<tr><td>{label}</td>"
        + "".join(f"<td>{a}</td><td>{b}</td><td>{c}</td>" for a, b, c in cells)
        + "</tr>"
    )


SIGNS = "".join(
    [
        html_row("Operating income", ("$", "7,675", ""), ("$", "4,955", "")),
        html_row("Other expense, net", ("$ (", "812", ")"), ("(", "940", ")")),
        html_row("Income before income taxes", ("", "6,863", ""), ("", "4,015", "")),
        html_row("Operating margin", ("", "15.9", "%"), ("", "12.0", "%")),
    ]
)


def test_a_sign_and_a_percent_in_cells_of_their_own_stay_with_their_figures() -> None:
    (table,) = tables(edgar_html(SIGNS), "release.html")
    other = next(r for r in table.rows if r.label == "Other expense, net")
    assert [c.value for c in other.cells if c] == [-812_000, -940_000]
    margin = next(r for r in table.rows if r.label == "Operating margin")
    assert all(c is not None and c.percent for c in margin.cells)
    assert findings(edgar_html(SIGNS), "release.html") == []
    bad = SIGNS.replace("6,863", "6,963")
    found = findings(edgar_html(bad), "release.html")
    assert found and "6,963" in found[0].message


def test_units_written_as_omitted_zeros_or_thousands_of_dollars() -> None:
    for unit in ("(000's omitted)", "(Thousands of dollars)", "(in $000s)"):
        (table,) = tables(edgar_html(SIGNS, unit), "release.html")
        assert table.scale == 1000, unit
    (table,) = tables(edgar_html(SIGNS, "(Millions of U.S. dollars)"), "release.html")
    assert table.scale == 1_000_000
    # near miss: a count of dollars is no unit
    (table,) = tables(edgar_html(SIGNS, "(Unaudited; dollars)"), "release.html")
    assert table.scale == 1


# An old EDGAR text filing: the statement inside SGML table markup, right under its title
# lines, and a long label whose first figure stands only two spaces after it.
TAGGED = """\
                          CORVANE TOOLS, INC.
                 CONSOLIDATED STATEMENTS OF OPERATIONS
                (In thousands, except per share data)
<TABLE>
<CAPTION>
                                                   Year Ended June 30,
                                                  2025            2024
                                               ----------      ----------
<S>                                            <C>             <C>
Net sales                                      $   48,210      $   41,377
Cost of sales                                      20,115          18,002
                                               ----------      ----------
Gross profit                                       28,095          23,375
Selling, general and administrative expenses  14,300          12,950
Research and development                            6,120           5,470
                                               ----------      ----------
Operating income                                    7,675           4,955
                                               ==========      ==========
</TABLE>
"""


def test_a_statement_in_sgml_table_markup_under_its_title_is_read() -> None:
    text = LEAD + TAGGED + TAIL
    (table,) = tables(text, "release.txt")
    assert table.scale == 1000
    labels = [r.label for r in table.rows if not r.empty]
    assert labels[0] == "Net sales"
    assert "Selling, general and administrative expenses" in labels
    assert not any("<" in r.label for r in table.rows)
    assert findings(text, "release.txt") == []
    bad = LEAD + TAGGED.replace("7,675           4,955", "7,675           4,595") + TAIL
    found = findings(bad, "release.txt")
    assert found and found[0].message.startswith('"Operating income" is 4,595')


def test_a_label_with_digits_two_spaces_before_words_keeps_them() -> None:
    # near miss: "Series  2  notes" is a label with a number in it, not a label and figures
    text = LEAD + TAGGED.replace("Research and development  ", "Series  2  notes          ") + TAIL
    (table,) = tables(text, "release.txt")
    row = next(r for r in table.rows if r.label.startswith("Series"))
    assert row.label == "Series  2  notes"
    assert [c.text.strip() for c in row.cells if c] == ["6,120", "5,470"]
    assert findings(text, "release.txt") == []


# A text statement with cells left blank (a charge in two of four periods) and per-share
# figures written without a leading zero.
BLANKS = """\
                 CONSOLIDATED STATEMENTS OF OPERATIONS
                (In thousands, except per share data)

                                         Three Months Ended        Six Months Ended
                                              June 30,                 June 30,
                                          2025        2024        2025        2024
                                        --------    --------    --------    --------
Net sales                               $ 48,210    $ 41,377    $ 95,020    $ 80,114
Cost of sales                             20,115      18,002      39,880      35,210
                                        --------    --------    --------    --------
Gross profit                              28,095      23,375      55,140      44,904
Operating expenses                        20,420      18,420      40,110      36,700
Restructuring charge                                     600                     900
                                        --------    --------    --------    --------
Operating income                           7,675       4,355      15,030       7,304
                                        ========    ========    ========    ========
Net income per share                    $    .21    $    .12    $    .52    $   (.05)
"""


def test_blank_cells_of_a_text_statement_are_placed_by_column() -> None:
    text = LEAD + BLANKS + TAIL
    (table,) = tables(text, "release.txt")
    charge = next(r for r in table.rows if r.label == "Restructuring charge")
    assert not charge.unread
    assert [c.value if c else None for c in charge.cells] == [None, 600_000, None, 900_000]
    eps = next(r for r in table.rows if r.label == "Net income per share")
    assert [c.value / table.scale for c in eps.cells if c] == [
        Decimal("0.21"),
        Decimal("0.12"),
        Decimal("0.52"),
        Decimal("-0.05"),
    ]
    assert findings(text, "release.txt") == []


def test_a_subtotal_under_a_row_with_blanks_is_checked() -> None:
    bad = LEAD + BLANKS.replace("4,355      15,030", "4,535      15,030") + TAIL
    found = findings(bad, "release.txt")
    assert found and found[0].message.startswith('"Operating income" is 4,535')


def test_a_figure_between_two_columns_leaves_the_row_unread() -> None:
    # near miss: a figure set under no column (its right edge in the gap between the
    # first two) is not guessed into one
    sales = next(line for line in BLANKS.splitlines() if line.startswith("Net sales"))
    edge = sales.index("48,210") + len("48,210") + 2
    line = "Restructuring charge".ljust(edge - 3) + "600"
    text = LEAD + BLANKS.replace(
        "Restructuring charge                                     600                     900",
        line,
    )
    (table,) = tables(text + TAIL, "release.txt")
    charge = next(r for r in table.rows if r.label == "Restructuring charge")
    assert charge.unread


def blank_html(charge: str, operating_2025: str = "7,675") -> str:
    rows = "".join(
        [
            html_row("Net sales", ("$", "48,210", ""), ("$", "41,377", "")),
            html_row("Cost of sales", ("", "20,115", ""), ("", "18,002", "")),
            html_row("Gross profit", ("", "28,095", ""), ("", "23,375", "")),
            html_row("Operating expenses", ("", "20,420", ""), ("", "18,420", "")),
            charge,
            html_row("Operating income", ("", operating_2025, ""), ("", "4,355", "")),
        ]
    )
    return edgar_html(rows)


def test_a_blank_cell_of_an_edgar_html_row_is_placed_by_its_cell() -> None:
    charge = html_row("Restructuring charge", ("", "", ""), ("", "600", ""))
    (table,) = tables(blank_html(charge), "release.html")
    row = next(r for r in table.rows if r.label == "Restructuring charge")
    assert [c.value if c else None for c in row.cells] == [None, 600_000]
    assert findings(blank_html(charge), "release.html") == []
    # the column with the blank line is checked against the one where every line has a
    # figure (the other way round, a form holding where a line is nil proves nothing)
    found = findings(blank_html(charge, "7,765"), "release.html")
    assert found and "7,765" in found[0].message


def test_a_short_row_with_other_cells_is_not_placed() -> None:
    # near miss: a row laid out with fewer cells than the others says nothing of columns
    charge = "<tr><td>Restructuring charge</td><td>600</td></tr>"
    (table,) = tables(blank_html(charge), "release.html")
    row = next(r for r in table.rows if r.label == "Restructuring charge")
    assert row.unread


CASH_FLOWS = """\
| | Six Months Ended June 30, 2025 | Six Months Ended June 30, 2024 |
|---|---|---|
| Net loss | (108,200) | (95,400) |
| Adjustments to reconcile net loss to net cash used in operating activities | | |
| Depreciation | 4,100 | 3,900 |
| Amortization of intangibles | 28,400 | 28,400 |
| Stock-based compensation | 13,800 | 11,200 |
| Change in fair value of warrants | 16,800 | (65,100) |
| Changes in operating assets and liabilities: | | |
| Accounts receivable | (17,700) | (9,300) |
| Prepaid expenses | 3,600 | (2,700) |
| Inventories | (6,600) | (7,200) |
| Accounts payable | 17,700 | 6,800 |
| Accrued expenses | 6,200 | (3,500) |
| Deferred revenue | 1,200 | 900 |
| Net cash used in operating activities | (40,700) | (132,000) |
| Purchases of equipment | (4,800) | (2,600) |
| Net cash used in investing activities | (4,800) | (2,600) |
| Proceeds from notes payable | 60,000 | 150,000 |
| Repayments of notes payable | (10,000) | — |
| Net cash provided by financing activities | 50,000 | 150,000 |
| Net change in cash | 4,500 | 15,400 |
| Cash – beginning of period | 30,900 | 37,200 |
| Cash – ending of period | 35,400 | 52,600 |"""


def test_a_cash_flow_statements_subtotals_are_checked() -> None:
    text = release_md(CASH_FLOWS)
    assert findings(text, "release.md") == []
    bad = release_md(CASH_FLOWS.replace("| (40,700) | (132,000) |", "| (40,700) | (123,000) |"))
    found = findings(bad, "release.md")
    assert found and found[0].message.startswith('"Net cash used in operating activities"')
    bad = release_md(CASH_FLOWS.replace("| 35,400 | 52,600 |", "| 35,400 | 56,200 |"))
    found = findings(bad, "release.md")
    assert [f.message.split('"')[1] for f in found] == ["Cash – ending of period"]


RECONCILIATION = """\
| (in thousands) | Q3 2025 | Q3 2024 |
|---|---|---|
| Net income | 4,526 | 2,791 |
| Interest expense, net | 1,108 | 1,259 |
| Provision for income taxes | 1,276 | 787 |
| Depreciation and amortization | 3,310 | 3,045 |
| EBITDA | 10,220 | 7,882 |
| Stock-based compensation | 1,450 | 1,210 |
| Acquisition costs | 380 | — |
| Adjusted EBITDA | 12,050 | 9,092 |"""


def test_an_ebitda_reconciliation_is_checked() -> None:
    assert findings(release_md(RECONCILIATION), "release.md") == []
    bad = release_md(RECONCILIATION.replace("| 12,050 | 9,092 |", "| 12,050 | 9,290 |"))
    found = findings(bad, "release.md")
    assert found and found[0].message.startswith('"Adjusted EBITDA" is 9,290')


def test_ebitda_in_a_summary_of_measures_is_left_alone() -> None:
    # near miss: a summary table's rows are measures, not lines of a sum
    summary = """\
| (in thousands) | Q3 2025 | Q2 2025 | Q1 2025 |
|---|---|---|---|
| Net sales | 96,412 | 101,207 | 94,335 |
| Gross profit | 38,108 | 40,988 | 37,168 |
| Adjusted EBITDA | 14,806 | 16,012 | 13,940 |
| Net interest income | 2,204 | 2,391 | 2,118 |
| Pretax income | 9,730 | 10,604 | 8,822 |"""
    assert findings(release_md(summary), "release.md") == []


def indented_html(rows: list[tuple[str, str, str, bool]]) -> str:
    """An EDGAR balance sheet that indents its lines with an empty cell of their own."""
    body = "".join(
        (
            f"<tr><td></td><td>{label}</td><td>{a}</td><td></td><td>{b}</td></tr>"
            if indented
            else f"<tr><td colspan='2'>{label}</td><td>{a}</td><td></td><td>{b}</td></tr>"
        )
        for label, a, b, indented in rows
    )
    return (
        "<html><body><p>Corvane Tools Reports Second Quarter Results</p>"
        "<p>AUSTIN, Texas, Aug. 4, 2025 -- Corvane Tools, Inc. (NASDAQ: CVNT) today "
        "reported results for its second quarter.</p>"
        "<p><b>CONSOLIDATED BALANCE SHEETS<br>(In thousands)</b></p><table>"
        "<tr><td colspan='2'></td><td>June 30, 2025</td><td></td><td>December 31, 2024</td></tr>"
        f"{body}</table><p>Contact: ir@corvane.example</p></body></html>"
    )


INDENTED = [
    ("Cash", "$ 1,048", "$ 1,141", True),
    ("Receivables", "2,120", "1,918", True),
    ("Inventories", "3,128", "3,023", True),
    ("Total current assets", "6,296", "6,082", True),
    ("Property, net", "1,412", "1,312", False),
    ("Total assets", "$ 7,708", "$ 7,394", False),
]


def test_a_label_indented_by_an_empty_cell_is_the_rows_label() -> None:
    (table,) = tables(indented_html(INDENTED), "release.html")
    assert [r.label for r in table.rows] == [label for label, *_ in INDENTED]
    assert findings(indented_html(INDENTED), "release.html") == []
    rows = list(INDENTED)
    rows[3] = ("Total current assets", "6,296", "6,802", True)
    found = findings(indented_html(rows), "release.html")
    assert found and found[0].message.startswith('"Total current assets" is 6,802')


def test_an_unlabelled_subtotal_after_an_empty_cell_stays_unlabelled() -> None:
    # near miss: "" | "$" | "6,296": a "$" before the figure is no label
    rows = list(INDENTED)
    rows[3] = ("$", "6,296", "6,082", True)
    (table,) = tables(indented_html(rows), "release.html")
    assert table.rows[3].label == ""
    assert findings(indented_html(rows), "release.html") == []


# A statement a conversion flattened into one paragraph, with nil dashes run together or
# glued after a negative figure, and dashes between a label's words.
FLAT = (
    "Three Months Ended March 31, 2025 2024Revenue $ 163,700 $ 120,500 Cost of revenue "
    "53,200 41,000 Gross profit 110,500 79,500 Research and development 535,500 442,600 "
    "Change in fair value of warrants (43,000)- Gain on sale of assets-- "
    "Loss from operations (382,000) (363,100)"
    "Weighted average shares outstanding - basic 11,954,797 2,367,050 "
    "Total assets 10,833,118 8,156,440 Total liabilities 2,935,201 3,107,332"
)


def test_flattened_nil_dashes_run_together_or_after_a_negative() -> None:
    text = release_md(FLAT)
    (table,) = tables(text, "release.md")
    rows = {r.label: r for r in table.rows}
    warrants = rows["Change in fair value of warrants"]
    assert [c.value if c else None for c in warrants.cells] == [-43_000, 0]
    assert [c.value if c else None for c in rows["Gain on sale of assets"].cells] == [0, 0]
    assert "Weighted average shares outstanding - basic" in rows
    assert findings(text, "release.md") == []
    bad = release_md(FLAT.replace("(382,000) (363,100)", "(382,000) (361,300)"))
    found = findings(bad, "release.md")
    assert found and "361,300" in found[0].message


PAGES = """\
                      CONSOLIDATED BALANCE SHEETS
                            (In thousands)

                                                   June 30,     June 30,
                                                     2025         2024
                                                  ----------   ----------
Cash and cash equivalents                         $   12,410   $   11,020
Accounts receivable                                   30,115       28,902
                                                  ----------   ----------
     Total current assets                             42,525       39,922
Property and equipment, net                           44,300       41,876
                                                  ----------   ----------
     Total assets                                 $   86,825   $   81,798
                                                  ==========   ==========

<PAGE>

Accounts payable                                  $    9,120   $    8,880
Income taxes payable and other accrued
  liabilities                                          6,215        6,904
                                                  ----------   ----------
     Total current liabilities                        15,335       15,784
Long-term debt                                        20,000       22,000
Stockholders' equity                                  51,490       44,014
                                                  ----------   ----------
     Total liabilities and stockholders' equity   $   86,825   $   81,798
                                                  ==========   ==========
Income from continuing operations before          $    5,120   $    4,210
  income taxes (a)
"""


def test_a_statement_goes_on_across_a_page_mark_and_labels_wrap_both_ways() -> None:
    text = LEAD + PAGES + TAIL
    (table,) = tables(text, "release.txt")
    labels = [r.label for r in table.rows]
    assert "Income taxes payable and other accrued liabilities" in labels
    assert labels[-1] == "Income from continuing operations before income taxes (a)"
    assert table.rows[-2].label == "Total liabilities and stockholders' equity"
    assert findings(text, "release.txt") == []
    bad = LEAD + PAGES.replace("15,335       15,784", "15,335       15,874") + TAIL
    found = findings(bad, "release.txt")
    assert found and found[0].message.startswith('"Total current liabilities" is 15,874')


def test_a_paragraph_between_two_tables_ends_the_first() -> None:
    # near miss: prose between two tables is no page mark
    text = LEAD + PAGES.replace("<PAGE>", "The notes are an integral part of these statements.")
    read = tables(text + TAIL, "release.txt")
    assert len(read) == 2


TWO_STATEMENTS = """\
| | June 30, 2025 | December 31, 2024 |
|---|---|---|
| Cash | 1,973 | 4,595 |
| Prepaid expenses | 944 | 335 |
| Total current assets | 2,917 | 4,930 |
| Property and equipment, net | 35 | 49 |
| Total assets | 2,952 | 4,979 |
| | June 30, | December 31, |
| | 2025 | 2024 |
| Trade payables | 799,210 | 319,400 |
| Accrued expenses | 1,858,330 | 1,358,120 |
| Total current liabilities | 2,657,540 | 1,677,520 |"""


def test_a_row_of_years_inside_a_table_is_a_heading() -> None:
    (table,) = tables(release_md(TWO_STATEMENTS), "release.md")
    years = next(r for r in table.rows if r.label == "" and r.index > 5)
    assert years.empty
    assert findings(release_md(TWO_STATEMENTS), "release.md") == []
    bad = release_md(
        TWO_STATEMENTS.replace("| 2,657,540 | 1,677,520 |", "| 2,657,540 | 1,767,520 |")
    )
    found = findings(bad, "release.md")
    assert found and "1,767,520" in found[0].message


def test_a_row_of_four_digit_counts_far_apart_is_figures() -> None:
    # near miss: store counts that look like years but are not periods side by side
    text = TWO_STATEMENTS.replace("| | 2025 | 2024 |", "| Stores | 1998 | 2019 |")
    (table,) = tables(release_md(text), "release.md")
    stores = next(r for r in table.rows if r.label == "Stores")
    assert not stores.empty


def test_a_footnote_mark_glued_to_a_figure_leaves_the_figure() -> None:
    rows = SIGNS.replace("<td>6,863</td>", "<td>6,863(1)</td>").replace(
        "<td>4,015</td>", "<td>4,015*</td>"
    )
    (table,) = tables(edgar_html(rows), "release.html")
    pretax = next(r for r in table.rows if r.label == "Income before income taxes")
    assert [c.value if c else None for c in pretax.cells] == [6_863_000, 4_015_000]
    assert findings(edgar_html(rows), "release.html") == []
    found = findings(edgar_html(rows.replace("6,863(1)", "6,963(1)")), "release.html")
    assert found and "6,963" in found[0].message


def test_words_glued_to_a_figure_are_no_mark() -> None:
    # near miss: "1,234 units" is a text cell, not a figure with a mark
    rows = SIGNS.replace("<td>6,863</td>", "<td>6,863 units</td>")
    (table,) = tables(edgar_html(rows), "release.html")
    pretax = next(r for r in table.rows if r.label == "Income before income taxes")
    assert pretax.empty or pretax.unread


def word_statement(rows: list[tuple[str, ...]]) -> bytes:
    """A Word release whose statement table has "$", "(" and ")" cells of their own."""
    import io

    import docx  # type: ignore[import-untyped]

    document = docx.Document()
    document.add_paragraph("Corvane Tools Reports Second Quarter Results", style="Title")
    document.add_paragraph(
        "AUSTIN, Texas, Aug. 4, 2025 -- Corvane Tools, Inc. (NASDAQ: CVNT) today reported "
        "results for its second quarter."
    )
    document.add_paragraph("CONSOLIDATED STATEMENTS OF OPERATIONS")
    document.add_paragraph("(In thousands)")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Contact: ir@corvane.example")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


WORD_ROWS = [
    ("", "", "Q2 2025", "", "", "Q2 2024", ""),
    ("Net sales", "$", "48,210", "", "$", "41,377", ""),
    ("Cost of sales", "", "20,115", "", "", "18,002", ""),
    ("Gross profit", "", "28,095", "", "", "23,375", ""),
    ("Selling and administrative", "", "9,120", "", "", "8,300", ""),
    ("Restructuring", "", "", "", "", "600", ""),
    ("Operating income", "", "18,975", "", "", "14,475", ""),
]


def word_findings(rows: list[tuple[str, ...]]) -> list[Finding]:
    source = read_bytes(word_statement(rows), "release.docx", fmt="docx")
    found = _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings
    return [f for f in found if f.code in _TABLE_CODES]


def test_a_word_statement_with_a_blank_cell_is_checked() -> None:
    pytest.importorskip("docx")
    assert word_findings(WORD_ROWS) == []
    rows = list(WORD_ROWS)
    rows[6] = ("Operating income", "", "18,795", "", "", "14,475", "")
    found = word_findings(rows)
    assert found and "18,795" in found[0].message


def test_a_form_that_holds_only_where_a_line_is_blank_is_no_evidence() -> None:
    # near miss: other expense written negative, restructuring positive: "gross profit
    # plus the lines" holds in Q2 2025 only because restructuring is blank there
    pytest.importorskip("docx")
    rows = [
        *WORD_ROWS[:4],
        ("Other expense, net", "$ (", "812", ")", "(", "940", ")"),
        ("Restructuring", "", "", "", "", "600", ""),
        ("Pretax income", "", "27,283", "", "", "21,835", ""),
    ]
    assert word_findings(rows) == []


def test_a_line_of_figures_in_other_columns_does_not_continue_the_statement() -> None:
    # near miss: a one-line block whose figures stand elsewhere is another table's line
    text = LEAD + SECTIONS.replace(
        "Interest expense                            (812)             (940)",
        "Interest expense     (812)    (940)",
    )
    read = tables(text + TAIL, "release.txt")
    first = read[0]
    assert "Interest expense" not in [r.label for r in first.rows]
    assert findings(text + TAIL, "release.txt") == []


# A segment statement whose negative figure stands apart from its dollar sign, as EDGAR
# text exhibits align them ("$  (72)"): the parentheses still make it negative.
SEGMENTS = """\
CORVANE TOOLS, INC.
Segment Income Statements
(millions)

                                 Tools      Credit    Corporate     Total
    Total revenues              $7,120     $1,310      $   90     $8,520
    Cost of sales                5,662          -          41      5,703
    Selling and administrative   1,243        982         140      2,365
    Total costs and expenses     6,905        982         181      8,068
    Operating income/ (loss)    $  215     $  328      $  (91)    $  {total}
"""


def test_a_parenthesised_figure_apart_from_its_dollar_sign_is_negative() -> None:
    text = LEAD + SEGMENTS.format(total=452) + TAIL
    table = next(t for t in tables(text, "release.txt") if t.find_rows("^Operating"))
    (row,) = table.find_rows("^Operating")
    assert [c.value / table.scale for c in row.cells if c is not None] == [215, 328, -91, 452]
    assert findings(text, "release.txt") == []


def test_a_wrong_total_beside_a_negative_segment_is_still_caught() -> None:
    text = LEAD + SEGMENTS.format(total=634) + TAIL  # 215 + 328 + 91: the sign dropped
    assert {f.code for f in findings(text, "release.txt")} == {"NUM020"}
