"""EDT editorial rules: what each catches, the near misses it leaves alone, its documented
examples, and the seed. Companies, people, places and numbers are fictional."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from disclint.api import Finding, Rule
from disclint.engine import RunOptions
from disclint.fixes import apply_edits, choose_edits
from disclint.rules.editorial import RULES
from tests.conftest import SEED, needs
from tests.engine_helpers import check_text

ONLY_EDT = RunOptions(select=["EDT"], entry_points=False)

LEAD = "TORONTO, Jan. 5, 2024 (GLOBE NEWSWIRE) -- "


def edt(tmp_path: Path, text: str, name: str = "release.txt") -> list[Finding]:
    result = check_text(tmp_path, text, name, options=ONLY_EDT)
    assert result.error is None
    return result.findings


def coded(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def release(headline: str, *body: str, tail: str = "") -> str:
    paragraphs = [headline, LEAD + body[0], *body[1:]]
    return "\n\n".join(paragraphs) + "\n" + tail


STORY = (
    "Norvale Mining Corp. (TSX: NVM) today reported record gold output of 52,000 ounces for "
    "the fourth quarter at its Red Lake mine, up 18% from a year earlier."
)


# -- documented examples ---------------------------------------------------------------------


def as_release(example: str) -> tuple[str, str]:
    """The release (and configuration) a documented example is checked in: the example
    frame of ``disclint.ruledocs.example_release`` where this version has one, else the
    example's own parts with their ``[part]`` tags taken off."""
    try:
        from disclint.ruledocs import example_release  # type: ignore[attr-defined]
    except ImportError:
        return re.sub(r"^\[[a-z]+\][ \t]?", "", example, flags=re.MULTILINE) + "\n", ""
    release_text: str
    config: str
    release_text, config = example_release(example)
    return release_text, config


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_examples_behave_as_documented(tmp_path: Path, rule: Rule) -> None:
    assert rule.examples, f"{rule.code} documents no example"
    for flagged, accepted in rule.examples:
        for example, expected in ((flagged, True), (accepted, False)):
            text, config = as_release(example)
            result = check_text(tmp_path, text, config=config or None, options=ONLY_EDT)
            found = bool(coded(result.findings, rule.code))
            assert found is expected, f"{rule.code} {'misses' if expected else 'flags'}: {text}"


def test_every_rule_is_documented() -> None:
    assert [r.code for r in RULES] == [f"EDT00{i}" for i in range(1, 9)]
    for rule in RULES:
        assert rule.family == "editorial" and rule.citation and len(rule.rationale) > 200


# -- EDT001 placeholders ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headline", "body", "found"),
    [
        ("Headline", STORY, "Headline"),
        ("Open Sans", STORY, "Open Sans"),
        (
            "Norvale Reports Output",
            "Norvale Mining Corp. reported Lorem ipsum dolor.",
            "Lorem ipsum",
        ),
        ("Norvale Reports Output", "Dear {{ first_name }}, Norvale Mining Corp. reported.", "{{"),
        ("Norvale Reports Output", "«Company» reported record output this quarter.", "«Company»"),
        ("Norvale Reports Output", "Norvale [insert CEO quote here] reported.", "[insert"),
        ("Norvale Reports Output", "[Company] reported record output this quarter.", "[Company]"),
        ("Norvale Reports Output", "Revenue rose XX% to $X.X million in Q2 20XX.", "XX%"),
        (
            "Norvale Reports Output",
            "Company Name (NASDAQ: XXX) reported record output.",
            "Company Name",
        ),
        ("Norvale Reports Output", "Norvale Mining Corp. reported revenue of $TK million.", "TK"),
    ],
)
def test_placeholders_are_errors(tmp_path: Path, headline: str, body: str, found: str) -> None:
    findings = coded(edt(tmp_path, release(headline, body)), "EDT001")
    assert findings and any(found in f.message for f in findings)
    assert all(f.severity.value == "error" for f in findings)


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # each figure placeholder alone in its block: the block's capital "X" lets it be read
        ("Norvale Mining Corp. will report on June XX.", "June XX"),
        ("Norvale Mining Corp. expects output to rise in 20XX.", "20XX"),
        ("Norvale Mining Corp. (NASDAQ: XXX) reported record output.", "XXX"),
        ("Norvale Mining Corp. reported revenue of $X.X million.", "$X.X"),
    ],
)
def test_figure_placeholders_alone_in_a_block(tmp_path: Path, body: str, found: str) -> None:
    findings = coded(edt(tmp_path, release("Norvale Mining Reports Output", body)), "EDT001")
    assert [f for f in findings if found in f.message]


