"""The same measure named twice (session 12, issue 10 Deliver 2): a figure of a measure in the
headline, a subheadline, a highlights bullet or a quote is the body's figure of the same
measure, subject and period, and a text figure is the breakdown table's cell of its measure
and period. Each catch fails on main; each near miss (the figure rounded, a hedge, another
period, a segment, another company, two body figures, "up to") stays silent. Every company
and figure is invented."""

from __future__ import annotations

import tempfile
from pathlib import Path

from disclint.api import Facts, Finding
from disclint.engine import Engine, RunOptions
from disclint.parse import parse_source
from disclint.readers import read_bytes
from disclint.rules.arithmetic.model import claims_of
from disclint.rules.arithmetic.restated import head_body_restatements

_ENGINE = Engine(RunOptions(select=["NUM"], entry_points=False, isolated=True))

_RELEASE = """\
# Halvorsen Tools Reports Fiscal 2026 Results; {headline}

**{subheadline}**

DENVER, Colo., November 18, 2026 (BUSINESS WIRE) -- Halvorsen Tools, Inc. (NYSE: HVT), a \
maker of cutting tools, today reported results for its fiscal year ended September 30, 2026.

{body}

## About Halvorsen Tools

Halvorsen Tools, Inc. makes cutting tools for machine shops.
"""


def _source(headline: str, body: str, subheadline: str = "Quarterly dividend raised"):
    text = _RELEASE.format(headline=headline, subheadline=subheadline, body=body)
    return read_bytes(text.encode("utf-8"), "release.md", fmt="md")


def findings(
    headline: str, body: str, subheadline: str = "Quarterly dividend raised"
) -> list[Finding]:
    source = _source(headline, body, subheadline)
    return list(_ENGINE.check_source(source, Path(tempfile.gettempdir())).findings)


def codes(headline: str, body: str, subheadline: str = "Quarterly dividend raised") -> list[str]:
    return sorted(
        f.code for f in findings(headline, body, subheadline) if f.severity.value != "info"
    )


def restatements(headline: str, body: str, subheadline: str = "Quarterly dividend raised"):
    facts = Facts(parse_source(_source(headline, body, subheadline)))
    return [
        sorted(q.text for q in claim.operands)
        for claim in claims_of(facts)
        if claim.relation == "restatement"
    ]


_BODY = (
    "Revenue for the year was $1,243.6 million versus $1,127.9 million in fiscal 2025, an "
    "increase of $115.7 million.\n\n"
    "Adjusted EBITDA, $228.5 million for the year, represented 18.4% of revenue.\n\n"
    "Backlog at September 30, 2026 was $3,104 million."
)


# -- headline against the body ----------------------------------------------------------------


def test_headline_revenue_the_body_states_otherwise_is_an_error() -> None:
    found = [f for f in findings("Revenue of $1.55 Billion", _BODY) if f.code == "NUM011"]
    assert len(found) == 1
    assert "$1.55 Billion in the headline but $1,243.6 million in the body" in found[0].message
    assert found[0].severity.value == "error"


def test_headline_revenue_rounded_from_the_body_agrees_and_is_a_claim() -> None:
    assert codes("Revenue of $1.24 Billion", _BODY) == []
    assert ["$1,243.6 million", "$1.24 Billion"] in restatements("Revenue of $1.24 Billion", _BODY)


def test_headline_figure_written_before_its_measure() -> None:
    assert "NUM011" in codes("Record $1.55 Billion in Revenue", _BODY)
    assert codes("Record $1.24 Billion in Revenue", _BODY) == []


def test_headline_change_to_a_level() -> None:
    assert "NUM011" in codes("Revenue Rises 10% to $1.31 Billion", _BODY)
    assert codes("Revenue Rises 10% to $1.24 Billion", _BODY) == []


def test_hedged_headline_is_one_sided() -> None:
    # "nearly $1.25 billion" is below it: $1,243.6 million is nearly $1.25 billion
    assert codes("Revenue of Nearly $1.25 Billion", _BODY) == []
    assert "NUM011" in codes("Revenue of Nearly $1.15 Billion", _BODY)


