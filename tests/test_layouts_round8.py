"""Layouts of the dev8 training split (issue 9, round 8): where an About section ends (a
legend heading glued to its first sentence, a bare "About:" heading), contact cards run
into a legend's last sentence or labelled with a slash between two desks. Each case is a
small release written for the test, with a near miss beside it."""

from __future__ import annotations

import datetime as dt

from disclint.contacts import find_phones, parse_contacts
from disclint.dateline import match_dateline
from disclint.readers import read_bytes
from tests.helpers import parse_release as parse

_OPENING = (
    "# Acme Robotics Opens a Plant in Ohio\n\n"
    "DAYTON, OH - May 4, 2025 (NEWMEDIAWIRE) - Acme Robotics, Inc. (OTCQB: ACMR) today "
    "opened a plant in Dayton that will build delivery robots.\n\n"
)
_ABOUT = (
    "About Acme Robotics, Inc.\n\n"
    "Acme Robotics, Inc. (OTCQB: ACMR) designs delivery robots for hospitals and "
    "warehouses. For more information, visit www.acme.example.\n\n"
)
_LEGEND = (
    "This press release contains forward-looking statements, including statements about "
    "the plant's output. Actual results may differ materially from those expressed in "
    "the forward-looking statements.\n"
)


# -- where an About section ends -----------------------------------------------------------


def test_a_legend_heading_glued_to_its_first_sentence_ends_the_about() -> None:
    release = parse(
        _OPENING + _ABOUT + "Forward-Looking StatementsThis press release " + _LEGEND[19:]
    )
    assert [a.subject for a in release.about] == ["Acme Robotics, Inc."]
    assert release.about[0].text.endswith("visit www.acme.example.")
    assert len(release.forward_looking) == 1
    assert release.forward_looking[0].text.startswith("Forward-Looking StatementsThis")


def test_a_legend_heading_glued_in_capitals_ends_the_about() -> None:
    release = parse(
        _OPENING + _ABOUT + "FORWARD-LOOKING STATEMENTSThis press release " + _LEGEND[19:]
    )
    assert release.about[0].text.endswith("visit www.acme.example.")
    assert release.forward_looking[0].text.startswith("FORWARD-LOOKING STATEMENTSThis")


def test_a_paragraph_opening_with_a_legend_word_and_a_space_stays_in_the_about() -> None:
    # The near miss: a name that opens with a legend heading's words, followed by a space
    # (not glued to a sentence), in a boilerplate paragraph with no legend in it.
    release = parse(
        _OPENING
        + _ABOUT
        + "Safe Harbor Marinas, a unit of Acme Robotics, runs forty marinas on the Great "
        "Lakes and along the Gulf coast, with dry storage for boats of all sizes.\n"
    )
    assert release.forward_looking == []
    assert release.about[0].text.endswith("boats of all sizes.")


def test_a_bare_about_heading_takes_the_company_its_paragraph_opens_with() -> None:
    release = parse(
        _OPENING
        + "About:\n\n"
        + "Acme Robotics, Inc. (OTCQB: ACMR) designs delivery robots for hospitals.\n\n"
        + "Contact:\n\nir@acme.example\n"
    )
    assert [a.subject for a in release.about] == ["Acme Robotics, Inc."]
    assert release.about[0].text.endswith("for hospitals.")
    assert [[e.text for e in c.emails] for c in release.contacts] == [["ir@acme.example"]]


def test_about_inside_a_sentence_is_not_a_bare_heading() -> None:
    # The near miss: "About:" that is not alone on its line starts no section.
    release = parse(_OPENING + "About: the plant, in brief.\n\nIt opens in June.\n")
    assert release.about == []


# -- contact cards -------------------------------------------------------------------------


def test_a_capitals_contact_label_glued_to_the_legend_is_a_card() -> None:
    release = parse(
        _OPENING
        + _ABOUT
        + "Disclaimer: "
        + _LEGEND.rstrip()
        + " See the filings at http://www.sec.example.CONTACT:Acme Robotics, Inc."
        + "Jane Roe, CEO937-555-0100\n"
    )
    fls = release.forward_looking[0]
    assert fls.text.endswith("http://www.sec.example.")
    assert [c.names for c in release.contacts] == [["Jane Roe"]]
    assert [[p.text for p in c.phones] for c in release.contacts] == [["937-555-0100"]]


