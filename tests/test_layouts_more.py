"""More real-world layouts (issue 9, second round): sections that end at a block of another
kind, signature lines glued to the next paragraph, contact labels. Each case is a small
release written for the test, with a near miss beside it."""

from __future__ import annotations

import datetime as dt

import pytest

from disclint.contacts import find_emails, parse_contacts
from disclint.dateline import match_dateline
from disclint.model import Release
from tests.helpers import parse_release


def parse(text: str, fmt: str = "txt") -> Release:
    return parse_release(text, fmt)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line: how the parser hands a contact block to the reader."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


_OPENING = (
    "Acme Solar Signs Supply Deal\n\n"
    "DENVER, May 4, 2026 /PRNewswire/ -- Acme Solar, Inc. (NASDAQ: ACME) signed a supply deal "
    "with a utility in Colorado for 40 megawatts of panels.\n\n"
)
_LEGEND = (
    "Forward-Looking Statements\n\n"
    "This release contains forward-looking statements within the meaning of the Private "
    "Securities Litigation Reform Act of 1995. Actual results may differ materially.\n\n"
    "Acme undertakes no obligation to update these statements, except as required by law.\n\n"
)


def test_numbered_references_end_the_legend() -> None:
    release = parse(
        _OPENING + _LEGEND + "[1] Roe D. Solar yields in high deserts. J Sol Eng. 2024;12:1-9.\n\n"
        "[2] Based on a review of public filings as of May 1, 2026.\n"
    )
    (fls,) = release.forward_looking
    assert fls.paragraphs[-1].text.endswith("as required by law.")
    assert release.body[-1].text.startswith("[2]")


def test_a_note_pointing_to_a_web_site_ends_the_legend() -> None:
    (fls,) = parse(
        _OPENING + _LEGEND + "Note: News releases about Acme can be found at www.acme.example.\n"
    ).forward_looking
    assert fls.paragraphs[-1].text.endswith("as required by law.")


def test_a_legend_paragraph_with_a_web_site_stays_in_the_legend() -> None:
    # near miss: the pointer to the risk factors is part of the legend
    (fls,) = parse(
        _OPENING + _LEGEND + "Our risk factors are filed with the SEC at www.sec.gov.\n"
    ).forward_looking
    assert fls.paragraphs[-1].text.endswith("at www.sec.gov.")


def test_another_company_boilerplate_ends_an_about_section() -> None:
    release = parse(
        _OPENING + "About Acme Solar\n\n"
        "Acme Solar, Inc. makes solar panels in Colorado and sells them across the West.\n\n"
        "To learn more, visit www.acme.example.\n\n"
        "eGrid, LLC, is one of the largest grid operators in the Rocky Mountain region, "
        "serving two million homes. For more information, please visit www.egrid.example.\n"
    )
    assert [(a.subject, len(a.paragraphs)) for a in release.about] == [
        ("Acme Solar", 2),
        ("eGrid, LLC", 1),
    ]


def test_a_product_described_in_an_about_section_stays_in_it() -> None:
    # near miss: a product or ingredient of the subject is no company of its own
    release = parse(
        _OPENING + "About SunMax\n\n"
        "SunMax is a bifacial panel for utility-scale arrays.\n\n"
        "Boron is a dopant that lifts the cell's efficiency by two points.\n"
    )
    assert [(a.subject, len(a.paragraphs)) for a in release.about] == [("SunMax", 2)]


_QUOTE_ONE = "“Our new plant doubles what we can make in a year and cuts our costs by a third.”"
_QUOTE_TWO = "“The order book has never been fuller, and our crews are hiring every week.”"


def test_signature_lines_run_into_the_next_paragraph() -> None:
    release = parse(
        _OPENING + _QUOTE_ONE + "\n\n"
        "Dana Roe, CEO of Acme Solar " + _QUOTE_TWO + "\n\n"
        "Lee Park, Chairman of the Board of Acme Solar, Inc. In his role, Mr. Park leads the "
        "board's audit work.\n"
    )
    assert [(q.speaker, q.title, q.organisation) for q in release.quotes] == [
        ("Dana Roe", "CEO", "Acme Solar"),
        ("Lee Park", "Chairman of the Board", "Acme Solar, Inc."),
    ]


def test_signature_line_before_its_own_quotation() -> None:
    release = parse(
        _OPENING + "DANA ROE, CHIEF EXECUTIVE OFFICER, ACME SOLAR " + _QUOTE_ONE + "\n\n"
        "LEE PARK, PLANT MANAGER, ACME SOLAR " + _QUOTE_TWO + "\n"
    )
    assert [q.speaker for q in release.quotes] == ["DANA ROE", "LEE PARK"]


def test_a_sentence_about_a_person_is_no_signature() -> None:
    # near miss: the paragraph after an unattributed quotation talks about someone
    release = parse(
        _OPENING + _QUOTE_ONE + "\n\n"
        "Dana Roe, CEO of Acme Solar, joined the company in 2019 from a utility.\n"
    )
    assert [q.speaker for q in release.quotes] == [None]


