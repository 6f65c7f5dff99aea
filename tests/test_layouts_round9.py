"""Layouts of issue 9's ninth round: where an About section or a forward-looking legend
ends (a footnote after the legend, a card's label, a conference call's or non-GAAP note's
paragraph, a trademark notice, a miner's "Cautionary Note to U.S. Investors", a pointer to
the legend inside an About) and contact names on cards (a name before a bare number, before
a title word, under a "Title:" head, glued to a title, an address or an e-mail address made
from the name). Each case is a small release or card written for the test, with a near miss
beside it."""

from __future__ import annotations

from disclint.contacts import parse_contacts
from disclint.model import Release
from tests.helpers import parse_release as parse

_OPENING = (
    "# Acme Robotics Opens a Plant in Ohio\n\n"
    "DAYTON, OH - May 4, 2025 (NEWMEDIAWIRE) - Acme Robotics, Inc. (OTCQB: ACMR) today "
    "opened a plant in Dayton that will build delivery robots.\n\n"
)
_ABOUT = (
    "About Acme Robotics, Inc.\n\n"
    "Acme Robotics, Inc. (OTCQB: ACMR) designs delivery robots for hospitals and "
    "warehouses.\n\n"
)
_LEGEND = (
    "Forward-Looking Statements\n\n"
    "This press release contains forward-looking statements, including statements about "
    "the plant's output. Actual results may differ materially from those expressed in "
    "the forward-looking statements.\n\n"
)
_ABOUT_END = "for hospitals and warehouses."
_LEGEND_END = "in the forward-looking statements."


def about_text(release: Release) -> str:
    (about,) = release.about
    return about.text.rstrip()


def legend_text(release: Release) -> str:
    (legend,) = release.forward_looking
    return legend.text.rstrip()


# -- where a legend ends --------------------------------------------------------------------


def test_an_asterisk_footnote_after_the_legend_ends_it() -> None:
    release = parse(
        _OPENING
        + _ABOUT
        + _LEGEND
        + "\\* Plant output figures are estimates and may change as the line is tuned.\n"
    )
    assert legend_text(release).endswith(_LEGEND_END)


def test_an_asterisk_footnote_in_an_exhibit_ends_the_legend_before_its_end_mark() -> None:
    html = (
        "<html><body><p>Exhibit 99.1</p><p><b>ACME ROBOTICS OPENS A PLANT</b></p>"
        "<p>DAYTON, Ohio, May 4, 2025 — Acme Robotics, Inc. today opened a plant.*</p>"
        "<p><b>Safe Harbor Statement</b></p>"
        "<p><i>Statements in this press release about the plant are forward-looking "
        "statements within the meaning of the Private Securities Litigation Reform Act of "
        "1995. Acme assumes no obligation to update these forward-looking statements.</i></p>"
        "<p>* Output figures are preliminary.</p><p align=center>###</p></body></html>"
    )
    release = parse(html, fmt="html")
    assert legend_text(release).endswith("update these forward-looking statements.")
    assert release.end_mark is not None


def test_a_list_of_risks_marked_with_asterisks_stays_in_the_legend() -> None:
    # The near miss: the legend's own list, every item with the same mark.
    release = parse(
        _OPENING
        + _ABOUT
        + "Forward-Looking Statements\n\n"
        + "Forward-looking statements are subject to risks and uncertainties, including:\n\n"
        + "\\* Changes in demand for delivery robots.\n\n"
        + "\\* Delays in building the plant.\n"
    )
    assert legend_text(release).endswith("Delays in building the plant.")


def test_a_cards_label_over_its_name_and_address_ends_the_legend() -> None:
    release = parse(_OPENING + _ABOUT + _LEGEND + "ICR:\n\nJane Roe\n\njane.roe@icr.example\n")
    assert legend_text(release).endswith(_LEGEND_END)


def test_a_capitalised_label_with_no_card_below_stays_in_the_legend() -> None:
    # The near miss: a label over more of the legend, no address or number under it.
    release = parse(
        _OPENING
        + _ABOUT
        + _LEGEND
        + "Important Factors:\n\n"
        + "Such risks include the timing of the plant's output and the demand for robots.\n"
    )
    assert legend_text(release).endswith("the demand for robots.")


def test_a_conference_call_paragraph_after_the_legend_is_not_part_of_it() -> None:
    call = (
        "Acme will host a conference call at 5:00 p.m. ET today to discuss the plant. A "
        "webcast will be available at ir.acme.example.\n"
    )
    assert legend_text(parse(_OPENING + _ABOUT + _LEGEND + call)).endswith(_LEGEND_END)
    # ... nor of the About section before it
    assert about_text(parse(_OPENING + _ABOUT + call)).endswith(_ABOUT_END)


