"""OFF006: price support or buybacks announced with an offering (Regulation M)."""

from __future__ import annotations

from collections.abc import Iterator

from disclint.api import Finding, RuleContext, classify_communication, communication_cue, rule
from disclint.rules.offerings.kind import applies


@rule(
    code="OFF006",
    name="offering-period-price-support",
    family="offerings",
    severity="warning",
    summary="Price support or a buyback announced together with an offering",
    citation=(
        "Regulation M Rules 101, 102 and 104 (17 CFR 242.101-.104); Exchange Act §9(a)(2); "
        "Rule 10b-18 (17 CFR 240.10b-18)"
    ),
    examples=(
        (
            "[release]\n"
            "Acme Corp. (Nasdaq: ACME) today announced the pricing of an underwritten public "
            "offering under its registration statement on Form S-3. Management will buy shares "
            "to support the stock price. Copies of the prospectus may be obtained from "
            "www.sec.gov.",
            "[release]\n"
            "Acme Corp. (Nasdaq: ACME) today announced the pricing of an underwritten public "
            "offering under its registration statement on Form S-3. Copies of the prospectus "
            "may be obtained from www.sec.gov.",
        ),
    ),
)
def offering_period_price_support(ctx: RuleContext) -> Iterator[Finding]:
    """While an issuer distributes its securities, Regulation M bars it and its affiliated
    purchasers from bidding for or buying them (Rule 102) and limits stabilisation to the
    underwriters under Rule 104; statements that the issuer will "support the share price"
    also raise manipulation questions (§9(a)(2)). A release announcing an offering and, in
    the same breath, price support or a new buyback program needs counsel's Regulation M
    sign-off.

    The rule reports price-support language or a newly announced repurchase program in a
    release that announces an offering (registered or not).
    """
    if not applies(ctx):
        return
    kind = classify_communication(ctx)
    offering = kind.registered or kind.unregistered
    if offering is None:
        return
    for paragraph in ctx.release.body:
        match = communication_cue("content", "price_support").search(paragraph.text)
        if match is None:
            continue
        start = paragraph.span.text_start + match.start()
        yield ctx.finding(
            start,
            start + len(match.group()),
            f'"{match.group()}" in a release announcing an offering ("{offering.text}")',
            evidence=["Regulation M restricts issuer purchases during a distribution"],
        )
        return
