"""A text figure tied to a table line by the line's name (``label_links``): its restatement
(NUM019) and the change its clause states against the year-ago column (NUM003). Invented
issuer and figures."""

from __future__ import annotations

import pytest

from tests.helpers import num_codes, num_relations

RELEASE = """# Brennock Realty Trust Reports Third Quarter 2026 Results

**TOLEDO, Ohio, October 29, 2026 (BUSINESS WIRE)** -- Brennock Realty Trust (NYSE: BRT)
today reported results for the third quarter ended September 30, 2026.

{text}

## Loans by category (unaudited; in thousands)

| | Sept. 30, 2026 | Sept. 30, 2025 |
|---|---:|---:|
| Commercial | 2,000,000 | 1,900,000 |
| Consumer | 1,482,020 | 1,396,100 |
| Total | 3,482,020 | 3,296,100 |

## Reconciliation (unaudited; in thousands)

| Three months ended September 30 | 2026 | 2025 |
|---|---:|---:|
| Net income | 31,094 | 27,560 |
| Real estate depreciation | 38,915 | 36,402 |
| FFO | 70,009 | 63,962 |

## About Brennock Realty Trust

Brennock Realty Trust owns warehouses and lends to their tenants.
"""


def release(text: str) -> str:
    return RELEASE.format(text=text)


@pytest.mark.parametrize(
    ("text", "relations"),
    [
        # a breakdown's bare "Total" is the measure its caption names; a balance at a date
        (
            "Loans reached $3.48 billion at September 30, 5.6% more than twelve months before.",
            {"restatement", "change"},
        ),
        # the abbreviation the subject defines names the line; the year-ago quarter by its year
        (
            "Funds from operations (FFO) amounted to $70.0 million, 9.5% more than in the "
            "third quarter of 2025.",
            {"restatement", "change"},
        ),
        # a line of a breakdown with its measure's word; the change in the linking verb
        ("Consumer loans rose 6.2% to $1.48 billion.", {"restatement", "change"}),
        # the year-ago figure, said so before it in its clause
        ("A year ago the trust's net income was $27.6 million.", {"restatement"}),
    ],
)
def test_a_true_figure_of_a_table_line_is_read_and_silent(text: str, relations: set[str]) -> None:
    assert num_codes(release(text)) == []
    read = {relation for relation, _ in num_relations(release(text))}
    assert relations <= read


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Loans reached $3.68 billion at September 30.", "NUM019"),
        ("In the quarter, net income was $37.1 million.", "NUM019"),
        ("A year ago the trust's net income was $31.1 million.", "NUM019"),
        ("FFO amounted to $70.0 million, 12.5% more than a year earlier.", "NUM003"),
        ("Consumer loans fell 6.2% to $1.48 billion.", "NUM003"),  # they rose
        ("Consumer loans rose 9.2% to $1.48 billion.", "NUM003"),
    ],
)
def test_a_figure_its_table_line_contradicts_is_caught(text: str, code: str) -> None:
    assert code in num_codes(release(text))


@pytest.mark.parametrize(
    "text",
    [
        # a narrower measure than any line
        "Adjusted net income was $37.1 million.",
        # a segment's figure, though its measure names a line
        "The commercial segment's loans reached $2.68 billion.",
        # a comparison's base is the change readers', not a restatement
        "FFO rose to $70.0 million, compared with net income of $37.1 million.",
        # another year, another length of period, a bound, a figure per unit
        "Net income for 2024 was $20.0 million.",
        "For the nine months, FFO amounted to $200.0 million.",
        "Loans reached more than $3.0 billion.",
        "Net income was $0.45 per share.",
        # another comparison than the year-ago column's
        "FFO amounted to $70.0 million, 4.0% more than in the second quarter.",
        "FFO amounted to $70.0 million, up 4.0% sequentially.",
        # a clause with its own base: its readers work it, not the table's column
        "Consumer loans rose 2.0% to $1.48 billion from $1.45 billion in June.",
    ],
)
def test_figures_the_table_cannot_answer_are_left_alone(text: str) -> None:
    codes = num_codes(release(text))
    assert "NUM019" not in codes
    assert "NUM003" not in codes
