"""EDT003: a name spelled two ways in one release ("Yamagachi" and "Yamaguchi")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from disclint.api import Finding, Rule, RuleContext, RuleOptions, excerpt, rule
from disclint.ruledata import load_rule_data
from disclint.standing import standing

#: A capitalised word, including inner capitals ("McEwen") and all-capitals headlines.
_WORD = re.compile(
    r"(?<![\w'’.-])[A-Z][A-Za-z]*[a-z][A-Za-z]*(?![\w-])|(?<![\w'’.-])[A-Z]{4,}(?![\w-])"
)
_LOWER = re.compile(r"(?<![\w-])[a-z]{4,}(?![\w-])")
#: Sections whose words are compared. Forward-looking boilerplate and the distribution
#: footer are the lawyers' and the wire's text, not the story's.
_SECTIONS = {"headline", "subheadline", "dateline", "body", "quote", "about", "contacts", "front"}
_HEADINGS = {"headline", "subheadline"}


@dataclass(frozen=True)
class _Use:
    word: str
    start: int
    section: str
    before: str | None
    after: str | None


class NameOptions(RuleOptions):
    """EDT003 options."""

    min_length: int = 4
    """Shorter words are not compared (too many real words lie one letter apart)."""
    max_variant_uses: int = 2
    """A spelling used more often than this is a name of its own, not a slip."""


@rule(
    code="EDT003",
    name="name-spelled-two-ways",
    family="editorial",
    severity="warning",
    summary="The issuer's or a person's name is spelled two ways in one release",
    citation=(
        "AP Stylebook, names: spell a name as its owner does, and the same way throughout; "
        "Rule 10b-5 (17 CFR 240.10b-5) where the misspelling names another company"
    ),
    options=NameOptions,
    examples=(
        (
            "Hiroshi Yamagachi Joins Norvale Board\n\nTORONTO, Jan. 5, 2024 (GLOBE NEWSWIRE) "
            "-- Norvale Mining Corp. appointed Hiroshi Yamaguchi to its board. Mr. Yamaguchi "
            "led Asahi Metals for a decade.\n",
            "Hiroshi Yamaguchi Joins Norvale Board\n\nTORONTO, Jan. 5, 2024 (GLOBE NEWSWIRE) "
            "-- Norvale Mining Corp. appointed Hiroshi Yamaguchi to its board. Mr. Yamaguchi "
            "led Asahi Metals for a decade.\n",
        ),
    ),
)
def name_spelled_two_ways(ctx: RuleContext) -> Iterator[Finding]:
    """A release that spells its own issuer "Sirona Biochem Crop" beside "Sirona Biochem
    Corp", or a new director "Yamagachi" in the headline and "Yamaguchi" in the body, has
    been corrected on the wire; the wrong spelling is what search engines, databases and
    the director's own name alerts index. The names compared are those the release itself
    establishes: the issuer's, each About section's subject, the speakers of its quotes and
    the people and organisations of its contacts, and any capitalised word it repeats that
    is never written in lower case (a proper noun).

    A word of one of those names and another capitalised word one edit apart (a letter
    changed, added, dropped or two swapped; two edits for long names), measured with
    rapidfuzz, is reported when the variant is the rarer spelling and either stands beside
    the same word as the name (the same first name, the same "Biochem") or appears only in
    the headline. Not reported: possessives and plurals (one spelling extends the other),
    legal suffixes ("Corp"/"Corporation"), initials, case ("ACME"/"Acme"), a first-name-only
    second mention, a variant that is also an ordinary lower-case word of the release, and
    two spellings each used often (two different names).
    """
    from rapidfuzz.distance import OSA

    options: NameOptions = ctx.options
    uses = _uses(ctx)
    if not uses:
        return
    counts = Counter(u.word.casefold() for u in uses)
    spelled: dict[str, str] = {}
    for use in uses:
        spelled.setdefault(use.word.casefold(), use.word)
    neutral = {w.casefold() for w in load_rule_data("edt_names")["neutral_neighbours"]}
    neighbours: dict[str, set[str]] = defaultdict(set)
    for use in uses:
        for word in (use.before, use.after):
            if word and word.casefold() not in neutral:
                neighbours[use.word.casefold()].add(word.casefold())
    lowered = {m.group() for m in _LOWER.finditer(ctx.release.text)}
    known = _known_words(ctx, options.min_length)
    known.update(w for w, n in counts.items() if n >= 2 and w not in lowered and w not in neutral)
    reported: set[str] = set()
    for name in sorted(known):
        if counts[name] == 0:
            continue
        for variant in counts:
            if variant == name or variant in reported or len(variant) < options.min_length:
                continue
            if counts[variant] > options.max_variant_uses or counts[variant] >= counts[name]:
                continue
            if variant.startswith(name) or name.startswith(variant) or variant in lowered:
                continue
            limit = 1 if min(len(name), len(variant)) < 9 else 2
            distance = OSA.distance(variant, name, score_cutoff=limit)
            if distance > limit:
                continue
            shared = neighbours[variant] & neighbours[name]
            variant_uses = [u for u in uses if u.word.casefold() == variant]
            headline_only = all(u.section in _HEADINGS for u in variant_uses)
            if len(variant) < 5 and not shared:
                continue
            if not shared and not (headline_only and counts[name] >= 2 and len(variant) >= 5):
                continue
            reported.add(variant)
            first = variant_uses[0]
            why = (
                f'both stand beside "{spelled[sorted(shared)[0]]}"'
                if shared
                else f"the variant appears only in the {first.section}"
            )
            yield ctx.finding(
                first.start,
                first.start + len(first.word),
                f'"{first.word}" here, "{spelled[name]}" elsewhere: a name spelled two ways',
                evidence=[
                    f'"{first.word}" used {counts[variant]}x, "{spelled[name]}" '
                    f"{counts[name]}x; {distance} edit(s) apart",
                    why,
                    f"in: {excerpt(ctx.release.text, max(0, first.start - 50), first.start + 60)}",
                ],
            )


def _uses(ctx: RuleContext) -> list[_Use]:
    """Every capitalised word of the story's sections with its capitalised neighbours."""
    release = ctx.release
    found: list[_Use] = []
    for paragraph in release.paragraphs():
        section = release.section_at(paragraph.span.text_start) or "body"
        if section not in _SECTIONS:
            continue
        text = paragraph.text
        matches = list(_WORD.finditer(text))
        for index, match in enumerate(matches):
            before = matches[index - 1] if index else None
            after = matches[index + 1] if index + 1 < len(matches) else None
            found.append(
                _Use(
                    word=match.group(),
                    start=paragraph.span.text_start + match.start(),
                    section=release.section_at(paragraph.span.text_start + match.start())
                    or section,
                    before=before.group()
                    if before and _adjacent(text, before.end(), match.start())
                    else None,
                    after=after.group()
                    if after and _adjacent(text, match.end(), after.start())
                    else None,
                )
            )
    return found


def _adjacent(text: str, end: int, start: int) -> bool:
    """Two words are neighbours in a name when only a space, a full stop or a hyphen
    separates them ("Sirona Biochem Corp", "Dr. Jane Roe")."""
    return bool(re.fullmatch(r"[ .\-]{1,2}", text[end:start]))


def _known_words(ctx: RuleContext, min_length: int) -> set[str]:
    """The words of the names the release establishes (issuer, About subjects, quote
    speakers and organisations, contact people and organisations); the caller adds the
    proper nouns the release repeats."""
    release = ctx.release
    names = list(standing(ctx).names)
    names.extend(a.subject for a in release.about)
    for quote in release.quotes:
        names.extend(n for n in (quote.speaker, quote.organisation) if n)
    for contact in release.contacts:
        names.extend([*contact.names, *contact.organisations])
    words: set[str] = set()
    for name in names:
        words.update(m.group().casefold() for m in _WORD.finditer(name))
    return {w for w in words if len(w) >= min_length}


RULES: list[Rule] = [name_spelled_two_ways]
