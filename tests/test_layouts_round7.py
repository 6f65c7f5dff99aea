"""Layouts of the dev7 training split (issue 9, round 7): EDGAR text exhibits with a
letterhead and contact block above the headline, datelines with two places or no comma
before the date, end marks of the older wires, one-line cards of several desks, and quoted
defined terms that are not speech. Each case is a small release written for the test, with a
near miss beside it."""

from __future__ import annotations

import datetime as dt

from disclint.dateline import match_dateline
from disclint.model import Release
from tests.helpers import parse_release


def parse(text: str, fmt: str = "txt") -> Release:
    return parse_release(text, fmt)


_BODY = (
    "Acme Robotics, Inc. (NASDAQ: ACMR) today reported revenue of $12.0 million for the "
    "quarter, up 8% from a year earlier, on higher sales of its delivery robots.\n\n"
    "Net income was $1.1 million, or $0.04 per diluted share.\n"
)


# -- EDGAR exhibits: letterhead and contacts above the headline ---------------------------------


def test_a_letterhead_over_a_contact_block_is_not_the_headline() -> None:
    release = parse(
        "EXHIBIT 99.1\n\n"
        "| | News Release |\n12 Harbor Road\nDayton, OH 45402\n\n"
        "CONTACT: Jane Roe Chief Financial Officer 937-555-0100\n\n"
        "ACME ROBOTICS REPORTS THIRD QUARTER RESULTS\n\n"
        "DAYTON, OH, March 1, 2005 - " + _BODY
    )
    assert release.headline is not None
    assert release.headline.text == "ACME ROBOTICS REPORTS THIRD QUARTER RESULTS"
    assert release.dateline is not None and release.dateline.date == dt.date(2005, 3, 1)
    assert any(f.text.startswith("| | News Release |") for f in release.front)
    assert [c.names for c in release.contacts] == [["Jane Roe"]]


def test_a_title_printed_above_and_below_the_contact_block_stays_the_headline() -> None:
    # The near miss: the same title twice (mixed case above the card, capitals below it)
    # keeps the first as the headline; a page number between them is not body text.
    release = parse(
        "Exhibit 99.1\n\n"
        "Acme Robotics Agrees to Acquire Borealis Glass\n\n"
        "1.\n\n"
        "Media Contact:  Jane Roe\n"
        "                937.555.0100\n\n"
        "ACME ROBOTICS AGREES TO ACQUIRE BOREALIS GLASS\n\n"
        "DAYTON, Ohio - September 27, 2000 - " + _BODY
    )
    assert release.headline is not None
    assert release.headline.text == "Acme Robotics Agrees to Acquire Borealis Glass"
    assert release.dateline is not None
    assert (release.dateline.city, release.dateline.region) == ("DAYTON", "Ohio")
    assert release.dateline.date == dt.date(2000, 9, 27)


def test_a_short_line_after_the_card_is_not_taken_for_the_headline() -> None:
    # A company line the card left behind ("Acme Robotics") is too short to be a headline.
    release = parse(
        "Acme Robotics Opens a Plant in Ohio\n\n"
        "CONTACT: Jane Roe 937-555-0100\n\n"
        "Acme Robotics\n\n"
        "DAYTON, Ohio, March 2, 2026 -- " + _BODY
    )
    assert release.headline is not None
    assert release.headline.text == "Acme Robotics Opens a Plant in Ohio"
    assert release.dateline is not None and release.dateline.city == "DAYTON"


# -- datelines ---------------------------------------------------------------------------------


def test_a_dateline_with_the_date_right_after_the_region() -> None:
    found = match_dateline("ATLANTA, GA. November 5, 2012– Acme Robotics, Inc. today reported")
    assert found is not None
    assert (found.city, found.region, found.date) == ("ATLANTA", "GA.", dt.date(2012, 11, 5))
    # near miss: a month inside a place's name is still read as the date, not as the place
    found = match_dateline("DAYTON, Ohio, May 3, 2024 -- Acme said")
    assert found is not None and found.region == "Ohio" and found.date == dt.date(2024, 5, 3)


def test_a_dateline_with_two_places_gives_the_first_ones_region() -> None:
    for opening, region in (
        ("OMAHA, Neb., SAN JOSE, Calif., May 29 /PRNewswire/ -- Acme Robotics today", "Neb."),
        ("WILMINGTON, Del. and SEOUL, Korea, March 20, 2026 – Acme Robotics today", "Del."),
    ):
        found = match_dateline(opening)
        assert found is not None, opening
        assert found.region == region, opening
    # near misses: a region of several parts, a country after the region, "and" in a name
    for opening, region in (
        ("TORONTO, ONTARIO, CANADA, March 3, 2024 /PRNewswire/ -- Acme", "ONTARIO, CANADA"),
        ("PORT OF SPAIN, Trinidad and Tobago, March 3, 2024 /PRNewswire/ -- Acme", None),
        ("VANCOUVER, B.C., CANADA, March 3, 2024 /CNW/ -- Acme", "B.C., CANADA"),
    ):
        found = match_dateline(opening)
        assert found is not None, opening
        assert found.region == (region or "Trinidad and Tobago"), opening


