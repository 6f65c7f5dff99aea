"""DISC rules: each rule's documented examples, what each must catch, and near misses.
Companies, people and figures are fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclint.api import Rule
from disclint.rules.disclosure import RULES
from tests.catalog_helpers import assert_examples, at, check, check_with


def release(headline: str, lead: str, *paragraphs: str, venue: str = "Nasdaq: ACME") -> str:
    dateline = f"DENVER, March 4, 2025 /PRNewswire/ -- Acme Corp. ({venue}) "
    return "\n\n".join([headline, dateline + lead, *paragraphs, "###"]) + "\n"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_documented_examples_behave_as_documented(rule: Rule) -> None:
    assert_examples(rule)


def test_disc003_is_opt_in() -> None:
    [rule] = [r for r in RULES if r.code == "DISC003"]
    assert rule.default_enabled is False
    assert rule.severity.value == "info"


# -- DISC004 ----------------------------------------------------------------------------------

DIVIDEND = release(
    "Acme Corp. Declares Quarterly Dividend",
    "today announced that its Board of Directors declared a quarterly cash dividend of $0.25 "
    "per share, payable on May 15, 2025 to stockholders of record at the close of business on "
    "May 1, 2025.",
)


def test_disc004_complete_dividend() -> None:
    assert check(DIVIDEND, "DISC004") == []


def test_disc004_record_date_dropped() -> None:
    text = DIVIDEND.replace(
        " to stockholders of record at the close of business on May 1, 2025", ""
    )
    [finding] = check(text, "DISC004")
    assert finding.message == "dividend declared without its record date"
    assert finding.severity.value == "error"


@pytest.mark.parametrize(
    "details",
    [
        "Holders of record as of the close of trading on May 1, 2025 will receive the dividend "
        "on May 15, 2025.",
        "The dividend will be paid on May 15, 2025 to shareholders on the register on May 1, 2025.",
        "Payment will be made on May 15, 2025 to members on the register at May 1, 2025.",
    ],
)
def test_disc004_record_and_payment_dates_in_other_words(details: str) -> None:
    """A receiving holder ("will receive the dividend on") states the payment date, and the
    register (UK usage: "shareholders on the register on") the record date."""
    text = release(
        "Acme Corp. Declares Quarterly Dividend",
        "today announced that its Board of Directors declared a quarterly cash dividend of "
        "$0.25 per share.",
        details,
    )
    assert check(text, "DISC004") == []


def test_disc004_near_miss_the_register_without_holders_on_it_is_no_record_date() -> None:
    text = release(
        "Acme Corp. Declares Quarterly Dividend",
        "today announced that its Board of Directors declared a quarterly cash dividend of "
        "$0.25 per share, payable on May 15, 2025. The share register is kept by Acme "
        "Transfer Co.",
    )
    [finding] = check(text, "DISC004")
    assert finding.message == "dividend declared without its record date"


def test_disc004_details_in_the_next_paragraph_count() -> None:
    text = release(
        "Acme Corp. Declares Quarterly Dividend",
        "today announced that its Board of Directors declared a quarterly cash dividend of "
        "$0.25 per share.",
        "The dividend is payable on May 15, 2025 to holders of record on May 1, 2025.",
    )
    assert check(text, "DISC004") == []


def test_disc004_past_dividends_in_an_earnings_release_are_not_a_declaration() -> None:
    text = release(
        "Acme Corp. Reports Results",
        "today reported results.",
        "During the quarter, the Company declared dividends totalling $0.75 per share.",
    )
    assert check(text, "DISC004") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "As previously announced, the Board declared a quarterly cash dividend of $0.27 per "
        "common share, paid on October 15, 2025.",
        "The quarterly dividend of $0.27 per share the Board declared in August was paid on "
        "October 15, 2025.",
        "As previously reported, the Board approved a special dividend of $1.00 per share.",
    ],
)
def test_disc004_a_declaration_recalled_in_a_results_release_is_history(sentence: str) -> None:
    text = release("Acme Corp. Reports Third Quarter Results", "today reported results.", sentence)
    assert check(text, "DISC004") == []


def test_disc004_a_dividend_to_be_paid_is_still_a_declaration() -> None:
    text = release(
        "Acme Corp. Reports Third Quarter Results",
        "today reported results.",
        "The Board declared a quarterly cash dividend of $0.27 per common share, to be paid "
        "on January 15, 2026.",
    )
    [finding] = check(text, "DISC004")
    assert finding.message == "dividend declared without its record date"


def test_disc004_reverse_split_without_cusip_is_a_warning() -> None:
    text = release(
        "Acme Corp. Announces 1-for-20 Reverse Stock Split",
        "today announced a 1-for-20 reverse stock split, effective at the market open on May 1, "
        "2025.",
    )
    [finding] = check(text, "DISC004")
    assert finding.severity.value == "warning"
    assert "CUSIP" in finding.message
    assert check(text.replace("###", "The new CUSIP number is 00444T209.\n\n###"), "DISC004") == []


def test_disc004_an_otc_issuer_without_a_cusip_gets_a_reminder() -> None:
    """FINRA assigns an OTC issuer's new CUSIP through the corporate-action notice (Rule
    6490); Nasdaq's Rule 5250(e)(7) does not bind it."""
    text = release(
        "Acme Corp. Announces 1-for-20 Reverse Stock Split",
        "today announced a 1-for-20 reverse stock split, effective at the market open on May 1, "
        "2025.",
        venue="OTCQB: ACME",
    )
    [finding] = check(text, "DISC004")
    assert finding.severity.value == "info"
    assert "CUSIP" in finding.message


