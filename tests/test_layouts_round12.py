"""Layouts of issue 9's twelfth round (session 10): where an About section and a legend end in
layouts the gold set's training splits lack, found by a label-free review of every About's and
legend's last paragraph and the block after it (``benchmarks/section_ends.py``) and by
writing out the older wire and EDGAR text layouts. Each case is a small release written for
the test (invented companies, people and figures), with a near miss beside it."""

from __future__ import annotations

from disclint.model import Release
from tests.helpers import parse_release as parse


def subjects(release: Release) -> list[str]:
    return [about.subject for about in release.about]


# -- boilerplate that sets off what the company is between commas (older wire, EDGAR text) ---

_EDGAR_OPENING = (
    "                                                       Exhibit 99.1\n\n"
    "          WIDGETCO REPORTS RECORD FIRST QUARTER REVENUES\n\n"
    "     SUNNYVALE, Calif.--(BUSINESS WIRE)--Jan. 17, 1996--Widgetco Computer,\n"
    "Inc. today announced revenues of $1.2 billion for its first fiscal quarter,\n"
    "an increase of 12 percent over the year-ago quarter.\n\n"
    '     "We are pleased with the quarter," said John Smith, chief executive\n'
    "officer of Widgetco.\n\n"
)


def test_a_name_set_off_by_what_the_company_is_opens_the_boilerplate() -> None:
    release = parse(
        _EDGAR_OPENING + "     Widgetco Computer, Inc., a recognized innovator in the information\n"
        "industry, develops, manufactures and markets personal computing products\n"
        "for business and home users in more than 140 countries.\n\n"
        "     Widgetco and the Widgetco logo are registered trademarks of Widgetco\n"
        "Computer, Inc.\n\n"
        "                                   # # #\n",
        fmt="txt",
    )
    assert subjects(release) == ["Widgetco Computer, Inc."]
    # the company's trademark line closes its boilerplate; the end mark is not in it
    assert release.about[0].text.rstrip().endswith("Widgetco\nComputer, Inc.")
    assert release.end_mark is not None


def test_a_subsidiary_and_its_parent_each_have_their_boilerplate() -> None:
    release = parse(
        _EDGAR_OPENING
        + "     Bramble Power Company, a subsidiary of Northfield Energy Corp., provides\n"
        "electricity to 1.3 million customers across the southern two-thirds of\n"
        "Alabama.\n\n"
        "     Northfield Energy Corp. (NYSE: NFE) is the parent company of five\n"
        "integrated electric utilities.\n\n"
        "                                    -30-\n",
        fmt="txt",
    )
    assert subjects(release) == ["Bramble Power Company", "Northfield Energy Corp."]


def test_a_person_set_off_by_an_aside_is_no_boilerplate() -> None:
    # a new officer described at the end of the body: the aside names no kind of company
    release = parse(
        _EDGAR_OPENING
        + "     Mary Lee, a veteran of the semiconductor industry, is a graduate of\n"
        "the University of Illinois.\n",
        fmt="txt",
    )
    assert release.about == []


def test_a_company_set_off_by_an_aside_that_reports_news_is_no_boilerplate() -> None:
    release = parse(
        _EDGAR_OPENING
        + "     Quorra Systems, a maker of disk drives, announced last week that it\n"
        "will buy the line from Widgetco.\n",
        fmt="txt",
    )
    assert release.about == []


def test_a_listed_company_set_off_by_an_aside_inside_a_round_up_is_no_boilerplate() -> None:
    # a market note describing several listed companies, each followed by its figures
    release = parse(
        "# Three Storage Stocks to Watch\n\n"
        "Demand for storage keeps growing as companies move their data to the cloud, and "
        "three small companies stand out this quarter for how fast their sales grow.\n\n"
        "Quorra Systems, Inc. (NASDAQ: QRRA), a U.S.-based storage provider, develops "
        "flash arrays for hospitals and banks and sells them through resellers.\n\n"
        "In its second quarter Quorra reported revenue of $31 million, up 11% from a year "
        "earlier, and a gross margin of 62%, as its largest hospital customer doubled its "
        "order and two new banks signed multi-year contracts for its newest arrays, which "
        "the company expects to ship in volume before the end of the year.\n\n"
        "Lindell Data Corp. (NYSE: LDC) makes tape libraries for archives and studios.\n",
    )
    assert release.about == []


