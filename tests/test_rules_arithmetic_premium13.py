"""NUM002, session 13: three false alarms of the fresh split ``own11`` (read after its first
score). A percentage's reference price is the one after it only when no other percentage
stands between them; a reference named by pointing back ("to that close") is stated earlier,
not missing; a 52-week high is dated by its window. Invented issuer and figures."""

from __future__ import annotations

import pytest

from tests.test_rules_arithmetic_model import codes

CLOSE = "Quillon's stock closed at $21.15 on December 4, 2026, the last trading day before.\n\n"


def test_each_premium_takes_the_reference_next_to_it() -> None:
    body = (
        CLOSE + "The offer price of $27.50 per share is a premium of about 30.0% to that close, "
        "and a premium of {p}% to $19.64, the volume-weighted average price over the 60 "
        "trading days ended the same day."
    )
    assert "NUM002" not in codes(body.format(p="40.0"))
    assert "NUM002" in codes(body.format(p="50.0"))  # 27.50 / 19.64 is +40.0%


@pytest.mark.parametrize(
    "body",
    [
        CLOSE + "The offer price of $27.50 per share is a premium of about 30.0% to that close.",
        CLOSE + "The $27.50 offer price is 30.0% above that same closing price.",
    ],
)
def test_a_reference_pointed_back_at_is_not_missing(body: str) -> None:
    assert "NUM002" not in codes(body)


def test_a_52_week_high_is_dated_by_its_window() -> None:
    body = (
        "The offer price of $27.50 per share is 6.6% above the highest price at which the "
        "shares traded in the past 52 weeks, $25.80."
    )
    assert "NUM002" not in codes(body)
    assert "NUM002" in codes(body.replace("6.6%", "9.6%"))
