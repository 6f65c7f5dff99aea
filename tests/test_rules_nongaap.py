"""NG rules: each rule's documented examples, what each must catch, and near misses.
Companies, people and figures are fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclint.api import Rule
from disclint.rules.nongaap import RULES
from tests.catalog_helpers import assert_examples, at, check, check_with

HEADLINE = "Acme Corp. Reports Third Quarter 2025 Results"
LEAD = (
    "DENVER, Nov. 4, 2025 /PRNewswire/ -- Acme Corp. (Nasdaq: ACME) today reported results "
    "for the third quarter ended September 30, 2025."
)
RECONCILIATION = (
    "Adjusted EBITDA is a non-GAAP financial measure. A reconciliation of net loss to "
    "Adjusted EBITDA is included in the tables accompanying this release."
)


def release(*paragraphs: str, headline: str = HEADLINE, lead: str = LEAD) -> str:
    return "\n\n".join([headline, lead, *paragraphs, "###"]) + "\n"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_documented_examples_behave_as_documented(rule: Rule) -> None:
    assert_examples(rule)


def test_a_complete_earnings_release_gets_no_ng_finding() -> None:
    text = release(
        "Net loss was $2.3 million, or $0.12 per diluted share. Adjusted EBITDA was $8.1 million.",
        RECONCILIATION,
    )
    for rule in RULES:
        assert check(text, rule.code) == []


# -- NG001 ------------------------------------------------------------------------------------


def test_ng001_adjusted_ebitda_without_net_income() -> None:
    text = release(
        "Adjusted EBITDA rose to $8.1 million.",
        RECONCILIATION.replace("net loss", "operating results"),
    )
    [finding] = check(text, "NG001")
    assert at(text, finding) == "Adjusted EBITDA"
    assert "net income (loss)" in finding.message


def test_ng001_the_gaap_pair_in_a_table_is_enough() -> None:
    text = release(
        "Adjusted EBITDA rose to $8.1 million.",
        "| | 2025 |\n|---|---|\n| Net loss | (2.3) |\n| Adjusted EBITDA | 8.1 |",
    )
    assert check(text, "NG001") == []


def test_ng001_adjusted_net_income_is_not_its_own_gaap_pair() -> None:
    text = release(
        "Adjusted net income was $4.0 million.", "Adjusted net income is a non-GAAP measure."
    )
    [finding] = check(text, "NG001")
    assert at(text, finding) == "Adjusted net income"


def test_ng001_a_measure_named_without_a_figure_is_not_presented() -> None:
    text = release("Management uses adjusted EBITDA to run the business.")
    assert check(text, "NG001") == []


def test_ng001_a_promotion_network_article_is_not_the_issuer_s() -> None:
    text = release(
        "Adjusted EBITDA rose to $8.1 million.",
        "This article was disseminated on behalf of Acme Corp. by a promotion network.",
        headline="InvestorNewsBreaks – Acme Corp. (Nasdaq: ACME) Posts Adjusted EBITDA Gain",
    )
    assert check(text, "NG001") == []


def test_ng001_a_release_before_regulation_g_is_history() -> None:
    lead = LEAD.replace("Nov. 4, 2025", "Feb. 2, 2000").replace("2025", "1999")
    assert check(release("Adjusted EBITDA rose to $8.1 million.", lead=lead), "NG001") == []


# -- NG002 ------------------------------------------------------------------------------------


def test_ng002_no_reconciliation() -> None:
    text = release(
        "Net loss was $2.3 million. Adjusted EBITDA, a non-GAAP measure, was $8.1 million."
    )
    [finding] = check(text, "NG002")
    assert at(text, finding) == "Adjusted EBITDA"
    assert finding.severity.value == "error"


def test_ng002_a_reconciliation_in_words_counts_for_its_measure() -> None:
    text = release(
        "Net income was $22.8 million, or $1.24 per diluted share. Adjusted net income per "
        "diluted share of $1.56 excludes acquisition expenses of $0.08, stock-based "
        "compensation of $0.18 and restructuring costs of $0.06."
    )
    assert check(text, "NG002") == []


def test_ng002_guidance_with_the_unreasonable_efforts_statement() -> None:
    text = release(
        "Net loss was $2.3 million.",
        "For 2026 the Company expects adjusted EBITDA of $30 million to $35 million. A "
        "reconciliation of forward-looking adjusted EBITDA is not provided because net income "
        "cannot be predicted without unreasonable efforts.",
    )
    assert check(text, "NG002") == []


def test_ng002_guidance_without_it() -> None:
    text = release(
        "Revenue was $40.0 million.",
        "For 2026 the Company expects adjusted EPS of $1.10 to $1.20.",
    )
    [finding] = check(text, "NG002")
    assert "forward-looking" in finding.message


def test_ng002_constant_currency_growth_needs_no_table() -> None:
    text = release("Revenue was $40.0 million, up 5%, or 7% in constant currency.")
    assert check(text, "NG002") == []


# -- NG003 ------------------------------------------------------------------------------------


def test_ng003_adjusted_ebitda_in_the_headline_of_an_earnings_release() -> None:
    text = release(
        "Net loss was $2.3 million.",
        RECONCILIATION,
        headline="Acme Corp. Reports Record Third Quarter Adjusted EBITDA of $8.1 Million",
    )
    [finding] = check(text, "NG003")
    assert at(text, finding) == "Adjusted EBITDA"
    assert finding.severity.value == "error"
    assert "later" in finding.evidence[1]


def test_ng003_gaap_first_in_the_headline_is_fine() -> None:
    text = release(
        RECONCILIATION,
        headline="Acme Corp. Reports Net Loss of $2.3 Million; Adjusted EBITDA of $8.1 Million",
    )
    assert check(text, "NG003") == []


def test_ng003_highlights_bullets_in_the_wrong_order() -> None:
    text = release(
        "Third Quarter Highlights",
        "- Adjusted EBITDA of $8.1 million\n- Net loss of $2.3 million",
        RECONCILIATION,
    )
    [finding] = check(text, "NG003")
    assert "highlights" in finding.message


def test_ng003_non_gaap_first_in_the_body_is_not_the_headline() -> None:
    text = release(
        "Adjusted EBITDA was $8.1 million and net loss was $2.3 million.", RECONCILIATION
    )
    assert check(text, "NG003") == []


def test_ng003_is_a_warning_outside_an_earnings_release() -> None:
    text = release(
        "Net loss for the period was $2.3 million.",
        RECONCILIATION,
        headline="Acme Corp. Completes Refinancing; Adjusted EBITDA of $8.1 Million",
    )
    [finding] = check(text, "NG003")
    assert finding.severity.value == "warning"


# -- NG004 - NG006 ----------------------------------------------------------------------------


def test_ng004_gaap_characterised_alike_is_fine() -> None:
    text = release(
        "Record net income of $2.3 million and record adjusted EBITDA of $8.1 million.",
        RECONCILIATION,
    )
    assert check(text, "NG004") == []


def test_ng005_a_one_time_item_in_one_year_only_is_fine() -> None:
    table = (
        "| | 2024 | 2023 |\n|---|---|---|\n| Net income | 5.0 | 4.0 |\n"
        "| One-time restructuring charges | 1.2 | — |\n| Adjusted EBITDA | 6.2 | 4.0 |"
    )
    assert check(release(RECONCILIATION, table), "NG005") == []


def test_ng005_reports_the_recurring_one_time_line() -> None:
    table = (
        "| | 2024 | 2023 |\n|---|---|---|\n| Net income | 5.0 | 4.0 |\n"
        "| Non-recurring legal costs | 1.2 | 0.9 |\n| Adjusted EBITDA | 6.2 | 4.9 |"
    )
    text = release(RECONCILIATION, table)
    [finding] = check(text, "NG005")
    assert at(text, finding) == "Non-recurring legal costs"


def test_ng005_label_in_capitals_and_tables_that_name_no_measure() -> None:
    """The tables are told apart by their labels' words (case folded): a recurring line in
    capitals is reported; the same line in a table that names no non-GAAP measure is not."""
    table = (
        "| | 2024 | 2023 |\n|---|---|---|\n| Net income | 5.0 | 4.0 |\n"
        "| NON-RECURRING LEGAL COSTS | 1.2 | 0.9 |\n| ADJUSTED EBITDA | 6.2 | 4.9 |"
    )
    [finding] = check(release(RECONCILIATION, table), "NG005")
    assert finding.code == "NG005"
    no_measure = table.replace("ADJUSTED EBITDA", "Total costs")
    assert check(release(RECONCILIATION, no_measure), "NG005") == []


def test_ng006_free_cash_flow_per_share() -> None:
    text = release(
        "Net cash provided by operating activities was $52 million; free cash flow, a non-GAAP "
        "measure, was $34 million, or $0.85 per share.",
    )
    assert check(text, "NG006") == []  # "$0.85 per share" is not written after the measure
    text = release(
        "Net cash provided by operating activities was $52 million. Free cash flow per share, "
        "a non-GAAP measure, was $0.85."
    )
    [finding] = check(text, "NG006")
    assert at(text, finding) == "Free cash flow per share"


def test_ng006_an_unlabelled_adjusted_measure() -> None:
    text = release("Net loss was $2.3 million. Adjusted EBITDA was $8.1 million.")
    [finding] = check(text, "NG006")
    assert "not identified as a non-GAAP measure" in finding.message
    labelled = release(
        "Net loss was $2.3 million. Adjusted EBITDA was $8.1 million. Adjusted EBITDA is not a "
        "measure of performance under GAAP."
    )
    assert check(labelled, "NG006") == []


def test_ng006_an_ebitda_variant_with_a_letter_added_is_a_measure() -> None:
    """EBITDAC (before the change in earnout payables, a brokers' measure), like EBITDAR and
    EBITDAX, is EBITDA with one more exclusion: unlabelled, it reads as a GAAP caption."""
    text = release("Net income was $12.3 million. Adjusted EBITDAC was $36.2 million.")
    [finding] = check(text, "NG006")
    assert at(text, finding) == "Adjusted EBITDAC"
    labelled = text.replace("###", "Adjusted EBITDAC is a non-GAAP financial measure.\n\n###")
    assert check(labelled, "NG006") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Synergies of about $300 million are expected to be accretive to free cash flow.",
        "The deal should be accretive to free cash flow a year after closing, at $40 Brent.",
        "The deal supports an increase in the long-term FFO/Debt target to 15%.",
        "The Company will deploy up to 30% of monthly free cash flow to buy bitcoin.",
    ],
)
def test_a_measure_named_without_its_own_value_is_not_presented(sentence: str) -> None:
    text = release(sentence)
    for code in ("NG001", "NG002"):
        assert check(text, code) == []


def test_a_money_figure_right_before_the_measure_is_its_value() -> None:
    text = release("The business generated $150 million in Adjusted EBITDA last year.")
    assert [at(text, f) for f in check(text, "NG001")] == ["Adjusted EBITDA"]


# -- options ----------------------------------------------------------------------------------


def test_ng002_usefulness_reminder_is_opt_in(tmp_path: Path) -> None:
    text = release("Net loss was $2.3 million. Adjusted EBITDA was $8.1 million.", RECONCILIATION)
    assert check(text, "NG002") == []
    [finding] = check_with(tmp_path, text, "NG002", "usefulness = true")
    assert finding.severity.value == "info"
    useful = text.replace(
        "###", "Management believes adjusted EBITDA is useful to investors.\n\n###"
    )
    assert check_with(tmp_path, useful, "NG002", "usefulness = true") == []


def test_ng003_earnings_release_option_sets_the_severity(tmp_path: Path) -> None:
    text = release(
        "Net loss for the period was $2.3 million.",
        RECONCILIATION,
        headline="Acme Corp. Completes Refinancing; Adjusted EBITDA of $8.1 Million",
    )
    [finding] = check_with(tmp_path, text, "NG003", "earnings-release = true")
    assert finding.severity.value == "error"


def test_ng004_extra_words(tmp_path: Path) -> None:
    text = release("Net loss was $2.3 million; all-time high adjusted EBITDA of $8.1 million.")
    assert check(text, "NG004") == []
    assert len(check_with(tmp_path, text, "NG004", 'extra-words = ["all-time high"]')) == 1


# -- measures recognised by what the text does with them --------------------------------------


def test_ng006_a_caption_restated_excluding_items_is_a_non_gaap_measure() -> None:
    """No name from the lexicon: "net income ... excluding the charge" is still a measure
    on another basis than GAAP, and the release never says so."""
    text = release(
        "Net income was $36.3 million, or $0.53 per diluted share. The quarter includes a "
        "non-cash impairment charge of $3.8 million. Excluding the impairment charge, net "
        "income for the quarter was $38.6 million, or $0.57 per diluted share.",
    )
    [finding] = check(text, "NG006")
    assert at(text, finding) == "net income"
    assert check(text, "NG002") == []  # reconciled in words: the charge and both figures


def test_ng006_a_measure_outside_the_lexicon_restated_excluding_items() -> None:
    text = release(
        "Net income was $10.2 million. Our net interest spread income per common share, "
        "excluding catch-up amortization, increased to $0.83 from $0.79.",
    )
    [finding] = check(text, "NG006")
    assert "spread income per common share" in at(text, finding)


def test_ng006_eps_without_its_label_beside_gaap_eps() -> None:
    """A dropped "non-GAAP" leaves "diluted EPS of $0.57" beside "GAAP diluted EPS of
    $0.53": the unqualified one is on another basis."""
    text = release(
        "GAAP diluted EPS of $0.53 and diluted EPS of $0.57 for the quarter.",
        headline="Acme Corp. Reports Third Quarter 2025 Results",
    )
    [finding] = check(text, "NG006")
    assert at(text, finding) == "diluted EPS"


def test_ng_gaap_figures_stated_excluding_nothing_are_not_measures() -> None:
    text = release(
        "Net income was $5.0 million, excluding noncontrolling interests of $0.2 million "
        "reported separately. Revenue was $40 million.",
    )
    for code in ("NG001", "NG002"):
        assert check(text, code) == []


def test_ng002_an_as_reported_and_adjustments_table_is_a_reconciliation() -> None:
    text = release(
        "Excluding the restructuring charge, net income would have been $67 million, or "
        "$0.17 per diluted share. We believe results excluding such items are a useful "
        "supplemental measure; they are not measures under GAAP.",
        "| | As reported | Adjustments | As adjusted |\n|---|---|---|---|\n"
        "| Net income | 61 | 6 | 67 |",
    )
    assert check(text, "NG002") == []
    assert check(text, "NG006") == []


def test_ng003_a_run_on_exhibit_has_a_headline_area_before_its_dateline() -> None:
    """An EDGAR or scraped exhibit read as one block: what precedes the inline dateline is
    the headline area, and a non-GAAP figure there comes before GAAP."""
    body = " ".join(
        ["Net loss was $2.3 million, or $0.12 per diluted share, compared with $1.1 million."] * 14
    )
    text = (
        "For Immediate Release ACME CORP. REPORTS THIRD QUARTER 2025 RESULTS -Adjusted EBITDA "
        "of $8.1 Million- DENVER, Nov. 4, 2025 /PRNewswire/ -- Acme Corp. (Nasdaq: ACME) "
        f"today reported results for the third quarter. {body} {RECONCILIATION}\n"
    )
    [finding] = check(text, "NG003")
    assert at(text, finding) == "Adjusted EBITDA"
    assert finding.severity.value == "error"  # an earnings release, read from its top
    gaap_first = text.replace("-Adjusted EBITDA of $8.1 Million-", "-Net Loss of $2.3 Million-")
    assert check(gaap_first, "NG003") == []


def test_ng006_a_reconciliation_total_that_lost_its_label() -> None:
    """The table reconciles "GAAP diluted EPS" to a total written as plain "Diluted EPS":
    that total is a measure on another basis, and nothing calls it non-GAAP."""
    table = (
        "| | Q3 2025 |\n|---|---|\n| GAAP diluted EPS | 0.53 |\n"
        "| Impairment charge | 0.04 |\n| Diluted EPS | 0.57 |"
    )
    text = release("Diluted EPS was $0.53.", "Reconciliation of diluted EPS", table)
    [finding] = check(text, "NG006")
    assert at(text, finding) == "Diluted EPS"
    assert check(text.replace("| Diluted EPS |", "| Non-GAAP diluted EPS |"), "NG006") == []


# -- NG006: a GAAP caption restated on another basis, in neighbouring list items -------------

HIGHLIGHTS = (
    "Third Quarter Highlights\n\n"
    "- Revenue of $120.5 million, up 12% year over year\n"
    "- GAAP gross margin of 61.2%\n"
    "- Non-GAAP gross margin of 64.0%\n"
    "- GAAP net loss of $3.1 million, or $0.05 per share\n"
    "- Non-GAAP net income of $8.2 million, or $0.12 per diluted share"
)


def test_ng006_a_caption_restated_in_the_next_list_item_without_its_label() -> None:
    text = release(HIGHLIGHTS.replace("Non-GAAP ", ""))
    [finding] = check(text, "NG006")
    assert at(text, finding) == "gross margin"
    assert "restated on another basis" in finding.message


def test_ng006_the_labelled_restatement_is_fine() -> None:
    text = release(
        HIGHLIGHTS,
        "Non-GAAP gross margin and non-GAAP net income exclude stock-based compensation.",
    )
    assert check(text, "NG006") == []


def test_ng006_the_same_figure_repeated_is_not_another_basis() -> None:
    text = release(
        "- GAAP gross margin of 61.2%\n- Gross margin of 61.2% rose from 58.0% a year ago"
    )
    assert check(text, "NG006") == []


def test_ng006_a_caption_far_from_its_gaap_statement_is_not_compared() -> None:
    """Paragraphs apart the figures may be another period: only neighbours are compared."""
    text = release(
        "GAAP net loss was $3.1 million for the quarter.",
        "Revenue grew in every region.",
        "Customers grew to 1,200.",
        "Headcount was 310.",
        "For the full year, net income was $8.2 million.",
    )
    assert check(text, "NG006") == []


def test_ng006_a_reconciliation_total_captioned_income_after_a_gaap_net_loss_row() -> None:
    table = (
        "| | Q3 2025 |\n|---|---|\n| GAAP net loss | $(3.1) |\n"
        "| Stock-based compensation | 9.0 |\n| Amortization of intangibles | 2.3 |\n"
        "| Net income | $8.2 |"
    )
    text = release("Revenue was $120.5 million.", table)
    [finding] = check(text, "NG006")
    assert at(text, finding) == "Net income"


def test_ng006_not_prepared_under_accounting_principles_generally_accepted_is_a_label() -> None:
    text = release(
        "Net loss was $2.3 million. Adjusted EBITDA was $8.1 million.",
        "Adjusted EBITDA is not presented in accordance with accounting principles generally "
        "accepted in the United States. The table below derives it from net loss.",
    )
    assert check(text, "NG006") == []


# -- round 4 ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "gaap",
    [
        "Net earnings were $61.2 million, or $0.29 per share.",
        "Net income of $4.1 million, or $0.11 per diluted share, compared to $3.0 million.",
        "Net loss was $(2.6) million, or $(0.07) per basic and diluted share.",
    ],
)
def test_ng001_a_gaap_captions_per_share_amount_is_its_eps(gaap: str) -> None:
    """The per-share amount written with net earnings ("or $0.29 per share") is GAAP EPS:
    adjusted EPS has its pair."""
    text = release(
        gaap + " Adjusted net earnings per share was $0.37.",
        "Adjusted net earnings per share is a non-GAAP measure; a reconciliation to net "
        "earnings is included in the table below.",
    )
    assert check(text, "NG001") == []