def test_a_board_or_committee_is_part_of_the_title() -> None:
    release = parse(
        _OPENING
        + _QUOTE_ONE
        + " said Lee Park, Chair of the Audit and Risk Committee.\n\n"
        + _QUOTE_TWO
        + " said Dana Roe, Chairman of the Board of Directors of Acme Solar.\n"
    )
    assert [(q.title, q.organisation) for q in release.quotes] == [
        ("Chair of the Audit and Risk Committee", None),
        ("Chairman of the Board of Directors", "Acme Solar"),
    ]


def test_reported_speech_run_into_a_quotation() -> None:
    release = parse(
        _OPENING + "Dana Roe, CEO of Acme Solar, says that the “new plant doubles what we "
        "can make in a year and cuts our costs by a third.”\n"
    )
    assert [(q.speaker, q.title) for q in release.quotes] == [("Dana Roe", "CEO")]


# -- contacts ------------------------------------------------------------------------------


def test_a_desk_line_labels_a_card_under_a_bare_contact_label() -> None:
    text = "Contact:\nDana Roe\nAcme Solar Investor Relations\n303-555-0100\nir@acme.example"
    (contact,) = parse_contacts(text, _lines(text))
    assert contact.label == "Acme Solar Investor Relations"
    assert contact.names == ["Dana Roe"]


def test_a_named_label_is_not_replaced_by_a_desk_line() -> None:
    # near miss: "Media Contact" already says which desk
    text = "Media Contact:\nDana Roe\nAcme Corporate Communications\nmedia@acme.example"
    (contact,) = parse_contacts(text, _lines(text))
    assert contact.label == "Media Contact"


def test_a_person_with_a_desk_is_not_a_desk_name() -> None:
    text = "Contact:\nDana Roe Investor Relations\nir@acme.example"
    (contact,) = parse_contacts(text, _lines(text))
    assert contact.label == "Contact"


def test_company_label_with_text_after_the_colon() -> None:
    text = "Acme investor relations contact: Dana Roe, +1 303-555-0100 or roe@acme.example"
    (contact,) = parse_contacts(text, _lines(text))
    assert (contact.label, contact.names) == ("Acme investor relations contact", ["Dana Roe"])


def test_contact_a_named_firm_label() -> None:
    release = parse(
        _OPENING + "CONTACT ROE & PARK, LLP:If you bought Acme shares, you may go to "
        "https://www.roepark.example/acme to join the case.\n\n"
        "You can also contact attorney Dana Roe, Esq. by calling (303) 555-0100 or by email "
        "at info@roepark.example.\n"
    )
    assert [(c.label, c.names) for c in release.contacts] == [
        ("CONTACT ROE & PARK, LLP", ["Dana Roe"])
    ]


def test_a_sentence_names_only_the_person_it_asks_to_contact() -> None:
    text = (
        "For more information about the offer, please contact the information agent, Roe "
        "Proxy Services, at 1-800-555-0199 (toll-free in the United States)."
    )
    (contact,) = parse_contacts(text, _lines(text))
    assert contact.names == []
    text = "To join the case, contact an attorney about your rights: Dana Roe, (303) 555-0100."
    (contact,) = parse_contacts(text, _lines(text))
    assert contact.names == ["Dana Roe"]


def test_places_headings_and_codes_are_not_names() -> None:
    text = "Acme Newswire, Inc.\nLos Angeles, CA\n310.555.0100 Office\nEditor@acmewire.example"
    (contact,) = parse_contacts(text, _lines(text))
    assert contact.names == []
    text = (
        "Contact Details\nACME GLOBAL VISION：\nAX DN lens page：\nDana Roe, AD\nroe@acme.example"
    )
    (contact,) = parse_contacts(text, _lines(text))
    assert contact.names == ["Dana Roe"]  # "AD" after a name is no state


@pytest.mark.parametrize(
    ("text", "emails"),
    [
        ("(646) 555-0143jroe@acme.example", ["jroe@acme.example"]),
        ("Acme Inc.info@acme.example", ["info@acme.example"]),
        ("www.acme.example/investorsir@acme.example", ["ir@acme.example"]),
        ("roe@acme.comwww.acme.com", ["roe@acme.com"]),
        # near misses: an address whose own first word comes before a role
        ("acmepr@acme.example", ["acmepr@acme.example"]),
        ("investors@acme.example", ["investors@acme.example"]),
    ],
)
def test_glued_address_boundaries(text: str, emails: list[str]) -> None:
    assert [text[a:b] for a, b in find_emails(text)] == emails


def test_an_address_run_into_the_word_before_starts_at_the_person_s_name() -> None:
    text = "Acme Inc.Dana ReyesCommunications, Acmedana@agency.example"
    (contact,) = parse_contacts(text, _lines(text))
    assert contact.names == ["Dana Reyes"]
    assert [text[a:b] for a, b in contact.emails] == ["dana@agency.example"]
    # near miss: initials or the person's own names before the surname are the address's
    text = "Dana Roe\nDRoe@acme.example\nDanaRoe@acme.example"
    (contact,) = parse_contacts(text, _lines(text))
    assert [text[a:b] for a, b in contact.emails] == ["DRoe@acme.example", "DanaRoe@acme.example"]


