"""EDT003: a name spelled two ways in one release ("Yamagachi" and "Yamaguchi")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from disclint.api import (
    HONORIFIC,
    TITLE_WORDS,
    Finding,
    Rule,
    RuleContext,
    RuleOptions,
    at_release_end,
    excerpt,
    lazy_compile,
    load_rule_data,
    osa_distance,
    outside_text,
    rule,
    standing,
)
from disclint.rules.editorial._text import countries_named, pieces, places, region_names

#: A capitalised word, including inner capitals ("McEwen") and all-capitals headlines. The
#: capital comes first and the test of the character before it follows (``(?<![...][A-Z])``:
#: the capital is one): ``re`` then skips to the next capital in C instead of trying the
#: lookbehind at every character, four times faster than opening with the lookbehind and
#: the same matches.
_WORD = re.compile(
    r"[A-Z](?<![\w'’.-][A-Z])(?:[A-Za-z]*[a-z][A-Za-z]*(?![\w-])|[A-Z]{3,}(?![\w-]))"
)
#: Where a converter ran two words together: six lower-case letters, then a capital
#: starting a word ("FoundationCar"); a word shorter than ``_GLUED_MIN`` cannot hold it.
_GLUED = re.compile(r"(?<=[a-z]{6})(?=[A-Z][a-z])")
_GLUED_MIN = 8
#: A lower-case word of four letters or more. As ``_WORD``: the first letter, then the test
#: of the character before it, so that ``re`` skips in C to the next lower-case letter
#: (opening with the lookbehind, it tried it at every character of the release: 6.2 M
#: instructions over every 12th corpus release, 0.1% of their check); the same matches.
_LOWER = re.compile(r"[a-z](?<![\w-][a-z])[a-z]{3,}(?![\w-])")
#: Sections whose words are compared. Forward-looking boilerplate and the distribution
#: footer are the lawyers' and the wire's text, not the story's.
_SECTIONS = {"headline", "subheadline", "dateline", "body", "quote", "about", "contacts", "front"}
_HEADINGS = {"headline", "subheadline"}
#: A word right after "in", "at" or "near" is a place ("joined in Austin").
_LOCATIVE = lazy_compile(r"\b(?:in|at|near)\s+$")


class _Use(NamedTuple):
    """A capitalised word of the story (a tuple: a release makes thousands of them)."""

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
            "[headline] Hiroshi Yamagachi Joins Norvale Board\n\n"
            "Norvale appointed Hiroshi Yamaguchi to its board. Mr. Yamaguchi led Asahi Metals "
            "for a decade.",
            "[headline] Hiroshi Yamaguchi Joins Norvale Board\n\n"
            "Norvale appointed Hiroshi Yamaguchi to its board. Mr. Yamaguchi led Asahi Metals "
            "for a decade.",
        ),
    ),
)
@outside_text()
def name_spelled_two_ways(ctx: RuleContext) -> Iterator[Finding]:
    """A release that spells its own issuer "Sirona Biochem Crop" beside "Sirona Biochem
    Corp", or a new director "Yamagachi" in the headline and "Yamaguchi" in the body, has
    been corrected on the wire; the wrong spelling is what search engines, databases and
    the director's own name alerts index. The names compared are those the release itself
    establishes: the issuer's, each About section's subject, the speakers of its quotes and
    the people and organisations of its contacts, and any capitalised word it repeats that
    is never written in lower case (a proper noun).

    A word of one of those names and another capitalised word one edit apart (a letter
    changed, added, dropped or two swapped; two edits for long names: the optimal string
    alignment distance), is reported when the variant is the rarer spelling and either stands beside
    the same word as the name (the same first name, the same "Biochem"), appears only in
    the headline, or is used once beside a name used three times or more (and has no first
    name of its own that the name never has, and is not a place).

    The ticker is compared the same way: two symbols one edit apart on one venue are a
    slip, unless they differ only in the last character (share classes, units, warrants).

    Not reported: possessives, plurals and abbreviations (one spelling extends the other:
    "EBITDA"/"AEBITDA"), legal suffixes ("Corp"/"Corporation"), initials, case
    ("ACME"/"Acme"), a first-name-only second mention, a variant that is also an ordinary
    lower-case word of the release, two spellings each used often (two names), and two
    spellings that differ only in the first letter (a brand coined from a name: "Qplash" for
    Splash's online store). Words a
    converter ran together ("FoundationCar") are compared apart.
    """
    options: NameOptions = ctx.options
    yield from _ticker_slips(ctx)
    uses = _uses(ctx)
    if not uses:
        return
    # each use's word case folded once (a large release has tens of thousands of uses)
    keys = [u.word.casefold() for u in uses]
    counts = Counter(keys)
    spelled: dict[str, str] = {}
    by_word: dict[str, list[_Use]] = defaultdict(list)  # one pass, not a scan per pair
    for key, use in zip(keys, uses, strict=True):
        spelled.setdefault(key, use.word)
        by_word[key].append(use)
    neutral = {w.casefold() for w in load_rule_data("edt_names")["neutral_neighbours"]}
    neutral.update(w.casefold() for w in {u.word for u in uses} if _honorific_or_title(w))
    neighbours: dict[str, set[str]] = defaultdict(set)
    for key, use in zip(keys, uses, strict=True):
        for word in (use.before, use.after):
            if word:
                folded = word.casefold()
                if folded not in neutral:
                    neighbours[key].add(folded)
    lowered = set(_LOWER.findall(ctx.release.text))
    known = _known_words(ctx, options.min_length)
    known.update(w for w, n in counts.items() if n >= 2 and w not in lowered and w not in neutral)
    reported: set[str] = set()
    for variant, name in _pairs(known, counts, options.min_length, options.max_variant_uses):
        if variant in reported:
            continue
        if counts[variant] > options.max_variant_uses or counts[variant] >= counts[name]:
            continue
        if _extends(variant, name) or variant in lowered or _new_initial(variant, name):
            continue
        limit = 1 if min(len(name), len(variant)) < 9 else 2
        distance = osa_distance(variant, name, limit)
        if distance > limit:
            continue
        shared = neighbours[variant] & neighbours[name]
        variant_uses = by_word.get(variant, [])
        headline_only = all(u.section in _HEADINGS for u in variant_uses)
        if len(variant) < 5 and not shared:
            continue
        if not (
            shared
            or (headline_only and counts[name] >= 2)
            or (
                _lone_slip(variant_uses, counts[name], uses, name, neutral)
                and not _LOCATIVE.search(ctx.release.text[: variant_uses[0].start])
            )
        ):
            continue
        reported.add(variant)
        first = variant_uses[0]
        if shared:
            why = f'both stand beside "{spelled[sorted(shared)[0]]}"'
        elif headline_only:
            why = f"the variant appears only in the {first.section}"
        else:
            why = f"the variant is used once, the name {counts[name]} times"
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


def _new_initial(variant: str, name: str) -> bool:
    """Whether the two spellings differ only in their first letter ("Qplash" and "Splash"):
    a brand coined from a name, not a slip (slips fall inside a word, where the eye skims)."""
    return len(variant) == len(name) and variant[0] != name[0] and variant[1:] == name[1:]


def _ticker_slips(ctx: RuleContext) -> Iterator[Finding]:
    """A ticker written two ways on one venue ("NASDAQ: ACMW" and "NASDAQ: AMCW"). Symbols
    that differ only in their last character are a company's share classes, units and
    warrants ("RCI.A"/"RCI.B", "ROCLU"/"ROCLW"), not a slip."""
    seen: dict[str, dict[str, int]] = {}
    for mention in ctx.facts.tickers:
        if mention.known:
            for symbol in mention.symbols:
                seen.setdefault(mention.venue, {}).setdefault(symbol, mention.start)
    for venue, symbols in seen.items():
        ordered = sorted(symbols, key=symbols.__getitem__)
        for index, first in enumerate(ordered):
            for later in ordered[index + 1 :]:
                if len(first) < 3 or osa_distance(first, later, 1) > 1:
                    continue
                if _extends(first, later) or first[:-1] == later[:-1]:
                    continue
                start = symbols[later]
                yield ctx.finding(
                    start,
                    start + len(ctx.release.text[start:].split(")")[0]),
                    f'ticker "{later}" here, "{first}" earlier on {venue}: a symbol written '
                    "two ways",
                    evidence=[f"{venue}: {first} and {later} are one edit apart"],
                )


def _pairs(
    known: set[str], counts: Counter[str], min_length: int, max_rarer: int | None = None
) -> list[tuple[str, str]]:
    """(rarer, commoner) pairs of spellings one or two edits apart of which at least one is
    a known name word: the release's own issuer name may be the misspelt one ("Galaxy
    Paryoll Group" before the ticker, "Galaxy Payroll Group" everywhere else).

    ``max_rarer``: only pairs whose rarer spelling is used at most that often (the rule
    drops the others: two spellings each used often are two names), so that their edit
    distance is never computed."""
    pairs: set[tuple[str, str]] = set()
    # Only lengths within 2 are compared, and each word's letters are taken once, as a
    # multiset: a word with more than 2 letters the other lacks (counted with repeats) is
    # more than 2 edits from it (an edit adds at most one such letter to each side, a
    # transposition none), so most pairs are rejected without an edit-distance table.
    # Before the sets, each word's distinct letters as bits of an integer (``_mask``): a
    # word with more than 2 distinct letters the other lacks has more than 2 letters the
    # other lacks, so two integer operations reject most pairs without making a set.
    # A name used more than ``max_rarer`` times pairs only with words used at most that
    # often (the rarer side of the pair): those are looked through alone (``rare``).
    # (The letter sets are made only for the pairs the bits let through: most words of a
    # release never get that far.)
    by_length: dict[int, list[tuple[str, int]]] = defaultdict(list)
    rare: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for word in counts:
        if len(word) >= min_length:
            entry = (word, _mask(word))
            by_length[len(word)].append(entry)
            if max_rarer is not None and counts[word] <= max_rarer:
                rare[len(word)].append(entry)
    for name in sorted(known):
        size, uses, mask = len(name), counts[name], _mask(name)
        pool = rare if max_rarer is not None and uses > max_rarer else by_length
        for n in range(size - 2, size + 3):
            near = [
                other
                for other, other_mask in pool.get(n, ())
                if (mask & ~other_mask).bit_count() <= 2 and (other_mask & ~mask).bit_count() <= 2
            ]
            if not near:
                continue
            letters = _letters(name)
            for other in near:
                other_letters = _letters(other)
                if len(letters - other_letters) > 2 or len(other_letters - letters) > 2:
                    continue
                if other == name or counts[other] == uses:
                    continue
                if max_rarer is not None and min(counts[other], uses) > max_rarer:
                    continue
                if osa_distance(other, name, 2) > 2:
                    continue
                pairs.add((other, name) if counts[other] < uses else (name, other))
    return sorted(pairs)


# The word caches below are emptied as each release's check ends (``at_release_end``): a
# release's words recur within it, rarely across releases, and entries kept from release to
# release were the run's largest set of long-lived objects made while checking (some
# 14,000 of the ~18,000 a corpus pass left behind), each pinning part of the allocator's
# pages that the release's transient objects had spread over: 2.3 MiB of a corpus run's
# peak, growing with the number of files (``tests/test_memory.py``).


@lru_cache(maxsize=4096)
def _mask(word: str) -> int:
    """The distinct letters of ``word`` as bits (a letter's code point modulo 62: letters
    that share a bit make the count of differing bits a lower bound of the differing
    letters, never more, so a pair rejected by it is rejected by the letter sets too)."""
    mask = 0
    for char in word:
        mask |= 1 << (ord(char) % 62)
    return mask


@lru_cache(maxsize=1024)  # about 1 MB (a frozenset is ~900 bytes): recurring words
def _letters(word: str) -> frozenset[str]:
    """The letters of ``word`` as a set with repeats told apart ("a", "aa" for a second
    "a"): the difference of two such sets is the multiset difference of the letters."""
    seen: dict[str, int] = {}
    marked = []
    for char in word:
        times = seen.get(char, 0) + 1
        seen[char] = times
        marked.append(char * times)
    return frozenset(marked)


def _lone_slip(
    variant_uses: list[_Use], name_count: int, uses: list[_Use], name: str, neutral: set[str]
) -> bool:
    """A spelling used once beside a name used three times or more, with no first name of
    its own that the name never has ("Gary Filtin" once, "Mr. Fitlin" throughout), and not
    a place ("Austin" beside "Justin")."""
    [use] = variant_uses if len(variant_uses) == 1 else [None]
    if use is None or name_count < 3 or len(use.word) < 6 or _is_place(use.word):
        return False
    before = use.before.casefold() if use.before and use.before.casefold() not in neutral else None
    name_befores = [
        u.before.casefold() if u.before and u.before.casefold() not in neutral else None
        for u in uses
        if u.word.casefold() == name
    ]
    if before is None:
        # "Dynamis" alone beside "Boston Dynamics", "Agility Dynamics": a word of other names
        return None in name_befores
    return before in name_befores


@lru_cache(maxsize=4096)
def _honorific_or_title(word: str) -> bool:
    """ "Mr", "Dr", "CEO", "President": the quotation reader's own word lists."""
    return bool(HONORIFIC.match(f"{word}. ") or TITLE_WORDS.fullmatch(word))


for _cached in (_mask, _letters, _honorific_or_title):
    at_release_end(_cached.cache_clear)


def _extends(a: str, b: str) -> bool:
    """One spelling is the other with letters added at either end: a plural, a possessive,
    an abbreviation's prefix ("EBITDA", "AEBITDA"), a glued initial."""
    return a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a)


