"""NUM claim model, session 17 (issue 10): portions, premiums and dividends whose operands
the sentence templates miss.

Each case is written for this file (fictional issuers) and comes with its near misses: the
true claim raises nothing, the same claim with one figure moved beyond its rounding is
caught, and a look-alike that is no claim stays silent."""

from __future__ import annotations

import pytest

from tests.test_rules_arithmetic_model import codes, findings
from tests.test_rules_arithmetic_recall import relations

# -- NUM003: "P% of [the ...] W", the whole closing the percentage's phrase ---------------------

STATED_WHOLES = [
    # a bare apposition after the part's own phrase
    (
        "The companies expect $9.0 million of annual savings by the end of 2028, about {p} of "
        "the target's $120.0 million of revenue for the last twelve months.",
        "7.5%",
        "9.4%",
    ),
    # a linking verb, a possessive before the whole
    (
        "Its 3,150,000 shares now make up {p} of Brindle's 42,000,000 outstanding shares.",
        "7.5%",
        "9.4%",
    ),
    # the whole named, then stated: "of the year's free cash flow of $W"
    (
        "The $64.0 million returned to shareholders equals {p} of the year's free cash flow "
        "of $80.0 million.",
        "80%",
        "105%",
    ),
    # a second predicate after a comparison
    (
        "Brindle returned $45.0 million to holders in 2026, 12.5% more than the year before "
        "and {p} of the $60.0 million of free cash flow it generated.",
        "75%",
        "94%",
    ),
    # the part in the sentence before, pointed back to
    (
        "During the year the Company repurchased 1,260,000 of its shares for $25.2 million. "
        "The shares repurchased were {p} of the 36,000,000 shares outstanding at the start of "
        "the year.",
        "3.5%",
        "4.4%",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), STATED_WHOLES)
def test_portion_of_a_stated_whole(body: str, true: str, moved: str) -> None:
    found = relations(body.format(p=true))
    assert any(r == "portion" and true in ops for r, ops in found)
    assert codes(body.format(p=true)) == []
    assert "NUM003" in codes(body.format(p=moved))


def test_portion_of_a_stated_whole_shows_its_working() -> None:
    body = STATED_WHOLES[1][0].format(p="9.4%")
    (finding,) = [f for f in findings(body) if f.code == "NUM003"]
    assert "9.4%" in finding.message and "7.5" in finding.message


NOT_STATED_WHOLES = [
    # another clause's subject: the part is not the portion's
    "Net income was $5.0 million, and the Company repaid 20% of the $10.0 million term loan.",
    # a rate, not a share of a whole
    "The $8.0 million loan carries a rate of 7% of the $20.0 million facility.",
    # the "of" phrase is a comparison
    "The $3.0 million bonus pool is 10% of the increase from the $25.0 million of 2025.",
    # the figure before the percentage is a per-share figure, the whole is not
    "Net income of $6.0 million, or $0.30 per share, was 15% of the $50.0 million of revenue.",
    # two counts in the sentence pointed back to: which one is meant is unsaid
    "The Company issued 2,000,000 shares and 500,000 warrants. The shares issued were 9% of "
    "the 20,000,000 shares outstanding.",
    # the sentence pointed back to is another paragraph
    "The Company repurchased 1,260,000 of its shares.\n\nThe shares repurchased were 9.9% of "
    "the 36,000,000 shares outstanding.",
]


@pytest.mark.parametrize("body", NOT_STATED_WHOLES)
def test_no_portion_without_its_part(body: str) -> None:
    assert codes(body) == []
    percent = next(w for w in body.split() if w.endswith("%"))
    assert not any(r == "portion" and percent in ops for r, ops in relations(body))


# -- NUM003: a share of the level the sentence before states ------------------------------------

ELIDED_WHOLES = [
    # "Of that total," pointing back
    (
        "Customer deposits stood at $2.40 billion, compared with $2.31 billion a year "
        "earlier. Of that total, $0.60 billion, or {p}, carried no interest.",
        "25.0%",
        "31.3%",
    ),
    # "of the total", the total opening the sentence before
    (
        "Revenue of $24.00 million compares with $21.50 million a year earlier. Licenses "
        "brought in $18.00 million, or {p} of the total, and services the other $6.00 million.",
        "75.0%",
        "93.8%",
    ),
    # the part opens its sentence, the whole left out
    (
        "Contracted backlog reached $80.0 million at year end. $52.0 million, or {p}, is "
        "expected to be delivered within twelve months, and $28.0 million after that.",
        "65.0%",
        "81.3%",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), ELIDED_WHOLES)
def test_portion_of_the_total_before(body: str, true: str, moved: str) -> None:
    found = relations(body.format(p=true))
    assert any(r == "portion" and true in ops for r, ops in found)
    assert codes(body.format(p=true)) == []
    assert "NUM003" in codes(body.format(p=moved))


