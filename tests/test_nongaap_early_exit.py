"""The measure reading's early exits (no mention possible from the literals, or none
found) give the rules what the complete reading gives: the same mentions, and without a
mention the same ``earnings_release`` and nothing presented (all the rules read then)."""

from __future__ import annotations

import pytest

from disclint.model import Release
from disclint.parse import parse_source
from disclint.readers import read_bytes
from disclint.rules.nongaap import RULES
from disclint.rules.nongaap.measures import MeasureReading, _read
from tests.catalog_helpers import check

HEADLINE = "Bellwether Instruments Reports Second Quarter 2024 Results"
LEAD = (
    "AUSTIN, Texas, Aug. 6, 2024 /PRNewswire/ -- Bellwether Instruments Inc. (Nasdaq: BWTI) "
    "today reported results for the second quarter ended June 30, 2024."
)
TABLE = (
    "| (in thousands) | Q2 2024 | Q2 2023 |\n|---|---|---|\n"
    "| GAAP net income | 1,200 | 900 |\n| Stock-based compensation | 300 | 250 |\n"
    "| Amortization | 100 | 100 |\n| Net income | 1,600 | 1,250 |"
)

BODIES = {
    "no measure": "Revenue rose 12% to $14.2 million on demand for sensors.",
    "operating only": (
        "The company expanded its operating footprint and opened a plant in Ohio. Operating "
        "expenses were $3.0 million."
    ),
    "adjusted ebitda": "Net loss was $1.1 million. Adjusted EBITDA was $2.4 million.",
    "restated caption": (
        "GAAP net loss of $3.1 million, or $0.10 per share.\n\n"
        "Net income of $8.2 million, or $0.27 per share."
    ),
    "defined caption": (
        "The company defines operating earnings as net income excluding investment gains. "
        "Operating earnings were $5.5 million."
    ),
    "gaap row table": TABLE,
    "caption without measure": "Net income was $2.0 million, or $0.07 per diluted share.",
    "labelled, no measure": (
        "This release mentions non-GAAP measures in its legend. A reconciliation follows."
    ),
}


def _release(body: str, headline: str = HEADLINE) -> Release:
    text = "\n\n".join([headline, LEAD, body, "###"]) + "\n"
    return parse_source(read_bytes(text.encode("utf-8"), "release.txt", fmt="txt"))


@pytest.mark.parametrize("body", list(BODIES.values()), ids=list(BODIES))
@pytest.mark.parametrize("headline", [HEADLINE, "Bellwether Instruments Opens Ohio Plant"])
def test_the_reading_with_exits_is_the_complete_one_where_rules_look(
    body: str, headline: str
) -> None:
    release = _release(body, headline)
    fast, full = _read(release), _read(release, complete=True)
    if full.mentions:
        assert fast == full
    else:
        assert full.presented() == []
        assert fast == MeasureReading(earnings_release=full.earnings_release)


def test_the_exits_are_taken_and_the_measures_still_read() -> None:
    # no name's literal, no GAAP row or qualified caption: the reading stops at once
    assert _read(_release(BODIES["no measure"])) == MeasureReading(earnings_release=True)
    # a name's literal ("operating") but no measure: no mention, no GAAP captions read
    complete = _read(_release(BODIES["operating only"]), complete=True)
    assert complete.mentions == [] and complete.gaap
    assert _read(_release(BODIES["operating only"])).gaap == []
    for key in ("adjusted ebitda", "restated caption", "defined caption", "gaap row table"):
        assert _read(_release(BODIES[key])).mentions, key


def test_a_release_without_measures_still_gets_no_ng_finding_and_one_with_does() -> None:
    for body in (BODIES["no measure"], BODIES["operating only"]):
        text = "\n\n".join([HEADLINE, LEAD, body, "###"]) + "\n"
        assert all(check(text, rule.code) == [] for rule in RULES)
    text = "\n\n".join([HEADLINE, LEAD, BODIES["adjusted ebitda"], "###"]) + "\n"
    assert {f.code for rule in RULES for f in check(text, rule.code)} >= {"NG002", "NG006"}


def test_a_unit_is_read_for_guidance_once() -> None:
    """``_Forward`` answers the forward pattern's search of a unit, searching each unit
    once however many measures it names (a near miss: another unit is searched again)."""
    from disclint.rules.nongaap import measures

    text = "We expect adjusted EBITDA of $5 million. Adjusted EBITDA was $4 million."
    calls: list[str] = []

    class Spy:
        def search(self, piece: str) -> object:
            calls.append(piece)
            return measures.context_pattern("forward").search(piece)

    forward = measures._Forward(Spy(), text)  # type: ignore[arg-type]
    first = measures._Unit(0, 40, "body", 0)
    second = measures._Unit(41, len(text), "body", 0)
    answers = [forward.reads(first), forward.reads(first), forward.reads(second)]
    expected = [
        bool(measures.context_pattern("forward").search(text[u.start : u.end]))
        for u in (first, first, second)
    ]
    assert answers == expected
    assert answers[0] != answers[2]
    assert calls == [text[0:40], text[41:]]
