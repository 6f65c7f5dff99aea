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


@pytest.mark.parametrize(
    "sentence",
    [
        "The offering is made in reliance on Rule 506(c) of Regulation D.",
        "The note program is filed under SEC 506(c) and open to accredited investors only.",
    ],
)
def test_off001_a_rule_506c_offering_without_the_legend_is_a_warning(sentence: str) -> None:
    """Rule 506(c) permits general solicitation: the legend is good practice there, not
    the condition of Rule 135c's safe harbor."""
    text = PRIVATE.replace("###", sentence + "\n\n###")
    [finding] = check(text, "OFF001")
    assert finding.severity.value == "warning"
    assert any("general solicitation is permitted" in e for e in finding.evidence)


def test_off001_near_miss_a_rule_506b_offering_stays_an_error() -> None:
    text = PRIVATE.replace(
        "###", "The offering is made in reliance on Rule 506(b) of Regulation D.\n\n###"
    )
    [finding] = check(text, "OFF001")
    assert finding.severity.value == "error"


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
    # Acme's shares offered to Beta's public holders are still registered (Form S-4), so
    # the exchange ratio alone keeps the legend required ...
    assert check(text, "OFF005")
    # ... and without it, the vote the release says is not needed is no solicitation.
    text = text.replace("Beta shareholders will receive 0.5 Acme shares for each Beta share. ", "")
    assert check(text, "OFF005") == []


# -- OFF005: where the vote and the consideration are written ----------------------------------

DEAL = (
    "Northwind Energy Announces Agreement to Acquire Tallgrass Petroleum\n\n"
    "- Adds low-cost acreage in two basins\n- Expected to be accretive to cash flow\n\n"
    "HOUSTON, March 4, 2025 - Northwind Energy Corporation (NYSE: NWE) announced today that it "
    "has entered into a definitive agreement with Tallgrass Petroleum, Inc. (NASDAQ: TGP) to "
    "acquire all of the outstanding shares of Tallgrass in an all-stock transaction valued at "
    "$4.1 billion. Under the terms of the agreement, Tallgrass shareholders will receive "
    "0.1250 shares of Northwind for each Tallgrass share.\n\n"
    '"This brings together two disciplined companies," said Dana Whitlow, CEO of Northwind.\n\n'
    "The acquisition adds 90,000 net acres adjacent to Northwind's existing operations.\n\n"
    '"Our shareholders will benefit from the scale," said Rafael Ostrander, CEO of Tallgrass.\n\n'
    "The combined company will keep a strong balance sheet.\n\n"
    "Northwind's board of directors has unanimously approved the transaction.\n\n"
    "The acquisition is subject to Tallgrass shareholder approval, regulatory approvals and "
    "other customary closing conditions.\n\n"
    "Cautionary Statement Regarding Forward-Looking Statements\n\n"
    "This news release contains forward-looking statements. Risks include the ability to "
    "obtain the approval of Tallgrass's shareholders. Northwind undertakes no obligation to "
    "update any forward-looking statement.\n\n###\n"
)
IMPORTANT_INFORMATION = (
    "Important Information For Investors And Stockholders\n\n"
    "This communication does not constitute an offer to sell or the solicitation of an offer "
    "to buy any securities. Northwind will file a registration statement on Form S-4 that will "
    "include a proxy statement of Tallgrass that also constitutes a prospectus of Northwind. "
    "INVESTORS AND SECURITY HOLDERS ARE URGED TO READ THE PROXY STATEMENT/PROSPECTUS WHEN IT "
    "BECOMES AVAILABLE. Investors will be able to obtain free copies at www.sec.gov.\n\n"
    "Participants in the Solicitation\n\n"
    "Northwind, Tallgrass and their directors may be deemed to be participants in the "
    "solicitation of proxies in respect of the proposed transaction.\n\n###\n"
)


def test_off005_a_vote_among_the_closing_conditions_far_down_the_body() -> None:
    """The holders' vote sits with the closing conditions, after the highlights, the terms,
    the rationale and the quotes: the seventh paragraph of the body here."""
    findings = check(DEAL, "OFF005")
    assert [f.severity.value for f in findings] == ["error", "warning"]
    assert at(DEAL, findings[1]) == "shareholder approval"


