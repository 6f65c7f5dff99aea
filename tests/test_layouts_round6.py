"""Layouts of the dev5 training split (issue 9, round 6): About headings run on after the
text before them, desk and team lines in contact cards, boilerplate behind a note label.
Each case is a small release written for the test, with a near miss beside it."""

from __future__ import annotations

from disclint.model import Release
from tests.helpers import parse_release


def parse(text: str, fmt: str = "txt") -> Release:
    return parse_release(text, fmt)


_OPENING = (
    "Acme Robotics Opens a Plant in Ohio\n\n"
    "DAYTON, Ohio, March 2, 2026 /PRNewswire/ -- Acme Robotics, Inc. (NASDAQ: ACMR) opened a "
    "plant in Dayton that will build forty delivery robots a week.\n\n"
)


def test_an_about_heading_run_on_after_a_sentence_is_an_about_section() -> None:
    release = parse(
        _OPENING + "Read the full note on our site.About AcmeAcme Robotics, Inc. builds "
        "delivery robots for hospitals and warehouses in twelve countries.\n\n"
        "Contact: Jane Roe, jane@acmerobotics.example\n"
    )
    assert [a.subject for a in release.about] == ["Acme"]
    about = release.about[0]
    assert about.text.startswith("About AcmeAcme Robotics")
    assert about.paragraphs[0].text.startswith("Acme Robotics, Inc. builds")
    assert any(p.text == "Read the full note on our site." for p in release.body)
    assert not any("builds delivery robots" in p.text for p in release.body)


def test_an_about_heading_after_an_empty_link_is_an_about_section() -> None:
    release = parse(
        _OPENING + "[]()About Acme Robotics Acme Robotics builds delivery robots for "
        "hospitals and warehouses in twelve countries.\n",
        fmt="md",
    )
    assert [a.subject for a in release.about] == ["Acme Robotics"]
    assert not any("delivery robots for" in p.text for p in release.body)


def test_about_inside_a_sentence_is_not_a_run_on_heading() -> None:
    # "About" after a sentence's end but with a space, or not read as a heading (no name
    # repeated, no colon, no name-and-sentence), stays body text.
    for text in (
        "The plant opened in May. About Acme Robotics, analysts said little.\n",
        "The plant opened in May.About forty robots a week leave it.\n",
        "The robots are built in Ohio (Dayton).About Town magazine named the plant.\n",
    ):
        release = parse(_OPENING + text)
        assert release.about == [], text


_ABOUT = (
    "About Acme Robotics\n\n"
    "Acme Robotics, Inc. builds delivery robots for hospitals and warehouses.\n\n"
)


def test_a_team_line_under_a_bare_label_is_one_card_with_the_printed_label() -> None:
    for team in ("Acme Media Relations", "Media Hotline"):
        release = parse(_OPENING + _ABOUT + f"Contact:\n\n{team}\n\nmedia@acmerobotics.example\n")
        assert [(c.label, c.names) for c in release.contacts] == [("Contact", [])], team
        card = release.contacts[0]
        assert [e.text for e in card.emails] == ["media@acmerobotics.example"]
        assert team in card.organisations


def test_labels_that_are_not_a_team_line_stay_cards_of_their_own() -> None:
    # a second label with a colon, and a desk line over a named person, keep their cards
    release = parse(
        _OPENING + _ABOUT + "Contacts:\n\nInvestor Contact:\n\nir@acmerobotics.example\n"
    )
    assert [c.label for c in release.contacts if c.emails] == ["Investor Contact"]
    release = parse(
        _OPENING + _ABOUT + "Contact:\n\nAcme Investor Relations\n\nJane Roe\n\n"
        "jane.roe@acmerobotics.example\n"
    )
    assert any(c.names == ["Jane Roe"] for c in release.contacts)
    assert all(c.label != "Contact" for c in release.contacts if c.names)


def test_a_corporate_communications_line_labels_the_card_below_it() -> None:
    release = parse(
        _OPENING + _ABOUT + "Corporate Communications\n\n"
        "Acme Wire (AcmeWire)Los Angeles, Californiawww.acmewire.example310.555.0100 "
        "OfficeEditor@acmewire.example\n"
    )
    assert [c.label for c in release.contacts] == ["Corporate Communications"]
    assert [e.text for e in release.contacts[0].emails] == ["Editor@acmewire.example"]