# -- boilerplate printed one line a block ----------------------------------------------------


def test_boilerplate_printed_one_line_a_block_goes_on_to_its_sentence_end() -> None:
    release = parse(
        "# Pebblecoin Opens Its Presale\n\n"
        "Pebblecoin opened the presale of its token on Monday, and buyers can join it "
        "from the website until the end of the month.\n\n"
        "“We built this for everyone,” said Ana Ruiz, founder of Pebblecoin.\n\n"
        "Pebblecoin is a community token inspired by river stones and the patience\n\n"
        "of old savers. It is built on openness, privacy and low fees,\n\n"
        "keeping the spirit of the first digital currencies.\n\n"
        "Buying tokens carries risk, and you should check the rules that apply where you "
        "live before you buy any.\n"
    )
    assert subjects(release) == ["Pebblecoin"]
    about = release.about[0]
    assert about.text.rstrip().endswith("first digital currencies.")
    assert len(about.paragraphs) == 3


def test_boilerplate_ending_its_sentence_takes_no_next_block() -> None:
    release = parse(
        "# Pebblecoin Opens Its Presale\n\n"
        "Pebblecoin opened the presale of its token on Monday, and buyers can join it "
        "from the website until the end of the month.\n\n"
        "“We built this for everyone,” said Ana Ruiz, founder of Pebblecoin.\n\n"
        "Pebblecoin is a community token inspired by river stones. Learn more at\n\n"
        "www.pebblecoin.example\n\n"
        "Buying tokens carries risk, and you should check the rules that apply where you "
        "live before you buy any.\n"
    )
    about = release.about[0]
    # the web address is the boilerplate's (it points to the company's site); the risk
    # notice after it is not, although the address ends without a full stop
    assert about.text.rstrip().endswith("www.pebblecoin.example")


# -- a sentence pointing the reader on is no contact card --------------------------------------

_RELEASE = (
    "# Quillon Labs Opens Second Plant\n\n"
    "DENVER, March 3, 2025 /PRNewswire/ -- Quillon Labs, Inc. (NASDAQ: QLAB) today opened "
    "its second plant in Colorado.\n\n"
    '"This plant doubles our output," said Maya Ortiz, chief executive officer of Quillon '
    "Labs.\n\n"
)
_ABOUT = (
    "## About Quillon Labs\n\n"
    "Quillon Labs, Inc. designs enzyme kits for research laboratories in 30 countries.\n\n"
)
_LEGEND = (
    "## Forward-Looking Statements\n\n"
    "This press release contains forward-looking statements that involve risks and "
    "uncertainties. Actual results may differ materially. Quillon Labs undertakes no "
    "obligation to update these statements.\n\n"
)
_POINTER = (
    "For more information about the plant, please contact Ravi Patel, Director of "
    "Communications, at ravi.patel@quillonlabs.example or 303-555-0188.\n\n"
)


def test_a_sentence_pointing_to_a_person_in_the_body_is_no_card() -> None:
    release = parse(_RELEASE + _POINTER + _ABOUT)
    assert release.contacts == []
    assert any("Ravi Patel" in p.text for p in release.body)


def test_a_sentence_pointing_to_a_person_closes_the_about() -> None:
    release = parse(_RELEASE + _ABOUT + _POINTER + _LEGEND)
    assert release.contacts == []
    assert release.about[0].text.rstrip().endswith("303-555-0188.")
    assert release.forward_looking[0].text.lstrip().startswith("Forward-Looking")


def test_a_sentence_pointing_to_a_person_ends_the_legend() -> None:
    release = parse(_RELEASE + _ABOUT + _LEGEND + _POINTER + "SOURCE Quillon Labs, Inc.\n")
    assert release.forward_looking[0].text.rstrip().endswith("update these statements.")