def _is_place(word: str) -> bool:
    """A state, province, country or listed city ("Austin", "Maine", "Canadian")."""
    data = places()
    if countries_named(word):
        return True
    cities = {*data["major_cities"], *data["ambiguous_cities"]}
    regions = {n for names in region_names().values() for n in names}
    return word in cities or word in regions


def _uses(ctx: RuleContext) -> list[_Use]:
    """Every capitalised word of the story's sections with its capitalised neighbours."""
    release = ctx.release
    section_run = release.section_run
    found: list[_Use] = []
    append = found.append
    for piece in pieces(ctx):
        section, paragraph = piece.kind, piece.element
        if section not in _SECTIONS:
            continue
        text = paragraph.text
        base = paragraph.span.text_start
        # the section of each word: looked up again only past a section boundary
        here, until = section_run(base)
        words: list[tuple[str, int, int]] = []  # (word, start, end) in ``text``
        for m in _WORD.finditer(text):
            word = m.group()
            if len(word) < _GLUED_MIN:
                words.append((word, m.start(), m.end()))  # too short to hold two glued words
            else:
                words.extend(_unglue(word, m.start()))
        # whether each word and the next are neighbours in a name: made once a pair, as
        # the first word's "after" and the second's "before"
        joined = [_adjacent(text, a, b[1]) for a, b in pairwise(words)]
        previous: str | None = None
        for index, (word, start, _) in enumerate(words):
            offset = base + start
            if offset >= until:
                here, until = section_run(offset)
            after = words[index + 1][0] if index < len(joined) and joined[index] else None
            append(_Use(word, offset, here or section, previous, after))
            previous = word if after is not None else None
    return found


def _unglue(word: str, start: int) -> list[tuple[str, int, int]]:
    """Words a converter ran together ("FoundationCar": "Foundation", "Car") apart again;
    a short first part is one name ("McEwen", "VivoPower"). Each as (word, start, end)."""
    glued = _GLUED.search(word)
    if glued is None:
        return [(word, start, start + len(word))]
    cut = glued.start()
    return [(word[:cut], start, start + cut), (word[cut:], start + cut, start + len(word))]


def _adjacent(text: str, first: tuple[str, int, int], start: int) -> bool:
    """Two words are neighbours in a name when only a space or a hyphen separates them
    ("Sirona Biochem Corp", "Jean-Luc"), or a full stop after an abbreviation ("Dr. Jane
    Roe"); a full stop after a word ends a sentence ("Detroit. Salyor has")."""
    gap = text[first[2] : start]
    if gap in (" ", "-"):
        return True
    return gap == ". " and len(first[0]) <= 3


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