# -- end marks and source lines ----------------------------------------------------------------


def test_end_marks_of_the_older_wires() -> None:
    opening = "Acme Robotics Opens a Plant\n\nDAYTON, Ohio, March 2, 2026 /PRNewswire/ -- " + _BODY
    for mark in ("-0-", "-0-        10/19/2000", "--30--", "--30--ts/ny*", "-ends-"):
        release = parse(opening + "\n" + mark + "\n\nCONTACT: Jane Roe, 937-555-0100\n")
        assert release.end_mark is not None, mark
        assert release.end_mark.text.strip() == mark, mark
        assert [c.names for c in release.contacts] == [["Jane Roe"]], mark


def test_dashes_and_numbers_that_are_not_end_marks() -> None:
    opening = "Acme Robotics Opens a Plant\n\nDAYTON, Ohio, March 2, 2026 /PRNewswire/ -- " + _BODY
    for line in ("-1-", "- 2 -", "-0- net change", "--300--"):
        release = parse(opening + "\n" + line + "\n\nMore text about the plant follows here.\n")
        assert release.end_mark is None, line


def test_a_source_line_whose_company_name_holds_a_digit() -> None:
    opening = "Acme Robotics Opens a Plant\n\nDAYTON, Ohio, March 2, 2026 -- " + _BODY
    release = parse(opening + "\nSource: A3M Robotics, Inc.\n")
    assert release.source_line is not None
    assert release.source_line.text == "Source: A3M Robotics, Inc."
    # near miss: a data source note that opens with a year
    release = parse(opening + "\nSource: 2024 survey of warehouse operators\n")
    assert release.source_line is None


# -- contact lines of several desks --------------------------------------------------------------


def test_a_contact_line_of_several_desks_is_several_cards() -> None:
    opening = "Acme Robotics Opens a Plant\n\nDAYTON, Ohio, March 2, 2026 -- " + _BODY
    release = parse(
        opening + "\nCONTACT: Jane Roe Chief Financial Officer 937-555-0100 Investors: Lee "
        "Park / Dana Poe Media: Sam Tate 212-555-0199\n"
    )
    cards = [(c.label, c.names) for c in release.contacts]
    assert cards == [
        ("CONTACT", ["Jane Roe"]),
        ("Investors", ["Lee Park", "Dana Poe"]),
        ("Media", ["Sam Tate"]),
    ]


def test_a_lead_in_before_a_desk_label_stays_one_card() -> None:
    # near miss: a sentence asking readers to contact a desk is not a card of its own
    opening = "Acme Robotics Opens a Plant\n\nDAYTON, Ohio, March 2, 2026 -- " + _BODY
    release = parse(
        opening + "\nFor more information please contact the company at the numbers below "
        "Media: Sam Tate 212-555-0199\n"
    )
    assert [c.names for c in release.contacts if c.names] == [["Sam Tate"]]


def test_a_name_run_into_an_agency_that_opens_with_its_initials() -> None:
    opening = "Acme Robotics Opens a Plant\n\nDAYTON, Ohio, March 2, 2026 -- " + _BODY
    release = parse(
        opening + "\nInvestor Contacts: Jane Q. Roe PCG Advisory, Inc. 646.555.0156 "
        "jroe@pcgadvisory.example\n\n"
        "Media Contacts: Lee Park SPRIG Consulting 612.555.0177 lee@sprig.example\n"
    )
    assert [c.names for c in release.contacts] == [["Jane Q. Roe"], ["Lee Park"]]
    assert release.contacts[0].organisations == ["PCG Advisory Inc"]
    # near miss: an agency of capitalised words only stays an organisation
    release = parse(
        opening + "\nMedia Contacts: Blue Water Capital Group 612.555.0177 info@bw.example\n"
    )
    assert release.contacts[0].names == []


# -- quoted defined terms --------------------------------------------------------------------------