def test_disc004_a_cut_off_copy_makes_split_and_lead_dividend_findings_reminders() -> None:
    cut = "The Company also reviewed its capital allocation priorities for the coming year and the"
    split = release(
        "Acme Corp. Announces 1-for-20 Reverse Stock Split",
        "today announced a 1-for-20 reverse stock split, effective at the market open on May 1, "
        "2025.",
    ).replace("###\n", cut + "\n")
    [finding] = check(split, "DISC004")
    assert finding.severity.value == "info"
    dividend = release(
        "Acme Corp. Reports Fourth Quarter Results and Declares Quarterly Dividend",
        "today reported fourth quarter results and declared a quarterly cash dividend of $0.25 "
        "per share.",
        "Revenue rose 8% to $120.4 million. " * 60,  # details would come after 1,200 characters
    ).replace("###\n", cut + "\n")
    [finding] = check(dividend, "DISC004")
    assert finding.severity.value == "info"
    whole = dividend.replace(cut, cut.replace(" and the", "."))
    [finding] = check(whole, "DISC004")
    assert finding.severity.value == "error"


def test_disc004_a_denied_split_is_not_announced() -> None:
    text = release(
        "Acme Corp. Confirms No Reverse Stock Split Is Planned",
        "today confirmed that it has no plans for a reverse split.",
    )
    assert check(text, "DISC004") == []


def test_disc004_split_without_ratio() -> None:
    text = release(
        "Acme Corp. Announces Reverse Stock Split",
        "today announced a reverse stock split of its common stock.",
    )
    [finding] = check(text, "DISC004")
    assert "ratio and effective date" in finding.message


# -- DISC001 / DISC002 / DISC005 / DISC006 ----------------------------------------------------


def test_disc001_told_investors() -> None:
    text = release(
        "Acme Corp. Updates Outlook",
        "today said that, as previously discussed with analysts, margins will improve.",
    )
    [finding] = check(text, "DISC001")
    assert at(text, finding) == "as previously discussed with analysts"


def test_disc002_embargo_at_4_10_is_fine_and_otc_issuers_are_out_of_scope() -> None:
    text = "EMBARGOED UNTIL 4:00 p.m. ET\n\n" + release(
        "Acme Corp. Reports Results", "today reported."
    )
    assert len(check(text, "DISC002")) == 1
    assert check(text.replace("4:00 p.m.", "4:10 p.m."), "DISC002") == []
    otc = "EMBARGOED UNTIL 4:00 p.m. ET\n\n" + release(
        "Acme Corp. Reports Results", "today reported.", venue="OTCQB: ACME"
    )
    assert check(otc, "DISC002") == []


def test_disc005_bid_above_the_minimum_or_another_tier() -> None:
    text = release(
        "Acme Corp. Converts Notes",
        "today said the closing bid of $0.0040 was below the conversion price.",
        venue="OTCQB: ACME",
    )
    assert len(check(text, "DISC005")) == 1
    assert check(text.replace("OTCQB", "OTC Pink"), "DISC005") == []