def test_ng001_net_earnings_without_a_per_share_amount_is_not_gaap_eps() -> None:
    """Near miss: net earnings stated without its per-share amount leave adjusted EPS
    without its pair; the adjusted caption's own "or $0.37 per share" is not GAAP EPS."""
    text = release(
        "Net earnings were $61.2 million. Adjusted net earnings were $78.5 million, or $0.37 "
        "per share. Adjusted net earnings per share was $0.37.",
        "Adjusted net earnings per share is a non-GAAP measure; a reconciliation to net "
        "earnings is included in the table below.",
    )
    assert [f.message for f in check(text, "NG001")]


def test_ng002_a_definition_beside_the_figures_is_not_a_reconciliation() -> None:
    """The measure's definition ("excludes restructuring charges and amortization") with
    its own figure and the GAAP figure in the paragraph states no excluded amount."""
    text = release(
        "Diluted earnings per share were $2.05, compared to $1.90 a year ago. Adjusted "
        "earnings per share, which exclude severance costs and amortization, were $2.31, "
        "compared to $2.12.",
    )
    assert check(text, "NG002")


@pytest.mark.parametrize(
    "reconciled",
    [
        "Adjusted earnings per share of $2.31 excludes severance costs of $0.14 and the "
        "amortization of acquired intangible assets of $0.12.",
        "Severance costs and amortization added $0.26 per share. Excluding them, adjusted "
        "earnings per share were $2.31.",
        "The quarter includes severance costs of $0.26 per share. Excluding the severance "
        "costs, adjusted earnings per share were $2.31.",
        "One-time severance items had the net effect of reducing earnings by $0.26 per share. "
        "Excluding the impact of these items, adjusted earnings per share were $2.31.",
    ],
)
def test_ng002_excluded_items_with_their_amounts_reconcile_in_words(reconciled: str) -> None:
    text = release("Diluted earnings per share were $2.05, compared to $1.90. " + reconciled)
    assert check(text, "NG002") == []


