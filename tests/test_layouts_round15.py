"""Layouts of issue 9's fifteenth round (session 11): About sections and legends the parse
missed. An About heading run into its text where a trademark sign or a legal form's full
stop closes the name ("About Acme® Founded in ...", "ABOUT ACME INC.Founded by ...", "About
Acme Holdings Inc.Acme Holdings is ..."); an About run on after a quotation's closing mark;
a heading whose brand opens in lower case ("About easyPlan", "About e.v.o. Robotics"); a
headless boilerplate paragraph led by when or where the company was founded ("Founded in
2004, Acme is ..."); a legend without a heading that speaks of forward-looking statements in
a legend's other words ("speak only as of", "no obligation to update"); a sponsored-content
note that ends a legend ("not intended to be investing advice"); e-mail addresses run into a
title and a number before them or a web address after them. Near misses for each. Every
release is written for the test (invented companies, people and figures)."""

from __future__ import annotations

import sys
from pathlib import Path

from disclint.contacts import find_emails
from disclint.model import Release
from tests.helpers import parse_release

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import section_missed

_OPENING = (
    "# Corvanta Labs Opens a Test Kitchen in Tulsa\n\n"
    "TULSA, Okla., March 3, 2026 /PRNewswire/ -- Corvanta Labs, Inc. (NASDAQ: CRVL) today "
    "opened a test kitchen in Tulsa that will employ 40 people.\n\n"
    "\u201cThe kitchen lets us try recipes with chefs,\u201d said Mara Quillen, chief executive "
    "officer of Corvanta Labs.\n\n"
)
_CARD = "Media Contact:\nDevin Ostrow\ndevin@corvanta.example\n(918) 555-0142\n"


def parse(tail: str, fmt: str = "md") -> Release:
    return parse_release(_OPENING + tail, fmt)


def subjects(release: Release) -> list[str]:
    return [a.subject for a in release.about]


# -- About headings run into their text ----------------------------------------------------


def test_a_trademark_sign_closes_a_glued_headings_name() -> None:
    release = parse(
        "About Corvanta® Founded in 2019, Corvanta is a maker of test kitchens for grocers "
        "and food brands, with sites in Oklahoma and Kansas.\n\n" + _CARD
    )
    assert subjects(release) == ["Corvanta®"]
    assert release.about[0].paragraphs[0].text.startswith("Founded in 2019, Corvanta is")
    # near miss: a short heading with the sign stays a heading over its own paragraph
    release = parse(
        "About Corvanta®\n\nCorvanta is a maker of test kitchens for grocers.\n\n" + _CARD
    )
    assert subjects(release) == ["Corvanta®"]
    assert release.about[0].paragraphs[0].text == (
        "Corvanta is a maker of test kitchens for grocers."
    )


def test_a_legal_forms_full_stop_run_into_the_text_ends_the_heading() -> None:
    release = parse(
        "ABOUT CORVANTA MINING INC.Founded by two geologists, Corvanta Mining is a silver "
        "royalty company with four royalties in Nevada and Idaho.\n\n" + _CARD
    )
    assert subjects(release) == ["CORVANTA MINING INC"]
    release = parse(
        "About Corvanta Holdings Inc.Corvanta Holdings is a maker of test kitchens for "
        "grocers and food brands, with sites in Oklahoma and Kansas.\n\n" + _CARD
    )
    assert subjects(release) == ["Corvanta Holdings Inc."]
    # near miss: a heading on its own line keeps its whole name and listing
    release = parse(
        "About Corvanta Holdings Inc. (NASDAQ: CRVH)\n\n"
        "Corvanta Holdings is a maker of test kitchens.\n\n" + _CARD
    )
    assert subjects(release) == ["Corvanta Holdings Inc. (NASDAQ: CRVH)"]


