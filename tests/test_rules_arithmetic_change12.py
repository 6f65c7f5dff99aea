"""NUM003/NUM012, session 12 (issue 10): a change read from its clause, in any word order.

``rules/arithmetic/changes.py`` reads a stated change from the parts of its clause (the
direction word before or after it, two levels of one kind, the words that mark one of them
as the base, the amount beside the percentage) instead of one template. Fictional issuers
and figures, in the phrasings of own9 and beyond. Each case: the true claim is read and
raises nothing, one operand moved beyond its rounding is caught; each look-alike that is no
change (or whose parts do not compare) stays silent.
"""

from __future__ import annotations

import pytest

from disclint.facts import Facts
from disclint.parse import parse_source
from disclint.readers import read_bytes
from disclint.rules.arithmetic.changes import clause_changes
from disclint.rules.arithmetic.claims import relations_for
from tests.test_rules_arithmetic_model import codes
from tests.test_rules_arithmetic_recall import HEAD, TAIL, relations

CASES = [
    # the base in parentheses after "higher than a year earlier"
    (
        "- Revenue: {x}, 11.3% higher than a year earlier ($78.5 million).",
        "$87.4 million",
        "$97.4 million",
        "NUM003",
    ),
    # "reaching" the new level; the base after its period and a colon
    (
        "Sequentially, subscription revenue rose 4.2%, reaching {x} (second quarter: $59.4 "
        "million).",
        "$61.9 million",
        "$66.0 million",
        "NUM003",
    ),
    # basis points, the base's period before the new level, the base "a year ago"
    (
        "Operating margin widened by 170 basis points from the third quarter of 2025, to {x} "
        "(12.9% a year ago).",
        "14.6%",
        "15.6%",
        "NUM003",
    ),
    # a signed change in the parenthesis after the linked quarter's rate
    ("Net interest margin: {x} (linked quarter: 3.31%; +11 bps)", "3.42%", "3.62%", "NUM003"),
    # "better": the size is checked, not the way
    (
        "At {x}, the efficiency ratio was 2.8 percentage points better than a year earlier "
        "(59.0%).",
        "56.2%",
        "55.0%",
        "NUM003",
    ),
    # "on the same quarter last year", a hedged change
    (
        "Adjusted EBITDA was {x}, up roughly 9% on the same quarter last year ($38.1 million), "
        "as volumes ramped up.",
        "$41.6 million",
        "$46.6 million",
        "NUM003",
    ),
    # points "more than" a period in parentheses; the rate is a share of something else
    (
        "Fee-based contracts generated {x} of gross margin in the quarter, 3.1 percentage "
        "points more than in the third quarter of 2025 (85.4%).",
        "88.5%",
        "90.5%",
        "NUM003",
    ),
    # a noun after the change: "a 12% gain over"
    (
        "Net sales were {x} in the quarter, a 12% gain over $50.0 million in the prior-year "
        "quarter.",
        "$56.0 million",
        "$60.0 million",
        "NUM003",
    ),
    # "below the" base
    (
        "Same-store sales of {x} were 18% below the $50.0 million of the third quarter of 2025.",
        "$41.0 million",
        "$46.0 million",
        "NUM003",
    ),
    # the base first, the change after both levels: "or by 15.0%"
    (
        "Operating income decreased from $12.0 million in the third quarter of 2025 to {x}, or "
        "by 15.0%.",
        "$10.2 million",
        "$11.2 million",
        "NUM003",
    ),
    # "improved" points between two rates
    (
        "Its cost-to-income ratio improved 3.0 percentage points to {x} from 61.0%.",
        "58.0%",
        "60.0%",
        "NUM003",
    ),
    # the amount and the percentage after the base: "an increase of $D, or P%"
    (
        "Revenue of $61.2 million compared with $54.9 million in the third quarter of 2025, an "
        "increase of {x}, or 11.5%.",
        "$6.3 million",
        "$8.3 million",
        "NUM012",
    ),
    # the base in the sentence after, naming the same measure and an earlier period
    (
        "Distributable cash flow (DCF) of {x} was down 4.2% sequentially. DCF in the second "
        "quarter had been $28.8 million, which included a one-time settlement.",
        "$27.6 million",
        "$24.6 million",
        "NUM003",
    ),
    # the base in the sentence before; the new level with "it", the amount with the percent
    (
        "Annual recurring revenue (ARR) was $230.6 million at September 30, 2025. Twelve months "
        "later it stood at $262.0 million; the $31.4 million increase is {x}.",
        "13.6%",
        "17.6%",
        "NUM003",
    ),
    # the unit written once, after the new level; the change restated "or by"
    (
        "The average monthly premium rose from $104.47 to {x} per month, or by 10.8%.",
        "$115.74",
        "$125.74",
        "NUM003",
    ),
    # "increased year over year by": a period word between the verb and "by"
    (
        "Revenue increased year over year by 12% to {x}, from $50.0 million in the prior-year "
        "period.",
        "$56.0 million",
        "$60.0 million",
        "NUM003",
    ),
    # a change stated only as its amount, "higher than" the base in parentheses (NUM012)
    (
        "Revenue of {x} was $1.2 million higher than a year earlier ($8.8 million).",
        "$10.0 million",
        "$11.0 million",
        "NUM012",
    ),
    # the new level in the sentence before; the base with the change, pointing back
    (
        "Revenue for the third quarter was {x}. That compares with $50.0 million a year "
        "earlier, an increase of 12%.",
        "$56.0 million",
        "$61.0 million",
        "NUM003",
    ),
    # both levels in the sentence before one that points back
    (
        "Quarterly sales reached $640,000 versus $200,000 in the prior-year quarter. This "
        "represents an increase of {x}.",
        "220%",
        "280%",
        "NUM003",
    ),
]