# -- a caption the release defines as a GAAP caption adjusted ------------------------------------

DEFINED = release(
    "Net income was $41.0 million, or $1.12 per diluted share. Operating earnings were $47.5 "
    "million, or $1.30 per diluted share.",
    "We define operating earnings as net income excluding realized investment gains and losses "
    "and the related tax effects. Management uses operating earnings to evaluate underwriting.",
    "(in millions)                      2026      2025\n"
    "Net income                         $ 41.0    $ 36.2\n"
    "Realized investment losses            8.3       2.1\n"
    "Income tax effect                    (1.8)     (0.4)\n"
    "Operating earnings                      $ 47.5    $ 37.9",
)


def test_ng006_a_defined_caption_without_a_label() -> None:
    """ "Operating earnings", defined as net income excluding items and stated with a figure,
    is a non-GAAP measure the release never identifies as one; its fixed-width table from
    net income is its reconciliation."""
    [finding] = check(DEFINED, "NG006")
    assert at(DEFINED, finding) == "Operating earnings"
    assert check(DEFINED, "NG002") == []
    assert check(DEFINED, "NG001") == []


def test_ng006_a_defined_caption_with_its_label_is_fine() -> None:
    labelled = DEFINED.replace(
        "Management uses", "Operating earnings is a non-GAAP measure. Management uses"
    )
    assert check(labelled, "NG006") == []


