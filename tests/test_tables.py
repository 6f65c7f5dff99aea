"""linter/tables.py: tables read as numbers (columns from the figures, EDGAR-style split
cells, header groups, scale, negatives, nil dashes). Tables written for the tests."""

from __future__ import annotations

from decimal import Decimal

from disclint.parse import parse_source
from disclint.readers import read_bytes
from disclint.tables import read_tables

D = Decimal

EDGAR_LIKE = """<html><body>
<p>Norvale Photonics Reports Results</p>
<p>CONDENSED STATEMENTS (Amounts in thousands)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended</td><td></td>
<td colspan="2">Six Months Ended</td></tr>
<tr><td></td><td>June 30, 2025</td><td></td><td>June 30, 2024</td><td></td>
<td>June 30, 2025</td><td></td><td>June 30, 2024</td></tr>
<tr><td>Revenue</td><td>$</td><td>1,250</td><td></td><td>$</td><td>1,100</td><td></td>
<td>$</td><td>2,400</td><td></td><td>$</td><td>2,050</td></tr>
<tr><td>OPERATING EXPENSES:</td></tr>
<tr><td>Research (1)</td><td>400</td><td></td><td>380</td><td></td><td>790</td><td></td>
<td>700</td></tr>
<tr><td>General</td><td>(25</td><td>)</td><td>&mdash;</td><td></td><td>310</td><td></td>
<td>290</td></tr>
<tr><td>Total operating expenses</td><td>375</td><td></td><td>380</td><td></td><td>1,100</td>
<td></td><td>990</td></tr>
</table>
</body></html>
"""


def _tables(text: str, name: str) -> list:
    fmt = name.rsplit(".", 1)[1]
    return read_tables(parse_source(read_bytes(text.encode(), name, fmt=fmt)))


def test_columns_come_from_the_figures_and_header_groups() -> None:
    [table] = _tables(EDGAR_LIKE, "r.html")
    assert table.columns == [
        "Three Months Ended June 30, 2025",
        "Three Months Ended June 30, 2024",
        "Six Months Ended June 30, 2025",
        "Six Months Ended June 30, 2024",
    ]
    assert table.scale == D(1000)
    assert table.column("six 2024") == 3


def test_values_negatives_nil_and_headings() -> None:
    [table] = _tables(EDGAR_LIKE, "r.html")
    [revenue] = table.find_rows("^revenue")
    assert [revenue.value(c) for c in range(4)] == [D(1250000), D(1100000), D(2400000), D(2050000)]
    [general] = table.find_rows("^general")
    assert general.value(0) == D(-25000) and general.value(1) == D(0)
    [heading] = table.find_rows("operating expenses:")
    assert heading.empty
    [total] = table.find_rows("^total")
    cell = total.cells[2]
    assert cell is not None and cell.text.strip() == "1,100" and cell.ulp == D(1000)


def test_markdown_table_with_label_columns() -> None:
    text = (
        "# Norvale Photonics Update\n\n"
        "| Partner | Program | Collected | Remaining |\n|---|---|---|---|\n"
        "| Alpha | Oncology | $200,000 | $6,800,000 |\n"
        "| Beta | Vision | 12.5% | n/m |\n"
    )
    [table] = _tables(text, "r.md")
    assert table.columns == ["Collected", "Remaining"]
    alpha, beta = table.rows
    assert alpha.label == "Alpha" and alpha.value(1) == D(6800000)
    assert beta.cells[0] is not None and beta.cells[0].percent
    assert beta.value(1) == D(0)


def test_a_release_without_tables() -> None:
    assert _tables("Norvale Photonics Update\n\nNo tables here.\n", "r.txt") == []