def test_a_label_over_the_person_is_still_a_card() -> None:
    release = parse(
        _RELEASE
        + _ABOUT
        + "For more information, please contact:\n\n"
        + "Ravi Patel\n\nravi.patel@quillonlabs.example\n\n303-555-0188\n"
    )
    assert [c.names for c in release.contacts] == [["Ravi Patel"]]
    assert release.about[0].text.rstrip().endswith("30 countries.")


def test_a_label_with_its_colon_run_into_the_card_is_still_a_card() -> None:
    release = parse(
        _RELEASE + _ABOUT + "For further information: Ravi Patel, ravi.patel@quillonlabs.example, "
        "303-555-0188\n"
    )
    assert [c.names for c in release.contacts] == [["Ravi Patel"]]


def test_a_desk_asking_for_inquiries_is_still_a_card() -> None:
    # "For media inquiries" names the card's desk: a label, not a pointer in the text
    release = parse(
        _RELEASE
        + _ABOUT
        + "For media inquiries, please contact Dana Wills at dana@quillonlabs.example.\n"
    )
    assert [c.emails[0].text for c in release.contacts] == ["dana@quillonlabs.example"]


# -- EDGAR text: a heading printed on the first line of its block; a running page header ----

_EXHIBIT = (
    "EX-99.1 2 ex991.txt PRESS RELEASE\n\n"
    "                 HARTLEY SYSTEMS REPORTS THIRD QUARTER RESULTS\n\n"
    "     SAN DIEGO, Nov. 1, 2004 -- Hartley Systems, Inc. (NASDAQ: HRTS) today\n"
    "reported revenue of $42.1 million for the third quarter of 2004.\n\n"
)
_EXHIBIT_ABOUT = (
    "ABOUT HARTLEY SYSTEMS\n"
    "     Hartley Systems, Inc. is a genetic analysis company that develops\n"
    "instruments for clinical laboratories.\n\n"
)
_EXHIBIT_LEGEND = (
    "SAFE HARBOR STATEMENT\n"
    "     Except for the historical information contained herein, the matters set\n"
    "forth in this press release are forward-looking statements that involve risks\n"
    "and uncertainties that could cause actual results to differ materially.\n\n"
)


def test_a_heading_in_capitals_over_its_text_ends_the_about() -> None:
    release = parse(
        _EXHIBIT + _EXHIBIT_ABOUT + "RECENT DEVELOPMENTS\n"
        "     During the quarter the Company shipped its 500th analyzer and opened a\n"
        "service center in Atlanta.\n",
        fmt="txt",
    )
    assert release.about[0].text.rstrip().endswith("clinical laboratories.")
    assert release.body[-1].text.startswith("RECENT DEVELOPMENTS")


def test_a_heading_in_capitals_over_its_text_ends_the_legend() -> None:
    release = parse(
        _EXHIBIT + _EXHIBIT_LEGEND + "SUPPLEMENTAL INFORMATION\n"
        "     The Company's backlog at September 30, 2004 was $18.2 million, compared\n"
        "with $15.0 million a year earlier.\n\n"
        "                                   ###\n",
        fmt="txt",
    )
    assert release.forward_looking[0].text.rstrip().endswith("differ materially.")
    assert release.end_mark is not None


def test_a_capitalised_heading_over_its_text_ends_the_about() -> None:
    release = parse(
        _EXHIBIT + _EXHIBIT_ABOUT + "Dividend Information\n"
        "     The Board declared a quarterly dividend of $0.05 per share, payable on\n"
        "December 15, 2004.\n",
        fmt="txt",
    )
    assert release.about[0].text.rstrip().endswith("clinical laboratories.")