@pytest.mark.parametrize(
    "definition",
    [
        "We define net income as income after taxes excluding noncontrolling interests.",
        "Operating earnings are defined in our annual report.",
    ],
)
def test_ng_a_definition_of_a_gaap_caption_or_without_an_adjustment_is_no_measure(
    definition: str,
) -> None:
    text = release(
        "Net income was $41.0 million. Operating earnings were $47.5 million.", definition
    )
    assert check(text, "NG006") == []


def test_ng002_near_miss_the_impact_of_items_no_sentence_quantifies() -> None:
    text = release(
        "Diluted earnings per share were $2.05, compared to $1.90. Severance costs weighed on "
        "the quarter. Excluding the impact of these items, adjusted earnings per share were "
        "$2.31."
    )
    assert check(text, "NG002")


def test_ng002_items_whose_amounts_another_sentence_states_reconcile_in_words() -> None:
    text = release(
        "Diluted earnings per share were $2.05, compared to $1.90. Adjusted earnings per "
        "share, which exclude special items, were $2.31. Special items totaled $0.26 per "
        "share, mostly severance."
    )
    assert check(text, "NG002") == []


def test_ng002_in_a_copy_cut_off_mid_sentence_is_a_reminder() -> None:
    """The reconciliation tables usually close a release: a copy that stops mid-sentence
    may have lost them."""
    text = release(
        "Net loss was $2.3 million. Adjusted EBITDA, a non-GAAP measure, was $8.1 million.",
        "The Company also reported that its results for the quarter reflect the acquisitions "
        "it completed in the second half and the integration costs that",
    ).replace("\n###\n", "\n")
    [finding] = check(text, "NG002")
    assert finding.severity.value == "info"
    assert any("cut off" in e for e in finding.evidence)


