"""Layouts of issue 9's thirteenth round (session 10): a title-like line inside an About
section ("Our Mission", "Our Values", a line of the company's products, the company's name in
capitals, a listing line such as "NASDAQ: ACME") with more of the About's text after it. The
grammar ends an About at a title line; the builder lets the About go on over one when the
title heads no block of another kind and the paragraph after it says more of the About's
company. Near misses: a conference call, a note on non-GAAP measures, a legend, a contact card,
a filing notice and the body's news after a title following the boilerplate. Each case is a
small release written for the test (invented companies, people and figures)."""

from __future__ import annotations

import pytest

from disclint.model import Release
from tests.helpers import parse_release as parse

_OPENING = (
    "# Quillon Robotics Opens Second Plant in Colorado\n\n"
    "DENVER, March 3, 2026 /PRNewswire/ -- Quillon Robotics, Inc. today opened its second "
    "plant in Colorado, doubling its output of warehouse robots.\n\n"
    '"The new plant lets us ship within a week," said Ada Brenner, chief executive officer '
    "of Quillon Robotics.\n\n"
    "About Quillon Robotics\n\n"
    "Quillon Robotics, Inc. designs and builds warehouse robots for grocers and parcel "
    "carriers across North America. The company employs 900 people.\n\n"
)
_CARD = "Media Contact:\nJo Park\njo.park@quillon.example\n(303) 555-0142\n"


def _release(*blocks: str) -> Release:
    return parse(_OPENING + "".join(f"{block}\n\n" for block in blocks) + _CARD)


def _about_text(release: Release) -> str:
    assert len(release.about) == 1
    return release.about[0].text


def _body_text(release: Release) -> str:
    return "\n".join(paragraph.text for paragraph in release.body)


# -- a title line of the About's own, more of the company after it ---------------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Our Mission", "Our mission is to make every warehouse job a safe one."),
        ("Our Values", "We are engineers first; our values are safety, candour and craft."),
        (
            "Pickers | Sorters | Fleet Software",
            "Quillon's pickers and sorters are at work in 31 warehouses in four countries.",
        ),
        (
            "QUILLON ROBOTICS",
            "Quillon was founded in 2009 and is headquartered in Denver, Colorado.",
        ),
        ("Built for the Night Shift", "The Company has offices in Denver, Austin and Toronto."),
    ],
)
def test_a_title_line_inside_the_about_goes_on_with_it(title: str, text: str) -> None:
    release = _release(title, text)
    about = _about_text(release)
    assert title in about and text in about
    assert title not in _body_text(release)
    assert release.contacts and release.contacts[0].names == ["Jo Park"]


def test_several_title_lines_inside_one_about() -> None:
    release = _release(
        "Our Mission",
        "Our mission is to make every warehouse job a safe one.",
        "Our Values",
        "We are engineers first; our values are safety, candour and craft.",
        "www.quillon.example",
    )
    about = _about_text(release)
    assert "Our Values" in about and about.rstrip().endswith("www.quillon.example")


def test_a_listing_line_inside_the_about_goes_on_with_the_company_pronoun() -> None:
    # page furniture ("NASDAQ: QLRN") between the About's paragraphs: "Our ..." goes on
    release = _release("NASDAQ: QLRN", "Our robots are at work in 31 warehouses in 4 countries.")
    assert "31 warehouses" in _about_text(release)


# -- near misses: a title line that heads another block, or the body's text after it ---------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Conference Call",
            "Quillon will host a conference call at 10:00 a.m. ET on March 4, 2026; dial "
            "1-800-555-0100 to join.",
        ),
        # the heading alone marks it, whatever the paragraph says
        ("Conference Call", "Quillon has offices in Denver, Austin and Toronto."),
        ("Webcast Information", "Quillon has a webcast archive at www.quillon.example/ir."),
        (
            "Non-GAAP Financial Measures",
            "Quillon has used adjusted EBITDA, a non-GAAP measure, to judge its results.",
        ),
        ("Non-GAAP Financial Measures", "Quillon has offices in Denver and Austin."),
        (
            "Additional Information and Where to Find It",
            "Quillon has filed a registration statement on Form S-4 with the SEC.",
        ),
        ("Recent Developments", "Quillon has signed an agreement to buy Beta Lift Corp."),
        ("Second Plant", "Quillon today is the largest maker of pickers in Colorado."),
        ("Investor Relations", "Quillon is followed by four analysts."),
        ("Our Mission", "We believe a warehouse should never stop."),
    ],
)
def test_a_title_line_that_is_not_the_abouts_ends_it(title: str, text: str) -> None:
    release = _release(title, text)
    about = _about_text(release)
    assert title not in about and text not in about
    assert about.rstrip().endswith("The company employs 900 people.")


@pytest.mark.parametrize(
    "heading",
    [
        "Forward-Looking Statements",
        "Safe Harbor Statement",
        "Media Contacts",
        "About Tessaro Foods",
    ],
)
def test_a_section_heading_after_the_about_still_ends_it(heading: str) -> None:
    release = _release(heading, "Quillon has offices in Denver, Austin and Toronto.")
    about = release.about[0]
    assert heading not in about.text
    assert about.text.rstrip().endswith("The company employs 900 people.")


def test_the_abouts_text_cut_after_a_title_leaves_the_title_to_the_body() -> None:
    # the paragraph after "Our Story" describes the company, the next one is a conference
    # call's announcement: the About goes on over the title and ends before the call
    release = _release(
        "Our Story",
        "Quillon was founded in 2009 by two engineers from a parcel carrier.",
        "Quillon will host a conference call on March 4, 2026 at 10:00 a.m. ET.",
    )
    about = _about_text(release)
    assert "founded in 2009" in about and "conference call" not in about
    assert any("conference call" in paragraph.text for paragraph in release.body)


def test_a_title_line_before_a_table_ends_the_about() -> None:
    release = _release(
        "Quillon Robotics Results",
        "| Quarter | Revenue |\n| --- | --- |\n| Q4 2025 | $41.2 million |",
    )
    about = _about_text(release)
    assert "Results" not in about and "41.2" not in about