def test_off005_the_legend_under_an_important_information_heading() -> None:
    assert check(DEAL.replace("###\n", IMPORTANT_INFORMATION), "OFF005") == []


def test_off005_an_exchange_ratio_between_two_listed_companies() -> None:
    """No vote is named, but the target's holders receive the acquirer's shares for each of
    theirs and both trade on US exchanges: a registration statement and a vote follow."""
    text = DEAL.replace(
        "The acquisition is subject to Tallgrass shareholder approval, regulatory approvals and "
        "other customary closing conditions.\n\n",
        "",
    ).replace("Risks include the ability to obtain the approval of Tallgrass's shareholders. ", "")
    [finding] = check(text, "OFF005")
    assert finding.severity.value == "error"
    assert "receive 0.1250 shares of Northwind for each" in finding.message


def test_off005_shares_for_a_private_company_need_no_legend() -> None:
    text = release(
        "Acme Corp. to Acquire Gamma Robotics",
        "today announced a definitive agreement to acquire Gamma Robotics, a privately held "
        "company. Gamma's owners will receive 0.5 shares of Acme for each Gamma share.",
    )
    assert check(text, "OFF005") == []


def test_off005_an_asset_purchase_needs_no_legend() -> None:
    text = release(
        "Acme Corp. to Acquire Pipeline Assets from Beta Inc. (NYSE: BETA)",
        "today announced a definitive agreement to acquire gathering assets from Beta Inc. "
        "(NYSE: BETA) for $50 million in cash. The transaction is expected to close in the "
        "second quarter.",
    )
    assert check(text, "OFF005") == []


def test_off005_a_cash_tender_offer_for_a_listed_company() -> None:
    text = release(
        "Acme Corp. to Acquire Beta Inc. for $12.00 per Share in Cash",
        "and Beta Inc. (NYSE: BETA) today announced a definitive merger agreement under which "
        "Acme will commence a tender offer to acquire all outstanding shares of Beta for $12.00 "
        "per share in cash.",
    )
    assert check(text, "OFF005")
    legend = (
        "The tender offer has not yet commenced. Beta stockholders are urged to read the "
        "tender offer statement on Schedule TO when it becomes available; free copies will be "
        "available at www.sec.gov."
    )
    assert check(text.replace("###", legend + "\n\n###"), "OFF005") == []


# -- OFF004: fund advertisements (Rule 482) ------------------------------------------------------

FUND_STATEMENT = (
    "Investors should consider the investment objectives, risks, charges and expenses of the "
    "Fund carefully before investing. The prospectus contains this and other information about "
    "the Fund. Please read it carefully before investing."
)
ETF = (
    "Harbor Peak Launches Harbor Peak Clean Grid ETF\n\n"
    "NEW YORK, March 4, 2025 /PRNewswire/ -- Harbor Peak Investments today announced the launch "
    'of the Harbor Peak Clean Grid ETF (NYSE Arca: HPCG) (the "Fund"). The Fund seeks to track '
    "the Solace Clean Grid Index and has an expense ratio of 0.45%.\n\n"
    '"Investors have asked for focused exposure to the grid," said Mara Quill of Harbor Peak.'
    "\n\n" + FUND_STATEMENT + "\n\nInvesting involves risk, including possible loss of "
    "principal.\n\n###\n"
)


def test_off004_an_etf_launch_without_a_prospectus_source() -> None:
    [finding] = check(ETF, "OFF004")
    assert finding.severity.value == "error"
    assert at(ETF, finding).endswith("Harbor Peak Clean Grid ETF")
    assert "Rule 482(b)(1)" in finding.message


@pytest.mark.parametrize(
    "source",
    [
        "A prospectus may be obtained by calling 1-800-555-0100 or visiting www.hp.example.",
        "For a prospectus or summary prospectus with this and other information about the Fund, "
        "call 1-800-555-0100 or visit www.hp.example.",
        "To obtain a prospectus, call 1-800-555-0100.",
        "Please visit www.hp.example/etfs to download a prospectus.",
        "Prospectuses are available at www.hp.example or by calling 1-800-555-0100.",
        "This and other information can be found in the Fund's prospectus, which may be "
        "obtained at www.hp.example.",
    ],
)
def test_off004_the_prospectus_source_in_its_common_phrasings(source: str) -> None:
    assert check(ETF.replace("###", source + "\n\n###"), "OFF004") == []


