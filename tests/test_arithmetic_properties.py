"""NUM rules on generated statements (hypothesis).

Each test writes a consistent statement in one of several phrasings and expects no
finding; then it moves one number of it beyond what its writing allows (its rounding, its
"approximately") and expects exactly one finding, from the rule that owns the claim. The
generators use invented issuers and figures; ``NUM_EXAMPLES=500`` in the environment runs
them harder than the default.
"""

from __future__ import annotations

import os
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclint.api import Finding
from tests.test_rules_arithmetic import num, problems, release

D = Decimal

PROPERTY = settings(
    max_examples=int(os.environ.get("NUM_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

HEADLINE = "Norvale Photonics Announces Update"


def found(body: str, headline: str = HEADLINE) -> list[Finding]:
    """Errors and warnings (not info reminders) for a release around ``body``."""
    return problems(num(release(body, headline)))


def one(body: str, code: str, headline: str = HEADLINE) -> Finding:
    """The single problem ``body`` must raise, from rule ``code``."""
    findings = found(body, headline)
    assert [f.code for f in findings] == [code], (
        body,
        [(f.code, f.message, f.evidence) for f in findings],
    )
    return findings[0]


def dollars(value: Decimal) -> str:
    return f"${value:,.2f}"


def millions(value: Decimal) -> str:
    return f"${(value / 1_000_000).quantize(D('0.1'), ROUND_HALF_UP)} million"


#: "up" or "down" by a quarter: far beyond any rounding these generators write.
factors = st.sampled_from([D("1.25"), D("0.75")])


# -- NUM001: amount = shares x price ---------------------------------------------------------

PRODUCT_PHRASES = [
    "sold {shares} shares of its common stock at ${price} per share for gross proceeds of "
    "{amount}.",
    "announced the closing of its offering of {shares} shares of common stock at a price of "
    "${price} per share, for aggregate gross proceeds of {amount}.",
    "entered into a securities purchase agreement for the sale of {shares} shares at "
    "${price} per share, raising {amount}.",
    "announced gross proceeds of {amount} from the sale of {shares} shares of common stock at "
    "${price} per share.",
    "closed a private placement of {shares} units at a price of ${price} per unit for gross "
    "proceeds of {amount}.",
    # terms and proceeds in two sentences
    "priced an underwritten public offering of {shares} shares of common stock at a public "
    "offering price of ${price} per share. The gross proceeds to the Company are expected to "
    "be {amount}, before deducting underwriting discounts and offering expenses.",
]


@PROPERTY
@given(
    shares=st.integers(min_value=10_000, max_value=50_000_000),
    cents=st.integers(min_value=10, max_value=5_000),
    phrase=st.sampled_from(PRODUCT_PHRASES),
    rounded=st.booleans(),
    target=st.sampled_from(["amount", "shares", "price"]),
    factor=factors,
)
def test_products(
    shares: int, cents: int, phrase: str, rounded: bool, target: str, factor: Decimal
) -> None:
    price = D(cents) / 100
    amount = shares * price
    rounded = rounded and amount >= 1_000_000

    def text(shares: int, price: Decimal, amount: Decimal) -> str:
        written = f"approximately {millions(amount)}" if rounded else dollars(amount)
        return phrase.format(shares=f"{shares:,}", price=f"{price:.2f}", amount=written)

    assert found(text(shares, price, amount)) == []
    if target == "amount":
        wrong = text(shares, price, amount * factor)
    elif target == "shares":
        wrong = text(int(shares * factor), price, amount)
    else:
        moved = (price * factor).quantize(D("0.01"), ROUND_HALF_UP)
        if abs(moved - price) / price < D("0.2"):
            moved = price * factor * factor  # a cent-rounded small price moved too little
            moved = moved.quantize(D("0.01"), ROUND_HALF_UP)
        wrong = text(shares, moved, amount)
    finding = one(wrong, "NUM001")
    assert " x $" in finding.evidence[0] and "stated:" in finding.evidence[1]


CONVERSION_PHRASES = [
    "announced that Tidewater converted {preferred} shares of its Series B Convertible "
    "Preferred Stock ({amount} of stated value) into common stock at a conversion price of "
    "${price} per share.\n\nUpon conversion, the Company issued {issued} shares of common "
    "stock to Tidewater.",
    "announced that Tidewater converted {preferred} shares of its Series B Convertible "
    "Preferred Stock, with an aggregate stated value of {amount}, into {issued} shares of "
    "common stock at a conversion price of ${price} per share.",
]


@PROPERTY
@given(
    preferred=st.integers(min_value=10, max_value=5_000),
    stated_value=st.sampled_from([100, 250, 1000]),
    price=st.integers(min_value=20, max_value=500),  # $0.0020 .. $0.0500
    phrase=st.sampled_from(CONVERSION_PHRASES),
    target=st.sampled_from(["issued", "amount"]),
    factor=factors,
)
def test_conversions(
    preferred: int, stated_value: int, price: int, phrase: str, target: str, factor: Decimal
) -> None:
    p = D(price) / 10_000
    amount = D(preferred * stated_value)
    issued = int((amount / p).to_integral_value(ROUND_DOWN))

    def text(amount: Decimal, issued: int) -> str:
        return phrase.format(
            preferred=f"{preferred:,}",
            amount=dollars(amount),
            price=f"{p:.4f}",
            issued=f"{issued:,}",
        )

    assert found(text(amount, issued)) == []
    if target == "issued":
        wrong = text(amount, int(issued * factor))
    else:
        wrong = text(amount * factor, issued)
    finding = one(wrong, "NUM001")
    assert any(f"/ ${p:.4f} = " in e for e in finding.evidence), finding.evidence


# -- NUM002: premium and discount --------------------------------------------------------------

PREMIUM_PHRASES = [
    "priced its offering at ${price} per share. The offering price represents a {word} of "
    "{pct}% to the closing price of ${ref} on May 12, 2025.",
    "agreed to issue shares at ${price} per share, a {pct}% {word} to the closing price of "
    "${ref} on May 12, 2025.",
    "The purchase price of ${price} per share represents a {word} of {pct}% {link} the "
    "closing price of ${ref} on May 12, 2025.",
]


@PROPERTY
@given(
    price=st.integers(min_value=50, max_value=5_000),
    ref=st.integers(min_value=50, max_value=5_000),
    phrase=st.sampled_from(PREMIUM_PHRASES),
    target=st.sampled_from(["percent", "price", "reference"]),
)
def test_premiums(price: int, ref: int, phrase: str, target: str) -> None:
    if abs(price - ref) < 5:
        return
    p, r = D(price) / 100, D(ref) / 100
    word = "premium" if p > r else "discount"
    link = "over" if p > r else "to"

    def text(p: Decimal, r: Decimal, pct: Decimal) -> str:
        return phrase.format(price=f"{p:.2f}", ref=f"{r:.2f}", pct=pct, word=word, link=link)

    pct = (abs(p / r - 1) * 100).quantize(D("0.1"), ROUND_HALF_UP)
    assert found(text(p, r, pct)) == []
    # the quotes may be rounded averages: move well beyond what they allow
    slack = (p + D("0.005")) / (r - D("0.005")) * 100 - p / r * 100 + 2
    if target == "percent":
        wrong = text(p, r, (pct + slack).quantize(D("0.1")))
    else:
        # move the price away from the reference (or the reference away from the price) by a
        # fifth: the word stays true, the percentage no longer fits
        if target == "price":
            p2, r2 = (p * (D("1.2") if p > r else D("0.8"))).quantize(D("0.01")), r
        else:
            p2, r2 = p, (r * (D("0.8") if p > r else D("1.2"))).quantize(D("0.01"))
        if abs(abs(p2 / r2 - 1) * 100 - pct) < slack:
            return  # a tiny price moved less than its own rounding
        wrong = text(p2, r2, pct)
    finding = one(wrong, "NUM002")
    assert (finding.evidence[0].startswith("$") and " - 1 = " in finding.evidence[0]) or (
        "1 - $" in finding.evidence[0]
    )


# -- NUM003: percent change and percentage points ------------------------------------------------

CHANGE_PHRASES = [
    "Revenue {verb} {pct}% to ${new} million from ${old} million.",
    "Revenue was ${new} million, compared with ${old} million, {article} {noun} of {pct}%.",
    "Revenue was ${new} million, {updown} {pct}% from ${old} million.",
    "Revenue {verb} to ${new} million from ${old} million, {article} {noun} of {pct}%.",
    "Revenue {verb} ${delta} million, or {pct}%, to ${new} million.",
]


@PROPERTY
@given(
    old=st.integers(min_value=50, max_value=5_000),
    new=st.integers(min_value=50, max_value=5_000),
    phrase=st.sampled_from(CHANGE_PHRASES),
    target=st.sampled_from(["percent", "new"]),
)
def test_changes(old: int, new: int, phrase: str, target: str) -> None:
    if abs(old - new) < 5:
        return
    o, n = D(old) / 10, D(new) / 10
    up = n > o
    words = {
        "verb": "increased" if up else "decreased",
        "noun": "increase" if up else "decrease",
        "article": "an" if up else "a",
        "updown": "up" if up else "down",
    }

    def text(n: Decimal, pct: Decimal) -> str:
        return phrase.format(
            new=f"{n:.1f}", old=f"{o:.1f}", delta=f"{abs(n - o):.1f}", pct=pct, **words
        )

    pct = (abs(n - o) / o * 100).quantize(D("0.1"), ROUND_HALF_UP)
    assert found(text(n, pct), "Norvale Reports Results") == []
    # beyond what figures rounded to $0.1 million allow (the old one is new - delta in the
    # last phrasing: twice the rounding), plus a point
    high = ((n + D("0.1")) - (o - D("0.1"))) / (o - D("0.1")) * 100
    low = ((n - D("0.1")) - (o + D("0.1"))) / (o + D("0.1")) * 100
    slack = max(abs(abs(high) - pct), abs(abs(low) - pct)) + 1
    if target == "percent":
        wrong = text(n, (pct + slack).quantize(D("0.1")))
    else:
        # the new figure moves away from the old by half the change again (plus $1 million):
        # the direction word stays true, the percentage does not
        step = (n - o) / 2 + (1 if up else -1)
        moved = n + step
        if moved <= 0:
            return
        wrong = text(moved, pct)
    finding = one(wrong, "NUM003", "Norvale Reports Results")
    assert any(e.startswith("the figures as written allow") for e in finding.evidence)


POINTS_PHRASES = [
    "Gross margin {verb} {bps} basis points to {new}% from {old}%.",
    "Gross margin was {new}%, {updown} {pp} percentage points from {old}%.",
]


@PROPERTY
@given(
    old=st.integers(min_value=100, max_value=900),
    new=st.integers(min_value=100, max_value=900),
    phrase=st.sampled_from(POINTS_PHRASES),
)
def test_percentage_points(old: int, new: int, phrase: str) -> None:
    if old == new:
        return
    o, n = D(old) / 10, D(new) / 10
    up = n > o

    def text(points: Decimal) -> str:
        return phrase.format(
            new=f"{n:.1f}",
            old=f"{o:.1f}",
            bps=int(points * 100),
            pp=f"{points:.1f}",
            verb="improved" if up else "declined",
            updown="up" if up else "down",
        )

    points = abs(n - o)
    assert found(text(points), "Norvale Reports Results") == []
    finding = one(text(points + 1), "NUM003", "Norvale Reports Results")
    assert f"{n:.1f}% - {o:.1f}% = " in finding.evidence[0]


# -- NUM004: ownership ------------------------------------------------------------------------

OWNERSHIP_PHRASES = [
    "Tidewater owns {held} shares of common stock, representing {q}{pct}% of the {total} "
    "shares of common stock outstanding as of May 1, 2025.",
    "The {held} shares represent {q}{pct}% of the Company's {total} issued and outstanding "
    "common shares.",
    "Tidewater now holds {held} shares, or {q}{pct}% of the {total} shares outstanding.",
]


@PROPERTY
@given(
    held=st.integers(min_value=100_000, max_value=500_000_000),
    total=st.integers(min_value=1_000_000_000, max_value=9_000_000_000),
    about=st.booleans(),
    phrase=st.sampled_from(OWNERSHIP_PHRASES),
    target=st.sampled_from(["percent", "total", "held"]),
    factor=st.sampled_from([D("1.5"), D("0.6")]),
)
def test_ownership(
    held: int, total: int, about: bool, phrase: str, target: str, factor: Decimal
) -> None:
    pct = (D(held) / total * 100).quantize(D("0.01"), ROUND_HALF_UP)
    if pct < D("0.5"):
        return

    def text(held: int, total: int, pct: Decimal) -> str:
        q = "approximately " if about else ""
        return phrase.format(held=f"{held:,}", total=f"{total:,}", pct=pct, q=q)

    assert found(text(held, total, pct)) == []
    if target == "percent":
        wrong = text(held, total, (pct * factor).quantize(D("0.01")))
    elif target == "total":
        wrong = text(held, int(total * factor), pct)
    else:
        wrong = text(int(held * factor), total, pct)
    finding = one(wrong, "NUM004")
    assert " / " in finding.evidence[0] and finding.evidence[0].endswith("%")


# -- NUM005: aggregates ---------------------------------------------------------------------

AGGREGATE_PHRASES = [
    "Tidewater previously held {prior} shares of common stock. It purchased an additional "
    "{added} shares of common stock and now owns a total of {total} shares of common stock.",
    "Tidewater acquired another {added} shares of common stock, bringing its total holdings "
    "to {total} shares of common stock, up from {prior} shares.",
]


@PROPERTY
@given(
    prior=st.integers(min_value=1_000, max_value=10**9),
    added=st.integers(min_value=1_000, max_value=10**9),
    phrase=st.sampled_from(AGGREGATE_PHRASES),
    target=st.sampled_from(["total", "prior", "added"]),
)
def test_aggregates(prior: int, added: int, phrase: str, target: str) -> None:
    def text(prior: int, added: int, total: int) -> str:
        return phrase.format(prior=f"{prior:,}", added=f"{added:,}", total=f"{total:,}")

    total = prior + added
    assert found(text(prior, added, total)) == []
    step = max(min(prior, added) // 2, 10)
    if target == "total":
        wrong = text(prior, added, total + step)
    elif target == "prior":
        wrong = text(prior + step, added, total)
    else:
        wrong = text(prior, added + step, total)
    finding = one(wrong, "NUM005")
    assert " + " in finding.evidence[0]


# -- NUM006: gross and net proceeds ----------------------------------------------------------

PROCEEDS_PHRASES = [
    "closed a private placement for gross proceeds of {gross}. Net proceeds to the Company "
    "were {net}.",
    "closed a private placement for gross proceeds of {gross}. The placement agent received a "
    "cash fee of {fee}% of the gross proceeds. Net proceeds to the Company were {net}.",
]


@PROPERTY
@given(
    gross=st.integers(min_value=100, max_value=100_000),  # thousands of dollars
    fee=st.integers(min_value=3, max_value=9),
    phrase=st.sampled_from(PROCEEDS_PHRASES),
)
def test_gross_and_net(gross: int, fee: int, phrase: str) -> None:
    g = D(gross) * 1000
    net = (g * (1 - D(fee) / 100 - D("0.01"))).quantize(D(1))

    def text(net: Decimal) -> str:
        return phrase.format(gross=dollars(g), net=dollars(net), fee=f"{fee}.0")

    assert found(text(net)) == []
    finding = one(text(g * D("1.05")), "NUM006")
    assert "exceed" in finding.message


# -- NUM007: splits ----------------------------------------------------------------------------

NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


@PROPERTY
@given(
    ratio=st.integers(min_value=2, max_value=50),
    before=st.integers(min_value=1_000_000, max_value=2_000_000_000),
    words=st.booleans(),
)
def test_splits(ratio: int, before: int, words: bool) -> None:
    def text(after: int, every: int) -> str:
        every_text = NUMBER_WORDS[every - 2] if words and every <= 10 else f"{every}"
        return (
            f"will effect a 1-for-{ratio} reverse stock split, meaning that every {every_text} "
            "shares of common stock will be combined into one share. The reverse stock split "
            f"will reduce the number of outstanding shares from approximately {before:,} shares "
            f"to approximately {after:,} shares."
        )

    after = before // ratio
    headline = "Norvale Photonics Announces Reverse Stock Split"
    assert found(text(after, ratio), headline) == []
    finding = one(text(int(after * D("1.2")), ratio), "NUM007", headline)
    assert f"/ {ratio} = " in finding.evidence[0]
    finding = one(text(after, ratio + 1), "NUM007", headline)
    assert "the split ratio is written as" in finding.message


# -- NUM010: qualifiers ---------------------------------------------------------------------------


@PROPERTY
@given(
    part=st.integers(min_value=10, max_value=990),
    qualifier=st.sampled_from(["over", "more than", "nearly", "almost", "approximately"]),
)
def test_qualified_portions(part: int, qualifier: str) -> None:
    p = D(part) / 10  # $1.0 .. $99.0 million of $100.0 million
    actual = p  # percent of the $100.0 million total

    def text(pct: Decimal) -> str:
        return (
            f"Services revenue was ${p:.1f} million, or {qualifier} {pct}% of total revenue of "
            "$100.0 million."
        )

    if qualifier in ("over", "more than"):
        honest, dishonest = (actual - 1).to_integral_value(ROUND_DOWN), actual + 2
    elif qualifier in ("nearly", "almost"):
        honest, dishonest = actual + D("0.1"), actual - 2
    else:
        honest, dishonest = actual.to_integral_value(ROUND_HALF_UP), actual + 3
    if honest <= 0 or dishonest <= 0:
        return
    assert found(text(honest), "Norvale Reports Results") == []
    code = "NUM003" if qualifier == "approximately" else "NUM010"
    finding = one(text(dishonest), code, "Norvale Reports Results")
    assert f"${p:.1f} million / $100.0 million = " in finding.evidence[0]


@PROPERTY
@given(
    old=st.integers(min_value=20, max_value=400),
    multiple=st.sampled_from([(2, "doubled"), (3, "tripled"), (4, "quadrupled")]),
    qualifier=st.sampled_from(["", "more than ", "nearly "]),
)
def test_multiples(old: int, multiple: tuple[int, str], qualifier: str) -> None:
    factor, verb = multiple
    o = D(old) / 10

    def text(ratio: Decimal) -> str:
        return f"Revenue {qualifier}{verb} to ${o * ratio:.1f} million from ${o:.1f} million."

    honest = {"": D(factor), "more than ": factor + D("0.2"), "nearly ": factor - D("0.1")}
    dishonest = {
        "": factor + D("0.6"),
        "more than ": factor - D("0.3"),
        "nearly ": factor + D("0.3"),
    }
    assert found(text(honest[qualifier]), "Norvale Reports Results") == []
    finding = one(text(dishonest[qualifier]), "NUM010", "Norvale Reports Results")
    assert f'"{qualifier}{verb}"' in finding.message


# -- NUM011 / NUM009: the same figure twice ----------------------------------------------------

_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
_ONES += ["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]
_ONES += ["eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int) -> list[str]:
    words: list[str] = []
    if n >= 100:
        words += [_ONES[n // 100], "hundred"]
        n %= 100
    if n >= 20:
        words.append(_TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else ""))
    elif n:
        words.append(_ONES[n])
    return words


def spell(n: int) -> str:
    """An integer below a trillion in words, as releases write share counts."""
    words: list[str] = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= scale:
            words += [*_below_thousand(n // scale), name]
            n %= scale
    words += _below_thousand(n)
    return " ".join(words)


@PROPERTY
@given(count=st.integers(min_value=1, max_value=999_999_999), step=st.integers(1, 1000))
def test_words_and_digits(count: int, step: int) -> None:
    def text(digits: int) -> str:
        return (
            f"issued {spell(count)} ({digits:,}) shares of common stock to Tidewater in a "
            "private placement."
        )

    assert found(text(count)) == []
    finding = one(text(count + step), "NUM011")
    assert f"in digits: {count + step:,}" in finding.evidence


@PROPERTY
@given(
    tenths=st.integers(min_value=11, max_value=999),
    target=st.sampled_from(["other", "scale"]),
)
def test_headline_and_body(tenths: int, target: str) -> None:
    amount = D(tenths) / 10
    headline = f"Norvale Photonics Closes ${amount} Million Private Placement"

    def body(value: Decimal) -> str:
        return f"closed a private placement for gross proceeds of ${value:,.1f} million."

    assert found(body(amount), headline) == []
    if target == "other":
        finding = one(body(amount * D("1.3")), "NUM011", headline)
        assert finding.evidence[0].startswith("headline:")
    else:
        finding = one(body(amount * 10), "NUM009", headline)
        assert "factor of 10" in finding.message