def test_disc006_premium_with_dilution_stated() -> None:
    text = release(
        "Acme Corp. Holder Converts Preferred",
        "today said the holder converted at a 150% premium to the closing price.",
    )
    assert len(check(text, "DISC006")) == 1
    diluted = text.replace("###", "The conversion increased shares outstanding by 3.5%.\n\n###")
    assert check(diluted, "DISC006") == []


# -- options ----------------------------------------------------------------------------------


def test_disc004_cusip_check_can_be_turned_off(tmp_path: Path) -> None:
    text = release(
        "Acme Corp. Announces 1-for-20 Reverse Stock Split",
        "today announced a 1-for-20 reverse stock split, effective at the market open on May 1, "
        "2025.",
    )
    assert check_with(tmp_path, text, "DISC004", "require-cusip = false") == []


def test_disc005_minimum_bid_option(tmp_path: Path) -> None:
    text = release(
        "Acme Corp. Converts Notes",
        "today said the closing bid of $0.04 was below the conversion price.",
        venue="OTCQB: ACME",
    )
    assert check(text, "DISC005") == []
    assert len(check_with(tmp_path, text, "DISC005", "minimum-bid = 0.05")) == 1


def test_disc001_extra_phrases(tmp_path: Path) -> None:
    text = release(
        "Acme Corp. Updates Outlook",
        "today said that, as shared at its investor day, margins will improve.",
    )
    assert check(text, "DISC001") == []
    found = check_with(
        tmp_path, text, "DISC001", 'extra-phrases = ["as shared at its investor day"]'
    )
    assert len(found) == 1


def test_disc004_a_dividend_approved_rather_than_declared() -> None:
    text = release(
        "Acme Corp. Announces Quarterly Dividend",
        "today announced that its Board of Directors approved a quarterly cash dividend of "
        "$0.12 per share, payable on April 15, 2025.",
    )
    [finding] = check(text, "DISC004")
    assert finding.message == "dividend declared without its record date"


def test_disc004_a_figure_in_the_headline_declaration() -> None:
    text = release(
        "Acme Corp. Declares $0.12 Quarterly Dividend",
        "today said the dividend will be paid on April 15, 2025.",
    )
    [finding] = check(text, "DISC004")
    assert "record date" in finding.message


@pytest.mark.parametrize(
    "record",
    [
        "to holders at the close of business on April 1, 2025",
        "to shareholders of record as of April 1, 2025",
        "to stockholders as of April 1, 2025",
        "to holders on the books at the close of business on April 1, 2025",
        "to unitholders registered at the close of business on April 1, 2025",
        "to registered shareholders on April 1, 2025",
    ],
)
def test_disc004_record_date_wordings(record: str) -> None:
    text = release(
        "Acme Corp. Declares Dividend",
        f"today declared a dividend of $0.12 per share, payable April 15, 2025 {record}.",
    )
    assert check(text, "DISC004") == []


def test_disc004_a_dividend_policy_is_not_a_declaration() -> None:
    text = release(
        "Acme Corp. Adopts Dividend Policy",
        "today announced that its Board approved a dividend policy under which it intends to "
        "pay quarterly dividends.",
    )
    assert check(text, "DISC004") == []


def test_disc004_a_spin_off_distribution_date() -> None:
    text = release(
        "Acme Corp. Board Approves Spin-Off of Beta",
        "today announced that its Board of Directors approved the distribution to Acme "
        "shareholders of 80.1% of the outstanding shares of Beta Inc.",
        "Acme shareholders of record as of March 18, 2025, the record date, will receive Beta "
        "shares on the distribution date, April 1, 2025.",
    )
    assert check(text, "DISC004") == []


# -- DISC004: other ways of declaring, and where the fields are written ----------------------

MONTHLY = (
    "Crestline Income Fund Announces Monthly Distributions\n\n"
    "BOSTON, March 4, 2025 /PRNewswire/ -- Crestline Income Fund (NYSE: CIF) today announced "
    "the declaration of monthly distributions for April and May 2025.\n\n"
    "| Declaration Date | Ex-Date | Record Date | Payable Date | Amount per Share |\n"
    "|---|---|---|---|---|\n"
    "| March 4, 2025 | April 15, 2025 | April 15, 2025 | April 30, 2025 | $0.0650 |\n"
    "| March 4, 2025 | May 15, 2025 | May 15, 2025 | May 30, 2025 | $0.0650 |\n\n"
    "###\n"
)