NOT_ELIDED_WHOLES = [
    # a change in apposition, not a share
    "Revenue was $24.00 million in the quarter. Operating income rose to $3.00 million, or "
    "40%, from the year before.",
    # the sentence before states its first figure as a comparison
    "Compared with $21.50 million a year earlier, revenue grew. $6.00 million, or 9%, came "
    "from services.",
    # another paragraph
    "Revenue of $24.00 million compares with $21.50 million a year earlier.\n\nLicenses "
    "brought in $18.00 million, or 60% of the total.",
    # the sentence does not open with its part and names no total
    "Revenue of $24.00 million compares with $21.50 million a year earlier. Licenses, "
    "mostly renewals, brought in $18.00 million, or 60%, in the quarter.",
]


@pytest.mark.parametrize("body", NOT_ELIDED_WHOLES)
def test_no_portion_of_an_unsaid_total(body: str) -> None:
    assert codes(body) == []
    percent = [w.strip(",.") for w in body.split() if w.strip(",.").endswith("%")][-1]
    assert not any(r == "portion" and percent in ops for r, ops in relations(body))


# -- NUM002: a premium of the price its sentence names as its subject ----------------------------

OFFER = (
    "Hollins Capital will commence a tender offer for all outstanding shares of Brindle at "
    "$24.00 per share in cash. Brindle's stock closed at $18.00 on November 30. "
)
SUBJECT_PREMIUMS = [
    # "The offer price is a premium ... and of P% to $R, the VWAP"
    (
        OFFER + "The offer price is a premium of about 33.3% to that close, and of {p} to "
        "$20.00, the volume-weighted average price over the 30 trading days ended the same day.",
        "20.0%",
        "25.0%",
    ),
    # "It is also P% above the highest price ..., $R": the subject of the sentence before
    (
        OFFER + "The offer price is a premium of about 33.3% to that close. It is also {p} "
        "above the highest price at which the shares traded in the past 52 weeks, $22.50.",
        "6.7%",
        "8.4%",
    ),
    # a discount, the subject named
    (
        "The company sold 2,000,000 shares to investors at $9.00 per share. The offering price "
        "is {p} below the $10.00 at which the stock closed on November 30.",
        "10.0%",
        "12.5%",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), SUBJECT_PREMIUMS)
def test_premium_of_the_subject_price(body: str, true: str, moved: str) -> None:
    found = relations(body.format(p=true))
    assert any(r == "premium" and true in ops for r, ops in found)
    assert codes(body.format(p=true)) == []
    assert "NUM002" in codes(body.format(p=moved))


NOT_SUBJECT_PREMIUMS = [
    # two prices in the sentence the subject points back to: which one is unsaid
    "Investors pay $3.20 per share and $3.95 per warrant share. The price is 12.0% above the "
    "$3.05 at which the stock closed on November 9.",
    # the reference is no market price
    OFFER + "The offer price is 20.0% above $20.00, the price Hollins paid for its stake.",
    # "to" without "premium" says no direction
    OFFER + "The offer price is 20.0% to $20.00, the 30-day volume-weighted average.",
    # revenue, not a price
    "Revenue was $24.0 million. It is 20.0% above the $20.0 million of the year before.",
]


@pytest.mark.parametrize("body", NOT_SUBJECT_PREMIUMS)
def test_no_premium_of_an_unresolved_subject(body: str) -> None:
    assert codes(body) == []
    assert not any(r == "premium" and "20.0%" in ops for r, ops in relations(body))


# -- NUM013: a year of payments, an amount "a year", a yield "on" its price ----------------------

DIVIDENDS = [
    # "Paid four times, ... $A a year": the quantity reader reads "a year" as the amount's "per"
    (
        "The board declared a quarterly dividend of $0.31 per share, payable March 2. Paid four "
        "times, the dividend amounts to {a} a year.",
        "$1.24",
        "$1.55",
    ),
    # "Four such payments come to $A"
    (
        "The board declared a quarterly dividend of $0.45 per share. Four such payments come "
        "to {a}, a sum the board expects to maintain.",
        "$1.80",
        "$2.25",
    ),
    # "Annualized, that is $A"
    (
        "The board declared a quarterly dividend of $0.21 per share. Annualized, that is {a} "
        "per share.",
        "$0.84",
        "$1.05",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), DIVIDENDS)
def test_dividend_annual_rate_in_other_words(body: str, true: str, moved: str) -> None:
    found = relations(body.format(a=true))
    assert any(r == "dividend" and true in ops for r, ops in found)
    assert codes(body.format(a=true)) == []
    assert "NUM013" in codes(body.format(a=moved))


