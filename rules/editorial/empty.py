"""EDT007: an empty or broken release (no body, a body that is only a link)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from disclint.api import URL, Finding, Rule, RuleContext, RuleOptions, excerpt, rule

_WORD = re.compile(r"[^\W\d_]{2,}")


class EmptyOptions(RuleOptions):
    """EDT007 options."""

    min_words: int = 3
    """Fewer words than this in the body (dateline and links aside) is no story."""


@rule(
    code="EDT007",
    name="empty-release",
    family="editorial",
    severity="error",
    summary="A release with no story: no body, a body that is only a link, a bare headline",
    citation=(
        "Wire-service editorial guidelines: a release carries a headline, a dateline and a "
        "body; Regulation FD (17 CFR 243.101(e)) where the release is the issuer's public "
        "disclosure"
    ),
    options=EmptyOptions,
    examples=(
        (
            "[headline] Norvale Mining Announces Record Quarterly Output\n\n"
            "[opening] https://example.com/news/123",
            "[headline] Norvale Mining Announces Record Quarterly Output\n\n"
            "[opening] TORONTO, Jan. 5, 2024 (GLOBE NEWSWIRE) -- Norvale Mining Corp. today "
            "reported record gold output of 52,000 ounces for the fourth quarter.",
        ),
    ),
)
def empty_release(ctx: RuleContext) -> Iterator[Finding]:
    """A release that lost its body on the way to the wire (a failed paste, a link in
    place of the text) is published as a headline and nothing else, or a headline and a
    bare URL. Readers, and the terminals that carry the wire, see an announcement with no
    content, and the issuer has made no disclosure at all. Such a release also escapes
    every rule that needs a ticker or a dateline to know whose release it is, so this rule
    runs whatever the release's standing.

    The body's words are counted without the dateline and links (About, contacts and the
    legend are not body); fewer than ``min-words`` (3) is an empty release. A short body
    is the writer's choice; none at all is a broken release.
    """
    options: EmptyOptions = ctx.options
    release = ctx.release
    if release.headline is None and not release.body:
        return
    words = 0
    dateline = release.dateline
    for paragraph in release.body:
        text = paragraph.text
        if dateline is not None and paragraph.span.text_start == dateline.span.text_start:
            text = text[len(dateline.text) :]
        words += len(_WORD.findall(URL.sub(" ", text)))
        if words >= options.min_words:
            return  # a story: the count only grows, so the rest of the body is not counted
    if words >= options.min_words:
        return
    anchor = release.headline or (release.body[0] if release.body else None)
    if anchor is None:
        return
    body = " ".join(p.text for p in release.body)
    shown = f'the body reads "{excerpt(body, width=80)}"' if body.strip() else "there is no body"
    yield ctx.finding(
        anchor,
        message=f"the release has no story: {words} words of body after the headline",
        evidence=[f'headline "{excerpt(anchor.text, width=80)}"', shown],
    )


RULES: list[Rule] = [empty_release]
