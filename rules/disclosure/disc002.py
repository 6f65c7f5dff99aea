"""DISC002: release scheduled in the minute the exchanges ask issuers to avoid."""

from __future__ import annotations

from collections.abc import Iterator

from disclint.api import Finding, RuleContext, rule
from disclint.rules.disclosure.common import applies, cue

_EXCHANGES = ("nasdaq", "nyse")


@rule(
    code="DISC002",
    name="release-timing",
    family="disclosure",
    severity="warning",
    summary="Embargo time at the market close (4:00-4:04 p.m. ET) for a Nasdaq or NYSE issuer",
    citation=("Nasdaq Rule 5250(b)(1) and IM-5250-1; NYSE Listed Company Manual 202.05 and 202.06"),
    examples=(
        (
            "[release]\n"
            "EMBARGOED UNTIL 4:00 p.m. ET\n\nAcme Corp. Reports Results\n\nAcme Corp. "
            "(Nasdaq: ACME) today reported results.",
            "[release]\n"
            "EMBARGOED UNTIL 4:10 p.m. ET\n\nAcme Corp. Reports Results\n\nAcme Corp. "
            "(Nasdaq: ACME) today reported results.",
        ),
    ),
)
def release_timing(ctx: RuleContext) -> Iterator[Finding]:
    """Nasdaq asks issuers not to release material news between 4:00 and 4:01 p.m. ET,
    while closing-cross prices are set, and to prefer 4:05 or later; NYSE asks issuers
    releasing after the close to wait for the official closing price (or five minutes
    after the close). Both require notice to the exchange's market-watch desk at least
    ten minutes before material news released during their windows.

    Only the time the release itself states (an embargo or "for release at" line) is
    read: a release timed 4:00-4:04 p.m. ET by a Nasdaq- or NYSE-listed issuer is
    reported, with the MarketWatch notice as a checklist item.
    """
    if not applies(ctx):
        return
    venues = [t.venue.casefold() for t in ctx.facts.tickers] + [
        t.venue.casefold() for t in ctx.issuer.tickers
    ]
    if not any(v.startswith(_EXCHANGES) for v in venues):
        return
    head = ctx.release.text[: ctx.release.dateline.span.text_start if ctx.release.dateline else 600]
    match = cue("timing", "embargo").search(head)
    if match is None:
        return
    hour, minute, half = int(match.group(1)), int(match.group(2)), match.group(3) or ""
    if hour == 4 and minute < 5 and half.lower().startswith("p"):
        yield ctx.finding(
            match.start(),
            match.end(),
            f"release timed for {hour}:{minute:02d} p.m. ET, at the close: the exchanges ask "
            "for 4:05 p.m. ET or later (after the closing price is published)",
            evidence=[
                "confirm the MarketWatch / Market Watch notice was given ≥ 10 minutes before"
            ],
        )
