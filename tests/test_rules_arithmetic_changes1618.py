"""Session 18 (s18-changes16): EPS read from a per-share figure and the count its own words
put it over, in any order (``eps_clauses``). Invented issuer and figures."""

from __future__ import annotations

import pytest

from tests.helpers import num_codes, num_relations

HEAD = """# Quillmoor Instruments Reports Third Quarter 2026 Results

**DENVER, Colo., November 10, 2026 (BUSINESS WIRE)** -- Quillmoor Instruments, Inc. (NYSE:
QLMR) today reported results for the third quarter ended September 30, 2026.

{text}
"""


def release(text: str) -> str:
    return HEAD.format(text=text)


EPS_TRUE = [
    "Net income of $24.6 million was shared among 41.0 million diluted shares, or $0.60 per share.",
    "Net income of $9.0 million amounted to $0.30 for each of the 30.0 million diluted "
    "shares outstanding.",
    "Net income of $52.5 million, divided by 35.0 million diluted shares, gives $1.50 per share.",
    "Net earnings were $18.0 million; with 60.0 million shares in issue that is $0.30 a share.",
    "Net income was $12.0 million, equal to $0.40 for each of the 30.0 million diluted "
    "shares; adjusted net income of $15.0 million came to $0.50 a share.",
    "Net income attributable to Quillmoor came in at $33.0 million. Spread over 55.0 "
    "million diluted shares, that is $0.60 per share.",
    "The net loss was $6.0 million. Divided among 40.0 million weighted average shares, "
    "that is a loss of $0.15 a share, or $0.60 on the 10.0 million shares the reverse "
    "split will leave.",
]


@pytest.mark.parametrize("text", EPS_TRUE)
def test_eps_over_its_own_count_is_read_and_silent(text: str) -> None:
    assert num_codes(release(text)) == []
    assert any(relation == "eps" for relation, _ in num_relations(release(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Net income of $24.6 million was shared among 41.0 million diluted shares, or $0.75 "
        "per share.",
        "Net income of $9.0 million amounted to $0.38 for each of the 30.0 million diluted "
        "shares outstanding.",
        "Net income of $52.5 million, divided by 35.0 million diluted shares, gives $1.88 per "
        "share.",
        "Net earnings were $18.0 million; with 60.0 million shares in issue that is $0.38 a share.",
        "Net income was $12.0 million, equal to $0.40 for each of the 30.0 million diluted "
        "shares; adjusted net income of $15.0 million came to $0.63 a share.",
        "Net income attributable to Quillmoor came in at $33.0 million. Spread over 55.0 "
        "million diluted shares, that is $0.75 per share.",
        "The net loss was $6.0 million. Divided among 40.0 million weighted average shares, "
        "that is a loss of $0.15 a share, or $0.75 on the 10.0 million shares the reverse "
        "split will leave.",
    ],
)
def test_a_wrong_eps_over_its_own_count_is_caught(text: str) -> None:
    assert "NUM016" in num_codes(release(text))


@pytest.mark.parametrize(
    "text",
    [
        # a dividend per share over the count outstanding is no EPS
        "Net income was $12.0 million. The board declared a dividend of $0.25 per share on "
        "the 30.0 million shares outstanding.",
        # a price per share of shares sold
        "Net income was $12.0 million. The company sold 2.0 million shares at $9.00 per share.",
        # the adjusted per-share figure is not the GAAP net result's
        "Net income was $12.0 million. On 30.0 million diluted shares, adjusted earnings "
        "came to $0.50 per share.",
        # a year-earlier per-share figure
        "Net income was $12.0 million, against $0.25 per share on 30.0 million shares a "
        "year earlier.",
        # basic per-share amount beside a diluted count
        "Net income was $12.0 million, or $0.50 basic per share on 30.0 million diluted "
        "shares and $0.48 diluted.",
        # another paragraph
        "Net income was $12.0 million.\n\nOn 30.0 million shares that is $0.50 a share.",
        # two net results in the sentence before: which one is open
        "Net income was $12.0 million and net income of the parent $9.0 million. On 30.0 "
        "million shares that is $0.50 per share.",
    ],
)
def test_eps_without_its_own_count_or_net_is_left_alone(text: str) -> None:
    assert "NUM016" not in num_codes(release(text))


# --- label_links: heading lines, "(loss)" labels, lines under a total, fiscal weeks ---

STATEMENT = """# Harwick Home Reports Third Quarter 2026 Results

**RALEIGH, N.C., November 20, 2026 (BUSINESS WIRE)** -- Harwick Home, Inc. (NYSE: HWH)
today reported results for the third quarter ended October 31, 2026.

{text}

## Condensed statement of operations (unaudited; in thousands)

| | 13 Weeks Ended Oct. 31, 2026 | 13 Weeks Ended Nov. 1, 2025 |
|---|---:|---:|
| Revenues | | |
| Furniture | 410,000 | 380,000 |
| Installation services | 90,000 | 100,000 |
| Total revenues | 500,000 | 480,000 |
| Operating expenses | | |
| Cost of goods | 300,000 | 290,000 |
| Selling and administrative | 140,000 | 150,000 |
| Total operating expenses | 440,000 | 440,000 |
| Net income (loss) | 45,500 | (3,200) |

## About Harwick Home

Harwick Home, Inc. is a fictional retailer written for a test.
"""


def statement(text: str) -> str:
    return STATEMENT.format(text=text)


LINKED_TRUE = [
    # a heading line without figures does not make the total's name ambiguous
    "Operating expenses were $440.0 million.",
    # "Total revenues" named without "total"; a change in parentheses, year-ago in the table
    "Total revenues reached $500.0 million (up 4.2% from the third quarter of 2025).",
    # "Net income (loss)" is the net income line; a calendar of weeks pairs the columns
    "Net income was $45.5 million.",
    # a line above "Total revenues" named with the total's measure
    "Installation services revenue fell 10.0% to $90.0 million.",
    # the year after "compared with" is the base's, not the linked figure's period
    "Total revenues were $500.0 million compared with $480.0 million in the third quarter of 2025.",
]


@pytest.mark.parametrize("text", LINKED_TRUE)
def test_a_text_figure_linked_to_its_line_is_read_and_silent(text: str) -> None:
    assert num_codes(statement(text)) == []
    assert any(r == "restatement" for r, _ in num_relations(statement(text)))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Operating expenses were $550.0 million.", "NUM019"),
        ("Total revenues reached $625.0 million (up 4.2% from the third quarter of 2025).", ""),
        ("Net income was $56.9 million.", "NUM019"),
        ("Installation services revenue fell 10.0% to $112.5 million.", "NUM019"),
        ("Installation services revenue fell 12.5% to $90.0 million.", "NUM003"),
        (
            "Total revenues reached $500.0 million (up 5.3% from the third quarter of 2025).",
            "NUM003",
        ),
    ],
)
def test_a_text_figure_its_line_contradicts_is_caught(text: str, code: str) -> None:
    codes = num_codes(statement(text))
    assert codes and (not code or code in codes)


