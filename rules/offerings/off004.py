"""OFF004: a registered offering's communication without its Rule 134 / 433 elements."""

from __future__ import annotations

from collections.abc import Iterator

from disclint.api import Finding, RuleContext, rule
from disclint.rules.offerings.kind import applies, classify, legend

CITATION = (
    "Securities Act Rule 134(b)(2) and (d) (17 CFR 230.134); Rule 433(c)(2) (17 CFR 230.433); "
    "Securities Act §5(b)(1)"
)


@rule(
    code="OFF004",
    name="prospectus-availability",
    family="offerings",
    severity="error",
    summary="Registered-offering communication that does not say where the prospectus is",
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
    program, with a registration statement or prospectus named) and reports a release
    with no sentence on how to obtain the prospectus. A release that says its securities
    are not registered in the United States, and announces no concurrent private placement
    to which that legend could belong, offers outside the United States and is left alone.
    """
    if not applies(ctx):
        return
    kind = classify(ctx)
    cue = kind.registered
    if cue is None or kind.pre_filing is not None:
        return
    if kind.not_registered_legend and kind.unregistered is None:
        return  # an offering outside the United States (a Canadian prospectus offering)
    if legend(ctx.release, "prospectus_available") is not None:
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