def test_quoted_defined_terms_and_titles_are_not_quotations() -> None:
    release = parse(
        "Acme Robotics Reports Results\n\n"
        "DAYTON, Ohio, March 2, 2026 -- Acme Robotics, Inc. (the “Company”) reported "
        "“net spread and dollar roll income” of $1.2 million. See “Use of Non-GAAP Financial "
        "Information” below.\n\n"
        "“We had a strong quarter and expect more of the same,” said Jane Roe, Chief "
        "Executive Officer of Acme Robotics.\n\n"
        "“Our robots are now in forty hospitals.”\n"
    )
    texts = [q.text for q in release.quotes]
    assert not any("dollar roll" in t or "Use of Non-GAAP" in t for t in texts)
    # near misses: an attributed quotation and an unattributed full sentence stay, and so
    # does a short clause handed to an anonymous speaker (its comma before "said")
    assert any(t.startswith("We had a strong quarter") for t in texts)
    assert any(t.startswith("Our robots are now") for t in texts)
    release = parse(
        "Acme Robotics Reports Results\n\n"
        "DAYTON, Ohio, March 2, 2026 -- Acme Robotics, Inc. reported results.\n\n"
        "“We expect shipments to double next year,” said a company spokesperson.\n"
    )
    assert [q.text for q in release.quotes] == ["We expect shipments to double next year"]


# -- the older wires' trailers -----------------------------------------------------------------


def test_an_older_pr_newswire_trailer() -> None:
    release = parse(
        "Acme Robotics Reports Record Earnings\n\n"
        "CHICAGO, Oct. 19 /PRNewswire/ -- Acme Robotics, Inc. (NYSE: ACM) today reported "
        "record earnings for its third quarter.\n\n"
        "SOURCE  Acme Robotics, Inc.\n\n"
        "-0-                             10/19/2004\n\n"
        "/CONTACT: Lee Park of Acme Robotics, Inc., +1-937-555-0100, or lpark@acme.example/\n"
    )
    assert release.dateline is not None and release.dateline.date == dt.date(2004, 10, 19)
    assert release.end_mark is not None and release.end_mark.text.startswith("-0-")
    assert [(c.label, c.names) for c in release.contacts] == [("CONTACT", ["Lee Park"])]
    assert release.contacts[0].organisations == ["Acme Robotics Inc"]


def test_a_year_is_taken_only_from_a_stamp_of_the_same_day() -> None:
    release = parse(
        "Acme Robotics Reports Record Earnings\n\n"
        "CHICAGO, Oct. 19 /PRNewswire/ -- Acme Robotics, Inc. (NYSE: ACM) today reported "
        "record earnings for its third quarter.\n\n"
        "-0-                             10/20/2004\n"
    )
    assert release.dateline is not None and release.dateline.date is None


def test_an_older_business_wire_card_with_slashed_area_codes() -> None:
    release = parse(
        "ACME ROBOTICS REPORTS RECORD EARNINGS\n\n"
        "     DAYTON, Ohio--(BUSINESS WIRE)--Oct. 19, 1996--Acme Robotics, Inc.\n"
        "(NYSE:ACM) today reported record earnings for the third quarter.\n\n"
        "     CONTACT: Acme Robotics, Inc.\n"
        "              Lee Park, 937/555-0100\n\n"
        "                                 --30--ts/ny*\n"
    )
    assert [p.text for c in release.contacts for p in c.phones] == ["937/555-0100"]
    assert release.end_mark is not None
    # near miss: a date with slashes is not a phone number
    release = parse(
        "Acme Robotics Reports Earnings\n\nDAYTON, Ohio, March 2, 2026 -- Acme reported.\n\n"
        "CONTACT: Lee Park, lpark@acme.example, as of 10/19/2004\n"
    )
    assert [p.text for c in release.contacts for p in c.phones] == []


def test_an_end_mark_run_into_the_about_text() -> None:
    release = parse(
        "Acme Robotics Opens a Plant\n\nDAYTON, Ohio, March 2, 2026 -- " + _BODY + "\n"
        "About Acme Robotics\n"
        "Acme Robotics, Inc. builds delivery robots for hospitals. Visit www.acme.example. ###\n\n"
        "Contact: Lee Park, 937-555-0100\n"
    )
    assert release.end_mark is not None and release.end_mark.text == "###"
    assert release.about[0].text.endswith("Visit www.acme.example.")
    # near miss: a number sign inside the text is not an end mark
    release = parse(
        "Acme Robotics Opens a Plant\n\nDAYTON, Ohio, March 2, 2026 -- " + _BODY + "\n"
        "About Acme Robotics\n"
        "Acme Robotics, Inc. ranks #3 among robot makers. Visit www.acme.example.\n"
    )
    assert release.end_mark is None


# -- attributions ----------------------------------------------------------------------------------

_LEAD = (
    "Acme Robotics Opens a Plant\n\n"
    "DAYTON, Ohio, March 2, 2026 /PRNewswire/ -- Acme Robotics, Inc. (NASDAQ: ACMR) today "
    "opened a plant that will build forty delivery robots a week.\n\n"
)


