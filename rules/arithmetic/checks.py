"""Arithmetic and numeric consistency (NUM): the numbers a release states must agree.

A release that converts "$1,000,000 at $0.0040 per share" into "250,000,000 shares" and
calls $0.0040 "a premium of 700%" to a $0.0005 bid makes arithmetic claims a reader can
check, and the SEC can too (Rule 10b-5 reaches a misstated number as surely as a misstated
fact). No disclosure tool recomputes them: filing suites tie a number to its source, wire
editors read for style. These rules recompute each claim the text makes and show the
working in the evidence.

How they stay quiet when they should: every stated figure carries the interval its
writing implies (``disclint.quantities``: "7.9%" is 7.85..7.95, "$1.2 million" is 1.15..1.25
million, "about" widens, "over" makes it one-sided), the computed value is an interval too,
and a rule reports only when the two do not overlap. Claims come from sentence structure
and cue words (``claims`` in this package), never from trying combinations of numbers. When a
check fails and the stated figure carries a bound ("over 60%", "nearly", "up to"), the
finding is NUM010 (the qualifier is what the numbers contradict) instead of the claim's own
rule, so each problem is reported once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from disclint.api import (
    INFINITY,
    Facts,
    Finding,
    Interval,
    IssuerProfile,
    Kind,
    Qualifier,
    Quantity,
    Rule,
    RuleContext,
    RuleOptions,
    describe_interval,
    format_decimal,
    rule,
)
from disclint.rules.arithmetic.aggregates import holdings_after_acts, with_earlier_levels
from disclint.rules.arithmetic.changes import clause_changes
from disclint.rules.arithmetic.claims import (
    MEASURED_KINDS,
    MEASURED_SECTIONS,
    Aggregate,
    Change,
    Portion,
    Premium,
    Proceeds,
    Product,
    Relations,
    Restatement,
    compatible_classes,
    face_interval,
    relations_for,
)
from disclint.rules.arithmetic.joins import joined_changes, joined_portions, joined_products
from disclint.rules.arithmetic.ownership import holdings_any_order, outstanding_first_portions
from disclint.rules.arithmetic.splits import class_splits
from disclint.rules.arithmetic.transactions import deal_proceeds, deal_products
from disclint.rules.arithmetic.unit_products import unit_products

if TYPE_CHECKING:
    from disclint.rules.arithmetic.measures_text import MeasureRelations

#: The kinds of figure the figure queries relate (``Relations.holds``).
MONEY = frozenset({Kind.MONEY})
PERCENT = frozenset({Kind.PERCENT})
SHARES = frozenset({Kind.SHARES})
POINTS = frozenset({Kind.POINTS})

HUNDRED = Decimal(100)
ONE = Decimal(1)
#: Tolerance of a recomputed split: holders' fractions are rounded up (or paid in cash),
#: so post-split counts drift from pre / ratio by up to the number of holders.
SPLIT_SLACK = Decimal("0.005")
#: "Doubled", "tripled", "3x": the ratio must be within 5% of the multiple.
MULTIPLE_SLACK = Decimal("0.05")
#: A quote with a relative rounding step above this (one or two significant digits, as a
#: sub-penny bid) is taken as the exact tick it is, not as a rounded average.
TICK_PRECISION = Decimal("0.005")
SUB_PENNY = Decimal("0.01")

#: Qualifiers that make a figure a bound: a failed check on such a figure is NUM010.
BOUNDS = frozenset(
    {
        Qualifier.OVER,
        Qualifier.WELL_OVER,
        Qualifier.AT_LEAST,
        Qualifier.NEARLY,
        Qualifier.UNDER,
        Qualifier.UP_TO,
    }
)

CITATION_10B5 = (
    "Exchange Act Rule 10b-5 (17 CFR 240.10b-5): untrue statements of material fact in "
    "connection with the purchase or sale of a security"
)


# -- showing the working ------------------------------------------------------------------------


def _symbol(q: Quantity) -> str:
    written = (q.currency_written or "$").strip()
    return {"USD": "US$", "CAD": "C$", "EUR": "€", "GBP": "£"}.get(written, written)


def _rough(value: Decimal) -> str:
    """A large count to four significant digits ("246.9 million"), for interval bounds."""
    magnitude = abs(value)
    for exponent, word in ((12, "trillion"), (9, "billion"), (6, "million")):
        unit = Decimal(10) ** exponent
        if magnitude >= unit:
            scaled = value / unit
            places = max(0, 3 - scaled.adjusted())
            return f"{format_decimal(scaled, places)} {word}"
    return format_decimal(value, 0)


def show(value: Decimal, like: Quantity, *, extra: int = 1, rough: bool = False) -> str:
    """``value`` written the way ``like`` is written (same currency, scale, unit), with one
    more decimal than ``like`` shows so a rounding difference is visible."""
    if value in (INFINITY, -INFINITY):
        return "unbounded"
    if like.kind is Kind.MONEY:
        sign = "-" if value < 0 else ""
        magnitude = abs(value)
        if like.scale > ONE and magnitude >= like.scale / 1000:
            places = max(_places(like.ulp / like.scale) + extra, 1)
            word = {3: "thousand", 6: "million", 9: "billion", 12: "trillion"}[
                like.scale.adjusted()
            ]
            return f"{sign}{_symbol(like)}{format_decimal(magnitude / like.scale, places)} {word}"
        if magnitude < 1000:
            places = max(_places(like.ulp) + extra, 2)
            if magnitude < 1:
                places = max(places, _significant_places(magnitude))
            text = format_decimal(magnitude, places)
            minimum = max(_places(like.ulp), 2)
            while text.count(".") and len(text.split(".")[1]) > minimum and text.endswith("0"):
                text = text[:-1]
            return f"{sign}{_symbol(like)}{text}"
        return f"{sign}{_symbol(like)}{format_decimal(magnitude, 0)}"
    if like.kind is Kind.SHARES:
        if rough and abs(value) >= 10**6:
            return f"{_rough(value)} {_noun(like)}"
        if value == value.to_integral_value() or abs(value) >= 1000:
            return f"{format_decimal(value, 0)} {_noun(like)}"
        return f"{format_decimal(value, 2)} {_noun(like)}"
    if like.kind is Kind.PERCENT:
        return f"{format_decimal(value, max(_places(like.ulp) + extra, 1))}%"
    if like.kind is Kind.POINTS:
        return f"{format_decimal(value, max(_places(like.ulp) + extra, 1))} percentage points"
    if like.kind is Kind.MULTIPLE:
        return f"{format_decimal(value, 2)}x"
    return format_decimal(value)


def _noun(q: Quantity) -> str:
    if q.security in (None, "shares"):
        return "shares"
    return {"ads": "ADSs"}.get(q.security, q.security)


def _places(ulp: Decimal) -> int:
    return max(0, -ulp.normalize().adjusted()) if ulp < ONE else 0


def _significant_places(magnitude: Decimal) -> int:
    return min(-magnitude.adjusted() + 3, 10) if magnitude > 0 else 2


def show_interval(interval: Interval, like: Quantity) -> str:
    """An interval in ``like``'s units; share counts in millions or billions, rounded."""
    if interval.high == INFINITY:
        return f"at least {show(interval.low, like, rough=True)}"
    if interval.low == interval.high:
        return show(interval.low, like)
    return f"{show(interval.low, like, rough=True)} to {show(interval.high, like, rough=True)}"


def stated(q: Quantity) -> str:
    """ "approximately $11.0 million (10.9..11.1 million)": a stated figure and its
    tolerance as evidence shows it."""
    prefix = f"{q.qualifier_text} " if q.qualifier_text and q.qualifier_text not in q.text else ""
    text = " ".join(q.text.split())
    suffix = ""
    if q.kind is Kind.SHARES and not text.endswith(("shares", "units", "ADSs")):
        suffix = f" {_noun(q)}"
    return f"{prefix}{text}{suffix} {describe_interval(q)}"


def difference(computed: Decimal, q: Quantity) -> str:
    delta = abs(q.value - computed)
    if computed == 0:
        return f"difference: {show(delta, q, extra=0)}"
    relative = delta / abs(computed) * HUNDRED
    if q.kind in (Kind.PERCENT, Kind.POINTS):
        return f"difference: {format_decimal(delta, max(_places(q.ulp), 1))} percentage points"
    return f"difference: {show(delta, q, extra=0)} ({format_decimal(relative, 1)}%)"


