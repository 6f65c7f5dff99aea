"""NUM relations added with the claim model (NUM012 onwards): what each must catch, with
its working, and the near misses that must stay silent. Releases written for the tests."""

from __future__ import annotations

import pytest

from tests.test_rules_arithmetic import codes, num, problems, release


def found(body: str) -> list[str]:
    return codes(problems(num(release(body, "Norvale Photonics Declares Dividend"))))


# -- NUM013 dividends ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "declared a quarterly cash dividend of $0.27 per share, or $1.08 per share on an "
            "annualized basis.",
            [],
        ),
        (
            "declared a quarterly cash dividend of $0.27 per share, or $1.18 per share on an "
            "annualized basis.",
            ["NUM013"],
        ),
        # the annual rate in the next sentence of the paragraph; the prior rate is no operand
        (
            "raised its quarterly dividend to $0.27 per share from $0.25 per share. The new "
            "annual rate is $1.08 per share.",
            [],
        ),
        (
            "raised its quarterly dividend to $0.27 per share from $0.25 per share. The new "
            "annual rate is $10.80 per share.",
            ["NUM013"],
        ),
        # monthly x 12, and the yield on the stated price
        (
            "declared a monthly distribution of $0.05 per unit, an annualized rate of $0.60 per "
            "unit and a yield of 8.5% based on the closing price of $7.06 on March 3.",
            [],
        ),
        (
            "declared a monthly distribution of $0.05 per unit, an annualized rate of $0.60 per "
            "unit and a yield of 6.5% based on the closing price of $7.06 on March 3.",
            ["NUM013"],
        ),
        (
            "declared a quarterly dividend of $0.50 per share, representing an annual yield of "
            "4.0% based on the closing stock price of $50.00 on May 1.",
            [],
        ),
        (
            "declared a quarterly dividend of $0.50 per share, representing an annual yield of "
            "1.0% based on the closing stock price of $50.00 on May 1.",
            ["NUM013"],
        ),
        # "for the quarter" / "on an annual basis"; the price written before "unit price"
        (
            "declared a dividend of $0.21 per share for the quarter, which equals $0.94 per share "
            "on an annual basis.",
            ["NUM013"],
        ),
        (
            "set the monthly distribution at $0.08 per unit, or $0.96 per unit annualized, a "
            "8.0% yield on the $16.00 unit price at the close on June 2.",
            ["NUM013"],
        ),
        # near misses: a special dividend beside the regular one; two quarterly amounts
        (
            "declared a quarterly dividend of $0.25 per share and a special dividend of $1.00 "
            "per share, for a total annual payout of $2.00 per share.",
            [],
        ),
        (
            "declared quarterly dividends of $0.25 per Class A share and $0.20 per Class B "
            "share, an annual rate of $1.00 per Class A share.",
            [],
        ),
    ],
)
def test_dividend_rate_and_yield(body: str, expected: list[str]) -> None:
    assert found(body) == expected


def test_dividend_finding_shows_its_working() -> None:
    body = (
        "declared a quarterly cash dividend of $0.27 per share, or $1.18 per share on an "
        "annualized basis."
    )
    [finding] = problems(num(release(body)))
    assert finding.message == "$0.27 x 4 = $1.08 a year, not $1.18"
    assert finding.evidence[0] == "$0.27 x 4 payments a year = $1.08"


# -- NUM014 parts and total ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "reported total revenue of $12.4 million, consisting of $8.1 million from products "
            "and $4.3 million from services.",
            [],
        ),
        (
            "reported total revenue of $12.4 million, consisting of $8.1 million from products "
            "and $5.3 million from services.",
            ["NUM014"],
        ),
        (
            "sold 600,000 shares to Tidewater and 400,000 shares to Harborlight, for a total of "
            "1,000,000 shares.",
            [],
        ),
        (
            "sold 600,000 shares to Tidewater and 500,000 shares to Harborlight, for a total of "
            "1,000,000 shares.",
            ["NUM014"],
        ),
        # three rounded parts: within their rounding
        (
            "raised $2.0 million in the first tranche, $1.5 million in the second tranche and "
            "$1.0 million in the third, totaling $4.5 million.",
            [],
        ),
        (
            "raised $2.0 million in the first tranche, $1.5 million in the second tranche and "
            "$1.0 million in the third, totaling $5.5 million.",
            ["NUM014"],
        ),
        # near misses: a partial list; a change, not a list
        (
            "reported revenue of $10.0 million, including $3.0 million from licensing and "
            "$2.0 million from services.",
            [],
        ),
        (
            "revenue grew to $10.0 million from $8.0 million, for a total of $18.0 million over "
            "two years.",
            [],
        ),
    ],
)
def test_parts_add_up_to_the_total(body: str, expected: list[str]) -> None:
    assert found(body) == expected


def test_parts_total_shows_its_working() -> None:
    body = (
        "raised $2.0 million in the first tranche, $1.5 million in the second tranche and "
        "$1.0 million in the third, totaling $5.5 million."
    )
    [finding] = problems(num(release(body)))
    assert finding.evidence[0] == "$2.0 million + $1.5 million + $1.0 million = $4.50 million"


# -- NUM003 basis points and percentage points ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("said gross margin increased 40 basis points to 12.5% from 12.1%.", []),
        ("said gross margin increased 90 basis points to 12.5% from 12.1%.", ["NUM003"]),
        ("said gross margin increased 0.4 percentage points to 12.5% from 12.1%.", []),
        ("said the default rate decreased 0.50% to 0.62% compared to 1.12%.", ["NUM003"]),
    ],
)
def test_basis_points_are_the_change_in_the_rate(body: str, expected: list[str]) -> None:
    assert found(body) == expected


