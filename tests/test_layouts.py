"""Real-world layouts the parser must read right (issue 9): EDGAR exhibits, section ends,
glued headings and contact lines, datelines in every form, lead-in attributions. Each case
is a small release written for the test, with a near miss where one is easy to get wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from disclint.contacts import find_emails, find_phones, parse_contacts
from disclint.dateline import match_dateline
from disclint.model import Release
from tests.helpers import parse_release


def parse(text: str, fmt: str = "txt") -> Release:
    return parse_release(text, fmt)


# -- e-mail and phone boundaries in glued text ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "emails", "phones"),
    [
        (
            "Austin, Texas 512.555.0100 OfficeEditor@acmewire.example",
            ["Editor@acmewire.example"],
            ["512.555.0100"],
        ),
        ("Media Contact:Dana Roemedia@acme.example", ["media@acme.example"], []),
        ("Suite 100, Denver, CO 80202info@acme.example", ["info@acme.example"], []),
        ("Acme Solar, Inc.ir@acme.example", ["ir@acme.example"], []),
        ("Dana Roe303-555-0100ir@acme.example", ["ir@acme.example"], ["303-555-0100"]),
        ("Call (303) 555-0100280 Main Street", [], ["(303) 555-0100"]),
        ("T: 303-555-0100www.acme.example", [], ["303-555-0100"]),
        ("Toll-free 1-800-555-0199.", [], ["1-800-555-0199"]),
        # near misses: real addresses that merely start with a capital or contain a role word
        ("PublicRelations@acme.example", ["PublicRelations@acme.example"], []),
        ("Danaroe@acme.example", ["Danaroe@acme.example"], []),
        ("Investors@acme.example", ["Investors@acme.example"], []),
        ("dana.pr@acme.example", ["dana.pr@acme.example"], []),
    ],
)
def test_glued_channels(text: str, emails: list[str], phones: list[str]) -> None:
    assert [text[a:b] for a, b in find_emails(text)] == emails
    assert [text[a:b] for a, b in find_phones(text)] == phones


def test_glued_contact_line_reads_the_person_not_the_address() -> None:
    text = (
        "CONTACT:Acme Partners, LLPDana Roe, Esq.(303) 555-0100280 Main Street"
        "Denver, CO 80202info@acme.example"
    )
    (contact,) = parse_contacts(text, [(0, len(text))])
    assert contact.names == ["Dana Roe"]
    assert [text[a:b] for a, b in contact.emails] == ["info@acme.example"]
    assert [text[a:b] for a, b in contact.phones] == ["(303) 555-0100"]


# -- datelines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Wire - Boulder, Colorado - June 2, 2021 - Acme Solar announced", None),
        (
            "Globe Newswire - Boulder, Colorado - June 2, 2021 - Acme Solar announced",
            ("Boulder", "Colorado", "Globe Newswire", dt.date(2021, 6, 2)),
        ),
        (
            "BOULDER, CO -- June 2, 2021 -- InvestorsHub NewsWire -- Acme Solar",
            ("BOULDER", "CO", "InvestorsHub NewsWire", dt.date(2021, 6, 2)),
        ),
        (
            "DENVER, June 2 /PRNewswire-FirstCall/ -- Acme Solar today",
            ("DENVER", None, "PRNewswire-FirstCall", None),
        ),
        (
            "BOULDER, COLORADO, June 2, 2021...ACME SOLAR announced",
            ("BOULDER", "COLORADO", None, dt.date(2021, 6, 2)),
        ),
        (
            "Boulder,\nColorado, June 2, 2021 – Acme Solar announced",
            ("Boulder", "Colorado", None, dt.date(2021, 6, 2)),
        ),
        (
            "DENVER ,  June 2, 2021  /PRNewswire/ -- Acme Solar",
            ("DENVER", None, "PRNewswire", dt.date(2021, 6, 2)),
        ),
    ],
)
def test_dateline_forms(text: str, expected: tuple[object, ...] | None) -> None:
    found = match_dateline(text)
    got = found and (found.city, found.region, found.wire, found.date)
    assert got == expected


def test_wire_note_after_a_bare_wire_name() -> None:
    text = (
        "RENO, NEVADA, May 4, 2026 – PRISM MediaWire (Press Release Service – Press Release "
        "Distribution) – Acme Solar, Inc. announced"
    )
    found = match_dateline(text)
    assert found is not None
    assert (found.city, found.wire, found.date) == ("RENO", "PRISM MediaWire", dt.date(2026, 5, 4))
    assert text[found.length :].startswith("Acme Solar")


def test_exchange_disclaimer_ends_the_legend() -> None:
    text = (
        "Acme Lithium Signs Offtake Deal\n\n"
        "VANCOUVER, BC, May 4, 2026 /PRNewswire/ -- Acme Lithium Corp. signed an offtake deal.\n\n"
        "Forward-Looking Statements\n\n"
        "This release contains forward-looking information. Actual results may differ "
        "materially; readers should not place undue reliance on it.\n\n"
        "The Canadian Securities Exchange does not accept responsibility for the adequacy or "
        "accuracy of this release.\n"
    )
    (fls,) = parse(text).forward_looking
    assert fls.paragraphs[-1].text.endswith("undue reliance on it.")


def test_place_only_dateline_opens_a_body_paragraph_not_a_title() -> None:
    body = (
        "DENVER, COLORADO — Acme Solar today reported revenue of $12 million for the quarter, "
        "up 8% from a year earlier, and raised its outlook for the full year."
    )
    found = match_dateline(body)
    assert found is not None and (found.city, found.region, found.form) == (
        "DENVER",
        "COLORADO",
        "place_only",
    )
    assert match_dateline("ACME – A NEW ERA IN SOLAR") is None


# -- EDGAR exhibits -------------------------------------------------------------------------------

EXHIBIT = """<html><body>
<p>Exhibit 99.1</p>
<table>
<tr><td>Contact:</td><td>Dana Roe</td><td>Lee Park</td></tr>
<tr><td></td><td>Acme Investor Relations</td><td>Acme Communications</td></tr>
<tr><td></td><td>303.555.0100</td><td>303.555.0111</td></tr>
<tr><td></td><td>dana.roe@acme.example</td><td>lee.park@acme.example</td></tr>
</table>
<p>ACME SOLAR REPORTS RECORD THIRD QUARTER</p>
<p>DENVER, Colo., Nov. 5, 2025 -- Acme Solar, Inc. (NASDAQ: ACMS) today reported revenue
of $12.0 million.</p>
<p>“We had a strong quarter and expect more of the same,” said Ann Lee, Acme CEO.</p>
<p>About Acme Solar</p>
<p>Acme Solar makes thin-film modules. For more information, visit www.acme.example.</p>
<p>Forward-Looking Statements</p>
<p>This release contains forward-looking statements within the meaning of the Private Securities
Litigation Reform Act of 1995. Actual results may differ materially. Acme undertakes no duty
to update them.</p>
<p>ACME SOLAR, INC.</p>
<p>CONDENSED STATEMENTS OF OPERATIONS</p>
<table><tr><td>Revenue</td><td>12.0</td><td>10.1</td></tr></table>
</body></html>
"""


def test_exhibit_label_front_matter_contact_table_and_section_ends() -> None:
    release = parse(EXHIBIT, "html")
    assert [f.text for f in release.front] == ["Exhibit 99.1"]
    assert (
        release.headline is not None
        and release.headline.text == "ACME SOLAR REPORTS RECORD THIRD QUARTER"
    )
    assert release.dateline is not None and release.dateline.city == "DENVER"
    assert [
        (c.names, [e.text for e in c.emails], [p.text for p in c.phones]) for c in release.contacts
    ] == [
        (["Dana Roe"], ["dana.roe@acme.example"], ["303.555.0100"]),
        (["Lee Park"], ["lee.park@acme.example"], ["303.555.0111"]),
    ]
    (quote,) = release.quotes
    assert (quote.speaker, quote.title, quote.organisation) == ("Ann Lee", "CEO", "Acme")
    (fls,) = release.forward_looking
    assert fls.paragraphs[-1].text.endswith("no duty to update them.")
    assert release.tables, "the financial table is body text again, not part of the legend"
    assert any(p.text == "CONDENSED STATEMENTS OF OPERATIONS" for p in release.body)


def test_headless_boilerplate_and_glued_about_heading() -> None:
    text = (
        "Acme Solar Opens Denver Plant\n\n"
        "DENVER, Colo., Nov. 5, 2025 /PRNewswire/ -- Acme Solar, Inc. (NASDAQ: ACMS) "
        "opened its plant.\n\n"
        "“The plant doubles our capacity and brings 200 jobs to the city,” said Ann Lee, "
        "CEO of Acme Solar.\n\n"
        "Acme Solar, Inc. (NASDAQ: ACMS) is a maker of thin-film modules. "
        "Visit www.acme.example.\n\n"
        "About Beta PowerBeta Power builds inverters for utilities. Visit www.beta.example.\n\n"
        "Media: Dana Roe, dana@acme.example\n"
    )
    release = parse(text)
    assert [(a.subject, a.paragraphs[0].text[:11]) for a in release.about] == [
        ("Acme Solar, Inc.", "Acme Solar,"),
        ("Beta Power", "Beta Power "),
    ]


def test_a_company_named_in_the_body_is_not_boilerplate() -> None:
    text = (
        "Acme Solar Opens Denver Plant\n\n"
        "DENVER, Colo., Nov. 5, 2025 /PRNewswire/ -- Acme Solar, Inc. opened its plant.\n\n"
        "Beta Power is a supplier of inverters to the plant. "
        + "The plant runs on its own grid. "
        * 12
        + "\n\n"
        "“The plant doubles our capacity and brings 200 jobs to the city,” said Ann Lee, "
        "CEO of Acme Solar.\n\n"
        + "Construction took eleven months and employed local firms for most of the work. " * 5
        + "\n"
    )
    assert parse(text).about == []


# -- quotes -------------------------------------------------------------------------------------


def test_lead_in_pronoun_and_dash_attributions() -> None:
    text = (
        "Acme Solar Opens Denver Plant\n\n"
        "DENVER, Colo., Nov. 5, 2025 /PRNewswire/ -- Acme Solar, Inc. opened its plant today.\n\n"
        "Ann Lee, chief executive officer of Acme Solar, said that the plant is on budget. "
        '"The plant doubles our capacity and brings jobs to the city," she said.\n\n'
        "Acme chairman Bo Park commented:\n\n"
        "“We are proud of the team that built the plant in under a year.”\n\n"
        "“Our customers asked for faster delivery and now they will have it.”\n"
        "— Cy Diaz, Sales Director, Acme Solar\n\n"
        'He continued, "The plant is the first of three we plan to open in the region."\n'
    )
    release = parse(text)
    assert [(q.speaker, q.title) for q in release.quotes] == [
        ("Ann Lee", "chief executive officer"),
        ("Bo Park", "chairman"),
        ("Cy Diaz", "Sales Director"),
        ("Cy Diaz", "Sales Director"),
    ]


def test_mixed_quote_marks_and_a_stray_full_stop() -> None:
    text = (
        "Acme Solar Opens Denver Plant\n\n"
        "DENVER, Colo., Nov. 5, 2025 /PRNewswire/ -- Acme Solar, Inc. opened its plant today.\n\n"
        '"The plant doubles our capacity and brings new jobs to the city” said Ann Lee. '
        "It opens in May.\n"
    )
    (quote,) = parse(text).quotes
    assert quote.text.endswith("to the city")
    assert quote.speaker == "Ann Lee"


# -- plain text without blank lines ------------------------------------------------------------


def test_one_paragraph_per_line_and_hard_wrapped_text() -> None:
    unwrapped = (
        "Acme Solar Opens Denver Plant\n"
        "DENVER, Colo., Nov. 5, 2025 /PRNewswire/ -- Acme Solar, Inc. opened its plant today. "
        + "It employs 200 people and doubles the company's capacity for thin-film modules. " * 3
        + "\nAbout Acme Solar\n"
        + "Acme Solar makes thin-film modules for utilities and homes across North America. " * 3
        + "\n"
    )
    release = parse(unwrapped)
    assert release.dateline is not None and release.dateline.wire == "PRNewswire"
    assert [a.subject for a in release.about] == ["Acme Solar"]
    wrapped = (
        "Acme Declares Dividend\n"
        "Denver, Colorado, June 2, 2021 - Acme Solar, Inc. announced today that its board of\n"
        "directors declared a quarterly dividend of $0.10 per share, payable on June 30,\n"
        "2021 to holders of record on June 15, 2021.\n"
        "The dividend is the company's first since 2019 and reflects the board's view of\n"
        "the company's cash position after the sale of its European business last year.\n"
        "About Acme Solar\n"
    )
    release = parse(wrapped)
    assert release.dateline is not None and release.dateline.date == dt.date(2021, 6, 2)
    assert [p.text.split()[0] for p in release.body] == ["Denver,", "The"]


def test_places_joined_by_and() -> None:
    for text in (
        "DENVER & BOULDER–(BUSINESS WIRE)–Acme Solar today opened a plant.",
        "DENVER and BOULDER, Colo., July 30, 2025 /PRNewswire/ — Acme Solar today opened",
    ):
        found = match_dateline(text)
        assert found is not None and found.city.startswith("DENVER"), text