def test_off004_a_fund_source_without_the_objectives_statement_is_a_warning() -> None:
    text = ETF.replace(FUND_STATEMENT, "A prospectus may be obtained by calling 1-800-555-0100.")
    [finding] = check(text, "OFF004")
    assert finding.severity.value == "warning"
    assert "investment objectives, risks, charges and expenses" in finding.message


def test_off004_an_interval_fund_distribution_without_the_legend() -> None:
    text = release(
        "Crestline Credit Income Fund Declares Monthly Distribution",
        'announced that Crestline Credit Income Fund (the "Fund"), an interval fund, declared '
        "a monthly distribution of $0.11 per share, an annualized distribution rate of 8.1% on "
        "net asset value.",
    )
    [finding] = check(text, "OFF004")
    assert at(text, finding) == "Crestline Credit Income Fund"


@pytest.mark.parametrize(
    "text",
    [
        # A fund's personnel change offers nothing.
        ETF.replace(
            "Harbor Peak Launches Harbor Peak Clean Grid ETF",
            "Harbor Peak Clean Grid ETF Names New Portfolio Manager",
        ).replace(FUND_STATEMENT, ""),
        # An operating company that mentions other people's ETFs.
        release(
            "Acme Mining Expands Hash Rate",
            "said that inflows into spot Bitcoin ETFs supported demand. The Company added 2,000 "
            "miners in the quarter.",
        ),
        # A listed closed-end fund's distribution: no offering under way.
        release(
            "Crestline Municipal Fund Declares Monthly Distribution",
            "announced that Crestline Municipal Fund (NYSE: CMF), a closed-end fund, declared a "
            "monthly distribution of $0.05 per share; its net asset value was $12.10.",
        ),
        # A royalty trust is not an investment company.
        release(
            "Basin Royalty Trust Declares Monthly Cash Distribution",
            "announced a cash distribution of $0.02 per unit to unit holders of record.",
        ),
        # The sponsor's own results.
        release(
            "Harbor Peak Reports Third Quarter Results",
            "reported net income of $12 million. Harbor Peak ETFs gathered $1 billion of "
            "inflows; the average expense ratio was 0.3%.",
        ),
    ],
    ids=["personnel", "etf-mention", "closed-end-distribution", "royalty-trust", "results"],
)
def test_off004_fund_releases_that_are_not_advertisements(text: str) -> None:
    assert check(text, "OFF004") == []


def test_off004_a_closed_end_fund_rights_offering_is_an_advertisement() -> None:
    text = release(
        "Crestline Municipal Fund Announces Rights Offering",
        "announced that Crestline Municipal Fund (NYSE: CMF), a closed-end fund, will conduct "
        "a rights offering; its net asset value was $12.10.",
    )
    assert check(text, "OFF004")


def test_off005_a_heading_like_phrase_alone_is_not_the_legend() -> None:
    text = DEAL.replace(
        "###\n",
        "Additional information about the transaction, including an investor presentation, is "
        "available at www.northwind.example.\n\n###\n",
    )
    assert [f.severity.value for f in check(text, "OFF005")] == ["error", "warning"]


def test_off004_a_funds_name_is_not_its_headlines_topic() -> None:
    """A release that carries Rule 482(b)(1)'s statement presents itself as the fund's
    advertisement, and the words of a fund's name ("Earnings") are not the headline's topic."""
    text = ETF.replace(
        "Harbor Peak Launches Harbor Peak Clean Grid ETF",
        "Harbor Peak Dividend and Earnings ETF Begins Trading",
    )
    assert check(text, "OFF004")
    assert check(text.replace(FUND_STATEMENT, ""), "OFF004")


