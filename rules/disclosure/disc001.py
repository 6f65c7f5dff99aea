"""DISC001: signs of selective disclosure before the release (Regulation FD)."""

from __future__ import annotations

from collections.abc import Iterator

from disclint.api import (
    Field,
    Finding,
    RuleContext,
    RuleOptions,
    compiled,
    excerpt,
    may_match,
    rule,
)
from disclint.rules.disclosure.common import applies, cue


class SelectiveOptions(RuleOptions):
    """DISC001: more phrases that reveal a prior private disclosure."""

    extra_phrases: list[str] = Field(
        default_factory=list,
        description='More phrases (regular expressions), e.g. ["as shared at our investor day"]',
    )


@rule(
    code="DISC001",
    name="selective-disclosure",
    family="disclosure",
    severity="warning",
    summary="Signs that material information reached some investors or analysts first",
    citation=(
        "Regulation FD Rules 100 and 101(e) (17 CFR 243.100, 243.101(e)); Release 33-7881 "
        "(2000); Release 34-58288 (2008)"
    ),
    options=SelectiveOptions,
    examples=(
        (
            "Acme Corp. (Nasdaq: ACME) confirmed that, as the CFO told several investors last "
            "week, margins will improve.",
            "Acme Corp. (Nasdaq: ACME) expects margins to improve; it is furnishing this "
            "release on Form 8-K.",
        ),
    ),
)
def selective_disclosure(ctx: RuleContext) -> Iterator[Finding]:
    """Regulation FD forbids an issuer to disclose material nonpublic information to
    market professionals or holders who may trade on it unless it discloses it publicly at
    the same time (intentional) or promptly afterwards (unintentional, Rule 100(a)). A
    release that says the news was "previously discussed with analysts" or confirms
    "guidance given to investors" at a private meeting records the selective disclosure it
    may be curing; counsel needs to see it. A release distributed through a wire service
    or furnished on Form 8-K is itself a recognised method of public disclosure.
    """
    if not applies(ctx):
        return
    pattern = cue("fd", "selective")
    if isinstance(ctx.options, SelectiveOptions) and ctx.options.extra_phrases:
        extra = "|".join(f"(?:{p})" for p in ctx.options.extra_phrases)
        pattern = compiled(f"{pattern.pattern}|{extra}")
    if not may_match(pattern, ctx.facts.folded):
        return  # a sentence is a slice of the text: none holds the words the text lacks
    folded = ctx.facts.folded_sentences
    for index, sentence in enumerate(ctx.facts.sentences):
        if sentence.section == "forward_looking":
            continue
        # run only on a sentence holding one of the pattern's required words
        if not may_match(pattern, folded[index]):
            continue
        match = pattern.search(sentence.text)
        if match:
            start = sentence.start + match.start()
            yield ctx.finding(
                start,
                start + len(match.group()),
                f'"{match.group()}" suggests the information was given to some investors or '
                "analysts before this release",
                evidence=[f'"{excerpt(sentence.text)}"'],
            )