def test_figure_placeholders_require_their_capital_x() -> None:
    """The character test made before the figure placeholders run: one every alternative
    holds as a mandatory literal, none when an alternative lacks it or ignores case."""
    from disclint.api import required_character

    assert required_character(r"(?:\$\s?X{1,3})|(?:\b(?:19|20)XX\b)") == "X"
    assert required_character(r"(?:\$\s?X{1,3})|(?:\bX?\d%)") is None
    assert required_character(r"(?i:\$X)|(?:X)") is None
    assert required_character(r"(?:[XZ]Y)|(?:XY)") == "Y"  # a class is no one character


@pytest.mark.parametrize(
    "body",
    [
        STORY + " Revenue of $xx million is written in lower case: not the template's mark.",
        STORY + " Shares of Teekay (NYSE: TK) were not affected.",  # a ticker, not "to come"
        STORY + " TK Elevator will service the new shaft.",  # a company
        STORY + "\n\nCompany Name: Norvale Mining Corp.\n\nContact Person: Dana Whitcombe",
        STORY + " Shareholders approved the Company Name Change at the meeting.",
        STORY + " The Company announced its new Company Name at the meeting.",
        STORY + " The Xbox division and Model X sales were 20% higher.",
        STORY + " See the press release title and headline guide in [1].",
    ],
)
def test_placeholder_near_misses(tmp_path: Path, body: str) -> None:
    assert coded(edt(tmp_path, release("Norvale Mining Reports Output", body)), "EDT001") == []


def test_headline_words_are_placeholders_only_when_they_are_the_whole_headline(
    tmp_path: Path,
) -> None:
    text = release("Norvale Launches Headline Series on Open Sans Typography", STORY)
    assert coded(edt(tmp_path, text), "EDT001") == []


def test_font_names_can_be_turned_off(tmp_path: Path) -> None:
    config = "[rules.EDT001]\nfonts = false\n"
    result = check_text(
        tmp_path,
        release("Open Sans", STORY),
        config=config,
        options=RunOptions(select=["EDT"], entry_points=False),
    )
    assert coded(result.findings, "EDT001") == []


# -- EDT002 drafting notes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (STORY + "[AB1] The mine expanded.", "[AB1]"),
        (
            STORY + " Please note we are still finalizing executive approval of the quote.",
            "Please note we are still finalizing",
        ),
        (STORY + " Quote to come from CEO.", "Quote to come"),
        (STORY + " The pour is pending client approval.", "pending client approval"),
        (STORY + " Insert quote.", "Insert quote"),
        (STORY + " Call date: to be confirmed.", "to be confirmed"),
        (STORY + "\n\nNot for release until approved by legal.", "Not for release"),
        (STORY + "\nCommented [KG2]: check figure", "Commented [KG2]:"),
    ],
)
def test_drafting_notes_are_reported(tmp_path: Path, text: str, found: str) -> None:
    findings = coded(edt(tmp_path, release("Norvale Mining Reports Output", text)), "EDT002")
    assert [f.message for f in findings if found in f.message], findings


def test_draft_marking_on_top(tmp_path: Path) -> None:
    text = "DRAFT v2\n\n" + release("Norvale Mining Reports Output", STORY)
    [finding] = coded(edt(tmp_path, text), "EDT002")
    assert "DRAFT v2" in finding.message


def test_tbd_is_a_warning(tmp_path: Path) -> None:
    [finding] = coded(
        edt(tmp_path, release("Norvale Mining Reports Output", STORY + " Call time: TBD.")),
        "EDT002",
    )
    assert finding.severity.value == "warning"