@pytest.mark.parametrize(("body", "true", "moved", "code"), CASES)
def test_a_change_is_read_from_its_clause(body: str, true: str, moved: str, code: str) -> None:
    read = relations(body.format(x=true))
    assert any(r == "change" and true in ops for r, ops in read), read
    assert codes(body.format(x=true)) == []
    assert code in codes(body.format(x=moved))


def test_percent_for_points_between_rates_is_a_finding() -> None:
    """ "decreased 0.50% to 0.62% compared to 1.12%": the rate fell 0.50 percentage points
    (a 45% relative change); the percent sign confuses the two."""
    body = "The net charge-off ratio decreased {x} to 0.62% compared to 1.12%."
    assert codes(body.format(x="50 basis points")) == []
    assert "NUM003" in codes(body.format(x="0.50%"))


#: Look-alikes the clause reader refuses; the template readers of ``claims`` refuse them too
#: (``changes.levels_disagree`` and the price after a discount), so no rule reports them.
REFUSED = [
    # another subject's verb among the parts: the change is revenue's, the levels net income's
    "Revenue rose 10% and net income was $5.0 million versus $4.0 million.",
    # a discount to a price (NUM002's), not a change read by the clause reader; true (3.50 is
    # 30% below 5.00), so no rule reports it
    "The shares closed at $3.50, 30% below the $5.00 offering price.",
    # the base names another measure than the clause's subject
    "Revenue grew 20% to $12.0 million, compared with net income of $8.0 million.",
    # a nine-month level is not compared with a quarter's
    "Revenue was $30.0 million for the nine months, up 12% from $10.0 million in the third "
    "quarter of 2025.",
]


@pytest.mark.parametrize("body", REFUSED)
def test_the_clause_reader_refuses(body: str) -> None:
    assert clause_read(body) == []
    assert codes(body) == []


def clause_read(body: str) -> list[list[str]]:
    source = read_bytes((HEAD + body + TAIL).encode("utf-8"), "release.txt", fmt="txt")
    rel = relations_for(Facts(parse_source(source)))
    return [
        [q.text.strip() for q in (c.change, c.new, c.old) if q is not None]
        for c in clause_changes(rel)
    ]