# -- Regulation G's business-combination exemption (17 CFR 244.100(d)) -----------------------

DEAL_HEADLINE = "Northgate Acquisition Corp. and Velora Systems Announce Business Combination"
DEAL_LEAD = (
    "NEW YORK, March 3, 2025 /PRNewswire/ -- Northgate Acquisition Corp. (Nasdaq: NGAC), a "
    "special purpose acquisition company, and Velora Systems, Inc., a maker of industrial "
    "sensors, today announced a definitive business combination agreement."
)
DEAL_TERMS = (
    "Velora generated revenue of $41.0 million and Adjusted EBITDA of $9.2 million in 2024. "
    "Northgate will file a registration statement on Form S-4, which will include a proxy "
    "statement/prospectus, and will hold a special meeting of its stockholders to approve "
    "the transaction."
)


def test_a_pending_business_combination_announcement_is_exempt_from_ng001_to_ng005() -> None:
    text = release(DEAL_TERMS, headline=DEAL_HEADLINE, lead=DEAL_LEAD)
    for code in ("NG001", "NG002", "NG003", "NG004", "NG005"):
        assert check(text, code) == [], code


def test_the_exemption_leaves_the_non_gaap_label_to_ng006() -> None:
    """Rule 102 (no measure may mislead) is not part of the exemption."""
    text = release(DEAL_TERMS, headline=DEAL_HEADLINE, lead=DEAL_LEAD)
    assert [f.code for f in check(text, "NG006")] == ["NG006"]


