"""OFF004: a registered offering's communication without its Rule 134 / 433 elements."""

from __future__ import annotations

from collections.abc import Iterator

from disclint.api import (
    Cue,
    Finding,
    RuleContext,
    classify_communication,
    communication_cue,
    legend_cue,
    reminders_if_cut,
    reminders_if_republished,
    rule,
)
from disclint.rules.offerings.kind import applies

CITATION = (
    "Securities Act Rule 134(b)(2) and (d) (17 CFR 230.134); Rule 433(c)(2) (17 CFR 230.433); "
    "Securities Act §5(b)(1); Rule 482(b)(1) (17 CFR 230.482) for fund advertisements"
)
FUND_CITATION = "source: Securities Act Rule 482(b)(1) (17 CFR 230.482); Rule 156 (17 CFR 230.156)"


@rule(
    code="OFF004",
    name="prospectus-availability",
    family="offerings",
    severity="error",
    summary="Registered-offering or fund communication that does not say where the prospectus is",
    citation=CITATION,
    examples=(
        (
            "[release]\n"
            "Acme Corp. (Nasdaq: ACME) today announced the pricing of an underwritten public "
            "offering of 5,000,000 shares at $4.00 per share under its shelf registration "
            "statement on Form S-3.",
            "[release]\n"
            "Acme Corp. (Nasdaq: ACME) today announced the pricing of an underwritten public "
            "offering of 5,000,000 shares at $4.00 per share under its shelf registration "
            "statement on Form S-3. Copies of the prospectus supplement may be obtained from "
            "the SEC's website at www.sec.gov.",
        ),
        (
            "[release]\n"
            "Acme Funds today launched the Acme Clean Grid ETF (NYSE Arca: ACGX) (the "
            '"Fund"), which seeks to track the Solace Clean Grid Index. Investors should '
            "consider the investment objectives, risks, charges and expenses of the Fund "
            "carefully before investing.",
            "[release]\n"
            "Acme Funds today launched the Acme Clean Grid ETF (NYSE Arca: ACGX) (the "
            '"Fund"), which seeks to track the Solace Clean Grid Index. Investors should '
            "consider the investment objectives, risks, charges and expenses of the Fund "
            "carefully before investing. The prospectus contains this and other information "
            "and may be obtained by calling 1-800-555-0100.",
        ),
    ),
)
def prospectus_availability(ctx: RuleContext) -> Iterator[Finding]:
    """A communication about a registered offering is a prospectus under §2(a)(10) unless
    an exemption fits: Rule 134 (a tombstone-style notice that, unless an exception
    applies, names where a prospectus can be obtained, Rule 134(b)(2)) or a free writing
    prospectus under Rule 433 (legend saying where the base prospectus is and how to get
    it). A pricing, launch or closing announcement that never says where the prospectus
    (supplement) is available fits neither.

    The rule reads the announcement for a registered offering the issuer makes (an
    underwritten or registered direct offering, a public offering, an at-the-market
    program, with a registration statement or prospectus named; an at-the-market program
    or a registered direct offering is registered by its name and needs none; an offering
    of any other name, a notes, rights, follow-on or secondary offering, when the release
    says it is made under a registration statement or prospectus) and reports
    a release with no sentence on how to obtain the prospectus. A release that says its securities
    are not registered in the United States, and announces no concurrent private placement
    to which that legend could belong, offers outside the United States and is left alone.

    A fund's communication about its shares is an advertisement under Rule 482, which
    must advise investors to consider the fund's investment objectives, risks, charges and
    expenses, say that the prospectus contains this and other information, and identify a
    source for the prospectus (Rule 482(b)(1)). The rule reads a fund communication from
    the statement itself, or from a fund named in the headline or first paragraphs ("the
    Fund", "Acme Clean Grid ETF") with a fund's facts (net asset value, expense ratio,
    investment objective, index tracked) when the fund sells its shares continuously (an
    ETF, a mutual, interval or tender-offer fund) or a closed-end fund or BDC is in an
    offering. A release about people, a lawsuit, a meeting, a liquidation or the sponsor's
    own results is not an advertisement. No source for the prospectus ("call", "visit",
    "may be obtained", "available at") is an `error`; a source without the "objectives,
    risks, charges and expenses" statement is a `warning`.
    """
    yield from reminders_if_republished(
        ctx, reminders_if_cut(ctx.release, _prospectus_availability(ctx))
    )


def _prospectus_availability(ctx: RuleContext) -> Iterator[Finding]:
    if not applies(ctx):
        return
    kind = classify_communication(ctx)
    if kind.fund is not None and kind.registered is None:
        yield from _fund_advertisement(ctx, kind.fund)
        return
    cue = kind.registered
    if cue is None or kind.pre_filing is not None:
        return
    if kind.not_registered_legend and kind.unregistered is None:
        return  # an offering outside the United States (a Canadian prospectus offering)
    if legend_cue(ctx.release, "prospectus_available") is not None:
        return
    yield ctx.finding(
        cue.start,
        cue.end,
        f'"{cue.text}" is a registered offering, but the release does not say where the '
        "prospectus or prospectus supplement can be obtained",
        evidence=[
            f'registered-offering cue in the announcement: "{cue.text}"',
            "no sentence naming how to obtain the prospectus (an address, a bank's "
            "prospectus department, www.sec.gov)",
        ],
    )


def _fund_advertisement(ctx: RuleContext, cue: Cue) -> Iterator[Finding]:
    """Rule 482(b)(1): a fund's advertisement says where a prospectus can be obtained
    (`error` when it does not) and advises investors to consider the fund's investment
    objectives, risks, charges and expenses, which the prospectus contains (`warning` when
    only that statement is missing)."""
    release = ctx.release
    source = legend_cue(release, "prospectus_available")
    statement = communication_cue("fund", "statement").search(release.text)
    if source is None:
        yield ctx.finding(
            cue.start,
            cue.end,
            f'"{cue.text}": a fund\'s communication about its shares, but the release does not '
            "say where a prospectus can be obtained (Rule 482(b)(1))",
            evidence=[
                f'fund communication: "{cue.text}"',
                "no sentence naming a source for the prospectus (a telephone number, a "
                "website, a mailing address)",
                'Rule 482(b)(1): "consider the investment objectives, risks, charges and '
                "expenses ... the prospectus contains this and other information ... read it "
                'carefully before investing", with where to obtain it',
                FUND_CITATION,
            ],
        )
    elif statement is None:
        yield ctx.finding(
            source.start,
            source.end,
            "the fund's prospectus is offered, but the release does not advise investors to "
            "consider the fund's investment objectives, risks, charges and expenses "
            "(Rule 482(b)(1))",
            evidence=[
                f'fund communication: "{cue.text}"',
                f'prospectus source: "{source.text}"',
                FUND_CITATION,
            ],
            severity="warning",
        )