def test_disc004_a_distribution_table_with_record_date_column() -> None:
    assert check(MONTHLY, "DISC004") == []


def test_disc004_a_distribution_table_without_its_record_date_column() -> None:
    text = MONTHLY.replace(" Record Date |", "").replace(" April 15, 2025 |", "", 1)
    text = text.replace(" May 15, 2025 |", "", 1).replace(
        "|---|---|---|---|---|", "|---|---|---|---|"
    )
    [finding] = check(text, "DISC004")
    assert "record date" in finding.message
    assert at(text, finding) == "declaration of monthly distributions"  # the body's own


@pytest.mark.parametrize(
    "lead",
    [
        "today announced a quarterly cash dividend of $0.25 per share, payable on April 1, 2025.",
        "will pay a quarterly cash dividend of $0.25 per share on April 1, 2025.",
        "today announced the declaration of a special dividend of $1.00 per share, payable on "
        "April 1, 2025.",
    ],
)
def test_disc004_announced_rather_than_declared_without_record_date(lead: str) -> None:
    [finding] = check(release("Acme Corp. Reports Dividend", lead), "DISC004")
    assert finding.message.endswith("without its record date")


def test_disc004_an_ex_dividend_date_is_not_the_record_date() -> None:
    """Rule 10b-17 asks for the record date; the exchange sets the ex-date from it."""
    text = release(
        "Acme Corp. Declares Quarterly Dividend",
        "today declared a quarterly dividend of $0.25 per share, payable April 1, 2025. The "
        "ex-dividend date is March 15, 2025.",
    )
    [finding] = check(text, "DISC004")
    assert "record date" in finding.message


@pytest.mark.parametrize(
    "headline,lead",
    [
        (
            "Acme Corp. Announces Exclusive Distribution Agreement",
            "today announced a new distribution agreement with Beta Inc. for Europe.",
        ),
        (
            "Acme Corp. Announces Quarterly Results",
            "today announced quarterly results. The Board plans to declare a dividend of $0.10 "
            "per share next year.",
        ),
        (
            "Acme Corp. Reports Fourth Quarter Results",
            "will pay a quarterly dividend of $0.25 per share on April 1, 2025 to shareholders "
            "of record on March 15, 2025.",
        ),
    ],
    ids=["distribution-agreement", "plan", "will-pay-complete"],
)
def test_disc004_near_misses_of_the_new_declaration_wordings(headline: str, lead: str) -> None:
    assert check(release(headline, lead), "DISC004") == []


def test_disc004_what_follows_the_declared_amount_does_not_undo_the_declaration() -> None:
    text = release(
        "Acme Corp. Reports Dividend",
        "today declared a quarterly dividend of $0.22 per share, bringing total dividends for "
        "2025 to $0.88 per share. The dividend is payable on April 1, 2025.",
    )
    [finding] = check(text, "DISC004")
    assert finding.message.endswith("without its record date")


def test_disc004_a_summary_of_the_year_is_still_not_a_declaration() -> None:
    text = release(
        "Acme Corp. Reports Fourth Quarter Results",
        "today reported results. During the year, the Board declared dividends totaling $0.88 "
        "per share.",
    )
    assert check(text, "DISC004") == []


CUT = (
    "The Company also reported that its results for the full year reflect the acquisitions it "
    "completed in the second half and the integration costs that"
)


def test_disc004_a_declaration_near_the_end_of_a_cut_off_copy_is_a_reminder() -> None:
    text = release(
        "Acme Corp. Reports Results",
        "today announced that its Board of Directors declared a quarterly cash dividend of "
        "$0.25 per share.",
        CUT,
    ).replace("\n###\n", "\n")
    [finding] = check(text, "DISC004")
    assert finding.severity.value == "info"
    assert any("cut off" in e for e in finding.evidence)


def test_disc004_the_same_declaration_in_a_complete_text_is_an_error() -> None:
    text = release(
        "Acme Corp. Reports Results",
        "today announced that its Board of Directors declared a quarterly cash dividend of "
        "$0.25 per share.",
        CUT + " it expects to finish next year.",
    )
    [finding] = check(text, "DISC004")
    assert finding.severity.value == "error"


