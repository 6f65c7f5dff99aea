"""DISC003: reminders of the filings a release's events trigger (info, opt-in)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from disclint.api import Finding, RuleContext, excerpt, may_match, rule
from disclint.rules.disclosure.common import applies, cue, registrant

_ITEMS = (
    (
        "item_302",
        "Form 8-K Item 3.02 (unregistered sales of equity) once the aggregate "
        "unreported sales reach 1% of the class (5% for smaller reporting companies)",
    ),
    ("item_101", "Form 8-K Item 1.01 if the agreement is a material definitive agreement"),
    (
        "item_502",
        "Form 8-K Item 5.02 (departure or appointment of directors or officers) "
        "within four business days",
    ),
)


@rule(
    code="DISC003",
    name="filing-triggers",
    family="disclosure",
    severity="info",
    summary="Reminders: Form 8-K items, Schedule 13D/G and Section 16 filings the events trigger",
    citation=(
        "Form 8-K General Instruction B.1 and Items 1.01, 3.02, 5.02; Exchange Act §13(d)/(g), "
        "Rules 13d-1 and 13d-2; Exchange Act §16(a)"
    ),
    default_enabled=False,
    examples=(
        (
            "Acme Corp. (Nasdaq: ACME) issued 2,000,000 restricted shares to Beta Fund, which "
            "now holds 6.1% of the outstanding shares.",
            "Acme Corp. (Nasdaq: ACME) opened a new office in Denver.",
        ),
    ),
)
def filing_triggers(ctx: RuleContext) -> Iterator[Finding]:
    """A release often reports an event that calls for a filing of its own: an issuance of
    restricted shares (Form 8-K Item 3.02), a definitive agreement (Item 1.01), an officer
    or director change (Item 5.02), a holder above 5% (Schedule 13D/13G, 13D within five
    business days since the 2023 amendments) or 10% (Section 16 Forms 3/4/5). These are
    checklist reminders for the reviewer (`info`), off by default: select DISC003 to get
    them.
    """
    if not applies(ctx) or not registrant(ctx):
        return
    text = ctx.release.text
    kept = [
        (s, f)
        for s, f in zip(ctx.facts.sentences, ctx.facts.folded_sentences, strict=True)
        if s.section != "forward_looking"
    ]
    for name, reminder in _ITEMS:
        pattern = cue("filings", name)
        # the pattern runs only on a sentence holding one of its required words (and none
        # holds them if the whole text, of which each sentence is a slice, does not)
        hit = (
            next((s for s, f in kept if may_match(pattern, f) and pattern.search(s.text)), None)
            if may_match(pattern, ctx.facts.folded)
            else None
        )
        if hit is not None:
            match = pattern.search(hit.text)
            assert match is not None
            yield ctx.finding(
                hit.start + match.start(),
                hit.start + match.end(),
                f"reminder: {reminder}",
                evidence=[f'"{excerpt(hit.text)}"'],
            )
    holder = cue("filings", "holder")
    for sentence, folded in kept:
        match = holder.search(sentence.text) if may_match(holder, folded) else None
        if match is None:
            continue
        share = Decimal(match.group(1))
        if share >= 5:
            form = "Schedule 13D/13G" + (" and Section 16 (Forms 3/4/5)" if share >= 10 else "")
            yield ctx.finding(
                sentence.start + match.start(),
                sentence.start + match.end(),
                f"reminder: a holder at {share}% files {form}",
                evidence=[f'"{excerpt(text, sentence.start, sentence.end)}"'],
            )
            return