def test_boilerplate_on_hosting_webcasts_stays_in_the_about() -> None:
    # The near miss: what the company does for its clients, not a call it announces.
    release = parse(
        _OPENING
        + _ABOUT
        + "Acme Robotics also helps hospitals to host a webcast of each delivery.\n"
    )
    assert about_text(release).endswith("of each delivery.")


def test_a_legend_sentence_naming_the_call_stays_in_the_legend() -> None:
    # The near miss: the legend's own sentence about statements made on the call.
    release = parse(
        _OPENING
        + _ABOUT
        + _LEGEND
        + "Forward-looking statements made during the conference call Acme will host "
        + "today speak only as of that date.\n"
    )
    assert legend_text(release).endswith("speak only as of that date.")


def test_a_non_gaap_note_after_the_legend_or_the_about_is_a_section_of_its_own() -> None:
    note = (
        "Non-GAAP Financial Measures: This press release includes adjusted EBITDA, a "
        "non-GAAP financial measure.\n"
    )
    assert legend_text(parse(_OPENING + _ABOUT + _LEGEND + note)).endswith(_LEGEND_END)
    assert about_text(parse(_OPENING + _ABOUT + note)).endswith(_ABOUT_END)


def test_a_legend_paragraph_on_forward_looking_non_gaap_figures_stays() -> None:
    # The near miss: a legend sentence about forward-looking non-GAAP figures.
    release = parse(
        _OPENING
        + _ABOUT
        + _LEGEND
        + "Acme does not reconcile its forward-looking non-GAAP measures because the "
        + "items excluded cannot be predicted.\n"
    )
    assert legend_text(release).endswith("cannot be predicted.")


def test_a_trademark_notice_ends_the_legend_but_not_the_about() -> None:
    notice = "Acme and the Acme logo are registered trademarks of Acme Robotics, Inc.\n"
    assert legend_text(parse(_OPENING + _ABOUT + _LEGEND + notice)).endswith(_LEGEND_END)
    # An About section takes its legal lines with it.
    assert about_text(parse(_OPENING + _ABOUT + notice)).endswith("Acme Robotics, Inc.")


def test_a_cautionary_note_to_us_investors_is_no_legend() -> None:
    release = parse(
        _OPENING
        + _ABOUT
        + _LEGEND
        + "Cautionary Note to U.S. Investors\n\n"
        + "Acme reports its mineral resources under Canadian rules, which differ from the "
        + "SEC's.\n"
    )
    assert legend_text(release).endswith(_LEGEND_END)


def test_a_cautionary_note_regarding_forward_looking_statements_is_a_legend() -> None:
    # The near miss: the usual heading of a legend.
    release = parse(
        _OPENING
        + _ABOUT
        + "Cautionary Note Regarding Forward-Looking Statements\n\n"
        + _LEGEND.split("\n\n", 1)[1]
    )
    assert legend_text(release).startswith("Cautionary Note Regarding")
    assert legend_text(release).endswith(_LEGEND_END)


# -- where an About section ends ------------------------------------------------------------


def test_a_pointer_to_the_legend_ends_the_about() -> None:
    release = parse(
        _OPENING
        + _ABOUT
        + "This report contains forward-looking information. Please refer to "
        + "www.acme.example/legal for details.\n"
    )
    assert about_text(release).endswith(_ABOUT_END)


def test_an_about_sentence_about_looking_forward_stays() -> None:
    # The near miss: boilerplate that looks forward without pointing to a legend.
    release = parse(
        _OPENING + _ABOUT + "Acme Robotics looks forward to serving hospitals across the Midwest.\n"
    )
    assert about_text(release).endswith("across the Midwest.")


def test_a_wires_terms_of_use_line_ends_its_about() -> None:
    release = parse(
        _OPENING
        + "About AcmeWire\n\n"
        + "AcmeWire is a communications platform for investors.\n\n"
        + "Please view full terms of use and disclaimers on the AcmeWire website.\n"
    )
    assert [a.text.rstrip() for a in release.about] == [
        "About AcmeWire\n\nAcmeWire is a communications platform for investors."
    ]


# -- contact names --------------------------------------------------------------------------


def card(text: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """Names, titles, e-mail addresses and numbers of the one card ``text`` holds."""
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, position + len(line)) if line.strip() else (-1, -1))
        position += len(line) + 1
    (found,) = parse_contacts(text, lines)
    return (
        found.names,
        found.titles,
        [text[a:b] for a, b in found.emails],
        [text[a:b] for a, b in found.phones],
    )