YIELDS = [
    # the yield "on" the close, the price named "close"
    (
        "The board declared a quarterly dividend of $0.40 per share. Four such payments come "
        "to $1.60, a yield of {y} on the November 3 close of $40.00.",
        "4.0%",
        "5.0%",
    ),
    # "a P% yield on $R, the price at which ..."
    (
        "The board declared a quarterly dividend of $0.25 per share. That is $1.00 a year, a "
        "{y} yield on $25.00, the price at which the shares closed on November 3.",
        "4.0%",
        "5.0%",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), YIELDS)
def test_dividend_yield_on_its_price(body: str, true: str, moved: str) -> None:
    found = relations(body.format(y=true))
    assert any(r == "dividend" and true in ops for r, ops in found)
    assert codes(body.format(y=true)) == []
    assert "NUM013" in codes(body.format(y=moved))


NOT_DIVIDENDS = [
    # an amount a year that is another dividend's: the prior rate
    "The board declared a quarterly dividend of $0.31 per share, up from the $1.00 a year "
    "paid previously.",
    # four payments of something else
    "The board declared a quarterly dividend of $0.31 per share. The four payments of the "
    "note come to $9.00 per share in all.",
]


@pytest.mark.parametrize("body", NOT_DIVIDENDS)
def test_no_dividend_of_another_amount(body: str) -> None:
    assert codes(body) == []
    assert not any(r == "dividend" for r, _ in relations(body))


# -- NUM005: shares outstanding after the release's one sale ------------------------------------

OUTSTANDING_AFTER = [
    # "had B outstanding before the offering, and will have A afterwards"
    (
        "Under the purchase agreement, the investors will buy 3,000,000 shares of common "
        "stock at $2.00 per share.\n\nThe Company had 20,000,000 shares of common stock "
        "outstanding before the offering, and will have {a} afterwards.",
        "23,000,000",
        "28,750,000",
    ),
    # "the B now outstanding ... will lift the count to A", the after count scaled
    (
        "Investors have agreed to buy 4,500,000 shares of common stock at $3.00 per share.\n\n"
        "The new shares equal 15.0% of the 30.0 million shares now outstanding and will lift "
        "the count to {a}, or 39.0 million if all warrants are exercised.",
        "34.5 million",
        "43.1 million",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), OUTSTANDING_AFTER)
def test_outstanding_after_the_sale(body: str, true: str, moved: str) -> None:
    found = relations(body.format(a=true))
    assert any(r == "aggregate" and true in ops for r, ops in found)
    assert codes(body.format(a=true)) == []
    assert "NUM005" in codes(body.format(a=moved))


NOT_OUTSTANDING_AFTER = [
    # two sale counts: which one the count after adds is unsaid
    "The investors will buy 3,000,000 shares of common stock. In a second tranche they will "
    "buy 1,000,000 shares of common stock.\n\nThe Company had 20,000,000 shares outstanding "
    "before the offering, and will have 25,000,000 afterwards.",
    # the count after includes warrant shares not yet issued
    "The investors will buy 3,000,000 shares of common stock.\n\nThe Company had 20,000,000 "
    "shares outstanding and will have 25,000,000 after the offering if all warrants are "
    "exercised.",
]


@pytest.mark.parametrize("body", NOT_OUTSTANDING_AFTER)
def test_no_outstanding_after_an_unclear_sale(body: str) -> None:
    assert codes(body) == []
    assert not any(r == "aggregate" and "25,000,000" in ops for r, ops in relations(body))


# -- NUM003: a row's share of its table's total, stated before the table ------------------------

LOANS = (
    "Loans reached $2.00 billion at September 30. Consumer lending grew fastest, while "
    "commercial real estate, at {p} of the portfolio, remained the largest category.\n\n"
    "Loans by category (in thousands)      Sept. 30, 2026    Sept. 30, 2025\n"
    "Commercial real estate                       800,000           760,000\n"
    "Commercial and industrial                    600,000           590,000\n"
    "Consumer                                     600,000           520,000\n"
    "Total loans                                2,000,000         1,870,000\n"
)


def test_portion_of_a_table_total() -> None:
    assert any(r == "portion" and "40.0%" in ops for r, ops in relations(LOANS.format(p="40.0%")))
    assert codes(LOANS.format(p="40.0%")) == []
    assert "NUM003" in codes(LOANS.format(p="50.0%"))


NOT_TABLE_PORTIONS = [
    # the whole the words name is not the table's total
    LOANS.replace("of the portfolio", "of deposits").format(p="30.0%"),
    # the row named is not the one nearest the percentage
    LOANS.replace(
        "while commercial real estate, at {p} of the portfolio, remained the largest category",
        "the portfolio was {p} of the bank's target, after commercial real estate slowed",
    ).format(p="30.0%"),
]


@pytest.mark.parametrize("body", NOT_TABLE_PORTIONS)
def test_no_portion_of_another_whole(body: str) -> None:
    assert codes(body) == []
    assert not any(r == "portion" and "30.0%" in ops for r, ops in relations(body))
