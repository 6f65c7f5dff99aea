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
