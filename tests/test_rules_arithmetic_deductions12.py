"""NUM014 and NUM001, session 12: two false-alarm classes found by the first score of the
fresh split ``own10`` (fictional issuers and figures, written for these tests).

- Figures named as what was taken off a total ("After underwriting discounts of $A and
  expenses of $B, net proceeds ... total $T") are deductions, not its parts.
- A stated value tied to "each" preferred share by any verb ("each carrying a stated value
  of $1,000") is a value per share, never the amount converted.
Each refusal has its catch beside it: the same shapes still report a wrong figure.
"""

from __future__ import annotations

from tests.test_rules_arithmetic_model import codes

DEDUCTED = (
    "After underwriting discounts and commissions of about {a} and estimated offering "
    "expenses of $0.60 million, net proceeds from the offering are expected to total "
    "approximately $46.15 million."
)


def test_deductions_before_a_net_total_are_no_parts() -> None:
    assert codes(DEDUCTED.format(a="$3.25 million")) == []


def test_parts_before_a_total_are_still_added() -> None:
    body = (
        "The company sold 1,200,000 shares to new investors and 300,000 shares to existing "
        "holders, for a total of {t} shares."
    )
    assert codes(body.format(t="1,500,000")) == []
    assert codes(body.format(t="1,900,000")) == ["NUM014"]


EACH_CARRYING = (
    "All 12,000 shares of Series D Preferred Stock, each carrying a stated value of $1,000, "
    "converted at $3.00 per common share, resulting in the issuance of {n} shares of common "
    "stock."
)


def test_a_value_per_preferred_share_is_no_amount_converted() -> None:
    assert codes(EACH_CARRYING.format(n="4,000,000")) == []


def test_the_conversion_is_still_checked_at_its_stated_value() -> None:
    assert "NUM018" in codes(EACH_CARRYING.format(n="5,000,000"))
