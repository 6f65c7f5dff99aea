"""NG002: a non-GAAP measure without a quantitative reconciliation."""

from __future__ import annotations

from collections.abc import Iterator

from disclint.api import (
    Field,
    Finding,
    RuleContext,
    RuleOptions,
    excerpt,
    reminder_if_cut,
    reminder_if_republished,
    rule,
)
from disclint.rules.nongaap.scope import applies, context_pattern

CITATION = (
    "Regulation G Rule 100(a)(2) (17 CFR 244.100(a)(2)); Regulation S-K Item 10(e)(1)(i)(B); "
    "Non-GAAP C&DI 102.10(a)"
)

#: Constant-currency growth is reconciled by stating the reported change and how the
#: constant-currency figure was computed (C&DI 104.06), not by a table.
_NOT_TABULAR = {"constant_currency"}


class ReconciliationOptions(RuleOptions):
    """NG002: the optional "why useful" sub-check."""

    usefulness: bool = Field(
        default=False,
        description=(
            "Also report (info) a release that never says why management finds its non-GAAP "
            "measures useful (Item 10(e)(1)(i)(C)-(D); an Item 2.02 release may rely on the "
            "annual report instead)"
        ),
    )


@rule(
    code="NG002",
    name="non-gaap-without-reconciliation",
    family="nongaap",
    severity="error",
    summary='Non-GAAP measure without quantitative reconciliation (or "unreasonable efforts")',
    citation=CITATION,
    options=ReconciliationOptions,
    examples=(
        (
            "Acme Corp. (Nasdaq: ACME) reported net income of $2.0 million and adjusted "
            "EBITDA, a non-GAAP measure, of $8.1 million.",
            "Acme Corp. (Nasdaq: ACME) reported net income of $2.0 million and adjusted "
            "EBITDA, a non-GAAP measure, of $8.1 million. A reconciliation of net income to "
            "adjusted EBITDA appears in the table below.\n\n"
            "| (in millions) | Q3 2025 |\n|---|---|\n| Net income | 2.0 |\n"
            "| Depreciation and amortization | 6.1 |\n| Adjusted EBITDA | 8.1 |",
        ),
    ),
)
def missing_reconciliation(ctx: RuleContext) -> Iterator[Finding]:
    """A non-GAAP measure must come with a quantitative reconciliation to its most
    directly comparable GAAP measure (Regulation G Rule 100(a)(2); Item 10(e)(1)(i)(B)).
    For a forward-looking measure the reconciliation may be omitted only if the release
    says it is not available without unreasonable efforts, identifies the information that
    is unavailable and its probable significance, with equal prominence (C&DI 102.10(a)).

    The rule looks for a reconciliation: a table or heading that says "reconciliation", a
    pointer to one (a pointer to a table "below" only when a table or a table's worth of
    figures follows it: a copy can lose its tables), or a table listing the measure and its
    GAAP pair as rows; a measure
    reconciled in words (its GAAP pair and the excluded amounts in one paragraph) counts
    too. It reports the release once, at the first unreconciled measure, when there is no
    reconciliation; in a text that stops mid-sentence (a cut-off copy) it is an `info`
    reminder, since the reconciliation may be in the missing part.
    Constant-currency growth is left out: it is reconciled by stating the reported change
    and how the constant-currency figure was computed. With `usefulness = true` a release
    that never says why its measures are useful gets an `info` reminder.

    A communication about a pending business combination (a deal still to be decided by a
    vote, a tender offer or a registration statement) is exempt (Rule 100(d)).
    """
    if not applies(ctx):
        return
    # imported once the rule applies (``scope``): most releases are read by no NG rule
    from disclint.rules.nongaap.measures import combination_exempt, first_per_kind, read_measures

    if combination_exempt(ctx):
        return
    reading = read_measures(ctx)
    options = ctx.options if isinstance(ctx.options, ReconciliationOptions) else None
    if options is not None and options.usefulness:
        yield from _usefulness(ctx)
    if reading.reconciled is not None:
        return
    presented = [
        m
        for m in reading.presented()
        if m.kind.key not in _NOT_TABULAR and m.kind.key not in reading.reconciled_in_words
    ]
    if not presented:
        return
    forward_only = all(m.forward for m in presented)
    if forward_only and reading.unreasonable_efforts:
        return
    first = presented[0]
    names = ", ".join(f'"{m.text}"' for m in first_per_kind(presented))
    what = (
        'forward-looking non-GAAP measure(s) with neither a reconciliation nor the "not '
        'available without unreasonable efforts" statement'
        if forward_only
        else "non-GAAP measure(s) presented without a quantitative reconciliation"
    )
    finding = ctx.finding(
        first.start,
        first.end,
        f"{what}: {names}",
        evidence=[
            f'"{excerpt(ctx.release.text, first.unit_start, first.unit_end)}"',
            f'the release points to a reconciliation further down ("{reading.dangling}…"), '
            "but no table or figures follow"
            if reading.dangling
            else "no table, heading or sentence in the release reconciles them to GAAP",
        ],
    )
    # reconciliation tables usually close a release: a cut-off or republished copy loses them
    yield reminder_if_republished(ctx, reminder_if_cut(ctx.release, finding))


def _usefulness(ctx: RuleContext) -> Iterator[Finding]:
    from disclint.rules.nongaap.measures import read_measures

    presented = [m for m in read_measures(ctx).presented() if m.kind.key not in _NOT_TABULAR]
    if presented and not context_pattern("usefulness").search(ctx.release.text):
        first = presented[0]
        yield ctx.finding(
            first.start,
            first.end,
            f'no statement of why management finds "{first.text}" useful to investors',
            evidence=["Item 10(e)(1)(i)(C)-(D): the usefulness and purposes of the measure"],
            severity="info",
        )
