"""FLS001-FLS011: forward-looking statements and the PSLRA safe harbor.

Every rule has a release it must flag and near misses it must leave alone. The releases are
invented (names, tickers and numbers), modelled on what real releases do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from disclint.api import Finding, Severity
from disclint.engine import RunOptions
from tests.conftest import EXAMPLES, SEED, needs
from tests.engine_helpers import check_text, codes

ONLY_FLS = RunOptions(select=["FLS"], entry_points=False)

GOOD_LEGEND = (
    "This press release, including the quotations in it, contains forward-looking "
    "statements within the meaning of Section 21E of the Securities Exchange Act of 1934. "
    "Actual results could differ materially because of risks and uncertainties, including "
    "our ability to obtain the remaining financing for the Denver plant, demand for flexible "
    "solar films in Asia and other international markets, the performance of our "
    "manufacturing and distribution partners, dilution from future share issuances, and the "
    'timing of regulatory approvals. These and other risks are described under "Risk '
    'Factors" in our Annual Report on Form 10-K for 2024 and our later Quarterly Reports on '
    "Form 10-Q. These statements speak only as of the date of this release, and we undertake "
    "no obligation to update them except as required by law."
)

BOILERPLATE_LEGEND = (
    "Statements in this press release that are not statements of historical fact are "
    "forward-looking statements. These statements involve known and unknown risks, "
    "uncertainties and other factors that may cause actual results to differ materially. "
    "Readers should also consider the other risks and uncertainties described from time to "
    "time in the Company's filings with the Securities and Exchange Commission."
)


def release(
    body: str,
    *,
    legend: str | None = GOOD_LEGEND,
    headline: str = "Brightfield Films Signs Supply Agreement",
    ticker: str = "Nasdaq: BRFL",
    heading: str = "Forward-Looking Statements",
) -> str:
    """A whole release around ``body`` paragraphs (blank-line separated)."""
    parts = [
        "March 3, 2025",
        headline,
        f"DENVER, CO -- (Wire) -- 03/03/25 -- Brightfield Films, Inc. ({ticker}), a maker of "
        "flexible solar films, announced a supply agreement today.",
        body,
        "About Brightfield Films\n\nBrightfield Films, Inc. makes flexible solar films in "
        "Denver, Colorado. For more information, visit www.brightfield-films.example.",
    ]
    if legend is not None:
        parts += [heading, legend]
    parts += ["Contact: Jo Reyes, ir@brightfield-films.example, +1 303-555-0100"]
    return "\n\n".join(parts) + "\n"


def check(tmp_path: Path, text: str, code: str, config: str | None = None) -> list[Finding]:
    options = RunOptions(select=[code], entry_points=False)
    return check_text(tmp_path, text, config=config, options=options).findings


# -- FLS001 -----------------------------------------------------------------------------------

FLS_BODY = (
    "The Company expects to double its production capacity next year. Brightfield plans to "
    "open a second plant in Arizona by 2027."
)


def test_fls001_forward_looking_statements_without_legend(tmp_path: Path) -> None:
    [finding] = check(tmp_path, release(FLS_BODY, legend=None), "FLS001")
    assert finding.severity is Severity.ERROR
    assert "no cautionary statement" in finding.message
    assert any('"expects"' in line for line in finding.evidence)
    assert any("Nasdaq: BRFL" in line for line in finding.evidence)


def test_fls001_single_sentence_is_a_warning(tmp_path: Path) -> None:
    body = "The Company expects to double its production capacity next year."
    [finding] = check(tmp_path, release(body, legend=None), "FLS001")
    assert finding.severity is Severity.WARNING


def test_fls001_legend_that_only_points_elsewhere(tmp_path: Path) -> None:
    legend = "Our safe harbor statement is available at www.brightfield-films.example/legal."
    [finding] = check(tmp_path, release(FLS_BODY, legend=legend), "FLS001")
    assert "only points elsewhere" in finding.message


@pytest.mark.parametrize(
    "body",
    [
        # past events, logistics and courtesy phrases are not forward-looking statements
        "Revenue was higher than expected in 2023. The call will be held at 4:30 p.m. ET on "
        "March 4, 2025. Investors may access the replay on our website.",
        # appointee role descriptions and filing mechanics
        "In this role, Ms. Ortiz will oversee the Company's plants. She will report to the "
        "Chief Executive Officer. The agreement will be filed as an exhibit to a Current "
        "Report on Form 8-K.",
        # cue words inside quoted titles and negated legal formulas
        'The documentary "What Will Be" premiered in 2024. The shares have not been and will '
        "not be registered under the Securities Act.",
    ],
)
def test_fls001_near_misses_without_legend(tmp_path: Path, body: str) -> None:
    assert check(tmp_path, release(body, legend=None), "FLS001") == []


def test_fls001_silent_with_an_accompanying_legend(tmp_path: Path) -> None:
    assert check(tmp_path, release(FLS_BODY), "FLS001") == []


def test_fls001_private_company_and_publisher_article_are_not_checked(tmp_path: Path) -> None:
    private = release(FLS_BODY, legend=None).replace(" (Nasdaq: BRFL)", "")
    assert check(tmp_path, private, "FLS001") == []
    article = release(FLS_BODY, legend=None, headline="InvestorNewsBreaks – Brightfield Grows")
    assert check(tmp_path, article, "FLS001") == []


def test_fls001_call_announcement_without_oral_statement_caution(tmp_path: Path) -> None:
    body = (
        "Brightfield will host a conference call at 4:30 p.m. ET today to discuss the "
        "agreement. The dial-in number is +1 303-555-0199."
    )
    found = check(tmp_path, release(body), "FLS001")
    # info: counsel reviewing real releases did not act on it (benchmarks/review)
    assert [f.severity for f in found] == [Severity.INFO]
    assert "call or webcast" in found[0].message
    covered = body + (
        " Remarks on the call may contain forward-looking statements; the factors are "
        "described in the Forward-Looking Statements section below."
    )
    assert check(tmp_path, release(covered), "FLS001") == []


def test_fls001_extra_and_ignored_cues_from_config(tmp_path: Path) -> None:
    body = "Brightfield's roadmap includes a new film line. We look forward to it."
    assert check(tmp_path, release(body, legend=None), "FLS001") == []
    config = '[rules.FLS001]\nextra-cues = ["roadmap"]\n'
    [finding] = check(tmp_path, release(body, legend=None), "FLS001", config=config)
    assert '"roadmap"' in " ".join(finding.evidence)
    body = "The Company expects to open a plant. The Company expects to hire staff."
    config = '[rules.FLS001]\nignore-cues = ["expect"]\n'
    assert check(tmp_path, release(body, legend=None), "FLS001", config=config) == []


# -- FLS002 -----------------------------------------------------------------------------------


def test_fls002_boilerplate_legend(tmp_path: Path) -> None:
    [finding] = check(tmp_path, release(FLS_BODY, legend=BOILERPLATE_LEGEND), "FLS002")
    assert finding.severity is Severity.ERROR
    assert "no specific" in finding.message
    assert finding.evidence[0].startswith("specific factors counted: 0")


def test_fls002_a_boilerplate_legend_with_nothing_forward_looking_is_a_warning(
    tmp_path: Path,
) -> None:
    """A results-only release: the legend protects no statement."""
    body = "Revenue for the quarter was $12.1 million, compared with $10.4 million a year ago."
    [finding] = check(tmp_path, release(body, legend=BOILERPLATE_LEGEND), "FLS002")
    assert finding.severity is Severity.WARNING
    assert any("no forward-looking statement" in e for e in finding.evidence)


def test_fls002_a_legend_cut_off_at_the_end_of_the_copy_is_a_reminder(tmp_path: Path) -> None:
    text = release(FLS_BODY, legend=BOILERPLATE_LEGEND)
    text = (
        text[: text.index("Contact:")].rstrip() + " Such factors include, without limitation, the\n"
    )
    [finding] = check(tmp_path, text, "FLS002")
    assert finding.severity is Severity.INFO
    assert any("cut off" in e for e in finding.evidence)
    # near miss: the same legend, complete, with the copy cut in a later section
    whole = release(FLS_BODY, legend=BOILERPLATE_LEGEND).replace(
        "Contact: Jo Reyes, ir@brightfield-films.example, +1 303-555-0100",
        "About Brightfield Films\n\nBrightfield Films, Inc. makes flexible solar films in "
        "Denver and the",
    )
    [finding] = check(tmp_path, whole, "FLS002")
    assert finding.severity is Severity.ERROR


def test_fls002_threshold_is_an_option(tmp_path: Path) -> None:
    legend = (
        "Forward-looking statements involve risks, including our ability to obtain "
        "financing, and demand for flexible solar films. We undertake no obligation to update "
        "them."
    )
    [finding] = check(tmp_path, release(FLS_BODY, legend=legend), "FLS002")
    assert "only 2 specific" in finding.message
    assert finding.severity is Severity.WARNING  # a short list, not none: a warning
    config = "[rules.FLS002]\nmin-factors = 2\n"
    assert check(tmp_path, release(FLS_BODY, legend=legend), "FLS002", config=config) == []


@pytest.mark.parametrize(
    "legend",
    [
        GOOD_LEGEND,
        # Canadian style: risks listed as "that ..." clauses after "risks include:"
        "This release contains forward-looking information. Such risks include, without "
        "limitation: that the Company will not obtain the exchange's approval; that the "
        "Company will be unable to use the proceeds for drilling; that metal prices may fall; "
        "and that permits may be delayed. The Company undertakes no obligation to update it.",
    ],
)
def test_fls002_specific_factors_pass(tmp_path: Path, legend: str) -> None:
    assert check(tmp_path, release(FLS_BODY, legend=legend), "FLS002") == []


def test_fls002_a_risk_named_in_a_sentence_of_its_own_counts(tmp_path: Path) -> None:
    """ "There is uncertainty about X": no "including", but a concrete risk all the same."""
    legend = (
        "Forward-looking statements involve known and unknown risks. There is uncertainty "
        "about the supply of polymer film from our single supplier in Ohio. We undertake no "
        "obligation to update them."
    )
    [finding] = check(tmp_path, release(FLS_BODY, legend=legend), "FLS002")
    assert "only 1 specific" in finding.message
    assert finding.severity is Severity.WARNING


def test_fls002_legend_formula_phrases_are_not_factors(tmp_path: Path) -> None:
    legend = (
        "These forward-looking statements involve risks and uncertainties that are difficult "
        "to predict. Investors should not place reliance on these forward-looking statements. "
        "We undertake no obligation to update them, whether as a result of new information, "
        "future events or otherwise."
    )
    [finding] = check(tmp_path, release(FLS_BODY, legend=legend), "FLS002")
    assert "no specific" in finding.message


# -- FLS003 -----------------------------------------------------------------------------------

LEGEND_NO_ASIA = GOOD_LEGEND.replace(" in Asia and other international markets", "")


def test_fls003_topic_the_legend_does_not_address(tmp_path: Path) -> None:
    body = "Brightfield will enter the Japanese market with its films in 2026."
    [finding] = check(tmp_path, release(body, legend=LEGEND_NO_ASIA), "FLS003")
    assert "Japanese market" in finding.message
    assert finding.severity is Severity.INFO  # demoted after the precision review


def test_fls003_hypothetical_caution_for_a_materialized_risk(tmp_path: Path) -> None:
    body = (
        "Our auditor has expressed substantial doubt about the Company's ability to continue "
        "as a going concern. The Company expects to raise funds from investors."
    )
    legend = GOOD_LEGEND + " We may need to raise additional financing."
    found = check(tmp_path, release(body, legend=legend), "FLS003")
    assert any("has happened" in f.message for f in found)


@pytest.mark.parametrize(
    "body",
    [
        "Brightfield will enter the Asia-Pacific market with its films in 2026.",  # covered
        "Brightfield entered the Japanese market in 2021.",  # past fact, not forward-looking
    ],
)
def test_fls003_near_misses(tmp_path: Path, body: str) -> None:
    assert check(tmp_path, release(body), "FLS003") == []


def test_fls003_leaves_factorless_legends_to_fls002(tmp_path: Path) -> None:
    body = "Brightfield will enter the Japanese market with its films in 2026."
    assert check(tmp_path, release(body, legend=BOILERPLATE_LEGEND), "FLS003") == []


# -- FLS004 -----------------------------------------------------------------------------------


def test_fls004_vague_reference_to_filings(tmp_path: Path) -> None:
    [finding] = check(tmp_path, release(FLS_BODY, legend=BOILERPLATE_LEGEND), "FLS004")
    assert "without naming the report" in finding.message
    assert "filings" in finding.evidence[0]


def test_fls004_no_reference_at_all(tmp_path: Path) -> None:
    legend = "Forward-looking statements involve risks, including our ability to obtain financing."
    [finding] = check(tmp_path, release(FLS_BODY, legend=legend), "FLS004")
    assert "does not point to any filing" in finding.message


@pytest.mark.parametrize(
    "legend",
    [
        GOOD_LEGEND,
        "Forward-looking statements involve risks described in Item 1A of our latest annual "
        "report and in our SEC filings.",
        # a Canadian issuer's legend points to SEDAR+, reviewed by the CA pack
        "Forward-looking information involves risks described in the Company's filings on "
        "SEDAR+ at www.sedarplus.ca.",
    ],
)
def test_fls004_near_misses(tmp_path: Path, legend: str) -> None:
    assert check(tmp_path, release(FLS_BODY, legend=legend), "FLS004") == []


# -- FLS005 -----------------------------------------------------------------------------------


def test_fls005_no_update_disclaimer(tmp_path: Path) -> None:
    [finding] = check(tmp_path, release(FLS_BODY, legend=BOILERPLATE_LEGEND), "FLS005")
    assert "no obligation to update" in finding.message


def test_fls005_promise_to_update(tmp_path: Path) -> None:
    body = FLS_BODY + " We will update this guidance every month."
    [finding] = check(tmp_path, release(body), "FLS005")
    assert "promises to update" in finding.message


@pytest.mark.parametrize(
    "legend",
    [
        GOOD_LEGEND,
        BOILERPLATE_LEGEND + " The Company disclaims any obligation to revise these statements.",
        BOILERPLATE_LEGEND + " The Company assumes no obligation and does not intend to update "
        "or revise these forward-looking statements.",
    ],
)
def test_fls005_near_misses(tmp_path: Path, legend: str) -> None:
    body = FLS_BODY + " We will update investors when the plant opens."  # not a guidance promise
    assert check(tmp_path, release(body, legend=legend), "FLS005") == []


# -- FLS006 -----------------------------------------------------------------------------------

PENNY_BODY = (
    "The conversion price of $0.0040 per share is a premium to the closing bid price of "
    "$0.0021. The Company expects to expand production next year."
)
PSLRA_LEGEND = (
    "This release contains forward-looking statements within the meaning of the Private "
    "Securities Litigation Reform Act of 1995. " + GOOD_LEGEND
)


def test_fls006_otc_issuer_with_sub_dollar_price_claims_the_statute(tmp_path: Path) -> None:
    text = release(PENNY_BODY, legend=PSLRA_LEGEND, ticker="OTCQB: BRFL")
    [finding] = check(tmp_path, text, "FLS006")
    assert finding.severity is Severity.WARNING
    assert 'OTC venue: "OTCQB: BRFL"' in finding.evidence
    assert any("$0.0021" in line or "$0.0040" in line for line in finding.evidence)
    assert any("Private Securities Litigation Reform Act" in line for line in finding.evidence)


def test_fls006_from_the_issuer_profile(tmp_path: Path) -> None:
    config = "[issuer]\npenny-stock = true\n"
    [finding] = check(tmp_path, release(FLS_BODY, legend=PSLRA_LEGEND), "FLS006", config)
    assert finding.evidence[0] == "issuer profile: penny-stock = true"


def test_fls006_info_when_no_statutory_claim(tmp_path: Path) -> None:
    text = release(PENNY_BODY, legend=BOILERPLATE_LEGEND, ticker="OTCQB: BRFL")
    [finding] = check(tmp_path, text, "FLS006")
    assert finding.severity is Severity.INFO


@pytest.mark.parametrize(
    ("body", "ticker", "config"),
    [
        (PENNY_BODY, "Nasdaq: BRFL", None),  # exchange-listed, not OTC
        (
            "Earnings per share were $0.12 and the dividend is $0.05 per share. " + FLS_BODY,
            "OTCQX: BRFL",
            None,
        ),  # per-share figures that are not the stock's price
        (PENNY_BODY, "OTCQB: BRFL", "[issuer]\npenny-stock = false\n"),  # 3a51-1 exception
    ],
)
def test_fls006_near_misses(tmp_path: Path, body: str, ticker: str, config: str | None) -> None:
    text = release(body, legend=PSLRA_LEGEND, ticker=ticker)
    assert check(tmp_path, text, "FLS006", config) == []


# -- FLS007 -----------------------------------------------------------------------------------


def test_fls007_tender_offer_with_legend(tmp_path: Path) -> None:
    body = "Brightfield today commenced a tender offer for all outstanding shares of Sunway Corp."
    [finding] = check(tmp_path, release(body + " " + FLS_BODY), "FLS007")
    assert "tender offer" in finding.message
    assert finding.severity is Severity.WARNING


def test_fls007_not_a_reporting_company(tmp_path: Path) -> None:
    config = '[issuer]\nreporting-status = "none"\n'
    [finding] = check(tmp_path, release(FLS_BODY), "FLS007", config)
    assert "not an Exchange Act reporting company" in finding.message


@pytest.mark.parametrize(
    "body",
    [
        "Since its initial public offering in 2015, Brightfield has grown every year.",
        "This announcement does not constitute an offer to purchase or a tender offer.",
    ],
)
def test_fls007_near_misses(tmp_path: Path, body: str) -> None:
    assert check(tmp_path, release(body + " " + FLS_BODY), "FLS007") == []


# -- FLS008 -----------------------------------------------------------------------------------

INVESTOR_QUOTE = (
    'Mr. Wen Hao, Chairman of Harbourline Capital, said "We will provide our distribution '
    'network to help Brightfield commercialize its films across Asia."'
)
LEGEND_COMPANY_ONLY = GOOD_LEGEND.replace(", including the quotations in it,", "").replace(
    "the performance of our manufacturing and distribution partners, ", ""
)


def test_fls008_third_party_quote_not_covered(tmp_path: Path) -> None:
    [finding] = check(tmp_path, release(INVESTOR_QUOTE, legend=LEGEND_COMPANY_ONLY), "FLS008")
    assert "Harbourline Capital" in finding.message
    assert any(line.startswith("speaker:") and "Wen Hao" in line for line in finding.evidence)
    assert "does not mention quotations" in finding.evidence[-1]


@pytest.mark.parametrize(
    "body",
    [
        # the issuer's own officer
        'Jo Reyes, Chief Executive Officer of Brightfield Films, said "We will open a second '
        'plant in Arizona."',
        # a third party speaking about the past
        'Mr. Wen Hao, Chairman of Harbourline Capital, said "Brightfield has made steady '
        'progress since we invested in January."',
    ],
)
def test_fls008_near_misses(tmp_path: Path, body: str) -> None:
    assert check(tmp_path, release(body, legend=LEGEND_COMPANY_ONLY), "FLS008") == []


SUBSIDIARY_QUOTE = (
    'Ana Ruiz, Chief Executive Officer of Solwerk, said "Solwerk will double its output next year."'
)


@pytest.mark.parametrize(
    ("about", "flagged"),
    [
        # bought by the issuer: its officers speak for the issuer
        (
            "Solwerk GmbH, founded in 2009 and acquired by Brightfield Films in 2024, makes "
            "inverters.",
            False,
        ),
        # still to be bought, or bought by someone else: a third party
        ("Solwerk GmbH, to be acquired by Brightfield Films next year, makes inverters.", True),
        ("Solwerk GmbH, acquired by Harbourline Capital in 2024, makes inverters.", True),
    ],
)
def test_fls008_a_company_the_issuer_acquired(tmp_path: Path, about: str, flagged: bool) -> None:
    text = release(f"{SUBSIDIARY_QUOTE}\n\n{about}", legend=LEGEND_COMPANY_ONLY)
    assert bool(check(tmp_path, text, "FLS008")) is flagged


def test_fls008_affiliates_option(tmp_path: Path) -> None:
    config = '[rules.FLS008]\naffiliates = ["Harbourline Capital"]\n'
    text = release(INVESTOR_QUOTE, legend=LEGEND_COMPANY_ONLY)
    assert check(tmp_path, text, "FLS008", config) == []


# -- FLS010 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The partnership will make us the leading supplier of solar films.", "leading"),
        ("Investors are guaranteed returns on the new plant.", "guaranteed returns"),
    ],
)
def test_fls010_promissory_language(tmp_path: Path, body: str, word: str) -> None:
    [finding] = check(tmp_path, release(body), "FLS010")
    assert word in finding.message
    assert finding.severity is Severity.WARNING


@pytest.mark.parametrize(
    "body",
    [
        "We believe the partnership could strengthen our position as a leading supplier.",
        "The conference call will begin at 4:30 p.m. ET and will discuss revenue.",
        "There can be no guarantee that the plant will be profitable.",
    ],
)
def test_fls010_near_misses(tmp_path: Path, body: str) -> None:
    assert check(tmp_path, release(body), "FLS010") == []


# -- FLS011 -----------------------------------------------------------------------------------


def test_fls011_projection_without_basis(tmp_path: Path) -> None:
    body = "The Company expects revenue of $50 million in 2026."
    [finding] = check(tmp_path, release(body), "FLS011")
    assert "$50 million" in finding.message


@pytest.mark.parametrize(
    "body",
    [
        "The Company expects revenue of $50 million in 2026, based on signed supply "
        "agreements. Revenue was $12 million last year.",
        "The Company expects the $5 million private placement to close on March 7, 2025.",
        "Revenue was $12 million in 2024.",
    ],
)
def test_fls011_near_misses(tmp_path: Path, body: str) -> None:
    assert check(tmp_path, release(body), "FLS011") == []


# -- the seed-shaped example and the real seed ---------------------------------------------


@needs(EXAMPLES / "strategic-investor-conversion.txt")
def test_seed_shaped_example(tmp_path: Path) -> None:
    text = (EXAMPLES / "strategic-investor-conversion.txt").read_text(encoding="utf-8")
    found = set(codes(check_text(tmp_path, text, options=ONLY_FLS).findings))
    assert {"FLS002", "FLS004", "FLS005", "FLS006", "FLS008"} <= found
    assert "FLS001" not in found
    assert "FLS010" in found  # the investor's "will ... help the Company swiftly commercialize"


@needs(SEED)
def test_real_seed(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    findings = check_text(tmp_path, text, options=ONLY_FLS).findings
    found = set(codes(findings))
    assert {"FLS002", "FLS004", "FLS005", "FLS006", "FLS008"} <= found
    assert "FLS001" not in found
    [penny] = [f for f in findings if f.code == "FLS006"]
    assert any("OTC" in line for line in penny.evidence)


# -- the cue reading shared by the rules ------------------------------------------------------


def test_cue_reading_drops_non_forward_looking_uses(tmp_path: Path) -> None:
    from disclint.cues import read_cues
    from disclint.facts import Facts
    from disclint.parse import parse_path

    body = (
        "On February 10, 2025 the webcast will be archived for ninety days. "
        'Its slogan is "tomorrow will shine" this season. '
        "The shares will not be registered under the Securities Act. "
        "What would you do with more power? "
        "The Company expects to ship the first films in May 2026."
    )
    path = tmp_path / "r.txt"
    path.write_text(release(body), encoding="utf-8")
    reading = read_cues(Facts(parse_path(str(path))))
    reasons = {d.reason for d in reading.dropped}
    assert "past event (dated before the release)" in reasons
    assert "inside a quoted title or term" in reasons
    assert "fixed legal legend phrase" in reasons
    assert "question, not a statement" in reasons
    body_fls = [s for s in reading.sentences if s.section in ("body", "dateline")]
    assert [s.cues[0].text for s in body_fls] == ["expects"]
    assert all(not reading.legend.contains(c.start) for c in reading.cues)


HEADS_LEGEND = (
    "Forward-looking statements involve risks and uncertainties. Actual results may differ "
    "materially because of Brightfield Films' ability to obtain polymer film from Ohio, the "
    "Company's failure to secure permits in Arizona, and our ability to hire installers. "
    "We undertake no obligation to update them."
)


@pytest.mark.parametrize(
    ("legend", "counted"),
    [
        (HEADS_LEGEND, "only 3 specific"),
        # near miss: no factor head word ("ability", "failure", ...) in any sentence
        (
            "Forward-looking statements involve risks that are difficult to predict. We "
            "undertake no obligation to update them.",
            "names no specific",
        ),
    ],
)
def test_fls002_factor_heads_count_alike_with_their_word_prefilter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, legend: str, counted: str
) -> None:
    """A factor head ("our ability to ...", "the Company's failure to ...") is looked for
    only in a legend sentence holding one of its words: the factors counted are those of
    running every head over every sentence."""
    from disclint.rules import fls

    config = "[rules.FLS002]\nmin-factors = 9\n"
    text = release(FLS_BODY, legend=legend)
    filtered = [f.message for f in check(tmp_path, text, "FLS002", config=config)]
    assert len(filtered) == 1 and counted in filtered[0]

    class EveryHead:
        def __init__(self, patterns: tuple[object, ...]) -> None:
            self.count = len(patterns)

        def may_match(self, folded: str) -> list[bool]:
            return [True] * self.count

    monkeypatch.setattr(fls, "literal_index", EveryHead)
    assert [f.message for f in check(tmp_path, text, "FLS002", config=config)] == filtered


def test_a_legend_s_factors_are_counted_once_for_its_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FLS002, FLS003 and FLS004 read the same legend's factors: counted once a release
    (``_factors``), with the findings of counting them each time."""
    from disclint.rules import fls

    text = release(
        "Brightfield will enter the Japanese market with its films in 2026.",
        legend=LEGEND_NO_ASIA,
    )
    options = RunOptions(select=["FLS002", "FLS003", "FLS004"], entry_points=False)
    once = [(f.code, f.message) for f in check_text(tmp_path, text, options=options).findings]
    counted: list[object] = []
    real = fls.count_factors

    def counting(legend: object) -> object:
        counted.append(legend)
        return real(legend)  # type: ignore[arg-type]

    monkeypatch.setattr(fls, "count_factors", counting)
    again = [(f.code, f.message) for f in check_text(tmp_path, text, options=options).findings]
    assert again == once and any(code == "FLS003" for code, _ in once)
    assert len(counted) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Brightfield will enter the Japanese market with its films in 2026.",
        "Brightfield expects to raise additional financing and obtain FDA approval.",
        "Brightfield expects to hold its picnic in June.",  # no topic: no pattern runs
    ],
)
def test_uncovered_topics_are_those_of_every_pattern(sentence: str) -> None:
    """The topics a sentence's literal index lets through are those every topic's and
    place's pattern finds when all run (the index only skips patterns that cannot match)."""
    from types import SimpleNamespace

    from disclint.rules import fls

    def unindexed(text: str, legend: str) -> list[tuple[str, str]]:
        patterns = fls._topic_patterns()
        found = [
            (label, fls._readable(covers.pattern))
            for label, pattern, covers in patterns["topics"]
            if pattern.search(text) and not covers.search(legend)
        ]
        for place in patterns["places"]:
            match = place.search(text)
            if match and not place.search(legend) and not patterns["places_covered"].search(legend):
                found.append(
                    (
                        f"the {match.group()} market",
                        f"{match.group()}, international or foreign risks",
                    )
                )
        return found

    fls_sentence = SimpleNamespace(text=sentence)  # all the reading asks of it
    for legend in (LEGEND_NO_ASIA, "Nothing here."):
        found = list(fls._uncovered_topics(fls_sentence, legend))  # type: ignore[arg-type]
        assert found == unindexed(sentence, legend)
        assert bool(found) is ("picnic" not in sentence) or legend != "Nothing here."