def quote_interval(q: Quantity) -> Interval:
    """A market quote or contract price as an interval: exact when written to one or two
    significant digits (a sub-penny bid is the tick it is), its rounding otherwise."""
    if q.value == 0 or q.ulp / 2 / abs(q.value) > TICK_PRECISION:
        return Interval.exact(q.value)
    return face_interval(q)


# -- checks ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Check:
    """One result of the NUM analysis, reported by the rule whose ``code`` it carries."""

    code: str
    start: int
    end: int
    message: str
    evidence: tuple[str, ...]
    severity: str | None = None  # None: the rule's default
    reminder: bool = False  # an "info" reminder a rule option can turn off


def _code(default: str, q: Quantity) -> str:
    return "NUM010" if q.qualifier in BOUNDS else default


def _bound_note(q: Quantity) -> list[str]:
    if q.qualifier in BOUNDS:
        return [
            f'the qualifier "{q.qualifier_text}" makes {q.text.strip()} a bound the '
            f"computed value does not respect"
        ]
    return []


def measured_relations(rel: Relations) -> MeasureRelations | None:
    """``measures_text.measures_relations``, or None for a release whose sentences hold no
    figure that reader reads (it would find nothing; the module is not even imported)."""
    if not rel.holds(MEASURED_KINDS, MEASURED_SECTIONS):
        return None
    # imported here: measures_text reads the statement reader, which imports this module
    from disclint.rules.arithmetic.measures_text import measures_relations

    return measures_relations(rel)