def test_near_miss_an_earnings_release_that_also_announces_a_deal_is_not_exempt() -> None:
    text = release(
        "Adjusted EBITDA rose to $8.1 million.",
        "Separately, Acme entered into a definitive merger agreement with Beta Inc. (NYSE: "
        "BETA); Acme will file a registration statement on Form S-4 and hold a special "
        "meeting of its stockholders.",
    )
    assert [f.code for f in check(text, "NG001")] == ["NG001"]


def test_near_miss_a_cash_purchase_of_a_private_company_is_not_exempt() -> None:
    """No holders' vote, tender offer or registration: not a Rule 425 / 14a-12 communication."""
    text = release(
        "Velora generated revenue of $41.0 million and Adjusted EBITDA of $9.2 million in 2024. "
        "Acme will pay $120 million in cash at closing.",
        headline="Acme Corp. to Acquire Velora Systems",
        lead=DEAL_LEAD.replace(
            "Northgate Acquisition Corp. (Nasdaq: NGAC), a special purpose acquisition "
            "company, and Velora Systems, Inc., a maker of industrial sensors, today announced "
            "a definitive business combination agreement",
            "Acme Corp. (Nasdaq: ACME) today announced that it will acquire Velora Systems, "
            "Inc., a privately held maker of industrial sensors",
        ),
    )
    assert [f.code for f in check(text, "NG001")] == ["NG001"]


def test_near_miss_a_completed_combination_is_not_exempt() -> None:
    text = release(
        "Velora generated revenue of $41.0 million and Adjusted EBITDA of $9.2 million in 2024.",
        headline="Northgate Acquisition Corp. and Velora Systems Complete Business Combination",
        lead=DEAL_LEAD.replace(
            "today announced a definitive business combination agreement",
            "today announced the completion of their business combination",
        ),
    )
    assert [f.code for f in check(text, "NG001")] == ["NG001"]


# -- measures named by other industries; what counts as a label ------------------------------


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Tangible book value per share rose to $31.40.", "Tangible book value per share"),
        ("Adjusted revenue was $412.0 million.", "Adjusted revenue"),
        ("Core operating expenses were $88.1 million.", "Core operating expenses"),
        ("Pre-provision net revenue was $14.2 million.", "Pre-provision net revenue"),
        ("Same-store NOI grew to $61.5 million.", "Same-store NOI"),
        ("All-in sustaining costs were $1,310 per ounce.", "All-in sustaining costs"),
    ],
)
def test_ng002_measures_of_banks_reits_miners_and_adjusted_line_items(
    sentence: str, measure: str
) -> None:
    text = release(
        "Net income was $9.8 million, or $0.41 per diluted share. Book value per share was "
        "$38.20. Revenue was $420.5 million. Operating expenses were $90.3 million. Income "
        "before income taxes was $12.9 million. Cost of sales was $210.0 million.",
        f"{sentence} It is a non-GAAP financial measure.",
    )
    [finding] = check(text, "NG002")
    assert at(text, finding) == measure


@pytest.mark.parametrize(
    "sentence",
    [
        # how a figure is computed, not a measure presented
        "The Company applied a normalized tax rate of 39% to its quarterly results.",
        # operating metrics and Article 11 figures, not non-GAAP measures
        "Comparable sales rose 4.1% and pro forma revenue was $512.0 million.",
        # regulatory capital ratios
        "The Tier 1 leverage ratio was 9.8% and the common equity tier 1 ratio was 12.1%.",
    ],
)
def test_near_miss_words_that_look_like_the_new_measures(sentence: str) -> None:
    text = release("Net income was $9.8 million, or $0.41 per diluted share.", sentence)
    for rule in RULES:
        assert check(text, rule.code) == []


def test_ng006_ffo_needs_its_label() -> None:
    reconciled = (
        "A reconciliation of net income to FFO is included in the tables accompanying this release."
    )
    text = release("Net income was $5.1 million. FFO was $12.4 million.", reconciled)
    [finding] = check(text, "NG006")
    assert at(text, finding) == "FFO"
    labelled = release(
        "Net income was $5.1 million. FFO, a non-GAAP financial measure, was $12.4 million.",
        reconciled,
    )
    assert check(labelled, "NG006") == []


def test_ng006_a_reconciliation_title_without_gaap_is_not_a_label() -> None:
    body = "Net loss was $2.3 million. Adjusted EBITDA was $8.1 million."
    plain = release(body, "Reconciliation of Net Loss to Adjusted EBITDA")
    assert [at(plain, f) for f in check(plain, "NG006")] == ["Adjusted EBITDA"]
    with_gaap = release(body, "Reconciliation of GAAP Net Loss to Adjusted EBITDA")
    assert check(with_gaap, "NG006") == []


# -- a pointer to a reconciliation that is not there -----------------------------------------

POINTER = (
    "The following is a reconciliation of GAAP net loss to non-GAAP Adjusted EBITDA for each "
    "of the periods presented:"
)
FIGURES = "Net loss (2.3) (4.1) Interest 0.8 0.9 Depreciation 1.2 1.1 Stock compensation 8.4 4.0"


