"""EDGAR text statements read whole (session 10, issue 10): a statement broken into
sections by blank lines, whose row labels wrap over up to three lines before their
figures, whose one-row sections ("Minority interest   (3)   (5)") carry negatives written
like footnote marks, whose wide cells leave two spaces between a figure and the next "$",
whose unit line stands under four header lines, and whose per-share rows follow a heading
paragraph. Read so, a wrong subtotal or per-share figure is caught and a near miss (a
per-share figure before a cumulative effect, a contact card, another statement under its
own title) is not. Every company and figure is invented."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from disclint.api import Finding
from disclint.engine import Engine, RunOptions
from disclint.parse import parse_source
from disclint.readers import read_bytes
from disclint.tables import Table, read_tables

_ENGINE = Engine(RunOptions(select=["NUM"], entry_points=False, isolated=True))
_TABLE_CODES = {"NUM017", "NUM020", "NUM021", "NUM022", "NUM023"}


def findings(text: str) -> list[Finding]:
    source = read_bytes(text.encode("utf-8"), "ex99.txt", fmt="txt")
    found = _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings
    return [f for f in found if f.code in _TABLE_CODES]


def tables(text: str) -> list[Table]:
    return read_tables(parse_source(read_bytes(text.encode("utf-8"), "ex99.txt", fmt="txt")))


LEAD = """\
Exhibit 99

              Halden Outdoor Reports Second Quarter 2025 Results

    BOULDER, Colo., July 24 /PRNewswire/ -- Halden Outdoor Co. (NYSE: HLD)
today reported net income of $182 million for the second quarter ended July 5,
2025, compared with net income of $201 million in the second quarter of 2024.

"""

INCOME = """\
                        HALDEN OUTDOOR CO.
                 CONSOLIDATED STATEMENTS OF INCOME

                                        For the 13          For the 26
                                        Weeks Ended         Weeks Ended
                                      July 5, 2025 and    July 5, 2025 and
                                        June 29, 2024       June 29, 2024
    (millions, except earnings per
     common share)                       2025     2024      2025      2024

    REVENUES
     Product sales and services         $4,310  $ 4,122   $ 8,405   $ 8,011
     Financing and other
      revenues                              52      140       101       277
              Total revenues             4,362    4,262     8,506     8,288

    COSTS AND EXPENSES
     Cost of sales, buying and
      occupancy                          3,105    2,980     6,052     5,810
     Selling and administrative            842      815     1,660     1,602
     Provision for doubtful
      accounts                               9       31        18        60
     Depreciation and amortization         131      120       259       238
              Total costs and expenses   4,087    3,946     7,989     7,710

    Operating income                       275      316       517       578
    Other income, net                       14        6        22         9

    Income before income taxes, minority
     interest and cumulative effect of
     change in accounting principle        289      322       539       587

    Income tax expense                    (104)    (116)     (194)     (211)

    Minority interest                       (3)      (5)       (6)       (9)

    Income before cumulative effect of
     change in accounting principle        182      201       339       367

    Cumulative effect of change in
     accounting principle                    -        -      (412)        -

    NET INCOME/ (LOSS)                  $  182   $  201   $   (73)  $   367

    EARNINGS/ (LOSS) PER COMMON SHARE

    Diluted
      Earnings per share before
       cumulative effect of change in
       accounting principle             $ 1.21   $ 1.30   $  2.25   $  2.37

      Cumulative effect of change in
       accounting principle             $    -   $    -   $ (2.73)  $     -

      Earnings/ (loss) per share        $ 1.21   $ 1.30   $ (0.48)  $  2.37

    Average common equivalent shares
     outstanding                         150.2    154.8     150.9     155.1

