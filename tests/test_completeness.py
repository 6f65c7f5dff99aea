"""``disclint.completeness.cut_off``: a text that stops mid-sentence, and near misses."""

from __future__ import annotations

import pytest

from disclint.completeness import cut_off
from disclint.model import Release
from disclint.parse import parse_source
from disclint.readers import read_bytes

HEAD = (
    "Acme Solar Signs Supply Agreement\n\n"
    "DENVER, Colo., March 4, 2025 /PRNewswire/ -- Acme Solar, Inc. (Nasdaq: ACMS) today "
    "signed a supply agreement.\n\n"
)
LONG = (
    "Under the supply agreement, Acme Solar will deliver modules in two stages over the coming "
    "year, and the modules would be subject to the inspection rules of the buyer"
)


def _release(last: str) -> Release:
    return parse_source(read_bytes((HEAD + last + "\n").encode(), "r.txt", fmt="txt"))


@pytest.mark.parametrize("last", [LONG + " and a", LONG + " and the,", LONG + " including —"])
def test_a_long_last_paragraph_that_stops_mid_sentence_is_cut_off(last: str) -> None:
    evidence = cut_off(_release(last))
    assert evidence is not None and "ends in the middle of a sentence" in evidence


@pytest.mark.parametrize(
    "last",
    [
        LONG + ".",  # a full stop
        LONG + " (see www.acmesolar.example)",  # a closing parenthesis
        LONG + " at ir@acmesolar.example",  # an address is a complete ending
        "Media: Jane Roe, jroe@acmesolar.example",  # a short contact line
        "###",
    ],
)
def test_complete_endings_are_not_cut_off(last: str) -> None:
    assert cut_off(_release(last)) is None


@pytest.mark.parametrize(
    "last",
    [
        LONG + " to shareholders of record on Aug",  # a month cut to its first letters
        "Key financial results for the quarter and the",  # a short line on an article
        "Acme Solar also said that the",
        "Excluding the non-cash charge, Acme Solar also signed a supp",  # a word cut in two
        "Jane Roe, Investor Relations, Acme Solar, I",  # a name cut in two ("Inc.")
        LONG + ", as placement agent for Acme Solar & Si",  # "Signs" cut
        LONG + " for the fiscal year ended M",  # "March" cut
        LONG + " as M. Roe said, for the fiscal year ended M",  # an initial is no word
        "\"This agreement makes Acme Solar the region's leading suppl",  # an open quotation
        "\u201cThis agreement makes Acme Solar the region\u2019s leading Supplier",
        'payable through its transfer agent, Acme Transfer Company, LLC ("ATC',  # an open aside
        "Morgan Stanley and Cowen and Company are acting as joint book-running",  # no noun
    ],
)
def test_more_ways_a_copy_stops_mid_sentence(last: str) -> None:
    assert cut_off(_release(last)) is not None


@pytest.mark.parametrize(
    "last",
    [
        "1 Hospital procedure data set, 2023 actuals",  # a footnote
        "For investor questions: Jane Roe, Acme Solar",  # a contact line ends on a name
        LONG + " listed on Nasdaq.",
        "Contact: Jane Roe",  # too short to be a sentence
        "Contact: Jane Roe, head of corporate communications",  # a label, then a role
        "Investor relations and media contacts",  # too short to be a sentence
        "Questions about the agreement may be sent to Acme Solar by post",  # a real word
        "Jane Roe, Investor Relations, Acme Solar, Inc",  # a word the release uses
        "Media: Jane Roe, Acme Solar & Sun",  # a whole name: no longer word begins with it
        LONG + " as signed by the Acme Solar chief Bo",  # a whole name: none longer begins so
        '"This agreement makes Acme Solar the leading supplier," said Jane Roe, CEO',
        "\u201cThis agreement makes Acme Solar the leading supplier.\u201d",
        "Acme Transfer Company, LLC (ATC), New York, NY",  # the aside is closed
        "Morgan Stanley and Cowen and Company are acting as joint book-running managers",
        "For more information on the offering see the section titled risk-factors",  # short
    ],
)
def test_more_complete_endings(last: str) -> None:
    assert cut_off(_release(last)) is None


OFFERING = (
    "Acme Corp. Announces Pricing of Public Offering\n\n"
    "DENVER, March 4, 2025 /PRNewswire/ -- Acme Corp. (Nasdaq: ACME) today announced the "
    "pricing of an underwritten public offering of 5,000,000 shares of common stock at $4.00 "
    "per share under its shelf registration statement on Form S-3.\n\n"
)
NON_GAAP = (
    "Acme Corp. Reports Third Quarter 2025 Results\n\n"
    "DENVER, Nov. 4, 2025 /PRNewswire/ -- Acme Corp. (Nasdaq: ACME) today reported results "
    "for the third quarter. Net loss was $2.3 million. Adjusted EBITDA was $8.1 million.\n\n"
)
CUT_LAST = LONG + " and the"
WHOLE_LAST = LONG + "."


@pytest.mark.parametrize(
    ("head", "code"), [(OFFERING, "OFF004"), (NON_GAAP, "NG006"), (NON_GAAP, "NG002")]
)
def test_an_absence_in_a_cut_off_copy_is_a_reminder(head: str, code: str) -> None:
    from tests.catalog_helpers import check

    [cut] = check(head + CUT_LAST + "\n", code)
    assert cut.severity.value == "info"
    assert any("cut off" in e for e in cut.evidence)
    [whole] = check(head + WHOLE_LAST + "\n", code)
    assert whole.severity.value in ("error", "warning")


NOTES = (
    "Adjusted EBITDA(1) rose 8% to $14.2 million, and free cash flow(2) was $6.0 million, "
    "compared with net income of $3.1 million."
)


def test_a_copy_that_lost_the_notes_it_refers_to_is_cut_off() -> None:
    evidence = cut_off(_release(NOTES))
    assert evidence is not None and "notes (1), (2)" in evidence


@pytest.mark.parametrize(
    "last",
    [
        NOTES + "\n\n(1) Adjusted EBITDA is a non-GAAP measure.\n\n(2) Free cash flow is too.",
        NOTES + "\n\n1. Adjusted EBITDA is a non-GAAP measure.",
        "Acme Solar relies on Listing Rule 5550(a)(2) and Rule 4810(c)(3)(A).",  # citations
        "Adjusted EBITDA(1) rose 8% to $14.2 million.",  # one marker is no set of notes
    ],
)
def test_notes_the_copy_holds_or_citations_are_no_sign(last: str) -> None:
    assert cut_off(_release(last)) is None