def test_boilerplate_behind_a_note_label_is_an_about_section() -> None:
    release = parse(
        _OPENING + _ABOUT + "NOTE TO INVESTORS: AcmeWire is a financial news and publishing "
        "company that helps listed companies reach investors. For more information, please "
        "visit https://www.acmewire.example\n\n"
        "Please see full terms of use and disclaimers on the AcmeWire website.\n"
    )
    assert [a.subject for a in release.about] == ["Acme Robotics", "AcmeWire"]
    assert release.about[1].paragraphs[0].text.startswith("AcmeWire is a financial news")
    assert [p.text[:10] for p in release.footer] == ["Please see"]


def test_a_note_that_is_not_boilerplate_stays_in_the_footer() -> None:
    release = parse(
        _OPENING + _ABOUT + "NOTE TO INVESTORS: The latest news and updates relating to ACMR "
        "are available in the company's newsroom at https://acmewire.example/ACMR\n"
    )
    assert [a.subject for a in release.about] == ["Acme Robotics"]
    assert release.footer and release.footer[0].text.startswith("NOTE TO INVESTORS")


_QUOTED = (
    "“The plant brings our robots closer to the hospitals we serve,” said Jane Roe, chief "
    "executive officer of Acme Robotics.\n\n"
)


def test_closing_boilerplate_that_opens_with_what_the_company_is() -> None:
    release = parse(
        _OPENING + _QUOTED + "A leading maker of hospital robots and top U.S. exporter, Acme "
        "Robotics develops, builds and services delivery robots in twelve countries.\n\n"
        "Contact: media@acmerobotics.example\n"
    )
    assert [a.subject for a in release.about] == ["Acme Robotics"]


def test_an_opening_clause_that_is_not_boilerplate_stays_body() -> None:
    for text in (
        # not a company described: a time, a plant
        "A year later, Acme Robotics develops its second plant in Ohio.\n\n",
        "A plant of forty workers, Dayton Works is the company's first outside Texas.\n\n",
        # a company described, but then not what it does
        "A leading maker of robots, Acme Robotics said the plant would open in May.\n\n",
    ):
        release = parse(_OPENING + _QUOTED + text + "Contact: media@acmerobotics.example\n")
        assert release.about == [], text


def test_the_company_in_an_attribution_is_the_company_the_release_defines() -> None:
    release = parse(
        "Acme Robotics Reports Results\n\n"
        "DAYTON, Ohio, March 2, 2026 /PRNewswire/ -- Acme Robotics, Inc. (“Acme” or the "
        "“Company”) (NASDAQ: ACMR) reported revenue of $40 million for the quarter.\n\n"
        "“Demand from hospitals grew in every region we serve this quarter,” said Jane Roe, "
        "the Company’s Chief Executive Officer.\n"
    )
    assert [(q.speaker, q.organisation) for q in release.quotes] == [
        ("Jane Roe", "Acme Robotics, Inc.")
    ]


def test_the_company_stays_as_written_where_the_release_names_no_company() -> None:
    # (where the release defines no term but opens with the issuer's name after its
    # dateline, "the Company" is that issuer: tests/test_layouts_round7.py)
    release = parse(
        "Robot Makers Report Results\n\n"
        "Revenue of the robot makers grew in the quarter, the trade group said.\n\n"
        "“Demand from hospitals grew in every region we serve this quarter,” said Jane Roe, "
        "the Company’s Chief Executive Officer.\n"
    )
    assert [q.organisation for q in release.quotes] == ["the Company"]


_SAFE_HARBOR = (
    "FORWARD-LOOKING STATEMENTS This release contains forward-looking statements within the "
    "meaning of the Private Securities Litigation Reform Act of 1995. Actual results may differ "
    "materially from those expected.\n\n"
    "Acme undertakes no obligation to update these statements, except as required by law.\n\n"
)


