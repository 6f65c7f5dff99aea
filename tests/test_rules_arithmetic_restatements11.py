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
        # "over $15 million" is met by $15.6 million
        (
            "Closes Over $15 Million Offering",
            "the closing of an offering with gross proceeds of $15.6 million.",
        ),
        # the headline's tranche against the placement's "up to" size
        (
            "Closes $5 Million First Tranche",
            "the closing of the first tranche of its private placement of up to $15 million. "
            "Gross proceeds of the first tranche were $5 million.",
        ),
        # a tranche and the total it brings the placement to
        (
            "Closes $15 Million Private Placement",
            "the closing of the second tranche of its private placement for gross proceeds of "
            "$6 million, bringing total gross proceeds to $15 million.",
        ),
        # two placements: the headline's and a concurrent one
        (
            "Closes $15 Million Private Placement",
            "the closing of a private placement for gross proceeds of $15 million. The Company "
            "also closed a concurrent registered direct offering for gross proceeds of $4 million.",
        ),
        # one holder's part of the placement
        (
            "Closes $15 Million Private Placement",
            "a private placement of $15 million. Orvel Capital invested $10 million in the "
            "placement.",
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


# -- a summary bullet and the text; the period after a per-share figure set aside -------------

_RESULTS = """\
Corvanta Therapeutics Reports Second Quarter 2025 Results

BOSTON, August 3, 2025 -- Corvanta Therapeutics, Inc. (Nasdaq: CRVT) today reported net \
income of $14.1 million, or $0.57 per diluted share, for the second quarter ended June 30, \
2025, compared with net income of $11.2 million, or $0.45 per diluted share, in the second \
quarter of 2024.

{body}

About Corvanta
Corvanta Therapeutics develops treatments for rare kidney diseases.
"""


def results(body: str) -> list[Finding]:
    text = _RESULTS.format(body=body)
    source = read_bytes(text.encode("utf-8"), "release.txt", fmt="txt")
    found = _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings
    return [f for f in found if f.code == "NUM019"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the amount's period follows its per-share figure: ", or $0.57 ..., for the ..."
        (
            "Net income for the second quarter of 2025 was $14.6 million.",
            "net income for 3m june 30, 2025 is $14.6 million here but $14.1 million",
        ),
        # the year-ago figure, set aside the same way
        (
            "Net income for the second quarter of 2024 was $12.2 million.",
            "net income for year-ago 3m june 30, 2025 is $12.2 million here but $11.2 million",
        ),
        # a summary bullet's bare "the quarter" is the quarter the release reports
        (
            "* Revenue for the quarter was $7.5 million, up 56%.\n\n"
            "Revenue was $7.9 million in the second quarter of 2025, driven by new contracts.",
            "revenue for 3m june 30, 2025 is $7.9 million here but $7.5 million",
        ),
        (
            "* The Company reported revenue of $7.5 million for the quarter.\n\n"
            "Revenue was $7.9 million in the second quarter of 2025, driven by new contracts.",
            "revenue for 3m june 30, 2025 is $7.9 million here but $7.5 million",
        ),
    ],
)
def test_results_restated_differently_are_caught(body: str, expected: str) -> None:
    messages = [f.message for f in results(body)]
    assert [m[: len(expected)] for m in messages] == [expected], messages


@pytest.mark.parametrize(
    "body",
    [
        "Net income for the second quarter of 2025 was $14.1 million.",
        "Net income for the second quarter of 2024 was $11.2 million.",
        "Net income for the six months ended June 30, 2025 was $25.3 million.",
        "* Revenue for the quarter was $7.5 million, up 56%.\n\n"
        "Revenue was $7.5 million in the second quarter of 2025, driven by new contracts.",
        # the quarter and the half year
        "* Revenue for the quarter was $7.5 million, up 56%.\n\n"
        "Revenue for the six months ended June 30, 2025 was $14.2 million.",
        # "the quarter" of a sentence that names another period first is not the release's
        "For fiscal 2024, revenue for the quarter was $6.5 million.\n\n"
        "Revenue was $7.5 million in the second quarter of 2025.",
        # the same quarter of two years, each named with the day it ended
        "Adjusted net income was $9.0 million, or $0.36 per diluted share, for the second "
        "quarter ended June 30, 2025, compared to adjusted net income of $4.1 million, or "
        "$0.16 per diluted share, in the second quarter ended June 30, 2024.",
    ],
)
def test_results_near_misses_stay_silent(body: str) -> None:
    assert results(body) == []