def test_an_about_run_on_after_a_quotations_closing_mark() -> None:
    release = parse(
        "Quillen added, \u201cWe will open two more kitchens next year.\u201d       About "
        "Corvanta Labs Corvanta Labs is a maker of test kitchens for grocers and food brands."
        "\n\n" + _CARD
    )
    assert subjects(release) == ["Corvanta Labs"]
    assert release.body[-1].text.endswith("next year.\u201d")
    # near miss: one space after the quotation, a sentence that opens with "About"
    release = parse(
        "Quillen added, \u201cWe will open two more kitchens.\u201d About Corvanta Labs "
        "kitchens, chefs say they are quick to book.\n\n" + _CARD
    )
    assert subjects(release) == []


def test_a_heading_whose_brand_opens_in_lower_case() -> None:
    for name in ("easyPlan", "e.v.o. Robotics"):
        release = parse(
            f"About {name}\n\n{name} is a maker of test kitchens for grocers.\n\n" + _CARD
        )
        assert subjects(release) == [name]
    # near miss: a short line of ordinary lower-case words is no heading
    release = parse("About nine\n\nMore kitchens will follow in the spring.\n\n" + _CARD)
    assert subjects(release) == []


# -- boilerplate without a heading -----------------------------------------------------------


def test_headless_boilerplate_led_by_its_founding_or_its_seat() -> None:
    release = parse(
        _CARD + "\nFounded in 2004, Corvanta Labs is a maker of test kitchens for grocers "
        "and food brands.\n"
    )
    assert subjects(release) == ["Corvanta Labs"]
    release = parse(
        _CARD + "\nHeadquartered in Tulsa, Oklahoma, Corvanta Labs is a maker of test "
        "kitchens for grocers and food brands.\n"
    )
    assert subjects(release) == ["Corvanta Labs"]
    # near miss: the lead-in's sentence is about a team, not what the company is
    release = parse(
        _CARD + "\nFounded in 2004 by two chefs, Corvanta\u2019s kitchen team has grown to "
        "forty people in three states.\n"
    )
    assert subjects(release) == []


# -- legends ---------------------------------------------------------------------------------

_LEGEND = (
    "Statements in this press release about future plans may constitute \u201cforward-looking "
    "statements.\u201d The words \u201cexpect\u201d and \u201cplan\u201d are intended to "
    "identify forward-looking statements. Any forward-looking statements speak only as of "
    "the date hereof, and the Company disclaims any obligation to update them."
)


def test_a_headless_legend_in_a_legends_other_words() -> None:
    release = parse(_LEGEND + "\n\n" + _CARD)
    assert len(release.forward_looking) == 1
    assert release.forward_looking[0].text.startswith("Statements in this press release")
    # near miss: a body sentence that names forward-looking statements
    release = parse(
        "Quillen said the board had asked the audit committee to review how the company "
        "words its forward-looking statements in its quarterly reports, and that the review "
        "would end in June.\n\n" + _CARD
    )
    assert release.forward_looking == []


def test_a_sponsored_content_note_ends_a_legend() -> None:
    release = parse(
        _LEGEND + "\n\nThis post contains sponsored content. This content is for "
        "informational purposes only and is not intended to be investing advice.\n\n" + _CARD
    )
    assert release.forward_looking[0].text.endswith("any obligation to update them.")
    # near miss: the legend's own next paragraph stays in it
    release = parse(
        _LEGEND + "\n\nActual results could differ materially from those expected because "
        "of risks described in our filings.\n\n" + _CARD
    )
    assert release.forward_looking[0].text.endswith("described in our filings.")


# -- e-mail addresses run into their neighbours ----------------------------------------------


def emails(text: str) -> list[str]:
    return [text[a:b] for a, b in find_emails(text)]


def test_an_address_run_into_a_title_and_a_number_before_it() -> None:
    assert emails("Devin Ostrow, CEO918-555-0142devin@corvanta.example") == [
        "devin@corvanta.example"
    ]
    # near misses: digits that are no telephone number stay in the address
    assert emails("ops555@corvanta.example") == ["ops555@corvanta.example"]
    assert emails("team2024-05@corvanta.example") == ["team2024-05@corvanta.example"]


