"""EDT005: a dateline that contradicts where the story happens ("PORTLAND, OR" on a story
about a house in Falmouth, Maine)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from disclint.api import Dateline, Finding, Rule, RuleContext, excerpt, release_pattern, rule
from disclint.rules.editorial._text import (
    placed_in,
    places,
    region_names,
    region_of,
    region_pattern,
)


@rule(
    code="EDT005",
    name="dateline-location",
    family="editorial",
    severity="warning",
    summary="The dateline's city and state contradict where the release places the story",
    citation=(
        "AP Stylebook, datelines: the dateline names the city where the story is reported "
        "and its state as the city is known; wire-service editorial guidelines"
    ),
    examples=(
        (
            "[headline] Harbor House Sold\n\n"
            "[opening] PORTLAND, OR, May 7, 2024 /PRNewswire/ -- Coastal Realty sold a "
            "historic house in Falmouth, Maine, to a family from Cape Elizabeth, Maine.",
            "[headline] Harbor House Sold\n\n"
            "[opening] PORTLAND, ME, May 7, 2024 /PRNewswire/ -- Coastal Realty sold a "
            "historic house in Falmouth, Maine, to a family from Cape Elizabeth, Maine.",
        ),
    ),
)
def dateline_location(ctx: RuleContext) -> Iterator[Finding]:
    """The dateline tells readers and the wire's geographic feeds where a story comes
    from. A release datelined "PORTLAND, OR" about a house in Falmouth, Maine, was meant
    for Portland, Maine, and went out to Oregon's feeds; "HOUSTON, Calif." pairs a city
    with a state it is not in.

    Reported only when the contradiction is clear: a major city paired with a state or
    province it is not in (``rules/data/edt_places.toml``); a city name found in several
    states ("Portland": Oregon, Maine) paired with one while the body and About place
    something in another of them ("Falmouth, Maine") and never name the dateline's; or
    the body writing the dateline's own city with another state ("Portland, Maine"). A
    release about business elsewhere that also names the dateline's state, or only names
    another state ("a buyer in Ohio"), is not reported.
    """
    dateline = ctx.release.dateline
    if dateline is None or not dateline.region:
        return
    code = region_of(dateline.region.split(",")[0])
    if code is None:
        return
    city = " ".join(w.capitalize() for w in dateline.city.split())
    data = places()
    major = data["major_cities"].get(city)
    if major and code not in major:
        yield ctx.finding(
            dateline,
            message=f"the dateline pairs {city} with {_name(code)}; {city} is in "
            + " or ".join(_name(c) for c in major),
            evidence=[f'dateline "{dateline.text.strip()}"'],
        )
        return
    story = _story(ctx, dateline)
    if not story:
        return
    own = region_pattern(code)
    if own.search(story):
        return
    for other in [c for c in data["ambiguous_cities"].get(city, []) if c != code]:
        mention = placed_in(other).search(story)
        if mention:
            yield ctx.finding(
                dateline,
                message=f"the dateline says {city}, {_name(code)}, but the release places the "
                f"story in {_name(other)} and never mentions {_name(code)}",
                evidence=[
                    f"there is a {city} in {_name(other)} too",
                    f"story: {excerpt(story, max(0, mention.start() - 50), mention.end() + 30)}",
                ],
            )
            return
    for written in release_pattern(
        rf"\b{re.escape(city)},\s*(?P<region>[A-Z][\w.]*(?: [A-Z]\w*)?)"
    ).finditer(story):
        words = written.group("region")
        # "Solon, OH. As the company ...": try the one-word region before the two-word one
        other_code = region_of(words.split()[0]) or region_of(words)
        if other_code and other_code != code:
            yield ctx.finding(
                dateline,
                message=f"the dateline says {city}, {_name(code)}; the release writes "
                f"{city}, {_name(other_code)}",
                evidence=[
                    f"story: {excerpt(story, max(0, written.start() - 50), written.end() + 30)}"
                ],
            )
            return


def _name(code: str) -> str:
    return str(region_names()[code][0])


def _story(ctx: RuleContext, dateline: Dateline) -> str:
    """The text that places the story: body after the dateline, quotes, About sections."""
    release = ctx.release
    parts: list[str] = []
    for paragraph in release.body:
        text = paragraph.text
        if paragraph.span.text_start == dateline.span.text_start:
            text = text[len(dateline.text) :]
        parts.append(text)
    for about in release.about:
        parts.extend(p.text for p in about.paragraphs)
    return "\n".join(parts)


RULES: list[Rule] = [dateline_location]