def test_according_to_a_speaker_with_title_and_company() -> None:
    release = parse(
        _LEAD + "According to Jane Roe, CEO of Acme Robotics, “the plant will double our output "
        "within two years.”\n"
    )
    [quote] = release.quotes
    assert (quote.speaker, quote.title, quote.organisation) == ("Jane Roe", "CEO", "Acme Robotics")
    # near miss: "according to" a report names no speaker
    release = parse(
        _LEAD + "According to a report by Borealis Research, the market “will double within two "
        "years as hospitals automate their deliveries.”\n"
    )
    assert all(q.speaker is None for q in release.quotes)


def test_the_company_undefined_is_the_issuer_in_an_attribution() -> None:
    release = parse(
        _LEAD + "“We are proud of the team and of what it has built here,” said Jane Roe, the "
        "Company’s President and Chief Executive Officer.\n"
    )
    assert release.quotes[0].organisation == "Acme Robotics"
    # near miss: a release that defines the term maps it to the defined name
    release = parse(
        "Acme Robotics Opens a Plant\n\n"
        "DAYTON, Ohio, March 2, 2026 /PRNewswire/ -- Acme Robotics Holdings, Inc. (“Acme” or "
        "the “Company”) today opened a plant.\n\n"
        "“We are proud of the team and of what it has built here,” said Jane Roe, the "
        "Company’s President.\n"
    )
    assert release.quotes[0].organisation == "Acme Robotics Holdings, Inc."


def test_a_logo_link_after_the_about_is_a_footer() -> None:
    release = parse(
        _LEAD + "About Acme Robotics\n\nAcme Robotics, Inc. builds delivery robots for hospitals. "
        "Visit www.acme.example.\n\nLogo: https://mma.example.com/media/1234/acme_logo.jpg\n"
    )
    assert release.about[0].text.endswith("Visit www.acme.example.")
    assert any(p.text.startswith("Logo:") for p in release.footer)
    # near miss: a sentence about a logo is the About's own text
    release = parse(
        _LEAD + "About Acme Robotics\n\nAcme Robotics, Inc. builds delivery robots for hospitals."
        "\n\nLogo: the Acme robot arm, designed in 1998, is a registered trademark.\n"
    )
    assert release.about[0].text.endswith("registered trademark.")


# -- front matter of EDGAR exhibits ---------------------------------------------------------------

_DATED_BODY = (
    "DAYTON, Ohio, Oct. 19, 1999 -- Acme Robotics, Inc. (NYSE: ACM) today reported record "
    "earnings for the third quarter ended Sept. 30, 1999.\n\nNet income was $1.1 million.\n"
)


def test_page_furniture_logo_and_split_exhibit_labels_are_front_matter() -> None:
    for top in (
        "Exhibit 99.1\n\nPage 1 of 4\n\n",
        "Exhibit\n99.1\n\n",
        "[LOGO]\n\n",
        "- 1 -\n\n",
        "ACME ROBOTICS, INC.\n\n",
    ):
        release = parse(top + "Acme Robotics Reports Record Earnings\n\n" + _DATED_BODY)
        assert release.headline is not None, top
        assert release.headline.text == "Acme Robotics Reports Record Earnings", top
    # near misses: a company's name alone over the text is still the headline, and a
    # headline naming a page is one
    release = parse("ACME ROBOTICS, INC.\n\n" + _DATED_BODY)
    assert release.headline is not None and release.headline.text == "ACME ROBOTICS, INC."
    release = parse("Page One of the Acme Story Opens in Dayton\n\n" + _DATED_BODY)
    assert release.headline is not None
    assert release.headline.text.startswith("Page One of the Acme Story")


def test_a_release_date_line_dates_a_dateline_that_has_none() -> None:
    undated = (
        "DAYTON, Ohio -- Acme Robotics, Inc. (NYSE: ACM) today reported record earnings for "
        "the third quarter ended Sept. 30, 1999, on higher sales of its delivery robots to "
        "hospitals.\n"
    )
    for top in (
        "For Immediate Release\nOctober 19, 1999\n\n",
        "For immediate release\n10/19/99\n\n",
        "October 19, 1999\n\n",
    ):
        release = parse(top + "Acme Robotics Reports Record Earnings\n\n" + undated)
        assert release.headline is not None, top
        assert release.headline.text == "Acme Robotics Reports Record Earnings", top
        assert release.dateline is not None and release.dateline.date == dt.date(1999, 10, 19)
        assert [f.date for f in release.front if f.kind == "date"] == [dt.date(1999, 10, 19)]
    release = parse(
        "Acme Robotics Reports Record Earnings\n\n"
        "November 30, 2020 07:00 PM Eastern Standard Time\n\n"
        "DAYTON, Ohio--(BUSINESS WIRE)--Acme Robotics, Inc. (NYSE: ACM) today reported.\n"
    )
    assert release.dateline is not None and release.dateline.date == dt.date(2020, 11, 30)
    assert release.subheadlines == []
    # near miss: a dateline's own date wins over a different release-date line
    release = parse("October 18, 1999\n\nAcme Robotics Reports Record Earnings\n\n" + _DATED_BODY)
    assert release.dateline is not None and release.dateline.date == dt.date(1999, 10, 19)


