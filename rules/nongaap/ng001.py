"""NG001: a non-GAAP measure without its most directly comparable GAAP measure."""

from __future__ import annotations

from collections.abc import Iterator

from disclint.api import Finding, RuleContext, excerpt, rule
from disclint.rules.nongaap.scope import applies

CITATION = "Regulation G Rule 100(a)(1) (17 CFR 244.100(a)(1)); Regulation S-K Item 10(e)(1)(i)(A)"


@rule(
    code="NG001",
    name="non-gaap-without-gaap",
    family="nongaap",
    severity="error",
    summary="Non-GAAP measure without the most directly comparable GAAP measure",
    citation=CITATION,
    examples=(
        (
            "Acme Corp. (Nasdaq: ACME) today reported third quarter results. Adjusted EBITDA "
            "rose to $8.1 million. Adjusted EBITDA is a non-GAAP measure; a reconciliation "
            "is provided below.",
            "Acme Corp. (Nasdaq: ACME) today reported third quarter results. Net loss was "
            "$2.3 million; Adjusted EBITDA was $8.1 million. Adjusted EBITDA is a non-GAAP "
            "measure; a reconciliation is provided below.",
        ),
    ),
)
def missing_gaap_pair(ctx: RuleContext) -> Iterator[Finding]:
    """Whenever a registrant discloses a non-GAAP financial measure it must present the
    most directly comparable GAAP measure with it (Regulation G Rule 100(a)(1); for
    earnings releases furnished under Form 8-K Item 2.02 also Item 10(e)(1)(i)(A)).
    Adjusted EBITDA's pair is net income (loss), adjusted EPS's is diluted EPS, free cash
    flow's is net cash from operating activities (the pair table is data in
    ``rules/data/ng_measures.toml``).

    The rule reports a measure presented with a figure when its GAAP pair is named nowhere
    in the release, tables included. Guidance-only measures are left alone when the release
    says the GAAP figure is not available without unreasonable efforts.

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
    for mention in first_per_kind(reading.presented()):
        if reading.gaap_for(mention.kind):
            continue
        kind_mentions = [m for m in reading.presented() if m.kind.key == mention.kind.key]
        if all(m.forward for m in kind_mentions) and reading.unreasonable_efforts:
            continue
        yield ctx.finding(
            mention.start,
            mention.end,
            f'non-GAAP measure "{mention.text}" is presented without its most directly '
            f"comparable GAAP measure ({mention.kind.gaap_label})",
            evidence=[
                f'"{excerpt(ctx.release.text, mention.unit_start, mention.unit_end)}"',
                f"no {mention.kind.gaap_label} anywhere in the release, tables included",
            ],
        )
