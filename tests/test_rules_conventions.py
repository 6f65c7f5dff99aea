"""FMT rules and ticker mentions: a flagged case and near misses for each rule, the seed,
and the clean examples. All companies, people and numbers are fictional; phone numbers use
the reserved 555-01xx range."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from disclint.api import Finding
from disclint.engine import Engine, RunOptions
from disclint.readers import read_bytes
from disclint.tickers import find_tickers_in_text, load_venues
from tests.conftest import SEED, needs
from tests.engine_helpers import check_text

_ENGINE = Engine(RunOptions(select=["FMT"], entry_points=False, isolated=True))
_TARGET = Path(tempfile.gettempdir())

HEADLINE = "Acme Solar Reports Record Module Shipments"
DATELINE = "DENVER, Colo., March 4, 2025 /PRNewswire/ --"
FIRST = (
    "Acme Solar, Inc. (Nasdaq: ACMS), a maker of flexible solar modules, today announced "
    "that it shipped 120 megawatts of modules in the fourth quarter."
)
QUOTE = (
    '"We shipped more modules than in any prior quarter," said Jane Doe, Chief Executive '
    "Officer of Acme Solar."
)
ABOUT = (
    "About Acme Solar, Inc.\n\nAcme Solar, Inc. makes flexible solar modules in Denver, "
    "Colorado. For more information, visit www.acmesolar.example."
)
FLS = (
    "Forward-Looking Statements\n\nThis release contains forward-looking statements that "
    "involve risks and uncertainties, including demand for our modules."
)
CONTACT = "Investor Relations: Jane Roe, Acme Solar, Inc., +1 303-555-0100, ir@acmesolar.example"


def release(
    *,
    headline: str = HEADLINE,
    dateline: str | None = DATELINE,
    first: str = FIRST,
    body: tuple[str, ...] = (QUOTE,),
    about: str | None = ABOUT,
    front: str | None = None,
    end: str = "###",
) -> str:
    """A small, clean release; each test changes one part."""
    parts = [front] if front else []
    parts.append(headline)
    parts.append(f"{dateline} {first}" if dateline else first)
    parts.extend(body)
    if about:
        parts.append(about)
    parts.extend([FLS, CONTACT, end])
    return "\n\n".join(parts) + "\n"


def fmt(text: str, code: str | None = None, name: str = "release.txt") -> list[Finding]:
    """FMT findings (of one rule, if given) for a release given as a string."""
    fmt_name = "md" if name.endswith(".md") else "txt"
    source = read_bytes(text.encode("utf-8"), name, fmt=fmt_name)
    found = _ENGINE.check_source(source, _TARGET).findings
    return [f for f in found if code is None or f.code == code]


def test_the_clean_template_has_no_findings() -> None:
    assert fmt(release()) == []


# -- ticker mentions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Solar, Inc. (OTCQB: ASTI), a developer", [("OTCQB", ("ASTI",), True)]),
        (
            "(Nasdaq: BCTX, BCTXZ) (TSX: BCT)",
            [("Nasdaq", ("BCTX", "BCTXZ"), False), ("TSX", ("BCT",), False)],
        ),
        ("(TSXV:AGX)(OTCQB:AGXPF)", [("TSXV", ("AGX",), False), ("OTCQB", ("AGXPF",), True)]),
        ("(NYSE American: SBEV)", [("NYSE American", ("SBEV",), False)]),
        ("(OTC PINKS: PHBI)", [("OTC Pink", ("PHBI",), True)]),
        ("(TSX.V: NIM)", [("TSXV", ("NIM",), False)]),
        ("(NasdaqGM:IXHL)", [("Nasdaq", ("IXHL",), False)]),
        ("(Nasdaq and TASE: FRSX)", [("Nasdaq", ("FRSX",), False), ("TASE", ("FRSX",), False)]),
        ("Headline – Acme Inc. NASDAQ: ACME Reports", [("Nasdaq", ("ACME",), False)]),
    ],
)
def test_ticker_mentions_are_read_with_normalised_venues(
    text: str, expected: list[tuple[str, tuple[str, ...], bool]]
) -> None:
    found = [(m.venue, m.symbols, m.is_otc) for m in find_tickers_in_text(text)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "(previous year: EUR 83.7 million)",
        "(WKN: A40ZVK, ISIN: DE000A40ZVK3)",
        "(Source: IDC)",
        "Note: AI is big",
        "Email: IR@ACME.EXAMPLE",
        "(the “Company”)",
    ],
)
def test_text_that_is_not_a_listing_gives_no_ticker(text: str) -> None:
    assert find_tickers_in_text(text) == []


def test_an_unknown_venue_is_kept_and_a_dash_is_not_a_colon() -> None:
    [unknown] = find_tickers_in_text("(NASDQ: ACME)")
    assert (unknown.known, unknown.venue, load_venues().closest("NASDQ")) == (
        False,
        "NASDQ",
        "Nasdaq",
    )
    [dashed] = find_tickers_in_text("Vycor Medical, Inc. (OTCQB - VYCO), today")
    assert (dashed.venue, dashed.well_formed) == ("OTCQB", False)


# -- FMT001 headline --------------------------------------------------------------------------


def test_fmt001_capitals_period_and_length() -> None:
    shouting = fmt(release(headline="ACME SOLAR ANNOUNCES RECORD MODULE SHIPMENTS"), "FMT001")
    assert [f.message for f in shouting] == ["the headline is in capital letters"]
    period = fmt(release(headline="Acme Solar Reports Record Module Shipments."), "FMT001")
    assert [(f.message, f.severity.value) for f in period] == [
        ("the headline ends with a full stop", "info")
    ]
    long = fmt(release(headline="Acme Solar Reports " + "Record Module Shipments " * 8), "FMT001")
    assert [f.message.split(" characters")[0] for f in long] == ["the headline is 210"]


@pytest.mark.parametrize(
    "headline",
    [
        "Acme Solar Signs Supply Agreement with Brandholm Polymer Works AB Corp.",
        "Acme Solar (NASDAQ: ACMS) Reports Q4 Results; FDA Clears ACME-1 Device",
        "Acme Solar Announces CEO Transition...",
    ],
)
def test_fmt001_near_misses(headline: str) -> None:
    assert fmt(release(headline=headline), "FMT001") == []


# -- FMT002 dateline and dates -----------------------------------------------------------------


def test_fmt002_dateline_differs_from_release_date_line() -> None:
    text = release(
        front="March 5, 2025",
        dateline="DENVER, CO -- (Marketwired) -- 03/04/25 --",
    )
    [finding] = fmt(text, "FMT002")
    assert finding.message == (
        "the dateline date 03/04/25 differs from the release-date line March 5, 2025"
    )
    assert finding.evidence == [
        "dateline 03/04/25 = 2025-03-04; release-date line March 5, 2025 = 2025-03-05"
    ]
    assert finding.severity.value == "error"


def test_fmt002_weekday_contradicts_the_date() -> None:
    body = ("The company will hold its annual meeting on Wednesday, June 12, 2018.", QUOTE)
    [finding] = fmt(release(body=body), "FMT002")
    assert finding.message == "June 12, 2018 is a Tuesday, the text says Wednesday"
    assert finding.severity.value == "error"


def test_fmt002_yearless_date_takes_the_release_year() -> None:
    body = ("The call is on Friday, March 6 at 10:00 a.m. ET.", QUOTE)
    [finding] = fmt(release(body=body), "FMT002")
    assert finding.message == "March 6, 2025 is a Thursday, the text says Friday"
    assert "year 2025 taken from the release date (dateline March 4, 2025)" in finding.evidence[0]


def test_fmt002_a_date_that_is_no_day_of_its_month() -> None:
    [finding] = fmt(release(dateline="DENVER, February 30 /PRNewswire/ --"), "FMT002")
    assert finding.message == 'the dateline date "February 30" is not a calendar date'


def test_fmt002_a_wire_dateline_without_a_date() -> None:
    [finding] = fmt(release(dateline="DENVER, CO -- (Marketwired) --"), "FMT002")
    assert finding.message.startswith("the release carries no date")
    assert finding.severity.value == "warning"


def test_fmt002_a_newsroom_dateline_without_a_date_is_a_reminder() -> None:
    """No wire: a newsroom or web copy, whose page (not its text) carries the date."""
    [finding] = fmt(release(dateline="DENVER, Colo. —"), "FMT002")
    assert finding.message.startswith("the release carries no date")
    assert finding.severity.value == "info"


def test_fmt002_missing_dateline_on_an_issuer_release() -> None:
    [finding] = fmt(release(dateline=None), "FMT002")
    assert finding.message.startswith("the release has no dateline")


@pytest.mark.parametrize(
    "text",
    [
        # dates agree, in two formats
        release(front="March 4, 2025", dateline="DENVER, CO -- (Marketwired) -- 03/04/25 --"),
        # Business Wire prints no date in the dateline
        release(dateline="DENVER--(BUSINESS WIRE)--"),
        # the right weekday, with and without the year
        release(body=("The meeting is on Tuesday, March 4, 2025 and on Thursday, March 6.", QUOTE)),
        # a private company's note without a dateline is not reported
        release(dateline=None, first="Acme Bakery opens its second shop on Main Street."),
        # News Direct prints no city or date; its copies keep only the source footer
        release(dateline=None, end="View source version on newsdirect.com: https://example.test/1"),
        release(dateline="--News Direct--"),
        # PR Newswire datelines of the 1990s and 2000s print the date without its year
        release(dateline="DENVER, July 22 /PRNewswire/ --"),
    ],
)
def test_fmt002_near_misses(text: str) -> None:
    assert fmt(text, "FMT002") == []


@needs(SEED)
def test_fmt002_is_silent_on_the_seed(tmp_path: Path) -> None:
    result = check_text(
        tmp_path,
        SEED.read_text(encoding="utf-8"),
        options=RunOptions(select=["FMT002"], entry_points=False),
    )
    assert result.findings == []


# -- FMT003 ticker and exchange ----------------------------------------------------------------


def test_fmt003_contradictory_tiers() -> None:
    text = release(
        headline="Acme Solar (OTCQB: ACMS) Reports Record Module Shipments",
        first="Acme Solar, Inc. (OTC Pink: ACMS) today announced record shipments.",
    )
    [finding] = fmt(text, "FMT003")
    assert finding.message == "ACMS is shown on OTC Pink here but on OTCQB earlier"
    assert finding.severity.value == "error"


def test_fmt003_otcpk_is_the_vendors_code_for_otc_pink() -> None:
    text = release(first="Acme Solar, Inc. (OTCPK: ACMS) today announced.")
    assert fmt(text, "FMT003") == []
    unknown = fmt(release(first="Acme Solar, Inc. (OTCPX: ACMS) today announced."), "FMT003")
    assert len(unknown) == 1 and "not a listing venue" in unknown[0].message


def test_fmt003_unknown_venue_and_dash() -> None:
    unknown = fmt(release(first="Acme Solar, Inc. (NASDQ: ACMS) today announced."), "FMT003")
    assert [f.message for f in unknown] == [
        '"NASDQ" is not a listing venue disclint knows (did you mean Nasdaq?)'
    ]
    dashed = fmt(release(first="Acme Solar, Inc. (Nasdaq - ACMS) today announced."), "FMT003")
    assert [f.message for f in dashed] == [
        'ticker written "(Nasdaq - ACMS)"; write "(Nasdaq: ACMS)"'
    ]


def test_fmt003_first_mention_without_ticker() -> None:
    text = release(
        first="Acme Solar, Inc., a maker of flexible solar modules, today announced record "
        "shipments.",
        about=ABOUT.replace("Acme Solar, Inc. makes", "Acme Solar, Inc. (Nasdaq: ACMS) makes"),
    )
    [finding] = fmt(text, "FMT003")
    assert finding.message.startswith("the first mention of Acme Solar")
    # info: in exhibits and copies the "first mention" is often a letterhead or source line
    # (benchmarks/review: 0 of 4 right as warnings)
    assert finding.severity.value == "info"


def test_fmt003_profile_disagreement(tmp_path: Path) -> None:
    config = '[issuer]\nname = "Acme Solar, Inc."\ntickers = ["OTCQB: ACMS"]\n'
    result = check_text(
        tmp_path,
        release(),
        config=config,
        options=RunOptions(select=["FMT003"], entry_points=False),
    )
    [finding] = result.findings
    assert (
        finding.message == "ACMS is shown on Nasdaq, but the issuer profile lists it as OTCQB: ACMS"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a dual listing written together, then one venue alone
        release(
            first="Acme Solar, Inc. (TSX: ACMS) (NYSE: ACMS) today announced.",
            body=("Acme Solar (NYSE: ACMS) also said ...", QUOTE),
        ),
        # a private company shows no ticker
        release(
            headline="Acme Bakery Opens Second Shop",
            first="Acme Bakery opens its second shop on Main Street.",
            about="About Acme Bakery\n\nAcme Bakery bakes bread.",
        ),
        # generic OTC and a tier are compatible
        release(
            headline="Acme Solar (OTC: ACMS) Reports Shipments",
            first="Acme Solar, Inc. (OTCQB: ACMS) today announced.",
        ),
    ],
)
def test_fmt003_near_misses(text: str) -> None:
    assert fmt(text, "FMT003") == []


# -- FMT005 About ------------------------------------------------------------------------------


def test_fmt005_missing_about_and_stale_award() -> None:
    missing = fmt(release(about=None), "FMT005")
    assert [f.message for f in missing] == [
        "the release has no About section describing the issuer"
    ]
    stale = ABOUT + " Acme modules were named one of the best inventions of 2015."
    [finding] = fmt(release(about=stale), "FMT005")
    assert (
        finding.message
        == "the About section cites a 2015 award or ranking, 10 years before the release"
    )


@pytest.mark.parametrize(
    "about",
    [
        ABOUT + " Acme modules were named one of the best inventions of 2023.",
        "About the Company\n\nAcme Solar, Inc. makes modules. It was founded in 2009.",
        ABOUT.replace("About Acme Solar, Inc.", "About Acme Solar"),
    ],
)
def test_fmt005_near_misses(about: str) -> None:
    assert fmt(release(about=about), "FMT005") == []


@pytest.mark.parametrize(
    ("first", "about"),
    [
        # a heading run into its paragraph by the layout
        (FIRST, "About Acme Solar, Inc.Acme Solar, Inc. makes flexible solar modules in Denver."),
        # a heading on the same line as the description
        (FIRST, "About Acme Solar, Inc. Acme Solar, Inc. makes flexible solar modules."),
        # a bare "About:" heading over the description
        (FIRST, "About:\n\nAcme Solar, Inc. (Nasdaq: ACMS) makes flexible solar modules."),
        # the About section names the issuer's trade name from the first paragraph
        (
            'Acme Solar, Inc. (Nasdaq: ACMS), doing business as Brightfold ("Brightfold" or the '
            '"Company"), today announced that it shipped 120 megawatts of modules.',
            "About Brightfold\n\nBrightfold makes flexible solar modules in Denver, Colorado.",
        ),
        # a web address run into the heading
        (FIRST, "About Acme: https://acmesolar.example\n\nAcme makes flexible solar modules."),
    ],
)
def test_fmt005_about_sections_the_layout_hid(first: str, about: str) -> None:
    assert fmt(release(first=first, about=about), "FMT005") == []


def test_fmt005_a_lowercase_initial_name_is_the_issuer() -> None:
    first = "iQuill Systems, Inc. (OTCQB: IQSY) today announced that it shipped 120 units."
    other = "About Brandholm Polymer Works AB\n\nBrandholm makes polymer films in Sweden."
    [finding] = fmt(release(first=first, about=other), "FMT005")
    assert finding.message == "no About section is about the issuer (iQuill Systems, Inc.)"
    own = "About iQuill Systems\n\niQuill Systems, Inc. makes sensors in Denver, Colorado."
    assert fmt(release(first=first, about=own), "FMT005") == []


def test_fmt005_about_someone_else() -> None:
    other = "About Brandholm Polymer Works AB\n\nBrandholm makes polymer films in Sweden."
    [finding] = fmt(release(about=other), "FMT005")
    assert finding.message == "no About section is about the issuer (Acme Solar, Inc.)"


# -- FMT006 end mark and order -------------------------------------------------------------------


def test_fmt006_legend_after_the_end_mark() -> None:
    text = "\n\n".join([HEADLINE, f"{DATELINE} {FIRST}", QUOTE, ABOUT, CONTACT, "###", FLS])
    [finding] = fmt(text + "\n", "FMT006")
    assert finding.message.startswith('release text (forward-looking) follows the end mark "###"')


def test_fmt006_table_reference_without_table() -> None:
    body = ("The following table shows shipments by quarter.", QUOTE)
    [finding] = fmt(release(body=body), "FMT006")
    assert finding.message == '"The following table" refers to a table, but no table follows'


@pytest.mark.parametrize(
    "text",
    [
        release(end=""),  # no end mark: not reported by default
        release(
            body=("Shipments are shown in the table below.", "| Q | MW |\n|---|---|\n| Q4 | 120 |")
        ),
        release(
            body=(
                "The following table shows shipments.\n\nQ1   10   12\nQ2   11   13\nQ3   12   14",
            )
        ),
    ],
)
def test_fmt006_near_misses(text: str) -> None:
    assert fmt(text, "FMT006", name="release.md") == []


def test_fmt006_news_inside_the_boilerplate() -> None:
    # a quotation paragraph ends the About section (no boilerplate holds one), so the
    # quotation is reported as news placed after the boilerplate has begun
    quote_below = release(about=None, body=(ABOUT, QUOTE))
    assert [f.message for f in fmt(quote_below, "FMT006")] == [
        "a quotation by Jane Doe follows About Acme Solar, Inc."
    ]
    # (a paragraph that opens with a dateline ends an About section: the template's
    # boilerplate above the dateline is reported as coming before the news)
    template_above = "\n\n".join([HEADLINE, ABOUT, f"{DATELINE} {FIRST}", QUOTE, "###"])
    assert [f.message for f in fmt(template_above + "\n", "FMT006")] == [
        "About Acme Solar, Inc. comes before the news"
    ]


@pytest.mark.parametrize(
    "about",
    [
        # a slogan in quotation marks is not a speaker's quotation
        ABOUT + ' Its motto, "Power for every roof, in every weather," is printed on each module.',
        # a founding date and city are not a dateline
        "About Acme Solar, Inc.\n\nDenver, Colorado, 2009: Acme Solar, Inc. was founded to make "
        "flexible solar modules.",
    ],
)
def test_fmt006_order_near_misses(about: str) -> None:
    assert fmt(release(about=about), "FMT006") == []


def test_fmt006_end_mark_required_by_option(tmp_path: Path) -> None:
    result = check_text(
        tmp_path,
        release(end=""),
        config="[rules.FMT006]\nrequire-end-mark = true\n",
        options=RunOptions(select=["FMT006"], entry_points=False),
    )
    assert [f.message for f in result.findings] == ['the release has no end mark ("###" or "-30-")']


# -- FMT007 quotes -------------------------------------------------------------------------------


def test_fmt007_unattributed_and_anonymous_and_untitled() -> None:
    lone = '"We expect shipments to double next year as our new line comes online."'
    assert [f.message for f in fmt(release(body=(lone,)), "FMT007")] == [
        "quotation with no named speaker"
    ]
    anonymous = (
        '"We expect shipments to double next year as the line starts," said a company spokesperson.'
    )
    assert [f.message for f in fmt(release(body=(anonymous,)), "FMT007")] == [
        'quotation attributed to "a company spokesperson", not to a named person'
    ]
    untitled = '"We expect shipments to double next year as the line starts," said John Smith.'
    assert [f.message for f in fmt(release(body=(untitled,)), "FMT007")] == [
        "John Smith is quoted without a title or affiliation"
    ]
    # a title given only far below the first quotation is not given at first mention
    late = (
        untitled,
        "The new line adds 40 megawatts of annual capacity. " * 8,
        "John Smith joined Acme Solar as Chief Operating Officer in 2023.",
    )
    assert [f.message for f in fmt(release(body=late), "FMT007")] == [
        "John Smith is quoted without a title or affiliation"
    ]
    # the next paragraph opens with a name that is not an attribution line
    followed = (lone, "Denver Water, the city utility, supplies the plant.")
    assert [f.message for f in fmt(release(body=followed), "FMT007")] == [
        "quotation with no named speaker"
    ]


@pytest.mark.parametrize(
    "body",
    [
        # an attribution line after the quotation whose dash the layout dropped
        (
            '"We shipped more modules than in any prior quarter and expect more."',
            "Jane Doe, Chief Executive Officer of Acme Solar. The new line opens in May.",
        ),
        # the title follows right after the first quotation
        (
            '"We expect shipments to double next year as the line starts," said John Smith.',
            "Smith, Acme Solar's Chief Operating Officer, joined the company in 2023.",
        ),
        # a bare name line after the quotation, the person named elsewhere in the release
        (
            "Acme Solar named Jane Doe its Chief Executive Officer in January.",
            '"We shipped more modules than in any prior quarter and expect more."',
            "Jane Doe.",
        ),
        # attribution in the paragraph before, ending with a colon
        (
            "Jane Doe, Chief Executive Officer of Acme Solar, commented:",
            '"We shipped more modules than in any prior quarter and expect more."',
        ),
        # a dash attribution after the quotation
        ('"We shipped more modules than in any prior quarter and expect more." – Jane Doe, CEO.',),
        # mixed straight and curly quotation marks
        (
            '"We shipped more modules than in any prior quarter and expect more,” '
            "said Jane Doe, CEO.",
        ),
        # a speaker introduced with a title in the headline area
        (
            "Acme Solar appointed John Smith Chief Operating Officer.",
            '"I look forward to leading our operations through the next stage of growth," '
            "said John Smith.",
        ),
        # a quoted title and a defined term are not statements
        (
            'Acme published a report titled "How Flexible Modules Change Rooftop Solar '
            'Economics for Good".',
        ),
    ],
)
def test_fmt007_near_misses(body: tuple[str, ...]) -> None:
    assert fmt(release(body=body), "FMT007") == []


# -- FMT008 times and logistics ------------------------------------------------------------------


def test_fmt008_zone_missing_and_wrong_season() -> None:
    body = (
        "Acme will host a conference call at 4:30 p.m. on March 5, 2025; dial 1-303-555-0100.",
        QUOTE,
    )
    [finding] = fmt(release(body=body), "FMT008")
    assert finding.message == 'the time "4:30 p.m." has no time zone'
    summer = (
        "Acme will host a conference call at 4:30 p.m. EST on July 15, 2025; dial 1-303-555-0100.",
        QUOTE,
    )
    [season] = fmt(release(body=summer), "FMT008")
    assert season.message == ('"EST" on July 15, 2025: daylight time is in force (EDT); write "ET"')


def test_fmt008_call_without_access_details() -> None:
    body = ("Acme will host a conference call on March 5, 2025 to discuss the results.", QUOTE)
    [finding] = fmt(release(body=body), "FMT008")
    assert finding.message.endswith(
        "is announced with no dial-in number, webcast link or registration details and no time"
    )


@pytest.mark.parametrize(
    "body",
    [
        (
            "Acme will host a conference call at 4:30 p.m. ET on March 5, 2025; "
            "dial 1-303-555-0100.",
        ),
        (
            "Acme will host a webcast from 9:00 a.m. to 10:00 a.m. Eastern Time; "
            "register at ir.acmesolar.example.",
        ),
        ("The new showroom opens at 8 a.m. on Saturday with free coffee for visitors.",),
        (
            "All times are Eastern. Acme will host a conference call at 4:30 p.m. on March 5; "
            "dial 1-303-555-0100.",
        ),
        (
            "Acme will host a conference call at 4:30 p.m. EST on January 15, 2025; "
            "dial 1-303-555-0100.",
        ),
    ],
)
def test_fmt008_near_misses(body: tuple[str, ...]) -> None:
    assert fmt(release(body=body), "FMT008") == []


# -- the examples --------------------------------------------------------------------------------