def test_a_glued_lower_case_contact_word_is_not_a_card() -> None:
    # The near miss: "Contact:" in mixed case glued to a sentence is left to the text.
    release = parse(
        _OPENING
        + "Disclaimer: "
        + _LEGEND.rstrip()
        + " Ask at the desk.Contact: 937-555-0100 for hours.\n"
    )
    assert release.contacts == []


def test_a_label_naming_two_desks_with_a_slash() -> None:
    text = "Investor Relations/Media Contact:Jane Roe(937) 555-0100ir@acme.example"
    (card,) = parse_contacts(text, [(0, len(text))])
    assert card.label == "Investor Relations/Media Contact"
    assert card.names == ["Jane Roe"]


def test_a_slash_in_a_plain_label_is_not_two_desks() -> None:
    text = "Investor/Analyst Day: Jane Roe, 937-555-0100"
    cards = parse_contacts(text, [(0, len(text))])
    assert all(c.label != "Investor/Analyst" for c in cards)


# -- datelines -----------------------------------------------------------------------------


def test_a_day_month_year_date_with_a_colon_closes_the_dateline() -> None:
    found = match_dateline("Leeds, UK, 4 March 2014: Acme Robotics plc (AIM: ACM) announced today")
    assert found is not None
    assert (found.city, found.region, found.date) == ("Leeds", "UK", dt.date(2014, 3, 4))
    assert "Leeds, UK, 4 March 2014: Acme Robotics"[found.length :].startswith("Acme")


def test_a_colon_after_a_date_inside_a_sentence_is_no_dateline() -> None:
    # The near miss: a sentence that names a date before a colon does not open with a place.
    assert match_dateline("Results for the year, 4 March 2014: revenue rose 8%.") is None
    assert match_dateline("Leeds, UK: Acme Robotics plc announced today") is None


def test_two_cities_in_capitals_sharing_a_region_give_the_first() -> None:
    found = match_dateline(
        "DAYTON and WEST CARROLLTON, Ohio, May 4, 2025 (GLOBE NEWSWIRE) -- Acme Robotics"
    )
    assert found is not None
    assert (found.city, found.region) == ("DAYTON", "Ohio")


def test_a_mixed_case_place_with_and_stays_whole() -> None:
    # The near miss: a country whose name holds "and" is one place.
    found = match_dateline("Trinidad and Tobago, May 4, 2025 -- Acme Robotics opened")
    assert found is not None
    assert found.city == "Trinidad and Tobago"


# -- EDGAR text exhibits: where the boilerplate and the legend end --------------------------

_EXHIBIT = (
    "Exhibit 99.1\n\n"
    "ACME ROBOTICS COMPLETES ACQUISITION OF BOREALIS GLASS\n\n"
    "DAYTON, Ohio, October 21, 2004 -- Acme Robotics, Inc. (NASDAQ: ACMR) today completed\n"
    "its acquisition of Borealis Glass Co., a maker of glass panels.\n\n"
)


def test_a_legend_ends_at_the_capital_lines_of_a_statement_heading() -> None:
    release = parse(
        _EXHIBIT
        + "Safe Harbor Statement\n\n"
        + _LEGEND
        + "\n                 ACME ROBOTICS, INC.\n"
        + "     CONDENSED CONSOLIDATED STATEMENTS OF INCOME\n"
        + "                    (Unaudited)\n",
        fmt="txt",
    )
    (fls,) = release.forward_looking
    assert fls.text.endswith("in the forward-looking statements.")


def test_a_legend_paragraph_in_capitals_words_stays_in_the_legend() -> None:
    # The near miss: a one-line paragraph of the legend is not a block of capital lines.
    release = parse(
        _EXHIBIT
        + "Safe Harbor Statement\n\n"
        + _LEGEND
        + "\nACME UNDERTAKES NO OBLIGATION TO UPDATE.\n",
        fmt="txt",
    )
    assert release.forward_looking[0].text.endswith("NO OBLIGATION TO UPDATE.")


def test_unheaded_boilerplate_saying_where_the_company_is_based() -> None:
    release = parse(
        "ACME ROBOTICS REPORTS RECORD THIRD QUARTER\n\n"
        "     DAYTON, Ohio--(BUSINESS WIRE)--Oct. 21, 1999--Acme Robotics, Inc.\n"
        "(NASDAQ:ACMR) today reported record revenue of $12.0 million.\n\n"
        "     Acme Robotics, Inc., based in Dayton, Ohio, designs and builds delivery\n"
        "robots for hospitals and warehouses.\n\n"
        "     CONTACT: Acme Robotics, Inc.\n"
        "              John Doe, 937/555-0100\n",
        fmt="txt",
    )
    assert [a.subject for a in release.about] == ["Acme Robotics"]
    assert release.about[0].text.endswith("hospitals and warehouses.")


