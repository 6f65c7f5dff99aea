"""First-character sets (``disclint.firstchars``) change how fast ``re`` searches, never
what it finds: every pattern below finds the same matches with and without them."""

from __future__ import annotations

import random
import re
import re._compiler as compiler  # type: ignore[import-not-found]
import re._parser as parser  # type: ignore[import-not-found]
from typing import Any

import pytest

from disclint import firstchars

#: Shapes the rules use: lookbehinds and word boundaries before the first character,
#: alternations of words, optional prefixes, classes, inline flags, case-insensitivity.
PATTERNS: list[tuple[str, int]] = [
    (r"(?<![.!?])[.!?]+[”\"’')\]]*(?=\s+[“\"‘'(\[]?[A-Z0-9$€£])|(?<!\n)\n+(?![a-z])", 0),
    (r"(?<![\w'’.-])[A-Z][A-Za-z]*[a-z][A-Za-z]*(?![\w-])|(?<![\w'’.-])[A-Z]{4,}(?![\w-])", 0),
    (r"(?<![\w-])[a-z]{4,}(?![\w-])", 0),
    (r"\b(?:will|shall|undertakes?\s+to)\s+update\b", re.IGNORECASE),
    (r"\b(?:kelvin|sigma|istanbul)\b", re.IGNORECASE),
    (r"(?<![\w$.,/-])(?:\+\s?\d{1,3}[\s.\-]?|1[.\-](?=\d{3}[.\-]))?(?:\(\d{1,4}\))?\d{2,5}", 0),
    (r"\b[à-ÿa-c]\w+|\b[\u0100-\u017f]|[x-z]q", re.IGNORECASE),
    (r"(?:(?:would|[’\x27]d)\s+(?:like|love)\s+to)|(?:you|readers)\s+(?:can|may)", re.IGNORECASE),
    (r"(?<=[A-Za-z.:])(?:\+?1[-.\s])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}", 0),
    (r"\b(?i:acme)\s+(?-i:Corp)\b|(?<!\w)[^\W\d_]{2,}:", 0),
    (r"(?m)^\s*(?:[-*•]\s+)?(?P<item>[A-Z][a-z]+)(?=,|$)", 0),
    (r"(?<!\d)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s?%", 0),
    (r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", re.IGNORECASE),
    (r"(?=[A-Z])(?:[A-Z]\.){2,}|(?<=\s)\$\s?\d", 0),
    (r"(?>\bfoo|\bbar)baz|(?:x|y)*+q", re.IGNORECASE),
    (r"(?:ſ|K|İ|ı)+\w", re.IGNORECASE),
    (r"\b(?:é|ü)[a-z]+", 0),
    (r"(?i)\b(?:inc|kelvin|sigma|Ltd|9x)\b|(?-i:(?:Acme|acme) ?Corp)|z(?:ed|ee|a)", 0),
    (r"(?:is|ks|ss)(?<=(?:i|k|s)s)(?:(?:i)|k|x)+|(?a:(?:i|k|s)+)", re.IGNORECASE),
    (r"(?:ab|(?P<g>i))(?(g)k|s)(?=(?:i|k))|(?>(?:s|t)u)", re.IGNORECASE),
    # categories and characters beyond Latin-1 first (``latin1_bound``)
    (r"(?<![\w.,$€£/#-])\d{1,3}(?:,\d{3})*", 0),
    (r"\w+@\w+|[“”‘’]\w|\s\d", 0),
    (r"(?<!\w)[\d€£¥]+|\W\W", re.IGNORECASE),
    (r"\d+|\w{3}|\s{2}", re.ASCII),
    (r"[²³¹¼]|\d", 0),
]

#: Characters that exercise case folding (Kelvin sign, long s, dotted and dotless i) and
#: the punctuation and digits the patterns look for.
ALPHABET = (
    "aAbBcdeEfiIkKsStuvwxyzZ019 .,!?:;'\"()$%-\n\t@_éÉüÜ\u212a\u017f\u0130\u0131’“”"
    "²³¹¼µª\xa0\x85\u2009٣€£¥—\U0001d7d8"  # digits, letters and spaces beyond ASCII
)
WORDS = ["will", "Update", "KELVIN", "Acme", "Corp", "readers", "may", "ſigma", "İstanbul"]


#: ``re``'s own first-character function and code generator (``install`` may have
#: replaced them already).
_RE_OWN = firstchars._original or compiler._get_charset_prefix
_RE_CODE = firstchars._original_code or compiler._code


def _faster_prefix(pattern: Any, flags: int) -> Any:
    """What ``firstchars.charset_prefix`` does once installed."""
    found = _RE_OWN(pattern, flags)
    found = found if found is not None else firstchars.first_chars(pattern, flags)
    return firstchars.latin1_bound(found, flags)


def _faster_code(pattern: Any, flags: int) -> Any:
    firstchars.fast_branches(pattern, pattern.state.flags | flags)
    return _RE_CODE(pattern, flags)


def _compile(pattern: str, flags: int, *, fast: bool) -> re.Pattern[str]:
    """``pattern`` compiled by ``re``'s own compiler, or with this module's changes."""
    saved = compiler._get_charset_prefix, compiler._code
    compiler._get_charset_prefix = _faster_prefix if fast else _RE_OWN
    compiler._code = _faster_code if fast else _RE_CODE
    try:
        compiled: re.Pattern[str] = compiler.compile(pattern, flags)
    finally:
        compiler._get_charset_prefix, compiler._code = saved
    return compiled


def _texts(count: int, seed: int) -> list[str]:
    chance = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(chance.randint(1, 30)):
            if chance.random() < 0.3:
                parts.append(chance.choice(WORDS))
            else:
                parts.append("".join(chance.choices(ALPHABET, k=chance.randint(1, 8))))
        texts.append(" ".join(parts) if chance.random() < 0.5 else "".join(parts))
    return texts


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_search_finds_the_same_matches(pattern: str, flags: int) -> None:
    plain = _compile(pattern, flags, fast=False)
    faster = _compile(pattern, flags, fast=True)
    assert faster.pattern == pattern
    texts = [
        *_texts(300, hash(pattern) & 0xFFFF),
        "We will update readers. ACME Corp said (212) 555-0100; +1 212 555 0100. U.S.A. 12%",
        "\u212aelvin \u017figma \u0130stanbul \u0131stanbul Kelvin",
    ]
    for text in texts:
        assert [m.span() for m in faster.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert faster.sub("#", text) == plain.sub("#", text)
        assert faster.split(text) == plain.split(text)


def _first(pattern: str, flags: int = 0) -> list[tuple[Any, Any]] | None:
    parsed = parser.parse(pattern, flags)
    return firstchars.first_chars(parsed, parsed.state.flags | flags)  # as re's compiler


def test_a_set_is_found_past_lookarounds_and_boundaries() -> None:
    assert _first(r"(?<![\w-])[a-z]{4,}") is not None
    assert _first(r"\b(?:in|at)\b") is not None
    assert _first(r"(?:\+\d)?\d{3}") is not None  # an optional item adds what follows


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<!x).+",  # any character
        r"\b[^a-z]+",  # a negated class
        r"(?<!x)(?:a|)",  # may match empty
        r"(a)?\1b",  # a back-reference
        r"(?a:\w)+",  # an inline ASCII flag changes what the class means
    ],
)
def test_no_set_where_the_first_character_is_unbounded(pattern: str) -> None:
    assert _first(pattern, 0) is None


