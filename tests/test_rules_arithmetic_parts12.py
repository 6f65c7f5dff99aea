"""NUM claim model, session 12 (issue 10): parts that add up to a total, EPS, and the
text/table forms the readers missed. Each structure: the true claim is read and raises
nothing, one operand moved beyond its rounding is caught, and near misses (a partial list,
a lower bound, a figure inside the rounding, a part of another period, another kind of
EPS) stay silent. Fictional issuers and figures, written for this file."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from disclint.api import Kind
from disclint.engine import Engine, RunOptions
from disclint.facts import Facts
from disclint.parse import parse_source
from disclint.readers import read_bytes
from disclint.rules.arithmetic.model import claims_of
from tests.test_rules_arithmetic_model import codes
from tests.test_rules_arithmetic_recall import HEAD, TAIL, relations

LEAD = "Tarrowby Instruments, Inc. (NASDAQ: TRWB) today reported results for the quarter. "


def _claims(relation: str, body: str) -> list[list[str]]:
    return [ops for r, ops in relations(body) if r == relation]


# (relation, body with {x}, the true figure, the moved figure, the code that catches it)
CAUGHT = [
    # NUM016: the EPS named first, its operands in a parenthesis after it
    (
        "eps",
        LEAD + "Diluted earnings per share were {x} (net income, $7.4 million; weighted "
        "average diluted shares, 24.6 million), compared with $0.21 in the prior quarter.",
        "$0.30",
        "$0.38",
        "NUM016",
    ),
    # NUM016: the EPS first, net income and the count in the next sentence
    (
        "eps",
        "Diluted earnings per share came to {x} for the year. Net earnings were $96.6 "
        "million, and weighted average diluted shares 35.2 million.",
        "$2.74",
        "$3.43",
        "NUM016",
    ),
    # NUM016: "Per share, the loss was", the net loss in the sentence before
    (
        "eps",
        "The net loss for the quarter narrowed to $5.2 million. Per share, the loss was "
        "{x}, computed on a weighted average of 61,400,000 basic shares.",
        "$(0.08)",
        "$(0.10)",
        "NUM016",
    ),
    # NUM016: the count in the phrase of a prior period's net income
    (
        "eps",
        "Tarrowby reported net income of $41 million, or $0.19 per share on an average base "
        "of 215.8 million common equivalent shares, for the quarter, compared with net income "
        "of $230 million, or {x} per share on an average base of 247.1 million common "
        "equivalent shares in the second quarter of 2011.",
        "$0.93",
        "$1.16",
        "NUM016",
    ),
    # NUM016: each figure with its period; the prior year's net income and count paired
    (
        "eps",
        "Tarrowby reported net income of $12.6 million, or $0.91 per diluted share, for the "
        "fourth quarter of 2025, compared with $10.1 million, or {x} per diluted share, for "
        "the fourth quarter of 2024. Diluted weighted average shares outstanding were 13.9 "
        "million in the fourth quarter of 2025 and 13.4 million in the fourth quarter of 2024.",
        "$0.75",
        "$0.94",
        "NUM016",
    ),
    # NUM014: a colon list, one part an item, the total named by the same measure before
    (
        "parts-total",
        "Adjusted EBITDA was {x}, up 7% on the same quarter last year ($31.1 million). By "
        "segment, Adjusted EBITDA was:\n\n"
        "- Gathering - $18.2 million\n"
        "- Processing - $10.9 million\n"
        "- Marketing and other - $4.3 million\n\n"
        "Distributable cash flow was $21.0 million.",
        "$33.4 million",
        "$41.8 million",
        "NUM014",
    ),
    # NUM014: a part stated as a count at a price, restated ", or $V"
    (
        "parts-total",
        "The total consideration of {x} consists of $126.0 million in cash and 3,500,000 "
        "shares of Tarrowby common stock valued at $24.00 per share, or $84.0 million.",
        "$210.0 million",
        "$262.5 million",
        "NUM014",
    ),
    # NUM014: parts across sentences, each beside its prior period's figure
    (
        "parts-total",
        "Total operating expenses for the third quarter were {x}, compared to $1.1 million "
        "in the same period of 2024. The increase was driven by the clinical program, "
        "including $4.1 million in research and development expenses (compared to $0.8 "
        "million in Q3 2024). General and administrative expenses increased to $2.5 million "
        "(compared to $0.3 million in Q3 2024).",
        "$6.6 million",
        "$8.3 million",
        "NUM014",
    ),
]


CAUGHT += [
    # NUM014: a total after its named parts, in a sentence of its own
    (
        "parts-total",
        "Product revenue was $8.1 million and service revenue was $3.9 million. Total "
        "revenue was {x}, up 11% from a year earlier.",
        "$12.0 million",
        "$15.0 million",
        "NUM014",
    ),
    # NUM014: each part in a parenthesis after its own label
    (
        "parts-total",
        "Total revenue of {x} was made up of product revenue ($8.1 million) and service "
        "revenue ($3.9 million).",
        "$12.0 million",
        "$15.0 million",
        "NUM014",
    ),
    # NUM014: "bringing total ... to" after the parts
    (
        "parts-total",
        "Revenue from the Tools segment was $8.1 million and revenue from the Services "
        "segment was $3.9 million, bringing total revenue to {x}.",
        "$12.0 million",
        "$15.0 million",
        "NUM014",
    ),
    # NUM014: the total's date between it and "consisting of"
    (
        "parts-total",
        "Cash, cash equivalents and investments totaled {x} at September 30, 2025, "
        "consisting of cash and cash equivalents of $8.1 million and short-term investments "
        "of $3.9 million.",
        "$12.0 million",
        "$15.0 million",
        "NUM014",
    ),
]


CAUGHT += [
    # NUM013: a dividend "for the third quarter", its annualized rate after it
    (
        "dividend",
        "The Board declared a dividend of $0.21 per share for the third quarter, an "
        "annualized rate of {x} per share, payable November 14 to holders of record on "
        "October 31.",
        "$0.84",
        "$1.05",
        "NUM013",
    ),
]


@pytest.mark.parametrize(("relation", "body", "true", "moved", "code"), CAUGHT)
def test_claims_read_and_checked(
    relation: str, body: str, true: str, moved: str, code: str
) -> None:
    assert any(true in ops for ops in _claims(relation, body.format(x=true)))
    assert codes(body.format(x=true)) == []
    assert code in codes(body.format(x=moved))


# (body, a relation that must not be read, the figure it must not hold)
SILENT = [
    # an adjusted EPS is not net income over the count
    (
        "Adjusted diluted earnings per share were $0.45. Net income was $9.3 million, and "
        "weighted average diluted shares 30.1 million.",
        "eps",
        "$0.45",
    ),
    # a diluted EPS named first, and only a basic count: the divisor is not stated
    (
        "Diluted earnings per share were $0.52. Net income was $9.3 million; weighted average "
        "basic shares were 12.0 million.",
        "eps",
        "$0.52",
    ),
    # the quarter and the year in one paragraph: which EPS goes with which count is open
    (
        "Diluted earnings per share were $0.52 for the quarter and $1.90 for the full year. "
        "Net income was $9.3 million, and weighted average diluted shares 12.0 million.",
        "eps",
        "$0.52",
    ),
    # a part of another period: the count stated for the current quarter only
    (
        "Tarrowby reported net income of $12.6 million, or $0.91 per diluted share, for the "
        "fourth quarter of 2025, compared with $10.1 million, or $0.95 per diluted share, for "
        "the fourth quarter of 2024. Diluted weighted average shares outstanding were 13.9 "
        "million in the fourth quarter of 2025.",
        "eps",
        "$0.95",
    ),
    # a colon list said to be partial ("included")
    (
        "Adjusted EBITDA was $40.0 million. Contributors to Adjusted EBITDA included:\n\n"
        "- Gathering - $18.2 million\n"
        "- Processing - $10.9 million\n\n"
        "Distributable cash flow was $21.0 million.",
        "parts-total",
        "$40.0 million",
    ),
    # items carrying a change are not bare parts
    (
        "Adjusted EBITDA was $40.0 million. By segment, Adjusted EBITDA was:\n\n"
        "- Gathering - $18.2 million, up 5%\n"
        "- Processing - $10.9 million, up 2%\n\n"
        "Distributable cash flow was $21.0 million.",
        "parts-total",
        "$40.0 million",
    ),
    # a list that breaks down another measure than the paragraph's figure
    (
        "Revenue was $40.0 million. By segment, Adjusted EBITDA was:\n\n"
        "- Gathering - $18.2 million\n"
        "- Processing - $10.9 million\n\n"
        "Distributable cash flow was $21.0 million.",
        "parts-total",
        "$40.0 million",
    ),
    # a lower bound among the parts ("more than") is no figure to add
    (
        "Adjusted EBITDA was $40.0 million. By segment, Adjusted EBITDA was:\n\n"
        "- Gathering - more than $18 million\n"
        "- Processing - $10.9 million\n\n"
        "Distributable cash flow was $21.0 million.",
        "parts-total",
        "$40.0 million",
    ),
    # the priors of the parts named do not add up to the prior total: parts left unnamed
    (
        "Total operating expenses for the third quarter were $9.0 million, compared to $1.5 "
        "million in the same period of 2024, including $4.1 million in research and "
        "development expenses (compared to $0.8 million in Q3 2024). General and "
        "administrative expenses increased to $2.5 million (compared to $0.3 million in Q3 "
        "2024).",
        "parts-total",
        "$9.0 million",
    ),
    # an "including" list is partial: parts short of the total say nothing
    (
        "The total consideration of $260.0 million includes $126.0 million in cash and "
        "3,500,000 shares of Tarrowby common stock valued at $24.00 per share, or $84.0 "
        "million.",
        "parts-total",
        "$260.0 million",
    ),
]


SILENT += [
    # one named part before the total: no list
    (
        "Product revenue was $8.1 million. Total revenue was $15.0 million.",
        "parts-total",
        "$15.0 million",
    ),
    # a part named with a basis is not a part of the reported total
    (
        "Product revenue was $8.1 million and adjusted service revenue was $3.9 million. "
        "Total revenue was $15.0 million.",
        "parts-total",
        "$15.0 million",
    ),
    # the date, then a partial list ("including")
    (
        "Cash, cash equivalents and investments totaled $15.0 million at September 30, 2025, "
        "including cash and cash equivalents of $8.1 million and short-term investments of "
        "$3.9 million.",
        "parts-total",
        "$15.0 million",
    ),
    # a parenthesis holding a comparison is no part's own
    (
        "Total revenue of $15.0 million was made up of product revenue ($8.1 million in the "
        "quarter versus $6.0 million a year ago) and service revenue ($3.9 million).",
        "parts-total",
        "$15.0 million",
    ),
    # a change "bringing" the total: one figure is no list
    (
        "Service revenue rose by $3.9 million, bringing total revenue to $15.0 million.",
        "parts-total",
        "$15.0 million",
    ),
]


SILENT += [
    # earnings "for the third quarter" are no quarterly payment
    (
        "Net income was $0.50 per share for the third quarter. The Board declared a dividend "
        "of $0.25 per share, an annualized rate of $1.00 per share.",
        "dividend",
        "$0.50",
    ),
]


@pytest.mark.parametrize(("body", "relation", "figure"), SILENT)
def test_near_misses_stay_silent(body: str, relation: str, figure: str) -> None:
    assert not any(figure in ops for ops in _claims(relation, body))
    assert [c for c in codes(body) if c in {"NUM014", "NUM016", "NUM017"}] == []


def test_parts_inside_their_rounding_are_no_finding() -> None:
    """Three parts rounded to $0.1 million may miss their total by more than $0.1 million."""
    body = (
        "Adjusted EBITDA was $33.5 million. By segment, Adjusted EBITDA was:\n\n"
        "- Gathering - $18.2 million\n"
        "- Processing - $10.9 million\n"
        "- Marketing and other - $4.3 million\n\n"
        "Distributable cash flow was $21.0 million."
    )
    assert any("$33.5 million" in ops for ops in _claims("parts-total", body))
    assert codes(body) == []


def _shares(sentence: str) -> list[str]:
    source = read_bytes((HEAD + sentence + TAIL).encode(), "release.txt")
    return [q.text for q in Facts(parse_source(source)).quantities if q.kind is Kind.SHARES]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Weighted average diluted shares, 30.1 million.", ["30.1 million"]),
        ("Net earnings rose, and weighted average diluted shares 43.3 million.", ["43.3 million"]),
        (
            "Diluted weighted average shares outstanding were 17.2 million in the fourth quarter "
            "of 2025 and 17.3 million in the fourth quarter of 2024.",
            ["17.2 million", "17.3 million"],
        ),
        ("It earned $0.24 per share on 216.5 million common equivalent shares.", ["216.5 million"]),
        # a count named as weighted, then a percentage or a price: not a count
        ("Weighted average diluted shares rose 4.2% in the year.", []),
        ("Revenue was 17.2 million in the fourth quarter of 2025 and 17.3 million in 2024.", []),
    ],
)
def test_weighted_counts_after_their_name(sentence: str, counts: list[str]) -> None:
    assert _shares(sentence) == counts


_ENGINE = Engine(RunOptions(select=["NUM"], entry_points=False, isolated=True))

LOANS = (
    "<html><body><p>Harlow Bancorp, Inc. (NASDAQ: HRLB) today reported results for the third "
    "quarter of 2026.</p>\n<table>\n"
    '<tr><td colspan="2"><b>{caption} at September 30, 2026</b> (unaudited, dollars in '
    "millions)</td></tr>\n"
    "<tr><td>Commercial real estate</td><td>$ 512.4</td></tr>\n"
    "<tr><td>Commercial and industrial</td><td>203.6</td></tr>\n"
    "<tr><td>Residential mortgage</td><td>318.0</td></tr>\n"
    "<tr><td>Consumer</td><td>41.2</td></tr>\n"
    "<tr><td>Total loans</td><td>$ {x}</td></tr>\n</table>\n"
    "<p>About Harlow Bancorp: a bank written for a test.</p></body></html>\n"
)


def _html_codes(text: str) -> list[str]:
    source = read_bytes(text.encode(), "release.html", fmt="html")
    findings = _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings
    return [f.code for f in findings if f.code.startswith("NUM")]


def test_a_caption_naming_the_total_opens_its_rows() -> None:
    """ "Total loans" under a caption "Loan composition at ...": the rows down to the total
    are its parts, in a table of one column."""
    assert _html_codes(LOANS.format(caption="Loan composition", x="1,075.2")) == []
    assert "NUM017" in _html_codes(LOANS.format(caption="Loan composition", x="1,344.0"))


def test_a_caption_that_names_something_else_opens_no_group() -> None:
    """A caption that does not name the total ("Selected balances") says nothing of which
    rows it adds."""
    assert _html_codes(LOANS.format(caption="Selected balances", x="1,344.0")) == []


def test_claims_of_lists_the_caption_total() -> None:
    source = read_bytes(
        LOANS.format(caption="Loan composition", x="1,075.2").encode(), "r.html", fmt="html"
    )
    totals = [
        [q.text.strip() for q in c.operands]
        for c in claims_of(Facts(parse_source(source)))
        if c.relation == "parts-total"
    ]
    assert any("$ 1,075.2" in ops or "1,075.2" in " ".join(ops) for ops in totals)


SHARE_TABLE = (
    "# Calloway Systems Reports Third Quarter 2026 Results\n\n"
    "AUSTIN, Texas, Oct. 28, 2026 /PRNewswire/ -- Calloway Systems, Inc. (NASDAQ: CLWY) today "
    "reported results for the third quarter of 2026.\n\n"
    "Net income for {period} was $9.3 million, or {x} per diluted share.\n\n"
    "**{caption} (in thousands)**\n\n"
    "| | Three Months Ended September 30, 2026 | Three Months Ended September 30, 2025 |\n"
    "|---|---|---|\n"
    "| Weighted average shares outstanding - basic | 29,400 | 29,100 |\n"
    "| Weighted average shares outstanding - diluted | 30,100 | 29,900 |\n\n"
    "About Calloway\n\nCalloway is a company written for a test.\n"
)


def _md(text: str) -> tuple[list[str], list[list[str]]]:
    source = read_bytes(text.encode(), "release.md", fmt="md")
    findings = _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings
    eps = [
        [q.text.strip() for q in c.operands]
        for c in claims_of(Facts(parse_source(source)))
        if c.relation == "eps"
    ]
    return [f.code for f in findings if f.code.startswith("NUM")], eps


def test_eps_in_text_over_the_weighted_count_in_a_table() -> None:
    """Net income and its diluted EPS in text, the diluted count in the table's column of
    the same quarter (in thousands: the unit is read from the figures' size)."""
    fill = {"period": "the third quarter of 2026", "caption": "Share data"}
    codes_true, eps = _md(SHARE_TABLE.format(x="$0.31", **fill))
    assert codes_true == []
    assert ["$0.31", "$9.3 million", "30,100 thousand"] in eps
    assert "NUM016" in _md(SHARE_TABLE.format(x="$0.38", **fill))[0]


@pytest.mark.parametrize(
    ("period", "caption"),
    [
        # a period the table has no column for
        ("the first quarter of 2026", "Share data"),
        # a segment's table: its counts are not the company's
        ("the third quarter of 2026", "Segment share data"),
    ],
)
def test_eps_with_no_count_of_its_period_in_a_table_is_not_claimed(
    period: str, caption: str
) -> None:
    codes_moved, eps = _md(SHARE_TABLE.format(x="$0.38", period=period, caption=caption))
    assert codes_moved == []
    assert not any("$0.38" in ops for ops in eps)


CASH_FLOWS = (
    "# Harlow Devices Reports Fourth Quarter Results\n\n"
    "SAN JOSE, Calif., Jan. 28, 2026 /PRNewswire/ -- Harlow Devices, Inc. (NASDAQ: HRLD) today "
    "reported results for the year ended December 27, 2025.\n\n"
    "**Condensed Consolidated Statements of Cash Flows (in millions)**\n\n"
    "| | Year Ended December 27, 2025 | Year Ended December 28, 2024 "
    "| Year Ended December 30, 2023 |\n"
    "|---|---|---|---|\n"
    "| Operating activities: | | | |\n"
    "| Net income | 4,112 | 3,407 | 2,950 |\n"
    "| Depreciation and amortization | 318 | 291 | 270 |\n"
    "| Accounts receivable, net | (412) | 233 | (105) |\n"
    "| Accounts payable | 1,204 | 865 | 640 |\n"
    "| {label} | {x} | 4,796 | 3,755 |\n"
    "| Investing activities: | | | |\n"
    "| Purchases of marketable securities | (9,114) | (7,260) | (6,015) |\n"
    "| Payments for property, plant and equipment | (822) | (611) | (590) |\n"
    "| Cash used in investing activities | (9,936) | (7,871) | (6,605) |\n\n"
    "About Harlow\n\nHarlow is a company written for a test.\n"
)


@pytest.mark.parametrize(
    "label",
    ["Cash generated by operating activities", "Cash provided by (used in) operating activities"],
)
def test_cash_flow_subtotals_named_without_net_are_checked(label: str) -> None:
    """ "Cash generated by operating activities" is a statement subtotal like "Net cash
    provided by ...": the form the other columns follow judges this one."""
    assert _md(CASH_FLOWS.format(label=label, x="5,222"))[0] == []
    assert "NUM020" in _md(CASH_FLOWS.format(label=label, x="6,528"))[0]


def test_a_line_of_cash_that_is_no_subtotal_is_not_judged() -> None:
    """ "Cash paid for income taxes" names cash but adds nothing up."""
    codes_found = _md(CASH_FLOWS.format(label="Cash paid for income taxes", x="6,528"))[0]
    assert "NUM020" not in codes_found


def test_two_lines_giving_a_labelled_subtotal_in_one_column_are_no_form() -> None:
    """Two items that add up in one column only are within what chance gives: the other
    column's subtotal is not judged by them."""
    table = (
        "# Harlow Devices Reports Results\n\n"
        "SAN JOSE, Calif., Jan. 28, 2026 /PRNewswire/ -- Harlow Devices, Inc. today reported "
        "results.\n\n**Other income (in thousands)**\n\n"
        "| | Three Months Ended December 27, 2025 | Three Months Ended December 28, 2024 |\n"
        "|---|---|---|\n"
        "| Interest income | 512 | 431 |\n"
        "| Foreign exchange gain | 97 | 12 |\n"
        "| Total other income | 609 | 820 |\n\n"
        "About Harlow\n\nHarlow is a company written for a test.\n"
    )
    assert _md(table)[0] == []
