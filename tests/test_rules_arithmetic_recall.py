"""NUM claim model, round 5 (issue 10): more phrasings of products, portions and changes.

Each case is written for this file (fictional issuers) and comes with its near misses: the
true claim raises nothing, the same claim with one figure moved beyond its rounding is
caught, and a look-alike that is no claim stays silent."""

from __future__ import annotations

import pytest

from disclint.facts import Facts
from disclint.parse import parse_source
from disclint.readers import read_bytes
from disclint.rules.arithmetic.model import claims_of
from tests.test_rules_arithmetic_model import HEAD, TAIL, codes


def relations(body: str, name: str = "release.txt") -> list[tuple[str, list[str]]]:
    fmt = "md" if name.endswith(".md") else "txt"
    source = read_bytes((HEAD + body + TAIL).encode("utf-8"), name, fmt=fmt)
    return [
        (c.relation, [q.text.strip() for q in c.operands])
        for c in claims_of(Facts(parse_source(source)))
    ]


# -- NUM001: amount = shares x price, in more word orders -------------------------------------

PRODUCTS = [
    # a scaled total after "purchase price of" is the amount, not a second price
    (
        "Under the agreement, Halvard Bio will sell 2,500,000 shares to the investor for an "
        "aggregate purchase price of {amount}, or $4.00 per share.",
        "$10.0 million",
        "$12.5 million",
    ),
    (
        "The purchase price of {amount} was paid through the issuance of 2,000,000 shares "
        "valued at $5.00 per share.",
        "$10.0 million",
        "$12.5 million",
    ),
    # the price written after its figure
    (
        "Halvard sold 2,000,000 shares for $5.00 each, raising {amount}.",
        "$10.0 million",
        "$12.5 million",
    ),
    # consideration paid in stock
    (
        "The consideration consists of 2,000,000 shares valued at $5.00 per share, or {amount}.",
        "$10.0 million",
        "$12.5 million",
    ),
    # a valuation named after its subject
    (
        "Marlow will issue 2.0 million shares at $5 per share, which corresponds to an equity "
        "valuation of Tessel of {amount}.",
        "$10 million",
        "$13 million",
    ),
    # the unit price beside the exercise price of the unit's warrant
    (
        "Granite Hollow has closed its private placement for gross proceeds of {amount}. The "
        "Company issued 30,000,000 units at C$0.05 per unit, with each unit consisting of one "
        "common share and one warrant exercisable at C$0.08 for 24 months.",
        "C$1,500,000",
        "C$1,875,000",
    ),
    # one combined price for a share and its accompanying warrant
    (
        "Halvard Bio announced the closing of its registered direct offering of 2,500,000 "
        "shares of common stock and accompanying warrants to purchase up to 2,500,000 shares "
        "at a combined purchase price of $4.00 per share and accompanying warrant. The gross "
        "proceeds to the Company were approximately {amount}, before deducting placement "
        "agent fees.",
        "$10.0 million",
        "$12.5 million",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), PRODUCTS)
def test_product_phrasings(body: str, true: str, moved: str) -> None:
    assert any(r == "product" for r, _ in relations(body.format(amount=true)))
    assert codes(body.format(amount=true)) == []
    assert "NUM001" in codes(body.format(amount=moved))


@pytest.mark.parametrize(
    "body",
    [
        # shares and warrants each sold at a price of their own: no one price covers both
        "Halvard sold 2,500,000 shares of common stock at $4.00 per share and warrants to "
        "purchase 2,500,000 shares at $0.125 per warrant, for gross proceeds of $10.3 million.",
        # pre-funded warrants are sold at another price than the shares
        "Halvard sold 1,500,000 shares of common stock and pre-funded warrants to purchase "
        "1,000,000 shares at a combined purchase price of $4.00 per share and accompanying "
        "warrant, for gross proceeds of $6.5 million.",
        # "each" after a dividend is no price
        "Halvard paid a dividend of $0.05 each quarter on 2,000,000 shares, or $0.4 million "
        "for the year.",
    ],
)
def test_product_near_misses_make_no_claim(body: str) -> None:
    assert [r for r, _ in relations(body) if r == "product"] == []
    assert codes(body) == []


# -- NUM003: portions of a whole named, or stated elsewhere -----------------------------------