"""

BALANCE = """\
                        HALDEN OUTDOOR CO.
                    CONSOLIDATED BALANCE SHEET

        (millions)
                                            July 5,   June 29,  January 3,
                                             2025       2024       2025
    Assets
      Current assets
        Cash and cash equivalents          $ 1,204    $   988    $ 1,530
        Customer notes receivable                -        412         95
        Other receivables                      233        251        240
        Merchandise inventories, net         2,410      2,388      2,275
          Total current assets               3,847      4,039      4,140

"""

TAIL = """\
    About Halden Outdoor

    Halden Outdoor Co. sells camping and climbing gear in 212 stores.

    Investor Relations
    Mara Quist      303 555 0142      303 555 0199

"""


def release(*parts: str) -> str:
    return LEAD + "".join(parts) + TAIL


def _income(text: str) -> Table:
    found = [t for t in tables(text) if t.find_rows("^Total revenues")]
    assert len(found) == 1
    return found[0]


def _row(table: Table, pattern: str) -> list[Decimal | None]:
    (row,) = table.find_rows(pattern)
    return [c.value if c else None for c in row.cells]


def test_a_statement_split_by_blank_lines_is_read_as_one_table() -> None:
    table = _income(release(INCOME))
    million = Decimal(10) ** 6
    assert table.scale == million  # "(millions, except ..." under four header lines
    labels = [r.label for r in table.rows]
    # labels wrapped over two and three lines are one row each
    assert "Cost of sales, buying and occupancy" in labels
    assert (
        "Income before income taxes, minority interest and cumulative effect of change in "
        "accounting principle" in labels
    )
    # "(3)  (5)  (6)  (9)": negatives, not footnote marks
    assert _row(table, "^Minority interest") == [v * -million for v in (3, 5, 6, 9)]
    # "$   (73)  $   367": the next column's "$" two spaces after a figure
    assert _row(table, "^NET INCOME") == [v * million for v in (182, 201, -73, 367)]
    # the per-share rows after the "EARNINGS/ (LOSS) PER COMMON SHARE" heading paragraph
    assert _row(table, r"^Earnings/ \(loss\) per share")[2] == Decimal("-0.48") * million
    assert "EARNINGS/ (LOSS) PER COMMON SHARE" in labels


def test_the_untouched_statement_is_silent() -> None:
    # the per-share figure before the cumulative effect (2.25 in the third column) is
    # income before that effect over the shares, not the net loss over them
    assert findings(release(INCOME, BALANCE)) == []


def test_a_wrong_subtotal_in_a_wrapped_section_is_caught() -> None:
    bad = INCOME.replace("Total costs and expenses   4,087", "Total costs and expenses   4,587")
    assert bad != INCOME
    found = findings(release(bad))
    assert any("4,587" in f.message for f in found)


def test_a_wrong_per_share_figure_after_the_heading_is_caught() -> None:
    bad = INCOME.replace(
        "Earnings/ (loss) per share        $ 1.21", "Earnings/ (loss) per share        $ 1.51"
    )
    assert bad != INCOME
    found = findings(release(bad))
    assert [f.code for f in found] == ["NUM021"]
    assert "1.51" in found[0].message


def test_a_wrong_figure_in_a_one_row_section_is_caught() -> None:
    # minority interest moved: income before the cumulative effect no longer follows
    bad = INCOME.replace(
        "Minority interest                       (3)", "Minority interest                      (13)"
    )
    assert bad != INCOME
    assert findings(release(bad)) != []


def test_headings_above_the_first_row_and_nil_rows_are_read() -> None:
    (sheet,) = [t for t in tables(release(BALANCE)) if t.find_rows("^Total current assets")]
    labels = [r.label for r in sheet.rows]
    assert labels[:4] == ["(millions)", "Assets", "Current assets", "Cash and cash equivalents"]
    assert _row(sheet, "^Customer notes")[:2] == [0, Decimal(412) * Decimal(10) ** 6]
    assert sheet.columns[0].startswith("July 5")


def test_a_wrong_total_under_headings_is_caught() -> None:
    bad = BALANCE.replace("3,847      4,039", "3,847      4,339")
    assert bad != BALANCE
    found = findings(release(bad))
    assert any("4,339" in f.message for f in found)


def test_a_contact_card_with_phone_numbers_is_no_table() -> None:
    text = release(INCOME)
    assert not any(t.find_rows("Mara Quist|Investor Relations") for t in tables(text))


def test_another_statement_under_its_own_title_is_not_joined() -> None:
    # the balance sheet's title paragraph stands between the statements: two tables
    found = tables(release(INCOME, BALANCE))
    income = [t for t in found if t.find_rows("^Total revenues")]
    sheet = [t for t in found if t.find_rows("^Total current assets")]
    assert len(income) == len(sheet) == 1 and income[0] is not sheet[0]


def test_a_heading_naming_another_schedule_does_not_join_parts() -> None:
    # a short capitalised heading between two runs of rows joins them; one naming a
    # schedule ("SUPPLEMENTAL ...") opens another table
    body = (
        "    Operating income                       275      316       517       578\n"
        "    Other income, net                       14        6        22         9\n\n"
    )
    after = (
        "    Store count                            871      869       871       869\n"
        "    Selling square feet                    112      110       112       110\n\n"
    )
    joined = tables(release(body, "    OTHER DATA\n\n", after))
    apart = tables(release(body, "    SUPPLEMENTAL STORE DATA\n\n", after))
    assert any(t.find_rows("^Operating income") and t.find_rows("^Store count") for t in joined)
    assert not any(t.find_rows("^Operating income") and t.find_rows("^Store count") for t in apart)


# -- a text figure named after two rows of the balance sheet (NUM014) -------------------

SHEET_MD = """\
Lumora Devices Reports First Quarter 2026 Results

