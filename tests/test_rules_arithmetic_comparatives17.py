"""NUM003 for a change read from its clause (``changes``) with a comparative the clause
reader did not know: a base named a few words after "above"/"below" ("27% above the third
quarter of 2025's $25,070") and "wider"/"narrower" as directions. Invented figures."""

from __future__ import annotations

import pytest

from tests.helpers import num_codes, num_relations

HEAD = """# Delmar Bulk Reports Third Quarter 2026 Results

**ATHENS, Greece, November 9, 2026 (GLOBE NEWSWIRE)** -- Delmar Bulk Ltd. (NYSE: DMB) today
reported results for the third quarter ended September 30, 2026.

{text}
"""


def release(text: str) -> str:
    return HEAD.format(text=text)


@pytest.mark.parametrize(
    "text",
    [
        "At $31,840 a day, Capesize rates were 27% above the third quarter of 2025's $25,070.",
        "The average discount was $4.10, 18% narrower than the $5.00 of a year earlier.",
    ],
)
def test_a_true_change_with_such_a_comparative_is_read_and_silent(text: str) -> None:
    assert num_codes(release(text)) == []
    assert any(relation == "change" for relation, _ in num_relations(release(text)))


@pytest.mark.parametrize(
    "text",
    [
        "At $31,840 a day, Capesize rates were 37% above the third quarter of 2025's $25,070.",
        "At $31,840 a day, Capesize rates were 27% below the third quarter of 2025's $25,070.",
        "The average discount was $4.10, 28% narrower than the $5.00 of a year earlier.",
    ],
)
def test_a_wrong_change_with_such_a_comparative_is_caught(text: str) -> None:
    assert "NUM003" in num_codes(release(text))


def test_a_price_above_another_is_not_a_change() -> None:
    # a premium to a price is NUM002's, not a change between two levels
    text = "The offer of $27.50 is 28% above the unaffected closing price of $21.40."
    assert "NUM003" not in num_codes(release(text))
