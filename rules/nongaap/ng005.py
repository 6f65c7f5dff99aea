"""NG005: adjustments labelled non-recurring that recur in the periods shown."""

from __future__ import annotations

from collections.abc import Iterator

from disclint.api import (
    Finding,
    RuleContext,
    fold,
    lazy_compile,
    literal_index,
    may_match,
    rule,
)
from disclint.rules.nongaap.scope import applies, context_pattern

_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")
_VALUE = lazy_compile(r"\d")
#: A nil cell ("$ —", "(0.0)%"). The closing run starts with ")" or "%" when no nil mark
#: stands between the runs: a white-space run has one reading, not one per split.
_ZERO = lazy_compile(r"^[\s$€£(]*(?:(?:0+(?:\.0+)?|—|–|-|−)[\s)%]*|[)%][\s)%]*)?$")


@rule(
    code="NG005",
    name="recurring-non-recurring",
    family="nongaap",
    severity="warning",
    summary='Adjustment labelled "non-recurring" or "one-time" that recurs in the periods shown',
    citation="Regulation G Rule 100(b); Regulation S-K Item 10(e)(1)(ii)(B); Non-GAAP C&DI 102.03",
    examples=(
        (
            "Acme Corp. (Nasdaq: ACME): reconciliation of net income to adjusted EBITDA\n\n"
            "| | 2024 | 2023 |\n|---|---|---|\n| Net income | 5.0 | 4.0 |\n"
            "| One-time restructuring charges | 1.2 | 1.4 |\n| Adjusted EBITDA | 6.2 | 5.4 |\n",
            "Acme Corp. (Nasdaq: ACME): reconciliation of net income to adjusted EBITDA\n\n"
            "| | 2024 | 2023 |\n|---|---|---|\n| Net income | 5.0 | 4.0 |\n"
            "| Restructuring charges | 1.2 | 1.4 |\n| Adjusted EBITDA | 6.2 | 5.4 |\n",
        ),
    ),
)
def recurring_non_recurring(ctx: RuleContext) -> Iterator[Finding]:
    """A registrant may not label a charge or gain "non-recurring", "infrequent" or
    "unusual" when it is reasonably likely to recur within two years or occurred within
    the prior two years (Item 10(e)(1)(ii)(B); C&DI 102.03 allows the adjustment but not
    the label). A reconciliation table that shows such a "one-time" line with amounts in
    two different years shows the label is wrong on its own figures.

    The rule reads tables that reconcile a non-GAAP measure (they name one), maps each
    value column to the year in the table's header, and reports a line labelled
    non-recurring, one-time or unusual with non-zero amounts under two different years.
    A table whose columns it cannot map to years is left alone.

    A communication about a pending business combination (a deal still to be decided by a
    vote, a tender offer or a registration statement) is exempt (Rule 100(d)).
    """
    if not applies(ctx):
        return
    # imported once the rule applies (``scope``): most releases are read by no NG rule
    from disclint.rules.nongaap.measures import combination_exempt, measure_kinds

    if combination_exempt(ctx):
        return
    label = context_pattern("non_recurring")
    names = tuple(kind.pattern for kind in measure_kinds())
    for table in ctx.release.tables:
        rows = table.rows or []
        labels = " ".join(row[0].text for row in rows if row)
        # each line's label is a piece of ``labels``: the prefilter's tests on their fold
        # tell that no line can be labelled non-recurring, or that no measure is named,
        # without a search (most tables are neither)
        folded = fold(labels)
        if not may_match(label, folded):
            continue
        possible = literal_index(names).may_match(folded)
        if not any(p.search(labels) for p, may in zip(names, possible, strict=True) if may):
            continue
        years: list[str] | None = None
        for row in rows:
            if not row:
                continue
            cells = [c.text for c in row[1:]]
            found = [_YEAR.search(c) for c in cells]
            if sum(1 for f in found if f) >= 2 and not label.search(row[0].text):
                years = [f.group() if f else "" for f in found]
                continue
            match = label.search(row[0].text)
            if match is None or years is None or len(cells) != len(years):
                continue
            with_amount = {
                year
                for year, cell in zip(years, cells, strict=True)
                if year and _VALUE.search(cell) and not _ZERO.match(cell)
            }
            if len(with_amount) >= 2:
                yield ctx.finding(
                    row[0],
                    message=f'adjustment labelled "{match.group()}" has amounts in '
                    f"{len(with_amount)} different years of the same table",
                    evidence=[
                        f'"{row[0].text.strip()}": '
                        + ", ".join(
                            f"{y}: {c.strip()}"
                            for y, c in zip(years, cells, strict=True)
                            if c.strip()
                        )
                    ],
                )
