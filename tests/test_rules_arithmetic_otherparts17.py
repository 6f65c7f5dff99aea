"""NUM014 for parts ended by "the other" one whose whole the sentence before states beside
its year-ago level (``parts_other``). Invented issuer and figures."""

from __future__ import annotations

import pytest

from tests.helpers import num_codes, num_relations

HEAD = """# Quillon Software Reports Fourth Quarter Fiscal 2026 Results

**PORTLAND, Ore., December 1, 2026 (GLOBE NEWSWIRE)** -- Quillon Software, Inc. (Nasdaq:
QLN) today reported results for its fourth quarter ended October 31, 2026.

{text}
"""


def release(text: str) -> str:
    return HEAD.format(text=text)


@pytest.mark.parametrize(
    "text",
    [
        "Revenue of $24.30 million compares with $21.90 million a year earlier. Licences "
        "brought in $19.10 million, or 78.6% of the total, and services the other $5.20 "
        "million.",
        "Bookings stood at $40.5 million, up 8.0% from $37.5 million a year before. Renewals "
        "made up $31.0 million of it; the remaining $9.5 million came from new customers.",
    ],
)
def test_parts_that_add_up_are_read_and_silent(text: str) -> None:
    assert num_codes(release(text)) == []
    assert any(relation == "parts-total" for relation, _ in num_relations(release(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Revenue of $24.30 million compares with $21.90 million a year earlier. Licences "
        "brought in $23.10 million, or 78.6% of the total, and services the other $5.20 "
        "million.",
        "Bookings stood at $40.5 million, up 8.0% from $37.5 million a year before. Renewals "
        "made up $31.0 million of it; the remaining $11.5 million came from new customers.",
    ],
)
def test_parts_that_do_not_add_up_are_caught(text: str) -> None:
    assert "NUM014" in num_codes(release(text))


@pytest.mark.parametrize(
    "text",
    [
        # no "other" part: the amounts need not split the whole
        "Revenue of $24.30 million compares with $21.90 million a year earlier. Licences "
        "brought in $19.10 million and services $3.20 million.",
        # the sentence before holds two levels: which one is the whole is open
        "Revenue was $24.30 million and gross profit $18.00 million. Licences brought in "
        "$19.10 million and services the other $3.20 million.",
        # the parts' sentence compares periods
        "Revenue was $24.30 million. Licences brought in $19.10 million, against $17.00 "
        "million a year earlier, and services the other $3.20 million.",
        # a whole far from the parts' sum is another measure's
        "Cash was $90.0 million. Licences brought in $19.10 million and services the other "
        "$3.20 million.",
        # another paragraph
        "Revenue was $24.30 million.\n\nLicences brought in $19.10 million and services the "
        "other $3.20 million.",
    ],
)
def test_lists_without_a_plain_whole_are_left_alone(text: str) -> None:
    assert "NUM014" not in num_codes(release(text))
