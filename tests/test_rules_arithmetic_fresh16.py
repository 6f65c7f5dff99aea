"""NUM rules, session 16: the false alarms (all errors) of the fresh split ``own14`` at its
first score (read after it), each turned into a general reading and tested on passages
written here (invented issuers and figures, worded apart from the split's own sentences):

* a rate level followed by a change noun with its own figure in points ("the cost ratio
  reached 61.5%, a gain of 150 basis points"): the percentage is the ratio's level, not
  the change of the amounts before it (NUM003);
* a figure the words after it name as a fee or expense ("with about $0.4 million of other
  costs") is neither the gross nor the net proceeds (NUM006);
* a percentage's value ("6.5% of the gross proceeds, or $1.3 million") is a part of the
  offering, so the body does not restate the headline's offering size with it (NUM011).
"""

from __future__ import annotations

from tests.test_rules_arithmetic_model import codes, codes_of

RATIO = (
    "Revenue was $62.40 million, against which operating expense of $38.38 million put the "
    "cost ratio at {p}%, {tail}."
)


def test_a_ratio_level_before_its_points_change_is_no_percentage_change() -> None:
    for tail in (
        "an improvement of 150 basis points",
        "an improvement of about 1.5 percentage points on the 63.0% of a year earlier",
    ):
        assert "NUM003" not in codes(RATIO.format(p="61.5", tail=tail))


def test_a_percentage_named_as_the_change_is_still_checked() -> None:
    body = "Net revenue was $62.4 million, an increase of {p}% from $52.0 million."
    assert "NUM003" not in codes(body.format(p="20.0"))
    assert "NUM003" in codes(body.format(p="28.0"))


FEES = (
    "The placement agent's fee is 6.5% of the gross proceeds, or $1.3 million, and with about "
    "$0.4 million of other costs the company expects net proceeds of ${net} million."
)


def test_a_figure_named_a_cost_after_it_is_no_gross_proceeds() -> None:
    body = "Harrowden Labs agreed to sell 4,000,000 shares at $5.00 each. " + FEES
    assert "NUM006" not in codes(body.format(net="18.3"))


def test_net_above_the_stated_gross_is_still_caught() -> None:
    body = "Harrowden Labs sold shares for gross proceeds of $20.0 million. " + FEES
    assert "NUM006" not in codes(body.format(net="18.3"))
    assert "NUM006" in codes(body.format(net="21.3"))


def release(headline: str, body: str) -> str:
    return (
        f"{headline}\n\nBOSTON, Nov. 3, 2025 /PRNewswire/ -- {body}\n\n"
        "About Harrowden\n\nHarrowden Labs is a company written for a test.\n"
    )


OFFERING = (
    "Harrowden Labs agreed to sell 4,000,000 shares at $5.00 each in a registered direct "
    "offering. The placement agent's cash fee is 6.5% of the gross proceeds, or $1.3 million."
)


def test_a_fees_value_is_not_the_offerings_size() -> None:
    text = release("Harrowden Labs Announces $20.0 Million Registered Direct Offering", OFFERING)
    assert "NUM011" not in codes_of(text)


def test_a_body_offering_size_that_differs_is_still_caught() -> None:
    body = "Harrowden Labs priced a registered direct offering for gross proceeds of $15.0 million."
    text = release("Harrowden Labs Announces $20.0 Million Registered Direct Offering", body)
    assert "NUM011" in codes_of(text)
