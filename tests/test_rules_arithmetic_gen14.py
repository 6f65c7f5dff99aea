# ruff: noqa: E501
"""Session 14: products and parts-totals read from typed figures, not from templates.

Every passage was written for this file (invented companies and figures, each figure
computed first) in wordings away from the readers' templates: the count, the price and
the amount in any order, across two sentences that point back ("Those shares", "She paid"),
several counts at their own prices summing to the gross, a total before or after its
parts, "made up of", "of which", "the remaining", "used ... remains". ``PAIRS`` holds a
true passage (no NUM finding) and its defective twin (one operand moved beyond its
rounding: a NUM error or warning). ``SILENT`` are near misses whose figures look related
but are not (an "up to" facility, another period, another tranche, an "including" list,
a bound): each must stay silent even though its arithmetic does not hold.
"""

from __future__ import annotations

import pytest

from tests.test_rules_arithmetic_model import codes

#: (case, true passage, defective twin)
PAIRS: list[tuple[str, str, str]] = [
    (
        "product: the amount in a later sentence pointing back",
        "The buyers are taking 3,400,000 common shares. At $2.75 apiece, those shares bring in $9.35 million.",
        "The buyers are taking 3,400,000 common shares. At $2.75 apiece, those shares bring in $11.35 million.",
    ),
    (
        "product: units each priced, raising",
        "Kestrel Bay sold 1,200,000 units, each priced at $5.00, raising $6.0 million before expenses.",
        "Kestrel Bay sold 1,200,000 units, each priced at $5.00, raising $7.5 million before expenses.",
    ),
    (
        "product: the amount first, an average price last",
        "For $12.6 million, Harbin Pine picked up 4,200,000 of its own shares, an average of $3.00 each.",
        "For $15.6 million, Harbin Pine picked up 4,200,000 of its own shares, an average of $3.00 each.",
    ),
    (
        "product: pre-funded warrants adding an amount",
        "In place of shares, one fund bought 600,000 pre-funded warrants priced at $4.499, which adds roughly $2.7 million.",
        "In place of shares, one fund bought 600,000 pre-funded warrants priced at $4.499, which adds roughly $3.4 million.",
    ),
    (
        "product: ADSs worth a total",
        "The 2,000,000 ADSs went to investors at $8.50 per ADS, worth $17.0 million in total.",
        "The 2,000,000 ADSs went to investors at $8.50 per ADS, worth $19.0 million in total.",
    ),
    (
        "product: the price first, the worth at issue",
        "Priced at $0.45, the 20,000,000 new shares are worth $9.0 million at issue.",
        "Priced at $0.45, the 20,000,000 new shares are worth $11.0 million at issue.",
    ),
    (
        "product: an apposition of stated value, the per-share value after it",
        "The 15,000 preferred shares, $15.0 million of stated value in total, carry a stated value of $1,000 each.",
        "The 15,000 preferred shares, $18.0 million of stated value in total, carry a stated value of $1,000 each.",
    ),
    (
        "product: an insider's purchase told in two sentences",
        "The Chief Financial Officer bought 80,000 shares in the open market last week. She paid $6.25 per share, or $500,000 in total.",
        "The Chief Financial Officer bought 80,000 shares in the open market last week. She paid $6.25 per share, or $650,000 in total.",
    ),
    (
        "product: a stake's market value at a close",
        "Northgate holds 12,500,000 Vantor shares; at Friday's close of $14.40, the stake has a market value of about $180 million.",
        "Northgate holds 12,500,000 Vantor shares; at Friday's close of $14.40, the stake has a market value of about $220 million.",
    ),
    (
        "products: shares and pre-funded warrants at their own prices, summing to the gross",
        "The offering consists of 4,000,000 shares at $2.50 and 1,000,000 pre-funded warrants at $2.499, for aggregate gross proceeds of about $12.5 million.",
        "The offering consists of 4,000,000 shares at $2.50 and 1,000,000 pre-funded warrants at $2.499, for aggregate gross proceeds of about $14.5 million.",
    ),
    (
        "products: two buyers at two prices, one total",
        "Insiders took 500,000 shares at $1.10 and the public 2,000,000 shares at $1.00, bringing the gross to $2.55 million.",
        "Insiders took 500,000 shares at $1.10 and the public 2,000,000 shares at $1.00, bringing the gross to $3.15 million.",
    ),
    (
        "parts: the remaining part",
        "Revenue for the year was $84.0 million. Product sales contributed $61.5 million and services the remaining $22.5 million.",
        "Revenue for the year was $84.0 million. Product sales contributed $61.5 million and services the remaining $27.5 million.",
    ),
    (
        "parts: made up of",
        "Gross proceeds of $25.0 million are made up of $18.0 million from common shares and $7.0 million from pre-funded warrants.",
        "Gross proceeds of $25.0 million are made up of $18.0 million from common shares and $9.0 million from pre-funded warrants.",
    ),
    (
        "parts: a total before a colon list",
        "Together, the three acquisitions cost $410 million: $200 million for Arlo, $150 million for Brisk and $60 million for Coda.",
        "Together, the three acquisitions cost $410 million: $200 million for Arlo, $150 million for Brisk and $80 million for Coda.",
    ),
    (
        "parts: shares consisting of two issues",
        "The 9,000,000 shares issued consisted of 5,500,000 shares to the sellers and 3,500,000 shares to the lenders.",
        "The 9,000,000 shares issued consisted of 5,500,000 shares to the sellers and 4,500,000 shares to the lenders.",
    ),
    (
        "parts: of the total raised",
        "Of the $48.0 million raised, $30.0 million came from the lead investor and $18.0 million from existing holders.",
        "Of the $48.0 million raised, $30.0 million came from the lead investor and $21.0 million from existing holders.",
    ),
    (
        "parts: of which two segments",
        "Backlog stood at $1.2 billion, of which $700 million is in defense and $500 million in commercial aviation.",
        "Backlog stood at $1.2 billion, of which $700 million is in defense and $600 million in commercial aviation.",
    ),
    (
        "parts: votes cast in the sentence before",
        "Holders of 12,400,000 shares cast votes on the merger. Of those, 11,100,000 shares voted in favour and the remaining 1,300,000 shares against.",
        "Holders of 12,400,000 shares cast votes on the merger. Of those, 11,100,000 shares voted in favour and the remaining 1,800,000 shares against.",
    ),
    (
        "parts: combined, then a colon",
        "Combined, our two plants shipped 340,000 tonnes: 210,000 tonnes at Ravensworth and 130,000 tonnes at Millbrae.",
        "Combined, our two plants shipped 340,000 tonnes: 210,000 tonnes at Ravensworth and 150,000 tonnes at Millbrae.",
    ),
    (
        "parts: used and remaining of an authorization",
        "The board authorized $250 million of repurchases in 2024; $95 million has been used and $155 million remains available.",
        "The board authorized $250 million of repurchases in 2024; $95 million has been used and $175 million remains available.",
    ),
    (
        "parts: the total after its parts, in all",
        "The Company issued 2,400,000 shares to Series A holders and 1,600,000 shares to Series B holders, 4,000,000 shares in all.",
        "The Company issued 2,400,000 shares to Series A holders and 1,600,000 shares to Series B holders, 4,600,000 shares in all.",
    ),
    (
        "parts: enterprise value from equity value and net debt in the next sentence",
        "The price values Corvane's equity at about $820 million. Adding net debt of $145 million, the deal carries an enterprise value of roughly $965 million.",
        "The price values Corvane's equity at about $820 million. Adding net debt of $145 million, the deal carries an enterprise value of roughly $1,165 million.",
    ),
    (
        "parts: two acts, then a total reduction",
        "Halvard cancelled 3,150,000 shares and exchanged 9,400,000 common shares for notes, for a total reduction of 12,550,000 shares in its share count.",
        "Halvard cancelled 3,150,000 shares and exchanged 9,400,000 common shares for notes, for a total reduction of 14,550,000 shares in its share count.",
    ),
    (
        "product: a count written 'N of them' after its securities",
        "Two funds chose pre-funded warrants instead of shares: 900,000 of them, at $1.999 each, adding about $1.8 million.",
        "Two funds chose pre-funded warrants instead of shares: 900,000 of them, at $1.999 each, adding about $2.3 million.",
    ),
]

