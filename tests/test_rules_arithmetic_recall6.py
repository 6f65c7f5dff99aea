"""NUM claim model, session 6 (issue 10): parts a paragraph states one sentence each.

Each case is written for this file (fictional issuers) and comes with its near misses: the
true claim raises nothing, the same claim with one figure moved beyond its rounding is
caught, and a look-alike that is no claim stays silent."""

from __future__ import annotations

import pytest

from tests.test_rules_arithmetic_model import codes
from tests.test_rules_arithmetic_recall import relations

# -- NUM014: a total, then a sentence for each part ---------------------------------------------

NAMED_PARTS = [
    # a group's measure, then each member's in the next sentences of the paragraph
    (
        "Cloud Suite ARR was {total}, exiting the quarter. Render ARR grew to $8.40 billion and "
        "Sign ARR grew to $2.35 billion.",
        "$10.75 billion",
        "$13.40 billion",
    ),
    # a consolidated figure, then each segment opening its own sentence
    (
        "Brakel achieved consolidated sales of {total} in the first nine months of 2026, "
        "compared with EUR 61.2 million a year earlier. In the Water Services segment, sales "
        "amounted to EUR 48.3 million. In the Solar and Storage segment, sales rose by 12.5% "
        "to EUR 16.1 million.",
        "EUR 64.4 million",
        "EUR 80.5 million",
    ),
    # a segment's revenue and the product lines it is made of
    (
        "Tools segment revenue was {total}, up 9 percent year over year. Drafting revenue was "
        "$1.85 billion, up 8 percent. Review revenue was $412 million, up 13 percent.",
        "$2.26 billion",
        "$2.83 billion",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), NAMED_PARTS)
def test_named_parts_of_a_total(body: str, true: str, moved: str) -> None:
    assert any(r == "parts-total" for r, _ in relations(body.format(total=true)))
    assert codes(body.format(total=true)) == []
    assert "NUM014" in codes(body.format(total=moved))


NOT_NAMED_PARTS = [
    # one part named: the paragraph states no sum
    "Total revenue was $12.0 million. Product revenue was $7.5 million.",
    # the next segment is no part of the segment before it
    "Tools segment revenue was $2.26 billion. Media segment revenue was $1.18 billion. "
    "Drafting revenue was $0.4 billion.",
    # a prior period's and an adjusted figure are no parts
    "Total revenue was $12.0 million. Prior year revenue was $9.5 million. Adjusted revenue "
    "was $12.4 million.",
    # parts in another paragraph: a paragraph names its own parts
    "Total revenue was $12.0 million.\n\nProduct revenue was $7.5 million. Service revenue "
    "was $2.5 million.",
    # a part named twice is a restatement, not a second part
    "Total revenue was $12.0 million. Product revenue was $7.5 million. Product revenue "
    "was $7.5 million.",
]


@pytest.mark.parametrize("body", NOT_NAMED_PARTS)
def test_named_parts_near_misses(body: str) -> None:
    assert not any(r == "parts-total" for r, _ in relations(body))
    assert codes(body) == []