def test_a_name_before_a_bare_number_on_one_line() -> None:
    names, _, emails, phones = card("Contact: Jane Roe 5552120100 jane@acme.example")
    assert names == ["Jane Roe"]
    assert phones == ["5552120100"]
    assert emails == ["jane@acme.example"]


def test_a_twelve_digit_reference_is_no_number() -> None:
    # The near miss: a longer run of digits (a reference) is not taken for a telephone.
    _, _, _, phones = card("Contact: Jane Roe 555212010099 jane@acme.example")
    assert phones == []


def test_a_name_and_a_title_that_ends_with_a_desk() -> None:
    names, titles, _, _ = card(
        "Media:\nDana Roe Head of Investor Relations & Communications, Acme Robotics, Inc.\n"
        "dana@acme.example 555-212-0100"
    )
    assert names == ["Dana Roe"]
    assert titles[0] == "Head of Investor Relations"


def test_a_company_before_its_desk_names_no_person() -> None:
    # The near miss: capitalised words run into a desk's name are its owner.
    names, _, _, _ = card("Contact:\nAcme Solar Investor Relations\nir@acmesolar.example")
    assert names == []


def test_a_title_as_the_head_of_a_name() -> None:
    names, titles, _, _ = card(
        "Media Contact\nBest Robot Stocks\nSenior Editor: Jane Roe\neditor@robots.example"
    )
    assert names == ["Jane Roe"]
    assert titles == ["Senior Editor"]


def test_a_title_as_the_head_of_a_company_names_no_person() -> None:
    # The near miss: what the head labels is a company, not a person.
    names, _, _, _ = card("Media Contact\nSenior Editor: Acme News Group\neditor@robots.example")
    assert names == []


def test_a_short_surname_run_into_a_title() -> None:
    names, titles, _, _ = card(
        "For further information, please contact:\n"
        "Rana VigPresident and CEOTelephone: 604-555-0166Email: rana@lagoon.example"
    )
    assert names == ["Rana Vig"]
    assert titles == ["President and CEO"]


def test_a_surname_that_opens_with_a_title_word_stays_whole() -> None:
    # The near miss: "Headley" is a surname, not "Head" run into a word.
    names, _, _, _ = card("Contact:\nJane Headley\njane@acme.example")
    assert names == ["Jane Headley"]


def test_a_name_run_into_a_street_number() -> None:
    names, _, _, phones = card(
        "Acme Securities Contact:Kim Roe45 Broadway, 19th FloorNew York, NY 10006"
        "https://acmesecurities.com212.555.0123Info@acmesecurities.com"
    )
    assert names == ["Kim Roe"]
    assert phones == ["212.555.0123"]


def test_a_surname_run_into_an_address_made_from_the_name() -> None:
    names, _, emails, _ = card("Contact:Derek Sissonderek@famous.example")
    assert names == ["Derek Sisson"]
    assert emails == ["derek@famous.example"]
    names, _, emails, phones = card("Acme Capital Contact:Mark Greenmgreen@acmecap.com800.555.5267")
    assert names == ["Mark Green"]
    assert emails == ["mgreen@acmecap.com"]
    assert phones == ["800.555.5267"]


def test_an_address_not_made_from_the_name_before_it_stays_whole() -> None:
    # The near miss: "Acmebots@" holds no part of "Jane Roe": the address is as printed.
    _, _, emails, _ = card("Contact: Jane Roe Acmebots@acme.example")
    assert emails == ["Acmebots@acme.example"]


def test_a_signature_in_quotes_over_the_typed_name_is_one_person() -> None:
    release = parse(
        _OPENING
        + "For further information please contact:ACME ROBOTICS INC.   “Jane Roe”\n\n"
        + "Jane Roe, President & CEOTel: 604-555-0163\n"
    )
    assert [c.names for c in release.contacts] == [["Jane Roe"]]


def test_two_people_on_one_card_stay_two() -> None:
    # The near miss: different names are different people.
    names, _, _, _ = card("Investors: Jane Roe / Lee Park\n(212) 555-5600")
    assert names == ["Jane Roe", "Lee Park"]


def test_an_unlabelled_card_after_the_legend_is_a_card() -> None:
    release = parse(_OPENING + _ABOUT + _LEGEND + "ICR:\n\nJane Roe\n\njane.roe@icr.example\n")
    assert [(c.names, [e.text for e in c.emails]) for c in release.contacts] == [
        (["Jane Roe"], ["jane.roe@icr.example"])
    ]
    assert all("jane.roe@" not in p.text for p in release.body)