@pytest.mark.parametrize(
    "text",
    [
        STORY + " Please note the CUSIP change effective July 1, 2024.",
        STORY + " Please note that we will not host a conference call this quarter.",
        STORY + " Please note that shareholder approval is required for the merger.",
        STORY + " Assay grades are to be confirmed by an independent laboratory.",
        STORY + " Please advise the operator that you are calling for the Norvale call.",
        STORY + " Its provisional patents are awaiting final approval from the USPTO.",
        STORY + " The merger is pending regulatory approval.",
        STORY + " Proceeds fund TBA mortgage securities and the NFL draft partnership.",
        STORY + " Forward-looking words include “draft”, “plan” and “expect”.",
        STORY + "\n\nNote to editors: photos are available on request.",
    ],
)
def test_drafting_note_near_misses(tmp_path: Path, text: str) -> None:
    assert coded(edt(tmp_path, release("Norvale Mining Reports Output", text)), "EDT002") == []


def test_draft_in_a_capitals_headline_is_a_word(tmp_path: Path) -> None:
    text = release("NORVALE SIGNS NFL DRAFT SPONSORSHIP", STORY)
    assert coded(edt(tmp_path, text), "EDT002") == []


# -- EDT003 names ----------------------------------------------------------------------------


def test_company_name_with_a_slipped_suffix(tmp_path: Path) -> None:
    text = release(
        "Sirona Biochem Reports Results",
        "Sirona Biochem Crop. (TSX-V: SBM) reported results. Sirona Biochem Corp. develops "
        "compounds for many programs.",
        "About Sirona Biochem Corp.\n\nSirona Biochem Corp. develops compounds.",
    )
    [finding] = coded(edt(tmp_path, text), "EDT003")
    assert '"Crop"' in finding.message and '"Corp"' in finding.message
    assert any("Biochem" in line for line in finding.evidence)


def test_person_spelled_once_another_way_in_a_quote_attribution(tmp_path: Path) -> None:
    text = release(
        "Norvale Appoints Director",
        "Norvale Mining Corp. appointed Dana Whitcombe to its board. Ms. Whitcombe chaired "
        "Asahi Metals.",
        "“We are glad to have her insight on the board,” said Dana Whitcombe's colleague.",
        "Whitcombe will join the audit committee. Ms. Whitcmobe starts on March 1.",
    )
    [finding] = coded(edt(tmp_path, text), "EDT003")
    assert '"Whitcmobe"' in finding.message


@pytest.mark.parametrize(
    "body",
    [
        # possessive, plural, legal suffix, initials, first-name-only second mention
        "Norvale Mining Corp. and Norvale’s board named Dana Whitcombe. Dana said Norvale "
        "Mining Corporation's plans and the Norvales' history matter. D. Whitcombe agreed.",
        # two people whose names differ by one letter, each used often
        "Jan Hansen and Jon Hanson joined. Mr. Hansen leads sales; Mr. Hanson leads "
        "finance. Hansen and Hanson report to the board. Hansen spoke; Hanson listened.",
        # a place beside a person
        "Justin Carver joined in Austin. Justin Carver said Justin Carver would stay.",
        # a variant that is an ordinary word of the release
        "Marina Cole joined. Marina Cole leads the marine unit, the Marine division.",
        # an abbreviation built on a name
        "Adjusted EBITDA rose; EBITDA margin and AEBITDA per ounce rose. EBITDA rose.",
        # a brand coined from the name by a new first letter (an online store)
        "Norvale Beverage sells Norvale drinks. Norvale grew; Norvale hired. Its online "
        "store, Qorvale, ships them.",
    ],
)
def test_name_near_misses(tmp_path: Path, body: str) -> None:
    assert coded(edt(tmp_path, release("Norvale Update", body)), "EDT003") == []


def test_a_slip_inside_a_name_is_still_caught_beside_coined_brands(tmp_path: Path) -> None:
    body = (
        "Norvale Beverage sells Norvale drinks. Norvale grew; Norvale hired. Its online "
        "store, Qorvale, ships them. Norvlae expects more."
    )
    [finding] = coded(edt(tmp_path, release("Norvale Update", body)), "EDT003")
    assert '"Norvlae"' in finding.message


def test_ticker_written_two_ways(tmp_path: Path) -> None:
    text = release(
        "Norvale Mining Reports Output",
        "Norvale Mining Corp. (NASDAQ: NVMC) reported output.",
        "Shares of Norvale Mining Corp. (NASDAQ: NMVC) rose.",
    )
    [finding] = coded(edt(tmp_path, text), "EDT003")
    assert '"NMVC"' in finding.message


