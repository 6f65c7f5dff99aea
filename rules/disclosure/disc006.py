"""DISC006: a premium claimed on a conversion, with no dilution or fixed-price context."""

from __future__ import annotations

from collections.abc import Iterator

from disclint.api import Finding, RuleContext, excerpt, may_match, rule
from disclint.rules.disclosure.common import applies, cue


@rule(
    code="DISC006",
    name="half-truth-framing",
    family="disclosure",
    severity="warning",
    summary="Premium claimed on a conversion without dilution or fixed-price context",
    citation=(
        "Exchange Act Rule 10b-5(b) (17 CFR 240.10b-5(b)); Macquarie Infrastructure Corp. v. "
        "Moab Partners, 601 U.S. 257 (2024)"
    ),
    examples=(
        (
            "Acme Solar, Inc. (OTCQB: ACMS) said the investor's conversion at a 700% premium "
            "to the market price shows its confidence.",
            "Acme Solar, Inc. (OTCQB: ACMS) said the investor converted at a 700% premium; the "
            "conversion price was fixed in the February agreement and the issuance increased "
            "shares outstanding by about 4.6%.",
        ),
    ),
)
def half_truth_framing(ctx: RuleContext) -> Iterator[Finding]:
    """A half-truth is actionable under Rule 10b-5(b): a statement that is literally true
    but misleading because of what it leaves out (Macquarie v. Moab, 2024). "A conversion
    at a premium to market" invites the reader to see new money and confidence; when the
    conversion price was fixed months earlier, and the conversion adds shares, the premium
    says little and the dilution is the news.

    The rule reports a sentence claiming a premium on a conversion when the release says
    nothing of the dilution: no "dilution", no increase in the shares outstanding.
    """
    if not applies(ctx):
        return
    text = ctx.release.text
    premium, conversion = cue("framing", "premium"), cue("framing", "conversion")
    # no premium's words: nothing to report, and the whole text is not searched for context
    if not may_match(premium, ctx.facts.folded):
        return
    if cue("framing", "context").search(text):
        return
    folded = ctx.facts.folded_sentences
    for index, sentence in enumerate(ctx.facts.sentences):
        if sentence.section == "forward_looking" or not may_match(premium, folded[index]):
            continue
        match = premium.search(sentence.text)
        if match and conversion.search(sentence.text):
            start = sentence.start + match.start()
            yield ctx.finding(
                start,
                start + len(match.group()),
                f'"{match.group()}" claimed on a conversion, with no word on the dilution it '
                "causes (the new shares against those outstanding before)",
                evidence=[f'"{excerpt(sentence.text)}"'],
            )
            return
