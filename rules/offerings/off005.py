"""OFF005: a merger, proxy or tender-offer communication without its legends."""

from __future__ import annotations

from collections.abc import Iterator

from disclint.api import (
    Finding,
    RuleContext,
    legend_cue,
    pending_combination,
    reminders_if_cut,
    reminders_if_republished,
    rule,
    transaction_legend,
)
from disclint.rules.offerings.kind import applies

CITATION = (
    "Securities Act Rules 165 and 425 (17 CFR 230.165, 230.425); Exchange Act Rule 14a-12 "
    "(17 CFR 240.14a-12); Rules 14d-2(b) and 13e-4(c) (pre-commencement tender-offer "
    "communications)"
)


@rule(
    code="OFF005",
    name="transaction-legends",
    family="offerings",
    severity="error",
    summary='Merger, proxy or tender-offer communication without the "where to find it" legends',
    citation=CITATION,
    examples=(
        (
            "Acme Corp. (Nasdaq: ACME) and Beta Inc. (NYSE: BETA) today announced a definitive "
            "merger agreement. Acme will file a proxy statement for a special meeting of its "
            "stockholders.",
            "Acme Corp. (Nasdaq: ACME) and Beta Inc. (NYSE: BETA) today announced a definitive "
            "merger agreement. Acme will file a proxy statement for a special meeting of its "
            "stockholders.\n\nAdditional Information and Where to Find It\n\nStockholders are "
            "urged to read the proxy statement when it becomes available; free copies will be "
            "available at www.sec.gov.\n\nParticipants in the Solicitation\n\nAcme and its "
            "directors may be deemed participants in the solicitation of proxies.",
        ),
    ),
)
def transaction_legends(ctx: RuleContext) -> Iterator[Finding]:
    """A communication about a business combination that shareholders will vote on, or
    that a tender or exchange offer will carry out, is soliciting material or a
    pre-commencement communication: it must urge holders to read the proxy statement,
    registration statement or Schedule TO when available and say where to get them free
    (Rules 165/425, 14a-12(a)(1)(ii), 14d-2(b)); a proxy communication must also identify
    the participants in the solicitation or say where to find them (Rule 14a-12(a)(1)(i)).

    The rule reads the announcement for a combination (merger agreement, definitive
    agreement, "agreed to be acquired", all-stock merger, tender or exchange offer) and the
    body for a solicitation (proxy statement, special meeting, Form S-4, Schedule TO,
    Schedule 14D-9) or, for a US issuer, a holders' vote still to come anywhere in the body
    ("subject to the approval of Beta's shareholders", often among the closing conditions
    far below the terms). Between two companies listed on US exchanges, what the target's
    holders receive per share (an exchange ratio, "0.125 shares of Acme for each Beta
    share", "$12.00 per share in cash") also shows that a vote or a tender offer, and for
    shares a registration statement, will follow; for a private company's owners it does
    not. It reports a missing "additional information
    / where to find it" legend (`error`): a heading or an urging to read followed, within a
    few sentences, by the document to read and where it is free (a heading-like phrase alone,
    "additional information about the transaction is on our website", is not the legend)
    and, for a proxy solicitation, a missing participants legend (`warning`). Announcements
    of a completed transaction are left alone: the vote or offer is over. Filing reminder:
    Rule 425 / Schedule 14A soliciting material / Schedule TO-C on the date of first use.
    """
    yield from reminders_if_republished(
        ctx, reminders_if_cut(ctx.release, _transaction_legends(ctx))
    )


def _transaction_legends(ctx: RuleContext) -> Iterator[Finding]:
    if not applies(ctx):
        return
    deal = pending_combination(ctx)
    if deal is None:
        return
    cue = deal.solicitation
    evidence = [
        f'business combination: "{deal.combination.text}"; solicitation: "{cue.text}"',
        "file as Rule 425 / Schedule 14A soliciting material / Schedule TO-C on first use",
    ]
    if transaction_legend(ctx.release) is None:
        yield ctx.finding(
            deal.combination.start,
            deal.combination.end,
            f'"{deal.combination.text}" with a "{cue.text}" but no "Additional Information and '
            'Where to Find It" legend urging holders to read the filed documents',
            evidence=evidence,
        )
    if deal.proxy and legend_cue(ctx.release, "participants") is None:
        yield ctx.finding(
            cue.start,
            cue.end,
            f'"{cue.text}": no "Participants in the Solicitation" legend',
            evidence=evidence[:1],
            severity="warning",
        )