def test_a_run_in_capitalised_heading_ends_the_legend() -> None:
    release = parse(
        _OPENING + _ABOUT + _SAFE_HARBOR + "USE OF NON-GAAP FINANCIAL INFORMATION In addition "
        "to results under GAAP, this release presents adjusted operating income.\n"
    )
    legend = release.forward_looking[0]
    assert legend.text.rstrip().endswith("except as required by law.")
    assert any(p.text.startswith("USE OF NON-GAAP") for p in release.body)


def test_a_run_in_heading_of_the_legend_stays_in_it() -> None:
    release = parse(
        _OPENING + _ABOUT + _SAFE_HARBOR + "RISK FACTORS Investors should read the risks "
        "described in our annual report before relying on these statements.\n"
    )
    assert release.forward_looking[0].text.rstrip().endswith("relying on these statements.")


def test_a_cautionary_note_about_another_subject_is_not_a_legend() -> None:
    release = parse(
        _OPENING + _ABOUT + "Cautionary Note Regarding Digital Assets\n\n"
        "Digital assets are volatile and may lose all of their value.\n"
    )
    assert release.forward_looking == []
    release = parse(
        _OPENING + _ABOUT + "Cautionary Note Regarding Forward-Looking Statements\n\n"
        "This release contains forward-looking statements. Actual results may differ.\n"
    )
    assert len(release.forward_looking) == 1


def test_a_speaker_introduced_without_the_diacritics_of_the_attribution() -> None:
    release = parse(
        "Acme Names a Chief Development Officer\n\n"
        "BOCHUM, Germany, March 2, 2026 /PRNewswire/ -- The board of Acme SE appointed Katja "
        "Wunschel as Chief Development Officer of Acme from June 1.\n\n"
        "Katja Wünschel: “I look forward to building the projects of the next decade with the "
        "whole team.”\n"
    )
    assert [(q.speaker, q.title) for q in release.quotes] == [
        ("Katja Wünschel", "Chief Development Officer")
    ]


def test_a_different_name_is_no_earlier_mention() -> None:
    release = parse(
        "Acme Names a Chief Development Officer\n\n"
        "BOCHUM, Germany, March 2, 2026 /PRNewswire/ -- The board of Acme SE appointed Katja "
        "Wandel as Chief Development Officer of Acme from June 1.\n\n"
        "Katja Wünschel: “I look forward to building the projects of the next decade with the "
        "whole team.”\n"
    )
    assert [(q.speaker, q.title) for q in release.quotes] == [("Katja Wünschel", None)]


_PARTNER_QUOTE = (
    _OPENING + "“The plant brings our robots closer to the hospitals we serve,” said Jane Roe, "
    "CEO of Acme Robotics.\n\n"
    "“Our vision is to put a delivery robot in every hospital in the state.”\n\n"
)


def test_a_signature_with_no_comma_after_the_name_signs_the_quotation_above() -> None:
    release = parse(_PARTNER_QUOTE + "Sam Lee CEO, Dayton Health\n\nMore text follows here.\n")
    assert [(q.speaker, q.title, q.organisation) for q in release.quotes] == [
        ("Jane Roe", "CEO", "Acme Robotics"),
        ("Sam Lee", "CEO", "Dayton Health"),
    ]


def test_a_company_and_title_line_is_no_bare_signature() -> None:
    # the organisation before the title, then a person: not a name-and-title signature
    release = parse(_PARTNER_QUOTE + "Dayton Health Corp CEO, Sam Lee\n")
    assert all(q.speaker != "Dayton Health Corp" for q in release.quotes)


def test_an_address_run_into_a_company_legal_form() -> None:
    from disclint.contacts import find_emails

    text = "Acme Robotics, Inc.jane.roe@acmerobotics.example"
    assert [text[a:b] for a, b in find_emails(text)] == ["jane.roe@acmerobotics.example"]
    # an address whose own local part opens with those letters in lower case is kept whole
    text = "Write to inc.desk@acmerobotics.example"
    assert [text[a:b] for a, b in find_emails(text)] == ["inc.desk@acmerobotics.example"]


