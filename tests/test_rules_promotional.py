"""PRM rules: a flagged case and near misses for each rule, the word-list options, the seed's
unsourced market figure, and the examples. Companies, people and figures are fictional."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from disclint.api import Finding
from disclint.engine import Engine, RunOptions
from disclint.readers import read_bytes
from tests.conftest import SEED, needs
from tests.engine_helpers import check_text

_ENGINE = Engine(RunOptions(select=["PRM"], entry_points=False, isolated=True))
_TARGET = Path(tempfile.gettempdir())

LEAD = (
    "DENVER, Colo., March 4, 2025 /PRNewswire/ -- Acme Solar, Inc. (Nasdaq: ACMS), a maker of "
    "flexible solar modules, today announced record shipments."
)
ABOUT = "About Acme Solar, Inc.\n\nAcme Solar, Inc. makes flexible solar modules in Denver."
CONTACT = "Investor Relations: Jane Roe, Acme Solar, Inc., +1 303-555-0100, jroe@acmesolar.example"


def release(
    *paragraphs: str,
    lead: str = LEAD,
    about: str = ABOUT,
    headline: str = "Acme Solar Reports Record Module Shipments",
    legend: str = "",
) -> str:
    body = "\n\n".join([lead, *paragraphs])
    parts = [headline, body, about]
    if legend:
        parts.append("Forward-Looking Statements\n\n" + legend)
    parts.extend([CONTACT, "###"])
    return "\n\n".join(parts) + "\n"


def prm(text: str, code: str | None = None) -> list[Finding]:
    source = read_bytes(text.encode("utf-8"), "release.txt", fmt="txt")
    found = _ENGINE.check_source(source, _TARGET).findings
    return [f for f in found if code is None or f.code == code]


def at(text: str, finding: Finding) -> str:
    """The text a finding points at (offsets into the file)."""
    return text[finding.start.offset : finding.end.offset]


UNLISTED = "DENVER, Colo., March 4, 2025 /PRNewswire/ -- Acme Solar, a maker of flexible solar "
UNLISTED += "modules, today announced record shipments."


def test_the_clean_template_has_no_findings() -> None:
    assert prm(release()) == []


# -- PRM001 hype ------------------------------------------------------------------------------


def test_prm001_hype_in_the_company_s_own_words() -> None:
    text = release("Acme's revolutionary films will transform rooftop solar.")
    [finding] = prm(text, "PRM001")
    assert at(text, finding) == "revolutionary"
    assert finding.severity.value == "warning"
    assert (
        finding.message
        == '"revolutionary" is a promotional claim the release does not substantiate'
    )


def test_prm001_the_company_s_own_possessive_is_still_its_claim() -> None:
    text = release("The Company's groundbreaking films ship in May.")
    assert [at(text, f) for f in prm(text, "PRM001")] == ["groundbreaking"]


def test_prm001_reports_each_term_once_with_the_other_lines() -> None:
    text = release(
        "Our state-of-the-art films set a new bar.",
        "The state-of-the-art line ships in May.",
    )
    [finding] = prm(text, "PRM001")
    assert at(text, finding) == "state-of-the-art"
    assert any(e.startswith("also on line(s) ") for e in finding.evidence)


@pytest.mark.parametrize(
    "text",
    [
        # inside an attributed quotation: the speaker's opinion
        release(
            '"These are revolutionary films for every rooftop," said Jane Roe, Chief Executive '
            "Officer of Acme."
        ),
        # the About boilerplate is reviewed on its own
        release(about="About Acme Solar, Inc.\n\nAcme Solar makes revolutionary solar films."),
        # an About heading run into its paragraph (copy that lost its line break)
        release("About Acme Solar, Inc. Acme Solar makes revolutionary solar films in Denver."),
        # a closing description whose "About" heading a republishing site dropped
        release(
            "Acme Solar, Inc. (Nasdaq: ACMS) is the maker of revolutionary flexible solar films.",
            about="",
        ),
        # a building described as modern, not the company's technology
        release("The company opened a state-of-the-art laboratory in Golden."),
        # another company's product, or an event's billing, described by the release
        release("The films will be fitted to Harbor Lane Motors' groundbreaking vans."),
        release("Harbor Lane Motors’s groundbreaking vans will carry the films."),
        release("According to the organiser, the Summit Awards recognize game-changers in energy."),
        # terms of art and ordinary uses
        release("The FDA granted Breakthrough Device designation to the inverter monitor."),
        release("The portal had 12,000 unique visitors in February."),
        # a private company's product note promotes no security
        release("Acme's revolutionary films will transform rooftop solar.", lead=UNLISTED),
    ],
)
def test_prm001_near_misses(text: str) -> None:
    assert prm(text, "PRM001") == []


def test_prm001_word_list_options(tmp_path: Path) -> None:
    text = release(
        "Acme's revolutionary films are a paradigm shift for rooftops.",
        '"It is a game-changer for our installers," said Jane Roe, Chief Executive Officer of '
        "Acme.",
    )
    config = (
        "[rules.PRM001]\n"
        'ignore = ["revolutionary"]\n'
        'extra-terms = ["paradigm[- ]shift(?:ing)?"]\n'
        "in-quotes = true\n"
    )
    result = check_text(
        tmp_path, text, config=config, options=RunOptions(select=["PRM001"], entry_points=False)
    )
    assert sorted(at(text, f) for f in result.findings) == ["game-changer", "paradigm shift"]


# -- PRM002 stock price -----------------------------------------------------------------------


def test_prm002_issuer_says_its_stock_is_undervalued() -> None:
    text = release("Management believes the company's stock is significantly undervalued.")
    [finding] = prm(text, "PRM002")
    assert at(text, finding) == "undervalued"
    assert finding.message == '"undervalued": the release comments on the company\'s stock price'


def test_prm002_in_a_quote_names_the_speaker() -> None:
    text = release(
        '"We remain committed despite the short-term fluctuation of the stock price," said '
        "John Poe, Chairman of Harbor Lane Holdings."
    )
    [finding] = prm(text, "PRM002")
    assert "John Poe" in finding.message
    assert at(text, finding) == "short-term fluctuation of the stock price"


@pytest.mark.parametrize(
    "text",
    [
        # the cautionary legend is where the price risk belongs
        release(legend="The market price of our stock may fluctuate and may be undervalued."),
        # a reverse split's arithmetic
        release("After the reverse stock split, the share price will increase proportionately."),
        # a premium to market stated as a pricing fact
        release(
            "The conversion price of $0.0040 represents a premium over the current stock price "
            "of $0.0035."
        ),
        # a private company has no stock price to talk up
        release("We believe our company is undervalued by its lenders.", lead=UNLISTED),
    ],
)
def test_prm002_near_misses(text: str) -> None:
    assert prm(text, "PRM002") == []


# -- PRM003 market statistics -----------------------------------------------------------------


def test_prm003_unsourced_market_figure() -> None:
    text = release(
        "The global market for flexible solar is expected to reach $12.4 billion by 2030."
    )
    [finding] = prm(text, "PRM003")
    assert at(text, finding) == "$12.4 billion"
    assert finding.message == (
        'market statistic "market for flexible solar is expected to reach $12.4 billion" has '
        "no source"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "According to Example Research's 2024 outlook, the global market for flexible solar is "
        "expected to reach $12.4 billion by 2030.",
        # the source in the next sentence
        "The global market for flexible solar is expected to reach $12.4 billion by 2030. That "
        "estimate was published by the Example Energy Institute in June 2024.",
        # the company's own figures are not market statistics
        "Our revenue grew 12% to $4.1 million compared with the prior year.",
        "The offering consists of 2,000,000 shares for gross proceeds of $10.0 million.",
    ],
)
def test_prm003_near_misses(paragraph: str) -> None:
    assert prm(release(paragraph), "PRM003") == []


def test_prm003_private_release_is_not_checked_unless_asked(tmp_path: Path) -> None:
    text = release("The rooftop market will reach $12.4 billion by 2030.", lead=UNLISTED)
    assert prm(text, "PRM003") == []
    result = check_text(
        tmp_path,
        text,
        config="[rules.PRM003]\nsecurities-only = false\n",
        options=RunOptions(select=["PRM003"], entry_points=False),
    )
    assert [f.code for f in result.findings] == ["PRM003"]


# -- PRM004 paid promotion --------------------------------------------------------------------


def test_prm004_promotion_network_article_without_compensation() -> None:
    text = release(headline="InvestorNewsBreaks – Acme Solar (Nasdaq: ACMS) Reports Shipments")
    [finding] = prm(text, "PRM004")
    assert finding.severity.value == "info"
    assert "no compensation disclosed" in finding.message


def test_prm004_engagement_without_terms() -> None:
    text = release(
        "Acme has engaged Harbor Lane Partners LLC to provide investor relations services."
    )
    [finding] = prm(text, "PRM004")
    assert finding.severity.value == "info"
    assert at(text, finding).startswith("engaged Harbor Lane Partners")


@pytest.mark.parametrize(
    "text",
    [
        release(
            "Acme has engaged Harbor Lane Partners LLC to provide investor relations services "
            "for $8,000 per month for an initial term of six months."
        ),
        release(
            "InvestorNewsBreaks was paid $2,500 by Acme Solar for the publication of this article.",
            headline="InvestorNewsBreaks – Acme Solar (Nasdaq: ACMS) Reports Shipments",
        ),
        # an IR firm named as the contact is ordinary practice
        release("Harbor Lane Partners LLC is the company's investor relations firm."),
    ],
)
def test_prm004_near_misses(text: str) -> None:
    assert prm(text, "PRM004") == []


# -- PRM005 regulatory endorsement ------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        ("Our SEC-approved offering is now open to all investors.", "SEC-approved"),
        ("The offering was approved by the SEC last week.", "approved by the SEC"),
    ],
)
def test_prm005_implied_endorsement(paragraph: str, words: str) -> None:
    text = release(paragraph)
    [finding] = prm(text, "PRM005")
    assert at(text, finding) == words
    assert finding.severity.value == "error"


@pytest.mark.parametrize(
    "paragraph",
    [
        "The registration statement was declared effective by the SEC on May 1, 2025.",
        "Neither the SEC nor any state securities commission has approved or disapproved of "
        "these securities or passed upon the adequacy of this press release.",
        "Nasdaq approved the listing of the company's common stock on the Nasdaq Capital Market.",
    ],
)
def test_prm005_near_misses(paragraph: str) -> None:
    assert prm(release(paragraph), "PRM005") == []


def test_prm005_checks_private_offerings_too() -> None:
    text = release("Our SEC-approved Regulation A offering is open.", lead=UNLISTED)
    assert [f.code for f in prm(text, "PRM005")] == ["PRM005"]


# -- repository word lists ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "paragraph", "config"),
    [
        (
            "PRM002",
            "Management considers the shares a hidden gem at today's price.",
            'extra-patterns = ["hidden gem"]',
        ),
        (
            "PRM004",
            "Acme has signed on Harbor Lane Partners LLC for shareholder outreach.",
            'extra-announcements = ["signed on [^.]{0,60} for shareholder outreach"]',
        ),
        (
            "PRM005",
            "The offering has the blessing of the Colorado Division of Securities.",
            'extra-patterns = ["blessing of the [^.]{0,40}securities"]',
        ),
    ],
)
def test_extra_patterns_add_a_repository_s_own_phrases(
    tmp_path: Path, code: str, paragraph: str, config: str
) -> None:
    text = release(paragraph)
    assert prm(text, code) == []
    result = check_text(
        tmp_path,
        text,
        config=f"[rules.{code}]\n{config}\n",
        options=RunOptions(select=[code], entry_points=False),
    )
    assert [f.code for f in result.findings] == [code]


@pytest.mark.parametrize(
    ("code", "paragraph", "config"),
    [
        (
            "PRM003",
            "The rooftop market will reach $12.4 billion by 2030, in the view of Harbor Lane "
            "Partners.",
            'extra-sources = ["Harbor Lane Partners"]',
        ),
        (
            "PRM004",
            "Acme has engaged Harbor Lane Partners LLC to provide investor relations services "
            "under the engagement letter filed as Exhibit 10.4.",
            'extra-disclosures = ["engagement letter filed as Exhibit"]',
        ),
        (
            "PRM005",
            "Our SEC-approved offering is described in the legend below as not approved.",
            'extra-legends = ["described in the legend below"]',
        ),
    ],
)
def test_extra_sources_and_legends_silence_a_finding(
    tmp_path: Path, code: str, paragraph: str, config: str
) -> None:
    text = release(paragraph)
    assert [f.code for f in prm(text, code)] == [code]
    result = check_text(
        tmp_path,
        text,
        config=f"[rules.{code}]\n{config}\n",
        options=RunOptions(select=[code], entry_points=False),
    )
    assert result.findings == []


# -- the seed and the examples ----------------------------------------------------------------


@needs(SEED)
def test_seed_market_claim_is_unsourced(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    result = check_text(tmp_path, text, options=RunOptions(select=["PRM003"], entry_points=False))
    [finding] = result.findings
    assert at(text, finding) == "60 Gigawatts"
    assert "well over 60 Gigawatts" in finding.message


@needs(SEED)
def test_seed_promotional_findings(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    result = check_text(tmp_path, text, options=RunOptions(select=["PRM"], entry_points=False))
    assert sorted((f.code, at(text, f)) for f in result.findings) == [
        ("PRM001", "state-of-the-art"),
        ("PRM002", "premium over the current stock price"),
        ("PRM002", "short term fluctuation of the stock price"),
        ("PRM003", "60 Gigawatts"),
    ]


def test_prm004_paragraphs_are_not_searched_when_the_release_names_no_engagement(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The engagement words are looked for paragraph by paragraph only in a release that
    holds their literals; a release that holds them is still read (the finding above)."""
    from disclint.rules import promotional

    searched: list[str] = []
    real = promotional.search_any_of

    def counting(patterns: list[str], text: str) -> object:
        searched.append(text)
        return real(patterns, text)

    monkeypatch.setattr(promotional, "search_any_of", counting)
    assert prm(release("Acme shipped 4,000 panels to Borealis Glass in March."), "PRM004") == []
    assert searched == []
    engaged = release("Acme has engaged Harbor Lane Partners LLC to provide investor relations.")
    assert len(prm(engaged, "PRM004")) == 1 and searched