def test_off005_a_closing_still_to_come_is_not_a_completed_deal() -> None:
    """Without a headline the lead is read for a completed deal: "upon closing of the merger"
    and "expected to complete the merger" are still to come."""
    text = (
        "DENVER, March 4, 2025 /PRNewswire/ -- Acme Corp. (Nasdaq: ACME) and Beta Inc. (NYSE: "
        "BETA) today announced a definitive merger agreement. Upon closing of the merger, Beta "
        "stockholders will own 40% of the combined company. The companies expect to complete "
        "the merger in the third quarter, subject to the approval of Beta's stockholders.\n\n"
        "###\n"
    )
    assert check(text, "OFF005")
    done = text.replace(
        "today announced a definitive merger agreement",
        "today completed the merger contemplated by their definitive merger agreement",
    )
    assert check(done, "OFF005") == []


# -- round 4: an unregistered sale known by its manner; a quoted "at-the-market" program ------

NOTES_144A = release(
    "Acme Corp. Announces Proposed Offering of $400 Million of Senior Notes",
    "today announced that it intends to offer, subject to market conditions, $400 million "
    "of senior notes due 2033 in a private offering.",
    "Acme intends to use the net proceeds to repay its term loan.",
    "The notes will be offered only to persons reasonably believed to be qualified "
    "institutional buyers in reliance on Rule 144A under the Securities Act.",
)

BONDS_REG_S = release(
    "Acme Corp. Prices EUR 250 Million Bonds",
    "today priced EUR 250 million of 2.5% senior bonds due 2031.",
    "The bonds will be listed on the Luxembourg Stock Exchange.",
    "Important notice. This announcement is not an offer to sell securities. The bonds are "
    "offered only outside the United States to non-U.S. persons in reliance on Regulation S.",
)


@pytest.mark.parametrize("text", [NOTES_144A, BONDS_REG_S], ids=["144A", "reg-s"])
def test_off001_an_unregistered_sale_stated_after_the_lead(text: str) -> None:
    """A "private offering", or securities offered in reliance on Rule 144A or Regulation S
    in a later paragraph of a release that prices or offers them, needs the legend."""
    assert check(text, "OFF001")
    assert check(text.replace("###", LEGEND_135C + "\n\n###"), "OFF001") == []


def test_off001_exempt_manner_without_an_offering_in_the_lead() -> None:
    """Near miss: a results release that recalls, later on, notes sold to qualified
    institutional buyers in reliance on Rule 144A announces no offering."""
    text = release(
        "Acme Corp. Reports Third Quarter Results",
        "today reported revenue of $41.2 million for the third quarter, up 8%.",
        "In May, Acme repaid the notes it had sold in 2021 to qualified institutional buyers "
        "in reliance on Rule 144A.",
    )
    assert check(text, "OFF001") == []


ATM = release(
    "Acme Corp. Establishes $150 Million At-the-Market Equity Offering Program",
    "today announced that it entered into an equity distribution agreement under which it may "
    "offer and sell shares of its common stock of up to $150 million through an "
    '"at-the-market" equity offering program.',
    "The shares will be issued under the Company's effective shelf registration statement on "
    "Form S-3. The offering will be made only by means of a prospectus supplement and the "
    "accompanying prospectus.",
)


def test_off004_a_quoted_at_the_market_program_needs_the_prospectus_source() -> None:
    assert check(ATM, "OFF004")
    with_source = ATM.replace("###", PROSPECTUS + "\n\n###")
    assert check(with_source, "OFF004") == []
    lead_only = ATM.replace("Establishes", "Updates").replace(
        "Acme Corp. Updates $150 Million At-the-Market Equity Offering Program", "Acme News"
    )
    assert check(lead_only, "OFF004")  # the quoted "at-the-market" of the lead is read too


def test_off004_an_offering_registered_by_its_name_needs_no_registration_statement_named() -> None:
    """An at-the-market program and a registered direct offering are registered offerings
    by definition: a release that names no registration statement still owes the reader
    the prospectus source."""
    atm_bare = ATM.replace(
        "The shares will be issued under the Company's effective shelf registration statement "
        "on Form S-3. The offering will be made only by means of a prospectus supplement and "
        "the accompanying prospectus.",
        "Acme intends to use the net proceeds for general corporate purposes.",
    )
    assert "registration" not in atm_bare and "prospectus" not in atm_bare
    assert check(atm_bare, "OFF004")
    direct = release(
        "Acme Corp. Announces $6 Million Registered Direct Offering",
        "today announced that it has entered into a securities purchase agreement with an "
        "institutional investor for the sale of 1,500,000 shares of common stock at $4.00 per "
        "share in a registered direct offering.",
    )
    [finding] = check(direct, "OFF004")
    assert at(direct, finding) == "Registered Direct Offering"
    assert check(direct.replace("###", PROSPECTUS + "\n\n###"), "OFF004") == []