def test_a_last_paragraph_saying_where_another_company_is_based_is_body() -> None:
    # The near miss: the last paragraph says where a customer is based and what it does,
    # but it is not the issuer's name the release opened with.
    release = parse(
        "ACME ROBOTICS WINS ORDER\n\n"
        "     DAYTON, Ohio--(BUSINESS WIRE)--Oct. 21, 1999--Acme Robotics, Inc.\n"
        "(NASDAQ:ACMR) today won an order for 40 delivery robots.\n\n"
        "     Mercy Health, based in Toledo, Ohio, operates nine hospitals\n"
        "and will take the robots in May.\n",
        fmt="txt",
    )
    assert release.about == []


def test_a_notice_urging_investors_to_read_ends_the_about() -> None:
    release = parse(
        _OPENING
        + "About Borealis Glass\n\n"
        + "Borealis Glass Co. makes glass panels for robots.\n\n"
        + "Investors and security holders are urged to read the proxy statement filed "
        "with the SEC because it contains important information.\n"
    )
    (about,) = release.about
    assert about.text.endswith("glass panels for robots.")
    assert any(p.text.startswith("Investors and security holders") for p in release.body)


def test_a_legend_sending_readers_to_the_filings_keeps_that_sentence() -> None:
    # The near miss: the same words after a legend's first paragraph stay in the legend.
    release = parse(
        _OPENING
        + "Forward-Looking Statements\n\n"
        + _LEGEND
        + "\nReaders are urged to read the risk factors in Acme's annual report.\n"
    )
    (fls,) = release.forward_looking
    assert fls.text.endswith("in Acme's annual report.")


# -- phone forms and department lines on cards ---------------------------------------------


def _card(text: str) -> list[tuple[str | None, list[str], list[str]]]:
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, position + len(line)) if line else (-1, -1))
        position += len(line) + 1
    return [
        (c.label, c.names, [text[a:b] for a, b in c.phones]) for c in parse_contacts(text, lines)
    ]


def test_international_numbers_with_a_six_digit_group_or_a_one_digit_area() -> None:
    assert _card("Media Contact:\nJane Roe\nT: +44 (0)20 7946 0958\nM: +44 (0)7700 900123") == [
        ("Media Contact", ["Jane Roe"], ["+44 (0)20 7946 0958", "+44 (0)7700 900123"])
    ]
    assert _card("Media contact: Jane Roe | +33 1 23 45 67 89") == [
        ("Media contact", ["Jane Roe"], ["+33 1 23 45 67 89"])
    ]


def test_a_signed_percentage_before_a_year_is_no_phone() -> None:
    # The near miss: a + sign before a figure, not a country code.
    assert find_phones("Revenue rose +12.5% to 2024 levels, +3.1 2025 estimates.") == []


def test_a_department_under_a_name_is_not_another_card() -> None:
    assert _card("Contact:\nJane Roe\nInvestor Relations\n(937) 555-0100") == [
        ("Contact", ["Jane Roe"], ["(937) 555-0100"])
    ]
    assert _card("Company Contact:\nAcme Robotics, Inc.\nInvestor Relations\nir@acme.example") == [
        ("Company Contact", [], [])
    ]


def test_a_department_after_a_card_with_a_channel_or_a_blank_line_labels_the_next() -> None:
    # The near miss: after a card that has a phone, or in a block of its own, the desk
    # names the next card.
    assert _card("Jane Roe\n937-555-0100\nInvestor Relations\nJohn Doe\n937-555-0101") == [
        (None, ["Jane Roe"], ["937-555-0100"]),
        ("Investor Relations", ["John Doe"], ["937-555-0101"]),
    ]
    assert _card("Media Contact:\nJane Roe\n\nInvestor Relations\nJohn Doe\n937-555-0100") == [
        ("Media Contact", ["Jane Roe"], []),
        ("Investor Relations", ["John Doe"], ["937-555-0100"]),
    ]


# -- headlines of EDGAR text exhibits ------------------------------------------------------

_DIVIDEND = (
    "Dayton, Ohio—September 13, 2004—Acme Robotics, Inc. (NYSE: ACM), a maker of delivery "
    "robots, today announced a dividend increase.\n"
)


