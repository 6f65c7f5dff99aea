"""NUM015 for a profit stated as a percentage of the release's revenue, the revenue stated
elsewhere in the release (``revenue_margins``). Invented issuer and figures."""

from __future__ import annotations

import pytest

from tests.helpers import num_codes, num_relations

HEAD = """# Harlan Fleet Services Reports Third Quarter 2026 Results

**OMAHA, Neb., November 5, 2026 (BUSINESS WIRE)** -- Harlan Fleet Services, Inc. (NYSE: HFS)
today reported results for the third quarter ended September 30, 2026.

Third-quarter revenue, at $214.6 million, was 6.3% ahead of last year's $201.9 million. For
the nine months, revenue totaled $621.0 million.

{text}
"""


def release(text: str) -> str:
    return HEAD.format(text=text)


@pytest.mark.parametrize(
    "text",
    [
        "Adjusted EBITDA was $41.8 million, a margin of 19.5%.",
        "Net income reached $23.2 million, or 10.8% of revenue.",
        "Operating income of $30.1 million was a 14.0% margin.",
    ],
)
def test_a_true_margin_over_the_releases_revenue_is_read_and_silent(text: str) -> None:
    assert num_codes(release(text)) == []
    assert any(relation == "margin" for relation, _ in num_relations(release(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Adjusted EBITDA was $41.8 million, a margin of 24.5%.",
        "Net income reached $23.2 million, or 13.8% of revenue.",
    ],
)
def test_a_wrong_margin_over_the_releases_revenue_is_caught(text: str) -> None:
    assert "NUM015" in num_codes(release(text))


@pytest.mark.parametrize(
    "text",
    [
        # a share of revenue that is not a profit (a cost, a segment's sales): not a margin
        "Research and development cost $41.8 million, or 24.5% of revenue.",
        # a year-ago margin is not over this period's revenue
        "A year ago adjusted EBITDA was $36.7 million, a margin of 24.5%.",
        # a segment's margin is over the segment's revenue
        "The rentals segment's operating income was $5.0 million, a margin of 24.5%.",
    ],
)
def test_margins_not_over_the_releases_revenue_are_left_alone(text: str) -> None:
    assert "NUM015" not in num_codes(release(text))