def test_a_wrapped_sentence_after_the_name_goes_on_in_the_about() -> None:
    # near miss: the first line is the company's name and listing, the next line goes on
    # with the sentence in lower case
    release = parse(
        _EXHIBIT + "ABOUT HARTLEY SYSTEMS\n\n"
        "Hartley Systems, Inc. (NASDAQ: HRTS)\n"
        "is a genetic analysis company that develops instruments for clinical\n"
        "laboratories.\n\n"
        "Hartley Systems was founded in 1989 and has offices in San Diego and\n"
        "Boston.\n",
        fmt="txt",
    )
    assert release.about[0].text.rstrip().endswith("San Diego and\nBoston.")


def test_a_headline_in_capitals_on_two_lines_stays_the_headline() -> None:
    # near miss: no lower-case text follows the first line
    release = parse(
        "HARTLEY SYSTEMS REPORTS RECORD\nTHIRD QUARTER REVENUE\n\n"
        "SAN DIEGO, Nov. 1, 2004 -- Hartley Systems, Inc. today reported revenue of $42.1\n"
        "million for the third quarter.\n",
        fmt="txt",
    )
    assert release.headline is not None
    assert release.headline.text.startswith("HARTLEY SYSTEMS REPORTS RECORD")


def test_a_running_page_header_after_the_about_is_not_its_text() -> None:
    release = parse(
        _EXHIBIT + _EXHIBIT_ABOUT + "Hartley Systems Q3 Results -- Page 2\n\n" + "CONFERENCE CALL\n"
        "     Hartley will hold a conference call today at 5:00 p.m. Eastern time.\n",
        fmt="txt",
    )
    assert release.about[0].text.rstrip().endswith("clinical laboratories.")


def test_a_running_page_header_inside_the_about_does_not_end_it() -> None:
    # the boilerplate goes on on the next page
    release = parse(
        _EXHIBIT
        + _EXHIBIT_ABOUT
        + "Hartley Systems Q3 Results -- Page 2\n\n"
        + "     Hartley Systems was founded in 1989 and has offices in San Diego and\n"
        "Boston.\n",
        fmt="txt",
    )
    assert release.about[0].text.rstrip().endswith("San Diego and\nBoston.")


def test_a_sentence_ending_on_a_page_number_is_no_page_header() -> None:
    # near miss: a sentence that names a page, with its full stop
    release = parse(
        _EXHIBIT
        + _EXHIBIT_ABOUT
        + "Hartley's annual report describes the analyzers in detail -- see page 12.\n",
        fmt="txt",
    )
    assert release.about[0].text.rstrip().endswith("see page 12.")


# -- rules and page breaks in plain text -------------------------------------------------------


def _with_separator(separator: str, after: str) -> Release:
    return parse(
        _EXHIBIT + "About Hartley Systems\n\n"
        "Hartley Systems, Inc. is a genetic analysis company that develops\n"
        "instruments for clinical laboratories.\n\n" + separator + "\n\n" + after,
        fmt="txt",
    )


_NOTE = "The Company's backlog at September 30, 2004 was $18.2 million.\n"


def test_a_rule_after_the_about_is_not_its_last_paragraph() -> None:
    for separator in ("-" * 40, "_" * 40, "=" * 40, "* * *"):
        release = _with_separator(separator, _EXHIBIT_LEGEND)
        assert release.about[0].text.rstrip().endswith("clinical laboratories."), separator


def test_a_page_break_inside_the_about_does_not_end_it() -> None:
    release = _with_separator(
        "<PAGE>", "Hartley Systems was founded in 1989 and has offices in Boston.\n"
    )
    assert release.about[0].text.rstrip().endswith("offices in Boston.")


def test_an_end_mark_after_the_about_stays_the_end_mark() -> None:
    # near miss: "###" and "-30-" are the release's end, not a rule
    for mark in ("###", "-30-"):
        release = _with_separator(mark, _NOTE)
        assert release.end_mark is not None and release.end_mark.text == mark
        assert release.about[0].text.rstrip().endswith("clinical laboratories.")


# -- a page's number alone between pages -------------------------------------------------------