# -- subheadline, highlights bullets and quotes -----------------------------------------------


def test_subheadline_figure_is_read_against_the_body() -> None:
    assert "NUM011" in codes("Record Year", _BODY, "Backlog of $3.6 billion at year end")
    assert codes("Record Year", _BODY, "Backlog of $3.1 billion at year end") == []


def test_highlights_bullet_is_read_against_the_body() -> None:
    bullets = "- Revenue: $1.31 billion\n- Adjusted EBITDA: $228.5 million\n\n" + _BODY
    found = [f for f in findings("Record Year", bullets) if f.code == "NUM011"]
    assert len(found) == 1 and "in the highlights" in found[0].message
    good = "- Revenue: $1.24 billion\n- Adjusted EBITDA: $228.5 million\n\n" + _BODY
    assert codes("Record Year", good) == []


def test_quote_figure_is_read_against_the_body() -> None:
    quote = (
        '"We shipped a record year and our backlog reached {} at year end," said Mara Quist, '
        "Chief Executive Officer.\n\n"
    )
    found = [f for f in findings("Record Year", quote.format("$3.6 billion") + _BODY)]
    assert [f.code for f in found if f.code == "NUM011"] == ["NUM011"]
    assert "in the quote" in next(f.message for f in found if f.code == "NUM011")
    assert codes("Record Year", quote.format("$3.1 billion") + _BODY) == []


# -- words against digits ---------------------------------------------------------------------


def test_words_and_digits_of_one_count_must_agree() -> None:
    body = (
        "The Company issued two million (2,500,000) shares of common stock to the lender "
        "in settlement of the note."
    )
    assert "NUM011" in codes("Record Year", body)
    assert "NUM011" not in codes("Record Year", body.replace("2,500,000", "2,000,000"))


def test_an_amount_in_words_and_digits_must_agree() -> None:
    body = (
        "The Company entered into a loan agreement for twenty-five million dollars "
        "($20,000,000) with Fenwick Capital."
    )
    found = [f for f in findings("Record Year", body) if f.code == "NUM011"]
    assert len(found) == 1 and '"twenty-five million dollars" is $25,000,000' in found[0].message
    assert "NUM011" not in codes("Record Year", body.replace("$20,000,000", "$25,000,000.00"))
    digits_first = "a loan of $20,000,000 (twenty-five million dollars) from Fenwick Capital."
    assert "NUM011" in codes("Record Year", "The Company received " + digits_first)
    # words that are not a number ("several million dollars") are not read
    loose = "a loan of several million dollars ($20,000,000) from Fenwick Capital."
    assert "NUM011" not in codes("Record Year", "The Company received " + loose)


# -- text against a breakdown table -----------------------------------------------------------

_TABLE = """\
- Revenue: {total} million for the quarter.
- Subscription revenue was {subscription} million in the quarter.

**Revenue by type**
(unaudited, in thousands)

| | Three Months Ended September 30, 2026 | Three Months Ended September 30, 2025 |
|---|---|---|
| Subscription | $ 61,904 | $ 52,110 |
| Professional services | 18,236 | 17,830 |
| Total revenue | $ 87,396 | $ 78,524 |
"""


def _quarter(total: str, subscription: str) -> list[Finding]:
    text = (
        "# Tessaline Systems Reports Third Quarter 2026 Results\n\n"
        "AUSTIN, Texas, Nov. 5, 2026 /PRNewswire/ -- Tessaline Systems, Inc. (NYSE: TSLN) "
        "today announced results for its third quarter ended September 30, 2026.\n\n"
        + _TABLE.format(total=total, subscription=subscription)
    )
    source = read_bytes(text.encode("utf-8"), "release.md", fmt="md")
    return list(_ENGINE.check_source(source, Path(tempfile.gettempdir())).findings)


def test_text_figure_its_breakdown_table_states_otherwise_is_a_warning() -> None:
    found = [f for f in _quarter("$97.4", "$61.9") if f.code == "NUM019"]
    assert len(found) == 1
    assert '"Total revenue" row' in found[0].message and "$ 87,396" in found[0].message
    assert found[0].severity.value == "warning"


