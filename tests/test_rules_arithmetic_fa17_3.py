"""NUM012 for an amount change between a loss and a profit (``loss_levels``): a level its own
phrase names a loss ("from an operating-profit measure's loss of $2.8 million") is negative
when the other level is a profit, so "EBITDA of $0.9 million, an improvement of $3.7
million from an EBITDA loss of $2.8 million" adds up (-2.8 + 3.7 = 0.9). Two losses keep
their plain reading (a loss narrowing). Invented issuer and figures."""

from __future__ import annotations

import pytest

from tests.helpers import num_codes, num_relations

HEAD = """# Velmora Foods Reports Second Quarter 2026 Results

**DENVER, Colorado, August 6, 2026 (GLOBE NEWSWIRE)** -- Velmora Foods Inc. (NASDAQ: VLMF)
today reported results for the second quarter ended June 30, 2026.

{text}
"""


def release(text: str) -> str:
    return HEAD.format(text=text)


TRUE = [
    # the prior level a loss, the new one a profit: the amount spans zero
    "Adjusted EBITDA was $0.9 million, an improvement of $3.7 million from an adjusted "
    "EBITDA loss of $2.8 million in the second quarter of 2025.",
    "EBITDA came to $2.15 million, up $6.40 million from the EBITDA loss of $4.25 million a "
    "year earlier.",
    # the loss written after its figure
    "Net income of $1.2 million compared with a $3.5 million net loss in the prior-year "
    "quarter, a swing of $4.7 million.",
    # the new level the loss, the base a profit
    "Adjusted EBITDA was a loss of $0.6 million, a decrease of $2.6 million from adjusted "
    "EBITDA of $2.0 million in the second quarter of 2025.",
]

#: Two losses: magnitudes, read as before (a narrowing loss is a smaller figure).
TWO_LOSSES = [
    "The net loss was $2.4 million, an improvement of $1.3 million from a net loss of $3.7 "
    "million in the second quarter of 2025.",
    "The operating loss narrowed by $0.8 million to $1.9 million, compared with an operating "
    "loss of $2.7 million a year earlier.",
]


@pytest.mark.parametrize("text", TRUE + TWO_LOSSES)
def test_a_true_change_from_or_to_a_loss_is_silent(text: str) -> None:
    assert num_codes(release(text)) == []


@pytest.mark.parametrize("text", TRUE[:2] + TWO_LOSSES[:1])
def test_the_change_is_still_read(text: str) -> None:
    """The amount is checked, not dropped: the reader still makes the claim."""
    assert any(relation == "change" for relation, _ in num_relations(release(text)))


@pytest.mark.parametrize(
    "text",
    [
        # the amount is neither the signed difference nor any other
        "Adjusted EBITDA was $0.9 million, an improvement of $4.7 million from an adjusted "
        "EBITDA loss of $2.8 million in the second quarter of 2025.",
        # the unsigned difference (what a reader ignoring the loss would compute)
        "Adjusted EBITDA was $0.9 million, an improvement of $1.9 million from an adjusted "
        "EBITDA loss of $2.8 million in the second quarter of 2025.",
        "EBITDA came to $2.15 million, up $2.10 million from the EBITDA loss of $4.25 million "
        "a year earlier.",
        # the direction is wrong: from a loss to a profit is up
        "EBITDA came to $2.15 million, down $6.40 million from the EBITDA loss of $4.25 "
        "million a year earlier.",
        # the new level the loss: a wrong decrease
        "Adjusted EBITDA was a loss of $0.6 million, a decrease of $1.4 million from adjusted "
        "EBITDA of $2.0 million in the second quarter of 2025.",
        # two losses, a wrong difference
        "The net loss was $2.4 million, an improvement of $2.3 million from a net loss of "
        "$3.7 million in the second quarter of 2025.",
    ],
)
def test_a_wrong_amount_is_still_flagged(text: str) -> None:
    assert "NUM012" in num_codes(release(text))