def test_an_address_run_into_a_web_address_after_it() -> None:
    assert emails("info@corvanta.arhttps://corvanta.ar") == ["info@corvanta.ar"]
    assert emails("ir@corvanta.bewww.corvanta.be") == ["ir@corvanta.be"]
    # near miss: a domain of several labels is whole
    assert emails("devin@corvanta.co.uk") == ["devin@corvanta.co.uk"]


# -- the review of missed sections -----------------------------------------------------------


def test_the_missed_section_review_flags_a_heading_outside_every_about(tmp_path: Path) -> None:
    path = tmp_path / "release.md"
    path.write_text(
        _OPENING + "Corvanta at a Glance\n\nMore kitchens will follow in the spring.\n\n"
        "Disclaimer\n\n" + _LEGEND + "\n",
        encoding="utf-8",
    )
    flags = {flag for flag, _section, _text in section_missed.scan(path)}
    assert flags == {"about_heading", "fls_heading", "fls_start"}
    # near miss: a found About and legend raise nothing
    path.write_text(
        _OPENING + "About Corvanta Labs\n\nCorvanta Labs is a maker of test kitchens.\n\n"
        "Forward-Looking Statements\n\n" + _LEGEND + "\n",
        encoding="utf-8",
    )
    assert section_missed.scan(path) == []


# -- more glued headings -----------------------------------------------------------------------

_TEXT = (
    "a maker of test kitchens for grocers and food brands, with sites in Oklahoma, Kansas and "
    "Texas and a staff of forty chefs."
)


def test_a_glued_heading_set_off_by_a_separator_or_a_listing() -> None:
    cases = {
        "About Corvanta Labs: Founded in 2004, Corvanta Labs is ": "Corvanta Labs",
        "About Corvanta Labs – Founded in 2004, Corvanta Labs is ": "Corvanta Labs",
        "About Corvanta Labs | Since 2004, Corvanta Labs has been ": "Corvanta Labs",
        "About Corvanta Labs | Corvanta Labs is ": "Corvanta Labs",
        "About Corvanta Labs. Corvanta Labs is ": "Corvanta Labs",
        "About Corvanta Labs—Corvanta Labs is ": "Corvanta Labs",
        "About Corvanta Labs (NASDAQ: CRVL)Corvanta Labs is ": "Corvanta Labs (NASDAQ: CRVL)",
        "ABOUT CORVANTA LABSCorvanta is ": "CORVANTA LABS",
        "About Corvanta LabsSince 2004, Corvanta has been ": "Corvanta Labs",
        "About Corvanta LabsA maker of kitchens, Corvanta is ": "Corvanta Labs",
    }
    for opening, subject in cases.items():
        release = parse(opening + _TEXT + "\n\n" + _CARD)
        assert subjects(release) == [subject], opening
        assert not release.about[0].paragraphs[0].text.startswith((" ", ":", "|", "–"))
    # near misses: a short heading line with a colon is not split at its colon; a body
    # sentence that opens with "About" and a figure is no heading
    release = parse("About Corvanta Labs: Our Kitchens\n\nCorvanta Labs is " + _TEXT + "\n\n")
    assert subjects(release) == ["Corvanta Labs: Our Kitchens"]
    release = parse(
        "About 40 chefs: Corvanta Labs says its staff will grow to " + _TEXT + "\n\n" + _CARD
    )
    assert subjects(release) == []


