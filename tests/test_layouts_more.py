"""More real-world layouts (issue 9, second round): sections that end at a block of another
kind, signature lines glued to the next paragraph, contact labels. Each case is a small
release written for the test, with a near miss beside it."""

from __future__ import annotations

from disclint.model import Release
from disclint.parse import parse_source
from disclint.readers import read_bytes


def parse(text: str, fmt: str = "txt") -> Release:
    return parse_source(read_bytes(text.encode("utf-8"), f"release.{fmt}", fmt=fmt))


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