def test_a_headline_line_going_on_with_a_joining_word() -> None:
    release = parse(
        "Exhibit 99.1\n\n"
        "Acme Robotics to Raise Quarterly Dividend from $0.20 to $0.30\n"
        "Per Share and Announces $50 Million Share Repurchase Program\n\n" + _DIVIDEND,
        fmt="txt",
    )
    assert release.headline is not None
    assert " ".join(release.headline.text.split()) == (
        "Acme Robotics to Raise Quarterly Dividend from $0.20 to $0.30 "
        "Per Share and Announces $50 Million Share Repurchase Program"
    )


def test_a_subtitle_under_the_headline_stays_apart() -> None:
    # The near miss: the line below opens with a noun, not a joining word.
    release = parse(
        "Exhibit 99.1\n\n"
        "Acme Robotics Raises Its Quarterly Dividend\n"
        "Share Repurchase Program of $50 Million Approved\n\n" + _DIVIDEND,
        fmt="txt",
    )
    assert release.headline is not None
    assert release.headline.text == "Acme Robotics Raises Its Quarterly Dividend"


def test_a_named_logo_placeholder_is_front_matter() -> None:
    release = parse(
        "Exhibit 99.1\n\n[ACME ROBOTICS LOGO]\n\nACME ROBOTICS RAISES ITS DIVIDEND\n\n" + _DIVIDEND,
        fmt="txt",
    )
    assert release.headline is not None
    assert release.headline.text == "ACME ROBOTICS RAISES ITS DIVIDEND"
    assert any(f.text == "[ACME ROBOTICS LOGO]" for f in release.front)


def test_a_bracketed_title_that_names_no_logo_is_the_headline() -> None:
    # The near miss: a bracketed line without a logo, graphic or photo word is text.
    release = parse("[ACME ROBOTICS RAISES ITS DIVIDEND]\n\n" + _DIVIDEND, fmt="txt")
    assert release.headline is not None
    assert release.headline.text == "[ACME ROBOTICS RAISES ITS DIVIDEND]"


# -- hard-wrapped EDGAR text: a paragraph's first word alone on a line ---------------------

_WRAPPED = (
    "ACME ROBOTICS CLOSES A $2 MILLION NOTE\n\n"
    "DAYTON, Ohio, December 4, 2019 (GLOBE NEWSWIRE) -- Acme Robotics, Inc.\n"
    "(OTCQB:ACMR), a maker of delivery robots for hospitals and warehouses,\n"
    "today announced the closing of a $2 million senior secured note from\n"
    "a single institutional investor, its first debt financing this year\n"
    "The\n"
    "net proceeds of the note are about $1.9 million after the discount\n"
    "and will be used for working capital and general corporate purposes\n"
    "“We\n"
    "are pleased to have closed this financing so quickly”, said Jane Roe,\n"
    "Chief Executive Officer of Acme Robotics, at the company's offices.\n"
)


def test_a_lone_first_word_opens_the_paragraph_below_it() -> None:
    source = read_bytes(_WRAPPED.encode(), "release.txt", fmt="txt")
    texts = [source.text[b.start : b.end] for b in source.blocks]
    assert any(t.startswith("The\nnet proceeds") for t in texts)
    assert any(t.startswith("“We\nare pleased") for t in texts)
    release = parse(_WRAPPED, fmt="txt")
    assert [q.speaker for q in release.quotes] == ["Jane Roe"]


def test_a_lone_label_word_keeps_its_own_line() -> None:
    # The near miss: a word that heads a card ("Contact") is not a sentence's first word.
    text = _WRAPPED.replace("“We\n", "Contact\n")
    source = read_bytes(text.encode(), "release.txt", fmt="txt")
    texts = [source.text[b.start : b.end] for b in source.blocks]
    assert not any(t.startswith("Contact\nare pleased") for t in texts)


# -- quote attribution: two roles, the issuer written in lower case --------------------------


def _attribution(sentence: str) -> tuple[str | None, str | None, str | None]:
    release = parse(_OPENING + sentence + "\n")
    quote = release.quotes[0]
    return quote.speaker, quote.title, quote.organisation


def test_two_roles_take_the_organisation_of_the_last() -> None:
    said = '"We are proud of the plant and of our team," stated Jane Roe, '
    assert _attribution(said + "CEO of Acme Robotics' robot unit and Co-CEO of Acme Robotics.") == (
        "Jane Roe",
        "CEO of Acme Robotics' robot unit and Co-CEO",
        "Acme Robotics",
    )