def test_a_label_is_a_whole_word() -> None:
    text = "Investors:\nDana Roe\ninvestors@acme.example"
    (contact,) = parse_contacts(text, _lines(text))
    assert contact.label == "Investors"
    assert [text[a:b] for a, b in contact.emails] == ["investors@acme.example"]


# -- datelines ------------------------------------------------------------------------------


def test_slashed_dateline_with_an_issuer_and_a_distributor() -> None:
    found = match_dateline("MIAMI, FL / Acme / Amplifi / April 19,2024 / Acme Solar, Inc. said")
    assert found is not None
    assert (found.city, found.region, found.wire, found.date) == (
        "MIAMI",
        "FL",
        None,
        dt.date(2024, 4, 19),
    )


def test_a_wire_name_alone_then_the_full_dateline() -> None:
    release = parse(
        "Acme Solar Signs Supply Deal\n\n--News Direct--\n\n"
        "MIAMI, FL / Acme / Amplifi / April 19, 2024 / Acme Solar, Inc. signed a supply deal "
        "with a utility in Florida for 40 megawatts of panels, its largest order to date.\n",
        "md",
    )
    dateline = release.dateline
    assert dateline is not None
    assert (dateline.city, dateline.wire, dateline.date) == (
        "MIAMI",
        "News Direct",
        dt.date(2024, 4, 19),
    )
    assert release.body[0].text.startswith("MIAMI")


def test_cover_lines_do_not_use_up_the_dateline_search() -> None:
    bullets = "".join(f"- Highlight number {n} of the quarter\n" for n in range(1, 6))
    release = parse(
        "Exhibit 99.1\n\nAcme Solar, Inc.\n\n1Q 2026 Earnings Release\n\nApril 28, 2026\n\n"
        "FOR IMMEDIATE RELEASE\n\nAcme Solar Reports First-Quarter 2026 Results\n\n"
        + bullets
        + "\nDENVER, Colo. – Acme Solar, Inc. (NASDAQ: ACME) reported first-quarter revenue of "
        "$12 million, up 8% from a year earlier, and raised its outlook for the full year.\n",
        "md",
    )
    assert release.dateline is not None
    assert (release.dateline.city, release.dateline.region) == ("DENVER", "Colo.")


_ACME_TEXT = (
    "Established in 2011 by its founders, Acme Labs runs coworking spaces in forty cities "
    "across North America. For more information visit acmelabs.example."
)


@pytest.mark.parametrize(
    ("heading", "subject"),
    [
        ("About Acme Labs ", "Acme Labs"),  # a name, then the first sentence
        ("About Acme Labs   ", "Acme Labs"),  # spaces where the line break was
        ("About Acme Labs Acme Labs, Inc. is a coworking company. ", "Acme Labs"),
    ],
)
def test_about_heading_run_into_a_text_that_never_repeats_the_name(
    heading: str, subject: str
) -> None:
    release = parse(_OPENING + heading + _ACME_TEXT + "\n")
    assert [a.subject for a in release.about] == [subject]


def test_a_short_about_heading_line_is_not_split() -> None:
    # near miss: a heading alone on its line keeps all its words
    release = parse(_OPENING + "About Surgical Solutions from Acme Labs\n\n" + _ACME_TEXT + "\n")
    assert [a.subject for a in release.about] == ["Surgical Solutions from Acme Labs"]


def test_an_about_block_that_cannot_be_split_still_ends_the_one_before() -> None:
    release = parse(
        _OPENING + "About Acme Labs Acme Labs, Inc. runs coworking spaces in forty cities "
        "across North America, with more opening this year in Canada and Mexico.\n\n"
        "About Roe GroupWith its plan to build three plants, Roe Group is on a mission to "
        "make solar glass at home, and it expects to start building in 2027.\n"
    )
    assert release.about[0].subject == "Acme Labs"
    assert len(release.about[0].paragraphs) == 1


@pytest.mark.parametrize(
    ("attribution", "title", "organisation"),
    [
        (
            "Dana Roe, M.D., vice president, Clinical Development, Acme",
            "vice president, Clinical Development",
            "Acme",
        ),
        (
            "Dana Roe, Chairman and CEO, Acme Systems, Inc.",
            "Chairman and CEO",
            "Acme Systems, Inc.",
        ),
        ("Dana Roe, Chief Executive Officer of eGrid", "Chief Executive Officer", "eGrid"),
        (
            "Dana Roe, 3M chairman and chief executive officer",
            "chairman and chief executive officer",
            "3M",
        ),
        # near miss: one organisation after the title stays the organisation
        ("Dana Roe, Senior Vice President, Acme", "Senior Vice President", "Acme"),
    ],
)
def test_title_units_legal_forms_and_organisations(
    attribution: str, title: str, organisation: str
) -> None:
    sentence = attribution if attribution.endswith(".") else attribution + "."
    (quote,) = parse(_OPENING + _QUOTE_ONE + " said " + sentence + "\n").quotes
    assert (quote.speaker, quote.title, quote.organisation) == ("Dana Roe", title, organisation)


