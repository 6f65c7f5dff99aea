"""NUM003, session 17 false alarm 1: "the total" a sentence after a level of another period.

``elided_wholes`` read "(P% of the total)" as a share of the level the sentence before
states. Two readings were missing: a part whose sentence lists like parts after it has the
list's total for "the total" (the level before is its whole only if the list adds up to
it), and a level dated to an earlier period ("Twelve months ago ... stood at $W") is a
comparison's base, not the whole of a current part. "Of that total" still points back to
any level. The passages are written for this file (fictional issuers)."""

from __future__ import annotations

import pytest

from tests.test_rules_arithmetic_model import codes
from tests.test_rules_arithmetic_recall import relations

NOT_THE_LEVEL_BEFORE = [
    # the level before is a year-ago base, and the part's sentence lists its own total
    "A year ago the fund held $40.0 million. At year end its holdings comprised bonds of "
    "$30.0 million (60.0% of the total), loans of $12.0 million and cash of $8.0 million.",
    # a current level before, but the listed parts add up to another total (orders, $50.0)
    "Revenue was $40.0 million in the quarter. Orders booked comprised software of $30.0 "
    "million (60.0% of the total), hardware of $12.0 million and services of $8.0 million.",
    # no list, but the level before is dated twelve months back: the total is today's
    "Twelve months ago the backlog was $40.0 million. Today hardware orders account for "
    "$30.0 million, or 60.0% of the total.",
    # the date after the level, in its own clause
    "The portfolio stood at $40.0 million a year earlier. Bonds now account for $30.0 million, "
    "or 60.0% of the total.",
]


@pytest.mark.parametrize("body", NOT_THE_LEVEL_BEFORE)
def test_the_total_is_not_another_periods_level(body: str) -> None:
    assert codes(body) == []
    assert not any(r == "portion" and "$40.0 million" in ops for r, ops in relations(body))


STILL_THE_LEVEL_BEFORE = [
    # the listed parts add up to the level before: "the total" is both
    (
        "Revenue was $50.0 million in the quarter. Software brought in $30.0 million ({p} of "
        "the total), hardware $12.0 million and services $8.0 million.",
        "60.0%",
        "75.0%",
    ),
    # "Of that total" points back, even to a year-ago level
    (
        "A year ago deposits stood at $40.0 million. Of that total, $10.0 million, or {p}, "
        "carried no interest.",
        "25.0%",
        "31.3%",
    ),
    # a current level, the comparison's date on the other figure
    (
        "Backlog reached $80.0 million, compared with $70.0 million a year earlier. Hardware "
        "orders were $52.0 million, or {p} of the total.",
        "65.0%",
        "81.3%",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), STILL_THE_LEVEL_BEFORE)
def test_the_total_before_is_still_read(body: str, true: str, moved: str) -> None:
    assert any(r == "portion" and true in ops for r, ops in relations(body.format(p=true)))
    assert codes(body.format(p=true)) == []
    assert "NUM003" in codes(body.format(p=moved))


def test_a_moved_part_of_a_list_is_still_caught() -> None:
    """The list's reading must not silence the defect it carries: with the part moved, the
    listed figures no longer add up to the level before, but the percentage is no share of
    their sum either, so the part is still checked against the level (it was silent once the
    list's reading came in, while the clean sentence reads the same either way)."""
    body = (
        "Contracted revenue reached $80.0 million. {part}, or 60.0%, falls due within a "
        "year, and $32.0 million after that."
    )
    clean = body.format(part="$48.0 million")
    assert any(r == "portion" and "60.0%" in ops for r, ops in relations(clean))
    assert codes(clean) == []
    assert "NUM003" in codes(body.format(part="$56.0 million"))