def test_off004_near_miss_a_public_offering_with_no_registration_named_is_left_alone() -> None:
    """ "Public offering" alone may be a Regulation A or foreign prospectus offering: without a
    registration statement or prospectus named, the rule does not assume registration."""
    assert check(PRICING, "OFF004") == []


def test_off005_a_private_exchange_offer_for_notes_files_no_schedule_to() -> None:
    """Debt exchange offers fall under Regulation 14E alone and a private one under an
    exemption: no Schedule TO, so no "where to find it" legend is owed."""
    text = release(
        "Acme Corp. Launches Private Exchange Offer for Its 7.875% Senior Notes Due 2028",
        'today announced that it has commenced a private offer to exchange (the "Exchange '
        'Offer") any and all of its outstanding 7.875% Senior Notes due 2028 for new 9.25% '
        "Senior Secured Notes due 2031, on the terms of a confidential offering memorandum.",
        "The new notes have not been registered under the Securities Act and may not be offered "
        "or sold in the United States absent registration or an applicable exemption.",
    )
    assert check(text, "OFF005") == []


def test_off005_near_miss_an_exchange_offer_for_warrants_on_schedule_to_needs_the_legend() -> None:
    text = release(
        "Acme Corp. Commences Exchange Offer for Its Warrants",
        "today announced that it has commenced an exchange offer relating to its outstanding "
        "public warrants and private placement warrants, each exercisable for one share at "
        "$11.50. Acme has filed a tender offer statement on Schedule TO with the SEC.",
    )
    assert check(text, "OFF005")
    assert check(text, "OFF001") == []  # "private placement warrants" names a class, no sale


def test_off005_a_majority_of_the_minority_vote_is_a_holders_vote() -> None:
    """A going-private merger conditioned on a majority-of-the-minority vote solicits the
    holders' proxies as surely as one "subject to the approval of the shareholders"."""
    text = release(
        "Acme Corp. Enters into Agreement to Be Taken Private for $18.75 per Share",
        "today announced that it has entered into a definitive merger agreement under which an "
        "entity controlled by its founder will acquire all of the shares it does not already "
        "own for $18.75 per share in cash. The merger requires a majority-of-the-minority vote.",
    )
    assert check(text, "OFF005")
    with_legend = text.replace("###", WHERE_TO_FIND + "\n\n" + PARTICIPANTS + "\n\n###")
    assert check(with_legend, "OFF005") == []


def test_off004_a_selling_stockholders_underwritten_secondary_offering_is_registered() -> None:
    """A secondary offering by selling stockholders under the issuer's shelf is a registered
    offering all the same: the issuer's announcement says where the prospectus is (Rule 134)."""
    text = release(
        "Acme Corp. Announces Pricing of Secondary Offering by Selling Stockholders",
        "today announced the pricing of an underwritten secondary offering of 8,000,000 shares "
        "of its common stock by funds affiliated with Delta Partners at $21.50 per share. Acme "
        "is not selling any shares and will not receive any proceeds.",
        "Acme has filed an automatically effective shelf registration statement on Form S-3 "
        "with the SEC for the offering to which this communication relates.",
    )
    [finding] = check(text, "OFF004")
    assert at(text, finding) == "underwritten secondary offering"
    assert check(text.replace("###", PROSPECTUS + "\n\n###"), "OFF004") == []


def test_off004_near_miss_a_secondary_block_sale_without_a_registration_statement() -> None:
    """A sale by a holder that names no registration statement or prospectus (a Rule 144
    block trade) is not read as a registered offering."""
    text = release(
        "Delta Partners Completes Sale of Acme Shares",
        "today announced that funds affiliated with Delta Partners sold 2,000,000 shares of "
        "Acme common stock in an unregistered block trade. Acme will not receive any proceeds.",
    )
    assert check(text, "OFF004") == []


