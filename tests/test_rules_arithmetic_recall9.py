"""NUM claim model, session 9 (issue 10): sentence structures found by mining coincidences.

``benchmarks/claims/mine.py`` lists figures of one sentence (or two adjacent ones) whose
arithmetic agrees within rounding and that the claim model did not read; these cases are
the structures behind those misses, written for this file (fictional issuers and figures).
Each: the true claim is read and raises nothing, one operand moved beyond its rounding is
caught, and a look-alike that is no claim stays silent."""

from __future__ import annotations

import pytest

from tests.test_rules_arithmetic_model import codes
from tests.test_rules_arithmetic_recall import relations

# -- NUM012: a change stated only as an amount, its verb first, levels after "to"/"from" -----

AMOUNT_CHANGES = [
    # the amount after the verb, the new level after "to", the prior after "from", with dates
    (
        "Total loans at Harwick Bank increased {x} to $4.8 billion at June 30, 2026 from $4.2 "
        "billion at December 31, 2025.",
        "$600 million",
        "$750 million",
    ),
    # a period between the verb and its "by"; the prior level after "compared to"
    (
        "Classified assets decreased during the second quarter by {x} to $128.4 million at "
        "June 30, 2026 compared to $155.1 million at March 31, 2026.",
        "$26.7 million",
        "$33.4 million",
    ),
    # "by", a comma before "to", the prior level after "compared to"
    (
        "Total deposits grew by {x}, to $5.3 billion at June 30, 2026 compared to $4.9 "
        "billion at December 31, 2025.",
        "$400 million",
        "$600 million",
    ),
    # the prior level before the new one
    (
        "Assets under management rose {x} from $8.1 billion to $9.4 billion during the year.",
        "$1.3 billion",
        "$1.6 billion",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), AMOUNT_CHANGES)
def test_amount_change_with_its_verb_first(body: str, true: str, moved: str) -> None:
    read = relations(body.format(x=true))
    assert any(r == "change" and true in ops for r, ops in read)
    assert codes(body.format(x=true)) == []
    assert "NUM012" in codes(body.format(x=moved))


NOT_AMOUNT_CHANGES = [
    # the amount is a third measure, not the move: no "by" or verb right before it
    "Total loans increased to $4.8 billion at June 30, 2026 from $4.2 billion, and the bank "
    "added $900 million of new commitments.",
    # the verb's figure is the size of the facility, the levels are its availability
    "The lenders increased the availability on the $100 million revolving facility, raising "
    "it from $40 million to $60 million.",
    # a percentage in the clause: the change is its (and the amount checked with it)
    "Total loans increased $600 million, or 14%, to $4.8 billion from $4.2 billion.",
    # two prior levels: which one the amount is from is not said
    "Deposits increased $300 million to $5.3 billion from $5.0 billion and from $4.6 billion "
    "a year earlier.",
]


@pytest.mark.parametrize("body", NOT_AMOUNT_CHANGES)
def test_amount_change_near_misses(body: str) -> None:
    read = relations(body)
    assert not any(r == "change" and ops[0] in ("$900 million", "$100 million") for r, ops in read)
    assert codes(body) == []


# -- NUM003: a change whose new level is the subject of the sentence before -------------------

LEVEL_BEFORE = [
    # the level in one sentence, the change and the prior level in the next, the measure
    # named in both
    (
        "Selling expenses were $412,000 for the three months ended June 30, 2026. The Company "
        "decreased selling expenses by {x} compared to the same period in 2025 of $530,000.",
        "22%",
        "35%",
    ),
    (
        "Cost of revenue was $1.84 million for the quarter. Brightwell reduced its cost of "
        "revenue by {x} compared to the same period in 2025 of $2.30 million.",
        "20%",
        "31%",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), LEVEL_BEFORE)
def test_change_against_the_level_before(body: str, true: str, moved: str) -> None:
    read = relations(body.format(x=true))
    assert any(r == "change" and true in ops for r, ops in read)
    assert codes(body.format(x=true)) == []
    assert "NUM003" in codes(body.format(x=moved))


NOT_LEVEL_BEFORE = [
    # the sentence before states another measure than the change names
    "Selling expenses were $412,000 for the three months ended June 30, 2026. The Company "
    "decreased research expenses by 35% compared to the same period in 2025 of $530,000.",
    # two levels before: which one is not said
    "Selling expenses were $412,000 and research expenses were $390,000 for the quarter. The "
    "Company decreased selling expenses by 35% compared to the same period in 2025 of "
    "$530,000.",
    # the level is in another paragraph
    "Selling expenses were $412,000 for the three months ended June 30, 2026.\n\nThe Company "
    "decreased selling expenses by 35% compared to the same period in 2025 of $530,000.",
]