def test_a_sentence_with_an_address_after_the_legend_stays_body() -> None:
    # The near miss: a sentence giving an address is the body's, not a card.
    release = parse(
        _OPENING
        + _ABOUT
        + "Shareholder Questions\n\n"
        + "Shareholders may write to the company at ir@acme.example with questions.\n"
    )
    assert release.contacts == []
    assert release.body[-1].text.startswith("Shareholders may write")


def test_a_surname_run_into_an_address_of_the_full_name() -> None:
    names, _, emails, _ = card("ICR (United States):Jane RoeJane.Roe@icr.example")
    assert names == ["Jane Roe"]
    assert emails == ["Jane.Roe@icr.example"]
    names, _, emails, _ = card("Greg LeeGregory.Lee@icr.example")
    assert names == ["Greg Lee"]
    assert emails == ["Gregory.Lee@icr.example"]


def test_a_capitalised_address_of_another_name_stays_whole() -> None:
    # The near miss: "RoeSales@" is no address made from "Jane Roe".
    _, _, emails, _ = card("Contact: Jane RoeSales@acme.example")
    assert emails[0].endswith("Sales@acme.example")
    assert not emails[0].startswith("Jane")


def test_a_card_in_capitals_gives_the_name_not_the_title_or_the_desk() -> None:
    names, titles, _, phones = card(
        "CONTACT:\nJANE ROE\nVICE PRESIDENT, INVESTOR RELATIONS\n(212) 555-0100"
    )
    assert names == ["JANE ROE"]
    assert titles == ["VICE PRESIDENT"]
    assert phones == ["(212) 555-0100"]


def test_a_name_in_capitals_alone_stays_a_name() -> None:
    # The near miss: a person's name in capitals is no title and no desk.
    names, titles, _, _ = card("CONTACT:\nDANA LEE PARK\n(212) 555-0100")
    assert names == ["DANA LEE PARK"]
    assert titles == []


def test_a_name_joined_to_its_channels_by_at_and_or() -> None:
    names, _, emails, phones = card("Contact: Jane Roe at (212) 555-0100 or jane.roe@acme.com")
    assert names == ["Jane Roe"]
    assert phones == ["(212) 555-0100"]
    assert emails == ["jane.roe@acme.com"]


def test_a_surname_that_is_a_joining_word_in_capitals_stays() -> None:
    # The near miss: "Via" with a capital is a surname, not a joining word.
    names, _, _, _ = card("Contact: Ana Via, (212) 555-0100")
    assert names == ["Ana Via"]


def test_a_signature_block_ends_the_about_and_the_legend() -> None:
    signature = "On behalf of the Board of Directors,\n\nJane Roe\n\nPresident and CEO\n"
    assert about_text(parse(_OPENING + _ABOUT + signature)).endswith(_ABOUT_END)
    assert legend_text(parse(_OPENING + _ABOUT + _LEGEND + signature)).endswith(_LEGEND_END)


def test_boilerplate_that_acts_on_behalf_of_a_board_stays() -> None:
    # The near miss: a sentence of the boilerplate, not a signature's opening line.
    release = parse(
        _OPENING
        + _ABOUT
        + "Acme Trust acts on behalf of the board of the pension fund in all matters of "
        + "investment.\n"
    )
    assert about_text(release).endswith("in all matters of investment.")


def test_a_desk_address_glued_to_the_card_keeps_its_local_part() -> None:
    _, _, emails, _ = card("The Acme Public Relations Team\nPublicRelations@acme.com")
    assert emails == ["PublicRelations@acme.com"]


def test_a_desk_label_glued_to_a_role_address_stays_the_label() -> None:
    # The near miss: "Investor Relations" run into "IR@": the label, then the address.
    found = parse_contacts(
        "Investor RelationsIR@acmeprotect.com", [(0, len("Investor RelationsIR@acmeprotect.com"))]
    )
    assert [c.label for c in found] == ["Investor Relations"]


def test_an_international_number_run_into_the_next_heading() -> None:
    _, _, _, phones = card(
        "Contact:\nJane Roe, CFO\nEmail: investor@acme.com\nPhone: +372 622 9177About Acme:"
    )
    assert phones == ["+372 622 9177"]


def test_an_international_number_run_into_lower_case_is_left_alone() -> None:
    # The near miss: digits run into a lower-case word are no number the card can vouch for.
    _, _, _, phones = card("Contact:\nJane Roe\nRef +372 622 9177abc")
    assert phones == []