def test_ng002_a_pointer_to_a_table_below_that_is_not_there() -> None:
    text = release("Net loss was $2.3 million. Adjusted EBITDA was $8.1 million.", POINTER)
    [finding] = check(text, "NG002")
    assert at(text, finding) == "Adjusted EBITDA"
    assert "points to a reconciliation further down" in finding.evidence[-1]


@pytest.mark.parametrize(
    "after",
    [
        "| | Q3 2025 |\n|---|---|\n| Net loss | (2.3) |\n| Adjusted EBITDA | 8.1 |",
        FIGURES,  # a table a wire flattened into one line of text
    ],
)
def test_near_miss_the_pointer_is_followed_by_its_table(after: str) -> None:
    text = release("Net loss was $2.3 million. Adjusted EBITDA was $8.1 million.", POINTER, after)
    assert check(text, "NG002") == []


@pytest.mark.parametrize(
    "pointer",
    [
        "A reconciliation of net loss to Adjusted EBITDA is available on our investor "
        "relations website at www.acme.example, as described below.",
        "Adjusted EBITDA is a non-GAAP measure; a reconciliation is included in the tables above.",
    ],
)
def test_near_miss_pointers_elsewhere_are_not_checked_for_what_follows(pointer: str) -> None:
    text = release("Net loss was $2.3 million. Adjusted EBITDA was $8.1 million.", pointer)
    assert check(text, "NG002") == []


def test_ng002_a_general_remark_about_reconciliations_is_not_one() -> None:
    text = release(
        "Net loss was $2.3 million. Adjusted EBITDA, a non-GAAP measure, was $8.1 million.",
        "Investors should pay close attention to the reconciliation between such measures and "
        "the corresponding GAAP measures.",
    )
    [finding] = check(text, "NG002")
    assert at(text, finding) == "Adjusted EBITDA"


@pytest.mark.parametrize(
    "where",
    [
        "See the reconciliation of net loss to Adjusted EBITDA in the accompanying tables.",
        "Reconciliation of GAAP Net Loss to Adjusted EBITDA",
        "A reconciliation is available in the Investors section of our website.",
    ],
)
def test_near_miss_a_pointer_or_a_caption_shows_the_reconciliation(where: str) -> None:
    text = release(
        "Net loss was $2.3 million. Adjusted EBITDA, a non-GAAP measure, was $8.1 million.", where
    )
    assert check(text, "NG002") == []


def test_near_miss_a_fixed_width_table_after_the_legend_and_contacts_follows_the_pointer() -> None:
    text = release(
        "Net income was $0.4 million. Adjusted EBITDA, a non-GAAP measure, was $0.9 million.",
        "Reconciliations of these measures to GAAP are provided in the tables below.",
        "Forward-looking statements: this release contains forward-looking statements that "
        "involve risks. Acme undertakes no obligation to update them.",
        "Investor contact: Jane Roe, (303) 555-0100, ir@acme.example",
        "Reconciliation of Net Income to Adjusted EBITDA (in thousands)\n\n"
        "    Net income                412\n    Interest expense          120\n"
        "    Income tax expense        131\n    Depreciation              245\n"
        "    Adjusted EBITDA           908",
    )
    assert check(text, "NG002") == []


def test_ng002_a_phone_number_after_the_pointer_is_not_its_table() -> None:
    text = release(
        "Net loss was $2.3 million. Adjusted EBITDA was $8.1 million.",
        POINTER,
        "Investor contact: Jane Roe, (303) 555-0100 or +1 303 555 0101, ir@acme.example",
    )
    [finding] = check(text, "NG002")
    assert "points to a reconciliation further down" in finding.evidence[-1]


@pytest.mark.parametrize(
    "profit",
    [
        "Profit for the period was EUR 24.3 million.",
        "Profit after tax was EUR 24.3 million.",
        "Profit attributable to owners of the parent was EUR 24.3 million.",
    ],
)
def test_ng001_ifrs_names_net_income_otherwise(profit: str) -> None:
    text = release(
        f"{profit} EBITDA, a non-IFRS measure, was EUR 73.3 million.",
        "A reconciliation is set out in the tables accompanying this release.",
    )
    assert check(text, "NG001") == []
    without = text.replace(profit, "Revenue rose 8%.")
    assert [at(without, f) for f in check(without, "NG001")] == ["EBITDA"]


def test_ng002_fixed_width_lines_from_net_income_to_the_measure_reconcile_it() -> None:
    lines = (
        "                                   Q3 2026    Q3 2025\n"
        "   Net income                        $17.8      $15.1\n"
        "   Income tax expense                  6.1        5.2\n"
        "   Depreciation and amortization       5.2        4.8\n"
        "   Adjusted EBITDA                   $29.1      $25.1"
    )
    body = "Net income was $17.8 million. Adjusted EBITDA, a non-GAAP measure, was $29.1 million."
    text = release(body, "The table below sets out how it is calculated from net income.", lines)
    assert check(text, "NG002") == []
    no_gaap_row = lines.replace("Net income     ", "Revenue        ")
    assert [f.code for f in check(release(body, no_gaap_row), "NG002")] == ["NG002"]