def test_a_release_flattened_into_one_line_is_split_at_its_paragraph_breaks() -> None:
    sentence = "Acme Solar makes panels in Colorado and sells them across the western states. "
    paragraphs = [
        "DENVER, May 4, 2026 /PRNewswire/ -- " + sentence * 16,
        "About Acme Solar " + sentence * 6,
        "Forward-Looking Statements: This release contains forward-looking statements; "
        "actual results may differ materially. " + sentence * 5,
        "Media Contact: Dana Roe, roe@acme.example",
    ]
    release = parse("# Acme Solar Signs Supply Deal\n\n" + "   ".join(paragraphs) + "\n", "md")
    assert release.dateline is not None
    assert [a.subject for a in release.about] == ["Acme Solar"]
    assert len(release.forward_looking) == 1
    assert [c.names for c in release.contacts] == [["Dana Roe"]]


def test_a_long_line_with_a_few_wide_gaps_stays_one_paragraph() -> None:
    # near miss: a long paragraph with two double-spaced gaps is not a flattened release
    text = "Acme Solar makes panels.   It sells them.   " + "More words here. " * 150
    release = parse("# Acme Solar Signs Supply Deal\n\n" + text + "\n", "md")
    assert len(release.body) == 1


def test_two_cards_run_into_lines_of_their_own() -> None:
    text = (
        "Acme AdvisoryDana Reyes(646) 555-0143dreyes@acmeadvisory.example\n\n"
        "Roe Inc.Lee ParkCommunications, lee@roepr.example"
    )
    lines = _lines(text)
    lines.insert(1, (-1, -1))
    del lines[2]  # the blank line between the two blocks
    cards = parse_contacts(text, lines)
    assert [(c.names, [text[a:b] for a, b in c.emails]) for c in cards] == [
        (["Dana Reyes"], ["dreyes@acmeadvisory.example"]),
        (["Lee Park"], ["lee@roepr.example"]),
    ]


# -- issue 9, round 3: a paragraph that is one more quotation keeps its speaker -------------

_GOING_ON = """Acme Opens Plant

DENVER, CO, March 3, 2025 -- Acme Corp. opened a plant.

“The plant doubles what we can build in a year for our customers,” said Jane Roe, CEO of Acme Corp.

“We will hire two hundred people in the region by the end of next year.”

{third}
"""


def test_quotation_paragraph_after_an_attributed_one_keeps_the_speaker() -> None:
    release = parse(_GOING_ON.format(third="Acme makes pumps."))
    assert [q.speaker for q in release.quotes] == ["Jane Roe", "Jane Roe"]
    assert release.quotes[1].title == "CEO"


@pytest.mark.parametrize(
    "second",
    [
        # text after the quotation in the paragraph before: not a plain hand-over
        "“The plant doubles what we can build,” said Jane Roe, CEO. Acme was founded in 1990.",
        # the quotation before is unattributed
        "“The plant doubles what we can build in a year for all of our customers.”",
    ],
)
def test_quotation_paragraph_near_misses(second: str) -> None:
    text = _GOING_ON.format(third="Acme makes pumps.").replace(
        "“The plant doubles what we can build in a year for our customers,” said Jane Roe, "
        "CEO of Acme Corp.",
        second,
    )
    release = parse(text)
    assert release.quotes[-1].speaker is None


def test_quotation_paragraph_left_open_is_not_given_a_speaker() -> None:
    # an open quotation may be attributed where it closes, in a paragraph to come
    text = _GOING_ON.replace("end of next year.”", "end of next year.").format(
        third="“And we will open a second site,” said Sam Poe, COO of Acme Corp."
    )
    release = parse(text)
    assert release.quotes[1].speaker != "Jane Roe"


def test_signed_dash_line_overrides_a_carried_speaker() -> None:
    text = _GOING_ON.format(third="— Sam Poe, Chief Operating Officer of Acme Corp.")
    release = parse(text)
    assert [q.speaker for q in release.quotes] == ["Jane Roe", "Sam Poe"]


# -- issue 9, round 3: a title on the lines right above the dateline ------------------------


def test_title_lines_glued_to_the_dateline_split_off() -> None:
    text = (
        "Acme\nsigns MOU\nto buy a Nevada tool maker.\nRENO, NV --\nMay 12, 2021 -- "
        "InvestorsHub NewsWire\n-- Acme Tools, Inc. (OTC: ACMT) is pleased to report that "
        "it signed a memorandum of understanding.\n"
    )
    release = parse(text)
    assert release.headline is not None
    assert " ".join(release.headline.text.split()) == "Acme signs MOU to buy a Nevada tool maker."
    assert release.dateline is not None
    assert (release.dateline.city, release.dateline.date) == ("RENO", dt.date(2021, 5, 12))
    assert release.dateline.wire == "InvestorsHub NewsWire"


