"""OFF002: an unregistered-offering notice with content beyond Rule 135c."""

from __future__ import annotations

from collections.abc import Iterator

from disclint.api import Finding, RuleContext, classify_communication, communication_cue, rule
from disclint.rules.offerings.kind import applies


@rule(
    code="OFF002",
    name="unregistered-notice-content",
    family="offerings",
    severity="warning",
    summary="Unregistered-offering notice names the placement agent or invites investors",
    citation="Securities Act Rule 135c(a)(3) (17 CFR 230.135c); Rule 502(c) (17 CFR 230.502(c))",
    examples=(
        (
            "[release]\n"
            "Acme Corp. (Nasdaq: ACME) today announced the closing of a $3 million private "
            "placement. Baker Securities acted as the exclusive placement agent. The shares "
            "have not been registered under the Securities Act.",
            "[release]\n"
            "Acme Corp. (Nasdaq: ACME) today announced the closing of a $3 million private "
            "placement. The shares have not been registered under the Securities Act.",
        ),
    ),
)
def unregistered_notice_content(ctx: RuleContext) -> Iterator[Finding]:
    """Rule 135c lists what a notice of an unregistered offering may say: the issuer, the
    title, amount and basic terms of the securities, the selling holders' amount, the
    timing, and a brief statement of the manner and purpose. Naming the placement agent
    or underwriter, or inviting investors to get in touch, is outside that list: the notice
    loses the rule's protection and, for a Rule 506(b) offering, may be general
    solicitation (Rule 502(c)).

    The rule reads releases that announce an unregistered offering (as OFF001 does), and
    no public offering alongside it (whose agent may be named), and reports a sentence
    naming a placement agent or underwriter, or inviting investment.
    """
    if not applies(ctx):
        return
    kind = classify_communication(ctx)
    if kind.unregistered is None or kind.public is not None:
        return
    text = ctx.release.text
    for name in ("agent", "conditioning"):
        match = communication_cue("content", name).search(text)
        if match is None:
            continue
        what = "names the placement agent" if name == "agent" else "invites investment"
        yield ctx.finding(
            match.start(),
            match.end(),
            f'notice of an unregistered offering {what} ("{match.group()}"), which Rule '
            "135c does not permit",
            evidence=[f'unregistered offering: "{kind.unregistered.text}"'],
        )