def test_an_about_heading_run_on_after_double_spaces_in_a_one_line_body() -> None:
    body = (
        "DAYTON, Ohio, March 2, 2026 /24-7PressRelease/ -- Acme Robotics opened a plant in "
        "Dayton.  The plant will build forty delivery robots a week for hospitals.  "
    )
    for about in (
        "About Acme Robotics: Founded in 2011, Acme Robotics builds delivery robots.",
        "About Acme Robotics Acme Robotics builds delivery robots for hospitals.",
    ):
        release = parse("Acme Robotics Opens a Plant\n\n" + body + about + "\n")
        assert [a.subject for a in release.about] == ["Acme Robotics"], about
        assert release.about[0].paragraphs[0].text.startswith(("Founded", "Acme Robotics"))


def test_about_after_double_spaces_in_a_sentence_stays_body() -> None:
    release = parse(
        "Acme Robotics Opens a Plant\n\n"
        "DAYTON, Ohio, March 2, 2026 /24-7PressRelease/ -- Acme Robotics opened a plant.  "
        "About Dayton: the city has long built machines, and it welcomed the plant.\n"
    )
    assert release.about == []


def test_a_distributors_attachment_line_ends_the_about_section() -> None:
    release = parse(
        _OPENING + _ABOUT + "Additional features:File: Portrait of Jane Roe, approved for "
        "editorial use.\n"
    )
    assert release.about[0].text.rstrip().endswith("hospitals and warehouses.")
    assert release.footer and release.footer[0].text.startswith("Additional features")


def test_additional_features_in_a_sentence_stay_in_the_about_section() -> None:
    release = parse(
        _OPENING + _ABOUT + "Additional features of the robots include lifts and sensors that "
        "read hospital doors.\n"
    )
    assert release.about[0].text.rstrip().endswith("read hospital doors.")


def test_an_organisation_before_a_lower_case_title() -> None:
    release = parse(
        _OPENING + "“The offering was taken up by long-term holders of the stock,” said Acme "
        "board chair Sam Lee in the release.\n"
    )
    assert [(q.speaker, q.title, q.organisation) for q in release.quotes] == [
        ("Sam Lee", "board chair", "Acme")
    ]


def test_a_lower_case_word_that_opens_no_title_keeps_the_old_reading() -> None:
    # "our" is no word of a title: the words before the title stay as written
    release = parse(
        _OPENING + "“The offering was taken up by long-term holders of the stock,” said our "
        "chair Sam Lee.\n"
    )
    assert [q.organisation for q in release.quotes] == [None]


def test_a_brand_that_opens_with_a_desk_word_is_no_label() -> None:
    from disclint.contacts import parse_contacts

    text = "InvestorWireAustin, Texaswww.investorwire.example512.555.0100 OfficeEditor@iw.example"
    cards = parse_contacts(text, [(0, len(text))])
    assert [c.label for c in cards] == [None]
    # a label glued to a name is still a label
    text = "ContactJane Roe jane@acmerobotics.example"
    assert [c.label for c in parse_contacts(text, [(0, len(text))])] == ["Contact"]


def test_a_company_contact_label_with_a_name_and_title_run_together() -> None:
    from disclint.contacts import parse_contacts

    text = (
        "Acme Robotics Holding Corporation Contact: Sam Lee Chief Executive Officer (646) 555-0100"
    )
    cards = parse_contacts(text, [(0, len(text))])
    assert [(c.label, c.names, c.titles) for c in cards] == [
        ("Acme Robotics Holding Corporation Contact", ["Sam Lee"], ["Chief Executive Officer"])
    ]
    text = "Acme Robotics, Inc. Contact: info@acmerobotics.example"
    assert [c.label for c in parse_contacts(text, [(0, len(text))])] == [
        "Acme Robotics, Inc. Contact"
    ]


def test_a_company_before_a_title_is_no_name() -> None:
    from disclint.contacts import parse_contacts

    text = "Contact: Acme Capital CEO Office, (646) 555-0100"
    cards = parse_contacts(text, [(0, len(text))])
    assert cards[0].names == []


def test_an_about_the_heading_glued_to_the_name_repeated() -> None:
    release = parse(
        _OPENING + "For more information, contact Sam Lee at sam@acmerobotics.example.\n\n"
        "About the Acme Robotics Guild The Acme Robotics Guild is an association of hospital "
        "robot makers that trains engineers and sets safety rules for the trade.\n"
    )
    assert [a.subject for a in release.about] == ["the Acme Robotics Guild"]
    assert all("association" not in c.text for c in release.contacts)