def test_an_older_trailer_printed_as_one_block() -> None:
    opening = (
        "Acme Robotics Reports Record Earnings\n\n"
        "CHICAGO, Oct. 19 /PRNewswire/ -- Acme Robotics, Inc. (NYSE: ACM) today reported "
        "record earnings for its third quarter.\n\n"
    )
    release = parse(
        opening + "    SOURCE  Acme Robotics, Inc.\n"
        "    -0-                             10/19/2000\n"
        "    /CONTACT:  Lee Park of Acme Robotics, Inc., 937-555-0100/\n"
        "    (ACM)\n"
    )
    assert release.source_line is not None
    assert release.source_line.text.strip() == "SOURCE  Acme Robotics, Inc."
    assert release.end_mark is not None and release.end_mark.text.startswith("-0-")
    assert release.dateline is not None and release.dateline.date == dt.date(2000, 10, 19)
    assert [(c.label, c.names) for c in release.contacts] == [("CONTACT", ["Lee Park"])]
    release = parse(opening + "-0-\n/CONTACT: Lee Park of Acme Robotics, Inc., 937-555-0100/\n")
    assert release.end_mark is not None and release.end_mark.text == "-0-"
    assert [c.names for c in release.contacts] == [["Lee Park"]]
    # near miss: a source line over a line of text that is no card
    release = parse(opening + "SOURCE  Acme Robotics, Inc.\nWeb site: http://www.acme.example/\n")
    assert release.end_mark is None and release.contacts == []


def test_the_last_paragraph_saying_what_the_issuer_does_is_its_about() -> None:
    lead = (
        "ACME ROBOTICS SHAREHOLDERS APPROVE MERGER\n\n"
        "DAYTON, Ohio — June 20, 2003 — Acme Robotics, Inc. (NASDAQ: ACMR) announced that its "
        "shareholders approved the merger with Borealis Glass.\n\n"
        "Seventy percent of the votes cast were in favor of the merger, which is expected to "
        "close in the third quarter.\n\n"
    )
    legend = (
        "\n\nForward-looking statements in this release involve risks and uncertainties that "
        "could cause actual results to differ materially.\n"
    )
    release = parse(
        lead + "Acme Robotics develops and sells delivery robots for hospitals, with its lead "
        "product in use in forty countries." + legend
    )
    assert [a.subject for a in release.about] == ["Acme Robotics"]
    # near misses: the last paragraph about what the issuer will do; an earlier paragraph
    # about what it develops
    release = parse(lead + "Acme Robotics will host a call on June 21 at 10 a.m. ET." + legend)
    assert release.about == []
    release = parse(
        lead + "Acme Robotics develops its robots in Dayton.\n\n"
        "The merger agreement is on file with the SEC." + legend
    )
    assert release.about == []


def test_a_card_and_a_source_line_run_into_the_about_text() -> None:
    release = parse(
        _LEAD + "About Acme Robotics\n\nAcme Robotics, Inc. builds delivery robots for hospitals. "
        "For more information, visit the Acme website. Contact Information Company: Acme "
        "Robotics Website: https://acme.example SOURCE: Acme Robotics\n"
    )
    assert release.about[0].text.endswith("visit the Acme website.")
    assert release.source_line is not None and release.source_line.text == "SOURCE: Acme Robotics"
    assert [c.label for c in release.contacts] == ["Contact Information"]
    # near misses: a citation inside the boilerplate and a sentence about contact details
    release = parse(
        _LEAD + "About Acme Robotics\n\nAcme Robotics, Inc. builds delivery robots for hospitals "
        "(Source: Borealis Research). Contact Information is kept on file by Acme.\n"
    )
    assert release.source_line is None and release.contacts == []
    assert release.about[0].text.endswith("kept on file by Acme.")


def test_a_contact_information_label_is_not_a_firm_name() -> None:
    release = parse(
        _LEAD + "Contact Information: Lee Park, lpark@acme.example\n\n"
        "Contact Borealis Partners, LLP: Dana Poe, dpoe@borealis.example\n"
    )
    assert [c.label for c in release.contacts] == [
        "Contact Information",
        "Contact Borealis Partners, LLP",
    ]