def test_share_classes_and_units_are_not_ticker_slips(tmp_path: Path) -> None:
    text = release(
        "Norvale Mining Reports Output",
        "Norvale Mining Corp. (TSX: NVM.A, NVM.B) and its units (Nasdaq: NVMCU, NVMCW) rose.",
    )
    assert coded(edt(tmp_path, text), "EDT003") == []


# -- EDT004 periods --------------------------------------------------------------------------


def test_headline_quarter_contradicts_the_body(tmp_path: Path) -> None:
    text = release(
        "Norvale Mining Reports Q1 2019 Results",
        "Norvale Mining Corp. reported revenue for the three months ended March 28, 2020 "
        "of $5.2 million, compared with $4.1 million for the quarter ended March 30, 2019.",
    )
    [finding] = coded(edt(tmp_path, text), "EDT004")
    assert "Q1 2019" in finding.message and "March 28, 2020" in finding.message


def test_headline_fiscal_year_contradicts_the_body(tmp_path: Path) -> None:
    text = release(
        "Norvale Mining Reports Fiscal 2021 Results",
        "Norvale Mining Corp. reported revenue of $20 million for the fiscal year ended "
        "December 31, 2023.",
    )
    assert coded(edt(tmp_path, text), "EDT004")


@pytest.mark.parametrize(
    ("headline", "end"),
    [
        ("Norvale Reports Fiscal 2024 First Quarter Results", "May 4, 2024"),  # retailer
        ("Norvale Reports Q1 FY2025 Results", "June 30, 2024"),  # April-March fiscal year
        ("Norvale Reports Q1 2025 Results", "December 31, 2024"),  # October fiscal year
        ("Norvale Reports Q1 2025 Revenue Up 40% From Q1 2024", "March 31, 2025"),
        ("Norvale Reports First Quarter Results", "March 31, 2020"),  # no year: not judged
    ],
)
def test_fiscal_calendars_are_not_contradictions(tmp_path: Path, headline: str, end: str) -> None:
    lead = "TORONTO, Aug. 5, 2025 (GLOBE NEWSWIRE) -- "
    body = f"Norvale Mining Corp. reported results for the quarter ended {end}."
    text = f"{headline}\n\n{lead}{body}\n"
    assert coded(edt(tmp_path, text), "EDT004") == []


def test_a_period_that_ended_after_the_release_date(tmp_path: Path) -> None:
    text = release(
        "Norvale Mining Reports First Quarter Results",
        "Norvale Mining Corp. reported revenue of $5.2 million for the quarter ended "
        "March 31, 2025.",
    )
    [finding] = coded(edt(tmp_path, text), "EDT004")
    assert "after the release's own date (January 5, 2024)" in finding.message


def test_a_period_still_ending_is_not_judged(tmp_path: Path) -> None:
    text = release(
        "Norvale Mining Sets Guidance",
        "Norvale Mining Corp. expects revenue of $6 million for the quarter ending "
        "March 31, 2024, and for the year ending December 31, 2025.",
    )
    assert coded(edt(tmp_path, text), "EDT004") == []


def test_a_headline_looking_ahead_is_not_judged_without_a_body_period(tmp_path: Path) -> None:
    text = release("Norvale Expects First Pour in Q3 2026", STORY)
    assert coded(edt(tmp_path, text), "EDT004") == []


# -- EDT005 location -------------------------------------------------------------------------


def _dated(place: str, body: str) -> str:
    return f"Harbor Update\n\n{place}, May 7, 2024 /PRNewswire/ -- {body}\n"


@pytest.mark.parametrize(
    ("place", "body"),
    [
        ("PORTLAND, OR", "Coastal Realty sold a house in Falmouth, Maine, to a local family."),
        ("HOUSTON, CA", "Gulfway Energy opened a terminal on the ship channel this week."),
        ("ARLINGTON, TX", "Keystone Defense, based in Arlington, Virginia, won a contract."),
    ],
)
def test_dateline_contradicts_the_story(tmp_path: Path, place: str, body: str) -> None:
    assert coded(edt(tmp_path, _dated(place, body)), "EDT005")


