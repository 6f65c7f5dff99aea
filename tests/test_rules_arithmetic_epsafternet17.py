"""NUM016 for a per-share figure and its share count stated after the net result they
divide (``eps_after_net``): "The net loss was $2.61 million. Divided among 152.4 million
weighted average shares, that is a loss of $0.02 a share." Invented issuer and figures."""

from __future__ import annotations

import pytest

from tests.helpers import num_codes, num_relations

HEAD = """# Penlow Therapeutics Reports Third Quarter 2026 Results

**BOSTON, Mass., November 12, 2026 (GLOBE NEWSWIRE)** -- Penlow Therapeutics, Inc. (Nasdaq:
PNLW) today reported results for the third quarter ended September 30, 2026.

{text}
"""


def release(text: str) -> str:
    return HEAD.format(text=text)


TRUE = [
    "The net loss was $8.40 million. Divided among 42.0 million weighted average shares, "
    "that is a loss of $0.20 a share.",
    "Net income was $14.62 million. A year ago the company earned $12.85 million, so "
    "earnings are 13.8% higher. Spread across 18.40 million diluted shares, this quarter's "
    "profit works out to $0.79 per share.",
    "The net loss was $17.95 million. Per share the loss was $0.43 on 41.6 million weighted "
    "average shares, against $0.38 on 38.9 million.",
]


@pytest.mark.parametrize("text", TRUE)
def test_a_true_eps_after_its_net_result_is_read_and_silent(text: str) -> None:
    assert num_codes(release(text)) == []
    assert any(relation == "eps" for relation, _ in num_relations(release(text)))


@pytest.mark.parametrize(
    "text",
    [
        "The net loss was $8.40 million. Divided among 42.0 million weighted average shares, "
        "that is a loss of $0.25 a share.",
        "Net income was $14.62 million. Spread across 18.40 million diluted shares, this "
        "quarter's profit works out to $0.99 per share.",
        "The net loss was $17.95 million. Per share the loss was $0.53 on 41.6 million "
        "weighted average shares, against $0.38 on 38.9 million.",
    ],
)
def test_a_wrong_eps_after_its_net_result_is_caught(text: str) -> None:
    assert "NUM016" in num_codes(release(text))


@pytest.mark.parametrize(
    "text",
    [
        # an adjusted result's per-share figure is not net income's
        "Net income was $8.40 million. On 42.0 million diluted shares, adjusted earnings "
        "came to $0.25 per share.",
        # the year-earlier per-share figure is not this period's net result's
        "Net income was $8.40 million. A year earlier the loss was $0.25 per share on 40.0 "
        "million shares.",
        # the sentence before states two net results: which one is open
        "Net income was $8.40 million and net income of the parent $6.00 million. On 42.0 "
        "million shares that is $0.25 per share.",
        # another paragraph
        "The net loss was $8.40 million.\n\nOn 42.0 million shares that is $0.25 per share.",
    ],
)
def test_eps_without_a_plain_net_result_is_left_alone(text: str) -> None:
    assert "NUM016" not in num_codes(release(text))