class Analysis:
    """Every NUM check of one release, computed once and shared by the NUM rules."""

    def __init__(self, facts: Facts, issuer: IssuerProfile) -> None:
        self.facts = facts
        self.issuer = issuer
        self.relations: Relations = relations_for(facts)
        self.checks: list[Check] = []
        self._seen: set[tuple[str, int, str]] = set()
        self._run()

    def add(self, check: Check) -> None:
        key = (check.code, check.start, check.severity or "")
        if key in self._seen:
            return
        self._seen.add(key)
        self.checks.append(check)

    def _year_changes(self) -> list[Change]:
        """Changes over the year stated beside a figure whose year-ago figure is in the
        release's statement table (statements.py reads the links)."""
        from disclint.rules.arithmetic.statements import release_statements, year_changes

        rel = self.relations
        found = release_statements(self.facts, list(rel.claim_views()), rel.views)
        return [
            Change(y.change, y.statement.quantity, y.old, y.direction)
            for y in year_changes(self.facts, found)
        ]

    def _run(self) -> None:
        rel = self.relations
        if rel.figured:
            self._read_claims()
        else:
            # a release without a figure gives no reader an operand (``Relations.figured``):
            # the readers are not run, nor most of their modules imported; but a split's
            # ratio may be written in words only ("one new share for every ten shares")
            self._splits()
        self._written_numbers()

    def _read_claims(self) -> None:
        rel = self.relations
        for product in [*rel.products, *rel.offering_products, *rel.exercise_products]:
            self._product(product)
        for product in joined_products(rel):
            self._product(product)
        # the figure queries (``figure_queries``, ``figure_deals``) relate money figures, and
        # a premium is a percent: a release with neither reads (and imports) none of them
        money = rel.holds(MONEY)
        if money:
            from disclint.rules.arithmetic.figure_deals import (
                buyback_products,
                deal_term_products,
                valued_products,
            )
            from disclint.rules.arithmetic.figure_queries import figure_products
        for product in [
            *deal_products(rel),
            *unit_products(rel),
            *(figure_products(rel) if money else ()),
        ]:
            self._product(product)
        if money:
            for product in [
                *deal_term_products(rel),
                *buyback_products(rel),
                *valued_products(rel),
            ]:
                self._product(product)
            # imported here: read only on releases with money figures (no start-up cost)
            from disclint.rules.arithmetic.gen_products import (
                gen_product_sums,
                gen_products,
                sum_check,
            )

            for product in gen_products(rel):
                self._product(product)
            from disclint.rules.arithmetic.buyer_products import buyer_products
            from disclint.rules.arithmetic.rate_products import rate_products
            from disclint.rules.arithmetic.thing_products import thing_products

            for product in [*rate_products(rel), *buyer_products(rel), *thing_products(rel)]:
                self._product(product)
            if rel.holds(SHARES):
                from disclint.rules.arithmetic.payout_products import payout_products

                for product in payout_products(rel):
                    self._product(product)
            from disclint.rules.arithmetic.exercise_totals import exercise_totals

            for product in exercise_totals(rel, rel.exercise_products):
                self._product(product)
            from disclint.rules.arithmetic.equity_values import equity_values

            for product in equity_values(rel):
                self._product(product)
            from disclint.rules.arithmetic.offering_sums import offering_sums

            for checked in map(sum_check, offering_sums(rel)):
                if checked is not None:
                    self.add(checked)
            for checked in map(sum_check, gen_product_sums(rel)):
                if checked is not None:
                    self.add(checked)
        if rel.holds(SHARES):
            # imported here: read only on releases with share counts (no start-up cost)
            from disclint.rules.arithmetic.ads_ratios import ads_checks

            for checked in ads_checks(rel):
                self.add(checked)
        premiums = list(rel.premiums)
        if rel.holds(PERCENT):
            from disclint.rules.arithmetic.figure_queries import figure_premiums

            premiums.extend(figure_premiums(rel))
            from disclint.rules.arithmetic.subject_premiums import subject_premiums

            priced = {id(p.percent) for p in premiums if p.price is not None and p.reference}
            premiums += [p for p in subject_premiums(rel) if id(p.percent) not in priced]
        for premium in premiums:
            self._premium(premium)
        for change in [*rel.changes, *joined_changes(rel), *clause_changes(rel)]:
            self._change(change)
        for change in self._year_changes():
            self._change(change)
        from disclint.rules.arithmetic.table_label_changes import label_changes

        for change in label_changes(rel):
            self._change(change)
        if money and rel.holds(PERCENT):
            from disclint.rules.arithmetic.label_links import label_link_changes

            for change in label_link_changes(rel):
                self._change(change)
            from disclint.rules.arithmetic.split_changes import split_changes

            for change in split_changes(rel):
                self._change(change)
        if rel.holds(PERCENT):
            from disclint.rules.arithmetic.apposed_changes import apposed_changes

            for change in apposed_changes(rel):
                self._change(change)
        if rel.holds(POINTS):
            from disclint.rules.arithmetic.points_changes import points_changes

            for change in points_changes(rel):
                self._change(change)
        measured = measured_relations(rel)
        for change in measured.changes if measured else ():
            self._change(change)
        if money and rel.holds(PERCENT):
            from disclint.rules.arithmetic.fee_portions import fee_portions
            from disclint.rules.arithmetic.named_portions import named_portions
        if rel.holds(PERCENT):
            from disclint.rules.arithmetic.base_portions import base_portions
        read_portions = [
            *(named_portions(rel) if money and rel.holds(PERCENT) else ()),
            *(fee_portions(rel) if money and rel.holds(PERCENT) else ()),
            *(base_portions(rel) if rel.holds(PERCENT) else ()),
            *rel.portions,
            *joined_portions(rel),
            *outstanding_first_portions(rel),
            *holdings_any_order(rel),
            *(measured.portions if measured else ()),
        ]
        if rel.holds(PERCENT):
            from disclint.rules.arithmetic.elided_wholes import elided_whole_portions
            from disclint.rules.arithmetic.row_portions import row_portions
            from disclint.rules.arithmetic.stated_wholes import stated_whole_portions
            from disclint.rules.arithmetic.thing_portions import thing_portions

            seen = {id(p.percent) for p in read_portions}
            more = [*stated_whole_portions(rel), *elided_whole_portions(rel), *row_portions(rel)]
            more += thing_portions(rel)
            read_portions += [p for p in more if id(p.percent) not in seen]
        self._portions(read_portions)
        earlier = with_earlier_levels(rel)
        for aggregate in rel.aggregates:
            self._aggregate(earlier.get(id(aggregate), aggregate))
        read = [*holdings_after_acts(rel), *(measured.aggregates if measured else ())]
        for aggregate in read:
            self._aggregate(aggregate)
        if rel.holds(SHARES):
            from disclint.rules.arithmetic.outstanding_after import outstanding_after_sales

            totals = {a.total.start for a in [*rel.aggregates, *read]}
            for aggregate in outstanding_after_sales(rel):
                if aggregate.total.start not in totals:
                    self._aggregate(aggregate)
        from disclint.rules.arithmetic.share_ledger import ledger_portions, share_ledgers

        ledgers = share_ledgers(rel, [*rel.aggregates, *read])
        for aggregate in ledgers:
            self._aggregate(aggregate)
        self._portions(ledger_portions(rel, ledgers))
        proceeds_claims = [*rel.proceeds, *deal_proceeds(rel)]
        if money:
            from disclint.rules.arithmetic.figure_queries import figure_proceeds

            proceeds_claims.extend(figure_proceeds(rel))
        for proceeds in proceeds_claims:
            self._proceeds(proceeds)
        self._splits()
        for restatement in rel.restatements:
            self._restatement(restatement)

    def _written_numbers(self) -> None:
        """NUM011 and NUM009 on how a number is written: words against digits, a malformed
        thousands separator, a bare dollar beside another currency's."""
        rel = self.relations
        for spelled in rel.spelled:
            q = spelled.quantity
            if Decimal(spelled.words_value) != q.value:
                self.add(
                    Check(
                        "NUM011",
                        q.start,
                        q.end,
                        f'"{q.words}" is {format_decimal(Decimal(spelled.words_value))}, '
                        f"but the digits beside it say {q.text.split('(')[-1].rstrip(')')}",
                        (
                            f'in words: "{q.words}" = '
                            f"{format_decimal(Decimal(spelled.words_value))}",
                            f"in digits: {format_decimal(q.value)}",
                        ),
                    )
                )
        for q in rel.malformed:
            written = self.facts.release.text[q.start : q.end + 3].strip()
            self.add(
                Check(
                    "NUM009",
                    q.start,
                    q.end + 3,
                    f'"{self.facts.release.text[q.start : q.end + 3].strip()}" is not a '
                    "well-formed number: a comma must be followed by three digits",
                    (
                        f'read as written: "{written}"',
                        "a thousands separator followed by one, two or four digits is a typo "
                        "or a decimal comma; either way the figure is unreliable",
                    ),
                )
            )
        for mix in rel.currency_mixes:
            self.add(
                Check(
                    "NUM009",
                    mix.bare.start,
                    mix.bare.end,
                    f'"{mix.bare.text}" does not say which dollar; the release also uses '
                    f'"{mix.explicit.currency_written}" ({mix.explicit.currency})',
                    (
                        f"explicit: {mix.explicit.text} ({mix.explicit.currency})",
                        f"bare: {mix.bare.text} (US or {mix.explicit.currency} dollars?)",
                        "write US$ or the other currency's symbol on every amount, or state "
                        'once that "all amounts are in ... dollars unless otherwise noted"',
                    ),
                )
            )

    # -- NUM001 ------------------------------------------------------------------------------

    def _product(self, p: Product) -> None:
        shares = p.shares
        caps = [q.qualifier is Qualifier.UP_TO for q in (p.amount, shares)]
        # exercised in full, "up to N shares" are all N
        exercised = p.context == "exercise"
        if caps[0] != caps[1] and not exercised:
            return  # a cap against a firm figure says nothing about the arithmetic
        both_caps = exercised or (
            p.amount.qualifier is Qualifier.UP_TO and shares.qualifier is Qualifier.UP_TO
        )
        amount_iv = face_interval(p.amount) if both_caps else p.amount.interval
        shares_iv = face_interval(shares) if both_caps else shares.interval
        price_iv = face_interval(p.price)
        count_iv = shares_iv
        count_text = show(shares.value, shares)
        if p.option is not None:
            count_iv = shares_iv + face_interval(p.option)
            count_text = f"({show(shares.value, shares)} + {show(p.option.value, p.option)})"
        if p.context == "conversion" and p.preferred is not None:
            # shares issued = amount / price
            computed = p.amount.value / p.price.value
            computed_iv = amount_iv / price_iv
            working = f"{plain(p.amount)} / {plain(p.price)} = {show(computed, shares)}"
            if not computed_iv.overlaps(shares_iv):
                self.add(
                    Check(
                        _code("NUM001", shares),
                        shares.start,
                        shares.end,
                        f"{plain(p.amount)} converted at {plain(p.price)} per share is "
                        f"{show(computed, shares)}, not {shares.text.strip()}",
                        (
                            working,
                            f"stated: {stated(shares)}",
                            *self._price_rounding(p.price, computed_iv, shares),
                            difference(computed, shares),
                            *_bound_note(shares),
                        ),
                    )
                )
            elif not p.stated_terms:
                self._conversion_terms(p)
            return
        computed = (shares.value + (p.option.value if p.option else 0)) * p.price.value
        computed_iv = count_iv * price_iv
        if computed_iv.overlaps(amount_iv):
            if p.preferred is not None and not p.stated_terms:
                self._conversion_terms(p)
            return
        working = f"{count_text} x {plain(p.price)} = {show(computed, p.amount)}"
        self.add(
            Check(
                _code("NUM001", p.amount),
                p.amount.start,
                p.amount.end,
                f"{p.amount.text.strip()} does not equal {count_text} at {plain(p.price)}: "
                f"that is {show(computed, p.amount)}",
                (
                    working,
                    f"stated: {stated(p.amount)}",
                    difference(computed, p.amount),
                    *(["the amount assumes the option is exercised in full"] if p.option else []),
                    *_bound_note(p.amount),
                ),
            )
        )

    def _price_rounding(self, price: Quantity, computed: Interval, like: Quantity) -> list[str]:
        if price.ulp / abs(price.value) < Decimal("0.001"):
            return []
        return [
            f"the price written to {price.ulp.normalize():f} allows {show_interval(computed, like)}"
        ]

    def _conversion_terms(self, p: Product) -> None:
        preferred = p.preferred
        if preferred is None or preferred.value == 0:
            return
        stated_value = p.amount.value / preferred.value
        per_preferred = p.shares.value / preferred.value
        self.add(
            Check(
                "NUM001",
                preferred.start,
                preferred.end,
                f"the stated value ({plain(p.amount, stated_value)} per preferred share) and "
                f"the conversion ratio ({format_decimal(per_preferred)} common per preferred "
                "share) are implied but not stated",
                (
                    f"{plain(p.amount)} / {format_decimal(preferred.value)} preferred = "
                    f"{plain(p.amount, stated_value)} stated value per preferred share",
                    f"{format_decimal(p.shares.value)} common / {format_decimal(preferred.value)}"
                    f" preferred = {format_decimal(per_preferred)} common per preferred share",
                    f"{plain(p.amount)} / {plain(p.price)} = "
                    f"{show(p.amount.value / p.price.value, p.shares)}"
                    f"; stated {p.shares.text.strip()}",
                ),
                severity="info",
                reminder=True,
            )
        )

    # -- NUM002 ------------------------------------------------------------------------------

    def _premium(self, p: Premium) -> None:
        percent = p.percent
        word = "discount" if p.discount else "premium"
        if p.reference is None:
            if p.price is None and not p.subject_is_price:
                return  # "convertible at a 15% discount to market": a term, not a claim
            if p.reference_before:
                return  # "a premium of 30.0% to that close": the price is stated before
            if p.market_reference and p.on_a_date:
                # "a 19% premium to the closing price on August 22, 2025": the reference is
                # named by kind and day, public market data the release need not repeat; the
                # reviewer can still check the percentage against that day's quote
                self.add(
                    Check(
                        "NUM002",
                        percent.start,
                        percent.end,
                        f"a {word} of {percent.text.strip()} to a dated market price the "
                        "release does not state: check it against that day's quote",
                        (
                            f"stated: {word} of {stated(percent)}",
                            "the reference is named by kind and date but its figure is not "
                            "given, so disclint cannot check the percentage",
                        ),
                        severity="info",
                        reminder=True,
                    )
                )
                return
            self.add(
                Check(
                    "NUM002",
                    percent.start,
                    percent.end,
                    f"a {word} of {percent.text.strip()} to a reference price that is not stated",
                    (
                        f"stated: {word} of {stated(percent)}",
                        "the reference price (closing bid, last sale, VWAP) is not given, so "
                        "the percentage cannot be checked",
                    ),
                    severity="warning",
                )
            )
            return
        reference = p.reference
        if p.amount is not None and reference.value > 0:
            self._premium_amount(p, p.amount, reference)
        if p.price is not None and p.price.value > 0 and reference.value > 0:
            ratio_iv = quote_interval(p.price) / quote_interval(reference)
            ratio = p.price.value / reference.value
            if p.discount:
                computed = (ONE - ratio) * HUNDRED
                computed_iv = Interval(
                    (ONE - ratio_iv.high) * HUNDRED, (ONE - ratio_iv.low) * HUNDRED
                )
                formula = f"1 - {plain(p.price)} / {plain(reference)}"
            else:
                computed = (ratio - ONE) * HUNDRED
                computed_iv = ratio_iv.shifted(-ONE).scaled(HUNDRED)
                formula = f"{plain(p.price)} / {plain(reference)} - 1"
            if not computed_iv.overlaps(percent.interval):
                hints = self._premium_hints(p, ratio, percent)
                self.add(
                    Check(
                        _code("NUM002", percent),
                        percent.start,
                        percent.end,
                        f"{plain(p.price)} is a {word} of {show(computed, percent)} to "
                        f"{plain(reference)}, not {percent.text.strip()}",
                        (
                            f"{formula} = {show(computed, percent)} "
                            f"({format_decimal(ratio, 2)}x the reference)",
                            f"stated: {word} of {stated(percent)}",
                            difference(computed, percent),
                            *hints,
                            *_bound_note(percent),
                        ),
                    )
                )
        problems: list[str] = []
        if not p.market_reference:
            return
        if not p.reference_dated:
            problems.append("the date of the reference price is not stated")
        if reference.currency in (None, "USD") and reference.value < SUB_PENNY:
            if p.price is not None:
                gap = abs(p.price.value - reference.value)
                problems.append(
                    f"the reference is a sub-penny quote ({plain(reference)}): the "
                    f"{word} is {plain(reference, gap)} per share in absolute terms"
                )
            else:
                problems.append(f"the reference is a sub-penny quote ({plain(reference)})")
        if problems:
            self.add(
                Check(
                    "NUM002",
                    reference.start,
                    reference.end,
                    f"{word} of {percent.text.strip()}: " + "; ".join(problems[:1]),
                    tuple(problems),
                    severity="warning",
                )
            )

    def _premium_amount(self, p: Premium, amount: Quantity, reference: Quantity) -> None:
        """ "a $9.08 or 149% premium to $6.10": amount / reference = percent."""
        word = "discount" if p.discount else "premium"
        computed = amount.value / reference.value * HUNDRED
        computed_iv = (quote_interval(amount) / quote_interval(reference)).scaled(HUNDRED)
        if computed_iv.overlaps(p.percent.interval):
            return
        self.add(
            Check(
                _code("NUM002", p.percent),
                p.percent.start,
                p.percent.end,
                f"a {word} of {plain(amount)} on {plain(reference)} is "
                f"{show(computed, p.percent)}, not {p.percent.text.strip()}",
                (
                    f"{plain(amount)} / {plain(reference)} = {show(computed, p.percent)}",
                    f"stated: {word} of {stated(p.percent)}",
                    difference(computed, p.percent),
                    *_bound_note(p.percent),
                ),
            )
        )

    def _premium_hints(self, p: Premium, ratio: Decimal, percent: Quantity) -> list[str]:
        hints: list[str] = []
        as_multiple = ratio * HUNDRED
        if percent.interval.contains(as_multiple) or percent.interval.overlaps(
            Interval.around(as_multiple, percent.ulp)
        ):
            hints.append(
                f"{percent.text.strip()} is the price as a percentage of the reference "
                f"({format_decimal(ratio, 2)}x); the {('discount' if p.discount else 'premium')}"
                f" is that minus 100%"
            )
        if p.price is not None and p.price.value > 0:
            inverted = (
                abs(p.price.value - (p.reference.value if p.reference else 0)) / p.price.value
            )
            if percent.interval.contains(inverted * HUNDRED):
                hints.append(
                    f"{percent.text.strip()} is the difference divided by the price "
                    "(an inverted denominator); the reference price is the base"
                )
        return hints

    # -- NUM003 / NUM010: changes ------------------------------------------------------------------

    def _change(self, c: Change) -> None:
        new_iv = Interval.exact(c.new.value) if c.exact else c.new.interval
        new_text = plain(c.new)
        if c.old is not None:
            old_iv = Interval.exact(c.old.value) if c.exact else c.old.interval
            old_value, old_text = c.old.value, plain(c.old)
        elif c.delta is not None:
            # "increased by $1.4 million, or 132%, to $2.5 million": old = new - delta
            sign = Decimal(c.direction or 1)
            old_iv = new_iv - c.delta.interval.scaled(sign)
            old_value = c.new.value - sign * c.delta.value
            old_text = f"({new_text} {'-' if sign > 0 else '+'} {plain(c.delta)})"
        else:
            return
        # "at least $18 million, a 500% rise from $3 million": a lower bound on the new
        # figure is a lower bound on the change, which a stated change must reach
        half_bounded = new_iv.high == INFINITY and new_iv.low > 0 and c.change.kind is Kind.PERCENT
        if (
            (not new_iv.bounded and not half_bounded)
            or not old_iv.bounded
            or old_iv.low <= 0
            or old_value <= 0
        ):
            return
        stated_q = c.change
        if stated_q.kind in (Kind.MONEY, Kind.SHARES):
            return  # a change stated only as an amount (or count): NUM012 checks it
        if stated_q.kind is Kind.MULTIPLE:
            self._multiple(c, stated_q, new_iv, old_iv, old_value, new_text, old_text)
            return
        relative = (c.new.value - old_value) / old_value * HUNDRED
        points = c.new.value - old_value
        if c.old is None and c.delta is not None:
            # the stated change is the difference: new - old counted through the old figure
            # would count the delta's rounding twice
            points_iv = c.delta.interval.scaled(Decimal(c.direction or 1))
        else:
            points_iv = new_iv - old_iv
        if c.old is not None:
            # new / old - 1 uses each figure once: (new - old) / old counts the old
            # figure's rounding twice and admits changes the figures cannot give
            relative_iv = (new_iv / old_iv).shifted(-ONE).scaled(HUNDRED)
        else:
            relative_iv = (points_iv / old_iv).scaled(HUNDRED)
        rates = c.new.kind is Kind.PERCENT and (c.old is None or c.old.kind is Kind.PERCENT)
        signed_iv = (
            stated_q.interval
            if stated_q.negative
            else stated_q.interval.scaled(Decimal(c.direction or 1))
        )
        if stated_q.kind is Kind.POINTS:
            if not rates or points_iv.overlaps(signed_iv):
                return
            mixed = relative_iv.overlaps(signed_iv)
            self.add(
                Check(
                    _code("NUM003", stated_q),
                    stated_q.start,
                    stated_q.end,
                    (
                        f"{stated_q.text.strip()} is the relative change; the rate moved "
                        f"{show(points, stated_q)}"
                        if mixed
                        else f"{old_text} to {new_text} is {show(points, stated_q)}, not "
                        f"{stated_q.text.strip()}"
                    ),
                    (
                        f"{new_text} - {old_text} = {show(points, stated_q)}",
                        f"({new_text} - {old_text}) / {old_text} = "
                        f"{format_decimal(relative, 1)}% (relative change)",
                        f"stated: {stated(stated_q)}",
                        *_bound_note(stated_q),
                    ),
                )
            )
            return
        if relative_iv.overlaps(signed_iv):
            return
        if rates and points_iv.overlaps(signed_iv):
            self.add(
                Check(
                    "NUM003",
                    stated_q.start,
                    stated_q.end,
                    f"{old_text} to {new_text} is {format_decimal(points, 1)} percentage points, "
                    f"a {format_decimal(abs(relative), 1)}% change; {stated_q.text.strip()} "
                    "confuses percent with percentage points",
                    (
                        f"{new_text} - {old_text} = {format_decimal(points, 1)} percentage points",
                        f"({new_text} - {old_text}) / {old_text} = {format_decimal(relative, 1)}%",
                        f"stated: {stated(stated_q)}",
                    ),
                )
            )
            return
        sign_word = "increase" if c.direction > 0 else "decrease"
        article = "an" if c.direction > 0 else "a"
        wrong_way = (relative_iv.high < 0 < c.direction) or (relative_iv.low > 0 > c.direction)
        message = (
            f"described as {article} {sign_word} of {stated_q.text.strip()}, but {old_text} to "
            f"{new_text} is a change of {format_decimal(relative, 1)}%"
            if wrong_way
            else f"{old_text} to {new_text} is a change of {format_decimal(relative, 1)}%, not "
            f"{stated_q.text.strip()}"
        )
        self.add(
            Check(
                _code("NUM003", stated_q),
                stated_q.start,
                stated_q.end,
                message,
                (
                    (
                        f"{plain(c.delta)} / {old_text} = {format_decimal(relative, 2)}%"
                        if c.old is None and c.delta is not None
                        else f"({new_text} - {old_text}) / {old_text} = "
                        f"{format_decimal(relative, 2)}%"
                    ),
                    (
                        "the figures as written allow at least "
                        f"{format_decimal(relative_iv.low, 2)}%"
                        if relative_iv.high == INFINITY
                        else f"the figures as written allow {format_decimal(relative_iv.low, 2)}% "
                        f"to {format_decimal(relative_iv.high, 2)}%"
                    ),
                    f"stated: {sign_word} of {stated(stated_q)}",
                    *_bound_note(stated_q),
                ),
            )
        )

    def _multiple(
        self,
        c: Change,
        stated_q: Quantity,
        new_iv: Interval,
        old_iv: Interval,
        old_value: Decimal,
        new_text: str,
        old_text: str,
    ) -> None:
        """ "Doubled", "tripled", "3x": the ratio within 5% of the multiple; "more than
        doubled" above it; "nearly tripled" up to 10% short of it (NUM010)."""
        ratio = c.new.value / old_value
        ratio_iv = new_iv / old_iv
        allowed = Interval(
            stated_q.value * (ONE - MULTIPLE_SLACK), stated_q.value * (ONE + MULTIPLE_SLACK)
        )
        if stated_q.qualifier in (Qualifier.OVER, Qualifier.WELL_OVER, Qualifier.AT_LEAST):
            allowed = Interval(stated_q.value, INFINITY)
        elif stated_q.qualifier is Qualifier.NEARLY:
            # "nearly tripled": short of 3x, by no more than 10% (2.7x to 3x)
            allowed = Interval(stated_q.value * (ONE - 2 * MULTIPLE_SLACK), stated_q.value)
        elif stated_q.qualifier in BOUNDS:
            allowed = stated_q.interval
        if ratio_iv.overlaps(allowed):
            return
        upper = (
            "no upper limit" if allowed.high == INFINITY else f"{format_decimal(allowed.high, 2)}x"
        )
        written = " ".join(filter(None, (stated_q.qualifier_text, stated_q.text)))
        self.add(
            Check(
                "NUM010",
                stated_q.start,
                stated_q.end,
                f'"{written}" but {new_text} is {format_decimal(ratio, 2)} times {old_text}',
                (
                    f"{new_text} / {old_text} = {format_decimal(ratio, 2)}x",
                    f'"{written}" allows {format_decimal(allowed.low, 2)}x to {upper}',
                ),
            )
        )

    # -- NUM004: ownership ---------------------------------------------------------------------

    def _portions(self, portions: list[Portion]) -> None:
        implied_seen: list[tuple[Portion, Interval]] = []
        outstanding = self.relations.outstanding_counts
        issued = [p.shares for p in self.relations.products]
        for p in portions:
            if not p.ownership:
                self._money_portion(p)
                continue
            percent = p.percent
            if percent.value <= 0 or not percent.interval.bounded or percent.interval.low <= 0:
                continue
            implied_iv = p.part.interval / percent.interval.scaled(ONE / HUNDRED)
            implied = p.part.value / percent.value * HUNDRED
            if p.diluted:
                continue
            if p.whole is not None:
                self._portion_against(p, p.whole, implied, implied_iv, "stated beside it")
                continue
            candidates = [o for o in outstanding if compatible_classes(o, p.part)]
            if candidates:
                options = [(o.interval, o) for o in candidates]
                if p.post_issuance or not p.pre_issuance:
                    for o in candidates:
                        for extra in issued:
                            if extra is not p.part and extra.start != o.start:
                                options.append((o.interval + extra.interval, o))
                if any(iv.overlaps(implied_iv) for iv, _ in options):
                    implied_seen.append((p, implied_iv))
                    continue
                self._portion_against(
                    p, candidates[0], implied, implied_iv, "stated in the release"
                )
                continue
            profile = self.issuer.shares_outstanding
            if profile:
                base = Decimal(profile)
                targets = [Interval.exact(base)] + [
                    Interval.exact(base) + extra.interval for extra in issued if extra is not p.part
                ]
                if not any(t.overlaps(implied_iv) for t in targets):
                    as_of = self.issuer.shares_outstanding_as_of
                    self.add(
                        Check(
                            _code("NUM004", percent),
                            percent.start,
                            percent.end,
                            f"{p.part.text.strip()} shares as {percent.text.strip()} implies "
                            f"{show(implied, p.part)} outstanding; the issuer profile says "
                            f"{format_decimal(base)}",
                            (
                                f"{format_decimal(p.part.value)} / {percent.text.strip()} = "
                                f"{show(implied, p.part)} outstanding "
                                f"({show_interval(implied_iv, p.part)})",
                                f"issuer profile: {format_decimal(base)} shares outstanding"
                                + (f" as of {as_of.isoformat()}" if as_of else ""),
                                f"{format_decimal(p.part.value)} / {format_decimal(base)} = "
                                f"{format_decimal(p.part.value / base * HUNDRED, 2)}%",
                                *_bound_note(percent),
                            ),
                            severity="error",
                        )
                    )
                    continue
                implied_seen.append((p, implied_iv))
                continue
            self.add(
                Check(
                    "NUM004",
                    percent.start,
                    percent.end,
                    f"{percent.text.strip()} of the outstanding shares implies about "
                    f"{show(implied, p.part, rough=True)} outstanding; confirm against the last "
                    "reported count",
                    (
                        f"{format_decimal(p.part.value)} / {percent.text.strip()} = "
                        f"{show(implied, p.part, rough=True)} outstanding "
                        f"({show_interval(implied_iv, p.part)} for {percent.text.strip()} read "
                        f"as {describe_interval(percent).strip('()')})",
                        "no shares-outstanding figure in the release or the issuer profile "
                        "(issuer setting shares-outstanding)",
                    ),
                    severity="info",
                    reminder=True,
                )
            )
            implied_seen.append((p, implied_iv))
        for i, (a, a_iv) in enumerate(implied_seen):
            for b, b_iv in implied_seen[i + 1 :]:
                if not compatible_classes(a.part, b.part) or a_iv.overlaps(b_iv):
                    continue
                if a.post_issuance != b.post_issuance or a.pre_issuance != b.pre_issuance:
                    continue
                self.add(
                    Check(
                        "NUM004",
                        b.percent.start,
                        b.percent.end,
                        "two ownership statements imply different share counts outstanding",
                        (
                            f"{format_decimal(a.part.value)} / {a.percent.text.strip()} = "
                            f"{show_interval(a_iv, a.part)} outstanding",
                            f"{format_decimal(b.part.value)} / {b.percent.text.strip()} = "
                            f"{show_interval(b_iv, b.part)} outstanding",
                        ),
                    )
                )

    def _portion_against(
        self, p: Portion, whole: Quantity, implied: Decimal, implied_iv: Interval, where: str
    ) -> None:
        if whole.value == 0:
            return
        actual = p.part.value / whole.value * HUNDRED
        actual_iv = (p.part.interval / whole.interval).scaled(HUNDRED)
        if actual_iv.overlaps(p.percent.interval):
            return
        self.add(
            Check(
                _code("NUM004", p.percent),
                p.percent.start,
                p.percent.end,
                f"{format_decimal(p.part.value)} of {format_decimal(whole.value)} shares is "
                f"{format_decimal(actual, 2)}%, not {p.percent.text.strip()}",
                (
                    f"{format_decimal(p.part.value)} / {format_decimal(whole.value)} = "
                    f"{format_decimal(actual, 2)}%",
                    f"stated: {stated(p.percent)}",
                    f"{format_decimal(p.part.value)} / {p.percent.text.strip()} would mean "
                    f"{show(implied, p.part)} outstanding; {format_decimal(whole.value)} is "
                    f"{where}",
                    *_bound_note(p.percent),
                ),
            )
        )

    def _money_portion(self, p: Portion) -> None:
        whole = p.whole
        if whole is None or whole.value <= 0 or not whole.interval.bounded:
            return
        if not p.part.interval.bounded:
            return
        actual = p.part.value / whole.value * HUNDRED
        actual_iv = (p.part.interval / whole.interval).scaled(HUNDRED)
        if actual_iv.overlaps(p.percent.interval):
            return
        self.add(
            Check(
                _code("NUM003", p.percent),
                p.percent.start,
                p.percent.end,
                f"{plain(p.part)} is {format_decimal(actual, 1)}% of {plain(whole)}, not "
                f"{p.percent.text.strip()}",
                (
                    f"{plain(p.part)} / {plain(whole)} = {format_decimal(actual, 2)}%",
                    f"stated: {stated(p.percent)}",
                    *_bound_note(p.percent),
                ),
            )
        )

    # -- NUM005 ------------------------------------------------------------------------------

    def _aggregate(self, a: Aggregate) -> None:
        total, inc = a.total, a.increment
        if not total.interval.bounded:
            return
        if total.interval.high < inc.interval.low:
            self.add(
                Check(
                    _code("NUM005", total),
                    total.start,
                    total.end,
                    f"the total {plain(total)} is smaller than the {plain(inc)} just added",
                    (
                        f"new: {stated(inc)}",
                        f"total: {stated(total)}",
                        f"{plain(total)} - {plain(inc)} = "
                        f"{show(total.value - inc.value, total)} held before (impossible)",
                    ),
                )
            )
            return
        if a.prior is not None:
            expected_iv = a.prior.interval + inc.interval
            expected = a.prior.value + inc.value
            if expected_iv.overlaps(total.interval):
                return
            self.add(
                Check(
                    _code("NUM005", total),
                    total.start,
                    total.end,
                    f"{plain(a.prior)} held before plus {plain(inc)} is "
                    f"{show(expected, total)}, not {total.text.strip()}",
                    (
                        f"{plain(a.prior)} + {plain(inc)} = {show(expected, total)}",
                        f"stated total: {stated(total)}",
                        difference(expected, total),
                        *_bound_note(total),
                    ),
                )
            )
            return
        prior = total.value - inc.value
        self.add(
            Check(
                "NUM005",
                total.start,
                total.end,
                f"the total of {plain(total)} implies {show(prior, total)} held before this "
                "increment; the release does not state it",
                (
                    f"{plain(total)} - {plain(inc)} = {show(prior, total)} held before",
                    "confirm against the prior release, Schedule 13D/G or transfer-agent records",
                ),
                severity="info",
                reminder=True,
            )
        )

    # -- NUM006 ------------------------------------------------------------------------------

    def _proceeds(self, p: Proceeds) -> None:
        gross, net = p.gross, p.net
        if net.interval.low > gross.interval.high:
            extra = []
            for product in self.relations.offering_products + self.relations.products:
                if product.amount is gross and product.option is None:
                    computed = product.shares.value * product.price.value
                    extra.append(
                        f"{show(product.shares.value, product.shares)} x {plain(product.price)}"
                        f" = {show(computed, gross)} computed gross"
                    )
            self.add(
                Check(
                    "NUM006",
                    net.start,
                    net.end,
                    f"net proceeds of {net.text.strip()} exceed the gross proceeds of "
                    f"{gross.text.strip()}",
                    (
                        f"gross: {stated(gross)}",
                        f"net: {stated(net)}",
                        "net proceeds are what is left after fees and expenses: they cannot "
                        "exceed gross proceeds",
                        *extra,
                    ),
                )
            )
            return
        if p.fees:
            fees_iv = Interval(Decimal(0), Decimal(0))
            for fee in p.fees:
                fees_iv = fees_iv + fee.interval
            ceiling = gross.interval - fees_iv
            if net.interval.low > ceiling.high:
                fee_total = sum((f.value for f in p.fees), Decimal(0))
                self.add(
                    Check(
                        "NUM006",
                        net.start,
                        net.end,
                        f"net proceeds of {net.text.strip()} exceed gross proceeds less the "
                        f"stated deductions ({show(gross.value - fee_total, net)})",
                        (
                            f"{plain(gross)} - "
                            + " - ".join(plain(f) for f in p.fees)
                            + f" = {show(gross.value - fee_total, net)}",
                            f"stated net: {stated(net)}",
                        ),
                    )
                )
                return
        for fee in p.fee_percents:
            share = ONE - fee.interval.low / HUNDRED
            ceiling_high = gross.interval.high * share
            if net.interval.low > ceiling_high:
                self.add(
                    Check(
                        "NUM006",
                        net.start,
                        net.end,
                        f"net proceeds of {net.text.strip()} exceed gross proceeds less the "
                        f"{fee.text.strip()} fee",
                        (
                            f"{plain(gross)} x (1 - {fee.text.strip()}) = "
                            f"{show(gross.value * (ONE - fee.value / HUNDRED), net)} at most",
                            f"stated net: {stated(net)}",
                        ),
                    )
                )
                return

    # -- NUM007 ------------------------------------------------------------------------------

    def _splits(self) -> None:
        ratios = self.relations.split_ratios
        # A split named "reverse" and one named "forward" are two splits ("a 1-for-5,000
        # reverse split followed by a 5,000-for-1 forward split"): ratios are compared
        # with those of the same name (an unnamed ratio restates any split).
        # A split of each share class is a split of its own ("1-for-10 of its Class A shares
        # and 1-for-20 of its Class B shares").
        by_name: dict[tuple[str | None, str | None], dict[Decimal, str]] = {}
        names = {r.named for r in ratios if r.named}
        for r in ratios:
            key = (r.named if len(names) > 1 else None, r.share_class)
            distinct = by_name.setdefault(key, {})
            if r.old_per_new not in distinct and distinct:
                first = next(iter(distinct.values()))
                self.add(
                    Check(
                        "NUM007",
                        r.ratio.start,
                        r.ratio.end,
                        f'the split ratio is written as "{" ".join(first.split())}" and as '
                        f'"{" ".join(r.text.split())}"',
                        (
                            f'"{" ".join(first.split())}": {format_decimal(next(iter(distinct)))}'
                            " old shares per new share",
                            f'"{" ".join(r.text.split())}": {format_decimal(r.old_per_new)} old '
                            "shares per new share",
                        ),
                    )
                )
            distinct.setdefault(r.old_per_new, r.text)
        rel = self.relations
        splits = [*rel.splits, *class_splits(rel)]
        if rel.split_ratios:  # the figure query reads counts against the release's one ratio
            from disclint.rules.arithmetic.figure_queries import figure_splits

            splits.extend(figure_splits(rel))
        for split in splits:
            factor = split.ratio.value  # old shares per new share
            if factor <= 0:
                continue
            if split.prices:
                expected = split.before.value * factor
                expected_iv = face_interval(split.before).scaled(factor)
                verb = "x"
            else:
                expected = split.before.value / factor
                expected_iv = split.before.interval.scaled(ONE / factor)
                verb = "/"
            slack = Interval(
                expected_iv.low * (ONE - SPLIT_SLACK), expected_iv.high * (ONE + SPLIT_SLACK)
            )
            after_iv = face_interval(split.after) if split.prices else split.after.interval
            if slack.overlaps(after_iv):
                continue
            ratio_text = " ".join(split.ratio.text.split())
            self.add(
                Check(
                    _code("NUM007", split.after),
                    split.after.start,
                    split.after.end,
                    f"a {ratio_text} split turns {split.before.text.strip()} into "
                    f"{show(expected, split.after)}, not {split.after.text.strip()}",
                    (
                        f"{plain(split.before)} {verb} {format_decimal(factor)} = "
                        f"{show(expected, split.after)}",
                        f"stated: {stated(split.after)}",
                        difference(expected, split.after),
                        "tolerance: 0.5% for fractional shares rounded up",
                    ),
                )
            )

    # -- NUM011 / NUM009 ---------------------------------------------------------------------

    def _restatement(self, r: Restatement) -> None:
        first, second = r.first, r.second
        scale = _scale_slip(first, r.alternatives or (second,))
        where_first = _where(first)
        where_second = _where(second)
        if scale is not None:
            self.add(
                Check(
                    "NUM009",
                    first.start,
                    first.end,
                    f"{first.text.strip()} ({where_first}) and {scale.text.strip()} "
                    f"({_where(scale)}) differ by a factor of "
                    f"{format_decimal(_factor(first, scale))}: a scale slip?",
                    (
                        f"{r.key}: {stated(first)} in the {where_first}",
                        f"{r.key}: {stated(scale)} in the {_where(scale)}",
                    ),
                    severity="warning",
                )
            )
            return
        others = r.alternatives or (second,)
        self.add(
            Check(
                _code("NUM011", first),
                first.start,
                first.end,
                f"the {r.key} is {first.text.strip()} in the {where_first} but "
                + ", ".join(o.text.strip() for o in others[:3])
                + f" in the {where_second}",
                (
                    f"{where_first}: {stated(first)}",
                    *(f"{_where(o)}: {stated(o)}" for o in others[:3]),
                    *_bound_note(first),
                ),
            )
        )