def test_narrowed_measure_is_read_against_its_row_of_the_breakdown() -> None:
    found = [f for f in _quarter("$87.4", "$66.9") if f.code == "NUM019"]
    assert len(found) == 1 and '"Subscription" row' in found[0].message


def test_text_figures_that_round_their_cells_are_silent() -> None:
    assert [f.code for f in _quarter("$87.4", "$61.9") if f.code == "NUM019"] == []


# -- refusals ---------------------------------------------------------------------------------


def test_two_periods_reported_leave_a_headline_figure_without_period_unread() -> None:
    body = (
        "Revenue for the fourth quarter was $310.2 million.\n\n"
        "Revenue for the full year was $1,243.6 million."
    )
    head = "Fourth Quarter and Full Year Revenue of $1.55 Billion"
    assert "NUM011" not in codes(head, body)


def disagreements(headline: str, body: str) -> list[str]:
    """The summary figures this session's reader reports (the older headline reader of
    ``claims`` is left as it was: it reads a clause window and may still pair these)."""
    facts = Facts(parse_source(_source(headline, body)))
    return [r.summary.quantity.text for r in head_body_restatements(facts) if not r.agrees]


def test_a_segment_or_another_company_is_another_subject() -> None:
    assert disagreements("Revenue of $1.55 Billion", "Marine revenue was $1,243.6 million.") == []
    assert (
        disagreements(
            "Revenue of $1.55 Billion", "Northwind's revenue was $1,243.6 million in the year."
        )
        == []
    )
    assert disagreements("Revenue of $1.55 Billion", "Revenue was $1,243.6 million.") == [
        "$1.55 Billion"
    ]


def test_prior_period_figure_is_not_the_restated_one() -> None:
    body = "Revenue was $1,550.2 million, compared with revenue of $1,127.9 million in fiscal 2025."
    assert "NUM011" not in codes("Revenue of $1.55 Billion", body)


def test_two_different_body_figures_of_the_measure_leave_the_headline_unread() -> None:
    body = (
        "Revenue for the year was $1,243.6 million.\n\n"
        "Revenue for the year was $1,318.0 million including the acquired business."
    )
    assert disagreements("Revenue of $1.55 Billion", body) == []


def test_up_to_and_ranges_are_not_restatements() -> None:
    body = "Revenue for the year was $1,243.6 million."
    assert "NUM011" not in codes("Revenue of Up to $1.55 Billion", body)
    assert "NUM011" not in codes("Revenue of $1.50 Billion to $1.60 Billion", body)


def test_a_forward_column_is_not_the_quarter() -> None:
    text = (
        "# Tessaline Systems Reports Third Quarter 2026 Results\n\n"
        "AUSTIN, Texas, Nov. 5, 2026 /PRNewswire/ -- Tessaline Systems, Inc. (NYSE: TSLN) "
        "today announced results for its third quarter ended September 30, 2026.\n\n"
        "- Revenue: $97.4 million for the quarter.\n\n"
        "**Revenue by segment**\n(unaudited, in thousands)\n\n"
        "| | Three Months Ended September 30, 2026 |\n|---|---|\n"
        "| Total revenue | $ 87,396 |\n"
    )
    source = read_bytes(text.encode("utf-8"), "release.md", fmt="md")
    found = _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings
    assert [f.code for f in found if f.code == "NUM019"] == []


# -- the offering's size: headline against the body's gross proceeds --------------------------

_OFFERING = """\
Norvale Biotech Announces Pricing of {headline}

NEW YORK, March 3, 2026 (GLOBE NEWSWIRE) -- Norvale Biotech, Inc. (Nasdaq: NRVB) today \
announced the pricing of an underwritten public offering of 3,000,000 shares of its common \
stock at a public offering price of $5.00 per share. {body}

About Norvale Biotech
Norvale Biotech develops enzyme therapies.
"""


