"""NG004: evaluative words favouring a non-GAAP measure over its GAAP pair."""

from __future__ import annotations

from collections.abc import Iterator

from disclint.api import Field, Finding, RuleContext, RuleOptions, compiled, excerpt, rule
from disclint.rules.nongaap.scope import applies, context_pattern

#: How far before a measure an evaluative word still characterises it ("record adjusted
#: EBITDA", "strong free cash flow of").
_REACH = 25


class CharacterizationOptions(RuleOptions):
    """NG004: more evaluative words."""

    extra_words: list[str] = Field(
        default_factory=list,
        description='More evaluative words (regular expressions), e.g. ["all-time high"]',
    )


@rule(
    code="NG004",
    name="non-gaap-characterization",
    family="nongaap",
    severity="warning",
    summary='Evaluative words ("record", "strong") on a non-GAAP measure but not its GAAP pair',
    citation="Non-GAAP C&DI 102.10(a) (descriptive characterisation more prominent than GAAP)",
    options=CharacterizationOptions,
    examples=(
        (
            "Acme Corp. (Nasdaq: ACME) delivered record adjusted EBITDA of $40 million. Net "
            "loss was $3 million. A reconciliation of net loss to adjusted EBITDA, a non-GAAP "
            "measure, follows.",
            "Acme Corp. (Nasdaq: ACME) reported a net loss of $3 million and adjusted EBITDA "
            "of $40 million. A reconciliation of net loss to adjusted EBITDA, a non-GAAP "
            "measure, follows.",
        ),
    ),
)
def characterization_asymmetry(ctx: RuleContext) -> Iterator[Finding]:
    """Describing a non-GAAP measure as "record" or "strong" while the GAAP measure is
    stated neutrally (or not characterised at all) gives the non-GAAP measure more
    prominence; the staff lists this among its examples (C&DI 102.10(a)).

    The rule reports an evaluative word written right before a non-GAAP measure when no
    such word is written before any mention of its GAAP pair. The words are data
    (``evaluative`` in ``rules/data/ng_context.toml``).

    A communication about a pending business combination (a deal still to be decided by a
    vote, a tender offer or a registration statement) is exempt (Rule 100(d)).
    """
    if not applies(ctx):
        return
    # imported once the rule applies (``scope``): most releases are read by no NG rule
    from disclint.rules.nongaap.measures import combination_exempt, read_measures

    if combination_exempt(ctx):
        return
    reading = read_measures(ctx)
    options = ctx.options if isinstance(ctx.options, CharacterizationOptions) else None
    evaluative = context_pattern("evaluative")
    if options is not None and options.extra_words:
        extra = "|".join(f"(?:{w})" for w in options.extra_words)
        evaluative = compiled(rf"{evaluative.pattern}|\b(?:{extra})\b")
    text = ctx.release.text
    done: set[str] = set()
    for mention in reading.presented():
        if mention.kind.key in done or mention.place == "table":
            continue
        window_start = max(mention.unit_start, mention.start - _REACH)
        words = list(evaluative.finditer(text, window_start, mention.start))
        if not words:
            continue
        gaap_praised = any(
            evaluative.search(text, max(g.unit_start, g.start - _REACH), g.start)
            for g in reading.gaap_for(mention.kind)
        )
        if gaap_praised:
            continue
        done.add(mention.kind.key)
        word = words[-1]
        yield ctx.finding(
            word.start(),
            mention.end,
            f'"{word.group()}" characterises non-GAAP "{mention.text}" but no GAAP measure '
            f"({mention.kind.gaap_label}) is characterised alike",
            evidence=[f'"{excerpt(text, mention.unit_start, mention.unit_end)}"'],
        )
