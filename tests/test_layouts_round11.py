"""Layouts of issue 9's eleventh round (session 9), read from the ``dev11`` training split of
the parse gold set: an About heading run into its text after a colon with the company's name
repeated, and what else ends or opens a boilerplate section there. Each case is a small
release written for the test (invented companies and figures), with a near miss beside it."""

from __future__ import annotations

from disclint.model import Release
from disclint.quotes import find_quotes
from tests.helpers import parse_release as parse

_OPENING = (
    "# Brannock Homes Adds 3D Tours to Its Listings\n\n"
    "PORTLAND, Ore., June 3, 2025 /PRNewswire/ -- Brannock Homes today added 3D tours to "
    "every listing on its site, so that buyers can walk through a house before they visit.\n\n"
)
_TAIL = (
    " Brannock Homes, Inc. (Nasdaq: BRHM) helps people buy, sell and rent homes in forty "
    "states through its website, its apps and a network of partner agents.\n\n"
)


def subjects(release: Release) -> list[str]:
    return [about.subject for about in release.about]


# -- About headings ---------------------------------------------------------------------------


def test_a_heading_run_into_its_text_after_a_colon_and_the_name_repeated() -> None:
    release = parse(
        _OPENING
        + "About Brannock Homes:"
        + _TAIL
        + "Brannock Homes' brands include Brannock Rentals® and HouseLoop®.\n\n"
        + "The post Brannock Homes Adds 3D Tours appeared first on a news site.\n"
    )
    assert subjects(release) == ["Brannock Homes"]
    about = release.about[0]
    assert about.paragraphs[0].text.startswith("Brannock Homes, Inc. (Nasdaq: BRHM)")
    assert about.text.rstrip().endswith("HouseLoop®.")


def test_a_colon_before_another_name_opens_no_about() -> None:
    # a body subheading with a colon, its sentence naming someone else: no boilerplate
    release = parse(
        _OPENING
        + "About Portland: Buyers in Oregon and Idaho can open a tour from any listing page,"
        " and agents can share it with a link in an e-mail or a text message.\n"
    )
    assert release.about == []


def test_a_heading_run_into_its_text_after_a_spaced_dash_and_the_name_repeated() -> None:
    release = parse(_OPENING + "About Brannock Homes \u2013" + _TAIL)
    assert subjects(release) == ["Brannock Homes"]
    assert release.about[0].paragraphs[0].text.startswith("Brannock Homes, Inc. (Nasdaq: BRHM)")


def test_a_spaced_dash_before_another_name_opens_no_about() -> None:
    release = parse(
        _OPENING + "About Portland \u2013 Brandon Hale, who runs the Portland office, says tours"
        " have doubled the number of visits buyers book in a week.\n"
    )
    assert release.about == []


# -- forward-looking headings -----------------------------------------------------------------

_LEGEND = (
    "The foregoing information regarding Brannock Homes, Inc. may contain forward-looking "
    "statements within the meaning of the Private Securities Litigation Reform Act of 1995. "
    "Actual results may differ materially. Brannock Homes undertakes no obligation to update "
    "them, whether as a result of new information, future events or otherwise.\n"
)


def test_a_word_between_forward_looking_and_statements_still_heads_the_legend() -> None:
    release = parse(_OPENING + "Forward-Looking Commercial Statements\n\n" + _LEGEND)
    assert len(release.forward_looking) == 1
    legend = release.forward_looking[0]
    assert legend.text.startswith("Forward-Looking Commercial Statements")
    assert legend.text.rstrip().endswith("future events or otherwise.")


def test_a_heading_with_two_words_between_heads_no_legend() -> None:
    # "forward-looking" and "statements" too far apart: a body subheading, then the legend
    # opens at its own paragraph
    release = parse(_OPENING + "Forward-Looking Buyers Want Better Statements\n\n" + _LEGEND)
    assert len(release.forward_looking) == 1
    legend = release.forward_looking[0]
    assert legend.text.startswith("The foregoing information")


def test_a_legend_printed_again_word_for_word_is_one_legend() -> None:
    card = "Media Contact:\nDale Whitcomb\ndale@brannockhomes.example\n\n"
    release = parse(
        _OPENING
        + "Safe Harbor Statement: "
        + _LEGEND
        + "\n"
        + card
        + "Safe Harbor Statement: "
        + _LEGEND
    )
    assert len(release.forward_looking) == 1
    assert release.forward_looking[0].span.text_start < release.contacts[0].span.text_start