def test_footnotes_after_the_legend_are_not_part_of_it() -> None:
    release = parse(
        _LEAD + "Forward-looking statements\n\n"
        "This release contains forward-looking statements within the meaning of federal "
        "securities laws; actual results may differ materially.\n\n"
        "1 Defined as scope 1 and 2 greenhouse gas emissions\n"
    )
    assert release.forward_looking[0].text.rstrip().endswith("may differ materially.")
    # near miss: a numbered line that reads as part of the legend stays in it
    release = parse(
        _LEAD + "Forward-looking statements\n\n"
        "This release contains forward-looking statements within the meaning of federal "
        "securities laws; actual results may differ materially.\n\n"
        "2 Factors include the risks described in our filings with the SEC.\n"
    )
    assert release.forward_looking[0].text.rstrip().endswith("filings with the SEC.")


def test_a_contact_label_after_a_pages_empty_image_links() -> None:
    release = parse(
        _LEAD + " [](https://images.example/logo.jpg) [](http://acme.example/) Contact "
        "Information:\n\n Acme Robotics Labs\n\n12 Harbor Road  Dayton, OH 45402\n\n"
        " Jane Roe http://acme.example/\n",
        fmt="md",
    )
    assert [(c.label, c.names) for c in release.contacts] == [("Contact Information", ["Jane Roe"])]
    # near miss: empty links before a sentence are body text
    release = parse(
        _LEAD + " [](https://images.example/logo.jpg) Contact the plant for a tour.\n", fmt="md"
    )
    assert release.contacts == []


def test_a_page_card_with_link_text_and_a_bare_number() -> None:
    release = parse(
        _LEAD + "ContactJane Roe Acme Digital Email Us Here\n\n Tucson, Arizona\n\n"
        "United States\n\n5205550192\n\nVisit Our Website\n",
        fmt="md",
    )
    [card] = release.contacts
    assert card.names == ["Jane Roe"]
    assert [p.text for p in card.phones] == ["5205550192"]
    # near misses: without the page's link text a flattened line keeps the older wires'
    # reading (company, then person), and a number inside a line is no bare phone
    release = parse(_LEAD + "Contact:\nAcme Robotics Jane Roe\njroe@acme.example\n")
    assert release.contacts[0].names == ["Jane Roe"]
    release = parse(_LEAD + "Contact: Jane Roe, jroe@acme.example\nOrder 5205550192 shipped\n")
    assert [p.text for c in release.contacts for p in c.phones] == []


def test_an_earlier_mention_keeps_an_abbreviation_in_the_organisation() -> None:
    release = parse(
        _LEAD + "Luis Roe, President and CEO of U.S. Century Robotics; and Ann Lee, CEO of "
        "Borealis Bank, toured the plant.\n\n"
        "“The plant is a model for the state and for the industry,” said Roe.\n"
    )
    [quote] = release.quotes
    assert (quote.title, quote.organisation) == ("President and CEO", "U.S. Century Robotics")
    # near miss: a sentence's full stop still ends the mention
    release = parse(
        _LEAD + "Luis Roe, President of Acme Robotics. He joined in 2020.\n\n"
        "“The plant is a model for the state and for the industry,” said Roe.\n"
    )
    assert release.quotes[0].organisation == "Acme Robotics"


def test_an_organisation_before_a_gm_title() -> None:
    release = parse(
        _LEAD + "“The plant is a model for the state and for the industry,” says Jane Roe, "
        "PEOPLE® GM and editor-in-chief.\n"
    )
    [quote] = release.quotes
    assert quote.title == "GM and editor-in-chief"
    assert quote.organisation is not None and quote.organisation.startswith("PEOPLE")
    # near miss: a title with no organisation before it
    release = parse(
        _LEAD + "“The plant is a model for the state and for the industry,” says Jane Roe, GM.\n"
    )
    assert (release.quotes[0].title, release.quotes[0].organisation) == ("GM", None)


def test_an_about_heading_at_the_end_of_a_link_line() -> None:
    release = parse(
        _LEAD + "Acme on Discord: https://discord.example/acme About Acme Robotics, Inc. (ACMR)\n\n"
        "Acme Robotics, Inc. (ACMR), an Ohio corporation, builds delivery robots for "
        "hospitals.\n\nSafe Harbor Statement:\n\nThis release contains forward-looking "
        "statements that involve risks and uncertainties.\n",
        fmt="md",
    )
    assert [a.subject for a in release.about] == ["Acme Robotics, Inc. (ACMR)"]
    assert release.about[0].text.endswith("for hospitals.")
    assert any(p.text.endswith("discord.example/acme") for p in release.body)
    # near misses: "About" inside a sentence, and a next paragraph about something else
    for text in (
        _LEAD + "Visitors can learn About Acme Robotics\n\nAcme Robotics will open it in May.\n",
        _LEAD + "See https://acme.example About Acme Robotics\n\nThe plant opens in May.\n",
    ):
        release = parse(text, fmt="md")
        assert release.about == [], text