@pytest.mark.parametrize(
    "text",
    [
        # a comparison's base is not the line's current figure
        "Operating expenses were flat, compared with $550.0 million in another filing.",
        # a segment's figure
        "In the furniture segment, operating expenses were $550.0 million.",
        # a change measured from the quarter before
        "Total revenues reached $500.0 million, up 9.0% from the second quarter.",
    ],
)
def test_figures_not_of_the_line_are_left_alone(text: str) -> None:
    assert num_codes(statement(text)) == []


# --- changes.py: a change between a loss and the income of the same measure ---

ACROSS_TRUE = [
    "Net income was $5.0 million, an improvement of $8.0 million compared with a net loss "
    "of $3.0 million in the third quarter of 2025.",
    "Operating income was $5.0 million, an increase of $8.0 million from an operating loss "
    "of $3.0 million a year earlier.",
]


@pytest.mark.parametrize("text", ACROSS_TRUE)
def test_a_change_from_a_loss_to_income_is_read_signed_and_silent(text: str) -> None:
    assert num_codes(release(text)) == []
    assert any(
        relation == "change" and any(t.startswith("-") for t in operands)
        for relation, operands in num_relations(release(text))
    )


@pytest.mark.parametrize(
    "text",
    [
        "Net income was $5.0 million, an improvement of $10.0 million compared with a net "
        "loss of $3.0 million in the third quarter of 2025.",
        "Operating income was $5.0 million, an increase of $10.0 million from an operating "
        "loss of $3.0 million a year earlier.",
    ],
)
def test_a_wrong_change_from_a_loss_to_income_is_caught(text: str) -> None:
    assert "NUM012" in num_codes(release(text))


@pytest.mark.parametrize(
    "text",
    [
        # a percentage across zero has no one convention
        "Net income was $5.0 million, up 100% compared with a net loss of $3.0 million in the "
        "third quarter of 2025.",
        # two loss words: which level is the loss is left open
        "Net income was $5.0 million, an improvement of $10.0 million compared with a net "
        "loss of $3.0 million, or a loss of $0.10 per share, in the third quarter of 2025.",
        # another measure's loss
        "Net income was $5.0 million, an increase of $10.0 million compared with an "
        "operating loss of $3.0 million in the third quarter of 2025.",
    ],
)
def test_a_loss_beside_income_left_open_is_not_flagged(text: str) -> None:
    assert num_codes(release(text)) == []