def test_capital_title_under_a_contact_card_is_the_headline() -> None:
    text = (
        "Exhibit 99.1\n|\nCOMPANY CONTACT:\n|\nJane Roe, CEO\n|\nAcme Labs, Inc.\n|\n"
        "e-mail: jroe@acmelabs.example\nACME ANNOUNCES SHAREHOLDER APPROVAL\nOF MERGER\n"
        "BOISE, Idaho — June 2, 2003 — Acme Labs, Inc. (NASDAQ: ACML) announced that its "
        "shareholders voted to approve the merger with Bolt Corp. at a special meeting held "
        "today in Boise, with seventy percent of the votes in favor.\n"
    )
    release = parse(text)
    assert release.headline is not None
    assert release.headline.text.startswith("ACME ANNOUNCES SHAREHOLDER APPROVAL")
    names = [name for contact in release.contacts for name in contact.names]
    assert "Jane Roe" in names
    assert not any("APPROVAL" in name.upper() for name in names)


def test_dateline_run_over_a_line_break_is_not_split() -> None:
    # "Boise," / "Idaho, May 4, 2009 –": one dateline over two lines, not a title above one
    text = (
        "Acme Declares Dividend\n\nBoise,\nIdaho, May 4, 2009 – Acme Corp. (NASDAQ: ACME) "
        "announced a quarterly dividend of $0.02 per share payable June 1, 2009.\n"
    )
    release = parse(text)
    assert release.dateline is not None
    assert (release.dateline.city, release.dateline.region) == ("Boise", "Idaho")


def test_a_site_banner_above_the_headline_is_front_matter() -> None:
    text = (
        "Acme News Center\n\nAcme Expands Its Plant in Cork With New Investment\n\n"
        "CORK, Ireland, June 2, 2015 – Acme, a device maker, today announced it will expand "
        "its plant in Cork.\n"
    )
    release = parse(text)
    assert release.headline is not None
    assert release.headline.text.startswith("Acme Expands Its Plant")
    assert [item.text.strip() for item in release.front] == ["Acme News Center"]


def test_a_headline_about_a_newsroom_is_still_a_headline() -> None:
    text = (
        "Acme Opens a Newsroom for Local Reporters in Cork\n\n"
        "CORK, Ireland, June 2, 2015 – Acme, a device maker, today opened a newsroom.\n"
    )
    release = parse(text)
    assert release.headline is not None
    assert release.headline.text.startswith("Acme Opens a Newsroom")


# -- issue 9, round 3: contact cards run into one line, desk labels over a card -------------


def test_several_cards_in_one_line_after_for_further_information() -> None:
    release = parse(
        _OPENING + "About Acme\n\nAcme makes pumps and valves for the water industry.\n\n"
        "For further information: Media: Ann Lee in Ireland, +353-87-555-0101; Bo Chan in "
        "the United States, +1-312-555-0102; or Investors: Cy Dee, +1-312-555-0103.\n"
    )
    assert [(c.label, c.names) for c in release.contacts] == [
        ("Media", ["Ann Lee", "Bo Chan"]),
        ("Investors", ["Cy Dee"]),
    ]
    # the About section ends where the contact line starts
    assert release.about[0].text.rstrip().endswith("water industry.")


def test_for_more_information_with_a_web_address_is_not_a_contact_card() -> None:
    release = parse(
        _OPENING + "About Acme\n\nAcme makes pumps and valves for the water industry.\n\n"
        "For more information: visit the Acme web site at www.acme.example today.\n"
    )
    assert release.contacts == []


def test_a_lead_in_before_a_desk_label_stays_with_it() -> None:
    text = (
        "For more information, please contact the Company at: Investor Relations: Ann Lee "
        "(303) 555-0100"
    )
    contacts = parse_contacts(text, _lines(text))
    assert [(c.label, c.names) for c in contacts] == [("Investor Relations", ["Ann Lee"])]


def test_desk_lines_over_contact_labels_name_the_cards() -> None:
    release = parse(
        _OPENING + "External Investor Relations\n\nContact:\n\nAnn Lee\n\n(303) 555-0100\n\n"
        "ann@acme.example\n\nInvestor Relations/\n\nMedia Contact:\n\nBo Chan\n\n"
        "(303) 555-0101\n\nbo@acme.example\n"
    )
    assert [(c.label, c.names) for c in release.contacts] == [
        ("External Investor Relations", ["Ann Lee"]),
        ("Investor Relations/Media Contact", ["Bo Chan"]),
    ]


# -- issue 9, round 3: an About section ends at notes, a quotation or a glued legend --------

_ABOUT = "About Acme\n\nAcme Solar, Inc. makes solar panels for utilities in 12 states.\n\n"


def test_about_ends_at_numbered_references() -> None:
    release = parse(
        _OPENING + _ABOUT + '1 "Solar Outlook 2024." Energy Review, 2024.\n\n'
        "2 Roe J, Lee K. Panel yields in cold climates. Solar J. 2023;4:1-9.\n"
    )
    (about,) = release.about
    assert about.text.rstrip().endswith("in 12 states.")