def test_a_company_whose_name_holds_and_is_one_organisation() -> None:
    # The near miss: "and" inside the organisation's name, no title word after it.
    said = '"We are proud of the plant and of our team," said Jane Roe, '
    assert _attribution(said + "CEO of Smith and Wesson Brands.") == (
        "Jane Roe",
        "CEO",
        "Smith and Wesson Brands",
    )


def test_the_company_in_lower_case_is_the_issuer() -> None:
    said = '"We are proud of the plant and of our team," said Jane Roe, '
    assert _attribution(said + "the company's founder and chief scientist.") == (
        "Jane Roe",
        "founder and chief scientist",
        "Acme Robotics",
    )


def test_a_bank_named_with_the_word_is_no_defined_term() -> None:
    # The near miss: "the Bank of Dayton" is a name, not the defined term "the Bank".
    said = '"We are proud of the plant and of our team," said Jane Roe, '
    assert _attribution(said + "founder of the Bank of Dayton.") == (
        "Jane Roe",
        "founder",
        "Bank of Dayton",
    )


# -- blocks that end an About and a legend: disclaimers, a note to editors, a dateline -------


def _about_end(tail: str) -> str:
    release = parse(_OPENING + _ABOUT + tail)
    return release.about[0].text


def test_an_exchange_or_quotation_service_disclaimer_ends_the_about() -> None:
    for tail in (
        "OTC Markets Group has not reviewed this release and takes no responsibility for it.\n",
        "Neither the exchange nor its regulator accepts responsibility for this release.\n",
        "The information above is provided for general information and is not investment advice.\n",
    ):
        assert _about_end(tail).endswith("visit www.acme.example."), tail


def test_a_note_to_editors_a_photo_note_and_a_second_dateline_end_the_about() -> None:
    for tail in (
        "Note to Editors: images of the plant are available on request.\n",
        "Photos accompanying this announcement are available at https://photos.example/1\n",
        "DAYTON, Ohio, May 4, 2025 -- Borealis Glass Co. today said it will supply the plant.\n",
        "This press release was published by a verified individual.\n",
    ):
        assert _about_end(tail).endswith("visit www.acme.example."), tail


def test_a_legend_ends_at_an_exchange_disclaimer() -> None:
    release = parse(
        _OPENING
        + "Forward-Looking Statements\n\n"
        + _LEGEND
        + "\nNeither the TSX Venture Exchange nor its Regulation Services Provider accepts "
        "responsibility for the adequacy or accuracy of this release.\n"
    )
    assert release.forward_looking[0].text.endswith("in the forward-looking statements.")


def test_boilerplate_that_names_responsibility_or_a_date_stays_in_the_about() -> None:
    # The near misses: the company's own text about responsibility, a sentence that opens
    # with a city and a date but no dash after it, and the company's web page on photos.
    for tail in (
        "Acme Robotics takes responsibility for every robot it ships.\n",
        "DAYTON, Ohio, May 4, 2025 marked the tenth year of the company.\n",
        "Photos of Acme Robotics products are at www.acme.example/photos.\n",
    ):
        assert _about_end(tail).endswith(tail.strip()), tail


def test_a_run_on_card_takes_the_address_line_after_the_legend() -> None:
    release = parse(
        _OPENING
        + "Disclaimer: "
        + _LEGEND.rstrip()
        + " See http://www.sec.example.CONTACT:Acme Robotics, Inc.Jane Roe, CEO937-555-0100\n\n"
        + "jroe@acmerobotics.nethttp://www.acmerobotics.net\n\n"
        + "View the original release on www.wire.example\n"
    )
    (card,) = release.contacts
    assert card.names == ["Jane Roe"]
    assert [e.text for e in card.emails] == ["jroe@acmerobotics.net"]
    assert not any(p.text.startswith("jroe@") for p in release.body)


def test_a_sentence_after_a_run_on_card_is_not_taken() -> None:
    # The near miss: a block with an address in a sentence is not a line of the card.
    release = parse(
        _OPENING
        + "Disclaimer: "
        + _LEGEND.rstrip()
        + " See http://www.sec.example.CONTACT:Acme Robotics, Inc.Jane Roe, CEO937-555-0100\n\n"
        + "Write to jroe@acmerobotics.net for a tour of the plant.\n"
    )
    (card,) = release.contacts
    assert card.emails == []