@pytest.mark.parametrize(
    ("headline", "lead"),
    [
        # a dividend known by its content: amount and payment, whatever the verb
        (
            "Acme Corp. Raises Quarterly Dividend",
            "today said its quarterly dividend of $0.27 per share will be paid on April 1, 2025.",
        ),
        (
            "Acme Corp. Rewards Shareholders",
            "today set a $0.50 per share special cash dividend payable on April 1, 2025.",
        ),
        # "announces" with the amount before the dividend word
        (
            "Acme Corp. Announces $0.25 Quarterly Dividend",
            "today announced a $0.25 per share quarterly dividend, payable on April 1, 2025.",
        ),
    ],
    ids=["will-be-paid", "set-payable", "announces-amount-first"],
)
def test_disc004_declarations_known_by_amount_and_payment(headline: str, lead: str) -> None:
    [finding] = check(release(headline, lead), "DISC004")
    assert finding.message.endswith("without its record date")
    assert finding.severity.value == "error"


@pytest.mark.parametrize(
    "lead",
    [
        "today reported results. Dividends on the common stock are payable quarterly.",
        "today reported results. In the quarter it paid dividends of $0.25 per share.",
        "today said its quarterly dividend of $0.27 per share will be paid on April 1, 2025 "
        "to shareholders of record on March 14, 2025.",
    ],
    ids=["policy-no-amount", "paid", "complete"],
)
def test_disc004_near_misses_of_declarations_by_content(lead: str) -> None:
    assert check(release("Acme Corp. Reports Results", lead), "DISC004") == []


def test_disc004_a_headline_dividend_in_a_cut_copy_is_a_reminder() -> None:
    text = release(
        "Acme Corp. Reports Results and Announces $0.20 Special Dividend",
        "today reported results for the quarter.",
        "Revenue rose 3% to $125.0 million, compared to $121.6 million a year ago, and "
        "operating income was $16.4 million. The special dividend goes to holders of record "
        "as of the close of business on",
    ).replace("\n\n###\n", "\n")
    [finding] = check(text, "DISC004")
    assert finding.severity.value == "info"


def test_disc004_a_spin_off_distribution_states_its_amount_as_a_ratio() -> None:
    text = release(
        "Acme Corp. Declares Distribution of Beta Materials Shares",
        "today announced that its Board of Directors declared a pro rata dividend of all the "
        "outstanding shares of Beta Materials common stock. Holders of Acme common stock as "
        "of the close of business on May 1, 2025, the record date, will receive one share of "
        "Beta Materials common stock for every three shares of Acme common stock. The "
        "distribution is expected to be made on May 15, 2025.",
    )
    assert check(text, "DISC004") == []
    [finding] = check(
        text.replace(
            "one share of Beta Materials common stock for every three shares of Acme common stock",
            "shares of Beta Materials",
        ),
        "DISC004",
    )
    assert finding.message == "dividend declared without its amount"


@pytest.mark.parametrize(
    "record",
    [
        "to all stockholders who held shares on March 31, 2025",
        "to shareholders at the close of trading on March 31, 2025",
    ],
)
def test_disc004_a_record_date_described_without_the_word_record(record: str) -> None:
    """The holders the dividend is paid to, at a date, is its record date however worded."""
    text = release(
        "Acme Corp. Declares Quarterly Dividend",
        "today announced a quarterly dividend of $0.24 per share, payable April 15, 2025 "
        f"{record}.",
    )
    assert check(text, "DISC004") == []
    undated = text.replace(f" {record}", "")
    [finding] = check(undated, "DISC004")
    assert "record date" in finding.message


def test_disc004_a_split_paid_as_a_stock_dividend_states_ratio_and_date() -> None:
    """A forward split effected as a stock dividend: its ratio is the dividend's amount and
    its payment date the day it takes effect."""
    text = release(
        "Acme Corp. Announces 3-for-2 Stock Split",
        "today announced a 3-for-2 stock split, effected as a stock dividend, payable on June 2, "
        "2025 to stockholders of record on May 15, 2025.",
    )
    assert check(text, "DISC004") == []
    undated = text.replace(" payable on June 2, 2025 to stockholders of record on May 15, 2025", "")
    [finding] = check(undated, "DISC004")
    assert "effective date" in finding.message