@pytest.mark.parametrize("body", NOT_LEVEL_BEFORE)
def test_level_before_near_misses(body: str) -> None:
    assert not any(r == "change" and "35%" in ops for r, ops in relations(body))
    assert codes(body) == []


# -- NUM003: "$N, up $D (P%)": the level, the amount of its move and the percentage ----------

LEVEL_UP_AMOUNT = [
    # a price and its move on the day, the percentage after an en-dash minus in parentheses
    (
        "As of May 4, 2026, Corvan stock (NASDAQ: CRVN) is trading at $412.60, down $3.40 "
        "({x}) on the day.",
        "–0.82%",
        "–1.32%",
    ),
    (
        "Revenue was $52.0 million, up $4.0 million, or {x}, for the quarter.",
        "8.3%",
        "10.8%",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved"), LEVEL_UP_AMOUNT)
def test_level_then_its_move(body: str, true: str, moved: str) -> None:
    read = relations(body.format(x=true))
    assert any(r == "change" and true in ops for r, ops in read)
    assert codes(body.format(x=true)) == []
    assert "NUM003" in codes(body.format(x=moved))


NOT_LEVEL_UP_AMOUNT = [
    # an en dash between two figures joins a range: no negative percent
    "Margins are expected at 5–10% for the year, up from 4% in 2025.",
    # the amount is another measure's, after its own noun
    "Revenue was $52.0 million, up from the prior year; net income was $4.0 million, or "
    "7.7% of revenue.",
]


@pytest.mark.parametrize("body", NOT_LEVEL_UP_AMOUNT)
def test_level_then_its_move_near_misses(body: str) -> None:
    assert codes(body) == []


# -- what perturb.py found: a period, date or plain parenthesis after a figure; hedges; each --

REWORDED = [
    # a period between the amount of a change and its percentage
    (
        "Net interest income at Harwick Bank increased {x} in the third quarter, or 5%, to "
        "$50.6 million compared to $48.3 million for the second quarter of 2026.",
        "$2.3 million",
        "$3.3 million",
        "change",
        {"NUM012"},
    ),
    # a date after the new level, before "a $D increase from $O"
    (
        "Total deposits were $5.3 billion at June 30, 2026, a {x} increase from $4.9 billion "
        "at December 31, 2025.",
        "$0.4 billion",
        "$0.6 billion",
        "change",
        {"NUM012"},
    ),
    # a hedged percentage after the amount of the change
    (
        "Revenue was $52.4 million, an increase of $6.4 million, or approximately {x}, "
        "compared to $46.0 million in the prior-year quarter.",
        "13.9%",
        "17.4%",
        "change",
        {"NUM003"},
    ),
    # a hedged prior level of a change stated as an amount
    (
        "Revenue for the quarter was $7.5 million, a {x} increase from approximately $4.8 "
        "million in the prior year.",
        "$2.7 million",
        "$3.7 million",
        "change",
        {"NUM012"},
    ),
    # a period between net income and its per-share amount
    (
        "Acme today reported results. Net income was $12.6 million for the third quarter "
        "of 2026, or {x} per diluted "
        "share, on 30.0 million weighted average diluted shares outstanding.",
        "$0.42",
        "$0.53",
        "eps",
        {"NUM016"},
    ),
    # a figure-less parenthesis between net income and its per-share amount
    (
        "Acme today reported results. Net income was $8.1 million (unaudited), or {x} per "
        "diluted share, on 30,000,000 "
        "weighted average diluted shares.",
        "$0.27",
        "$0.34",
        "eps",
        {"NUM016"},
    ),
    # the percentage between the change's noun and "on" the prior level
    (
        "Brightwell achieved record revenues for August of $17.8 million, an increase of {x} "
        "on revenues of $15.1 million in August of last year.",
        "18%",
        "25%",
        "change",
        {"NUM003"},
    ),
    # who receives the proceeds, between "proceeds" and "of"
    (
        "Stonebrook Energy Corp. priced an underwritten offering of 5,000,000 shares of common "
        "stock at $8.00 per share, for gross proceeds to the Company of {x}.",
        "$40.0 million",
        "$50.0 million",
        "product",
        {"NUM001"},
    ),
    # an ownership percentage in parentheses, the outstanding count after it
    (
        "Following the purchase, Corbel Capital holds 4,200,000 shares (approximately {x}) of "
        "the 30,000,000 shares of common stock outstanding.",
        "14.0%",
        "17.5%",
        "portion",
        {"NUM004"},
    ),
    # the outstanding count first, the holding with its noun and a hedged percentage
    (
        "Of the 48,000,000 shares of Vireo Foods, Inc. outstanding, Larchmont Partners now owns "
        "6,000,000 shares of common stock, or approximately {x}.",
        "12.5%",
        "15.6%",
        "portion",
        {"NUM004"},
    ),
    # every amount written "US$": the amount of the change read with its cue
    (
        "Revenue for the quarter was US$52.4 million, an increase of US$6.4 million, or {x}, "
        "compared to US$46.0 million in the prior-year quarter.",
        "13.9%",
        "17.4%",
        "change",
        {"NUM003"},
    ),
    # a per-share amount written "US$" after net income
    (
        "Acme today reported results. Net income was US$5.5 million, or {x} per diluted "
        "share, on 25,000,000 weighted average shares outstanding.",
        "US$0.22",
        "US$0.28",
        "eps",
        {"NUM016"},
    ),
    # the par value written between the count and the price: the price is the one after it
    (
        "Stonebrook Energy Corp. priced an underwritten offering of 5,000,000 shares of common "
        "stock, par value $0.001 per share, at $8.00 per share, for gross proceeds of {x}.",
        "$40.0 million",
        "$50.0 million",
        "product",
        {"NUM001"},
    ),
    # "per fully diluted share"
    (
        "Acme today reported results. Net income was $8.1 million, or {x} per fully diluted "
        "share, on 30,000,000 weighted average diluted shares.",
        "$0.27",
        "$0.34",
        "eps",
        {"NUM016"},
    ),
    # the margin named after its figure
    (
        "Total revenue of $64.0 million produced gross profit of $28.8 million, a {x} gross "
        "margin.",
        "45.0%",
        "56.3%",
        "margin",
        {"NUM015"},
    ),
    # units sold at a price "each"
    (
        "The Company raised {x} through the sale of 1,100,000 units at $3.00 each.",
        "$3.3 million",
        "$4.1 million",
        "product",
        {"NUM001"},
    ),
]


@pytest.mark.parametrize(("body", "true", "moved", "relation", "caught"), REWORDED)
def test_reworded_claims(body: str, true: str, moved: str, relation: str, caught: set[str]) -> None:
    assert any(r == relation and true in ops for r, ops in relations(body.format(x=true)))
    assert codes(body.format(x=true)) == []
    assert caught & set(codes(body.format(x=moved)))


NOT_REWORDED = [
    # a parenthesis with a figure in it is no aside: the amount is not the change's
    "Net interest income increased $2.3 million (from $38.0 million in 2024), or 5%, to "
    "$50.6 million compared to $48.3 million for the second quarter of 2026.",
    # a per-share figure after another measure's period phrase: not net income's
    "Net income was $12.6 million for the year, while dividends paid in the quarter were "
    "$0.60 per diluted share, on 30.0 million weighted average diluted shares outstanding.",
    # "an increase of 18% on higher volumes": the words after "on" name no prior level
    "Brightwell's August revenues were $17.8 million, an increase of 40% on higher volumes; "
    "July revenues were $15.1 million.",
    # proceeds to someone else than the seller of the shares counted: not their product
    "Stonebrook sold 5,000,000 shares at $8.00 per share; separately, gross proceeds to the "
    "selling stockholders of $12.0 million were paid from their own sale.",
    "Stonebrook sold 5,000,000 shares at $8.00 per share, with gross proceeds to the "
    "Selling Stockholders of $12.0 million.",
    # a percentage in parentheses after a count of another thing than the holding
    "Corbel Capital holds warrants to purchase 4,200,000 shares (14.0%) and 9,000,000 shares "
    "of common stock are outstanding.",
    # a percentage before "gross margin" that is the margin's change, not the margin
    "Total revenue of $64.0 million produced gross profit of $28.8 million, up 12.0% with "
    "gross margin expanding.",
    # a par value is no price: no product of the count and the par value
    "Stonebrook issued 5,000,000 shares of common stock, par value $0.001 per share, for "
    "gross proceeds of $40.0 million.",
    # two currencies: an amount in US$ is no change between two C$ levels
    "Revenue was C$52.4 million, an increase of US$9.9 million, or 13.9%, compared to "
    "C$46.0 million in the prior-year quarter.",
    # "each" after a warrant's exercise price: the units' price is not stated
    "The Company sold 1,100,000 units, each with one warrant exercisable at $4.00 each, and "
    "raised $3.3 million.",
]


@pytest.mark.parametrize("body", NOT_REWORDED)
def test_reworded_near_misses(body: str) -> None:
    assert codes(body) == []
