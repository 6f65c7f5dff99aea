"""One fact stated twice must agree (session 11, issue 10 Deliver 2): a split ratio written
"1-for-N" in one sentence and "every N shares ... into one share" in the next, a measure of
"the six-month period ended" stated in two sentences, a figure in a summary bullet and in
the text. Each catch fails on main; each near miss (two periods, two holders, gross and
net, a tranche and the total, a target and an actual) stays silent. Every company and
figure is invented."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from disclint.api import Finding
from disclint.engine import Engine, RunOptions
from disclint.readers import read_bytes

_ENGINE = Engine(RunOptions(select=["NUM"], entry_points=False, isolated=True))

_RELEASE = """\
Corvanta Therapeutics Announces {headline}

BOSTON, March 3, 2025 -- Corvanta Therapeutics, Inc. (Nasdaq: CRVT) today announced {body}

About Corvanta
Corvanta Therapeutics develops treatments for rare kidney diseases.
"""


def findings(headline: str, body: str) -> list[Finding]:
    text = _RELEASE.format(headline=headline, body=body)
    source = read_bytes(text.encode("utf-8"), "release.txt", fmt="txt")
    return list(_ENGINE.check_source(source, Path(tempfile.gettempdir())).findings)


def codes(headline: str, body: str) -> list[str]:
    return sorted(f.code for f in findings(headline, body))


# -- a split ratio written two ways ------------------------------------------------------------

_SPLIT = (
    "that its board approved a 1-for-{a} reverse stock split, effective March 10, 2025. "
    "Every {b} shares of common stock issued and outstanding will be combined into one share "
    "of common stock."
)


def test_split_ratio_restated_in_the_next_sentence_is_checked() -> None:
    found = findings("1-for-375 Reverse Stock Split", _SPLIT.format(a=375, b=350))
    messages = [f.message for f in found if f.code == "NUM007"]
    assert messages, found
    assert "1-for-375" in messages[0] and "Every 350 shares" in messages[0]


def test_split_ratio_restated_alike_is_silent() -> None:
    assert codes("1-for-375 Reverse Stock Split", _SPLIT.format(a=375, b=375)) == []


def test_every_n_shares_without_a_split_in_the_release_is_not_a_ratio() -> None:
    # an exchange of shares in a merger: no split named anywhere, nothing to compare
    body = (
        "a merger with Lisbeth Biologics. Every 3 shares of Lisbeth common stock will be "
        "exchanged into one share of Corvanta common stock. Corvanta's 1-for-2 rights "
        "offering closes in May."
    )
    assert "NUM007" not in codes("Merger Agreement", body)


# -- one measure of one period, stated in two sentences ----------------------------------------

_TWICE = (
    "its results. Net loss for the six-month period ended June 30, 2025 was ${a}. "
    "For the six-month period ended June 30, 2025, the Company's net loss was ${b}, or "
    "$0.51 per share."
)


def test_six_month_period_measure_stated_twice_differently_is_caught() -> None:
    found = findings("Second Quarter 2025 Results", _TWICE.format(a="8,214,377", b="8,741,377"))
    messages = [f.message for f in found if f.code == "NUM019"]
    expected = "net loss for 6m june 30, 2025 is $8,741,377 here but $8,214,377 earlier"
    assert [m[: len(expected)] for m in messages] == [expected], found


def test_six_month_period_measure_stated_twice_alike_is_silent() -> None:
    assert codes("Second Quarter 2025 Results", _TWICE.format(a="8,214,377", b="8,214,377")) == []


@pytest.mark.parametrize(
    "body",
    [
        # two periods: the quarter and the half year
        "its results. Net loss for the six-month period ended June 30, 2025 was $8,214,377. "
        "Net loss for the three-month period ended June 30, 2025 was $4,741,377.",
        # the same period of two years
        "its results. Net loss for the six-month period ended June 30, 2025 was $8,214,377. "
        "Net loss for the six-month period ended June 30, 2024 was $6,102,950.",
        # a nine-month period beside a six-month one
        "its results. Net loss for the nine-month period ended September 30, 2025 was "
        "$12,214,377. Net loss for the six-month period ended June 30, 2025 was $8,214,377.",
    ],
)
def test_measures_of_different_periods_are_never_compared(body: str) -> None:
    assert "NUM019" not in codes("Results", body)


# -- near misses of the headline and body restatement ------------------------------------------


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        # gross and net proceeds are two measures
        (
            "Closing of $20 Million Public Offering",
            "the closing of its public offering. Gross proceeds were $20 million and net "
            "proceeds were approximately $18.4 million.",
        ),
        # a target ("up to") is not the amount raised at the first closing
        (
            "Up to $50 Million Financing",
            "a financing with gross proceeds of $12 million at the initial closing.",
        ),
        # "approximately $15 million" is met by $14.8 million
        (
            "Closing of Approximately $15 Million Offering",
            "the closing of an offering with gross proceeds of $14.8 million.",
        ),
        # "$1.2 billion" is $1,200 million
        (
            "$1.2 Billion Offering of Senior Notes",
            "the pricing of an offering of senior notes with gross proceeds of $1,200 million.",
        ),
    ],
)
def test_restatement_near_misses_stay_silent(headline: str, body: str) -> None:
    assert codes(headline, body) == []
