"""OFF rules: each rule's documented examples, what each must catch, and near misses.
Companies, people, banks and figures are fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclint.api import Rule
from disclint.rules.offerings import RULES
from tests.catalog_helpers import assert_examples, at, check, check_with

LEGEND_135C = (
    "The securities have not been registered under the Securities Act of 1933 and may not be "
    "offered or sold in the United States absent registration or an applicable exemption."
)
PROSPECTUS = (
    "A shelf registration statement on Form S-3 was declared effective by the SEC. Copies of "
    "the prospectus supplement may be obtained from Baker Securities LLC, 1 Main Street, New "
    "York, or on the SEC's website at www.sec.gov."
)
WHERE_TO_FIND = (
    "Additional Information and Where to Find It. Stockholders are urged to read the proxy "
    "statement when it becomes available. Free copies will be available at www.sec.gov."
)
PARTICIPANTS = (
    "Participants in the Solicitation. Acme and its directors may be deemed participants in "
    "the solicitation of proxies."
)


def release(headline: str, lead: str, *paragraphs: str) -> str:
    dateline = "DENVER, March 4, 2025 /PRNewswire/ -- Acme Corp. (Nasdaq: ACME) "
    return "\n\n".join([headline, dateline + lead, *paragraphs, "###"]) + "\n"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_documented_examples_behave_as_documented(rule: Rule) -> None:
    assert_examples(rule)


# -- OFF001 / OFF002 --------------------------------------------------------------------------

PRIVATE = release(
    "Acme Corp. Announces $3 Million Private Placement",
    "today announced that it entered into a securities purchase agreement with accredited "
    "investors for a $3 million private placement of convertible notes.",
)


def test_off001_private_placement_without_the_legend() -> None:
    [finding] = check(PRIVATE, "OFF001")
    assert at(PRIVATE, finding) == "Private Placement"
    assert finding.severity.value == "error"


def test_off001_the_legend_anywhere_satisfies_it() -> None:
    assert check(PRIVATE.replace("###", LEGEND_135C + "\n\n###"), "OFF001") == []


def test_off001_a_closed_sale_is_a_warning() -> None:
    text = PRIVATE.replace("Announces", "Closes")
    [finding] = check(text, "OFF001")
    assert finding.severity.value == "warning"


def test_off001_a_past_private_placement_in_an_earnings_release_is_history() -> None:
    text = release(
        "Acme Corp. Reports Fourth Quarter Results",
        "today reported results for the fourth quarter.",
        "In October, following the closing of a private placement, the Company repaid its loan.",
    )
    assert check(text, "OFF001") == []


def test_off001_a_canadian_release_not_for_us_distribution() -> None:
    text = PRIVATE.replace("###", "Not for distribution to United States newswire services.\n\n###")
    assert check(text, "OFF001") == []


def test_off001_a_law_firm_notice_about_an_offering_is_not_an_offering() -> None:
    text = release(
        "Class Action Filed on Behalf of Acme Investors",
        "investors who purchased shares in the company's private placement may join a class "
        "action lawsuit announced today.",
    )
    assert check(text, "OFF001") == []


def test_off002_placement_agent_named() -> None:
    text = PRIVATE.replace(
        "###",
        "Baker Securities acted as the exclusive placement agent.\n\n" + LEGEND_135C + "\n\n###",
    )
    [finding] = check(text, "OFF002")
    assert at(text, finding) == "acted as the exclusive placement agent"


# -- OFF003 / OFF004 --------------------------------------------------------------------------

PRICING = release(
    "Acme Corp. Announces Pricing of $20 Million Underwritten Public Offering",
    "today announced the pricing of an underwritten public offering of 5,000,000 shares of "
    "common stock at $4.00 per share.",
)


def test_off004_pricing_without_prospectus_availability() -> None:
    text = PRICING.replace(
        "###", "The offering is made under a shelf registration statement.\n\n###"
    )
    [finding] = check(text, "OFF004")
    assert at(text, finding) == "Underwritten Public Offering"


def test_off004_prospectus_availability_satisfies_it() -> None:
    assert check(PRICING.replace("###", PROSPECTUS + "\n\n###"), "OFF004") == []


def test_off004_a_canadian_prospectus_offering_outside_the_us() -> None:
    text = PRICING.replace(
        "###",
        "The offering is made by way of a short form prospectus in Canada. The shares have not "
        "been registered under the U.S. Securities Act.\n\n###",
    )
    assert check(text, "OFF004") == []


def test_off003_pre_filing_notice_after_filing_is_not_pre_filing() -> None:
    text = release(
        "Acme Corp. Plans Public Offering",
        "intends to conduct a public offering of common stock. The Company has filed a "
        "registration statement on Form S-1 that has not yet become effective.",
    )
    assert check(text, "OFF003") == []


# -- OFF005 / OFF006 --------------------------------------------------------------------------

MERGER = release(
    "Acme Corp. and Beta Inc. Enter into Definitive Merger Agreement",
    "and Beta Inc. today announced a definitive merger agreement under which Acme will "
    "acquire Beta for $12.00 per share in cash.",
    "Beta will hold a special meeting of its stockholders to approve the merger and will file a "
    "proxy statement with the SEC.",
)


def test_off005_both_legends_missing() -> None:
    findings = check(MERGER, "OFF005")
    assert [f.severity.value for f in findings] == ["error", "warning"]
    assert "Where to Find It" in findings[0].message
    assert "Participants" in findings[1].message


def test_off005_legends_present() -> None:
    text = MERGER.replace("###", WHERE_TO_FIND + "\n\n" + PARTICIPANTS + "\n\n###")
    assert check(text, "OFF005") == []


def test_off005_a_cash_acquisition_of_a_private_company_needs_no_legend() -> None:
    text = release(
        "Acme Corp. to Acquire Gamma Robotics",
        "today announced a definitive agreement to acquire Gamma Robotics, a privately held "
        "company, for $40 million in cash.",
    )
    assert check(text, "OFF005") == []


def test_off005_a_completed_merger_needs_no_legend() -> None:
    text = MERGER.replace("Enter into Definitive Merger Agreement", "Complete Merger")
    assert check(text, "OFF005") == []


def test_off005_a_vote_already_held_needs_no_legend() -> None:
    """The holders have voted: the solicitation the legends serve is over."""
    text = release(
        "Beta Inc. Announces Stockholder Approval of Merger with Acme",
        "announced that its stockholders voted to approve, at a special meeting held today, the "
        "agreement and plan of merger between Beta and Acme Corp.",
        "The merger remains subject to closing conditions and is expected to close this month.",
    )
    assert check(text, "OFF005") == []


def test_off005_a_vote_still_to_come_keeps_the_legends() -> None:
    text = MERGER.replace(
        "Beta will hold a special meeting",
        "The board recommends that stockholders approve the merger. Beta will hold a special "
        "meeting",
    )
    assert check(text, "OFF005")


def test_off006_buyback_with_the_offering() -> None:
    text = PRICING.replace(
        "###", PROSPECTUS + "\n\nThe Board also approved a new share repurchase program.\n\n###"
    )
    [finding] = check(text, "OFF006")
    assert at(text, finding) == "approved a new share repurchase program"


def test_off005_a_mini_tender_response_needs_no_legend() -> None:
    text = release(
        "Acme Corp. Recommends Stockholders Reject Mini-Tender Offer",
        "received notice of an unsolicited mini-tender offer by Zeta LLC for 0.1% of its shares.",
        "Holders who tendered may withdraw; the offer documents describe the tender offer.",
    )
    assert check(text, "OFF005") == []


def test_off002_the_agent_of_a_public_offering_with_a_concurrent_placement() -> None:
    text = release(
        "Acme Corp. Announces Pricing of $2.6 Million Public Offering",
        "today announced the pricing of its public offering of 2,000,000 shares. In a "
        "concurrent private placement, it agreed to sell 100,000 unregistered shares to "
        "insiders.",
        "Baker Securities is acting as the sole placement agent for the offering.",
    )
    assert check(text, "OFF002") == []
    assert len(check(text, "OFF001")) == 1


def test_off001_completed_severity_option(tmp_path: Path) -> None:
    text = PRIVATE.replace("Announces", "Closes")
    [finding] = check_with(tmp_path, text, "OFF001", 'completed-severity = "error"')
    assert finding.severity.value == "error"


# -- OFF005 wording --------------------------------------------------------------------------

MERGER_OF_EQUALS = release(
    "Acme and Beta to Combine in All-Stock Merger of Equals",
    "and Beta Inc. (NYSE: BETA) today announced a definitive agreement to combine in an "
    "all-stock merger of equals.",
    "Beta shareholders will receive 0.5 Acme shares for each Beta share. The transaction is "
    "subject to approval by the shareholders of both companies and is expected to close in "
    "the second half of 2025.",
)


def test_off005_a_holders_vote_still_to_come_is_a_solicitation() -> None:
    findings = check(MERGER_OF_EQUALS, "OFF005")
    assert [f.severity.value for f in findings] == ["error", "warning"]
    assert at(MERGER_OF_EQUALS, findings[1]) == "approval by the shareholders"


def test_off005_agreed_to_be_acquired_with_a_stockholder_vote() -> None:
    text = release(
        "Acme Corp. Agrees to Be Acquired by Zeta Holdings for $30 per Share",
        "today announced that it has agreed to be acquired by Zeta Holdings for $30.00 per "
        "share in cash.",
        "The transaction is expected to close in the third quarter, subject to a vote of Acme "
        "stockholders.",
    )
    assert [f.severity.value for f in check(text, "OFF005")] == ["error", "warning"]


def test_off005_other_wordings_of_the_legends() -> None:
    legends = (
        "Important Information for Investors\n\nInvestors should read the joint proxy "
        "statement/prospectus when it becomes available. Free copies will be available at "
        "www.sec.gov.\n\nCertain Information Regarding Participants\n\nAcme, Beta and their "
        "directors may be considered participants in the solicitation of proxies."
    )
    assert check(MERGER_OF_EQUALS.replace("###", legends + "\n\n###"), "OFF005") == []


def test_off005_a_vote_on_a_foreign_market_is_not_a_proxy_solicitation() -> None:
    text = release(
        "Acme Corp. Enters into Agreement to Acquire Gamma S.A.",
        "today announced an agreement to acquire Gamma S.A., a privately held company, for shares.",
        "The second stage remains subject to the acceptance of the TSX Venture Exchange and "
        "shareholder approval.",
    ).replace("(Nasdaq: ACME)", "(TSX-V: ACM) (OTC: ACMEF)")
    assert check(text, "OFF005") == []


def test_off001_a_dateline_on_its_own_line_does_not_hide_the_lead() -> None:
    text = (
        "Acme Closes Oversubscribed Offering of $26.5 Million\n\n"
        "DENVER, Dec. 22, 2025 (GLOBE NEWSWIRE) -- (Nasdaq: ACME)\n\n"
        "Acme Corp. is pleased to announce that it has closed its private placement of units "
        "for gross proceeds of $26.5 million, at a price of $0.47 per unit.\n\n###\n"
    )
    [finding] = check(text, "OFF001")
    assert at(text, finding) == "private placement"


def test_off005_a_vote_the_release_says_is_not_needed() -> None:
    text = MERGER_OF_EQUALS.replace(
        "subject to approval by the shareholders of both companies",
        "does not require the approval of Acme's shareholders",
    )
    assert check(text, "OFF005") == []
