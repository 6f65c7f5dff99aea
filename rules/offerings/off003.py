"""OFF003: a pre-filing notice of a registered offering outside Rule 135."""

from __future__ import annotations

from collections.abc import Iterator

from disclint.api import Finding, RuleContext, classify_communication, legend_cue, rule
from disclint.rules.offerings.kind import applies


@rule(
    code="OFF003",
    name="pre-filing-notice",
    family="offerings",
    severity="warning",
    summary='Pre-filing offering notice without the Rule 135 "not an offer" statement',
    citation="Securities Act Rule 135(a)(1)-(2) (17 CFR 230.135); Securities Act §5(c)",
    examples=(
        (
            "[release]\n"
            "Acme Corp. (Nasdaq: ACME) intends to conduct a public offering of $50 million of "
            "common stock later this year.",
            "[release]\n"
            "Acme Corp. (Nasdaq: ACME) intends to conduct a public offering of $50 million of "
            "common stock later this year. This announcement does not constitute an offer of "
            "any securities for sale.",
        ),
    ),
)
def pre_filing_notice(ctx: RuleContext) -> Iterator[Finding]:
    """Before a registration statement is filed, any offer is prohibited (§5(c)); Rule 135
    lets an issuer announce a proposed registered offering only if the notice states that
    it does not constitute an offer and keeps to the listed content (issuer, title, amount
    and basic terms, anticipated timing, manner and purpose without naming underwriters).

    The rule reads the announcement for a plan to file or to conduct a public offering,
    in a release that does not say a registration statement has been filed, and reports
    it when no sentence says the notice is not an offer. `warning`: the stage is read from
    the text, and counsel confirms it.
    """
    if not applies(ctx):
        return
    kind = classify_communication(ctx)
    cue = kind.pre_filing
    if cue is None or legend_cue(ctx.release, "not_an_offer") is not None:
        return
    yield ctx.finding(
        cue.start,
        cue.end,
        f'"{cue.text}" announces a registered offering before filing without stating that '
        "the notice is not an offer",
        evidence=['no "does not constitute an offer" statement in the release'],
    )