@pytest.mark.parametrize(
    ("place", "body"),
    [
        ("PORTLAND, OR", "Coastal Realty of Oregon sold a house in Falmouth, Maine."),
        ("PORTLAND, ME", "Coastal Realty sold a house in Falmouth, Maine, to a local family."),
        ("SPRINGFIELD, IL", "Prairie Grain sold its elevator to a buyer in Ohio this week."),
        ("AUSTIN, TX", "Lonestar Chips shipped wafers to customers in California and Oregon."),
        ("WASHINGTON", "The agency met with companies from Washington, D.C., and Virginia."),
    ],
)
def test_dateline_near_misses(tmp_path: Path, place: str, body: str) -> None:
    assert coded(edt(tmp_path, _dated(place, body)), "EDT005") == []


# -- EDT006 contacts -------------------------------------------------------------------------


CARD = "Gulfway Trading LLC\n"
DUBAI = "DUBAI, UAE, Jan. 5, 2024 /PRNewswire/ -- Gulfway Trading LLC opened an office in Dubai."


def test_phone_of_another_country(tmp_path: Path) -> None:
    text = f"Gulfway Opens Office\n\n{DUBAI}\n\nContact:\nAmal Haddad\n{CARD}+966 50 123 4567\n"
    [finding] = coded(edt(tmp_path, text), "EDT006")
    assert "+966" in finding.message


def test_phone_with_its_plus_glued_to_an_address(tmp_path: Path) -> None:
    text = (
        f"Gulfway Opens Office\n\n{DUBAI}\n\nContact:\nAmal Haddad\nIR@GULFWAY.AE+966 11 234 5678\n"
    )
    assert coded(edt(tmp_path, text), "EDT006")


@pytest.mark.parametrize(
    "phone",
    [
        "+971 4 123 4567",  # the dateline's country
        "+1 212-555-0147",  # North American numbers are not judged
        "+44 20 7946 0958",  # a country the release names (below)
    ],
)
def test_phone_near_misses(tmp_path: Path, phone: str) -> None:
    text = (
        f"Gulfway Opens Office\n\n{DUBAI} Its London team supports the launch.\n\n"
        f"Contact:\nAmal Haddad\nGulfway Trading LLC\n{phone}\n"
    )
    assert coded(edt(tmp_path, text), "EDT006") == []


def test_truncated_contact_name(tmp_path: Path) -> None:
    text = f"Gulfway Opens Office\n\n{DUBAI}\n\nContact:\nMr. Luke T\n{CARD}luke@gulfway.example\n"
    [finding] = coded(edt(tmp_path, text), "EDT006")
    assert "Luke T" in finding.message


def test_website_of_another_company_on_the_card(tmp_path: Path) -> None:
    text = (
        "Asterion Bank Adds Service\n\n" + LEAD + "Asterion Bank introduced a savings "
        "service for its clients across the region.\n\n"
        "Company Name: Asterion Bank\n"
        "Contact Person: Mira Olsen\n"
        "Email: mira@asterionbank.example\n"
        "Website: https://www.harborlightsolar.example\n"
    )
    findings = coded(edt(tmp_path, text), "EDT006")
    assert any("harborlightsolar" in f.message for f in findings)


def test_mail_domain_of_another_company_on_a_company_card(tmp_path: Path) -> None:
    text = (
        "Asterion Bank Adds Service\n\n" + LEAD + "Asterion Bank introduced a savings "
        "service for its clients across the region.\n\n"
        "Company Name: Asterion Bank\nContact Person: Mira Olsen\n"
        "Email: mira@quantainfinitum.example\nWebsite: https://www.asterionbank.example\n"
    )
    [finding] = coded(edt(tmp_path, text), "EDT006")
    assert '"quantainfinitum"' in finding.message


def test_own_website_and_agency_cards_are_fine(tmp_path: Path) -> None:
    text = (
        "Asterion Bank Adds Service\n\n" + LEAD + "Asterion Bank introduced a savings "
        "service for its clients across the region.\n\n"
        "Company Name: Asterion Bank\nContact Person: Mira Olsen\n"
        "Email: mira@asterionbank.example\nWebsite: https://www.asterionbank.example\n\n"
        "Media contact:\nJo Park, Brightline Communications\njo@brightlinepr.example\n"
        "www.brightlinepr.example\n"
    )
    assert coded(edt(tmp_path, text), "EDT006") == []