def test_a_case_insensitive_letter_gives_both_cases_and_every_non_ascii_character() -> None:
    found = _first(r"\bk", re.IGNORECASE)
    assert found is not None
    # stored as the ASCII characters it lacks, negated (a compact set)
    assert found[0] == (parser.NEGATE, None)
    lacking = {av for op, av in found[1:] if op is parser.LITERAL}
    assert ord("a") in lacking and ord("1") in lacking
    assert not lacking & {ord("k"), ord("K")}
    assert _first(r"\b[\x00-\x7f]", re.IGNORECASE) is None  # every character: no bound


#: Every code point, each followed by "=", for what a letter matches ignoring case.
_EVERY_CHARACTER = "=".join(map(chr, range(0x110000))) + "="


@pytest.mark.parametrize("letter", [*"abcdefghijklmnopqrstuvwxyzIKS", "[a-c_0]", "[J-L9]"])
def test_the_class_of_a_letter_is_what_re_matches_ignoring_case(letter: str) -> None:
    pattern = f"{letter}=|#="  # an alternation: its first letter is rewritten
    for flags in (re.IGNORECASE, re.IGNORECASE | re.ASCII):
        own = _compile(pattern, flags, fast=False).finditer(_EVERY_CHARACTER)
        fast = _compile(pattern, flags, fast=True).finditer(_EVERY_CHARACTER)
        matched = [m.group()[0] for m in own]
        assert [m.group()[0] for m in fast] == matched
        parsed = parser.parse(pattern, flags)
        firstchars.fast_branches(parsed, parsed.state.flags)
        first = parsed[0][1][1][0].data[0]
        assert first[0] is parser.SUBPATTERN
        members = sorted(chr(av) for _, av in first[1][3].data[0][1])
        assert members == sorted(set(matched) - {"#"})