def test_a_partners_description_above_the_headed_about_is_body_text() -> None:
    partner = (
        "Borealis Glass is a globally trusted maker of specialty glass, with plants in Ohio "
        "and Ontario.\n\n"
    )
    about = "About Acme Robotics\n\nAcme Robotics, Inc. builds delivery robots for hospitals.\n"
    release = parse(
        _LEAD
        + "“The glass makes the robots lighter,” said Jane Roe, CEO of Acme Robotics.\n\n"
        + partner
        + "Download the Acme app here: https://acme.example/app\n\n"
        + about
    )
    assert [a.subject for a in release.about] == ["Acme Robotics"]
    assert any(p.text.startswith("Borealis Glass is") for p in release.body)
    # near miss: an unheaded boilerplate paragraph right above another company's headed
    # About is still boilerplate
    release = parse(
        _LEAD + "“The glass makes the robots lighter,” said Jane Roe, CEO of Acme Robotics.\n\n"
        "Acme Robotics, Inc. (NASDAQ: ACMR) is a maker of delivery robots.\n\n"
        "About Borealis Glass\n\nBorealis Glass makes specialty glass.\n"
    )
    assert [a.subject for a in release.about] == ["Acme Robotics, Inc.", "Borealis Glass"]


_TEXT_EXHIBIT = (
    "ACME ROBOTICS REPORTS RECORD EARNINGS\n\n"
    "     DAYTON, Ohio--(BUSINESS WIRE)--Oct. 19, 1999--Acme Robotics, Inc. (NYSE:ACM)\n"
    "today reported record earnings for the third quarter ended Sept. 30, 1999.\n\n"
    "     About Acme Robotics\n\n"
    "     Acme Robotics, Inc. builds delivery robots for hospitals and\n"
    "warehouses in twelve countries.\n\n"
)


def test_an_about_ends_at_a_financial_statements_heading_or_a_more_mark() -> None:
    for tail in (
        "                          ACME ROBOTICS, INC.\n"
        "                CONSOLIDATED STATEMENTS OF INCOME\n"
        "                             (Unaudited)\n\n"
        "   Revenue                  $12,000      $11,000\n",
        "                                  -more-\n\nThe company also reported new orders.\n",
    ):
        release = parse(_TEXT_EXHIBIT + tail)
        assert release.about[0].text.endswith("warehouses in twelve countries."), tail
    # near miss: a second paragraph of the boilerplate in capitals is still the About's
    release = parse(_TEXT_EXHIBIT + "     ACME IS LISTED ON THE NEW YORK STOCK EXCHANGE.\n")
    assert release.about[0].text.endswith("NEW YORK STOCK EXCHANGE.")


def test_a_safe_harbor_under_the_reform_act_opens_the_legend() -> None:
    release = parse(
        _TEXT_EXHIBIT + "     SAFE HARBOR STATEMENT UNDER THE PRIVATE SECURITIES LITIGATION REFORM "
        "ACT OF 1995: Statements in this release that are not historical are forward-looking "
        "statements that involve risks and uncertainties.\n"
    )
    assert len(release.forward_looking) == 1
    assert release.about[0].text.endswith("warehouses in twelve countries.")


def test_a_trademark_notice_is_not_another_companys_about() -> None:
    release = parse(
        _LEAD + "“The plant is a model for the state and for the industry,” said Jane Roe, CEO "
        "of Acme Robotics.\n\nAcme Robotics, Inc. (NASDAQ: ACMR) is a maker of delivery "
        "robots.\n\nAcmeBot is a registered trademark of Acme Robotics, Inc.\n"
    )
    assert [a.subject for a in release.about] == ["Acme Robotics, Inc."]
    # near miss: a company that is a maker of trademarked goods is a company
    release = parse(
        _LEAD + "“The plant is a model for the state and for the industry,” said Jane Roe, CEO "
        "of Acme Robotics.\n\nBorealis Glass, Inc. is a maker of trademarked specialty "
        "glass.\n"
    )
    assert [a.subject for a in release.about] == ["Borealis Glass, Inc."]


# -- contact cards ---------------------------------------------------------------------------------

_ABOUT_LEAD = _LEAD + "About Acme Robotics\n\nAcme Robotics, Inc. builds delivery robots.\n\n"