def test_two_companies_legends_stay_two() -> None:
    card = "Media Contact:\nDale Whitcomb\ndale@brannockhomes.example\n\n"
    other = _LEGEND.replace("Brannock Homes", "Tellis Bank")
    release = parse(
        _OPENING
        + "Safe Harbor Statement: "
        + _LEGEND
        + "\n"
        + card
        + "Safe Harbor Statement: "
        + other
    )
    assert len(release.forward_looking) == 2


# -- contact cards ----------------------------------------------------------------------------


def test_a_name_opening_with_an_initial_keeps_it() -> None:
    release = parse(
        _OPENING + "About Brannock Homes\n\n" + _TAIL.lstrip() + "Contact Details\n\n"
        "T. Dale Whitcomb III\n\ndale@brannockhomes.example\n"
    )
    assert [c.names for c in release.contacts] == [["T. Dale Whitcomb III"]]


def test_a_one_letter_channel_label_before_an_address_is_no_initial() -> None:
    release = parse(
        _OPENING + "About Brannock Homes\n\n" + _TAIL.lstrip() + "Media Contact:\n"
        "Dale Whitcomb\nE. dale@brannockhomes.example\nT. 555-201-4400\n"
    )
    assert [c.names for c in release.contacts] == [["Dale Whitcomb"]]
    assert [len(c.emails) for c in release.contacts] == [1]
    assert [len(c.phones) for c in release.contacts] == [1]


def test_a_label_asking_to_get_in_touch_over_a_labelled_card_is_no_card() -> None:
    release = parse(
        _OPENING + "For media inquiries, please contact:\n\n"
        "Investor Relations Contact: Dale Whitcomb; 555-201-4400\n"
    )
    assert [(c.label, c.names) for c in release.contacts] == [
        ("Investor Relations Contact", ["Dale Whitcomb"])
    ]


def test_a_label_asking_to_get_in_touch_labels_an_unlabelled_card() -> None:
    release = parse(
        _OPENING + "For media inquiries, please contact:\n\n"
        "Dale Whitcomb\n555-201-4400\ndale@brannockhomes.example\n"
    )
    assert len(release.contacts) == 1
    assert release.contacts[0].names == ["Dale Whitcomb"]


def test_an_officers_label_run_into_a_generic_heading_labels_the_card() -> None:
    release = parse(
        _OPENING + "Contact DetailsCFO\n\nNell Ostrander\n\nnell@brannockhomes.example\n\n"
        "Investor Relations\n\nPiet Lanning\n\npiet@brannockhomes.example\n"
    )
    assert [c.label for c in release.contacts] == ["CFO", "Investor Relations"]


def test_a_company_run_into_a_generic_heading_keeps_the_heading_as_label() -> None:
    release = parse(
        _OPENING + "Contact DetailsBrannock Homes\n\nNell Ostrander\n\nnell@brannockhomes.example\n"
    )
    assert [c.label for c in release.contacts] == ["Contact Details"]


# -- quotations -------------------------------------------------------------------------------

_SAID = (
    "“Homes with a virtual tour sell faster than the ones without one, and buyers tell us "
    "they like it,” said Dana Whitlow, "
)


def test_a_role_in_lower_case_after_the_organisations_possessive() -> None:
    (quote,) = find_quotes(_SAID + "Brannock’s home trends expert.")
    assert quote.attribution is not None
    assert (quote.attribution.title, quote.attribution.organisation) == (
        "home trends expert",
        "Brannock",
    )


def test_a_possessive_before_capitalised_words_is_no_role() -> None:
    (quote,) = find_quotes(_SAID + "Brannock’s Best Homes.")
    assert quote.attribution is not None
    assert quote.attribution.speaker == "Dana Whitlow"
    assert (quote.attribution.title, quote.attribution.organisation) == (None, None)


_OPEN_QUOTE_PARAGRAPH = (
    "“We thank our shareholders for their patience while we built the platform,” said Dana "
    "Whitlow, Chief Executive Officer of Brannock. “With the new tool we have another block "
    "in place.\n\n"
)
_CLOSING_PARAGRAPH = (
    "We plan to bring the tool to market this year and to report to shareholders within "
    "the next few weeks.”\n"
)


def test_a_quotation_going_on_without_its_opening_mark_repeated() -> None:
    release = parse(_OPENING + _OPEN_QUOTE_PARAGRAPH + _CLOSING_PARAGRAPH)
    speakers = [(q.speaker, q.text[:10]) for q in release.quotes]
    assert ("Dana Whitlow", "We plan to") in speakers


def test_a_closing_mark_after_a_closed_quotation_opens_nothing() -> None:
    closed = _OPEN_QUOTE_PARAGRAPH.replace("in place.\n", "in place.”\n")
    release = parse(_OPENING + closed + _CLOSING_PARAGRAPH)
    assert all(not q.text.startswith("We plan to") for q in release.quotes)
