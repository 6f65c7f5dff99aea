"""Every wire's dateline form parses into place, wire and date; prose does not."""

from __future__ import annotations

import datetime as dt

import pytest

from disclint.dateline import match_dateline, parse_date

FORMS = [
    # (opening of the first paragraph, place, wire, date, the dateline text)
    (
        "THORNTON, CO -- (Marketwired) -- 05/30/17 -- Acme Solar, Inc. (OTCQB: ACSL)",
        "THORNTON, CO",
        "Marketwired",
        dt.date(2017, 5, 30),
    ),
    (
        "NEW YORK, March 3, 2024 /PRNewswire/ -- Acme Corp. today announced",
        "NEW YORK",
        "PRNewswire",
        dt.date(2024, 3, 3),
    ),
    (
        "SAN DIEGO--(BUSINESS WIRE)--Jan. 5, 2024--Acme Corp. today announced",
        "SAN DIEGO",
        "BUSINESS WIRE",
        dt.date(2024, 1, 5),
    ),
    ("SAN DIEGO–(BUSINESS WIRE)–Acme Corp. today announced", "SAN DIEGO", "BUSINESS WIRE", None),
    (
        "TORONTO, Jan. 5, 2024 (GLOBE NEWSWIRE) -- Acme Corp. today announced",
        "TORONTO",
        "GLOBE NEWSWIRE",
        dt.date(2024, 1, 5),
    ),
    (
        "MIAMI, FL / ACCESSWIRE / January 5, 2024 / Acme Corp. today announced",
        "MIAMI, FL",
        "ACCESSWIRE",
        dt.date(2024, 1, 5),
    ),
    (
        "Vancouver, British Columbia--(Newsfile Corp. - January 5, 2024) - Acme Mining Corp.",
        "Vancouver, British Columbia",
        "Newsfile Corp.",
        dt.date(2024, 1, 5),
    ),
    (
        "CHICAGO, Illinois, March 3, 2024 -- Acme Corp. today announced",
        "CHICAGO, Illinois",
        None,
        dt.date(2024, 3, 3),
    ),
    (
        "LAS VEGAS, NV - May 8, 2025 (NEWMEDIAWIRE) - Acme Gaming Inc. (NASDAQ: ACMG)",
        "LAS VEGAS, NV",
        "NEWMEDIAWIRE",
        dt.date(2025, 5, 8),
    ),
    (
        "CARSON CITY, NV - (NewMediaWire) - September 19, 2024 - Acme Biotech, Inc.",
        "CARSON CITY, NV",
        "NewMediaWire",
        dt.date(2024, 9, 19),
    ),
    (
        "ST. JAMES, N.Y., Oct. 17, 2025 (GLOBE NEWSWIRE) — Acme, LLC (Nasdaq: ACME)",
        "ST. JAMES, N.Y.",
        "GLOBE NEWSWIRE",
        dt.date(2025, 10, 17),
    ),
    (
        "FRAMINGHAM, Mass. & DIXON, Ill.–(BUSINESS WIRE)–Acme Energy, a provider",
        "FRAMINGHAM, Mass. & DIXON, Ill.",
        "BUSINESS WIRE",
        None,
    ),
    (
        "ATLANTA, GA, July 01, 2024 /24-7PressRelease/ -- This Fourth of July",
        "ATLANTA, GA",
        "24-7PressRelease",
        dt.date(2024, 7, 1),
    ),
    (
        "Austin, TX (Newsworthy.ai) Saturday Apr 11, 2026 @ 8:00 AM Central — At a time",
        "Austin, TX",
        "Newsworthy.ai",
        dt.date(2026, 4, 11),
    ),
    (
        "DALLAS, TX -- February 19th, 2025 -- Acme Foods Corp. (TSX: ACF)",
        "DALLAS, TX",
        None,
        dt.date(2025, 2, 19),
    ),
    (
        "Silicon Valley, CA (April 16, 2025) – Acme BioPharma, Inc. (NASDAQ: ACBP)",
        "Silicon Valley, CA",
        None,
        dt.date(2025, 4, 16),
    ),
    (
        "Valletta, 4 April 2025 - - Acme Bet, part of Acme Group",
        "Valletta",
        None,
        dt.date(2025, 4, 4),
    ),
    # a comma before a date in brackets; a weekday before the date of a "bare wire" form
    (
        "KING CITY, Pa., (January 6, 2026) – Acme Corp. (NYSE: ACM) today announced",
        "KING CITY, Pa.",
        None,
        dt.date(2026, 1, 6),
    ),
    (
        "BOISE, ID, Friday, May 1, 2026 – PRISM MediaWire (Press Release Service – Press "
        "Release Distribution) – Acme, Inc. will report",
        "BOISE, ID",
        "PRISM MediaWire",
        dt.date(2026, 5, 1),
    ),
    # the issuer's name between slashes after the date
    (
        "Boise, United States - May 4, 2024 / Acme Floors / Acme Floors is a flooring firm",
        "Boise, United States",
        None,
        dt.date(2024, 5, 4),
    ),
    (
        "HALIFAX, Feb. 3, 2019 /CNW/ - Acme Foods Inc. today announced",
        "HALIFAX",
        "CNW",
        dt.date(2019, 2, 3),
    ),
    (
        "KING OF PRUSSIA, Pa.–(BUSINESS WIRE)–Acme, Inc., a logistics company",
        "KING OF PRUSSIA, Pa.",
        "BUSINESS WIRE",
        None,
    ),
]


@pytest.mark.parametrize(("opening", "place", "wire", "date"), FORMS)
def test_wire_dateline_forms(
    opening: str, place: str, wire: str | None, date: dt.date | None
) -> None:
    found = match_dateline(opening)
    assert found is not None, opening
    assert found.place == place.strip()
    assert found.wire == wire
    assert found.date == date
    rest = opening[found.length :].lstrip(" -–—/")
    assert rest.startswith(("Acme", "This", "At a time")), rest


def test_city_and_region_are_split() -> None:
    found = match_dateline("THORNTON, CO -- (Marketwired) -- 05/30/17 -- Acme")
    assert found is not None
    assert (found.city, found.region) == ("THORNTON", "CO")


@pytest.mark.parametrize(
    "opening",
    [
        "Acme Corp. (NASDAQ: ACME), a biotech company, today announced",
        "About 40% of revenue came from new customers.",
        "The Company announced today that it has closed its offering.",
        "Jane Doe, Chief Executive Officer, said the results were strong.",
        "Revenue for the quarter was $48.3 million, up 15% from a year ago.",
        "",
    ],
)
def test_prose_is_not_a_dateline(opening: str) -> None:
    assert match_dateline(opening) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("May 30, 2017", dt.date(2017, 5, 30)),
        ("Jan. 5, 2024", dt.date(2024, 1, 5)),
        ("Sept. 10, 2025", dt.date(2025, 9, 10)),
        ("05/30/17", dt.date(2017, 5, 30)),
        ("February 19th, 2025", dt.date(2025, 2, 19)),
        ("4 April 2025", dt.date(2025, 4, 4)),
        ("2025-03-04", dt.date(2025, 3, 4)),
        ("February 30, 2025", None),
        ("Smarch 3, 2025", None),
    ],
)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected
