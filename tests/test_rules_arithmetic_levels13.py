"""Financial levels read as one typed fact per figure (session 13): ``measures_text.py``
gives each money, percent and share figure of the text its measure, period and subject,
and answers EPS, margin, change, aggregate and portion claims as queries over them.

Each catch is a release whose figures agree (silent, the claim listed) and the same
release with one figure moved (caught); each near miss or refusal is a release where the
operands are of another period, subject or basis, or where a measure has two figures, which
must stay silent. Every company, person and figure is invented."""

from __future__ import annotations

from tests.helpers import num_codes, num_relations

HEAD = (
    "Brantovia Systems Reports Second Quarter Results\n\n"
    "AUSTIN, Texas, August 4, 2026 (BUSINESS WIRE) -- Brantovia Systems, Inc. (NASDAQ: BRSY) "
    "today reported results for its second quarter ended June 30, 2026.\n\n"
)
TAIL = "\n\nAbout Brantovia\n\nBrantovia Systems, Inc. is a fictional company.\n"


def codes(body: str) -> list[str]:
    return num_codes(HEAD + body + TAIL)


def relations(body: str) -> set[tuple[str, tuple[str, ...]]]:
    return num_relations(HEAD + body + TAIL)


# -- EPS: stated in a bullet, operands paragraphs later ---------------------------------------

EPS = (
    "Second Quarter Highlights\n\n"
    "- Diluted earnings per share of ${eps}, versus $0.20 a year ago\n\n"
    "Revenue for the quarter was $88.1 million.\n\n"
    "Net income of $12.6 million was divided by 45.0 million diluted weighted average shares "
    "to arrive at the quarter's per-share figure. In the second quarter of 2025, net income "
    "had been ${prior} million, with 44.1 million diluted weighted average shares outstanding."
)


def test_eps_named_in_a_bullet_is_checked_against_later_operands() -> None:
    good = EPS.format(eps="0.28", prior="8.8")
    assert codes(good) == []
    assert ("eps", ("$0.28", "$12.6 million", "45.0 million")) in relations(good)
    assert ("eps", ("$0.20", "$8.8 million", "44.1 million")) in relations(good)
    assert codes(EPS.format(eps="0.35", prior="8.8")) == ["NUM016"]


def test_prior_year_eps_takes_the_prior_year_operands_only() -> None:
    # the year-ago EPS is $0.20; $11.0 million / 44.1 million is $0.25: caught as the prior's
    assert codes(EPS.format(eps="0.28", prior="11.0")) == ["NUM016"]


def test_two_net_incomes_of_one_period_refuse_the_eps_query() -> None:
    body = EPS.format(eps="0.35", prior="8.8") + (
        "\n\nNet income of $14.9 million in the quarter included a one-time gain."
    )
    assert not any(r == "eps" and "$0.35" in ops for r, ops in relations(body))


def test_adjusted_eps_is_not_net_income_over_shares() -> None:
    body = EPS.format(eps="0.28", prior="8.8").replace(
        "Diluted earnings per share of $0.28", "Adjusted diluted earnings per share of $0.40"
    )
    assert not any(r == "eps" and "$0.40" in ops for r, ops in relations(body))
    assert codes(body) == []


# -- margins: a ratio named in a bullet, "N% of revenue", "a N% margin" ------------------------

MARGIN = (
    "- Gross margin of {gm}%\n"
    "- Operating income of $9.0 million, or {om}% of revenue\n\n"
    "Revenue for the quarter was $75.0 million, compared with $70.0 million in the second "
    "quarter of 2025. Gross profit was $33.0 million."
)


def test_gross_margin_in_a_bullet_is_checked_against_later_levels() -> None:
    good = MARGIN.format(gm="44.0", om="12.0")
    assert codes(good) == []
    assert ("margin", ("44.0%", "$33.0 million", "$75.0 million")) in relations(good)
    assert codes(MARGIN.format(gm="47.0", om="12.0")) == ["NUM015"]


def test_percent_of_revenue_after_a_profit_line_is_its_margin() -> None:
    assert ("margin", ("12.0%", "$9.0 million", "$75.0 million")) in relations(
        MARGIN.format(gm="44.0", om="12.0")
    )
    # the template portion reader also reads "15.0% of revenue" (NUM003)
    assert "NUM015" in codes(MARGIN.format(gm="44.0", om="15.0"))


def test_margin_refuses_a_segment_revenue_and_a_prior_year_revenue() -> None:
    body = (
        "- Gross margin of 47.0%\n\n"
        "Instrument revenue was $75.0 million. Gross profit was $33.0 million, against "
        "revenue of $70.0 million a year ago."
    )
    assert not any(r == "margin" and "47.0%" in ops for r, ops in relations(body))


def test_margin_of_another_company_stays_in_its_sentence() -> None:
    body = (
        "Revenue for the quarter was $75.0 million.\n\n"
        "Kestrel's 2025 sales were $400 million, and it earned adjusted EBITDA of $48 "
        "million on them, a {m}% margin."
    )
    assert ("margin", ("12.0%", "$48 million", "$400 million")) in relations(body.format(m="12.0"))
    assert codes(body.format(m="15.0")) == ["NUM015"]


