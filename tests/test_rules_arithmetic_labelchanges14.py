"""NUM003 from a statement table's line named in the text: "Net income grew 60.4% from the
prior-year quarter" with the two levels only in the table (``table_label_changes``).
Invented issuer and figures."""

from __future__ import annotations

import pytest

from tests.helpers import num_codes, num_relations

TABLE = """# Corvale Systems Reports Third Quarter 2026 Results

**DENVER, Colo., November 4, 2026 (BUSINESS WIRE)** -- Corvale Systems, Inc. (Nasdaq: CRVL)
today reported results for the third quarter ended September 30, 2026.

{text}

## Selected financial data (unaudited; in thousands)

| Three months ended September 30 | 2026 | 2025 |
|---|---:|---:|
| Hardware revenue | 30,000 | 28,000 |
| Cloud services | 12,600 | 10,000 |
| Total revenue | 42,600 | 38,000 |
| Net income | 5,000 | 4,000 |

## About Corvale Systems

Corvale Systems makes industrial sensors.
"""


def release(text: str) -> str:
    return TABLE.format(text=text)


@pytest.mark.parametrize(
    "text",
    [
        "Net income grew 25.0% from the prior-year quarter.",
        "Within the total, cloud services grew 26.0% year over year.",
        "In the quarter, net income rose 25% and hardware revenue rose 7.1%.",
        "Total revenue increased 12.1% to $42.6 million.",
    ],
)
def test_a_true_change_of_a_table_line_is_read_and_silent(text: str) -> None:
    assert num_codes(release(text)) == []
    assert any(relation == "change" for relation, _ in num_relations(release(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Net income grew 35.0% from the prior-year quarter.",
        "Within the total, cloud services grew 16.0% year over year.",
        "Hardware revenue declined 7.1%.",  # it rose
    ],
)
def test_a_wrong_change_of_a_table_line_is_caught(text: str) -> None:
    assert "NUM003" in num_codes(release(text))


@pytest.mark.parametrize(
    "text",
    [
        # a narrower measure than any line: "Product revenue" is not the "Total revenue" row
        "Product revenue grew 40.0% year over year.",
        # another comparison than the year-ago column's
        "Net income grew 35.0% from the second quarter.",
        "Cloud services grew 16.0% sequentially.",
        # another length of period than the table's
        "For the nine months, net income grew 35.0%.",
    ],
)
def test_changes_the_table_cannot_answer_are_left_alone(text: str) -> None:
    assert "NUM003" not in num_codes(release(text))


def test_a_tables_only_pair_serves_text_that_names_no_length() -> None:
    text = """# Halden Mills Reports 2026 Results

Halden Mills, Inc. today reported results for the year ended December 31, 2026.

- Net sales rose {p} year over year, led by the new flour line.

**Consolidated Statements of Income (in thousands)**

| | Year Ended December 31, 2026 | Year Ended December 31, 2025 |
|---|---|---|
| Net sales | 110,000 | 100,000 |
| Net income | 9,000 | 8,000 |
"""
    assert num_codes(text.format(p="10 percent")) == []
    assert "NUM003" in num_codes(text.format(p="15 percent"))