def _where(q: Quantity) -> str:
    """The section a figure is in, as a reader names it."""
    if q.cell is not None:
        return "table"
    return {"dateline": "body", None: "text"}.get(q.section, str(q.section))


def _scale_slip(first: Quantity, others: tuple[Quantity, ...]) -> Quantity | None:
    for other in others:
        if other.value == 0 or first.value == 0:
            continue
        factor = _factor(first, other)
        if factor >= 10 and factor == factor.to_integral_value():
            exponent = factor.normalize().as_tuple()
            digits = exponent.digits
            if digits == (1,):
                return other
    return None


def _factor(a: Quantity, b: Quantity) -> Decimal:
    big, small = max(abs(a.value), abs(b.value)), min(abs(a.value), abs(b.value))
    if small == 0:
        return Decimal(0)
    ratio = big / small
    rounded = ratio.to_integral_value()
    return rounded if abs(ratio - rounded) / rounded < Decimal("0.02") else ratio


def plain(q: Quantity, value: Decimal | None = None) -> str:
    """A quantity as written ("$0.0040"), or another value in its currency and style."""
    if value is None:
        text = " ".join(q.text.split())
        if q.kind is Kind.SHARES and not text.endswith(("shares", "units", "ADSs", "warrants")):
            return f"{text} {_noun(q)}"
        return text.split("(")[-1].rstrip(")") if q.words else text
    return show(value, q)