_HTML_OPENING = (
    "<html><body>\n"
    "<p align='center'><b>HARTLEY SYSTEMS REPORTS THIRD QUARTER RESULTS</b></p>\n"
    "<p>SAN DIEGO, Nov. 1, 2004 -- Hartley Systems, Inc. (NASDAQ: HRTS) today reported "
    "revenue of $42.1 million for the third quarter of 2004.</p>\n"
)
_PAGE_BREAK = "<p align='center'>2</p>\n<hr style='page-break-after:always'>\n"


def _html(*paragraphs: str) -> Release:
    body = "".join(f"<p>{p}</p>\n" if not p.startswith("<") else p for p in paragraphs)
    return parse(_HTML_OPENING + body + "</body></html>\n", fmt="html")


def test_an_about_goes_on_over_a_page_break_with_more_of_its_company() -> None:
    release = _html(
        "<b>About Hartley Systems</b>",
        "Hartley Systems, Inc. is a genetic analysis company that develops instruments "
        "for clinical laboratories.",
        _PAGE_BREAK,
        "Hartley Systems was founded in 1989 and has offices in San Diego and Boston.",
    )
    assert subjects(release) == ["Hartley Systems"]
    assert release.about[0].text.rstrip().endswith("San Diego and Boston.")


def test_an_about_goes_on_over_a_page_break_inside_its_sentence() -> None:
    release = _html(
        "<b>About Hartley Systems</b>",
        "Hartley Systems, Inc. is a genetic analysis company that develops instruments for",
        _PAGE_BREAK,
        "clinical laboratories in the United States and Europe.",
    )
    assert release.about[0].text.rstrip().endswith("United States and Europe.")


def test_an_about_ends_at_a_page_break_before_other_text() -> None:
    # near miss: the next page opens with the body's text, not the company's
    release = _html(
        "<b>About Hartley Systems</b>",
        "Hartley Systems, Inc. is a genetic analysis company that develops instruments "
        "for clinical laboratories.",
        _PAGE_BREAK,
        "The backlog at September 30, 2004 was $18.2 million, compared with $15.0 million "
        "a year earlier.",
    )
    assert release.about[0].text.rstrip().endswith("clinical laboratories.")
    assert release.body[-1].text.startswith("The backlog")


def test_a_legend_goes_on_over_a_page_break_with_its_own_words() -> None:
    release = _html(
        "<b>Forward-Looking Statements</b>",
        "Except for the historical information contained herein, the matters set forth in "
        "this press release are forward-looking statements that involve risks.",
        _PAGE_BREAK,
        "Hartley undertakes no obligation to update these forward-looking statements.",
        "<p align='center'><b>HARTLEY SYSTEMS, INC.</b></p>\n",
    )
    assert release.forward_looking[0].text.rstrip().endswith("forward-looking statements.")


def test_a_legend_ends_at_a_page_break_before_other_text() -> None:
    release = _html(
        "<b>Forward-Looking Statements</b>",
        "Except for the historical information contained herein, the matters set forth in "
        "this press release are forward-looking statements that involve risks.",
        _PAGE_BREAK,
        "Hartley shipped its 500th analyzer in October and opened a service center in Atlanta.",
    )
    assert release.forward_looking[0].text.rstrip().endswith("involve risks.")


# -- a reader's disclaimer after the boilerplate -----------------------------------------------

_CARD = "Media Contact:\n\nRavi Patel\n\nravi@quillonlabs.example\n"


def _about_then(paragraph: str) -> Release:
    return parse(_RELEASE + _ABOUT + paragraph + "\n\n" + _CARD)


def test_a_not_investment_advice_disclaimer_ends_the_about() -> None:
    for disclaimer in (
        "This content is for informational purposes only and should not be construed as "
        "investment advice. Readers should do their own research.",
        "The information provided in this release should not be considered financial "
        "advice. Investing in securities involves risk.",
        "The figures above do not constitute legal or tax advice to any reader.",
    ):
        release = _about_then(disclaimer)
        assert release.about[0].text.rstrip().endswith("30 countries."), disclaimer


def test_an_offer_disclaimer_of_an_announcement_ends_the_about() -> None:
    release = _about_then(
        "This announcement is for informational purposes only and does not constitute an "
        "offer to sell or a solicitation of an offer to buy any securities."
    )
    assert release.about[0].text.rstrip().endswith("30 countries.")