def test_the_issuers_name_on_a_card_is_its_organisation() -> None:
    for card in (
        "Media Contact:\nJane Roe\nAcme Robotics\n+1 555 010 0100\njane@acme.example\n",
        "Press Contact\nJane Roe | Acme Robotics | jane@acme.example | 555-010-0100\n",
        "Media Contact:\nJANE ROE\nACME ROBOTICS\n937-555-0100\n",
    ):
        release = parse(_ABOUT_LEAD + card)
        [contact] = release.contacts
        assert [n.casefold() for n in contact.names] == ["jane roe"], card
        assert [o.casefold() for o in contact.organisations] == ["acme robotics"], card
    # near miss: another two-word name on the card stays a person
    release = parse(_ABOUT_LEAD + "Media Contact:\nJane Roe\nLee Park\njane@acme.example\n")
    assert release.contacts[0].names == ["Jane Roe", "Lee Park"]


def test_form_fields_and_a_please_contact_label() -> None:
    release = parse(
        _ABOUT_LEAD + "Contact Information:\nCompany Name: Borealis Glass\nContact Person: "
        "Jane Roe\nEmail: jane@borealis.example\nPhone: 555-010-0100\n"
    )
    assert [(c.label, c.names, c.organisations) for c in release.contacts] == [
        ("Contact Information", ["Jane Roe"], ["Borealis Glass"])
    ]
    release = parse(
        _ABOUT_LEAD + "For media inquiries, please contact:\nJane Roe\njane@acme.example\n"
    )
    assert [(c.label, c.names) for c in release.contacts] == [
        ("For media inquiries, please contact", ["Jane Roe"])
    ]
    # near miss: a card's own "Name" line that is a company stays an organisation
    release = parse(_ABOUT_LEAD + "Contact:\nName: Borealis Glass LLC\nlee@borealis.example\n")
    assert release.contacts[0].names == []


def test_several_people_of_their_companies_on_one_line() -> None:
    release = parse(
        _ABOUT_LEAD + "CONTACT: Jane Roe of Acme Robotics, 555-010-0100, or Lee Park of "
        "Borealis PR, 555-010-0101\n"
    )
    assert [n for c in release.contacts for n in c.names] == ["Jane Roe", "Lee Park"]


def test_a_title_in_brackets_or_after_a_possessive_in_an_earlier_mention() -> None:
    quote = "“We are proud of the team and of what it has built here,” said Doe.\n"
    for mention, title, organisation in (
        ("Chris Doe (CEO, Acme Robotics) led the project.\n\n", "CEO", "Acme Robotics"),
        ("Acme's founder, Chris Doe, led the project.\n\n", "founder", "Acme"),
    ):
        release = parse(_LEAD + mention + quote)
        [found] = release.quotes
        assert (found.title, found.organisation) == (title, organisation), mention
    # near misses: brackets that hold no title, and a possessive before a word that is none
    for mention in (
        "Chris Doe (pictured) led the project.\n\n",
        "Acme's customer, Chris Doe, toured the plant.\n\n",
    ):
        release = parse(_LEAD + mention + quote)
        assert release.quotes[0].title is None, mention


def test_edgar_file_headers_listing_lines_and_release_numbers_are_front_matter() -> None:
    for top in (
        "EX-99.1 2 d123.htm PRESS RELEASE\n\n",
        "EX-99 3 acme.txt\n\n",
        "NYSE: ACM | TSX: ACM\n\n",
        "NEWS FROM ACME ROBOTICS\n\n",
        "Release No. 99-14\n\n",
    ):
        release = parse(top + "Acme Robotics Reports Record Earnings\n\n" + _DATED_BODY)
        assert release.headline is not None, top
        assert release.headline.text == "Acme Robotics Reports Record Earnings", top
        assert release.front, top
    # near misses: headlines that open with such words stay headlines
    for headline in (
        "NYSE Listing Approved for Acme Robotics",
        "News From the Plant: Acme Robotics Doubles Output",
        "Release of the Acme Robotics Annual Report",
    ):
        release = parse(headline + "\n\n" + _DATED_BODY)
        assert release.headline is not None and release.headline.text == headline


def test_a_for_desk_label() -> None:
    release = parse(
        _ABOUT_LEAD + "For Media:\nJane Roe\njane@acme.example\n\nFor Investors:\nLee Park\n"
        "lee@acme.example\n"
    )
    assert [(c.label, c.names) for c in release.contacts] == [
        ("For Media", ["Jane Roe"]),
        ("For Investors", ["Lee Park"]),
    ]
    # near miss: "for media" inside a sentence is no label
    release = parse(_ABOUT_LEAD + "Photos for media use are at www.acme.example/photos.\n")
    assert release.contacts == []
