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
