"""OFF005: a merger, proxy or tender-offer communication without its legends."""

from __future__ import annotations

from collections.abc import Iterator

from disclint.api import Finding, RuleContext, reminders_if_cut, rule
from disclint.rules.offerings.kind import applies, classify, legend, transaction_legend

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
    yield from reminders_if_cut(ctx.release, _transaction_legends(ctx))


def _transaction_legends(ctx: RuleContext) -> Iterator[Finding]:
    if not applies(ctx):
        return
    kind = classify(ctx)
    if kind.combination is None or kind.solicitation is None or kind.combination_done:
        return
    if kind.solicitation is kind.vote and not _exchange_registrant(ctx):
        return  # a vote under another market's rules: not a Rule 14a-12 solicitation
    if kind.solicitation is kind.consideration and not _listed_parties(ctx):
        return  # shares or cash per share for a private company's holders: no vote, no offer
    cue = kind.solicitation
    evidence = [
        f'business combination: "{kind.combination.text}"; solicitation: "{cue.text}"',
        "file as Rule 425 / Schedule 14A soliciting material / Schedule TO-C on first use",
    ]
    if transaction_legend(ctx.release) is None:
        yield ctx.finding(
            kind.combination.start,
            kind.combination.end,
            f'"{kind.combination.text}" with a "{cue.text}" but no "Additional Information and '
            'Where to Find It" legend urging holders to read the filed documents',
            evidence=evidence,
        )
    if kind.proxy and legend(ctx.release, "participants") is None:
        yield ctx.finding(
            cue.start,
            cue.end,
            f'"{cue.text}": no "Participants in the Solicitation" legend',
            evidence=evidence[:1],
            severity="warning",
        )


def _listed_parties(ctx: RuleContext) -> bool:
    """Both parties' shares trade on a US exchange (two companies' symbols, not OTC): what
    the target's holders receive per share then comes through a holders' vote or a tender
    offer, and, for the acquirer's shares, a registration statement."""
    symbols = {
        symbol for t in ctx.facts.tickers if t.market == "US" and not t.otc for symbol in t.symbols
    }
    return len(symbols) >= 2


def _exchange_registrant(ctx: RuleContext) -> bool:
    """The proxy rules bind classes registered under Exchange Act section 12: a listing on
    a US exchange (not an OTC quotation, where foreign issuers trade exempt under Rule
    12g3-2(b)), or, for an exhibit that names no listing, a US issuer filing with the SEC."""
    import re

    if any(t.market == "US" and not t.otc for t in ctx.facts.tickers):
        return True
    if any(t.venue.casefold().startswith(("nasdaq", "nyse")) for t in ctx.issuer.tickers):
        return True
    return (
        not ctx.facts.tickers
        and ctx.issuer.jurisdiction == "US"
        and re.search(r"Securities\s+and\s+Exchange\s+Commission|\bSEC\b", ctx.release.text)
        is not None
    )
