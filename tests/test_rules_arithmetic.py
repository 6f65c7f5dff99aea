"""NUM rules: the seed's arithmetic, one-number perturbations, near misses that must stay
silent, the examples, and the shared corpus (generated statements: test_arithmetic_properties)."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest

from disclint.api import Finding
from disclint.engine import Engine, RunOptions
from disclint.readers import read_bytes
from tests.conftest import CORPUS, EXAMPLES, SEED, needs
from tests.engine_helpers import check_text

ONLY_NUM = RunOptions(select=["NUM"], entry_points=False, isolated=True)
WITH_CONFIG = RunOptions(select=["NUM"], entry_points=False)
_ENGINE = Engine(ONLY_NUM)
_CONFIG_TARGET = Path(tempfile.gettempdir())


def num(text: str, name: str = "release.txt") -> list[Finding]:
    """NUM findings for a release given as a string (no files: usable inside hypothesis)."""
    fmt = "md" if name.endswith(".md") else "txt"
    source = read_bytes(text.encode("utf-8"), name, fmt=fmt)
    return _ENGINE.check_source(source, _CONFIG_TARGET).findings


def problems(findings: list[Finding]) -> list[Finding]:
    """Findings that say something is wrong (errors and warnings, not info reminders)."""
    return [f for f in findings if f.severity.value != "info"]


def not_sub_penny(findings: list[Finding]) -> list[Finding]:
    """Drop the sub-penny-reference warning that every seed-shaped release carries."""
    return [f for f in findings if "sub-penny" not in f.message]


def codes(findings: list[Finding]) -> list[str]:
    return sorted(f.code for f in findings)


def release(body: str, headline: str = "Norvale Photonics Announces Conversion") -> str:
    """A minimal plain-text release around ``body`` (dateline, About, contact)."""
    return (
        f"{headline}\n\n"
        "BOULDER, CO -- (Marketwired) -- 06/12/18 -- Norvale Photonics, Inc. (OTCQB: NVPX) "
        f"{body}\n\n"
        "About Norvale Photonics\n\nNorvale Photonics, Inc. makes thin-film modules.\n\n"
        "Contact: ir@norvale.example\n"
    )


#: The seed's arithmetic in our own words and names: a conversion of preferred stock at a
#: fixed price, the shares issued, the holding and the premium.
CONVERSION = (
    "announced that Tidewater Harbor Holdings converted another 1,000 shares ($1,000,000 of "
    "invested capital) of its Series K Convertible Preferred Stock into common stock at a fixed "
    "price of $0.0040 per share.\n\n"
    "Upon conversion, the Company issued an additional 250,000,000 shares of restricted common "
    "stock to Tidewater. In aggregate, Tidewater now owns 450,000,000 shares of the Company, "
    "which represents about 7.9% of the Company's total outstanding shares post conversion. "
    "The fixed price of $0.0040 per share represents a premium of 700% to the Company's "
    "closing bid price of $0.0005 on June 8, 2018."
)


# -- the seed ------------------------------------------------------------------------------


@needs(SEED)
def test_seed_has_no_num_error(tmp_path: Path) -> None:
    result = check_text(tmp_path, SEED.read_text(encoding="utf-8"), options=ONLY_NUM)
    assert [f for f in result.findings if f.severity.value == "error"] == []
    by_code = {f.code: f for f in result.findings}
    assert codes(result.findings) == ["NUM001", "NUM002", "NUM004", "NUM005"]
    # the reminders the worked example asks for, with their working
    assert (
        "$1,000,000 / $0.0040 = 250,000,000 shares; stated 250,000,000"
        in by_code["NUM001"].evidence
    )
    assert any("$1,000 stated value" in e for e in by_code["NUM001"].evidence)
    assert by_code["NUM005"].evidence[0] == (
        "450,000,000 shares - 250,000,000 shares = 200,000,000 shares held before"
    )
    assert "5.696 billion" in by_code["NUM004"].evidence[0]
    premium = by_code["NUM002"]
    assert premium.severity.value == "warning"
    assert "the date of the reference price is not stated" in premium.evidence
    assert any("$0.0035 per share" in e for e in premium.evidence)


SEED_CHANGES = [
    # (what changes, old text, new text, expected code, evidence that shows the working)
    ("premium", "premium of 700%", "premium of 800%", "NUM002", "$0.0040 / $0.0005 - 1 = 700.0%"),
    (
        "price",
        "\\$0.0040 per share",
        "\\$0.0050 per share",
        "NUM001",
        "$1,000,000 / $0.0050 = 200,000,000 shares",
    ),
    (
        "share count",
        "additional 250,000,000",
        "additional 200,000,000",
        "NUM001",
        "$1,000,000 / $0.0040 = 250,000,000 shares",
    ),
    (
        "invested capital",
        "\\$1,000,000 of invested",
        "\\$1,200,000 of invested",
        "NUM001",
        "$1,200,000 / $0.0040 = 300,000,000 shares",
    ),
    (
        "aggregate holding",
        "now owns 450,000,000",
        "now owns 240,000,000",
        "NUM005",
        "240,000,000 shares - 250,000,000 shares = -10,000,000 shares held before (impossible)",
    ),
]


@needs(SEED)
@pytest.mark.parametrize(("what", "old", "new", "code", "working"), SEED_CHANGES)
def test_one_changed_number_of_the_seed_is_caught(
    tmp_path: Path, what: str, old: str, new: str, code: str, working: str
) -> None:
    text = SEED.read_text(encoding="utf-8")
    assert old in text, what
    changed = text.replace(old, new, 1)
    found = problems(check_text(tmp_path, changed, options=ONLY_NUM).findings)
    caught = [f for f in found if f.code == code and f.severity.value != "info"]
    assert caught, (what, [(f.code, f.message) for f in found])
    assert any(working in e for f in caught for e in f.evidence), [f.evidence for f in caught]


@needs(SEED)
def test_seed_price_changed_everywhere_breaks_product_and_premium(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8").replace("\\$0.0040", "\\$0.0050")
    found = problems(check_text(tmp_path, text, options=ONLY_NUM).findings)
    assert {"NUM001", "NUM002"} <= {f.code for f in found if f.severity.value == "error"}


@needs(SEED)
def test_seed_price_changed_once_is_also_a_restatement(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8").replace("\\$0.0040", "\\$0.0050", 1)
    found = problems(check_text(tmp_path, text, options=ONLY_NUM).findings)
    restated = [f for f in found if f.code == "NUM011"]
    assert restated and "fixed price" in restated[0].message


@needs(SEED)
def test_seed_aggregate_checked_against_a_stated_prior(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8").replace(
        "In aggregate, Boone Group now owns 450,000,000",
        "Boone Group previously held 200,000,000 shares. In aggregate, Boone Group now owns "
        "460,000,000",
    )
    found = [f for f in problems(check_text(tmp_path, text, options=ONLY_NUM).findings)]
    [aggregate] = [f for f in found if f.code == "NUM005"]
    assert aggregate.evidence[0] == ("200,000,000 shares + 250,000,000 shares = 450,000,000 shares")


@needs(SEED)
def test_seed_ownership_against_the_issuer_profile(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    agrees = check_text(
        tmp_path, text, config="[issuer]\nshares-outstanding = 5_700_000_000\n", options=WITH_CONFIG
    )
    assert "NUM004" not in codes(agrees.findings)
    changed = text.replace("about 7.9%", "about 9.2%")
    other = tmp_path / "other"
    other.mkdir()
    found = check_text(
        other, changed, config="[issuer]\nshares-outstanding = 5_700_000_000\n", options=WITH_CONFIG
    )
    [ownership] = [f for f in found.findings if f.code == "NUM004"]
    assert ownership.severity.value == "error"
    assert "issuer profile: 5,700,000,000 shares outstanding" in ownership.evidence


# -- our own seed-shaped release ---------------------------------------------------------------


def test_own_conversion_release_is_consistent() -> None:
    found = num(release(CONVERSION))
    assert not_sub_penny(problems(found)) == []
    assert codes(found) == ["NUM001", "NUM002", "NUM004", "NUM005"]  # reminders, sub-penny


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ("premium of 700%", "premium of 750%", "NUM002"),
        ("additional 250,000,000", "additional 225,000,000", "NUM001"),
        ("($1,000,000 of", "($1,100,000 of", "NUM001"),
        ("now owns 450,000,000", "now owns 150,000,000", "NUM005"),
        ("premium of 700%", "premium of 800%", "NUM002"),
    ],
)
def test_own_conversion_release_perturbed(old: str, new: str, code: str) -> None:
    found = not_sub_penny(problems(num(release(CONVERSION.replace(old, new, 1)))))
    assert [f.code for f in found] == [code], [(f.code, f.message) for f in found]


def test_ratio_stated_as_premium_gets_a_hint() -> None:
    text = CONVERSION.replace("premium of 700%", "premium of 800%")
    [finding] = not_sub_penny(problems(num(release(text))))
    assert any("800% is the price as a percentage of the reference" in e for e in finding.evidence)


def test_premium_without_date_or_price_is_a_warning() -> None:
    undated = CONVERSION.replace(" on June 8, 2018", " prior to the conversion notice")
    [warning] = not_sub_penny(problems(num(release(undated))))
    assert (warning.code, warning.severity.value) == ("NUM002", "warning")
    assert warning.message.endswith("the date of the reference price is not stated")
    no_price = release(
        "priced its offering of 1,000,000 shares at $2.10 per share. The offering price "
        "represents a premium of 19% to the closing price on the Nasdaq."
    )
    [missing] = problems(num(no_price))
    assert "reference price that is not stated" in missing.message


def test_premium_to_a_dated_close_not_stated_is_only_a_reminder() -> None:
    """The close of a named day is public market data: the release is not wrong to leave it
    out, so counsel gets a reminder to check the percentage, not a warning."""
    dated = release(
        "priced its offering of 1,000,000 shares at $2.10 per share. The offering price "
        "represents a premium of 19% to the closing price as of August 22, 2025."
    )
    found = num(dated)
    assert problems(found) == []
    [reminder] = [f for f in found if f.code == "NUM002"]
    assert reminder.severity.value == "info" and "August" not in reminder.message
    assert "check it against that day's quote" in reminder.message


# -- offerings, proceeds, premiums: the flawed example's three errors in our own words --------

OFFERING = (
    "today announced the sale of 2,500,000 shares of its common stock at a price of $4.00 per "
    "share in a registered direct offering. The offering price represents a 14.3% premium to "
    "the closing price of $3.50 on May 12, 2025.\n\n"
    "The Company expects gross proceeds of approximately $10.0 million from the offering, before "
    "deducting placement agent fees. The Company expects net proceeds of approximately $9.2 "
    "million, after deducting placement agent fees and estimated offering expenses."
)


def test_consistent_offering_is_silent() -> None:
    assert num(release(OFFERING, "Norvale Photonics Announces $10.0 Million Offering")) == []


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("approximately $10.0 million", "approximately $11.0 million", ["NUM001", "NUM011"]),
        ("a 14.3% premium", "a 25% premium", ["NUM002"]),
        ("$9.2 million", "$10.4 million", ["NUM006"]),
    ],
)
def test_offering_perturbed(old: str, new: str, expected: list[str]) -> None:
    text = OFFERING.replace(old, new)
    assert text != OFFERING
    found = problems(num(release(text, "Norvale Photonics Announces $10.0 Million Offering")))
    assert codes(found) == expected, [(f.code, f.message) for f in found]


def test_gross_proceeds_computed_working() -> None:
    text = OFFERING.replace("approximately $10.0 million", "approximately $11.0 million")
    [finding] = [f for f in num(release(text)) if f.code == "NUM001"]
    assert finding.evidence[0] == "2,500,000 shares x $4.00 = $10.00 million"
    assert finding.evidence[1] == "stated: approximately $11.0 million (10.9..11.1 million)"


def test_over_allotment_is_added_when_the_option_is_exercised_in_full() -> None:
    body = (
        "announced the pricing of an underwritten public offering of 4,000,000 shares of its "
        "common stock at a public offering price of $5.00 per share. The gross proceeds are "
        "expected to be $20.0 million, excluding any exercise of the underwriters' option to "
        "purchase additional shares.\n\n"
        "Norvale has granted the underwriters a 30-day option to purchase up to 600,000 "
        "additional shares. If the underwriters exercise this option in full, the gross "
        "proceeds are expected to be {full} million."
    )
    assert num(release(body.format(full="$23.0"))) == []
    [finding] = num(release(body.format(full="$24.0")))
    assert finding.code == "NUM001"
    assert finding.evidence[0].startswith("(4,000,000 shares + 600,000 shares) x $5.00")


def test_gross_beside_a_parenthetical_net_is_the_amount() -> None:
    body = (
        "added {gross} in gross proceeds ($6.3 million net) by selling 19,868,658 shares of its "
        "common stock via its at-the-market offering at an average price of $0.3323 per share."
    )
    assert num(release(body.format(gross="$6.6 million"))) == []
    [finding] = num(release(body.format(gross="$7.6 million")))
    assert finding.code == "NUM001"
    assert finding.evidence[0] == "19,868,658 shares x $0.3323 = $6.60 million"


def test_net_above_gross_less_stated_fee() -> None:
    body = (
        "closed a private placement for gross proceeds of $5,000,000. The placement agent "
        "received a cash fee of 7.0% of the gross proceeds. Net proceeds to the Company were "
        "$4,800,000."
    )
    [finding] = num(release(body))
    assert finding.code == "NUM006"
    assert "7.0%" in finding.message


# -- changes, points, qualifiers ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The efficiency ratio improved 2.3 percentage points to 58.2% from 60.5% a year ago.",
        "Operating expenses improved 10% to $90.0 million from $100.0 million.",
        "Gross margin improved 2.0 percentage points to 42.0% from 40.0%.",
    ],
)
def test_improved_says_better_not_up(sentence: str) -> None:
    """A ratio or a cost improves by falling: the figures give the way, not the word."""
    assert num(release(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The efficiency ratio improved 3.3 percentage points to 58.2% from 60.5% a year ago.",
        "Operating expenses improved 15% to $90.0 million from $100.0 million.",
    ],
)
def test_improved_by_the_wrong_amount_is_caught(sentence: str) -> None:
    assert [f.code for f in num(release(sentence))] == ["NUM003"]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Revenue increased 15% to $125 million from $100 million.", "NUM003"),
        ("Revenue was $48.3 million, compared with $42.0 million, an increase of 18.0%.", "NUM003"),
        ("Revenue decreased 12% to $112 million from $100 million.", "NUM003"),
        ("Gross margin rose 5% to 35% from 30%.", "NUM003"),
        ("Gross margin rose 16.7 percentage points to 35% from 30%.", "NUM003"),
        ("Revenue doubled to $24 million from $10 million.", "NUM010"),
        (
            "Services revenue was $5.8 million, or over 60% of total revenue of $10.0 million.",
            "NUM010",
        ),
        ("Services revenue was $5.8 million, or 48% of total revenue of $10.0 million.", "NUM003"),
        # the change stated as an amount and a percentage, without "by"
        ("Revenue increased $2.0 million, or 25.0%, to $12.0 million.", "NUM003"),
        ("Revenue decreased $2.0 million, or 20%, to $10.0 million.", "NUM003"),
        # a per-share figure against one whose "per share" is implied
        (
            "Book value per share increased 9% to $36.62 per share at September 30, 2025 "
            "compared to $34.45 at December 31, 2024.",
            "NUM003",
        ),
        # the old figure after "compared to the same period in <year> of"
        (
            "Gross profit was $654,000 for the three months ended September 30, 2024, a decrease "
            "of 29% compared to the same period in 2023 of $807,000.",
            "NUM003",
        ),
        # "more than" and "nearly" on a multiple
        ("Revenue more than tripled to $29.0 million from $10.0 million.", "NUM010"),
        ("Revenue nearly tripled to $31.0 million from $10.0 million.", "NUM010"),
    ],
)
def test_changes_and_portions_caught(sentence: str, code: str) -> None:
    found = problems(num(release(sentence, "Norvale Photonics Reports Results")))
    assert [f.code for f in found] == [code], [(f.code, f.message) for f in found]


def test_percent_confused_with_points_says_so() -> None:
    [finding] = num(release("Gross margin rose 5% to 35% from 30%."))
    assert "confuses percent with percentage points" in finding.message
    assert "35% - 30% = 5.0 percentage points" in finding.evidence


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue increased 15% to $115 million from $100 million.",
        "Total revenue was $48.3 million, compared with $42.0 million in the third quarter of "
        "2023, an increase of 15.0%.",
        "Professional services revenue was $7.2 million, an increase of 9.1% from $6.6 million.",
        "Gross margin was 60.0%, compared with 58.0%, an increase of 2.0 percentage points.",
        "Net interest margin increased 4 basis points to 2.81% from 2.77%.",
        "The Board declared a quarterly dividend of C$0.27 per common share, an increase of 8.0% "
        "from the previous quarterly dividend of C$0.25 per common share.",
        "Revenue more than doubled to $24 million from $10 million.",
        "Gross profit increased by $1.4 million, or 132 percent, to $2.5 million.",
        "Services revenue was $5.8 million, or over 55% of total revenue of $10.0 million.",
        "Cost of sales decreased 21% to $788,000 from $993,000.",
        "Revenue increased $2.0 million, or 20.0%, to $12.0 million.",
        "Revenue nearly tripled to $29.0 million from $10.0 million.",
        "Book value per share increased 6% to $36.62 per share at September 30, 2025 compared "
        "to $34.45 at December 31, 2024.",
        "Gross profit was $654,000 for the three months ended September 30, 2024, a decrease of "
        "19% compared to the same period in 2023 of $807,000.",
        # net income and earnings per share in one sentence: never compared with each other
        "Net income increased 21% to $9.6 million, or $0.54 per share, from $7.9 million, or "
        "$0.45 per share.",
        "Net income was $9.6 million, or $0.54 per share, an increase of 31% compared to "
        "$7.9 million, or $0.41 per share.",
        # a change amount with no level to check it against, or a second clause
        "Operating expenses increased $1.2 million, or 8%, primarily due to higher headcount.",
        "Cash increased $2.0 million to $12.0 million, and revenue grew 35% year over year.",
        "Revenue increased $2.0 million, or 20%, to $12.0 million, and gross profit rose 15% to "
        "$4.6 million.",
    ],
)
def test_consistent_changes_are_silent(sentence: str) -> None:
    assert problems(num(release(sentence, "Norvale Photonics Reports Results"))) == []


# -- ownership, aggregates, splits ------------------------------------------------------------


def test_ownership_against_stated_outstanding() -> None:
    good = (
        "The 2,400,000 consideration shares represent approximately 4.8% of the 50,000,000 "
        "common shares issued and outstanding as of January 8, 2025."
    )
    assert num(release(good)) == []
    [finding] = num(release(good.replace("4.8%", "6.8%")))
    assert finding.code == "NUM004"
    assert finding.evidence[0] == "2,400,000 / 50,000,000 = 4.80%"


def test_ownership_against_the_count_written_before_outstanding() -> None:
    good = (
        "The 2,400,000 shares represent approximately 4.8% of the Company's 50,000,000 issued "
        "and outstanding common shares."
    )
    assert num(release(good)) == []
    [finding] = num(release(good.replace("4.8%", "6.8%")))
    assert finding.code == "NUM004"
    assert finding.evidence[0] == "2,400,000 / 50,000,000 = 4.80%"


def test_aggregate_with_the_prior_after_the_total() -> None:
    body = (
        "Tidewater acquired another 1,000,000 shares of common stock, bringing its total holdings "
        "to {total} shares of common stock, up from 2,000,000 shares."
    )
    # the prior ("up from") is not read as a second total
    assert num(release(body.format(total="3,000,000"))) == []
    [finding] = num(release(body.format(total="3,500,000")))
    assert finding.code == "NUM005"
    assert finding.evidence[0] == "2,000,000 shares + 1,000,000 shares = 3,000,000 shares"


def test_ownership_through_a_defined_term() -> None:
    body = (
        "will issue 2,400,000 common shares (the \u201cConsideration Shares\u201d) to the sellers. "
        "The Consideration Shares represent approximately {pct} of the 50,000,000 common shares "
        "issued and outstanding as of January 8, 2025."
    )
    assert num(release(body.format(pct="4.8%"))) == []
    assert codes(num(release(body.format(pct="9.6%")))) == ["NUM004"]


def test_two_ownership_statements_that_disagree() -> None:
    body = (
        "Tidewater now owns 450,000,000 shares, which represents 7.9% of the Company's "
        "outstanding shares. Harborlight owns 300,000,000 shares, which represents 9.0% of the "
        "Company's outstanding shares."
    )
    found = problems(num(release(body)))
    assert [f.code for f in found] == ["NUM004"]
    assert "two ownership statements" in found[0].message


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "will effect a 1-for-25 reverse stock split. The reverse stock split will reduce the "
            "number of outstanding shares from approximately 500 million to approximately "
            "25 million.",
            ["NUM007"],
        ),
        (
            "will effect a 1-for-25 reverse stock split. The reverse stock split will reduce the "
            "number of outstanding shares from approximately 500 million to approximately "
            "20 million.",
            [],
        ),
        (
            "will effect a 1-for-375 reverse stock split. The reverse stock split will reduce the "
            "number of outstanding shares of common stock from approximately 1,181,272,961 "
            "shares to approximately 3,150,062 shares.",
            [],
        ),
        (
            "will effect a 1-for-9 reverse stock split, meaning that every nine shares of common "
            "stock will be combined into one share.",
            [],
        ),
        (
            "will effect a 1-for-9 reverse stock split, meaning that every ten shares of common "
            "stock will be combined into one share.",
            ["NUM007"],
        ),
        (
            "stockholders approved a reverse split at a ratio within a range of 1-for-5 to "
            "1-for-15. The Board set the reverse stock split at 1-for-10.",
            [],
        ),
        (
            "the reverse split takes effect at 12:01 a.m. Eastern Time at a ratio of 1-for-20.",
            [],
        ),
    ],
)
def test_splits(body: str, expected: list[str]) -> None:
    found = problems(num(release(body, "Norvale Photonics Announces Reverse Stock Split")))
    assert codes(found) == expected, [(f.code, f.message, f.evidence) for f in found]


# -- restatements, scale, currency ------------------------------------------------------------


def test_headline_figure_the_body_states_otherwise() -> None:
    body = "closed a private placement for gross proceeds of $10.5 million."
    [finding] = num(release(body, "Norvale Photonics Closes $12 Million Financing"))
    assert finding.code == "NUM011"
    assert "$12 Million" in finding.message and "$10.5 million" in finding.message


def test_headline_scale_slip() -> None:
    body = "closed a private placement for gross proceeds of $12,000,000."
    [finding] = num(release(body, "Norvale Photonics Closes $1.2 Million Private Placement"))
    assert finding.code == "NUM009"
    assert "factor of 10" in finding.message


def test_headline_growth_against_body_growth() -> None:
    body = (
        "reported total revenues of $2,250,405, as compared with total revenues of $416,323 for "
        "the same period in 2024, equating to a 440% increase in revenues."
    )
    headline = "Norvale Photonics Reports 374% Year-Over-Year Revenue Growth"
    [finding] = num(release(body, headline))
    assert finding.code == "NUM011" and "374%" in finding.message


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Norvale Photonics Raises $10 Million",
            "closed the first tranche of its private placement for gross proceeds of $6 million "
            "and the second tranche for gross proceeds of $4 million.",
        ),
        (
            "Norvale Photonics Reports Third Quarter Revenue of $48.3 Million",
            "reported revenue of $48.3 million, compared with $42.0 million a year earlier.",
        ),
        (
            "Norvale Photonics Announces Up To $50 Million At-The-Market Offering",
            "entered into a sales agreement under which it may sell shares for aggregate gross "
            "proceeds of $25 million in the first year.",
        ),
        (
            "Norvale Photonics Expects $40 Million Annually From Efficiency Project",
            "expects the project to provide more than $40 million per year of improved cash flow "
            "and notes cumulative revenues of $400 million from distillers grain.",
        ),
    ],
)
def test_headlines_that_agree_with_the_body(headline: str, body: str) -> None:
    assert problems(num(release(body, headline))) == []


def test_words_and_digits_disagree() -> None:
    body = (
        "issued two hundred million (250,000,000) shares of common stock to Tidewater Harbor "
        "Holdings in a private placement."
    )
    [finding] = num(release(body))
    assert finding.code == "NUM011"
    assert 'in words: "two hundred million" = 200,000,000' in finding.evidence


def test_malformed_number() -> None:
    [finding] = num(release("reported revenues of approximately $416,00 for the period."))
    assert finding.code == "NUM009" and "$416,00" in finding.message


def test_table_cells_glued_together_are_not_a_malformed_number() -> None:
    """A flattened table that lost the space between two cells ("$ 3,0945,507" is 3,094
    and 5,507) is not a typo in the release; a lone four-digit group still is."""
    glued = release("Cash and cash equivalents $ 3,0945,507 Other current assets 2,041 2,428.")
    assert [f for f in num(glued) if f.code == "NUM009"] == []
    typo = release("Cash and cash equivalents $ 3,0945 at the end of the quarter.")
    assert [f.code for f in num(typo)] == ["NUM009"]


MIXED_DOLLARS = (
    "closed a private placement of 1,000,000 units at C$0.60 per unit for gross proceeds "
    "of C$600,000. To date, the Company has raised aggregate gross proceeds of $6,079,199."
)


def canadian(body: str) -> str:
    """A release from a Canadian issuer listed on the CSE, where "$" may mean C$."""
    return release(body).replace(
        "BOULDER, CO -- (Marketwired) -- 06/12/18 -- Norvale Photonics, Inc. (OTCQB: NVPX)",
        "VANCOUVER, BRITISH COLUMBIA -- (Marketwired) -- 06/12/18 -- Norvale Mining Inc. "
        "(CSE: NVM)",
    )


def test_bare_dollar_beside_canadian_dollar() -> None:
    [finding] = num(canadian(MIXED_DOLLARS))
    assert finding.code == "NUM009" and "does not say which dollar" in finding.message


def test_us_issuer_bare_dollar_is_the_us_dollar() -> None:
    # a US issuer that marks its Australian-dollar figures leaves "$" meaning US dollars
    body = (
        "reported Australian segment revenue of $112.7 million, up 4% year over year. Contract "
        "wins included a four-year A$250 million renewal."
    )
    assert num(release(body)) == []
    assert num(release(MIXED_DOLLARS)) == []


@pytest.mark.parametrize(
    "body",
    [
        "agreed to acquire NuVista for approximately $2.7 billion (C$3.8 billion), including "
        "C$300 million in net debt and $100 million in annual synergies.",
        "All dollar amounts are in Canadian dollars unless otherwise noted. The Company raised "
        "$5 million and paid C$0.60 per unit.",
    ],
)
def test_currency_made_clear(body: str) -> None:
    assert num(canadian(body)) == []


# -- near misses that must stay silent ---------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # rounded figures within their precision
        "sold 2,499,999 shares at $4.00 per share for gross proceeds of approximately "
        "$10.0 million.",
        "sold 3,030,303 shares at $0.33 per share for gross proceeds of $1,000,000.",
        "sold 67,538 units at C$6.50 per unit for gross proceeds of approximately C$439,000.",
        # "about" on an ownership percentage that rounds a little differently
        "Tidewater owns 448,000,000 shares, about 7.9% of the 5,700,000,000 shares outstanding.",
        # different share classes: preferred shares are not the common shares priced
        "Tidewater converted 1,000 shares of Series K Preferred Stock ($1,000,000 of stated "
        "value) into common stock at $0.0040 per share.",
        # per-share amounts against totals
        "Net income was $3.7 million, or $0.12 per diluted share, on 30,000,000 weighted "
        "average shares outstanding.",
        "declared a quarterly dividend of $0.27 per share on its 12,000,000 shares, or "
        "$1.08 per share annualized.",
        # numbers from different periods
        "Revenue for the third quarter of 2024 was $48.3 million. Revenue for the third quarter "
        "of 2023 was $42.0 million. Revenue grew 20% in the first nine months.",
        # warrants and pre-funded warrants are not the shares sold
        "sold 1,000,000 shares and warrants to purchase 1,000,000 shares at an exercise price "
        "of $1.50 per share, for gross proceeds of $1.0 million.",
        "sold 800,000 shares and pre-funded warrants to purchase 200,000 shares at $4.00 per "
        "share for gross proceeds of $4.0 million.",
        # "up to" programmes and caps
        "may sell shares having an aggregate offering price of up to $50 million from time to "
        "time at market prices, including 1,000,000 shares sold at $4.00 per share to date.",
        "may issue up to 3,225,000 additional shares to cover over-allotments, which could bring "
        "total gross proceeds to approximately $46 million.",
        # ranges
        "expects revenue of $10 million to $12 million, an increase of 20% to 40% from "
        "$8.5 million.",
        # a premium to an index, not to a stock price
        "achieved a daily charter rate of $19,807, marking a 6% premium over the average "
        "index of $18,681 for the same period last year.",
        # a conversion term, not a claim about a price
        "will receive $1 million in preferred stock convertible at a 15% discount to market.",
        # a holder's additional shares with a later total of another class
        "purchased an additional 1,000,000 shares of Series B Preferred Stock and now owns "
        "3,000,000 shares of common stock.",
    ],
)
def test_near_misses_stay_silent(body: str) -> None:
    found = problems(num(release(body, "Norvale Photonics Announces Update")))
    assert found == [], [(f.code, f.message, f.evidence) for f in found]


# -- corpus false alarms, each rewritten in our own words with its defective twin -------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the money beside "or P%" is the premium itself, not the price: 3.00 / 2.40 = 125%
        (
            "sold shares at an average of $5.40 per share. This represents a $3.00 or 125% "
            "premium to the $2.40 average price of its previous program.",
            [],
        ),
        (
            "sold shares at an average of $5.40 per share. This represents a $3.00 or 150% "
            "premium to the $2.40 average price of its previous program.",
            ["NUM002"],
        ),
        # a margin in parentheses is a portion of revenue, not of the change that follows
        (
            "reported adjusted EBITDA of $20.2 million (15.5% of revenues), an increase of "
            "$3.1 million, or 18.1%, over the year-ago adjusted EBITDA of $17.1 million.",
            [],
        ),
        (
            "reported adjusted EBITDA of $20.2 million (20.5% of revenues of $79.2 million), an "
            "increase of 18.1% over the year-ago adjusted EBITDA of $17.1 million.",
            ["NUM003"],
        ),
    ],
)
def test_corpus_shapes_read_as_one_claim(body: str, expected: list[str]) -> None:
    found = problems(num(release(body, "Norvale Photonics Reports Results")))
    assert codes(found) == expected, [(f.code, f.message, f.evidence) for f in found]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the amount before the terms; a per-unit word other than "per share"
        (
            "closed its $56.3 million registered direct offering of 5,800,000 shares of common "
            "stock at $9.70 per share.",
            [],
        ),
        (
            "closed its $48.5 million registered direct offering of 5,800,000 shares of common "
            "stock at $9.70 per share.",
            ["NUM001"],
        ),
        # a second amount in the sentence belongs to another instrument
        (
            "sold 55.9 million shares at $29.72 apiece for $1.66 billion, and sold convertible "
            "notes for $1 billion.",
            [],
        ),
        (
            "sold 55.9 million shares at $29.72 apiece for $1.44 billion, and sold convertible "
            "notes for $1 billion.",
            ["NUM001"],
        ),
        # the conversion the NUM001 explanation shows
        ("converted $1,000,000 at $0.0040 per share into 250,000,000 shares.", []),
        ("converted $1,000,000 at $0.0040 per share into 200,000,000 shares.", ["NUM001"]),
        # a period phrase after the prior figure is not a rate "per year"
        ("said revenue fell 29% to $32.5 million from $45.8 million a year earlier.", []),
        ("said revenue fell 18% to $32.5 million from $45.8 million a year earlier.", ["NUM003"]),
        # "an increase on", "a $D, or P%, improvement on", a comma inside the prior's label,
        # "to reach ~$N", a word between the percentage and "increase"
        (
            "had revenue of $14.0 million, a $6.1 million, or 77 percent, improvement on "
            "revenue of $7.9 million for fiscal 2023.",
            [],
        ),
        (
            "had revenue of $14.0 million, a $6.1 million, or 97 percent, improvement on "
            "revenue of $7.9 million for fiscal 2023.",
            ["NUM003"],
        ),
        ("posted sales of $17.8 million, an 28% increase on sales of $15.1 million.", ["NUM003"]),
        (
            "Financial expenses, net were $2,119,000, a decrease of 69.8% compared to financial "
            "expenses, net of $4,221,000 for the prior year.",
            ["NUM003"],
        ),
        ("reported a 55% revenue increase to $12.4 million, up from $8.6 million.", ["NUM003"]),
        ("reported a 44% revenue increase to $12.4 million, up from $8.6 million.", []),
        ("said EBITDA grew by 315% to reach ~$105 million, up from ~$33 million.", ["NUM003"]),
        # ownership with the outstanding count first
        (
            "Of the 50,000,000 shares outstanding, Tidewater now holds 4,000,000 shares, or 8.0%.",
            [],
        ),
        (
            "Of the 50,000,000 shares outstanding, Tidewater now holds 4,000,000 shares, or 9.0%.",
            ["NUM004"],
        ),
        # a split of each share class is a split of its own
        (
            "will effect a 1-for-10 reverse split of its Class A shares and a 1-for-20 reverse "
            "split of its Class B shares.",
            [],
        ),
        (
            "will effect a 1-for-10 reverse split of its Class A shares. The 1-for-20 reverse "
            "split of its Class A shares takes effect Friday.",
            ["NUM007"],
        ),
        # the purchase in one paragraph, the aggregate holding in the next
        (
            "Tidewater purchased an additional 1,000,000 shares of common stock.\n\nFollowing "
            "the purchase, Tidewater owns an aggregate of 3,000,000 shares of common stock, up "
            "from 2,000,000 shares.",
            [],
        ),
        (
            "Tidewater purchased an additional 1,000,000 shares of common stock.\n\nFollowing "
            "the purchase, Tidewater owns an aggregate of 3,500,000 shares of common stock, up "
            "from 2,000,000 shares.",
            ["NUM005"],
        ),
        # a period phrase and a comma between the change and its "to" figure
        ("said revenue rose 8% year over year, to $27.0 million from $25.0 million.", []),
        (
            "said revenue rose 18% year over year, to $27.0 million from $25.0 million.",
            ["NUM003"],
        ),
        # the proceeds in a clause of their own
        (
            "completed its offering of 4,000,000 shares at $6.25 per share; gross proceeds to "
            "the Company were $25.0 million.",
            [],
        ),
        (
            "completed its offering of 4,000,000 shares at $6.25 per share; gross proceeds to "
            "the Company were $21.0 million.",
            ["NUM001"],
        ),
        # split counts joined by "will become" / "will increase to"
        (
            "On completion of the 1-for-25 consolidation, the 250,000,000 common shares "
            "outstanding will become approximately 12,000,000 common shares.",
            ["NUM007"],
        ),
        (
            "Following the 2-for-1 stock split, the 40,000,000 shares outstanding will increase "
            "to approximately 80,000,000 shares.",
            [],
        ),
        # a decimal split ratio
        (
            "will effect a 1-for-7.7 reverse stock split, reducing the outstanding shares from "
            "approximately 77 million to approximately 10 million.",
            [],
        ),
        (
            "will effect a 1-for-7.7 reverse stock split, reducing the outstanding shares from "
            "approximately 77 million to approximately 12 million.",
            ["NUM007"],
        ),
        # gross and net in one sentence: the nearest label names each figure
        (
            "closed the offering for gross proceeds of $10.0 million and net proceeds of "
            "$10.6 million.",
            ["NUM006"],
        ),
        (
            "closed the offering for gross proceeds of $10.0 million and net proceeds of "
            "$9.2 million.",
            [],
        ),
        # a discount written in words and as a side of the price
        (
            "priced the offering at $4.00 per share, twenty percent below the closing price of "
            "$5.00 on May 2.",
            [],
        ),
        (
            "priced the offering at $4.00 per share, thirty percent below the closing price of "
            "$5.00 on May 2.",
            ["NUM002"],
        ),
        # the reference of the first discount is not the price of the second
        (
            "bid $130.00 per share. This offer price is approximately 24.02% below the closing "
            "price on May 5 ($171.10), and approximately 31.72% below the closing price on "
            "June 6 ($190.40).",
            [],
        ),
        # "970%" for 971.2%: a trailing zero of a large percentage may be a rounding
        ("said revenue grew 970% to $107,120,000 from $10,000,000 a year earlier.", []),
        ("said revenue grew 990% to $107,120,000 from $10,000,000 a year earlier.", ["NUM003"]),
        # "an increase of $D, or P%": the amount and the percentage both checked
        (
            "Revenue was $102.2 million, an increase of $3.4 million, or 3.4%, compared to "
            "$98.8 million a year earlier.",
            [],
        ),
        (
            "Revenue was $102.2 million, an increase of $5.4 million, or 3.4%, compared to "
            "$98.8 million a year earlier.",
            ["NUM012"],
        ),
        (
            "Revenue was $102.2 million, an increase of $3.4 million, or 5.4%, compared to "
            "$98.8 million a year earlier.",
            ["NUM003"],
        ),
        (
            "Net sales were $45.0 million, down $5.0 million, or 10.0%, from $50.0 million in "
            "the prior-year quarter.",
            [],
        ),
        (
            "Net sales were $45.0 million, down $4.0 million, or 10.0%, from $50.0 million in "
            "the prior-year quarter.",
            ["NUM012"],
        ),
    ],
)
def test_claims_in_any_word_order(body: str, expected: list[str]) -> None:
    found = problems(num(release(body, "Norvale Photonics Announces Update")))
    assert codes(found) == expected, [(f.code, f.message, f.evidence) for f in found]


def test_change_amount_shows_its_working() -> None:
    body = (
        "Revenue was $102.2 million, an increase of $5.4 million, or 3.4%, compared to "
        "$98.8 million a year earlier."
    )
    [finding] = problems(num(release(body)))
    assert finding.evidence[0] == "$102.2 million - $98.8 million = $3.40 million"
    assert finding.evidence[1] == "stated: increase of $5.4 million"


def test_a_transaction_price_as_reference_needs_no_date() -> None:
    body = (
        "said that if the shares trade at $6, which is still a 40% discount to the deal price "
        "of $10, holders keep their value."
    )
    assert problems(num(release(body))) == []
    assert codes(problems(num(release(body.replace("40%", "30%"))))) == ["NUM002"]


def test_a_warrant_premium_to_the_unit_price_needs_no_date() -> None:
    body = (
        "Each warrant entitles the holder to buy one share at C$0.50 for twenty-four months "
        "from closing, a premium of 42.9% to the Unit price of C$0.35."
    )
    assert problems(num(release(body))) == []
    assert codes(problems(num(release(body.replace("42.9%", "52.9%"))))) == ["NUM002"]


def test_reverse_then_forward_split_are_two_splits() -> None:
    body = (
        "will effect a 1-for-2,000 reverse stock split followed immediately by a 2,000-for-1 "
        "forward stock split of its common stock."
    )
    assert problems(num(release(body, "Norvale Photonics Announces Reverse/Forward Split"))) == []
    twin = body.replace("2,000-for-1", "1,000-for-1")
    assert problems(num(release(twin, "Norvale Photonics Announces Reverse/Forward Split"))) == []
    restated = (
        "will effect a 1-for-20 reverse stock split. The 1-for-25 reverse split takes effect "
        "on Friday."
    )
    found = problems(num(release(restated, "Norvale Photonics Announces Reverse Split")))
    assert codes(found) == ["NUM007"]


def test_headline_total_the_body_terms_imply_is_not_the_issuers_part() -> None:
    body = (
        "priced 1,500,000 American Depositary Shares at $80.00 per ADS, of which 1,000,000 "
        "ADSs are sold by the Company, raising gross proceeds to the Company of $80.0 million."
    )
    headline = "Norvale Photonics Prices ADS Offering Totalling Approximately $120 Million"
    assert problems(num(release(body, headline))) == []
    wrong = headline.replace("$120 Million", "$150 Million")
    assert codes(problems(num(release(body, wrong)))) == ["NUM011"]


# Generated statements (hypothesis) are in tests/test_arithmetic_properties.py.


# -- the examples --------------------------------------------------------------------------------


def _example(name: str) -> list[Finding]:
    result = Engine(ONLY_NUM).check_path(EXAMPLES / name)
    assert result.error is None
    return result.findings


def test_flawed_offering_example_errors_are_exactly_the_documented_ones() -> None:
    findings = _example("offering-flawed.txt")
    got = sorted((f.code, f.start.line, f.severity.value) for f in findings)
    assert got == [("NUM001", 9, "error"), ("NUM002", 5, "error"), ("NUM006", 9, "error")]
    by_code = {f.code: f for f in findings}
    assert "2,500,000 shares x $4.00 = $10.00 million" in by_code["NUM001"].evidence
    assert by_code["NUM002"].evidence[0].startswith("$4.00 / $3.50 - 1 = 14.3%")
    assert "$11.4 million" in by_code["NUM006"].message


def test_readme_describes_the_flaws_we_catch() -> None:
    text = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert re.search(r"offering-flawed\.txt.*\(a\) NUM001 —.*NUM002.*NUM006", text, re.S)


def test_seed_shaped_example_has_only_reminders_and_the_undated_premium() -> None:
    findings = _example("strategic-investor-conversion.txt")
    assert [f for f in findings if f.severity.value == "error"] == []
    warnings = [f for f in findings if f.severity.value == "warning"]
    assert [(f.code, f.message) for f in warnings] == [
        ("NUM002", "premium of 150%: the date of the reference price is not stated")
    ]


# -- the shared corpus ---------------------------------------------------------------------------


@needs(CORPUS)
def test_corpus_runs_without_crashes() -> None:
    """Every real release is checked without a rule crash (DL001); errors stay rare."""
    engine = Engine(ONLY_NUM)
    errors = 0
    for path in sorted(CORPUS.iterdir()):
        if path.suffix not in (".md", ".txt"):
            continue
        result = engine.check_path(path)
        assert not [f for f in result.findings if f.code == "DL001"], path.name
        errors += sum(1 for f in result.findings if f.severity.value == "error")
    assert errors <= 5


def test_reminders_can_be_turned_off(tmp_path: Path) -> None:
    config = "[rules.NUM001]\nreminders = false\n[rules.NUM004]\nreminders = false\n"
    config += "[rules.NUM005]\nreminders = false\n"
    result = check_text(tmp_path, release(CONVERSION), config=config, options=WITH_CONFIG)
    assert [f for f in result.findings if f.severity.value == "info"] == []


def test_headline_figure_is_not_compared_when_the_body_states_several_of_its_kind() -> None:
    """A segment's revenue in a subheadline, and a body with total, deferred and full-year
    revenue: which body figure the headline restates is not known, so no NUM011."""
    body = (
        "Total quarterly revenues were $4.1 billion. Short-term deferred revenues were $2.6 "
        "billion. Fiscal year revenues were $15.8 billion."
    )
    found = problems(num(release(body, "Norvale Cloud Revenue $1.3 Billion, Up 19%")))
    assert "NUM011" not in codes(found)


def test_headline_figure_against_one_restatement_is_still_compared() -> None:
    body = "Total quarterly revenues were $4.1 billion, up 19% from a year earlier."
    found = problems(num(release(body, "Norvale Quarterly Revenue $4.6 Billion")))
    assert "NUM011" in codes(found)