def offering(headline: str, body: str) -> list[str]:
    text = _OFFERING.format(headline=headline, body=body)
    source = read_bytes(text.encode("utf-8"), "release.txt", fmt="txt")
    found = _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings
    return sorted(f.code for f in found if f.severity.value != "info")


_GROSS = (
    "The gross proceeds to the Company from the offering are expected to be approximately "
    "$15.0 million, before deducting underwriting discounts and commissions."
)


def test_headline_offering_size_the_gross_proceeds_contradict() -> None:
    assert "NUM011" in offering("$18.0 Million Public Offering", _GROSS)


def test_headline_offering_size_rounding_the_gross_proceeds_is_silent() -> None:
    assert offering("$15 Million Public Offering", _GROSS) == []


def test_net_proceeds_are_not_the_offering_size() -> None:
    net = "Net proceeds to the Company are expected to be approximately $13.6 million."
    assert offering("$15 Million Public Offering", net) == []
    assert offering("$15 Million Public Offering", _GROSS + " " + net) == []


def test_an_offering_with_an_option_or_a_tranche_is_not_compared() -> None:
    option = _GROSS + (
        " The Company has granted the underwriters a 30-day option to purchase up to 450,000 "
        "additional shares."
    )
    assert "NUM011" not in offering("$17.25 Million Public Offering", option)
    tranche = _GROSS.replace("the offering", "the first tranche of the offering")
    assert "NUM011" not in offering("$18.0 Million Public Offering", tranche)


def test_up_to_offering_size_is_a_bound() -> None:
    assert "NUM011" not in offering("Up to $20 Million Public Offering", _GROSS)


# -- the price per share of the headline and of the body ---------------------------------------

_PRICED = (
    "Norvale Biotech, Inc. (Nasdaq: NRVB) today announced the pricing of an underwritten "
    "public offering of 3,000,000 shares of its common stock at a public offering price of "
    "$5.00 per share."
)


def _priced(headline: str, body: str = _PRICED) -> list[str]:
    text = (
        f"Norvale Biotech {headline}\n\nNEW YORK, March 3, 2026 (GLOBE NEWSWIRE) -- {body}\n\n"
        "About Norvale Biotech\nNorvale Biotech develops enzyme therapies.\n"
    )
    source = read_bytes(text.encode("utf-8"), "release.txt", fmt="txt")
    found = _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings
    return sorted(f.code for f in found if f.severity.value != "info")


def test_headline_price_per_share_the_body_contradicts() -> None:
    assert "NUM011" in _priced("Prices Public Offering of 3,000,000 Shares at $5.50 per Share")
    assert _priced("Prices Public Offering of 3,000,000 Shares at $5.00 per Share") == []


def test_an_exercise_price_is_not_the_offering_price() -> None:
    warrants = _PRICED + (
        " Each share is sold with a warrant to purchase one share at an exercise price of "
        "$5.50 per share."
    )
    assert _priced("Prices Offering of Shares and Warrants Exercisable at $5.50", warrants) == []
    assert _priced("Prices Public Offering at $5.00 per Share", warrants) == []


def test_two_prices_of_two_placements_leave_the_headline_unread() -> None:
    two = _PRICED + (
        " In a concurrent private placement, the Company sold 500,000 shares to its chairman "
        "at a price of $5.25 per share."
    )
    assert "NUM011" not in _priced("Prices Public Offering at $5.40 per Share", two)


# -- the headline against the company's statement ---------------------------------------------

_STATEMENT = """\
Orrin Biologics Reports Fiscal 2026 Revenue of {revenue}

CAMBRIDGE, Mass., Nov. 4, 2026 (GLOBE NEWSWIRE) -- Orrin Biologics, Inc. (Nasdaq: ORRB) today \
reported financial results for the fiscal year ended September 30, 2026.

Revenue grew on higher volumes of its lead enzyme product.

CONSOLIDATED STATEMENTS OF OPERATIONS
(in thousands)

                                   Year Ended September 30,
                                     2026          2025
Revenue                           $ 185,012     $ 160,233
Cost of revenue                      92,114        81,002
Net income                        $  12,840     $   9,771
"""


