"""Session 18 (s18-changes16): EPS read from a per-share figure and the count its own words
put it over, in any order (``eps_clauses``). Invented issuer and figures."""

from __future__ import annotations

import pytest

from tests.helpers import num_codes, num_relations

HEAD = """# Quillmoor Instruments Reports Third Quarter 2026 Results

**DENVER, Colo., November 10, 2026 (BUSINESS WIRE)** -- Quillmoor Instruments, Inc. (NYSE:
QLMR) today reported results for the third quarter ended September 30, 2026.

{text}
"""


def release(text: str) -> str:
    return HEAD.format(text=text)


EPS_TRUE = [
    "Net income of $24.6 million was shared among 41.0 million diluted shares, or $0.60 per share.",
    "Net income of $9.0 million amounted to $0.30 for each of the 30.0 million diluted "
    "shares outstanding.",
    "Net income of $52.5 million, divided by 35.0 million diluted shares, gives $1.50 per share.",
    "Net earnings were $18.0 million; with 60.0 million shares in issue that is $0.30 a share.",
    "Net income was $12.0 million, equal to $0.40 for each of the 30.0 million diluted "
    "shares; adjusted net income of $15.0 million came to $0.50 a share.",
    "Net income attributable to Quillmoor came in at $33.0 million. Spread over 55.0 "
    "million diluted shares, that is $0.60 per share.",
    "The net loss was $6.0 million. Divided among 40.0 million weighted average shares, "
    "that is a loss of $0.15 a share, or $0.60 on the 10.0 million shares the reverse "
    "split will leave.",
]


@pytest.mark.parametrize("text", EPS_TRUE)
def test_eps_over_its_own_count_is_read_and_silent(text: str) -> None:
    assert num_codes(release(text)) == []
    assert any(relation == "eps" for relation, _ in num_relations(release(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Net income of $24.6 million was shared among 41.0 million diluted shares, or $0.75 "
        "per share.",
        "Net income of $9.0 million amounted to $0.38 for each of the 30.0 million diluted "
        "shares outstanding.",
        "Net income of $52.5 million, divided by 35.0 million diluted shares, gives $1.88 per "
        "share.",
        "Net earnings were $18.0 million; with 60.0 million shares in issue that is $0.38 a share.",
        "Net income was $12.0 million, equal to $0.40 for each of the 30.0 million diluted "
        "shares; adjusted net income of $15.0 million came to $0.63 a share.",
        "Net income attributable to Quillmoor came in at $33.0 million. Spread over 55.0 "
        "million diluted shares, that is $0.75 per share.",
        "The net loss was $6.0 million. Divided among 40.0 million weighted average shares, "
        "that is a loss of $0.15 a share, or $0.75 on the 10.0 million shares the reverse "
        "split will leave.",
    ],
)
def test_a_wrong_eps_over_its_own_count_is_caught(text: str) -> None:
    assert "NUM016" in num_codes(release(text))


@pytest.mark.parametrize(
    "text",
    [
        # a dividend per share over the count outstanding is no EPS
        "Net income was $12.0 million. The board declared a dividend of $0.25 per share on "
        "the 30.0 million shares outstanding.",
        # a price per share of shares sold
        "Net income was $12.0 million. The company sold 2.0 million shares at $9.00 per share.",
        # the adjusted per-share figure is not the GAAP net result's
        "Net income was $12.0 million. On 30.0 million diluted shares, adjusted earnings "
        "came to $0.50 per share.",
        # a year-earlier per-share figure
        "Net income was $12.0 million, against $0.25 per share on 30.0 million shares a "
        "year earlier.",
        # basic per-share amount beside a diluted count
        "Net income was $12.0 million, or $0.50 basic per share on 30.0 million diluted "
        "shares and $0.48 diluted.",
        # another paragraph
        "Net income was $12.0 million.\n\nOn 30.0 million shares that is $0.50 a share.",
        # two net results in the sentence before: which one is open
        "Net income was $12.0 million and net income of the parent $9.0 million. On 30.0 "
        "million shares that is $0.50 per share.",
    ],
)
def test_eps_without_its_own_count_or_net_is_left_alone(text: str) -> None:
    assert "NUM016" not in num_codes(release(text))
