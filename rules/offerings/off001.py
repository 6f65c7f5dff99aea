"""OFF001: a notice of an unregistered offering without the Rule 135c legend."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from disclint.api import (
    Field,
    Finding,
    RuleContext,
    RuleOptions,
    classify_communication,
    communication_cue,
    reminder_if_republished,
    rule,
)
from disclint.rules.offerings.kind import applies

CITATION = "Securities Act Rule 135c(a)(2) (17 CFR 230.135c); Securities Act §5"


class LegendOptions(RuleOptions):
    """OFF001: the severity of a notice of a sale already closed."""

    completed_severity: Literal["error", "warning"] = Field(
        default="warning",
        description="Severity when the headline reports the sale as closed or completed",
    )


@rule(
    code="OFF001",
    name="unregistered-offering-legend",
    family="offerings",
    severity="error",
    summary="Unregistered-offering notice without the Rule 135c legend",
    citation=CITATION,
    options=LegendOptions,
    examples=(
        (
            "[release]\n"
            "Acme Corp. (Nasdaq: ACME) today announced that it entered into a securities "
            "purchase agreement to sell $3 million of convertible notes to accredited "
            "investors in a private placement.",
            "[release]\n"
            "Acme Corp. (Nasdaq: ACME) today announced that it entered into a securities "
            "purchase agreement to sell $3 million of convertible notes to accredited "
            "investors in a private placement. The notes have not been registered under the "
            "Securities Act and may not be offered or sold in the United States absent "
            "registration or an applicable exemption.",
        ),
    ),
)
def unregistered_offering_legend(ctx: RuleContext) -> Iterator[Finding]:
    """A reporting issuer may announce an unregistered offering (a private placement, a
    Regulation D or S sale, a Rule 144A deal) without the notice being an offer only by
    staying within Rule 135c: limited content and a statement that the securities have not
    been registered under the Securities Act and may not be offered or sold in the United
    States absent registration or an applicable exemption. Without that legend the notice
    can condition the market for unregistered securities (a §5 problem) and, for a Rule
    506(b) deal, amount to general solicitation.

    The rule reads the announcement (headline area and first paragraphs) for an
    unregistered offering the issuer makes in it (a private placement or private offering,
    Regulation D or S, Rule 144A), or, when the announcement offers, prices or issues the
    issuer's securities, a later paragraph stating the manner of an unregistered sale
    ("offered only to qualified institutional buyers in reliance on Rule 144A"), and
    reports a release that nowhere says the securities are not registered. Severity falls
    to `warning` when the headline reports the sale as closed or completed, and when the
    offering is made under Rule 506(c), where general solicitation is permitted (the
    legend is then good practice, not a condition of the safe harbor). Rule 135c also
    contemplates filing the notice on Form 8-K (6-K for foreign private issuers).
    """
    if not applies(ctx):
        return
    kind = classify_communication(ctx)
    cue = kind.unregistered
    if cue is None or kind.not_registered_legend:
        return
    severity = _options(ctx).completed_severity if kind.completed else None
    evidence = [
        f'unregistered-offering cue in the announcement: "{cue.text}"',
        'no "have not been registered" / "absent registration or an applicable exemption" '
        "statement in the release",
        "Rule 135c also contemplates filing the notice on Form 8-K (6-K for FPIs)",
    ]
    solicitation = communication_cue("kind", "general_solicitation").search(ctx.release.text)
    if solicitation is not None:
        severity = "warning"
        evidence.append(
            f'"{solicitation.group()}": general solicitation is permitted, so the notice '
            "need not stay within Rule 135c; the legend remains good practice"
        )
    finding = ctx.finding(
        cue.start,
        cue.end,
        f'"{cue.text}" announces an unregistered offering, but no legend says the securities '
        "are not registered under the Securities Act and may not be sold absent registration "
        "or an exemption",
        evidence=evidence,
        severity=severity,
    )
    yield reminder_if_republished(ctx, finding)  # a news site's copy may drop the legend


def _options(ctx: RuleContext) -> LegendOptions:
    return ctx.options if isinstance(ctx.options, LegendOptions) else LegendOptions()
