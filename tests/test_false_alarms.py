"""The false-alarm classes counsel found on real releases, fixed in general form: each with
the catch the rule must keep and the near misses it must leave alone. Releases are invented,
modelled on what real releases say."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclint.api import Finding, Severity
from disclint.engine import RunOptions
from tests.engine_helpers import check_text
from tests.test_rules_fls import (
    BOILERPLATE_LEGEND,
    FLS_BODY,
    GOOD_LEGEND,
    INVESTOR_QUOTE,
    LEGEND_COMPANY_ONLY,
    release,
)

#: A forward-looking sentence for the legend to protect (FLS002 is an error only then).
FORECAST = "Acme expects revenue of $40 million to $45 million in 2026."


def findings(tmp_path: Path, text: str, code: str) -> list[Finding]:
    options = RunOptions(select=[code], entry_points=False)
    return check_text(tmp_path, text, options=options).findings


# -- FLS002: factor lists and "no assurance that" clauses ------------------------------------

LEGEND_START = (
    "This release contains forward-looking statements within the meaning of the Private "
    "Securities Litigation Reform Act of 1995. "
)


def test_fls002_counts_a_long_subject_before_include(tmp_path: Path) -> None:
    legend = LEGEND_START + (
        "Risks, uncertainties and other factors involved with forward-looking information "
        "that could cause actual results to differ materially include drilling results at the "
        "Ridge project, copper and zinc price volatility, delays in mine development, and "
        "the availability of skilled contractors."
    )
    assert findings(tmp_path, release(FORECAST, legend=legend), "FLS002") == []


def test_fls002_counts_no_assurance_clauses(tmp_path: Path) -> None:
    legend = LEGEND_START + (
        "Actual results may differ materially. There can be no assurance that the audit of "
        "the 2024 accounts will be completed by June. No assurance can be given that the "
        "Nevada permit will be granted. There is no assurance that the lender will extend "
        "the bridge loan."
    )
    assert findings(tmp_path, release(FORECAST, legend=legend), "FLS002") == []


def test_fls002_no_assurance_about_the_statements_themselves_is_no_factor(
    tmp_path: Path,
) -> None:
    legend = LEGEND_START + (
        "Actual results may differ materially because of risks and uncertainties. There can "
        "be no assurance that such forward-looking statements will prove to be accurate, and "
        "no assurance that actual results will not differ."
    )
    [finding] = findings(tmp_path, release(FORECAST, legend=legend), "FLS002")
    assert "no specific" in finding.message


def test_fls002_still_grades_the_issuers_boilerplate(tmp_path: Path) -> None:
    assert findings(tmp_path, release(FORECAST, legend=BOILERPLATE_LEGEND), "FLS002")


def test_fls002_a_short_generic_list_is_a_warning_none_is_an_error(tmp_path: Path) -> None:
    short = LEGEND_START + (
        "Actual results could differ materially due to various factors, including market "
        "conditions, competition, and the successful integration of acquired operations."
    )
    [finding] = findings(tmp_path, release(FORECAST, legend=short), "FLS002")
    assert finding.severity is Severity.WARNING
    [finding] = findings(tmp_path, release(FORECAST, legend=BOILERPLATE_LEGEND), "FLS002")
    assert finding.severity is Severity.ERROR


def test_fls002_reads_among_the_risks_are_and_a_closing_pointer(tmp_path: Path) -> None:
    legend = LEGEND_START + (
        "Among the key risks, assumptions and factors that may affect operating results, "
        "performance and financial condition are risks associated with FDA oversight, the "
        "Company's ability to manage its cash, competition and the other factors discussed "
        "in detail in the Company's periodic filings with the SEC."
    )
    assert findings(tmp_path, release(FORECAST, legend=legend), "FLS002") == []


@pytest.mark.parametrize(
    "formula",
    [
        # the legend's own formula about its assumptions names no risk
        "These assumptions are inherently subject to significant uncertainties and "
        "contingencies which are difficult or impossible to predict and are beyond our "
        "control, and we cannot assure you that we will achieve these expectations.",
        # a pointer to the reports, even with the next sentence run into it
        "More detailed information about the risk factors that may affect the realization "
        "of forward-looking statements is set forth in the Company's filings with the SEC, "
        "including the Company's most recent Annual Report on Form 10-K and Quarterly "
        "Reports on Form 10-Q. Investors are urged to read these documents at www.sec.gov.",
    ],
)
def test_fls002_formula_and_pointers_are_no_factor(tmp_path: Path, formula: str) -> None:
    legend = LEGEND_START + "Actual results may differ materially. " + formula
    [finding] = findings(tmp_path, release(FORECAST, legend=legend), "FLS002")
    assert "no specific" in finding.message
    assert finding.severity is Severity.ERROR


# -- FLS006: stock price vs per-share accounting figures, par value, exercise prices ----------

OTC = "OTCQB: BRFL"


def test_fls006_penny_stock_price_is_caught(tmp_path: Path) -> None:
    body = "The common stock closed at $0.42 per share on the OTCQB on March 2."
    assert findings(tmp_path, release(body, ticker=OTC), "FLS006")


def test_fls006_net_loss_per_share_is_not_a_price(tmp_path: Path) -> None:
    body = (
        "Net loss for the quarter was $5.2 million, or ($0.67) per share, compared with "
        "$4.1 million, or ($0.58) per basic and diluted share, a year ago."
    )
    assert findings(tmp_path, release(body, ticker=OTC), "FLS006") == []


def test_fls006_par_value_and_exercise_prices_are_not_prices(tmp_path: Path) -> None:
    body = (
        "The Company issued 2,000,000 shares of common stock, par value $0.0001 per share, and "
        "warrants exercisable at $0.75 per share for five years."
    )
    assert findings(tmp_path, release(body, ticker=OTC), "FLS006") == []


# -- PRM003: a figure starts a word -----------------------------------------------------------


def test_prm003_b2b_is_not_a_market_size(tmp_path: Path) -> None:
    body = "Brightfield sells to B2B markets in Europe and to 5G network builders."
    assert findings(tmp_path, release(body), "PRM003") == []


def test_prm003_unsourced_market_size_is_caught(tmp_path: Path) -> None:
    body = "Brightfield addresses a $2B market for flexible solar films."
    assert findings(tmp_path, release(body), "PRM003")


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("EV markets are expected to reach $9.4 billion by 2029, according to Mordor.", False),
        ("EV markets are expected to reach $9.4 billion by 2029.", True),
    ],
)
def test_prm003_a_headline_figure_the_story_sources(
    tmp_path: Path, body: str, flagged: bool
) -> None:
    text = release(body, headline="Middle East's $9 Billion EV Market Opportunity Grows")
    found = findings(tmp_path, text, "PRM003")
    assert any(f.start.line == 3 for f in found) is flagged  # the headline's finding


def test_prm003_a_named_estimator_is_a_source(tmp_path: Path) -> None:
    body = "All told, Lumora pegs the U.S. market opportunity at $4 billion."
    assert findings(tmp_path, release(body), "PRM003") == []
    unnamed = "All told, the U.S. market opportunity is estimated at $4 billion."
    assert findings(tmp_path, release(unnamed), "PRM003")


# -- FLS007: the senses of "tender offer" -----------------------------------------------------


def test_fls007_procurement_tender_is_not_a_securities_tender_offer(tmp_path: Path) -> None:
    body = (
        "Brightfield's subsidiary won the national airline's tender offer for the supply of "
        "jet fuel to four airports, a contract worth $12 million a year."
    )
    assert findings(tmp_path, release(body), "FLS007") == []


def test_fls007_securities_tender_offer_is_caught(tmp_path: Path) -> None:
    body = (
        "Brightfield commenced a tender offer to purchase up to 2,000,000 shares of its common "
        "stock at $4.00 per share."
    )
    assert findings(tmp_path, release(body), "FLS007")


@pytest.mark.parametrize(
    ("headline", "flagged"),
    [
        ("Brightfield Films Prices Its IPO of 2,000,000 Shares", True),
        # a financial site's menu copied with the page
        ("Markets | IPO Calendar | Earnings Calendar", False),
    ],
)
def test_fls007_a_menus_ipo_calendar_is_no_offering(
    tmp_path: Path, headline: str, flagged: bool
) -> None:
    text = release(FLS_BODY, headline=headline)
    assert bool(findings(tmp_path, text, "FLS007")) is flagged


# -- FLS001: appointment logistics ------------------------------------------------------------


def test_fls001_appointment_logistics_are_not_forward_looking(tmp_path: Path) -> None:
    body = (
        "Jane Roe will become Executive Vice President and Chief Financial Officer of "
        "Brightfield, effective July 7, 2025. Her appointment will be effective upon the "
        "filing of the annual report."
    )
    assert findings(tmp_path, release(body, legend=None), "FLS001") == []


def test_fls001_a_forecast_beside_an_appointment_is_still_caught(tmp_path: Path) -> None:
    body = (
        "Jane Roe will become Chief Financial Officer, effective July 7, 2025. The Company "
        "expects revenue to double next year. Brightfield plans to open a plant in Arizona."
    )
    assert findings(tmp_path, release(body, legend=None), "FLS001")


# -- FLS010: hedges anywhere in the sentence --------------------------------------------------


def test_fls010_noun_hedge_qualifies_the_sentence(tmp_path: Path) -> None:
    body = (
        "The guidance reflects management's expectation that core revenue will grow by 12% in 2025."
    )
    assert findings(tmp_path, release(body, legend=GOOD_LEGEND), "FLS010") == []


def test_fls010_unhedged_promise_is_caught(tmp_path: Path) -> None:
    body = "The new plant will double our revenue in 2025."
    assert findings(tmp_path, release(body, legend=GOOD_LEGEND), "FLS010")


# -- CON005: the issuer's own website, a team address ----------------------------------------


def _with_contact(contact: str, about_site: str = "www.brightfield-films.example") -> str:
    text = release("Brightfield signed a supply agreement.")
    text = text.replace("www.brightfield-films.example", about_site)
    return text.replace("Contact: Jo Reyes, ir@brightfield-films.example, +1 303-555-0100", contact)


def test_con005_domain_of_the_issuers_own_about_website_is_the_issuers(tmp_path: Path) -> None:
    text = _with_contact(
        "Investor Relations: Jo Reyes, jo@solarfilmco.example", "www.solarfilmco.example"
    )
    assert [f for f in findings(tmp_path, text, "CON005") if "firm" in f.message] == []


def test_con005_unnamed_outside_firm_is_caught(tmp_path: Path) -> None:
    text = _with_contact("Investor Relations: Jo Reyes, jo@harborpr.example")
    assert [f for f in findings(tmp_path, text, "CON005") if "firm" in f.message]


def test_con005_team_address_without_a_person_is_only_info(tmp_path: Path) -> None:
    text = _with_contact("Investor Relations: ir@brightfield-films.example")
    [finding] = findings(tmp_path, text, "CON005")
    assert finding.severity.value == "info"


def test_fls002_does_not_count_fragments(tmp_path: Path) -> None:
    legend = LEGEND_START + (
        "Actual results may differ because of risks, including those in the Company's most "
        "recent Annual Report on Form 10-K, and undue reliance on these, which are subject "
        "to change based on factors."
    )
    [finding] = findings(tmp_path, release(FORECAST, legend=legend), "FLS002")
    assert "no specific" in finding.message


# -- FMT007: multi-paragraph quotations, office titles, quote boxes ----------------------------


def test_fmt007_continuation_paragraph_of_an_attributed_quotation(tmp_path: Path) -> None:
    body = (
        '"We closed the Borealis agreement after a year of testing, and the glass met every '
        'specification we set," said Jo Reyes, Chief Executive Officer of Brightfield.\n\n'
        '"The second plant in Arizona will use the same glass, and our engineers are already '
        "working on the production line layout there."
    )
    assert findings(tmp_path, release(body), "FMT007") == []


def test_fmt007_unattributed_quotation_is_still_caught(tmp_path: Path) -> None:
    body = (
        'Brightfield signed the agreement on Monday.\n\n"We closed the Borealis agreement after '
        'a year of testing, and the glass met every specification we set."'
    )
    assert [f.message for f in findings(tmp_path, release(body), "FMT007")] == [
        "quotation with no named speaker"
    ]


def test_fmt007_office_title_in_the_speakers_name(tmp_path: Path) -> None:
    body = (
        '"Access to solar power decides whether a rural town grows or shrinks over the next '
        'decade," said State Sen. Greg Elkins.'
    )
    assert findings(tmp_path, release(body), "FMT007") == []


def test_fmt007_quote_box_with_the_speaker_in_capitals(tmp_path: Path) -> None:
    body = (
        'SCOTT GRAVES, ENGINEERING MANAGER, BOREALIS GLASS "The expansion of our partnership '
        'with Brightfield will let us test new coatings on a production line."'
    )
    assert findings(tmp_path, release(body), "FMT007") == []


def test_con005_officer_writing_from_a_domain_that_starts_with_the_issuers_name(
    tmp_path: Path,
) -> None:
    text = release(
        '"The sale strengthens our balance sheet and funds the Arizona plant next year," said '
        "Li Wei, CTO of Brightfield Films."
    ).replace(
        "Contact: Jo Reyes, ir@brightfield-films.example, +1 303-555-0100",
        "Contact: Li Wei, info@brightfieldsolar.example",
    )
    assert [f for f in findings(tmp_path, text, "CON005") if "firm" in f.message] == []


def test_fmt007_a_quoted_letter_is_reported_once_as_info(tmp_path: Path) -> None:
    letter = "\n\n".join(
        f'"Paragraph {n} of the letter to shareholders explains the plan for the Golden plant '
        "and the Arizona site in some detail."
        for n in range(1, 5)
    )
    found = findings(tmp_path, release("Brightfield published a letter.\n\n" + letter), "FMT007")
    assert [(f.message, f.severity.value) for f in found] == [
        ("quotation with no named speaker", "info")
    ]


# -- FLS011: market projections and investment amounts are not the company's projections ------


def test_fls011_third_party_market_projection_and_investment_are_not_projections(
    tmp_path: Path,
) -> None:
    body = (
        "The license admits Brightfield to Brazil's solar market, projected to reach $5.6 "
        "billion by 2027, and to its storage industry, which is projected to generate $2 billion "
        "in sales by 2028. Brightfield expects to invest $100 million in the Arizona plant "
        "over three years."
    )
    assert findings(tmp_path, release(body), "FLS011") == []


def test_fls011_unsupported_revenue_projection_is_caught(tmp_path: Path) -> None:
    body = "Brightfield expects revenue of $40 million in 2026."
    assert findings(tmp_path, release(body), "FLS011")


def test_con005_glued_contact_of_an_officer_named_in_the_body(tmp_path: Path) -> None:
    text = release(
        "Li Wei, CEO of Brightfield Films, commented on the agreement on Monday."
    ).replace(
        "Contact: Jo Reyes, ir@brightfield-films.example, +1 303-555-0100",
        "Contact:Li Weili@harborpr.example",
    )
    assert [f for f in findings(tmp_path, text, "CON005") if "firm" in f.message] == []


def test_con005_firm_named_in_the_glued_contact(tmp_path: Path) -> None:
    text = release("Brightfield signed a supply agreement.").replace(
        "Contact: Jo Reyes, ir@brightfield-films.example, +1 303-555-0100",
        "Public Relations: Jo Reyes, Harborprjo@harborpr.example",
    )
    assert [f for f in findings(tmp_path, text, "CON005") if "firm" in f.message] == []


# -- PRM001: hype said of an industry; "unique" only for what the company owns or sells -------


def test_prm001_hype_about_the_industry_is_not_the_companys_claim(tmp_path: Path) -> None:
    body = (
        "The vertical-farming industry is experiencing an unprecedented growth spurt, and "
        "Brightfield supplies its greenhouse glass."
    )
    assert findings(tmp_path, release(body), "PRM001") == []


def test_prm001_hype_about_the_company_is_caught(tmp_path: Path) -> None:
    body = "Brightfield's unique technology delivers unprecedented growth for its customers."
    assert {f.message.split('"')[1] for f in findings(tmp_path, release(body), "PRM001")} == {
        "unique",
        "unprecedented",
    }


def test_prm001_unique_opportunity_is_description(tmp_path: Path) -> None:
    body = "The expo offers a unique opportunity to meet Brightfield's engineers."
    assert findings(tmp_path, release(body), "PRM001") == []


def test_fls010_continuing_effort_and_means_are_not_promises(tmp_path: Path) -> None:
    body = (
        "As we move forward, we will continue to grow our dealer network.\n\n"
        "These investments will position us for future growth and profitability."
    )
    assert findings(tmp_path, release(body, legend=GOOD_LEGEND), "FLS010") == []


# -- whose text: the wire's published page, copied (standing) ---------------------------------

WIRE_TOP = (
    "Acme Solar Reports Record Module Shipments\n\n"
    "DENVER, Colo., March 4, 2025 /PRNewswire/ -- Acme Solar, Inc. (Nasdaq: ACMS), a maker of "
    "flexible solar modules, today announced record shipments.\n\n"
    "About Acme Solar, Inc.\n\nAcme Solar, Inc. makes modules in Denver.\n\n"
)


def test_con001_an_issuers_wire_release_without_contact_is_an_error(tmp_path: Path) -> None:
    [finding] = findings(tmp_path, WIRE_TOP + "###\n", "CON001")
    assert finding.severity is Severity.ERROR


@pytest.mark.parametrize(
    "trailer",
    [
        "View original content:https://www.prnewswire.example/news-releases/acme-301.html",
        "SOURCE Acme Solar, Inc.",
        "View source version on businesswire.example: https://www.businesswire.example/n/1",
    ],
)
def test_con001_a_copy_of_the_wires_page_is_a_reminder(tmp_path: Path, trailer: str) -> None:
    [finding] = findings(tmp_path, WIRE_TOP + trailer + "\n", "CON001")
    assert finding.severity is Severity.INFO
    assert any("wire's published page" in line for line in finding.evidence)


@pytest.mark.parametrize(
    "tail",
    [
        "Source: company estimates based on 2024 shipments.",  # a footnote, not the trailer
        "SOURCES: Acme Solar internal data.",
    ],
)
def test_con001_a_source_note_is_no_wire_trailer(tmp_path: Path, tail: str) -> None:
    [finding] = findings(tmp_path, WIRE_TOP + tail + "\n", "CON001")
    assert finding.severity is Severity.ERROR


def test_fls001_still_checks_a_copy_of_the_wires_page(tmp_path: Path) -> None:
    # the wire's page carries the release verbatim: a missing legend was missing there too
    text = release(FLS_BODY, legend=None) + "\nSOURCE Brightfield Films, Inc.\n"
    [finding] = findings(tmp_path, text, "FLS001")
    assert finding.severity is Severity.ERROR
    assert any("wire's published page" in line for line in finding.evidence)


# -- whose text: a ticker that is a target's, not the announcer's (standing) ------------------


def _deal(announcer: str) -> str:
    return (
        "Northway Capital Raises Its Commitment to Brightfold Mining\n\n"
        "VANCOUVER, BC -- (Wire) -- March 3, 2025 -- "
        f"{announcer} is pleased to announce that its financing facility for the acquisition "
        "of Redrock Resources Ltd (TSXV: RRK) has been increased to $336 million. Brightfold "
        "expects revenue of $90 million next year. Brightfold plans to double its gold "
        "production to 40,000 ounces in 2026.\n\n"
        "About Northway Capital\n\nNorthway Capital invests in mining companies.\n\n"
        "About Brightfold Mining Ltd\n\nBrightfold Mining Ltd explores for gold in Peru.\n\n"
        "Contact: Jo Reyes, ir@brightfold.example, +1 604-555-0100\n"
    )


def test_a_targets_ticker_does_not_make_the_announcer_listed(tmp_path: Path) -> None:
    assert findings(tmp_path, _deal("Brightfold Mining Ltd"), "FLS001") == []


def test_the_announcers_own_ticker_still_makes_it_listed(tmp_path: Path) -> None:
    text = _deal("Brightfold Mining Ltd (TSXV: BFM)")
    [finding] = findings(tmp_path, text, "FLS001")
    assert finding.severity is Severity.ERROR


def test_the_listed_company_the_headline_is_about_stays_the_issuer(tmp_path: Path) -> None:
    text = _deal("Brightfold Mining Ltd").replace(
        "Northway Capital Raises Its Commitment to Brightfold Mining",
        "Redrock Resources Agrees to Be Acquired by Brightfold Mining",
    )
    [finding] = findings(tmp_path, text, "FLS001")
    assert finding.severity is Severity.ERROR


# -- FLS008: titles read as organisations; a joint legend of the deal's parties ----------------


def test_fls008_a_third_partys_prediction_is_still_caught(tmp_path: Path) -> None:
    text = release(INVESTOR_QUOTE, legend=LEGEND_COMPANY_ONLY)
    [finding] = findings(tmp_path, text, "FLS008")
    assert "Harbourline Capital" in finding.message


@pytest.mark.parametrize(
    ("legend", "flagged"),
    [
        # the parties' joint legend: the statements are both parties' expectations
        (
            LEGEND_COMPANY_ONLY + " These statements reflect Brightfield's and Harbourline "
            "Capital's current expectations.",
            False,
        ),
        # the partner named only as a risk: its prediction is still not the issuer's
        (LEGEND_COMPANY_ONLY + " Risks include Harbourline Capital's ability to sell.", True),
    ],
)
def test_fls008_a_joint_legend_speaks_for_the_other_party(
    tmp_path: Path, legend: str, flagged: bool
) -> None:
    text = release(INVESTOR_QUOTE, legend=legend)
    assert bool(findings(tmp_path, text, "FLS008")) is flagged


def test_fls008_an_incoming_officer_is_no_other_company(tmp_path: Path) -> None:
    body = 'Incoming CEO Frank Lowe said: "The product will add a revenue center next year."'
    assert findings(tmp_path, release(body, legend=LEGEND_COMPANY_ONLY), "FLS008") == []


# -- FLS011: a stated price assumption is the basis, not the projection -----------------------


def test_fls011_a_bare_projection_is_caught(tmp_path: Path) -> None:
    body = "The new line is expected to increase revenues by $4 million in 2026."
    assert findings(tmp_path, release(body), "FLS011")


def test_fls011_a_price_assumption_is_a_basis(tmp_path: Path) -> None:
    body = (
        "The new line is expected to increase revenues by $4 million in 2026 at current "
        "credit prices of $72 per metric ton."
    )
    assert findings(tmp_path, release(body), "FLS011") == []


# -- CON002: a letterhead's columns read line by line; CON005: partners' initials -------------

LETTERHEAD = (
    "Acme Solar, Inc.\n|\nNEWS RELEASE\n|\nCONTACT: Jane Roe\n|\nFOR IMMEDIATE RELEASE\n|\n"
    "{channel}\n\n"
    "Acme Solar Reports Record Shipments\n\n"
    "DENVER, Colo., March 4, 2025 -- Acme Solar, Inc. (Nasdaq: ACMS), a maker of flexible "
    "solar modules, today announced record shipments of its panels to customers in Japan.\n"
)


def test_con002_a_contact_with_no_channel_nearby_is_caught(tmp_path: Path) -> None:
    text = LETTERHEAD.format(channel="Nasdaq: ACMS")
    [finding] = findings(tmp_path, text, "CON002")
    assert "Jane Roe" in finding.message


@pytest.mark.parametrize("channel", ["(303) 555-0164", "jroe@acmesolar.example"])
def test_con002_a_letterhead_column_below_is_the_contacts(tmp_path: Path, channel: str) -> None:
    assert findings(tmp_path, LETTERHEAD.format(channel=channel), "CON002") == []


def test_con005_a_firm_named_by_its_partners_initials(tmp_path: Path) -> None:
    contact = (
        "Investor Relations Contact\n\nBrandt/Kessler & Associates\n\n"
        "Jo Cain (jcain@bkai.example), (858) 555-0100\n\n"
    )
    text = WIRE_TOP + contact + "###\n"
    assert findings(tmp_path, text, "CON005") == []
    unnamed = WIRE_TOP + "Investor Relations Contact\n\nJo Cain (jcain@qzxir.example)\n\n###\n"
    assert findings(tmp_path, unnamed, "CON005")


# -- FMT001: a distribution legend left where the headline should be ------------------------

CANADIAN_TOP = (
    "{headline}\n\n"
    "TORONTO, Nov. 30, 2022 /CNW/ - Acme Health Inc. (TSXV: ACMH), a whole-health platform, "
    "today announced a proposed offering of debenture units.\n\n"
    "Contact: Jo Reyes, ir@acmehealth.example, +1 416-555-0100\n"
)


@pytest.mark.parametrize(
    ("headline", "flagged"),
    [
        ("ACME HEALTH ANNOUNCES PROPOSED DEBENTURE OFFERING", True),
        (
            "/NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION "
            "IN THE UNITED STATES/",
            False,
        ),
    ],
)
def test_fmt001_a_distribution_legend_is_not_a_shouting_headline(
    tmp_path: Path, headline: str, flagged: bool
) -> None:
    found = findings(tmp_path, CANADIAN_TOP.format(headline=headline), "FMT001")
    assert any("capital letters" in f.message for f in found) is flagged


def test_prm001_unique_is_mild_puffery_an_info_reminder(tmp_path: Path) -> None:
    body = "Brightfield's unique technology delivers unprecedented growth for its customers."
    found = {
        f.message.split('"')[1]: f.severity for f in findings(tmp_path, release(body), "PRM001")
    }
    assert found == {"unique": Severity.INFO, "unprecedented": Severity.WARNING}


# -- FLS002: the formula's own words are no factors -------------------------------------------


def test_fls002_the_results_activity_performance_formula_is_no_factor(tmp_path: Path) -> None:
    legend = LEGEND_START + (
        "These statements involve known and unknown risks and other factors which are, in "
        "some cases, beyond our control and which could materially affect actual results, "
        "levels of activity, performance or achievements. We assume no obligation to update "
        "these statements."
    )
    [finding] = findings(tmp_path, release(FORECAST, legend=legend), "FLS002")
    assert finding.severity is Severity.ERROR


# -- page text after the release (round 2 counsel review, class 1) -----------------------------

_WIRE_COPY = (
    "Quillmark Freight Declares Quarterly Dividend\n\n"
    "DENVER, March 3, 2025 /PRNewswire/ -- Quillmark Freight Inc. (NASDAQ: QLMK) declared a "
    "quarterly dividend of $0.10 per share{inside}.\n\n"
    "About Quillmark Freight\n\n"
    "Quillmark Freight Inc. runs regional rail freight terminals.\n\n"
    "CONTACT: Investor Relations, ir@quillmark.example, (303) 555-0142\n\n"
    "SOURCE Quillmark Freight Inc.\n\n"
    "Ready to find the next big winner? Most investors donâ€™t see gainers early. Try our "
    "screener today. Latest News Feed: Stocks to Watch on Monday.\n"
)


def test_hyg002_page_chrome_after_the_source_line_is_not_the_release(tmp_path: Path) -> None:
    text = _WIRE_COPY.format(inside="")
    assert findings(tmp_path, text, "HYG002") == []


def test_hyg002_garbling_inside_the_release_is_still_caught(tmp_path: Path) -> None:
    text = _WIRE_COPY.format(inside=", the Companyâ€™s 40th")
    [finding] = findings(tmp_path, text, "HYG002")
    assert "’" in finding.message


# -- third-party articles (round 2 counsel review, class 2) ------------------------------------

_PROMOTER_ARTICLE = (
    "Why Investors Are Watching Norvale Mining Inc. (NASDAQ: NVLM)\n\n"
    "Norvale Mining Inc. (NASDAQ: NVLM) is building a revolutionary ore-sorting plant in "
    "Nevada.\u200b The company expects first output next year.\n\n"
    "Disclaimer: StockPulseDaily is owned by Pulse Media Inc. and has been retained by "
    "{payer} to assist in the production and distribution of content related to NVLM. "
    "Nothing in this article constitutes a solicitation, recommendation, endorsement or "
    "offer by StockPulseDaily.\n"
)


def test_prm001_promoter_paid_by_a_third_party_is_only_info(tmp_path: Path) -> None:
    text = _PROMOTER_ARTICLE.format(payer="Harbor Awareness Partners")
    [finding] = findings(tmp_path, text, "PRM001")
    assert finding.severity is Severity.INFO
    assert "not the issuer's text" in finding.evidence[-1]


def test_prm001_promotion_the_issuer_paid_for_stays_a_warning(tmp_path: Path) -> None:
    text = _PROMOTER_ARTICLE.format(payer="Norvale Mining Inc.")
    [finding] = findings(tmp_path, text, "PRM001")
    assert finding.severity is Severity.WARNING


def test_edt008_a_promoters_stray_character_is_info_even_if_the_issuer_paid(
    tmp_path: Path,
) -> None:
    text = _PROMOTER_ARTICLE.format(payer="Norvale Mining Inc.")
    [finding] = findings(tmp_path, text, "EDT008")
    assert finding.severity is Severity.INFO


def test_edt008_the_issuers_own_stray_character_stays_a_warning(tmp_path: Path) -> None:
    [finding] = findings(tmp_path, release("Brightfield signed\u200b a supply deal."), "EDT008")
    assert finding.severity is Severity.WARNING


# -- FLS002: fragments are no factors (round 2 counsel review, note a) --------------------------

_FRAGMENT_LEGEND = LEGEND_START + (
    "Actual results may differ materially from those projected, including as a result of "
    "{factors}reliance on the protections provided under the Private Securities Litigation "
    "Reform Act of 1995, and the risks described in the Company's filings, included in the "
    "Company's filings on otcmarkets.com."
)


def test_fls002_a_legend_of_fragments_names_no_factor(tmp_path: Path) -> None:
    legend = _FRAGMENT_LEGEND.format(factors="")
    [finding] = findings(tmp_path, release(FORECAST, legend=legend), "FLS002")
    assert finding.severity is Severity.ERROR
    assert "no specific" in finding.message


def test_fls002_real_factors_beside_fragments_are_still_counted(tmp_path: Path) -> None:
    legend = _FRAGMENT_LEGEND.format(
        factors="our ability to obtain FDA approval, delays in the Nevada plant's permits, "
    )
    [finding] = findings(tmp_path, release(FORECAST, legend=legend), "FLS002")
    assert finding.severity is Severity.WARNING
    assert "only 2 specific" in finding.message


# -- CON005: an IR/PR agency's address (round 2 counsel review, class 4) ------------------------


def test_con005_an_agency_named_address_is_only_info(tmp_path: Path) -> None:
    text = _with_contact("Investor Relations: Jo Reyes, jo@lakeshore-communications.example")
    [finding] = [f for f in findings(tmp_path, text, "CON005") if "firm" in f.message]
    assert finding.severity is Severity.INFO


def test_con005_an_agency_desk_named_for_the_issuer_is_only_info(tmp_path: Path) -> None:
    text = _with_contact("Investor Relations: brightfield@quorvant.example")
    [finding] = [f for f in findings(tmp_path, text, "CON005") if "firm" in f.message]
    assert finding.severity is Severity.INFO


def test_con005_an_unrelated_domain_stays_a_warning(tmp_path: Path) -> None:
    text = _with_contact("Investor Relations: Jo Reyes, jo@flair.example")
    [finding] = [f for f in findings(tmp_path, text, "CON005") if "firm" in f.message]
    assert finding.severity is Severity.WARNING


def test_prm001_promoter_retained_by_the_company_itself_stays_a_warning(tmp_path: Path) -> None:
    text = _PROMOTER_ARTICLE.format(payer="the company")
    [finding] = findings(tmp_path, text, "PRM001")
    assert finding.severity is Severity.WARNING


# -- FLS004: a legend that lists its own factors; issuers listed abroad (issue 11, round 3) ----

_MANY_FACTORS = (
    "Actual results could differ materially because of risks that include our ability to "
    "obtain financing for the Denver plant, demand for flexible solar films in Asia, the "
    "performance of our distribution partners, dilution from future share issuances, delays "
    "in regulatory approvals, and the loss of our two largest customers. "
)
_VAGUE_POINTER = (
    "These and other risks are described from time to time in the Company's filings with the "
    "Securities and Exchange Commission. We undertake no obligation to update these statements."
)


def test_fls004_a_vague_pointer_beside_a_long_factor_list_is_only_info(tmp_path: Path) -> None:
    legend = LEGEND_START + _MANY_FACTORS + _VAGUE_POINTER
    [finding] = findings(tmp_path, release(FLS_BODY, legend=legend), "FLS004")
    assert finding.severity is Severity.INFO
    assert "without naming the report" in finding.message
    assert any("names 6 specific factors" in line for line in finding.evidence)


@pytest.mark.parametrize(
    "factors",
    [
        # the vague pointer is the only caution: counsel acts on it
        "Actual results may differ materially because of known and unknown risks. ",
        # a short list leans on the filings for the rest
        "Actual results could differ materially because of risks that include our ability to "
        "obtain financing and delays in regulatory approvals. ",
    ],
)
def test_fls004_a_vague_pointer_with_few_factors_stays_a_warning(
    tmp_path: Path, factors: str
) -> None:
    legend = LEGEND_START + factors + _VAGUE_POINTER
    [finding] = findings(tmp_path, release(FLS_BODY, legend=legend), "FLS004")
    assert finding.severity is Severity.WARNING


_NO_POINTER = LEGEND_START + (
    "Actual results could differ materially because of risks that include drilling results "
    "at the Ridge project, gold price volatility and the availability of contractors. We "
    "undertake no obligation to update these statements."
)


@pytest.mark.parametrize(
    ("ticker", "flagged"),
    [
        # listed in Canada, quoted over the counter in the US: no 10-K or 20-F to point to
        ("CSE: GCX) (OTC Pink: GCXXF", False),
        ("TSXV: GCX", False),
        # a US exchange listing files with the SEC
        ("TSXV: GCX) (Nasdaq: GCXX", True),
        ("Nasdaq: GCXX", True),
        # a US OTC company usually reports to the SEC
        ("OTCQB: GCXX", True),
    ],
)
def test_fls004_an_issuer_listed_abroad_needs_no_sec_pointer(
    tmp_path: Path, ticker: str, flagged: bool
) -> None:
    text = release(FLS_BODY, legend=_NO_POINTER, ticker=ticker)
    found = findings(tmp_path, text, "FLS004")
    assert bool(found) is flagged
    assert all("does not point to any filing" in f.message for f in found)


def test_fls004_an_issuer_listed_abroad_that_cites_the_sec_is_still_checked(
    tmp_path: Path,
) -> None:
    legend = (
        LEGEND_START + _MANY_FACTORS + ("These risks are described in our filings with the SEC.")
    )
    text = release(FLS_BODY, legend=legend, ticker="CSE: GCX")
    [finding] = findings(tmp_path, text, "FLS004")
    assert "without naming the report" in finding.message


# -- FLS008: the chief of a business the issuer has acquired speaks for it ---------------------

_ACQUISITION = (
    "Brightfield Films today announced the acquisition of Solvane Payments, a digital "
    "payments platform.\n\n"
    'Mara Quint, CEO of Solvane Payments, who will continue to lead it, said: "Joining '
    'Brightfield will allow us to expand our offerings across Asia next year."'
)


def test_fls008_the_chief_of_an_acquired_business_speaks_for_the_issuer(tmp_path: Path) -> None:
    text = release(_ACQUISITION, legend=LEGEND_COMPANY_ONLY)
    assert findings(tmp_path, text, "FLS008") == []


@pytest.mark.parametrize(
    "lead",
    [
        "Brightfield Films today announced a definitive agreement to acquire Solvane Payments",
        "Brightfield Films today announced the proposed acquisition of Solvane Payments",
    ],
)
def test_fls008_a_target_before_closing_is_still_another_company(tmp_path: Path, lead: str) -> None:
    body = _ACQUISITION.replace(
        "Brightfield Films today announced the acquisition of Solvane Payments", lead
    )
    [finding] = findings(tmp_path, release(body, legend=LEGEND_COMPANY_ONLY), "FLS008")
    assert "Solvane Payments" in finding.message


# -- PRM001: a possibility is not a claim of fact ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Brightfield's films could revolutionize rooftop solar.",
        "Brightfield is potentially revolutionizing rooftop solar.",
        "The prototypes may revolutionize the way we build solar farms.",
        "The film has the potential to revolutionize rooftop solar.",
    ],
)
def test_prm001_a_hedged_superlative_is_only_info(tmp_path: Path, sentence: str) -> None:
    [finding] = findings(tmp_path, release(sentence), "PRM001")
    assert finding.severity is Severity.INFO
    assert any("hedged" in line for line in finding.evidence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Brightfield seeks to revolutionize rooftop solar.",
        "Its platform is designed to revolutionize rooftop solar.",
        "Brightfield's revolutionary films cut installation time in half.",
    ],
)
def test_prm001_an_aim_stated_as_the_companys_own_stays_a_warning(
    tmp_path: Path, sentence: str
) -> None:
    [finding] = findings(tmp_path, release(sentence), "PRM001")
    assert finding.severity is Severity.WARNING


def test_prm001_an_outright_claim_beside_a_hedged_one_is_reported(tmp_path: Path) -> None:
    body = (
        "The film could revolutionize rooftop solar. Brightfield is revolutionizing the way "
        "installers work."
    )
    [finding] = findings(tmp_path, release(body), "PRM001")
    assert finding.severity is Severity.WARNING
    assert finding.start.line == finding.end.line
    assert "revolutionizing" in finding.message


# -- standing: a roundup of several companies is no one issuer's promotion ---------------------

_ROUNDUP = (
    "Three Solar Stocks To Watch This Summer\n\n"
    "Norvale Solar Inc. (NASDAQ: NVSL) is building a revolutionary film plant in Nevada. "
    "Quarry Light Corp. (NYSE: QLC) makes inverters. Sunmesa Ltd. (OTCQB: SNMS) installs "
    "rooftop arrays.\n\n"
    "Disclaimer: StockPulseDaily has been retained by Norvale Solar Inc. to assist in the "
    "production and distribution of content. Nothing in this article constitutes a "
    "solicitation, recommendation, endorsement or offer by StockPulseDaily.\n"
)


def test_a_roundup_paid_for_by_one_company_is_no_issuers_promotion(tmp_path: Path) -> None:
    [finding] = findings(tmp_path, _ROUNDUP, "PRM001")
    assert finding.severity is Severity.INFO
    assert any("roundup of 3 companies" in line for line in finding.evidence)


# -- PRM003: "and markets" in a company description is a verb ----------------------------------


def test_prm003_a_headcount_and_the_verb_markets_is_no_market_statistic(tmp_path: Path) -> None:
    body = (
        "Brightfield employs approximately 2,500 people worldwide and markets its films in "
        "more than 40 countries."
    )
    assert findings(tmp_path, release(body), "PRM003") == []


def test_prm003_a_market_figure_is_still_caught(tmp_path: Path) -> None:
    body = "Flexible films serve a $40 billion market worldwide and in emerging markets."
    [finding] = findings(tmp_path, release(body), "PRM003")
    assert "$40 billion" in finding.message


# -- PRM001: a recognition attributed to its grantor -------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Brightfield was named the best-in-class supplier of solar films by Frost & Sullivan.",
        "Brightfield received the 2025 most revolutionary product of the year award.",
    ],
)
def test_prm001_a_recognition_with_its_grantor_is_not_the_companys_claim(
    tmp_path: Path, sentence: str
) -> None:
    assert findings(tmp_path, release(sentence), "PRM001") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # no grantor: the company's own billing
        "Brightfield was named the best-in-class supplier of solar films.",
        # a grantor elsewhere, the claim outside the recognition
        "Brightfield's best-in-class films were installed by Harbourline Energy.",
    ],
)
def test_prm001_a_superlative_outside_a_recognition_is_still_caught(
    tmp_path: Path, sentence: str
) -> None:
    [finding] = findings(tmp_path, release(sentence), "PRM001")
    assert finding.severity is Severity.WARNING


# -- FLS008: a third party's quotation that never mentions the issuer --------------------------


def test_fls008_an_event_hosts_prediction_about_its_own_event_is_only_info(
    tmp_path: Path,
) -> None:
    body = (
        "Brightfield will present at the Harbourline Growth Expo on May 21.\n\n"
        '"Harbourline has curated the presenting companies carefully. Our investors will '
        'value the insights they share," said Dana Pike, CEO of Harbourline Events, Inc.'
    )
    [finding] = findings(tmp_path, release(body, legend=LEGEND_COMPANY_ONLY), "FLS008")
    assert finding.severity is Severity.INFO
    assert any("never mentions the issuer" in line for line in finding.evidence)


@pytest.mark.parametrize(
    "prediction",
    [
        "We will help Brightfield commercialize its films across Asia next year.",
        "We will help the Company commercialize its films across Asia next year.",
    ],
)
def test_fls008_a_prediction_about_the_issuer_stays_a_warning(
    tmp_path: Path, prediction: str
) -> None:
    body = f'Mr. Wen Hao, Chairman of Harbourline Capital, said "{prediction}"'
    [finding] = findings(tmp_path, release(body, legend=LEGEND_COMPANY_ONLY), "FLS008")
    assert finding.severity is Severity.WARNING


# -- FLS011: guidance for a named fiscal period ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Brightfield expects its revenue for full year 2026 to be in the range of $25 million "
        "to $29 million.",
        "Brightfield expects fiscal 2026 revenue of $25 million.",
    ],
)
def test_fls011_periodic_guidance_is_only_info(tmp_path: Path, sentence: str) -> None:
    [finding] = findings(tmp_path, release(sentence), "FLS011")
    assert finding.severity is Severity.INFO
    assert any("periodic guidance" in line for line in finding.evidence)


def test_fls011_a_long_range_target_stays_a_warning(tmp_path: Path) -> None:
    body = "Brightfield expects product sales exceeding $100 million annually within five years."
    [finding] = findings(tmp_path, release(body), "FLS011")
    assert finding.severity is Severity.WARNING


# -- CON005: an outside address beside the issuer's own in one contact ------------------------


def test_con005_an_outside_address_beside_the_issuers_own_is_only_info(tmp_path: Path) -> None:
    text = _with_contact(
        "Media Contact: info@brightfield-films.example jo.reyes@quorvant.example +1 303-555-0100"
    )
    [finding] = [f for f in findings(tmp_path, text, "CON005") if "firm" in f.message]
    assert finding.severity is Severity.INFO
    assert any("issuer's own address" in line for line in finding.evidence)


def test_con005_an_outside_address_alone_stays_a_warning(tmp_path: Path) -> None:
    text = _with_contact("Media Contact: jo.reyes@quorvant.example +1 303-555-0100")
    [finding] = [f for f in findings(tmp_path, text, "CON005") if "firm" in f.message]
    assert finding.severity is Severity.WARNING


# -- PRM001 round 4: whose claim the superlative is ----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # another company brought in for comparison, referred back to by "its"
        "The success of Voltra can be attributed to many factors, not least its groundbreaking "
        "design and its loyal customers.",
        # a director's career
        "Ms. Okafor brings an unparalleled depth of experience in grid finance to the board.",
        # a whole class of technology in a risk discussion
        "As with any disruptive technology, some challenges must be overcome before rooftop "
        "films are widely used.",
        # an ordinary description of a plant, however many words name it
        "The company will open a state-of-the-art film coating manufacturing facility in Ohio.",
        # bullets that expressly summarise a filed document
        "As described in the registration statement, Brightfield will be:\n\n"
        "• Focused on its mission, powered by decades of breakthrough solutions.\n\n"
        "• A maker of films sold in 40 countries.",
    ],
)
def test_prm001_a_superlative_not_about_the_issuers_offering_is_no_warning(
    tmp_path: Path, body: str
) -> None:
    assert [
        f for f in findings(tmp_path, release(body), "PRM001") if f.severity > Severity.INFO
    ] == []


@pytest.mark.parametrize(
    "body",
    [
        # the issuer named in the same sentence: its own claim
        "Installers chose Brightfield Films, not least for its groundbreaking design.",
        # the company's own people, in its own voice
        "Our unparalleled films cut installation time in half.",
        # a disruptive technology the company sells
        "Brightfield sells a disruptive technology that halves installation time.",
        # the company's own expertise, not a person's career
        "Brightfield has unmatched expertise in coating thin films.",
        # a state-of-the-art product, not a building
        "Brightfield's state-of-the-art film tracking software ships in May.",
        # bullets with no document introducing them
        "Brightfield will be:\n\n• Focused on its mission, powered by breakthrough solutions.",
    ],
)
def test_prm001_the_issuers_own_superlative_is_still_a_warning(tmp_path: Path, body: str) -> None:
    assert [f.severity for f in findings(tmp_path, release(body), "PRM001")] == [Severity.WARNING]


@pytest.mark.parametrize(
    "sentence",
    [
        "Brightfield plans to revolutionize rooftop solar.",
        "Brightfield is dedicated to revolutionizing rooftop solar.",
        "Our mission is to revolutionize rooftop solar.",
        "Nobody else does this, and we intend on being the best in class.",
        # a comparative claim capable of support: mild
        "The films offer industry-leading efficiency.",
    ],
)
def test_prm001_an_aspiration_or_a_mild_comparative_is_info(tmp_path: Path, sentence: str) -> None:
    [finding] = findings(tmp_path, release(sentence), "PRM001")
    assert finding.severity is Severity.INFO


# -- PRM003 round 4: a source just before the figure or later in its paragraph ----------------


@pytest.mark.parametrize(
    "body",
    [
        # the source opens the paragraph; the figure follows
        "According to Halvorsen Advisory, 40 million homes could host rooftop films. This figure "
        "is expected to grow to a $48 billion market by 2030.",
        # the source comes later in the same paragraph
        "Brightfield addresses a $2B market for flexible solar films. The company ships in May. "
        "The figure comes from a 2024 report by Halvorsen Advisory.",
        # a one-sentence item title over the story that sources it
        "Brightfield: Pure Play on a $2 Billion Rooftop Film Market\n\n"
        "Brightfield makes films for installers. The rooftop film market is expected to reach "
        "$1.8-2.1 billion by 2027, according to Halvorsen Advisory.",
        # bullets summarising a filed document
        "As outlined in the Form 10, Brightfield will be:\n\n"
        "• A maker of films serving an approximate $9 billion global addressable market.",
    ],
)
def test_prm003_a_source_nearby_in_the_paragraph_covers_the_figure(
    tmp_path: Path, body: str
) -> None:
    assert findings(tmp_path, release(body), "PRM003") == []


@pytest.mark.parametrize(
    "body",
    [
        # the source is in another paragraph, two paragraphs away
        "According to Halvorsen Advisory, 40 million homes could host rooftop films.\n\n"
        "Brightfield ships films in May.\n\n"
        "Brightfield addresses a $48 billion market for flexible solar films.",
        # the next paragraph of a longer paragraph does not source it
        "Brightfield addresses a $2B market for flexible solar films. It ships in May.\n\n"
        "Installers like the films. The installer market grew, according to Halvorsen Advisory.",
        # bullets with no document introducing them
        "Brightfield will be:\n\n• A maker of films serving a $9 billion addressable market.",
    ],
)
def test_prm003_a_source_elsewhere_does_not_cover_the_figure(tmp_path: Path, body: str) -> None:
    assert findings(tmp_path, release(body), "PRM003")


# -- CON005 round 4: the issuer's former name, a card that says whom it speaks for -------------


def test_con005_a_domain_spelling_the_issuers_name_and_more_is_the_issuers(tmp_path: Path) -> None:
    # the issuer's name and more ("Can B" at canbiola.com): a company's domain extends its name
    text = _with_contact("Investor Relations: Jo Reyes, ir@brightfieldfilmsinc.example")
    assert [f for f in findings(tmp_path, text, "CON005") if "firm" in f.message] == []


def test_con005_a_card_naming_the_company_it_speaks_for_is_only_info(tmp_path: Path) -> None:
    text = _with_contact("Jo Reyes\nCommunications, Brightfield Films\njo@harborpr.example")
    [finding] = [f for f in findings(tmp_path, text, "CON005") if "firm" in f.message]
    assert finding.severity is Severity.INFO
    assert any("speaks for" in line for line in finding.evidence)


@pytest.mark.parametrize(
    "contact",
    [
        # the issuer's name inside the domain, not at its start
        "Investor Relations: Jo Reyes, ir@harborbrightfield.example",
        # the card names a company the release never mentions
        "Jo Reyes\nCommunications, Meridian Partners\njo@harborpr.example",
    ],
)
def test_con005_an_unnamed_firm_without_those_signs_stays_a_warning(
    tmp_path: Path, contact: str
) -> None:
    found = [f for f in findings(tmp_path, _with_contact(contact), "CON005") if "firm" in f.message]
    assert [f.severity for f in found] == [Severity.WARNING]


# -- FLS007 round 4: a SPAC combination spoken of as done ----------------------------------------


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a results release's costs of a merger completed months ago
        (
            "Net loss for the quarter rose, reflecting research spending and one-time payments "
            "associated with the SPAC merger and our listing on Nasdaq.",
            False,
        ),
        ("Brightfield began trading on Nasdaq following the closing of the SPAC merger.", False),
        ("The business combination with the SPAC was completed in August.", False),
        # a combination still ahead: the blank-check company's statements
        (
            "Brightfield expects to close its merger with Harbor Acquisition Corp., a SPAC, in "
            "the second quarter.",
            True,
        ),
        ("The SPAC merger will provide Brightfield with up to $80 million of cash.", True),
    ],
)
def test_fls007_a_completed_spac_combination_is_history(
    tmp_path: Path, body: str, flagged: bool
) -> None:
    assert bool(findings(tmp_path, release(body), "FLS007")) is flagged


# -- FMT001 round 4: capitals in a filed exhibit -------------------------------------------------

EXHIBIT_TOP = (
    "{banner}\n\nBRIGHTFIELD FILMS REPORTS FOURTH QUARTER AND YEAR 2025 RESULTS\n\n"
    "DENVER, CO, February 3, 2026 - Brightfield Films, Inc. (Nasdaq: BRFL) reported fourth "
    "quarter revenue of $12.1 million.\n\nContact: Jo Reyes, ir@brightfield-films.example\n"
)


@pytest.mark.parametrize(
    ("banner", "severity"),
    [
        ("Exhibit 99.1", Severity.INFO),
        ("EXHIBIT 99.2", Severity.INFO),
        # no exhibit banner: a release in capitals as sent to the wire
        ("February 3, 2026", Severity.WARNING),
        # another exhibit number is no press release exhibit
        ("Exhibit 10.1", Severity.WARNING),
    ],
)
def test_fmt001_capitals_in_a_filed_exhibit_are_info(
    tmp_path: Path, banner: str, severity: Severity
) -> None:
    [finding] = findings(tmp_path, EXHIBIT_TOP.format(banner=banner), "FMT001")
    assert finding.severity is severity


def test_prm003_a_source_word_before_the_figure_must_be_an_attribution(tmp_path: Path) -> None:
    # "analytics" in the sentence before is no source (the next sentence's words still count)
    body = (
        "Films also enable predictive analytics for installers. The rooftop film market was "
        "valued at $2.1 billion in 2024 and is expected to reach $9 billion by 2029."
    )
    assert findings(tmp_path, release(body), "PRM003")