def test_a_note_to_editors_after_the_cards_is_not_a_card_line() -> None:
    release = parse(
        _OPENING
        + "Press Contact:\n\nJane Roe\n\nAcme\n\njroe@acme.com\n\n(408) 555-1896\n\n"
        + "NOTE TO EDITORS: For additional information visit the Acme newsroom, or call the "
        + "Acme media helpline at (408) 555-2042.\n"
    )
    assert [[p.text for p in c.phones] for c in release.contacts] == [["(408) 555-1896"]]


def test_an_editors_address_on_a_card_stays_on_it() -> None:
    # The near miss: an address at the editors' desk is a way to reach the card's person.
    release = parse(_OPENING + "Press Contact:\n\nJane Roe\n\n(408) 555-1896\n\nEditors@acme.com\n")
    assert [[e.text for e in c.emails] for c in release.contacts] == [["Editors@acme.com"]]


def test_an_address_printed_twice_on_a_card_is_listed_once() -> None:
    release = parse(
        _OPENING
        + "Contact DetailsRob Roe rob.roe@acme.com\n\n+41 21 555 60 80\n\nrob.roe@acme.com\n"
    )
    assert [[e.text for e in c.emails] for c in release.contacts] == [["rob.roe@acme.com"]]


def test_two_addresses_on_a_card_stay_two() -> None:
    # The near miss: different addresses are different ways to reach the card.
    _, _, emails, _ = card("Contact:\nJane Roe\njane@acme.com\nir@acme.com")
    assert emails == ["jane@acme.com", "ir@acme.com"]


def test_an_about_heading_of_a_brand_in_lower_case_starts_its_section() -> None:
    release = parse(
        _OPENING
        + _ABOUT
        + "About iRobo Labs, Inc.\n\n"
        + "iRobo Labs, Inc. builds sensors for delivery robots.\n"
    )
    assert [a.subject for a in release.about] == ["Acme Robotics, Inc.", "iRobo Labs, Inc."]
    assert release.about[0].text.rstrip().endswith(_ABOUT_END)


def test_about_and_a_lower_case_word_is_no_heading() -> None:
    # The near miss: "About a year ago" opens a sentence of the body.
    release = parse(
        _OPENING + "About a year ago, Acme Robotics chose Dayton for the plant.\n\n" + _ABOUT
    )
    assert [a.subject for a in release.about] == ["Acme Robotics, Inc."]


def test_a_run_on_about_heading_takes_the_web_line_after_its_text() -> None:
    release = parse(
        _OPENING
        + "“We are ready,” said Jane Roe. About Acme Robotics, Inc.\n\n"
        + "Acme Robotics, Inc. designs delivery robots for hospitals.\n\n"
        + "Visit: www.acme.example | www.acmerobots.example\n"
    )
    (about,) = release.about
    assert about.text.rstrip().endswith("www.acmerobots.example")


def test_a_sentence_after_a_run_on_about_stays_body() -> None:
    # The near miss: a paragraph that does not go on with the boilerplate.
    release = parse(
        _OPENING
        + "“We are ready,” said Jane Roe. About Acme Robotics, Inc.\n\n"
        + "Acme Robotics, Inc. designs delivery robots for hospitals.\n\n"
        + "Shipments of the first robots begin in June.\n"
    )
    (about,) = release.about
    assert about.text.rstrip().endswith("robots for hospitals.")


def test_a_bracketed_note_that_tables_follow_ends_the_legend() -> None:
    release = parse(
        _OPENING + _ABOUT + _LEGEND + "[Financial tables follow]\n\nQ1 revenue rose 10%.\n"
    )
    assert legend_text(release).endswith(_LEGEND_END)


def test_a_bracketed_aside_in_the_legend_stays() -> None:
    # The near miss: a bracketed remark that announces no tables and says the legend's own
    # words stays in it (session 10: an editor's remark without them, "[Updated to correct
    # a date]", is no longer the legend's: a later paragraph of a legend holds its words).
    aside = "[These forward-looking statements were updated on May 5, 2025]"
    release = parse(_OPENING + _ABOUT + _LEGEND + aside + "\n")
    assert legend_text(release).endswith(aside)


def test_a_name_on_behalf_of_the_company() -> None:
    names, _, _, _ = card(
        "Contact Details\nRainier Communications\nJane Allard Roe on behalf of Acme\n"
        "acmePR@rainier.com"
    )
    assert names == ["Jane Allard Roe"]


def test_a_desk_on_behalf_of_the_company_names_no_person() -> None:
    # The near miss: a desk's name before "on behalf of" is no person.
    names, _, _, _ = card("Contact:\nMedia Relations on behalf of Acme\npress@acme.com")
    assert names == []