# -- changes: the change named once, its two levels elsewhere ----------------------------------

CHANGE = (
    "Brantovia Posts Revenue of $88 Million, Up {pct}%\n\n"
    "AUSTIN, Texas, August 4, 2026 (BUSINESS WIRE) -- Brantovia Systems, Inc. today "
    "reported results for its second quarter ended June 30, 2026.\n\n"
    "Revenue for the quarter was $88.1 million, against $77.3 million in the second quarter "
    "of 2025."
)


def _change_codes(pct: str) -> list[str]:
    return num_codes(CHANGE.format(pct=pct) + TAIL)


def test_headline_change_is_worked_from_the_body_levels() -> None:
    assert _change_codes("14") == []
    assert _change_codes("24") == ["NUM003"]


def test_points_change_of_a_ratio_takes_the_level_reached_and_the_pronoun_level() -> None:
    body = (
        "The net interest margin widened {bps} basis points from a year earlier, reaching "
        "3.31%; in the year-ago quarter it had been 3.12%."
    )
    assert ("change", ("19 basis points", "3.31%", "3.12%")) in relations(body.format(bps="19"))
    assert codes(body.format(bps="29")) == ["NUM003"]


def test_made_up_of_is_not_a_change() -> None:
    body = "Savings deposits made up 21.0% of the total at June 30, 2026."
    assert not any(r == "change" and "21.0%" in ops for r, ops in relations(body))


# -- shares outstanding after a transaction ----------------------------------------------------

SHARES = (
    "Brantovia expects to issue about 12.4 million new shares to Halloway shareholders.\n\n"
    "Brantovia had 60.2 million shares outstanding at July 31, 2026. At closing, the combined "
    "company is expected to have about {after} million shares outstanding, with former "
    "Halloway shareholders holding approximately {pct}%."
)


def test_count_after_closing_is_before_plus_issued() -> None:
    good = SHARES.format(after="72.6", pct="17.1")
    assert ("aggregate", ("72.6 million", "12.4 million", "60.2 million")) in relations(good)
    assert codes(good) == []
    assert "NUM005" in codes(SHARES.format(after="76.6", pct="17.1"))


def test_holders_percentage_takes_the_shares_issued_to_them() -> None:
    good = SHARES.format(after="72.6", pct="17.1")
    assert ("portion", ("12.4 million", "17.1%", "72.6 million")) in relations(good)
    assert codes(SHARES.format(after="72.6", pct="21.1")) == ["NUM004"]


def test_other_holders_percentage_is_not_the_issued_shares_portion() -> None:
    body = SHARES.format(after="72.6", pct="31.0").replace(
        "former Halloway shareholders", "Vantor Capital shareholders"
    )
    assert not any(r == "portion" and "31.0%" in ops for r, ops in relations(body))


def test_elided_count_after_the_conversions_and_newly_issued_portion() -> None:
    body = (
        "In total, 6,000,000 shares of common stock were issued on conversion. Brantovia had "
        "24,000,000 shares of common stock outstanding immediately before the conversions, "
        "and {after} immediately after them. The newly issued shares thus represent {pct}% of "
        "the Company's outstanding common stock."
    )
    good = body.format(after="30,000,000", pct="20.0")
    assert ("aggregate", ("30,000,000", "6,000,000", "24,000,000")) in relations(good)
    assert ("portion", ("6,000,000", "20.0%", "30,000,000")) in relations(good)
    assert codes(good) == []
    assert codes(body.format(after="30,000,000", pct="25.0")) == ["NUM004"]


def test_sequential_change_is_not_worked_against_the_year_ago_level() -> None:
    # 88.1 / 77.3 is +14%; a 30% rise over the quarter before is another comparison
    assert _change_codes("30% Sequentially,") == []
    assert _change_codes("30% in Constant Currency,") == []


def test_a_change_over_a_named_quarter_of_the_same_year_is_sequential() -> None:
    """A bullet "Revenue of $X, an 8% increase over Q1 2026; a decrease of 6% over the
    prior year": the 8% is against the quarter before (not stated), never the year-ago
    level. Found on a corpus release in session 13."""
    body = (
        "- Revenue of $88.1 million, a {pct}% increase over Q1 2026\n\n"
        "Revenue for the quarter was $88.1 million, against $77.3 million in the second "
        "quarter of 2025."
    )
    assert codes(body.format(pct="30")) == []
    # a quarter of the year before is the year-ago level: still checked
    year_ago = body.replace("Q1 2026", "Q2 2025")
    assert codes(year_ago.format(pct="14")) == []
    assert codes(year_ago.format(pct="24")) == ["NUM003"]


def test_change_of_a_part_of_revenue_is_not_the_total_change() -> None:
    body = (
        "Revenue for the quarter was $88.1 million, against $77.3 million in the second "
        "quarter of 2025. Revenue from cloud services rose 41% year over year, while sales "
        "of hardware grew 3%."
    )
    assert not any(r == "change" and "41%" in ops for r, ops in relations(body))
    assert codes(body) == []