# -- source lines --------------------------------------------------------------------------

_PRN = (
    "Acme Robotics Opens a Plant\n\n"
    "DAYTON, Ohio, May 4, 2000 /PRNewswire/ -- Acme Robotics, Inc. (Nasdaq: ACMR) today "
    "opened a plant in Dayton.\n\n"
)


def _source(tail: str) -> str | None:
    release = parse(_PRN + tail, fmt="txt")
    return release.source_line.text if release.source_line else None


def test_source_lines_of_older_copy() -> None:
    assert _source("/SOURCE: Acme Robotics, Inc./\n") == "SOURCE: Acme Robotics, Inc."
    assert _source("SOURCE 3D Robotics Corporation\n") == "SOURCE 3D Robotics Corporation"
    tail = "About Acme\n\nAcme Robotics, Inc. designs robots.SOURCE: Acme Robotics\n"
    assert _source(tail) == "SOURCE: Acme Robotics"
    release = parse(_PRN + tail, fmt="txt")
    assert release.about[0].text.endswith("designs robots.")


def test_a_sentence_ending_with_a_company_name_stays_in_the_about() -> None:
    # A short sentence that ends with "Inc." is no title line: the About goes on over it, and
    # a source line run on after it is read.
    tail = "About Acme\n\nAcme designs robots. It is owned by Acme Holdings, Inc.\n"
    release = parse(_PRN + tail, fmt="txt")
    assert release.about[0].text.endswith("Acme Holdings, Inc.")


def test_citations_and_a_year_are_no_source_line() -> None:
    # The near misses: a figure's source, a year after the word, a glued mixed-case citation.
    assert _source("Source: 2024 survey of hospital buyers\n") is None
    assert _source("About Acme\n\nAcme designs robots.Source: company data\n") is None


# -- hard-wrapped legends and boilerplate of older wire copy ---------------------------------

_BW = (
    "ACME ROBOTICS REPORTS RECORD THIRD QUARTER RESULTS\n\n"
    "     DAYTON, OHIO (October 21, 1996) -- Acme Robotics, Inc. (NASDAQ:ACMR)\n"
    "today reported record revenue for its third quarter.\n\n"
)


def test_a_legend_whose_key_words_are_wrapped_over_two_lines() -> None:
    release = parse(
        _BW + "     Acme Robotics, Inc. designs and manufactures delivery robots for\n"
        "hospitals and warehouses in North America and Europe.\n\n"
        "     Except for historical information, the matters discussed in this\n"
        "press release are forward-looking statements that involve risks and\n"
        "uncertainties detailed in the Company's filings with the SEC.\n",
        fmt="txt",
    )
    (fls,) = release.forward_looking
    assert fls.text.startswith("Except for historical information")
    assert [a.subject for a in release.about] == ["Acme Robotics"]


def test_a_wrapped_paragraph_without_a_legend_keyword_is_no_legend() -> None:
    # The near miss: "forward-looking" and "risks" in a body paragraph with no legend words.
    release = parse(
        _BW + "     The plant is forward-looking in its design and will handle the\n"
        "risks of cold storage for hospitals in the region.\n",
        fmt="txt",
    )
    assert release.forward_looking == []


def test_boilerplate_with_headquarters_and_a_note_that_tables_follow() -> None:
    release = parse(
        _BW + "     Acme Robotics, with headquarters in Dayton, Ohio, is a leading maker\n"
        "of delivery robots for hospitals.\n\n"
        "     Statements in this release that are not historical facts are\n"
        "forward-looking statements that involve risks and uncertainties.\n\n"
        "                                   (table follows)\n",
        fmt="txt",
    )
    assert [a.subject for a in release.about] == ["Acme Robotics"]
    assert release.forward_looking[0].text.endswith("risks and uncertainties.")


def test_a_sentence_about_tables_stays_in_the_legend() -> None:
    # The near miss: a legend sentence that mentions tables is not the page's note.
    release = parse(
        _BW + "     Statements in this release that are not historical facts are\n"
        "forward-looking statements that involve risks and uncertainties.\n\n"
        "     The tables that follow are unaudited and may change.\n",
        fmt="txt",
    )
    assert release.forward_looking[0].text.endswith("may change.")


# -- EDGAR HTML exhibits: contact tables with a label over each column, a bare exhibit type ---