def analysis(ctx: RuleContext) -> Analysis:
    """The NUM analysis of the release in ``ctx``, computed once for all NUM rules."""
    return ctx.facts.memo("num-analysis", lambda: Analysis(ctx.facts, ctx.issuer))


class ReminderOptions(RuleOptions):
    """Options of the NUM rules that can also remind (``info``) of implied figures."""

    #: Report the implied figure (stated value, shares outstanding, prior holding) as an
    #: ``info`` finding when the release does not state it.
    reminders: bool = True


def _emit(ctx: RuleContext, code: str) -> Iterator[Finding]:
    options = ctx.options
    reminders = getattr(options, "reminders", True)
    for check in analysis(ctx).checks:
        if check.code != code or (check.reminder and not reminders):
            continue
        yield ctx.finding(
            check.start,
            check.end,
            check.message,
            evidence=check.evidence,
            severity=check.severity,
        )


# -- the rules ------------------------------------------------------------------------------------


@rule(
    code="NUM001",
    name="amount-shares-price",
    family="arithmetic",
    severity="error",
    summary="Amount = shares x price (offerings, purchases, conversions)",
    citation=CITATION_10B5 + "; wire editorial practice",
    options=ReminderOptions,
    examples=(
        (
            "converted $1,000,000 at $0.0040 per share into 200,000,000 shares",
            "converted $1,000,000 at $0.0040 per share into 250,000,000 shares",
        ),
        (
            "Quellmark closed its private placement of units, priced at $0.50 apiece. A total "
            "of 8,000,000 units were sold, for gross proceeds of $5,000,000.",
            "Quellmark closed its private placement of units, priced at $0.50 apiece. A total "
            "of 8,000,000 units were sold, for gross proceeds of $4,000,000.",
        ),
    ),
)
def amount_shares_price(ctx: RuleContext) -> Iterator[Finding]:
    """An offering, purchase or conversion names an amount, a share count and a price; the
    three must agree: amount = shares x price, or, for a conversion, shares issued = amount
    / conversion price. The check also runs across sentences when the terms and the gross
    proceeds are stated apart (one set of terms only) and when a conversion's shares issued
    follow in the next sentence ("Upon conversion, the Company issued ...").

    One missing term is also taken from the sentence before or after, in the same
    paragraph (``joins``: "..., priced at $0.40 apiece. A total of 12,500,000 units were
    sold, for gross proceeds of $5,000,000."), only when that sentence states that one
    term and nothing else of a transaction, for the same security and the same kind of
    transaction (an exercise price never prices a sale), and the later sentence does not
    open on another matter ("Separately, ...").

    Each figure is compared within its own rounding ("$10.0 million" is 9.95..10.05
    million; "$0.0040" is 0.00395..0.00405), so a rounded amount never fires. For a
    preferred conversion the implied stated value and conversion ratio are reported as an
    `info` reminder when the release does not state them (option `reminders`).
    """
    yield from _emit(ctx, "NUM001")