PORTIONS = [
    (
        "Total revenue rose 12.8% to $48.6 million from $43.1 million. Subscription revenue "
        "represented $36.9 million, or {pct}, of total revenue.",
        "75.9%",
        "85.9%",
    ),
    (
        "The total consideration of $285.0 million consists of $171.0 million in cash and "
        "stock. The cash portion, $171.0 million, represents {pct} of the total consideration.",
        "60%",
        "70%",
    ),
    (
        "Halvard will distribute 16.76 million shares, representing {pct} of the 83.8 million "
        "shares issued in the merger, to its holders.",
        "20%",
        "25%",
    ),
    (
        "The Company issued 12,000,000 units at a price of C$0.35 per unit for gross proceeds "
        "of C$4,200,000. Insiders subscribed for 2,760,000 units, or {pct} of the offering.",
        "23%",
        "28%",
    ),
    (
        "Halvard sold 6,400,000 shares at $6.25 per share, for gross proceeds of $40.0 "
        "million. Halvard granted the underwriters a 30-day option to purchase up to 960,000 "
        "additional shares, representing {pct} of the shares offered.",
        "15%",
        "19%",
    ),
    (
        "Product sales accounted for $5.6 million, or {pct} of total revenue of $12.8 million.",
        "44%",
        "54%",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), PORTIONS)
def test_portion_phrasings(body: str, true: str, moved: str) -> None:
    assert any(r == "portion" for r, _ in relations(body.format(pct=true)))
    assert codes(body.format(pct=true)) == []
    assert "NUM003" in codes(body.format(pct=moved))


@pytest.mark.parametrize(
    "body",
    [
        # two totals of that name (a quarter's, a year's): the portion names neither
        "Total revenue for the quarter was $48.6 million. Total revenue for the year was "
        "$180.2 million. Subscription revenue was $36.9 million, or 20.5% of total revenue.",
        # the figure after the name is the change of the total, not the total
        "Total loans increased $506 million to $6.0 billion. Loans past due were $15.5 "
        "million, or 0.27% of total loans.",
        # the portion compares two dates: the total of neither is stated
        "Total loans were $6.0 billion at September 30, 2025. Loans past due were $28.8 "
        "million, or 0.48% of total loans, at September 30, 2025 compared to $15.5 million, "
        "or 0.27% of total loans, at June 30, 2025.",
    ],
)
def test_portion_near_misses_make_no_claim(body: str) -> None:
    assert [r for r, _ in relations(body) if r == "portion"] == []
    assert codes(body) == []


# -- NUM003: changes with per-share asides and declared rates ---------------------------------

CHANGES = [
    (
        "Net income increased $3.1 million, or {pct}, to $14.1 million, or $0.57 per diluted "
        "share, compared with $11.0 million, or $0.45 per diluted share, in fiscal 2024.",
        "28.1%",
        "35.1%",
    ),
    (
        "Halvard reported net income of $18.4 million, or $1.07 per diluted share, for the "
        "fourth quarter of 2025, compared with $16.2 million, or $0.94 per diluted share, for "
        "the fourth quarter of 2024. Net income was up {pct} from the prior-year quarter.",
        "13.6%",
        "17.0%",
    ),
    (
        "The Board declared a quarterly cash dividend of $0.23 per share, an increase of {pct} "
        "from the $0.21 per share paid in each of the previous four quarters.",
        "9.5%",
        "11.9%",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), CHANGES)
def test_change_phrasings(body: str, true: str, moved: str) -> None:
    assert codes(body.format(pct=true)) == []
    assert "NUM003" in codes(body.format(pct=moved))


@pytest.mark.parametrize(
    "body",
    [
        # the change is of operating expenses; the levels after the asides are a net loss
        "Due to a $13.9 million, or 316 percent, increase in total operating expenses in "
        "fiscal 2024 compared to the previous fiscal year, the company incurred a net loss "
        "of $15.6 million, or $(.56) per share, for fiscal 2024, as compared to a net loss "
        "of $3.2 million, or $(.13) per share, for fiscal 2023.",
        # earnings per share rounded to the cent stay rounded: 12% is within their rounding
        "Diluted earnings per share were $0.23, an increase of 12% from $0.21.",
    ],
)
def test_change_near_misses_raise_nothing(body: str) -> None:
    assert codes(body) == []
