"""Layouts of issue 9's fourteenth round (session 10): flattened and scraped openings. A
metadata prefix on the headline's line ("date 2026-03-03", a timestamp, "SOURCE: Acme
Corp.; Beta, Inc.") is front matter, not headline; a dateline in its firm forms (a city in
capitals, a date and a wire; or a full date that ends its line) is found inside an opening
block, and the title-like text before it is the headline. Near misses: a body sentence that
names a city and "June 8", a headline that holds a date, "SOURCE" inside a sentence, a
page's navigation run before the dateline (no headline from it). Each case is a small
release written for the test (invented companies, people and figures)."""

from __future__ import annotations

import datetime as dt

from disclint.dateline import find_inner_dateline, metadata_prefix
from disclint.model import Release
from tests.helpers import parse_release


def parse(text: str, fmt: str = "txt") -> Release:
    return parse_release(text, fmt)


_BODY = (
    "Tamsin Orchards, Inc. (Nasdaq: TMSN) and Velloway Foods Corp. today announced a "
    "definitive agreement to combine their juice businesses. The combined company would "
    "serve grocers in forty states. The boards of both companies approved the agreement."
)


def test_a_whole_release_flattened_into_one_line() -> None:
    release = parse(
        "Friday March 6, 8:00 am Eastern Time SOURCE: Tamsin Orchards, Inc.; Velloway Foods "
        "Corp. Tamsin Orchards and Velloway Foods Agree to Combine Juice Businesses "
        "Combination Would Create a Leading Supplier to Grocers "
        "FRESNO, Calif., March 6 /PRNewswire/ -- " + _BODY + "\n"
    )
    assert release.headline is not None
    assert release.headline.text.startswith("Tamsin Orchards and Velloway Foods Agree")
    assert release.dateline is not None
    assert release.dateline.city == "FRESNO"
    assert release.dateline.region == "Calif."
    assert release.dateline.wire == "PRNewswire"
    assert [f.text for f in release.front] == [
        "Friday March 6, 8:00 am Eastern Time",
        "SOURCE: Tamsin Orchards, Inc.; Velloway Foods Corp.",
    ]
    assert release.body[0].text.startswith("FRESNO, Calif., March 6 /PRNewswire/")


def test_an_iso_date_prefix_is_front_matter_and_a_dateline_after_a_ticker_line() -> None:
    release = parse(
        " date 2026-03-06 Brindle Mining Corp Announces Results of Its Annual Meeting\n"
        "Brindle Mining Corp. (OTCQB:BRMC)OREGON, USA, March 6, 2026\n"
        "Brindle Mining Corp. today announced that shareholders approved all proposals at "
        "its annual meeting held in Portland on March 5, 2026.\n"
    )
    assert release.headline is not None
    assert release.headline.text.startswith("Brindle Mining Corp Announces Results")
    assert [(f.kind, f.date) for f in release.front] == [("date", dt.date(2026, 3, 6))]
    assert release.dateline is not None
    assert release.dateline.city == "OREGON"
    assert release.dateline.date == dt.date(2026, 3, 6)


def test_a_dateline_after_a_long_navigation_run_gives_no_headline_from_it() -> None:
    navigation = " ".join(["Markets News Portfolio Screener Calendar Tools Pricing"] * 20)
    release = parse(
        navigation + " Press Releases Harwick Lending Declares Monthly Dividend "
        "BOSTON, Mass., Aug. 4, 2026 /PRNewswire/ -- Harwick Lending Corp. (Nasdaq: HRWK) "
        "announced today that its board declared a dividend of $0.10 per share.\n"
    )
    assert release.dateline is not None
    assert release.dateline.city == "BOSTON"
    assert release.dateline.date == dt.date(2026, 8, 4)
    assert release.headline is None  # the navigation run is no headline


def test_a_body_sentence_naming_a_city_and_june_8_is_no_dateline() -> None:
    release = parse(
        "Velloway Foods Names New Chief Financial Officer\n\n"
        "The appointment takes effect on June 8, when Ana Ruiz moves from the company's "
        "office in FRESNO, Calif., June 8 being her first day, to its head office.\n"
    )
    assert release.dateline is None
    assert release.headline is not None
    assert release.headline.text == "Velloway Foods Names New Chief Financial Officer"
    assert find_inner_dateline("She met FRESNO, Calif., June 8 and more, it said.") is None


def test_a_headline_holding_a_date_keeps_it() -> None:
    release = parse(
        "June 8, 2026 Investor Day Set for Tamsin Orchards\n\n"
        "FRESNO, Calif., May 1, 2026 /PRNewswire/ -- " + _BODY + "\n"
    )
    assert release.headline is not None
    assert release.headline.text == "June 8, 2026 Investor Day Set for Tamsin Orchards"
    assert release.dateline is not None and release.dateline.city == "FRESNO"
    assert metadata_prefix("June 8 Launch Event Set for Tamsin") is None


def test_source_inside_a_sentence_is_no_metadata() -> None:
    assert metadata_prefix("The SOURCE: Tamsin Orchards, Inc. said it would") is None
    assert metadata_prefix("Sales rose, SOURCE: Tamsin Orchards, Inc. Sales rose") is None
    found = metadata_prefix("SOURCE: Tamsin Orchards, Inc. Tamsin Reports Sales")
    assert found is not None
    assert found.end == len("SOURCE: Tamsin Orchards, Inc. ")


def test_a_full_date_inside_a_hard_wrapped_sentence_is_no_dateline() -> None:
    # a sentence that wraps after "CITY, Region, Month D, YYYY" is not a dateline: the
    # place follows a space, not a bracket or the start of a line
    text = (
        "Tamsin Orchards will hold its meeting in FRESNO, California, June 8, 2026\n"
        "at its head office, the company said.\n"
    )
    assert find_inner_dateline(text) is None


def test_a_page_title_above_a_news_service_header_is_front_matter() -> None:
    release = parse(
        "Results of Placing\n\n"
        "4th Mar 2026 07:00\n\n"
        "RNS Number : 4821Q\nCorvane Therapeutics PLC\n4 March 2026\n\n"
        "Corvane Therapeutics plc Announces Results of Its Placing of New Shares\n\n"
        "Cambridge, UK, 4 March 2026: Corvane Therapeutics plc (AIM: CRVN) today announced "
        "that it has raised £12 million through a placing of new ordinary shares.\n"
    )
    assert release.headline is not None
    assert release.headline.text == (
        "Corvane Therapeutics plc Announces Results of Its Placing of New Shares"
    )
    dates = [f.date for f in release.front if f.kind == "date"]
    assert dates == [dt.date(2026, 3, 4)]
    assert release.dateline is not None and release.dateline.city == "Cambridge"


def test_a_headline_numbering_a_release_is_not_a_news_service_header() -> None:
    release = parse(
        "RNS Numbers Rise as Corvane Expands Its Reporting Desk\n\n"
        "Cambridge, UK, 4 March 2026: Corvane Therapeutics plc (AIM: CRVN) today announced "
        "that its reporting desk will publish twice as many notices.\n"
    )
    assert release.headline is not None
    assert release.headline.text.startswith("RNS Numbers Rise")
    assert release.front == []