@rule(
    code="NUM002",
    name="premium-discount",
    family="arithmetic",
    severity="error",
    summary="Premium or discount to a reference price that the prices do not give",
    citation=CITATION_10B5 + "; see also DISC006 on framing",
    examples=(
        (
            "sold the shares at $4.00 per share, a 25% premium to the closing price of $3.50 "
            "on May 26, 2017.",
            "sold the shares at $4.00 per share, a 14.3% premium to the closing price of $3.50 "
            "on May 26, 2017.",
        ),
    ),
)
def premium_discount(ctx: RuleContext) -> Iterator[Finding]:
    """A premium is price / reference - 1; a discount is 1 - price / reference. Writers
    confuse the ratio with the premium (8x stated as "800%"), divide by the wrong price,
    or round a sub-penny quote into a headline-grabbing percentage.

    Errors when the stated percentage is outside what the prices give. Warnings when the
    reference price is not stated, when its date is not (a closing bid of which day?), and
    when the reference is a sub-penny quote (the evidence then gives the absolute
    difference per share, which is what investors actually receive). A market price named
    by kind and calendar date but not given ("a 19% premium to the closing price on August
    22, 2025") is public data the release need not repeat: an info reminder to check the
    percentage against that day's quote, not a warning. Quotes written to one
    or two significant digits are taken as exact ticks; longer ones as rounded averages.
    """
    yield from _emit(ctx, "NUM002")


