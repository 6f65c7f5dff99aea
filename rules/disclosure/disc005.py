"""DISC005: an OTCQB label next to a bid below the tier's minimum."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from disclint.api import Field, Finding, RuleContext, RuleOptions, rule
from disclint.rules.disclosure.common import applies, cue, data


class BidOptions(RuleOptions):
    """DISC005: the tier's minimum closing bid."""

    minimum_bid: Decimal | None = Field(
        default=None,
        description="Minimum closing bid in dollars (unset: OTCQB's $0.01 from the data file)",
    )


@rule(
    code="DISC005",
    name="otc-tier-bid",
    family="disclosure",
    severity="info",
    summary="OTCQB designation alongside a stated bid below the tier's $0.01 minimum",
    citation=(
        "OTCQB Standards §2.3(2) (minimum closing bid $0.01); OTC Markets Group Policy on "
        "Stock Promotion (2017)"
    ),
    options=BidOptions,
    examples=(
        (
            "Acme Solar, Inc. (OTCQB: ACMS) issued shares at a premium to the closing bid of "
            "$0.0005 on May 26, 2025.",
            "Acme Solar, Inc. (OTCQB: ACMS) issued shares at a premium to the closing bid of "
            "$0.05 on May 26, 2025.",
        ),
    ),
)
def otc_bid_test(ctx: RuleContext) -> Iterator[Finding]:
    """OTCQB requires a minimum closing bid of $0.01 for continued eligibility; a release
    that labels the issuer "OTCQB" while stating a bid below $0.01 shows a tier at risk
    (or a stale label). The reviewer confirms the current tier on OTC Markets and whether
    a bid-price deficiency notice needs disclosure (`info`).
    """
    if not applies(ctx):
        return
    if not any(t.venue.casefold() == "otcqb" for t in ctx.facts.tickers) and not any(
        t.venue.casefold() == "otcqb" for t in ctx.issuer.tickers
    ):
        return
    options = ctx.options if isinstance(ctx.options, BidOptions) else BidOptions()
    minimum = options.minimum_bid or Decimal(data("otc", "minimum_bid"))
    for match in cue("otc", "bid").finditer(ctx.release.text):
        value = Decimal(match.group(1) or match.group(2))
        if value < minimum:
            yield ctx.finding(
                match.start(),
                match.end(),
                f"bid of ${value} is below OTCQB's ${minimum} minimum closing bid: confirm the "
                "tier label and any deficiency notice",
                evidence=[f"${value} < ${minimum} (OTCQB Standards §2.3(2))"],
            )
            return