SAN JOSE, Calif., May 6, 2026 -- Lumora Devices, Inc. (NASDAQ: LMRA) today reported
results for its first quarter ended March 31, 2026.

{sentence}

CONDENSED CONSOLIDATED BALANCE SHEETS (in thousands)

| | March 31, 2026 | December 31, 2025 |
|---|---|---|
| Cash and cash equivalents | $ 36,410 | $ 30,115 |
| Short-term investments | 18,260 | 24,905 |
| Accounts receivable, net | 9,870 | 8,440 |
| Total current assets | 64,540 | 63,460 |

About Lumora Devices

Lumora Devices, Inc. designs optical sensors.

Contact: ir@lumora.example
"""


def _md_findings(sentence: str) -> list[Finding]:
    text = SHEET_MD.format(sentence=sentence)
    source = read_bytes(text.encode("utf-8"), "release.md", fmt="md")
    found = _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings
    return [f for f in found if f.code == "NUM014"]


def test_a_text_sum_of_two_table_rows_is_checked() -> None:
    right = (
        "Cash, cash equivalents and short-term investments were $54.7 million at March 31, 2026."
    )
    assert _md_findings(right) == []
    wrong = right.replace("$54.7 million", "$64.7 million")
    (found,) = _md_findings(wrong)
    assert "54.67" in found.message or "54,670,000" in found.message


def test_the_sum_is_taken_in_the_column_of_the_sentences_date() -> None:
    # 30,115 + 24,905 = 55,020 at December 31, 2025
    assert (
        _md_findings(
            "Cash and cash equivalents and short-term investments totaled $55.0 million as of "
            "December 31, 2025."
        )
        == []
    )
    assert (
        _md_findings(
            "Cash and cash equivalents and short-term investments totaled $45.0 million as of "
            "December 31, 2025."
        )
        != []
    )


def test_names_that_do_not_spell_the_rows_are_left_alone() -> None:
    # "investments" is not the row "Short-term investments": it may hold long-term ones too
    assert (
        _md_findings("Cash, cash equivalents and investments were $64.7 million at March 31, 2026.")
        == []
    )
    # no date: which column is not known
    assert (
        _md_findings("Cash, cash equivalents and short-term investments were $64.7 million.") == []
    )
    # two dates in the sentence
    assert (
        _md_findings(
            "Cash, cash equivalents and short-term investments were $64.7 million at March 31, "
            "2026, up from December 31, 2025."
        )
        == []
    )


# -- a balance sheet flattened into one paragraph, its labels holding figures --------------

FLAT = """\
Halvern Labs Reports Third Quarter 2025 Results