def test_a_past_performance_caution_ends_the_about() -> None:
    release = _about_then(
        "Investors should consult their own advisors before investing. Past performance is "
        "not indicative of future results."
    )
    assert release.about[0].text.rstrip().endswith("30 countries.")


def test_the_company_saying_what_it_does_not_offer_stays_in_the_about() -> None:
    # near miss: the company's own description, not a disclaimer addressed to the reader
    release = _about_then(
        "Quillon Labs does not provide investment advice; its customers are research "
        "laboratories and hospitals."
    )
    assert release.about[0].text.rstrip().endswith("laboratories and hospitals.")


def test_an_offer_disclaimer_going_on_with_the_legend_stays_in_the_legend() -> None:
    # near miss: the paragraph opens with the offer disclaimer and ends with the legend
    release = parse(
        _RELEASE
        + _LEGEND
        + "This document does not constitute an offer to sell any securities. There can be "
        "no assurance that forward-looking statements will prove to be accurate.\n\n" + _CARD
    )
    assert release.forward_looking[0].text.rstrip().endswith("prove to be accurate.")


# -- what a legend's later paragraphs are made of -----------------------------------------------

_LISTED_LEGEND = (
    "## Forward-Looking Statements\n\n"
    "This press release contains forward-looking statements that involve risks and "
    "uncertainties, including:\n\n"
    "- our ability to raise capital;\n- the timing of our plant openings; and\n"
    "- competition.\n\n"
    "Quillon Labs undertakes no obligation to update these statements.\n\n"
)


def test_a_legend_sentence_opening_with_the_issuers_name_stays_in_the_legend() -> None:
    # not the issuer's boilerplate: what it says is a legend's ("undertakes no obligation")
    release = parse(_RELEASE + _LISTED_LEGEND + _CARD)
    assert release.forward_looking[0].text.rstrip().endswith("update these statements.")
    assert release.about == []


def test_a_paragraph_without_a_legends_words_ends_the_legend() -> None:
    for paragraph in (
        "The plant employs 120 people and reaches full output in June 2025.",
        "Quillon Labs' common stock trades on the Nasdaq Capital Market as QLAB.",
    ):
        release = parse(_RELEASE + _LISTED_LEGEND + paragraph + "\n\n" + _CARD)
        legend = release.forward_looking[0]
        assert legend.text.rstrip().endswith("update these statements."), paragraph


def test_risks_printed_as_paragraphs_stay_in_the_legend() -> None:
    # near miss: list members printed as paragraphs hold none of a legend's words
    release = parse(
        _RELEASE + "## Forward-Looking Statements\n\n"
        "Actual results may differ materially because of, among other things:\n\n"
        "our ability to raise capital;\n\n"
        "the timing of our plant openings; and\n\n"
        "competition from larger laboratories.\n\n" + _CARD
    )
    assert release.forward_looking[0].text.rstrip().endswith("larger laboratories.")


def test_a_legend_paragraph_naming_its_factors_stays_in_the_legend() -> None:
    release = parse(
        _RELEASE + _LEGEND + "Examples of such factors include demand for enzyme kits and "
        "the cost of raw materials.\n\n" + _CARD
    )
    assert release.forward_looking[0].text.rstrip().endswith("cost of raw materials.")


# -- a telephone number before a misread no-break space ----------------------------------------


def test_a_phone_before_a_misread_no_break_space_is_read() -> None:
    # UTF-8's no-break space read as cp1252 prints "Â" and a space after the number
    release = parse(_RELEASE + _ABOUT + "CONTACT: Investor Relations – (303) 555-0188Â\xa0\n")
    assert [p.text for c in release.contacts for p in c.phones] == ["(303) 555-0188"]


def test_a_phone_glued_to_a_word_is_still_refused() -> None:
    # near miss: digits run into a word that goes on are not a number on their own
    from disclint.contacts import find_phones

    assert find_phones("ref 303-555-0188Âbc") == []