#: Near misses: the figures look related but are not; each must stay silent.
SILENT: list[tuple[str, str]] = [
    (
        "an 'up to' facility against what it has raised",
        "The Company may sell up to 5,000,000 shares at $3.00 under the facility, which has raised $4.1 million so far.",
    ),
    (
        "an option not exercised",
        "The 3,000,000 shares were sold at $10.00 each for $30.0 million; the underwriters may buy a further 450,000 shares at the same price.",
    ),
    (
        "another period's buyback",
        "Last year we bought back 500,000 shares at an average of $20.00; this year we have spent $14.0 million on buybacks.",
    ),
    (
        "warrants' exercise price against the offering's proceeds",
        "Each of the 2,500,000 warrants is exercisable at $5.00 per share. The Company received $9.0 million from the offering.",
    ),
    (
        "a bound: exceeds",
        "At $4.00, the 10,000,000 shares held by non-affiliates are worth more than $35 million.",
    ),
    (
        "an including list is not every part",
        "Revenue of $84.0 million included $61.5 million of product sales and $12.0 million of licensing fees.",
    ),
    (
        "the total includes only one named part; the earn-out is outside it",
        "Total consideration of $75 million includes $60 million at closing; earn-outs of up to $30 million may follow.",
    ),
    (
        "two periods beside each other",
        "Revenue was $84.0 million, compared with $70.0 million in 2025, when product sales were $50.0 million.",
    ),
    (
        "such as: examples, not parts",
        "Operating expenses of $40.0 million covered items such as $12.0 million of research and $9.0 million of marketing.",
    ),
    (
        "an enterprise value that also counts preferred stock",
        "The offer values Dunmore's equity at $400 million; with net debt of $90 million and $35 million of preferred stock, its enterprise value is $525 million.",
    ),
    (
        "two equity values: no one enterprise value sum",
        "The first bid valued Dunmore's equity at $380 million. The final price values its equity at $400 million. With net debt of $90 million, the enterprise value is $490 million.",
    ),
    (
        "a per-share price and a net amount",
        "The 2,000,000 shares were sold at $5.00 each; after fees of $0.7 million the Company netted $9.3 million.",
    ),
]