@rule(
    code="NUM003",
    name="percent-change",
    family="arithmetic",
    severity="error",
    summary="Percent change (or share of a total) that the two figures do not give; percent "
    "confused with percentage points",
    citation=CITATION_10B5,
    examples=(
        (
            "Gross margin rose 5% to 35% from 30%.",
            "Gross margin rose 5 percentage points to 35% from 30%.",
        ),
    ),
)
def percent_change(ctx: RuleContext) -> Iterator[Finding]:
    """ "Increased 15% to $115 million from $100 million" is checkable: (new - old) / old.
    So is "A, or 58% of total revenue of B". A change in a rate (margin, yield, share of
    revenue) is a difference in percentage points, and stating it as a percent (or the
    other way round) misstates it by the size of the base.

    The comparison uses both figures' rounding: "$48.3 million compared with $42.0
    million, an increase of 15.0%" passes because the figures as written allow 14.7% to
    15.3%. A change described as an increase when the figures fell is reported too.

    Operands stated in another sentence are joined (``joins``) only in these forms, each
    with one candidate in its scope: "That compares with $X a year earlier, an increase
    of $D, or P%" after the one amount of the sentence before (same paragraph); "P% of
    the consideration" against the total of the cash and stock stated around it; "N
    units (P% of the placement)" against the one count the release says the offering
    sold, of the same security; "The annualized dividend represents P% of ... earnings
    per share of $E" after the one annual rate of the sentence before; "operating expenses
    as a percentage of revenue ... to P%" against the one current figure of that expense
    and the one whole revenue of the paragraph or the three before it (one period);
    "Tressen's deposits of $D represent P% of its total assets" against the one figure the
    sentence before gives Tressen ("Tressen's $500 million") where it names that measure.
    """
    yield from _emit(ctx, "NUM003")


@rule(
    code="NUM004",
    name="ownership-percentage",
    family="arithmetic",
    severity="warning",
    summary="Ownership percentage against the shares outstanding",
    citation=CITATION_10B5 + "; Exchange Act Section 13(d) thresholds",
    options=ReminderOptions,
    examples=(
        (
            "owns 450,000,000 shares, about 7.9% of the 4,900,000,000 shares outstanding",
            "owns 450,000,000 shares, about 9.2% of the 4,900,000,000 shares outstanding",
        ),
    ),
)
def ownership_percentage(ctx: RuleContext) -> Iterator[Finding]:
    """ "Owns N shares, X% of the outstanding shares" implies N / X shares outstanding.
    That must match the count the release states (before or after the issuance it
    announces; "has 96,000,000 shares outstanding. Ms. Dask now holds 7,680,000 of them,
    or 8.0%" takes the one count of the sentence before, in the same paragraph) or,
    failing that, the issuer profile's `shares-outstanding` (an `error`
    when the profile contradicts it, since the profile is what counsel confirmed). Two
    ownership statements implying different counts are reported too.

    When nothing states the count, an `info` reminder gives the implied count and its
    range for the stated rounding, to confirm against the last 10-Q cover (option
    `reminders`). Diluted, as-converted and voting-power percentages are skipped: their
    base is not the outstanding count.
    """
    yield from _emit(ctx, "NUM004")