@pytest.mark.parametrize(
    ("gaap", "measure", "value"),
    [
        ("Net income was $12.4 million.", "EBITDAre", "$31.2 million"),
        ("Net income was $12.4 million.", "OIBDA", "$31.2 million"),
        ("Operating income was $12.4 million.", "EBIT", "$14.0 million"),
        ("Net income was $12.4 million.", "Distributable cash flow", "$31.2 million"),
        ("Net income was $12.4 million.", "Cash available for distribution", "$31.2 million"),
        ("Net income was $12.4 million.", "Distributable earnings", "$0.52 per share"),
        ("The operating ratio was 71.2%.", "Adjusted operating ratio", "68.9%"),
        ("The efficiency ratio was 58.4%.", "Adjusted efficiency ratio", "55.1%"),
        ("Net interest margin was 3.41%.", "Tax-equivalent net interest margin", "3.48%"),
        (
            "Net cash provided by operating activities was $12.4 million.",
            "Operating cash flow before changes in working capital",
            "$15.0 million",
        ),
    ],
)
def test_ng002_industry_measures_need_their_reconciliation(
    gaap: str, measure: str, value: str
) -> None:
    """REIT, partnership, railroad, bank and miner measures are non-GAAP measures too
    (Regulation G): presented with a figure and no reconciliation, NG002 reports them."""
    text = release(f"{gaap} {measure}, a non-GAAP measure, was {value}.")
    [finding] = check(text, "NG002")
    assert at(text, finding) == measure


@pytest.mark.parametrize(
    "sentence",
    [
        "The operating ratio was 71.2%, compared with 72.0% a year earlier.",
        "Net interest margin was 3.41%, compared with 3.29% a year earlier.",
        "Net cash provided by operating activities was $12.4 million.",
        "The Board expects distributions to unitholders to continue.",
    ],
)
def test_near_miss_the_gaap_ratios_and_words_alone_are_no_measure(sentence: str) -> None:
    text = release(f"Net income was $2.1 million. {sentence}")
    assert check(text, "NG002") == [] and check(text, "NG006") == []


def test_ng001_the_gaap_measure_a_reconciliation_title_names_is_the_pair() -> None:
    """An insurer reconciles adjusted operating income from net income ("Reconciliation of
    net income to adjusted operating income"): net income stated first is its GAAP pair,
    though the lexicon pairs operating income with operating income."""
    text = release(
        "Net income was $168.4 million, or $2.31 per diluted share. Adjusted operating income, "
        "a non-GAAP measure, was $155.5 million, or $2.13 per diluted share.",
        "Reconciliation of net income to adjusted operating income (unaudited)",
        "| | Q3 2026 |\n|---|---|\n| Net income | 168.4 |\n| Net realized investment losses | "
        "12.6 |\n| Change in fair value of market risk benefits | (28.9) |\n| Income tax effect "
        "| 3.4 |\n| Adjusted operating income | 155.5 |",
    )
    assert check(text, "NG001") == []


def test_ng001_near_miss_without_the_title_the_lexicon_pair_is_wanted() -> None:
    text = release(
        "Net income was $168.4 million. Adjusted operating income, a non-GAAP measure, was "
        "$155.5 million. A reconciliation appears in the tables below.",
        "| | Q3 2026 |\n|---|---|\n| Net income | 168.4 |\n| Adjusted operating income | 155.5 |",
    )
    [finding] = check(text, "NG001")
    assert at(text, finding).lower() == "adjusted operating income"


def test_ng002_a_summary_table_listing_both_measures_is_no_reconciliation() -> None:
    """A "quarter at a glance" table with the GAAP margin and the non-GAAP margin as rows,
    and nothing bridging them, does not reconcile the one to the other."""
    summary = (
        "| | Q2 | Q2 prior |\n|---|---|---|\n| Revenue | 812.4 | 746.0 |\n"
        "| Operating margin | 15.8% | 15.2% |\n| Diluted EPS | 0.41 | 0.36 |\n"
        "| Adjusted operating margin | 17.8% | 17.3% |"
    )
    text = release("Operating income was $128.7 million.", summary)
    [finding] = check(text, "NG002")
    assert "Adjusted operating margin" in finding.message


def test_ng002_near_miss_a_table_bridging_the_two_with_adjustments_is_one() -> None:
    bridge = (
        "| | Q2 |\n|---|---|\n| Operating income | 128.7 |\n| Share-based compensation | 9.6 |\n"
        "| Amortization of acquired intangibles | 6.3 |\n| Adjusted operating income | 144.6 |"
    )
    text = release("Operating income was $128.7 million.", bridge)
    assert check(text, "NG002") == []


def test_ng006_a_caption_defined_by_is_as_net_income_excluding_items_needs_its_label() -> None:
    """ "Operating earnings is GAAP net income excluding ..." defines a measure as surely as
    "is defined as"; with no non-GAAP label anywhere, NG006 reports its use."""
    text = release(
        "Net income was $212.4 million. Operating earnings were $229.2 million.",
        "### Operating earnings",
        "Operating earnings is GAAP net income excluding mark-to-market gains and losses on "
        "economic hedges and severance, net of tax.",
    )
    [finding] = check(text, "NG006")
    assert at(text, finding) == "Operating earnings"
    labelled = text.replace(
        "Operating earnings is GAAP", "Operating earnings is a non-GAAP measure: GAAP"
    )
    assert check(labelled, "NG006") == []