def test_about_the_with_no_name_repeated_is_no_glued_heading() -> None:
    release = parse(
        _OPENING + "For more information, contact Sam Lee at sam@acmerobotics.example.\n\n"
        "About the Acme Robotics plant little has been said, as it opened only this week and "
        "the company has kept its numbers to itself.\n"
    )
    assert release.about == []


_QUOTED_LINE = "“She brings decades of experience in robotics and in hospitals to the board.”\n"


def test_a_colon_lead_in_with_a_listing_or_a_slash() -> None:
    for lead, expected in (
        ("Acme Robotics (NASDAQ: ACMR) CEO Jim Joyce: ", ("Jim Joyce", "CEO", "Acme Robotics")),
        ("Jim Joyce / Founder of Acme Capital: ", ("Jim Joyce", "Founder", "Acme Capital")),
    ):
        release = parse(_OPENING + lead + _QUOTED_LINE)
        assert [(q.speaker, q.title, q.organisation) for q in release.quotes] == [expected]


def test_a_listing_cut_off_after_the_organisation_is_dropped() -> None:
    release = parse(
        _OPENING
        + "“She brings decades of experience,” said Jim Joyce, CEO of Acme (NASDAQ: ACMR).\n"
    )
    assert [q.organisation for q in release.quotes] == ["Acme"]


def test_a_colon_lead_in_that_is_no_attribution() -> None:
    # a sentence before the colon, not a name with a title
    release = parse(_OPENING + "The board (NASDAQ: ACMR) wrote to holders: " + _QUOTED_LINE)
    assert [q.speaker for q in release.quotes] == [None]


def test_a_name_then_a_senior_title_on_a_card_line() -> None:
    from disclint.contacts import parse_contacts

    text = "Contacts:\nSam Lee Senior Vice President of Programs 281.555.0100 sam@acme.example"
    lines = [(0, 9), (10, len(text))]
    cards = parse_contacts(text, lines)
    assert [(c.names, c.titles) for c in cards] == [
        (["Sam Lee"], ["Senior Vice President of Programs"])
    ]


_LATER_QUOTE = (
    "\n\n“She brings decades of experience in robotics and in hospitals to the board,” said "
)


def test_a_speaker_named_by_surname_or_given_name_takes_the_bodys_introduction() -> None:
    for intro, attributed, expected in (
        (
            "Acme’s Chief Technology Officer, Jim Joyce, will lead the plant.",
            "Joyce.",
            ("Joyce", "Chief Technology Officer", "Acme"),
        ),
        (
            "Jim Joyce is the Chief Technology Officer of Acme Robotics.",
            "Joyce.",
            ("Joyce", "Chief Technology Officer", "Acme Robotics"),
        ),
        (
            "The plant was designed with Tony Hunter, Ph.D., of the Salk Institute.",
            "Hunter.",
            ("Hunter", None, "Salk Institute"),
        ),
        (
            "Jim Joyce, Chairman of Acme Robotics, opened the plant.",
            "Jim.",
            ("Jim", "Chairman", "Acme Robotics"),
        ),
    ):
        release = parse(_OPENING + intro + _LATER_QUOTE + attributed + "\n")
        assert [(q.speaker, q.title, q.organisation) for q in release.quotes] == [expected], intro


def test_an_introduction_that_gives_no_title_or_affiliation() -> None:
    for intro in (
        "Jim Joyce is a long-time resident of Dayton.",
        "Jim Joyce of Dayton opened the plant.",
        "Chief Technology Officer Jim Joyce will lead the plant.",
    ):
        release = parse(_OPENING + intro + _LATER_QUOTE + "Joyce.\n")
        assert [q.organisation for q in release.quotes] == [None], intro


def test_a_plural_possessive_organisation_loses_its_apostrophe() -> None:
    release = parse(
        _OPENING + "“She brings decades of experience in robotics to the board,” said Acme "
        "Robotics’ Chief Executive Officer Jim Joyce.\n"
    )
    assert [(q.speaker, q.organisation) for q in release.quotes] == [("Jim Joyce", "Acme Robotics")]