BOSTON, Nov. 12, 2025 -- Halvern Labs Inc. (NASDAQ: HLVN) today reported results for its
third quarter ended September 30, 2025.

* {sentence}

 HALVERN LABS INC. CONDENSED CONSOLIDATED BALANCE SHEETS (UNAUDITED)

 September 30, 2025

 December 31, 2024

 ASSETS Current assets:Cash and cash equivalents$ 2,418,306 $ 3,102,554Short-term \
investments 12,605,110 10,880,402Accounts receivable, net 1,944,871 1,512,036Prepaid expenses \
402,118 377,905Total current assets 17,370,405 15,872,897 LIABILITIES AND STOCKHOLDERS' EQUITY \
Current liabilities:Accounts payable$ 804,220 $ 655,310Accrued expenses 1,210,045 \
1,388,210Notes payable, net of issuance costs ($2,500,000 in principal is held by a \
director)2,311,950 2,250,400Total current liabilities 4,326,215 4,293,920 Stockholders' \
equity:Preferred stock; par value $0.001; 2,000,000 Shares authorized; 0 issued and \
outstanding as of September 30, 2025 and December 31, 2024--Common stock; par value $0.001; \
60,000,000 Shares authorized; 21,400,118 issued and outstanding as of September 30, 2025 and \
20,950,006 issued and outstanding as of December 31, 2024 21,400 20,950Additional paid-in \
capital 48,920,310 46,115,804Accumulated deficit (35,897,520) (34,557,777)Total \
stockholders' equity 13,044,190 11,578,977Total liabilities and stockholders' equity$ \
17,370,405 $ 15,872,897

About Halvern Labs

Halvern Labs Inc. develops enzyme assays.

Contact: ir@halvern.example
"""
CASH = "Cash, cash equivalents and short-term investments at September 30, 2025, totaled {v}"


def _flat(value: str = "$15.0 million") -> str:
    return FLAT.format(sentence=CASH.format(v=value))


def _num(text: str, codes: set[str]) -> list[Finding]:
    source = read_bytes(text.encode("utf-8"), "release.md", fmt="md")
    found = _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings
    return [f for f in found if f.code in codes]


def test_figures_inside_a_flattened_label_stay_in_the_label() -> None:
    (sheet,) = [t for t in tables(_flat()) if t.find_rows("^Total current liabilities")]
    assert sheet.columns == ["September 30, 2025", "December 31, 2024"]
    (notes,) = sheet.find_rows("^Notes payable")
    assert "($2,500,000 in principal is held by a director)" in notes.label
    assert [c.value for c in notes.cells if c] == [2_311_950, 2_250_400]
    (common,) = sheet.find_rows("^Common stock")
    assert [c.value for c in common.cells if c] == [21_400, 20_950]
    assert not any(r.unread for r in sheet.rows)


def test_the_untouched_flattened_sheet_is_silent() -> None:
    assert _num(_flat(), {"NUM014", "NUM017", "NUM020"}) == []


def test_a_wrong_equity_total_of_the_flattened_sheet_is_caught() -> None:
    bad = _flat().replace("13,044,190 11,578,977", "13,344,190 11,578,977")
    assert bad != _flat()
    assert any("13,344,190" in f.message for f in _num(bad, {"NUM017", "NUM020"}))


def test_a_text_sum_of_flattened_rows_is_checked_in_its_dates_column() -> None:
    found = _num(_flat("$17.0 million"), {"NUM014"})
    assert len(found) == 1 and "17.0" in found[0].message


# -- gross profit in a table of one period column (NUM020) --------------------------------

ONE_COLUMN = """\
Tallow Ridge Foods Announces Second Quarter Results

