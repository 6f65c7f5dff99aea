"""The examples do what examples/README.md says: the six clean releases get no finding from
any rule, and the two flawed ones get exactly the findings their flaws call for."""

from __future__ import annotations

import pytest

from disclint.engine import Engine, RunOptions
from tests.conftest import EXAMPLES

CLEAN = [
    "q3-earnings.md",
    "offering-pricing.txt",
    "business-wire-partnership.txt",
    "dividend-increase.md",
    "acquisition.html",
    "annual-results.docx",
]


def _findings(name: str) -> list[tuple[int, str, str]]:
    result = Engine(RunOptions(entry_points=False, isolated=True)).check_path(EXAMPLES / name)
    assert result.error is None
    return [(f.start.line, f.code, f.severity.value) for f in result.findings]


@pytest.mark.parametrize("name", CLEAN)
def test_clean_example_has_no_findings(name: str) -> None:
    assert _findings(name) == []


def test_every_example_is_listed() -> None:
    releases = {
        p.name
        for p in EXAMPLES.iterdir()
        if p.suffix in {".txt", ".md", ".html", ".docx"} and p.stem != "README"
    }
    assert releases == {*CLEAN, "offering-flawed.txt", "strategic-investor-conversion.txt"}


def test_offering_flawed_gets_exactly_its_three_arithmetic_errors() -> None:
    assert _findings("offering-flawed.txt") == [
        (5, "NUM002", "error"),
        (9, "NUM001", "error"),
        (9, "NUM006", "error"),
    ]


def test_seed_shaped_example_gets_the_findings_its_readme_lists() -> None:
    assert _findings("strategic-investor-conversion.txt") == [
        (7, "HYG001", "warning"),  # <u>
        (7, "HYG001", "warning"),  # </u>
        (7, "PRM001", "warning"),  # state-of-the-art
        (7, "NUM001", "info"),  # stated value and conversion ratio only implied
        (7, "HYG001", "warning"),  # \$500,000
        (7, "HYG001", "warning"),  # \$0.0025
        (9, "NUM005", "info"),  # implied prior holding
        (9, "NUM004", "info"),  # implied shares outstanding
        (9, "DISC006", "warning"),  # "substantial premium" with no dilution figure
        (9, "DISC005", "info"),  # OTCQB with a $0.0010 bid
        (9, "NUM002", "warning"),  # reference bid with no date
        (11, "PRM002", "warning"),  # investor on the stock price
        (11, "FLS008", "warning"),  # third party's forward-looking quote
        (11, "FLS010", "warning"),  # "will ... swiftly commercialize"
        (13, "PRM002", "warning"),  # CEO on the stock price
        (13, "PRM003", "warning"),  # unsourced 40 Gigawatts
        (17, "FMT005", "info"),  # stale 2012 award
        (19, "FLS002", "error"),  # boilerplate factors
        (19, "FLS005", "warning"),  # no no-update clause
        (19, "FLS006", "info"),  # penny stock
        (21, "FLS004", "warning"),  # filings not named
    ]