def test_segment_change_with_its_own_level_is_not_the_consolidated_one() -> None:
    body = (
        "Consolidated sales were $88.1 million, compared with $77.3 million in the same "
        "period of 2025. In the Marine segment, sales rose by 52.0% to $30.4 million."
    )
    assert not any(r == "change" and "52.0%" in ops for r, ops in relations(body))


def _claims_under(headline: str, body: str) -> set[tuple[str, tuple[str, ...]]]:
    head = (
        f"{headline}\n\n"
        "AUSTIN, Texas, February 9, 2026 (BUSINESS WIRE) -- Brantovia Systems, Inc. today "
        "reported results for its fourth quarter ended December 31, 2025.\n\n"
    )
    return num_relations(head + body + TAIL)


YEAR_END = (
    "- Gross margin of 47.0%\n\n"
    "Revenue for the fourth quarter of 2025 was $75.0 million. Gross profit was $33.0 million."
)


def test_the_reported_year_is_the_periods_not_the_datelines() -> None:
    # dated 2026, reporting 2025: "the fourth quarter of 2025" is the current period
    found = _claims_under("Brantovia Reports Fourth Quarter 2025 Results", YEAR_END)
    assert ("margin", ("47.0%", "$33.0 million", "$75.0 million")) in found


def test_a_bullet_of_a_release_of_two_lengths_is_of_neither() -> None:
    # the headline reports the quarter and the year: the bullet's margin may be either
    found = _claims_under("Brantovia Reports Fourth Quarter and Full Year 2025 Results", YEAR_END)
    assert not any(r == "margin" and "47.0%" in ops for r, ops in found)


def test_margin_after_a_change_is_of_the_profit_level_not_the_change() -> None:
    body = (
        "Revenue for the quarter was $75.0 million.\n\n"
        "Adjusted EBITDA for the quarter was $9.0 million, up 32% year over year, "
        "representing a {m}% margin."
    )
    assert ("margin", ("12.0%", "$9.0 million", "$75.0 million")) in relations(
        body.format(m="12.0")
    )
    assert not any(r == "margin" and "32%" in ops for r, ops in relations(body.format(m="12.0")))


def test_sales_of_a_campaign_are_not_the_release_revenue() -> None:
    body = (
        "- Gross profit reached $33.0 million, representing a 44% margin\n\n"
        "The spring campaign generated $0.8 million in sales from 9,000 orders."
    )
    assert not any(r == "margin" and "$0.8 million" in ops for r, ops in relations(body))
    assert codes(body) == []


TOGETHER = (
    "The board also approved an additional $80 million for share repurchases. Together with "
    "the $25.5 million still available under the existing program, Brantovia's repurchase "
    "authorization now totals ${total} million."
)


def test_total_together_with_an_earlier_amount_adds_the_increment() -> None:
    good = TOGETHER.format(total="105.5")
    assert ("aggregate", ("$105.5 million", "$80 million", "$25.5 million")) in relations(good)
    assert codes(good) == []
    assert "NUM005" in codes(TOGETHER.format(total="125.5"))


def test_together_with_needs_one_added_amount_in_the_sentence_before() -> None:
    body = TOGETHER.format(total="125.5").replace(
        "approved an additional $80 million", "approved $80 million, and $10 million more,"
    )
    assert not any(r == "aggregate" and "$125.5 million" in ops for r, ops in relations(body))


DIVIDEND = (
    "Brantovia Raises Quarterly Dividend {pct}%\n\n"
    "AUSTIN, Texas, August 4, 2026 (BUSINESS WIRE) -- The Board of Directors of Brantovia "
    "Systems, Inc. has declared a quarterly cash dividend of $0.27 per share, payable "
    "September 15, 2026. The previous quarterly rate was $0.25.\n\n"
)


def _dividend_codes(pct: str) -> list[str]:
    return num_codes(DIVIDEND.format(pct=pct) + TAIL)


def test_raised_dividend_against_the_previous_rate_named_elsewhere() -> None:
    # 0.27 / 0.25 - 1 = 8%; declared amounts are exact, so 10% is caught
    assert _dividend_codes("8") == []
    assert _dividend_codes("10") == ["NUM003"]


def test_previous_quarter_level_is_not_the_year_ago_one() -> None:
    body = (
        "Revenue for the quarter was $88.1 million. Revenue of the previous quarter was "
        "$80.0 million.\n\nBrantovia said revenue rose 30% over the period."
    )
    assert not any(r == "change" and "30%" in ops for r, ops in relations(body))


def test_change_of_another_measure_after_a_level_is_not_the_levels_change() -> None:
    body = (
        "Revenue for the quarter was $88.1 million, against $77.3 million in the second "
        "quarter of 2025.\n\nBrantovia reported revenue of $88.1 million, and operating "
        "costs rose 31%."
    )
    assert not any(r == "change" and "31%" in ops for r, ops in relations(body))
    assert codes(body) == []