NEAR_MISSES = [
    # no level is marked as the base: revenue is no prior level of net income
    "Net income rose 10% to $12.4 million on revenue of $186.0 million.",
    # the sentence after names another measure
    "Distributable cash flow of $27.6 million was down 4.2% sequentially. Gross profit in the "
    "second quarter had been $35.0 million.",
    # between two rates, a percent written after them may be points: left alone
    "Gross margin was 41%, 5% higher than the industry average of 36%.",
    # a per-share level and a total are no two levels of one measure
    "The quarterly dividend rose 10% to $0.55 per share, compared with total payouts of $5.5 "
    "million a year earlier.",
    # an amount with no direction word beside it is no change's amount
    "The company raised $10.0 million, up from $8.8 million in its prior round, and repaid "
    "$1.2 million of debt.",
    # the amount's clause holds no levels
    "Revenue was $10.0 million, compared with $8.8 million; cash rose $2.5 million.",
    # two bases marked: no new level
    "Sales rose 15% from $40.0 million, compared with $38.0 million two years ago.",
    # the levels are a subordinate subject's (new stores), not the change's (revenue)
    "Revenue grew 15% in the quarter as the company opened new stores in Texas and Ohio, which "
    "together generated $12.0 million versus $8.0 million last year.",
    "Revenue grew 15% in the quarter as new stores in Texas, Ohio and Utah, opened during the "
    "summer months, brought $12.0 million versus $8.0 million last year.",
    # the sentence before states two amounts: which one is the new level is open
    "Revenue for the third quarter was $56.0 million and gross profit $20.0 million. That "
    "compares with $50.0 million a year earlier, an increase of 22%.",
    # the change's own level is last year's: no new level to compare with the one before
    "Revenue was $45.0 million. Last year it came to $40.0 million and grew 12.5%.",
    # the sentence before states two comparisons: which one the change points back at is open
    "Quarterly sales reached $640,000 versus $200,000, and orders $90,000 versus $80,000. "
    "This represents an increase of 50%.",
    # a negative base written as a word: a percent change from it has no one convention
    "Gross profit for the quarter increased 808% to $1.52 million compared to negative $0.21 "
    "million a year earlier.",
    "Operating income rose 2,460% to $2.83 million from negative $120,000 in the prior period.",
    # the same with "minus", read by the template reader too ("improved to X from Y, an
    # increase of P%"): the base is below zero, so the reading stops
    "Operating income improved to $360,000 from minus $120,000 in the third quarter of 2025, "
    "an increase of 400%.",
]


@pytest.mark.parametrize("body", NEAR_MISSES)
def test_look_alikes_stay_silent(body: str) -> None:
    assert clause_read(body) == []
    assert codes(body) == []


def test_a_bound_on_the_new_level_is_no_contradiction() -> None:
    """ "over $540,000 vs. $65,886 ... an increase of over 700%": the bound admits it."""
    body = (
        "Sales total an all-time record over $540,000 vs. $65,886 for the same period in the "
        "previous year. This represents an increase of over 700%."
    )
    read = relations(body)
    assert any(r == "change" and "700%" in ops for r, ops in read), read
    assert codes(body) == []


def test_margin_over_a_revenue_line_with_a_colon() -> None:
    """ "Revenue: $87.4 million" in one highlight, the gross profit and its margin in the
    next: one revenue, one gross profit, one margin (NUM015)."""
    body = (
        "- Revenue: $87.4 million, 11.3% higher than a year earlier ($78.5 million).\n"
        "- Gross profit of $55.1 million; gross margin of {x}.\n"
    )
    read = relations(body.format(x="63.0%"))
    assert any(r == "margin" and "63.0%" in ops for r, ops in read), read
    assert codes(body.format(x="63.0%")) == []
    assert "NUM015" in codes(body.format(x="68.0%"))