def test_quarter_named_with_its_year_after_the_day_it_ended_keeps_the_year() -> None:
    # both figures are of a "third quarter ended September 30," and differ in the year only
    body = (
        "Net income was $9.0 million, or $0.36 per diluted share, for the third quarter "
        "ended September 30, 2025, compared to net income of $4.1 million, or $0.16 per "
        "diluted share, in the third quarter ended September 30, 2024."
    )
    assert results(body) == []


def test_two_years_of_a_quarter_named_by_the_day_it_ended_are_not_compared() -> None:
    # on main both read "q3": the year after "September 30," was cut at the comma
    body = (
        "Net income was $9.0 million for the third quarter ended September 30, 2025. "
        "Net income was $4.1 million in the third quarter ended September 30, 2024."
    )
    assert results(body) == []


# -- an EDGAR text statement: the lead's figures against the table's columns ---------------------

_EDGAR = """\
Exhibit 99

              Brennick Home Stores Reports Second Quarter 2025 Results

    DAYTON, Ohio, July 24 /PRNewswire/ -- Brennick Home Stores Inc. (NYSE: BHS) today
reported net income of ${new} million, or $1.21 per share on an average base of 150.2
million common equivalent shares, for the second quarter ended July 5, 2025, compared with
net income of ${old} million, or $1.30 per share on an average base of 154.8 million common
equivalent shares in the second quarter of 2024.

                        BRENNICK HOME STORES INC.
                           CONSOLIDATED INCOME

                                        For the 13          For the 26
                                        Weeks Ended         Weeks Ended
                                      July 5, 2025 and    July 5, 2025 and
                                        June 29, 2024       June 29, 2024
    (millions, except earnings per
     common share)                       2025     2024      2025      2024

    REVENUES
     Merchandise sales                  $4,310  $ 4,122   $ 8,405   $ 8,011
     Other revenues                         52      140       101       277
              Total revenues             4,362    4,262     8,506     8,288

    Total costs and expenses             4,087    3,946     7,989     7,710
    Operating income                       275      316       517       578
    Income tax expense                     (93)    (115)     (178)     (211)
    NET INCOME/ (LOSS)                  $  182   $  201   $   339   $   367

"""


def edgar(new: str, old: str) -> list[Finding]:
    text = _EDGAR.format(new=new, old=old)
    source = read_bytes(text.encode("utf-8"), "ex99.txt", fmt="txt")
    found = _ENGINE.check_source(source, Path(tempfile.gettempdir())).findings
    return [f for f in found if f.code == "NUM019"]


@pytest.mark.parametrize(
    ("new", "old", "row"),
    [
        # the reported quarter: a 13-week quarter ended July 5 is the calendar's second
        ("187", "201", "2025"),
        # the year-ago quarter: "the second quarter of 2024" is the June 29, 2024 column
        ("182", "210", "2024"),
    ],
)
def test_lead_against_a_table_headed_by_end_days_over_years(new: str, old: str, row: str) -> None:
    found = edgar(new, old)
    assert len(found) == 1, found
    assert '"NET INCOME/ (LOSS)" row' in found[0].message
    assert f"June 29, 2024 {row}" in found[0].message


def test_lead_agreeing_with_the_table_is_silent() -> None:
    assert edgar("182", "201") == []


def test_a_column_header_names_the_day_of_its_own_year() -> None:
    from disclint.rules.arithmetic.statements import column_periods

    header = "For the 13 Weeks Ended July 5, 2025 and June 29, 2024"
    assert column_periods(f"{header} 2025") == {"3m july 5, 2025"}
    assert column_periods(f"{header} 2024") == {"3m june 29, 2024"}
    assert column_periods("Three Months Ended June 30, 2025") == {"3m june 30, 2025", "q2 2025"}
    # a year under a span that ends in another year: which period is not known
    assert column_periods("Three Months Ended June 30, 2025 2024") == set()