# -- NUM015 margins, NUM016 EPS -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Revenue was $10.0 million. Gross profit was $3.5 million and gross margin was 35%.", []),
        (
            "Revenue was $10.0 million. Gross profit was $3.5 million and gross margin was 45%.",
            ["NUM015"],
        ),
        (
            "Net sales were $48.0 million and operating income was $6.0 million, an operating "
            "margin of 12.5%.",
            [],
        ),
        (
            "Net sales were $48.0 million and operating income was $6.0 million, an operating "
            "margin of 15.5%.",
            ["NUM015"],
        ),
        # near misses: the prior year's margin; two revenues in one paragraph
        (
            "Revenue was $10.0 million. Gross profit was $3.5 million, and gross margin improved "
            "to 35% from 31%.",
            [],
        ),
        (
            "Revenue was $10.0 million for the quarter and $38.0 million for the year. Gross "
            "profit was $3.5 million and gross margin was 30% for the year.",
            [],
        ),
        # the revenue in the paragraph before the margin
        (
            "Revenue was $42.0 million.\n\nGross profit reached $21.0 million, with a gross "
            "margin of approximately 50%.",
            [],
        ),
        (
            "Revenue was $42.0 million.\n\nGross profit reached $21.0 million, with a gross "
            "margin of approximately 60%.",
            ["NUM015"],
        ),
        (
            "Net income was $3.7 million, or $0.12 per diluted share, on 30,000,000 weighted "
            "average diluted shares outstanding.",
            [],
        ),
        (
            "Net income was $3.7 million, or $0.15 per diluted share, on 30,000,000 weighted "
            "average diluted shares outstanding.",
            ["NUM016"],
        ),
    ],
)
def test_margins_and_eps(body: str, expected: list[str]) -> None:
    assert found(body) == expected


def test_eps_shows_its_working() -> None:
    body = (
        "Net income was $3.7 million, or $0.15 per diluted share, on 30,000,000 weighted "
        "average diluted shares outstanding."
    )
    [finding] = problems(num(release(body)))
    assert finding.message.startswith("$3.7 million / 30,000,000 shares is EPS of $0.12")


# -- NUM017 table totals ------------------------------------------------------------------------


def _table(rows: str) -> list[str]:
    text = (
        "# Norvale Photonics Update\n\nNorvale reported its schedule.\n\n"
        "| Item | 2025 | 2024 |\n|---|---|---|\n" + rows
    )
    return codes(problems(num(text, "release.md")))


def test_a_total_row_is_the_sum_of_the_list_above_it() -> None:
    rows = "| Alpha | $200 | $150 |\n| Beta | 300 | (50) |\n| Total | $500 | $100 |\n"
    assert _table(rows) == []
    assert _table(rows.replace("$500", "$510")) == ["NUM017"]


def test_a_total_that_names_its_heading() -> None:
    rows = (
        "| CURRENT ASSETS: | | |\n| Cash | 40 | 30 |\n| Receivables | 10 | 5 |\n"
        "| Total current assets | 50 | 35 |\n"
    )
    assert _table(rows) == []
    assert _table(rows.replace("| 50 |", "| 60 |")) == ["NUM017"]


def test_statements_with_unlabelled_subtotals_are_left_alone() -> None:
    rows = (
        "| Property | 500 | 480 |\n| Less accumulated depreciation | (300) | (290) |\n"
        "| | 200 | 190 |\n| Other | 10 | 10 |\n| Total assets | 999 | 999 |\n"
    )
    assert _table(rows) == []


def test_a_hidden_subtotal_makes_the_group_a_hierarchy() -> None:
    rows = (
        "| Licenses | 100 | 90 |\n| Cloud | 50 | 40 |\n| Software revenues | 150 | 130 |\n"
        "| Hardware | 30 | 30 |\n| Total revenues | 180 | 160 |\n"
    )
    assert _table(rows) == []


def test_table_total_shows_its_working() -> None:
    text = (
        "# Norvale Photonics Update\n\nNorvale reported its schedule.\n\n"
        "| Partner | Collected |\n|---|---|\n| Alpha | $200,000 |\n| Beta | $296,000 |\n"
        "| Total | $502,000 |\n"
    )
    [finding] = problems(num(text, "release.md"))
    assert finding.evidence[0] == "Alpha 200,000 + Beta 296,000 = 496,000"
    assert "(Collected)" in finding.message


# -- NUM018 conversion at stated value ----------------------------------------------------------


@pytest.mark.parametrize(
    ("issued", "expected"), [("1,250,000", []), ("1,500,000", ["NUM018"]), ("500,000", ["NUM018"])]
)
def test_conversion_at_stated_value(issued: str, expected: list[str]) -> None:
    body = (
        "Tidewater converted 500 shares of Series B Preferred Stock, each with a stated value of "
        f"$1,000 per share, into {issued} shares of common stock at a conversion price of $0.40 "
        "per share."
    )
    assert found(body) == expected


def test_an_aggregate_stated_value_is_not_per_share() -> None:
    body = (
        "Tidewater converted 10 shares of Series B Preferred Stock, with an aggregate stated "
        "value of $1,000, into 62 shares of common stock at a conversion price of $20.0000 per "
        "share."
    )
    assert "NUM018" not in found(body)


def test_stated_value_is_per_share_not_the_amount() -> None:
    body = (
        "Tidewater converted 500 shares of Series B Preferred Stock, each with a stated value of "
        "$1,000 per share, into 1,500,000 shares of common stock at a conversion price of $0.40 "
        "per share."
    )
    [finding] = problems(num(release(body)))
    assert finding.evidence[0] == "500 shares x $1,000 = $500,000; / $0.40 = 1,250,000 shares"