def test_a_legend_with_non_breaking_hyphens() -> None:
    for hyphen in ("\u2011", "\u2010"):
        release = parse(
            f"Forward{hyphen}Looking Statements\n\nThis release contains forward{hyphen}looking "
            "statements within the meaning of the Private Securities Litigation Reform Act. "
            "Actual results may differ materially.\n\n" + _CARD
        )
        assert [f.heading for f in release.forward_looking] == [
            f"Forward{hyphen}Looking Statements"
        ]
    # near miss: an en dash is no hyphen of the phrase
    release = parse(
        "Quillen said the kitchen\u2019s forward\u2013looking design drew chefs from three "
        "states to the opening, and more visits are planned for the spring and summer.\n\n" + _CARD
    )
    assert release.forward_looking == []


# -- a speaker's quoted nickname -------------------------------------------------------------


def test_a_quoted_nickname_inside_the_speakers_name() -> None:
    release = parse(
        "\u201cThe kitchen is a key part of our plan for the brand,\u201d said Tomas "
        "\u201cTommy\u201d Ferrante, chief operating officer of Corvanta Labs.\n\n"
        "Lucia \u201cLu\u201d Marchetti, president of Marchetti Foods, said, \u201cWe will "
        "test every new sauce there before it reaches a store.\u201d\n\n" + _CARD
    )
    found = [(q.speaker, q.organisation) for q in release.quotes]
    assert ("Tomas Ferrante", "Corvanta Labs") in found
    assert ("Lucia Marchetti", "Marchetti Foods") in found
    # near miss: a quoted word after a verb is no nickname, and a quotation after a name
    # stays a quotation
    release = parse(
        "Bruno Salas said \u201cThe new kitchen will let our chefs test forty recipes a "
        "week,\u201d adding that more staff would follow.\n\n" + _CARD
    )
    assert release.quotes[-1].text.startswith("The new kitchen")
    assert release.quotes[-1].speaker == "Bruno Salas"


# -- a card's label that lists the desks it serves -------------------------------------------


def test_a_sub_label_listing_desks_names_the_card_under_a_generic_header() -> None:
    release = parse(
        "Contacts for more information:\n\nCompany, Investors and Media:\n\nDevin Ostrow\n\n"
        "(918) 555-0142\n\ndevin@corvanta.example\n\nInvestors:\n\nNadia Fenn\n\n"
        "ir@corvanta.example\n"
    )
    assert [c.label for c in release.contacts] == ["Company, Investors and Media", "Investors"]
    assert release.contacts[0].names == ["Devin Ostrow"]
    assert release.contacts[0].organisations == []
    # near miss: a desk's own header keeps its label over a plain line of names
    release = parse(
        "Media Contact:\n\nDevin Ostrow, Corvanta Labs\n\n(918) 555-0142\n\n"
        "devin@corvanta.example\n"
    )
    assert [c.label for c in release.contacts] == ["Media Contact"]


def test_an_about_heading_that_ends_with_a_dash_over_its_text() -> None:
    release = parse("About Corvanta Labs \u2013\nCorvanta Labs is " + _TEXT + "\n\n" + _CARD)
    assert subjects(release) == ["Corvanta Labs"]
    assert release.about[0].paragraphs[0].text.startswith("Corvanta Labs is a maker")
    # near miss: a heading over its text on the next line keeps its whole line
    release = parse("About Corvanta Labs and Partners\nCorvanta Labs is " + _TEXT + "\n\n")
    assert subjects(release) == ["Corvanta Labs and Partners"]


def test_headless_boilerplate_after_the_end_mark() -> None:
    release = parse("###\n\nCorvanta Labs, Inc. is " + _TEXT + "\n\n" + _CARD)
    assert subjects(release) == ["Corvanta Labs, Inc."]
    assert release.footer == []
    # near miss: a trailer sentence after the mark that describes no company stays a footer
    release = parse(
        _CARD + "\n###\n\nThe kitchen is located in Tulsa, Oklahoma, and is a short drive from "
        "the airport for visiting chefs and buyers.\n"
    )
    assert subjects(release) == []
    assert [p.text[:11] for p in release.footer] == ["The kitchen"]