def test_about_ends_at_a_quotation_paragraph() -> None:
    release = parse(
        _OPENING + _ABOUT + "“The partnership brings our panels to a new region and to new "
        "customers,” said Jane Roe, CEO of Acme Solar.\n"
    )
    (about,) = release.about
    assert about.text.rstrip().endswith("in 12 states.")
    assert [q.speaker for q in release.quotes] == ["Jane Roe"]


def test_about_keeps_its_own_numbers_and_lists() -> None:
    # near miss: a paragraph of the boilerplate that starts with a number in words
    release = parse(_OPENING + _ABOUT + "12 offices serve customers in North America and Europe.\n")
    (about,) = release.about
    assert about.text.rstrip().endswith("North America and Europe.")


def test_legend_with_quoted_forward_looking_glued_to_its_heading() -> None:
    release = parse(
        _OPENING + _ABOUT + 'DisclaimerCertain statements in this release are "forward-looking" '
        "statements within the meaning of the Private Securities Litigation Reform Act of "
        "1995; actual results may differ materially from those expressed.\n"
    )
    (about,) = release.about
    assert about.text.rstrip().endswith("in 12 states.")
    assert len(release.forward_looking) == 1


def test_about_text_ending_with_a_way_to_reach_the_company_stays_in_about() -> None:
    release = parse(
        _OPENING + "About Acme\n\nAcme makes panels. For more information about Acme, visit "
        "www.acme.example or contact Investor Relations at ir@acme.example or (303) 555-0100.\n"
    )
    (about,) = release.about
    assert "ir@acme.example" in about.text
    assert release.contacts == []


def test_a_contact_card_under_an_about_heading_is_still_a_card() -> None:
    # near miss: the block opens with a label, not with the company's name
    release = parse(
        _OPENING + "About Acme\n\nMedia Contact: Jane Roe, jroe@acme.example, (303) 555-0100\n"
    )
    assert [c.names for c in release.contacts] == [["Jane Roe"]]


# -- issue 9, round 3: exhibit labels over two lines, titles wrapped inside one block ------


def test_exhibit_label_split_over_two_lines_is_front_matter() -> None:
    release = parse(
        "Exhibit\n\n99.1\n\nAcme, Inc. Announces Closing of $2 Million Convertible\nNote\n\n"
        "BOISE, Idaho, December 4, 2019 (GLOBE NEWSWIRE) – Acme, Inc. closed a note.\n"
    )
    assert [item.text.strip() for item in release.front] == ["Exhibit", "99.1"]
    assert release.headline is not None
    assert " ".join(release.headline.text.split()) == (
        "Acme, Inc. Announces Closing of $2 Million Convertible Note"
    )


@pytest.mark.parametrize(
    ("block", "headline"),
    [
        # a capital title wrapped over two lines
        (
            "ACME ANNOUNCES APPROVAL\nOF ITS MERGER WITH BOLT",
            "ACME ANNOUNCES APPROVAL OF ITS MERGER WITH BOLT",
        ),
        # a line that stops on a joining word
        (
            "Acme Signs Agreement to\nAcquire Bolt Corp.",
            "Acme Signs Agreement to Acquire Bolt Corp.",
        ),
        # near miss: a subtitle in the same block stays out of the headline
        (
            "Acme Signs Supply Deal\nShipments Start in the Third Quarter of 2026",
            "Acme Signs Supply Deal",
        ),
    ],
)
def test_title_lines_in_one_block(block: str, headline: str) -> None:
    release = parse(
        block + "\n\nDENVER, May 4, 2026 /PRNewswire/ -- Acme Solar, Inc. signed a supply "
        "deal with a utility in Colorado.\n"
    )
    assert release.headline is not None
    assert " ".join(release.headline.text.split()) == headline


_LEGEND_TEXT = (
    "Safe Harbor Statement:\n\n"
    "This press release contains forward-looking statements about the planned acquisition. "
    "Actual results may differ materially. The Company undertakes no obligation to update "
    "these statements except as required by law."
)


def test_a_contact_card_run_into_the_legend_is_read_as_contacts() -> None:
    release = parse(
        _OPENING + _LEGEND_TEXT + "  INVESTOR RELATIONS CONTACT: Dana P. Holt, D.O.  Chief "
        "Executive Officer Email: dholt@acmesolar.example Phone: (303) 555-0142\n"
    )
    fls = release.forward_looking[0]
    assert fls.paragraphs[-1].text.endswith("except as required by law.")
    assert fls.text.endswith("except as required by law.")
    [card] = release.contacts
    assert card.label == "INVESTOR RELATIONS CONTACT"
    assert card.names == ["Dana P. Holt"]
    assert [e.text for e in card.emails] == ["dholt@acmesolar.example"]
    assert [p.text for p in card.phones] == ["(303) 555-0142"]


@pytest.mark.parametrize(
    "tail",
    [
        # a label with no way to reach anyone after it
        "  MEDIA CONTACT: to be announced.",
        # a contact word inside a sentence, not a label after a sentence's end
        " Investors may contact: the company at (303) 555-0142.",
    ],
)
def test_a_legend_ending_without_a_run_on_card_keeps_its_text(tail: str) -> None:
    release = parse(_OPENING + _LEGEND_TEXT + tail + "\n")
    assert release.forward_looking[0].paragraphs[-1].text.endswith(tail.strip())
    assert release.contacts == []