_HTML_HEAD = (
    "<html><body>\n<p>EX-99.1</p>\n"
    "<p><b>Acme Robotics Completes Acquisition of Borealis Glass</b></p>\n"
    "<p>DAYTON, Ohio, October 21, 2004 /PRNewswire/ -- Acme Robotics, Inc. (NASDAQ: ACMR) "
    "today completed its acquisition of Borealis Glass Co.</p>\n"
)


def test_a_contact_table_with_a_label_over_each_column() -> None:
    release = parse(
        _HTML_HEAD + "<table>\n<tr><td>Investor Contact:</td><td>Media Contact:</td></tr>\n"
        "<tr><td>John Doe</td><td>Mary Major</td></tr>\n"
        "<tr><td>(937) 555-0100</td><td>(212) 555-0188</td></tr>\n</table>\n</body></html>\n",
        fmt="html",
    )
    assert [(c.label, c.names) for c in release.contacts] == [
        ("Investor Contact", ["John Doe"]),
        ("Media Contact", ["Mary Major"]),
    ]
    assert release.headline is not None
    assert release.headline.text.startswith("Acme Robotics Completes")
    assert any(f.text == "EX-99.1" for f in release.front)


def test_a_contact_table_read_by_rows_when_its_first_row_is_a_card() -> None:
    # The near miss: a first row that holds a label and a person is a card, read by rows.
    release = parse(
        _HTML_HEAD + "<table>\n<tr><td>Contact:</td><td>John Doe</td></tr>\n"
        "<tr><td></td><td>(937) 555-0100</td></tr>\n</table>\n</body></html>\n",
        fmt="html",
    )
    assert [(c.label, c.names) for c in release.contacts] == [("Contact", ["John Doe"])]


# -- contact sections: a bare label over the cards, a team's desk, names with an initial -------


def _cards(tail: str) -> list[tuple[str | None, list[str], list[str]]]:
    release = parse(_OPENING + tail)
    return [(c.label, c.names, [e.text for e in c.emails]) for c in release.contacts]


def test_a_bare_contacts_label_over_labelled_cards_is_no_card_of_its_own() -> None:
    assert _cards(
        "Contacts:\n\nInvestors\nJane Roe\n937-555-0100\n\nMedia\nJohn Doe\n212-555-0188\n"
    ) == [("Investors", ["Jane Roe"], []), ("Media", ["John Doe"], [])]


def test_a_bare_contact_label_over_a_teams_desk_labels_the_teams_card() -> None:
    assert _cards("Contact:\n\nAcme Media Relations\n\nmedia@acme.example\n") == [
        ("Contact", [], ["media@acme.example"])
    ]


def test_a_bare_contact_label_with_no_card_after_it_stays() -> None:
    # The near miss: nothing to label below it, the printed label is kept as it was.
    assert _cards("Contact:\n\nThe plant opens in June.\n") == [("Contact", [], [])]


def test_a_name_opening_with_an_initial() -> None:
    assert _cards("Contact:\nJ. Robert Doe\n937-555-0100\n") == [("Contact", ["J. Robert Doe"], [])]
    # The near miss: an initial before a company's name is not a person's.
    assert _cards("Contact:\nA. Acme Robotics Inc\n937-555-0100\n") == [("Contact", [], [])]


# -- older wire trailers: Business Wire's keywords, PR Newswire's fax-on-demand line ---------


def test_business_wires_keyword_trailer_gives_the_source_line() -> None:
    release = parse(
        "     DAYTON, Ohio--(BUSINESS WIRE)--July 21, 2000--Acme Robotics Inc.\n"
        "(Nasdaq:ACMR) today reported record revenue for the second quarter.\n\n"
        "     Acme Robotics (www.acme.example) is a leading maker of delivery\n"
        "robots for hospitals and warehouses.\n\n"
        "     CONTACT: Acme Robotics Inc.\n"
        "              Jane Roe, 937/555-0100\n\n"
        "     KEYWORD: OHIO\n     INDUSTRY KEYWORD: ROBOTICS\n     SOURCE: Acme Robotics Inc.\n",
        fmt="txt",
    )
    assert release.source_line is not None
    assert release.source_line.text == "SOURCE: Acme Robotics Inc."
    assert [a.subject for a in release.about] == ["Acme Robotics"]


def test_a_keyword_trailer_without_a_source_line_gives_none() -> None:
    # The near miss: a trailer whose lines name no source.
    release = parse(
        "     DAYTON, Ohio--(BUSINESS WIRE)--July 21, 2000--Acme Robotics Inc.\n"
        "(Nasdaq:ACMR) today reported record revenue.\n\n"
        "     KEYWORD: OHIO\n     INDUSTRY KEYWORD: ROBOTICS\n",
        fmt="txt",
    )
    assert release.source_line is None