# -- EDT007 empty release ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Norvale Mining Announces Record Output\n",
        "Norvale Mining Announces Record Output\n\nhttps://example.com/news/123\n",
        "Norvale Mining Announces Record Output\n\n" + LEAD + "\n",
    ],
)
def test_empty_releases_are_errors(tmp_path: Path, text: str) -> None:
    [finding] = coded(edt(tmp_path, text), "EDT007")
    assert finding.severity.value == "error"


def test_a_short_real_story_is_not_empty(tmp_path: Path) -> None:
    assert coded(edt(tmp_path, release("Norvale Mining Reports Output", STORY)), "EDT007") == []


# -- EDT008 invisible characters --------------------------------------------------------------


@pytest.mark.parametrize("char", ["\ufeff", "\u200b", "\u2060", "\u202e", "\x07"])
def test_invisible_characters_are_reported_and_fixed(tmp_path: Path, char: str) -> None:
    text = release("Norvale Mining Reports Output", f"Norvale Mining{char} Corp. reported output.")
    [finding] = coded(edt(tmp_path, text), "EDT008")
    edits, _ = choose_edits([finding], unsafe=False)
    assert apply_edits(text, edits) == text.replace(char, "")


@pytest.mark.parametrize(
    "body",
    [
        "Norvale welcomed the family emoji 👨\u200d👩\u200d👧 at the event.",  # emoji joiners
        "The Persian name می\u200cخواهم is written with a non-joiner.",
        "The Companyâ\x80\x99s shares rose.",  # mojibake: HYG002's, not a control character
    ],
)
def test_joiners_in_writing_and_mojibake_are_left_alone(tmp_path: Path, body: str) -> None:
    assert coded(edt(tmp_path, release("Norvale Update", body)), "EDT008") == []


def test_an_entity_is_reported_without_a_fix(tmp_path: Path) -> None:
    html = (
        "<html><body><h1>Norvale Mining Reports Output</h1>"
        f"<p>{LEAD}Norvale Mining&#8203; Corp. reported record output.</p></body></html>"
    )
    [finding] = coded(edt(tmp_path, html, "release.html"), "EDT008")
    assert finding.fix is None  # deleting one character of "&#8203;" would break it


def test_markdown_and_html_headlines_are_read_as_headlines(tmp_path: Path) -> None:
    body = f"{LEAD}{STORY}"
    md = f"# Headline\n\n{body}\n"
    html = f"<html><body><h1>Headline</h1><p>{body}</p></body></html>"
    for text, name in ((md, "release.md"), (html, "release.html")):
        [finding] = coded(edt(tmp_path, text, name), "EDT001")
        assert finding.section == "headline"


def test_a_leading_byte_order_mark_is_the_encoding(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + release("Norvale Update", STORY).encode("utf-8"))
    from disclint.engine import Engine

    assert coded(Engine(ONLY_EDT).check_path(path).findings, "EDT008") == []


# -- the seed ---------------------------------------------------------------------------------


@needs(SEED)
def test_seed_has_no_editorial_findings(tmp_path: Path) -> None:
    assert edt(tmp_path, SEED.read_text(encoding="utf-8")) == []


def test_the_family_s_pieces_are_listed_once_a_release(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """EDT001, EDT002 and EDT003 read the same blocks with their sections: listed once a
    release and shared, with the findings of listing them for each rule."""
    from disclint.rules.editorial import _text

    text = (
        "Norvale Mining Reports Record Revenue\n\n"
        "TORONTO, May 3, 2025 -- Norvale Mining Corp. reported revenue of $XX million. "
        "Mr. Yamaguchi said the Yamaguchi plan works; Yamagachi agreed.\n\n"
        "[Insert quote from the CEO]\n"
    )
    options = RunOptions(select=["EDT001", "EDT002", "EDT003"], entry_points=False)
    once = [(f.code, f.message) for f in check_text(tmp_path, text, options=options).findings]
    listed: list[int] = []
    real = _text._pieces

    def counting(ctx: object) -> tuple[_text.Piece, ...]:
        found = real(ctx)  # type: ignore[arg-type]
        listed.append(len(found))
        return found

    monkeypatch.setattr(_text, "_pieces", counting)
    again = [(f.code, f.message) for f in check_text(tmp_path, text, options=options).findings]
    assert again == once and {"EDT001"} <= {code for code, _ in once}
    assert len(listed) == 1 and listed[0] >= 3