@rule(
    code="NUM005",
    name="aggregate-holding",
    family="arithmetic",
    severity="warning",
    summary="Aggregate = prior + new (holdings, amounts raised)",
    citation=CITATION_10B5 + "; cross-release consistency",
    options=ReminderOptions,
    examples=(
        (
            "Tidewater acquired another 1,000,000 shares of common stock, bringing its total "
            "holdings to 3,500,000 shares of common stock, up from 2,000,000 shares.",
            "Tidewater acquired another 1,000,000 shares of common stock, bringing its total "
            "holdings to 3,000,000 shares of common stock, up from 2,000,000 shares.",
        ),
    ),
)
def aggregate_holding(ctx: RuleContext) -> Iterator[Finding]:
    """ "Another 250,000,000 shares ... in aggregate now owns 450,000,000" claims a prior
    holding of 200,000,000. When the release states the prior figure, total = prior + new
    is checked; a total smaller than the increment alone is always reported. When the prior
    figure is not stated, an `info` reminder gives the implied one so the reviewer can
    confirm it against the last release or Schedule 13D (option `reminders`).
    """
    yield from _emit(ctx, "NUM005")


@rule(
    code="NUM006",
    name="gross-net-proceeds",
    family="arithmetic",
    severity="error",
    summary="Net proceeds above gross proceeds, or above gross less the stated fees",
    citation=CITATION_10B5 + "; Rules 134 and 135c permit the amount and basic terms",
    examples=(
        (
            "closed a private placement for gross proceeds of $10.0 million. Net proceeds to "
            "the Company were approximately $10.4 million.",
            "closed a private placement for gross proceeds of $10.0 million. Net proceeds to "
            "the Company were approximately $9.2 million.",
        ),
    ),
)
def gross_net_proceeds(ctx: RuleContext) -> Iterator[Finding]:
    """Net proceeds are gross proceeds less placement fees, underwriting discounts and
    offering expenses, so they cannot exceed gross, nor gross less the fees the release
    itself states ("a cash fee of 7.0% of the gross proceeds"). Gross and net are paired
    only within neighbouring paragraphs and only when both describe the same case (with or
    without the over-allotment option).
    """
    yield from _emit(ctx, "NUM006")


@rule(
    code="NUM007",
    name="split-ratio",
    family="arithmetic",
    severity="error",
    summary="Split ratio against pre- and post-split counts and prices; inconsistent ratios",
    citation=CITATION_10B5 + "; exchange corporate-action notification rules (DISC004)",
    examples=(
        (
            "will effect a 1-for-25 reverse stock split, which will reduce the number of "
            "outstanding shares from approximately 500 million to approximately 25 million.",
            "will effect a 1-for-25 reverse stock split, which will reduce the number of "
            "outstanding shares from approximately 500 million to approximately 20 million.",
        ),
        (
            "approved a 1-for-375 reverse stock split. Every 350 shares of common stock will "
            "be combined into one share of common stock.",
            "approved a 1-for-375 reverse stock split. Every 375 shares of common stock will "
            "be combined into one share of common stock.",
        ),
    ),
)
def split_ratio(ctx: RuleContext) -> Iterator[Finding]:
    """A 1-for-N reverse split divides the share count by N and multiplies the price by N.
    The post-split count may differ from pre / N by the fractions rounded up, so a 0.5%
    tolerance applies. The ratio must also be written the same way throughout ("1-for-9"
    and "every nine shares into one share" agree; "1-for-20" elsewhere does not). "Every N
    shares ... combined into one share" is read in any sentence of a release that names a
    split, as it restates the ratio of the sentence before.
    """
    yield from _emit(ctx, "NUM007")


@rule(
    code="NUM009",
    name="scale-currency",
    family="arithmetic",
    severity="warning",
    summary="Units, scale and currency mix-ups",
    citation=CITATION_10B5 + "; editorial convention",
    examples=(
        (
            "[headline] Norvale Closes $1.2 Million Private Placement\n"
            "[body] Norvale closed a private placement for "
            "gross proceeds of $12,000,000.",
            "[headline] Norvale Closes $1.2 Million Private Placement\n"
            "[body] Norvale closed a private placement for "
            "gross proceeds of $1,200,000.",
        ),
    ),
)
def scale_currency(ctx: RuleContext) -> Iterator[Finding]:
    """The same figure stated twice a factor of 10, 100 or 1,000 apart is a scale slip
    ("$1.2 million" and "$12,000,000"). A Canadian (Australian, ...) issuer that writes
    "C$0.60" and also bare "$" amounts leaves readers guessing which dollar the bare ones
    are, unless it says once that amounts are in a given currency unless otherwise noted,
    or gives one as the other's equivalent ("$2.7 billion (C$3.8 billion)"). The issuer's
    home is read from the dateline paragraph (city, province, listing venue): a US issuer
    that marks its Australian-dollar figures "A$" leaves "$" meaning US dollars.
    """
    yield from _emit(ctx, "NUM009")


@rule(
    code="NUM010",
    name="qualifier-contradicted",
    family="arithmetic",
    severity="error",
    summary='Qualifier the numbers contradict ("over 60%" for 58%, "doubled" for 2.4x)',
    citation=CITATION_10B5 + "; editorial convention",
    examples=(
        (
            "revenue doubled to $24 million from $10 million",
            "revenue more than doubled to $24 million from $10 million",
        ),
    ),
)
def qualifier_contradicted(ctx: RuleContext) -> Iterator[Finding]:
    """Qualifiers are claims too: "over" and "at least" promise a lower bound, "nearly" and
    "up to" an upper one, "doubled" and "tripled" a ratio within 5% of 2 or 3 ("more than
    doubled" above 2, "nearly tripled" from 2.7 up to 3). When a figure's own arithmetic
    (shares x price, a premium, an ownership share, a change) lands on the wrong side of
    its qualifier, the finding is reported here rather than under the claim's own rule.
    "About" and "approximately" widen a figure to a unit of its last digit (at least 0.5%)
    and are never contradicted by rounding alone.
    """
    yield from _emit(ctx, "NUM010")


@rule(
    code="NUM011",
    name="restated-differently",
    family="arithmetic",
    severity="error",
    summary="The same quantity stated differently in two places (headline and body; words "
    "and digits; repeated terms)",
    citation=CITATION_10B5 + "; Business Wire editors' list of inconsistent references",
    examples=(
        (
            "[headline] Norvale Closes $12 Million Financing\n"
            "[body] Norvale closed a private placement for gross "
            "proceeds of $10.5 million.",
            "[headline] Norvale Closes $12 Million Financing\n"
            "[body] Norvale closed a private placement for gross "
            "proceeds of $12 million.",
        ),
        (
            "[headline] Halvorsen Reports Fiscal 2026 Results; Revenue of $1.55 Billion\n"
            "[body] Revenue for the year was $1,243.6 million, up 10%.",
            "[headline] Halvorsen Reports Fiscal 2026 Results; Revenue of $1.24 Billion\n"
            "[body] Revenue for the year was $1,243.6 million, up 10%.",
        ),
    ),
)
def restated_differently(ctx: RuleContext) -> Iterator[Finding]:
    """A headline figure that no body figure matches, while the body states the same item
    otherwise ("$12 Million Financing" over "gross proceeds of $10.5 million"); a number in
    words that its digits contradict ("two hundred million (250,000,000)"); the offering,
    conversion or fixed price, or the gross or net proceeds, stated twice with different
    values. A headline figure matches a body figure within either one's rounding, or the
    sum of two body figures (two tranches). A factor of 10, 100 or 1,000 is NUM009.
    A figure of a measure (revenue, net income, backlog, cash, ...) in the headline, a
    subheadline, a highlights bullet or a quote is read against the body's figure of the
    same measure, subject and period (``restated``).
    """
    yield from _emit(ctx, "NUM011")
    if not analysis(ctx).relations.figured:
        return  # a summary figure read against the body's: no figure, nothing to read
    from disclint.rules.arithmetic.restated import restated_findings

    yield from restated_findings(ctx)


RULES: list[Rule] = [
    amount_shares_price,
    premium_discount,
    percent_change,
    ownership_percentage,
    aggregate_holding,
    gross_net_proceeds,
    split_ratio,
    scale_currency,
    qualifier_contradicted,
    restated_differently,
]

__all__ = [
    "CITATION_10B5",
    "RULES",
    "Analysis",
    "Check",
    "analysis",
    "difference",
    "plain",
    "show",
    "stated",
]