def test_pr_newswires_fax_on_demand_line_is_no_card() -> None:
    release = parse(
        _PRN + "SOURCE Acme Robotics, Inc.\n-0-        07/21/96\n"
        "/CONTACT: Jane Roe of Acme Robotics, 937-555-0100/\n"
        "/Company News On-Call: http://www.prnewswire.com or fax, 800-758-5804, ext. 12/\n",
        fmt="txt",
    )
    assert [(c.label, c.names, [p.text for p in c.phones]) for c in release.contacts] == [
        ("CONTACT", ["Jane Roe"], ["937-555-0100"])
    ]


def test_a_company_contact_line_in_a_trailer_is_a_card() -> None:
    # The near miss: "Company Contact:" with a number is a card, not the fax line.
    release = parse(
        _PRN + "SOURCE Acme Robotics, Inc.\n-0-        07/21/96\n"
        "/Company Contact: Jane Roe, 937-555-0100/\n",
        fmt="txt",
    )
    assert [c.names for c in release.contacts] == [["Jane Roe"]]


# -- a page's chrome above the headline ----------------------------------------------------

_NMW = (
    "DAYTON, OH - May 4, 2025 (NEWMEDIAWIRE) - Acme Robotics, Inc. (OTCQB: ACMR) today "
    "opened a plant in Dayton.\n"
)


def test_a_pages_chrome_above_the_headline_is_front_matter() -> None:
    for chrome in (
        "Share this article",
        "Home > News > Press Releases",
        "Posted on May 4, 2025 by Admin",
    ):
        release = parse(chrome + "\n\nAcme Robotics Opens a Plant in Ohio\n\n" + _NMW, fmt="txt")
        assert release.headline is not None, chrome
        assert release.headline.text == "Acme Robotics Opens a Plant in Ohio", chrome


def test_headlines_opening_with_chrome_words_stay_headlines() -> None:
    # The near misses: "Home" and "Published" as the first words of a headline.
    for headline in ("Home Depot Opens a Plant in Ohio", "Published Author Joins Acme's Board"):
        release = parse(headline + "\n\n" + _NMW, fmt="txt")
        assert release.headline is not None
        assert release.headline.text == headline


# -- a legend or a desk's card run into the About's paragraph --------------------------------

_ABOUT_RUN = (
    "About Acme Robotics\n\n"
    "Acme Robotics, Inc. designs delivery robots for hospitals and warehouses. Learn more at "
    "www.acme.example."
)


def test_a_legend_run_into_the_abouts_paragraph_is_split_off() -> None:
    release = parse(
        _OPENING + _ABOUT_RUN + " Safe Harbor Statement: This press release contains "
        "forward-looking statements within the meaning of the Private Securities Litigation "
        "Reform Act of 1995. Actual results may differ materially.\n"
    )
    (about,) = release.about
    assert about.text.endswith("Learn more at www.acme.example.")
    (legend,) = release.forward_looking
    assert legend.text.startswith("Safe Harbor Statement: This press release")
    assert legend.heading == "Safe Harbor Statement"


def test_a_legend_paragraph_that_names_the_company_first_is_left_whole() -> None:
    # The near miss: a legend paragraph whose first sentence already speaks of
    # forward-looking statements is not boilerplate with a legend run into it.
    release = parse(
        _OPENING + "About Acme Robotics\n\n"
        "Acme Robotics makes forward-looking statements in this release. Safe Harbor "
        "Statement: actual results may differ materially from those expressed.\n"
    )
    assert release.forward_looking[0].text.startswith("Acme Robotics makes forward-looking")


def test_a_desks_card_glued_to_the_abouts_last_sentence() -> None:
    release = parse(_OPENING + _ABOUT_RUN + "Media Contact: Jane Roe jane@acme.example\n")
    assert release.about[0].text.endswith("Learn more at www.acme.example.")
    assert [(c.label, c.names) for c in release.contacts] == [("Media Contact", ["Jane Roe"])]


def test_a_glued_contact_word_without_a_desk_is_left_to_the_text() -> None:
    # The near miss: "Contact:" alone glued to a sentence, with no way to reach anyone.
    release = parse(_OPENING + _ABOUT_RUN + " It opened in 1999.Contact: the front desk.\n")
    assert release.contacts == []