def _statement(revenue: str) -> list[Finding]:
    text = _STATEMENT.format(revenue=revenue)
    source = read_bytes(text.encode("utf-8"), "release.txt", fmt="txt")
    found = _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings
    return [f for f in found if f.code == "NUM019"]


def test_headline_figure_its_statement_contradicts_is_a_warning() -> None:
    found = _statement("$195.0 Million")
    assert len(found) == 1 and "in the headline" in found[0].message
    assert '"Revenue" row (Year Ended September 30, 2026)' in found[0].message


def test_headline_figure_rounding_its_statement_cell_is_silent() -> None:
    assert _statement("$185.0 Million") == []
    # last year's figure is another period's
    assert _statement("$185 Million, Up from $160.2 Million") == []


def test_an_expectation_is_not_the_reported_figure() -> None:
    quote = (
        '"We expect revenue of $1.55 billion next year as the new plant ramps up," said Mara '
        "Quist, Chief Executive Officer.\n\n"
    )
    assert "NUM011" not in codes("Record Year", quote + _BODY)
    target = "- Revenue target of $1.55 billion for fiscal 2027\n\n"
    assert "NUM011" not in codes("Record Year", target + _BODY)


def test_a_repurchase_price_is_not_the_offering_price() -> None:
    body = _PRICED + " In May, the Company repurchased 100,000 shares at $5.50 per share."
    assert _priced("Prices Public Offering at $5.00 per Share", body) == []
    assert "NUM011" in _priced("Prices Public Offering at $5.50 per Share", body)


_TWO_PERIODS = """\
Kestrel Aero Reports Fourth Quarter Revenue of {quarter}; Full Year Revenue of {year}

DALLAS, Feb. 18, 2027 (BUSINESS WIRE) -- Kestrel Aero Holdings, Inc. (NYSE: KSTR) today \
reported results for the fourth quarter and full year ended December 31, 2026.

Total revenue for the fourth quarter was $212.5 million, compared with $186.4 million in the \
fourth quarter of 2025. For the full year 2026, total revenue was $790.2 million, compared \
with $711.9 million in 2025.

Revenue for the nine months ended September 30, 2026 was $577.7 million.
"""


def _two_periods(quarter: str, year: str) -> list[Finding]:
    text = _TWO_PERIODS.format(quarter=quarter, year=year)
    source = read_bytes(text.encode("utf-8"), "release.txt", fmt="txt")
    found = _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings
    return [f for f in found if f.code == "NUM011"]


def test_a_quarter_and_its_year_in_one_headline_each_meet_their_own_figure() -> None:
    assert _two_periods("$212.5 Million", "$790.2 Million") == []
    found = _two_periods("$232.5 Million", "$790.2 Million")
    assert len(found) == 1 and "$212.5 million" in found[0].message
    found = _two_periods("$212.5 Million", "$810.2 Million")
    assert len(found) == 1 and "$790.2 million" in found[0].message


def test_a_subheadline_is_read_against_results_written_as_bullets() -> None:
    bullets = (
        "- Cash, cash equivalents and marketable securities totaled $184,612,000 as of "
        "September 30, 2026, compared with $221,350,000 as of December 31, 2025."
    )
    head = "Cash, cash equivalents and marketable securities of {} fund operations into 2028"
    text = (
        "# Velora Biosciences Reports Third Quarter 2026 Financial Results\n\n**{head}**\n\n"
        "SOUTH SAN FRANCISCO, Calif., Nov. 5, 2026 (GLOBE NEWSWIRE) -- Velora Biosciences, "
        "Inc. (Nasdaq: VLRA) today reported financial results for the third quarter ended "
        "September 30, 2026.\n\n**Third Quarter 2026 Financial Results**\n\n{bullets}\n"
    )

    def check(figure: str) -> list[str]:
        body = text.format(head=head.format(figure), bullets=bullets)
        source = read_bytes(body.encode("utf-8"), "release.md", fmt="md")
        found = _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings
        return [f.code for f in found if f.code == "NUM011"]

    assert check("$184.6 million") == []
    assert check("$194.6 million") == ["NUM011"]