DENVER, Colo., August 5, 2025 /ACCESSWIRE/ -- Tallow Ridge Foods, Inc. (OTCQX: TRFD)
announced results for the quarter ended June 30, 2025.

Selected results (in thousands)

| | Three months ended June 30, 2025 |
|---|---|
| Revenue | {revenue} |
| Cost of revenue | {cost} |
{between}| Gross profit | 4,415 |

About Tallow Ridge Foods

Tallow Ridge Foods, Inc. makes sauces.

Contact: ir@tallowridge.example
"""


def _one(revenue: str = "11,930", cost: str = "7,515", between: str = "") -> list[Finding]:
    text = ONE_COLUMN.format(revenue=revenue, cost=cost, between=between)
    return _num(text, {"NUM017", "NUM020"})


def test_gross_profit_of_one_column_is_revenue_less_cost() -> None:
    assert _one() == []
    (found,) = _one(revenue="14,930")
    assert "7,415" in found.message and "Gross profit" in found.message


def test_gross_profit_near_misses_stay_silent() -> None:
    assert _one(cost="(7,515)") == []  # a cost written negative: the sum gives it
    # a line between the cost and the gross profit: the form is not the one named
    assert _one(revenue="14,930", between="| Depreciation | 310 |\n") == []


def test_title_case_labels_wrapped_after_a_connecting_word_are_joined() -> None:
    title_case = INCOME.replace(
        "Cost of sales, buying and\n      occupancy", "Cost of Sales, Buying and\n      Occupancy"
    ).replace(
        "Income before income taxes, minority\n     interest and cumulative effect of\n"
        "     change in accounting principle",
        "Income Before Income Taxes, Minority\n     Interest and Cumulative Effect of\n"
        "     Change in Accounting Principle",
    )
    assert title_case != INCOME
    table = _income(release(title_case))
    labels = [r.label for r in table.rows]
    assert "Cost of Sales, Buying and Occupancy" in labels
    assert findings(release(title_case)) == []
    bad = title_case.replace("Total costs and expenses   4,087", "Total costs and expenses   4,587")
    assert any("4,587" in f.message for f in findings(release(bad)))


LIABILITIES = """\
    Liabilities
      Current liabilities
        Accounts payable                       912        870        955
        Other liabilities                      640        602        610
          Total current liabilities          1,552      1,472      1,565
      Long-term debt                         1,100      1,250      1,150
          Total liabilities                  2,652      2,722      2,715

    Commitments and Contingent Liabilities

    Shareholders' Equity
      Common shares                            120        120        120
      Retained earnings                      1,075      1,197      1,305
          Total shareholders' equity         1,195      1,317      1,425
          Total liabilities and
           shareholders' equity            $ 3,847    $ 4,039    $ 4,140

"""


def test_the_equity_after_a_commitments_line_continues_the_balance_sheet() -> None:
    text = release(BALANCE, LIABILITIES)
    (sheet,) = [t for t in tables(text) if t.find_rows("^Total shareholders")]
    assert sheet.find_rows("^Total current assets") and sheet.find_rows("^Total liabilities$")
    assert findings(text) == []
    bad = LIABILITIES.replace("$ 3,847    $ 4,039", "$ 3,847    $ 4,539")
    assert any("4,539" in f.message for f in findings(release(BALANCE, bad)))


def test_a_total_named_total_of_two_rows_is_checked() -> None:
    sentence = (
        "The company had total cash, cash equivalents and short-term investments of {v} at "
        "March 31, 2026."
    )
    assert _md_findings(sentence.format(v="$54.7 million")) == []
    assert _md_findings(sentence.format(v="$44.7 million")) != []