def test_a_contact_card_run_into_the_about_section_is_read_as_contacts() -> None:
    release = parse(
        _OPENING + "About Acme Solar\n\nAcme Solar, Inc. builds solar panels for utilities in "
        "the western United States. Media Contacts: Ivo Marsh ivo@acmesolar.example\n"
    )
    about = release.about[0]
    assert about.paragraphs[-1].text.endswith("western United States.")
    assert [c.names for c in release.contacts] == [["Ivo Marsh"]]


_FUND_ABOUT = (
    "About Northgate Funds:\n\n"
    "Northgate builds exchange-traded funds for investors who trade with conviction. Founded "
    "in 2001, it manages $12 billion. For more information, please visit northgate.example.\n\n"
)


def test_a_fund_risk_legend_ends_the_sponsor_about_section() -> None:
    release = parse(
        _OPENING + _FUND_ABOUT + "There is no guarantee that the Fund will achieve its "
        "investment objective.\n\n"
        "An investor should carefully consider the Fund's investment objective, risks, charges "
        "and expenses before investing.\n"
    )
    about = release.about[0]
    assert about.paragraphs[-1].text.endswith("please visit northgate.example.")
    assert any(p.text.startswith("There is no guarantee") for p in release.body)


def test_about_text_that_mentions_a_guarantee_stays_in_the_about_section() -> None:
    release = parse(
        _OPENING + _FUND_ABOUT + "Its funds carry no guarantee that the Fund will achieve its "
        "objective, which its prospectus explains.\n"
    )
    assert release.about[0].paragraphs[-1].text.startswith("Its funds carry no guarantee")


@pytest.mark.parametrize(
    ("line", "names", "titles", "emails"),
    [
        # a name, an officer's acronym and a desk's mailbox run together
        (
            "Contact:Ann LeeCEOinvestorrelations@bluefin.example",
            ["Ann Lee"],
            ["CEO"],
            ["investorrelations@bluefin.example"],
        ),
        (
            "Ann LeeSVP, Bluefin Corp alee@bluefin.example",
            ["Ann Lee"],
            ["SVP"],
            ["alee@bluefin.example"],
        ),
        # near misses: a lower-case word before the desk's mailbox is the address's own; an
        # acronym written apart stays a title
        (
            "bluefininvestorrelations@bluefin.example",
            [],
            [],
            ["bluefininvestorrelations@bluefin.example"],
        ),
        ("Ann Lee, CEO alee@bluefin.example", ["Ann Lee"], ["CEO"], ["alee@bluefin.example"]),
    ],
)
def test_words_run_into_a_card_line(
    line: str, names: list[str], titles: list[str], emails: list[str]
) -> None:
    [card] = parse_contacts(line, [(0, len(line))])
    assert card.names == names
    assert card.titles == titles
    assert [line[a:b] for a, b in card.emails] == emails


# -- issue 9, round 4: names on contact cards vs. organisations, places and channels -------