def test_every_ascii_character_matches_only_its_cases() -> None:
    """An uncased ASCII character is its own class ignoring case: no other code point
    folds to it (what the rewrite of a class such as ``[a-c_0]`` relies on)."""
    for code in range(128):
        char = chr(code)
        if char.isalpha() or char in "=\\]^-[":
            continue
        own = _compile(f"[{char}x]=", re.IGNORECASE, fast=False)
        assert {m.group()[0] for m in own.finditer(_EVERY_CHARACTER)} == {char, "x", "X"}


def _bound(pattern: str, flags: int = 0) -> list[tuple[Any, Any]] | None:
    parsed = parser.parse(pattern, flags)
    merged = parsed.state.flags | flags
    found = _RE_OWN(parsed, merged)
    found = found if found is not None else firstchars.first_chars(parsed, merged)
    return firstchars.latin1_bound(found, merged)


def _members(bound: list[tuple[Any, Any]]) -> set[int]:
    """The Latin-1 characters a bound made by ``latin1_bound`` lets through."""
    assert bound[0] == (parser.NEGATE, None)
    lacking: set[int] = set()
    for op, av in bound[1:]:
        assert op in (parser.LITERAL, parser.RANGE)
        lacking.update([av] if op is parser.LITERAL else range(av[0], av[1] + 1))
    return set(range(256)) - lacking


@pytest.mark.parametrize(
    ("pattern", "flags", "category"),
    [
        (r"(?<![\w.])\d+", 0, r"\d"),
        (r"\b\w+@", 0, r"\w"),
        (r"\s\d", 0, r"\s"),
        (r"\w+", re.ASCII, r"(?a:\w)"),
        (r"\D\d", 0, r"\D"),
    ],
)
def test_a_category_is_bounded_exactly_on_latin1(pattern: str, flags: int, category: str) -> None:
    bound = _bound(pattern, flags)
    assert bound is not None
    expected = {code for code in range(256) if re.match(category, chr(code))}
    assert _members(bound) == expected


def test_a_character_beyond_latin1_lets_every_such_character_through() -> None:
    bound = _bound(r"[“”\"]\w")
    assert bound is not None and _members(bound) == {ord('"')}
    compiled = _compile(r"[“”\"]\w", 0, fast=True)
    assert [m.group() for m in compiled.finditer('a “b ”c "d —e')] == ["“b", "”c", '"d']


def test_a_latin1_set_a_negated_set_and_a_locale_pattern_are_left_as_they_are() -> None:
    plain = firstchars.first_chars(parser.parse(r"[a-c]x"), 0)
    assert firstchars.latin1_bound(plain, 0) == plain
    negated = [(parser.NEGATE, None), (parser.LITERAL, 97)]
    assert firstchars.latin1_bound(negated, 0) == negated
    unknown = [(parser.RANGE_UNI_IGNORE, (97, 99))]
    assert firstchars.latin1_bound(unknown, 0) == unknown
    items = [(parser.CATEGORY, parser.CATEGORY_DIGIT)]
    assert firstchars.latin1_bound(items, re.LOCALE) == items
    assert firstchars.latin1_bound(None, 0) is None


@pytest.mark.parametrize(
    ("category", "escape"),
    [
        ("CATEGORY_DIGIT", r"\d"),
        ("CATEGORY_NOT_DIGIT", r"\D"),
        ("CATEGORY_SPACE", r"\s"),
        ("CATEGORY_NOT_SPACE", r"\S"),
        ("CATEGORY_WORD", r"\w"),
        ("CATEGORY_NOT_WORD", r"\W"),
    ],
)
def test_each_category_holds_the_latin1_characters_re_matches(category: str, escape: str) -> None:
    for unicode, flags in ((True, 0), (False, re.ASCII)):
        expected = [code for code in range(256) if re.match(escape, chr(code), flags)]
        assert list(firstchars._category_members(category, unicode)) == expected