FUND_REORGANIZATION = release(
    "Acme Funds Board Approves Reorganization of Acme Value Fund",
    "today announced that the Board of Trustees of Acme Funds Trust has approved an Agreement "
    "and Plan of Reorganization under which Acme Value Fund would be reorganized into Acme "
    "Core Equity Fund. The reorganization is subject to approval by the Acme Value Fund's "
    "shareholders at a special meeting.",
)


def test_off005_a_fund_reorganization_put_to_a_holders_vote_needs_the_legends() -> None:
    """A fund merger under an agreement and plan of reorganization, voted on by the target
    fund's holders, is a proxy solicitation (Form N-14 proxy statement/prospectus)."""
    findings = check(FUND_REORGANIZATION, "OFF005")
    assert [f.severity.value for f in findings] == ["error", "warning"]
    with_legend = FUND_REORGANIZATION.replace(
        "###", WHERE_TO_FIND + "\n\n" + PARTICIPANTS + "\n\n###"
    )
    assert check(with_legend, "OFF005") == []


def test_off005_near_miss_a_chapter_11_plan_of_reorganization_is_no_combination() -> None:
    text = release(
        "Acme Corp. Announces Confirmation of Its Plan of Reorganization",
        "today announced that the Bankruptcy Court confirmed its plan of reorganization, which "
        "holders of its notes voted to approve. Acme expects to emerge from Chapter 11 in May.",
    )
    assert check(text, "OFF005") == []


@pytest.mark.parametrize(
    "lead",
    [
        "today announced the pricing of its offering of $600 million aggregate principal amount "
        "of 5.125% senior notes due 2032. The notes are being offered under the Company's "
        "effective shelf registration statement on Form S-3.",
        "today announced a rights offering to its stockholders of up to $20 million of common "
        "stock. A registration statement on Form S-3 relating to the rights offering has been "
        "filed and declared effective.",
        "today announced the pricing of a follow-on offering of 4,000,000 shares of common stock "
        "at $15.00 per share, made pursuant to a registration statement on Form S-1 that was "
        "declared effective by the SEC on May 1, 2025.",
    ],
)
def test_off004_an_offering_of_any_name_made_under_a_registration_statement(lead: str) -> None:
    """What makes an offering registered is the registration statement it is made under,
    not its name: a notes offering, a rights offering and a follow-on offering all need to
    say where the prospectus is."""
    text = release("Acme Corp. Announces Offering", lead)
    [finding] = check(text, "OFF004")
    assert finding.severity.value == "error"
    assert check(text.replace("###", PROSPECTUS + "\n\n###"), "OFF004") == []


@pytest.mark.parametrize(
    "lead",
    [
        # a product offering: no securities offered
        "today announced the launch of its managed security offering for hospitals, which "
        "the company sells under a subscription. Registration is free for clinics.",
        # an offering without any registration statement named (a private sale's wording)
        "today announced the closing of its offering of 5,000,000 shares of common stock to a "
        "single institutional investor.",
    ],
)
def test_off004_near_miss_an_offering_not_said_to_be_registered(lead: str) -> None:
    text = release("Acme Corp. Announces Offering", lead)
    assert check(text, "OFF004") == []


def test_off001_a_pipe_spelled_out_is_a_private_placement() -> None:
    text = release(
        "Acme Corp. Announces $8 Million Financing",
        "today announced that it has entered into a securities purchase agreement with an "
        "institutional investor for the sale of 2,000,000 shares of common stock in a private "
        "investment in public equity financing.",
    )
    [finding] = check(text, "OFF001")
    assert at(text, finding) == "private investment in public equity"
    assert check(text.replace("###", LEGEND_135C + "\n\n###"), "OFF001") == []


def test_off005_a_vote_of_both_companies_stockholders() -> None:
    """ "the approval of both companies' stockholders": a plural possessive names the
    holders whose vote is still to come, as "Beta's stockholders" does."""
    text = release(
        "Acme Corp. and Beta Inc. to Combine in All-Stock Transaction",
        "and Beta Inc. today announced a definitive agreement under which Acme will combine "
        "with Beta in an all-stock transaction. The transaction requires the approval of both "
        "companies' stockholders.",
    )
    assert check(text, "OFF005")
    no_vote = text.replace("requires the approval of both companies' stockholders", "is final")
    assert check(no_vote, "OFF005") == []
