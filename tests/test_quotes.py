"""Quotations and who said them, in the attribution patterns wire copy uses."""

from __future__ import annotations

import pytest

from disclint.quotes import find_quotes


def speakers(text: str) -> list[tuple[str | None, str | None, str | None]]:
    found = []
    for quote in find_quotes(text):
        a = quote.attribution
        found.append((a.speaker, a.title, a.organisation) if a else (None, None, None))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Mr. Lin Jiahe, Chairman and Founder of the Harborlight Group, commented "We remain '
            'fully committed to the Company." Mr. Lin continued, "We will also provide support '
            'in the region to help the Company."',
            [("Lin Jiahe", "Chairman and Founder", "Harborlight Group")] * 2,
        ),
        (
            'The President and CEO of Quillmoor Photovoltaics, Mr. Elliot Brandvold said, "By '
            'electing to convert, the investor shows its belief in us."',
            [("Elliot Brandvold", "President and CEO", "Quillmoor Photovoltaics")],
        ),
        (
            "“We are thrilled to be working with this team of people,” said Jane Doe, Chief "
            "Executive Officer of Acme Corp. “More news will follow soon from all of us.”",
            [("Jane Doe", "Chief Executive Officer", "Acme Corp.")] * 2,
        ),
        (
            "Acme's CEO John Smith said, “This deal transforms our company and our prospects.”",
            [("John Smith", "CEO", "Acme")],
        ),
        (
            "President and CEO Jane Roe commented: “We expect strong growth in all our markets.”",
            [("Jane Roe", "President and CEO", None)],
        ),
        (
            "“This is the first part of the statement,” said Jane Doe, CEO of Acme. “And this is "
            "the second part,” she added.",
            [("Jane Doe", "CEO", "Acme")] * 2,
        ),
        # honours and degrees after the name are not an organisation; a second title is a title
        (
            "“We grew our clinic network in every quarter of the year,” said co-CEO Dr. Mei Lin "
            "Tan, PBM, Senior Consultant Family Physician.",
            [("Mei Lin Tan", "co-CEO, Senior Consultant Family Physician", None)],
        ),
        (
            "Co-CEO Dr. Arun Pillai, PBM, Family Physician, added, “We expect the network to keep "
            "growing next year.”",
            [("Arun Pillai", "Co-CEO, Family Physician", None)],
        ),
        (
            "“The results show the value of our platform for members,” said Jane Roe, PhD, Chief "
            "Scientific Officer of Acme.",
            [("Jane Roe", "Chief Scientific Officer", "Acme")],
        ),
        # an organisation after the title is still read as one
        (
            "“The results show the value of our platform for members,” said Jane Roe, CEO, NWX.",
            [("Jane Roe", "CEO", "NWX")],
        ),
    ],
)
def test_attribution_patterns(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(text) == expected


def test_defined_terms_are_not_quotes() -> None:
    text = 'Acme Holdings Limited ("Acme Group") converted shares under the Agreement ("SPA").'
    assert find_quotes(text) == []


def test_unattributed_quote_has_no_speaker() -> None:
    assert speakers("Sales rose. “This is an unattributed statement about the company.”") == [
        (None, None, None)
    ]


def test_open_quote_continues_into_the_next_paragraph() -> None:
    first = find_quotes("“We begin a long statement that continues in the next paragraph,")
    assert first[0].continues
    carried = find_quotes(
        "Jane Doe, CEO of Acme, said, “We begin a long statement that carries on further,"
    )[0].attribution
    second = find_quotes("“and it ends here, in the following paragraph of the release.”", carried)
    assert second[0].attribution is carried