def _card(text: str) -> list[tuple[str | None, list[str]]]:
    return [(c.label, c.names) for c in parse_contacts(text, _lines(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a publisher's name that spells the card's mail domain is its organisation
        (
            "Contact Details\nBright Yield Stocks\nSam Price\neditor@brightyieldstocks.example",
            [("Contact Details", ["Sam Price"])],
        ),
        # ... also when it comes after the person, matched with the web site
        (
            "Contact Details\nDon Vale\nKelp Harbor\nservice@kelp.example\n"
            "https://www.kelpharbor.example/",
            [("Contact Details", ["Don Vale"])],
        ),
        # words that name a business and capitals-only legal forms are no person
        (
            "Contact Details\nLumen North America\n+1 604-555-0158\nna@lumenpress.example",
            [("Contact Details", [])],
        ),
        ("Contact Information\nKELPCO INC\ninfo@kelpco.example", [("Contact Information", [])]),
        # an address's country or city line is no person
        (
            "Contact\nJo Reyes\nTucson, Arizona\nUnited States\n520-555-0199",
            [("Contact", ["Jo Reyes"])],
        ),
        # a channel before a colon names no person; a label run into a name does
        (
            "Contact\nWebsite: Kelp Harbor\nFacebook: Kelp Harbor\ninfo@kelp.example",
            [("Contact", [])],
        ),
        (
            "Investor Contact:\nInvestors: Ana Holt / Media: Ben Cruz Financial Wire 212-555-0100",
            [("Investor Contact", ["Ana Holt"])],
        ),
        # an organisation's own contact label, run into the name after its colon
        (
            "Lumo Partners Contact Information:Dana RowlandChief Executive Officer 212-555-0144 "
            "dana@lumo.example",
            [("Lumo Partners Contact Information", ["Dana Rowland"])],
        ),
        # a quotation mark left on a name
        ("Contact\nDana Roe”\n212-555-0144", [("Contact", ["Dana Roe"])]),
        # a city before its state written out is no person
        (
            "Contact\nKelp Inc., 1680 Shore Avenue, Suite 700 Palm Beach, Florida 33139 Email: "
            "ir@kelp.example",
            [("Contact", [])],
        ),
        # a person's name after the agency's legal form, and one run into its initials
        (
            "Investor Relations Inquiries: Harbor Communications Group, LLC Dana Rowland, "
            "President 212-555-0100",
            [("Investor Relations Inquiries", ["Dana Rowland"])],
        ),
        (
            "Investor Relations Contact:\nKirby HaleKPG Advisory Group\n212-555-0101",
            [("Investor Relations Contact", ["Kirby Hale"])],
        ),
        # a heading run into the card is no person; a publisher in capitals neither
        (
            "For more information, please contact the company at: info@kelp.exampleForward "
            "Looking Statements",
            [(None, [])],
        ),
        ("Contact Details\nHARBOR STREET REPORTER\n+1 212-555-0157", [("Contact Details", [])]),
        # a company's newsroom or helpline is no person
        (
            "Press Contact:\nDana Roe\nLumo\ndana@lumo.example\n"
            "NOTE TO EDITORS: For more visit Lumo Newsroom (www.lumo.example), or email the "
            "Media Helpline at media@lumo.example.",
            [("Press Contact", ["Dana Roe"])],
        ),
        # an agency's desk line does not replace a label that has words of its own
        (
            "Contact Details\nKelp Public Relations\nDana Roe, AD\nacme@kelppr.example",
            [("Contact Details", ["Dana Roe"])],
        ),
    ],
)
def test_contact_card_names(text: str, expected: list[tuple[str | None, list[str]]]) -> None:
    assert _card(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a person whose own address holds her name stays a person
        (
            "Contact\nErin Vale\nerin@erinvale.example",
            [("Contact", ["Erin Vale"])],
        ),
        # a name that only shares a short word with the domain stays a person
        (
            "Media Contact\nJo Lumo\nmedia@lumotherapeutics.example",
            [("Media Contact", ["Jo Lumo"])],
        ),
        # a city that is also in the card but with a person's name on its own line
        ("Contact\nDana Houston\n713-555-0100", [("Contact", ["Dana Houston"])]),
    ],
)
def test_contact_card_names_near_misses(
    text: str, expected: list[tuple[str | None, list[str]]]
) -> None:
    assert _card(text) == expected


# -- issue 9, round 4: where About boilerplate stops ----------------------------------------


def test_a_web_site_line_with_an_address_ends_the_about_section_not_a_card() -> None:
    release = parse(
        _OPENING + "About Acme Solar\n\n"
        "Acme Solar, Inc. makes solar panels in Colorado and sells them across the West.\n\n"
        "For more information, go to www.acme.example or email info@acme.example\n\n"
        "Media Contact:\nDana Roe\n303-555-0100\nmedia@acme.example\n"
    )
    (about,) = release.about
    assert about.paragraphs[-1].text.endswith("email info@acme.example")
    assert [c.label for c in release.contacts] == ["Media Contact"]


def test_a_pointer_that_names_a_contact_closes_the_about() -> None:
    # a sentence that names someone to contact, with a telephone number and no label's
    # colon: the About's closing line, not a card (the gold set's convention since `dev10`:
    # "For more information, please contact ..." in an About's closing block is the About's;
    # session 10 changed this test, which had read it as a card)
    release = parse(
        _OPENING + "About Acme Solar\n\n"
        "Acme Solar, Inc. makes solar panels in Colorado and sells them across the West.\n\n"
        "For more information, visit www.acme.example or contact Dana Roe at 303-555-0100.\n"
    )
    (about,) = release.about
    assert len(about.paragraphs) == 2
    assert release.contacts == []


def test_a_pointer_under_a_label_is_still_a_card() -> None:
    # near miss: the same words under a label's colon are a card
    release = parse(
        _OPENING + "About Acme Solar\n\n"
        "Acme Solar, Inc. makes solar panels in Colorado and sells them across the West.\n\n"
        "For more information, contact: Dana Roe at 303-555-0100.\n"
    )
    (about,) = release.about
    assert len(about.paragraphs) == 1
    assert [len(c.phones) for c in release.contacts] == [1]


def test_boilerplate_without_a_heading_goes_on_with_the_same_company() -> None:
    release = parse(
        "Acme Media Declares Dividend\n\n"
        "DENVER, May 4, 2026 -- The board of Acme Media Co. declared a dividend of $0.21.\n\n"
        "Acme Media Co. is a news company that publishes 40 daily newspapers in the West and "
        "a weekly magazine with a national readership.\n\n"
        "Acme also operates radio stations in three states.\n\n"
        "www.acmemedia.example\n\n"
        "Acme will hold its annual meeting in June.\n"
    )
    (about,) = release.about
    assert [p.text for p in about.paragraphs][1:] == [
        "Acme also operates radio stations in three states.",
        "www.acmemedia.example",
    ]
    # near miss: news about the company after its boilerplate is body text again
    assert release.body[-1].text == "Acme will hold its annual meeting in June."
