"""Quantity extraction: kinds, values, tolerances, qualifiers, classes, tables."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclint.facts import Facts
from disclint.parse import parse_source
from disclint.quantities import (
    INFINITY,
    Interval,
    Kind,
    Qualifier,
    Quantity,
    describe_interval,
    format_decimal,
    parse_number_words,
    quantities_in,
)
from disclint.readers import read_bytes

D = Decimal


def only(text: str, kind: Kind) -> Quantity:
    found = [q for q in quantities_in(text) if q.kind is kind]
    assert len(found) == 1, found
    return found[0]


def kinds(text: str) -> list[tuple[Kind, Decimal]]:
    return [
        (q.kind, q.value) for q in quantities_in(text) if q.kind not in (Kind.DATE, Kind.PERIOD)
    ]


# -- values and tolerances -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("invested $1,000,000 in the Company", D(1000000), D("999999.5"), D("1000000.5")),
        ("raised $1.2 million", D(1200000), D(1150000), D(1250000)),
        ("raised $1.2 Million", D(1200000), D(1150000), D(1250000)),
        ("raised $12M", D(12000000), D(11500000), D(12500000)),
        ("raised $2.5bn", D(2500000000), D(2450000000), D(2550000000)),
        ("a price of $0.0040 per share", D("0.0040"), D("0.00395"), D("0.00405")),
        ("US$30.0 million in cash", D(30000000), D(29950000), D(30050000)),
        ("5 million euros", D(5000000), D(4500000), D(5500000)),
    ],
)
def test_money_values_and_rounding(text: str, value: Decimal, low: Decimal, high: Decimal) -> None:
    q = only(text, Kind.MONEY)
    assert q.value == value
    assert (q.interval.low, q.interval.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "currency", "written"),
    [
        ("US$5.00 per share", "USD", "US$"),
        ("C$0.27 per common share", "CAD", "C$"),
        ("CAD $600,000", "CAD", "CAD$"),
        ("CA$1,703,461", "CAD", "CA$"),
        ("A$64M", "AUD", "A$"),
        ("€3.5 million", "EUR", "€"),
        ("$9,300", "USD", "$"),
    ],
)
def test_currencies(text: str, currency: str, written: str) -> None:
    q = only(text, Kind.MONEY)
    assert (q.currency, q.currency_written) == (currency, written)


def test_percentages_points_and_basis_points() -> None:
    assert only("represents about 7.9% of", Kind.PERCENT).interval == Interval(D("7.8"), D("8.0"))
    # computed percentages may be truncated as well as rounded: up to a full unit above
    assert only("a premium of 71% to", Kind.PERCENT).interval == Interval(D("70.5"), D("72"))
    # a trailing zero of a percentage of 100 or more may be a rounding to tens ("970%" for
    # 971.2%); other digits are exact to the unit
    assert only("a premium of 700% to", Kind.PERCENT).interval == Interval(D("695"), D("710"))
    assert only("a premium of 971% to", Kind.PERCENT).interval == Interval(D("970.5"), D("972"))
    assert only("up 15 percent", Kind.PERCENT).value == D(15)
    assert only("twenty percent below the $5.00 close", Kind.PERCENT).value == D(20)
    assert only("approximately thirty-five per cent of 5,000 shares", Kind.PERCENT).value == D(35)
    assert only("an increase of 2.0 percentage points", Kind.POINTS).value == D("2.0")
    bps = only("rose 50 basis points", Kind.POINTS)
    assert bps.value == D("0.50") and bps.ulp == D("0.01")


def test_negative_amounts() -> None:
    assert only("a loss of $(0.38) per share", Kind.MONEY).value == D("-0.38")
    assert only("EPS of -$0.25", Kind.MONEY).negative
    # a sign written as a word
    assert only("from minus $120,000", Kind.MONEY).value == D(-120000)
    assert only("compared to negative $0.21 million", Kind.MONEY).negative
    # near misses: the word names something else
    assert not only("minuscule $5 fee", Kind.MONEY).negative
    assert not only("a negative impact of $5 million", Kind.MONEY).negative


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("about 7.9% of", Qualifier.ABOUT, D("7.8"), D("8.0")),
        ("approximately $11.0 million", Qualifier.ABOUT, D(10900000), D(11100000)),
        ("over 60% of", Qualifier.OVER, D("59.5"), INFINITY),
        ("a 7.9% stake", None, D("7.85"), D("8.0")),
        ("well over 60 percent", Qualifier.WELL_OVER, D("59.5"), INFINITY),
        ("more than $10 million", Qualifier.OVER, D(9500000), INFINITY),
        ("at least 5%", Qualifier.AT_LEAST, D("4.5"), INFINITY),
        ("nearly 8%", Qualifier.NEARLY, D("7.5"), D("8.5")),
        ("up to $5 million", Qualifier.UP_TO, D(0), D(5500000)),
        ("less than 1% of", Qualifier.UNDER, D(0), D("1.5")),
        ("10% or more of", Qualifier.AT_LEAST, D("9.5"), INFINITY),
        ("~7% of shares", Qualifier.ABOUT, D(6), D(8)),
    ],
)
def test_qualifiers_shape_the_interval(
    text: str, qualifier: Qualifier | None, low: Decimal, high: Decimal
) -> None:
    q = next(q for q in quantities_in(text) if q.kind in (Kind.MONEY, Kind.PERCENT))
    assert q.qualifier is qualifier
    assert (q.interval.low, q.interval.high) == (low, high)


def test_about_floor_is_half_a_percent_of_large_figures() -> None:
    q = only("approximately 250,000,000 shares", Kind.SHARES)
    assert q.interval == Interval(D(248750000), D(251250000))


@pytest.mark.parametrize(
    "text",
    [
        "a premium of 25% over $3.50",  # "over" is the premium's preposition here
        "priced above $4.00 per share",
    ],
)
def test_relational_prepositions_are_not_qualifiers(text: str) -> None:
    money = [q for q in quantities_in(text) if q.kind is Kind.MONEY]
    assert money and money[0].qualifier is None


# -- share counts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "share_class", "instrument"),
    [
        (
            "issued an additional 250,000,000 shares of restricted Common Stock",
            250000000,
            "common",
            None,
        ),
        (
            "converted another 1,000 shares ($1,000,000 of invested capital) of the Series K "
            "Convertible Preferred Stock into Common Stock",
            1000,
            "series k preferred",
            None,
        ),
        ("2,400,000 common shares of Kelvane", 2400000, "common", None),
        ("sold 1.5 million shares", 1500000, None, None),
        ("Class A common shares: 3,000,000 Class A common shares", 3000000, "class a common", None),
        ("warrants to purchase up to 500,000 shares of common stock", 500000, "common", "warrant"),
        ("pre-funded warrants to purchase 750,000 shares", 750000, None, "pre-funded warrant"),
        (
            "an option to purchase up to 600,000 additional shares",
            600000,
            None,
            "option",
        ),
        ("repurchased ~883K shares", 883000, None, None),
    ],
)
def test_share_counts_with_class_and_instrument(
    text: str, value: int, share_class: str | None, instrument: str | None
) -> None:
    q = [q for q in quantities_in(text) if q.kind is Kind.SHARES][-1]
    assert q.value == value
    assert q.share_class == share_class
    assert q.instrument == instrument


def test_units_and_ads_are_their_own_securities() -> None:
    assert only("10,874,832 Units", Kind.SHARES).security == "units"
    assert only("1,000,000 ADSs", Kind.SHARES).security == "ads"


def test_years_are_not_share_counts() -> None:
    assert [q for q in quantities_in("In 2024 shares rose") if q.kind is Kind.SHARES] == []


# -- per-share money ------------------------------------------------------------------------


def test_per_share_and_per_unit() -> None:
    assert only("at $0.0040 per share", Kind.MONEY).per == "share"
    assert only("C$0.60 per Unit", Kind.MONEY).per == "unit"
    eps = only("$0.12 per diluted share", Kind.MONEY)
    assert eps.per == "share" and eps.per_text is not None and "diluted" in eps.per_text
    assert only("$19,807 per day", Kind.MONEY).per == "day"
    assert only("$2.4 million a year", Kind.MONEY).per == "year"
    # a period phrase, not a rate: "from $45.8 million a year earlier"
    assert only("from $45.8 million a year earlier", Kind.MONEY).per is None
    assert only("compared with $3.1 million a year ago", Kind.MONEY).per is None


# -- multiples, ratios, words ---------------------------------------------------------------


def test_multiples() -> None:
    assert only("8x the bid", Kind.MULTIPLE).value == 8
    assert only("revenue doubled", Kind.MULTIPLE).value == 2
    assert only("a three-fold increase", Kind.MULTIPLE).value == 3
    tripled = only("more than tripled", Kind.MULTIPLE)
    assert tripled.value == 3 and tripled.qualifier is Qualifier.OVER


@pytest.mark.parametrize(
    ("text", "ratio"),
    [
        ("a 1-for-10 reverse stock split", (1, 10)),
        ("a one-for-ten reverse split", (1, 10)),
        ("a 3-for-1 forward stock split", (3, 1)),
        ("a reverse split at a ratio of 1:20", (1, 20)),
        ("a 20:1 reverse split", (1, 20)),
    ],
)
def test_split_ratios(text: str, ratio: tuple[int, int]) -> None:
    q = only(text, Kind.RATIO)
    assert q.ratio == ratio
    assert q.value == D(ratio[1]) / D(ratio[0])


def test_times_and_ambiguous_colons_are_not_ratios() -> None:
    assert not [
        q for q in quantities_in("effective at 12:01 a.m. after the split") if q.kind is Kind.RATIO
    ]
    assert not [q for q in quantities_in("a stock split at a ratio of 2:1") if q.kind is Kind.RATIO]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("two hundred fifty million", 250000000),
        ("two hundred forty-nine", 249),
        ("one thousand", 1000),
        ("twenty", 20),
        ("three hundred seventy", 370),
        ("one hundred and five", 105),
        ("banana", None),
        ("", None),
    ],
)
def test_number_words(words: str, value: int | None) -> None:
    assert parse_number_words(words) == value


def test_words_with_digits_are_recorded() -> None:
    q = only("two hundred fifty million (250,000,000) shares of common stock", Kind.SHARES)
    assert q.words == "two hundred fifty million" and q.value == 250000000


# -- ranges, malformed, dates, periods ------------------------------------------------------


def test_ranges_are_flagged_but_from_to_is_a_change() -> None:
    ranged = [q for q in quantities_in("between $5 million and $7 million") if q.kind is Kind.MONEY]
    assert all(q.in_range for q in ranged) and len(ranged) == 2
    dash = [q for q in quantities_in("a ratio of 1-for-5 to 1-for-15") if q.kind is Kind.RATIO]
    assert all(q.in_range for q in dash)
    change = [
        q for q in quantities_in("rose from $100 million to $115 million") if q.kind is Kind.MONEY
    ]
    assert not any(q.in_range for q in change)


def test_malformed_grouping_is_marked() -> None:
    assert only("approximately $416,00 for the period", Kind.MONEY).malformed
    assert not only("approximately $416,000 for the period", Kind.MONEY).malformed
    assert not only("cash of $ 3,0945,507 at", Kind.MONEY).malformed  # two glued cells


def test_dates_and_periods() -> None:
    found = quantities_in("on May 12, 2025 for the third quarter of 2024 and Q3 2023, fiscal 2024")
    dates = [q for q in found if q.kind is Kind.DATE]
    assert dates[0].date is not None and dates[0].date.isoformat() == "2025-05-12"
    assert [q.period for q in found if q.kind is Kind.PERIOD] == ["q3 2024", "q3 2023", "fy 2024"]


def test_identifiers_are_not_quantities() -> None:
    text = (
        "Form S-3 (File No. 333-279862) filed under Rule 135c; call (713) 555-0182 at "
        "5:00 p.m. ET; 1201 Louisiana Street, Suite 2400, Houston, Texas 77002."
    )
    assert kinds(text) == []


# -- release-level extraction ---------------------------------------------------------------


def _facts(text: str, name: str = "release.md") -> Facts:
    source = read_bytes(text.encode("utf-8"), name, fmt="md" if name.endswith(".md") else "txt")
    return Facts(parse_source(source))


def test_table_cells_take_the_table_scale() -> None:
    text = (
        "# Acme Reports Results\n\nNEW YORK, Jan. 5, 2025 /PRNewswire/ -- Acme Corp. "
        "(Nasdaq: ACME) "
        "reported results.\n\n### Income statement (unaudited, in thousands)\n\n"
        "| | 2024 | 2023 |\n|---|---:|---:|\n| Total revenue | $48,300 | $42,000 |\n"
        "| Net loss | (1,234) | (987) |\n| Net loss per share | $(0.38) | $(0.55) |\n"
    )
    cells = [q for q in _facts(text).quantities if q.cell is not None]
    revenue = [q for q in cells if q.cell is not None and q.cell.row_label == "Total revenue"]
    assert [q.value for q in revenue] == [D(48300000), D(42000000)]
    loss = [q for q in cells if q.cell is not None and q.cell.row_label == "Net loss"]
    assert loss[0].value == D(-1234000) and loss[0].negative
    per_share = [
        q for q in cells if q.cell is not None and q.cell.row_label.startswith("Net loss per")
    ]
    assert per_share[0].value == D("-0.38") and per_share[0].per == "share"


def test_quantities_carry_sentence_section_and_position() -> None:
    text = (
        "Acme Raises $5 Million\n\nNEW YORK, Jan. 5, 2025 -- Acme Corp. sold 1,000,000 shares at "
        "$5.00 per share.\n"
    )
    facts = _facts(text, "release.txt")
    money = [q for q in facts.quantities if q.kind is Kind.MONEY]
    assert money[0].section == "headline"
    assert facts.release.text[money[1].start : money[1].end] == money[1].text
    assert money[1].sentence is not None
    assert facts.sentences[money[1].sentence].text.startswith("NEW YORK")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scale letter after a digit ends a sentence: it is not an initial
        (
            "Costs fell to $1.2M. This decrease was expected.",
            ["Costs fell to $1.2M.", "This decrease was expected."],
        ),
        ("Bookings were 450K. Orders rose.", ["Bookings were 450K.", "Orders rose."]),
        ("Debt was $3.1B. The Board met.", ["Debt was $3.1B.", "The Board met."]),
        # initials and abbreviations still do not end one
        (
            "Mr. J. Smith sold 5,000 shares. He left.",
            ["Mr. J. Smith sold 5,000 shares.", "He left."],
        ),
        (
            "Shares of Acme Corp. (Nasdaq: ACME) rose.",
            ["Shares of Acme Corp. (Nasdaq: ACME) rose."],
        ),
    ],
)
def test_sentence_ends_after_a_scale_letter(text: str, expected: list[str]) -> None:
    from disclint.sentences import sentence_spans

    assert [text[a:b] for a, b in sentence_spans(text)] == expected


def test_a_figure_with_a_scale_letter_keeps_its_own_sentence() -> None:
    text = (
        "Acme Reports Results\n\nNEW YORK, Jan. 5, 2025 -- Costs fell to $1.2M. Revenue rose "
        "10% to $11.0M from $10.0M.\n"
    )
    facts = _facts(text, "release.txt")
    costs = next(q for q in facts.quantities if q.text == "$1.2M")
    revenue = next(q for q in facts.quantities if q.text == "$11.0M")
    assert costs.sentence is not None and revenue.sentence == costs.sentence + 1


def test_describe_interval() -> None:
    assert describe_interval(only("$1,000,000 in cash", Kind.MONEY)) == "(exact)"
    assert describe_interval(only("7.9% of", Kind.PERCENT)) == "(7.85..8.0%)"
    assert describe_interval(only("$1.2 million raised", Kind.MONEY)) == "(1.15..1.25 million)"
    assert describe_interval(only("over 60% of", Kind.PERCENT)) == "(at least 59.5%)"


# -- properties ----------------------------------------------------------------------------

decimals = st.decimals(min_value=D("0.0001"), max_value=D("1e9"), places=4, allow_nan=False)


@given(a=decimals, b=decimals, c=decimals, d=decimals, t=st.floats(0, 1), u=st.floats(0, 1))
def test_interval_arithmetic_contains_every_combination(
    a: Decimal, b: Decimal, c: Decimal, d: Decimal, t: float, u: float
) -> None:
    x, y = Interval(min(a, b), max(a, b)), Interval(min(c, d), max(c, d))
    xv = x.low + (x.high - x.low) * D(t)
    yv = y.low + (y.high - y.low) * D(u)
    assert (x * y).contains(xv * yv) or abs((x * y).high - xv * yv) < D("1e-12") * xv * yv + D(
        "1e-9"
    )
    assert (x + y).contains(xv + yv)
    assert (x - y).contains(xv - yv)
    quotient = x / y
    assert quotient.low <= xv / yv * (1 + D("1e-20")) and xv / yv <= quotient.high * (
        1 + D("1e-20")
    )


@given(st.integers(min_value=1, max_value=10**12), st.integers(min_value=0, max_value=99))
def test_money_round_trips_through_formatting(dollars: int, cents: int) -> None:
    value = D(dollars) + D(cents) / 100
    text = f"gross proceeds of ${format_decimal(value, 2)} from the offering"
    q = only(text, Kind.MONEY)
    assert q.value == value
    assert q.interval.contains(value) and q.ulp == D("0.01")


_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int) -> str:
    """An independent spelling of 0..999,999,999 for the property below."""
    if n < 10:
        return _ONES[n]
    if n < 20:
        return _TEENS[n - 10]
    if n < 100:
        return _TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else "")
    if n < 1000:
        return f"{_ONES[n // 100]} hundred" + (f" {_words(n % 100)}" if n % 100 else "")
    for size, word in ((10**6, "million"), (10**3, "thousand")):
        if n >= size:
            head, rest = divmod(n, size)
            return f"{_words(head)} {word}" + (f" {_words(rest)}" if rest else "")
    raise AssertionError(n)


@given(st.integers(min_value=0, max_value=999_999_999))
def test_number_words_property(n: int) -> None:
    assert parse_number_words(_words(n)) == n


@settings(max_examples=60)
@given(
    st.integers(min_value=100, max_value=10**9),
    st.sampled_from(["shares", "shares of common stock", "common shares", "restricted shares"]),
)
def test_share_counts_round_trip(count: int, noun: str) -> None:
    q = only(
        f"the Company issued {format_decimal(D(count), 0)} {noun} to the investor", Kind.SHARES
    )
    assert q.value == count and q.exact


def test_extraction_of_a_long_repetitive_release(tmp_path: Path) -> None:
    sentence = (
        "Acme sold 2,500,000 shares at $4.00 per share for gross proceeds of approximately "
        "$10.0 million, a 14.3% premium to the closing price of $3.50 on May 12, 2025. "
    )
    text = "Acme Prices Offering\n\nNEW YORK, May 13, 2025 -- " + sentence * 40 + "\n"
    facts = _facts(text, "release.txt")
    assert len(facts.quantities) > 200


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hard-wrapped line that goes on in lower case is one sentence
        (
            "The call starts at 10:30\na.m. EDT today. Investors may listen\nonline.",
            ["The call starts at 10:30\na.m. EDT today.", "Investors may listen\nonline."],
        ),
        # a line that starts with a capital, a digit or a bullet is still a new one
        (
            "Highlights\nRevenue rose 5%\n- Margin held",
            ["Highlights", "Revenue rose 5%", "- Margin held"],
        ),
    ],
)
def test_a_line_break_ends_a_sentence_unless_the_next_line_goes_on(
    text: str, expected: list[str]
) -> None:
    from disclint.sentences import sentence_spans

    assert [text[a:b] for a, b in sentence_spans(text)] == expected
