"""NUM003 for a change whose two levels stand in two clauses (``split_changes``): the base
in the clause after ("...; it was $34.3 million a year ago"), or the new level in the
sentence before ("A year ago the bank earned $12.85 million, so earnings are 13.8%
higher"). Invented issuer and figures."""

from __future__ import annotations

import pytest

from tests.helpers import num_codes, num_relations

HEAD = """# Ostrava Marine Reports Third Quarter 2026 Results

**HOUSTON, Texas, November 3, 2026 (BUSINESS WIRE)** -- Ostrava Marine Inc. (NYSE: OSM)
today reported results for the third quarter ended September 30, 2026.

{text}
"""


def release(text: str) -> str:
    return HEAD.format(text=text)


TRUE = [
    # the base in the clause after, pointing back with "it"
    "Charter revenue of $38.2 million grew 11.4%; it was $34.3 million a year ago.",
    "Charter revenue rose 11% to $38.2 million. A year earlier it had been $34.3 million.",
    # the new level in the sentence before, the base opening its clause on the year ago
    "Net income was $14.62 million. A year ago the company earned $12.85 million, so "
    "earnings are 13.8% higher.",
    # ... or marked by "from"
    "Ostrava priced $575 million of notes. The issue was enlarged from the $500 million "
    "first announced, an upsizing of 15%.",
    # "improved" says better, not up: the size is checked
    "Vessels earned $24,282 a day; a year ago the average was $21,150, so daily earnings "
    "improved 14.8%.",
]


@pytest.mark.parametrize("text", TRUE)
def test_a_true_change_split_over_two_clauses_is_read_and_silent(text: str) -> None:
    assert num_codes(release(text)) == []
    assert any(relation == "change" for relation, _ in num_relations(release(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Charter revenue of $38.2 million grew 16.4%; it was $34.3 million a year ago.",
        "Charter revenue rose 21% to $38.2 million. A year earlier it had been $34.3 million.",
        "Net income was $14.62 million. A year ago the company earned $12.85 million, so "
        "earnings are 18.8% higher.",
        "Net income was $14.62 million. A year ago the company earned $12.85 million, so "
        "earnings are 13.8% lower.",  # they rose
        "Ostrava priced $575 million of notes. The issue was enlarged from the $500 million "
        "first announced, an upsizing of 25%.",
        "Vessels earned $24,282 a day; a year ago the average was $21,150, so daily earnings "
        "improved 24.8%.",
    ],
)
def test_a_wrong_change_split_over_two_clauses_is_caught(text: str) -> None:
    assert "NUM003" in num_codes(release(text))


@pytest.mark.parametrize(
    "text",
    [
        # the next clause's amount is of another period than the year before
        "Charter revenue of $38.2 million grew 16.4%; it was $34.3 million in the second quarter.",
        "Charter revenue of $38.2 million grew 16.4% sequentially; it was $34.3 million a "
        "year ago.",
        # the next clause does not point back at the level: another measure's
        "Charter revenue of $38.2 million grew 16.4%; fuel cost $34.3 million a year ago.",
        # two amounts in the clause of the base: which one is open
        "Net income was $14.62 million. A year ago the company paid $12.85 million for "
        "ships and $2.0 million for fuel, 18.8% more.",
        # the sentence before holds two amounts
        "Revenue was $40.1 million and net income $14.62 million. A year ago the company "
        "earned $12.85 million, so earnings are 18.8% higher.",
        # the change is the base clause's own ("and grew"): last year's growth
        "Net income was $14.62 million. Last year it came to $12.85 million and grew 18.8%.",
        # another paragraph
        "Net income was $14.62 million.\n\nA year ago the company earned $12.85 million, so "
        "earnings are 18.8% higher.",
    ],
)
def test_changes_split_without_a_plain_tie_are_left_alone(text: str) -> None:
    assert "NUM003" not in num_codes(release(text))
