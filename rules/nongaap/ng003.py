"""NG003: a non-GAAP measure more prominent than its GAAP pair."""

from __future__ import annotations

from collections.abc import Iterator

from disclint.api import Field, Finding, RuleContext, RuleOptions, excerpt, rule
from disclint.rules.nongaap.scope import applies

CITATION = "Regulation S-K Item 10(e)(1)(i)(A); Non-GAAP C&DI 102.10(a)-(c)"

_WHERE = {
    "headline": "the headline",
    "subheadline": "a subheadline",
    "top": "the headline area",
    "highlight": "the highlights",
}


class ProminenceOptions(RuleOptions):
    """NG003: whether the release is an Item 2.02 earnings release (error) or not (warning)."""

    earnings_release: bool | None = Field(
        default=None,
        description=(
            "true: treat every release as an earnings release furnished under Form 8-K Item "
            "2.02 (error); false: never (warning); unset: read it from the headline"
        ),
    )


@rule(
    code="NG003",
    name="non-gaap-prominence",
    family="nongaap",
    severity="error",
    summary="Non-GAAP measure ahead of its GAAP pair in the headline or highlights",
    citation=CITATION,
    options=ProminenceOptions,
    examples=(
        (
            "[release]\n"
            "Acme Corp. Reports Record Adjusted EBITDA of $40 Million\n\nDENVER, March 4, "
            "2025 /PRNewswire/ -- Acme Corp. (Nasdaq: ACME) today reported fourth quarter "
            "results. Net income was $5 million.",
            "[release]\n"
            "Acme Corp. Reports Net Income of $5 Million; Adjusted EBITDA of $40 Million\n\n"
            "DENVER, March 4, 2025 /PRNewswire/ -- Acme Corp. (Nasdaq: ACME) today reported "
            "fourth quarter results.",
        ),
    ),
)
def non_gaap_prominence(ctx: RuleContext) -> Iterator[Finding]:
    """The comparable GAAP measure must be presented with equal or greater prominence than
    a non-GAAP measure (Item 10(e)(1)(i)(A)). The staff reads a non-GAAP measure that
    precedes its GAAP pair, or one in a headline or caption that omits the GAAP pair, as
    more prominent (C&DI 102.10(b)); the SEC's 2018 order against ADT concerned exactly
    this: adjusted figures in the headline and highlights, the GAAP net loss later in the
    body.

    The rule reads the headline, subheadlines, the lines above the dateline paragraph and
    the highlight bullets, and reports a non-GAAP figure there when its GAAP pair has not
    appeared before it (in the same line or an earlier one). Severity is `error` for an
    earnings release (results for a period in the headline: Form 8-K Item 2.02) and
    `warning` otherwise.

    A communication about a pending business combination (a deal still to be decided by a
    vote, a tender offer or a registration statement) is exempt (Rule 100(d)).
    """
    if not applies(ctx):
        return
    # imported once the rule applies (``scope``): most releases are read by no NG rule
    from disclint.rules.nongaap.measures import TOP_PLACES, combination_exempt, read_measures

    if combination_exempt(ctx):
        return
    reading = read_measures(ctx)
    options = ctx.options if isinstance(ctx.options, ProminenceOptions) else ProminenceOptions()
    earnings = (
        reading.earnings_release if options.earnings_release is None else options.earnings_release
    )
    reported: set[tuple[str, str]] = set()
    for mention in reading.presented():
        if mention.place not in TOP_PLACES:
            continue
        where = "highlight" if mention.place == "highlight" else "top"
        if (mention.kind.key, where) in reported:
            continue
        earlier = [
            g
            for g in reading.gaap_for(mention.kind)
            if g.place in TOP_PLACES and g.start < mention.start
        ]
        if earlier:
            continue
        reported.add((mention.kind.key, where))
        later = [g for g in reading.gaap_for(mention.kind) if g.start > mention.start]
        evidence = [f'"{excerpt(ctx.release.text, mention.unit_start, mention.unit_end)}"']
        if later:
            evidence.append(
                f'{mention.kind.gaap_label} first appears later: "{later[0].text}" '
                f"({later[0].place})"
            )
        else:
            evidence.append(f"{mention.kind.gaap_label} does not appear before it")
        yield ctx.finding(
            mention.start,
            mention.end,
            f'non-GAAP "{mention.text}" in {_WHERE[mention.place]} comes before its '
            f"comparable GAAP measure ({mention.kind.gaap_label})",
            evidence=evidence,
            severity="error" if earnings else "warning",
        )