#: Near misses an older reader still raises (left to its owner; strict: fixed means move it).
KNOWN: list[tuple[str, str]] = [
    (
        "claims.products reads one tranche against the placement's total",
        "The first tranche of 1,000,000 shares at $2.00 closed today; together with the second tranche the placement will raise $5.0 million.",
    ),
]


@pytest.mark.parametrize(("case", "body", "twin"), PAIRS, ids=[p[0] for p in PAIRS])
def test_true_passage_is_silent(case: str, body: str, twin: str) -> None:
    assert codes(body) == [], case


@pytest.mark.parametrize(("case", "body", "twin"), PAIRS, ids=[p[0] for p in PAIRS])
def test_defective_twin_is_caught(case: str, body: str, twin: str) -> None:
    found = codes(twin)
    assert found and all(c.startswith("NUM") for c in found), case


@pytest.mark.parametrize(("case", "body"), SILENT, ids=[s[0] for s in SILENT])
def test_near_miss_is_silent(case: str, body: str) -> None:
    assert codes(body) == [], case


@pytest.mark.xfail(strict=True, reason="an older template reader; see KNOWN")
@pytest.mark.parametrize(("case", "body"), KNOWN, ids=[k[0] for k in KNOWN])
def test_known_false_alarm_of_an_older_reader(case: str, body: str) -> None:
    assert codes(body) == [], case


def test_the_passages_are_many_and_distinct() -> None:
    bodies = [b for _, b, t in PAIRS] + [t for _, _, t in PAIRS] + [b for _, b in SILENT]
    assert len(bodies) >= 40
    assert len(set(bodies)) == len(bodies)
