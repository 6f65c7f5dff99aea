"""EDT004: a headline period that contradicts the body's period-end dates ("Q1 2019
RESULTS" on a release about the quarter ended March 28, 2020)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from disclint.api import Finding, Rule, RuleContext, compiled, excerpt, load_rule_data, rule

_LABEL = re.compile(r"^(?:q(?P<q>[1-4])|fy) (?P<year>\d{4})$")
_HEADINGS = ("headline", "subheadline")
#: A period-end date the body states: the date, and where it starts and ends in the text.
_End = tuple[dt.date, int, int]


@dataclass(frozen=True)
class _Label:
    """A period a heading names: quarter ``q`` (``None`` for a full year) of year ``year``."""

    q: int | None
    year: int
    start: int
    end: int
    text: str

    def window(self) -> tuple[dt.date, dt.date]:
        """The earliest and latest date on which the period can end, whatever the issuer's
        fiscal calendar (see ``rules/data/edt_periods.toml``)."""
        fiscal = load_rule_data("edt_periods")["fiscal"]
        slack = dt.timedelta(days=int(fiscal["slack_days"]))
        first = dt.date(self.year, int(fiscal["earliest_end_month"]), 1)
        last = _month_end(self.year + 1, int(fiscal["latest_end_month_next_year"]))
        back = 0 if self.q is None else 3 * (4 - self.q)
        return _add_months(first, -back) - slack, _month_end_after(last, -back) + slack


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_end(year: int, month: int) -> dt.date:
    return _add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)


def _month_end_after(day: dt.date, months: int) -> dt.date:
    moved = _add_months(dt.date(day.year, day.month, 1), months)
    return _month_end(moved.year, moved.month)


@rule(
    code="EDT004",
    name="period-mismatch",
    family="editorial",
    severity="warning",
    summary="The headline's period (Q1 2019, FY2024) contradicts the body's period-end dates",
    citation=(
        "Rule 10b-5 (17 CFR 240.10b-5): a materially misleading statement of the period "
        "results cover; wire-service editorial guidelines on headline accuracy"
    ),
    examples=(
        (
            "[headline] Norvale Mining Reports Q1 2019 Results\n\n"
            "[opening] TORONTO, May 7, 2020 (GLOBE NEWSWIRE) -- Norvale Mining Corp. reported "
            "revenue of $5.2 million for the quarter ended March 28, 2020.",
            "[headline] Norvale Mining Reports Q1 2020 Results\n\n"
            "[opening] TORONTO, May 7, 2020 (GLOBE NEWSWIRE) -- Norvale Mining Corp. reported "
            "revenue of $5.2 million for the quarter ended March 28, 2020.",
        ),
    ),
)
def period_mismatch(ctx: RuleContext) -> Iterator[Finding]:
    """A headline is what most readers, and every news database, take from a release. When
    it names one period ("Q1 2019 RESULTS") and the body reports another ("the quarter ended
    March 28, 2020"), investors file the figures under the wrong period; such releases are
    corrected on the wire.

    Each quarter or fiscal year a headline or subheadline names with its year is compared
    with the latest quarter-end (or year-end) date the body states ("quarter ended",
    "three months ended", "fiscal year ended"). Fiscal calendars differ, so a label is
    taken to be consistent with any date on which a fiscal period of that name can end: a
    fiscal year "Y" ends between January of Y and June of Y+1, its quarters three, six and
    nine months earlier, with two weeks' slack. A date outside that range contradicts the
    label. Labels without a year ("first quarter") are not judged, nor is a heading that
    also names the body's period ("Q1 2025 revenue up 470% from Q1 2024"); a heading's other
    periods ("data expected in the second quarter of 2025") do not excuse a wrong one.

    The body's own dates are checked against the release date too: a period the body says
    "ended" after the date of the release (dateline or release-date line) has a year typed
    wrong; "ending" (a period still to come) is not judged.
    """
    release = ctx.release
    data = load_rule_data("edt_periods")
    quarter_ends, year_ends = _period_ends(
        ctx, compiled(data["quarter_end"]), compiled(data["year_end"])
    )
    yield from _ended_after_release(ctx, [*quarter_ends, *year_ends])
    labels = _labels(ctx)
    for label in labels:
        ends = quarter_ends if label.q is not None else year_ends
        if not ends:
            continue
        latest, where, _ = max(ends)
        first, last = label.window()
        if first <= latest <= last or any(_fits(o, latest) for o in labels if o.q == label.q):
            continue  # the same period a year apart: the heading's comparison
        named = f"Q{label.q} {label.year}" if label.q else f"fiscal {label.year}"
        yield ctx.finding(
            label.start,
            label.end,
            f"the {release.section_at(label.start)} names {named}, the body reports the "
            f"period ended {latest:%B} {latest.day}, {latest.year}",
            evidence=[
                f"a {named} period ends between {first:%Y-%m-%d} and {last:%Y-%m-%d} "
                "on any fiscal calendar",
                f"body: {excerpt(release.text, max(0, where - 60), where + 20)}",
            ],
        )


def _ended_after_release(ctx: RuleContext, ends: list[_End]) -> Iterator[Finding]:
    """A period the body says "ended" after the release's own date: a year typed wrong
    ("the quarter ended March 31, 2026" in a release dated May 7, 2025)."""
    release = ctx.release
    own = release.own_date()
    if own is None:
        return
    day, where_dated = own
    for end, where, finish in ends:
        before = release.text[max(0, where - 20) : where]
        if end <= day + dt.timedelta(days=1) or not re.search(r"\bended\s+(?:on\s+)?$", before):
            continue
        yield ctx.finding(
            where,
            finish,
            f"the body reports a period that ended {end:%B} {end.day}, {end.year}, after the "
            f"release's own date ({day:%B} {day.day}, {day.year})",
            evidence=[
                where_dated,
                f"body: {excerpt(release.text, max(0, where - 60), where + 20)}",
            ],
        )
        return


def _fits(label: _Label, end: dt.date) -> bool:
    first, last = label.window()
    return first <= end <= last


def _labels(ctx: RuleContext) -> list[_Label]:
    release = ctx.release
    found: list[_Label] = []
    for quantity in ctx.facts.quantities:
        if quantity.kind.value != "period" or not quantity.period:
            continue
        if release.section_at(quantity.start) not in _HEADINGS:
            continue
        match = _LABEL.match(quantity.period)
        if match:
            q = int(match.group("q")) if match.group("q") else None
            text = release.text[quantity.start : quantity.end]
            found.append(_Label(q, int(match.group("year")), quantity.start, quantity.end, text))
    return found


def _period_ends(
    ctx: RuleContext, quarter: re.Pattern[str], year: re.Pattern[str]
) -> tuple[list[_End], list[_End]]:
    """The body's quarter-end and year-end dates, each with where it is written."""
    release = ctx.release
    quarters: list[_End] = []
    years: list[_End] = []
    for quantity in ctx.facts.quantities:
        if quantity.kind.value != "date" or quantity.date is None:
            continue
        if release.section_at(quantity.start) not in ("body", "quote"):
            continue
        before = release.text[max(0, quantity.start - 60) : quantity.start]
        if quarter.search(before):
            quarters.append((quantity.date, quantity.start, quantity.end))
        elif year.search(before):
            years.append((quantity.date, quantity.start, quantity.end))
    return quarters, years


RULES: list[Rule] = [period_mismatch]
